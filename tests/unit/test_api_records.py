"""Records round-trip by each field's declared type, for every built-in kind and a third-party one.

``from_record(to_record(x)) == x`` through JSON, for generated values: a Decimal stays a Decimal,
a field becomes a Span only if it is declared a Span (not because its name ends in ``span``),
dates, tuples, mappings and nested attrs values come back as they went in.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from decimal import Decimal
from typing import ClassVar

from attrs import field, frozen
from hypothesis import given, settings
from hypothesis import strategies as st

from gpcorpus import (
    Claim,
    Clause,
    Comment,
    Extraction,
    Money,
    Motion,
    Percentage,
    Quote,
    Span,
    from_record,
    to_record,
)
from gpcorpus.records import extraction_types


@frozen(kw_only=True)
class Share:
    """A nested attrs value of a third-party kind."""

    holder: str
    part: Decimal
    where: Span
    since: dt.date | None = None


@frozen(kw_only=True)
class Settlement(Extraction):
    """A third-party kind with every sort of field the record format must carry back."""

    kind: ClassVar[str] = "settlement"
    total: Decimal
    ceiling: Decimal | None = None
    agreed: dt.date | None = None
    signed_at: dt.datetime | None = None
    #: A Span-typed field whose name does not end in "span".
    anchor: Span | None = None
    #: A field whose name ends in "span" but is not a Span: it must stay a mapping.
    lifespan: Mapping[str, int] = field(factory=dict)
    shares: tuple[Share, ...] = ()
    parties: tuple[str, ...] = ()
    pair: tuple[int, Decimal] | None = None
    years: int | None = None
    note: str | None = None


TEXT_CHARACTERS = st.characters(blacklist_categories=("Cs",))
texts = st.text(TEXT_CHARACTERS, max_size=20)
optional_texts = st.none() | texts
decimals = st.decimals(allow_nan=False, allow_infinity=False, places=None, min_value=-10**30, max_value=10**30)
dates = st.dates()


@st.composite
def spans(draw: st.DrawFn) -> Span:
    start = draw(st.integers(0, 10_000))
    return Span(start, start + draw(st.integers(0, 500)))


def common(draw: st.DrawFn) -> dict[str, object]:
    return {"doc_id": draw(texts), "span": draw(spans()), "text": draw(texts), "plugin": draw(texts)}


@st.composite
def moneys(draw: st.DrawFn) -> Money:
    low_high = draw(st.none() | st.tuples(decimals, decimals))
    return Money(**common(draw), amount=draw(decimals), currency=draw(st.sampled_from(["GBP", "EUR", "USD"])),
                 low=low_high[0] if low_high else None, high=low_high[1] if low_high else None,
                 qualifier=draw(optional_texts), per=draw(optional_texts))


@st.composite
def percentages(draw: st.DrawFn) -> Percentage:
    return Percentage(**common(draw), value=draw(decimals), form=draw(st.sampled_from(["numeric", "verbal", "points"])),
                      low=draw(st.none() | decimals), population=draw(optional_texts), role=draw(optional_texts))


@st.composite
def quotes(draw: st.DrawFn) -> Quote:
    return Quote(**common(draw), speaker=draw(optional_texts), speaker_span=draw(st.none() | spans()),
                 cue=draw(optional_texts), form=draw(st.sampled_from(["direct", "indirect", "scare"])))


@st.composite
def motions(draw: st.DrawFn) -> Motion:
    clauses = draw(st.lists(st.builds(Clause, label=texts, text=texts, span=spans(),
                                      outcome=st.none() | st.sampled_from(["carried", "lost"])), max_size=3))
    return Motion(**common(draw), number=draw(st.none() | st.integers(0, 999)), label=draw(optional_texts),
                  clauses=clauses, outcome=draw(st.none() | st.sampled_from(["carried", "lost", "withdrawn"])),
                  amendment=draw(st.booleans()), votes_for=draw(st.none() | st.integers(0, 10**6)),
                  vote_share=draw(st.none() | decimals))


@st.composite
def comments(draw: st.DrawFn) -> Comment:
    return Comment(**common(draw), author=draw(optional_texts))


@st.composite
def claims(draw: st.DrawFn) -> Claim:
    return Claim(**common(draw), figure_span=draw(spans()), figure_kind=draw(st.sampled_from([None, "money"])),
                 speaker=draw(optional_texts), subject=draw(optional_texts), date=draw(st.none() | dates))


@st.composite
def settlements(draw: st.DrawFn) -> Settlement:
    shares = draw(st.lists(st.builds(Share, holder=texts, part=decimals, where=spans(), since=st.none() | dates),
                           max_size=3))
    return Settlement(
        **common(draw),
        total=draw(decimals),
        ceiling=draw(st.none() | decimals),
        agreed=draw(st.none() | dates),
        signed_at=draw(st.none() | st.datetimes()),
        anchor=draw(st.none() | spans()),
        lifespan=draw(st.dictionaries(st.sampled_from(["start", "end", "other"]), st.integers(0, 99))),
        shares=tuple(shares),
        parties=tuple(draw(st.lists(texts, max_size=3))),
        pair=draw(st.none() | st.tuples(st.integers(), decimals)),
        years=draw(st.none() | st.integers()),
        note=draw(optional_texts),
    )


ANY_KIND = st.one_of(moneys(), percentages(), quotes(), motions(), comments(), claims(), settlements())


@settings(max_examples=300, deadline=None)
@given(ANY_KIND)
def test_every_kind_round_trips_through_json(extraction: Extraction) -> None:
    record = json.loads(json.dumps(to_record(extraction)))
    back = from_record(record)
    assert back == extraction
    assert type(back) is type(extraction)


@settings(max_examples=100, deadline=None)
@given(settlements())
def test_a_third_party_kind_keeps_its_types(settlement: Settlement) -> None:
    back = from_record(json.loads(json.dumps(to_record(settlement))))
    assert isinstance(back.total, Decimal)
    assert isinstance(back.lifespan, dict) and not isinstance(back.lifespan, Span)
    assert all(isinstance(share, Share) and isinstance(share.part, Decimal) for share in back.shares)
    assert back.anchor is None or isinstance(back.anchor, Span)


def test_a_field_named_like_a_span_that_is_not_one_stays_what_it_is() -> None:
    settlement = Settlement(doc_id="d", span=Span(0, 1), text="x", total=Decimal("1.50"),
                            lifespan={"start": 1, "end": 2})
    back = from_record(to_record(settlement))
    assert back.lifespan == {"start": 1, "end": 2} and not isinstance(back.lifespan, Span)
    assert back.total == Decimal("1.50") and isinstance(back.total, Decimal)


def test_the_test_kind_is_found_by_its_kind() -> None:
    assert extraction_types()["settlement"] is Settlement


def test_a_quotes_content_is_a_record_property_not_a_field() -> None:
    quote = Quote(doc_id="d", span=Span(0, 3), text="Yes", speaker="Ann")
    record = to_record(quote)
    assert record["content"] == "Yes"
    assert from_record(record) == quote


def test_a_kind_defined_in_a_function_round_trips() -> None:
    import datetime as local_dt  # a name only this function knows: the class's hints cannot all resolve

    @frozen(kw_only=True)
    class Local(Extraction):
        kind: ClassVar[str] = "local-test-kind"
        total: Decimal
        where: Span | None = None
        when: local_dt.date | None = None

    local = Local(doc_id="d", span=Span(0, 1), text="x", total=Decimal("0.10"), where=Span(2, 3))
    back = from_record(json.loads(json.dumps(to_record(local))))
    assert back == local and isinstance(back.total, Decimal) and isinstance(back.where, Span)
