"""The hostile-input benchmark and the fuzz script still run and print what they promise.

They assert nothing about speed (that is what the scripts measure); a small run of each checks
that ``benchmarks/`` does not rot as the plugins change.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BENCHMARKS = ROOT / "benchmarks"


def run_script(name: str, *arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(BENCHMARKS / name), *arguments], capture_output=True, text=True, cwd=ROOT, timeout=600
    )


def test_hostile_prints_four_sizes_and_three_ratios_per_plugin_and_family():
    completed = run_script(
        "hostile.py", "--size", "1000", "--families", "said,vote_digits", "--plugins", "speech,claims", "--json"
    )
    assert completed.returncode == 0, completed.stderr
    rows = [json.loads(line) for line in completed.stdout.splitlines()]
    assert {(row["plugin"], row["family"]) for row in rows} == {
        (plugin, family) for plugin in ("structure", "speech", "claims") for family in ("said", "vote_digits")
    }
    for row in rows:
        assert len(row["bytes"]) == len(row["cpu_seconds"]) == 4, row
        assert len(row["ratios"]) == 3
        # each size doubles the one before (whole units of the family, so about twice)
        assert all(1.9 < after / before < 2.1 for before, after in zip(row["bytes"], row["bytes"][1:])), row
        assert row["cpu_seconds_per_100kb"] is not None and not row["capped"]


def test_hostile_lists_its_families_and_refuses_an_unknown_one():
    listed = run_script("hostile.py", "--list")
    assert listed.returncode == 0
    names = [line.split()[0] for line in listed.stdout.splitlines()]
    assert {"straight_quotes", "vote_digits", "according_to", "comments", "pound_dashes", "said", "paragraph_5mb"} <= set(names)
    refused = run_script("hostile.py", "--families", "no-such-family")
    assert refused.returncode == 2 and "no-such-family" in refused.stderr


def test_fuzz_runs_a_few_examples_and_reports_no_failure():
    completed = run_script("fuzz.py", "--examples", "5", "--seed", "1")
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert "no invariant failed" in completed.stdout
