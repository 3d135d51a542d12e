"""Reading documents: UTF-8 text files, folders of them, and standard input.

A document's text is the file decoded as UTF-8 with newlines as Python's text mode reads them
(``\\r\\n`` and ``\\r`` become ``\\n``), the way ``open(path, encoding="utf-8").read()`` and most
tools that check offsets read it. A byte-order mark is kept as the character U+FEFF, so offsets
agree with such readers; the structure finder treats it as white space.
"""
from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from gpcorpus.errors import DocumentReadError
from gpcorpus.types import Document

__all__ = ["read", "read_text", "iter_documents", "iter_paths", "DEFAULT_SUFFIXES", "ENCODING_ERRORS"]

#: File name endings read from a folder; a file named on its own is read whatever its ending.
DEFAULT_SUFFIXES: tuple[str, ...] = (".txt", ".text", ".md")
#: What to do with bytes that are not UTF-8: ``strict`` reports the file, ``replace`` puts
#: U+FFFD in their place and goes on.
ENCODING_ERRORS = ("strict", "replace")


def _decode(data: bytes, name: str, errors: str) -> str:
    if errors not in ENCODING_ERRORS:
        raise ValueError(f"encoding_errors must be one of {ENCODING_ERRORS}, not {errors!r}")
    try:
        text = data.decode("utf-8", errors=errors)
    except UnicodeDecodeError as error:
        raise DocumentReadError(
            name,
            f"not valid UTF-8 at byte {error.start} ({data[error.start:error.start + 1]!r}); "
            "use --encoding-errors=replace to substitute U+FFFD for bad bytes",
        ) from None
    # Universal newlines, as text mode reads a file.
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text(text: str, id: str = "text", **metadata) -> Document:
    """A :class:`Document` of a string, with its structure found."""
    return Document.from_text(text, id=id, **metadata)


def read(source: str | os.PathLike[str] | BinaryIO, *, id: str | None = None, encoding_errors: str = "strict") -> Document:
    """Read one document from a file path or a binary stream.

    :param source: A path to a UTF-8 text file, or a binary file object (``sys.stdin.buffer``).
    :param id: The document's id; by default the file name without its extension (``stdin`` for a stream).
    :param encoding_errors: ``strict`` (the default) or ``replace``; see :data:`ENCODING_ERRORS`.
    :raises DocumentReadError: when the file cannot be opened or is not valid UTF-8.
    """
    if hasattr(source, "read"):
        name = getattr(source, "name", "<stdin>")
        name = name if isinstance(name, str) else "<stdin>"
        data = source.read()
        text = _decode(data, name, encoding_errors)
        return Document.from_text(text, id=id or "stdin")
    path = Path(source)
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise DocumentReadError(str(path), "is a folder; use iter_documents() to read a folder") from None
    except OSError as error:
        raise DocumentReadError(str(path), error.strerror or str(error)) from None
    text = _decode(data, str(path), encoding_errors)
    return Document.from_text(text, id=id or path.stem, path=str(path))


def iter_paths(paths: Iterable[str | os.PathLike[str]], suffixes: tuple[str, ...] = DEFAULT_SUFFIXES) -> Iterator[Path]:
    """The files to read for the given paths: each file as named, each folder's matching files
    (recursively, sorted by name so runs are repeatable). ``-`` stands for standard input."""
    for raw in paths:
        path = Path(raw)
        if str(raw) != "-" and path.is_dir():
            yield from sorted(
                (p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in suffixes and not p.name.startswith(".")),
                key=lambda p: str(p.relative_to(path)),
            )
        else:
            yield path


def iter_documents(
    paths: Iterable[str | os.PathLike[str]], *, encoding_errors: str = "strict", errors: list[DocumentReadError] | None = None
) -> Iterator[Document]:
    """Read documents lazily, one at a time, from files, folders and ``-`` (standard input).

    :param errors: When given, a file that cannot be read is appended here and the rest are
        still read; when ``None``, the first such file raises :class:`DocumentReadError`.
    """
    for path in iter_paths(paths):
        try:
            if str(path) == "-":
                yield read(sys.stdin.buffer, encoding_errors=encoding_errors)
            else:
                yield read(path, encoding_errors=encoding_errors)
        except DocumentReadError as error:
            if errors is None:
                raise
            errors.append(error)
