"""--jobs N: the same output as one process, in input order, with failures in workers reported."""
from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator

import pytest

from gpcorpus import Document, hookimpl
from gpcorpus.cli import ExitCode
from gpcorpus.parallel import WORKER, PipelineOptions, resolve_jobs, run_parallel
from tests.conftest import SHARED


class Saboteur:
    """A plugin that kills its worker process, or raises SystemExit, on a marked document."""

    @hookimpl
    def gpcorpus_extract(self, document: Document) -> None:
        if "KILL-THE-WORKER" in document.text:
            os._exit(3)
        if "RAISE-SYSTEM-EXIT" in document.text:
            raise SystemExit(1)


saboteur = Saboteur()
LIGHT = PipelineOptions(disabled=("speech", "motions", "claims", "comments"), kinds={"money"})
LIGHT_FLAGS = [flag for name in LIGHT.disabled for flag in ("--disable", name)]


def documents(texts: list[str]) -> list[Document]:
    return [Document.from_text(text, id=f"d{i}") for i, text in enumerate(texts)]


def money(results) -> list[tuple[str, list[str]]]:  # type: ignore[no-untyped-def]
    return [(r.document.id, [x.text for x in r.of_kind("money")]) for r in results]


def test_jobs_2_writes_the_same_bytes_as_jobs_1_on_the_seeds_and_the_dev_set(seeds_dir):
    paths = [str(seeds_dir)] + ([str(SHARED / "dev" / "docs")] if (SHARED / "dev" / "docs").is_dir() else [])
    outputs = []
    for jobs in ("1", "2"):
        completed = subprocess.run([sys.executable, "-m", "gpcorpus", "extract", *paths, "--format", "jsonl", "--jobs", jobs,
                                    "--with-documents"], capture_output=True, timeout=600)
        assert completed.returncode == ExitCode.OK, completed.stderr
        outputs.append(completed.stdout)
    assert outputs[0].count(b'"kind": "document"') >= 5
    assert outputs[0] == outputs[1]


def test_a_document_that_kills_its_worker_is_a_failure_and_the_rest_come_in_order():
    texts = [f"Practice {i} got £{i}m." for i in range(1, 9)]
    texts[2] = "KILL-THE-WORKER and £99m."
    texts[5] = "RAISE-SYSTEM-EXIT and £98m."
    options = PipelineOptions(disabled=LIGHT.disabled, kinds={"money"}, plugins=(("saboteur", f"{__name__}:saboteur"),))
    results = list(run_parallel(documents(texts), 2, options, chunksize=2))
    assert [r.document.id for r in results] == [f"d{i}" for i in range(8)]
    expected = money(run_parallel(documents(texts), 1, LIGHT))
    for result, (doc_id, found) in zip(results, expected):
        if doc_id in ("d2", "d5"):
            (failure,) = result.failures
            assert failure.doc_id == doc_id
        else:
            assert ([x.text for x in result.of_kind("money")], result.failures) == (found, ())
    assert results[2].failures[0].plugin == WORKER and "died" in results[2].failures[0].error
    assert "SystemExit" in results[5].failures[0].error


def test_documents_are_pulled_only_as_the_window_has_room():
    pulled = 0

    def stream() -> Iterator[Document]:
        nonlocal pulled
        for i in range(50):
            pulled += 1
            yield Document.from_text(f"£{i}m", id=str(i))

    results = run_parallel(stream(), 2, LIGHT, chunksize=1, window=3)
    first = next(results)
    assert first.document.id == "0"
    assert pulled <= 4
    assert [r.document.id for r in results] == [str(i) for i in range(1, 50)]


def test_jobs_0_means_every_core_and_negative_is_refused():
    assert resolve_jobs(0) >= 1
    assert resolve_jobs(3) == 3
    with pytest.raises(ValueError):
        resolve_jobs(-1)


def test_the_cli_reports_read_failures_under_jobs(tmp_path):
    (tmp_path / "a.txt").write_text("GPs got £1m.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe\xfa")
    (tmp_path / "c.txt").write_text("And £2m.", encoding="utf-8")
    completed = subprocess.run([sys.executable, "-m", "gpcorpus", "extract", str(tmp_path), "--format", "jsonl",
                                "--kinds", "money", "--jobs", "2", *LIGHT_FLAGS], capture_output=True, timeout=300)
    assert completed.returncode == ExitCode.PARTIAL_FAILURE
    assert completed.stdout.count(b"\n") == 2 and b"b.txt: not valid UTF-8" in completed.stderr
