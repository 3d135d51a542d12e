"""The output's defences against hostile text: terminal escapes, controls, spreadsheet formulas."""
from __future__ import annotations

import io
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gpcorpus.output import escape_controls, neutralise_formula, strip_controls, write_text

UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        pytest.param("“\x1b]0;PWNED\x07\x1b[2J” said Dr Jane Smith.", "“” said Dr Jane Smith.", id="osc-title-then-clear"),
        pytest.param("a\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\b", "alinkb", id="osc-8-hyperlink-with-st"),
        pytest.param("\x1b[31;1mred\x1b[0m", "red", id="csi-colour"),
        pytest.param("\x9b2Jx", "x", id="eight-bit-csi"),
        pytest.param("\x9d0;title\x9cx", "x", id="eight-bit-osc-and-st"),
        pytest.param("\x9d\x9d0;t\x07x", "x", id="eight-bit-osc-after-an-unfinished-one"),
        pytest.param("\x1bPq#0;2;0;0;0\x1b\\x", "x", id="dcs-sixel"),
        pytest.param("\x1bcreset", "reset", id="esc-c-full-reset"),
        pytest.param("a\x1b", "a", id="lone-esc"),
        pytest.param("\x1b]0;no terminator", "0;no terminator", id="unterminated-osc-keeps-the-text"),
        pytest.param("tab\there\r\nnext", "tab here next", id="spacing-controls-become-spaces"),
        pytest.param("abc\u202edcba", "abcdcba", id="bidi-override"),
        pytest.param("a\u2066b\u2069c\u200f", "abc", id="bidi-isolates-and-marks"),
        pytest.param("bell\x07\x00\x7f\x85x", "bell x", id="c0-c1-del"),
        pytest.param("caf\udce9", "caf\\xe9", id="undecodable-byte-shown-escaped"),
        pytest.param("£10m – “quoted” – café", "£10m – “quoted” – café", id="ordinary-text-untouched"),
    ],
)
def test_strip_controls(text, shown):
    assert strip_controls(text) == shown


@given(st.text())
def test_stripped_and_escaped_text_has_no_control_left(text):
    assert not UNSAFE.search(strip_controls(text))
    assert not UNSAFE.search(escape_controls(text))


@given(st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Cf"))))
def test_text_without_controls_is_left_alone(text):
    assert strip_controls(text) == text
    assert escape_controls(text) == text


def test_escape_controls_keeps_every_character_visible():
    assert escape_controls("a\x1b[2J\u202e\n\udcff") == "a\\x1b[2J\\u202e\\x0a\\xff"


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        ("=1+2", "'=1+2"),
        ("+cmd", "'+cmd"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("-4.5", "-4.5"),  # a plain number is never a formula
        ("+12", "+12"),
        ("Dr Jane Smith", "Dr Jane Smith"),
        ("", ""),
        ("a=b", "a=b"),
    ],
)
def test_neutralise_formula_follows_the_owasp_rule(cell, written):
    assert neutralise_formula(cell) == written




def test_write_text_escapes_what_the_stream_cannot_encode():
    buffer = io.BytesIO()
    stream = io.TextIOWrapper(buffer, encoding="utf-8", errors="strict")
    write_text(stream, "ok caf\udce9 £\n")
    stream.flush()
    assert buffer.getvalue() == "ok caf\\udce9 £\n".encode()


@given(st.text())
def test_a_neutralised_cell_is_the_cell_or_the_cell_behind_a_quote_and_never_a_formula(cell):
    written = neutralise_formula(cell)
    assert written in (cell, "'" + cell)
    assert not written.startswith(("=", "+", "-", "@", "\t", "\r")) or re.fullmatch(r"[+-][0-9]+(?:\.[0-9]+)?", written)
