"""A separately installed distribution adds a plugin without touching gpcorpus; a broken one is isolated.

``tests/example_plugin`` is ``gpcorpus-shouting``, the plugin that ``docs/writing-plugins.rst``
builds. It is installed here the way a user would install any plugin (``pip install``, into a
folder of its own so the venv is untouched), and ``gpcorpus`` runs in a subprocess with that
folder on ``PYTHONPATH``: only the ``gpcorpus`` entry-point group connects the two.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from gpcorpus.cli import ExitCode

EXAMPLE_PLUGIN = Path(__file__).resolve().parent.parent / "example_plugin"

#: A short article with a shout in its body and a reader-comments section in the seeds' shape.
ARTICLE = """GPs vote to take industrial action

Family doctors have backed a ballot on collective action over the new contract.

One GP told the meeting: "We are saying ENOUGH IS ENOUGH to this government."

The NHS and the BMA are due to meet next week.

Readers' comments (2)

  \u2022 Jane Smith

    About time, frankly.

    Unsuitable or offensive? Report this comment

  \u2022 I agree with the motion.

    Unsuitable or offensive? Report this comment
"""
SHOUT = "ENOUGH IS ENOUGH"

#: Leaves out the built-in extractors that are slow to load, where a test is about the plugin
#: machinery and not about them (the light ``comments`` plugin stays as the "other" plugin).
ONLY_LIGHT_PLUGINS = ("--disable", "money", "--disable", "percentages", "--disable", "motions", "--disable", "speech")

#: A plugin whose extract hook always raises: the run must survive it.
BROKEN_PLUGIN = '''
from gpcorpus import PluginInfo, hookimpl


@hookimpl
def gpcorpus_plugin_info():
    return PluginInfo(kinds=("nothing",))


@hookimpl
def gpcorpus_extract(document):
    raise RuntimeError("deliberate failure in a test plugin")
'''


def _install_dist_info(site: Path, module: str, source: str, plugin: str, version: str = "0.0.1") -> None:
    """Put a one-module distribution in ``site`` by hand, registered in the ``gpcorpus`` group.

    This is what ``pip install`` leaves behind, minus the files importlib.metadata does not read.
    """
    site.mkdir(parents=True, exist_ok=True)
    (site / f"{module}.py").write_text(source, encoding="utf-8")
    dist_info = site / f"{module}-{version}.dist-info"
    dist_info.mkdir()
    (dist_info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {module.replace('_', '-')}\nVersion: {version}\n", encoding="utf-8"
    )
    (dist_info / "entry_points.txt").write_text(f"[gpcorpus]\n{plugin} = {module}\n", encoding="utf-8")


@pytest.fixture(scope="module")
def shouting_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with gpcorpus-shouting installed in it by pip."""
    root = tmp_path_factory.mktemp("example_plugin")
    # Build from a copy so the build leaves no egg-info or build/ folder in the checkout.
    source = root / "source"
    shutil.copytree(EXAMPLE_PLUGIN, source, ignore=shutil.ignore_patterns("build", "*.egg-info", "__pycache__"))
    site = root / "site"
    command = [sys.executable, "-m", "pip", "install", "--no-deps", "--quiet", "--disable-pip-version-check",
               "--target", str(site), str(source)]
    if os.environ.get("GPCORPUS_TEST_NO_BUILD_ISOLATION"):  # offline: use the venv's setuptools and wheel
        command.insert(-1, "--no-build-isolation")
    completed = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert completed.returncode == 0, f"pip install failed:\n{completed.stdout}\n{completed.stderr}"
    return site


