"""Properties of the claims plugin.

Known claims: a figure rendered in British styles (the money and percentage generators), put
inside a direct quote by a generated speaker, or given a generated source ("according to X",
"figures from X", "a survey by X") and a generated time ("in 2017/18", "by 2020"), in neutral
sentences. The plugin must tie the figure to exactly that speaker or source and time. The
invariants hold on any text.
"""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from gpcorpus import Document, Pipeline
from tests.properties.test_money_properties import MONEY_STYLES
from tests.properties.test_speech_properties import BODIES, person
from tests.strategies import any_text, filler_text

PIPELINE = Pipeline()

PERCENT_STYLES = st.builds(
    lambda n, sign: f"{n}{sign}", st.integers(1, 99), st.sampled_from(["%", " per cent", " percent", "pc"])
)
#: Bodies that publish figures, as news names them after "according to", "from" or "by".
SOURCES = ("NHS Digital", "NHS England", "the Nuffield Trust", "the King’s Fund", "the Health Foundation",
           "the BMA", "the Office for National Statistics", "Public Health Scotland", "the Royal College of GPs")
SOURCE_FRAMES = (
    ("Practices were paid {figure} for each patient, according to {source}.", "according to"),
    ("Practices were paid {figure} for each patient, according to figures from {source}.", "according to"),
    ("According to the latest {source} data, practices were paid {figure} for each patient.", "according to"),
    ("Figures from {source} show practices were paid {figure} for each patient.", "figures from"),
    ("A survey by {source} found practices were paid {figure} for each patient.", "survey by"),
    ("Analysis published by {source} shows practices were paid {figure} for each patient.", "analysis by"),
)
PERIODS = ("in 2017/18", "by 2020", "in 2019-20", "last year", "in March 2016", "over the next five years",
           "since 2015", "in the past year")


def claims_of(text: str):
    result = PIPELINE.run(Document.from_text(text))
    assert result.failures == ()
    return result


def bare_name(name: str) -> str:
    return name.removeprefix("the ").removeprefix("The ")


@st.composite
def figure(draw) -> str:
    if draw(st.booleans()):
        return draw(MONEY_STYLES)[0]
    return draw(PERCENT_STYLES)


@given(figure=figure(), speaker=st.one_of(person().map(lambda p: p[0]), st.sampled_from(BODIES)),
       before=filler_text(), after=filler_text(), cue=st.sampled_from(["said:", "told Pulse:", "said in a statement:"]))
def test_a_figure_in_a_quote_is_claimed_by_its_speaker(figure, speaker, before, after, cue):
    sentence = f"{speaker} {cue} “We were given {figure} last year and it is not enough.”"
    text = " ".join(part for part in (before, sentence, after) if part)
    start = text.index(figure)
    found = [c for c in claims_of(text).of_kind("claim") if c.figure_span.start <= start < c.figure_span.end]
    assert len(found) == 1
    assert found[0].speaker is not None and bare_name(found[0].speaker) == bare_name(speaker)


@given(figure=figure(), source=st.sampled_from(SOURCES), frame=st.sampled_from(SOURCE_FRAMES),
       before=filler_text(), after=filler_text())
def test_a_named_source_is_the_claimant(figure, source, frame, before, after):
    pattern, cue = frame
    sentence = pattern.format(figure=figure, source=source)
    if sentence.startswith("According to the latest the "):
        sentence = sentence.replace("latest the ", "latest ")
    text = " ".join(part for part in (before, sentence, after) if part)
    start = text.index(figure)
    found = [c for c in claims_of(text).of_kind("claim") if c.figure_span.start <= start < c.figure_span.end]
    assert len(found) == 1
    claim = found[0]
    assert claim.speaker is not None and bare_name(claim.speaker) == bare_name(source)
    assert claim.text == sentence


@given(figure=figure(), period=st.sampled_from(PERIODS), before=filler_text(), after=filler_text(),
       order=st.booleans())
def test_the_period_next_to_a_figure_is_recovered(figure, period, before, after, order):
    sentence = (f"The practice received {figure} {period}." if order
                else f"{period[0].upper()}{period[1:]}, the practice received {figure}.")
    text = " ".join(part for part in (before, sentence, after) if part)
    start = text.index(figure)
    found = [c for c in claims_of(text).of_kind("claim") if c.figure_span.start <= start < c.figure_span.end]
    assert len(found) == 1
    assert found[0].period is not None and found[0].period.lower() == period.lower()


def check_invariants(text: str) -> None:
    result = claims_of(text)
    figures = [x for x in result if x.kind in ("money", "percentage")]
    claims = result.of_kind("claim")
    assert sorted((c.figure_span.start, c.figure_span.end) for c in claims) == sorted((f.start, f.end) for f in figures)
    kinds = {(f.start, f.end): f.kind for f in figures}
    for claim in claims:
        assert 0 <= claim.start <= claim.end <= len(text)
        assert claim.text == text[claim.start:claim.end]
        assert claim.span.contains(claim.figure_span)
        assert claim.figure_kind == kinds[(claim.figure_span.start, claim.figure_span.end)]
    assert claims_of(text).extractions == result.extractions


@given(text=any_text)
def test_invariants_on_any_text(text):
    check_invariants(text)


@given(parts=st.lists(st.sampled_from(["£3m", "42%", " according to NHS Digital", ", Dr Jane Smith said. ", "“", "”",
                                         " in 2017/18", " for general practice", ". ", "\n", "Dr.", " a "]), max_size=60))
def test_invariants_on_claim_shaped_soup(parts):
    check_invariants("".join(parts))


def test_long_input_with_many_figures_finishes():
    text = "According to NHS Digital, practices got £3m in 2017/18 and 42% of GPs said it was “£1bn short”. " * 3000
    result = claims_of(text)
    assert len(result.of_kind("claim")) == len([x for x in result if x.kind in ("money", "percentage")]) > 0
