"""Motions in agenda form: a heading (number, proposer), the resolution, its clauses, a result.

The reader works line by line, because agendas are laid out in lines: a heading on its own line
or before the motion on the same line, the resolution (``That conference ...``), then clauses,
each starting a line with its label (``i.``, ``(a)``, ``1.``, a dash), or run into the resolution's
last line (``in:- i) ... ii) ...``). A motion ends at a blank line followed by something that is
not a clause, at the next motion, at a printed result (``Carried.``, ``Parts (i) and (ii)
carried``), or at a line naming its proposer (``(Proposed by Redbridge)``).
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence

import regex
from attrs import define, field

from gpcorpus_motions import patterns, vocabulary as words

__all__ = ["Line", "Heading", "ClauseDraft", "AgendaDraft", "lines_of", "read_heading", "agenda_motions", "title_case"]


@define
class Line:
    """One line of the document, with its offsets (``end`` excludes the newline)."""

    start: int
    end: int
    text: str

    @property
    def blank(self) -> bool:
        return not self.text.strip()

    @property
    def content_end(self) -> int:
        """The offset after the line's last non-space character."""
        return self.start + len(self.text.rstrip())


def lines_of(text: str) -> list[Line]:
    """The lines of ``text`` with their offsets."""
    lines = []
    position = 0
    for raw in text.split("\n"):
        lines.append(Line(position, position + len(raw), raw))
        position += len(raw) + 1
    return lines


@define
class Heading:
    """What an agenda heading says: where it starts, the label, number and proposer."""

    start: int
    label: str | None = None
    number: int | None = None
    proposer: str | None = None
    #: A person named before the proposing body (``Richard Vautrey YORKSHIRE REGIONAL COUNCIL``).
    person: str | None = None
    amendment: bool = False
    #: Whether the heading has a number or a word such as ``Motion``: a strong sign of an agenda.
    numbered: bool = False
    #: Whether the heading names the item a motion (``Motion``, ``Emergency motion``, ``Amendment``).
    motion_word: bool = False


#: An LMC named by its initials (``ELMC``: Eastern LMC), kept in capitals.
_LMC_CODE = regex.compile(r"[A-Z]{1,2}LMCS?")


def title_case(name: str) -> str:
    """A proposer's name as written, title-cased if the agenda printed it in capitals.

    >>> title_case("CITY AND HACKNEY")
    'City and Hackney'
    >>> title_case("KENT LMC")
    'Kent LMC'
    >>> title_case("ELMC")
    'ELMC'
    >>> title_case("Great Yarmouth & Waveney Division")
    'Great Yarmouth & Waveney Division'
    """
    if any(ch.islower() for ch in name):
        return name
    result = []
    for index, word in enumerate(name.split()):
        bare = word.strip(",.()")
        if bare in words.ACRONYMS or _LMC_CODE.fullmatch(bare):
            result.append(word.replace("LMCS", "LMCs"))
        elif index and bare.lower() in words.LOWER_CASE_WORDS:
            result.append(word.lower())
        else:
            result.append("-".join(part[:1] + part[1:].lower() for part in word.split("-")))
    return " ".join(result)


