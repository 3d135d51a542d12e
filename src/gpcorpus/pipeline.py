"""Running plugins over documents: phase one (extract), phase two (link), failures isolated.

pluggy stops a hook call at the first implementation that raises; we call each plugin's hook
ourselves so that one failing plugin is reported against the document and the others' results
are kept.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

import attrs
from attrs import field, frozen

from gpcorpus.errors import PluginFailure, describe
from gpcorpus.manager import PluginManager, make_plugin_manager
from gpcorpus.records import to_record
from gpcorpus.types import Document, Extraction, PluginConfig

__all__ = ["Result", "Pipeline", "extract", "sort_key"]


def sort_key(extraction: Extraction) -> tuple[int, int, str, str]:
    """Document order: by start, then end, then kind and plugin so ties are repeatable."""
    return (extraction.span.start, extraction.span.end, extraction.kind, extraction.plugin)


@frozen
class Result:
    """Everything found in one document, and what went wrong on the way.

    Iterate it for the extractions in document order; :meth:`of_kind` filters them.
    """

    document: Document
    extractions: tuple[Extraction, ...] = field(converter=tuple)
    failures: tuple[PluginFailure, ...] = field(default=(), converter=tuple)
    #: Things worth a reader's attention that are not failures (a comment count that disagrees).
    warnings: tuple[str, ...] = field(default=(), converter=tuple)

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
    """Why a returned extraction is unusable, or ``None`` if it is sound."""
    if not isinstance(extraction, Extraction):
        return f"returned {type(extraction).__name__}, not an Extraction"
    span = extraction.span
    if span.end > len(document.text):
        return f"span {span.start}:{span.end} is outside the document (length {len(document.text)})"
    if extraction.text != document.text[span.start:span.end]:
        return f"text {extraction.text[:40]!r} is not the document's text at {span.start}:{span.end}"
    return None


class Pipeline:
    """The enabled plugins, with their settings, ready to run over any number of documents.

    :param manager: A manager with plugins loaded; by default one made with ``disabled``.
    :param disabled: Plugin names to leave out (ignored when ``manager`` is given).
    :param settings: Each plugin's settings, by plugin name: ``{"money": {"currency": "EUR"}}``.
    :param kinds: Keep only these kinds of extraction (all when ``None``).
    """

    def __init__(
        self,
        manager: PluginManager | None = None,
        *,
        disabled: Iterable[str] = (),
        settings: Mapping[str, Mapping[str, str]] | None = None,
        kinds: Iterable[str] | None = None,
    ) -> None:
        self.manager = manager if manager is not None else make_plugin_manager(disabled=disabled)
        self._configs = {name: PluginConfig(dict(values)) for name, values in (settings or {}).items()}
        self.kinds = frozenset(kinds) if kinds is not None else None

    def config_for(self, plugin: str) -> PluginConfig:
        """The settings given for ``plugin`` (empty when none were)."""
        return self._configs.get(plugin, PluginConfig())

    def _call(self, hook_name: str, document: Document, failures: list[PluginFailure], **offered: Any) -> list[Extraction]:
        found: list[Extraction] = []
        hook = getattr(self.manager.hook, hook_name)
        # pluggy calls implementations last-registered first; keep its order (and tryfirst/trylast)
        for impl in reversed(hook.get_hookimpls()):
            arguments = {"document": document, "config": self.config_for(impl.plugin_name), **offered}
            try:
                returned = list(impl.function(*[arguments[name] for name in impl.argnames]) or ())
            except Exception as error:
                failures.append(PluginFailure(plugin=impl.plugin_name, doc_id=document.id, error=describe(error), hook=hook_name))
                continue
            for extraction in returned:
                problem = _check(extraction, document)
                if problem is not None:
                    failures.append(PluginFailure(plugin=impl.plugin_name, doc_id=document.id, error=problem, hook=hook_name))
                    continue
                if document.is_boilerplate(extraction.span):
                    continue
                found.append(attrs.evolve(extraction, plugin=impl.plugin_name, doc_id=document.id))
        return found

    def run(self, document: Document) -> Result:
        """Run both phases over one document."""
        failures: list[PluginFailure] = []
        extractions = sorted(self._call("gpcorpus_extract", document, failures), key=sort_key)
        linked = self._call("gpcorpus_link", document, failures, extractions=tuple(extractions))
        everything = sorted(extractions + linked, key=sort_key)
        if self.kinds is not None:
            everything = [x for x in everything if x.kind in self.kinds]
        warnings = []
        found_comments = len(document.comments)
        if document.declared_comments is not None and document.declared_comments != found_comments:
            warnings.append(
                f"{document.path or document.id}: the page declares {document.declared_comments} reader comments "
                f"but {found_comments} were found"
            )
        return Result(document=document, extractions=everything, failures=failures, warnings=warnings)

    def run_all(self, documents: Iterable[Document]) -> Iterator[Result]:
        """Run over documents lazily, one result per document."""
        for document in documents:
            yield self.run(document)


def extract(
    document: Document | str,
    *,
    disabled: Sequence[str] = (),
    settings: Mapping[str, Mapping[str, str]] | None = None,
    kinds: Iterable[str] | None = None,
    pipeline: Pipeline | None = None,
) -> Result:
    """Extract everything the installed plugins find in a document or a string.

    >>> result = extract("The practice was handed £3.8bn, a rise of 4.5 per cent.")
    >>> [(x.kind, x.text) for x in result.of_kind("money", "percentage")]
    [('money', '£3.8bn'), ('percentage', '4.5 per cent')]

    :param document: A :class:`Document`, or a string to make one of.
    :param pipeline: A pipeline to reuse across calls (loading plugins once); by default a new
        one is made with ``disabled``, ``settings`` and ``kinds``.
    """
    if isinstance(document, str):
        document = Document.from_text(document)
    if pipeline is None:
        pipeline = Pipeline(disabled=disabled, settings=settings, kinds=kinds)
    return pipeline.run(document)
