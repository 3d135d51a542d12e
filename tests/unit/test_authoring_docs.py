"""The plugin-authoring pages say what the code does (the drift issue 13 lists)."""
from __future__ import annotations

import importlib.metadata
from pathlib import Path

import regex

from gpcorpus import hookspecs
from gpcorpus.manager import ENTRY_POINT_GROUP

DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_the_plugins_listing_in_writing_plugins_names_every_built_in_plugin():
    text = (DOCS / "writing-plugins.rst").read_text(encoding="utf-8")
    listing = text[text.index("   name             version    kinds"):]
    listing = listing[:listing.index("\n\n")]
    listed = {line.split()[0] for line in listing.splitlines()[1:]}
    built_in = {entry_point.name for entry_point in importlib.metadata.entry_points(group=ENTRY_POINT_GROUP)
                if entry_point.value.startswith("gpcorpus_") and entry_point.name != "shouting"}
    assert "claims" in built_in
    assert listed == built_in | {"shouting"}


def test_hooks_page_says_plugin_info_runs_at_registration_not_when_a_run_starts():
    docstring = " ".join((hookspecs.gpcorpus_plugin_info.__doc__ or "").split())
    assert "when the plugin is registered" in docstring
    assert "a run starts" not in docstring


def test_no_page_says_a_bad_extraction_drops_all_the_plugins_results():
    # The pipeline drops each unsound extraction on its own (pipeline._check); the docs must agree.
    for page in ("writing-plugins.rst", "concepts.rst", "hooks.rst"):
        text = " ".join((DOCS / page).read_text(encoding="utf-8").split())
        assert not regex.search(r"whose text (?:is not|does not match)[^.]*its results for it are dropped", text), page
    docstring = " ".join((hookspecs.gpcorpus_extract.__doc__ or "").split())
    assert "reported and dropped on its own; the plugin's other extractions are kept" in docstring
