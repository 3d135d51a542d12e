"""Finding the structure of a news page saved as text: headline, standfirst, paragraphs, comments.

Articles saved from news sites share a shape. Paragraphs are separated by blank lines. The page
may open with site chrome ("This site is intended for health professionals only") and a tagline,
then the headline (one line, usually without a full stop) and a standfirst. A reader-comments
section starts at a header such as ``Readers' comments (3)``; in it each comment is a bullet line
(``•``, ``*``, ``-``) with the comment's text indented below. A bullet line followed by a blank
line and then text is the commenter's name; a bullet followed directly by text (or by nothing but
chrome) is an anonymous comment whose text begins on the bullet line. Lines such as "Unsuitable
or offensive? Report this comment" and "Have your say" are chrome.

These are rules for the shape of such pages, not for any one file or outlet: the chrome phrases
are data (:data:`BOILERPLATE_LINES`, read from the shipped file ``gpcorpus/data/boilerplate.txt``),
matched line by line, and an outlet's own chrome, such as the tagline a trade paper prints above
every article, is added in a file of the same shape named by the :data:`BOILERPLATE_ENV`
environment variable, without changing the code.
"""
from __future__ import annotations

import datetime as _dt
import functools
import os
from collections.abc import Iterable, Iterator
from importlib import resources

import regex
from attrs import field, frozen

from gpcorpus.types import Block, Span

__all__ = ["Structure", "analyse", "BOILERPLATE_LINES", "BOILERPLATE_ENV", "COMMENTS_HEADER", "read_boilerplate_lines"]

#: The environment variable naming files of extra chrome lines (several: joined by ``os.pathsep``).
BOILERPLATE_ENV = "GPCORPUS_BOILERPLATE"


def read_boilerplate_lines(text: str) -> tuple[str, ...]:
    r"""The patterns of a chrome-lines file: one per line, blank lines and ``#`` comments left out.

    >>> from gpcorpus.structure import read_boilerplate_lines
    >>> read_boilerplate_lines("# furniture\nhave your say\n\nback to top\n")
    ('have your say', 'back to top')
    """
    lines = (line.strip() for line in text.splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))


#: Whole lines that are site chrome, not article text, as shipped: generic page furniture of news
#: and trade-press sites, and outlets' taglines. Matched case-insensitively against the stripped line.
BOILERPLATE_LINES: tuple[str, ...] = read_boilerplate_lines(
    resources.files("gpcorpus").joinpath("data", "boilerplate.txt").read_text(encoding="utf-8")
)


def _extra_lines(files: str) -> Iterable[str]:
    for name in files.split(os.pathsep):
        if name.strip():
            with open(name, encoding="utf-8") as file:
                yield from read_boilerplate_lines(file.read())


@functools.lru_cache(maxsize=8)
def _boilerplate_pattern(extra_files: str) -> regex.Pattern[str]:
    """The chrome lines, shipped and extra, as one pattern; compiled once per set of files."""
    lines = BOILERPLATE_LINES + tuple(_extra_lines(extra_files))
    return regex.compile(rf"^\s*(?:{'|'.join(lines)})\s*$", regex.IGNORECASE)


#: The header that opens a reader-comments section, with the count it declares when it has one.
COMMENTS_HEADER = regex.compile(
    r"^\s*(?:readers?['’]?\s*comments?|comments?|reader\s+comments?|(?P<lead>\d+)\s+comments?)"
    r"\s*(?:\(\s*(?P<count>\d+)\s*\))?\s*:?\s*$",
    regex.IGNORECASE,
)
_BULLET = regex.compile(r"^[ \t]*[•\*·▪‣◦\-–][ \t]+(?=\S)")
_BLANK = regex.compile(r"^[ \t\u00a0\ufeff]*$")
_DATE_LINE = regex.compile(
    r"^\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9},?\s+\d{4}|[A-Za-z]{3,9}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})"
    r"(?:\s*[,|]?\s*\d{1,2}[:.]\d{2}\s*(?:am|pm)?)?\s*$",
    regex.IGNORECASE,
)
#: A metadata line at the very top of a saved page (``URL: https://...``, ``Published: 3 May 2019``).
_METADATA_LINE = regex.compile(
    r"^\s*(?P<key>title|headline|source|outlet|publication|url|link|date|published|publication date)\s*:\s*(?P<value>\S.*?)\s*$",
    regex.IGNORECASE,
)
_METADATA_KEYS = {
    "title": "title", "headline": "title", "source": "outlet", "outlet": "outlet", "publication": "outlet",
    "url": "url", "link": "url", "date": "published", "published": "published", "publication date": "published",
}
_BARE_URL = regex.compile(r"^\s*(?P<value>https?://\S+)\s*$")
_HEADLINE_MAX_WORDS = 25
_STANDFIRST_MAX_WORDS = 45


