"""--output, --bom and the formats they write, through the command."""
from __future__ import annotations

import pytest

from gpcorpus.cli import ExitCode, main


@pytest.mark.parametrize("format", ["jsonl", "csv", "table"])
def test_output_writes_the_file_that_stdout_would_get(seeds_dir, tmp_path, capsys, monkeypatch, format):
    monkeypatch.setenv("COLUMNS", "100")
    seed = str(seeds_dir / "002_2cd00e0c54d2eb48.txt")
    assert main(["extract", seed, "--format", format]) == ExitCode.OK
    printed = capsys.readouterr().out
    target = tmp_path / f"out.{format}"
    assert main(["extract", seed, "--format", format, "--output", str(target)]) == ExitCode.OK
    captured = capsys.readouterr()
    assert captured.out == ""
    written = target.read_bytes().decode("utf-8")
    assert written.replace("\r\n", "\n") == printed.replace("\r\n", "\n") and written.count("\n") > 3
    assert "1 document read" in captured.err


def test_bom_begins_the_csv_for_spreadsheets(seeds_dir, tmp_path):
    target = tmp_path / "out.csv"
    main(["extract", str(seeds_dir / "002_2cd00e0c54d2eb48.txt"), "--format", "csv", "--bom", "-o", str(target)])
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfdoc,path,kind,start,end,text,plugin,") and data.count(b"\xef\xbb\xbf") == 1


def test_an_output_that_cannot_be_written_is_a_usage_error(seeds_dir, tmp_path, capsys):
    code = main(["extract", str(seeds_dir), "--output", str(tmp_path / "no" / "such" / "folder.jsonl")])
    assert code == ExitCode.USAGE
    assert "cannot write" in capsys.readouterr().err
