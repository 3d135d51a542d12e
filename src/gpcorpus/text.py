"""The language layer's first pass: paragraphs, lines, quotations and sentences of a document.

Computed once per :class:`~gpcorpus.Document` and cached, so every plugin that asks gets the same
answer for free. Everything here runs in linear time on any input.

>>> from gpcorpus import Document, text
>>> doc = Document.from_text(
...     "Dr. Jane Smith said: “We are struggling. We need help.” No. 10 declined to comment.\\n\\n"
...     "Funding rose by 3.5 per cent... to £2bn. “It is not enough,” she said."
... )
>>> [doc.text[s.start:s.end] for s in text.sentences(doc)]
['Dr. Jane Smith said: “We are struggling. We need help.”', 'No. 10 declined to comment.', 'Funding rose by 3.5 per cent... to £2bn.', '“It is not enough,” she said.']
>>> [doc.text[q.content_start:q.content_end] for q in text.quotations(doc)]
['We are struggling. We need help.', 'It is not enough,']

**Paragraphs** are runs of non-blank lines, trimmed of white space at either end. **Sentences**
tile each paragraph: every character that is not white space belongs to exactly one sentence. A
sentence ends at ``.``, ``!`` or ``?`` (and any closing marks after it) followed by white space and
something that can start a sentence, or at a line break. A full stop after an abbreviation or a
title (``Dr.``, ``Mr.``, ``Sen.``, ``No. 10``, ``St``) or an initial does not end one, nor does an
ellipsis or the point of a decimal number, nor a stop (or a line break) inside a quotation that
goes on after it.

**Quotations** pair marks in one left-to-right pass with a stack, in every convention of British
and American news:

* curly marks say which way they face; straight marks (``"`` ``'``) are read from what stands
  either side: after a space or at a line start a mark opens, before a space or punctuation it
  closes; a doubled straight single mark (``''``) is a double mark;
* ``’`` and ``'`` between two letters or digits are apostrophes (``We’re``, ``O’Brien``), never
  marks; a ``s’`` followed by a word (``GPs’ workload``) is an apostrophe when a later mark in the
  paragraph could close the quotation instead;
* a closing mark closes the innermost open quotation of its family (double or single);
* a quotation still open at the end of a paragraph continues when the next paragraph of the
  same region opens with a mark of the same family (each paragraph opens, only the last closes);
  otherwise it ends with its paragraph, and is kept only if it opened where speech opens (a
  paragraph's start, after a colon or comma, or at a new sentence);
* doubled opening marks (``““CCGs are``) open one quotation.

A *region* is the article (headline, standfirst and body) or one reader comment: quotations never
run from one region into another.
"""
from __future__ import annotations

import bisect
import weakref
from collections.abc import Iterable, Sequence

import regex
from attrs import frozen

from gpcorpus import lexicon
from gpcorpus.types import Document, Span

__all__ = [
    "DOUBLE_OPENERS",
    "DOUBLE_CLOSERS",
    "DOUBLE_EITHER",
    "SINGLE_OPENERS",
    "SINGLE_CLOSERS",
    "SINGLE_EITHER",
    "QUOTE_MARKS",
    "Quotation",
    "Sentence",
    "Layer",
    "layer",
    "paragraphs",
    "lines",
    "regions",
    "quotations",
    "quotations_in",
    "sentences",
    "sentence_at",
    "find_quotations",
    "split_sentences",
]