def _blocks(blocks: Iterable[Block]) -> tuple[Block, ...]:
    return tuple(blocks)


@frozen(kw_only=True)
class Structure:
    """What :func:`analyse` finds: the blocks of a page and what they say about it."""

    blocks: tuple[Block, ...] = field(converter=_blocks)
    title: str | None = None
    published: _dt.date | None = None
    outlet: str | None = None
    url: str | None = None
    #: The count in the comments header (``Readers' comments (9)``), when there is one.
    declared_comments: int | None = None


@frozen
class _Line:
    start: int
    end: int  # excludes the newline
    text: str

    @property
    def blank(self) -> bool:
        return _BLANK.match(self.text) is not None

    def stripped_span(self) -> Span:
        leading = len(self.text) - len(self.text.lstrip(" \t\u00a0\ufeff"))
        trailing = len(self.text.rstrip(" \t\u00a0\ufeff\r"))
        return Span(self.start + leading, max(self.start + leading, self.start + trailing))


def _lines(text: str) -> list[_Line]:
    lines = []
    position = 0
    for raw in text.split("\n"):
        lines.append(_Line(position, position + len(raw), raw))
        position += len(raw) + 1
    return lines


def _paragraphs(lines: list[_Line]) -> Iterator[list[_Line]]:
    """Runs of non-blank lines."""
    run: list[_Line] = []
    for line in lines:
        if line.blank:
            if run:
                yield run
            run = []
        else:
            run.append(line)
    if run:
        yield run


def _span_of(lines: list[_Line]) -> Span:
    return Span(lines[0].stripped_span().start, lines[-1].stripped_span().end)


def _is_boilerplate(line: _Line, chrome: regex.Pattern[str]) -> bool:
    return chrome.match(line.text) is not None


def _looks_like_name(text: str) -> bool:
    """A commenter's name or handle: short, and not a sentence."""
    words = text.split()
    return 0 < len(words) <= 6 and not regex.search(r"[.!?:;]$", text.strip())


def _parse_date(text: str, strict_shape: bool = True) -> _dt.date | None:
    if strict_shape and not _DATE_LINE.match(text):
        return None
    from dateutil import parser

    try:
        parsed: _dt.datetime = parser.parse(text, dayfirst=True, fuzzy=False)
        return parsed.date()
    except (ValueError, OverflowError):
        return None


def _comment_blocks(lines: list[_Line], chrome: regex.Pattern[str]) -> list[Block]:
    """The comments and chrome of a reader-comments section, given its lines after the header."""
    blocks: list[Block] = []
    # Split the section into comments at bullet lines; chrome lines end the comment before them.
    groups: list[list[_Line]] = []
    for line in lines:
        if line.blank:
            if groups:
                groups[-1].append(line)
            continue
        if _is_boilerplate(line, chrome):
            blocks.append(Block(role="boilerplate", span=line.stripped_span()))
            if groups:
                groups.append([])  # a closed comment: text after the chrome starts no new body
            continue
        if _BULLET.match(line.text):
            groups.append([line])
        elif groups and groups[-1]:
            groups[-1].append(line)
        elif groups:
            continue  # stray text between a comment's chrome and the next bullet
    for group in groups:
        content = [line for line in group if not line.blank]
        if not content:
            continue
        first = content[0]
        bullet = _BULLET.match(first.text)
        head_start = first.start + bullet.end() if bullet else first.stripped_span().start
        head = Span(head_start, first.stripped_span().end)
        head_text = first.text[head.start - first.start: head.end - first.start]
        index_of_first = group.index(first)
        followed_by_blank = index_of_first + 1 < len(group) and group[index_of_first + 1].blank
        rest = content[1:]
        if bullet and followed_by_blank and rest and _looks_like_name(head_text):
            blocks.append(
                Block(role="comment", span=Span(head.start, _span_of(rest).end), author=head_text, author_span=head)
            )
        else:
            end = _span_of(content).end
            blocks.append(Block(role="comment", span=Span(head.start, end)))
    return sorted(blocks, key=lambda block: block.span.start)


