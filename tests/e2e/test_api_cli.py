"""The ``gpcorpus`` command refuses mistyped names with status 2 and the nearest names.

Issue 13's list of silent typos, through :func:`gpcorpus.cli.main` (fast, in this process), and
once as a user runs it, in a fresh process.
"""
from __future__ import annotations

import io
import subprocess
import sys

import pytest

from gpcorpus.cli import main

TEXT = "The board found £5m for GPs, 4.5 per cent more.\n"


def gpcorpus(*args: str, stdin: str = TEXT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "gpcorpus", *args], input=stdin, capture_output=True,
                          text=True, encoding="utf-8", timeout=120)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--kinds", "mony"], "unknown kind 'mony'; did you mean 'money'?"),
        (["--kinds", "quotes"], "unknown kind 'quotes'; did you mean 'quote'?"),
        (["--kinds", "money,percentag"], "unknown kind 'percentag'; did you mean 'percentage'?"),
        (["--disable", "speach"], "unknown plugin 'speach'; did you mean 'speech'?"),
        (["--set", "money.dolar=EUR"], "unknown setting 'money.dolar'; did you mean 'money.dollar'?"),
        (["--set", "nosuch.key=1"], "unknown plugin 'nosuch'; the known plugins are: claims, comments, money"),
    ],
    ids=["kind", "plural-kind", "second-of-two-kinds", "disabled-plugin", "setting", "settings-plugin"],
)
def test_a_mistyped_name_is_a_usage_error(args, message, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO(TEXT))
    assert main(["extract", "-", "--format", "jsonl", *args]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert f"gpcorpus: error: {message}" in captured.err


def test_the_installed_command_exits_2_on_a_typo_without_a_traceback():
    completed = gpcorpus("extract", "-", "--kinds", "mony")
    assert (completed.returncode, completed.stdout) == (2, "")
    assert completed.stderr == "gpcorpus: error: unknown kind 'mony'; did you mean 'money'?\n"


def test_plugins_refuses_a_mistyped_disabled_name(capsys):
    assert main(["plugins", "--disable", "speach"]) == 2
    assert "did you mean 'speech'?" in capsys.readouterr().err


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(TEXT, encoding="utf-8")
    return str(path)


def test_kinds_keeps_only_those_kinds(article, capsys):
    assert main(["extract", article, "--format", "jsonl", "--kinds", "money"]) == 0
    assert [line.count('"kind": "money"') for line in capsys.readouterr().out.splitlines()] == [1]


@pytest.mark.parametrize("budget", ["-1", "soon", "nan"])
def test_a_bad_budget_is_a_usage_error(budget, capsys):
    with pytest.raises(SystemExit) as exited:
        main(["extract", "-", "--budget", budget])
    assert exited.value.code == 2 and "--budget" in capsys.readouterr().err


@pytest.mark.parametrize("budget", ["0", "inf", "2.5"])
def test_a_budget_of_zero_or_infinity_means_no_limit(budget, article, capsys):
    assert main(["extract", article, "--format", "jsonl", "--budget", budget]) == 0
    assert '"kind": "money"' in capsys.readouterr().out
