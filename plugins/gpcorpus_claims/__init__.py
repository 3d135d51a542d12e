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

from gpcorpus import text as language
from gpcorpus import Claim, Document, Extraction, Motion, PluginInfo, Quote, Span, hookimpl
from gpcorpus_claims.patterns import (
    ADJECTIVAL_AFTER,
    ADJECTIVAL_BEFORE,
    FINDING_FROM,
    PERIOD,
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

    def any_overlapping(self, span: Span) -> bool:
        """Whether one of the extractions that start last before ``span`` ends overlaps it."""
        index = bisect.bisect_left(self.starts, span.end)
        return any(x.span.overlaps(span) for x in self.items[max(0, index - _NESTING_LOOKBACK):index])

    def starting_between(self, low: int, high: int) -> list[Extraction]:
        """The extractions that start in ``[low, high]``."""
        return self.items[bisect.bisect_left(self.starts, low):bisect.bisect_right(self.starts, high)]


#: The most candidate matches of one pattern read either side of a figure within its sentence:
#: real sentences hold a few sources and dates; a run of figures with no sentence break would
#: otherwise have every figure read every match within reach.
_NEAREST = 8


class _Scan:
    """Where one pattern can match in a document, found once, so that each figure reads only
    the few candidates nearest it instead of scanning its whole sentence again.

    The scan over the whole text gives the candidate starts; each candidate is matched again
    within the figure's sentence (``pattern.match(text, start, sentence.end)``), so it reads
    exactly what a scan of that sentence would read there.
    """

    def __init__(self, pattern: regex.Pattern, text: str) -> None:
        self.pattern = pattern
        self.text = text
        self.starts = [match.start() for match in pattern.finditer(text)]

    def near(self, sentence: Span, figure: Span) -> list[regex.Match]:
        """The matches in ``sentence`` nearest ``figure``: up to :data:`_NEAREST` starting
        before it and as many after, in document order."""
        low = bisect.bisect_left(self.starts, sentence.start)
        high = bisect.bisect_left(self.starts, sentence.end)
        middle = min(max(bisect.bisect_left(self.starts, figure.start), low), high)
        found = []
        for start in self.starts[max(low, middle - _NEAREST):min(high, middle + _NEAREST)]:
            match = self.pattern.match(self.text, start, sentence.end)
            if match is not None:
                found.append(match)
        return found


class _Scans:
    """The scans of a document that every figure's claim reads (see :class:`_Scan`)."""

    def __init__(self, text: str) -> None:
        self.sources = [(pattern, _Scan(pattern, text)) for pattern in (SOURCE_AFTER_CUE, FINDING_FROM, SOURCE_BEFORE_FINDING)]
        self.periods = _Scan(PERIOD, text)


@hookimpl
def gpcorpus_link(document: Document, extractions: Sequence[Extraction]) -> Iterator[Claim]:
    figures = _ByStart(x for x in extractions if x.kind in FIGURE_KINDS)
    if not figures.items:
        return
    quotes = _ByStart(x for x in extractions if isinstance(x, Quote) and x.speaker)
    motions = _ByStart(x for x in extractions if isinstance(x, Motion))
    scans = _Scans(document.text)
    for figure in figures.items:
        yield _claim(document, figure, quotes, motions, figures, scans)


def _claim(
    document: Document, figure: Extraction, quotes: _ByStart, motions: _ByStart, figures: _ByStart, scans: _Scans
) -> Claim:
    sentence = sentence_around(document, figure.span)
    speaker, cue = _speaker(document, figure, sentence, quotes, motions, scans)
    return Claim.found(
        document,
        sentence.start,
        sentence.end,
        figure_span=figure.span,
        figure_kind=figure.kind,
        speaker=speaker,
        cue=cue,
        subject=_subject(document.text, figure, sentence),
        period=_period(figure.span, sentence, figures, scans),
        date=document.published,
    )


def sentence_around(document: Document, span: Span) -> Span:
    """The sentence that holds ``span``, from the core's one sentence splitter
    (:func:`gpcorpus.text.sentence_at`), widened to hold all of ``span`` and reaching at most
    :data:`SENTENCE_REACH` characters either side of it, so that a run-on "sentence" of hostile
    input costs no more than a short one."""
    first = language.sentence_at(document, span.start)
    last = language.sentence_at(document, max(span.start, span.end - 1))
    start = min(first.start if first is not None else span.start, span.start)
    end = max(last.end if last is not None else span.end, span.end)
    return Span(max(start, span.start - SENTENCE_REACH), min(end, span.end + SENTENCE_REACH))


def _speaker(
    document: Document, figure: Extraction, sentence: Span, quotes: _ByStart, motions: _ByStart, scans: _Scans
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
    return _named_source(figure.span, sentence, scans)


def _named_source(figure: Span, sentence: Span, scans: _Scans) -> tuple[str | None, str | None]:
    """The source the figure's sentence names for it, nearest the figure first."""
    found: list[tuple[int, str, str]] = []
    for pattern, scan in scans.sources:
        for match in scan.near(sentence, figure):
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
    before = text[_look_back_start(text, sentence.start, figure.start):figure.start]
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


#: How far before a figure the words that describe it are read (``a contract worth``, ``the
#: total annual``): the patterns read back at most three words and a link word.
_LOOK_BACK = 160


def _look_back_start(text: str, sentence_start: int, figure_start: int) -> int:
    """Where to start reading the words before a figure: at most :data:`_LOOK_BACK` characters
    back, never inside a word (which would look like a word of its own)."""
    start = max(sentence_start, figure_start - _LOOK_BACK)
    while sentence_start < start < figure_start and (text[start - 1].isalnum() or text[start - 1] in "_'’-"):
        start += 1
    return start


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


def _period(figure: Span, sentence: Span, figures: _ByStart, scans: _Scans) -> str | None:
    """The time expression nearest the figure in its sentence, that is not part of a figure."""
    best: tuple[int, str] | None = None
    for match in scans.periods.near(sentence, figure):
        span = Span(match.start(), match.end())
        if figures.any_overlapping(span):
            continue
        distance = figure.start - span.end if span.end <= figure.start else span.start - figure.end
        if best is None or distance < best[0]:
            best = (distance, match.group())
    return best[1] if best else None
