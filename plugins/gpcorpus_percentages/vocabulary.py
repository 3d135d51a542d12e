"""The words British news uses around percentages and proportions, as named lists.

:mod:`gpcorpus_percentages.patterns` builds its patterns from these once, at import. Every list
is matched case-insensitively unless its comment says otherwise; longer alternatives are put
first by the pattern builder, so ``per cent`` is tried before ``per``.
"""
from __future__ import annotations

#: Words and signs that make a number a percentage, written after it (``42 per cent``, ``42%``,
#: ``42pc``). ``percentage`` is there because some writers use it as the unit (``100
#: percentage``); followed by ``point`` it is a point change instead (see :data:`POINT_WORDS`).
#: ``pc`` is the house style of the Telegraph and the FT; it is only read in lower case,
#: since ``PC`` after a number is a personal computer or a police constable's number.
PERCENT_WORDS: tuple[str, ...] = (
    r"per[\s-]?cents?",  # "per cent", "per-cent", "percent", "percents"
    r"percentage",
    r"pc",
)

#: The percent sign, and its full-width and small forms as copied from some sites.
PERCENT_SIGNS: str = "%\uff05\ufe6a"

#: Words after a number that make it a change in percentage points, not a percentage:
#: ``rose by 3 percentage points``, ``a 2.5pp rise``, ``up 4 ppts``, ``5% points``.
POINT_WORDS: tuple[str, ...] = (
    r"percentage[\s-]points?",
    r"per[\s-]?cent(?:age)?[\s-]points?",
    r"%[\s-]?points?",
    r"pc[\s-]points?",
    r"ppts?",
    r"pp",
)

#: Words before a figure that say how exact it is; kept as the ``qualifier``, never folded
#: into the value (``more than half`` is 50 with the qualifier ``more than``).
QUALIFIERS: tuple[str, ...] = (
    "almost", "nearly", "about", "around", "roughly", "approximately", "some", "circa",
    "an estimated", "an average of", "on average",
    "more than", "over", "well over", "just over", "above", "in excess of", "upwards of",
    "less than", "fewer than", "under", "just under", "well under", "below", "just below",
    "up to", "as many as", "as much as", "as few as", "as little as",
    "at least", "at most", "no more than", "no less than", "no fewer than",
    "not quite", "close to", "nigh on", "getting on for", "just shy of", "only", "just",
)

#: Verbs and nouns of change: a figure straight after one of them (``rose 3%``, ``up 3.5%``),
#: or after it and ``by``/``of`` (``increase funding by 4.5 per cent``, ``a rise of 4.5 per
#: cent``), is a change rather than a share.
CHANGE_WORDS: tuple[str, ...] = (
    "rise", "rises", "rose", "risen", "rising",
    "increase", "increases", "increased", "increasing",
    "fall", "falls", "fell", "fallen", "falling",
    "drop", "drops", "dropped", "dropping",
    "cut", "cuts", "cutting", "reduce", "reduces", "reduced", "reducing", "reduction", "reductions",
    "decrease", "decreases", "decreased", "decline", "declines", "declined",
    "grow", "grows", "grew", "grown", "growth",
    "jump", "jumps", "jumped", "leap", "leapt", "soar", "soared", "surge", "surged",
    "climb", "climbs", "climbed", "plunge", "plunged", "slump", "slumped", "tumbled",
    "boost", "boosted", "uplift", "uplifts", "hike", "hikes", "raise", "raised", "raising",
    "up", "down", "inflation", "rate of",
)

#: Nouns straight after a figure that make it a change: ``a 1% uplift``, ``a 0.4% increase``.
CHANGE_NOUNS_AFTER: tuple[str, ...] = (
    "rise", "increase", "uplift", "cut", "drop", "fall", "reduction", "decrease", "hike", "boost",
    "jump", "growth", "higher", "lower", "more", "less", "up", "down", "pay rise", "income uplift",
)

#: Words after a figure that end a population phrase: verbs, relative words and conjunctions.
#: ``42 per cent of doctors were contemplating retirement`` has the population ``doctors``.
POPULATION_STOPS: tuple[str, ...] = (
    "were", "was", "are", "is", "be", "been", "being", "have", "had", "has", "having",
    "will", "would", "could", "should", "can", "may", "might", "must", "shall",
    "do", "does", "did", "said", "say", "says", "saying", "told", "reported", "report", "reports",
    "found", "think", "thought", "believe", "believed", "felt", "feel", "feels", "want", "wanted",
    "wants", "agreed", "agree", "voted", "took", "take", "takes", "got", "get", "gets", "earned",
    "earn", "earns", "saw", "see", "sees", "described", "responded", "responding", "surveyed",
    "who", "whom", "whose", "which", "that", "than", "and", "or", "but", "while", "whereas",
    "compared", "according", "since", "because", "when", "where", "if", "as", "to", "from",
    "respectively", "still", "now", "also", "already", "only", "currently", "last", "this",
    "in 20", "in 19", "by", "for", "with", "at", "on",
)

