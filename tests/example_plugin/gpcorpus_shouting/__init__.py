"""Shouting: runs of words written in capitals, such as ``GPs SAY ENOUGH IS ENOUGH``.

An example of a third-party gpcorpus plugin with a kind of its own (``shout``) and a setting
(``min_words``). ``docs/writing-plugins.rst`` builds it step by step.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

import regex
from attrs import frozen

from gpcorpus import Document, Extraction, PluginConfig, PluginInfo, hookimpl

#: A word in capitals, perhaps with an apostrophe (``DON'T``). The repetition is bounded, so
#: that hostile input runs in linear time.
WORD = r"(?<![\w'’])\p{Lu}(?:['’]?\p{Lu}){0,40}(?![\w'’])"

#: Capital words separated by spaces or tabs only: a shout does not run across lines.
RUN = regex.compile(rf"{WORD}(?:[ \t]{{1,8}}{WORD})*")

_WORDS = regex.compile(WORD)

#: Fewer words in capitals than this are an acronym (``NHS``, ``BMA GPC``), not a shout.
DEFAULT_MIN_WORDS = 3


@frozen(kw_only=True)
class Shout(Extraction):
    """Words written in capitals: ``GPs SAY ENOUGH IS ENOUGH`` holds a shout of four words."""

    kind: ClassVar[str] = "shout"
    #: How many words in capitals the shout has.
    words: int


@hookimpl
def gpcorpus_plugin_info() -> PluginInfo:
    return PluginInfo(
        kinds=("shout",),
        settings={"min_words": f"the fewest words in capitals that make a shout (default {DEFAULT_MIN_WORDS})"},
        description="Runs of words written in capitals.",
    )


@hookimpl
def gpcorpus_extract(document: Document, config: PluginConfig) -> Iterator[Shout]:
    min_words = int(config.get("min_words", DEFAULT_MIN_WORDS))
    for match in RUN.finditer(document.text):
        words = len(_WORDS.findall(match.group()))
        if words >= min_words:
            yield Shout.found(document, match.start(), match.end(), words=words)
