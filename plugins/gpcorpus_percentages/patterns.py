"""Patterns for percentages and proportions, built once at import from :mod:`.vocabulary`.

One scanner, :data:`PERCENTAGE`, finds every candidate in a single left-to-right pass. Each
alternative is a named group, so :mod:`gpcorpus_percentages` can tell a range from a point
change from ``one in ten``; the context checks that a regex cannot make cheaply (is ``a third``
followed by ``party``? is ``one in ten`` followed by ``years``?) are done there, on bounded
windows of text, so the whole plugin stays linear in the length of the document.

The patterns use only bounded repetition inside groups (``{0,2}``, ``{1,3}``) and single-class
runs, so hostile input (long runs of digits, signs and spaces) cannot make them backtrack.
"""
from __future__ import annotations

from collections.abc import Iterable

import regex

from gpcorpus.numbers import DIGITS, FRACTION, FRACTION_DENOMINATORS, NUMBER_WORDS, TENS, UNITS
from gpcorpus_percentages.vocabulary import (
    CHANGE_NOUNS_AFTER,
    CHANGE_WORDS,
    MAJORITY_WORDS,
    NOT_A_PROPORTION_AFTER,
    NOT_A_PROPORTION_NOUN,
    NOT_A_SHARE_BEFORE,
    PERCENT_SIGNS,
    PERCENT_WORDS,
    POINT_WORDS,
    POPULATION_STOPS,
    PREDICATE_WORDS,
    QUALIFIERS,
    QUANTITY_NOUNS,
    THAT_DETERMINER_AFTER,
    HALF_COMPOUNDS,
)

__all__ = [
    "PERCENTAGE",
    "ANCHOR",
    "FIRST_WORDS",
    "SP",
    "QUALIFIER",
    "words",
    "CHANGE_BEFORE",
    "CHANGE_AFTER",
    "CHANGE_BEFORE_FROM",
    "LEVEL_BEFORE",
    "POPULATION_WORD",
    "POPULATION_STOP",
    "PREDICATE_AFTER",
    "SHARE_BEFORE_BLOCKERS",
    "QUANTITY_AFTER_OF",
    "TIME_AFTER",
    "URL_LIKE",
    "BY_BEFORE",
    "OF_AFTER",
    "ARTICLE_AFTER",
    "DETERMINER_AFTER",
    "CLOSES_AFTER",
    "OF_AFTER_WORD",
    "NUMBER_NEXT",
    "FRACTION_WORDS",
    "SENTENCE_START",
]

FLAGS = regex.IGNORECASE

# -- building blocks ------------------------------------------------------------------------


def words(alternatives: Iterable[str], *, escape: bool = True) -> str:
    """An alternation of words or phrases, longest first, spaces matching any run of spaces.

    Longest first so that ``more than`` is tried before ``more`` and ``just under`` before
    ``just``. With ``escape=False`` the alternatives are regex fragments already.
    """
    parts = []
    for alternative in sorted(set(alternatives), key=len, reverse=True):
        part = regex.escape(alternative) if escape else alternative
        if escape:
            part = part.replace(r"\ ", SP)
        parts.append(part)
    return "(?:" + "|".join(parts) + ")"


#: Space between two words of one phrase: spaces, or one line break (a wrapped line), never a
#: blank line (a paragraph break).
SP = r"(?:[^\S\n]{1,8}|[^\S\n]{0,8}\n[^\S\n]{0,8})"
#: Optional space, as between ``42`` and ``%``.
SP0 = rf"(?:{SP})?"

#: Where a word ends.
_END = r"(?![\p{L}\p{N}_-])"

#: A qualifier before a figure (``more than``, ``almost``).
QUALIFIER = rf"(?<![\p{{L}}\p{{N}}_-]){words(QUALIFIERS)}{_END}"

_SIGNS = regex.escape(PERCENT_SIGNS)
#: A percent sign that is not the start of a URL escape (``%20``, ``%2D``).
_SIGN = rf"[{_SIGNS}](?![\p{{L}}\p{{N}}])"
_PERCENT_WORD = words([w for w in PERCENT_WORDS if w != "pc"], escape=False)
#: What makes a number a percentage. ``pc`` only in lower case, and straight after the figure.
PERCENT = (
    rf"(?:{SP0}{_SIGN}"
    rf"|{SP0}{_PERCENT_WORD}(?![\p{{L}}\p{{N}}_-])(?![^\S\n]{{0,3}}-?[^\S\n]{{0,3}}points?\b)"
    rf"|[^\S\n]?(?-i:pc)(?![\p{{L}}\p{{N}}_]))"
)
#: What makes a number a change in percentage points.
POINTS = rf"(?:{SP0}{words(POINT_WORDS, escape=False)}(?![\p{{L}}\p{{N}}_-]))"

