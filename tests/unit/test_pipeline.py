"""Plugins are loaded one at a time and run in isolation: one failure never loses the others' work."""
from __future__ import annotations

import types
from collections.abc import Sequence

import pytest

from gpcorpus import (
    Document,
    Extraction,
    Money,
    Pipeline,
    PluginConfig,
    PluginInfo,
    Span,
    extract,
    hookimpl,
    make_plugin_manager,
)

TEXT = "Title line\n\nThe board found £5m for GPs.\n\nReaders' comments (1)\n\n• Anonymous words here.\n\n    Unsuitable or offensive? Report this comment\n"


class Pounds:
    """Finds the one £5m in TEXT, and anything its settings ask for."""

    @hookimpl
    def gpcorpus_plugin_info(self):
        return PluginInfo(kinds=("money",), settings={"also": "a word to report as money too"})

    @hookimpl
    def gpcorpus_extract(self, document: Document, config: PluginConfig):
        start = document.text.find("£5m")
        if start >= 0:
            yield Money.found(document, start, start + 3, amount="5000000", currency="GBP")
        if "also" in config:
            start = document.text.find(config["also"])
            yield Money.found(document, start, start + len(config["also"]), amount="1", currency="GBP")


class Broken:
    @hookimpl
    def gpcorpus_extract(self, document):
        raise RuntimeError("kaboom")


class Liar:
    """Returns an extraction whose text is not the document's text at its span."""

    @hookimpl
    def gpcorpus_extract(self, document):
        return [Money(doc_id=document.id, span=Span(0, 5), text="wrong", amount="1", currency="GBP")]


class Chrome:
    """Finds a figure inside site chrome, which the pipeline must drop."""

    @hookimpl
    def gpcorpus_extract(self, document):
        start = document.text.find("(1)")
        yield Money.found(document, start + 1, start + 2, amount="1", currency="GBP")


class Counter:
    """Phase two: sees every phase-one extraction, in document order."""

    seen: Sequence[Extraction] = ()

    @hookimpl
    def gpcorpus_link(self, document, extractions):
        Counter.seen = extractions
        return ()


def pipeline(**plugins) -> Pipeline:
    return Pipeline(make_plugin_manager(plugins=plugins, load_entry_points=False))


def test_a_plugin_that_raises_is_reported_and_the_others_still_run():
    result = pipeline(pounds=Pounds(), broken=Broken()).run(Document.from_text(TEXT, id="doc"))
    assert [x.text for x in result] == ["£5m"]
    [failure] = result.failures
    assert failure.plugin == "broken" and failure.doc_id == "doc"
    assert "RuntimeError: kaboom" in str(failure)
    assert "'broken'" in str(failure) and "'doc'" in str(failure)


def test_an_extraction_that_does_not_match_its_span_is_a_failure():
    result = pipeline(liar=Liar(), pounds=Pounds()).run(Document.from_text(TEXT, id="doc"))
    assert [x.plugin for x in result] == ["pounds"]
    assert "is not the document's text" in str(result.failures[0])


def test_extractions_in_site_chrome_are_dropped():
    result = pipeline(chrome=Chrome()).run(Document.from_text(TEXT))
    assert list(result) == []


def test_each_extraction_is_stamped_with_its_plugin_name():
    result = pipeline(pounds=Pounds()).run(Document.from_text(TEXT))
    assert [x.plugin for x in result] == ["pounds"]


def test_settings_reach_only_their_plugin():
    manager = make_plugin_manager(plugins={"pounds": Pounds()}, load_entry_points=False)
    result = Pipeline(manager, settings={"pounds": {"also": "board"}}).run(Document.from_text(TEXT))
    assert [x.text for x in result] == ["board", "£5m"]
    other = Pipeline(make_plugin_manager(plugins={"pounds": Pounds(), "counter": Counter()}, load_entry_points=False),
                     settings={"counter": {}})
    assert [x.text for x in other.run(Document.from_text(TEXT))] == ["£5m"]


def test_the_link_phase_sees_everything_in_document_order():
    p = pipeline(pounds=Pounds(), counter=Counter())
    p.run(Document.from_text(TEXT))
    assert [x.text for x in Counter.seen] == ["£5m"]


def test_kinds_filter_the_output():
    import gpcorpus_comments

    manager = make_plugin_manager(plugins={"pounds": Pounds(), "comments": gpcorpus_comments}, load_entry_points=False)
    assert [x.kind for x in Pipeline(manager).run(Document.from_text(TEXT))] == ["money", "comment"]
    assert [x.kind for x in Pipeline(manager, kinds=["comment"]).run(Document.from_text(TEXT))] == ["comment"]


def test_a_disabled_plugin_is_not_loaded():
    manager = make_plugin_manager(plugins={"pounds": Pounds(), "broken": Broken()}, disabled=["broken"], load_entry_points=False)
    assert manager.plugin_names() == ["pounds"]


def test_a_plugin_with_an_unknown_hook_fails_to_load_and_others_load():
    typo = types.SimpleNamespace()
    typo.gpcorpus_extrakt = hookimpl(lambda document: ())
    manager = make_plugin_manager(plugins={"typo": typo, "pounds": Pounds()}, load_entry_points=False)
    assert manager.plugin_names() == ["pounds"]
    [failure] = manager.load_failures
    assert failure.plugin == "typo" and "unknown hook" in str(failure)


def test_plugin_info_declares_kinds_and_settings():
    manager = make_plugin_manager(plugins={"pounds": Pounds(), "broken": Broken()}, load_entry_points=False)
    assert manager.info_of("pounds").kinds == ("money",)
    assert "also" in manager.info_of("pounds").settings
    assert manager.info_of("broken").kinds == ()


def test_builtin_plugins_come_through_entry_points_under_their_names():
    names = make_plugin_manager().plugin_names()
    assert {"comments", "money", "percentages", "motions", "speech"} <= set(names)


def test_a_comment_count_that_disagrees_with_its_header_is_a_warning():
    text = TEXT.replace("(1)", "(2)")
    import gpcorpus_comments

    result = pipeline(pounds=Pounds(), comments=gpcorpus_comments).run(Document.from_text(text, id="doc"))
    assert result.warnings == ("doc: comments: the page declares 2 reader comments but 1 were found",)
    assert pipeline(pounds=Pounds()).run(Document.from_text(text, id="doc")).warnings == ()


def test_extract_takes_a_string_and_results_filter_by_kind():
    result = extract(TEXT, disabled=["speech", "motions", "percentages", "money"])
    assert [x.kind for x in result] == ["comment"]
    assert result.of_kind("money") == []
    assert result.to_records()[0]["kind"] == "comment"


@pytest.mark.parametrize("bad", [None, 42, "text"])
def test_a_plugin_returning_non_extractions_is_reported(bad):
    class Odd:
        @hookimpl
        def gpcorpus_extract(self, document):
            return [bad] if bad is not None else None

    result = pipeline(odd=Odd()).run(Document.from_text("x"))
    if bad is None:
        assert result.failures == ()
    else:
        assert "not an Extraction" in str(result.failures[0])
