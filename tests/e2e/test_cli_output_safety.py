"""Hostile text and file names reach no terminal, spreadsheet or encoder unescaped (issue 14)."""
from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from gpcorpus.cli import ExitCode, main

TITLE_AND_CLEAR = "“\x1b]0;PWNED\x07\x1b[2J” said Dr Jane Smith.\n"
HYPERLINK = "“=HYPERLINK(\"http://x\",\"click\")” said Dr Jane Smith.\n"
ESCAPES = ("\x1b", "\x07", "\x9b", "\u202e")


@pytest.fixture
def hostile(tmp_path) -> Path:
    (tmp_path / "title.txt").write_text(TITLE_AND_CLEAR, encoding="utf-8")
    (tmp_path / "x\x1b[2Jy.txt").write_text("GPs were offered £10m.\n", encoding="utf-8")
    (tmp_path / "=cmd.txt").write_text(HYPERLINK, encoding="utf-8")
    (tmp_path / "bidi\u202eevil.txt").write_text("A rise of 5%.\n", encoding="utf-8")
    return tmp_path


def test_the_table_prints_no_escape_sequence_or_control(hostile, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "120")
    main(["extract", str(hostile)])
    out = capsys.readouterr().out
    assert not [c for c in ESCAPES if c in out]
    lines = out.splitlines()
    assert any(line.split()[:2] == ["xy", "money"] for line in lines)  # the id, its ESC sequence gone
    assert any(line.startswith("title ") and "Dr Jane Smith [direct]" in line for line in lines)


def test_error_lines_show_controls_escaped(tmp_path, capsys):
    (tmp_path / "bad\x1b]0;PWNED\x07.txt").write_bytes(b"\xff not UTF-8")
    assert main(["extract", str(tmp_path), "--format", "jsonl"]) == ExitCode.PARTIAL_FAILURE
    err = capsys.readouterr().err
    assert not [c for c in ESCAPES if c in err]
    assert "bad\\x1b]0;PWNED\\x07.txt: not valid UTF-8" in err


def csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised(hostile, capsys):
    main(["extract", str(hostile / "=cmd.txt"), "--format", "csv", "--kinds", "quote"])
    [row] = csv_rows(capsys.readouterr().out)
    assert row["doc"] == "'=cmd"
    assert row["text"].startswith("'=HYPERLINK(")
    assert row["speaker"] == "Dr Jane Smith" and row["start"] == "1"


def test_unsafe_csv_writes_cells_as_found(hostile, capsys):
    main(["extract", str(hostile / "=cmd.txt"), "--format", "csv", "--kinds", "quote", "--unsafe-csv"])
    [row] = csv_rows(capsys.readouterr().out)
    assert row["doc"] == "=cmd" and row["text"].startswith("=HYPERLINK")


def test_unsafe_csv_and_bom_are_for_csv_only(seeds_dir, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["extract", str(seeds_dir), "--format", "jsonl", "--unsafe-csv"])
    assert exit_.value.code == ExitCode.USAGE


NON_UTF8_NAME = b"caf\xe9.txt"


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="the file system must take any bytes as a name")
@pytest.mark.parametrize("format", ["jsonl", "csv", "table"])
def test_a_non_utf8_file_name_does_not_stop_a_strict_utf8_writer(tmp_path, format):
    os.makedirs(tmp_path / "in")
    (tmp_path / "in" / "a.txt").write_text("GPs were offered £10m.\n", encoding="utf-8")
    with open(os.path.join(bytes(tmp_path / "in"), NON_UTF8_NAME), "wb") as file:
        file.write("Practices got £5m.\n".encode())
    with open(os.path.join(bytes(tmp_path / "in"), b"z\xff.txt"), "wb") as file:
        file.write(b"\xff not UTF-8 either")
    (tmp_path / "in" / "zz.txt").write_text("A last £2m.\n", encoding="utf-8")
    env = {**os.environ, "PYTHONIOENCODING": "utf-8:strict", "COLUMNS": "100"}
    done = subprocess.run([sys.executable, "-m", "gpcorpus", "extract", str(tmp_path / "in"), "--format", format,
                           "--kinds", "money"], capture_output=True, env=env, check=False)
    out, err = done.stdout.decode("utf-8"), done.stderr.decode("utf-8")  # both valid UTF-8
    assert done.returncode == ExitCode.PARTIAL_FAILURE, err
    assert "Traceback" not in err
    assert "z\\xff.txt: not valid UTF-8" in err
    if format == "jsonl":
        docs = [json.loads(line)["doc"] for line in out.splitlines()]
        # the reader names an undecodable byte of a file name as \xNN in the id (docs/input.rst)
        assert docs == ["a", "caf\\xe9", "zz"]
    elif format == "csv":
        assert [row["doc"] for row in csv_rows(out)] == ["a", "caf\\xe9", "zz"]
    else:
        assert [line.split()[0] for line in out.splitlines()[1:]] == ["a", "caf\\xe9", "zz"]


@pytest.mark.parametrize("format", ["jsonl", "table"])
def test_an_ascii_only_stdout_gets_escapes_not_a_crash(seeds_dir, format):
    env = {**os.environ, "PYTHONIOENCODING": "ascii:strict", "COLUMNS": "100"}
    done = subprocess.run([sys.executable, "-m", "gpcorpus", "extract", str(seeds_dir / "000_26d3baea44a42c90.txt"),
                           "--kinds", "money", "--format", format], capture_output=True, env=env, check=False)
    assert done.returncode == ExitCode.OK, done.stderr
    out = done.stdout.decode("ascii")
    if format == "jsonl":
        assert [json.loads(line)["text"] for line in out.splitlines()][0] == "£10m"  # JSON's \u00a3
    else:
        assert "\\xa310m" in out


@pytest.mark.parametrize("format", ["jsonl", "table"])
def test_a_reader_that_goes_away_ends_the_run_quietly(seeds_dir, format):
    command = [sys.executable, "-m", "gpcorpus", "extract", str(seeds_dir), "--format", format]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.readline()
    process.stdout.close()  # as `| head -1` does
    err = process.stderr.read().decode()
    assert process.wait(timeout=120) == ExitCode.OK, err
    assert "Traceback" not in err and "Exception ignored" not in err
