"""Conference and committee motions: agenda text with its clauses, and motions reported in prose.

Reads the layouts of LMC conference and BMA annual representative meeting agendas (``19
HILLINGDON: That conference, with regard to PCNs: i. ... ii. ...``, ``Motion 67 proposed by
Richard Vautrey YORKSHIRE REGIONAL COUNCIL:``), the results printed after them, and the ways the
press reports a vote (``LMCs voted for a motion saying ...``, ``rejected calls for ...``).
"""
from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence

import regex

from gpcorpus import Clause, Document, Motion, PluginConfig, PluginInfo, Span, hookimpl
from gpcorpus_motions import patterns
from gpcorpus_motions.agenda import AgendaDraft, agenda_motions
from gpcorpus_motions.reported import ReportDraft, reported_motions
from gpcorpus_motions.results import apply_blanket_results, apply_section_results, content_words, named_proposers, read_introduction, read_result_after

__all__ = ["gpcorpus_plugin_info", "gpcorpus_extract", "find_motions"]

#: How far before a share of the vote (``63% of leaders said ...``) the motion it is about may be.
_SHARE_REACH = 2000


@hookimpl
def gpcorpus_plugin_info() -> PluginInfo:
    return PluginInfo(
        kinds=("motion",),
        settings={"reported": "Also read motions reported in prose (default true); false keeps agenda text only."},
        description="Conference motions: number, proposer, clauses and outcome, from agendas and from reports.",
    )


@hookimpl
def gpcorpus_extract(document: Document, config: PluginConfig) -> Iterator[Motion]:
    yield from find_motions(document, reported=config.flag("reported", default=True))


def find_motions(document: Document, *, reported: bool = True) -> list[Motion]:
    """Every motion in ``document``, in document order."""
    text = document.text
    agenda = list(agenda_motions(text))
    for position, draft in enumerate(agenda):
        limit = agenda[position + 1].start if position + 1 < len(agenda) else len(text)
        read_result_after(text, draft, limit)
        read_introduction(text, draft, agenda[position - 1].end if position else 0)
    apply_section_results(text, agenda)
    apply_blanket_results(text, agenda)
    reports = _merge(list(reported_motions(text)) if reported else [], agenda)
    _link_later_results(text, agenda, reports)
    _link_pronoun_results(text, reports)
    _link_proposers(text, agenda, reports)
    _link_shares(text, agenda, reports)
    motions = [_agenda_motion(document, draft) for draft in agenda]
    motions += [_reported_motion(document, draft) for draft in reports]
    return sorted(motions, key=lambda motion: (motion.start, motion.end))


def _merge(reports: list[ReportDraft], agenda: Sequence[AgendaDraft]) -> list[ReportDraft]:
    """Drop a report whose content is an agenda motion's own quoted text, passing on its result,
    and one with no result that lies inside an agenda motion's text (a motion that cites one
    passed before keeps it: ``We applaud the Kent motion passed last year which called for``)."""
    kept = []
    for report in reports:
        if report.outcome is None and any(draft.start <= report.start and report.end <= draft.end for draft in agenda):
            continue  # words inside an agenda motion's own text (``the following proposed amendment``)
        quoted = [draft for draft in agenda if report.content[0] <= draft.resolution < report.content[1] + 2]
        if quoted:
            for draft in quoted:
                if not draft.outcome_known and report.outcome is not None:
                    draft.outcome, draft.outcome_known = report.outcome, True
                draft.proposed_by = draft.proposed_by or report.proposed_by
            continue
        kept.append(report)
    return kept


def _link_proposers(text: str, agenda: Sequence[AgendaDraft], reports: Sequence[ReportDraft]) -> None:
    """Give motions the person a sentence says proposed them.

    ``Dr Sujata Chadha from Hillingdon LMC, who proposed the motion``: the motion is the last one
    named a motion before the sentence, and any agenda motion proposed by the body the person is
    from.
    """
    everything: list[AgendaDraft | ReportDraft] = sorted([*agenda, *reports], key=lambda draft: draft.start)
    for offset, person, affiliation in named_proposers(text):
        if affiliation:
            for draft in agenda:
                body = (draft.heading.proposer if draft.heading else None) or ""
                if body and body.lower() in affiliation.lower() and draft.proposed_by is None:
                    draft.proposed_by = person
        before = [
            draft for draft in everything
            if draft.end <= offset + 1 and (isinstance(draft, AgendaDraft) or draft.noun == "motion")
        ]
        if before and before[-1].proposed_by is None:
            before[-1].proposed_by = person
            # ``Dr Jane Smith from Kent LMC, who proposed the motion``: a reported motion's
            # proposer is the body the person speaks for
            if (
                isinstance(before[-1], ReportDraft) and before[-1].proposer is None and affiliation
                and patterns.BODY_NOUN_END.search(affiliation.strip())
            ):
                before[-1].proposer = affiliation.strip()


