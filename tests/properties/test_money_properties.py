"""Properties of the money plugin: known sums in many British styles come back exactly.

A strategy draws an amount and a currency, renders them the way UK news writes money (symbol
or code before or after, commas or spaces between thousands, a scale word or abbreviation,
number words from ``num2words``, pence), embeds the phrase in neutral sentences and expects
the plugin to return that amount, currency and span. The invariants hold on any text.
"""
from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st
from num2words import num2words

from gpcorpus import Span
from tests.conftest import run_plugin
from tests.strategies import any_text, filler_text

SYMBOLS = {"GBP": "£", "USD": "$", "EUR": "€"}
WORDS = {"GBP": "pounds", "USD": "dollars", "EUR": "euros"}
#: Scale words and abbreviations as news writes them after a figure.
SCALES = [("m", 10**6), ("bn", 10**9), ("k", 10**3), (" million", 10**6), (" billion", 10**9), ("million", 10**6),
          ("tn", 10**12), (" trillion", 10**12), ("-million", 10**6)]


def grouped(n: int, separator: str) -> str:
    return f"{n:,}".replace(",", separator)


@st.composite
def plain_figure(draw) -> tuple[str, Decimal, str]:
    """£1,234 / £1234.50 / €101 300 / $5: a symbol before digits."""
    currency = draw(st.sampled_from(sorted(SYMBOLS)))
    whole = draw(st.integers(min_value=1, max_value=10**9))
    separator = draw(st.sampled_from([",", " ", ""])) if whole >= 1000 else ""
    pence = draw(st.none() | st.integers(min_value=0, max_value=99))
    text = grouped(whole, separator) if separator else str(whole)
    amount = Decimal(whole)
    if pence is not None:
        text += f".{pence:02d}"
        amount += Decimal(pence) / 100
    return f"{SYMBOLS[currency]}{text}", amount, currency


@st.composite
def scaled_figure(draw) -> tuple[str, Decimal, str]:
    """£3.8bn / $2 million / €10m / £5k: a symbol, a decimal and a scale."""
    currency = draw(st.sampled_from(sorted(SYMBOLS)))
    units = draw(st.integers(min_value=1, max_value=999))
    tenths = draw(st.none() | st.integers(min_value=0, max_value=9))
    scale, multiplier = draw(st.sampled_from(SCALES))
    number = str(units) if tenths is None else f"{units}.{tenths}"
    return f"{SYMBOLS[currency]}{number}{scale}", Decimal(number) * multiplier, currency


@st.composite
def coded_figure(draw) -> tuple[str, Decimal, str]:
    """GBP 350 / 500 USD / EUR125: an ISO code before or after digits."""
    currency = draw(st.sampled_from(sorted(SYMBOLS)))
    whole = draw(st.integers(min_value=1, max_value=10**7))
    before = draw(st.booleans())
    space = draw(st.sampled_from([" ", ""]))
    text = f"{currency}{space}{whole:,}" if before else f"{whole:,}{space}{currency}"
    return text, Decimal(whole), currency


@st.composite
def words_figure(draw) -> tuple[str, Decimal, str]:
    """five million pounds / twenty-three euros: number words by num2words, then a currency word."""
    currency = draw(st.sampled_from(sorted(WORDS)))
    n = draw(st.integers(min_value=2, max_value=999))
    scale = draw(st.sampled_from([("", 1), (" thousand", 10**3), (" million", 10**6), (" billion", 10**9)]))
    words = num2words(n, lang="en_GB").replace(",", "")
    return f"{words}{scale[0]} {WORDS[currency]}", Decimal(n * scale[1]), currency


@st.composite
def pence(draw) -> tuple[str, Decimal, str]:
    """50p / 99 pence: pence are hundredths of a pound."""
    n = draw(st.integers(min_value=1, max_value=99))
    form = draw(st.sampled_from(["{n}p", "{n} pence", "{n}-pence"]))
    return form.format(n=n), Decimal(n) / 100, "GBP"


