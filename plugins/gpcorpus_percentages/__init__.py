"""Percentages and proportions as British news writes them: 42%, 4.5 per cent, 42pc, a third of,
one in ten, nine out of ten, more than half; and changes in percentage points, kept apart.

Every figure is given in percent units (``one in ten`` is 10, ``a third`` 33.33...), with its
``form`` (``numeric``, ``verbal`` or ``points``), the qualifier the text puts on it (``almost``,
``more than``), and where the sentence says so, what it is a share of (``population``) and
whether it is a share or a change (``role``). See ``docs/plugins/percentages.rst``.
"""
from __future__ import annotations

import logging
from collections.abc import Iterator
from decimal import Decimal
from fractions import Fraction

import regex

from gpcorpus import Document, Percentage, PluginConfig, PluginInfo, hookimpl
from gpcorpus.numbers import (
    UNITS,
    exact_product,
    exact_sum,
    midpoint,
    parse_fraction,
    parse_number,
    percent_of_fraction,
    quotient,
)
from gpcorpus_percentages.patterns import (
    ANCHOR,
    ARTICLE_AFTER,
    BY_BEFORE,
    CLOSES_AFTER,
    DETERMINER_AFTER,
    FRACTION_WORDS,
    NUMBER_NEXT,
    OF_AFTER,
    OF_AFTER_WORD,
    CHANGE_AFTER,
    CHANGE_BEFORE,
    CHANGE_BEFORE_FROM,
    LEVEL_BEFORE,
    PERCENTAGE,
    POPULATION_STOP,
    POPULATION_WORD,
    PREDICATE_AFTER,
    QUANTITY_AFTER_OF,
    SENTENCE_START,
    SHARE_BEFORE_BLOCKERS,
    HALF_COMPOUND_AFTER,
    THAT_AS_DETERMINER,
    TIME_AFTER,
    URL_LIKE,
)
from gpcorpus_percentages.vocabulary import DETERMINERS, MAJORITY_WORDS

__all__ = ["gpcorpus_plugin_info", "gpcorpus_extract", "find_percentages", "candidates", "figure_value"]

#: Where a figure given no value is reported (on stderr unless logging is set up otherwise).
logger = logging.getLogger(__name__)

#: How far before and after a figure the context checks look. Bounded, so the plugin is linear.
_BEFORE = 80
_AFTER = 120
#: How far a match can reach before and after its anchor: a qualifier, ``between`` and a
#: figure in words (``just under one hundred and twenty-five``) before a percent word, or
#: ``of`` and a long denominator (``in every one hundred thousand``) after ``one in``.
_REACH_BEFORE = 160
_REACH_AFTER = 100
#: The most words a population phrase takes (``of doctors in the North-East``).
_POPULATION_WORDS = 8

_HALVES = {"\u00bd": Decimal("0.5"), "\u00bc": Decimal("0.25"), "\u00be": Decimal("0.75")}
_SPACES = regex.compile(r"\s+")
_PLAIN_DIGITS = regex.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d*\.?\d+")
#: How far either side of a figure to look for the whitespace that ends its token.
_TOKEN = 200
_LAST_SPACE = regex.compile(r"(?r)\s")  # searched backwards: the nearest space before
_TOKEN_HEAD = regex.compile(r"\S*")


@hookimpl
def gpcorpus_plugin_info() -> PluginInfo:
    return PluginInfo(
        kinds=("percentage",),
        settings={
            "majority": "Also read vague shares (the majority, a small minority) as 50 with the "
            "qualifier 'more than' or 'less than'. Off by default: they state no figure.",
        },
        description="Percentages and proportions: 42%, 4.5 per cent, a third of, one in ten, "
        "percentage points; in percent units, with qualifier, population and role.",
    )


@hookimpl
def gpcorpus_extract(document: Document, config: PluginConfig) -> Iterator[Percentage]:
    yield from find_percentages(document, majority=config.flag("majority"))


def find_percentages(document: Document, *, majority: bool = False) -> Iterator[Percentage]:
    """Every percentage and proportion in ``document``, in document order.

    :param majority: Also read ``the majority`` and ``a minority`` (see the plugin's settings).
    """
    text = document.text
    for match in candidates(text):
        if _in_url(text, match.start(), match.end()):
            continue
        try:
            found = list(_read(document, match, majority))
        except (ArithmeticError, ValueError) as error:  # no exact value for this figure: it alone is left out
            shown = match.group()
            shown = shown if len(shown) <= 40 else f"{shown[:20]}...{shown[-10:]}"
            logger.warning("%s: percentage at %d:%d (%r) refused: %s: %s", document.path or document.id, match.start(),
                           match.end(), shown, type(error).__name__, error)
            continue
        yield from found


