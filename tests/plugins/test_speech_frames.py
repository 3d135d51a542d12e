"""The speech plugin's chunk frames and lexicon-driven verbs, each on invented sentences."""
from __future__ import annotations

import pytest

from tests.conftest import run_plugin


def found(text: str, **settings) -> list[tuple[str, str | None, str]]:
    from gpcorpus import Pipeline

    from tests.conftest import pipeline_with
    from gpcorpus import Document

    pipeline = Pipeline(pipeline_with("speech").manager, settings={"speech": settings}) if settings else pipeline_with("speech")
    result = pipeline.run(Document.from_text(text))
    return [(q.text, q.speaker, q.form) for q in result.of_kind("quote")]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The surgery will close in May, health officials said on Friday.",
                     [("The surgery will close in May", "health officials", "indirect")], id="postposed-with-time"),
        pytest.param("Jane Roe, senior partner at the Hill Surgery in Leeds, said patients still want local surgeries.",
                     [("patients still want local surgeries", "Jane Roe", "indirect")], id="subject-past-an-apposition"),
        pytest.param("The nurses, Ms Ann Hale noted, are exhausted by the rota.",
                     [("The nurses, Ms Ann Hale noted, are exhausted by the rota", "Ms Ann Hale", "indirect")],
                     id="inserted-cue"),
        pytest.param("The manager, who said staff were exhausted, resigned.",
                     [("staff were exhausted", "The manager", "indirect")], id="relative-clause"),
        pytest.param("Dr Omar Patel vowed to fight the closure of the surgery.",
                     [("to fight the closure of the surgery", "Dr Omar Patel", "indirect")], id="verb-and-to"),
        pytest.param("The chair of the board told his deputies to find another site.",
                     [("his deputies to find another site", "The chair of the board", "indirect")], id="verb-object-to"),
        pytest.param("Party spokesman Tom Reed said the plan was flawed.",
                     [("the plan was flawed", "Tom Reed", "indirect")], id="role-before-name"),
        pytest.param("The agency reported on Tuesday that waiting times had risen.",
                     [("waiting times had risen", "The agency", "indirect")], id="adverbial-before-that"),
        pytest.param("“We see no way through,” the mayor said, adding that talks would take weeks.",
                     [("We see no way through,", "the mayor", "direct"),
                      ("talks would take weeks", "the mayor", "indirect")], id="participle-after-a-quotation-cue"),
    ],
)
def test_chunk_frames(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("“This is not over,” Ann Lee, the chair of the local committee, told reporters.",
                     [("This is not over,", "Ann Lee", "direct")], id="cue-after-an-apposition"),
        pytest.param("“It is a fair offer,” said Mr. Tom Ray, a partner at the practice.",
                     [("It is a fair offer,", "Mr. Tom Ray", "direct")], id="inverted-cue-with-apposition"),
        pytest.param("At the meeting Dr Sam Bell declared “the service cannot go on like this.”",
                     [("the service cannot go on like this.", "Dr Sam Bell", "direct")], id="verb-then-quotation"),
        pytest.param("It was, as the local paper put it at the time, “a shambles.”",
                     [("a shambles.", "the local paper", "direct")], id="as-x-put-it"),
        pytest.param("According to Dr Sam Bell, “the rota is broken.”",
                     [("the rota is broken.", "Dr Sam Bell", "direct")], id="according-to-before-a-quotation"),
        pytest.param("‘It will not happen,’ retorted Ms Jo Finch.",
                     [("It will not happen,", "Ms Jo Finch", "direct")], id="a-verb-the-lexicon-adds"),
        pytest.param("\"I have always disliked the word 'outreach,' \" he told the group.",
                     [("I have always disliked the word 'outreach,'", None, "direct")], id="stray-space-before-a-closing-mark"),
    ],
)
def test_direct_frames(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("No reason has yet been given for the closure of the surgery.", id="a-base-form-as-a-noun"),
        pytest.param("Let’s call the minister’s bluff and resign from the board.", id="an-imperative"),
        pytest.param("The eventual appeals court ruling could decide the case.", id="a-plural-noun-in-s"),
        pytest.param("A poll of members by the nurses’ union suggests that most will leave.", id="a-study-suggests"),
        pytest.param("Over 80% of patients reported a good experience of their surgery.", id="survey-answers"),
        pytest.param("The trust did not say when the surgery would reopen.", id="negated"),
        pytest.param("The trust would say that the surgery must close.", id="hypothetical"),
        pytest.param("The Government has announced that it is reviewing the contract.", id="a-body-announcing-is-news"),
        pytest.param("It said the proposals set out included:\n\n• more funding", id="a-lead-in-to-a-list"),
    ],
)
def test_no_speech(text):
    assert [f for f in found(text) if f[2] != "partial"] == []


def test_a_speech_act_with_an_object_reports_only_its_quoted_words_unless_objects_is_set():
    text = "The minister accused the union of running a “reckless” campaign."
    assert found(text) == [("reckless", "The minister", "partial")]
    assert found(text, objects="true") == [
        ("the union of running a “reckless” campaign", "The minister", "indirect"),
        ("reckless", "The minister", "partial"),
    ]


def test_a_crosshead_is_not_an_antecedent():
    text = ("Dr Ann Lee, a GP in Hull, spoke first.\n\nStaffing levels\n\n"
            "She warned that the rota was at breaking point.")
    assert found(text) == [("the rota was at breaking point", "Dr Ann Lee", "indirect")]


def test_run_plugin_helper_agrees():
    assert run_plugin("speech", "Officials said the surgery would close.")[0].speaker == "Officials"
