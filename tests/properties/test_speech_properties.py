"""Properties of the speech plugin: known quotes by known speakers come back exactly.

Strategies draw a speaker (a titled name, a body, an unnamed source), what they said (with
apostrophes, a nested quotation, one to three paragraphs) and an attribution pattern as British
news writes it (``X said: “…”``, ``“…,” said X.``, ``X told Pulse: ‘…’``, a headline ``‘…’ says
X``, a pronoun in a later paragraph after an intervening sentence), assemble an article, and
expect the quote's exact span and resolved speaker back. Invariants hold on any text.
"""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from gpcorpus import Document, Span
from tests.conftest import pipeline_with, run_plugin
from tests.strategies import any_text

#: Names as British news prints them: apostrophes, hyphens, Mc/Mac, several first names.
FIRST_NAMES = ("John", "Sujata", "Anthony", "Katie", "Richard", "Amira", "Kamila", "Chaand", "Beccy", "Iain", "Siobhan")
SURNAMES = ("Canning", "Chadha", "O’Brien", "Bramall-Stainer", "Vautrey", "McKenzie", "Okafor", "Nagpaul", "Baird",
            "MacLeod", "Hughes")
TITLES = {"Dr": None, "Professor": None, "Mr": "he", "Sir": "he", "Mrs": "she", "Ms": "she", "Dame": "she"}
#: Bodies as the text names them, with ``the`` where British usage puts it.
BODIES = ("The BMA", "NHS England", "The Royal College of GPs", "Shropshire Clinical Commissioning Group",
          "The King’s Fund", "Healthwatch England", "The Department of Health and Social Care")
#: Unnamed sources keep their description.
UNNAMED = ("A Department of Health spokesman", "A spokeswoman for NHS England", "A GP from County Durham",
           "A senior practice manager")
#: Sentences of speech, with the apostrophes that trouble single-quote pairing.
SAYINGS = (
    "We’re facing increasing financial risks",
    "GPs’ workload is unmanageable and patients’ needs come first",
    "It’s no wonder practices are closing",
    "This is not about money",
    "We have a desperate shortage of GPs in the North-East",
    "The contract was negotiated in good faith",
    "Practices can’t go on like this",
)
#: Neutral sentences with no person in them, to stand between a speaker and a later pronoun.
BETWEEN = (
    "Local councillors have raised concerns about access.",
    "Health leaders met on Tuesday to discuss the plans.",
    "Patients have been told to book appointments online.",
)
MARKS = {"curly double": ("“", "”"), "curly single": ("‘", "’"), "straight double": ('"', '"'), "straight single": ("'", "'"),
         # older Pulse pages open with the closing mark too (every saying starts with a capital)
         "reversed single": ("’", "’")}


@st.composite
def person(draw) -> tuple[str, str | None]:
    """A titled person's full name and the pronoun their title implies (``None`` for Dr)."""
    title = draw(st.sampled_from(sorted(TITLES)))
    name = f"{title} {draw(st.sampled_from(FIRST_NAMES))} {draw(st.sampled_from(SURNAMES))}"
    return name, TITLES[title]


@st.composite
def saying(draw, marks: str) -> str:
    """One to three sentences; in double marks, perhaps with a nested single-quoted phrase."""
    sentences = draw(st.lists(st.sampled_from(SAYINGS), min_size=1, max_size=3))
    text = ". ".join(sentences) + "."
    if marks.endswith("double") and draw(st.booleans()):
        text = text[:-1] + ", as the so-called ‘rescue package’ shows."
    return text


def speaker_text(draw) -> str:
    kind = draw(st.sampled_from(["person", "body", "unnamed"]))
    if kind == "person":
        return draw(person())[0]
    return draw(st.sampled_from(BODIES if kind == "body" else UNNAMED))