def _read(document: Document, match: regex.Match, majority: bool) -> Iterator[Percentage]:
    """The percentages one match of the pattern stands for."""
    if match.group("range") is not None:
        yield from _range(document, match)
    elif match.group("points") is not None:
        value = figure_value(match.group("points_figure"))
        if value is not None:
            yield _make(document, match, match.start("points"), match.end("points"), value, form="points", role="change")
    elif match.group("numeric") is not None:
        yield from _numeric(document, match)
    elif match.group("reverse") is not None:
        value = figure_value(match.group("reverse_figure"))
        if value is not None:
            yield _make(document, match, match.start("reverse"), match.end("reverse"), value)
    elif match.group("proportion") is not None:
        yield from _proportion(document, match)
    elif match.group("hyphenated") is not None:
        yield from _hyphenated(document, match)
    elif match.group("fraction") is not None:
        yield from _fraction(document, match)
    elif match.group("majority") is not None and majority:
        yield from _majority(document, match)


def candidates(text: str) -> Iterator[regex.Match]:
    """The matches of :data:`~gpcorpus_percentages.patterns.PERCENTAGE` in ``text``, in order:
    the same as ``PERCENTAGE.finditer(text)``, found faster.

    The full pattern is costly to try at every position, so it only runs on the stretches of
    text around an :data:`~gpcorpus_percentages.patterns.ANCHOR`, which every match holds and no
    match reaches more than :data:`_REACH` characters from. Stretches that touch are merged, so
    no match is cut or found twice.
    """
    start = end = -1
    for anchor in ANCHOR.finditer(text):
        low, high = max(0, anchor.start() - _REACH_BEFORE), min(len(text), anchor.end() + _REACH_AFTER)
        if low <= end:
            end = high
            continue
        if end >= 0:
            yield from PERCENTAGE.finditer(text, start, end)
        start, end = low, high
    if end >= 0:
        yield from PERCENTAGE.finditer(text, start, end)


# -- values ---------------------------------------------------------------------------------


def figure_value(figure: str) -> Decimal | None:
    """The value of a figure as the patterns match it: ``4.5``, ``forty-two``, ``four and a half``,
    ``4½``, ``two point five``. ``None`` when it has no safe value.
    """
    if _PLAIN_DIGITS.fullmatch(figure):
        return Decimal(figure.replace(",", ""))  # the common case, without the general parser
    figure = _SPACES.sub(" ", figure.strip())
    extra = Decimal(0)
    lowered = figure.lower()
    if lowered.endswith(" and a half"):
        figure, extra = figure[: -len(" and a half")], Decimal("0.5")
    elif figure and figure[-1] in _HALVES:
        figure, extra = figure[:-1], _HALVES[figure[-1]]
    elif " point " in lowered:
        head, _, tail = lowered.partition(" point ")
        whole = parse_number(head)
        digits = "".join(str(_digit(word)) for word in tail.split())
        if whole is None or not digits.isdigit():
            return None
        return exact_sum(whole, Decimal("0." + digits))
    value = parse_number(figure)
    if value is None:
        return None
    return exact_sum(value, extra)


def _digit(word: str) -> int | str:
    if word == "oh":
        return 0
    value = UNITS.get(word)
    return value if value is not None and value < 10 else "?"


# -- the forms --------------------------------------------------------------------------------


def _numeric(document: Document, match: regex.Match) -> Iterator[Percentage]:
    value = figure_value(match.group("figure"))
    if value is None:
        return
    if match.group("minus") or match.group("dash") or match.group("uminus"):
        value = value.copy_negate()  # unary minus would round to the default context's 28 digits
    yield _make(document, match, match.start("numeric"), match.end("numeric"), value)


def _range(document: Document, match: regex.Match) -> Iterator[Percentage]:
    low, high = figure_value(match.group("low")), figure_value(match.group("high"))
    if low is None or high is None:
        return
    joiner = (match.group("word_join") or "").lower()
    before = (match.group("range_pre") or "").lower()
    if before == "from":
        lead = match.start("range_pre")
        if not CHANGE_BEFORE_FROM.search(document.text[max(0, lead - _BEFORE):lead]):
            before = "between"  # "from 50 to 80% of": a range, as "between"
    is_range = (
        (match.group("dash_join") is not None and before != "from")
        or (joiner == "and" and before == "between")
        or (joiner == "to" and before != "from" and match.group("low_percent") is None)
        or (joiner == "to" and before == "between")
    )
    if is_range and low < high:
        start = match.start("range") if match.group("range_pre") else match.start("low")
        # one figure for the range: its central estimate, with both ends kept exactly
        yield _make(document, match, start, match.end("range"), midpoint(low, high), low=low, high=high)
        return
    # Two figures, not a range: "plunged 12% to 58%", "from 61 to 74 per cent", "52% and 64%".
    if match.group("low_percent") is not None or before == "from":
        yield _make(document, match, match.start("low"), match.end("low_percent") if match.group("low_percent") is not None else match.end("low"), low)
    yield _make(document, match, match.start("high"), match.end("high_percent"), high, qualified=False)