#: How far after a reported motion a sentence saying what became of ``the motion`` may come.
_LATER_RESULT_REACH = 1200


def _link_later_results(text: str, agenda: Sequence[AgendaDraft], reports: Sequence[ReportDraft]) -> None:
    """Give a reported motion the result a later sentence gives ``the motion``: ``Now a motion of
    no confidence in the GMC. [...] Despite this, the motion is carried in full.``

    The motion is the last one before the sentence, in the same paragraph or the one after, and
    must have no result of its own; a sentence after an agenda motion is read with it.
    """
    by_end: list[AgendaDraft | ReportDraft] = sorted([*agenda, *reports], key=lambda draft: draft.end)
    ends = [draft.end for draft in by_end]
    by_start = sorted(by_end, key=lambda draft: draft.start)
    starts = [draft.start for draft in by_start]
    for match in patterns.MOTION_WAS.finditer(text):
        index = bisect.bisect_right(starts, match.start()) - 1
        if index >= 0 and by_start[index].start <= match.start() < by_start[index].end:
            continue  # inside a motion's own text
        index = bisect.bisect_right(ends, match.start()) - 1
        if index < 0 or not isinstance(by_end[index], ReportDraft):
            continue
        draft = by_end[index]
        between = text[draft.end:match.start()]
        if draft.outcome is not None or len(between) > _LATER_RESULT_REACH or len(regex.findall(r"\n[ \t]*\n", between)) > 1:
            continue
        known, outcome = patterns.outcome_of(match.group("word"))
        if known and outcome is not None:
            draft.outcome = outcome


def _link_pronoun_results(text: str, reports: Sequence[ReportDraft]) -> None:
    """Give a reported motion with no result the one the very next sentence gives it with a
    pronoun: ``Dr Jane Smith proposed a motion that ... This wasn’t passed.`` (lost)."""
    for draft in reports:
        if draft.outcome is not None:
            continue
        match = patterns.PRONOUN_RESULT.match(text, draft.end, min(len(text), draft.end + 120))
        if match is None:
            continue
        known, outcome = patterns.outcome_of(match.group("word"))
        if not known or outcome is None:
            continue
        if match.group("negated"):
            outcome = "lost" if outcome == "carried" else None
        draft.outcome = outcome


def _link_shares(text: str, agenda: Sequence[AgendaDraft], reports: Sequence[ReportDraft]) -> None:
    """Give a reported motion the share of voters a later sentence gives (``63% of leaders said
    that they 'have no faith ...'``): the motion before it whose words it shares most."""
    for match in patterns.SHARE_OF_VOTERS.finditer(text):
        if any(draft.start <= match.start() < draft.end for draft in [*agenda, *reports]):
            continue
        candidates = [draft for draft in reports if match.start() - _SHARE_REACH <= draft.end <= match.start()]
        if not candidates:
            continue
        sentence_end = patterns.SENTENCE_END.search(text, match.end())
        sentence = content_words(text[match.start(): sentence_end.start() if sentence_end else len(text)])
        scored = [(len(sentence & content_words(text[d.content[0]:d.content[1]])), d.start, d) for d in candidates]
        best = max(scored, key=lambda item: (item[0], item[1]))
        chosen = best[2] if best[0] >= 2 else candidates[-1]
        if chosen.vote_share is None:
            chosen.vote_share = match.group("share")


def _agenda_motion(document: Document, draft: AgendaDraft) -> Motion:
    text = document.text
    heading = draft.heading
    preamble = text[draft.preamble[0]:draft.preamble[1]] or None
    clauses = [
        Clause(label=clause.label, text=text[clause.start:clause.end], span=Span(clause.start, clause.end), outcome=clause.outcome)
        for clause in draft.clauses
    ]
    return Motion.found(
        document,
        draft.start,
        draft.end,
        number=heading.number if heading else None,
        label=heading.label if heading else None,
        proposer=heading.proposer if heading else None,
        preamble=preamble,
        clauses=clauses,
        outcome=draft.outcome,
        form="agenda",
        amendment=heading.amendment if heading else False,
        votes_for=draft.votes_for,
        votes_against=draft.votes_against,
        proposed_by=draft.proposed_by,
    )


def _reported_motion(document: Document, draft: ReportDraft) -> Motion:
    return Motion.found(
        document,
        draft.start,
        draft.end,
        proposer=draft.proposer,
        preamble=document.text[draft.content[0]:draft.content[1]],
        outcome=draft.outcome,
        form="reported",
        votes_for=draft.votes_for,
        votes_against=draft.votes_against,
        vote_share=draft.vote_share,
        proposed_by=draft.proposed_by,
    )
