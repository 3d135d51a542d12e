"""Running plugins over documents: phase one (extract), phase two (link), checks, failures isolated.

pluggy stops a hook call at the first implementation that raises; we call each plugin's hook
ourselves so that one failing plugin is reported against the document and the others' results
are kept. Each call runs under a time budget (:class:`TimeBudget`), so that one plugin stuck on
one hostile document costs that plugin's results for that document and nothing more.
"""
from __future__ import annotations

import contextlib
import signal
import threading
import time
import traceback
from collections.abc import Iterable, Iterator, Mapping, Sequence
from types import FrameType
from typing import Any

import attrs
from attrs import field, frozen

from gpcorpus.errors import PluginFailure, UnknownNameError, describe, suggest
from gpcorpus.manager import PluginManager, as_names, make_plugin_manager
from gpcorpus.records import to_record
from gpcorpus.types import Document, Extraction, PluginConfig

__all__ = ["Result", "Pipeline", "TimeBudget", "extract", "sort_key"]


def sort_key(extraction: Extraction) -> tuple[int, int, str, str]:
    """Document order: by start, then end, then kind and plugin so ties are repeatable."""
    return (extraction.span.start, extraction.span.end, extraction.kind, extraction.plugin)


def _extractions(values: Iterable[Extraction]) -> tuple[Extraction, ...]:
    return tuple(values)


def _failures(values: Iterable[PluginFailure]) -> tuple[PluginFailure, ...]:
    return tuple(values)


