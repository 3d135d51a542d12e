"""Tests a plugin author writes for gpcorpus-shouting, using only gpcorpus's public API.

``docs/writing-plugins.rst`` includes this file. pytest puts this folder on ``sys.path`` (it is
not a package), so ``gpcorpus_shouting`` imports without being installed; an installed copy works
the same way.
"""
from __future__ import annotations

import pytest

import gpcorpus_shouting
from gpcorpus import Document, Pipeline, make_plugin_manager


def run_shouting(text: str, **settings: str) -> list:
    """Run only this plugin over ``text``, with the given settings, and fail on any plugin failure."""
    manager = make_plugin_manager(plugins={"shouting": gpcorpus_shouting}, load_entry_points=False)
    result = Pipeline(manager, settings={"shouting": settings}).run(Document.from_text(text))
    assert not result.failures, result.failures
    return list(result)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Written for this plugin, in the shape of headlines and quotes in the trade press.
        pytest.param('One GP told the meeting: "ENOUGH IS ENOUGH."', [("ENOUGH IS ENOUGH", 3)], id="quoted-shout"),
        pytest.param("GPs SAY NO TO THE CONTRACT", [("SAY NO TO THE CONTRACT", 5)], id="headline-after-mixed-case"),
        pytest.param("We DON'T WANT IT, they said.", [("DON'T WANT IT", 3)], id="apostrophe-inside-a-word"),
        pytest.param("I AM NOT SIGNING", [("I AM NOT SIGNING", 4)], id="single-letter-words-count"),
        pytest.param("The NHS and the BMA GPC met.", [], id="acronyms-are-not-shouting"),
        pytest.param("STOP THIS\nNOW", [], id="a-shout-does-not-run-across-lines"),
        pytest.param("Nothing here is shouted.", [], id="no-capitals"),
    ],
)
def test_shouts_are_found(text, expected):
    assert [(x.text, x.words) for x in run_shouting(text)] == expected


def test_every_shout_is_sliced_from_the_document():
    text = "Ministers were told: STOP CUTTING GENERAL PRACTICE. They did not."
    [shout] = run_shouting(text)
    assert (shout.kind, shout.plugin) == ("shout", "shouting")
    assert text[shout.start:shout.end] == shout.text == "STOP CUTTING GENERAL PRACTICE"


@pytest.mark.parametrize(("min_words", "expected"), [("2", ["BMA GPC", "STOP IT NOW"]), ("4", [])])
def test_min_words_setting(min_words, expected):
    text = "The BMA GPC said STOP IT NOW."
    assert [x.text for x in run_shouting(text, min_words=min_words)] == expected


def test_a_bad_setting_is_reported_as_a_failure_not_raised():
    manager = make_plugin_manager(plugins={"shouting": gpcorpus_shouting}, load_entry_points=False)
    result = Pipeline(manager, settings={"shouting": {"min_words": "lots"}}).run(Document.from_text("NO NO NO"))
    assert [(f.plugin, f.doc_id) for f in result.failures] == [("shouting", "text")]
    assert list(result) == []


def test_hostile_input_finishes():
    # 200 KB of capitals, apostrophes and spaces: the pattern must not backtrack its way through it.
    text = "A'B  C'' DEFG'H " * 12_500
    for shout in run_shouting(text, min_words="1"):
        assert text[shout.start:shout.end] == shout.text