#: Marks that only ever open a double-quoted stretch (curly, low-9, guillemet).
DOUBLE_OPENERS = "“„‟«"
#: Marks that only ever close one.
DOUBLE_CLOSERS = "”»"
#: The straight double mark: opens or closes depending on what stands either side.
DOUBLE_EITHER = '"'
#: Marks that open a single-quoted stretch. ``’`` is not here: it is also the apostrophe.
SINGLE_OPENERS = "‘‚‛"
#: The curly single closing mark, which British typesetting also uses as the apostrophe.
SINGLE_CLOSERS = "’"
#: The straight single mark: quote or apostrophe, decided by what stands either side.
SINGLE_EITHER = "'"
#: Every quotation mark.
QUOTE_MARKS = DOUBLE_OPENERS + DOUBLE_CLOSERS + DOUBLE_EITHER + SINGLE_OPENERS + SINGLE_CLOSERS + SINGLE_EITHER
#: Characters a quote may open straight after (besides white space and the start of a line).
OPENING_CONTEXT = "([{—–-/:•*·"
#: Characters a quote may close straight before (besides white space and the end of a line).
CLOSING_CONTEXT = ".,;:!?)]}—–-/…"

_MARKS = frozenset(QUOTE_MARKS)
_DOUBLE = frozenset(DOUBLE_OPENERS + DOUBLE_CLOSERS + DOUBLE_EITHER)
_OPENERS = DOUBLE_OPENERS + DOUBLE_EITHER + SINGLE_OPENERS + SINGLE_EITHER
_BULLETS = "•*·▪‣◦-– \t\u00a0\ufeff"
#: Quotations nest two or three deep in real text; past this, further opening marks are noise.
_MAX_DEPTH = 12
#: How far back a mark looks for the punctuation that makes it open speech (``said: “``).
_CUE_REACH = 8


@frozen
class Quotation:
    """A stretch of text between quotation marks.

    ``start``/``end`` cover the marks too; ``content_start``/``content_end`` cover the words
    inside them.
    """

    start: int
    end: int
    content_start: int
    content_end: int
    #: ``double`` or ``single``.
    family: str
    #: Whether a closing mark was found (an unclosed quotation ends with its paragraph).
    closed: bool
    #: How many paragraphs it runs over.
    paragraphs: int = 1

    @property
    def span(self) -> Span:
        """The quotation with its marks."""
        return Span(self.start, self.end)

    @property
    def content(self) -> Span:
        """The words inside the marks."""
        return Span(self.content_start, self.content_end)


@frozen
class Sentence:
    """One sentence: its span, and which paragraph it belongs to (an index into
    :func:`paragraphs`)."""

    start: int
    end: int
    paragraph: int

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


# -- paragraphs and lines ------------------------------------------------------------------------

_BLANK_LINE = regex.compile(r"\n[ \t\u00a0\ufeff\r\f\v]*\n")


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace() or start < end and text[start] == "\ufeff":
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == "\ufeff"):
        end -= 1
    return start, end


def _paragraph_spans(text: str) -> tuple[Span, ...]:
    found = []
    position = 0
    for match in _BLANK_LINE.finditer(text):
        start, end = _trimmed(text, position, match.start())
        if end > start:
            found.append(Span(start, end))
        position = match.end() - 1
    start, end = _trimmed(text, position, len(text))
    if end > start:
        found.append(Span(start, end))
    return tuple(found)


def _line_spans(text: str) -> tuple[Span, ...]:
    found = []
    position = 0
    while position <= len(text):
        newline = text.find("\n", position)
        end = len(text) if newline < 0 else newline
        start, stop = _trimmed(text, position, end)
        if stop > start:
            found.append(Span(start, stop))
        if newline < 0:
            break
        position = newline + 1
    return tuple(found)


# -- quotation pairing ---------------------------------------------------------------------------


def _family(mark: str) -> str:
    return "double" if mark in _DOUBLE else "single"


class _Open:
    __slots__ = ("family", "start", "content_start", "paragraphs", "cue_shaped")

    def __init__(self, family: str, start: int, content_start: int, cue_shaped: bool) -> None:
        self.family = family
        self.start = start
        self.content_start = content_start
        self.paragraphs = 1
        self.cue_shaped = cue_shaped


def _around(text: str, index: int, lo: int, hi: int) -> tuple[str, str]:
    return (text[index - 1] if index > lo else " "), (text[index + 1] if index + 1 < hi else " ")


