"""Linking: what the motions found in one document say about each other.

* a report whose content is an agenda block's own text (``Westmoor LMC proposed a motion that reads:
  ‘That conference …’``) is that block: it passes on its proposer and outcome, and is dropped;
  a report inside a block's text is the block's own words, kept only when it cites another
  motion's result (``We applaud the Northtown motion passed last year which called for …``);
* a sentence that only gives a result (``The motion was carried.``, ``It passed on a show of
  hands.``) gives it to the motion before it, in the same paragraph or the next few;
* a quoted motion followed in its own sentence by what became of it (``The motion read: ‘That
  conference …’, and was carried by 150 votes to 90.``) takes that result and those votes;
* a heading or introduction over a run of agenda motions (``MOTIONS PASSED``, ``all were voted
  through by the conference:``) gives its result to every motion under it that has none.
"""
from __future__ import annotations

import bisect
from collections.abc import Sequence

import regex

from gpcorpus_motions import patterns
from gpcorpus_motions.agenda import AgendaBlock
from gpcorpus_motions.reported import Report

__all__ = ["attach_reports", "link_results", "section_results", "trailing_results"]

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


def _holding(blocks: Sequence[AgendaBlock], starts: Sequence[int], offset: int) -> AgendaBlock | None:
    """The block whose text holds ``offset`` (blocks in order, never overlapping)."""
    index = bisect.bisect_right(starts, offset) - 1
    return blocks[index] if index >= 0 and blocks[index].start <= offset < blocks[index].end else None


def attach_reports(blocks: Sequence[AgendaBlock], reports: Sequence[Report]) -> list[Report]:
    """The reports that are motions of their own; the rest pass what they know to their block."""
    kept = []
    starts = [block.start for block in blocks]
    openings = [block.opening for block in blocks]
    for report in reports:
        if report.result_only:
            kept.append(report)
            continue
        inside = _holding(blocks, starts, report.start)
        if inside is not None:
            if report.names_motion and report.outcome is not None and report.start > inside.opening:
                kept.append(report)
            continue
        low = bisect.bisect_left(openings, report.start)
        high = bisect.bisect_right(openings, max(report.content[1] + 3, report.end))
        # the blocks whose text the report quotes, or holds whole ("The resolution, ‘That this
        # council notes …’, was not carried.")
        quoted = [b for b in blocks[low:high] if b.opening <= report.content[1] + 3 or b.end <= report.end]
        if not quoted:
            kept.append(report)
        for block in quoted:
            block.outcome = block.outcome or report.outcome
            if block.heading.proposer is None and report.proposer:
                block.heading = block.heading.__class__(**{**_fields(block.heading), "proposer": report.proposer})
    return kept


def _fields(heading) -> dict:
    return {name: getattr(heading, name) for name in ("number", "label", "proposer", "proposed_by", "outcome", "amendment")}


def _antecedent(text: str, motions: Sequence[AgendaBlock | Report], ends: Sequence[int], position: int) -> AgendaBlock | Report | None:
    """The motion a later ``the motion`` or ``it`` at ``position`` refers to: the last one named
    before it, within reach (``motions`` in order of their ends, which are ``ends``)."""
    index = bisect.bisect_right(ends, position) - 1
    if index < 0:
        return None
    motion = motions[index]
    between = text[motion.end:position]
    if len(between) > _RESULT_REACH or len(_BREAK.findall(between)) > _RESULT_PARAGRAPHS:
        return None
    return motion


def link_results(text: str, blocks: Sequence[AgendaBlock], reports: list[Report]) -> list[Report]:
    """Give each result-only sentence's result, and each restatement's, to the motion it refers
    to; a result with no motion before it is a motion of its own (``Motion passed.``)."""
    named: list[AgendaBlock | Report] = [*blocks, *(r for r in reports if r.names_motion and not (r.result_only or r.restates))]
    starts = [block.start for block in blocks]
    kept = [r for r in reports if not (r.result_only or r.restates or r.mention)]
    # a restatement with nothing before it to restate is a motion of its own, and can be referred to
    for kind in ("restates", "result_only"):
        ordered = sorted(named, key=lambda m: m.end)
        ends = [motion.end for motion in ordered]
        for report in (r for r in reports if getattr(r, kind)):
            if report.result_only and _holding(blocks, starts, report.start) is not None:
                continue
            # a result sentence that quotes the motion it gives a result to ("The resolution,
            # ‘That this council notes …’, was not carried.") gives it to that motion
            first = bisect.bisect_left(starts, report.start)
            inside = [b for b in blocks[first:first + 4] if b.end <= report.end]
            motion = inside[-1] if inside else _antecedent(text, ordered, ends, report.start)
            if motion is None:
                kept.append(report)
                named.append(report)
            else:
                motion.outcome = motion.outcome or report.outcome
                if isinstance(motion, Report) and motion.proposer is None:
                    motion.proposer, motion.proposed_by = report.proposer, motion.proposed_by or report.proposed_by
    kept += [r for r in reports if r.mention and r.outcome is not None]
    kept.sort(key=lambda r: r.start)
    for motion in [*blocks, *kept]:
        if motion.outcome is None and motion.votes[0] is not None and motion.votes[1] is not None:
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
    index = -1
    for block in blocks:
        while index + 1 < len(sections) and sections[index + 1][0] < block.start:
            index += 1
        if block.outcome is None and index >= 0:
            block.outcome = sections[index][1]


#: What may stand between a quoted motion and its result in the same sentence: closing marks,
#: a comma, ``and``, and the verb ``was``/``were`` (``…’, and was carried by …``).
_TRAILING_RESULT = regex.compile(
    rf"[\s”’\"'),]{{0,6}}(?:and\s+|which\s+)?(?:(?:it|this)\s+)?(?:was|were|has\s+been|had\s+been)"
    rf"(?P<negated>\s+not)?(?:\s+(?:\w+ly|duly|then|also))?\s+(?P<word>(?i:{patterns.OUTCOME_WORD}))(?![\w’'-])"
)
#: How far past the result word the votes of its sentence may be read.
_VOTES_REACH = 80


def trailing_results(text: str, blocks: Sequence[AgendaBlock]) -> None:
    """Give a quoted motion with no result the one its own sentence gives just after it."""
    for block in blocks:
        found = _TRAILING_RESULT.match(text, block.end, min(len(text), block.end + 60))
        if found is None:
            continue
        outcome = patterns.outcome_of(found.group("word"))
        if found.group("negated") and outcome == "carried":
            outcome = "lost"
        block.outcome = block.outcome or outcome
        stop = text.find("\n", found.end(), found.end() + _VOTES_REACH)
        votes = patterns.votes_in(text, found.end(), stop if stop >= 0 else min(len(text), found.end() + _VOTES_REACH))
        if votes[0] is not None and block.votes[0] is None:
            block.votes = votes
