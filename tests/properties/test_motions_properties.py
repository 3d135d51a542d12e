"""Property tests for the motions plugin.

Agendas are generated field by field (number, proposer, heading layout, preamble, clause count and
label style, printed result) and rendered the ways LMC conference and BMA ARM agendas print them;
prose reports are generated from a verb with a known outcome, a motion noun, an introducer and
content. The plugin must give every field back. Invariants hold on any text.
"""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gpcorpus import Document, Motion, Span
from tests.conftest import pipeline_with, run_plugin
from tests.strategies import any_text, filler_text

# -- agendas -------------------------------------------------------------------------------------------

#: Proposers as agendas print them in capitals, with the name as a reader would write it.
CAPITAL_PROPOSERS = (
    ("HILLINGDON", "Hillingdon"),
    ("NORTH YORKSHIRE", "North Yorkshire"),
    ("CITY AND HACKNEY", "City and Hackney"),
    ("KENSINGTON, CHELSEA AND WESTMINSTER", "Kensington, Chelsea and Westminster"),
    ("BEDFORDSHIRE AND HERTFORDSHIRE", "Bedfordshire and Hertfordshire"),
    ("EDGWARE & HENDON DIVISION", "Edgware & Hendon Division"),
    ("YORKSHIRE REGIONAL COUNCIL", "Yorkshire Regional Council"),
    ("KENT LMC", "Kent LMC"),
    ("NEWCASTLE-UPON-TYNE", "Newcastle-Upon-Tyne"),
)
#: Proposers as reports and ARM agendas write them in mixed case.
MIXED_PROPOSERS = (
    "Tower Hamlets", "London Regional Council", "Great Yarmouth & Waveney Division", "Kensington and Chelsea",
    "Leeds LMC", "Devon LMC", "Scottish Council",
)
PEOPLE = ("Richard Vautrey", "Peter Holden", "Guy Watkins", "Dr Jane Smith")

RESOLVERS = ("That conference", "That this conference", "That this meeting")
#: Procedural motions as the ARM's supplementary agenda prints them after a ``Motion by`` heading:
#: they resolve nothing about ``this meeting``.
PROCEDURAL_MOTIONS = (
    "That item 217 be an “A” motion.",
    "That the items in the workforce section be reordered as follows: 124, 125, 127.",
    "That The Health of the Public section be taken after item 40.",
)
TOPICS = ("PCNs", "online consultations", "indemnity", "the GP contract", "premises funding")
CLAUSE_TEXTS = (
    "has no faith that networks will reduce GP workload",
    "is concerned about the dwindling GP workforce",
    "believes practices are unsafe",
    "calls for an end to APMS contracts",
    "demands that GPC England rejects the offer",
    "instructs GPC England to ballot the profession",
    "requires funding for premises to rise with inflation",
    "deplores the state of ambulance waits",
    "notes the recent announcements about private providers",
)
WHOLE_MOTIONS = (
    "believes the current workload pressure in general practice is unsafe.",
    "recommends that all ICS boards include LMC representation.",
    "calls for sustained investment in general practice.",
)


def _roman(value: int) -> str:
    return ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii")[value - 1]


#: Clause label styles: how to print clause k, and the label it should be read back as.
LABEL_STYLES = {
    "roman-dot": (lambda k: f"{_roman(k)}.", lambda k: _roman(k)),
    "roman-brackets": (lambda k: f"({_roman(k)})", lambda k: _roman(k)),
    "roman-close": (lambda k: f"{_roman(k)})", lambda k: _roman(k)),
    "letter-brackets": (lambda k: f"({chr(96 + k)})", lambda k: chr(96 + k)),
    "letter-close": (lambda k: f"{chr(96 + k)})", lambda k: chr(96 + k)),
    "number-dot": (lambda k: f"{k}.", lambda k: str(k)),
    "number-close": (lambda k: f"{k})", lambda k: str(k)),
    "dash": (lambda k: "-", lambda k: "-"),
    "bullet": (lambda k: "•", lambda k: "-"),
}

#: Printed results and the outcome each means.
RESULTS = (
    ("CARRIED", "carried"), ("Carried.", "carried"), ("LOST", "lost"), ("Lost.", "lost"),
    ("Carried as a reference", "referred"), ("WITHDRAWN", "withdrawn"), ("Result: carried", "carried"),
)


