"""Running the pipeline over documents in several processes, results in input order.

Each worker process builds its own :class:`~gpcorpus.pipeline.Pipeline` once, from
:class:`PipelineOptions` (plugins are found by entry point in the worker, as in the parent).
Documents go to the workers in small chunks and only a bounded window of chunks is in flight,
so memory does not grow with the corpus; results come back in the order the documents went in.
A document that fails in a worker, even one that kills its process, comes back as a
:class:`~gpcorpus.pipeline.Result` with a failure, and the rest of the batch goes on.
"""
from __future__ import annotations

import importlib
import multiprocessing
import os
import sys
import threading
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice

from attrs import field, frozen

from gpcorpus.errors import GpcorpusError, PluginFailure, describe
from gpcorpus.manager import make_plugin_manager
from gpcorpus.pipeline import Pipeline, Result
from gpcorpus.types import Document, Extraction

__all__ = ["PipelineOptions", "run_parallel", "resolve_jobs", "WORKER", "WorkerStartError"]

#: The name a failure of the worker process itself (not of a plugin) is reported under.
WORKER = "gpcorpus-worker"


def _frozen_settings(settings: Mapping[str, Mapping[str, str]] | None) -> tuple[tuple[str, tuple[tuple[str, str], ...]], ...]:
    return tuple(sorted((name, tuple(sorted(values.items()))) for name, values in (settings or {}).items()))


def _names(names: Iterable[str]) -> tuple[str, ...]:
    return tuple(names)


def _kinds(kinds: Iterable[str] | None) -> frozenset[str] | None:
    return None if kinds is None else frozenset(kinds)


