"""The lines around a resolution: its heading (number, proposer, title) and its result.

A heading is a short line over the resolution, or the words before ``That`` on its own line. It
may give a number (``Motion 12``, ``12.``, ``Item 7``, ``MOTION ONE``, ``Special Motion No. 2``,
``1ELMC –``), a proposer (``19 EASTSHIRE:``, ``Motion by Westmoor LMC:``, ``Submitted by the
Eastfield Branch``, ``Proposed by Dr Jane Smith of THE NORTHTOWN DIVISION``) and a result
(``Student bursaries - Resolution - Passed``). People who propose go to ``proposed_by``, a body
to ``proposer``.

>>> heading = read_heading("Motion 12 proposed by Dr Jane Smith of THE NORTHTOWN DIVISION):")
>>> heading.number, heading.proposer, heading.proposed_by
(12, 'Northtown Division', 'Dr Jane Smith')
"""
from __future__ import annotations

import regex
from attrs import frozen

from gpcorpus import lexicon
from gpcorpus_motions import patterns
from gpcorpus_motions import vocabulary as words

__all__ = ["Heading", "read_heading", "is_heading", "outcome_line", "split_proposer", "title_case"]

_HEADING_NOUN = patterns.alternation(words.HEADING_NOUNS)
_INTRODUCER = patterns.alternation(words.PROPOSER_INTRODUCERS)
#: ``Motion 12``, ``Emergency motion 3:``, ``Special Motion No. 2 -``, ``Resolution 23:``.
_NOUN_NUMBER = regex.compile(
    rf"(?<![\w’'-])(?i:{_HEADING_NOUN})s?\s{{1,3}}(?i:no\.?\s{{0,3}})?(?P<number>{patterns.NUMBER})[.:)]?",
)
#: How far into a heading line its number may be: ``Part 1, Motion 9:``, ``Special Motion No. 2``.
_NUMBER_REACH = 40
#: ``19 EASTSHIRE:``, ``12.``, ``(5)``, ``1ELMC –``, ``38 Motion by``, ``01 SAFER ROADS``.
_LEADING_NUMBER = regex.compile(
    r"\(?(?P<number>\d{1,4}[a-z]?)(?:\)|\.(?!\d)|:|(?=[A-Z]{2,6}\b)|(?=\s))(?P<code>[A-Z]{1,3}LMCS?|[A-Z]{1,2}LMC)?[ \t]*[:–—-]?"
)
#: Who proposed it: ``proposed by X``, ``Submitted by the X Branch``, ``Motion by X``.
_PROPOSED = regex.compile(
    rf"(?<![\w’'-])(?i:(?:to\s+be\s+)?(?:{_INTRODUCER})[:\s]|(?:{patterns.alternation(words.PROPOSER_LABELS)})\s{{0,3}}:)"
    rf"\s{{0,3}}(?P<who>[^\n]{{1,150}})"
)
_SECONDED = regex.compile(r"[,;]?\s+(?:and\s+)?(?i:seconded|second)\b[^\n]*$")
_CAPITALS_RUN = regex.compile(r"(?<![\w’'-])(?:(?:[A-Z][A-Z’'&.-]*|&)(?:,?\s{1,3}|$)){1,8}")
_ABBREVIATION = regex.compile(r"^[A-Z]{2,5}s?$")
_MONTH = regex.compile(rf"\s{{0,3}}(?i:{patterns.alternation(lexicon.words('months'))})(?![\w])")
_SMALL = frozenset({"and", "of", "the", "for", "on", "in", "with", "upon"})


@frozen
class Heading:
    """What a heading line says about the motion under it."""

    number: int | None = None
    label: str | None = None
    proposer: str | None = None
    proposed_by: str | None = None
    outcome: str | None = None
    amendment: bool = False


def title_case(name: str) -> str:
    """A name printed in capitals as a reader writes it: ``WESTMOOR LMC`` is ``Westmoor LMC``."""
    if not name.isupper():
        return name
    out = []
    for index, word in enumerate(name.split(" ")):
        lower = word.lower()
        if index and lower in _SMALL:
            out.append(lower)
        elif _ABBREVIATION.match(word) and not any(v in lower for v in "aeiou") or word in lexicon.words("deliberative_bodies"):
            out.append(word)
        else:
            out.append("-".join(regex.sub(r"^(\W*\w)(.*)$", lambda m: m.group(1) + m.group(2).lower(), part) for part in word.split("-")))
    return " ".join(out)