_SMALL_UNITS = words([w for w, v in UNITS.items() if v < 10] + ["oh"])
#: A figure: digits or words, with an optional half (``four and a half``, ``4½``) or decimal
#: part in words (``two point five``). Digits may not follow a letter, ``=`` or ``/``, which
#: would put them inside a code, a URL or a fraction.
FIGURE = (
    rf"(?:(?<![\p{{L}}_/=#@]){DIGITS}|{NUMBER_WORDS})"
    rf"(?:{SP}and{SP}a{SP}half|[\u00bd\u00bc\u00be]|{SP}point(?:{SP}{_SMALL_UNITS}){{1,3}})?"
)
#: A whole figure only, for the two numbers of ``one in ten``.
_COUNT = rf"(?:(?<![\p{{L}}_/=#@£$€]){DIGITS}|{NUMBER_WORDS})"

#: A sign in front of a figure: ``minus five percent``, ``-5%`` (not the dash of ``20-30%``).
_SIGN_BEFORE = (
    rf"(?:(?P<minus>minus|negative){SP}"
    rf"|(?P<dash>(?<=^|[\s(\[])(?<![\d%][^\S\n]{{0,3}})[-\u2212])(?=\d)"
    rf"|(?P<uminus>\u2212)(?=\d))"
)

# -- the alternatives, each a named group ---------------------------------------------------

#: ``20-30%``, ``20%-30%``, ``20 to 30 per cent``, ``between 20 and 30 per cent``. Also
#: ``12% to 58%`` and ``rose from 61 to 74 per cent``, which the plugin reads as two figures.
RANGE = (
    rf"(?P<range>(?:(?P<range_pre>(?P<between>between)|from){SP})?"
    rf"(?P<low>{FIGURE})(?P<low_percent>{PERCENT})?"
    # "and" joins only after "between": "one hundred and one%" is one figure, "52% and 64%" two
    rf"(?:{SP0}(?P<dash_join>[-\u2013\u2014]){SP0}|{SP}(?P<word_join>to|(?(between)and|(?!))){SP})"
    rf"(?P<high>{FIGURE})(?P<high_percent>{PERCENT}))"
)

#: ``3 percentage points``, ``2.5pp``.
POINT_CHANGE = rf"(?P<points>(?P<points_figure>{FIGURE}){POINTS})"

#: ``42%``, ``42 per cent``, ``forty-two percent``, ``4.5pc``, ``minus five percent``.
NUMERIC = rf"(?P<numeric>{_SIGN_BEFORE}?(?P<figure>{FIGURE}){PERCENT})"

#: ``per cent of twenty-two``: the percent word first, at the start of a sentence or line.
REVERSE = (
    rf"(?P<reverse>(?<=(?:^|[\n.!?:;(\[])[^\S\n]{{0,3}})"
    rf"(?:per[\s-]?cents?|percentages?){SP}of{SP}(?P<reverse_figure>{FIGURE})(?!{PERCENT}))"
)

_NOT_NOUN = words(NOT_A_PROPORTION_NOUN)
_MIDDLE_WORD = rf"(?!{_NOT_NOUN}(?![\p{{L}}]))(?!{NUMBER_WORDS})\p{{L}}[\p{{L}}'\u2019-]{{0,24}}"
#: ``one in ten``, ``one practice in 10``, ``nine out of ten``, ``one in every five``,
#: ``one in a hundred``.
IN_EVERY = (
    rf"(?P<proportion>(?<![\p{{L}}\p{{N}}_.,#@£$€-])(?P<part>{_COUNT})"
    rf"(?P<middle>(?:{SP}{_MIDDLE_WORD}){{0,2}})"
    rf"{SP}(?P<preposition>in|out{SP}of){SP}(?:every{SP})?"
    rf"(?P<whole>{_COUNT}|a{SP}(?:hundred|thousand|million))(?![\p{{L}}\p{{N}}_-])"
    rf"(?![^\S\n]{{0,3}}(?:{_SIGN}|per[\s-]?cent|[:/]\d)))"
)

_SIMPLE_NUMBER = rf"(?:{words([*UNITS, *TENS])}|\d{{1,4}})"
#: The same as an adjective, hyphenated: ``a one-in-ten chance``, ``a one-in-a-million shot``.
IN_EVERY_HYPHENATED = (
    rf"(?P<hyphenated>(?<![\p{{L}}\p{{N}}_.,#@£$€-])(?P<hyphen_part>{_SIMPLE_NUMBER})-in-(?:every-)?"
    rf"(?P<hyphen_whole>{_SIMPLE_NUMBER}|a-(?:hundred|thousand|million))(?![\p{{L}}\p{{N}}_-])"
    rf")"
)

