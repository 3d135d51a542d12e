"""Agenda blocks: a resolution's own text, found from its opening, its extent from its lines.

A resolution opens ``That this <body> …``, ``That conference …`` or ``<This> <body> notes /
believes / calls on / resolves …`` (the body from the lexicon's deliberative bodies, the verb from
the vocabulary's resolving verbs), at a line's start (after any heading on the same line) or
after an opening quotation mark. It runs over the lines of its paragraph and on into the
paragraphs that carry it on: clauses, lines after one that ends in ``:`` or a bare verb, and
paragraphs with a body resolving again (``This Council resolves …``). A quoted resolution runs to
its closing mark. Its heading and result are read from the lines around it.

>>> text = "Motion 4 proposed by WESTMOOR LMC:\\n\\nThat conference calls for:\\n\\n(a) more GPs\\n\\n(b) fewer forms\\n\\nCarried."
>>> [(b.heading.number, b.heading.proposer, b.outcome, len(b.clauses)) for b in agenda_blocks(text)]
[(4, 'Westmoor LMC', 'carried', 2)]
"""
from __future__ import annotations

import bisect
from collections.abc import Sequence

import regex
from attrs import define, field

from gpcorpus.text import Quotation
from gpcorpus_motions import patterns
from gpcorpus_motions import vocabulary as words
from gpcorpus_motions.clauses import ClauseSpan, read_clauses, trim_end
from gpcorpus_motions.headings import Heading, is_heading, outcome_line, read_heading

__all__ = ["AgendaBlock", "agenda_blocks", "OPENING"]

_VERB_FORMS = patterns.alternation(patterns.forms(words.RESOLVING_VERBS, tags=("third", "base")))
_AUXILIARIES = patterns.alternation(words.RESOLVING_AUXILIARIES)
_BODY = patterns.BODIES
#: ``That this meeting``, ``That conference``, ``That this Council``.
_THAT = rf"(?:That|THAT)\s{{1,3}}(?:(?i:this|the)\s{{1,3}})?(?i:{_BODY})(?![\w’'-])"
#: ``Conference notes``, ``This Council resolves``, ``Council is concerned``.
_VERB_AFTER = rf"(?![\w’'-])(?:\s{{1,3}}(?i:{_AUXILIARIES})){{0,2}}\s{{1,3}}(?i:{_VERB_FORMS})(?![\w’'-])"
_BODY_VERB = rf"(?:(?:This|THIS|this)\s{{1,3}}(?i:{_BODY})|(?=[A-Z])(?i:{_BODY})){_VERB_AFTER}"
#: After an opening mark a resolution may open with ``The``: ``“The Council recognises ...``.
_THE_BODY_VERB = rf"(?:The|THE)\s{{1,3}}(?=[A-Z])(?i:{_BODY}){_VERB_AFTER}"
_MARK = "‘“\"'"
#: A resolution's opening: at a line's start, after a heading on the same line, or after a mark.
OPENING = regex.compile(
    rf"(?P<lead>[ \t]{{0,12}}(?P<prefix>[^\n]{{0,150}}?[:–—-][ \t]{{0,6}}|\(\d{{1,3}}[a-z]?\)[ \t]{{1,6}}|\d{{1,4}}[a-z]?[.)][ \t]{{1,6}})??)"
    rf"(?:(?P<mark>[{_MARK}])[ \t]?(?P<open>{_THAT}|{_BODY_VERB}|{_THE_BODY_VERB})|(?P<open>{_THAT}|{_BODY_VERB}))"
)
#: The same resolving form anywhere in a paragraph's first sentence: ``In view of this,
#: Conference instructs ...``.
RESOLVING_AGAIN = regex.compile(rf"(?<![\w’'-]){_BODY_VERB}")
#: Lines after which the resolution goes on: a colon, or a bare resolving verb.
_GOES_ON = regex.compile(rf"(?::-?|(?i:that|to|the following|as follows)|(?i:{_VERB_FORMS}))[ \t]*$")
#: How far back a resolution's heading may be.
_HEADING_LINES = 3
#: How far after a resolution its printed result may be.
_RESULT_LINES = 3


