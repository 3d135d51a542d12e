"""Claims: every money and percentage figure tied to who asserts it, what it is about and when.

A link-phase plugin: it reads the figures, quotes, motions and comments the other plugins found
and makes one :class:`~gpcorpus.Claim` per figure, spanning the sentence that states it. The
speaker is, in this order of preference:

1. the speaker of the quote whose words hold the figure (direct, partial or reported speech);
2. the author of the reader comment that holds it;
3. the proposer of the motion that holds it;
4. the source the sentence gives the figure (``according to NHS Digital``, ``figures from the
   BMA``, ``a survey by the King's Fund``, ``Nuffield Trust analysis shows``);
5. nobody (``None``): the article asserts it itself.

See ``docs/plugins/claims.rst``.
"""
from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator, Sequence

import regex

from gpcorpus import Claim, Document, Extraction, Motion, PluginInfo, Quote, Span, hookimpl
from gpcorpus_claims.patterns import (
    ABBREVIATIONS,
    ADJECTIVAL_AFTER,
    ADJECTIVAL_BEFORE,
    FINDING_FROM,
    PERIOD,
    SENTENCE_BREAK,
    SENTENCE_REACH,
    SOURCE_AFTER_CUE,
    SOURCE_BEFORE_FINDING,
    SUBJECT_AFTER,
    SUBJECT_BEFORE,
    SUBJECT_IN,
)

__all__ = ["gpcorpus_plugin_info", "gpcorpus_link", "sentence_around"]

_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "this", "that", "these", "those", "his", "her", "our",
                          "my", "your", "all", "some", "many", "most"})
#: Words that start a clause of their own, ending the noun phrase before them.
_CLAUSE_WORDS = frozenset({
    "that", "which", "who", "whom", "whose", "when", "where", "while", "because", "if", "but", "so", "than",
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could", "should",
    "may", "might", "must", "can", "do", "does", "did", "said", "says", "say", "told", "and", "or",
})
#: Words that carry a noun phrase on after a plural noun (``doctors in the North-East``).
_PHRASE_WORDS = frozenset({
    "in", "of", "for", "at", "on", "across", "from", "with", "without", "under", "over", "aged", "outside",
    "inside", "within", "around", "throughout", "per", "the", "a", "an",
})
#: Verbs that often follow who a share counts (``80% of respondents expect``).
_VERBS = frozenset({
    "go", "goes", "went", "expect", "expects", "say", "feel", "feels", "felt", "think", "thinks", "plan",
    "plans", "want", "wants", "need", "needs", "believe", "believes", "report", "work", "works", "face",
    "faces", "rose", "fell", "remain", "remains", "receive", "receives", "get", "gets", "see", "sees",
})
#: A past participle after a figure (``the £386m spent in``) starts a clause, not a noun phrase.
_PARTICIPLE = regex.compile(r"[a-z]+ed")
_IRREGULAR_PARTICIPLES = frozenset({
    "spent", "paid", "given", "made", "set", "cut", "put", "lost", "won", "held", "kept", "sent", "left",
    "taken", "brought", "built", "sought", "owed", "due", "earmarked", "allocated", "needed", "saved",
})
_OF_NEXT = regex.compile(r"\s+of\b")
#: How many words of a population without ``of`` may name who the figure counts.
_HEAD_WORDS = 4
#: A figure whose own text starts with an article (``an extra £220m``) is used as an adjective
#: when a noun follows it (``an extra £220m investment``).
_ARTICLE_QUALIFIER = regex.compile(r"(?i:an?)\s")

FIGURE_KINDS = ("money", "percentage")
#: How many earlier quotes (or motions) to look back through for one holding a figure: they nest
#: at most a few deep (a partial inside reported speech), so a handful is plenty.
_NESTING_LOOKBACK = 16
#: Leading words of a capitalised run that are not part of a source's name.
_NOT_NAME_WORDS = frozenset({
    "the", "new", "latest", "official", "recent", "provisional", "exclusive", "independent",
    "separate", "further", "annual", "these", "those", "this", "that", "such", "our", "its", "their",
    "his", "her", "national", "published", "monthly", "quarterly", "a", "an",
})
#: Names of months and days: when a finding was made, not who made it.
_DATE_WORDS = frozenset({
    "january", "february", "march", "april",
    "may", "june", "july", "august", "september", "october", "november", "december", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
})
#: Capitalised words that name what a finding is about, not who made it.
_NOT_SOURCES = _DATE_WORDS | {"gp", "gps", "freedom of information", "foi", "census"}
#: Words that show a capitalised run after ``figures from`` is a body that publishes figures,
#: not a place the figures are about (``figures from NHS Digital`` but not ``from Scotland``).
_BODY_WORDS = frozenset({
    "nhs", "digital", "department", "office", "agency", "trust", "fund", "foundation", "institute",
    "college", "association", "council", "committee", "commission", "board", "authority", "group",
    "government", "executive", "service", "services", "statistics", "society", "union", "party",
    "university", "centre", "confederation", "federation", "alliance", "network", "partnership",
    "ministry", "survey", "audit", "parliament", "assembly", "treasury", "bank", "health",
    "public", "information", "intelligence", "research", "analytics", "observatory", "unit",
})


