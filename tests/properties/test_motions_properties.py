"""Property tests for the motions plugin.

Agendas are generated field by field (heading layout with number and proposer, resolving opening
of any kind of body, clause count and label style, printed result before or after) and rendered
the ways conference, council, union and college papers print them; prose reports are generated
from a deliberative body, a decision verb with a known outcome, what was decided and a trailing
time or place. The plugin must give every field back. Invariants hold on any text, and hostile
input finishes.
"""
from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from gpcorpus import Document, Motion, Span
from tests.conftest import pipeline_with, run_plugin
from tests.strategies import any_text, filler_text

# -- agendas -------------------------------------------------------------------------------------------

#: Proposers printed in capitals, with the name as a reader writes it.
CAPITAL_PROPOSERS = (
    ("EASTSHIRE", "Eastshire"), ("NORTH WESTBY", "North Westby"), ("CITY AND ORTON", "City and Orton"),
    ("KENSBY, ORTON AND WESTBY", "Kensby, Orton and Westby"), ("EASTBY & WESTBY DIVISION", "Eastby & Westby Division"),
    ("NORTHERN REGIONAL COUNCIL", "Northern Regional Council"), ("WESTMOOR LMC", "Westmoor LMC"),
)
#: Proposers printed in mixed case, ending in a body noun.
MIXED_PROPOSERS = ("Eastfield Branch", "Northby Regional Council", "Eastby & Westby Division", "Westmoor LMC", "Orton Forum")
PEOPLE = ("Jane Roe", "John Doe", "Dr Ann Green")

#: Openings of a resolution, by kind of body.
OPENINGS = (
    "That conference", "That this conference", "That this meeting", "That this meeting of Congress", "That this Council",
    "Conference notes that", "This Council notes that", "Council believes that", "This conference calls for",
)
CLAUSE_TEXTS = (
    "has no faith that networks will reduce workload", "is concerned about the dwindling workforce",
    "calls for an end to short contracts", "instructs the committee to ballot members",
    "requires funding for premises to rise with inflation", "notes the recent announcements",
)
WHOLE = ("the current workload is unsafe.", "all boards should include local representation.", "sustained investment is needed.")


def _roman(value: int) -> str:
    return ("i", "ii", "iii", "iv", "v", "vi")[value - 1]


#: Clause label styles: how to print clause k, and the label it is read back as.
LABEL_STYLES = {
    "roman-dot": (lambda k: f"{_roman(k)}.", _roman),
    "roman-brackets": (lambda k: f"({_roman(k)})", _roman),
    "roman-close": (lambda k: f"{_roman(k)})", _roman),
    "letter-brackets": (lambda k: f"({chr(96 + k)})", lambda k: chr(96 + k)),
    "letter-close": (lambda k: f"{chr(96 + k)})", lambda k: chr(96 + k)),
    "number-dot": (lambda k: f"{k}.", str),
    "number-close": (lambda k: f"{k})", str),
    "dash": (lambda k: "-", lambda k: "-"),
    "bullet": (lambda k: "•", lambda k: "-"),
    "o-bullet": (lambda k: "o  ", lambda k: "-"),
}

#: Printed results and the outcome each gives.
RESULTS = (
    ("CARRIED", "carried"), ("Carried.", "carried"), ("Carried as amended", "carried"), ("LOST", "lost"),
    ("Decision: Lost", "lost"), ("Decision – Remitted", "referred"), ("Referred", "referred"), ("WITHDRAWN", "withdrawn"),
    ("Passed unanimously", "carried"), ("Fell", "lost"),
)