def read_heading(text: str, offset: int, *, own_line: bool) -> Heading | None:
    """Read an agenda heading from ``text`` (which starts at ``offset`` in the document).

    :param own_line: Whether the heading stands on a line of its own above the motion; a bare
        proposer (no number, no ``Motion``) is only accepted there or before a colon.
    :returns: The heading, or ``None`` if ``text`` is not one.
    """
    if len(text) > 200:
        return None
    match = patterns.HEADING.match(text)
    if match is None:
        return None
    keyword = match.group("keyword") or match.group("keyword2")
    label = match.group("label")
    who = match.group("who").strip().rstrip(",")
    numbered = bool(keyword or label)
    if not who and not numbered:
        return None
    person = None
    proposer = None
    if who:
        seconder = patterns.SECONDER.search(who)
        if seconder:
            who = who[: seconder.start()].strip()
        inner = patterns.INNER_PROPOSER.search(who)
        if inner:
            who = inner.group("body").strip()
        if who.endswith((")", "]")) and who.count("(") + who.count("[") < who.count(")") + who.count("]"):
            who = who[:-1].rstrip()  # a stray closing bracket: ``Peter Bennie THE SCOTTISH COUNCIL):``
        split = patterns.PERSON_THEN_CAPITALS.match(who)
        if split and sum(ch.isalpha() for ch in split.group("body")) >= 3:
            person, who = split.group("person"), split.group("body")
        else:
            split = patterns.TITLED_PERSON_OF_BODY.match(who)
            if split and patterns.BODY_NOUN_END.search(split.group("body")):
                person, who = split.group("person"), split.group("body")
        if not patterns.BODY_NAME.match(who):
            return None
        if not numbered:
            if regex.search(r"\b(?i:motions|resolutions)\b", who):
                return None  # a heading over a list of motions (``ARM MOTIONS PASSED``), not a body
            bare_ok = own_line or match.group("end").startswith(":")
            all_capitals = not any(ch.islower() for ch in who)
            if not bare_ok or not (all_capitals or patterns.BODY_NOUN_END.search(who)):
                return None
            if match.group("end") and match.group("end")[:1] not in (":", ""):
                return None
        proposer = title_case(who)
    number = None
    if label:
        label = regex.sub(r"\s+", "", label)
        digits = regex.search(r"\d+", label)
        number = int(digits.group()) if digits else None
    elif keyword and keyword.lower() in words.AMENDMENT_LABELS:
        label = keyword.capitalize()
    amendment = bool(
        (label and regex.search(r"\d[a-z]$", label))
        or (keyword and keyword.lower() in words.AMENDMENT_LABELS)
    )
    return Heading(
        start=offset + match.start("heading"),
        label=label,
        number=number,
        proposer=proposer,
        person=person,
        amendment=amendment,
        numbered=numbered,
        motion_word=bool(keyword and keyword.lower() != "item"),
    )


@define
class ClauseDraft:
    label: str
    start: int
    end: int
    outcome: str | None = None


@define
class AgendaDraft:
    """A motion read from an agenda, before it is made an extraction."""

    start: int
    end: int
    #: Where the resolution itself (``That conference ...``) starts.
    resolution: int
    heading: Heading | None
    preamble: tuple[int, int]
    clauses: list[ClauseDraft] = field(factory=list)
    outcome: str | None = None
    outcome_known: bool = False
    votes_for: int | None = None
    votes_against: int | None = None
    proposed_by: str | None = None


# -- clause labels ------------------------------------------------------------------------------

_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def _roman(token: str) -> int | None:
    total = 0
    previous = 0
    for ch in reversed(token):
        value = _ROMAN.get(ch)
        if value is None:
            return None
        total = total - value if value < previous else total + value
        previous = max(previous, value)
    # reject non-canonical forms such as "iiii" or "vv"
    return total if _to_roman(total) == token else None


