"""JSON Lines corpora: rows become documents, bad rows are named by file and line, nothing is slurped."""
from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import os
import subprocess
import sys
from itertools import islice

from gpcorpus import DocumentReadError, extract, iter_documents
from gpcorpus.cli import ExitCode, main
from gpcorpus.corpus import iter_jsonl

TEXT = "Practice to close\n\nThe surgery was offered £10m to stay open.\n"


def row(**fields: object) -> str:
    return json.dumps(fields, ensure_ascii=False) + "\n"


def test_rows_become_documents_with_their_metadata(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(row(id="a1", text=TEXT, outlet="Pulse", url="https://example.org/a1", date="2019-05-21T09:30:00Z")
                      + row(id=7, text="Another."), encoding="utf-8")
    first, second = iter_documents([corpus])
    assert (first.id, first.outlet, first.url, first.published, first.path) == (
        "a1", "Pulse", "https://example.org/a1", dt.date(2019, 5, 21), str(corpus))
    assert first.title == "Practice to close"  # found by the structure reader when the row has none
    assert first.text == TEXT
    assert second.id == "7"
    (money,) = extract(first).of_kind("money")
    assert json.loads(corpus.read_text(encoding="utf-8").splitlines()[0])["text"][money.span.start:money.span.end] == "£10m"


def test_the_rows_metadata_wins_over_the_structure_reader(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(row(id="a1", text=TEXT, title="The real headline"), encoding="utf-8")
    (document,) = iter_documents([corpus])
    assert document.title == "The real headline"


def test_malformed_rows_are_named_by_line_and_the_rest_run(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    lines = [
        row(id="good1", text="One."),
        "{not json\n",
        "[1, 2]\n",
        row(text="no id"),
        row(id="no-text"),
        row(id="bad-title", text="x", title=5),
        row(id="bad-date", text="x", date="21/05/2019"),
        "\n",
        row(id="good2", text="Two."),
    ]
    corpus.write_bytes("".join(lines).encode("utf-8") + b'{"id": "latin", "text": "caf\xe9"}\n' + row(id="good3", text="3").encode())
    errors: list[DocumentReadError] = []
    documents = list(iter_documents([corpus], errors=errors))
    assert [d.id for d in documents] == ["good1", "good2", "good3"]
    assert [e.path for e in errors] == [f"{corpus}:{n}" for n in (2, 3, 4, 5, 6, 7, 10)]
    assert all(e.reason.endswith("row skipped") for e in errors)
    assert "not valid JSON" in errors[0].reason and "ISO 8601" in errors[5].reason and "UTF-8" in errors[6].reason


def test_gzip_is_recognised_by_its_bytes(tmp_path):
    corpus = tmp_path / "corpus.jsonl.gz"
    with gzip.open(corpus, "wt", encoding="utf-8") as handle:
        handle.write(row(id="a", text="£5m for GPs.") + row(id="b", text="More."))
    assert [d.id for d in iter_documents([corpus])] == ["a", "b"]
    renamed = corpus.rename(tmp_path / "corpus.data")
    assert [d.id for d in iter_documents([renamed], input_format="jsonl")] == ["a", "b"]


def test_a_corrupt_gzip_is_named_and_the_good_rows_before_it_kept(tmp_path):
    data = gzip.compress((row(id="a", text="One.") * 2000).encode())
    corpus = tmp_path / "corpus.jsonl.gz"
    corpus.write_bytes(data[: len(data) // 2])
    errors: list[DocumentReadError] = []
    documents = list(iter_documents([corpus], errors=errors))
    assert documents and len(errors) == 1 and "gzip" in errors[0].reason


def test_a_row_over_the_size_limit_is_skipped_without_holding_it(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(row(id="big", text="x" * 10_000) + row(id="small", text="ok"), encoding="utf-8")
    errors: list[DocumentReadError] = []
    assert [d.id for d in iter_documents([corpus], max_bytes=1000, errors=errors)] == ["small"]
    assert [e.path for e in errors] == [f"{corpus}:1"] and "size limit" in errors[0].reason


class EndlessCorpus(io.RawIOBase):
    """A stream of rows that never ends: only a reader that streams can take documents from it."""

    def __init__(self) -> None:
        self.served = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        data = row(id=f"doc{self.served}", text="GPs got £1m.").encode()
        self.served += 1
        buffer[: len(data)] = data
        return len(data)


def test_rows_are_read_one_at_a_time():
    stream = EndlessCorpus()
    documents = list(islice(iter_jsonl(io.BufferedReader(stream, buffer_size=64)), 3))
    assert [d.id for d in documents] == ["doc0", "doc1", "doc2"]
    assert stream.served < 10


def test_the_cli_reads_jsonl_files_and_standard_input(tmp_path, capsys):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(row(id="a1", text="GPs got £1m.") + "oops\n" + row(id="a2", text="And £2m."), encoding="utf-8")
    assert main(["extract", str(corpus), "--format", "jsonl", "--kinds", "money"]) == ExitCode.PARTIAL_FAILURE
    captured = capsys.readouterr()
    assert [(r["doc"], r["text"]) for r in map(json.loads, captured.out.splitlines())] == [("a1", "£1m"), ("a2", "£2m")]
    assert f"{corpus}:2: not valid JSON" in captured.err
    completed = subprocess.run(
        [sys.executable, "-m", "gpcorpus", "extract", "-", "--input-format", "jsonl", "--format", "jsonl", "--kinds", "money"],
        input=gzip.compress(row(id="s1", text="GPs got £3m.").encode()), capture_output=True, timeout=300,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    assert completed.returncode == ExitCode.OK, completed.stderr
    assert [(r["doc"], r["text"], r["path"]) for r in map(json.loads, completed.stdout.splitlines())] == [("s1", "£3m", None)]


def test_with_documents_puts_a_document_record_before_each_inputs_records(tmp_path, capsys):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(row(id="a1", text="GPs got £1m.", outlet="Pulse", date="2020-01-02") + row(id="a2", text="Nothing."), encoding="utf-8")
    assert main(["extract", str(corpus), "--format", "jsonl", "--kinds", "money", "--with-documents"]) == ExitCode.OK
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["doc"], r["kind"]) for r in records] == [("a1", "document"), ("a1", "money"), ("a2", "document")]
    assert records[0] == {"doc": "a1", "kind": "document", "path": str(corpus), "title": None, "outlet": "Pulse",
                          "url": None, "published": "2020-01-02", "length": len("GPs got £1m.")}
    assert main(["extract", str(corpus), "--with-documents"]) == ExitCode.USAGE
