"""Every path given or found is read or named with its reason; ids say where a record came from."""
from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from gpcorpus import DocumentReadError, iter_documents, read
from gpcorpus.cli import ExitCode, main

ARTICLE = "GP funding row\n\nPractices were offered £10m by ministers.\n"


def write(path: Path, text: str = ARTICLE) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def read_all(*paths: object, **options: object) -> tuple[list, list[DocumentReadError]]:
    errors: list[DocumentReadError] = []
    documents = list(iter_documents(list(paths), errors=errors, **options))  # type: ignore[arg-type]
    return documents, errors


def gpcorpus(*args: str, env: dict[str, str] | None = None, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "gpcorpus", *args], capture_output=True, input=stdin,
                          env={**os.environ, **(env or {})}, timeout=300)


# -- ids and paths ---------------------------------------------------------------------------


def test_ids_are_paths_relative_to_the_folder_given(tmp_path):
    write(tmp_path / "a" / "article.txt")
    write(tmp_path / "b" / "article.txt")
    documents, errors = read_all(tmp_path)
    assert [d.id for d in documents] == ["a/article", "b/article"]
    assert [d.path for d in documents] == [str(tmp_path / "a" / "article.txt"), str(tmp_path / "b" / "article.txt")]
    assert errors == []


def test_a_file_named_directly_keeps_its_stem_and_a_clash_takes_its_path(tmp_path):
    first = write(tmp_path / "a" / "article.txt")
    second = write(tmp_path / "b" / "article.md")
    documents, _ = read_all(first, second)
    assert documents[0].id == "article"
    assert documents[1].id == str(tmp_path / "b" / "article")
    assert len({d.id for d in read_all(first, first)[0]}) == 2  # even the same file twice
    json_a, json_b = write(tmp_path / "a" / "data.json"), write(tmp_path / "b" / "data.json")
    assert [d.id for d in read_all(json_a, json_b)[0]] == ["data", str(tmp_path / "b" / "data")]


def test_seed_ids_stay_the_file_stems_the_scorer_matches(seeds_dir):
    assert [d.id for d in iter_documents([seeds_dir])] == sorted(p.stem for p in seeds_dir.glob("*.txt"))


def test_folder_order_is_path_order_whatever_the_nesting(tmp_path):
    for name in ("a-b.txt", "a.txt", "a/b.txt", "a/c/d.txt", "b.md"):
        write(tmp_path / name)
    assert [d.id for d in read_all(tmp_path)[0]] == ["a-b", "a", "a/b", "a/c/d", "b"]


def test_every_record_carries_its_document_path(tmp_path, capsys):
    write(tmp_path / "a" / "article.txt")
    write(tmp_path / "b" / "article.txt")
    assert main(["extract", str(tmp_path), "--format", "jsonl", "--kinds", "money"]) == ExitCode.OK
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["doc"], r["path"]) for r in records] == [
        ("a/article", str(tmp_path / "a" / "article.txt")), ("b/article", str(tmp_path / "b" / "article.txt"))]


# -- nothing lost ----------------------------------------------------------------------------


def test_a_missing_path_is_named(tmp_path):
    documents, errors = read_all(tmp_path / "nope.txt")
    assert documents == []
    assert [(e.path, e.reason) for e in errors] == [(str(tmp_path / "nope.txt"), "no such file or folder")]


def test_an_unreadable_sub_folder_is_named_and_the_rest_read(tmp_path, monkeypatch):
    write(tmp_path / "a.txt")
    write(tmp_path / "locked" / "b.txt")
    write(tmp_path / "z.txt")
    real_scandir = os.scandir

    def scandir(path):  # what a folder without read permission does (root would not see it)
        if os.fspath(path).endswith("locked"):
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    documents, errors = read_all(tmp_path)
    assert [d.id for d in documents] == ["a", "z"]
    assert [e.path for e in errors] == [str(tmp_path / "locked")]
    assert "permission denied" in errors[0].reason


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads every file")
def test_an_unreadable_file_and_folder_are_named(tmp_path):
    write(tmp_path / "a.txt")
    secret = write(tmp_path / "secret.txt")
    locked = write(tmp_path / "locked" / "b.txt").parent
    secret.chmod(0)
    locked.chmod(0)
    try:
        documents, errors = read_all(tmp_path)
    finally:
        locked.chmod(0o755)
    assert [d.id for d in documents] == ["a"]
    assert sorted(e.path for e in errors) == [str(locked), str(secret)]
    assert all("permission denied" in e.reason for e in errors)


def test_a_symlinked_folder_is_read_and_a_loop_is_named(tmp_path):
    write(tmp_path / "corpus" / "a.txt")
    (tmp_path / "corpus" / "more").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    write(tmp_path / "elsewhere" / "b.txt")
    (tmp_path / "corpus" / "sub").mkdir()
    (tmp_path / "corpus" / "sub" / "up").symlink_to(tmp_path / "corpus", target_is_directory=True)
    (tmp_path / "corpus" / "self.txt").symlink_to(tmp_path / "corpus" / "self.txt")
    documents, errors = read_all(tmp_path / "corpus")
    assert [d.id for d in documents] == ["a", "more/b"]
    reasons = {Path(e.path).name: e.reason for e in errors}
    assert set(reasons) == {"self.txt", "up"}
    assert all("symlink loop" in reason for reason in reasons.values())


