"""What became of a motion, and who proposed it, from the text around it.

Agendas print a result after a motion (``Carried.``, ``PART CARRIED: (i) carried (ii) lost``,
``Parts (i) and (ii) carried nem con``), sometimes after a line naming its proposer
(``(Proposed by Redbridge)``);
reports say it in a sentence (``This motion was proposed by Dr Lisa Harrod-Rothwell, parts 1 and
2 were carried, part 3 was not``), or once for a whole list (``all were voted through in full``).
"""
from __future__ import annotations

import bisect
from collections.abc import Sequence

import regex

from gpcorpus_motions import patterns, vocabulary as words
from gpcorpus_motions.agenda import AgendaDraft, Heading, title_case

__all__ = ["read_result_after", "read_introduction", "apply_blanket_results", "apply_section_results", "votes_in", "votes_of", "share_in", "named_proposers", "content_words"]

#: How far after a motion its result may be printed: the next paragraph, at most this long.
_RESULT_REACH = 600


def _next_paragraph(text: str, start: int, limit: int) -> tuple[int, int] | None:
    """The first non-blank paragraph after ``start`` that begins before ``limit``."""
    match = regex.compile(r"\S").search(text, start, limit)
    if match is None:
        return None
    blank = regex.compile(r"\n[ \t]*\n").search(text, match.start(), min(len(text), match.start() + _RESULT_REACH))
    end = blank.start() if blank else min(len(text), match.start() + _RESULT_REACH)
    return match.start(), min(end, max(limit, match.start()))


def votes_in(text: str, start: int, end: int) -> tuple[int | None, int | None]:
    """Votes for and against given between ``start`` and ``end``."""
    match = patterns.VOTE_COUNT.search(text, start, end)
    return (None, None) if match is None else votes_of(match)


def votes_of(match: regex.Match) -> tuple[int | None, int | None]:
    """Votes for and against from a match of :data:`~gpcorpus_motions.patterns.VOTE_COUNT`."""
    for suffix in ("1", "2", "3"):
        if match.group("for" + suffix):
            return int(match.group("for" + suffix).replace(",", "")), int(match.group("against" + suffix).replace(",", ""))
    return None, None


def share_in(text: str, start: int, end: int) -> str | None:
    """A share of the vote in favour given between ``start`` and ``end``, as a decimal string."""
    match = patterns.VOTE_SHARE.search(text, start, end)
    return match.group("share") if match else None


def _label_outcomes(labels_text: str, outcome: str | None) -> dict[str, str | None]:
    labels = regex.findall(r"[ivx]{1,6}|[a-h]|\d{1,2}", labels_text.lower())
    return {label: outcome for label in labels if label not in ("and",)}


def read_result_after(text: str, draft: AgendaDraft, limit: int) -> None:
    """Read the result printed or reported straight after an agenda motion into ``draft``.

    :param limit: Where the next motion starts; nothing at or after it is read.
    """
    tail = patterns.QUOTED_TAIL_RESULT.match(text, draft.end, min(limit, draft.end + 200))
    if tail is not None:
        _set(draft, tail.group("word"))
        draft.votes_for, draft.votes_against = votes_in(text, tail.end(), min(limit, tail.end() + 60))
        return
    paragraph = _next_paragraph(text, draft.end, limit)
    if paragraph is None:
        return
    start, end = paragraph
    if patterns.SECTION_HEADING.match(text, start, end):
        return  # a heading over the motions that follow (``Lost motions``), not this one's result
    proposer_line = patterns.PROPOSER_LINE.match(text, start, end)
    if proposer_line is not None:
        _set_proposer(draft, proposer_line.group("who"))
        # the result comes after the proposer's line, in the same paragraph or the next one
        rest = regex.compile(r"\S").search(text, proposer_line.end(), end)
        paragraph = (rest.start(), end) if rest else _next_paragraph(text, proposer_line.end(), limit)
        if paragraph is None:
            return
        start, end = paragraph
        if patterns.SECTION_HEADING.match(text, start, end):
            return  # the heading over the next list of motions, after this one's proposer line
    if len(text[start:end].split()) > 60:
        return
    per_clause: dict[str, str | None] = {}
    line = patterns.RESULT_LINE.match(text, start, end)
    if line is not None:
        _set(draft, line.group("word"))
        for match in patterns.LABELLED_RESULT.finditer(text, line.end(), end):
            label = match.group("label") or match.group("label2")
            if label:
                per_clause[label.lower()] = patterns.outcome_of(match.group("word"))[1]
    said = patterns.MOTION_WAS.search(text, start, end)
    if said is not None and not draft.outcome_known:
        _set(draft, said.group("word"))
    last: str | None = None
    for match in patterns.PART_RESULTS.finditer(text, start, end):
        if match.group("word"):
            last = patterns.outcome_of(match.group("word"))[1]
            per_clause.update(_label_outcomes(match.group("labels"), last))
        elif match.group("word_after_not"):
            outcome = patterns.outcome_of("not " + match.group("word_after_not"))[1]
            per_clause.update(_label_outcomes(match.group("labels"), outcome or "lost"))
        elif last == "carried":  # "part 3 was not" after "parts 1 and 2 were carried"
            per_clause.update(_label_outcomes(match.group("labels"), "lost"))
    if per_clause:
        for clause in draft.clauses:
            if clause.label in per_clause:
                clause.outcome = per_clause[clause.label]
        decided = {clause.outcome for clause in draft.clauses}
        if draft.clauses and len(decided) == 1 and None not in decided:
            draft.outcome, draft.outcome_known = decided.pop(), True
    if draft.outcome_known and draft.votes_for is None:
        draft.votes_for, draft.votes_against = votes_in(text, start, end)


