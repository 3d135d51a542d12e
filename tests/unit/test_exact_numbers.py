"""Figures are exact however many digits they have, or refused one at a time with a reason.

Python's default decimal context keeps 28 significant digits: past them it rounds silently, and
quantizing a longer whole number raises ``InvalidOperation``. These tests hold the number
grammar and the money and percentage plugins to exact values past that limit, and check that a
figure whose arithmetic fails costs only itself.
"""
from __future__ import annotations

import logging
from decimal import Decimal, localcontext

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gpcorpus import Document, extract
from gpcorpus.numbers import (
    InexactFigure,
    exact_context,
    exact_product,
    exact_sum,
    midpoint,
    parse_number,
    quotient,
    scaled,
    whole_if_integral,
)
from gpcorpus_money import patterns as money_patterns
from gpcorpus_money.patterns import Refused, find_money

LONG = "1234567890123456789012345678.9"  # 29 significant digits: one past the default context


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(LONG, LONG, id="29-digits-issue-14"),
        pytest.param("9" * 29 + "bn", "9" * 29 + "0" * 9, id="29-digits-scaled"),
        pytest.param("99999999999999999999999999999.5bn", "99999999999999999999999999999500000000", id="fraction-scaled"),
        pytest.param("1" * 60 + " million", "1" * 60 + "0" * 6, id="60-digits-scale-word"),
        pytest.param("9" * 5000, "9" * 5000, id="past-int-str-digits"),
    ],
)
def test_parse_number_is_exact_past_the_default_precision(text, expected):
    assert parse_number(text) == Decimal(expected)
    assert str(parse_number(text)) == expected


def test_scaled_is_exact_and_tidy():
    assert str(scaled(Decimal("3.8"), Decimal(10**9))) == "3800000000"
    assert str(scaled(Decimal("50"), Decimal(1), 100)) == "0.5"
    assert str(scaled(Decimal("1" * 40), Decimal(1), 100)) == "1" * 38 + ".11"


def test_scaled_refuses_a_divisor_that_would_round():
    with pytest.raises(InexactFigure, match="no exact value"):
        scaled(Decimal(1), Decimal(1), 3)


def test_exact_arithmetic_does_not_depend_on_the_callers_context():
    with localcontext() as context:
        context.prec = 5
        assert exact_sum(Decimal("1" * 40), Decimal("0.5")) == Decimal("1" * 40 + ".5")
        assert exact_product(Decimal("9" * 30), Decimal(100)) == Decimal("9" * 30 + "00")
        assert whole_if_integral(Decimal("1" * 40 + ".0")) == Decimal("1" * 40)


def test_exact_context_is_big_enough_for_sums_and_products_of_its_operands():
    a, b = Decimal("1" * 50 + ".25"), Decimal("0." + "3" * 40)
    context = exact_context(a, b)
    assert context.add(a, b) == Decimal("1" * 50 + ".58" + "3" * 38)
    product = context.multiply(a, b)  # would raise Inexact if it rounded
    assert len(product.as_tuple().digits) > 80


def test_quotient_is_exact_when_it_ends_and_28_digits_when_it_repeats():
    assert quotient(Decimal(1), Decimal(8)) == Decimal("0.125")
    assert exact_product(quotient(Decimal("1" * 40), Decimal(1024)), Decimal(1024)) == Decimal("1" * 40)  # 2**10: it ends
    assert quotient(Decimal(100), Decimal(3)) == Decimal("33.33333333333333333333333333")
    with pytest.raises(ZeroDivisionError):
        quotient(Decimal(1), Decimal(0))


def test_midpoint_of_figures_past_int_str_digits():
    low, high = Decimal("1" + "0" * 6000), Decimal("3" + "0" * 6000 + ".5")
    assert midpoint(low, high) == Decimal("2" + "0" * 6000 + ".25")


@given(st.integers(min_value=0, max_value=10**80), st.integers(min_value=0, max_value=6))
def test_money_in_digits_of_any_length_is_read_exactly(whole, places):
    written = str(whole) if places == 0 else f"{whole}.{'7' * places}"
    found = [x for x in extract(f"The board spent £{written} on it.").of_kind("money")]
    assert [x.amount for x in found] == [Decimal(written)]


def test_one_figure_whose_arithmetic_fails_costs_only_itself(monkeypatch, caplog):
    # a stand-in for any arithmetic that cannot be exact: the figure £7m fails, the others are read
    real = money_patterns._Figure.value

    def failing(self):
        if self.number == 7:
            raise InexactFigure("7: no exact value (a test)")
        return real.fget(self)

    monkeypatch.setattr(money_patterns._Figure, "value", property(failing))
    text = "The practice got £5m. Another got £7m. A third got £2m."
    refused: list[Refused] = []
    assert [found.amount for found in find_money(text, refused=refused)] == [Decimal(5_000_000), Decimal(2_000_000)]
    assert [(text[r.start:r.end], "no exact value" in r.reason) for r in refused] == [("£7m", True)]
    # through the plugin: the figure is named on the log, the document keeps its other figures
    with caplog.at_level(logging.WARNING, logger="gpcorpus_money"):
        result = extract(Document.from_text(text, id="three-figures"))
    assert [x.text for x in result.of_kind("money")] == ["£5m", "£2m"]
    assert not result.failures
    assert "three-figures: money at 34:37 ('£7m') refused: InexactFigure: 7: no exact value" in caplog.text