@define
class AgendaBlock:
    """One resolution found in agenda text, with what its heading and result lines say."""

    start: int
    end: int
    #: Where its resolving words start (``That conference …``).
    opening: int
    heading: Heading = field(factory=Heading)
    clauses: list[ClauseSpan] = field(factory=list)
    outcome: str | None = None
    votes: tuple[int | None, int | None, str | None] = (None, None, None)


def _line_index(starts: Sequence[int], offset: int) -> int:
    return max(0, bisect.bisect_right(starts, offset) - 1)


def _lines(text: str) -> list[tuple[int, int]]:
    found, position = [], 0
    while position <= len(text):
        newline = text.find("\n", position)
        end = len(text) if newline < 0 else newline
        found.append((position, end))
        if newline < 0:
            break
        position = newline + 1
    return found


def _blank(text: str, line: tuple[int, int]) -> bool:
    return not text[line[0]:line[1]].strip()


def _stops(text: str, line: tuple[int, int]) -> bool:
    """Whether a line ends the resolution before it: a result, a heading or a new opening."""
    content = text[line[0]:line[1]]
    if outcome_line(content) is not None or _votes_line(content):
        return True
    opening = OPENING.match(content)
    if opening:
        return bool(opening.group("prefix") and opening.group("prefix").strip()) or opening.group("open").startswith(("That", "THAT"))
    if patterns.LINE_LABEL.match(content):
        return False
    heading = read_heading(content)
    return heading is not None and (heading.number is not None or heading.proposed_by is not None or heading.proposer is not None)


def _votes_line(content: str) -> bool:
    """``Voting: For 120, Against 30``: a short line that only gives the votes."""
    return len(content) < 80 and not patterns.LINE_LABEL.match(content) and bool(patterns.VOTES.search(content))


def _carries_on(text: str, previous: tuple[int, int], line: tuple[int, int], resolves_again: bool) -> bool:
    """Whether a line after a blank one carries the resolution on: a clause, a line after one
    that asks for more, or (in a resolution that opened with its body) the body resolving again."""
    content = text[line[0]:line[1]]
    if patterns.LINE_LABEL.match(content) or _GOES_ON.search(text, previous[0], previous[1]):
        return True
    return resolves_again and bool(RESOLVING_AGAIN.search(content[:200]))


def _extent(text: str, lines: list[tuple[int, int]], first: int, resolves_again: bool) -> tuple[int, int]:
    """The index of the resolution's last line, and of the line after it."""
    last = first
    index = first + 1
    while index < len(lines):
        line = lines[index]
        if _blank(text, line):
            index += 1
            continue
        if _stops(text, line):
            break
        if index == last + 1 or _carries_on(text, lines[last], line, resolves_again):
            last = index
            index += 1
            continue
        break
    return last, index


def _quotation_at(quotes: Sequence[Quotation], starts: Sequence[int], offset: int, floor: int) -> Quotation | None:
    """A quotation holding ``offset`` that opened at or after ``floor`` (``starts`` are the
    quotations' starts, in order)."""
    index = bisect.bisect_right(starts, offset) - 1
    while index >= 0 and quotes[index].start >= floor:
        quote = quotes[index]
        if offset < quote.content_end and quote.closed:
            return quote
        index -= 1
    return None


def _heading_above(text: str, lines: list[tuple[int, int]], first: int, floor: int) -> tuple[Heading | None, int]:
    """The heading over a resolution's first line and where it starts: the nearest lines above,
    across one gap of blank lines at most (two if a line introducing the motion stands between)."""
    heading, start = None, None
    gaps, allowed, seen = 0, 1, 0
    index = first - 1
    while index >= 0 and seen < _HEADING_LINES + 1:
        line = lines[index]
        index -= 1
        if line[1] <= floor:
            break
        if _blank(text, line):
            if not _blank(text, lines[index + 2]) if index + 2 < len(lines) else True:
                gaps += 1
            if gaps > allowed or heading is not None and heading.number is not None:
                break
            continue
        seen += 1
        if outcome_line(text[line[0]:line[1]]) is not None:
            break
        found = read_heading(text[line[0]:line[1]])
        if found is None and heading is not None and heading.number is None and _title(text[line[0]:line[1]]):
            continue  # a motion's title between its number and its proposer
        if found is None and _INTRODUCING.search(text, line[0], line[1]) and allowed == 1:
            allowed = 2  # ``Councillor Jane Doe moved the following motion:`` between heading and text
            mover = _MOVER.search(text, line[0], line[1])
            if mover:
                heading = _merge_headings(Heading(proposed_by=mover.group("who")), heading)
            continue
        if found is None:
            break
        heading = _merge_headings(found, heading)
        start = line[0] + len(text[line[0]:line[1]]) - len(text[line[0]:line[1]].lstrip())
    return heading, (start if start is not None else -1)


