"""Corpora: JSON Lines documents in, and one ``document`` record per document out.

A JSON Lines corpus holds one document per line, the usual shape of news-corpus dumps::

    {"id": "bbc-0001", "text": "GPs were offered £10m...", "title": "...", "outlet": "BBC", "url": "https://...", "date": "2019-05-21"}

``id`` and ``text`` are required; ``title``, ``outlet``, ``url`` and ``date`` (ISO 8601) are
optional and, when given, win over what the structure finder reads from the text. Other keys
are ignored. Files may be gzip-compressed (recognised by their first bytes, whatever their name).
Rows are read one at a time, so a corpus of any size is never held in memory; a malformed row is
reported with its file and line number and the rest are read.
"""
from __future__ import annotations

import datetime as _dt
import gzip
import json
import os
import re
import zlib
from collections.abc import Callable, Iterator
from typing import IO, Any, BinaryIO, cast

from gpcorpus.errors import DocumentReadError
from gpcorpus.reader import DEFAULT_MAX_BYTES, ENCODING_ERRORS, display_path
from gpcorpus.types import Document

__all__ = ["iter_jsonl", "parse_row", "document_record", "ROW_FIELDS"]

#: The keys of a row gpcorpus reads: ``id`` and ``text`` are required.
ROW_FIELDS = ("id", "text", "title", "outlet", "url", "date")
_GZIP_MAGIC = b"\x1f\x8b"
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_CHUNK = 1 << 20


def _optional_text(row: dict[str, Any], key: str) -> str | None:
    value = row.get(key)
    if value is None or isinstance(value, str):
        return value or None
    raise ValueError(f"{key!r} must be a string or null, not {type(value).__name__}")


def parse_row(line: str, *, where: str, path: str | None = None) -> Document:
    """The document of one JSON Lines row.

    :param where: ``file:line``, for the error.
    :param path: The corpus file, kept as the document's :attr:`~gpcorpus.Document.path`.
    :raises DocumentReadError: naming ``where`` and what is wrong with the row.
    """
    try:
        row = json.loads(line)
    except json.JSONDecodeError as error:
        raise DocumentReadError(where, f"not valid JSON ({error.msg} at column {error.colno}); row skipped") from None
    try:
        if not isinstance(row, dict):
            raise ValueError(f"a row must be a JSON object, not {type(row).__name__}")
        doc_id = row.get("id")
        if isinstance(doc_id, int) and not isinstance(doc_id, bool):
            doc_id = str(doc_id)
        if not isinstance(doc_id, str) or not doc_id:
            raise ValueError("'id' is missing or not a non-empty string")
        text = row.get("text")
        if not isinstance(text, str):
            raise ValueError("'text' is missing or not a string")
        metadata: dict[str, Any] = {}
        for key in ("title", "outlet", "url"):
            value = _optional_text(row, key)
            if value is not None:
                metadata[key] = value
        date = _optional_text(row, "date")
        if date is not None:
            if not _ISO_DATE.match(date):
                raise ValueError(f"'date' {date[:40]!r} is not an ISO 8601 date (YYYY-MM-DD)")
            metadata["published"] = _dt.date.fromisoformat(date[:10])
    except ValueError as error:
        raise DocumentReadError(where, f"{error}; row skipped") from None
    return Document.from_text(text, id=doc_id, path=path, **metadata)


def _lines(handle: IO[bytes], max_bytes: int | None) -> Iterator[tuple[int, bytes | None]]:
    """``(line number, line)`` for each line; ``None`` for a line over ``max_bytes``, whose rest
    is read past in bounded chunks rather than held."""
    limit = None if max_bytes is None else max_bytes + 2  # room for "\r\n"
    number = 0
    while True:
        line = handle.readline() if limit is None else handle.readline(limit)
        if not line:
            return
        number += 1
        if limit is not None and len(line) == limit and not line.endswith(b"\n"):
            while True:
                rest = handle.readline(_CHUNK)
                if not rest or rest.endswith(b"\n"):
                    break
            yield number, None
            continue
        yield number, line