#: How far before a motion the sentence introducing it may start.
_INTRODUCTION_REACH = 400


def read_introduction(text: str, draft: AgendaDraft, previous_end: int) -> None:
    """Read a motion's number and result from the sentence introducing it, when the agenda text
    itself has no heading: ``The final motion passed, no 14, is the most significant one:``.

    The sentence must end in a colon just before the motion (a blank line may come between) and
    speak of one motion; its number (``no 14``, ``motion 14``) and result (``motion passed``,
    ``backed the following motion``) fill what the motion does not already have.

    :param previous_end: Where the motion before this one ends; nothing before it is read.
    """
    if draft.heading is not None and draft.heading.number is not None:
        return
    floor = max(previous_end, draft.start - _INTRODUCTION_REACH)
    before = text[floor:draft.start]
    stripped = before.rstrip().rstrip("‘’“\"'").rstrip()
    if not stripped.endswith((":", ":-")) or before.count("\n", len(stripped)) > 3:
        return
    colon = floor + len(stripped)
    breaks = [match.end() for match in _SENTENCE_BREAK.finditer(text, floor, colon)]
    sentence_start = max([floor, text.rfind("\n", floor, colon) + 1, *breaks[-1:]])
    refers_back = bool(patterns.REFERS_BACK.match(text[sentence_start:colon].rstrip(":-").strip()))
    if refers_back:
        # ``... for amended motion 20 from Kent LMC. This states:``: read the sentence before
        previous = text[floor:sentence_start].rstrip()
        if not previous.endswith((".", "!")):
            return
        colon = floor + len(previous) - 1
        breaks = [match.end() for match in _SENTENCE_BREAK.finditer(text, floor, colon)]
        sentence_start = max([floor, text.rfind("\n", floor, colon) + 1, *breaks[-1:]])
    sentence = text[sentence_start:colon]
    if refers_back and not regex.search(r"\b(?i:motion|resolution|motions|resolutions)\b", sentence):
        _read_titled(text, draft, floor, sentence_start, colon)
        return
    if regex.search(r"\b(?i:motions|resolutions)\b", sentence) or not regex.search(r"\b(?i:motion|resolution)\b", sentence):
        return  # a list of motions, or not about a motion at all
    body = patterns.INTRODUCING_BODY.search(text, sentence_start, colon)
    if body is not None and patterns.BODY_NOUN_END.search(body.group("body")):
        name = regex.sub(r"^(?i:the)\s+", "", body.group("body"))
        if draft.heading is None:
            draft.heading = Heading(start=draft.start)
        draft.heading.proposer = draft.heading.proposer or name
    number = patterns.INTRODUCED_NUMBER.search(text, sentence_start, colon)
    said = patterns.INTRODUCED_OUTCOME.search(text, sentence_start, colon)
    if number is None and said is None:
        return
    if number is not None:
        if draft.heading is None:
            draft.heading = Heading(start=draft.start)
        draft.heading.number = int(number.group("number"))
        draft.heading.label = draft.heading.label or number.group("number")
        draft.heading.numbered = True
        proposer = patterns.INTRODUCED_PROPOSER.search(text, sentence_start, colon)
        if proposer is not None and draft.heading.proposer is None:
            draft.heading.proposer = proposer.group("body").rstrip(".")
    if said is None or draft.outcome_known or said.group("negated"):
        return
    if said.group("verb") or said.group("vote"):
        if said.group("vote"):
            outcome = "lost" if said.group("side").lower() == "against" else "carried"
        else:
            phrase = " ".join(w for w in said.group("verb").lower().split() if w not in words.VOTE_ADVERBS)
            outcome = words.REPORTING_VERBS.get(phrase)
        if outcome is None or _NOT_DECIDED.search(text[max(sentence_start, said.start() - 20):said.start()]):
            return
        draft.outcome, draft.outcome_known = outcome, True
        return
    known, outcome = patterns.outcome_of(said.group("word"))
    if known and outcome is not None:
        draft.outcome, draft.outcome_known = outcome, True