MONEY_STYLES = st.one_of(plain_figure(), scaled_figure(), coded_figure(), words_figure(), pence())


@st.composite
def money_in_text(draw) -> tuple[str, Span, Decimal, str]:
    """A passage holding one sum of money, with the sum's span, exact value and currency."""
    phrase, amount, currency = draw(MONEY_STYLES)
    before, after = draw(filler_text()), draw(filler_text())
    lead = draw(st.sampled_from(["", "The board agreed ", "It was handed ", "a "]))
    start = len(before) + 1 + len(lead)
    return f"{before} {lead}{phrase} {after}", Span(start, start + len(phrase)), amount, currency


@given(money_in_text())
def test_money_is_recovered_exactly(case):
    text, span, amount, currency = case
    found = [x for x in run_plugin("money", text) if x.kind == "money"]
    assert [(x.span, x.amount, x.currency) for x in found] == [(span, amount, currency)]


@given(st.data())
def test_two_sums_in_one_sentence_stay_apart(data):
    first, second = data.draw(MONEY_STYLES), data.draw(MONEY_STYLES)
    text = f"It cost {first[0]}, and later {second[0]}."
    found = [x for x in run_plugin("money", text) if x.kind == "money"]
    assert [(x.amount, x.currency) for x in found] == [first[1:], second[1:]]


@given(st.sampled_from(sorted(SYMBOLS)), st.integers(1, 500), st.integers(1, 500), st.sampled_from(["m", "bn", ""]))
def test_a_range_gives_both_ends(currency, a, b, scale):
    low, high = sorted((a, a + b))
    symbol = SYMBOLS[currency]
    text = f"It will cost {symbol}{low}{scale}-{symbol}{high}{scale} over five years."
    multiplier = {"m": 10**6, "bn": 10**9, "": 1}[scale]
    [x] = [x for x in run_plugin("money", text) if x.kind == "money"]
    assert (x.low, x.high, x.currency) == (low * multiplier, high * multiplier, currency)
    # the amount is the exact midpoint of the two ends, however many places that takes
    assert x.amount == Decimal(low + high) * multiplier / 2


def check_invariants(text: str) -> None:
    first = run_plugin("money", text)
    for x in first:
        assert 0 <= x.start <= x.end <= len(text)
        assert x.text == text[x.start:x.end]
        assert isinstance(x.amount, Decimal)
        assert len(x.currency) == 3 and x.currency.isupper()
        if x.low is not None:
            assert x.high is not None and x.low < x.amount < x.high
            # exactly, in fractions: a Decimal sum of long figures would round at 28 digits
            assert 2 * Fraction(x.amount) == Fraction(x.low) + Fraction(x.high)
    spans = sorted((x.span for x in first), key=lambda span: (span.start, span.end))
    assert all(not a.overlaps(b) for a, b in zip(spans, spans[1:])), "money extractions overlap"
    assert run_plugin("money", text) == first, "not deterministic"


@given(any_text)
def test_invariants_on_any_text(text):
    check_invariants(text)


@given(st.lists(st.sampled_from(["£", "$", "€", "5", "0", ",", ".", " ", "m", "bn", "-", "to", " and ", "between ",
                                 "pounds", "p", "per", " a year", "half a million", "US", "GBP", "k"]), max_size=60))
def test_invariants_on_money_shaped_soup(parts):
    check_invariants("".join(parts))


def test_long_adversarial_input_finishes():
    # no timing assertion: a pattern with nested unbounded repetition would not finish at all
    soup = "£1,0 .5m-£$€%9bn p 000 " * 9000  # about 200 KB
    check_invariants(soup)


def test_a_long_chain_of_sums_finishes():
    # about 200 KB, some 67,000 sums each the possible end of a range with the next: every
    # look around a sum (range, qualifier, link) must stay within a bounded window of it
    soup = "£1-" * 66_667
    found = [x for x in run_plugin("money", soup) if x.kind == "money"]
    assert found and all(x.text == soup[x.start:x.end] for x in found)