def _warnings(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


@frozen
class Result:
    """Everything found in one document, and what went wrong on the way.

    Iterate it for the extractions in document order; :meth:`of_kind` filters them.
    """

    document: Document
    extractions: tuple[Extraction, ...] = field(converter=_extractions)
    failures: tuple[PluginFailure, ...] = field(default=(), converter=_failures)
    #: Things worth a reader's attention that are not failures, reported by plugins'
    #: :func:`~gpcorpus.hookspecs.gpcorpus_check` (a comment count that disagrees).
    warnings: tuple[str, ...] = field(default=(), converter=_warnings)

    def __iter__(self) -> Iterator[Extraction]:
        return iter(self.extractions)

    def __len__(self) -> int:
        return len(self.extractions)

    def of_kind(self, *kinds: str) -> list[Extraction]:
        """The extractions of the given kinds (``"money"``, ``"quote"``...), in document order."""
        return [x for x in self.extractions if x.kind in kinds]

    def to_records(self) -> list[dict[str, Any]]:
        """The JSON Lines records of the extractions (see :mod:`gpcorpus.records`), each with the document's ``path``."""
        return [{**to_record(x), "path": self.document.path} for x in self.extractions]


def _check(extraction: Any, document: Document) -> str | None:
    """Why a returned extraction is unusable, or ``None`` if it is sound.

    Each unusable extraction is reported and dropped on its own; the plugin's sound ones stay.
    """
    if not isinstance(extraction, Extraction):
        return f"returned {type(extraction).__name__}, not an Extraction"
    span = extraction.span
    if span.end > len(document.text):
        return f"span {span.start}:{span.end} is outside the document (length {len(document.text)})"
    if extraction.text != document.text[span.start:span.end]:
        return f"text {extraction.text[:40]!r} is not the document's text at {span.start}:{span.end}"
    return None


@frozen
class TimeBudget:
    """How long one plugin may spend on one document: ``floor + per_mb`` seconds per million characters.

    Seconds of CPU time, not of the clock, so that a busy machine does not make a sound plugin
    fail. The default, 5 s plus 10 s per million characters (about a megabyte of English), is far
    more than any built-in plugin needs on real articles and far less than a runaway scan takes.

    >>> TimeBudget().seconds_for(2_000_000)
    25.0
    >>> TimeBudget(per_mb=0, floor=0).seconds_for(2_000_000) is None  # disabled
    True

    The budget interrupts pure-Python code as well as regular expressions, through the
    process's CPU-time interval timer (``signal.setitimer(signal.ITIMER_PROF)`` and its
    ``SIGPROF``). That needs the main thread of a process on a system that has it: elsewhere
    (another thread, Windows) the budget is not enforced. The time is the whole process's, so
    busy threads elsewhere in it count too; a plugin waiting on something else (a sleep, the
    network) uses none and is not stopped.
    """

    #: Seconds per million characters of the document.
    per_mb: float = field(default=10.0, validator=attrs.validators.ge(0.0))
    #: Seconds every document gets, however short.
    floor: float = field(default=5.0, validator=attrs.validators.ge(0.0))

    def seconds_for(self, length: int) -> float | None:
        """The budget for a document of ``length`` characters, or ``None`` when there is none."""
        seconds = self.floor + self.per_mb * length / 1_000_000
        return seconds if 0 < seconds < _LONGEST_TIMER else None  # infinity, or near it, is no limit


#: Longer than any run, and short enough for every platform's interval timer.
_LONGEST_TIMER = 1e7


class _OverBudget(BaseException):
    """Raised inside a plugin when its time is up.

    A :class:`BaseException`, so that a plugin's own ``except Exception`` does not swallow it.
    """


#: The CPU-time timer and its signal (user and system time of the whole process).
_TIMER = getattr(signal, "ITIMER_PROF", None)
_SIGNAL = getattr(signal, "SIGPROF", None)


def _can_interrupt() -> bool:
    return (
        _TIMER is not None and _SIGNAL is not None and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )


@contextlib.contextmanager
def _deadline(seconds: float | None) -> Iterator[None]:
    """Raise :class:`_OverBudget` in the code run inside, once it has used ``seconds`` of CPU time.

    A no-op when ``seconds`` is ``None`` or the process cannot be interrupted here. Any timer
    the host program had set is restored afterwards, less the time spent.
    """
    if seconds is None or not _can_interrupt():
        yield
        return
    assert _TIMER is not None and _SIGNAL is not None
    armed = True

    def on_alarm(signum: int, frame: FrameType | None) -> None:
        if armed:  # a signal delivered just after the call ended is not the plugin's fault
            raise _OverBudget()

    previous_handler = signal.signal(_SIGNAL, on_alarm)
    started = time.process_time()
    previous_delay, previous_interval = signal.setitimer(_TIMER, seconds)
    try:
        yield
    finally:
        try:
            armed = False
        finally:  # restored even if the alarm lands on the line above
            signal.setitimer(_TIMER, 0)
            signal.signal(_SIGNAL, previous_handler)
            if previous_delay > 0:
                remaining = max(previous_delay - (time.process_time() - started), 1e-6)
                signal.setitimer(_TIMER, remaining, previous_interval)


def _traceback_of(error: BaseException) -> str:
    return "".join(traceback.format_exception(type(error), error, error.__traceback__))


class Pipeline:
    """The enabled plugins, with their settings, ready to run over any number of documents.

    :param manager: A manager with plugins loaded; by default one made with ``disabled``.
    :param disabled: Plugin names to leave out (ignored when ``manager`` is given); one string is
        one name.
    :param settings: Each plugin's settings, by plugin name: ``{"money": {"dollar": "CAD"}}``.
        Every plugin and setting must be one a loaded plugin declares in its
        :class:`~gpcorpus.PluginInfo` (a disabled plugin's settings are accepted and unused).
    :param kinds: Keep only these kinds of extraction (all when ``None``); one string is one
        kind. Only the plugins that make these kinds run, with the plugins whose kinds they
        :attr:`~gpcorpus.PluginInfo.needs`, and plugins that declare no kinds.
    :param budget: Each plugin's CPU time on each document: a :class:`TimeBudget`, a number of
        seconds per million characters (with the default floor), or ``None`` or ``0`` for no limit.
    :raises UnknownNameError: for a kind, plugin or setting that no loaded plugin declares.
    """

    def __init__(
        self,
        manager: PluginManager | None = None,
        *,
        disabled: str | Iterable[str] = (),
        settings: Mapping[str, Mapping[str, str]] | None = None,
        kinds: str | Iterable[str] | None = None,
        budget: TimeBudget | float | None = TimeBudget(),
    ) -> None:
        self.manager = manager if manager is not None else make_plugin_manager(disabled=disabled)
        self._configs = {name: PluginConfig(dict(values)) for name, values in (settings or {}).items()}
        self._check_settings()
        self.kinds = frozenset(as_names(kinds)) if kinds is not None else None
        if self.kinds is not None:
            valid = self.manager.kinds()
            for kind in sorted(self.kinds):
                if kind not in valid:
                    raise UnknownNameError(what="kind", name=kind, suggestions=suggest(kind, valid), valid=valid)
        if isinstance(budget, TimeBudget) or budget is None:
            self.budget = budget
        else:
            self.budget = TimeBudget(per_mb=float(budget)) if budget else None
        #: The names of the plugins this pipeline runs, sorted.
        self.plugins: tuple[str, ...] = self._plugins_to_run()
        self._left_out = frozenset(self.manager.plugin_names()) - set(self.plugins)

    def _check_settings(self) -> None:
        names = self.manager.plugin_names()
        for plugin, config in self._configs.items():
            if plugin not in names:
                if self.manager.is_blocked(plugin):
                    continue
                raise UnknownNameError(what="plugin", name=plugin, suggestions=suggest(plugin, names), valid=names)
            declared = sorted(self.manager.info_of(plugin).settings)
            for key in config:
                if key not in declared:
                    raise UnknownNameError(
                        what="setting", name=f"{plugin}.{key}",
                        suggestions=[f"{plugin}.{near}" for near in suggest(key, declared)],
                        valid=[f"{plugin}.{name}" for name in declared],
                    )

    def _plugins_to_run(self) -> tuple[str, ...]:
        names = self.manager.plugin_names()
        if self.kinds is None:
            return tuple(names)
        infos = {name: self.manager.info_of(name) for name in names}
        wanted = set(self.kinds)
        running = {name for name, info in infos.items() if not info.kinds or wanted & set(info.kinds)}
        while True:  # add the makers of what the running plugins need, until nothing changes
            needed = {kind for name in running for kind in infos[name].needs}
            more = {name for name, info in infos.items() if needed & set(info.kinds)} - running
            if not more:
                return tuple(sorted(running))
            running |= more

    def config_for(self, plugin: str) -> PluginConfig:
        """The settings given for ``plugin`` (empty when none were)."""
        return self._configs.get(plugin, PluginConfig())

    def _each_plugin(
        self, hook_name: str, document: Document, failures: list[PluginFailure], **offered: Any
    ) -> Iterator[tuple[str, list[Any]]]:
        """Each running plugin's name and what its hook returned, failures recorded and skipped."""
        hook = getattr(self.manager.hook, hook_name)
        seconds = self.budget.seconds_for(len(document.text)) if self.budget is not None else None
        # pluggy calls implementations last-registered first; keep its order (and tryfirst/trylast)
        for impl in reversed(hook.get_hookimpls()):
            if impl.plugin_name in self._left_out:
                continue
            arguments = {"document": document, "config": self.config_for(impl.plugin_name), **offered}
            try:
                with _deadline(seconds):
                    answer = impl.function(*[arguments[name] for name in impl.argnames])
                    # one string is one warning from a check, not a warning per character
                    returned = [answer] if isinstance(answer, str) else list(answer or ())
            except KeyboardInterrupt:
                raise
            except _OverBudget:
                failures.append(PluginFailure(
                    plugin=impl.plugin_name, doc_id=document.id, hook=hook_name,
                    error=f"ran past its time budget of {seconds:g} CPU seconds for this document and was stopped",
                ))
                continue
            except BaseException as error:  # SystemExit and the like from a plugin must not end the batch
                failures.append(PluginFailure(
                    plugin=impl.plugin_name, doc_id=document.id, hook=hook_name,
                    error=describe(error, self.manager.source_of(impl.plugin_name)), traceback=_traceback_of(error),
                ))
                continue
            yield impl.plugin_name, returned

    def _call(
        self, hook_name: str, document: Document, failures: list[PluginFailure], **offered: Any
    ) -> list[Extraction]:
        """The sound extractions each running plugin's hook returned, stamped with its name."""
        found: list[Extraction] = []
        for plugin, returned in self._each_plugin(hook_name, document, failures, **offered):
            for extraction in returned:
                problem = _check(extraction, document)
                if problem is not None:
                    failures.append(PluginFailure(plugin=plugin, doc_id=document.id, error=problem, hook=hook_name))
                    continue
                if document.is_boilerplate(extraction.span):
                    continue
                found.append(attrs.evolve(extraction, plugin=plugin, doc_id=document.id))
        return found

    def run(self, document: Document) -> Result:
        """Run both phases and the checks over one document."""
        failures: list[PluginFailure] = []
        extractions = sorted(self._call("gpcorpus_extract", document, failures), key=sort_key)
        linked = self._call("gpcorpus_link", document, failures, extractions=tuple(extractions))
        everything = sorted(extractions + linked, key=sort_key)
        warnings: list[str] = []
        where = document.path or document.id
        for plugin, returned in self._each_plugin("gpcorpus_check", document, failures, extractions=tuple(everything)):
            warnings.extend(f"{where}: {plugin}: {warning}" for warning in returned)
        if self.kinds is not None:
            everything = [x for x in everything if x.kind in self.kinds]
        return Result(document=document, extractions=everything, failures=failures, warnings=warnings)

    def run_all(self, documents: Iterable[Document]) -> Iterator[Result]:
        """Run over documents lazily, one result per document."""
        for document in documents:
            yield self.run(document)


def extract(
    document: Document | str,
    *,
    disabled: str | Sequence[str] = (),
    settings: Mapping[str, Mapping[str, str]] | None = None,
    kinds: str | Iterable[str] | None = None,
    pipeline: Pipeline | None = None,
) -> Result:
    """Extract everything the installed plugins find in a document or a string.

    >>> result = extract("The practice was handed £3.8bn, a rise of 4.5 per cent.")
    >>> [(x.kind, x.text) for x in result.of_kind("money", "percentage")]
    [('money', '£3.8bn'), ('percentage', '4.5 per cent')]

    Names are checked, and a single string is one name:

    >>> [x.text for x in extract("It cost £3.8bn.", kinds="money")]
    ['£3.8bn']
    >>> extract("It cost £3.8bn.", kinds="mony")
    Traceback (most recent call last):
    ...
    gpcorpus.errors.UnknownNameError: unknown kind 'mony'; did you mean 'money'?

    :param document: A :class:`Document`, or a string to make one of.
    :param pipeline: A pipeline to reuse across calls (loading plugins once); by default a new
        one is made with ``disabled``, ``settings`` and ``kinds``.
    :raises UnknownNameError: for a kind, plugin or setting that no loaded plugin declares.
    """
    if isinstance(document, str):
        document = Document.from_text(document)
    if pipeline is None:
        pipeline = Pipeline(disabled=disabled, settings=settings, kinds=kinds)
    return pipeline.run(document)
