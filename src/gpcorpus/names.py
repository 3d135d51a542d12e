"""Person names: the name finder every plugin shares.

>>> from gpcorpus.names import person_names
>>> text = "Health Secretary Jane Doe met Dr Omar Patel MP and a GP from County Marlow."
>>> [(text[a:b], title, names) for a, b, title, names in person_names(text)]
[('Jane Doe', None, ('Jane', 'Doe')), ('Dr Omar Patel MP', 'Dr', ('Omar', 'Patel'))]

A titled name (``Dr Omar Patel``, ``Sen. Ann Lee``) always counts. An untitled run of two to five
capitalised name tokens (``Jane Doe``) counts when none of its words is a body's, a role's or a
document's word (the lexicon's ``organisation_words``, ``role_words`` and ``document_nouns``: so
``Health Secretary`` is left out and ``County Marlow`` is no person) and no preposition stands
just before it (``from County Marlow`` is a place). Name tokens include ``O’Brien``,
``McDonald``, ``Hale-Jones`` and initials (``J.``); post-nominal letters (``MP``, ``QC``)
stay with the name. Linear in the text: two scans with bounded repetition.
"""
from __future__ import annotations

import bisect
import functools

import regex

from gpcorpus import lexicon

__all__ = ["NAME_TOKEN", "person_names", "titled_name", "bare_name", "is_name_run"]

#: One token of a person's name: ``Lee``, ``O’Brien``, ``McDonald``, ``Hale-Jones``, ``J.``
NAME_TOKEN = r"(?:(?:O[’']|Ma?c|D[’'])?\p{Lu}\p{Ll}{1,30}(?:[’'-]\p{Lu}?\p{Ll}{1,30}){0,2}|\p{Lu}\.?)"
_WORD = regex.compile(r"[\w’'&-]+")
_TOKEN = regex.compile(r"\S+")
#: Prepositions after which a capitalised run is a place or a body, not a person.
_PLACE_PREPOSITIONS = frozenset({"from", "of", "for", "at", "in", "by", "to", "with", "on", "near", "across"})
_DETERMINERS = frozenset({"a", "an", "the", "one", "some", "many", "most", "several", "two", "three", "other",
                          "another", "more", "fewer", "all", "both", "each", "every", "few", "its", "their", "his", "her"})


def _alternation(words: frozenset[str] | tuple[str, ...]) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


@functools.cache
def titled_name() -> regex.Pattern[str]:
    """A title and one to four name tokens, with post-nominal letters: ``Dr Omar Patel MP``."""
    title = rf"(?:{_alternation(lexicon.words('titles'))})\.?"
    post = rf"(?:\s+(?:{_alternation(lexicon.words('post_nominals'))}))?"
    return regex.compile(rf"(?<![\w’'-])(?P<title>{title})\s+(?P<names>{NAME_TOKEN}(?:\s+{NAME_TOKEN}){{0,3}}){post}(?![\w’'-])")


@functools.cache
def bare_name() -> regex.Pattern[str]:
    """Two to five name tokens with no title (five for a role written before the name)."""
    post = rf"(?:\s+(?:{_alternation(lexicon.words('post_nominals'))}))?"
    return regex.compile(rf"(?<![\w’'-])(?P<names>{NAME_TOKEN}(?:\s+{NAME_TOKEN}){{1,4}}){post}(?![\w’'-])")


def is_name_run(tokens: list[str]) -> bool:
    """Whether capitalised tokens can be a person's name: no body, role or document word, and no
    all-capital abbreviation (initials with a stop aside)."""
    organisation = lexicon.word_set("organisation_words")
    roles = lexicon.word_set("role_words")
    documents = lexicon.word_set("document_nouns")
    return all(t.lower() not in organisation and t.lower() not in roles and t.lower() not in documents
               and not t.isupper() or (len(t) <= 2 and t.endswith(".")) for t in tokens)


def person_names(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str | None, tuple[str, ...]]]:
    """Every person name in ``text[start:end]``: ``(start, end, title, names)``, in order."""
    end = len(text) if end is None else end
    titles = frozenset(lexicon.words("titles"))
    organisation = lexicon.word_set("organisation_words")
    roles = lexicon.word_set("role_words")
    leading = lexicon.word_set("leading_words")
    taken: list[tuple[int, int]] = []
    found: list[tuple[int, int, str | None, tuple[str, ...]]] = []
    for match in titled_name().finditer(text, start, end):
        base = match.start("names")
        tokens = [(base + m.start(), base + m.end(), m.group()) for m in _TOKEN.finditer(match.group("names"))]
        count = len(tokens)
        while tokens and (tokens[-1][2].lower() in organisation or tokens[-1][2].lower() in roles):
            tokens.pop()
        names = [t[2] for t in tokens]
        if not names or not is_name_run(names):
            continue
        span_end = match.end() if len(tokens) == count else tokens[-1][1]
        found.append((match.start(), span_end, match.group("title").rstrip("."), tuple(names)))
        taken.append((match.start(), span_end))
    for match in bare_name().finditer(text, start, end):
        base = match.start("names")
        tokens = [(base + m.start(), base + m.end(), m.group()) for m in _TOKEN.finditer(match.group("names"))]
        # drop leading role or body words ("Health Secretary Jane Doe"), titles and words
        # capitalised for opening a sentence ("From Dr ..."), and keep the name run
        while tokens and (not is_name_run([tokens[0][2]]) or tokens[0][2].rstrip(".") in titles
                          or tokens[0][2].lower() in leading or tokens[0][2].lower() in _DETERMINERS):
            tokens.pop(0)
        if any(t[2].rstrip(".") in titles for t in tokens):
            continue
        if len(tokens) < 2 or not is_name_run([t[2] for t in tokens]):
            continue
        offset = tokens[0][0]
        inside = bisect.bisect_right(taken, (offset, len(text) + 1)) - 1
        if inside >= 0 and taken[inside][0] <= offset < taken[inside][1]:
            continue
        before = _WORD.findall(text, max(start, offset - 30), offset)
        if before and before[-1].lower() in _PLACE_PREPOSITIONS:
            continue
        span_end = match.end() if tokens[-1][1] == match.end("names") else tokens[-1][1]
        found.append((offset, span_end, None, tuple(t[2] for t in tokens)))
    return sorted(found)
