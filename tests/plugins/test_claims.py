"""Example tests for the claims plugin: each figure tied to who asserts it, what and when."""
from __future__ import annotations

import datetime as dt

import pytest

from gpcorpus import Claim, Document, Pipeline
from gpcorpus.records import from_record, to_record


def claims(text: str, **metadata) -> list[Claim]:
    result = Pipeline().run(Document.from_text(text, **metadata))
    assert result.failures == ()
    return list(result.of_kind("claim"))


def claim_for(text: str, figure: str, **metadata) -> Claim:
    """The one claim about the figure whose text is ``figure``."""
    start = text.index(figure)
    found = [c for c in claims(text, **metadata) if c.figure_span.start <= start < c.figure_span.end]
    assert len(found) == 1, found
    return found[0]


def test_every_figure_gets_one_claim_spanning_its_sentence():
    text = "The practice serves 9,000 patients. Funding fell by 4% last year. It was given £2m."
    found = claims(text)
    figures = [x for x in Pipeline().run(Document.from_text(text)) if x.kind in ("money", "percentage")]
    assert sorted((c.figure_span.start, c.figure_span.end) for c in found) == [(x.start, x.end) for x in figures]
    by_kind = {c.figure_kind: c.text for c in found}
    assert by_kind == {"percentage": "Funding fell by 4% last year.", "money": "It was given £2m."}


@pytest.mark.parametrize(
    "text, figure, speaker",
    [
        # inside a direct quote
        ("Dr Jane Okafor said: “We have lost £2m in funding this year.”", "£2m", "Dr Jane Okafor"),
        # inside reported speech
        ("Dr Jane Okafor said that 40% of practices could close.", "40%", "Dr Jane Okafor"),
        ("Almost a third of GPs plan to retire early, the BMA said.", "a third of", "BMA"),
        # the pronoun is resolved by the speech plugin, and the claim keeps its answer
        ("Dr Jane Okafor chairs the committee. She said 40% of practices could close.", "40%", "Dr Jane Okafor"),
        # a person after "according to" keeps the speech plugin's reading, role and all
        ("According to CCG chief officer Chris Edwards, another 5% was saved.", "5%", "Chris Edwards"),
    ],
)
def test_a_figure_inside_a_quote_is_the_speakers_claim(text, figure, speaker):
    claim = claim_for(text, figure)
    assert claim.speaker is not None and claim.speaker.endswith(speaker)
    assert claim.cue in ("said", "according to")


@pytest.mark.parametrize(
    "text, figure, source, cue",
    [
        ("Practices were paid £152 per patient, according to NHS Digital.", "£152", "NHS Digital", "according to"),
        ("Practices were paid £152 per patient, according to figures from NHS Digital.", "£152", "NHS Digital", "according to"),
        ("According to the latest Nuffield Trust data, 12% of posts are vacant.", "12%", "Nuffield Trust", "according to"),
        ("A survey by the Royal College of GPs found 42% of GPs are stressed.", "42%", "Royal College of GPs", "survey by"),
        ("Figures published by NHS England show 10% of patients wait a month.", "10%", "NHS England", "figures by"),
        ("Health Foundation analysis shows spending rose by 3.4% in 2019.", "3.4%", "Health Foundation", "analysis"),
        ("The King’s Fund’s report found a third of practices are struggling.", "a third of", "King’s Fund", "report"),
        ("Department of Health (DoH) figures show 12% of posts are vacant.", "12%", "Department of Health", "figures"),
        ("A poll of practice managers by the Institute of General Practice Management found 80% had been abused.",
         "80%", "Institute of General Practice Management", "poll by"),
    ],
)
def test_a_named_source_in_the_sentence_asserts_the_figure(text, figure, source, cue):
    claim = claim_for(text, figure)
    assert (claim.speaker, claim.cue) == (source, cue)


@pytest.mark.parametrize(
    "text, figure",
    [
        # a finding with no one named is the article's own claim
        ("GP practices were paid £152 per patient last year, according to the latest official data.", "£152"),
        ("New figures show 40% of practices have a vacancy.", "40%"),
        # a place after "figures from" is what the figures are about, not who made them
        ("Figures from Scotland show 12% of practices have closed lists.", "12%"),
        ("Figures from England show 8% of practices have closed lists.", "8%"),
        ("Data from March shows 5% of appointments were missed.", "5%"),
        # a source in another sentence does not carry over
        ("The BMA has published its report. Some 40% of practices could close.", "40%"),
    ],
)
def test_without_a_named_source_the_article_asserts_it(text, figure):
    claim = claim_for(text, figure)
    assert (claim.speaker, claim.cue) == (None, None)


def test_a_figure_in_a_reader_comment_is_the_commenters_claim():
    text = (
        "Practices face cuts\n\nThe practice will close next year.\n\n"
        "Readers' comments (1)\n\n  \u2022 Jane Smith\n\n    We lost 30% of our income overnight.\n"
    )
    claim = claim_for(text, "30%")
    assert (claim.speaker, claim.cue) == ("Jane Smith", "comment")


def test_a_figure_in_a_motion_is_its_proposers_claim():
    text = (
        "Motions\n\n12 AVON: That conference demands that the global sum is raised by 10% and:\n"
        "(i) calls for £1bn of new funding\n(ii) rejects the contract\n"
    )
    claim = claim_for(text, "£1bn")
    assert (claim.speaker, claim.cue) == ("Avon", "motion")