@st.composite
def headings(draw):
    """A heading line (or prefix) and what it says: (text, own_line, number, label, proposer)."""
    number = draw(st.integers(1, 350))
    letter = draw(st.sampled_from(["", "", "a", "b"]))
    label = f"{number}{letter}"
    layout = draw(st.sampled_from([
        "capitals", "motion-by", "motion-dot", "proposed-by", "person-capitals", "person-of-the-capitals", "titled-person-of-body",
        "bare-body", "bracketed", "emergency-seconded", "run-together", "agenda-item", "none",
    ]))
    if layout == "agenda-item":
        # a resolutions appendix's "1 (6) That this conference ...": resolution 1, agenda item 6
        item = draw(st.integers(1, 400))
        return f"{number} ({item}) ", False, number, str(number), None
    if layout == "run-together":
        # a Northern Ireland agenda's "1ELMC – That this conference ...": number run into the LMC's initials
        code = draw(st.sampled_from(["ELMC", "SLMC", "NLMC", "WLMC"]))
        dash = draw(st.sampled_from([" – ", "- ", " - "]))
        return f"{number}{code}{dash}", False, number, str(number), code
    if layout == "bracketed":
        # the conference results document's "(5) That conference ...", proposer printed after
        return f"({label}) ", False, number, label, None
    if layout == "capitals":
        printed, proposer = draw(st.sampled_from(CAPITAL_PROPOSERS))
        return f"{label} {printed}: ", False, number, label, proposer
    if layout == "emergency-seconded":
        # the ARM's emergency motion moved by a member: the mover is the proposer, not the seconder
        proposer, seconder = draw(st.sampled_from([("E M Borman", "P D Miller"), ("Jane Smith", "John Brown")]))
        return f"{label} Emergency motion by {proposer} and seconded by {seconder}: ", False, number, label, proposer
    if layout == "motion-by":
        proposer = draw(st.sampled_from(MIXED_PROPOSERS))
        return f"{label} Motion by {proposer}: ", False, number, label, proposer
    if layout == "motion-dot":
        proposer = draw(st.sampled_from(MIXED_PROPOSERS))
        return f"Motion {label}. {proposer}:", True, number, label, proposer
    if layout == "proposed-by":
        printed, proposer = draw(st.sampled_from(CAPITAL_PROPOSERS))
        return f"Motion {label} proposed by {printed}:", True, number, label, proposer
    if layout == "person-capitals":
        printed, proposer = draw(st.sampled_from(CAPITAL_PROPOSERS))
        person = draw(st.sampled_from(PEOPLE))
        return f"Motion {label} proposed by {person} {printed}:", True, number, label, proposer
    if layout == "person-of-the-capitals":
        # as a blog copies the ARM agenda: "of THE ... DIVISION)" with a stray closing bracket
        printed, proposer = draw(st.sampled_from(CAPITAL_PROPOSERS))
        person = draw(st.sampled_from(PEOPLE))
        joiner = draw(st.sampled_from([" of THE ", " THE ", " of ", " "]))
        bracket = draw(st.sampled_from(["", ")"]))
        return f"Motion {label} Proposed by {person}{joiner}{printed}{bracket}:", True, number, label, proposer
    if layout == "titled-person-of-body":
        proposer = draw(st.sampled_from([p for p in MIXED_PROPOSERS if p.endswith(("LMC", "Council", "Division"))]))
        person = draw(st.sampled_from([p for p in PEOPLE if p.startswith("Dr ")]))
        return f"Motion {label} proposed by {person} of {proposer}:", True, number, label, proposer
    if layout == "bare-body":
        proposer = draw(st.sampled_from([p for p in MIXED_PROPOSERS if p.endswith(("LMC", "Council", "Division"))]))
        return proposer, True, None, None, proposer
    return "", False, None, None, None