def _read_titled(text: str, draft: AgendaDraft, floor: int, sentence_start: int, sentence_end: int) -> None:
    """Read a motion's number from a title on its own line over the paragraph introducing it, and
    its result from that paragraph's first sentence with a pronoun: ``Motion 5 – online access`` /
    ``This was carried in all parts by the Conference. The motion reads:``."""
    if text.rfind("\n", sentence_start, sentence_end) != -1 or (sentence_start > 0 and text[sentence_start - 1] != "\n"):
        return  # the sentence must open its paragraph
    above = text[floor:sentence_start].rstrip()
    line_start = above.rfind("\n") + 1
    if text[floor + len(above):sentence_start].count("\n") > 2 or (line_start == 0 and floor > 0 and text[floor - 1] != "\n"):
        return  # more than one blank line between, or a title cut by the reach
    title = patterns.MOTION_TITLE.match(above[line_start:])
    if title is None:
        return
    if draft.heading is None:
        draft.heading = Heading(start=draft.start)
    draft.heading.number = int(title.group("number"))
    draft.heading.label = draft.heading.label or title.group("number")
    draft.heading.numbered = True
    said = patterns.PRONOUN_OUTCOME.match(text[sentence_start:sentence_end])
    if said is None or draft.outcome_known or said.group("negated"):
        return
    known, outcome = patterns.outcome_of(said.group("word"))
    if known and outcome is not None:
        draft.outcome, draft.outcome_known = outcome, True


#: Words before the verb that leave the vote undecided (``will back``, ``to vote for``); ``went on
#: to vote`` reports one held.
_NOT_DECIDED = regex.compile(r"(?i:(?<!\bwent\s+on\s+|\bproceeded\s+|\bmoved\s+on\s+)\b(?:will|to|would|not|may|might)\s+)$")
_SENTENCE_BREAK = regex.compile(r"[.!?][’”\"')]?\s+(?=[A-Z‘“\"'])")


def _set_proposer(draft: AgendaDraft, who: str) -> None:
    """Fill the proposer from a line after the motion (``(Proposed by Agenda Committee to be
    proposed by Yorkshire)``): the body named last proposes it; a person goes in ``proposed_by``."""
    who = " " + " ".join(who.split()).rstrip(",.;")
    inner = patterns.INNER_PROPOSER.search(who)
    if inner:
        who = " " + inner.group("body").strip().rstrip(",.;")
    who = who.strip()
    if patterns.PERSON.match(who) and patterns.TITLED.match(who):
        draft.proposed_by = draft.proposed_by or who
        return
    if not patterns.BODY_NAME.match(who):
        return
    if draft.heading is None:
        draft.heading = Heading(start=draft.start)
    if draft.heading.proposer is None:
        draft.heading.proposer = title_case(who)


def _set(draft: AgendaDraft, word: str) -> None:
    known, outcome = patterns.outcome_of(word)
    if known:
        draft.outcome, draft.outcome_known = outcome, True


def apply_blanket_results(text: str, drafts: Sequence[AgendaDraft]) -> None:
    """Give a list of motions the one result a sentence before them gives them all.

    ``The three motions ... are listed below, all were voted through in full by the
    Conference``: every agenda motion after that sentence with no result of its own is carried.
    The sentence must speak of motions, and must stand outside every motion's text.
    """
    spans = sorted((draft.start, draft.end) for draft in drafts)
    starts = [start for start, _end in spans]
    for match in patterns.BLANKET_RESULT.finditer(text):
        inside = bisect.bisect_right(starts, match.start()) - 1
        # motions do not nest, so only the last one starting before the match can hold it
        if any(start <= match.start() < end for start, end in spans[max(0, inside - 1):inside + 1]):
            continue
        # the sentence around the match, read no further than a sentence can reach either way
        floor = max(0, match.start() - _BLANKET_REACH)
        sentence_start = max(text.rfind(".", floor, match.start()), text.rfind("\n", floor, match.start()), floor - 1) + 1
        ceiling = min(len(text), match.end() + _BLANKET_REACH)
        sentence_end = patterns.SENTENCE_END.search(text, match.end(), ceiling)
        if not _MOTION_WORD.search(text, sentence_start, sentence_end.start() if sentence_end else ceiling):
            continue
        known, outcome = patterns.outcome_of(match.group("word") or match.group("word2"))
        if not known or outcome is None:
            continue
        for draft in drafts:
            if draft.start > match.end() and not draft.outcome_known:
                draft.outcome, draft.outcome_known = outcome, True
        # every motion after this one now has a result: a later sentence can give none more
        break