def _can_open(text: str, index: int, lo: int, hi: int) -> bool:
    before, after = _around(text, index, lo, hi)
    return (before.isspace() or before in OPENING_CONTEXT or before in _MARKS) and not after.isspace()


def _can_close(text: str, index: int, lo: int, hi: int) -> bool:
    before, after = _around(text, index, lo, hi)
    if before == " " and index - 2 >= lo and text[index - 2] in "?!,.’'" and (after.isspace() or after in CLOSING_CONTEXT):
        # "‘Are you sure? ’ she asks", "the term 'outreach,' " he said": a stray space between the
        # quotation's last mark or stop and its closing mark
        return True
    return not before.isspace() and (after.isspace() or after in CLOSING_CONTEXT or after in _MARKS)


def _is_apostrophe(text: str, index: int, lo: int, hi: int) -> bool:
    before, after = _around(text, index, lo, hi)
    if before.isalnum() and after.isalnum():  # We’re, O’Brien, GP's
        return True
    # an elision at a word's start (’90s, ’em); before a capital it is a reversed opening mark
    return text[index] in SINGLE_CLOSERS and before.isspace() and after.isalnum() and not after.isupper()


def _reversed_opener(text: str, index: int, lo: int, hi: int) -> bool:
    """``said: ’The rate...’``: the closing mark typeset as an opening one, before a capital."""
    if text[index] not in SINGLE_CLOSERS:
        return False
    before, after = _around(text, index, lo, hi)
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
    while index < end and index - start < _CUE_REACH and text[index] in _BULLETS:
        index += 1
    if index < end and text[index] in _OPENERS:
        return index
    if index < end and _reversed_opener(text, index, start, end):
        return index
    return None


def _cue_shaped(text: str, index: int, paragraph_start: int) -> bool:
    """Whether a mark opens where reported speech opens: a paragraph's start, after ``:`` or ``,``,
    or a new sentence whose first word has a capital. Looks back a few characters only."""
    floor = max(paragraph_start, index - _CUE_REACH)
    probe = index - 1
    while probe >= floor and (text[probe] in _BULLETS or text[probe] in _MARKS):
        probe -= 1
    if probe < floor and probe >= paragraph_start:
        return False  # a long run of marks and bullets: not the shape of speech
    if probe >= paragraph_start and text[probe] in ".!?" and probe < index - 1 and text[index - 1].isspace():
        return index + 1 < len(text) and text[index + 1].isupper()
    return probe < paragraph_start or text[probe] in ":,"


class _Closers:
    """Where, in one paragraph, single marks could close a quotation or open a new one; built
    once per paragraph on first use, so asking "does a better closer come later?" is linear."""

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


_MARK_RUN = regex.compile(f"[{regex.escape(QUOTE_MARKS)}]")