@st.composite
def agendas(draw):
    """An agenda motion in text, with every field it should be read back with."""
    heading, own_line, number, label, proposer = draw(headings())
    # some agendas open "This conference ...": read only after a heading naming a proposer or number
    resolver = draw(st.sampled_from(RESOLVERS + (("This conference",) if number is not None or proposer else ())))
    clause_count = draw(st.sampled_from([0, 2, 3, 4, 5, 6]))
    if clause_count:
        preamble = draw(st.sampled_from([f"{resolver}, with regard to {t}:" for t in TOPICS] + [f"{resolver} notes the announcements and:"]))
        style = draw(st.sampled_from(sorted(LABEL_STYLES)))
        printed_label, read_label = LABEL_STYLES[style]
        texts = draw(st.lists(st.sampled_from(CLAUSE_TEXTS), min_size=clause_count, max_size=clause_count))
        if draw(st.booleans()):
            # hard-wrapped as in text taken from a PDF: a clause goes on over the next line
            texts = [t.replace(" ", "\n", 1) if len(t) > 40 and k % 2 else t for k, t in enumerate(texts)]
        separator = draw(st.sampled_from(["\n", "\n\n"]))
        indent = draw(st.sampled_from(["", "    "]))
        body = preamble + separator + separator.join(f"{indent}{printed_label(k)} {t}" for k, t in enumerate(texts, 1))
        clauses = [(read_label(k), t) for k, t in enumerate(texts, 1)]
    elif " motion by " in heading.lower() and draw(st.booleans()):
        preamble = draw(st.sampled_from(PROCEDURAL_MOTIONS))
        body = preamble
        clauses = []
    else:
        preamble = f"{resolver} {draw(st.sampled_from(WHOLE_MOTIONS))}"
        body = preamble
        clauses = []
    if own_line:
        motion_text = heading + draw(st.sampled_from(["\n", "\n\n"])) + body
    else:
        motion_text = heading + body
    result, outcome = draw(st.sampled_from(RESULTS + ((None, None),) * 3))
    after = "" if result is None else draw(st.sampled_from(["\n", "\n\n"])) + result
    if proposer is None and draw(st.booleans()):
        # the proposer printed after the motion, its result after that
        printed = draw(st.sampled_from(["Agenda Committee to be proposed by {}", "{}"]))
        proposer = draw(st.sampled_from(MIXED_PROPOSERS))
        after = f"\n\n(Proposed by {printed.format(proposer)})" + after
    if clauses and clauses[0][0] != "-" and result is None and draw(st.booleans()):
        # results part by part, one line each: the motion is carried only if every part is
        labels = [label for label, _ in clauses]
        lost = draw(st.sets(st.sampled_from(labels), max_size=2))
        lines = [f"Part ({label}) {'lost' if label in lost else draw(st.sampled_from(['carried', 'carried nem con', 'carried unanimously']))}" for label in labels]
        after += "\n\n" + "\n".join(lines)
        outcome = "carried" if not lost else "lost" if len(lost) == len(labels) else None
    return motion_text, after, number, label, proposer, preamble, clauses, outcome


@given(agendas(), filler_text(), filler_text())
def test_agenda_fields_are_recovered(case, before, after_text):
    motion_text, result, number, label, proposer, preamble, clauses, outcome = case
    lead = (before or "Agenda") + "\n\n"
    text = lead + motion_text + result + ("\n\n" + after_text if after_text else "")
    found = [x for x in run_plugin("motions", text) if x.form == "agenda"]
    assert len(found) == 1, [m.text for m in found]
    motion = found[0]
    assert motion.span == Span(len(lead), len(lead) + len(motion_text))
    assert (motion.number, motion.label, motion.proposer, motion.outcome) == (number, label, proposer, outcome)
    assert motion.amendment == bool(label and label[-1].isalpha())
    assert motion.preamble == preamble
    assert [(c.label, c.text) for c in motion.clauses] == clauses


@given(st.lists(agendas(), min_size=2, max_size=4))
def test_agendas_in_a_row_are_kept_apart(cases):
    expected = []
    text = "Agenda"
    for motion_text, result, number, label, proposer, preamble, clauses, outcome in cases:
        text += "\n\n"
        expected.append((len(text), number, proposer, len(clauses), outcome))
        text += motion_text + result
    found = run_plugin("motions", text)
    assert [(m.start, m.number, m.proposer, len(m.clauses), m.outcome) for m in found] == expected


#: Headings over a list of motions, and the result each gives the motions under it.
SECTION_HEADINGS = (
    ("ARM MOTIONS PASSED", "carried"), ("ARM MOTIONS PASSED  (edited, my comments in italics)", "carried"),
    ("Motions carried:", "carried"), ("Lost motions", "lost"), ("MOTIONS NOT CARRIED", "lost"),
    ("Motions withdrawn", "withdrawn"), ("Other motions", None), ("Motions not reached", None),
    ("Resolutions", "carried"), ("RESOLUTIONS", "carried"),
)


