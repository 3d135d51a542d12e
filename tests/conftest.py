"""Shared fixtures and Hypothesis profiles.

Pick a profile with ``HYPOTHESIS_PROFILE`` (``dev`` by default, ``ci`` on CI). Speed is measured in
``benchmarks/``, never asserted here, so no profile has a deadline.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

import gpcorpus
from gpcorpus import Document, Pipeline, make_plugin_manager

settings.register_profile("dev", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("ci", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow], print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))

ROOT = Path(__file__).resolve().parent.parent
#: ../shared beside the checkout (the development set, gold and scorer live there; CI has it too).
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return ROOT / "seeds"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside this checkout")
    return SHARED


_PIPELINES: dict[tuple[str, ...], Pipeline] = {}


def pipeline_with(*plugins: str) -> Pipeline:
    """A pipeline running only the named installed plugins (cached: loading is the slow part)."""
    key = tuple(sorted(plugins))
    if key not in _PIPELINES:
        manager = make_plugin_manager()
        for name in manager.plugin_names():
            if name not in plugins:
                manager.unregister(name=name)
        _PIPELINES[key] = Pipeline(manager)
    return _PIPELINES[key]


def run_plugin(name: str, text: str, **metadata) -> list[gpcorpus.Extraction]:
    """Every extraction plugin ``name`` makes of ``text``, failures raised rather than hidden."""
    document = Document.from_text(text, **metadata)
    result = pipeline_with(name).run(document)
    if result.failures:
        raise AssertionError("; ".join(str(f) for f in result.failures))
    return list(result.extractions)
