"""Markers for the unit tests: ``docs`` marks the tests that build the Sphinx site.

Deselect them with ``pytest -m "not docs"`` when Sphinx is not wanted (they skip by themselves
when it is not installed).
"""
from __future__ import annotations


def pytest_configure(config):
    config.addinivalue_line("markers", "docs: builds the Sphinx docs in a subprocess (deselect with -m 'not docs')")
