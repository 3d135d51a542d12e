"""Example tests for the motions plugin: one table per form it reads, each case an invented sentence.

Names of bodies, places and people are made up. Expected values were worked out by hand from the
text. The seeds and the development set are a scored regression (benchmarks/motions_regression.py),
not tests here.
"""
from __future__ import annotations

import pytest

from gpcorpus import Motion
from gpcorpus_motions.clauses import read_clauses
from gpcorpus_motions.headings import outcome_line, read_heading, split_proposer
from tests.conftest import run_plugin


def motions(text: str) -> list[Motion]:
    found = run_plugin("motions", text)
    assert all(isinstance(x, Motion) for x in found)
    return found


def only(text: str) -> Motion:
    found = motions(text)
    assert len(found) == 1, [m.text for m in found]
    return found[0]


def summary(motion: Motion) -> tuple:
    return motion.form, motion.number, motion.proposer, motion.outcome, [c.label for c in motion.clauses]


# -- agenda blocks: openings and extent -------------------------------------------------------------

AGENDA = [
    pytest.param(
        "Agenda\n\n19 EASTSHIRE: That conference, with regard to PCNs:\n\ni. has no faith in them\n\nii. is concerned about staffing",
        ("agenda", 19, "Eastshire", None, ["i", "ii"]), id="lmc-number-and-capitals",
    ),
    pytest.param(
        "Motion 12 proposed by Dr Jane Roe of THE NORTHTOWN DIVISION):\n\nThat this meeting deplores the blame culture.",
        ("agenda", 12, "Northtown Division", None, []), id="arm-person-then-body",
    ),
    pytest.param(
        "This Council notes that:\n\n1.   the walk-in centre is valued\n\n2.   it may close\n\n"
        "This Council resolves to oppose the closure.",
        ("agenda", None, None, None, ["1", "2"]), id="council-notes-then-resolves",
    ),
    pytest.param(
        "Council notes that\n\no    the clinic is valued\n\no    a review is under way\n\nCouncil instructs\n\n"
        "The Chief Executive to write to the board highlighting:\n\no    the value of the clinic",
        ("agenda", None, None, None, ["-", "-", "-"]), id="council-o-bullets-over-paragraphs",
    ),
    pytest.param(
        "- Decision\n- Remitted\nConference recognises the value of workshops.\nConference notes that time is short.\n"
        "Conference therefore instructs the committee to:\n1.Move caucus meetings to Friday;\n2.Hold workshops on Saturday.",
        ("agenda", None, None, "referred", ["1", "2"]), id="union-conference-lines-with-decision-above",
    ),
    pytest.param(
        "Nurse staffing - Resolution - Passed\n\nThat this meeting of Congress calls on Council to lobby for safe staffing.",
        ("agenda", None, None, "carried", []), id="college-title-resolution-passed",
    ),
    pytest.param(
        "Safe staffing (Resolution)\nSubmitted by the Eastfield Branch\nThat this meeting of Congress asks Council to act.",
        ("agenda", None, "Eastfield Branch", None, []), id="college-submitted-by-branch",
    ),
    pytest.param(
        "Resolution 23: That this meeting of Congress urges Council to review its boards.",
        ("agenda", 23, None, None, []), id="resolution-number-on-the-line",
    ),
    pytest.param(
        "MOTION ONE\nProposed by the Westford Branch\nThat this union campaigns for fair pay.\nCarried as amended",
        ("agenda", 1, "Westford Branch", "carried", []), id="number-word-heading",
    ),
    pytest.param(
        "Item 7\n\nThat this council calls on the board to keep the surgery open.\n\nDecision: Lost",
        ("agenda", 7, None, "lost", []), id="item-number-decision-line",
    ),
    pytest.param(
        "1NLMC – That this conference calls for a returners scheme.",
        ("agenda", 1, "NLMC", None, []), id="number-run-into-lmc-code",
    ),
    pytest.param(
        "Motion 9: Northby – private providers\nThat conference notes the announcements and:\n- calls for an end to APMS\n"
        "- demands that contracts are GMS when the\napplicant can hold one - demands that no extra funding goes to companies\n\nCarried.",
        ("agenda", 9, "Northby", "carried", ["-", "-", "-"]), id="dash-clause-run-into-a-wrapped-line",
    ),
    pytest.param(
        "That this meeting:- i)   supports integration;  ii)  calls on parties to be honest;  iii) asks for funding.",
        ("agenda", None, None, None, ["i", "ii", "iii"]), id="inline-roman-clauses",
    ),
    pytest.param(
        "That conference:\n1. notes the offer\n  (a) with regret\n  (b) with anger\n2. rejects it",
        ("agenda", None, None, None, ["1", "2"]), id="nested-letters-stay-in-their-clause",
    ),
    pytest.param(
        "Kensby and Orton LMC\nThat conference deplores ambulance waits and calls for:\n    1. better data\n    2. clear duties",
        ("agenda", None, "Kensby and Orton LMC", None, ["1", "2"]), id="body-name-line-above",
    ),
    pytest.param(
        "That conference calls for:\n• more GPs\n• fewer forms\n\nWithdrawn",
        ("agenda", None, None, "withdrawn", ["-", "-"]), id="bullets-and-withdrawn",
    ),
    pytest.param(
        "12. That conference believes GP funding is inadequate.\n\nCARRIED by 150 votes to 90",
        ("agenda", 12, None, "carried", []), id="number-dot-and-counted-result",
    ),
    pytest.param(
        "Motion 14\nProposer: Eastfield Branch\nThat this conference calls for fair pay.\nMotion carried",
        ("agenda", 14, "Eastfield Branch", "carried", []), id="proposer-label-and-motion-carried",
    ),
    pytest.param(
        "Congress notes the crisis in care.\nCongress calls on the General Council to:\nA. campaign for funding;\nB. lobby ministers.\n"
        "Voting: For 120, Against 30",
        ("agenda", None, None, "carried", ["a", "b"]), id="capital-letter-clauses-and-a-votes-line",
    ),
    pytest.param(
        "This AGM notes the treasurer’s report.\n\nAgreed", ("agenda", None, None, "carried", []), id="an-agm",
    ),
    pytest.param(
        "RESOLVED – That the Council writes to the health board to oppose the closure.",
        ("agenda", None, None, "carried", []), id="a-minuted-resolution",
    ),
    pytest.param(
        "12 AGENDA COMMITTEE (ENGLAND): That conference calls for a new contract.",
        ("agenda", 12, "Agenda Committee (England)", None, []), id="proposer-in-capitals-with-brackets",
    ),
]


