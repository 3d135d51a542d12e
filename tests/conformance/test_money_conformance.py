"""A few third-party currency cases, cited by id, run against the money plugin.

The cases live in ``../shared/external/`` (MIT-licensed test data of Recognizers-Text and
quantulum3; see the README there): ``recognizers_currency_en.jsonl`` (from Recognizers-Text
``Specs/NumberWithUnit/English/CurrencyModel.json``) and ``quantulum3_money_percent_en.jsonl``
(from quantulum3 ``quantulum3/_lang/en_US/tests/quantities.json`` and
``quantities.ambiguity.json``). We read the cases from those files rather than copying them;
the whole suites are scored with ``../shared/eval/score_suite.py``. Cases we judge wrong are
xfail here with the reason, and listed in ``docs/plugins/money.rst``.

The sources give a sum in a minor unit in that unit ("470 pence" is 470 ``Pence``); gpcorpus
gives every sum in units of its currency (4.70 GBP), so the comparison here converts.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from tests.conftest import run_plugin
from tests.conformance.suites import cases, judged_wrong, known_miss

RECOGNIZERS = "recognizers_currency_en.jsonl"
QUANTULUM = "quantulum3_money_percent_en.jsonl"

#: Minor units the sources name, and how many make one unit of the currency.
MINOR_UNITS = {"cent": 100, "pence": 100, "penny": 100, "dime": 10}


CASES = [
    # Recognizers-Text Specs/NumberWithUnit/English/CurrencyModel.json
    pytest.param(RECOGNIZERS, "rt-currency-en-0009", id="rt-currency-en-0009-spaced-pound-million"),
    pytest.param(RECOGNIZERS, "rt-currency-en-0031", id="rt-currency-en-0031-hk-dollar-tokenised"),
    pytest.param(RECOGNIZERS, "rt-currency-en-0047", id="rt-currency-en-0047-us-dollar-prefix"),
    pytest.param(RECOGNIZERS, "rt-currency-en-0053", id="rt-currency-en-0053-australian-dollars-word"),
    pytest.param(RECOGNIZERS, "rt-currency-en-0054", id="rt-currency-en-0054-five-million-yen"),
    pytest.param(RECOGNIZERS, "rt-currency-en-0068", id="rt-currency-en-0068-pence-in-pounds"),
    pytest.param(RECOGNIZERS, "rt-currency-en-0069", id="rt-currency-en-0069-million-pounds"),
    pytest.param(RECOGNIZERS, "rt-currency-en-0096", id="rt-currency-en-0096-dollars-and-cents"),
    pytest.param(RECOGNIZERS, "rt-currency-en-0136", id="rt-currency-en-0136-gbp-code-before"),
    pytest.param(RECOGNIZERS, "rt-currency-en-0156", id="rt-currency-en-0156-all-is-not-lek"),
    pytest.param(
        RECOGNIZERS, "rt-currency-en-0099", id="rt-currency-en-0099-one-dollar-and-one",
        marks=judged_wrong("'one dollar and one and one point of your credit points' does not say $1.01"),
    ),
    pytest.param(
        RECOGNIZERS, "rt-currency-en-0101", id="rt-currency-en-0101-hundred-and-fifty",
        marks=judged_wrong("'c $ 100 and fifty' is not C$100.50; spoken, it is as likely C$150"),
    ),
    pytest.param(
        RECOGNIZERS, "rt-currency-en-0102", id="rt-currency-en-0102-kuai-and-mao",
        marks=known_miss("colloquial Chinese units (kuai, mao) are not in CLDR's English names"),
    ),
    # quantulum3 quantulum3/_lang/en_US/tests/quantities.json and quantities.ambiguity.json
    pytest.param(QUANTULUM, "quantulum3-quantities-0000", id="quantulum3-quantities-0000-pound-sign"),
    pytest.param(QUANTULUM, "quantulum3-quantities-0027", id="quantulum3-quantities-0027-capital-scales"),
    pytest.param(QUANTULUM, "quantulum3-quantities-0083", id="quantulum3-quantities-0083-lbs-is-weight"),
    pytest.param(QUANTULUM, "quantulum3-ambiguity-0007", id="quantulum3-ambiguity-0007-twenty-pound-bag"),
    pytest.param(QUANTULUM, "quantulum3-ambiguity-0010", id="quantulum3-ambiguity-0010-pounds-weight"),
    pytest.param(
        QUANTULUM, "quantulum3-quantities-0024", id="quantulum3-quantities-0024-from-to",
        marks=judged_wrong("'rose from about $350 per kg to $680 per kg' is a change (two prices), not a range "
                           "with midpoint 515"),
    ),
    pytest.param(
        QUANTULUM, "quantulum3-quantities-0080", id="quantulum3-quantities-0080-brackets",
        marks=judged_wrong("brackets in news prose are an aside, not accounting's minus "
                           "(Recognizers rt-currency-en-0074 reads '( approximately £ 15 million )' as positive)"),
    ),
]


def agrees(prediction, expected: dict) -> bool:
    if max(prediction.start, expected["start"]) >= min(prediction.end, expected["end"]):
        return False
    amount = prediction.amount * MINOR_UNITS.get(expected["unit"].lower().rstrip("s"), 1)
    if amount != Decimal(str(expected["value"])):
        return False
    return expected["currency"] is None or prediction.currency == expected["currency"]


@pytest.mark.parametrize("file, case_id", CASES)
def test_conformance_case(file, case_id):
    case = cases(file)[case_id]
    expected = [item for item in case["expected"] if item["kind"] == "money"]
    predicted = [x for x in run_plugin("money", case["input"]) if x.kind == "money"]
    assert len(predicted) == len(expected), [x.text for x in predicted]
    for prediction, item in zip(predicted, expected):
        assert agrees(prediction, item), (prediction.text, prediction.amount, prediction.currency, item)