@pytest.fixture(scope="module")
def broken_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with a plugin that raises on every document."""
    site = tmp_path_factory.mktemp("broken_plugin")
    _install_dist_info(site, "gpcorpus_broken", BROKEN_PLUGIN, plugin="broken")
    return site


@pytest.fixture()
def article(tmp_path: Path) -> Path:
    path = tmp_path / "strike-ballot.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def gpcorpus(*args: str, path: list[Path]) -> subprocess.CompletedProcess[str]:
    """Run the installed ``gpcorpus`` command with ``path`` put before ``PYTHONPATH``."""
    script = Path(sys.executable).with_name("gpcorpus")
    command = [str(script)] if script.exists() else [sys.executable, "-c", "from gpcorpus.cli import run; run()"]
    environment = dict(os.environ)
    environment["PYTHONPATH"] = os.pathsep.join([str(p) for p in path] + [environment.get("PYTHONPATH", "")]).rstrip(
        os.pathsep
    )
    environment["PYTHONIOENCODING"] = "utf-8"
    return subprocess.run(command + list(args), capture_output=True, text=True, encoding="utf-8", env=environment,
                          timeout=120)


def records(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


# -- discovery -----------------------------------------------------------------------------------


def test_plugins_lists_the_installed_plugin_with_its_version_and_kinds(shouting_site):
    completed = gpcorpus("plugins", "--format", "json", path=[shouting_site])
    assert completed.returncode == ExitCode.OK, completed.stderr
    listed = {row["name"]: row for row in records(completed.stdout)}
    assert listed["shouting"]["version"] == "0.3.0"  # the example distribution's, not gpcorpus's
    assert listed["shouting"]["kinds"] == ["shout"]
    assert set(listed["shouting"]["settings"]) == {"min_words"}


def test_plugins_table_names_the_plugin(shouting_site):
    completed = gpcorpus("plugins", path=[shouting_site])
    assert completed.returncode == ExitCode.OK, completed.stderr
    row = next(line for line in completed.stdout.splitlines() if line.startswith("shouting "))
    assert row.split() == ["shouting", "0.3.0", "shout"]


def test_without_the_install_the_plugin_is_absent():
    completed = gpcorpus("plugins", "--format", "json", path=[])
    assert "shouting" not in {row["name"] for row in records(completed.stdout)}


# -- extraction ----------------------------------------------------------------------------------


def test_extract_writes_the_plugins_records_with_exact_offsets(shouting_site, article):
    completed = gpcorpus("extract", str(article), "--format", "jsonl", path=[shouting_site])
    assert completed.returncode == ExitCode.OK, completed.stderr
    shouts = [r for r in records(completed.stdout) if r["kind"] == "shout"]
    start = ARTICLE.index(SHOUT)
    assert shouts == [
        {"doc": "strike-ballot", "kind": "shout", "start": start, "end": start + len(SHOUT), "text": SHOUT,
         "plugin": "shouting", "words": 3, "path": str(article)}
    ]
    source = article.read_text(encoding="utf-8")
    assert source[shouts[0]["start"]:shouts[0]["end"]] == SHOUT


def test_a_setting_reaches_the_plugin(shouting_site, article):
    completed = gpcorpus("extract", str(article), "--format", "jsonl", *ONLY_LIGHT_PLUGINS,
                         "--set", "shouting.min_words=4", path=[shouting_site])
    assert completed.returncode == ExitCode.OK, completed.stderr
    assert [r for r in records(completed.stdout) if r["kind"] == "shout"] == []


def test_kinds_keeps_only_the_plugins_kind(shouting_site, article):
    completed = gpcorpus("extract", str(article), "--format", "jsonl", *ONLY_LIGHT_PLUGINS, "--kinds", "shout",
                         path=[shouting_site])
    assert completed.returncode == ExitCode.OK, completed.stderr
    assert [r["text"] for r in records(completed.stdout)] == [SHOUT]


def test_disable_switches_the_plugin_off(shouting_site, article):
    completed = gpcorpus("extract", str(article), "--format", "jsonl", *ONLY_LIGHT_PLUGINS, "--disable", "shouting",
                         path=[shouting_site])
    assert completed.returncode == ExitCode.OK, completed.stderr
    assert "shout" not in {r["kind"] for r in records(completed.stdout)}


# -- failure isolation ---------------------------------------------------------------------------


def test_a_plugin_that_raises_is_reported_and_the_others_still_run(shouting_site, broken_site, article):
    completed = gpcorpus("extract", str(article), "--format", "jsonl", path=[shouting_site, broken_site])
    assert completed.returncode == ExitCode.PARTIAL_FAILURE
    failure_lines = [line for line in completed.stderr.splitlines() if "'broken'" in line]
    assert len(failure_lines) == 1, completed.stderr
    assert "'strike-ballot'" in failure_lines[0]  # the document is named
    assert "deliberate failure in a test plugin" in failure_lines[0]  # and what went wrong
    found = records(completed.stdout)
    assert [r["text"] for r in found if r["kind"] == "shout"] == [SHOUT]
    assert [r["author"] for r in found if r["kind"] == "comment"] == ["Jane Smith", None]
    assert all(r["plugin"] != "broken" for r in found)


def test_a_failing_plugin_is_reported_once_per_document(shouting_site, broken_site, tmp_path):
    for name in ("first", "second"):
        (tmp_path / f"{name}.txt").write_text(ARTICLE, encoding="utf-8")
    completed = gpcorpus("extract", str(tmp_path), "--format", "jsonl", *ONLY_LIGHT_PLUGINS,
                         path=[shouting_site, broken_site])
    assert completed.returncode == ExitCode.PARTIAL_FAILURE
    failures = [line for line in completed.stderr.splitlines() if "'broken'" in line]
    assert ["'first'" in failures[0], "'second'" in failures[1]] == [True, True], completed.stderr
    assert sorted(r["doc"] for r in records(completed.stdout) if r["kind"] == "shout") == ["first", "second"]


def test_a_plugin_that_cannot_be_imported_is_reported_and_the_others_still_run(shouting_site, tmp_path, article):
    site = tmp_path / "site"
    _install_dist_info(site, "gpcorpus_unimportable", "raise ImportError('missing dependency')\n",
                       plugin="unimportable")
    completed = gpcorpus("extract", str(article), "--format", "jsonl", *ONLY_LIGHT_PLUGINS, path=[shouting_site, site])
    assert completed.returncode == ExitCode.PARTIAL_FAILURE
    assert "'unimportable' could not be loaded" in completed.stderr
    assert "missing dependency" in completed.stderr
    assert [r["text"] for r in records(completed.stdout) if r["kind"] == "shout"] == [SHOUT]