def _plugin_specs(specs: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    return tuple((name, spec) for name, spec in specs)


@frozen
class PipelineOptions:
    """What a worker needs to build the same pipeline as the parent; small and picklable.

    :ivar disabled: Plugin names to leave out.
    :ivar settings: Each plugin's settings, ``((plugin, ((key, value), ...)), ...)``; pass a
        mapping of mappings and it is converted.
    :ivar kinds: Keep only these kinds (all when ``None``).
    :ivar plugins: Extra plugins as ``(name, "module" or "module:attribute")``, imported and
        registered in each worker before the entry points (for tests and notebooks).
    """

    disabled: tuple[str, ...] = field(default=(), converter=_names)
    settings: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = field(default=(), converter=_frozen_settings)
    kinds: frozenset[str] | None = field(default=None, converter=_kinds)
    plugins: tuple[tuple[str, str], ...] = field(default=(), converter=_plugin_specs)

    def make_pipeline(self) -> Pipeline:
        """A pipeline built from these options, in this process."""
        extra: dict[str, object] = {}
        for name, spec in self.plugins:
            module_name, _, attribute = spec.partition(":")
            plugin: object = importlib.import_module(module_name)
            if attribute:
                plugin = getattr(plugin, attribute)
            extra[name] = plugin
        manager = make_plugin_manager(disabled=self.disabled, plugins=extra)
        return Pipeline(manager, settings={name: dict(values) for name, values in self.settings}, kinds=self.kinds)


def resolve_jobs(jobs: int) -> int:
    """The number of processes ``jobs`` asks for: ``0`` means one per core this process may use."""
    if jobs < 0:
        raise ValueError(f"jobs must be 0 (all cores) or a positive number, not {jobs}")
    if jobs > 0:
        return jobs
    affinity = getattr(os, "sched_getaffinity", None)
    return len(affinity(0)) if affinity is not None else (os.cpu_count() or 1)


@frozen(auto_exc=True)
class WorkerStartError(GpcorpusError):
    """The worker processes could not be started (or started again after one died)."""

    reason: str

    def __str__(self) -> str:
        return self.reason


# -- In the worker ---------------------------------------------------------------------------

_Outcome = tuple[tuple[Extraction, ...], tuple[PluginFailure, ...], tuple[str, ...]]
_worker_pipeline: Pipeline | None = None


def _start_worker(options: PipelineOptions) -> None:
    global _worker_pipeline
    _worker_pipeline = options.make_pipeline()


def _ping() -> bool:
    return True


def _failed(document: Document, error: str) -> _Outcome:
    return ((), (PluginFailure(plugin=WORKER, doc_id=document.id, error=error, hook="worker process"),), ())


_pipelines: dict[PipelineOptions, Pipeline] = {}


def pipeline_for(options: PipelineOptions) -> Pipeline:
    """This process's pipeline for ``options``, built on first use and kept (a Dask worker's
    tasks share it)."""
    pipeline = _pipelines.get(options)
    if pipeline is None:
        pipeline = _pipelines[options] = options.make_pipeline()
    return pipeline


def run_chunk_with(options: PipelineOptions, documents: list[Document]) -> list[_Outcome]:
    """:func:`_run_chunk` with this process's pipeline for ``options`` (for Dask workers)."""
    return _run_chunk(documents, pipeline_for(options))


def _run_chunk(documents: list[Document], pipeline: Pipeline | None = None) -> list[_Outcome]:
    """Run the worker's pipeline over a chunk; only what the parent lacks goes back (not the text)."""
    pipeline = pipeline if pipeline is not None else _worker_pipeline
    assert pipeline is not None, "the worker was started without its pipeline"
    outcomes: list[_Outcome] = []
    for document in documents:
        try:
            result = pipeline.run(document)
        except KeyboardInterrupt:
            raise
        except BaseException as error:  # noqa: BLE001 - one document must not end the worker's batch
            outcomes.append(_failed(document, describe(error)))
            continue
        outcomes.append((result.extractions, result.failures, result.warnings))
    return outcomes


# -- In the parent ---------------------------------------------------------------------------


def _start_method() -> str:
    """``fork`` on Linux when this process has no other thread: the workers then start with the
    parent's plugins imported and patterns compiled, at no cost. Otherwise ``spawn``, a clean
    interpreter per worker: fork is unsafe once a process has threads (a notebook, a Dask
    client), and on macOS."""
    if sys.platform == "linux" and threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods():
        return "fork"
    return "spawn"


class _Pool:
    """A process pool that is started again when a worker dies, so the batch can go on."""

    def __init__(self, jobs: int, options: PipelineOptions) -> None:
        self.jobs = jobs
        self.options = options
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        context = multiprocessing.get_context(_start_method())
        executor = ProcessPoolExecutor(self.jobs, mp_context=context, initializer=_start_worker, initargs=(self.options,))
        try:
            executor.submit(_ping).result()
        except Exception as error:  # noqa: BLE001 - a pool that cannot start cannot run anything
            executor.shutdown(wait=True, cancel_futures=True)
            raise WorkerStartError(
                f"worker processes could not start ({describe(error)}); a script that runs gpcorpus in "
                "several processes must guard its top level with `if __name__ == '__main__':`"
            ) from error
        return executor

    def submit(self, chunk: list[Document]) -> Future[list[_Outcome]]:
        return self.executor.submit(_run_chunk, chunk)

    def restart(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)
        self.executor = self._start()

    def alone(self, document: Document) -> _Outcome:
        """Run one document by itself, so that a failure is pinned on it alone."""
        try:
            return self.submit([document]).result()[0]
        except BrokenProcessPool as error:
            self.restart()
            return _failed(document, f"the worker process died while reading it ({describe(error)})")
        except Exception as error:  # noqa: BLE001 - e.g. a result that cannot be sent back
            return _failed(document, describe(error))

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def _chunks(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    iterator = iter(documents)
    while chunk := list(islice(iterator, size)):
        yield chunk


def run_parallel(
    documents: Iterable[Document],
    jobs: int,
    options: PipelineOptions | None = None,
    *,
    chunksize: int = 4,
    window: int | None = None,
) -> Iterator[Result]:
    """Run the pipeline over ``documents`` in ``jobs`` processes, yielding results in input order.

    :param jobs: The number of worker processes; ``0`` for one per core; ``1`` runs here, in
        this process, with no pool.
    :param options: How each worker builds its pipeline (default: every installed plugin).
    :param chunksize: Documents sent to a worker at a time.
    :param window: Chunks in flight at once (default ``4 * jobs``); with ``chunksize`` this
        bounds how many documents are held in memory, whatever the corpus size.

    Documents are read from ``documents`` lazily, only as the window has room.

    :raises WorkerStartError: at once, when the worker processes cannot start.
    """
    options = options if options is not None else PipelineOptions()
    jobs = resolve_jobs(jobs)
    if jobs == 1:
        return options.make_pipeline().run_all(documents)
    pool = _Pool(jobs, options)  # started now, so that a pool that cannot start raises here
    return _drain(pool, documents, chunksize, window if window is not None else 4 * jobs)


def _drain(pool: _Pool, documents: Iterable[Document], chunksize: int, window: int) -> Iterator[Result]:
    pending: deque[tuple[list[Document], Future[list[_Outcome]]]] = deque()
    chunks = _chunks(documents, max(1, chunksize))
    try:
        exhausted = False
        while True:
            while not exhausted and len(pending) < window:
                chunk = next(chunks, None)
                if chunk is None:
                    exhausted = True
                else:
                    pending.append((chunk, pool.submit(chunk)))
            if not pending:
                return
            chunk, future = pending.popleft()
            try:
                outcomes = future.result()
            except BrokenProcessPool:
                # A worker died: its chunk and every chunk in flight with it are lost. Start a new
                # pool, find the culprit by running this chunk one document at a time, and send
                # the other chunks again.
                pool.restart()
                outcomes = [pool.alone(document) for document in chunk]
                pending = deque((waiting, pool.submit(waiting)) for waiting, _ in pending)
            except Exception:  # noqa: BLE001 - a result that cannot be sent back, say: pin it down
                outcomes = [pool.alone(document) for document in chunk]
            for document, (extractions, failures, warnings) in zip(chunk, outcomes):
                yield Result(document=document, extractions=extractions, failures=failures, warnings=warnings)
    finally:
        pool.close()

