"""benchmarks/scale.py still runs and prints its two tables (no speed is asserted)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_scale_prints_a_row_per_jobs_value_and_per_size() -> None:
    completed = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "scale.py"), "--megabytes", "0.02", "--jobs", "1",
         "--rss-megabytes", "0.01,0.02"],
        capture_output=True, text=True, cwd=ROOT, timeout=600,
    )
    assert completed.returncode == 0, completed.stderr
    lines = completed.stdout.splitlines()
    jobs_rows = [line.split() for line in lines if line.split()[:1] == ["1"] and line.rstrip().endswith(tuple("0123456789"))]
    assert jobs_rows and "exit" not in completed.stdout
    memory_rows = [line.split() for line in lines if line.split()[:1] in (["0.01"], ["0.02"])]
    assert [row[0] for row in memory_rows] == ["0.01", "0.02"]
    assert all(float(row[-1]) > 0 for row in memory_rows)  # a peak RSS in MiB