def split_proposer(who: str) -> tuple[str | None, str | None]:
    """``(body, person)`` named in the words after ``proposed by``: a run of capitals or a name
    ending in a body noun is a body; a titled name or one followed by a body is a person."""
    who = _SECONDED.sub("", who).strip(" \t:;,.(–—-")
    if who.endswith(")") and who.count(")") > who.count("("):
        who = who[:-1].rstrip(" \t:;,.")  # a stray bracket, as blogs copy headings: ``THE NORTHERN COUNCIL):``
    who = regex.sub(r"^(?i:the)\s+", "", who)
    if not who:
        return None, None
    capitals = [m for m in _CAPITALS_RUN.finditer(who) if any(len(w) >= 4 and w.isalpha() for w in m.group().split())]
    if capitals and not who.isupper():
        run = capitals[-1]
        body = regex.sub(r"^(?:OF\s+)?(?:THE\s+)?", "", run.group().strip(" ,"))
        person = regex.sub(r"\s+(?:of|from)(?:\s+the)?$", "", who[: run.start()].strip(" ,")) or None
        return (title_case(body) if body else None), person
    if " of " in who and patterns.TITLED.match(who):
        person, _, body = who.partition(" of ")
        return regex.sub(r"^(?i:the)\s+", "", body).strip() or None, person.strip()
    if patterns.TITLED.match(who):
        return None, who
    return title_case(who), None


def _proposer(rest: str) -> tuple[str | None, str | None]:
    """A proposer printed after a heading's number: ``EASTSHIRE:``, ``Northby –``, ``by the
    WESTBY DIVISION:``."""
    rest = regex.sub(r"^\s{0,3}(?i:by|from)\s{1,3}(?:(?i:the)\s{1,3})?(?=\S)", "", rest)
    found = _PROPOSED.search(rest)
    if found:
        return split_proposer(found.group("who"))
    name = regex.match(r"[ \t]*(?P<name>[A-Z][^:–—\n]{0,80}?)[ \t]*(?::|[–—-][ \t]|$)", rest)
    if name and (name.group("name").isupper() or rest.strip().endswith(":") or "–" in rest or " - " in rest):
        candidate = name.group("name").strip(" .")
        if len(candidate.split()) <= 8 and not patterns.outcome_of(candidate):
            return split_proposer(candidate)
    return None, None


def read_heading(line: str) -> Heading | None:
    """What one heading line says, or ``None`` if it says nothing about a motion."""
    line = line.strip()
    if not line or len(line) > 200:
        return None
    number = label = None
    amendment = False
    rest = line
    found = _NOUN_NUMBER.search(line, 0, min(len(line), _NUMBER_REACH + 30))
    if found and found.start() > _NUMBER_REACH:
        found = None
    found = found or _LEADING_NUMBER.match(line)
    if found and found.re is _LEADING_NUMBER and _MONTH.match(line, found.end()):
        return None
    if found:
        number, label, amendment = patterns.number_of(found.group("number"))
        rest = line[found.end():]
    code = found.group("code") if found is not None and found.re is _LEADING_NUMBER else None
    if code:
        proposer, person = code, None  # ``1ELMC –``: an LMC named by its initials, kept as printed
    else:
        proposer, person = _proposer(rest) if found or _PROPOSED.search(line) else (None, None)
    if not found and proposer is None and person is None:
        proposer, person = _bare_body(line)
    outcome = _heading_outcome(line)
    if number is None and proposer is None and person is None and outcome is None:
        return None
    return Heading(number, label, proposer, person, outcome, amendment)


def _bare_body(line: str) -> tuple[str | None, str | None]:
    """A line that is only a body's name (``Westmoor LMC``) names the proposer of the motion under it."""
    stripped = line.strip(" :")
    if len(stripped.split()) <= 8 and stripped[:1].isupper() and patterns.BODY_NAME_END.search(stripped) and not stripped.endswith("."):
        return split_proposer(stripped)
    return None, None


def _heading_outcome(line: str) -> str | None:
    """A result printed as a heading's last part: ``Child health - Resolution - Passed``."""
    parts = regex.split(r"\s[–—-]\s|:\s", line)
    if len(parts) > 1:
        found = patterns.OUTCOME_LINE.fullmatch(parts[-1].strip())
        if found and len(parts[-1].split()) <= 4:
            return patterns.outcome_of(found.group("word"))
    return None


def is_heading(line: str) -> bool:
    """Whether a line heads a motion: a numbered motion, a proposer line, or a body's name."""
    return read_heading(line) is not None and outcome_line(line) is None


def outcome_line(line: str) -> str | None:
    """The outcome a line that is only a result gives (``Carried as amended``, ``Decision:
    Lost``), or ``None``."""
    stripped = line.strip()
    found = patterns.OUTCOME_LINE.fullmatch(stripped)
    if not found or len(stripped.split()) > 6 or regex.search(r"(?i:\bnot\b|n[’']t\b)", stripped[found.end("word"):]):
        return None
    before = stripped[: found.start("word")].lower()
    if "part" in before:
        return None
    return patterns.outcome_of(found.group("word"))