def analyse(text: str) -> Structure:
    """Find the blocks of an article's text. Never raises; every span is inside ``text``.

    :raises OSError: only when a file named by :data:`BOILERPLATE_ENV` cannot be read.
    """
    chrome = _boilerplate_pattern(os.environ.get(BOILERPLATE_ENV, ""))
    lines = _lines(text)
    header_index = None
    declared = None
    for index, line in enumerate(lines):
        match = COMMENTS_HEADER.match(line.text)
        if match and (match.group("count") or match.group("lead") or _section_follows(lines, index)):
            header_index = index
            count = match.group("count") or match.group("lead")
            declared = int(count) if count else None
            break

    article_lines = lines if header_index is None else lines[:header_index]
    blocks: list[Block] = []
    metadata: dict[str, str] = {}
    published: _dt.date | None = None
    # Metadata lines head a saved page, before any article text: "URL: ...", "Published: ...".
    for line in article_lines:
        if line.blank:
            continue
        match = _METADATA_LINE.match(line.text) or _BARE_URL.match(line.text)
        if match is None:
            break
        key = _METADATA_KEYS[match.group("key").lower()] if "key" in match.groupdict() else "url"
        value = match.group("value")
        if key == "published":
            if published is None:
                published = _parse_date(value, strict_shape=False)
        else:
            metadata.setdefault(key, value)
        blocks.append(Block(role="boilerplate", span=line.stripped_span()))
    metadata_end = blocks[-1].span.end if blocks else 0
    title = metadata.get("title")
    seen_text = 0  # article paragraphs met so far, chrome left out
    for paragraph in _paragraphs(article_lines):
        if paragraph[-1].end <= metadata_end:
            continue
        if all(_is_boilerplate(line, chrome) for line in paragraph):
            blocks.extend(Block(role="boilerplate", span=line.stripped_span()) for line in paragraph)
            continue
        span = _span_of(paragraph)
        content = text[span.start:span.end]
        if published is None and seen_text < 4 and len(paragraph) == 1:
            date = _parse_date(content)
            if date is not None:
                published = date
                blocks.append(Block(role="boilerplate", span=span))
                continue
        words = len(content.split())
        role = "body"
        if seen_text == 0 and "title" not in metadata and len(paragraph) == 1 and words <= _HEADLINE_MAX_WORDS and not content.rstrip().endswith("."):
            role = "headline"
            title = content.strip()
        elif seen_text == 1 and blocks_have_headline(blocks) and len(paragraph) == 1 and words <= _STANDFIRST_MAX_WORDS:
            role = "standfirst"
        blocks.append(Block(role=role, span=span))
        seen_text += 1

    if header_index is not None:
        blocks.append(Block(role="boilerplate", span=lines[header_index].stripped_span()))
        blocks.extend(_comment_blocks(lines[header_index + 1:], chrome))
    return Structure(
        blocks=blocks,
        title=title,
        published=published,
        outlet=metadata.get("outlet"),
        url=metadata.get("url"),
        declared_comments=declared,
    )


def blocks_have_headline(blocks: list[Block]) -> bool:
    return any(block.role == "headline" for block in blocks)


def _section_follows(lines: list[_Line], index: int) -> bool:
    """Whether a bare "Comments" line is followed by bullet-style comments (not a word in prose)."""
    for line in lines[index + 1: index + 4]:
        if not line.blank:
            return _BULLET.match(line.text) is not None
    return False
