"""Plugin authors get told: broken declarations, misspelt or unmarked hooks, wrappers, where it failed.

And a plugin cannot take the batch down: BaseExceptions other than KeyboardInterrupt are isolated,
and a plugin that loops forever is stopped by the time budget (issues 13 and 14).
"""
from __future__ import annotations

import signal
import textwrap
import threading
import time
import types

import pytest

import gpcorpus
from gpcorpus import (
    Document,
    Money,
    Pipeline,
    PluginInfo,
    TimeBudget,
    hookimpl,
    make_plugin_manager,
)
from gpcorpus.cli import main

TEXT = "The board found £5m for GPs."


class Pounds:
    """Finds the £5m."""

    @hookimpl
    def gpcorpus_plugin_info(self):
        return PluginInfo(kinds=("money",))

    @hookimpl
    def gpcorpus_extract(self, document):
        start = document.text.find("£5m")
        if start >= 0:
            yield Money.found(document, start, start + 3, amount="5000000", currency="GBP")


def manager_of(**plugins):
    return make_plugin_manager(plugins=plugins, load_entry_points=False)


def run(**plugins):
    return Pipeline(manager_of(**plugins)).run(Document.from_text(TEXT, id="doc"))


# -- gpcorpus_plugin_info ----------------------------------------------------------------------


class BadDeclaration:
    @hookimpl
    def gpcorpus_plugin_info(self):
        raise RuntimeError("no declaration today")

    @hookimpl
    def gpcorpus_extract(self, document):
        return [Money.found(document, 0, 3, amount="1", currency="GBP")]


def test_a_raising_plugin_info_is_reported_and_the_plugin_still_runs():
    manager = manager_of(bad=BadDeclaration(), pounds=Pounds())
    [failure] = manager.load_failures
    assert (failure.plugin, failure.hook) == ("bad", "gpcorpus_plugin_info")
    assert "RuntimeError: no declaration today" in str(failure)
    assert "Traceback" in failure.traceback and "no declaration today" in failure.traceback
    assert manager.plugin_names() == ["bad", "pounds"]
    assert manager.info_of("bad") == PluginInfo()
    result = Pipeline(manager).run(Document.from_text(TEXT))
    assert sorted(x.plugin for x in result) == ["bad", "pounds"]


def test_plugin_info_returning_something_else_is_reported():
    class Odd:
        @hookimpl
        def gpcorpus_plugin_info(self):
            return {"kinds": ["money"]}

    manager = manager_of(odd=Odd())
    assert "returned dict, not a PluginInfo" in str(manager.load_failures[0])


def test_gpcorpus_plugins_reports_a_raising_plugin_info_without_a_traceback(monkeypatch, capsys):
    monkeypatch.setattr("gpcorpus.cli.make_plugin_manager", lambda **_: manager_of(bad=BadDeclaration()))
    assert main(["plugins"]) == 1
    captured = capsys.readouterr()
    assert "bad" in captured.out
    assert "gpcorpus: plugin 'bad' failed in gpcorpus_plugin_info: RuntimeError: no declaration today" in captured.err
    assert "Traceback" not in captured.err
    assert main(["plugins", "--traceback"]) == 1
    assert "Traceback (most recent call last)" in capsys.readouterr().err


# -- hooks that pluggy would pass over ----------------------------------------------------------


def test_a_misspelt_hook_without_hookimpl_is_a_load_failure():
    module = types.ModuleType("gpcorpus_typo")
    module.gpcorpus_extrakt = lambda document: ()
    manager = manager_of(typo=module, pounds=Pounds())
    assert manager.plugin_names() == ["pounds"]
    [failure] = manager.load_failures
    assert failure.plugin == "typo"
    assert "unknown hook gpcorpus_extrakt; did you mean gpcorpus_extract?" in str(failure)


def test_a_hook_without_hookimpl_is_a_load_failure():
    class Unmarked:
        def gpcorpus_extract(self, document):
            return ()

    manager = manager_of(unmarked=Unmarked(), pounds=Pounds())
    assert manager.plugin_names() == ["pounds"]
    assert "gpcorpus_extract is not decorated with @hookimpl" in str(manager.load_failures[0])


def test_names_that_are_not_functions_are_not_hooks():
    module = types.ModuleType("gpcorpus_constants")
    module.gpcorpus_version = "1.0"  # a constant with the prefix is not a hook function
    module.gpcorpus_extract = hookimpl(lambda document: ())
    manager = manager_of(constants=module)
    assert manager.plugin_names() == ["constants"] and manager.load_failures == []