@pytest.mark.parametrize("text, expected", AGENDA)
def test_agenda_block(text, expected):
    assert summary(only(text)) == expected


def test_agenda_span_runs_from_heading_to_last_clause():
    heading = "Motion 4 proposed by WESTMOOR LMC:"
    body = "That conference calls for:\n\n(a) more GPs\n\n(b) fewer forms."
    motion = only(f"Agenda\n\n{heading}\n\n{body}\n\nCarried.")
    assert motion.text == f"{heading}\n\n{body}"
    assert motion.preamble == "That conference calls for:"
    assert [(c.label, c.text) for c in motion.clauses] == [("a", "more GPs"), ("b", "fewer forms.")]


@pytest.mark.parametrize(
    "text, number, proposer, proposed_by",
    [("Motion 12\nTackling violence against staff\nSubmitted by: Eastern Region\nConference notes the rise in assaults.",
      12, "Eastern Region", None),
     ("Composite 3 – NHS\nConference believes the NHS must be publicly run.\nMover: Westby Union\nSeconder: Eastby Union\nCarried",
      3, "Westby Union", None),
     ("“That this Council notes the closure of the surgery.”\n\nProposed by Cllr Jane Roe, Seconded by Cllr John Doe",
      None, None, "Cllr Jane Roe")],
)
def test_title_line_and_proposer_after_the_text(text, number, proposer, proposed_by):
    motion = only(text)
    assert (motion.number, motion.proposer, motion.proposed_by) == (number, proposer, proposed_by)


def test_a_proposer_line_over_the_next_motion_is_not_the_last_ones():
    text = "That this Congress calls for X.\n\nProposed by the Westby Branch\nThat this Congress calls for Y."
    assert [m.proposer for m in motions(text)] == [None, "Westby Branch"]


def test_consecutive_motions_are_kept_apart():
    text = (
        "Motion 67 proposed by Jane Roe NORTH REGIONAL COUNCIL:\n\nThat this meeting believes workload is unsafe.\n\n"
        "Motion 68 proposed by WESTBY DIVISION:\n\nThat this meeting applauds the new contract.\n"
    )
    assert [(m.number, m.proposer, m.proposed_by) for m in motions(text)] == [
        (67, "North Regional Council", "Jane Roe"), (68, "Westby Division", None),
    ]