def test_a_dangling_txt_symlink_is_named(tmp_path):
    write(tmp_path / "a.txt")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "deleted.txt")
    documents, errors = read_all(tmp_path)
    assert [d.id for d in documents] == ["a"]
    assert [e.path for e in errors] == [str(tmp_path / "gone.txt")]
    assert "dangling symlink" in errors[0].reason and "deleted.txt" in errors[0].reason
    with pytest.raises(DocumentReadError, match="dangling symlink"):
        read(tmp_path / "gone.txt")


def test_a_binary_file_is_named_even_when_bad_bytes_are_replaced(tmp_path):
    write(tmp_path / "a.txt")
    (tmp_path / "image.txt").write_bytes(b"GIF89a\x00\x01\x02 some bytes")
    documents, errors = read_all(tmp_path, encoding_errors="replace")
    assert [d.id for d in documents] == ["a"]
    assert [e.path for e in errors] == [str(tmp_path / "image.txt")]
    assert "binary" in errors[0].reason


def test_a_file_over_the_size_limit_is_named(tmp_path, capsys):
    write(tmp_path / "small.txt", "Short.")
    write(tmp_path / "big.txt", "x" * 200)
    documents, errors = read_all(tmp_path, max_bytes=100)
    assert [d.id for d in documents] == ["small"]
    assert [e.path for e in errors] == [str(tmp_path / "big.txt")] and "size limit" in errors[0].reason
    assert main(["extract", str(tmp_path), "--format", "jsonl", "--max-bytes", "100"]) == ExitCode.PARTIAL_FAILURE
    assert "big.txt: larger than the size limit" in capsys.readouterr().err
    assert main(["extract", str(tmp_path), "--format", "jsonl", "--max-bytes", "0"]) == ExitCode.OK  # no limit


def test_a_fifo_in_a_folder_is_named_not_waited_on(tmp_path):
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    write(tmp_path / "a.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    documents, errors = read_all(tmp_path)
    assert [d.id for d in documents] == ["a"]
    assert [(e.path, e.reason) for e in errors] == [(str(tmp_path / "pipe.txt"), "not a regular file; not read")]


def _deep_folder(top: Path, total: int) -> None:
    """Make folders under ``top`` whose path is longer than ``total`` characters, by working
    relative to a folder descriptor (a full path that long cannot be passed to the system)."""
    fd = os.open(top, os.O_RDONLY)
    try:
        length = len(str(top))
        while length <= total:
            os.mkdir("d" * 200, dir_fd=fd)
            child = os.open("d" * 200, os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = child
            length += 201
        with open(os.open("deep.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd), "w", encoding="utf-8") as handle:
            handle.write(ARTICLE)
    finally:
        os.close(fd)


def test_a_path_longer_than_path_max_is_named_and_the_run_goes_on(tmp_path):
    path_max = os.pathconf("/", "PC_PATH_MAX") if hasattr(os, "pathconf") else 4096
    write(tmp_path / "a.txt")
    write(tmp_path / "z.txt")
    (tmp_path / "deep").mkdir()
    _deep_folder(tmp_path / "deep", path_max + 100)
    completed = gpcorpus("extract", str(tmp_path), "--format", "jsonl", "--kinds", "money")
    assert completed.returncode == ExitCode.PARTIAL_FAILURE, completed.stderr
    assert [json.loads(line)["doc"] for line in completed.stdout.splitlines()] == ["a", "z"]
    assert b"too long" in completed.stderr and b"Traceback" not in completed.stderr


def test_a_file_name_that_is_not_utf8_is_read_and_written_escaped(tmp_path):
    folder = os.fsencode(tmp_path)
    try:
        with open(os.path.join(folder, b"caf\xe9.txt"), "wb") as handle:
            handle.write(ARTICLE.encode("utf-8"))
    except OSError:
        pytest.skip("this file system refuses names that are not UTF-8")
    completed = gpcorpus("extract", str(tmp_path), "--format", "jsonl", "--kinds", "money",
                         env={"PYTHONIOENCODING": "utf-8:strict"})
    assert completed.returncode == ExitCode.OK, completed.stderr
    (record,) = [json.loads(line) for line in completed.stdout.decode("utf-8").splitlines()]
    assert record["doc"] == "caf\\xe9"
    assert record["path"] == str(tmp_path / "caf\\xe9.txt")


def test_a_bad_file_name_with_an_escape_character_is_reported_escaped(tmp_path):
    (tmp_path / "\x1b[2Jbad.txt").write_bytes(b"\xff\xfe\xfa")
    completed = gpcorpus("extract", str(tmp_path), "--format", "jsonl")
    assert completed.returncode == ExitCode.PARTIAL_FAILURE
    assert b"\x1b" not in completed.stderr
    assert b"\\x1b[2Jbad.txt" in completed.stderr


def test_iter_sources_reports_through_a_callback(tmp_path):
    from gpcorpus.reader import iter_sources

    write(tmp_path / "a.txt")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    seen: list[DocumentReadError] = []
    sources = list(iter_sources([tmp_path], errors=seen.append))
    assert [s.id for s in sources] == ["a"]
    assert [Path(e.path).name for e in seen] == ["gone.txt"]
