"""gpcorpus on a Dask cluster: bags of documents in, bags of records out.

Needs the ``dask`` extra (``pip install "gpcorpus[dask]"``) here and on every worker. Each worker
process builds its pipeline once, on first use, and finds the plugins by entry point in its own
environment, so the workers need gpcorpus and the same plugins installed. See ``docs/dask.rst``.

>>> import dask.bag as db
>>> from gpcorpus import Document
>>> bag = db.from_sequence([Document.from_text("GPs were offered £10m.", id="a")])
>>> [(r["doc"], r["kind"], r["text"]) for r in extract_bag(bag, kinds=["money"]).compute(scheduler="sync")]
[('a', 'money', '£10m')]
"""
from __future__ import annotations

import glob
import logging
import os
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import islice
from typing import Any, cast

import attrs
import dask.bag as db
from attrs import frozen

from gpcorpus.corpus import document_record, iter_jsonl
from gpcorpus.errors import DocumentReadError, GpcorpusError, PluginFailure, describe
from gpcorpus.parallel import WORKER, PipelineOptions, pipeline_for, run_chunk_with
from gpcorpus.pipeline import Result
from gpcorpus.reader import DEFAULT_MAX_BYTES
from gpcorpus.types import Document

__all__ = ["extract_bag", "read_jsonl_bag", "run_on_cluster", "failure_record", "ClusterError"]

log = logging.getLogger(__name__)
_bags: Any = db  # dask.bag is untyped: call it through Any


def failure_record(failure: PluginFailure) -> dict[str, Any]:
    """A failure as a record of kind ``failure``, for ``extract_bag(..., with_failures=True)``."""
    return {"doc": failure.doc_id, "kind": "failure", "plugin": failure.plugin, "hook": failure.hook, "error": failure.error}


def _files(paths_or_glob: str | os.PathLike[str] | Sequence[str | os.PathLike[str]]) -> list[str]:
    patterns = [paths_or_glob] if isinstance(paths_or_glob, (str, os.PathLike)) else list(paths_or_glob)
    files: list[str] = []
    for pattern in patterns:
        text = os.fspath(pattern)
        matched = sorted(glob.glob(text)) if glob.has_magic(text) else [text]
        if not matched:
            raise FileNotFoundError(f"no file matches {text!r}")
        files.extend(matched)
    return files


def _read_shards(files: Iterable[str], max_bytes: int | None, errors: str) -> list[Document]:
    def report(error: DocumentReadError) -> None:
        if errors == "raise":
            raise error
        log.warning("gpcorpus: %s", error)

    documents: list[Document] = []
    for path in files:
        documents.extend(iter_jsonl(path, max_bytes=max_bytes, errors=report))
    return documents


def read_jsonl_bag(
    paths_or_glob: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    *,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    errors: str = "raise",
) -> db.Bag:
    """A bag of :class:`~gpcorpus.Document` read from JSON Lines shards (plain or gzipped), one
    partition per shard, read on the workers (which must see the files: a shared file system).

    :param paths_or_glob: A path, a glob (``"corpus/*.jsonl.gz"``), or a list of them; the files
        are listed here, in name order.
    :param errors: ``raise`` (the default): a malformed row fails the computation with a
        :class:`~gpcorpus.DocumentReadError` naming the file and line; ``skip``: it is logged on
        the worker (logger ``gpcorpus.dask``) and skipped.
    """
    if errors not in ("raise", "skip"):
        raise ValueError(f"errors must be 'raise' or 'skip', not {errors!r}")
    files = _files(paths_or_glob)
    return cast(db.Bag, _bags.from_sequence(files, npartitions=len(files)).map_partitions(_read_shards, max_bytes, errors))


def _extract_partition(documents: Iterable[Document], options: PipelineOptions, with_documents: bool, with_failures: bool) -> list[dict[str, Any]]:
    pipeline = pipeline_for(options)
    records: list[dict[str, Any]] = []
    for document in documents:
        result = pipeline.run(document)
        if with_documents:
            records.append(document_record(document))
        records.extend(result.to_records())
        for failure in result.failures:
            if with_failures:
                records.append(failure_record(failure))
            else:
                log.warning("gpcorpus: %s", failure)
    return records


