"""Pairing quotation marks: which marks open and close a quotation, and which are apostrophes.

One left-to-right pass over the paragraphs of a region (the article, or one reader comment)
with a stack of open quotations, so it runs in linear time on any input:

* Curly marks say which way they face; straight marks (``"`` ``'``) are read from what stands
  either side: after a space or at a line start a mark opens, before a space or punctuation it
  closes.
* ``’`` and ``'`` between two letters or digits are apostrophes (``We’re``, ``O’Brien``), never
  marks. A ``s’`` followed by a word (``GPs’ workload``) is an apostrophe when a later mark in the
  paragraph could close the quotation instead, else it closes it.
* A closing mark closes the innermost open quotation of its family (double or single); nested
  quotations left open inside it are dropped.
* A quotation still open at the end of a paragraph continues when the next paragraph opens with
  a mark of the same family (British style: each paragraph opens, only the last closes);
  otherwise it ends with its paragraph, and is kept only if it opened at the paragraph's start
  or after a colon or comma (the shape of reported speech, not of a stray mark).
* Doubled opening marks (``““CCGs are``) open one quotation.
"""
from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence

from attrs import frozen

from gpcorpus_speech.vocabulary import (
    CLOSING_CONTEXT,
    DOUBLE_CLOSERS,
    DOUBLE_EITHER,
    DOUBLE_OPENERS,
    OPENING_CONTEXT,
    SINGLE_CLOSERS,
    SINGLE_EITHER,
    SINGLE_OPENERS,
)

__all__ = ["Quotation", "find_quotations"]

_MARKS = frozenset(DOUBLE_OPENERS + DOUBLE_CLOSERS + DOUBLE_EITHER + SINGLE_OPENERS + SINGLE_CLOSERS + SINGLE_EITHER)
_DOUBLE = frozenset(DOUBLE_OPENERS + DOUBLE_CLOSERS + DOUBLE_EITHER)
_BULLETS = "•*·▪‣◦-– \t\u00a0\ufeff"
#: Quotations nest two or three deep in real text; past this, further opening marks are noise.
_MAX_DEPTH = 12


@frozen
class Quotation:
    """A stretch of text between quotation marks.

    ``start``/``end`` cover the marks too (the region to hide from cue patterns);
    ``content_start``/``content_end`` cover the words inside them.
    """

    start: int
    end: int
    content_start: int
    content_end: int
    #: ``double`` or ``single``.
    family: str
    #: Whether a closing mark was found (an unclosed quotation ends with its paragraph).
    closed: bool
    #: Whether it runs over more than one paragraph.
    paragraphs: int = 1


def _family(mark: str) -> str:
    return "double" if mark in _DOUBLE else "single"


def _is_word(char: str) -> bool:
    return char.isalnum()


class _Open:
    __slots__ = ("family", "start", "content_start", "paragraphs", "cue_shaped")

    def __init__(self, family: str, start: int, content_start: int, cue_shaped: bool) -> None:
        self.family = family
        self.start = start
        self.content_start = content_start
        self.paragraphs = 1
        self.cue_shaped = cue_shaped


def _can_open(text: str, index: int, lo: int, hi: int) -> bool:
    before = text[index - 1] if index > lo else " "
    after = text[index + 1] if index + 1 < hi else " "
    return (before.isspace() or before in OPENING_CONTEXT or before in _MARKS) and not after.isspace()


def _can_close(text: str, index: int, lo: int, hi: int) -> bool:
    before = text[index - 1] if index > lo else " "
    after = text[index + 1] if index + 1 < hi else " "
    if before == " " and index - 2 >= lo and text[index - 2] in "?!" and (after.isspace() or after in CLOSING_CONTEXT):
        return True  # "‘Are you sure? ’ she asks": a stray space between a question's end and its mark
    return not before.isspace() and (after.isspace() or after in CLOSING_CONTEXT or after in _MARKS)