@hookimpl
def gpcorpus_plugin_info() -> PluginInfo:
    return PluginInfo(
        kinds=("claim",), needs=("money", "percentage", "quote", "motion", "comment"),
        description="Claims: each money and percentage figure with who asserts it (quote, "
        "comment, motion or named source), what it is about and when it holds.",
    )


class _ByStart:
    """Extractions sorted by start, to find those around a span by binary search."""

    def __init__(self, extractions: Iterable[Extraction]) -> None:
        self.items = sorted(extractions, key=lambda x: (x.start, x.end))
        self.starts = [x.start for x in self.items]

    def innermost(self, span: Span) -> Extraction | None:
        """The shortest extraction whose span holds ``span``."""
        best = None
        index = bisect.bisect_right(self.starts, span.start)
        for candidate in self.items[max(0, index - _NESTING_LOOKBACK):index]:
            if candidate.span.contains(span) and (best is None or len(candidate.span) < len(best.span)):
                best = candidate
        return best

    def starting_between(self, low: int, high: int) -> list[Extraction]:
        """The extractions that start in ``[low, high]``."""
        return self.items[bisect.bisect_left(self.starts, low):bisect.bisect_right(self.starts, high)]


@hookimpl
def gpcorpus_link(document: Document, extractions: Sequence[Extraction]) -> Iterator[Claim]:
    figures = _ByStart(x for x in extractions if x.kind in FIGURE_KINDS)
    if not figures.items:
        return
    quotes = _ByStart(x for x in extractions if isinstance(x, Quote) and x.speaker)
    motions = _ByStart(x for x in extractions if isinstance(x, Motion))
    for figure in figures.items:
        yield _claim(document, figure, quotes, motions, figures)


def _claim(document: Document, figure: Extraction, quotes: _ByStart, motions: _ByStart, figures: _ByStart) -> Claim:
    sentence = sentence_around(document, figure.span)
    speaker, cue = _speaker(document, figure, sentence, quotes, motions)
    return Claim.found(
        document,
        sentence.start,
        sentence.end,
        figure_span=figure.span,
        figure_kind=figure.kind,
        speaker=speaker,
        cue=cue,
        subject=_subject(document.text, figure, sentence),
        period=_period(document.text, figure.span, sentence, figures),
        date=document.published,
    )


def sentence_around(document: Document, span: Span) -> Span:
    """The sentence that holds ``span``: bounded by its block, line breaks and sentence ends.

    A full stop after an abbreviation (``Dr.``, ``approx.``) or inside a number does not end
    a sentence. The sentence reaches at most :data:`SENTENCE_REACH` characters either side of
    ``span``, so long unpunctuated text costs no more than a short sentence.
    """
    text = document.text
    block = document.block_at(span.start)
    low = max(block.span.start if block else 0, span.start - SENTENCE_REACH)
    high = min(block.span.end if block else len(text), span.end + SENTENCE_REACH)
    high = max(high, span.end)
    start = low
    # the break's look-ahead reads the character after it: let the search see one past the end
    for match in SENTENCE_BREAK.finditer(text, low, span.start + 1):
        if match.end() <= span.start and _ends_sentence(text, match.start()):
            start = match.end()
    end = high
    for match in SENTENCE_BREAK.finditer(text, span.end, high + 1):
        if _ends_sentence(text, match.start()):
            end = match.start() + len(match.group().rstrip(" \t\n"))
            break
    while start < span.start and text[start].isspace():
        start += 1
    while end > span.end and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def _ends_sentence(text: str, offset: int) -> bool:
    """Whether the break at ``offset`` ends a sentence, not an abbreviation."""
    if text[offset] != ".":
        return True
    word_start = offset
    while word_start > 0 and offset - word_start < 8 and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:offset].lower()
    if word in ABBREVIATIONS:
        return False
    # a single capital before the stop is an initial (``J. Smith``), not a sentence end
    return not (len(word) == 1 and text[offset - 1].isupper())


def _speaker(
    document: Document, figure: Extraction, sentence: Span, quotes: _ByStart, motions: _ByStart
) -> tuple[str | None, str | None]:
    """Who asserts the figure, and the words that show it (see the module's docstring)."""
    quote = quotes.innermost(figure.span)
    if quote is not None:
        return quote.speaker, quote.cue
    block = document.block_at(figure.start)
    if block is not None and block.role == "comment":
        return block.author, "comment"
    motion = motions.innermost(figure.span)
    if motion is not None:
        return motion.proposer, "motion"
    return _named_source(document.text, figure.span, sentence)


