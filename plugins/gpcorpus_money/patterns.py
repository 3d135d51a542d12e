"""Patterns for sums of money, built once from :mod:`gpcorpus_money.vocabulary`, and their values.

One pattern, :data:`MONEY`, finds the core of a sum: a currency symbol or code before a figure
(``£3.8bn``, ``US$ 150 million``, ``GBP 350``) or a figure before a currency word, code, symbol
or minor unit (``five million pounds``, ``500 USD``, ``15€``, ``50p``). :func:`find_money` then
reads around each core with small anchored patterns: a range it is the low end of (``£10-15m``,
``between £2bn and £3bn``; the range's amount is its midpoint), a qualifier before it (``more
than``), a rate after it (``a year``).

Every pattern uses bounded repetition only, so the scan is linear in the length of the text.
"""
from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import regex
from attrs import frozen

from gpcorpus.numbers import (
    FRACTION,
    GROUPED_DIGITS,
    NUMBER_WORDS_CORE,
    SCALE_WORDS,
    SCALED_FRACTION,
    SCALES,
    TENS,
    UNITS,
    midpoint,
    parse_digits,
    parse_number,
    parse_number_words,
    scale_of,
    scaled,
    exact_product,
    exact_sum,
    whole_if_integral,
)
from gpcorpus_money import vocabulary as v

#: One space of any width on the same line (news text uses no-break and thin spaces too).
SP = r"[ \t\u00a0\u202f\u2009]"


def _alternation(words, flexible_spaces: bool = True) -> str:
    # Longest first, so that "pounds sterling" is tried before "pounds" and "US$" before "$".
    escaped = []
    for word in sorted(set(words), key=len, reverse=True):
        pattern = regex.escape(word)
        if flexible_spaces:
            pattern = pattern.replace(r"\ ", rf"{SP}+")
        escaped.append(pattern)
    return "|".join(escaped)


# -- currency markers --------------------------------------------------------------------------

_LETTERED_DOLLAR = regex.compile(r"^([A-Za-z][A-Za-z.]*)\$$")
#: Dollar prefixes such as US, HK, C (``US$``, ``HK $``), with the currency each names.
DOLLAR_PREFIXES: dict[str, str] = {
    m.group(1).lower(): code for symbol, code in v.SYMBOLS.items() if (m := _LETTERED_DOLLAR.match(symbol))
}
#: Single letters that are English words: ``a $5 fee`` is five US dollars, not Australian.
PREFIX_LETTERS_THAT_ARE_WORDS = ("a", "i")
_OTHER_SYMBOLS = [s for s in v.SYMBOLS if not _LETTERED_DOLLAR.match(s)]

# Codes and currency words are matched by shape here and looked up in the vocabulary's tables
# in Python: one alternation of hundreds of names would make the scan many times slower.
_CODE = r"(?:[A-Z]{3}|(?i:" + "|".join(c.lower() for c in sorted(v.LOWER_CASE_CODES)) + "))"
_CODES = rf"(?<![\p{{L}}\p{{N}}_]){_CODE}(?![\p{{L}}_])"
#: An ISO code written straight after a figure (``115USD``).
_CODES_AFTER_DIGITS = r"(?<=\d)[A-Z]{3}(?![\p{L}_])"

#: A currency written before the figure: a symbol, a lettered dollar (``US$``, ``hk $``,
#: ``NZD$``) or an ISO code. Letters and codes are checked against the tables afterwards.
PREFIX = (
    rf"(?:(?<![\p{{L}}\p{{N}}_])(?P<letters>\p{{L}}[\p{{L}}.]{{0,4}}){SP}?\$"
    rf"|(?:{_alternation(_OTHER_SYMBOLS)})"
    rf"|{_CODES})"
)