def extract_bag(
    documents: db.Bag,
    *,
    disabled: Iterable[str] = (),
    settings: Mapping[str, Mapping[str, str]] | None = None,
    kinds: Iterable[str] | None = None,
    with_documents: bool = False,
    with_failures: bool = False,
) -> db.Bag:
    """A bag of the records (dicts, as the JSON Lines contract writes them) of a bag of documents.

    Within a partition the records come in document order, each document's extractions in text
    order, as ``gpcorpus extract --format jsonl`` writes them.

    :param disabled: Plugins to leave out; ``settings`` and ``kinds`` as for :class:`~gpcorpus.Pipeline`.
    :param with_documents: Put a ``document`` record before each document's extractions
        (see :func:`gpcorpus.corpus.document_record`).
    :param with_failures: Put a ``failure`` record (see :func:`failure_record`) for each plugin
        that failed on a document; otherwise failures are logged on the worker.
    """
    options = PipelineOptions(disabled=disabled, settings=settings, kinds=kinds)
    bag: Any = documents
    return cast(db.Bag, bag.map_partitions(_extract_partition, options, with_documents, with_failures))


@frozen(auto_exc=True)
class ClusterError(GpcorpusError):
    """The Dask scheduler could not be reached."""

    address: str
    reason: str

    def __str__(self) -> str:
        return f"cannot reach the Dask scheduler at {self.address}: {self.reason}"


def run_on_cluster(
    documents: Iterable[Document],
    address: str,
    options: PipelineOptions | None = None,
    *,
    chunksize: int = 8,
    window: int | None = None,
    timeout: str = "20s",
) -> Iterator[Result]:
    """Run the pipeline over ``documents`` on the Dask cluster at ``address``, results in input
    order; what ``gpcorpus extract --dask ADDRESS`` runs.

    Documents are read here and sent to the workers in chunks, at most ``window`` chunks in
    flight (default four per worker thread), so memory stays bounded and the workers need no
    access to the files. A chunk that fails on the cluster (a worker killed, say) comes back as
    a failure of each of its documents.

    :param timeout: How long to try to reach the scheduler (a Dask duration: ``"20s"``).
    :raises ClusterError: at once, when the scheduler cannot be reached.
    """
    from distributed import Client as _Client

    Client: Any = _Client  # distributed is untyped
    options = options if options is not None else PipelineOptions()
    try:
        client = Client(address, timeout=timeout)
    except (OSError, TimeoutError, ValueError) as error:
        raise ClusterError(address=address, reason=describe(error)) from None
    threads = sum(client.nthreads().values()) or 1
    return _drain(client, documents, options, max(1, chunksize), window if window is not None else 4 * threads)


def _drain(client: Any, documents: Iterable[Document], options: PipelineOptions, chunksize: int, window: int) -> Iterator[Result]:
    pending: deque[tuple[list[Document], Any]] = deque()
    iterator = iter(documents)
    try:
        exhausted = False
        while True:
            while not exhausted and len(pending) < window:
                chunk = list(islice(iterator, chunksize))
                if not chunk:
                    exhausted = True
                else:
                    pending.append((chunk, client.submit(run_chunk_with, options, chunk, pure=False)))
            if not pending:
                return
            chunk, future = pending.popleft()
            try:
                outcomes = future.result()
            except Exception as error:  # noqa: BLE001 - a lost chunk is reported, the batch goes on
                reason = f"the chunk failed on the cluster ({describe(error)})"
                failed = PluginFailure(plugin=WORKER, doc_id="", error=reason, hook="dask worker")
                outcomes = [((), (attrs.evolve(failed, doc_id=document.id),), ()) for document in chunk]
            for document, (extractions, failures, warnings) in zip(chunk, outcomes):
                yield Result(document=document, extractions=extractions, failures=failures, warnings=warnings)
    finally:
        client.close()
