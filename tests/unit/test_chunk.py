"""The chunker: noun phrases, verb groups and clause boundaries over the lexicon's word classes."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gpcorpus import Document
from gpcorpus import text as T
from gpcorpus.chunk import QUOTE_MASK, chunk, tokenize


def phrases(text: str) -> list[tuple[str, str]]:
    c = chunk(text)
    return [(c.text_of(n), n.kind) for n in c.noun_phrases]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Dr Jane Roe MP spoke.", [("Dr Jane Roe MP", "name")]),
        ("Sen. Ann Lee (R-Ky.) spoke.", [("Sen. Ann Lee (R-Ky.)", "name")]),
        ("Party spokesman Tom Reed spoke.", [("Party spokesman Tom Reed", "name")]),
        ("The health secretary Jane Doe spoke.", [("The health secretary Jane Doe", "name")]),
        ("A spokesman for the Royal College of Nurses spoke.", [("A spokesman for the Royal College of Nurses", "common")]),
        ("In a long interview Dr Roe spoke.", [("a long interview", "common"), ("Dr Roe", "name")]),
        ("Officials and nurses spoke.", [("Officials", "common"), ("nurses", "common")]),
        ("She spoke to them.", [("She", "pronoun"), ("them", "pronoun")]),
    ],
)
def test_noun_phrases(text, expected):
    assert phrases(text) == expected


@pytest.mark.parametrize(
    "text, lemma, negated, modal, passive",
    [
        ("The trust has said that it will close.", "say", False, None, False),
        ("The trust did not say when.", "say", True, None, False),
        ("The trust would never say so.", "say", True, "would", False),
        ("The minister was told about it.", "tell", False, None, True),
        ("The union hit back at once.", "hit back", False, None, False),
        ("The chair has also repeatedly warned ministers.", "warn", False, None, False),
    ],
)
def test_verb_groups(text, lemma, negated, modal, passive):
    groups = [g for g in chunk(text).verb_groups if g.speech is not None]
    assert [(g.lemma, g.negated, g.modal, g.passive) for g in groups] == [(lemma, negated, modal, passive)]


def test_clause_boundaries_mark_relatives_subordinators_coordination_and_inserted_phrases():
    c = chunk("The GP, who chairs the board, left because funding fell and staff quit.")
    assert [(b.kind, c.text_of(b)) for b in c.boundaries] == [
        ("comma", ","), ("relative", "who"), ("comma", ","), ("subordinator", "because"), ("coordinator", "and")]


def test_a_masked_quotation_is_one_token():
    text = "She said: " + QUOTE_MASK[0] * 12 + " and left."
    tokens = tokenize(text)
    assert [t.kind for t in tokens if t.kind == "quote"] == ["quote"]
    assert [b.kind for b in chunk(text).boundaries if b.kind == "quote"] == ["quote"]


def test_a_title_keeps_its_stop_and_a_sentence_stop_is_its_own_token():
    assert [t.text for t in tokenize("Mr. Lee spoke to No. 10 today.")] == ["Mr.", "Lee", "spoke", "to", "No.", "10", "today", "."]


_WORDS = st.sampled_from(["Dr", "Mr.", "Jane", "Roe", "the", "a", "health", "secretary", "said", "told", "has", "not",
                          "would", "who", ",", "and", "that", "officials", "£5m", "(", ")", "–", "of", "for", "BMA",
                          QUOTE_MASK[0] * 5, ".", "because", "hit", "back"])


@given(st.lists(_WORDS, max_size=40).map(" ".join) | st.text(max_size=120))
def test_chunks_lie_in_the_text_in_order_and_do_not_overlap(text):
    c = chunk(text)
    previous = 0
    for token in c.tokens:
        assert previous <= token.start < token.end <= len(text)
        assert text[token.start:token.end] == token.text
        previous = token.end
    spans = sorted([(n.start, n.end) for n in c.noun_phrases] + [(v.start, v.end) for v in c.verb_groups])
    for (a, b), (x, y) in zip(spans, spans[1:]):
        assert b <= x, f"{text[a:b]!r} overlaps {text[x:y]!r}"
    for item in [*c.noun_phrases, *c.verb_groups]:
        assert c.tokens[item.first].start == item.start and c.tokens[item.last].end == item.end
    assert chunk(text) == c  # deterministic


@given(st.text(max_size=300))
def test_every_chunk_lies_inside_its_sentence(text):
    document = Document.from_text(text)
    for sentence in T.sentences(document):
        c = chunk(document.text[sentence.start:sentence.end])
        for item in [*c.noun_phrases, *c.verb_groups, *c.boundaries]:
            assert 0 <= item.start <= item.end <= sentence.end - sentence.start
