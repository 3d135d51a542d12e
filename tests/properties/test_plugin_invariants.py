"""Invariants every installed plugin keeps on any text: it never fails, its spans are in bounds,
its text is the source's, and the same input gives the same output."""
from __future__ import annotations

import pytest
from hypothesis import given

from gpcorpus import Document, make_plugin_manager
from tests.conftest import pipeline_with
from tests.strategies import any_text

PLUGINS = make_plugin_manager().plugin_names()


@pytest.mark.parametrize("plugin", PLUGINS)
@given(text=any_text)
def test_any_text(plugin, text):
    document = Document.from_text(text)
    result = pipeline_with(plugin).run(document)
    assert result.failures == ()
    for extraction in result:
        assert 0 <= extraction.start <= extraction.end <= len(text)
        assert extraction.text == text[extraction.start:extraction.end]
    again = pipeline_with(plugin).run(Document.from_text(text))
    assert again.extractions == result.extractions


@pytest.mark.parametrize("plugin", PLUGINS)
def test_long_hostile_input_completes(plugin):
    text = ("£1,000,000.5m-£ per cent 1 in 10 “‘quote’ said: " * 4000) + ("1," * 20000) + ("(i) " * 5000)
    result = pipeline_with(plugin).run(Document.from_text(text))
    assert result.failures == ()