@st.composite
def direct_quote(draw) -> tuple[str, Span, str]:
    """An article with one direct quote: its text, the quote's content span, the speaker."""
    style = draw(st.sampled_from(sorted(MARKS)))
    opening, closing = MARKS[style]
    speaker = speaker_text(draw)
    words = draw(saying(style))
    pattern = draw(st.sampled_from(["colon", "comma", "told", "in a statement", "after said X", "after X said"]))
    # a bullet opening a standfirst line is never part of the speaker
    lead = draw(st.sampled_from(["", "Meanwhile, ", "Speaking on Monday, ", "• "]))
    if pattern in ("colon", "comma", "told", "in a statement"):
        cue = {"colon": "said:", "comma": "said,", "told": "told Pulse:", "in a statement": "said in a statement:"}[pattern]
        head = f"{lead}{speaker} {cue} {opening}"
        sentence = f"{head}{words}{closing}"
        start = len(head)
    else:
        spoken = words[:-1] + ","
        tail = f" said {speaker}." if pattern == "after said X" else f" {speaker} said."
        sentence = f"{opening}{spoken}{closing}{tail}"
        start = len(opening)
        words = spoken
    before = draw(st.sampled_from(["", "The practice serves patients across the town.\n\n"]))
    after = draw(st.sampled_from(["", "\n\nThe surgery will stay open while the review goes on."]))
    return f"{before}{sentence}{after}", Span(len(before) + start, len(before) + start + len(words)), speaker


def _spoken_by(extractions, span: Span) -> list[str | None]:
    return [x.speaker for x in extractions if x.kind == "quote" and x.span == span]


def _same_speaker(found: str | None, expected: str) -> bool:
    # a body's leading "The" may be dropped when it is read after a verb ("said the BMA")
    return found is not None and found.lower().removeprefix("the ") == expected.lower().removeprefix("the ")


@given(direct_quote())
def test_direct_quote_and_speaker_recovered(case):
    text, span, speaker = case
    speakers = _spoken_by(run_plugin("speech", text), span)
    assert len(speakers) == 1 and _same_speaker(speakers[0], speaker), (text, speakers)


@st.composite
def multi_paragraph_quote(draw) -> tuple[str, Span, str]:
    """British style: every paragraph of the quote opens with a mark, only the last closes."""
    style = draw(st.sampled_from(["curly double", "curly single", "straight double", "reversed single"]))
    opening, closing = MARKS[style]
    speaker = draw(person())[0]
    paragraphs = draw(st.lists(st.sampled_from(SAYINGS), min_size=2, max_size=4))
    head = f"{speaker} said: {opening}"
    body = f".\n\n{opening}".join(paragraphs) + "."
    text = f"{head}{body}{closing}\n\nThe surgery will stay open while the review goes on."
    return text, Span(len(head), len(head) + len(body)), speaker


@given(multi_paragraph_quote())
def test_quote_over_several_paragraphs_is_one(case):
    text, span, speaker = case
    assert _spoken_by(run_plugin("speech", text), span) == [speaker]


@st.composite
def pronoun_later(draw) -> tuple[str, Span, str]:
    """A named person speaks; then an unrelated sentence; then "He said:" / "She added:" quotes them."""
    name, pronoun = draw(person())
    pronoun = pronoun or draw(st.sampled_from(["he", "she"]))
    first = f"{name} said the practice was struggling to recruit."
    between = draw(st.lists(st.sampled_from(BETWEEN), min_size=1, max_size=2))
    verb = draw(st.sampled_from(["said", "added", "warned"]))
    # the pronoun may follow a fronted adverbial: ``At a meeting with local GPs he said:``
    lead = draw(st.sampled_from(["", "At the meeting ", "On a visit to the surgery ", "During the debate "]))
    head = f"{lead}{pronoun} {verb}: “" if lead else f"{pronoun.capitalize()} {verb}: “"
    words = draw(saying("curly double"))
    text = f"{first} {' '.join(between)}\n\n{head}{words}”"
    start = len(text) - len(words) - 1
    return text, Span(start, start + len(words)), name


@given(pronoun_later())
def test_pronoun_resolves_across_an_intervening_sentence(case):
    text, span, name = case
    assert _spoken_by(run_plugin("speech", text), span) == [name]


@st.composite
def short_form_later(draw) -> tuple[str, Span, str]:
    """``Steve Kell`` first, ``Dr Kell said:`` later: the short form resolves to the full name."""
    first = draw(st.sampled_from(FIRST_NAMES))
    surname = draw(st.sampled_from(SURNAMES))
    role = draw(st.sampled_from(["", ", chair of the local medical committee,"]))
    opening = f"{first} {surname}{role} spoke at the meeting. "
    head = f"Dr {surname} said: ‘"
    words = draw(saying("curly single"))
    text = f"{opening}{draw(st.sampled_from(BETWEEN))}\n\n{head}{words}’"
    start = len(text) - len(words) - 1
    return text, Span(start, start + len(words)), f"{first} {surname}"