@st.composite
def headings(draw):
    """A heading: its text, whether it stands on a line of its own, number, proposer, person."""
    number = draw(st.integers(1, 350))
    layout = draw(st.sampled_from(["none", "capitals", "motion-by", "motion-dot", "proposed-by", "person-capitals",
                                   "submitted-by", "item", "resolution", "run-together", "body-line"]))
    if layout == "capitals":
        printed, proposer = draw(st.sampled_from(CAPITAL_PROPOSERS))
        return f"{number} {printed}: ", False, number, proposer, None
    if layout == "motion-by":
        proposer = draw(st.sampled_from(MIXED_PROPOSERS))
        return f"{number} Motion by {proposer}: ", False, number, proposer, None
    if layout == "motion-dot":
        proposer = draw(st.sampled_from(MIXED_PROPOSERS))
        return f"Motion {number}. {proposer}:", True, number, proposer, None
    if layout == "proposed-by":
        printed, proposer = draw(st.sampled_from(CAPITAL_PROPOSERS))
        return f"Motion {number} proposed by {printed}:", True, number, proposer, None
    if layout == "person-capitals":
        printed, proposer = draw(st.sampled_from(CAPITAL_PROPOSERS))
        person = draw(st.sampled_from(PEOPLE))
        return f"Motion {number} proposed by {person} {printed}:", True, number, proposer, person
    if layout == "submitted-by":
        proposer = draw(st.sampled_from(MIXED_PROPOSERS))
        return f"Submitted by the {proposer}", True, None, proposer, None
    if layout == "item":
        return f"Item {number}", True, number, None, None
    if layout == "resolution":
        return f"Resolution {number}: ", False, number, None, None
    if layout == "run-together":
        code = draw(st.sampled_from(["ELMC", "SLMC", "NLMC"]))
        return f"{number}{code} – ", False, number, code, None
    if layout == "body-line":
        proposer = draw(st.sampled_from([p for p in MIXED_PROPOSERS if p.endswith(("LMC", "Council", "Division"))]))
        return proposer, True, None, proposer, None
    return "", False, None, None, None


@st.composite
def agendas(draw):
    """An agenda motion: its text (heading to last clause), what follows it, and its fields."""
    heading, own_line, number, proposer, person = draw(headings())
    opening = draw(st.sampled_from(OPENINGS))
    clause_count = draw(st.sampled_from([0, 2, 3, 4]))
    if clause_count:
        preamble = f"{opening}:" if not opening.endswith("that") else opening
        style = draw(st.sampled_from(sorted(LABEL_STYLES)))
        printed, read = LABEL_STYLES[style]
        texts = draw(st.lists(st.sampled_from(CLAUSE_TEXTS), min_size=clause_count, max_size=clause_count))
        separator = draw(st.sampled_from(["\n", "\n\n"]))
        indent = draw(st.sampled_from(["", "    "]))
        body = preamble + separator + separator.join(f"{indent}{printed(k)} {t}" for k, t in enumerate(texts, 1))
        clauses = [(read(k), t) for k, t in enumerate(texts, 1)]
    else:
        preamble = body = f"{opening} {draw(st.sampled_from(WHOLE))}"
        clauses = []
    motion_text = heading + (draw(st.sampled_from(["\n", "\n\n"])) if own_line else "") + body
    result, outcome = draw(st.sampled_from(RESULTS + ((None, None),) * 3))
    after = "" if result is None else draw(st.sampled_from(["\n", "\n\n"])) + result
    return motion_text, after, number, proposer, person, preamble, clauses, outcome


@given(agendas(), filler_text())
def test_agenda_fields_are_recovered(case, before):
    motion_text, after, number, proposer, person, preamble, clauses, outcome = case
    lead = (before or "Agenda") + "\n\n"
    text = lead + motion_text + after
    found = [m for m in run_plugin("motions", text) if m.form == "agenda"]
    assert len(found) == 1, [m.text for m in found]
    motion = found[0]
    assert motion.span == Span(len(lead), len(lead) + len(motion_text))
    assert (motion.number, motion.proposer, motion.proposed_by, motion.outcome) == (number, proposer, person, outcome)
    assert motion.preamble == preamble
    assert [(c.label, c.text) for c in motion.clauses] == clauses


