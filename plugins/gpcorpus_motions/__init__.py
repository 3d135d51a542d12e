"""Motions of any British deliberative body: agenda text with its clauses, and decisions in prose.

A small grammar over the core's language layer: :mod:`~gpcorpus_motions.agenda` finds a
resolution from its opening and its extent from its lines, :mod:`~gpcorpus_motions.clauses`
reads its clauses, :mod:`~gpcorpus_motions.headings` the lines around it,
:mod:`~gpcorpus_motions.reported` the decisions reported in prose, and
:mod:`~gpcorpus_motions.linking` what they say about each other.
"""
from __future__ import annotations

from collections.abc import Iterator

from gpcorpus import Clause, Document, Motion, PluginConfig, PluginInfo, Span, hookimpl, text
from gpcorpus_motions import patterns
from gpcorpus_motions.agenda import AgendaBlock, agenda_blocks
from gpcorpus_motions.linking import attach_reports, link_results, section_results, trailing_results
from gpcorpus_motions.reported import Report, reported_decisions

__all__ = ["gpcorpus_plugin_info", "gpcorpus_extract", "find_motions"]


@hookimpl
def gpcorpus_plugin_info() -> PluginInfo:
    return PluginInfo(
        kinds=("motion",),
        settings={"reported": "Also read decisions reported in prose (default true); false keeps agenda text only."},
        description="Motions of conferences, councils, unions, colleges and parties: number, proposer, clauses and outcome.",
    )


@hookimpl
def gpcorpus_extract(document: Document, config: PluginConfig) -> Iterator[Motion]:
    yield from find_motions(document, reported=config.flag("reported", default=True))


def find_motions(document: Document, *, reported: bool = True) -> list[Motion]:
    """Every motion in ``document``, in document order."""
    source = document.text
    blocks = agenda_blocks(source, text.quotations(document))
    reports: list[Report] = []
    if reported:
        sentences = [(s.start, s.end) for s in text.sentences(document)]
        reports = attach_reports(blocks, list(reported_decisions(source, sentences)))
    trailing_results(source, blocks)
    reports = link_results(source, blocks, reports)
    section_results(source, blocks)
    motions = [_agenda_motion(document, block) for block in blocks]
    motions += [_reported_motion(document, report) for report in reports]
    return sorted(motions, key=lambda motion: (motion.start, motion.end))


def _agenda_motion(document: Document, block: AgendaBlock) -> Motion:
    source = document.text
    heading = block.heading
    preamble_end = block.clauses[0].label_start if block.clauses else block.end
    clauses = [Clause(label=c.label, text=source[c.start:c.end], span=Span(c.start, c.end)) for c in block.clauses]
    votes_for, votes_against, share = block.votes
    if votes_for is None and share is None:
        votes_for, votes_against, share = patterns.votes_in(source, block.start, block.end)
    return Motion.found(
        document, block.start, block.end,
        number=heading.number, label=heading.label, proposer=heading.proposer,
        preamble=source[block.opening:preamble_end].rstrip() or None, clauses=clauses, outcome=block.outcome,
        form="agenda", amendment=heading.amendment, votes_for=votes_for, votes_against=votes_against,
        vote_share=share, proposed_by=heading.proposed_by,
    )


def _reported_motion(document: Document, report: Report) -> Motion:
    source = document.text
    votes_for, votes_against, share = report.votes
    return Motion.found(
        document, report.start, report.end,
        number=report.number, proposer=report.proposer,
        preamble=source[report.content[0]:report.content[1]] or None, outcome=report.outcome, form="reported",
        votes_for=votes_for, votes_against=votes_against, vote_share=share, proposed_by=report.proposed_by,
    )