#: ``a third``, ``two-thirds``, ``half``, optionally followed by ``of``.
FRACTION_SHARE = rf"(?P<fraction>{FRACTION})(?P<fraction_of>{SP}of(?![\p{{L}}\p{{N}}_-]))?"

MAJORITY_ADJECTIVES = (
    "overwhelming", "large", "vast", "small", "slim", "narrow", "tiny", "clear", "substantial",
    "significant", "big", "huge", "slender", "comfortable",
)
_MAJORITY_ADJECTIVES = words(MAJORITY_ADJECTIVES)
#: ``the majority``, ``a small minority``: read only when the ``majority`` setting is on.
MAJORITY = (
    rf"(?P<majority>(?<![\p{{L}}\p{{N}}_-])(?:(?:the|a|an){SP})?(?:{_MAJORITY_ADJECTIVES}{SP})?"
    rf"(?P<majority_word>{words(MAJORITY_WORDS)}))(?![\p{{L}}\p{{N}}_-])"
)

#: The words a match can start with: a qualifier's first word, ``between``, ``from``, a sign
#: word, a percent word (``per cent of twenty``), a number or fraction word, an article.
FIRST_WORDS: frozenset[str] = frozenset(
    {qualifier.split()[0] for qualifier in QUALIFIERS}
    | {"between", "from", "minus", "negative", "per", "percent", "percents", "percentage", "percentages"}
    | set(UNITS) | set(TENS) | set(FRACTION_DENOMINATORS) | {"a", "an", "the"}
    | set(MAJORITY_ADJECTIVES) | set(MAJORITY_WORDS)
)

#: The scanner: an optional qualifier, then the first alternative that fits, longest forms
#: first (a range before its own first figure, a point change before a plain percentage).
PERCENTAGE = regex.compile(
    # Every alternative starts a word, and one of a known set of words or a digit or sign: tried
    # first (the set is matched as a set, not word by word), this skips most positions cheaply.
    rf"(?<![\p{{L}}\p{{N}}_])(?=[\d.\-\u2212]|\L<first_words>(?![\p{{L}}]))"
    rf"(?:(?P<qualifier>{QUALIFIER}){SP})?"
    rf"(?:{RANGE}|{POINT_CHANGE}|{NUMERIC}|{REVERSE}|{IN_EVERY}|{IN_EVERY_HYPHENATED}|{FRACTION_SHARE}|{MAJORITY})",
    FLAGS,
    first_words=sorted(FIRST_WORDS),
)

#: Something every match holds: a percent sign or word, a fraction word, ``in``/``of`` before a
#: number (``one in ten``, ``nine out of ten``), ``-in-`` or ``majority``. Found in one cheap
#: pass, so that :data:`PERCENTAGE`, which is costly to try at every position, only runs on
#: the text around these (see :func:`gpcorpus_percentages.candidates`).
ANCHOR = regex.compile(
    rf"[{_SIGNS}\u00bd\u00bc\u00be]"
    rf"|(?<![\p{{L}}])(?:per[\s-]?cents?|percent(?:s|ages?)?|pc|ppts?|pp|{words(FRACTION_DENOMINATORS)}|majority|minority)(?![\p{{L}}])"
    rf"|(?<![\p{{L}}])(?:in|of)\s+(?:every\s+)?(?:\d|a\s+(?:hundred|thousand|million)|{words([*UNITS, *TENS])})"
    rf"|-in-",
    FLAGS,
)

# -- context checks, run on short windows before or after a match ------------------------------
#
# The checks on the text before a figure end in ``\Z`` and are searched backwards (``(?r)``), so
# each is tried once, at the end of its window, rather than at every position in it.

_CHANGE = words(CHANGE_WORDS)
#: Text ending just before a figure that makes it a change: ``rose``, ``increase ... by``,
#: ``a rise of``, ``earnings of`` after ``increases in``. Run on a window of at most 80 chars.
CHANGE_BEFORE = regex.compile(
    rf"(?r)(?<![\p{{L}}])(?:{_CHANGE}(?:{SP}[\p{{L}}\p{{N}}'\u2019-]{{1,30}}){{0,4}}?{SP}(?:by|of)|{_CHANGE}){SP}"
    rf"(?:{QUALIFIER}{SP})?\Z",
    FLAGS,
)
#: Text ending just before ``from`` that makes ``from 61 to 74 per cent`` a change between two
#: figures (``rose from``, ``has fallen this year from``), not a range (``from 50 to 80% of``).
CHANGE_BEFORE_FROM = regex.compile(
    rf"(?r)(?<![\p{{L}}]){_CHANGE}(?:{SP}[\p{{L}}\p{{N}}'\u2019-]{{1,30}}){{0,4}}?{SP}\Z", FLAGS
)
#: Text straight after a figure that makes it a change: ``a 1% uplift``, ``0.4% higher``.
CHANGE_AFTER = regex.compile(
    rf"\A{SP0}(?:[\p{{L}}]{{1,20}}{SP})?{words(CHANGE_NOUNS_AFTER)}(?![\p{{L}}])", FLAGS
)
#: Text ending just before a figure that makes it a level reached: ``climbed to 61%``.
LEVEL_BEFORE = regex.compile(rf"(?r)(?<![\p{{L}}])(?:to|at|reaching|reached|hit){SP}(?:{QUALIFIER}{SP})?\Z", FLAGS)

