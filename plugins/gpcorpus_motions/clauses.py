"""The clauses of a resolution, in every labelling agendas use.

A clause list is a run of labels of one style counting up from its first value: roman numerals
(``i.``, ``(ii)``, ``iii)``), letters (``(a)``, ``b)``), numbers (``1.``, ``2)``, ``1.Move``) or
bullets (``•``, ``·``, ``-``, ``*``, ``o``), at the start of a line or, after a colon, inside one
(``That this meeting:- i) supports ...; ii) calls on ...``). A label of another style, or one out
of sequence, belongs to a nested level and stays inside the clause it is in.

>>> text = "That conference:\\n(a) notes the offer\\n    i. with regret\\n(b) rejects it"
>>> [(c.label, text[c.start:c.end]) for c in read_clauses(text, 0, len(text))]
[('a', 'notes the offer\\n    i. with regret'), ('b', 'rejects it')]
"""
from __future__ import annotations

from collections.abc import Iterator

from attrs import frozen

from gpcorpus_motions import patterns

__all__ = ["ClauseSpan", "read_clauses", "trim_end", "value_of"]

_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10}
#: What joins a clause to the next one, left out of its text.
_JOINING = " \t\n\r;,:”’\"'"
_JOINING_WORDS = (" and", " or")


@frozen
class ClauseSpan:
    """One clause: its label as a plain lowercase token (``-`` for a bullet) and its text's span."""

    label: str
    start: int
    end: int
    #: Where the label itself starts.
    label_start: int


def _roman(token: str) -> int | None:
    total, previous = 0, 0
    for char in reversed(token):
        value = _ROMAN_VALUES.get(char)
        if value is None:
            return None
        total += -value if value < previous else value
        previous = max(previous, value)
    return total


def trim_end(text: str, start: int, end: int, *, stop: bool = False) -> int:
    """``end`` moved back over white space, joining punctuation, closing marks and a last
    ``and``/``or``; over a full stop too if ``stop``."""
    joining = _JOINING + "." if stop else _JOINING
    while True:
        while end > start and text[end - 1] in joining:
            end -= 1
        word = next((w for w in _JOINING_WORDS if text.endswith(w, start, end)), None)
        if word is None:
            return end
        end -= len(word)


def value_of(token: str, style: str) -> int | None:
    """The place in its list of a label token read in ``style`` (``roman``, ``letter``, ``number``)."""
    if style == "number":
        return int(token) if token.isdigit() else None
    if style == "roman":
        return _roman(token)
    return ord(token) - 96 if len(token) == 1 and token.isalpha() else None


def _style(token: str) -> str:
    if token.isdigit():
        return "number"
    return "roman" if token == "i" or (len(token) > 1 and _roman(token)) else "letter"


def _candidates(text: str, start: int, end: int) -> Iterator[tuple[int, int, str, bool]]:
    """``(label start, text start, token, is a bullet)`` of every label in ``text[start:end]``; a
    bullet's token is its character."""
    line_start = start
    while line_start < end:
        line_end = text.find("\n", line_start, end)
        line_end = end if line_end < 0 else line_end
        found = patterns.LINE_LABEL.match(text, line_start, line_end)
        inline_from = line_start
        if found:
            token = found.group("bullet") or (found.group("token") or found.group("token2")).lower()
            yield line_start + (len(found.group()) - len(found.group().lstrip())), found.end(), token, bool(found.group("bullet"))
            inline_from = found.end()
        for inline in patterns.INLINE_LABEL.finditer(text, inline_from, line_end):
            yield inline.start(), inline.end(), inline.group("token").lower(), False
        line_start = line_end + 1


def _sequence(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The top-level labels: the first label's style, each the next in its count."""
    chosen: list[tuple[int, int, str]] = []
    style = None
    expected = 0
    bullet = ""
    for label_start, text_start, token, is_bullet in _candidates(text, start, end):
        if style is None:
            style = "bullet" if is_bullet else _style(token)
            if style != "bullet" and value_of(token, style) != 1:
                style = None
                continue
            bullet = token
            expected = 2
            chosen.append((label_start, text_start, "-" if style == "bullet" else token))
            continue
        if style == "bullet":
            if is_bullet and token == bullet:
                chosen.append((label_start, text_start, "-"))
        elif not is_bullet and value_of(token, style) == expected:
            chosen.append((label_start, text_start, token))
            expected += 1
    return chosen


def _split_dashes(text: str, clauses: list[tuple[int, int, str]], end: int) -> list[tuple[int, int, str]]:
    """Dash clauses a hard wrap ran into the line before: ``... a contract - demands that ...``."""
    split = []
    for index, (label_start, text_start, token) in enumerate(clauses):
        stop = clauses[index + 1][0] if index + 1 < len(clauses) else end
        split.append((label_start, text_start, token))
        for dash in patterns.INLINE_DASH.finditer(text, text_start, stop):
            split.append((dash.start() + 1, dash.end(), "-"))
    return split


def read_clauses(text: str, start: int, end: int) -> list[ClauseSpan]:
    """The top-level clauses of the resolution in ``text[start:end]``, or none when fewer than
    two are labelled."""
    chosen = _sequence(text, start, end)
    if len(chosen) < 2:
        return []
    if chosen[0][2] == "-" and text[chosen[0][0]] in "-–—":
        chosen = _split_dashes(text, chosen, end)
    clauses = []
    for index, (label_start, text_start, token) in enumerate(chosen):
        stop = chosen[index + 1][0] if index + 1 < len(chosen) else end
        clauses.append(ClauseSpan(token.lower(), text_start, trim_end(text, text_start, stop), label_start))
    return clauses
