"""A JSON Schema of the JSON Lines records, generated from the extraction types' attrs fields.

The schema is generated, never written by hand, so it cannot drift from the records: each kind's
fields and their types come from its class, the way :mod:`gpcorpus.records` writes them (decimals
as strings, spans as ``{"start", "end"}``, dates as ISO strings). A kind a third-party plugin
defines gets its part of the schema as soon as its module is imported.

``gpcorpus schema`` prints it; the docs ship it as ``records.schema.json``.

>>> schema = record_schema()
>>> schema["$defs"]["money"]["properties"]["amount"]
{'$ref': '#/$defs/decimal'}
"""
from __future__ import annotations

import datetime as _dt
import types
import typing
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

import attrs

from gpcorpus.output import extraction_classes
from gpcorpus.records import field_types
from gpcorpus.types import Clause, Extraction, Span

__all__ = ["JSON_SCHEMA_DIALECT", "record_schema"]

#: The JSON Schema dialect the schema is written in.
JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"

_COMMON_FIELDS = frozenset({"doc_id", "span", "text", "plugin"})

_DEFINITIONS: dict[str, dict[str, Any]] = {
    "decimal": {
        "description": "An exact figure in plain decimal notation: never a float, never an exponent.",
        "type": "string",
        "pattern": r"^-?[0-9]+(\.[0-9]+)?$",
    },
    "span": {
        "description": "Character offsets into the document text, as start and end are.",
        "type": "object",
        "required": ["start", "end"],
        "properties": {"start": {"type": "integer", "minimum": 0}, "end": {"type": "integer", "minimum": 0}},
        "additionalProperties": False,
    },
    "clause": {
        "description": "One clause of a motion, with its own offsets and, when voted on separately, its outcome.",
        "type": "object",
        "required": ["label", "text", "start", "end"],
        "properties": {
            "label": {"type": "string"},
            "text": {"type": "string"},
            "start": {"type": "integer", "minimum": 0},
            "end": {"type": "integer", "minimum": 0},
            "outcome": {"type": "string"},
        },
        "additionalProperties": False,
    },
}


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    if isinstance(schema.get("type"), str) and set(schema) <= {"type", "format", "pattern", "minimum"}:
        return {**schema, "type": [schema["type"], "null"]}
    return {"anyOf": [schema, {"type": "null"}]}


