"""A regular (not editable) install must carry the built-in plugins and their entry points."""
from __future__ import annotations

import configparser
import subprocess
import sys

import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
tomllib = pytest.importorskip("tomllib")  # Python 3.11+; the check needs no more than that


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
        capture_output=True, text=True, check=False,
    )
    if done.returncode != 0:
        pytest.fail(f"building the wheel failed:\n{done.stderr[-2000:]}")
    [built] = out.glob("gpcorpus-*.whl")
    return built


def test_every_declared_plugin_ships_in_the_wheel_with_its_entry_point(wheel):
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["entry-points"]["gpcorpus"]
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        [entry_points_file] = [n for n in names if n.endswith(".dist-info/entry_points.txt")]
        parser = configparser.ConfigParser()
        parser.read_string(archive.read(entry_points_file).decode())
    assert dict(parser["gpcorpus"]) == declared
    for module in declared.values():
        assert f"{module}/__init__.py" in names, f"{module} is missing from the wheel"
    assert "gpcorpus/py.typed" in names
