"""Reading the third-party conformance suites in ``../shared/external/`` and marking cases.

Shared by the money and percentage conformance tests: the suites are read from beside the
checkout (never copied into it), and a case we judge wrong or know we miss is a strict xfail
with its reason, so a fix or a regression shows up as a failure.
"""
from __future__ import annotations

import json
from functools import cache

import pytest

from tests.conftest import SHARED


@cache
def cases(file: str) -> dict[str, dict]:
    """The cases of one suite file by id; the test is skipped when the suite is not there."""
    path = SHARED / "external" / file
    if not path.is_file():
        pytest.skip(f"{path} is not beside this checkout")
    with path.open(encoding="utf-8") as lines:
        return {case["id"]: case for case in map(json.loads, lines) if case}


def judged_wrong(reason: str) -> pytest.MarkDecorator:
    """Mark a case whose expectation we believe is wrong for gpcorpus (listed in the docs)."""
    return pytest.mark.xfail(strict=True, reason=f"judged wrong: {reason}")


def known_miss(reason: str) -> pytest.MarkDecorator:
    """Mark a case we agree with but do not pass yet."""
    return pytest.mark.xfail(strict=True, reason=f"known miss: {reason}")
