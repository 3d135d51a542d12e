"""Output for analysis: CSV with a column per field, the JSON Schema of the records, DataFrames.

Each is checked against the seeds' real output and against a third-party kind defined here, which
gets its columns and its schema without gpcorpus knowing of it.
"""
from __future__ import annotations

import csv
import datetime as dt
import importlib.util
import io
import json
import sys
from decimal import Decimal
from typing import ClassVar

import attrs
import pytest
from attrs import frozen

import gpcorpus
from gpcorpus import Document, Extraction, Pipeline, Result
from gpcorpus.output import COMMON_COLUMNS, CsvWriter, csv_columns
from gpcorpus.schema import record_schema


@frozen(kw_only=True)
class Mood(Extraction):
    """A third-party kind: how a sentence feels, with fields of the types records know."""

    kind: ClassVar[str] = "test-mood"
    level: int
    ratio: Decimal
    tags: tuple[str, ...] = ()
    seen: dt.date | None = None


def mood_result() -> Result:
    document = Document.from_text("GPs are angry.\n", id="=mood", path="=mood.txt")
    mood = Mood.found(document, 0, 13, level=3, ratio=Decimal("0.125"), tags=("anger", "-x"),
                      seen=dt.date(2019, 5, 21), plugin="moods")
    return Result(document=document, extractions=[mood])


@pytest.fixture(scope="module")
def seed_results(seeds_dir) -> list[Result]:
    return list(Pipeline().run_all(gpcorpus.iter_documents([seeds_dir])))


def read_csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


# -- CSV -----------------------------------------------------------------------------------------


def test_csv_has_one_column_per_field_of_every_kind():
    columns = csv_columns()
    assert tuple(columns[:7]) == COMMON_COLUMNS
    for cls in (gpcorpus.Money, gpcorpus.Percentage, gpcorpus.Quote, gpcorpus.Motion, gpcorpus.Comment,
                gpcorpus.Claim, Mood):
        for field in attrs.fields(cls):
            if field.name not in ("doc_id", "span", "text", "plugin"):
                assert field.name in columns, (cls.kind, field.name)
    assert len(columns) == len(set(columns))


def test_csv_cells_are_the_records_values(seed_results):
    out = io.StringIO()
    writer = CsvWriter(out)
    for result in seed_results:
        writer.write(result)
    rows = read_csv(out.getvalue())
    records = [record for result in seed_results for record in result.to_records()]
    assert len(rows) == len(records)
    for row, record in zip(rows, records, strict=True):
        assert row["path"].endswith(f"{record['doc']}.txt")
        for key, value in record.items():
            if key not in row:
                assert key == "content"  # the quote's text again, under its own name
                continue
            if value is None:
                assert row[key] == ""
            elif isinstance(value, (dict, list, bool)):
                assert json.loads(row[key]) == value  # spans and clauses as JSON
            else:
                assert row[key] == str(value)  # decimals exactly as the records write them
    money = next(row for row in rows if row["kind"] == "money")
    assert Decimal(money["amount"]) and money["currency"] == "GBP"


def test_a_third_party_kind_gets_its_own_csv_columns():
    out = io.StringIO()
    writer = CsvWriter(out, kinds=["test-mood"])
    writer.write(mood_result())
    [row] = read_csv(out.getvalue())
    assert row["doc"] == "'=mood" and row["path"] == "'=mood.txt"  # spreadsheet formulas neutralised
    assert (row["level"], row["ratio"], row["seen"]) == ("3", "0.125", "2019-05-21")
    assert json.loads(row["tags"]) == ["anger", "-x"]
    assert "amount" not in row  # only the kinds asked for


def test_csv_bom_is_written_once_at_the_start():
    out = io.StringIO()
    CsvWriter(out, bom=True).write(mood_result())
    assert out.getvalue().startswith("\ufeffdoc,path,kind,") and out.getvalue().count("\ufeff") == 1


# -- JSON Schema ---------------------------------------------------------------------------------