_WORDS = dict(v.CURRENCY_WORDS)
_MINOR_WORDS = {word: unit for word, unit in v.MINOR_UNITS.items() if word != "p"}
_LOOKUP: dict[str, str] = {**{w: w for w in _WORDS}, **{w: w for w in _MINOR_WORDS}, v.GRAND: v.GRAND}
_LONGEST_NAME = max(len(word.split()) for word in _LOOKUP)
_NAME_WORD = r"\p{L}[\p{L}\p{M}.'\u2019\u02bb]{0,24}"
#: Up to four words after a figure, of which the longest leading run that names a currency is
#: kept (``Swiss francs``, ``pounds sterling``, ``dollars``).
_NAME_WORD_RE = regex.compile(_NAME_WORD)
_SPACES = regex.compile(r"\s+")
CURRENCY_WORD = rf"{_NAME_WORD}(?:{SP}+{_NAME_WORD}){{0,{_LONGEST_NAME - 1}}}"

# -- figures and scales ------------------------------------------------------------------------

_WORD_SCALES = [w for w in SCALES if len(w) >= 2 and w != "grand"]
_LETTER_SCALES = [w for w in SCALES if len(w) == 1]
#: A scale after digits: words and two-letter abbreviations may follow a space or hyphen
#: (``£1.2 million``, ``£3.8 bn``, ``£9million``); single letters only straight after the digits
#: (``£5m``, ``€10M``, ``$2.174T``, where a capital T is a trillion, as in financial tables).
SCALE_PART = (
    rf"(?:(?:{SP}|-)?(?i:{_alternation(_WORD_SCALES)})|(?i:{_alternation(_LETTER_SCALES)})|T)"
    rf"(?![\p{{L}}\p{{N}}_])"
)
_LETTER_TRILLION = "T"

_BIG_WORDS = "|".join(SCALE_WORDS)
#: Words a figure in words can start with (the trigger scan looks for these).
_NUMBER_WORD_STARTS = [*UNITS, *TENS, "a", "an", "half", "quarter", "quarters", "third", "thirds"]
#: A figure in words before a currency word: ``five million``, ``a billion``, ``half a million``.
WORD_FIGURE = (
    rf"(?:{SCALED_FRACTION}|(?<![\p{{L}}\p{{N}}_-])an?(?=(?:{SP}|-)+(?:{_BIG_WORDS})(?![\p{{L}}]))"
    rf"|(?<![\p{{L}}\p{{N}}_-]){NUMBER_WORDS_CORE})"
)

_DIGIT_FIGURE = rf"(?<![\p{{L}}_]){GROUPED_DIGITS}"

MONEY = regex.compile(
    # a sign, a currency before the figure, the figure, its scale, a currency repeated after
    rf"(?P<sign>(?<![-\u2212\u2013\u2014]{SP}?)[-\u2212])?(?P<prefix>{PREFIX})(?P<sign2>[-\u2212])?{SP}?"
    rf"(?P<pnum>{GROUPED_DIGITS})(?P<pscale>{SCALE_PART})?"
    rf"(?:{SP}(?P<repeat>(?i:sterling)(?![\p{{L}}])))?"
    # or: the figure (digits or words), its scale, then a currency after it
    rf"|(?P<ssign>(?<![-\u2212\u2013\u2014]{SP}?)[-\u2212])?(?P<snum>{_DIGIT_FIGURE}|(?i:{WORD_FIGURE}))(?P<sscale>{SCALE_PART})?"
    rf"(?:(?P<pence>p)(?![\p{{L}}\p{{N}}_])(?!\.m\.)"
    rf"|(?:{SP}|-)?(?P<code>{_CODES}|{_CODES_AFTER_DIGITS})"
    rf"|{SP}?(?P<symbol>{_alternation(_OTHER_SYMBOLS)})"
    rf"|(?:{SP}|-)(?P<word>{CURRENCY_WORD}))"
)

# -- what surrounds a core ---------------------------------------------------------------------

#: A qualifier just before a figure (matched on the text before it).
QUALIFIER = regex.compile(rf"(?<![\p{{L}}\p{{N}}_-])(?i:(?P<qualifier>{_alternation(v.QUALIFIERS)})){SP}+\Z")

