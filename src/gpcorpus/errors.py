"""Errors gpcorpus reports: each names the file, or the plugin and the document, and what went wrong.

They carry their data and format it in ``__str__``. A batch collects them and goes on; the CLI
prints them to stderr and exits non-zero.
"""
from __future__ import annotations

import traceback

from attrs import frozen

__all__ = [
    "GpcorpusError",
    "DocumentReadError",
    "PluginLoadError",
    "PluginFailure",
    "describe",
]


def describe(error: BaseException) -> str:
    """A one-line account of an exception: its type, its message, and where it was raised."""
    frames = traceback.extract_tb(error.__traceback__)
    where = f" (at {frames[-1].filename.rsplit('/', 1)[-1]}:{frames[-1].lineno})" if frames else ""
    message = str(error) or "(no message)"
    return f"{type(error).__name__}: {message}{where}"


@frozen(auto_exc=True)
class GpcorpusError(Exception):
    """The base of every error gpcorpus raises or reports."""


@frozen(auto_exc=True)
class DocumentReadError(GpcorpusError):
    """A document could not be read: the file, and why."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@frozen(auto_exc=True)
class PluginLoadError(GpcorpusError):
    """A plugin found through the ``gpcorpus`` entry points could not be loaded."""

    plugin: str
    error: str

    def __str__(self) -> str:
        return f"plugin {self.plugin!r} could not be loaded: {self.error}"


@frozen(auto_exc=True)
class PluginFailure(GpcorpusError):
    """A plugin raised, or returned a bad extraction, while working on one document."""

    plugin: str
    doc_id: str
    error: str
    hook: str = "gpcorpus_extract"

    def __str__(self) -> str:
        return f"plugin {self.plugin!r} failed on document {self.doc_id!r} in {self.hook}: {self.error}"
