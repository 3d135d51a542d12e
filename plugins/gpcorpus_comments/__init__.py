"""Reader comments under an article, as ``comment`` extractions with their authors.

The reader finds the comments section (see :mod:`gpcorpus.structure`); this plugin turns each
comment block into a :class:`~gpcorpus.Comment`, so comments go through the same plugin machinery
as everything else and can be switched off with ``--disable comments``. It also checks the count
a page declares in its header (``Readers' comments (9)``) against the comments found, and warns
when they differ: a sign that the page was saved in part or that its layout was not understood.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence

from gpcorpus import Comment, Document, Extraction, PluginInfo, hookimpl


@hookimpl
def gpcorpus_plugin_info() -> PluginInfo:
    return PluginInfo(kinds=("comment",), description="Reader comments and their authors.")


@hookimpl
def gpcorpus_extract(document: Document) -> Iterator[Comment]:
    for block in document.comments:
        yield Comment.found(document, block.span.start, block.span.end, author=block.author)


@hookimpl
def gpcorpus_check(document: Document, extractions: Sequence[Extraction]) -> Iterator[str]:
    """Warn when the comments header declares a count that differs from the comments found."""
    found = len(document.comments)
    if document.declared_comments is not None and document.declared_comments != found:
        yield f"the page declares {document.declared_comments} reader comments but {found} were found"