#: Words after ``a third``/``a quarter``/``half`` (with no ``of``) that show the fraction is
#: the subject of a clause, so a share: ``a quarter said they were...``, ``half have trouble``.
#: Anything else after a lone fraction (``a third party``, ``a third consecutive year``,
#: ``half term``) is not read.
PREDICATE_WORDS: tuple[str, ...] = (
    "were", "was", "are", "is", "have", "had", "has", "will", "would", "could", "should", "can",
    "may", "might", "must", "do", "did", "does", "said", "say", "says", "told", "reported",
    "report", "reports", "think", "thought", "believe", "believed", "felt", "feel", "want",
    "wanted", "agreed", "agree", "voted", "took", "saw", "described", "expect", "expected",
    "plan", "planned", "planning", "admitted", "admit", "claimed", "claim", "worked", "work",
    "now", "still", "also", "already", "never", "only", "intend", "intends", "hope", "hopes", "fear",
    "fears", "expect", "expects", "face", "faces", "struggle", "struggles", "need", "needs", "plan",
    "plans", "use", "uses", "see", "sees", "receive", "receives", "believe", "believes", "support",
    "supports", "oppose", "opposes", "back", "backs", "rated", "rate", "rates", "get", "got", "lack",
    "lacks", "feel", "feels", "cannot", "can't", "won't", "don't", "didn't", "aren't", "weren't",
)

#: Nouns that ``half`` forms a compound with (``half term``, ``half price``): after them a lone
#: ``half`` is not a share even with a qualifier before it (``nearly half time``).
HALF_COMPOUNDS: tuple[str, ...] = (
    "term", "terms", "time", "way", "century", "decade", "year", "hour", "day", "price", "marathon",
    "measures", "measure", "brother", "sister", "truth", "dozen", "mile", "board", "pay", "cut",
)

#: Words before a fraction word that make it an ordinal or a part of time, not a share:
#: ``the third of May``, ``the first half of the year``, ``a second quarter``, ``every fifth``.
NOT_A_SHARE_BEFORE: tuple[str, ...] = (
    "the", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your",
    "first", "second", "third", "fourth", "last", "final", "latter", "former", "other", "next",
    "previous", "same", "each", "every", "per", "top", "bottom", "upper", "lower", "back",
    "front", "early", "earlier", "late", "later", "second-half", "and",
)

#: Of :data:`NOT_A_SHARE_BEFORE`, the words that can only be determiners of the fraction word
#: itself (``the third``, ``their half``): they cannot stand before a fraction that has its own
#: article or numerator (``a third``, ``two-thirds``), so there they do not block it.
DETERMINERS: tuple[str, ...] = (
    "the", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your",
    "each", "every", "per",
)

#: Prepositions before ``that`` that make it a determiner (``in that half of the year``); after
#: anything else ``that`` before a fraction is a conjunction (``ITV News has learned that only
#: half the groups``, ``found that a third of``).
THAT_DETERMINER_AFTER: tuple[str, ...] = (
    "in", "on", "at", "for", "from", "with", "to", "of", "by", "during", "over", "across", "into",
    "through", "under", "within", "throughout", "about", "like", "all", "both",
)

#: Nouns after ``a third of a``/``half an`` that make the phrase a quantity, not a share:
#: ``a quarter of a million``, ``half an hour``, ``a third of a mile``.
QUANTITY_NOUNS: tuple[str, ...] = (
    "hundred", "thousand", "million", "billion", "trillion", "dozen", "score",
    "second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade", "century",
    "mile", "metre", "meter", "kilometre", "inch", "foot", "yard", "pound", "penny", "pint",
    "litre", "gram", "kilo", "kilogram", "percentage point", "point", "per cent", "percent",
)

#: Nouns after ``one in ten`` that make it a time or distance, not a proportion: ``the first
#: one in ten years``, ``two in three weeks``.
NOT_A_PROPORTION_AFTER: tuple[str, ...] = (
    "seconds", "minutes", "hours", "days", "weeks", "fortnights", "months", "years", "decades",
    "centuries", "miles", "metres", "kilometres", "yards", "feet", "inches", "goes", "attempts",
    "minute", "hour", "day", "week", "month", "year", "decade",
)

#: Nouns that may stand between the two numbers of a proportion: ``one practice in 10``,
#: ``one patient in four``. Any word will do except these, which would make the phrase
#: something else (``one said in ten``, ``one of the ten``).
NOT_A_PROPORTION_NOUN: tuple[str, ...] = (
    "in", "out", "of", "and", "or", "the", "a", "an", "to", "per", "cent", "percent", "by",
    "said", "says", "was", "is", "were", "are", "from", "at", "on", "for", "with", "than",
)

#: Vague shares above or below half. They have no stated value, and the project's gold does not
#: annotate them, so they are only read when the ``majority`` setting is on (see the docs).
MAJORITY_WORDS: dict[str, str] = {
    "majority": "more than",
    "minority": "less than",
}
