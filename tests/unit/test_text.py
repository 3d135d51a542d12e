"""The language layer's first pass: paragraphs, sentences and quotation pairing (gpcorpus.text)."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gpcorpus import Document
from gpcorpus import text as T


def sentence_texts(text: str) -> list[str]:
    document = Document.from_text(text)
    return [document.text[s.start:s.end] for s in T.sentences(document)]


def quote_contents(text: str) -> list[str]:
    document = Document.from_text(text)
    return [document.text[q.content_start:q.content_end] for q in T.quotations(document)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # titles and abbreviations with a stop do not end a sentence
        ("Dr. Jane Roe spoke. Mr. Tom Ray agreed.", ["Dr. Jane Roe spoke.", "Mr. Tom Ray agreed."]),
        ("Sen. Ann Lee and Gov. Bo Ray met at No. 10 on Monday.", ["Sen. Ann Lee and Gov. Bo Ray met at No. 10 on Monday."]),
        ("They met at St. Mary's Hospital. It was late.", ["They met at St. Mary's Hospital.", "It was late."]),
        # initials and dotted abbreviations
        ("J. R. Hartley wrote it. The U.S. team replied.", ["J. R. Hartley wrote it.", "The U.S. team replied."]),
        # decimal numbers and ellipses
        ("Funding rose 3.5 per cent. Costs rose too.", ["Funding rose 3.5 per cent.", "Costs rose too."]),
        ("He paused... Then nothing.", ["He paused... Then nothing."]),
        # questions and exclamations, closing marks after the stop
        ("Is it enough? No! (Not yet.) Fine.", ["Is it enough?", "No!", "(Not yet.)", "Fine."]),
        # a stop inside a quotation that goes on does not end the sentence
        ("“We are tired. We need help,” she said. Then she left.",
         ["“We are tired. We need help,” she said.", "Then she left."]),
        # a quotation whose words end the sentence
        ("She said: “We need help.” Then she left.", ["She said: “We need help.”", "Then she left."]),
        # a line break ends a sentence (a headline) unless it falls inside a closed quotation
        ("GPs vote to strike\nDelegates backed it.", ["GPs vote to strike", "Delegates backed it."]),
        ("He said it was “good for patients\nand staff” until May.", ["He said it was “good for patients\nand staff” until May."]),
        # paragraphs
        ("One. Two.\n\nThree.", ["One.", "Two.", "Three."]),
    ],
)
def test_sentence_boundaries(text, expected):
    assert sentence_texts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He said: “It is over.”", ["It is over."]),
        ("He said: \"It is over.\"", ["It is over."]),
        ("He said: ‘It is over.’", ["It is over."]),
        ("He said: 'It is over.'", ["It is over."]),
        # doubled straight single marks stand for a double mark
        ("He said: ''It is over.''", ["It is over."]),
        # apostrophes are not marks
        ("She said: ‘We’re the GPs’ voice, aren’t we?’", ["We’re the GPs’ voice, aren’t we?"]),
        ("O’Brien’s view: ‘it’s fine’", ["it’s fine"]),
        # a possessive-shaped mark closes when nothing later could
        ("He called it ‘a plan for GPs’ and left.", ["a plan for GPs"]),
        # nested quotations
        ("She said: “They called it ‘madness’ at the time.”", ["They called it ‘madness’ at the time.", "madness"]),
        # doubled opening marks open one quotation
        ("Dr Kell said: ““CCGs are best placed.”", ["CCGs are best placed."]),
    ],
)
def test_quotation_pairing(text, expected):
    assert quote_contents(text) == expected


def test_a_quotation_runs_over_paragraphs_that_each_open_with_a_mark():
    text = "She said: “The first part.\n\n“The second part.\n\n“The end.”\n\nAfterwards, nothing."
    document = Document.from_text(text)
    quotes = T.quotations(document)
    assert len(quotes) == 1
    assert quotes[0].paragraphs == 3
    assert document.text[quotes[0].content_start:quotes[0].content_end] == "The first part.\n\n“The second part.\n\n“The end."


def test_an_unclosed_quotation_ends_with_its_paragraph_when_the_next_does_not_open_with_a_mark():
    text = "She said: “The first part.\n\nThe article goes on."
    assert quote_contents(text) == ["The first part."]


def test_a_stray_mark_mid_sentence_is_not_kept_when_unclosed():
    assert quote_contents("The 12\" pipe burst.\n\nNothing else.") == []


def test_quotations_never_cross_from_the_article_into_a_comment():
    text = (
        "Headline here\n\nThe chair said: “It is over.\n\n"
        "Readers' comments (1)\n\n  • Ann Lee\n\n    “I agree with this.”\n"
    )
    document = Document.from_text(text)
    assert document.comments, "the structure reader should find the comment"
    comment = document.comments[0].span
    for quote in T.quotations(document):
        assert comment.contains(quote.span) or quote.end <= comment.start


def test_the_layer_is_computed_once_per_document():
    document = Document.from_text("One. Two.")
    assert T.sentences(document) is T.sentences(document)
    assert T.layer(document) is T.layer(document)


def test_sentence_at_finds_the_sentence_holding_an_offset():
    document = Document.from_text("One here. Two there.")
    second = T.sentence_at(document, document.text.index("Two"))
    assert second is not None and document.text[second.start:second.end] == "Two there."
    assert T.sentence_at(document, document.text.index(" Two")) is None  # the space between them


# -- properties ------------------------------------------------------------------------------

_PIECES = st.sampled_from([
    "Dr", "Mr.", "Sen.", "No. 10", "3.5", "...", "…", ". ", "? ", "! ", "\n", "\n\n", " ", "“", "”", "‘", "’",
    '"', "'", "''", "GPs’", "We’re", "said", "The", "practice", "£5m", ",", ":", "(", ")", "•", "a", "B",
])
_TEXT = st.lists(_PIECES, max_size=60).map("".join) | st.text(max_size=200)


@given(_TEXT)
def test_sentences_tile_every_paragraph(text):
    document = Document.from_text(text)
    paragraphs = T.paragraphs(document)
    sentences = T.sentences(document)
    covered = [False] * len(text)
    previous_end = 0
    for sentence in sentences:
        assert 0 <= sentence.start < sentence.end <= len(text)
        assert sentence.start >= previous_end  # in order, never overlapping
        paragraph = paragraphs[sentence.paragraph]
        assert paragraph.start <= sentence.start and sentence.end <= paragraph.end
        for index in range(sentence.start, sentence.end):
            covered[index] = True
        previous_end = sentence.end
    for paragraph in paragraphs:
        for index in range(paragraph.start, paragraph.end):
            assert covered[index] or text[index].isspace(), f"{text[index]!r} at {index} is in no sentence"


@given(_TEXT)
def test_quotations_lie_in_bounds_and_cross_a_paragraph_only_into_one_that_opens_with_a_mark(text):
    document = Document.from_text(text)
    paragraphs = T.paragraphs(document)
    for quote in T.quotations(document):
        assert 0 <= quote.start <= quote.content_start <= quote.content_end <= quote.end <= len(text)
        inside = [p for p in paragraphs if p.start < quote.end and quote.start < p.end]
        assert len(inside) == quote.paragraphs or quote.paragraphs >= len(inside)
        for paragraph in inside[1:]:
            opening = text[paragraph.start:paragraph.start + 10].lstrip("•*·▪‣◦-– \t\u00a0\ufeff")
            assert opening[:1] in T.QUOTE_MARKS, "a quotation ran into a paragraph that does not open with a mark"


@given(_TEXT)
def test_the_layer_is_deterministic(text):
    first = Document.from_text(text)
    second = Document.from_text(text)
    assert T.sentences(first) == T.sentences(second)
    assert T.quotations(first) == T.quotations(second)


def test_the_layer_cache_keeps_no_document_alive():
    import gc

    document = Document.from_text("One. Two.")
    T.sentences(document)
    before = len(T._LAYERS)
    del document
    gc.collect()
    assert len(T._LAYERS) == before - 1


def test_layers_are_by_identity_so_equal_documents_each_get_their_own():
    first, second = Document.from_text("One. Two."), Document.from_text("One. Two.")
    assert T.layer(first) is not T.layer(second)
    assert T.sentences(first) == T.sentences(second)