#: How far a blanket result's sentence is read either side of it, in characters.
_BLANKET_REACH = 400
_MOTION_WORD = regex.compile(r"\bmotions?\b", regex.IGNORECASE)


#: The most words a line may have to be a section heading over a list of motions.
_SECTION_WORDS = 12


def _section_headings(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, str | None]]:
    """Headings over lists of motions, as ``(offset, outcome)``: ``ARM MOTIONS PASSED``,
    ``Motions carried``, ``Lost motions`` give an outcome, and so does ``Resolutions`` alone
    (carried: a resolution is a motion the meeting passed); ``Other motions`` or ``Motions not
    reached`` give none, but still end the section before them."""
    found = []
    starts = [start for start, _end in spans]
    for match in patterns.SECTION_HEADING.finditer(text):
        line = match.group("line")
        index = bisect.bisect_right(starts, match.start()) - 1
        if (index >= 0 and match.start() < spans[index][1]) or len(line.split()) > _SECTION_WORDS:
            continue
        outcomes = set()
        for said in patterns.SECTION_OUTCOME.finditer(line):
            # ``not carried`` is a result of its own (lost); ``not reached`` or ``not passed`` is none
            word = ("not " if said.group("negated") else "") + said.group("word")
            known, outcome = patterns.outcome_of(word)
            outcomes.add(outcome if known else None)
        if not outcomes and regex.fullmatch(r"(?i:resolutions)\s*:?", line.strip()):
            outcomes.add("carried")  # ``Resolutions`` alone over a list: what the meeting resolved
        # one result for the whole list, or none (``Motions carried and lost``)
        found.append((match.start(), outcomes.pop() if len(outcomes) == 1 else None))
    return found


def apply_section_results(text: str, drafts: Sequence[AgendaDraft]) -> None:
    """Give the motions listed under a heading the result the heading gives them all.

    ``ARM MOTIONS PASSED`` on a line of its own: every agenda motion after it, up to the next
    such heading, with no result of its own, is carried. A heading is a short line (no sentence
    ending in a full stop) naming motions in the plural, outside every motion's text.
    """
    ordered = sorted(drafts, key=lambda draft: draft.start)
    headings = _section_headings(text, [(draft.start, draft.end) for draft in ordered])
    offsets = [offset for offset, _outcome in headings]
    for draft in ordered:
        # the heading over a motion is the last one before it
        index = bisect.bisect_left(offsets, draft.start) - 1
        if draft.outcome_known or any(clause.outcome for clause in draft.clauses):
            continue  # a result of its own, whole or part by part
        if index >= 0 and headings[index][1] is not None:
            draft.outcome, draft.outcome_known = headings[index][1], True


_INNER_TITLE = regex.compile(rf"\s(?:{patterns.alternation(words.TITLES)})\.?\s")

_STOP_WORDS = frozenset(
    "the a an and or of to in for that this with on at by is are be was were it they their its from as "
    "conference meeting motion motions said say says".split()
)


def content_words(text: str) -> set[str]:
    """The words of ``text`` that carry meaning, lower-cased, for matching a report to a motion."""
    return {word for word in regex.findall(r"[a-z]{3,}", text.lower()) if word not in _STOP_WORDS}


def named_proposers(text: str) -> list[tuple[int, str, str | None]]:
    """People the text says proposed a motion: ``(offset, person, affiliation)`` in order."""
    found = []
    for match in patterns.PROPOSER_NAMED.finditer(text):
        person = (match.group("person1") or match.group("person2") or match.group("person3")).strip()
        # a description before the name (``East Midlands GP Dr Annapurna Rao``): the name starts at its title
        titled = _INNER_TITLE.search(person)
        if titled is not None:
            person = person[titled.start() + 1:]
        found.append((match.start(), person, match.group("affiliation") or match.group("affiliation3")))
    return found
