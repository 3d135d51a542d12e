"""The docs describe the code that exists: every hook, every public name, option and record field.

The last tests build the site with warnings as errors, as ``.ci/run`` does; they are marked
``docs`` so they can be deselected, and skip when Sphinx is not installed.
"""
from __future__ import annotations

import contextlib
import importlib.util
import io
import subprocess
import sys
from pathlib import Path

import attrs
import pytest
import regex

import gpcorpus
from gpcorpus import hookspecs
from gpcorpus.cli import ExitCode, main
from gpcorpus.records import extraction_types

DOCS = Path(__file__).resolve().parents[2] / "docs"
BUILT_IN_KINDS = ("money", "percentage", "quote", "motion", "comment", "claim")


def page(name: str) -> str:
    return (DOCS / name).read_text(encoding="utf-8")


def section(text: str, title: str) -> str:
    """The body of the section headed ``title``, up to the next heading of any level."""
    lines = text.splitlines()

    def is_heading(index: int) -> bool:
        underline = lines[index + 1] if index + 1 < len(lines) else ""
        return bool(lines[index].strip()) and len(set(underline)) == 1 and underline[0] in "=-~^" and len(
            underline) >= len(lines[index])

    starts = [i for i in range(len(lines)) if lines[i] == title and is_heading(i)]
    assert len(starts) == 1, f"no single section headed {title!r}"
    end = next((i for i in range(starts[0] + 2, len(lines)) if is_heading(i)), len(lines))
    return "\n".join(lines[starts[0] + 2:end])


def documented(text: str, name: str) -> bool:
    """Whether ``text`` has an autodoc or Python-domain directive for ``name``."""
    directive = r"(?:auto)?(?:class|function|data|exception|attribute|method)"
    return regex.search(rf"^\.\. {directive}:: {regex.escape(name)}\s*$", text, regex.MULTILINE) is not None


# -- the reference pages cover the code ----------------------------------------------------------


@pytest.mark.parametrize("hook", hookspecs.HOOK_NAMES)
def test_every_hook_has_an_autofunction_in_hooks_page(hook):
    assert documented(page("hooks.rst"), hook)


def test_hook_names_lists_every_hookspec():
    # HOOK_NAMES drives the test above, so it must not miss a hook that the module declares.
    marker = f"{hookspecs.PROJECT_NAME}_spec"
    declared = {name for name, value in vars(hookspecs).items() if callable(value) and hasattr(value, marker)}
    assert declared == set(hookspecs.HOOK_NAMES)


@pytest.mark.parametrize("name", gpcorpus.__all__)
def test_every_public_name_is_documented_in_api_page(name):
    assert documented(page("api.rst"), name)


def _options(command: str) -> set[str]:
    """The long options of a ``gpcorpus`` subcommand, read from its own ``--help``."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out), pytest.raises(SystemExit):
        main([command, "--help"])
    return set(regex.findall(r"(?<![\w-])--[a-z][a-z-]+", out.getvalue())) - {"--help"}


@pytest.mark.parametrize("command", ["extract", "plugins"])
def test_every_command_and_option_is_on_the_cli_page(command):
    body = section(page("cli.rst"), f"gpcorpus {command}")
    missing = {option for option in _options(command) if f"``{option}" not in body}
    assert not missing, f"not on the cli page under 'gpcorpus {command}': {sorted(missing)}"


def test_every_exit_code_is_documented():
    cli = page("cli.rst")
    assert ".. autoclass:: ExitCode" in cli and ":undoc-members:" in cli
    assert [code.name for code in ExitCode] == ["OK", "PARTIAL_FAILURE", "USAGE"]  # as the page explains


@pytest.mark.parametrize("kind", BUILT_IN_KINDS)
def test_every_field_of_every_kind_is_on_the_records_page(kind):
    body = section(page("records.rst"), kind)
    cls = extraction_types()[kind]
    fields = [f.name for f in attrs.fields(cls) if f.name not in ("doc_id", "span", "text", "plugin")]
    if kind == "quote":
        fields.append("content")  # written by to_record from the text
    missing = [name for name in fields if f"``{name}``" not in body]
    assert not missing, f"{kind} fields not on the records page: {missing}"


def test_index_links_every_page():
    index = page("index.rst")
    for name in ("quickstart", "writing-plugins", "cli", "api", "hooks", "records", "concepts", "changelog",
                 "plugins/money", "plugins/percentages", "plugins/motions", "plugins/speech",
                 "plugins/claims"):
        assert regex.search(rf"^   {regex.escape(name)}$", index, regex.MULTILINE), name
        assert (DOCS / f"{name}.rst").is_file(), name


# -- the site builds -----------------------------------------------------------------------------

needs_sphinx = pytest.mark.skipif(importlib.util.find_spec("sphinx") is None, reason="the docs extra is not installed")


def sphinx_build(builder: str, out: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "sphinx", "-W", "--keep-going", "-E", "-q", "-b", builder, str(DOCS), str(out)]
    return subprocess.run(command, capture_output=True, text=True, timeout=600)


@pytest.mark.docs
@needs_sphinx
def test_html_builds_without_warnings(tmp_path):
    completed = sphinx_build("html", tmp_path / "html")
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert (tmp_path / "html" / "writing-plugins.html").is_file()


@pytest.mark.docs
@needs_sphinx
def test_doctests_in_docs_pass(tmp_path):
    completed = sphinx_build("doctest", tmp_path / "doctest")
    report = (tmp_path / "doctest" / "output.txt")
    details = report.read_text(encoding="utf-8") if report.is_file() else ""
    assert completed.returncode == 0, completed.stdout + completed.stderr + details