#: The word minutes print before what a meeting decided.
_RESOLVED = regex.compile(r"[ \t]*(?i:resolved|agreed)\b")


def _title(line: str) -> bool:
    """A short line that could be a motion's title: ``Tackling violence against staff``."""
    line = line.strip()
    return 0 < len(line) <= 100 and line[0].isupper() and not line.endswith((".", ":")) and not OPENING.match(line)


def _merge_headings(upper: Heading, lower: Heading | None) -> Heading:
    if lower is None:
        return upper
    return Heading(
        lower.number if lower.number is not None else upper.number,
        lower.label or upper.label,
        lower.proposer or upper.proposer,
        lower.proposed_by or upper.proposed_by,
        lower.outcome or upper.outcome,
        lower.amendment or upper.amendment,
    )


def _result_after(text: str, lines: list[tuple[int, int]], after: int, block: AgendaBlock) -> tuple[str | None, int | None]:
    """A result line among the first lines after a resolution, and its index; a proposer printed
    on those lines (``Proposed by …``, ``Mover: …``) goes to the block when its heading has none."""
    seen = 0
    for index in range(after, len(lines)):
        line = lines[index]
        if _blank(text, line):
            continue
        content = text[line[0]:line[1]]
        found = outcome_line(content)
        if found is not None or seen == 0 and _votes_line(content):
            return found, index  # a result, or a line of votes that gives one
        seen += 1
        printed = read_heading(content)
        if printed is not None and printed.number is None and not OPENING.match(content) and not _heads_next(text, lines, index):
            block.heading = _merge_headings(printed, block.heading)
            continue
        if seen >= _RESULT_LINES or OPENING.match(content):
            break
    return None, None


def _heads_next(text: str, lines: list[tuple[int, int]], index: int) -> bool:
    """Whether line ``index`` heads the next resolution: one opens within the next two lines."""
    following = [line for line in lines[index + 1:index + 4] if not _blank(text, line)][:2]
    return any(OPENING.match(text, line[0], line[1]) for line in following)


def _result_before(text: str, lines: list[tuple[int, int]], first: int, floor: int) -> str | None:
    """A result printed in the lines just above a resolution (``Decision`` / ``Remitted``)."""
    for index in range(first - 1, max(-1, first - 8), -1):
        line = lines[index]
        if line[1] <= floor:
            break
        found = outcome_line(text[line[0]:line[1]])
        if found is not None:
            return found
    return None


@define
class _Page:
    """A text's lines and quotations, with their starts for looking them up by offset."""

    text: str
    lines: list[tuple[int, int]]
    line_starts: list[int]
    quotes: list[Quotation]
    quote_starts: list[int]


def _make_block(page: _Page, first: int, opening: int, prefix: tuple[int, str] | None, floor: int) -> tuple[AgendaBlock, int]:
    """The block whose resolving words start at ``opening`` on line ``first`` (after a heading
    ``prefix`` on the same line, with its offset), and the index of the line after it."""
    text, lines = page.text, page.lines
    quote = _quotation_at(page.quotes, page.quote_starts, opening, max(floor, opening - 600))
    if quote is not None:
        end = trim_end(text, quote.content_start, quote.content_end)
        after = _line_index(page.line_starts, quote.end) + 1
        start = quote.content_start
        first_line = _line_index(page.line_starts, start)
    else:
        last, after = _extent(text, lines, first, not text.startswith(("That", "THAT"), opening))
        end = trim_end(text, opening, lines[last][1])
        start = opening
        first_line = first
    heading = read_heading(prefix[1]) if prefix and prefix[1].strip() else None
    if heading is not None:
        start = prefix[0]
    above, above_start = _heading_above(text, lines, first_line, floor)
    if above is not None and (heading is None or heading.proposer is None and heading.number is None):
        heading = _merge_headings(above, heading)
        start = min(start, above_start) if above_start >= 0 else start
    block = AgendaBlock(start, end, opening, heading or Heading())
    if prefix and _RESOLVED.match(prefix[1]):
        block.outcome = "carried"  # a minute's ``RESOLVED – That the Council …`` is a decision
    block.clauses = read_clauses(text, opening, end)
    block.outcome = block.outcome or block.heading.outcome or _result_before(text, lines, first_line, floor)
    result, result_index = _result_after(text, lines, after, block)
    if result_index is not None:
        block.outcome = result or block.outcome
        votes = patterns.votes_in(text, *lines[result_index])
        block.votes = votes
        after = result_index + 1
    return block, after


