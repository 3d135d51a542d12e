"""The core names no built-in kind: a third-party kind is summarised, recorded and checked as ours are."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

import gpcorpus

SOURCE = Path(gpcorpus.__file__).resolve().parent
BUILT_IN_KINDS = {"money", "percentage", "quote", "motion", "comment", "claim"}


# structure.py is left out: "comment" there is a block's role, the shape of a page, not a kind.
@pytest.mark.parametrize("module", ["pipeline.py", "records.py", "manager.py", "errors.py", "hookspecs.py"])
def test_the_core_does_not_branch_on_a_built_in_kind(module):
    tree = ast.parse((SOURCE / module).read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value) for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef)) and node.body
        and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)
    }
    named = {
        node.value for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
    }
    assert not named & BUILT_IN_KINDS