@pytest.mark.parametrize(
    "text, figure, subject",
    [
        ("The Government pledged £2.4bn for general practice.", "£2.4bn", "general practice"),
        ("Practices spent £5m on locum cover, the report said.", "£5m", "locum cover"),
        ("The town received £3m in extra funding.", "£3m", "extra funding"),
        ("The board approved a budget of £12m.", "£12m", "budget"),
        ("The practice signed a contract worth £1.5m.", "£1.5m", "contract"),
        ("Somerset is one of 10 areas in a £100,000 NHS England pilot aimed at retention.", "£100,000", "NHS England pilot"),
        ("Ministers offered a 1% pay rise.", "1%", "pay rise"),
        ("The deal includes a further £220m investment in general practice.", "£220m", "investment"),
        ("Some 42 per cent of doctors in the North-East plan to retire.", "42 per cent", "doctors in the North-East"),
        ("One in four patients waits two days for an appointment.", "One in four", "patients"),
        ("Almost 80% of respondents expect things to get worse.", "80%", "respondents"),
        ("The practice lost points on responses from just 2% of his patients.", "2%", "his patients"),
    ],
)
def test_what_the_figure_is_about(text, figure, subject):
    assert claim_for(text, figure).subject == subject


@pytest.mark.parametrize(
    "text, figure",
    [
        ("The practice received £3m in 2015.", "£3m"),  # a year after "in" is a time, not a subject
        ("Funding rose to £3m in real terms.", "£3m"),
        ("Practices were paid £152 on average.", "£152"),
        ("GPFV schemes were given £511m, up from the £386m spent in 2016/17.", "£386m"),
    ],
)
def test_no_subject_is_made_up(text, figure):
    assert claim_for(text, figure).subject is None


@pytest.mark.parametrize(
    "text, figure, period",
    [
        ("Practices received £10.8bn in 2017/18.", "£10.8bn", "in 2017/18"),
        ("The service will get £4.5bn by 2023-24, NHS England said.", "£4.5bn", "by 2023-24"),
        ("Locum costs rose by 9% in the past year.", "9%", "in the past year"),
        ("Ministers promised £3bn over the next five years.", "£3bn", "over the next five years"),
        ("Waiting times fell by 3% in March 2019.", "3%", "in March 2019"),
        ("Some 10.3% of patients waited three weeks, compared with 9.4% last year.", "9.4%", "last year"),
        ("The budget of £2bn was set three years ago.", "£2bn", "three years ago"),
    ],
)
def test_when_the_figure_holds(text, figure, period):
    assert claim_for(text, figure).period == period


def test_a_year_inside_another_figure_is_not_a_period():
    claim = claim_for("The practice was paid £2,015 for 40% of its claims.", "40%")
    assert claim.period is None


def test_the_claim_is_dated_by_the_documents_publication():
    text = "Funding fell by 4% last year."
    assert claim_for(text, "4%", published=dt.date(2024, 5, 1)).date == dt.date(2024, 5, 1)
    assert claim_for(text, "4%").date is None


@pytest.mark.parametrize(
    "text, figure, sentence",
    [
        ("Dr. Smith said 40% of GPs agree. The rest do not.", "40%", "Dr. Smith said 40% of GPs agree."),
        ("Costs rose 3.5% a year. Pay did not.", "3.5%", "Costs rose 3.5% a year."),
        ("lower than 2004. One in four patients waits. Next.", "One in four", "One in four patients waits."),
        ("Headline with 5% in it\n\nThe body text.", "5%", "Headline with 5% in it"),
    ],
)
def test_the_sentence_is_found_around_abbreviations_numbers_and_lines(text, figure, sentence):
    assert claim_for(text, figure).text == sentence


def test_claims_can_be_switched_off_and_do_not_change_the_figures():
    text = "Dr Jane Okafor said 40% of practices could close, costing £2m."
    with_claims = Pipeline().run(Document.from_text(text))
    without = Pipeline(disabled=["claims"]).run(Document.from_text(text))
    assert [x for x in with_claims if x.kind != "claim"] == list(without)
    assert not list(without.of_kind("claim"))


def test_the_record_carries_every_claim_field():
    document = Document.from_text("Practices were paid £152 per patient in 2018/19, according to NHS Digital.")
    result = Pipeline().run(document)
    record = to_record(result.of_kind("claim")[0])
    assert record["figure_kind"] == "money"
    assert record["speaker"] == "NHS Digital"
    assert record["cue"] == "according to"
    assert record["period"] == "in 2018/19"
    assert record["figure_span"] == {"start": 20, "end": 24}
    assert from_record(record) == result.of_kind("claim")[0]


@pytest.mark.parametrize(
    "figure, speaker, subject",
    [
        # a survey named in the sentence, not a quote
        ("42 per cent", "British Medical Association", "doctors"),
        # reported speech with an apposition before the verb
        ("half of GP practices", "Dr John Canning", "GP practices in the region"),
        # inside a direct quote whose speaker is named paragraphs before
        ("£220m", "A Department of Health spokesman", "investment"),
    ],
)
def test_claims_in_a_real_article(seeds_dir, figure, speaker, subject):
    text = (seeds_dir / "000_26d3baea44a42c90.txt").read_text(encoding="utf-8")
    start = text.index(figure)
    result = Pipeline().run(Document.from_text(text))
    [claim] = [c for c in result.of_kind("claim") if c.figure_span.start <= start < c.figure_span.end]
    assert (claim.speaker, claim.subject) == (speaker, subject)
