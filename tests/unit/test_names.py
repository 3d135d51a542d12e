"""The core's person-name finder (gpcorpus.names), on invented names."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gpcorpus.names import person_names


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Dr Omar Patel MP spoke.", [("Dr Omar Patel MP", "Dr", ("Omar", "Patel"))]),
        ("Sen. Ann Lee spoke.", [("Sen. Ann Lee", "Sen", ("Ann", "Lee"))]),
        ("Health Secretary Jane Doe spoke.", [("Jane Doe", None, ("Jane", "Doe"))]),
        ("A GP from County Durham spoke.", []),
        ("The Royal College of Nurses spoke.", []),
        ("Mary O’Brien-Hale and J. Smith spoke.",
         [("Mary O’Brien-Hale", None, ("Mary", "O’Brien-Hale")), ("J. Smith", None, ("J.", "Smith"))]),
    ],
)
def test_person_names(text, expected):
    assert [(text[a:b], title, names) for a, b, title, names in person_names(text)] == expected


@given(st.text(max_size=200))
def test_names_lie_in_the_text_in_order(text):
    found = person_names(text)
    assert found == sorted(found)
    for start, end, _title, names in found:
        assert 0 <= start < end <= len(text)
        assert all(name in text[start:end] for name in names)
