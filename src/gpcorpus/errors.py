"""Errors gpcorpus reports: each names the file, or the plugin and the document, and what went wrong.

They carry their data and format it in ``__str__``. A batch collects them and goes on; the CLI
prints them to stderr and exits non-zero.
"""
from __future__ import annotations

import difflib
import os
import traceback
from collections.abc import Iterable

from attrs import field, frozen

__all__ = [
    "GpcorpusError",
    "DocumentReadError",
    "PluginLoadError",
    "PluginFailure",
    "UnknownNameError",
    "describe",
    "suggest",
]


def _within(filename: str, source: str) -> bool:
    """Whether a frame's file is ``source`` (a module's file) or lies inside it (a package's folder)."""
    filename = os.path.normcase(os.path.abspath(filename))
    source = os.path.normcase(os.path.abspath(source))
    return filename == source or filename.startswith(source.rstrip(os.sep) + os.sep)


def describe(error: BaseException, source: str | None = None) -> str:
    """A one-line account of an exception: its type, its message, and where it was raised.

    :param source: The file of the plugin that raised, or the folder of its package. The
        location given is then the innermost frame in that file or folder (the plugin's own line,
        not the library or the core it called into), as a full path; otherwise it is the
        innermost frame of the traceback.
    """
    frames = traceback.extract_tb(error.__traceback__)
    frame = frames[-1] if frames else None
    if source is not None:
        frame = next((f for f in reversed(frames) if _within(f.filename, source)), frame)
    where = f" (at {frame.filename}:{frame.lineno})" if frame is not None else ""
    message = str(error) or "(no message)"
    return f"{type(error).__name__}: {message}{where}"


def _names(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


def suggest(name: str, valid: Iterable[str]) -> tuple[str, ...]:
    """The valid names closest to a mistyped ``name``, best first (at most three)."""
    candidates = sorted(set(valid))
    close = difflib.get_close_matches(name, candidates, n=3, cutoff=0.7)
    if not close:
        # A plural or a prefix ("quotes", "perc") is a near miss that difflib's ratio can under-rate.
        lowered = name.lower()
        close = [c for c in candidates if lowered.startswith(c.lower()) or c.lower().startswith(lowered)][:3]
    return tuple(close)


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
    """A plugin could not be loaded, or its ``gpcorpus_plugin_info`` failed.

    With :attr:`hook` set, the plugin is loaded but its declaration failed: it runs as if it
    declared no kinds and no settings.
    """

    plugin: str
    error: str
    #: The hook that failed (``gpcorpus_plugin_info``), or ``None`` when the plugin was not loaded.
    hook: str | None = None
    #: The full traceback, when the failure was an exception.
    traceback: str = field(default="", repr=False)

    def __str__(self) -> str:
        if self.hook is not None:
            return f"plugin {self.plugin!r} failed in {self.hook}: {self.error}"
        return f"plugin {self.plugin!r} could not be loaded: {self.error}"


@frozen(auto_exc=True)
class PluginFailure(GpcorpusError):
    """A plugin raised, or returned a bad extraction, while working on one document."""

    plugin: str
    doc_id: str
    error: str
    hook: str = "gpcorpus_extract"
    #: The full traceback of the exception, when the failure was one (``--traceback`` prints it).
    traceback: str = field(default="", repr=False)

    def __str__(self) -> str:
        return f"plugin {self.plugin!r} failed on document {self.doc_id!r} in {self.hook}: {self.error}"


@frozen(auto_exc=True)
class UnknownNameError(GpcorpusError, ValueError):
    """A kind, plugin or setting name that no loaded plugin declares, with the nearest valid names.

    A :class:`ValueError` too, so that code catching bad arguments catches it. Raised by
    :class:`~gpcorpus.Pipeline`, :func:`~gpcorpus.extract` and :func:`~gpcorpus.make_plugin_manager`;
    the command line prints it and exits with status 2.
    """

    #: What was misnamed: ``kind``, ``plugin`` or ``setting``.
    what: str
    #: The name as given (``mony``; ``money.dolar`` for a setting).
    name: str
    #: The nearest valid names, best first; empty when none is near.
    suggestions: tuple[str, ...] = field(default=(), converter=_names)
    #: Every valid name, for the message when none is near.
    valid: tuple[str, ...] = field(default=(), converter=_names, repr=False)

    def __str__(self) -> str:
        message = f"unknown {self.what} {self.name!r}"
        if self.suggestions:
            return message + "; did you mean " + " or ".join(repr(s) for s in self.suggestions) + "?"
        if self.valid:
            return message + f"; the known {self.what}s are: " + ", ".join(self.valid)
        return message + f"; no {self.what}s are known"