@given(st.lists(st.tuples(st.sampled_from(SECTION_HEADINGS), st.lists(agendas(), min_size=1, max_size=3)), min_size=1, max_size=3))
def test_section_heading_gives_its_result(sections):
    expected = []
    text = "Report"
    for (heading, heading_outcome), cases in sections:
        text += "\n\n" + heading
        for motion_text, result, number, label, proposer, preamble, clauses, outcome in cases:
            text += "\n\n"
            parts = "Part (" in result
            # a motion's own result, whole or part by part, comes before the heading's
            expected.append((len(text), outcome if result.strip() and (outcome or parts) else heading_outcome if not parts else outcome))
            text += motion_text + result
    found = run_plugin("motions", text)
    assert [(m.start, m.outcome) for m in found] == expected


# -- reported in prose ----------------------------------------------------------------------------------

#: Verb phrases and the outcome they report, with any auxiliary before them that is left out of
#: the span (the span starts at the verb that reports the vote; a refusal is part of it).
VERBS = (
    ("", "voted for", "carried"), ("have ", "voted for", "carried"), ("", "voted in favour of", "carried"),
    ("", "voted overwhelmingly for", "carried"), ("", "carried", "carried"), ("", "passed", "carried"),
    ("", "backed", "carried"), ("narrowly ", "backed", "carried"), ("", "supported", "carried"),
    ("", "approved", "carried"), ("", "endorsed", "carried"), ("", "voted against", "lost"), ("", "rejected", "lost"),
    ("narrowly ", "rejected", "lost"), ("", "voted down", "lost"), ("", "threw out", "lost"), ("", "defeated", "lost"),
    ("", "refused to back", "lost"), ("will ", "debate", None), ("", "debated", None), ("are to ", "vote on", None),
    ("", "gave overwhelming backing to", "carried"), ("", "gave unanimous support to", "carried"),
    ("", "seconded", None),
)
SUBJECTS = ("LMCs", "GP leaders", "Representatives", "The conference", "Delegates at the ARM", "Doctors")
NOUNS = (
    ("a motion", ("saying", "proposing that", "calling for", "urging", "demanding that", "which called for", "stating that")),
    ("an emergency motion", ("calling for", "saying")),
    ("a call", ("for",)),
    ("calls", ("for",)),
)
CONTENTS = (
    "GPs be canvassed on their willingness to resign",
    "primary care networks will not reduce GP workload",
    "the BMA GP Committee to negotiate a new contract",
    "an end to the quality and outcomes framework",
    "practices to be funded for every patient they see",
)
ADJUNCTS = ("", " at their conference in London today", " on Thursday", " yesterday", " at the LMC conference in Newport")


@st.composite
def reports(draw):
    """A sentence reporting a motion: (sentence, offset and text of the motion's span, outcome)."""
    auxiliary, verb, outcome = draw(st.sampled_from(VERBS))
    noun, introducers = draw(st.sampled_from(NOUNS))
    subject = draw(st.sampled_from(SUBJECTS))
    if draw(st.booleans()):
        subject = f"At the LMC conference, {subject[0].lower() + subject[1:] if subject.startswith('The') else subject}"
    elif noun.endswith(("call", "calls")) and not verb.startswith("vot"):
        # a call backed with no conference in sight is everyday speech, not a motion
        subject = f"At the ARM, {subject}"
    introducer = draw(st.sampled_from(introducers))
    content = draw(st.sampled_from(CONTENTS))
    adjunct = draw(st.sampled_from(ADJUNCTS))
    span_text = f"{verb} {noun} {introducer} {content}"
    sentence = f"{subject} {auxiliary}{span_text}{adjunct}."
    return sentence, len(subject) + 1 + len(auxiliary), span_text, outcome, content


@given(reports(), filler_text(), filler_text())
def test_reported_motion_is_recovered(case, before, after):
    sentence, offset, span_text, outcome, content = case
    lead = f"{before} " if before else ""
    text = f"{lead}{sentence} {after}".rstrip()
    found = run_plugin("motions", text)
    assert len(found) == 1, [m.text for m in found]
    motion = found[0]
    start = len(lead) + offset
    assert motion.span == Span(start, start + len(span_text))
    assert (motion.form, motion.outcome, motion.number) == ("reported", outcome, None)
    assert motion.preamble.endswith(content)