@pytest.mark.parametrize("option", ["wrapper", "hookwrapper"])
def test_a_wrapper_is_refused_at_registration_with_the_reason(option):
    class Wrapper:
        @hookimpl(**{option: True})
        def gpcorpus_extract(self, document):
            if option == "wrapper":
                return (yield)
            yield

    manager = manager_of(wrapper=Wrapper(), pounds=Pounds())
    assert manager.plugin_names() == ["pounds"]
    [failure] = manager.load_failures
    assert "gpcorpus_extract is a wrapper" in str(failure) and "does not support" in str(failure)
    assert [x.text for x in Pipeline(manager).run(Document.from_text(TEXT))] == ["£5m"]


# -- where a failure happened -----------------------------------------------------------------


@pytest.fixture
def plugin_package(tmp_path, monkeypatch):
    """A plugin package on disk whose helper calls into the standard library, which raises."""
    package = tmp_path / "gpcorpus_fragile"
    package.mkdir()
    (package / "__init__.py").write_text(textwrap.dedent("""\
        from gpcorpus import hookimpl
        from gpcorpus_fragile.helpers import parse


        @hookimpl
        def gpcorpus_extract(document):
            return parse(document.text)
        """))
    (package / "helpers.py").write_text(textwrap.dedent("""\
        import json


        def parse(text):
            return json.loads(text)  # line 5: raises inside json, called from here
        """))
    monkeypatch.syspath_prepend(str(tmp_path))
    import importlib

    module = importlib.import_module("gpcorpus_fragile")
    yield module, package
    import sys

    for name in [name for name in sys.modules if name.startswith("gpcorpus_fragile")]:
        del sys.modules[name]


def test_a_failure_names_the_plugins_file_and_line_and_keeps_the_traceback(plugin_package):
    module, package = plugin_package
    result = Pipeline(manager_of(fragile=module)).run(Document.from_text("not json", id="doc"))
    [failure] = result.failures
    assert f"(at {package / 'helpers.py'}:5)" in str(failure)
    assert "Traceback (most recent call last)" in failure.traceback
    assert "json.loads(text)" in failure.traceback and "JSONDecodeError" in failure.traceback


def test_cli_traceback_prints_it_under_the_failure(plugin_package, monkeypatch, capsys, tmp_path):
    module, _ = plugin_package
    monkeypatch.setattr("gpcorpus.cli.make_plugin_manager", lambda **_: manager_of(fragile=module))
    article = tmp_path / "article.txt"
    article.write_text("not json\n", encoding="utf-8")
    assert main(["extract", str(article), "--format", "jsonl"]) == 1
    assert "Traceback" not in capsys.readouterr().err
    assert main(["extract", str(article), "--format", "jsonl", "--traceback"]) == 1
    lines = capsys.readouterr().err.splitlines()
    failure_line = next(i for i, line in enumerate(lines) if line.startswith("gpcorpus: plugin 'fragile' failed"))
    assert lines[failure_line + 1] == "Traceback (most recent call last):"


# -- BaseExceptions ---------------------------------------------------------------------------


class Custom(BaseException):
    """A BaseException of a plugin's own."""


@pytest.mark.parametrize("exception", [SystemExit(3), GeneratorExit(), Custom("mine")], ids=lambda e: type(e).__name__)
def test_a_base_exception_from_a_plugin_is_isolated_and_the_batch_goes_on(exception):
    class Exits:
        @hookimpl
        def gpcorpus_extract(self, document):
            raise exception

    pipeline = Pipeline(manager_of(exits=Exits(), pounds=Pounds()))
    documents = [Document.from_text(TEXT, id="one"), Document.from_text(TEXT, id="two")]
    results = list(pipeline.run_all(documents))
    assert [[x.text for x in result] for result in results] == [["£5m"], ["£5m"]]
    assert [(f.plugin, f.doc_id) for result in results for f in result.failures] == [("exits", "one"), ("exits", "two")]
    assert type(exception).__name__ in str(results[0].failures[0])


def test_keyboard_interrupt_still_stops_the_run():
    class Interrupted:
        @hookimpl
        def gpcorpus_extract(self, document):
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        Pipeline(manager_of(interrupted=Interrupted())).run(Document.from_text(TEXT))


# -- the time budget ------------------------------------------------------------------------


class Forever:
    """Loops forever in pure Python, swallowing every Exception on the way."""

    @hookimpl
    def gpcorpus_extract(self, document):
        count = 0
        while True:
            try:
                count += 1
            except Exception:
                pass


needs_alarm = pytest.mark.skipif(not hasattr(signal, "ITIMER_PROF"), reason="no CPU-time timer on this platform")


@needs_alarm
def test_a_plugin_that_loops_forever_is_stopped_and_the_batch_goes_on():
    pipeline = Pipeline(manager_of(forever=Forever(), pounds=Pounds()), budget=TimeBudget(per_mb=0, floor=0.2))
    started = time.monotonic()
    results = list(pipeline.run_all([Document.from_text(TEXT, id="one"), Document.from_text(TEXT, id="two")]))
    assert time.monotonic() - started < 5
    for result in results:
        assert [x.text for x in result] == ["£5m"]
        [failure] = result.failures
        assert failure.plugin == "forever" and failure.doc_id == result.document.id
        assert "time budget of 0.2 CPU seconds" in str(failure)


