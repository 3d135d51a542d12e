"""The shared number grammar: fragments match what they say, parsers give exact values.

Number words are rendered by ``num2words``, an independent source, so a slip in our word tables
fails a test rather than agreeing with itself.
"""
from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st
from num2words import num2words

from gpcorpus.numbers import (
    DIGITS,
    GROUPED_DIGITS,
    NUMBER_WORDS,
    NUMBER_WORDS_CORE,
    SCALED_FRACTION,
    midpoint,
    parse_digits,
    parse_fraction,
    parse_number,
    parse_number_words,
    parse_scaled_fraction,
    percent_of_fraction,
    scale_of,
)

GROUPED = regex.compile(GROUPED_DIGITS)


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("1,234.5", "1234.5", id="commas-and-point"),
        pytest.param("3.8bn", "3800000000", id="abbreviated-scale-whole"),  # the core's own doctest
        pytest.param("2.5m", "2500000", id="m-scale"),
        pytest.param("5k", "5000", id="k-scale"),
        pytest.param("1.2 million", "1200000", id="spaced-scale-word"),
        pytest.param("twenty-five", "25", id="hyphenated-words"),
        pytest.param("one hundred and twenty thousand", "120000", id="british-and"),
        pytest.param("a billion", "1000000000", id="a-billion"),
        pytest.param("half a million", "500000", id="half-a-million-issue-3"),
        pytest.param("a quarter of a billion", "250000000", id="quarter-of-a-billion"),
        pytest.param("three-quarters of a million", "750000", id="three-quarters-of-a-million"),
        pytest.param("half million", "500000", id="half-million-recognizers-0137"),
        pytest.param("101 300", "101300", id="space-grouped-gold-guidelines"),
        pytest.param("35 lakh", "3500000", id="lakh-recognizers-0132"),
        pytest.param("one thousand million", "1000000000", id="older-british-billion"),
    ],
)
def test_parse_number_reads_exact_values(text, expected):
    assert parse_number(text) == Decimal(expected)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("a", id="bare-a-is-no-number"),
        pytest.param("a third of a million", id="not-a-whole-number"),
        pytest.param("the", id="not-a-number"),
        pytest.param("", id="empty"),
    ],
)
def test_parse_number_refuses_what_it_cannot_read_exactly(text):
    assert parse_number(text) is None


def test_scaled_values_have_no_spurious_decimal_places():
    # written to JSON as a string, 3.8bn must be "3800000000", not "3800000000.0"
    assert format(parse_number("3.8bn"), "f") == "3800000000"


def test_scale_of_reads_abbreviations_in_any_case():
    assert scale_of("BN") == scale_of("bn") == Decimal(10**9)
    with pytest.raises(KeyError):
        scale_of("zillion")


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("£10,000,000", "10,000,000", id="commas"),
        pytest.param("£101 300 a year", "101 300", id="space-grouped"),
        pytest.param("£101\u00a0300", "101\u00a0300", id="no-break-space-grouped"),
        pytest.param("12,34,567.89 rupees", "12,34,567.89", id="indian-grouping"),
        pytest.param("in 2019 100 GPs", "2019", id="a-year-then-a-count-stay-apart"),
        pytest.param("costs 50 50 dollar bills", "50", id="two-short-figures-stay-apart"),
    ],
)
def test_grouped_digits_takes_the_whole_figure_and_no_more(text, expected):
    assert GROUPED.search(text).group() == expected


def test_grouped_digits_is_linear_on_long_runs_of_groups():
    # no timing assertion: a quadratic scan would not finish in reasonable time
    assert len(GROUPED.findall("1 000 " * 40_000)) >= 1


def test_digits_fragment_is_unchanged_for_the_percentages_plugin():
    # DIGITS keeps its old meaning: no space grouping
    assert regex.search(DIGITS, "101 300").group() == "101"


@given(st.integers(min_value=0, max_value=10**12))
def test_number_words_read_back_what_num2words_writes(n):
    words = num2words(n, lang="en_GB").replace(",", "")
    assert regex.fullmatch(NUMBER_WORDS, words)
    assert parse_number_words(words) == n


@given(st.integers(min_value=1, max_value=999), st.sampled_from(["thousand", "million", "billion"]))
def test_number_words_core_allows_a_hyphen_after(n, scale):
    words = num2words(n, lang="en_GB")
    assert regex.match(rf"(?:{NUMBER_WORDS_CORE})(?=-pound)", f"{words}-pound").group() == words


@given(st.integers(min_value=0, max_value=10**15), st.sampled_from([",", " ", "\u00a0"]))
def test_digits_round_trip_with_any_thousands_separator(n, separator):
    text = f"{n:,}".replace(",", separator)
    assert GROUPED.fullmatch(text)
    assert parse_digits(text) == n


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("half a million", 500000, id="half"),
        pytest.param("a quarter million", 250000, id="a-quarter"),
        pytest.param("three quarters billion", 750000000, id="recognizers-0140"),
        pytest.param("a half-million", 500000, id="hyphenated"),
    ],
)
def test_scaled_fractions(text, expected):
    assert regex.fullmatch(SCALED_FRACTION, text, flags=regex.IGNORECASE)
    assert parse_scaled_fraction(text) == expected


def test_fractions_and_percent():
    assert parse_fraction("two-thirds") == Fraction(2, 3)
    assert percent_of_fraction(Fraction(1, 4)) == 25


@pytest.mark.parametrize(
    "low, high, expected",
    [
        pytest.param("10000000", "15000000", "12500000", id="ten-to-fifteen-million-issue-3"),
        pytest.param("20", "30", "25", id="twenty-to-thirty-per-cent"),
        pytest.param("4.5", "5.5", "5", id="no-trailing-zero"),
        pytest.param("0.10", "0.15", "0.125", id="pence"),
        pytest.param("1", "2", "1.5", id="half-way"),
    ],
)
def test_midpoint_is_exact_and_plainly_written(low, high, expected):
    value = midpoint(Decimal(low), Decimal(high))
    assert value == Decimal(expected)
    assert format(value, "f") == expected  # as a JSON record writes it: no exponent, no ".0"


#: A figure with up to 40 digits and up to 12 decimal places, longer than Decimal's 28.
long_figures = st.builds(
    lambda digits, places: Decimal(f"{digits}E-{places}"), st.integers(-(10**40), 10**40), st.integers(0, 12)
)


@given(long_figures, long_figures)
def test_midpoint_is_exact_however_long_the_figures(low, high):
    # a Decimal sum would round at 28 significant digits; the midpoint must not
    assert 2 * Fraction(midpoint(low, high)) == Fraction(low) + Fraction(high)


@pytest.mark.parametrize(
    "text, figure",
    [
        pytest.param("1,234,567.89", "1,234,567.89", id="comma-groups"),
        pytest.param("1,234,5678", "1,234", id="comma-groups-then-a-long-group"),
        pytest.param("12,34,567.89", "12,34,567.89", id="indian-groups"),
        pytest.param("1,23,45,678", "1,23,45,678", id="indian-groups-long"),
        pytest.param("1 000 000 dollars", "1 000 000", id="space-groups"),
        pytest.param("12,345,67", "12,345", id="comma-groups-then-a-short-group"),
        pytest.param("1,2345", "1", id="no-group"),
    ],
)
def test_grouped_digits_read_the_figure_backtracking_would(text, figure):
    # the groups are taken possessively (a long run is read once, not given back group by group);
    # where a run ends badly the figure read is still the one a backtracking match settled on
    assert GROUPED.match(text).group() == figure
