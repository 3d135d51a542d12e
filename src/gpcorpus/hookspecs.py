"""Hooks a gpcorpus plugin can implement; an implementation may take any subset of the parameters.

A plugin is a module (or object) with functions decorated by :data:`hookimpl`, registered in the
``gpcorpus`` entry-point group of its distribution::

    [project.entry-points.gpcorpus]
    shouting = "gpcorpus_shouting"

The entry-point name is the plugin's name everywhere: in ``gpcorpus plugins``, ``--disable``,
``--set NAME.KEY=VALUE``, error messages and each extraction's ``plugin`` field.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    from gpcorpus.types import Document, Extraction, PluginConfig, PluginInfo

#: The project name pluggy knows the hooks by.
PROJECT_NAME = "gpcorpus"

hookspec = pluggy.HookspecMarker(PROJECT_NAME)
#: Decorate a plugin's hook functions with this: ``@hookimpl def gpcorpus_extract(document): ...``
hookimpl = pluggy.HookimplMarker(PROJECT_NAME)


# -- Declaration: what a plugin is ------------------------------------------------------------


@hookspec
def gpcorpus_plugin_info() -> PluginInfo | None:
    """Declare the kinds of extraction this plugin emits and the settings it reads.

    :returns: A :class:`~gpcorpus.types.PluginInfo`. ``gpcorpus plugins`` lists its kinds and
        settings, so that users can see what ``--kinds`` and ``--set`` will reach.

    Called once per plugin, when the plugin is registered (by
    :func:`~gpcorpus.make_plugin_manager`); the answer is kept and read through
    :meth:`PluginManager.info_of <gpcorpus.PluginManager.info_of>`. A plugin that does not
    implement it is listed with no kinds and is always run. One that raises is reported as a
    :class:`~gpcorpus.PluginLoadError` naming this hook and runs as if it declared nothing.

    The declaration is checked: ``--kinds`` accepts only declared kinds and ``--set`` only
    declared settings, and :attr:`PluginInfo.needs <gpcorpus.PluginInfo.needs>` says which kinds
    a link-phase plugin reads, so that ``--kinds claim`` still runs what claims are made from.

    .. versionadded:: 0.1
    """


# -- Extraction, phase one: each plugin reads the document on its own -------------------------


@hookspec
def gpcorpus_extract(document: Document, config: PluginConfig) -> Iterable[Extraction] | None:
    """Find this plugin's kinds of extraction in one document.

    :param document: The document to read. Spans index ``document.text`` exactly as read;
        ``document.blocks`` gives its headline, paragraphs and reader comments.
    :param config: This plugin's own settings for the run; empty when none were given.
    :returns: The extractions found, in any order, or ``None`` for none. Build each with
        :meth:`Extraction.found <gpcorpus.types.Extraction.found>` so that its text is sliced
        from the document.

    Called once per document for every enabled plugin, in plugin order (``tryfirst`` and
    ``trylast`` are honoured). Extractions that touch boilerplate (site chrome such as "Report
    this comment") are dropped by the pipeline. A plugin that raises (any exception but
    :class:`KeyboardInterrupt`) or runs past its time budget is reported against this document
    and all its results for it are dropped. Each returned item that is not an
    :class:`~gpcorpus.Extraction`, or whose text does not match its span, is reported and
    dropped on its own; the plugin's other extractions are kept. Other plugins' results are
    always kept.

    .. versionadded:: 0.1
    """


# -- Linking, phase two: plugins see every extraction of the document -------------------------


@hookspec
def gpcorpus_link(
    document: Document, extractions: Sequence[Extraction], config: PluginConfig
) -> Iterable[Extraction] | None:
    """Add extractions that relate other extractions, such as claims tying a figure to a speaker.

    :param document: The document the extractions come from.
    :param extractions: Every phase-one extraction of the document from every enabled plugin,
        in document order (by start, then end). Read-only: return new extractions instead of
        changing these.
    :param config: This plugin's own settings for the run; empty when none were given.
    :returns: New extractions to add, or ``None`` for none.

    Called once per document, after every plugin's :func:`gpcorpus_extract` has run, for every
    enabled plugin that implements it, in plugin order. Failures are isolated as in phase one.

    .. versionadded:: 0.1
    """


# -- Checking, after both phases: warnings about a document -----------------------------------


@hookspec
def gpcorpus_check(
    document: Document, extractions: Sequence[Extraction], config: PluginConfig
) -> Iterable[str] | None:
    """Report what looks wrong with a document without being a failure.

    :param document: The document.
    :param extractions: Every extraction of the document, both phases, in document order.
    :param config: This plugin's own settings for the run; empty when none were given.
    :returns: Warnings, one sentence each, or ``None`` for none. The pipeline puts each in
        :attr:`Result.warnings <gpcorpus.Result.warnings>` as ``"PATH: PLUGIN: SENTENCE"``
        (the document's id when it has no path); the command line prints them to stderr and
        they do not change its exit status. The built-in ``comments`` plugin warns here when a
        page's comment header declares more or fewer comments than were found.

    Called once per document after the link phase, for every enabled plugin that implements it.
    Failures are isolated as in phase one.

    .. versionadded:: 0.2
    """


#: Every hook, in the order a run calls them; the docs test checks each appears in hooks.rst.
HOOK_NAMES: Sequence[str] = ("gpcorpus_plugin_info", "gpcorpus_extract", "gpcorpus_link", "gpcorpus_check")
