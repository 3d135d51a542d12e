"""Reader comments under an article, as ``comment`` extractions with their authors.

The reader finds the comments section (see :mod:`gpcorpus.structure`); this plugin turns each
comment block into a :class:`~gpcorpus.Comment`, so comments go through the same plugin machinery
as everything else and can be switched off with ``--disable comments``.
"""
from __future__ import annotations

from collections.abc import Iterator

from gpcorpus import Comment, Document, PluginInfo, hookimpl


@hookimpl
def gpcorpus_plugin_info() -> PluginInfo:
    return PluginInfo(kinds=("comment",), description="Reader comments and their authors.")


@hookimpl
def gpcorpus_extract(document: Document) -> Iterator[Comment]:
    for block in document.comments:
        yield Comment.found(document, block.span.start, block.span.end, author=block.author)