def test_quoted_motion_after_an_introducing_line_with_its_result_later():
    text = (
        "Motion 1\n\nCouncillor A Green moved the Motion of which she had given notice as follows:\n\n"
        "“While this Council welcomes the plan, it is concerned about the surgery.”\n\n"
        "The Motion was duly seconded by Councillor B Brown.\n\nFollowing a debate, the Motion was lost by a majority vote."
    )
    motion = only(text)
    assert (motion.form, motion.number, motion.outcome) == ("agenda", 1, "lost")
    assert motion.text.endswith("concerned about the surgery.")


def test_motion_quoted_in_a_report_takes_its_proposer():
    text = "Westmoor LMC have proposed a motion that reads: ‘That this conference welcomes a separate contract.’"
    motion = only(text)
    assert (motion.form, motion.proposer) == ("agenda", "Westmoor LMC")


@pytest.mark.parametrize(
    "heading, outcome",
    [("MOTIONS PASSED", "carried"), ("Lost motions", "lost"), ("Motions not reached", None),
     ("The motions below were proposed by our LMCs and all were voted through by the conference:", "carried")],
)
def test_line_over_a_run_of_motions_gives_its_result(heading, outcome):
    text = (
        f"{heading}\n\nMotion 3 proposed by EASTBY:\n\nThat conference believes X.\n\n"
        "Motion 4 proposed by WESTBY:\n\nThat conference believes Y.\n\nLost"
    )
    assert [m.outcome for m in motions(text)] == [outcome, "lost"]


def test_procedural_business_is_not_a_resolution():
    assert motions("The Chair: That the standing orders be adopted as the standing orders of the meeting.") == []


def test_the_body_opens_a_resolution_only_after_a_mark():
    assert motions("The Council believes the plan is sound, a spokesman added.") == []
    assert only("“The Council recognises the value of pharmacies.”").form == "agenda"


# -- headings, proposers and outcome lines --------------------------------------------------------

@pytest.mark.parametrize(
    "line, number, proposer, proposed_by",
    [
        ("Motion 67 proposed by Jane Roe NORTH REGIONAL COUNCIL:", 67, "North Regional Council", "Jane Roe"),
        ("38 Motion by Eastby & Westby Division:", 38, "Eastby & Westby Division", None),
        ("Special Motion No. 2 - Accident and Emergency Services", 2, None, None),
        ("Part 1, Motion 9: Northby – private providers", 9, "Northby", None),
        ("Submitted by the Eastfield Branch", None, "Eastfield Branch", None),
        ("Proposed by Cllr Jane Roe, seconded by Cllr John Doe", None, None, "Cllr Jane Roe"),
        ("Motion 5. Kensby and Orton:", 5, "Kensby and Orton", None),
        ("Motion 45 by the NORTH WESTBY DIVISION:", 45, "North Westby Division", None),
        ("Mover: Unite", None, "Unite", None),
    ],
)
def test_heading(line, number, proposer, proposed_by):
    heading = read_heading(line)
    assert (heading.number, heading.proposer, heading.proposed_by) == (number, proposer, proposed_by)


def test_a_date_is_not_a_motion_number():
    assert read_heading("1 August 2003") is None


@pytest.mark.parametrize(
    "who, body, person",
    [("Dr Jane Roe of Westmoor LMC", "Westmoor LMC", "Dr Jane Roe"), ("KENSBY, ORTON AND WESTBY", "Kensby, Orton and Westby", None),
     ("Cllr Jane Roe", None, "Cllr Jane Roe"), ("Peter Doe THE NORTHERN COUNCIL)", "Northern Council", "Peter Doe")],
)
def test_split_proposer(who, body, person):
    assert split_proposer(who) == (body, person)


@pytest.mark.parametrize(
    "line, outcome",
    [("Carried", "carried"), ("Carried as amended", "carried"), ("Decision: Lost", "lost"), ("Decision – Remitted", "referred"),
     ("Referred", "referred"), ("Withdrawn", "withdrawn"), ("Passed unanimously", "carried"), ("Fell", "lost"),
     ("CARRIED as a reference", "referred"), ("- Remitted", "referred"), ("RESOLVED - that the motion not be approved", None),
     ("Parts 1 and 2 carried", None), ("The conference then moved on to workforce.", None)],
)
def test_outcome_line(line, outcome):
    assert outcome_line(line) == outcome