def find_quotations(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[Quotation]:
    """The quotations in one region of ``text`` made of the given paragraphs (in order).

    Never raises; runs in time linear in the region; every quotation lies inside the region.
    """
    found: list[Quotation] = []
    stack: list[_Open] = []
    for number, (lo, hi) in enumerate(paragraphs):
        skip_until = _continue_into(text, stack, lo, hi)
        open_count = {"double": 0, "single": 0}
        for item in stack:
            open_count[item.family] += 1
        closers: _Closers | None = None
        following = paragraphs[number + 1] if number + 1 < len(paragraphs) else None
        continued_mark = _paragraph_opening_mark(text, *following) if following is not None else None
        continues_single = continued_mark is not None and _family(text[continued_mark]) == "single"
        for match in _MARK_RUN.finditer(text, max(lo, skip_until), hi):
            index = match.start()
            mark = text[index]
            if mark in SINGLE_CLOSERS + SINGLE_EITHER and _is_apostrophe(text, index, lo, hi):
                continue
            family = _family(mark)
            if mark == "'" and index + 1 < hi and text[index + 1] == "'":
                family = "double"  # ''doubled straight singles'' stand for a double mark
            reversed_opener = _reversed_opener(text, index, lo, hi)
            opens = mark in DOUBLE_OPENERS + SINGLE_OPENERS or reversed_opener or (
                mark in DOUBLE_EITHER + SINGLE_EITHER and _can_open(text, index, lo, hi)
            )
            closes = not reversed_opener and (mark in DOUBLE_CLOSERS + SINGLE_CLOSERS or (
                mark in DOUBLE_EITHER + SINGLE_EITHER and _can_close(text, index, lo, hi)
            ))
            if mark in SINGLE_OPENERS and index > lo and text[index - 1].isalnum():
                continue  # a mis-typed apostrophe (O‘Brien)
            if opens and closes:
                opens = not open_count[family]
                closes = not opens
            if closes and open_count[family]:
                if mark in SINGLE_CLOSERS + SINGLE_EITHER and family == "single" and _possessive_shaped(text, index, lo, hi):
                    if closers is None:
                        closers = _Closers(text, lo, hi)
                    if closers.later_closer(index + 1) or continues_single:
                        continue  # a possessive: the quotation closes later, or runs on
                while stack:
                    item = stack.pop()
                    open_count[item.family] -= 1
                    if item.family == family:
                        content_start, content_end = _content_bounds(text, item.content_start, index)
                        # a doubled straight single mark closes with both of its marks
                        end = index + 2 if mark == "'" and family == "double" else index + 1
                        if content_end > content_start:
                            found.append(Quotation(item.start, end, content_start, content_end, family,
                                                   True, item.paragraphs))
                        break
                continue
            if opens:
                if stack and stack[-1].family == family and stack[-1].content_start >= index:
                    stack[-1].content_start = index + 1  # a doubled mark: ““CCGs, or the second ' of ''
                    continue
                if len(stack) < _MAX_DEPTH:
                    stack.append(_Open(family, index, index + 1, _cue_shaped(text, index, lo)))
                    open_count[family] += 1
        stack = _end_paragraph(text, stack, hi, following, found)
    return sorted(found, key=lambda q: (q.start, q.end))


def _continue_into(text: str, stack: list[_Open], lo: int, hi: int) -> int:
    """Consume the mark that continues an open quotation into this paragraph; return where to scan from."""
    if not stack:
        return lo
    index = _paragraph_opening_mark(text, lo, hi)
    if index is None:
        return lo
    end = index + 1
    while end < hi and end - index < _CUE_REACH and text[end] in _MARKS and _family(text[end]) == _family(text[index]):
        end += 1
    return end


def _end_paragraph(text: str, stack: list[_Open], hi: int, following: tuple[int, int] | None,
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


# -- sentences -----------------------------------------------------------------------------------

_SENTENCE_END = regex.compile(
    r"(?P<stop>[.!?])(?P<close>[”’\"')\]]{0,3})(?P<space>[ \t\u00a0]{1,20})"
    r"(?=[\p{Lu}\d“‘\"'•(\[«])|\n"
)
_WORD_BEFORE_STOP = regex.compile(r"([\w.’'-]{1,12})$")


def _abbreviation_before(text: str, stop: int, floor: int) -> bool:
    """Whether the full stop at ``stop`` closes an abbreviation, a title or an initial."""
    if stop >= 2 and text[stop - 1] == "." and text[stop - 2] == ".":
        return True  # an ellipsis written as dots
    word = _WORD_BEFORE_STOP.search(text, max(floor, stop - 12), stop)
    if word is None:
        return False
    token = word.group(1).rsplit("’", 1)[-1].rsplit("'", 1)[-1].lower()
    if token in lexicon.word_set("abbreviations") or token in lexicon.word_set("titles"):
        return True
    # an initial (``J. Smith``) or a dotted abbreviation (``U.S.``)
    return len(token) == 1 and token.isalpha() and text[stop - 1].isupper() or (len(token) <= 4 and "." in token)


def split_sentences(text: str, start: int, end: int, quotes: Sequence[Quotation] = ()) -> list[tuple[int, int]]:
    """The sentences of ``text[start:end]`` (one paragraph), as ``(start, end)`` pairs that tile it.

    ``quotes`` (sorted by start) are the quotations to see through: a stop inside one does not end
    the sentence unless the quotation's words end there.
    """
    found: list[tuple[int, int]] = []
    position = start
    q = bisect.bisect_left([x.end for x in quotes], start) if quotes else 0
    for match in _SENTENCE_END.finditer(text, start, end):
        if match.group() == "\n":
            while q < len(quotes) and quotes[q].end <= match.start():
                q += 1
            if q < len(quotes) and quotes[q].closed and quotes[q].start < match.start():
                continue  # a line broken inside a quotation that closes later in the paragraph
            cut, after = match.start(), match.end()
        else:
            stop = match.start("stop")
            if match.group("stop") == "." and _abbreviation_before(text, stop, start):
                continue
            while q < len(quotes) and quotes[q].end <= stop:
                q += 1
            inside = q < len(quotes) and quotes[q].content_start <= stop < quotes[q].end
            if inside and match.end("close") < quotes[q].end:
                continue  # a stop inside a quotation that goes on
            cut, after = match.end("close"), match.end("space")
        a, b = _trimmed(text, position, cut)
        if b > a:
            found.append((a, b))
        position = after
    a, b = _trimmed(text, position, end)
    if b > a:
        found.append((a, b))
    return found


# -- the per-document layer ----------------------------------------------------------------------


class Layer:
    """Paragraphs, lines, regions, quotations and sentences of one document, each computed on
    first use. Get one with :func:`layer`; it is cached per document."""

    def __init__(self, document: Document) -> None:
        # weakly: the cache of layers must not keep a batch's documents alive
        self._document = weakref.ref(document)
        self._paragraphs: tuple[Span, ...] | None = None
        self._lines: tuple[Span, ...] | None = None
        self._regions: tuple[tuple[Span, ...], ...] | None = None
        self._quotations: tuple[Quotation, ...] | None = None
        self._sentences: tuple[Sentence, ...] | None = None
        self._sentence_starts: list[int] = []
        self._quotation_starts: list[int] | None = None

    @property
    def document(self) -> Document:
        """The document this layer reads."""
        document = self._document()
        if document is None:
            raise ReferenceError("the layer's document no longer exists")
        return document

    @property
    def paragraphs(self) -> tuple[Span, ...]:
        if self._paragraphs is None:
            self._paragraphs = _paragraph_spans(self.document.text)
        return self._paragraphs

    @property
    def lines(self) -> tuple[Span, ...]:
        if self._lines is None:
            self._lines = _line_spans(self.document.text)
        return self._lines

    @property
    def regions(self) -> tuple[tuple[Span, ...], ...]:
        """The paragraphs grouped into the article and each reader comment; chrome left out."""
        if self._regions is None:
            self._regions = tuple(self._group_regions())
        return self._regions

    def _group_regions(self) -> Iterable[tuple[Span, ...]]:
        document = self.document
        if not document.blocks:
            if self.paragraphs:
                yield self.paragraphs
            return
        starts = [p.start for p in self.paragraphs]
        article: list[Span] = []
        comments: list[tuple[Span, ...]] = []
        for block in document.blocks:
            if block.role == "boilerplate":
                continue
            # the block's paragraphs, clipped to the block: a paragraph never runs past its block
            pieces = []
            index = max(0, bisect.bisect_right(starts, block.span.start) - 1)
            while index < len(self.paragraphs) and self.paragraphs[index].start < block.span.end:
                paragraph = self.paragraphs[index]
                a, b = _trimmed(document.text, max(paragraph.start, block.span.start), min(paragraph.end, block.span.end))
                if b > a:
                    pieces.append(Span(a, b))
                index += 1
            if block.role == "comment":
                comments.append(tuple(pieces))
            else:
                article.extend(pieces)
        if article:
            yield tuple(article)
        yield from (c for c in comments if c)

    @property
    def quotations(self) -> tuple[Quotation, ...]:
        if self._quotations is None:
            text = self.document.text
            found: list[Quotation] = []
            for region in self.regions:
                found.extend(find_quotations(text, [(p.start, p.end) for p in region]))
            self._quotations = tuple(sorted(found, key=lambda q: (q.start, q.end)))
        return self._quotations

    def quotations_in(self, start: int, end: int) -> tuple[Quotation, ...]:
        """The quotations that start in ``[start, end)`` (binary search: a reader of many small
        regions, such as a long comment thread, pays for its own regions only)."""
        quotations = self.quotations
        if self._quotation_starts is None:
            self._quotation_starts = [q.start for q in quotations]
        low = bisect.bisect_left(self._quotation_starts, start)
        high = bisect.bisect_left(self._quotation_starts, end)
        return quotations[low:high]

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        if self._sentences is None:
            text = self.document.text
            # only the outermost quotations matter for where sentences end
            outer: list[Quotation] = []
            for quote in self.quotations:
                if not outer or quote.start >= outer[-1].end:
                    outer.append(quote)
            found = []
            for number, paragraph in enumerate(self.paragraphs):
                for start, end in split_sentences(text, paragraph.start, paragraph.end, outer):
                    found.append(Sentence(start, end, number))
            self._sentences = tuple(found)
            self._sentence_starts = [s.start for s in found]
        return self._sentences

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence holding the character at ``offset``, if any (binary search)."""
        sentences = self.sentences
        index = bisect.bisect_right(self._sentence_starts, offset) - 1
        if index >= 0 and sentences[index].start <= offset < sentences[index].end:
            return sentences[index]
        return None


#: Layers by the identity of their document (not by equality: hashing a document hashes all its
#: blocks, which would cost every look-up the document's length). An entry goes with its document.
_LAYERS: dict[int, tuple[weakref.ref[Document], Layer]] = {}


def layer(document: Document) -> Layer:
    """The document's language layer, made on first use and cached while the document lives."""
    key = id(document)
    entry = _LAYERS.get(key)
    if entry is not None and entry[0]() is document:
        return entry[1]
    found = Layer(document)

    def forget(reference: weakref.ref[Document], key: int = key) -> None:
        current = _LAYERS.get(key)
        if current is not None and current[0] is reference:
            del _LAYERS[key]

    _LAYERS[key] = (weakref.ref(document, forget), found)
    return found


def paragraphs(document: Document) -> tuple[Span, ...]:
    """The document's paragraphs: runs of non-blank lines, trimmed."""
    return layer(document).paragraphs


def lines(document: Document) -> tuple[Span, ...]:
    """The document's non-blank lines, trimmed."""
    return layer(document).lines


def regions(document: Document) -> tuple[tuple[Span, ...], ...]:
    """The article's paragraphs, then each reader comment's (site chrome left out)."""
    return layer(document).regions


def quotations(document: Document) -> tuple[Quotation, ...]:
    """Every quotation in the document, in document order (nested ones included)."""
    return layer(document).quotations


def quotations_in(document: Document, start: int, end: int) -> tuple[Quotation, ...]:
    """The quotations of the document that start in ``[start, end)``, in document order."""
    return layer(document).quotations_in(start, end)


def sentences(document: Document) -> tuple[Sentence, ...]:
    """Every sentence of the document, in order; they tile each paragraph."""
    return layer(document).sentences


def sentence_at(document: Document, offset: int) -> Sentence | None:
    """The sentence that holds the character at ``offset``, if any."""
    return layer(document).sentence_at(offset)