#: Participles after a motion opening its sentence, and where, with the outcome they report.
PARTICIPLES = (
    ("backed unanimously", "carried"), ("passed", "carried"), ("carried overwhelmingly", "carried"),
    ("rejected", "lost"), ("defeated narrowly", "lost"), ("tabled by Kent LMC", None),
)
PLACES = ("", " at the LMC conference", " at the BMA annual conference in Harrogate on Tuesday", " by representatives")
FINITE_VERBS = ("called for", "urged", "demanded", "warned that", "said", "calls for", "urges")


@given(st.sampled_from(PARTICIPLES), st.sampled_from(PLACES), st.sampled_from(FINITE_VERBS), st.sampled_from(CONTENTS), filler_text())
def test_motion_as_subject_is_recovered(participle, place, verb, content, before):
    words, outcome = participle
    lead = f"{before} " if before else ""
    span_text = f"motion {words}{place} {verb} {content}"
    text = f"{lead}A {span_text}."
    motion = only_motion(text)
    start = len(lead) + 2
    assert motion.span == Span(start, start + len(span_text))
    assert (motion.form, motion.outcome) == ("reported", outcome)
    assert motion.preamble == content


#: Results a live blog gives as a sentence of their own after the statement voted on.
VERDICTS = (
    ("Voted through.", "carried"), ("Narrowly voted through, yes 53% no 40%.", "carried"), ("Carried unanimously.", "carried"),
    ("Rejected.", "lost"), ("Overwhelmingly voted down.", "lost"), ("Motion carried by 150 votes to 90.", "carried"),
    ("Delegates reject the motion.", "lost"), ("Representatives overwhelmingly backed the motion.", "carried"),
    ("LMCs throw out the motion.", "lost"),
)
STATEMENTS = (
    "Practices should be paid for every patient they see, say LMCs",
    "Representatives believe the quality and outcomes framework should be scrapped",
    "The conference wants GP premises funding to rise with inflation",
)


@given(st.sampled_from(VERDICTS), st.sampled_from(STATEMENTS), st.sampled_from(["", "15.30 ", "10:05am "]), filler_text())
def test_verdict_after_a_statement_is_recovered(verdict, statement, stamp, before):
    verdict_text, outcome = verdict
    lead = f"{before}\n\n" if before else ""
    text = f"{lead}{stamp}{statement}. {verdict_text}"
    motion = only_motion(text)
    assert (motion.form, motion.outcome) == ("reported", outcome)
    assert motion.start == len(lead) + len(stamp)
    assert motion.preamble == statement


#: Who votes at a conference, and what they voted to do.
CONFERENCE_VOTERS = ("LMC representatives", "Representatives", "Delegates", "LMCs", "GP leaders")
VOTED_TO = ("voted to", "have voted to", "voted overwhelmingly to", "voting to", "narrowly voted to")
ACTIONS = (
    "ballot GPs on industrial action", "strongly support the GPC plan", "scrap the quality and outcomes framework",
    "ask the government to fund premises", "call for the contract to be withdrawn",
)


#: A resolution reported with ``that`` (``GPs have voted that ...``): GPs may be the voters here.
VOTED_THAT = ("voted that", "have voted that", "vote that", "voted overwhelmingly that")
RESOLUTIONS = (
    "all food should be labelled with its health impact", "the contract should not go ahead until it is funded",
    "practices must be paid for extra hours", "NHS pensions are affordable",
)


def check_voters_voting(voters: str, voted: str, content: str, adjunct: str, before: str) -> None:
    """``The debate ended with VOTERS [have ]voted (that|to) CONTENT ADJUNCT.``: carried, the span
    from the verb to the end of the content, the content as preamble."""
    lead = f"{before}\n\n" if before else ""
    auxiliary = voted[: voted.index("vot")]
    span_text = f"{voted[len(auxiliary):]} {content}"
    text = f"{lead}The debate ended with {voters} {auxiliary}{span_text}{adjunct}."
    motion = only_motion(text)
    start = len(lead) + len(f"The debate ended with {voters} {auxiliary}")
    assert motion.span == Span(start, start + len(span_text))
    assert (motion.form, motion.outcome, motion.preamble) == ("reported", "carried", content)


@given(st.sampled_from(CONFERENCE_VOTERS + ("GPs",)), st.sampled_from(VOTED_THAT), st.sampled_from(RESOLUTIONS), st.sampled_from(ADJUNCTS), filler_text())
def test_voters_voting_that_is_recovered(voters, voted, resolution, adjunct, before):
    check_voters_voting(voters, voted, resolution, adjunct, before)


