"""The JSON Lines record format of ``gpcorpus extract --format jsonl``: a public contract.

One JSON object per extraction: ``doc``, ``kind``, ``start``, ``end``, ``text``, ``plugin``,
then the kind's own fields (see ``docs/records.rst``). Decimals are written as strings so that
they stay exact (``"3800000000"``, ``"33.33333333333333333333333333"``), dates in ISO format,
spans nested as ``{"start": ..., "end": ...}``, tuples as lists and nested ``attrs`` values as
objects. :func:`from_record` reads a record back by each field's declared type, for any kind,
built-in or third-party: ``from_record(to_record(x)) == x``.
"""
from __future__ import annotations

import datetime as _dt
import sys
import types
import typing
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

import attrs

from gpcorpus.types import Clause, Extraction, Span

__all__ = ["RECORD_VERSION", "to_record", "from_record", "extraction_types"]

#: Bumped when a field changes meaning or goes away; adding a field does not bump it.
RECORD_VERSION = 1

_COMMON = ("doc_id", "span", "text", "plugin")


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, Span):
        return {"start": value.start, "end": value.end}
    if isinstance(value, Clause):
        # A clause is written flat, its span as start and end beside its text (the eval schema's shape).
        record = {"label": value.label, "text": value.text, "start": value.span.start, "end": value.span.end}
        if value.outcome is not None:
            record["outcome"] = value.outcome
        return record
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    if isinstance(value, (tuple, list, set, frozenset)):
        items = [_plain(item) for item in value]
        return sorted(items, key=repr) if isinstance(value, (set, frozenset)) else items
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
    for name in type(extraction).record_properties:
        record[name] = _plain(getattr(extraction, name))
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


def field_types(cls: type) -> dict[str, Any]:
    """The declared types of an attrs class's fields, resolved from their annotations.

    When some annotation cannot be resolved (a class defined in a function, naming a local),
    each field is resolved on its own, so that the others still come back typed.
    """
    try:
        return typing.get_type_hints(cls)
    except Exception:
        pass
    module = sys.modules.get(cls.__module__)
    namespace = dict(vars(module)) if module is not None else {}
    resolved: dict[str, Any] = {}
    for f in attrs.fields(cls):
        if isinstance(f.type, str):
            try:
                resolved[f.name] = eval(f.type, namespace)  # as typing.get_type_hints evaluates it
            except Exception:
                continue
        elif f.type is not None:
            resolved[f.name] = f.type
    return resolved


def _typed(declared: Any, value: Any) -> Any:
    """``value`` as read from JSON, turned back into the ``declared`` type."""
    if value is None or declared is None or declared is Any:
        return value
    origin = typing.get_origin(declared)
    arguments = typing.get_args(declared)
    if origin is typing.Union or origin is types.UnionType:
        options = [option for option in arguments if option is not type(None)]
        return _typed(options[0], value) if len(options) == 1 else value
    if origin is typing.Annotated:
        return _typed(arguments[0], value)
    if origin is not None:
        return _typed_container(origin, arguments, value)
    if not isinstance(declared, type):
        return value
    if declared is Decimal:
        return Decimal(value) if isinstance(value, (str, int)) else value
    if declared is _dt.datetime:
        return _dt.datetime.fromisoformat(value) if isinstance(value, str) else value
    if declared is _dt.date:
        return _dt.date.fromisoformat(value) if isinstance(value, str) else value
    if declared is Span:
        return Span(value["start"], value["end"]) if isinstance(value, Mapping) else value
    if attrs.has(declared) and isinstance(value, Mapping):
        return _typed_attrs(declared, value)
    return value


def _typed_container(origin: Any, arguments: tuple[Any, ...], value: Any) -> Any:
    if not isinstance(value, (list, Mapping)):
        return value
    if isinstance(value, list):
        if origin is tuple:
            if len(arguments) == 2 and arguments[1] is Ellipsis:
                return tuple(_typed(arguments[0], item) for item in value)
            if len(arguments) == len(value):
                return tuple(_typed(kind, item) for kind, item in zip(arguments, value))
            return tuple(value)
        item_type = arguments[0] if arguments else Any
        items = [_typed(item_type, item) for item in value]
        if origin in (set, frozenset, typing.AbstractSet, typing.MutableSet):
            return frozenset(items) if origin is frozenset else set(items)
        return items
    value_type = arguments[1] if len(arguments) == 2 else Any
    return {key: _typed(value_type, item) for key, item in value.items()}


def _typed_attrs(cls: type, value: Mapping[str, Any]) -> Any:
    """An attrs value from its object; a ``span`` written flat as ``start`` and ``end`` is folded back."""
    declared = field_types(cls)
    values = {}
    for f in attrs.fields(cls):
        if not f.init:
            continue
        if f.name == "span" and "span" not in value and "start" in value and "end" in value:
            values[f.alias] = Span(value["start"], value["end"])
        elif f.name in value:
            values[f.alias] = _typed(declared.get(f.name), value[f.name])
    return cls(**values)


def from_record(record: Mapping[str, Any]) -> Extraction:
    """Rebuild an extraction from its record, each field by its declared type.

    A field becomes a :class:`~gpcorpus.Span` because its type is ``Span`` (whatever its name),
    a :class:`~decimal.Decimal` because its type is ``Decimal``, a date because its type is
    ``date``; tuples, mappings and nested ``attrs`` classes are rebuilt item by item. Keys the
    kind does not declare (such as a quote's ``content``) are ignored.

    :raises KeyError: for a kind no imported class declares.
    """
    cls = extraction_types()[record["kind"]]
    declared = field_types(cls)
    values = {}
    for f in attrs.fields(cls):
        if f.name in _COMMON or f.name not in record or not f.init:
            continue
        values[f.alias] = _typed(declared.get(f.name), record[f.name])
    return cls(
        doc_id=record["doc"],
        span=Span(record["start"], record["end"]),
        text=record["text"],
        plugin=record.get("plugin", ""),
        **values,
    )
