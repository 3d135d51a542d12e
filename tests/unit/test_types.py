"""The types keep their invariants: exact values, spans in order, text sliced from the document."""
from __future__ import annotations

from decimal import Decimal

import attrs
import pytest

from gpcorpus import Document, Money, Percentage, PluginConfig, Quote, Span


def test_span_refuses_an_end_before_its_start():
    with pytest.raises(ValueError, match="before its start"):
        Span(5, 4)


def test_span_refuses_a_negative_start():
    with pytest.raises(ValueError):
        Span(-1, 3)


@pytest.mark.parametrize(
    ("a", "b", "overlaps"),
    [((0, 5), (5, 9), False), ((0, 5), (4, 9), True), ((3, 4), (0, 10), True), ((2, 2), (0, 10), False)],
    ids=["touching", "sharing-one", "inside", "empty"],
)
def test_span_overlap(a, b, overlaps):
    assert Span(*a).overlaps(Span(*b)) is overlaps
    assert Span(*b).overlaps(Span(*a)) is overlaps


def test_found_slices_the_text_from_the_document():
    doc = Document(id="d", text="It cost £10m in all.")
    money = Money.found(doc, 8, 12, amount="10000000", currency="GBP")
    assert money.text == "£10m"
    assert (money.start, money.end, money.doc_id) == (8, 12, "d")


def test_found_refuses_a_span_outside_the_document():
    doc = Document(id="d", text="short")
    with pytest.raises(ValueError, match="outside document 'd'"):
        Money.found(doc, 2, 40, amount="1", currency="GBP")


def test_values_are_exact_and_floats_are_refused():
    doc = Document(id="d", text="4.5 per cent")
    assert Percentage.found(doc, 0, 12, value="4.5").value == Decimal("4.5")
    with pytest.raises(TypeError, match="exact"):
        Percentage.found(doc, 0, 12, value=4.5)


def test_currency_must_be_an_iso_code():
    doc = Document(id="d", text="£1")
    with pytest.raises(ValueError):
        Money.found(doc, 0, 2, amount="1", currency="pounds")


def test_extractions_are_immutable_and_evolve_into_copies():
    doc = Document(id="d", text="“Yes,” she said.")
    quote = Quote.found(doc, 1, 4, speaker="Dr Jones")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        quote.speaker = "someone else"  # type: ignore[misc]
    assert attrs.evolve(quote, plugin="speech").plugin == "speech"
    assert quote.plugin == ""
    assert quote.content == "Yes"


def test_plugin_config_reads_flags():
    config = PluginConfig({"strict": "yes", "other": "0"})
    assert config.flag("strict") is True
    assert config.flag("other") is False
    assert config.flag("missing", default=True) is True
    assert dict(config) == {"strict": "yes", "other": "0"}


def test_plugin_config_reads_whole_numbers_and_names_a_bad_one():
    config = PluginConfig({"min_words": "3", "bad": "three"})
    assert config.integer("min_words", 2) == 3
    assert config.integer("absent", 2) == 2
    with pytest.raises(ValueError, match="'bad' must be a whole number"):
        config.integer("bad", 2)


# -- each kind's own summary: the table's last column, so the core names no kind ---------------


def _summaries():
    import datetime as dt
    from typing import ClassVar

    from attrs import frozen

    from gpcorpus import Claim, Clause, Comment, Extraction, Motion

    doc = Document(id="d", text="The BMA said £10m-£15m a year went to 42% of GPs at motion 19a.")

    @frozen(kw_only=True)
    class Grant(Extraction):
        kind: ClassVar[str] = "grant"
        body: str | None = None
        total: Decimal = Decimal(0)
        awarded: dt.date | None = None
        where: Span | None = None

    money = doc.text.index("£10m")
    yield Money.found(doc, money, money + 9, amount="12500000", currency="GBP", low="10000000", high="15000000",
                      per="year"), "10000000-15000000 GBP per year"
    yield Money.found(doc, money, money + 4, amount=Decimal("1E+7"), currency="GBP"), "10000000 GBP"
    share = doc.text.index("42%")
    yield Percentage.found(doc, share, share + 3, value="42", form="numeric"), "42% (numeric)"
    yield Quote.found(doc, 0, 7, speaker="The BMA", form="indirect"), "The BMA [indirect]"
    yield Quote.found(doc, 0, 7, form="scare"), "? [scare]"
    yield Motion.found(doc, 0, 7, label="19a", proposer="Hillingdon", outcome="carried",
                       clauses=[Clause(label="i", text="The", span=Span(0, 3))]), "19a Hillingdon carried clauses=1"
    yield Motion.found(doc, 0, 7, form="reported"), "- clauses=0"
    yield Comment.found(doc, 0, 7), "by anonymous"
    yield Comment.found(doc, 0, 7, author="Jo"), "by Jo"
    yield Claim.found(doc, 0, len(doc.text), figure_span=Span(money, money + 9), speaker="The BMA",
                      subject="GPs", period="a year"), "'£10m-£15m': The BMA, about GPs, a year"
    yield Claim.found(doc, 0, len(doc.text), figure_span=Span(share, share + 3)), "'42%': the article"
    yield Grant.found(doc, 0, 3, body="NHS England", total=Decimal("2.5E+3"), where=Span(4, 7)), \
        "body=NHS England, total=2500, where=4-7"


@pytest.mark.parametrize(("extraction", "expected"), list(_summaries()), ids=lambda x: getattr(x, "kind", None))
def test_each_kind_summarises_itself(extraction, expected):
    assert extraction.summary() == expected


def test_the_table_shows_each_kinds_own_summary():
    from gpcorpus.cli import _summary
    from gpcorpus.records import to_record

    for extraction, expected in _summaries():
        assert _summary(to_record(extraction)) == expected