# -- clauses -------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, labels",
    [("x:\n(a) one\n(b) two\n(c) three", ["a", "b", "c"]), ("x:\ni) one\nii) two", ["i", "ii"]),
     ("x:\n1) one\n2) two", ["1", "2"]), ("x:\n* one\n* two", ["-", "-"]), ("x:\n· one\n· two", ["-", "-"]),
     ("x:\n(h) one\n(i) two", []), ("x:\n(a) a\n(b) b\n(c) c\n(d) d\n(e) e\n(f) f\n(g) g\n(h) h\n(i) i", list("abcdefghi")),
     ("x:\n2. out of order\n3. still", []), ("x: one clause only\n1. one", [])],
)
def test_clause_labelling(text, labels):
    assert [c.label for c in read_clauses(text, 0, len(text))] == labels


# -- reported decisions ----------------------------------------------------------------------------

REPORTED = [
    # (text, span text, outcome)
    pytest.param("Delegates voted to ballot members on strike action at the conference on Monday.",
                 "voted to ballot members on strike action", "carried", id="voted-to"),
    pytest.param("Representatives voted against a motion calling for an end to the contract.",
                 "voted against a motion calling for an end to the contract", "lost", id="voted-against-a-motion"),
    pytest.param("The committee rejected the deal.", "rejected the deal", "lost", id="committee-rejected-the-deal"),
    pytest.param("Councillors voted in favour of a pay review yesterday.", "voted in favour of a pay review", "carried", id="in-favour-of"),
    pytest.param("Conference backed calls for longer appointments.", "backed calls for longer appointments", "carried", id="backed-calls"),
    pytest.param("GP leaders backed calls for a boycott of the scheme.", "backed calls for a boycott of the scheme", "carried",
                 id="voters-backed-calls"),
    pytest.param("A motion calling for free parking for nurses was carried.",
                 "A motion calling for free parking for nurses was carried", "carried", id="motion-then-passive"),
    pytest.param("A resolution was passed urging ministers to act.", "A resolution was passed urging ministers to act", "carried",
                 id="passive-then-content"),
    pytest.param("A motion has been passed calling for free training for student paramedics.",
                 "A motion has been passed calling for free training for student paramedics", "carried", id="has-been-passed"),
    pytest.param("Delegates voted in support of limiting daily consultations.",
                 "voted in support of limiting daily consultations", "carried", id="in-support-of"),
    pytest.param("However, delegates voted against opposing it outright.", "voted against opposing it outright", "lost", id="against-a-gerund"),
    pytest.param("The leadership’s amendment was heavily defeated.", "The leadership’s amendment was heavily defeated", "lost",
                 id="named-amendment-defeated"),
    pytest.param("Members refused to back the offer from the board.", "refused to back the offer from the board", "lost", id="refused-to-back"),
    pytest.param("The assembly threw out the proposal to merge the trusts.", "threw out the proposal to merge the trusts", "lost",
                 id="threw-out"),
    pytest.param("Another successful motion condemned cuts to rural surgeries.",
                 "Another successful motion condemned cuts to rural surgeries", "carried", id="successful-motion"),
    pytest.param("Another motion proposes backing a new health tax.", "Another motion proposes backing a new health tax", None,
                 id="motion-proposes"),
    pytest.param("Westby delegates brought an emergency motion on hospital parking.", "brought an emergency motion on hospital parking",
                 None, id="brought-a-motion"),
    pytest.param("Representatives overwhelmingly agreed that the contract should be scrapped.",
                 "agreed that the contract should be scrapped", "carried", id="agreed-that"),
    pytest.param("GP leaders will vote on a motion calling for an independent review.",
                 "vote on a motion calling for an independent review", None, id="to-be-voted"),
    pytest.param("They survived a vote of no confidence.", "survived a vote of no confidence", "lost", id="survived-no-confidence"),
    pytest.param("A motion calling for a wealth tax received overwhelming support from delegates.",
                 "A motion calling for a wealth tax received overwhelming support", "carried", id="received-support"),
    pytest.param("Upon a vote being taken, the motion was declared LOST.", "the motion was declared LOST", "lost", id="declared-lost"),
    pytest.param("Delegates voted by a large majority to reject the proposals.", "voted by a large majority to reject the proposals",
                 "carried", id="majority-inside-the-verb-group"),
    pytest.param("The conference supported a motion demanding a levy cut, and rejected one calling for a new college.",
                 "supported a motion demanding a levy cut", "carried", id="a-second-verb-ends-the-content"),
]