def validator():
    jsonschema = pytest.importorskip("jsonschema")
    schema = record_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def test_every_record_the_command_writes_for_the_seeds_is_valid_against_the_schema(seeds_dir, capsys):
    from gpcorpus.cli import main

    check = validator()
    assert main(["extract", str(seeds_dir), "--format", "jsonl"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {r["kind"] for r in records} == {"money", "percentage", "quote", "motion", "comment", "claim"}
    for record in records:
        errors = [error.message for error in check.iter_errors(record)]
        assert not errors, (record, errors)


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ({"amount": 10000000.0}, "a float figure is not exact"),
        ({"amount": "1e7"}, "an exponent"),
        ({"currency": None}, "a required string"),
        ({"start": -1}, "a negative offset"),
        ({"per": 3}, "a number for text"),
        ({"currency": "gbp"}, "not an ISO 4217 code, as the type's validator says"),
    ],
)
def test_the_schema_rejects_a_broken_money_record(change, why):
    money = gpcorpus.extract("GPs were offered £10m.").of_kind("money")[0]
    record = {**gpcorpus.to_record(money), **change}
    assert list(validator().iter_errors(record)), why


def test_the_schema_carries_the_types_validators():
    record = gpcorpus.to_record(gpcorpus.Motion(doc_id="d", span=gpcorpus.Span(0, 6), text="motion", outcome="lost"))
    check = validator()
    assert not list(check.iter_errors(record))
    assert list(check.iter_errors({**record, "outcome": "passed"}))  # validators.in_(OUTCOMES)
    assert not list(check.iter_errors({**record, "outcome": None}))


def test_the_schema_requires_each_kinds_fields():
    record = gpcorpus.to_record(gpcorpus.extract("GPs were offered £10m.").of_kind("money")[0])
    del record["currency"]
    assert any("currency" in error.message for error in validator().iter_errors(record))


def test_a_third_party_kind_gets_its_schema_from_its_types():
    check = validator()
    record = gpcorpus.to_record(mood_result().extractions[0])
    assert not list(check.iter_errors(json.loads(json.dumps(record, default=str))))
    assert list(check.iter_errors({**record, "level": "3"}))
    assert record_schema()["$defs"]["test-mood"]["properties"]["seen"] == {"type": ["string", "null"], "format": "date"}


def test_the_schema_subcommand_prints_the_schema(capsys):
    from gpcorpus.cli import main

    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out)["$defs"]["money"] == record_schema()["$defs"]["money"]


# -- DataFrame -----------------------------------------------------------------------------------

needs_pandas = pytest.mark.skipif(importlib.util.find_spec("pandas") is None, reason="the pandas extra is not installed")


@needs_pandas
def test_to_dataframe_keeps_exact_values_and_native_types(seed_results):
    frame = gpcorpus.to_dataframe(seed_results)
    records = [record for result in seed_results for record in result.to_records()]
    assert len(frame) == len(records)
    assert list(frame.columns) == csv_columns()
    assert list(frame["doc"]) == [r["doc"] for r in records]
    assert list(frame["start"]) == [r["start"] for r in records] and str(frame["start"].dtype) == "int64"
    money = frame[frame.kind == "money"]
    assert all(isinstance(amount, Decimal) for amount in money["amount"])
    assert [format(a, "f") for a in money["amount"]] == [r["amount"] for r in records if r["kind"] == "money"]
    third = frame[frame.text == "a third of"]["value"].iloc[0]
    assert third == Decimal("33.33333333333333333333333333")  # not rounded to a float
    assert str(frame["votes_for"].dtype) == "Int64" and str(frame["amendment"].dtype) == "boolean"
    assert frame["path"].iloc[0].endswith(".txt")


@needs_pandas
def test_to_dataframe_of_a_third_party_kind():
    frame = gpcorpus.to_dataframe([mood_result()], kinds=["test-mood"])
    assert frame.loc[0, "ratio"] == Decimal("0.125") and frame.loc[0, "level"] == 3
    assert frame.loc[0, "seen"] == dt.date(2019, 5, 21) and frame.loc[0, "tags"] == ("anger", "-x")


def test_to_dataframe_without_pandas_says_how_to_install_it(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas now raises ImportError
    with pytest.raises(ImportError, match=r'pip install "gpcorpus\[pandas\]"'):
        gpcorpus.to_dataframe([])
