"""Names are strict: a mistyped kind, plugin or setting is an error naming the nearest valid ones.

And ``kinds=`` runs only what the requested kinds are made from, with the same output as a full
run filtered afterwards (issues 13 and 15).
"""
from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pytest

import gpcorpus
from gpcorpus import (
    Document,
    Pipeline,
    PluginConfig,
    UnknownNameError,
    extract,
    make_plugin_manager,
)

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
TEXT = "The BMA said GPs were handed £3.8bn, a rise of 4.5 per cent."


@pytest.fixture(scope="module")
def manager():
    return make_plugin_manager()


def test_unknown_name_error_is_exported_and_is_a_value_error():
    assert gpcorpus.UnknownNameError is UnknownNameError
    assert issubclass(UnknownNameError, gpcorpus.GpcorpusError) and issubclass(UnknownNameError, ValueError)


@pytest.mark.parametrize(
    ("kinds", "name", "nearest"),
    [("mony", "mony", "money"), (["quotes"], "quotes", "quote"), (["money", "percent"], "percent", "percentage")],
    ids=["one-string", "plural", "one-of-two"],
)
def test_an_unknown_kind_names_the_nearest(manager, kinds, name, nearest):
    with pytest.raises(UnknownNameError) as raised:
        Pipeline(manager, kinds=kinds)
    error = raised.value
    assert (error.what, error.name, error.suggestions[0]) == ("kind", name, nearest)
    assert f"did you mean {nearest!r}" in str(error)


def test_a_kind_that_nothing_is_near_lists_the_known_kinds(manager):
    with pytest.raises(UnknownNameError, match="the known kinds are: claim, comment, money") as raised:
        Pipeline(manager, kinds=["zzzz"])
    assert raised.value.suggestions == ()


def test_one_string_is_one_kind():
    result = extract(TEXT, kinds="money")
    assert [(x.kind, x.text) for x in result] == [("money", "£3.8bn")]


def test_one_string_is_one_disabled_plugin():
    manager = make_plugin_manager(disabled="money")
    assert "money" not in manager.plugin_names() and "speech" in manager.plugin_names()
    assert extract(TEXT, disabled="money").of_kind("money") == []


def test_an_unknown_disabled_plugin_names_the_nearest():
    with pytest.raises(UnknownNameError) as raised:
        make_plugin_manager(disabled=["speach"])
    assert (raised.value.what, raised.value.name, raised.value.suggestions) == ("plugin", "speach", ("speech",))
    with pytest.raises(UnknownNameError, match="unknown plugin 'speach'"):
        extract(TEXT, disabled="speach")


def test_an_undeclared_setting_names_the_nearest(manager):
    with pytest.raises(UnknownNameError) as raised:
        Pipeline(manager, settings={"money": {"dolar": "EUR"}})
    assert (raised.value.what, raised.value.name, raised.value.suggestions) == ("setting", "money.dolar", ("money.dollar",))


def test_a_setting_for_no_plugin_is_an_error(manager):
    with pytest.raises(UnknownNameError) as raised:
        Pipeline(manager, settings={"nosuch": {"key": "1"}})
    assert (raised.value.what, raised.value.name) == ("plugin", "nosuch")
    assert "money" in raised.value.valid


def test_declared_settings_and_a_disabled_plugins_settings_are_accepted():
    Pipeline(make_plugin_manager(), settings={"money": {"dollar": "CAD"}, "motions": {"reported": "false"}})
    Pipeline(make_plugin_manager(disabled=["money"]), settings={"money": {"dollar": "CAD"}})


def test_kinds_run_only_their_makers(manager):
    assert Pipeline(manager, kinds=["money"]).plugins == ("money",)
    assert Pipeline(manager, kinds="comment").plugins == ("comments",)
    # claims are made from figures, quotes, motions and comments: their makers run too
    assert Pipeline(manager, kinds=["claim"]).plugins == tuple(manager.plugin_names())


def test_a_plugin_that_declares_no_kinds_always_runs(manager):
    class Quiet:
        @gpcorpus.hookimpl
        def gpcorpus_extract(self, document):
            return ()

    plugins = {"quiet": Quiet(), "comments": __import__("gpcorpus_comments")}
    assert Pipeline(make_plugin_manager(plugins=plugins, load_entry_points=False), kinds=["comment"]).plugins == (
        "comments", "quiet")


@pytest.mark.parametrize("path", SEEDS, ids=lambda path: path.stem)
def test_kinds_give_what_a_full_run_filtered_gives(manager, path):
    document = gpcorpus.read(path)
    full = Pipeline(manager).run(document)
    for kind in manager.kinds():
        alone = Pipeline(manager, kinds=[kind]).run(document)
        assert alone.extractions == tuple(full.of_kind(kind)), kind
        assert alone.failures == full.failures == ()


def test_plugin_config_is_a_mapping():
    config = PluginConfig({"min_words": "4", "strict": "yes"})
    assert isinstance(config, Mapping)
    assert sorted(config.values()) == ["4", "yes"]
    assert sorted(config.items()) == [("min_words", "4"), ("strict", "yes")]
    assert sorted(config) == sorted(config.keys()) == ["min_words", "strict"]
    assert (len(config), config.get("missing", "d"), "strict" in config) == (2, "d", True)
    assert config == PluginConfig(values={"min_words": "4", "strict": "yes"})
    assert (config.integer("min_words", 3), config.flag("strict"), config.flag("other")) == (4, True, False)


def test_plugin_config_does_not_share_the_dict_it_was_given():
    given = {"a": "1"}
    config = PluginConfig(given)
    given["b"] = "2"
    assert list(config) == ["a"]


def test_document_from_seeds_exist():
    # the comparison above must not pass vacuously
    assert len(SEEDS) >= 3 and all(isinstance(gpcorpus.read(path), Document) for path in SEEDS)