@given(st.sampled_from(CONFERENCE_VOTERS), st.sampled_from(VOTED_TO), st.sampled_from(ACTIONS), st.sampled_from(ADJUNCTS), filler_text())
def test_voters_voting_to_is_recovered(voters, voted, action, adjunct, before):
    check_voters_voting(voters, voted, action, adjunct, before)


SPEECH_VERBS = ("said", "says", "warned", "stated", "argued", "declared")


@given(st.sampled_from(STATEMENTS), st.sampled_from(PARTICIPLES), st.sampled_from(PLACES), st.sampled_from(SPEECH_VERBS), filler_text())
def test_motion_as_speaker_after_content_is_recovered(statement, participle, place, verb, before):
    words, outcome = participle
    lead = f"{before}\n\n" if before else ""
    span_text = f"{statement}, a motion {words}{place} {verb}"
    motion = only_motion(f"{lead}{span_text}.")
    assert motion.span == Span(len(lead), len(lead) + len(span_text))
    assert (motion.form, motion.outcome, motion.preamble) == ("reported", outcome, statement)


QUOTE_MARKS = (("“", "”"), ("‘", "’"), ('"', '"'))
QUOTED_TAILS = (
    (" and the motion was voted in unanimously.", "carried"), (" was carried.", "carried"), (" was rejected by 90 votes to 150.", "lost"),
    (" and it was debated for an hour.", None), (".", None),
)


@given(st.sampled_from(QUOTE_MARKS), st.sampled_from(MIXED_PROPOSERS), st.sampled_from(QUOTED_TAILS), filler_text())
def test_quoted_wording_is_recovered(marks, proposer, tail, before):
    opening, closing = marks
    tail_text, outcome = tail
    lead = f"{before}\n\n" if before else ""
    wording = "That there should be no borders to health care"
    span_text = f"motion on behalf of {proposer} {opening}{wording}{closing}"
    motion = only_motion(f"{lead}We spoke to a {span_text}{tail_text}")
    start = len(lead) + len("We spoke to a ")
    assert motion.span == Span(start, start + len(span_text))
    assert (motion.proposer, motion.outcome, motion.preamble) == (proposer, outcome, wording)


@given(
    st.sampled_from(QUOTE_MARKS),
    st.lists(st.sampled_from(CLAUSE_TEXTS), min_size=2, max_size=5),
    st.sampled_from(["roman-brackets", "letter-brackets", "number-close"]),
    st.booleans(),
    st.sampled_from(MIXED_PROPOSERS),
    st.integers(1, 99),
)
def test_motion_quoted_over_paragraphs_is_recovered(marks, texts, style, closed, proposer, number):
    # the press's quotation over several paragraphs: each opens with a mark, only the last may close;
    # "This states:" points back to the sentence naming the motion and the vote
    opening, closing = marks
    printed_label, read_label = LABEL_STYLES[style]
    lead = f"Delegates voted, with just one against, for motion {number} from {proposer}.\n\nThis states: {opening}"
    preamble = "That conference instructs GPC that should talks fail:"
    body = preamble + "".join(f"\n\n{opening}{printed_label(k)} {t}" for k, t in enumerate(texts, 1))
    text = lead + body + (closing + "\n\nDelegates then broke for lunch." if closed else "\n")
    motion = only_motion(text)
    assert motion.span == Span(len(lead), len(lead) + len(body))
    assert (motion.form, motion.number, motion.proposer, motion.outcome) == ("agenda", number, proposer, "carried")
    assert motion.preamble == preamble
    assert [(c.label, c.text) for c in motion.clauses] == [(read_label(k), t) for k, t in enumerate(texts, 1)]


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
            assert clause.outcome in (None, "carried", "lost", "withdrawn", "referred")
    again = pipeline_with("motions").run(Document.from_text(text))
    assert again.extractions == result.extractions
    return list(result)


@given(any_text)
def test_invariants_on_any_text(text):
    _check_invariants(text)


_AGENDA_ALPHABET = "That conference meeting:;,.-–()ivx123abc \n\t’‘“”'\"CARRIED LOST motion voted for a call Motion 19 HILLINGDON"


@given(st.text(alphabet=_AGENDA_ALPHABET, max_size=600))
def test_invariants_on_agenda_like_text(text):
    _check_invariants(text)