def _named_source(text: str, figure: Span, sentence: Span) -> tuple[str | None, str | None]:
    """The source the figure's sentence names for it, nearest the figure first."""
    found: list[tuple[int, str, str]] = []
    for pattern in (SOURCE_AFTER_CUE, FINDING_FROM, SOURCE_BEFORE_FINDING):
        for match in pattern.finditer(text, sentence.start, sentence.end, overlapped=False):
            if Span(match.start(), match.end()).overlaps(figure):
                continue
            source = _clean_source(match.group("source"), needs_body=pattern is FINDING_FROM and _after_from(match))
            if source is None:
                continue
            distance = figure.start - match.end() if match.end() <= figure.start else match.start() - figure.end
            cue = " ".join(match.group("cue").lower().split())
            if pattern is FINDING_FROM:
                cue = f"{cue} {'from' if _after_from(match) else 'by'}"
            found.append((distance, source, cue))
    if not found:
        return None, None
    _, source, cue = min(found)
    return source, cue


def _after_from(match: regex.Match) -> bool:
    """Whether a finding's source follows ``from`` (``figures from X``), not ``by``."""
    between = match.string[match.end("cue"):match.start("source")]
    return "from" in between.split()


def _clean_source(source: str, needs_body: bool) -> str | None:
    """The source's name without leading adjectives, trailing small words, dates or a possessive;
    ``None`` when nothing of a name is left, or when ``needs_body`` and it names no body."""
    words = source.split()
    while words and words[0].lower() in _NOT_NAME_WORDS:
        words = words[1:]
    while words and (words[-1].lower() in {"of", "for", "and", "&", "the"} or words[-1].lower() in _DATE_WORDS):
        words = words[:-1]
    if not words:
        return None
    if words[-1].endswith(("'s", "’s")):
        words[-1] = words[-1][:-2]
    name = " ".join(words)
    if name.lower() in _NOT_SOURCES:
        return None
    if needs_body and not any(w.lower() in _BODY_WORDS or (len(w) > 1 and w.isupper()) for w in words):
        return None
    return name


def _subject(text: str, figure: Extraction, sentence: Span) -> str | None:
    """What the figure counts or pays for, where its sentence says; ``None`` otherwise."""
    population = getattr(figure, "population", None)
    if population:
        phrase = _noun_phrase(population)
        if figure.text.rstrip().endswith(" of") or _OF_NEXT.match(text, figure.end):
            return phrase
        # "one in four patients waits ...": only a phrase that ends on a plural names who is counted
        last = phrase.split()[-1]
        if len(phrase.split()) <= _HEAD_WORDS and last.endswith("s") and not last.endswith("ss") and not _PARTICIPLE.fullmatch(last):
            return phrase
    after = text[figure.end:sentence.end]
    before = text[sentence.start:figure.start]
    if ADJECTIVAL_BEFORE.search(before) or _ARTICLE_QUALIFIER.match(figure.text):
        match = ADJECTIVAL_AFTER.match(after)
        first = match.group("subject").split()[0] if match else ""
        if match and not _PARTICIPLE.fullmatch(first) and first not in _IRREGULAR_PARTICIPLES:
            return _noun_phrase(match.group("subject"))
    if figure.kind != "money":
        return None
    for pattern in (SUBJECT_AFTER, SUBJECT_IN):
        match = pattern.match(after)
        if match:
            return _noun_phrase(match.group("subject"))
    match = SUBJECT_BEFORE.search(before)
    if match:
        return match.group("subject")
    return None


def _noun_phrase(words: str) -> str:
    """Cut a subject where its noun phrase ends and a clause starts.

    The cut comes before a clause opener or auxiliary (``who``, ``have``), a common verb
    (``funding goes``), a past participle after the first word (``pilot aimed at``), or any
    lower-case word but a preposition straight after a plural noun (``patients wait``,
    ``respondents expressing``); prepositions keep the phrase going (``doctors in the North-East``).
    """
    kept = words.split()
    for index, word in enumerate(kept[1:], start=1):
        lower = word.lower()
        previous = kept[index - 1]
        if all(earlier.lower() in _DETERMINERS for earlier in kept[:index]):
            continue
        after_plural = previous.islower() and previous.endswith("s") and not previous.endswith("ss")
        if (
            lower in _CLAUSE_WORDS
            or lower in _VERBS
            or (word.islower() and len(word) > 4 and word.endswith("ed"))
            or (after_plural and word.islower() and lower not in _PHRASE_WORDS)
        ):
            return " ".join(kept[:index])
    return " ".join(kept)


def _period(text: str, figure: Span, sentence: Span, figures: _ByStart) -> str | None:
    """The time expression nearest the figure in its sentence, that is not part of a figure."""
    others = [x.span for x in figures.starting_between(sentence.start - SENTENCE_REACH, sentence.end)]
    best: tuple[int, str] | None = None
    for match in PERIOD.finditer(text, sentence.start, sentence.end):
        span = Span(match.start(), match.end())
        if any(span.overlaps(other) for other in others):
            continue
        distance = figure.start - span.end if span.end <= figure.start else span.start - figure.end
        if best is None or distance < best[0]:
            best = (distance, match.group())
    return best[1] if best else None