@given(st.lists(agendas(), min_size=2, max_size=4))
def test_agendas_in_a_row_are_kept_apart(cases):
    # ``Conference notes …`` after a motion with no result or heading between may be its next
    # paragraph: only a heading, a result or a ``That`` opening keeps them apart for sure
    for (_, after, *_), (following, _, number, proposer, *_) in zip(cases, cases[1:]):
        assume(after or following.startswith("That") or number is not None or proposer is not None)
    expected = []
    text = "Agenda"
    for motion_text, after, number, proposer, _person, _preamble, clauses, outcome in cases:
        text += "\n\n"
        expected.append((len(text), number, proposer, len(clauses), outcome))
        text += motion_text + after
    found = run_plugin("motions", text)
    assert [(m.start, m.number, m.proposer, len(m.clauses), m.outcome) for m in found] == expected


# -- reported in prose ----------------------------------------------------------------------------------

SUBJECTS = ("Delegates", "Representatives", "The conference", "Councillors", "The committee", "LMCs", "The assembly",
            "Delegates at the union’s health conference in Eastport")
#: Verb phrases with what was decided, and the outcome they report.
DECISIONS = (
    ("voted to", "ballot members on strike action", "carried"), ("voted in favour of", "a pay review for porters", "carried"),
    ("voted in support of", "limiting daily consultations", "carried"), ("voted against", "opposing the contract outright", "lost"),
    ("voted for", "a motion saying networks will not cut workload", "carried"),
    ("passed", "a motion calling for free parking for nurses", "carried"),
    ("backed", "calls for longer appointments", "carried"), ("rejected", "the deal offered by the board", "lost"),
    ("threw out", "the proposal to merge the trusts", "lost"), ("carried", "a motion urging ministers to act", "carried"),
    ("approved", "a resolution demanding safe staffing", "carried"), ("refused to back", "the offer from the board", "lost"),
    ("will debate", "a motion calling for an independent review", None),
)
ADVERBS = ("", "overwhelmingly ", "narrowly ", "also ", "unanimously ")
ADJUNCTS = ("", " at their conference in Eastport today", " on Thursday", " yesterday", " by a show of hands")


@given(st.sampled_from(SUBJECTS), st.sampled_from(ADVERBS), st.sampled_from(DECISIONS), st.sampled_from(ADJUNCTS), filler_text())
def test_reported_decision_is_recovered(subject, adverb, decision, adjunct, before):
    verb, content, outcome = decision
    if verb.startswith("will "):
        adverb, verb = "will ", verb[len("will "):]  # the modal stands outside the span
    lead = f"{before} " if before else ""
    span_text = f"{verb} {content}"
    text = f"{lead}{subject} {adverb}{span_text}{adjunct}."
    found = run_plugin("motions", text)
    assert len(found) == 1, [m.text for m in found]
    motion = found[0]
    start = len(lead) + len(subject) + 1 + len(adverb)
    assert motion.span == Span(start, start + len(span_text))
    assert (motion.form, motion.outcome, motion.number) == ("reported", outcome, None)


#: A motion as its sentence's subject, with the result it is given.
PASSIVES = (("was carried", "carried"), ("was passed unanimously", "carried"), ("was heavily defeated", "lost"),
            ("has been passed", "carried"), ("was rejected", "lost"), ("also passed", "carried"), ("was withdrawn", "withdrawn"))
CONTENTS = ("calling for free training for student paramedics", "on rural bus services", "urging ministers to act")


@given(st.sampled_from(PASSIVES), st.sampled_from(CONTENTS), filler_text())
def test_motion_as_subject_is_recovered(passive, content, before):
    words, outcome = passive
    lead = f"{before} " if before else ""
    span_text = f"A motion {content} {words}"
    motion = only_motion(f"{lead}{span_text}.")
    assert motion.span == Span(len(lead), len(lead) + len(span_text))
    assert (motion.form, motion.outcome) == ("reported", outcome)


@given(st.sampled_from(PASSIVES), st.sampled_from(CONTENTS), filler_text())
def test_result_in_the_next_sentence_goes_to_the_motion(passive, content, before):
    words, outcome = passive
    lead = f"{before} " if before else ""
    motion = only_motion(f"{lead}Motion B12 {content.replace('calling', 'calls').replace('urging', 'urges')}. The motion {words}.")
    assert (motion.form, motion.outcome) == ("reported", outcome)


def only_motion(text: str) -> Motion:
    found = run_plugin("motions", text)
    assert len(found) == 1, [m.text for m in found]
    return found[0]