_RANGE_LINK = rf"(?P<link>{SP}?[-\u2013\u2014]{SP}?|{SP}+(?i:to|and){SP}+)"
#: The high end of a range after a low one: ``-£15m``, ``-15m``, `` to £3bn``, `` and £3bn``.
RANGE_HIGH = regex.compile(
    rf"{_RANGE_LINK}(?P<hprefix>{PREFIX})?{SP}?(?P<hnum>{GROUPED_DIGITS})(?P<hscale>{SCALE_PART})?"
    rf"(?:(?:{SP}|-)(?P<hword>{CURRENCY_WORD}))?"
)
#: What joins the low end of a range to the figure after it: ``-``, ``–``, `` to ``, `` and ``.
_LOW_LINK = rf"{SP}?[-\u2013]{SP}?|{SP}+(?i:to|and){SP}+"
#: The low end of a range before a figure that carries the currency: ``10-`` in ``10-15 million pounds``.
RANGE_LOW = regex.compile(
    rf"(?:(?P<between>(?i:between)){SP}+)?(?P<lnum>{_DIGIT_FIGURE}|(?i:(?<![\p{{L}}-]){NUMBER_WORDS_CORE}))"
    rf"(?P<lscale>{SCALE_PART})?(?P<link>{_LOW_LINK})\Z"
)
#: What :data:`RANGE_LOW` ends in, tried alone first: most sums follow no link, and this one
#: step at the end of the window saves a search of the whole window.
_ENDS_IN_RANGE_LINK = regex.compile(rf"(?r)(?:{_LOW_LINK})\Z")
_BETWEEN_BEFORE = regex.compile(rf"(?<![\p{{L}}])(?i:between){SP}+\Z")
_FROM_BEFORE = regex.compile(rf"(?<![\p{{L}}])(?i:from){SP}+\Z")
_RANGE_FROM_BEFORE = regex.compile(rf"(?<![\p{{L}}])(?i:{_alternation(v.RANGE_FROM_OPENERS)}){SP}+\Z")

#: One step of a rate after a figure: ``per patient``, ``a year``, ``-a-year``, ``/hour``, ``pcm``.
RATE = regex.compile(
    rf"(?P<abbr>{_alternation(v.RATE_ABBREVIATIONS, False)})(?![\p{{L}}\p{{N}}_])"
    rf"|{SP}?/{SP}?(?P<slash>\p{{L}}[\p{{L}}-]{{0,24}})(?![\p{{L}}\p{{N}}_/.])"
    rf"|(?:{SP}|-)+(?i:per)(?:{SP}|-)+(?!(?i:cent|the|a|an)(?![\p{{L}}]))(?P<per>\p{{L}}[\p{{L}}'\u2019-]{{0,24}})"
    rf"|(?:{SP}|-)+(?i:an?|each|every)(?:{SP}|-)+(?P<noun>(?i:{_alternation(v.RATE_NOUNS)}))(?![\p{{L}}])"
)
_MAX_RATE_STEPS = 3

#: Minor units after a major one: ``3 dollars 50 cents``, ``thirteen dollars and forty-five cents``.
MINOR_AFTER = regex.compile(
    rf"(?:{SP}+(?i:and))?{SP}+(?P<minor>\d{{1,2}}(?!\d)|(?i:{NUMBER_WORDS_CORE}))"
    rf"(?:(?:{SP}|-)?(?P<unit>(?i:cents?|pence|p))(?![\p{{L}}])|(?={SP}*(?:[.!?;]|\Z)))"
)

