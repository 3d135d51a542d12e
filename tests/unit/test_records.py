"""The JSON Lines contract: field names of ../shared/eval/SCHEMA.md, exact decimals, round trips."""
from __future__ import annotations

import json
from decimal import Decimal

import pytest

from gpcorpus import Clause, Comment, Document, Money, Motion, Percentage, Quote, Span, from_record, to_record

TEXT = "19 HILLINGDON: That conference: i. has no faith. The BMA said it cost £3.8bn, 42 per cent more."
DOC = Document(id="doc-1", text=TEXT)


def examples():
    yield Money.found(DOC, TEXT.index("£3.8bn"), TEXT.index("£3.8bn") + 6, amount=Decimal("3800000000"),
                      currency="GBP", qualifier="around", plugin="money")
    start = TEXT.index("42 per cent")
    yield Percentage.found(DOC, start, start + 11, value=Decimal("42"), form="numeric", plugin="percentages")
    start = TEXT.index("it cost")
    yield Quote.found(DOC, start, start + 20, speaker="The BMA", speaker_span=Span(50, 57), form="indirect", cue="said")
    clause_start = TEXT.index("has no faith")
    yield Motion.found(DOC, 0, TEXT.index("faith.") + 6, number=19, label="19", proposer="Hillingdon",
                       clauses=(Clause(label="i", text="has no faith.", span=Span(clause_start, clause_start + 13)),),
                       outcome="carried")
    yield Comment.found(DOC, 0, 5, author=None)


@pytest.mark.parametrize("extraction", list(examples()), ids=lambda x: x.kind)
def test_record_round_trips(extraction):
    record = to_record(extraction)
    assert json.loads(json.dumps(record)) == record  # JSON-ready
    assert from_record(record) == extraction


@pytest.mark.parametrize("extraction", list(examples()), ids=lambda x: x.kind)
def test_record_has_the_schema_fields(extraction):
    record = to_record(extraction)
    assert record["doc"] == "doc-1"
    assert record["kind"] == extraction.kind
    assert TEXT[record["start"]:record["end"]] == record["text"]
    required = {"money": {"amount", "currency"}, "percentage": {"value"}, "quote": {"speaker", "content"},
                "motion": {"number", "proposer", "outcome", "clauses"}, "comment": {"author"}}[extraction.kind]
    assert required <= record.keys()


def test_decimals_are_written_exactly_without_exponents():
    money = Money.found(DOC, 0, 2, amount=Decimal("3.8") * Decimal("1e9"), currency="GBP")
    assert to_record(money)["amount"] == "3800000000"
    third = Percentage.found(DOC, 0, 2, value=Decimal(100) / Decimal(3))
    assert to_record(third)["value"].startswith("33.3333333")


def test_quote_content_is_the_spoken_words():
    quote = next(x for x in examples() if x.kind == "quote")
    assert to_record(quote)["content"] == quote.text


def test_clauses_are_written_in_order_with_labels():
    motion = next(x for x in examples() if x.kind == "motion")
    assert to_record(motion)["clauses"] == [{"label": "i", "text": "has no faith.", "start": 35, "end": 48}]
    assert TEXT[35:48] == "has no faith."


def test_unknown_kind_is_refused():
    with pytest.raises(KeyError):
        from_record({"doc": "d", "kind": "no-such-kind", "start": 0, "end": 1, "text": "x"})


def test_claim_dates_round_trip():
    import datetime as dt

    from gpcorpus import Claim

    claim = Claim.found(DOC, 0, 5, figure_span=Span(0, 2), speaker="The BMA", date=dt.date(2019, 6, 1))
    record = to_record(claim)
    assert record["date"] == "2019-06-01" and record["figure_span"] == {"start": 0, "end": 2}
    assert from_record(record) == claim
