"""Attributed speech: every quotation and piece of reported speech, and who said it.

Direct quotes (``X said: “…”``), partial quotes inside reported speech (``said general
practice was “on its knees”``) and reported speech without marks (``X said half of practices
were…``), each with its speaker resolved to the fullest name the document uses: pronouns,
short forms (``Dr Lee``) and roles (``the health secretary``) included. Quotes in reader
comments are attributed within the comment. See ``docs/plugins/speech.rst``.
"""
from __future__ import annotations

from collections.abc import Iterator

from gpcorpus import Document, PluginConfig, PluginInfo, Quote, Span, hookimpl
from gpcorpus_speech.attribution import find_speech

__all__ = ["gpcorpus_plugin_info", "gpcorpus_extract"]

#: The settings this plugin reads.
SETTINGS = {
    "scare": "Also report quotation marks nobody is said to have spoken (scare quotes, titles) "
             "with form 'scare' and no speaker (default: false, they are left out).",
    "objects": "Also report the object of a speech act as what was said ('criticised the plan', "
               "'cited figures'), as some corpora annotate it (default: false: only the words quoted "
               "in such an object are reported, as partial quotes).",
}


@hookimpl
def gpcorpus_plugin_info() -> PluginInfo:
    return PluginInfo(
        kinds=("quote",),
        settings=SETTINGS,
        description="Quotations and reported speech with their speakers resolved.",
    )


@hookimpl
def gpcorpus_extract(document: Document, config: PluginConfig) -> Iterator[Quote]:
    for speech in find_speech(document, emit_scare=config.flag("scare"), objects=config.flag("objects")):
        yield Quote.found(
            document,
            speech.start,
            speech.end,
            speaker=speech.speaker,
            speaker_span=Span(*speech.speaker_span) if speech.speaker_span is not None else None,
            cue=speech.cue,
            form=speech.form,
            role=speech.role,
        )
