"""The core's API modules pass ``mypy --strict``, so a typed caller or plugin can rely on their hints.

Run in the test suite, and so in CI; skipped when mypy (the ``test`` extra) is not installed.
"""
from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parents[2] / "src" / "gpcorpus"
#: The modules held to --strict here; the others follow as they are typed.
STRICT = ("__init__.py", "types.py", "records.py", "pipeline.py", "manager.py", "errors.py", "hookspecs.py",
          "structure.py")


@pytest.mark.skipif(importlib.util.find_spec("mypy") is None, reason="mypy is not installed (the test extra)")
def test_the_core_api_modules_pass_mypy_strict(tmp_path):
    completed = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--follow-imports=silent", "--cache-dir", str(tmp_path),
         *(str(SOURCE / name) for name in STRICT)],
        capture_output=True, text=True, timeout=600,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
