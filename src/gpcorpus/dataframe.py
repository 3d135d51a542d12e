"""Extractions as a pandas DataFrame, one row per extraction and one column per field.

pandas is optional: ``pip install "gpcorpus[pandas]"``.
"""
from __future__ import annotations

import importlib
import types
import typing
from collections.abc import Iterable
from typing import Any

import attrs

from gpcorpus.output import COMMON_COLUMNS, csv_columns, extraction_classes
from gpcorpus.pipeline import Result
from gpcorpus.records import field_types
from gpcorpus.types import Extraction

__all__ = ["to_dataframe"]

_INSTALL_HINT = 'gpcorpus.to_dataframe needs pandas, which is optional: pip install "gpcorpus[pandas]"'


def _pandas() -> Any:
    try:
        return importlib.import_module("pandas")
    except ImportError as error:
        raise ImportError(_INSTALL_HINT) from error


def _plain_type(annotation: Any) -> Any:
    """``int`` for ``int | None``; the annotation itself otherwise."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        members = [a for a in typing.get_args(annotation) if a is not type(None)]
        return members[0] if len(members) == 1 else annotation
    return annotation


def _dtypes(columns: Iterable[str]) -> dict[str, str]:
    """pandas dtypes for the fields whose every declaration is a whole number or a boolean."""
    declared: dict[str, set[Any]] = {}
    for cls in extraction_classes():
        hints = field_types(cls)  # a kind whose annotations cannot all be resolved still counts
        for field in attrs.fields(cls):
            if field.name in hints:
                declared.setdefault(field.name, set()).add(_plain_type(hints[field.name]))
    dtypes = {"start": "int64", "end": "int64"}
    for column in columns:
        if declared.get(column) == {bool}:
            dtypes[column] = "boolean"
        elif declared.get(column) == {int}:
            dtypes[column] = "Int64"
        elif declared.get(column) == {str}:
            continue  # pandas' own choice for text
        elif column not in COMMON_COLUMNS:
            dtypes[column] = "object"  # Decimal, Span, date, str: kept as they are
    return dtypes


def _rows(results: Iterable[Result | Extraction]) -> Iterable[tuple[Extraction, str | None]]:
    for item in results:
        if isinstance(item, Result):
            for extraction in item:
                yield extraction, item.document.path
        else:
            yield item, None


def to_dataframe(results: Iterable[Result | Extraction], *, kinds: Iterable[str] | None = None) -> Any:
    """A :class:`pandas.DataFrame` of extractions, one row each, in the order given.

    The columns are the CSV's: ``doc``, ``path``, ``kind``, ``start``, ``end``, ``text``,
    ``plugin``, then every field of every extraction type, each once (a third-party kind's too).
    Values stay as the types hold them, so that nothing is rounded: exact figures are
    :class:`~decimal.Decimal` objects in an ``object`` column (``frame["amount"].astype(float)``
    when you want floats), spans are :class:`~gpcorpus.Span`, a motion's clauses a tuple of
    :class:`~gpcorpus.Clause`, dates :class:`datetime.date`. Whole-number fields that can be empty
    use pandas' nullable ``Int64``, true/false fields its ``boolean``.

    >>> import gpcorpus
    >>> frame = gpcorpus.to_dataframe([gpcorpus.extract("GPs were offered £10m, a rise of 4.5%.")])
    >>> frame[frame.kind != "claim"][["kind", "text", "amount", "currency", "value"]]
             kind  text    amount currency value
    2       money  £10m  10000000      GBP  None
    3  percentage  4.5%      None      NaN   4.5
    >>> frame.loc[2, "amount"]
    Decimal('10000000')

    :param results: :class:`~gpcorpus.Result` objects (their documents give the ``path`` column),
        or extractions.
    :param kinds: Give columns only to these kinds' fields (and keep only their rows).
    :raises ImportError: when pandas is not installed, saying how to install it.
    """
    pandas = _pandas()
    wanted = None if kinds is None else set(kinds)
    columns = csv_columns(wanted)
    data: dict[str, list[Any]] = {column: [] for column in columns}
    for extraction, path in _rows(results):
        if wanted is not None and extraction.kind not in wanted:
            continue
        common = {"doc": extraction.doc_id, "path": path, "kind": extraction.kind, "start": extraction.span.start,
                  "end": extraction.span.end, "text": extraction.text, "plugin": extraction.plugin}
        for column in columns:
            data[column].append(common[column] if column in common else getattr(extraction, column, None))
    dtypes = _dtypes(columns)
    return pandas.DataFrame({
        column: pandas.Series(values, dtype=dtypes.get(column), name=column) for column, values in data.items()
    })
