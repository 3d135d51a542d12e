"""The input options on the command line: usage errors for what cannot work."""
from __future__ import annotations

import sys

from gpcorpus.cli import ExitCode, main


def test_dask_without_the_extra_says_how_to_install_it(tmp_path, capsys, monkeypatch):
    (tmp_path / "a.txt").write_text("GPs got £1m.", encoding="utf-8")
    monkeypatch.setitem(sys.modules, "gpcorpus.dask", None)  # as if dask were not installed
    assert main(["extract", str(tmp_path), "--dask", "tcp://127.0.0.1:8786"]) == ExitCode.USAGE
    assert "pip install 'gpcorpus[dask]'" in capsys.readouterr().err


def test_a_negative_job_count_is_a_usage_error(tmp_path, capsys):
    import pytest

    with pytest.raises(SystemExit) as exited:
        main(["extract", str(tmp_path), "--jobs", "-1"])
    assert exited.value.code == ExitCode.USAGE
    assert "--jobs" in capsys.readouterr().err


def test_a_folder_with_nothing_to_read_is_reported(tmp_path, capsys):
    (tmp_path / "notes.json").write_text("{}", encoding="utf-8")
    assert main(["extract", str(tmp_path), "--format", "jsonl"]) == ExitCode.PARTIAL_FAILURE
    assert "no files to read" in capsys.readouterr().err
