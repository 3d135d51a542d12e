"""Linking: what the motions found in one document say about each other.

* a report whose content is an agenda block's own text (``Kent LMC proposed a motion that reads:
  ‘That conference …’``) is that block: it passes on its proposer and outcome, and is dropped;
  a report inside a block's text is the block's own words, kept only when it cites another
  motion's result (``We applaud the Northtown motion passed last year which called for …``);
* a sentence that only gives a result (``The motion was carried.``, ``It passed on a show of
  hands.``) gives it to the motion before it, in the same paragraph or the next few;
* a heading or introduction over a run of agenda motions (``MOTIONS PASSED``, ``all were voted
  through by the conference:``) gives its result to every motion under it that has none.
"""
from __future__ import annotations

from collections.abc import Sequence

import regex

from gpcorpus_motions import patterns
from gpcorpus_motions.agenda import AgendaBlock
from gpcorpus_motions.reported import Report

__all__ = ["attach_reports", "link_results", "section_results"]

#: How far after a motion a sentence giving only its result may come.
_RESULT_REACH = 1500
#: How many paragraph breaks may stand between them.
_RESULT_PARAGRAPHS = 3
_BREAK = regex.compile(r"\n[ \t]*\n")
#: A line over a run of motions: it names motions in the plural and is short.
_SECTION = regex.compile(r"(?<![\w’'-])(?i:motions|resolutions)(?![\w’'-])")
_SECTION_LENGTH = 250
#: A heading over a run of motions: short, with no colon needed.
_SECTION_HEADING = 80


def attach_reports(blocks: Sequence[AgendaBlock], reports: Sequence[Report]) -> list[Report]:
    """The reports that are motions of their own; the rest pass what they know to their block."""
    kept = []
    for report in reports:
        if report.result_only:
            kept.append(report)
            continue
        inside = [block for block in blocks if block.start <= report.start < block.end]
        if inside:
            if report.names_motion and report.outcome is not None and report.start > inside[0].opening:
                kept.append(report)
            continue
        quoted = [block for block in blocks if report.start <= block.opening <= report.content[1] + 3]
        if not quoted:
            kept.append(report)
        for block in quoted:
            block.outcome = block.outcome or report.outcome
            if block.heading.proposer is None and report.proposer:
                block.heading = block.heading.__class__(**{**_fields(block.heading), "proposer": report.proposer})
    return kept


def _fields(heading) -> dict:
    return {name: getattr(heading, name) for name in ("number", "label", "proposer", "proposed_by", "outcome", "amendment")}


def _antecedent(text: str, motions: Sequence[AgendaBlock | Report], position: int) -> AgendaBlock | Report | None:
    """The motion a later ``the motion`` or ``it`` at ``position`` refers to: the last one named
    before it, within reach."""
    before = [m for m in motions if m.end <= position]
    if not before:
        return None
    motion = max(before, key=lambda m: m.end)
    between = text[motion.end:position]
    if len(between) > _RESULT_REACH or len(_BREAK.findall(between)) > _RESULT_PARAGRAPHS:
        return None
    return motion


def link_results(text: str, blocks: Sequence[AgendaBlock], reports: list[Report]) -> list[Report]:
    """Give each result-only sentence's result, and each restatement's, to the motion it refers
    to; a result with no motion before it is a motion of its own (``Motion passed.``)."""
    named: list[AgendaBlock | Report] = [*blocks, *(r for r in reports if r.names_motion and not r.result_only)]
    kept = []
    for report in reports:
        if any(block.start <= report.start < block.end for block in blocks) and report.result_only:
            continue
        if not (report.result_only or report.restates):
            kept.append(report)
            continue
        motion = _antecedent(text, [m for m in named if m is not report], report.start)
        if motion is None:
            kept.append(report)
        elif motion.outcome is None:
            motion.outcome = report.outcome
    for motion in [*blocks, *kept]:
        if motion.outcome is None and isinstance(motion, Report) and motion.votes[0] is not None and motion.votes[1] is not None:
            motion.outcome = "carried" if motion.votes[0] > motion.votes[1] else "lost"
    return kept


def section_results(text: str, blocks: Sequence[AgendaBlock]) -> None:
    """Give agenda motions with no result of their own the one the line over their run gives."""
    sections: list[tuple[int, str | None]] = []
    position = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped and (len(stripped) <= _SECTION_HEADING or len(stripped) <= _SECTION_LENGTH and stripped.endswith(":")) and _SECTION.search(stripped):
            sections.append((position, patterns.outcome_of(stripped) if "not " not in stripped.lower() else None))
        position += len(line) + 1
    for block in blocks:
        above = [outcome for start, outcome in sections if start < block.start]
        if block.outcome is None and above:
            block.outcome = above[-1]