@pytest.mark.parametrize("text, span_text, outcome", REPORTED)
def test_reported(text, span_text, outcome):
    motion = only(text)
    assert (motion.form, motion.text, motion.outcome) == ("reported", span_text, outcome)


def test_participle_with_its_proposer_is_not_what_the_motion_says():
    motion = only("A motion proposed by Westby LMC calling for an end to the QOF was carried overwhelmingly.")
    assert (motion.outcome, motion.proposer) == ("carried", "Westby LMC")


def test_motion_with_its_proposer_in_an_aside():
    motion = only("The motion, proposed by Dr Jane Roe of Eastshire LMC, was carried.")
    assert (motion.outcome, motion.proposer, motion.proposed_by) == ("carried", "Eastshire LMC", "Dr Jane Roe")


def test_two_complements_of_one_vote_are_two_motions():
    text = "Delegates voted to reject caps on locum pay, and in favour of charges for overseas visitors."
    assert [(m.text, m.outcome) for m in motions(text)] == [
        ("voted to reject caps on locum pay", "carried"), ("in favour of charges for overseas visitors", "carried"),
    ]


def test_two_motions_passed_in_one_sentence():
    text = "Delegates have passed a motion stating that care is not for sale, as well as a motion on fair pay for porters."
    assert [m.text for m in motions(text)] == [
        "passed a motion stating that care is not for sale", "a motion on fair pay for porters",
    ]


def test_motions_to_be_debated_are_one_per_item():
    text = "Other motions up for debate include calls for more investment in rural practices and to protect GPs from extra work."
    assert [(m.text, m.outcome) for m in motions(text)] == [
        ("calls for more investment in rural practices", None), ("to protect GPs from extra work", None),
    ]


def test_motion_selected_for_debate_keeps_its_proposer():
    motion = only("A resolution submitted by the Eastby branch urging the party to act has been selected for debate.")
    assert (motion.proposer, motion.outcome) == ("Eastby branch", None)


@pytest.mark.parametrize(
    "later, outcome",
    [("The motion was carried.", "carried"), ("It passed by a show of hands.", "carried"), ("This wasn’t passed.", "lost"),
     ("Delegates backed the motion.", "carried"), ("The motion was put to the vote and declared lost.", "lost")],
)
def test_result_in_a_later_sentence_goes_to_the_motion_before(later, outcome):
    motion = only(f"Motion B12 calls for a review of rural funding. {later}")
    assert (motion.form, motion.outcome) == ("reported", outcome)


def test_a_named_amendment_is_not_the_motion_before():
    found = motions("Motion B12 calls for a review. The leadership’s amendment was heavily defeated.")
    assert [(m.text, m.outcome) for m in found] == [
        ("Motion B12 calls for a review", None), ("The leadership’s amendment was heavily defeated", "lost"),
    ]


@pytest.mark.parametrize(
    "text, span_text, outcome",
    [("Next up, a motion calling for GPs to be paid per visit.\n\nIt's carried.", "a motion calling for GPs to be paid per visit", "carried"),
     ("Dr Roe spoke against a motion calling for longer hours. It was lost.", "a motion calling for longer hours", "lost")],
)
def test_motion_named_then_its_result(text, span_text, outcome):
    motion = only(text)
    assert (motion.text, motion.outcome) == (span_text, outcome)


def test_motion_named_with_no_result_is_not_a_motion():
    assert motions("There was talk of a motion calling for more nurses.") == []


@pytest.mark.parametrize(
    "text, number, outcome",
    [("11.05 Motion 12 on online consultations is carried.", 12, "carried"), ("Motion 34 - lost.", 34, "lost")],
)
def test_live_blog_results(text, number, outcome):
    motion = only(text)
    assert (motion.text.split()[0], motion.number, motion.outcome) == ("Motion", number, outcome)


def test_result_with_no_motion_before_it_is_a_motion():
    assert summary(only("Motion passed, so the conference will meet in Eastport next year.")) == ("reported", None, None, "carried", [])


def test_numbered_motion_reported():
    motion = only("Composite motion four, on dentistry, also passed on a show of hands. It demands more dentists.")
    assert (motion.number, motion.outcome) == (4, "carried")


def test_motion_named_by_its_proposer():
    motion = only("We applaud the Westshire motion passed at last year’s conference which called for a new contract.")
    assert (motion.proposer, motion.outcome) == ("Westshire", "carried")