@given(agendas(), st.text(max_size=40), st.text(max_size=40))
def test_invariants_around_real_agendas(case, before, after):
    motion_text, result, *_ = case
    _check_invariants(before + "\n\n" + motion_text + result + after)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(("£1,000,000.5m-£ per cent 1 in 10 “‘quote’ said: " * 4000) + ("1," * 20000) + ("(i) " * 5000), id="symbol-digit-soup"),
        pytest.param("That conference: " + "i) a; " * 30000, id="inline-labels"),
        pytest.param("That conference believes\n" * 8000, id="resolutions"),
        pytest.param("Motion 5 KENT:\n" * 10000, id="headings"),
        pytest.param("voted for a motion " * 10000, id="verbs-and-nouns"),
        pytest.param("backed calls for " * 10000, id="calls"),
        pytest.param("That conference notes:\n- x\n" + "- calls for - demands " * 10000, id="dash-clauses"),
        pytest.param("(1) That conference with regard to x:\n(i) a\n(ii) b\n" + "Parts (i), (ii), " * 10000 + "carried", id="part-results"),
        pytest.param("(Proposed by Agenda Committee to be proposed by X)\n" * 8000, id="proposer-lines"),
        pytest.param("LMCs say GPs are tired. Narrowly voted through. " * 8000, id="verdicts"),
        pytest.param("LMCs say GPs are tired. Delegates reject the motion. " * 8000, id="active-verdicts"),
        pytest.param("Conference. Motion passed, so x " * 8000, id="bare-verdicts"),
        pytest.param("1 (6) That this conference:i. supports x that\n\n" + "the y with its\n\n" * 8000, id="pdf-breaks"),
        pytest.param("That conference:i. supports x" + "ii. supports yii. welcomes " * 8000, id="glued-labels"),
        pytest.param("Motion 5 – x\n\nThis was carried. The motion reads:\n\nThat conference believes x.\n\n" * 3000, id="titled-motions"),
        pytest.param("A motion backed unanimously at the conference in Leeds on Monday " * 5000, id="motion-as-subject"),
        pytest.param("The motion passed, no 1, reads:\n\nThat conference believes x.\n\n" * 4000, id="introduced-motions"),
        pytest.param(("ARM MOTIONS PASSED\n\nMotion 5 proposed by Dr Jo Bloggs of THE KENT DIVISION):\n\nThat this meeting believes x.\n\n" * 3000), id="section-headings"),
        pytest.param("Motions " + " " * 50000 + "passed\n" + "x" * 10, id="section-heading-spaces"),
        pytest.param("LMC representatives voting to back x. " * 8000, id="voted-to"),
        pytest.param("GPs have voted that x " * 8000, id="voted-that"),
        pytest.param("KENT: This conference x " * 8000 + "\nKENT:\nThis conference\n" * 4000, id="this-conference"),
        pytest.param("passed a motion that read: ’That, " * 8000, id="quoted-that"),
        pytest.param("GPs are tired of it all, a motion passed at the conference said. " * 6000, id="motion-as-speaker"),
        pytest.param('a motion on behalf of Kent LMC "That x ' * 8000, id="unclosed-quoted-wording"),
        pytest.param("a motion of no confidence in x. Dr Y presents the motion saying z. The motion is carried. " * 5000, id="restated-motions"),
    ],
)
def test_long_hostile_input_completes(text):
    # no timing assertion: it only has to finish (speed is measured in benchmarks/)
    result = pipeline_with("motions").run(Document.from_text(text))
    assert result.failures == ()


#: A vote or debate still to come, with no motion named (``LMCs will vote on instructing ...``).
TO_BE_VOTED = ("will vote on", "are going to debate", "are also going to consider", "are due to vote on", "will debate")
AGENDA_ACTIONS = (
    "instructing the GPC to ballot practices", "escalating the collective action", "asking the BMA to end the dispute",
    "whether to boycott the new contract",
)


@given(st.sampled_from(CONFERENCE_VOTERS), st.sampled_from(TO_BE_VOTED), st.sampled_from(AGENDA_ACTIONS), filler_text())
def test_vote_still_to_come_is_recovered(voters, phrase, action, before):
    lead = f"{before}\n\n" if before else ""
    opening = f"At the LMC conference, {voters} "
    span_text = f"{phrase} {action}"
    text = f"{lead}{opening}{span_text}."
    motion = only_motion(text)
    start = len(lead) + len(opening)
    assert motion.span == Span(start, start + len(span_text))
    assert (motion.form, motion.outcome, motion.preamble) == ("reported", None, action)