def _is_apostrophe(text: str, index: int, lo: int, hi: int) -> bool:
    before = text[index - 1] if index > lo else " "
    after = text[index + 1] if index + 1 < hi else " "
    if _is_word(before) and _is_word(after):  # We’re, O’Brien, GP's
        return True
    # an elision at a word's start (’90s, ’em) for the curly closing mark; before a capital it
    # is a reversed opening mark instead (below)
    return text[index] in SINGLE_CLOSERS and before.isspace() and _is_word(after) and not after.isupper()


def _reversed_opener(text: str, index: int, lo: int, hi: int) -> bool:
    """``said: ’The rate...’``: the curly closing mark typeset as an opening one (older Pulse
    pages), at a line start or after white space or opening punctuation, before a capital."""
    if text[index] not in SINGLE_CLOSERS:
        return False
    before = text[index - 1] if index > lo else " "
    after = text[index + 1] if index + 1 < hi else " "
    return (before.isspace() or before in OPENING_CONTEXT) and after.isupper()


def _possessive_shaped(text: str, index: int, lo: int, hi: int) -> bool:
    """``GPs’ workload``: a plural possessive that could also be a closing mark."""
    before = text[index - 1] if index > lo else " "
    after = text[index + 1: index + 3] if index + 1 < hi else ""
    return before in "sS" and len(after) == 2 and after[0] == " " and (after[1].islower() or after[1].isdigit())


def _content_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in _MARKS):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _paragraph_opening_mark(text: str, start: int, end: int) -> int | None:
    """The index of a quotation mark that opens the paragraph (after bullets and spaces)."""
    index = start
    while index < end and text[index] in _BULLETS:
        index += 1
    if index < end and text[index] in DOUBLE_OPENERS + DOUBLE_EITHER + SINGLE_OPENERS + SINGLE_EITHER:
        return index
    if index < end and _reversed_opener(text, index, start, end):
        return index
    return None


def _cue_shaped(text: str, index: int, paragraph_start: int) -> bool:
    """Whether a mark opens where reported speech opens: a paragraph's start, after ``:`` or ``,``,
    or a new sentence (``..., she argued. ‘As I know ...``) whose first word has a capital."""
    probe = index - 1
    while probe >= paragraph_start and (text[probe] in _BULLETS or text[probe] in _MARKS):
        probe -= 1
    if probe >= paragraph_start and text[probe] in ".!?" and probe < index - 1 and text[index - 1].isspace():
        return index + 1 < len(text) and text[index + 1].isupper()
    return probe < paragraph_start or text[probe] in ":,"