def _to_roman(value: int) -> str:
    parts = []
    for amount, numeral in ((100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while value >= amount:
            parts.append(numeral)
            value -= amount
    return "".join(parts)


def _value(token: str, style: str) -> int | None:
    token = token.lower()
    if style == "number":
        return int(token) if token.isdigit() else None
    if style == "roman":
        return _roman(token)
    if style == "letter":
        return ord(token) - 96 if len(token) == 1 and token.isalpha() else None
    return None


def _style_of_first(token: str) -> str | None:
    """The label style a list starting with ``token`` uses; lists start at their first label."""
    token = token.lower()
    if token == "1":
        return "number"
    if token == "i":
        return "roman"
    if token == "a":
        return "letter"
    return None


class _Sequence:
    """Accepts clause labels that continue one list: i, ii, iii... or a, b, c... or 1, 2, 3..."""

    def __init__(self) -> None:
        self.style: str | None = None
        self.next_value = 1

    def accepts(self, token: str | None) -> bool:
        if token is None:  # a dash or bullet
            return self.style in (None, "bullet")
        if self.style is None:
            return _style_of_first(token) is not None
        if self.style == "bullet":
            return False
        return _value(token, self.style) == self.next_value

    def take(self, token: str | None) -> str:
        if token is None:
            self.style = "bullet"
            return "-"
        if self.style is None:
            self.style = _style_of_first(token)
        self.next_value += 1
        return token.lower()


def _label_token(match: regex.Match) -> str | None:
    groups = match.groupdict()
    return groups.get("paren") or groups.get("dotted") or groups.get("closed")


# -- reading motions ----------------------------------------------------------------------------


def _anchor(line: Line) -> tuple[int, Heading | None, str] | None:
    """Where a motion's text starts on ``line``, with a heading on the same line if any.

    :returns: ``(offset of the resolution, heading, how)`` where ``how`` is ``"line"`` for a
        resolution at the start of the line or after its heading, and ``"quoted"`` for one quoted
        after a colon in prose; or ``None``.
    """
    text = line.text
    if len(text) > 20000:
        text = text[:20000]
    resolution = patterns.RESOLUTION.search(text)
    if resolution is not None:
        before = text[: resolution.start()]
        stripped = before.strip()
        if stripped in ("", "‘", "“", '"', "'"):
            return line.start + resolution.start(), None, "line"
        heading = read_heading(before, line.start, own_line=False)
        if heading is not None and (heading.numbered or heading.proposer):
            return line.start + resolution.start(), heading, "line"
        if regex.search(r":[ \t]*[‘’“\"']?[ \t]*$", before):
            return line.start + resolution.start(), None, "quoted"
        return None
    opening = patterns.THIS_RESOLUTION.search(text)
    if opening is not None:
        before = text[: opening.start()]
        if not before.strip():
            return line.start + opening.start(), None, "this"  # needs a heading above it
        heading = read_heading(before, line.start, own_line=False)
        if heading is not None and (heading.numbered or heading.proposer):
            return line.start + opening.start(), heading, "line"
    quoted = patterns.QUOTED_THAT.search(text)
    if quoted is not None:
        return line.start + quoted.start("that"), None, "quoted"
    colon = text.find(":")
    if 0 < colon < 200:
        rest = text[colon + 1:]
        start = len(rest) - len(rest.lstrip())
        # a procedural motion: ``517 Motion by THE AGENDA COMMITTEE: That item 217 be ...``
        that = patterns.HEADED_THAT.match(rest)
        if that is not None:
            heading = read_heading(text[: colon + 1], line.start, own_line=False)
            if heading is not None and heading.motion_word and heading.number is not None and heading.proposer:
                return line.start + colon + 1 + start, heading, "line"
        # an amendment: a numbered heading with a proposer, a colon, and an amending verb
        if patterns.AMENDMENT_START.match(rest, start):
            heading = read_heading(text[: colon + 1], line.start, own_line=False)
            if heading is not None and heading.numbered and heading.proposer:
                return line.start + colon + 1 + start, heading, "line"
    return None


def _heading_above(lines: list[Line], index: int) -> Heading | None:
    """A heading on the line above ``lines[index]`` (one blank line may come between)."""
    for back in (1, 2):
        j = index - back
        if j < 0:
            return None
        line = lines[j]
        if line.blank:
            continue
        if len(line.text.split()) > 24 or _ends_motion(line.text):
            return None  # a sentence, or the previous motion's printed result or proposer
        return read_heading(line.text, line.start, own_line=True)
    return None


def _starts_motion(lines: list[Line], index: int) -> bool:
    """Whether a new motion starts at ``lines[index]``: its resolution, or a heading above one."""
    line = lines[index]
    found = _anchor(line)
    if found is not None and found[2] != "this":
        return True
    if len(line.text.split()) > 24:
        return False
    for ahead in (1, 2):
        j = index + ahead
        if j >= len(lines):
            return False
        if lines[j].blank:
            continue
        found = _anchor(lines[j])
        return bool(found and found[1] is None and found[2] in ("line", "this") and read_heading(line.text, line.start, own_line=True))
    return False


#: The closing quote mark of a motion quoted in prose: a mark followed by punctuation, the end of
#: the line, or the words that carry the sentence on (an apostrophe inside a word is not one).
_CLOSING_QUOTE = regex.compile(r"[’”\"'](?=[ \t]*(?:[,.;:)!?]|$|\n|(?:was|were|is|and|but|had|has)\b))")


def _quoted_end(text: str, start: int, limit: int) -> int:
    """The end of a motion quoted in prose: before its closing quote mark, or at ``limit``."""
    match = _CLOSING_QUOTE.search(text, start, limit)
    return match.start() if match else limit


def agenda_motions(text: str) -> Iterator[AgendaDraft]:
    """Every motion in agenda form in ``text``, in document order."""
    lines = lines_of(text)
    index = 0
    while index < len(lines):
        line = lines[index]
        found = _anchor(line) if not line.blank else None
        if found is None:
            index += 1
            continue
        resolution, heading, how = found
        if heading is None and how in ("line", "this"):
            heading = _heading_above(lines, index)
            if how == "this":
                if heading is None or not (heading.numbered or heading.proposer):
                    index += 1
                    continue  # ``This conference ...`` with no agenda heading: prose
                how = "line"
        draft, index = _read_motion(text, lines, index, resolution, heading, how)
        if draft is not None:
            yield draft


def _read_motion(text, lines, index, resolution, heading, how):
    """Read one motion whose resolution starts at ``resolution`` on ``lines[index]``."""
    line = lines[index]
    if how == "quoted":
        end = _quoted_end(text, resolution, line.content_end)
        region_lines = [(resolution, end)]
        next_index = index + 1
        if end == line.content_end:
            next_index = _quoted_paragraphs(text, lines, next_index, region_lines)
    else:
        region_lines = [(resolution, line.content_end)]
        next_index = index + 1
        gap = False
        while next_index < len(lines):
            candidate = lines[next_index]
            if candidate.blank:
                gap = True
                next_index += 1
                continue
            if _starts_motion(lines, next_index) or _ends_motion(candidate.text) or _section_line(candidate.text):
                break
            label = patterns.LINE_LABEL.match(candidate.text)
            if gap and label is None and not patterns.DANGLING_END.search(text, region_lines[-1][0], region_lines[-1][1]):
                break  # a new paragraph, unless the line before stopped mid-sentence (a PDF's break)
            region_lines.append((candidate.start, candidate.content_end))
            gap = False
            next_index += 1
    start = heading.start if heading is not None else resolution
    draft = AgendaDraft(start=start, end=region_lines[-1][1], resolution=resolution, heading=heading, preamble=(resolution, resolution))
    _trailing_result(text, draft, region_lines)
    _read_clauses(text, draft, region_lines)
    if heading is not None and heading.person:
        draft.proposed_by = heading.person
    return draft, next_index


def _section_line(line: str) -> bool:
    """Whether ``line`` is an agenda's section heading in capitals (``BYE-LAWS``, ``TO FOLLOW ITEM
    16``): no lower-case letter, at least four capitals, and not a clause label."""
    if len(line) > 200 or any(ch.islower() for ch in line):
        return False
    return sum(ch.isalpha() for ch in line) >= 4 and patterns.LINE_LABEL.match(line) is None


#: A paragraph that carries on a quotation: it opens with a quote mark (the press's convention
#: for a quotation over several paragraphs: each opens with a mark, only the last closes).
_CONTINUED_QUOTE = regex.compile(r"[ \t]*[‘“\"'](?=[ \t]*\S)")
#: The most paragraphs a quoted motion may carry on over.
_QUOTED_PARAGRAPHS = 12


def _quoted_paragraphs(text: str, lines: list[Line], index: int, region_lines: list[tuple[int, int]]) -> int:
    """Carry a motion quoted in prose on over the paragraphs after its first, while the quotation
    is not closed and each paragraph opens with a quote mark and a clause label (``‘(ii) a ballot
    of GPs ...``). The last paragraph ends at its closing mark, if it has one.

    :returns: The index of the first line not read.
    """
    taken = 0
    while index < len(lines) and taken < _QUOTED_PARAGRAPHS:
        j = index
        while j < len(lines) and lines[j].blank:
            j += 1
        if j >= len(lines):
            break
        line = lines[j]
        opening = _CONTINUED_QUOTE.match(line.text)
        if opening is None or not patterns.LINE_LABEL.match(line.text):
            break
        end = _quoted_end(text, line.start + opening.end(), line.content_end)
        region_lines.append((line.start, end))
        index = j + 1
        taken += 1
        if end != line.content_end:
            break  # the quotation closes here
    return index


def _ends_motion(line: str) -> bool:
    """Whether ``line`` is printed after a motion rather than part of it: a result (``Carried.``,
    ``Parts (i) and (ii) carried``) or the line naming its proposer (``(Proposed by Redbridge)``)."""
    return bool(
        patterns.RESULT_LINE.match(line) or patterns.PART_RESULT_LINE.match(line) or patterns.PROPOSER_LINE.match(line)
    )


def _trailing_result(text: str, draft: AgendaDraft, region_lines: list[tuple[int, int]]) -> None:
    """A result in capitals at the end of the last line (``... general practice. CARRIED``)."""
    last_start, last_end = region_lines[-1]
    match = patterns.TRAILING_RESULT.search(text, last_start, last_end)
    if match is None or match.start() <= draft.resolution:
        return
    known, outcome = patterns.outcome_of(match.group("word"))
    if known:
        draft.outcome, draft.outcome_known = outcome, True
        region_lines[-1] = (last_start, match.start())
        draft.end = match.start()


def _read_clauses(text: str, draft: AgendaDraft, region_lines: list[tuple[int, int]]) -> None:
    sequence = _Sequence()
    starts: list[tuple[str, int, int]] = []  # (label, label start, text start)
    for line_start, line_end in region_lines[1:]:
        match = patterns.LINE_LABEL.match(text, line_start, line_end)
        if match is None:
            continue
        token = _label_token(match)
        if not sequence.accepts(token):
            continue
        label_start = match.start() + (len(match.group()) - len(match.group().lstrip()))
        starts.append((sequence.take(token), label_start, match.end()))
    if not starts:
        starts = _inline_clauses(text, draft.resolution, draft.end, region_lines)
    if starts and starts[0][0] == "-":
        starts = _split_dashes(text, starts, draft.end)
    if len(starts) == 1 and starts[0][0] != "-":
        starts = []  # a lone "1." or "(a)" is not a list
    if not starts:
        draft.preamble = (draft.resolution, _rstrip(text, draft.resolution, draft.end))
        return
    draft.preamble = (draft.resolution, _rstrip(text, draft.resolution, starts[0][1]))
    for position, (label, _label_start, text_start) in enumerate(starts):
        stop = starts[position + 1][1] if position + 1 < len(starts) else draft.end
        end = _rstrip(text, text_start, stop, extra=";,")
        draft.clauses.append(ClauseDraft(label=label, start=text_start, end=max(text_start, end)))
    draft.end = max(draft.end if not draft.clauses else draft.clauses[-1].end, draft.preamble[1])


def _inline_clauses(text: str, start: int, end: int, region_lines: Sequence[tuple[int, int]] = ()) -> list[tuple[str, int, int]]:
    """Clauses run into a line: ``... in:- i) protecting ...; ii) preserving ...; iii) ...``.

    A PDF's text may run the list in and break it over lines at once: ``That this
    conference:i. supports ... Governmentii. welcomes ...`` then ``iii. congratulates ...`` at the
    start of a line; labels glued to the word before and labels opening the motion's later lines
    count too, in document order, where the list expects them.
    """
    candidates: list[tuple[int, int, regex.Match]] = []
    for match in patterns.INLINE_LABEL.finditer(text, start, end):
        candidates.append((match.start(), match.end(), match))
    glued = [(match.start(), match.end(), match) for match in patterns.GLUED_LABEL.finditer(text, start, end)]
    if glued:
        candidates += glued
        for line_start, line_end in region_lines[1:]:
            match = patterns.LINE_LABEL.match(text, line_start, line_end)
            if match is not None and match.group("bullet") is None:
                label_start = match.start() + (len(match.group()) - len(match.group().lstrip()))
                candidates.append((label_start, match.end(), match))
        candidates.sort(key=lambda item: item[0])
    sequence = _Sequence()
    found: list[tuple[str, int, int]] = []
    for label_start, text_start, match in candidates:
        token = _label_token(match)
        if token and sequence.accepts(token):
            found.append((sequence.take(token), label_start, text_start))
    return found if len(found) >= 2 else []


def _split_dashes(text: str, starts: list[tuple[str, int, int]], end: int) -> list[tuple[str, int, int]]:
    """Dash clauses run on after `` - `` in the middle of a line, when a clause verb follows."""
    result = []
    for position, clause in enumerate(starts):
        result.append(clause)
        stop = starts[position + 1][1] if position + 1 < len(starts) else end
        for match in patterns.DASH_CLAUSE.finditer(text, clause[2], stop):
            dash = match.start() + 1
            result.append(("-", dash, match.end()))
    return result


def _rstrip(text: str, start: int, end: int, extra: str = "") -> int:
    """``end`` moved back over spaces (and ``extra`` characters) but not before ``start``."""
    while end > start and (text[end - 1].isspace() or text[end - 1] in extra):
        end -= 1
    return end
