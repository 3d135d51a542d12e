"""The JSON Lines record format of ``gpcorpus extract --format jsonl``: a public contract.

One JSON object per extraction: ``doc``, ``kind``, ``start``, ``end``, ``text``, ``plugin``,
then the kind's own fields (see ``docs/records.rst``). Decimals are written as strings so that
they stay exact (``"3800000000"``, ``"33.33333333333333333333333333"``), dates in ISO format,
spans nested as ``{"start": ..., "end": ...}``. :func:`from_record` reads a record back.
"""
from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

import attrs

from gpcorpus.types import Clause, Extraction, Span

__all__ = ["RECORD_VERSION", "to_record", "from_record", "extraction_types"]

#: Bumped when a field changes meaning or goes away; adding a field does not bump it.
RECORD_VERSION = 1

_COMMON = ("doc_id", "span", "text", "plugin")
#: Fields written as ISO dates, read back as :class:`datetime.date`.
_DATE_FIELDS = frozenset({"date", "published"})


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, Span):
        return {"start": value.start, "end": value.end}
    if isinstance(value, Clause):
        record = {"label": value.label, "text": value.text, "start": value.span.start, "end": value.span.end}
        if value.outcome is not None:
            record["outcome"] = value.outcome
        return record
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        return [_plain(item) for item in value]
    if isinstance(value, Mapping):
        return {str(key): _plain(item) for key, item in value.items()}
    if attrs.has(type(value)):
        return {f.name: _plain(getattr(value, f.name)) for f in attrs.fields(type(value))}
    return value


def to_record(extraction: Extraction) -> dict[str, Any]:
    """The JSON-ready record of an extraction, in the field order the docs give."""
    record: dict[str, Any] = {
        "doc": extraction.doc_id,
        "kind": extraction.kind,
        "start": extraction.span.start,
        "end": extraction.span.end,
        "text": extraction.text,
        "plugin": extraction.plugin,
    }
    for f in attrs.fields(type(extraction)):
        if f.name not in _COMMON:
            record[f.name] = _plain(getattr(extraction, f.name))
    if extraction.kind == "quote":
        record["content"] = extraction.text
    return record


def extraction_types() -> dict[str, type[Extraction]]:
    """Every imported extraction class by its kind, third-party subclasses included."""
    found: dict[str, type[Extraction]] = {}
    pending = [Extraction]
    while pending:
        cls = pending.pop()
        found.setdefault(cls.kind, cls)
        pending.extend(cls.__subclasses__())
    return found


def _field_value(f: attrs.Attribute, value: Any) -> Any:
    if value is None:
        return None
    name = f.name
    if name.endswith("span") and isinstance(value, Mapping):
        return Span(value["start"], value["end"])
    if name == "clauses":
        return tuple(
            Clause(label=c["label"], text=c["text"], span=Span(c["start"], c["end"]), outcome=c.get("outcome"))
            for c in value
        )
    if name in _DATE_FIELDS and isinstance(value, str):
        return _dt.date.fromisoformat(value)
    return value


def from_record(record: Mapping[str, Any]) -> Extraction:
    """Rebuild an extraction from its record.

    :raises KeyError: for a kind no imported class declares.
    """
    cls = extraction_types()[record["kind"]]
    values = {}
    for f in attrs.fields(cls):
        if f.name in _COMMON or f.name not in record:
            continue
        values[f.name] = _field_value(f, record[f.name])
    return cls(
        doc_id=record["doc"],
        span=Span(record["start"], record["end"]),
        text=record["text"],
        plugin=record.get("plugin", ""),
        **values,
    )