def find_quotations(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[Quotation]:
    """The quotations in a region of ``text`` made of the given paragraphs (in order).

    Never raises; every span returned lies inside a paragraph run of the region.
    """
    found: list[Quotation] = []
    stack: list[_Open] = []
    open_count = {"double": 0, "single": 0}
    for number, (lo, hi) in enumerate(paragraphs):
        continued = _continue_into(text, stack, lo, hi)
        skip_until = continued
        closers: _Closers | None = None
        following = paragraphs[number + 1] if number + 1 < len(paragraphs) else None
        continued_mark = _paragraph_opening_mark(text, *following) if following is not None else None
        continues_single = continued_mark is not None and _family(text[continued_mark]) == "single"
        for index in _mark_positions(text, lo, hi):
            if index < skip_until:
                continue
            mark = text[index]
            if mark in SINGLE_CLOSERS + SINGLE_EITHER and _is_apostrophe(text, index, lo, hi):
                continue
            family = _family(mark)
            reversed_opener = _reversed_opener(text, index, lo, hi)
            opens = mark in DOUBLE_OPENERS + SINGLE_OPENERS or reversed_opener or (
                mark in DOUBLE_EITHER + SINGLE_EITHER and _can_open(text, index, lo, hi)
            )
            closes = not reversed_opener and (mark in DOUBLE_CLOSERS + SINGLE_CLOSERS or (
                mark in DOUBLE_EITHER + SINGLE_EITHER and _can_close(text, index, lo, hi)
            ))
            if mark in SINGLE_OPENERS and _is_word(text[index - 1] if index > lo else " "):
                continue  # a mis-typed apostrophe (O‘Brien)
            if opens and closes:
                # both shapes at once: close an open quotation of the family, else open one
                opens = not open_count[family]
                closes = not opens
            if closes and open_count[family]:
                if mark in SINGLE_CLOSERS + SINGLE_EITHER and _possessive_shaped(text, index, lo, hi):
                    if closers is None:
                        closers = _Closers(text, lo, hi)
                    if closers.later_closer(index + 1) or continues_single:
                        continue  # a possessive: the quotation closes later, or runs on
                while stack:
                    item = stack.pop()
                    open_count[item.family] -= 1
                    if item.family == family:
                        content_start, content_end = _content_bounds(text, item.content_start, index)
                        if content_end > content_start:
                            found.append(Quotation(item.start, index + 1, content_start, content_end, family,
                                                   True, item.paragraphs))
                        break
                continue
            if opens:
                if stack and stack[-1].family == family and stack[-1].content_start == index:
                    stack[-1].content_start = index + 1  # a doubled mark: ““CCGs
                    continue
                if len(stack) < _MAX_DEPTH:
                    stack.append(_Open(family, index, index + 1, _cue_shaped(text, index, lo)))
                    open_count[family] += 1
        # paragraph end: what is still open either continues into the next paragraph or ends here
        stack = _end_paragraph(text, stack, lo, hi, following, found)
        open_count = {"double": 0, "single": 0}
        for item in stack:
            open_count[item.family] += 1
    return sorted(found, key=lambda q: (q.start, q.end))


def _mark_positions(text: str, lo: int, hi: int) -> Iterable[int]:
    for index in range(lo, hi):
        if text[index] in _MARKS:
            yield index


class _Closers:
    """Where, in one paragraph, single marks could close a quotation or open a new one.

    Built once per paragraph on first use, so that asking "does a better closer come later?"
    for every possessive-shaped mark stays linear overall.
    """

    def __init__(self, text: str, lo: int, hi: int) -> None:
        self.closers: list[int] = []
        self.openers: list[int] = []
        for index in range(lo, hi):
            char = text[index]
            if char in SINGLE_OPENERS:
                self.openers.append(index)
            elif char in SINGLE_CLOSERS + SINGLE_EITHER and not _is_apostrophe(text, index, lo, hi):
                if _can_close(text, index, lo, hi) and not _possessive_shaped(text, index, lo, hi):
                    self.closers.append(index)

    def later_closer(self, start: int) -> bool:
        """Whether a closer that is not possessive-shaped comes after ``start``, before any opener."""
        closer = bisect.bisect_left(self.closers, start)
        if closer == len(self.closers):
            return False
        opener = bisect.bisect_left(self.openers, start)
        return opener == len(self.openers) or self.openers[opener] > self.closers[closer]


def _continue_into(text: str, stack: list[_Open], lo: int, hi: int) -> int:
    """Consume the mark that continues an open quotation into this paragraph; return where to scan from."""
    if not stack:
        return lo
    index = _paragraph_opening_mark(text, lo, hi)
    if index is None:
        return lo
    # doubled opening marks on a continued paragraph are one mark too
    end = index + 1
    while end < hi and text[end] in _MARKS and _family(text[end]) == _family(text[index]):
        end += 1
    return end


def _end_paragraph(text: str, stack: list[_Open], lo: int, hi: int, following: tuple[int, int] | None,
                   found: list[Quotation]) -> list[_Open]:
    if not stack:
        return stack
    outer = stack[0]
    nxt = _paragraph_opening_mark(text, *following) if following is not None else None
    if nxt is not None and _family(text[nxt]) == outer.family:
        outer.paragraphs += 1
        return [outer]  # nested quotations do not run over paragraphs
    if outer.cue_shaped:
        content_start, content_end = _content_bounds(text, outer.content_start, hi)
        if content_end > content_start:
            found.append(Quotation(outer.start, content_end, content_start, content_end, outer.family, False,
                                   outer.paragraphs))
    return []