#: A token that is a link, an address, a hashtag or a handle: figures in it are not money.
_NOT_PROSE = regex.compile(r"https?://|www\.|[\w-]\.(?:com|org|net|uk|io|gov|nhs)(?:[/.]|\b)|[?&][\w-]+=|^[#@]")
#: Every match of :data:`_NOT_PROSE` holds one of these: a token without any is prose, and a
#: check of the characters is far cheaper than a search of the token.
_NOT_PROSE_MARKS = frozenset(":.?&#@")
#: One of :data:`_NOT_PROSE_MARKS`, found without copying the token (a run of figures with no
#: space between makes every figure's token hundreds of characters long).
_NOT_PROSE_MARK = regex.compile(r"[:.?&#@]")
_WEIGHT_BEFORE = regex.compile(
    rf"(?<![\p{{L}}])(?i:{_alternation(v.WEIGHT_CUES_BEFORE)})(?![\p{{L}}])[^.!?\n]{{0,24}}\Z"
)
_NEXT_WORD = regex.compile(rf"(?:{SP}|-)+(\p{{L}}+)")
_PLUS_MINUS = "\u00b1"
#: "a third of" before "a million pounds": the sum is a fraction of that, so "a million" is no value.
_FRACTION_OF_BEFORE = regex.compile(rf"(?i:{FRACTION})(?:{SP}|-)+(?i:of){SP}+\Z")
_YEAR = regex.compile(r"(?:19|20)\d\d")
_YEAR_CUE_BEFORE = regex.compile(rf"(?<![\p{{L}}])(?i:{_alternation(v.YEAR_CUES_BEFORE)}){SP}+\Z")


@frozen
class Found:
    """A sum of money found in a text, before it becomes a :class:`~gpcorpus.Money`."""

    start: int
    end: int
    amount: Decimal
    currency: str
    low: Decimal | None = None
    high: Decimal | None = None
    qualifier: str | None = None
    per: str | None = None


@frozen
class _Figure:
    """A number, its scale and its currency, as read from one core match."""

    number: Decimal  # the figure as written, before its scale
    scale: Decimal  # 1 when none is written
    divisor: int  # 100 for a minor unit (50p), else 1
    currency: str | None
    major_word: bool  # written with a major currency word (dollars), so cents may follow

    @property
    def value(self) -> Decimal:
        # exact whatever its size, without an exponent or a spurious ".0": 3.8bn is 3800000000, 50p is 0.5
        return scaled(self.number, self.scale, self.divisor)


def _scale_value(text: str | None) -> Decimal:
    if not text:
        return Decimal(1)
    word = text.strip(" -\t\u00a0\u202f\u2009")
    if word == _LETTER_TRILLION:
        return Decimal(10**12)
    return scale_of(word)


def _words_value(text: str) -> tuple[Decimal, Decimal] | None:
    """A figure in words split into its number and its trailing scale: ``fifteen million`` -> (15, 10**6)."""
    words = text.lower().replace("-", " ").split()
    if words in (["a"], ["an"]):
        return Decimal(1), Decimal(1)  # "a" before a scale word: "a billion pounds"
    if words and words[-1] in SCALE_WORDS and len(words) > 1 and words[0] not in ("half", "quarter", "quarters"):
        head = " ".join(words[:-1])
        if head in ("a", "an"):
            return Decimal(1), Decimal(SCALE_WORDS[words[-1]])
        number = parse_number_words(head)
        if number is not None and "thousand" not in words[:-1] and "million" not in words[:-1] \
                and "billion" not in words[:-1]:
            return number, Decimal(SCALE_WORDS[words[-1]])
    value = parse_number(text.replace("-", " "))
    if value is None:
        return None
    return value, Decimal(1)


def _currency_of_prefix(prefix: str, dollar: str) -> str | None:
    """The currency a prefix names, or ``None``; a lettered dollar must be one the tables know."""
    prefix = prefix.strip()
    if prefix in v.SYMBOLS:
        code = v.SYMBOLS[prefix]
        return dollar if prefix == "$" else code
    compact = _SPACES.sub("", prefix)
    if compact.endswith("$"):
        letters = compact[:-1]
        if letters.upper() in v.CODES and letters.upper() not in v.CODES_THAT_ARE_WORDS:  # "NZD$15"
            return letters.upper()
        if letters.lower() in PREFIX_LETTERS_THAT_ARE_WORDS and (letters.islower() or compact != prefix):
            return None  # "a $5 fee": the letter is a word, the dollar stands alone
        return DOLLAR_PREFIXES.get(letters.lower())
    if compact in v.CODES or compact.upper() in v.LOWER_CASE_CODES and compact.islower():
        return compact.upper()
    return None