# -- invariants on any text ------------------------------------------------------------------------------


def _check_invariants(text: str) -> list[Motion]:
    document = Document.from_text(text)
    result = pipeline_with("motions").run(document)
    assert result.failures == ()
    for motion in result:
        assert isinstance(motion, Motion)
        assert 0 <= motion.start <= motion.end <= len(text)
        assert motion.text == text[motion.start:motion.end]
        assert motion.outcome in (None, "carried", "lost", "withdrawn", "referred")
        assert motion.form in ("agenda", "reported")
        assert motion.number is None or motion.number >= 0
        previous_end = motion.start
        for clause in motion.clauses:
            assert motion.span.contains(clause.span)
            assert clause.text == text[clause.span.start:clause.span.end]
            assert clause.span.start >= previous_end  # clauses in order, never overlapping
            previous_end = clause.span.end
    again = pipeline_with("motions").run(Document.from_text(text))
    assert again.extractions == result.extractions
    return list(result)


@given(any_text)
def test_invariants_on_any_text(text):
    _check_invariants(text)


agenda_like_text = st.lists(
    st.sampled_from(["That ", "this ", "conference ", "Council ", "notes ", "Motion ", "12 ", "WESTMOOR", ": ", "(i) ", "ii) ",
                              "a) ", "1. ", "• ", "o  ", "- ", "\n", "\n\n", "Carried", "Lost", "voted ", "to ", "a motion ",
                              "was ", "passed", "“", "”", "Proposed by ", "Decision: ", "calls for "]),
    max_size=60,
).map("".join)


@given(agenda_like_text)
def test_invariants_on_agenda_like_text(text):
    _check_invariants(text)


@given(agendas(), st.text(max_size=40), st.text(max_size=40))
def test_invariants_around_generated_agendas(case, before, after):
    motion_text, result, *_ = case
    _check_invariants(before + "\n\n" + motion_text + result + after)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("by 1" + ",111" * 12_500 + " votes to 2", id="vote-count-digit-groups"),
        pytest.param("1" + ",111" * 12_500 + " voted in favour, 2 against", id="vote-count-in-favour"),
        pytest.param("98" + " " * 50_000 + "% in favour", id="share-spaces"),
        pytest.param("That conference: " + "i) a; " * 30000, id="inline-labels"),
        pytest.param("That conference believes\n" * 8000, id="resolutions"),
        pytest.param("This Council notes that:\n\n" * 8000, id="council-openings"),
        pytest.param("Council notes that\n\n" + "o    x\n\n" * 10000, id="o-bullets"),
        pytest.param("Motion 5 WESTMOOR:\n" * 10000, id="headings"),
        pytest.param("Councillor A Green moved the following motion:\n\n" * 8000, id="introducing-lines"),
        pytest.param("voted for a motion " * 10000, id="verbs-and-nouns"),
        pytest.param("backed calls for " * 10000, id="calls"),
        pytest.param("That conference notes:\n- x\n" + "- calls for - demands " * 10000, id="dash-clauses"),
        pytest.param("Delegates voted to x and to y and in favour of z " * 5000, id="coordination"),
        pytest.param("Other motions up for debate include " + "calls for x and to y, " * 5000, id="debate-list"),
        pytest.param("F1 Policy motion: " * 10000, id="paper-items"),
        pytest.param("The motion was carried. " * 8000, id="results"),
        pytest.param("A motion " + "calling for x, " * 8000 + "was carried", id="long-content"),
        pytest.param("“That this conference " * 8000, id="quoted-openings"),
        pytest.param("MOTIONS PASSED\n" * 8000, id="section-lines"),
        pytest.param("Motions " + " " * 50000 + "passed\n" + "x" * 10, id="section-heading-spaces"),
        pytest.param("Delegates " + "overwhelmingly " * 10000 + "voted to x", id="adverbs"),
    ],
)
def test_long_hostile_input_completes(text):
    # no timing assertion: it only has to finish (speed is measured in benchmarks/)
    result = pipeline_with("motions").run(Document.from_text(text))
    assert result.failures == ()