def _proportion(document: Document, match: regex.Match) -> Iterator[Percentage]:
    text = document.text
    part, whole = figure_value(match.group("part")), figure_value(match.group("whole"))
    if part is None or whole is None or part != part.to_integral_value() or whole != whole.to_integral_value():
        return
    if not (1 <= part <= whole) or whole < 2:
        return
    whole_text = match.group("whole")
    if whole_text.isdigit() and len(whole_text) == 4 and 1800 <= int(whole_text) <= 2100:
        return  # "in 2019": a year, not a denominator
    middle = match.group("middle").strip()
    if middle and match.group("part")[0].isdigit():
        return  # "3 GPs in 10 areas": digits with a noun between are counts, not a proportion
    end = match.end("proportion")
    if TIME_AFTER.match(text[end:end + _AFTER]):
        return  # "one in ten years"
    value = quotient(exact_product(part, Decimal(100)), whole)
    population = middle or _population(text, end, need_of=False)
    yield _make(document, match, match.start("proportion"), end, value, form="verbal", role="share", population=population or None)


def _hyphenated(document: Document, match: regex.Match) -> Iterator[Percentage]:
    part = figure_value(match.group("hyphen_part"))
    whole = figure_value(match.group("hyphen_whole").replace("-", " "))
    if part is None or whole is None or not (1 <= part <= whole) or whole < 2:
        return
    start, end = match.start("hyphenated"), match.end("hyphenated")
    value = quotient(exact_product(part, Decimal(100)), whole)
    yield _make(document, match, start, end, value, form="verbal", role="share")


def _share_despite(word_before: str, before: str, has_numerator: bool, qualified_or_of: bool) -> bool:
    """Whether a fraction is a share although a word that often blocks one stands before it.

    ``found that half of``: ``that`` is a conjunction there unless a preposition stands before
    it (``in that half of the year``). No determiner can govern a fraction with its own article or numerator (``a third``,
    ``two-thirds``), so ``that a third`` and ``the two-thirds`` are still shares. After ``and``
    a bare ``half`` of a list is a share, and so is a fraction with a qualifier or ``of`` (``and
    almost a third (31%) of GPs``), but not ``a year and a half``.
    """
    if word_before == "and":
        return not has_numerator or qualified_or_of
    if word_before == "that" and not THAT_AS_DETERMINER.search(before):
        return True
    return has_numerator and word_before in DETERMINERS


def _fraction(document: Document, match: regex.Match) -> Iterator[Percentage]:
    text = document.text
    phrase = match.group("fraction")
    fraction = parse_fraction(phrase)
    if fraction is None:
        return
    words = FRACTION_WORDS.findall(phrase.lower())
    has_numerator = len(words) == 2
    denominator_word = words[-1]
    start = match.start("fraction")
    qualified = match.group("qualifier") is not None
    lead_start = match.start() if qualified else start
    before = text[max(0, lead_start - _BEFORE):lead_start]
    blocker = SHARE_BEFORE_BLOCKERS.search(before)
    after_and_is_a_share = qualified or match.group("fraction_of") is not None
    if blocker and not _share_despite(blocker.group().strip().lower(), before, has_numerator, after_and_is_a_share):
        return  # "the third of May", "the first half", "a year and a half"
    after_start = match.end()
    after = text[after_start:after_start + _AFTER]
    by = _preceded_by_by(before)
    if match.group("fraction_of") is not None:
        if not has_numerator and denominator_word != "half":
            # A bare "Third of GPs" is a headline's proportion; "quarters of" is not.
            if denominator_word.endswith("s") or not phrase[0].isupper() or not SENTENCE_START.search(before):
                return
        if QUANTITY_AFTER_OF.match(after):
            return  # "a quarter of a million", "half of an hour"
        end = match.end("fraction_of")
        population = _population(text, end, need_of=False)
    else:
        if not has_numerator and denominator_word != "half":
            return  # a bare "third", "quarters": an ordinal or a part of the year
        if denominator_word in ("half", "halves") and ARTICLE_AFTER.match(after):
            return  # "half a mile", "half an hour"
        predicate = PREDICATE_AFTER.match(after) is not None
        determiner = denominator_word == "half" and DETERMINER_AFTER.match(after) is not None
        closes = CLOSES_AFTER.match(after) is not None
        # a qualifier makes a lone "half" a share ("almost half intend to retire") unless a
        # compound follows ("nearly half time")
        qualified_half = qualified and denominator_word == "half" and not HALF_COMPOUND_AFTER.match(after)
        if not (predicate or determiner or qualified_half or ((qualified or by) and closes)):
            return  # "a third party", "a third consecutive year", "half term"
        end = match.end("fraction")
        population = None
    value = percent_of_fraction(Fraction(fraction))
    yield _make(
        document, match, start, end, value, form="verbal",
        role="change" if by else "share", population=population,
    )