def agenda_blocks(text: str, quotes: Sequence[Quotation] = ()) -> list[AgendaBlock]:
    """Every resolution in ``text`` written out as agenda text, in order."""
    lines = _lines(text)
    ordered = sorted(quotes, key=lambda quote: quote.start)
    page = _Page(text, lines, [start for start, _ in lines], ordered, [quote.start for quote in ordered])
    blocks: list[AgendaBlock] = []
    index = 0
    floor = 0
    while index < len(lines):
        found = _opening(text, lines, index)
        if found is None:
            index += 1
            continue
        block, after = _make_block(page, index, *found, floor)
        if blocks and block.start < blocks[-1].end:
            index += 1
            continue
        blocks.append(block)
        floor = max(block.end, lines[after - 1][1] if after > index else block.end)
        index = max(after, index + 1)
    return blocks


def _opening(text: str, lines: list[tuple[int, int]], index: int) -> tuple[int, tuple[int, str] | None] | None:
    """Where a resolution's words open on line ``index``, with any heading before them there."""
    line = lines[index]
    match = OPENING.match(text, line[0], line[1])
    if match is not None and not _procedural(text, match.end("open")):
        prefix = match.group("prefix")
        return match.start("open"), ((match.start("prefix"), prefix) if prefix else None)
    quoted = _QUOTED.search(text, line[0], line[1])
    if quoted is not None and not _procedural(text, quoted.end()):
        return quoted.start(), None
    if _introduced(text, lines, index):
        return line[0] + len(text[line[0]:line[1]]) - len(text[line[0]:line[1]].lstrip(" \t" + _MARK)), None
    return None


#: A line that introduces a motion's text on the lines after it: ``Councillor Jane Doe moved the
#: following motion:``, ``the motion standing in their names:``.
_INTRODUCING = regex.compile(
    r"(?i:the\s+following\s+(?:[\w-]{1,20}\s+){0,2}?(?:motion|resolution)[^\n]{0,120}"
    r"|(?:motion|resolution)(?![\w’'-])[^\n]{0,200}?(?:as\s+follows|standing\s+in\s+(?:their|his|her)\s+names?|(?:which|that)\s+reads?|in\s+(?:the\s+following\s+)?terms)"
    r"|as\s+follows):[ \t]*$"
)


#: Who moved a motion, on the line introducing it: ``Councillor A Green moved``, ``Cllr A Green to propose``.
_MOVER = regex.compile(
    rf"(?P<who>(?:{patterns.TITLES})\.?\s{{1,3}}[A-Z][\w’'.-]{{0,30}}(?:\s{{1,3}}[A-Z][\w’'.-]{{0,30}}){{0,3}})"
    r"\s{1,3}(?:moved|proposed|to\s+propose|presented)(?![\w’'-])"
)


def _introduced(text: str, lines: list[tuple[int, int]], index: int) -> bool:
    """Whether line ``index`` is the first of a motion's text after an introducing line."""
    line = lines[index]
    content = text[line[0]:line[1]].strip()
    if not content or outcome_line(content) is not None or is_heading(content):
        return False
    for previous in range(index - 1, max(-1, index - 3), -1):
        if not _blank(text, lines[previous]):
            return bool(_INTRODUCING.search(text, lines[previous][0], lines[previous][1]))
    return False


#: ``a motion that reads: ‘That this conference …``: an opening after a mark inside a line.
_QUOTED = regex.compile(rf"(?<=[{_MARK}]){_THAT}")


def _procedural(text: str, end: int) -> bool:
    """``That the standing orders be adopted``: the body is the object of a procedural motion,
    not the one resolving (its next word is a passive ``be``)."""
    return bool(regex.match(r"\s{1,3}(?:be|is|are)\s", text[end:end + 8]))