def test_conference_paper_items():
    text = (
        "Report back F6 Policy motion: Fixing Social Care Passed (Amendment One defeated 90 to 60) "
        "F7 Policy motion: Rural Buses Passed 09.00–09.30 F9 Policy motion: Our Plan for Dentistry"
    )
    assert [(m.text.split(":")[0], m.outcome) for m in motions(text)] == [
        ("F6 Policy motion", "carried"), ("F7 Policy motion", "carried"), ("F9 Policy motion", None),
    ]


@pytest.mark.parametrize(
    "text, votes_for, votes_against, share",
    [("Delegates voted to reject the offer by 120 votes to 30.", 120, 30, None),
     ("Representatives backed the motion, with 98% in favour.", None, None, "98"),
     ("A motion calling for a wealth tax was backed by 80% of delegates.", None, None, "80"),
     ("Representatives voted to reject the offer: 360 voted in favour, 150 against.", 360, 150, None)],
)
def test_votes(text, votes_for, votes_against, share):
    motion = motions(text)[0]
    assert (motion.votes_for, motion.votes_against, str(motion.vote_share) if motion.vote_share is not None else None) == (
        votes_for, votes_against, share)


NOT_MOTIONS = [
    pytest.param("The health board backed the plan for a new hospital.", id="a-board-is-not-a-deliberative-body"),
    pytest.param("Doctors rejected the government’s offer.", id="an-offer-rejected-by-the-profession"),
    pytest.param("GPs voted in favour of collective action.\n\nMore than 8,000 GPs took part in the ballot.", id="member-ballot"),
    pytest.param("The union said members had voted overwhelmingly for strike action in a ballot.", id="members-in-a-ballot"),
    pytest.param("Staff will get back pay worth millions.", id="back-pay-is-a-noun"),
    pytest.param("He gave his full support for the resolution as he spoke.", id="support-is-a-noun"),
    pytest.param("Dr Jane Roe, who proposed the motion, said: ‘We are being pushed into this.’", id="proposer-speaking"),
    pytest.param("The council will vote on the budget next week.", id="a-decision-still-to-come"),
    pytest.param("It would be odd for the committee to reject the new arrangements.", id="a-hypothetical-decision"),
    pytest.param("ARM MOTIONS PASSED", id="a-heading-over-a-list"),
    pytest.param("If a motion set out in the agenda is not moved, it shall be treated as withdrawn.", id="standing-orders"),
]


@pytest.mark.parametrize("text", NOT_MOTIONS)
def test_not_a_motion(text):
    assert motions(text) == []


def test_agenda_only_setting():
    from gpcorpus import Document
    from gpcorpus_motions import find_motions

    document = Document.from_text("Delegates voted to ballot members.\n\nThat conference calls for more GPs.")
    assert [m.form for m in find_motions(document, reported=False)] == ["agenda"]


def test_vote_count_is_linear_on_a_long_run_of_digit_groups():
    from gpcorpus_motions import patterns

    text = "by 1" + ",111" * 12_500 + " votes"
    assert patterns.votes_in(text, 0, len(text)) == (None, None, None)


def test_regression_script_scores_the_seeds():
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    shared = next((p for p in (root.parent / "shared", Path("/work/shared")) if (p / "eval" / "score.py").is_file()), None)
    if shared is None:
        pytest.skip("../shared is not beside this checkout")
    completed = subprocess.run(
        [sys.executable, str(root / "benchmarks" / "motions_regression.py"), "--sets", "seeds", "--shared", str(shared)],
        capture_output=True, text=True, cwd=root, timeout=600,
    )
    assert completed.returncode == 0, completed.stderr
    [row] = completed.stdout.splitlines()
    assert row.startswith("seeds") and " F1 " in row and "agenda=" in row


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Members met.\n\nThe motion read: ‘That this branch calls for safe staffing’, and was carried by 40 votes to 3.\n",
         ("carried", 40, 3)),
        ("Members met.\n\nThe resolution, ‘That this council notes the closure of the surgery’, was not carried.\n",
         ("lost", None, None)),
        ("Members met.\n\nTheir motion, ‘That conference deplores the cuts’, was passed unanimously.\n",
         ("carried", None, None)),
    ],
)
def test_a_quoted_motion_takes_the_result_its_own_sentence_gives(text, expected):
    [motion] = [m for m in run_plugin("motions", text) if m.kind == "motion"]
    assert (motion.outcome, motion.votes_for, motion.votes_against) == expected