@given(short_form_later())
def test_short_form_resolves_to_the_full_name(case):
    text, span, name = case
    assert _spoken_by(run_plugin("speech", text), span) == [name]


@st.composite
def reported(draw) -> tuple[str, Span, str]:
    """``X said (that) CLAUSE.`` (or ``confirmed``, ``highlighted``, ``pointed out that``) or
    ``CLAUSE, X said.`` (``has reported``, ``told reporters``) with no marks: the clause is
    reported speech (a passive ``found`` in it is no finding)."""
    speaker = speaker_text(draw)
    if draw(st.booleans()):
        # a body named for two places joined by ``and the`` is one speaker
        speaker = "The Integrated Care Board for Kent and the Isle of Sheppey"
    clause = draw(st.sampled_from([
        "half of GP practices in the region were looking at losing staff",
        "the new service would create thousands of extra appointments",
        "it had written to patients to inform them of the decision",
        "more staff were needed but could not be found quickly",
    ]))
    if draw(st.booleans()):
        clause = clause[0].upper() + clause[1:]
        subject = speaker[0].lower() + speaker[1:] if speaker.startswith(("The ", "A ")) else speaker
        # the closing cue may name a listener (``told reporters``) or be ``reported``
        cue = draw(st.sampled_from(["said", "has reported", "told reporters", "tells the conference"]))
        return f"{clause}, {subject} {cue}.", Span(0, len(clause)), speaker
    that = draw(st.sampled_from(["", "that "]))
    # ``confirmed`` and ``highlighted`` take a clause with or without ``that`` (a clause has a
    # finite verb of its own: every clause here does)
    verb = draw(st.sampled_from(["said", "confirmed", "highlighted"]))
    if that:
        verb = draw(st.sampled_from([verb, "pointed out"]))  # ``pointed out`` takes ``that`` only
        # after ``that`` a clause may open with a fronted adverbial: ``said that as part of ...,``
        clause = draw(st.sampled_from(["", "as part of the plan, ", "in the coming months, "])) + clause
    if that and verb != "pointed out":
        # an adverbial may stand between the verb and ``that``, a long one too
        that = draw(st.sampled_from(["", "in a statement ", "on Monday ",
                                     "in a statement to the House of Commons on Monday "])) + that
    head = f"{speaker} {verb} {that}"
    return f"{head}{clause}.", Span(len(head), len(head) + len(clause)), speaker


@given(reported())
def test_reported_speech_recovered(case):
    text, span, speaker = case
    found = [x for x in run_plugin("speech", text) if x.span == span]
    assert [(x.form, _same_speaker(x.speaker, speaker)) for x in found] == [("indirect", True)], text


@st.composite
def according_to_a_finding(draw) -> str:
    """``CLAUSE, according to the latest X data.`` / ``According to a survey of N members,
    CLAUSE.``: what data or a study says is a finding, not speech, whoever compiled it."""
    source = draw(st.sampled_from([b.replace("The ", "") for b in BODIES]))
    finding = draw(st.sampled_from([
        f"the latest {source} data", f"new {source} figures", f"a survey of 400 {source} members",
        f"a poll of practice managers by {source}", f"an analysis by {source}",
    ]))
    clause = draw(st.sampled_from([
        "the number of GPs per head has fallen for a fifth year",
        "most practices are struggling to recruit partners",
    ]))
    if draw(st.booleans()):
        return f"{clause[0].upper()}{clause[1:]}, according to {finding}."
    return f"According to {finding}, {clause}."


@given(according_to_a_finding())
def test_according_to_a_finding_is_not_speech(text):
    assert [x for x in run_plugin("speech", text) if x.kind == "quote"] == [], text


@st.composite
def quoted_paragraph_after_reported(draw) -> tuple[str, Span, str]:
    """``X said CLAUSE.`` (perhaps with a quoted phrase), then a paragraph that is only a quotation
    (perhaps after ``In addition:``): the quotation carries on X's words."""
    text, _span, speaker = draw(reported())
    style = draw(st.sampled_from(["curly double", "curly single", "straight double", "straight single"]))
    opening, closing = MARKS[style]
    words = draw(saying(style))
    # an additive connective and a colon may lead the paragraph in: ``In addition: “...”``
    lead = draw(st.sampled_from(["", "In addition: ", "Furthermore: "]))
    head = f"{text}\n\n{lead}{opening}"
    return f"{head}{words}{closing}", Span(len(head), len(head) + len(words)), speaker