def _currency_word_at(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The longest run of words from ``start`` (within ``end``) that names a currency, and its end."""
    stops = [m.end() for m in _NAME_WORD_RE.finditer(text, start, end)]
    for stop in reversed(stops):
        key = _SPACES.sub(" ", text[start:stop].lower())
        if key in _LOOKUP:
            return key, stop
        if key.endswith(".") and key[:-1] in _LOOKUP:
            return key[:-1], stop - 1
    return None


def _currency_of_word(word: str, dollar: str) -> tuple[str, int] | None:
    """The currency a word after a figure names, with the divisor of a minor unit."""
    key = _SPACES.sub(" ", word.lower())
    if key in _MINOR_WORDS:
        code, divisor = _MINOR_WORDS[key]
        return (dollar if code == "USD" and key.startswith("cent") else code), divisor
    if key == v.GRAND:
        return "GBP", 1
    code = _WORDS.get(key)
    if code is None:
        return None
    if key in ("dollar", "dollars"):
        code = dollar
    return code, 1


@frozen
class _Core:
    """A core match read: its figure, where it really starts and ends, and its currency word."""

    figure: _Figure
    start: int
    end: int
    word: str | None  # the currency word's lookup key, when written with one


def _core(text: str, match: regex.Match, dollar: str) -> _Core | None:
    """Read a core match, or ``None`` if it is no safe figure (``NHS 5``, ``1080p``)."""
    start, end = match.span()
    if match.group("prefix") is not None:
        prefix = match.group("prefix")
        currency = _currency_of_prefix(prefix, dollar)
        if currency is None and match.group("letters") is not None:
            # unknown letters before "$" ("a $5 fee"): the dollar sign stands alone
            start = match.start("prefix") + prefix.index("$")
            currency = dollar
        if currency is None:
            return None
        number = parse_digits(match.group("pnum"))
        figure = _Figure(number, _scale_value(match.group("pscale")), 1, currency, False)
        return _Core(figure, start, end, None)
    figure_text = match.group("snum")
    is_digits = figure_text[0].isdigit() or figure_text[0] == "."
    if is_digits:
        number, scale = parse_digits(figure_text), _scale_value(match.group("sscale"))
    else:
        if figure_text.lower() in ("a", "an") and _FRACTION_OF_BEFORE.search(_window(text, start)):
            return None
        split = _words_value(figure_text)
        if split is None:
            return None
        number, scale = split
        if match.group("sscale"):
            if scale != 1:
                return None
            scale = _scale_value(match.group("sscale"))
    if match.group("pence") is not None:
        if not is_digits or match.group("sscale") or figure_text in v.VIDEO_RESOLUTIONS:
            return None
        return _Core(_Figure(number, scale, 100, "GBP", False), start, end, None)
    if match.group("code") is not None:
        code = match.group("code")
        if not (code in v.CODES or (code.islower() and code.upper() in v.LOWER_CASE_CODES)):
            return None
        return _Core(_Figure(number, scale, 1, code.upper(), False), start, end, None)
    if match.group("symbol") is not None:
        figure = _Figure(number, scale, 1, _currency_of_prefix(match.group("symbol"), dollar), False)
        return _Core(figure, start, end, None)
    found = _currency_word_at(text, match.start("word"), match.end("word"))
    if found is None:
        return None
    word, end = found
    read = _currency_of_word(word, dollar)
    if read is None:
        return None
    currency, divisor = read
    if word == v.GRAND:
        scale = exact_product(scale, Decimal(1000))
    return _Core(_Figure(number, scale, divisor, currency, divisor == 1 and word != v.GRAND), start, end, word)


def _is_weight(text: str, match: regex.Match, core: _Core) -> bool:
    """Whether ``N pounds`` here is a weight: ``weighs 20 pounds``, ``a twenty-pound bag``."""
    if core.word not in ("pound", "pounds") or match.group("sscale"):
        return False
    figure = match.group("snum").lower()
    if any(w in figure for w in SCALE_WORDS):
        return False
    start, end = core.start, core.end
    if _PLUS_MINUS in text[max(0, start - 2):start] or text[end:end + 1] == _PLUS_MINUS:
        return True
    if _WEIGHT_BEFORE.search(_window(text, start)):
        return True
    following = _NEXT_WORD.match(text, end)
    if following and following.group(1).lower() == "of":
        return True  # "pounds of coal"; money is "pounds' worth of"
    if core.word == "pound" and figure not in ("one", "1", "a"):
        # a singular "pound" after a number other than one is adjectival: money only before
        # a money noun ("a ten-pound note"), weight before anything else ("a twenty-pound bag")
        return not (following and following.group(1).lower() in v.POUND_MONEY_NOUNS)
    return False


def _is_year_before_word(text: str, match: regex.Match, core: _Core) -> bool:
    """Whether the figure is a year: "in 2019 dollars", "the 2024 euro summit"."""
    if core.word is None or match.group("sscale") or not _YEAR.fullmatch(match.group("snum")):
        return False
    return bool(_YEAR_CUE_BEFORE.search(_window(text, core.start, 20)))


def _is_grand_but_not_money(text: str, core: _Core) -> bool:
    if core.word != v.GRAND:
        return False
    following = _NEXT_WORD.match(text, core.end)
    return bool(following and following.group(1).lower() in v.GRAND_FOLLOWERS_THAT_ARE_NOT_MONEY)


def _in_link_or_tag(text: str, start: int, end: int) -> bool:
    """Whether the figure sits in a URL, an address, a hashtag or a handle."""
    low = max(0, start - 150)
    token_start = max(text.rfind(" ", low, start), text.rfind("\n", low, start), text.rfind("\t", low, start))
    token_start = low if token_start == -1 else token_start + 1
    high = min(len(text), end + 150)
    stops = [i for i in (text.find(" ", end, high), text.find("\n", end, high)) if i != -1]
    token_end = min(stops) if stops else high
    if _NOT_PROSE_MARK.search(text, token_start, token_end) is None:
        return False
    return bool(_NOT_PROSE.search(text[token_start:token_end]))


def _window(text: str, end: int, size: int = 40) -> str:
    """The ``size`` characters before ``end``, cut back to a word boundary."""
    start = max(0, end - size)
    while 0 < start < end and text[start - 1].isalnum():
        start += 1
    return text[start:end]


def _qualifier(text: str, start: int) -> str | None:
    found = QUALIFIER.search(_window(text, start))
    if not found:
        return None
    return _SPACES.sub(" ", found.group("qualifier").lower())


def _rate(text: str, end: int) -> str | None:
    """What the sum is per, from the words after it: ``patient``, ``head per year``."""
    units = []
    position = end
    for _ in range(_MAX_RATE_STEPS):
        step = RATE.match(text, position)
        if step is None:
            break
        if step.group("abbr"):
            units.append(v.RATE_ABBREVIATIONS[step.group("abbr")])
        else:
            unit = step.group("slash") or step.group("per") or step.group("noun")
            units.append(unit.rstrip("'\u2019-"))
        position = step.end()
        if step.group("abbr") or step.group("slash"):
            break
    return " per ".join(units) if units else None


def _apply_range_scale(low_number: Decimal, low_scale: Decimal, high: _Figure) -> Decimal:
    """The low end's scale: its own, or the high end's when the low end has none (``£10-15m``)."""
    if low_scale == 1 and high.scale != 1 and low_number < high.number:
        return high.scale
    return low_scale


#: Where a sum can start: a digit, a sign or point before one, a currency sign, an upper-case
#: code, letters before "$", or a number word. Each is its own simple pattern: the regex engine
#: skips ahead far faster on each alone than on their alternation, and the scan merges them.
TRIGGERS = (
    regex.compile(r"[\d\p{Sc}]|[-\u2212.](?=[\d\p{Sc}])"),
    regex.compile(r"(?<![\p{L}\p{N}_])[A-Z]{3}(?![\p{L}])"),
    regex.compile(rf"(?<![\p{{L}}\p{{N}}_])\p{{L}}[\p{{L}}.]{{0,4}}{SP}?\$"),
    regex.compile(rf"\b(?i:{_alternation([*_NUMBER_WORD_STARTS, *v.LOWER_CASE_CODES])})\b"),
)


def _starts(text: str) -> Iterator[int]:
    """Every position a sum might start at, in order (each at most once)."""
    upcoming: list[regex.Match | None] = [trigger.search(text) for trigger in TRIGGERS]
    last = -1
    while True:
        live = [m for m in upcoming if m is not None]
        if not live:
            return
        position = min(m.start() for m in live)
        if position > last:
            yield position
            last = position
        for index, found in enumerate(upcoming):
            if found is not None and found.start() == position:
                upcoming[index] = TRIGGERS[index].search(text, position + 1)


@frozen
class Refused:
    """A figure that looked like money but has no value this plugin can give exactly, and why."""

    start: int
    end: int
    reason: str


def find_money(text: str, dollar: str = "USD", refused: list[Refused] | None = None) -> Iterator[Found]:
    """Every sum of money in ``text``, in order and without overlaps.

    :param dollar: The ISO code a bare ``$``, "dollars" or "cents" stands for.
    :param refused: Where to note each figure given no value (its arithmetic failed); that
        figure is left out and the others are still found.
    """
    position = 0
    for start in _starts(text):
        if start < position:
            continue
        match = MONEY.match(text, start)
        if match is None:
            continue
        try:
            found = _read(text, match, dollar)
        except (ArithmeticError, ValueError) as error:  # InexactFigure, decimal's signals: this figure only
            if refused is not None:
                refused.append(Refused(match.start(), match.end(), f"{type(error).__name__}: {error}"))
            continue
        if found is None:
            continue
        position = found.end
        yield found


def _read(text: str, match: regex.Match, dollar: str) -> Found | None:
    """The sum a core match stands for, with its range, qualifier and rate; or ``None``."""
    core = _core(text, match, dollar)
    if core is None or core.figure.currency is None:
        return None
    figure, start, end = core.figure, core.start, core.end
    # a minus sign counts only where it cannot be a dash between two things
    for name in ("sign", "ssign"):
        if match.group(name) and match.start(name) == start and start > 0 and text[start - 1] not in " \t\n(\u00a0":
            start = match.end(name)
    negative = any(match.group(n) and match.start(n) >= start for n in ("sign", "ssign")) or bool(
        match.group("prefix") and match.group("sign2")
    )
    if core.word is not None and (
        _is_weight(text, match, core) or _is_grand_but_not_money(text, core) or _is_year_before_word(text, match, core)
    ):
        return None
    if text[end:end + 1] == "%" or _in_link_or_tag(text, start, end):
        return None
    amount = figure.value
    low = high = None
    # minor units after a major currency word: "3 dollars 50 cents"
    if figure.major_word:
        minor = MINOR_AFTER.match(text, end)
        if minor:
            cents = _minor_value(minor.group("minor"))
            if cents is not None:
                amount = whole_if_integral(exact_sum(amount, scaled(cents, Decimal(1), 100)))
                end = minor.end()
    # a range this figure is the high end of: "10-15 million pounds", "between 10 and 15 million pounds"
    if match.group("snum") is not None and match.group("pence") is None and not negative:
        window = _window(text, start, 60)
        before = RANGE_LOW.search(window) if _ENDS_IN_RANGE_LINK.search(window) else None
        if before:
            low_start = start - len(window) + before.start("lnum")
            if _range_link_allowed(text, low_start, before.group("link"), bool(before.group("between")), True):
                low_number = _low_number(before.group("lnum"))
                if low_number is not None:
                    low_scale = _apply_range_scale(low_number, _scale_value(before.group("lscale")), figure)
                    low_value = scaled(low_number, low_scale, figure.divisor)
                    if low_value < amount:
                        low, high, amount = low_value, amount, midpoint(low_value, amount)
                        start = start - len(window) + before.start()
    # a range this figure is the low end of: "£10m-£15m", "£10-15m", "between £2bn and £3bn"
    if low is None and not negative:
        after = RANGE_HIGH.match(text, end)
        if after and _range_link_allowed(text, start, after.group("link"), None, bool(after.group("hprefix") or after.group("hscale"))):
            high_figure, high_end = _high_figure(text, after, figure, dollar)
            if high_figure is not None:
                low_scale = _apply_range_scale(figure.number, figure.scale, high_figure)
                low_value = scaled(figure.number, low_scale, figure.divisor)
                high_value = high_figure.value
                own_scale_only = figure.scale != 1 and high_figure.scale == 1 and not after.group("hprefix")
                if low_value < high_value and not own_scale_only:
                    low, high, amount = low_value, high_value, midpoint(low_value, high_value)
                    end = high_end
                    between = _BETWEEN_BEFORE.search(_window(text, start, 30))
                    if between:
                        start -= len(between.group(0))
    if negative:
        amount = amount.copy_negate()  # unary minus would round to the default context's 28 digits
    return Found(start, end, amount, figure.currency, low, high, _qualifier(text, start), _rate(text, end))


def _offset(match: regex.Match, group: str) -> int:
    return match.start(group) - match.start()


def _minor_value(text: str) -> Decimal | None:
    value = parse_digits(text) if text[0].isdigit() else parse_number_words(text)
    if value is None or not 0 < value < 100:
        return None
    return value


def _low_number(text: str) -> Decimal | None:
    if text[0].isdigit() or text[0] == ".":
        return parse_digits(text)
    return parse_number_words(text)


def _range_link_allowed(text: str, low_start: int, link: str, between: bool | None, high_marked: bool) -> bool:
    """Whether a link word joins two ends of one range here.

    "and" only after "between"; "to" not after a bare "from" (``rose from £5m to £7m`` is a
    change, two figures), and only when the high end is itself written as money or a scale.
    """
    word = link.strip(" \t\u00a0\u202f\u2009").lower()
    window = _window(text, low_start, 30)
    if word == "and":
        return bool(between) or bool(_BETWEEN_BEFORE.search(window))
    if word == "to":
        if _FROM_BEFORE.search(window) and not _RANGE_FROM_BEFORE.search(window):
            return False
        return high_marked
    return True


def _high_figure(text: str, after: regex.Match, low: _Figure, dollar: str) -> tuple[_Figure | None, int]:
    """The high end of a range, which must be in the low end's currency, and where it ends."""
    number = parse_digits(after.group("hnum"))
    scale = _scale_value(after.group("hscale"))
    end = after.end("hnum") if after.group("hscale") is None else after.end("hscale")
    if after.group("hprefix"):
        if _currency_of_prefix(after.group("hprefix"), dollar) != low.currency:
            return None, end
    if after.group("hword"):
        found = _currency_word_at(text, after.start("hword"), after.end("hword"))
        if found is not None:
            read = _currency_of_word(found[0], dollar)
            if read != (low.currency, low.divisor):
                return None, end
            end = found[1]
    if low.divisor != 1 and not after.group("hprefix") and not after.group("hword"):
        return None, end
    return _Figure(number, scale, low.divisor, low.currency, low.major_word), end