def _majority(document: Document, match: regex.Match) -> Iterator[Percentage]:
    text = document.text
    end = match.end("majority")
    after = text[end:end + _AFTER]
    if not (OF_AFTER_WORD.match(after) or PREDICATE_AFTER.match(after)):
        return  # "a majority vote", "minority groups"
    word = match.group("majority_word").lower()
    yield Percentage.found(
        document, match.start("majority"), end, value=Decimal(50), form="verbal",
        qualifier=MAJORITY_WORDS[word], role="share", population=_population(text, end, need_of=True),
    )


# -- context ----------------------------------------------------------------------------------


def _make(
    document: Document,
    match: regex.Match,
    start: int,
    end: int,
    value: Decimal,
    *,
    form: str = "numeric",
    role: str | None = None,
    population: str | None = None,
    qualified: bool = True,
    low: Decimal | None = None,
    high: Decimal | None = None,
) -> Percentage:
    text = document.text
    qualifier = match.group("qualifier") if qualified else None
    if qualifier is not None:
        qualifier = _SPACES.sub(" ", qualifier).lower()
    lead = match.start("qualifier") if qualifier is not None else start
    if form == "numeric":
        population = _population(text, end, need_of=True)
        role = _role(text, lead, end, population)
    return Percentage.found(
        document, start, end, value=value, form=form, qualifier=qualifier,
        population=population, role=role, low=low, high=high,
    )


def _role(text: str, lead: int, end: int, population: str | None) -> str | None:
    """``change`` after ``rose``/``by``/``a rise of`` or before ``increase``; ``share`` with a
    population or after ``to`` (a level reached); else ``None``: the sentence does not say."""
    before = text[max(0, lead - _BEFORE):lead]
    if CHANGE_BEFORE.search(before) or CHANGE_AFTER.match(text[end:end + _AFTER]):
        return "change"
    if population is not None or LEVEL_BEFORE.search(before):
        return "share"
    return None


def _preceded_by_by(before: str) -> bool:
    return BY_BEFORE.search(before) is not None


def _population(text: str, end: int, *, need_of: bool) -> str | None:
    """What the figure ending at ``end`` is a share of: the words after ``of`` (or, with
    ``need_of`` false, straight after the figure) up to a verb, a relative word or punctuation."""
    window = text[end:end + _AFTER]
    position = 0
    if need_of:
        of = OF_AFTER.match(window)
        if of is None:
            return None
        position = of.end()
    taken: list[tuple[int, int]] = []
    while len(taken) < _POPULATION_WORDS:
        word = POPULATION_WORD.match(window[position:])
        if word is None:
            break
        token = word.group(2).rstrip(".")
        if POPULATION_STOP.match(token) or token[0].isdigit():
            break
        if taken and token.islower() and token.endswith("ed"):
            break  # "patients satisfied with", "GPs surveyed": a participle starts a new clause
        if token.lower() == "in" and NUMBER_NEXT.match(window[position + word.end(2):]):
            break  # "in 2005": a date, not a place
        taken.append((position + word.start(2), position + word.start(2) + len(token)))
        position += word.end()
        if token != word.group(2):
            break  # the word ended a sentence
    if not taken:
        return None
    phrase = window[taken[0][0]:taken[-1][1]]
    return phrase if phrase.lower() not in ("the", "a", "an", "all", "them", "those") else None


def _in_url(text: str, start: int, end: int) -> bool:
    """Whether the match sits inside a URL, e-mail address, hashtag or handle."""
    space = _LAST_SPACE.search(text, max(0, start - _TOKEN), start)
    left = space.end() if space else max(0, start - _TOKEN)
    right = _TOKEN_HEAD.match(text, end, min(len(text), end + _TOKEN)).end()
    return URL_LIKE.search(text, left, right) is not None