@given(quoted_paragraph_after_reported())
def test_quoted_paragraph_carries_on_reported_speech(case):
    text, span, speaker = case
    found = [x for x in run_plugin("speech", text) if x.span == span]
    assert [(x.form, _same_speaker(x.speaker, speaker)) for x in found] == [("direct", True)], text


@st.composite
def coordinated(draw) -> tuple[str, list[Span], str]:
    """``X said CLAUSE and said CLAUSE.`` / ``X says CLAUSE - and says CLAUSE.``: one speaker, two clauses."""
    speaker = speaker_text(draw)
    clauses = draw(st.lists(st.sampled_from([
        "half of GP practices in the region were looking at losing staff",
        "the new service would create thousands of extra appointments",
        "ministers must think again about the contract",
    ]), min_size=2, max_size=2, unique=True))
    verb = draw(st.sampled_from(["said", "says", "warned"]))
    joint = draw(st.sampled_from([" and ", " - and ", " and also ", ", and "]))
    head = f"{speaker} {verb} "
    second = f"{head}{clauses[0]}{joint}{verb} "
    text = f"{second}{clauses[1]}."
    return text, [Span(len(head), len(head) + len(clauses[0])), Span(len(second), len(second) + len(clauses[1]))], speaker


@given(coordinated())
def test_second_verb_after_and_keeps_the_speaker(case):
    text, spans, speaker = case
    found = [x for x in run_plugin("speech", text) if x.kind == "quote"]
    assert [(x.span, x.form) for x in found] == [(span, "indirect") for span in spans], text
    assert all(_same_speaker(x.speaker, speaker) for x in found), text


# -- invariants on any text ----------------------------------------------------------------------

@given(any_text)
def test_invariants_on_any_text(text):
    document = Document.from_text(text)
    result = pipeline_with("speech").run(document)
    assert result.failures == ()
    for quote in result.of_kind("quote"):
        assert 0 <= quote.start <= quote.end <= len(text)
        assert quote.text == text[quote.start:quote.end]
        assert quote.form in ("direct", "partial", "indirect", "scare")
        # a scare quote has no speaker; a speaker's mention lies inside the text
        assert quote.form != "scare" or quote.speaker is None
        if quote.speaker_span is not None:
            assert 0 <= quote.speaker_span.start <= quote.speaker_span.end <= len(text)
        # a quote never swallows its own closing mark or starts on white space
        assert quote.text == quote.text.strip()
    assert pipeline_with("speech").run(Document.from_text(text)).extractions == result.extractions


@given(st.lists(st.sampled_from(["“", "”", "‘", "’", "'", '"', "«", "»", "s’ ", "We’re ", "said: ", "\n\n", "he said. ", "x "]),
                max_size=60))
def test_any_mixture_of_marks_is_safe(pieces):
    text = "".join(pieces)
    for quote in run_plugin("speech", text):
        assert quote.text == text[quote.start:quote.end]


@st.composite
def agenda_motions(draw) -> str:
    """Agenda lines of motions: ``3 KENT – That this conference calls for ...``: no speech."""
    lines = []
    for number in range(1, draw(st.integers(1, 4)) + 1):
        proposer = draw(st.sampled_from(["KENT", "AVON", "1ELMC", "Hillingdon", "The Chair (Agenda Committee)"]))
        link = draw(st.sampled_from([" – ", ": ", "- ", " "]))
        subject = draw(st.sampled_from(["That this conference", "That conference", "Thatthis conference",
                                        "That this meeting"]))
        verb = draw(st.sampled_from(["calls for", "calls on NHS England to", "insists that", "believes that",
                                     "demands", "calls upon the GPC to"]))
        rest = draw(st.sampled_from(["more funding for practices in the region",
                                     "practices be paid for the extra work they do",
                                     "a review of the GP retainer scheme"]))
        lines.append(f"{number} {proposer}{link}{subject} {verb} {rest}.")
    return "Workforce 10.50 – 11.15\n\n" + "\n\n".join(lines)


@given(agenda_motions())
def test_agenda_motion_lines_are_not_speech(text):
    assert [x.text for x in run_plugin("speech", text) if x.kind == "quote"] == [], text