#: One word of a population phrase.
POPULATION_WORD = regex.compile(r"\A([^\S\n]{1,3})([\p{L}\p{N}][\p{L}\p{N}'\u2019&.-]{0,30})")
#: Words that end a population phrase.
POPULATION_STOP = regex.compile(rf"\A(?:{words(POPULATION_STOPS)})\Z", FLAGS)

#: A word after a lone fraction that makes the fraction the subject of a clause.
PREDICATE_AFTER = regex.compile(
    rf"\A(?:{SP}{words(PREDICATE_WORDS)}(?![\p{{L}}])|{SP0}\()", FLAGS
)
#: The word before a fraction that makes it an ordinal or a part of time (``the third of``).
SHARE_BEFORE_BLOCKERS = regex.compile(
    rf"(?r)(?<![\p{{L}}])(?:{words(NOT_A_SHARE_BEFORE)}|another|\p{{N}}+){SP}\Z", FLAGS
)
#: ``that`` just before a fraction, after a preposition: a determiner (``in that half of the
#: year``), where elsewhere it is a conjunction (``learned that half the groups``).
THAT_AS_DETERMINER = regex.compile(
    rf"(?r)(?<![\p{{L}}]){words(THAT_DETERMINER_AFTER)}{SP}that{SP}\Z", FLAGS
)
#: A word after a lone ``half`` that makes the two a compound, not a share: ``half term``.
HALF_COMPOUND_AFTER = regex.compile(rf"\A{SP}{words(HALF_COMPOUNDS)}(?![\p{{L}}])", FLAGS)
#: After ``of``: ``a million``, ``an hour``: a quantity, not a share.
QUANTITY_AFTER_OF = regex.compile(rf"\A{SP}(?:a|an){SP}{words(QUANTITY_NOUNS)}(?![\p{{L}}])", FLAGS)
#: After ``one in ten``: ``years``, ``minutes``: a time or distance, not a proportion.
TIME_AFTER = regex.compile(rf"\A{SP}{words(NOT_A_PROPORTION_AFTER)}(?![\p{{L}}])", FLAGS)

#: A token that is a URL, an e-mail address, a hashtag or a handle: figures in it are not read.
URL_LIKE = regex.compile(r"://|www\.|[#@]\p{L}|%[0-9A-Fa-f]{2}|[?&][\w-]+=", FLAGS)
#: The start of a sentence or block, just before a capitalised headline fraction (``Third of``).
SENTENCE_START = regex.compile(r"(?r)(?:\A|[.!?:\n][\"'\u2018\u201c]?)[^\S\n]{0,3}\Z")
#: ``by`` just before a fraction: ``cut by a third`` is a change.
BY_BEFORE = regex.compile(r"(?r)(?<![\p{L}])by\s+\Z", FLAGS)
#: ``of`` straight after a figure, before its population.
OF_AFTER = regex.compile(r"\A[^\S\n]{1,3}of(?![\p{L}])", FLAGS)
#: ``half a``/``half an`` (``half a mile``): a quantity.
ARTICLE_AFTER = regex.compile(r"\A\s+(?:a|an)\b", FLAGS)
#: ``half the practices``: ``half`` before a determiner is a share.
DETERMINER_AFTER = regex.compile(r"\A\s+(?:the|all|its|their|these|those|our|his|her|my|your)\b", FLAGS)
#: Punctuation or the end of the text straight after a fraction (``cut by a third.``).
CLOSES_AFTER = regex.compile(r"\A\s*(?:[.,;:!?\u2013\u2014)]|-\s|\Z)")
#: ``of`` after ``the majority``.
OF_AFTER_WORD = regex.compile(r"\A\s+of\b", FLAGS)
#: ``in 2005`` in a population phrase: a date, not a place.
NUMBER_NEXT = regex.compile(r"\A[^\S\n]+\p{N}")
#: The words of a fraction phrase (``two-thirds`` is ``two``, ``thirds``).
FRACTION_WORDS = regex.compile(r"\p{L}+|\p{N}+")