def _open(source: str | os.PathLike[str] | BinaryIO) -> tuple[IO[bytes], bool]:
    """A binary stream of the corpus, decompressed when gzipped, and whether we opened it."""
    if isinstance(source, (str, os.PathLike)):
        handle: IO[bytes] = open(source, "rb")
        head = handle.read(2)
        handle.seek(0)
        opened = True
    else:
        handle = source
        peek = getattr(handle, "peek", None)
        head = peek(2)[:2] if peek is not None else b""
        opened = False
    if head == _GZIP_MAGIC:
        return cast(IO[bytes], gzip.GzipFile(fileobj=handle, mode="rb")), opened
    return handle, opened


def iter_jsonl(
    source: str | os.PathLike[str] | BinaryIO,
    *,
    name: str | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    encoding_errors: str = "strict",
    errors: list[DocumentReadError] | Callable[[DocumentReadError], None] | None = None,
) -> Iterator[Document]:
    """Read the documents of a JSON Lines corpus (plain or gzipped) one row at a time.

    :param source: A path, or a binary stream (``sys.stdin.buffer``).
    :param name: What errors call the source; by default its path (``<stdin>`` for a stream).
    :param max_bytes: The longest row read, in bytes; longer ones are reported and skipped.
    :param encoding_errors: ``strict`` reports a row that is not UTF-8; ``replace`` substitutes U+FFFD.
    :param errors: A list to append each problem to (file and line), or a function to call with
        it; when ``None`` the first problem raises :class:`DocumentReadError`.
    """
    if encoding_errors not in ENCODING_ERRORS:
        raise ValueError(f"encoding_errors must be one of {ENCODING_ERRORS}, not {encoding_errors!r}")
    report: Callable[[DocumentReadError], None]
    if errors is None:
        def raise_it(error: DocumentReadError) -> None:
            raise error
        report = raise_it
    elif isinstance(errors, list):
        report = errors.append
    else:
        report = errors
    is_path = isinstance(source, (str, os.PathLike))
    path = display_path(source, controls=False) if isinstance(source, (str, os.PathLike)) else None
    label = name or (display_path(source) if isinstance(source, (str, os.PathLike)) else _stream_name(source))
    try:
        handle, opened = _open(source)
    except OSError as error:
        report(DocumentReadError(label, error.strerror or str(error)))
        return
    number = 0
    try:
        lines = _lines(handle, max_bytes)
        while True:
            try:
                item = next(lines, None)
            except (OSError, EOFError, zlib.error) as error:
                report(DocumentReadError(f"{label}:{number + 1}", f"corrupt gzip data ({error}); the rest of the file is not read"))
                return
            if item is None:
                return
            number, raw = item
            where = f"{label}:{number}"
            if raw is None:
                report(DocumentReadError(where, f"row longer than the size limit ({max_bytes:,} bytes); row skipped"))
                continue
            if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            if not raw.strip():
                continue
            try:
                line = raw.decode("utf-8", errors=encoding_errors)
            except UnicodeDecodeError as error:
                report(DocumentReadError(where, f"not valid UTF-8 at byte {error.start} of the row; row skipped"))
                continue
            try:
                yield parse_row(line, where=where, path=path if is_path else None)
            except DocumentReadError as error:
                report(error)
    finally:
        if opened:
            handle.close()


def _stream_name(stream: BinaryIO) -> str:
    name = getattr(stream, "name", None)
    return name if isinstance(name, str) and not name.startswith("<") else "<stdin>"


def document_record(document: Document) -> dict[str, Any]:
    """The ``document`` record of ``--with-documents``: what is known about one input, keyed by
    ``doc`` so that extraction records join to it.

    >>> from gpcorpus import Document
    >>> document_record(Document.from_text("Practice to close\\n\\nThe surgery shuts in May.", id="a/article"))
    {'doc': 'a/article', 'kind': 'document', 'path': None, 'title': 'Practice to close', 'outlet': None, 'url': None, 'published': None, 'length': 44}
    """
    return {
        "doc": document.id,
        "kind": "document",
        "path": document.path,
        "title": document.title,
        "outlet": document.outlet,
        "url": document.url,
        "published": document.published.isoformat() if document.published is not None else None,
        "length": len(document.text),
    }
