"""The lexicon: word lists as data, speech verbs by lemma, inflections generated from lemmas."""
from __future__ import annotations

import pytest

from gpcorpus import lexicon

VERBS = sorted(lexicon.speech_verbs().values(), key=lambda v: v.lemma)


def test_the_speech_lexicon_has_several_hundred_lemmas_each_with_a_known_act_frames_and_subject():
    assert len(VERBS) >= 200
    for verb in VERBS:
        assert verb.frames and verb.frames <= lexicon.FRAMES
        assert verb.subject in lexicon.SUBJECTS
        assert verb.source == "news" or "-" in verb.source  # a VerbNet class id such as say-37.7-1-1


@pytest.mark.parametrize("verb", VERBS, ids=lambda v: v.lemma)
def test_every_generated_inflection_of_every_lemma_is_recognised(verb):
    for tag, form in verb.inflections.items():
        entries = lexicon.speech_verb_forms()[form]
        assert (verb, tag) in entries, (form, tag)
        assert lexicon.speech_verb(form) is not None


@pytest.mark.parametrize(
    "lemma, forms",
    [
        ("say", ("says", "said", "said", "saying")),
        ("admit", ("admits", "admitted", "admitted", "admitting")),
        ("quip", ("quips", "quipped", "quipped", "quipping")),
        ("reply", ("replies", "replied", "replied", "replying")),
        ("vow", ("vows", "vowed", "vowed", "vowing")),
        ("criticise", ("criticises", "criticised", "criticised", "criticising")),
        ("write", ("writes", "wrote", "written", "writing")),
        ("tweet", ("tweets", "tweeted", "tweeted", "tweeting")),
        ("go on", ("goes on", "went on", "gone on", "going on")),
        ("point out", ("points out", "pointed out", "pointed out", "pointing out")),
        ("refer", ("refers", "referred", "referred", "referring")),
        ("visit", ("visits", "visited", "visited", "visiting")),
        ("echo", ("echoes", "echoed", "echoed", "echoing")),
    ],
)
def test_inflections_follow_english_morphology(lemma, forms):
    inflections = lexicon.inflect(lemma)
    assert (inflections.third, inflections.past, inflections.participle, inflections.gerund) == forms


def test_inflections_agree_with_an_independent_inflector():
    # lemminflect (a test dependency) as an oracle: every form we generate is one it knows
    lemminflect = pytest.importorskip("lemminflect")
    disagreements = []
    for verb in VERBS:
        head = verb.lemma.split()[0]
        known = lemminflect.getAllInflections(head, upos="VERB")
        if not known:
            continue
        ours = lexicon.inflect(head)
        for tag, key in (("third", "VBZ"), ("past", "VBD"), ("gerund", "VBG")):
            if key in known and getattr(ours, tag) not in known[key]:
                disagreements.append((head, tag, getattr(ours, tag), known.get(key)))
    # "forecast" has two accepted pasts (forecast, forecasted); lemminflect lists only one
    assert [d for d in disagreements if d[0] != "forecast"] == []


def test_findings_verbs_stay_apart_from_speech():
    for lemma in lexicon.words("finding_verbs"):
        assert lemma not in lexicon.speech_verbs()
    assert lexicon.speech_verb("found") is None and lexicon.speech_verb("showed") is None


@pytest.mark.parametrize("form, lemma", [("vowed", "vow"), ("tweeted", "tweet"), ("noting", "note"),
                                          ("retorted", "retort"), ("conceded", "concede"), ("hit back", "hit back")])
def test_the_verbs_news_uses_beyond_say_are_known(form, lemma):
    found = lexicon.speech_verb(form)
    assert found is not None and found[0].lemma == lemma


def test_word_lists_are_data_with_a_clear_error_for_an_unknown_list():
    assert "January" in lexicon.words("months")
    assert "dr" in lexicon.word_set("abbreviations")
    assert "the" in lexicon.word_set("determiners")
    with pytest.raises(KeyError, match="months"):
        lexicon.words("monthz")