@needs_alarm
def test_the_budget_restores_the_alarm_handler_it_found():
    def mine(signum, frame):
        pass

    previous = signal.signal(signal.SIGPROF, mine)
    try:
        Pipeline(manager_of(pounds=Pounds()), budget=TimeBudget(per_mb=0, floor=1)).run(Document.from_text(TEXT))
        assert signal.getsignal(signal.SIGPROF) is mine
        assert signal.getitimer(signal.ITIMER_PROF) == (0.0, 0.0)
    finally:
        signal.signal(signal.SIGPROF, previous)


@needs_alarm
def test_a_timer_the_host_program_set_is_restored_less_the_time_spent():
    previous = signal.signal(signal.SIGPROF, lambda signum, frame: None)
    try:
        signal.setitimer(signal.ITIMER_PROF, 100.0)
        Pipeline(manager_of(forever=Forever()), budget=TimeBudget(per_mb=0, floor=0.1)).run(Document.from_text(TEXT))
        remaining, _ = signal.getitimer(signal.ITIMER_PROF)
        assert 99.0 < remaining < 100.0
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def test_the_budget_is_not_enforced_outside_the_main_thread():
    class Busy:
        @hookimpl
        def gpcorpus_extract(self, document):
            until = time.process_time() + 0.3
            while time.process_time() < until:
                pass
            return ()

    results = []
    pipeline = Pipeline(manager_of(busy=Busy()), budget=TimeBudget(per_mb=0, floor=0.05))
    worker = threading.Thread(target=lambda: results.append(pipeline.run(Document.from_text(TEXT))))
    worker.start()
    worker.join()
    assert results[0].failures == ()


def test_the_budget_grows_with_the_document_and_zero_disables_it():
    assert TimeBudget().seconds_for(0) == 5.0
    assert TimeBudget().seconds_for(1_000_000) == 15.0
    assert TimeBudget(per_mb=0, floor=0).seconds_for(10**9) is None
    assert Pipeline(manager_of(pounds=Pounds()), budget=0).budget is None
    assert Pipeline(manager_of(pounds=Pounds()), budget=2).budget == TimeBudget(per_mb=2)
    assert Pipeline(manager_of(pounds=Pounds())).budget == TimeBudget()


# -- gpcorpus_check -----------------------------------------------------------------------------


def test_checks_become_warnings_and_a_failing_check_is_isolated():
    class Counts:
        @hookimpl
        def gpcorpus_check(self, document, extractions):
            yield f"{len(extractions)} found"

    class BrokenCheck:
        @hookimpl
        def gpcorpus_check(self, document):
            raise ValueError("bad check")

    result = run(counts=Counts(), broken=BrokenCheck(), pounds=Pounds())
    assert result.warnings == ("doc: counts: 1 found",)
    [failure] = result.failures
    assert (failure.plugin, failure.hook) == ("broken", "gpcorpus_check")


def test_a_check_returning_one_string_gives_one_warning():
    class Terse:
        @hookimpl
        def gpcorpus_check(self, document):
            return "looks odd"

    assert run(terse=Terse()).warnings == ("doc: terse: looks odd",)


def test_the_comment_count_check_lives_in_the_comments_plugin():
    import gpcorpus_comments

    page = "Headline\n\nText.\n\nReaders' comments (3)\n\n  \u2022 About time.\n"
    warned = Pipeline(manager_of(comments=gpcorpus_comments)).run(Document.from_text(page, id="page")).warnings
    assert warned == ("page: comments: the page declares 3 reader comments but 1 were found",)
    assert Pipeline(manager_of(pounds=Pounds())).run(Document.from_text(page)).warnings == ()
    assert gpcorpus.hookspecs.HOOK_NAMES[-1] == "gpcorpus_check"


def test_a_plugin_that_exits_on_import_costs_only_itself(monkeypatch):
    import importlib.metadata

    class ExitingEntryPoint:
        name = "exiting"
        value = "gpcorpus_exiting"
        dist = None

        def load(self):
            raise SystemExit("bye")

    real = importlib.metadata.entry_points

    def entry_points(**kwargs):
        return [*real(**kwargs), ExitingEntryPoint()]

    monkeypatch.setattr(importlib.metadata, "entry_points", entry_points)
    manager = make_plugin_manager()
    assert "money" in manager.plugin_names()
    [failure] = manager.load_failures
    assert failure.plugin == "exiting" and "SystemExit: bye" in str(failure) and "Traceback" in failure.traceback
