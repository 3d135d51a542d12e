"""The command in-process through main(argv), and once as the installed console script."""
from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys

import pytest

from gpcorpus.cli import ExitCode, main


def records(capsys) -> list[dict]:
    return [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]


def test_jsonl_records_slice_the_source_exactly(seeds_dir, capsys):
    assert main(["extract", str(seeds_dir), "--format", "jsonl", "--no-progress"]) == ExitCode.OK
    found = records(capsys)
    assert found, "the seeds gave no records"
    texts = {path.stem: path.read_text(encoding="utf-8") for path in seeds_dir.glob("*.txt")}
    for record in found:
        assert {"doc", "kind", "start", "end", "text", "plugin"} <= record.keys()
        assert texts[record["doc"]][record["start"]:record["end"]] == record["text"]


def test_seed_comments_come_out_with_their_authors(seeds_dir, capsys):
    main(["extract", str(seeds_dir / "002_2cd00e0c54d2eb48.txt"), "--format", "jsonl", "--kinds", "comment"])
    assert [r["author"] for r in records(capsys)] == ["andrew Field", None, None]


def test_kinds_keep_only_what_was_asked(seeds_dir, capsys):
    main(["extract", str(seeds_dir), "--format", "jsonl", "--kinds", "comment"])
    assert {r["kind"] for r in records(capsys)} == {"comment"}


def test_a_bad_file_is_named_and_the_rest_of_the_batch_still_comes_out(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Readers' comments (1)\n\n• One comment.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe\x00 broken")
    (tmp_path / "c.txt").write_text("Comments (1)\n\n• Another.\n", encoding="utf-8")
    code = main(["extract", str(tmp_path), "--format", "jsonl", "--kinds", "comment"])
    captured = capsys.readouterr()
    assert code == ExitCode.PARTIAL_FAILURE
    assert [json.loads(line)["doc"] for line in captured.out.splitlines()] == ["a", "c"]
    assert str(tmp_path / "b.txt") in captured.err and "not valid UTF-8 at byte 0" in captured.err


def test_replacing_bad_bytes_is_an_option(tmp_path, capsys):
    (tmp_path / "b.txt").write_bytes(b"Comments (1)\n\n\xff \xe2\x80\xa2 x\n")
    assert main(["extract", str(tmp_path), "--encoding-errors", "replace", "--format", "jsonl"]) == ExitCode.OK


def test_a_missing_path_is_reported(tmp_path, capsys):
    assert main(["extract", str(tmp_path / "absent.txt")]) == ExitCode.PARTIAL_FAILURE
    assert "absent.txt" in capsys.readouterr().err


def test_standard_input_is_read_with_a_dash(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Comments (1)\n\n\xe2\x80\xa2 Via stdin.\n")))
    assert main(["extract", "-", "--format", "jsonl", "--kinds", "comment"]) == ExitCode.OK
    [record] = records(capsys)
    assert record["doc"] == "stdin" and record["text"] == "Via stdin."


def test_csv_has_a_header_and_one_row_per_record(seeds_dir, capsys):
    main(["extract", str(seeds_dir / "004_179e758431862742.txt"), "--format", "csv", "--kinds", "comment"])
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0][:7] == ["doc", "path", "kind", "start", "end", "text", "plugin"]
    assert len(rows) == 1 + 9


def test_table_has_a_header_then_one_line_per_record_when_wide_enough(seeds_dir, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    main(["extract", str(seeds_dir / "004_179e758431862742.txt"), "--kinds", "comment"])
    header, *lines = capsys.readouterr().out.splitlines()
    assert header.split() == ["doc", "kind", "span", "text", "values"]
    assert len(lines) == 9 and all(line.split()[:2] == ["004_179e758431862742", "comment"] for line in lines)


def test_table_shows_a_claims_figure_and_who_asserts_it(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    (tmp_path / "a.txt").write_text("Practices were paid £152 per patient in 2017/18, according to NHS Digital.\n",
                                    encoding="utf-8")
    main(["extract", str(tmp_path), "--kinds", "claim"])
    [_, line] = capsys.readouterr().out.splitlines()
    assert "'£152': NHS Digital" in line and "in 2017/18" in line


def test_disable_switches_a_plugin_off(seeds_dir, capsys):
    main(["extract", str(seeds_dir / "004_179e758431862742.txt"), "--format", "jsonl", "--disable", "comments"])
    assert all(r["plugin"] != "comments" for r in records(capsys))


def test_plugins_lists_name_version_and_kinds(capsys):
    assert main(["plugins", "--format", "json"]) == ExitCode.OK
    listed = {row["name"]: row for row in map(json.loads, capsys.readouterr().out.splitlines())}
    assert listed["money"]["kinds"] == ["money"]
    assert listed["comments"]["version"]


def test_a_malformed_setting_is_a_usage_error(seeds_dir, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["extract", str(seeds_dir), "--set", "nodot=1"])
    assert exit_.value.code == ExitCode.USAGE
    assert "PLUGIN.KEY=VALUE" in capsys.readouterr().err


def test_version(capsys):
    with pytest.raises(SystemExit):
        main(["--version"])
    assert capsys.readouterr().out.startswith("gpcorpus ")


@pytest.mark.skipif(shutil.which("gpcorpus") is None, reason="the console script is not on PATH")
def test_the_console_script_runs(seeds_dir):
    done = subprocess.run(["gpcorpus", "extract", str(seeds_dir), "--format", "jsonl"], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert all(json.loads(line)["doc"] for line in done.stdout.splitlines())


def test_python_dash_m_runs_the_command():
    done = subprocess.run([sys.executable, "-m", "gpcorpus", "--version"], capture_output=True, text=True, check=False)
    assert done.returncode == 0 and done.stdout.startswith("gpcorpus ")