def _value_schema(annotation: Any) -> dict[str, Any]:
    """The schema of a value of a field annotated ``annotation``, as the records write it."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        members = [a for a in typing.get_args(annotation) if a is not type(None)]
        inner = _value_schema(members[0]) if len(members) == 1 else {"anyOf": [_value_schema(a) for a in members]}
        return _nullable(inner) if len(members) < len(typing.get_args(annotation)) else inner
    if isinstance(origin, type) and issubclass(origin, Mapping):
        key_value = typing.get_args(annotation)
        return {"type": "object", "additionalProperties": _value_schema(key_value[1]) if key_value else {}}
    if isinstance(origin, type) and issubclass(origin, Iterable) and not issubclass(origin, str):
        items = [a for a in typing.get_args(annotation) if a is not Ellipsis]
        return {"type": "array", "items": _value_schema(items[0]) if items else {}}
    if annotation is bool:
        return {"type": "boolean"}
    if annotation is int:
        return {"type": "integer"}
    if annotation is float:
        return {"type": "number"}
    if annotation is str:
        return {"type": "string"}
    if annotation is Decimal:
        return {"$ref": "#/$defs/decimal"}
    if annotation is _dt.datetime:
        return {"type": "string", "format": "date-time"}
    if annotation is _dt.date:
        return {"type": "string", "format": "date"}
    if annotation is Span:
        return {"$ref": "#/$defs/span"}
    if annotation is Clause:
        return {"$ref": "#/$defs/clause"}
    if isinstance(annotation, type) and attrs.has(annotation):
        hints = field_types(annotation)
        fields = attrs.fields(annotation)
        return {"type": "object", "required": [f.name for f in fields],
                "properties": {f.name: _value_schema(hints.get(f.name)) for f in fields}}
    return {}  # a type records write as it is: any JSON value


def _constraints(validator: Any) -> dict[str, Any]:
    """What an attrs validator on a text field says about its values: ``validators.in_`` gives an
    ``enum``, ``validators.matches_re`` (full match) a ``pattern``. Read by duck typing, through
    ``optional`` and ``and_``; any other validator says nothing the schema can carry."""
    if validator is None:
        return {}
    inner = getattr(validator, "validator", None)  # validators.optional(...)
    if inner is not None:
        return _constraints(inner)
    for part in getattr(validator, "_validators", ()):  # validators.and_(...) and lists of them
        found = _constraints(part)
        if found:
            return found
    options = getattr(validator, "options", None)
    if isinstance(options, (tuple, list, frozenset, set)) and all(isinstance(o, str) for o in options):
        return {"enum": sorted(options) if isinstance(options, (set, frozenset)) else list(options)}
    pattern = getattr(validator, "pattern", None)
    if pattern is not None and getattr(validator, "match_func", None) == getattr(pattern, "fullmatch", ()):
        return {"pattern": f"^(?:{pattern.pattern})$"}
    return {}


def _constrained(schema: dict[str, Any], constraints: dict[str, Any]) -> dict[str, Any]:
    """``schema`` of a text field narrowed by ``constraints``, keeping ``null`` where it is allowed."""
    if not constraints:
        return schema
    nullable = schema.get("type") == ["string", "null"]
    if schema.get("type") not in ("string", ["string", "null"]):
        return schema
    narrowed = {"type": "string", **constraints}
    return {"anyOf": [narrowed, {"type": "null"}]} if nullable else narrowed


def _kind_schema(cls: type[Extraction]) -> dict[str, Any]:
    hints = field_types(cls)  # a kind whose annotations cannot all be resolved: those fields take any value
    fields = [f for f in attrs.fields(cls) if f.name not in _COMMON_FIELDS]
    properties: dict[str, Any] = {"kind": {"const": cls.kind}}
    for field in fields:
        properties[field.name] = _constrained(_value_schema(hints.get(field.name)), _constraints(field.validator))
    return {
        "description": (cls.__doc__ or cls.kind).strip().splitlines()[0],
        "type": "object",
        # records.py writes every field of the kind, null when the text does not say
        "required": [f.name for f in fields],
        "properties": properties,
    }


def record_schema(kinds: Iterable[str] | None = None) -> dict[str, Any]:
    """The JSON Schema of a record of ``gpcorpus extract --format jsonl``.

    Every record must have the common fields; a record of a kind the schema knows must also have
    that kind's fields, with their types. A record may carry fields the schema does not list
    (records gain fields without a new :data:`~gpcorpus.records.RECORD_VERSION`), and a kind the
    schema does not know is checked for the common fields only.

    :param kinds: Describe only these kinds (default: every imported extraction class).
    """
    wanted = None if kinds is None else set(kinds)
    classes = [cls for cls in extraction_classes()
               if cls is not Extraction and (wanted is None or cls.kind in wanted)]
    definitions: dict[str, Any] = dict(_DEFINITIONS)
    conditions = []
    for cls in classes:
        definitions[cls.kind] = _kind_schema(cls)
        conditions.append({
            "if": {"properties": {"kind": {"const": cls.kind}}, "required": ["kind"]},
            "then": {"$ref": f"#/$defs/{cls.kind}"},
        })
    return {
        "$schema": JSON_SCHEMA_DIALECT,
        "title": "gpcorpus record",
        "description": "One line of gpcorpus extract --format jsonl: one extraction, with exact character offsets.",
        "type": "object",
        "required": ["doc", "kind", "start", "end", "text", "plugin"],
        "properties": {
            "doc": {"type": "string", "description": "The document id."},
            "kind": {"type": "string", "description": "The kind of extraction."},
            "start": {"type": "integer", "minimum": 0, "description": "Offset of the first character."},
            "end": {"type": "integer", "minimum": 0, "description": "Offset just after the last character."},
            "text": {"type": "string", "description": "The document text from start to end."},
            "plugin": {"type": "string", "description": "The plugin that made it."},
        },
        "allOf": conditions,
        "$defs": definitions,
    }
