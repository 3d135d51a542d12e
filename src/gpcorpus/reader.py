"""Reading documents: text files, folders of them, JSON Lines corpora, and standard input.

A document's text is the file decoded (UTF-8 unless told otherwise, see :data:`AUTO`) with
newlines as Python's text mode reads them (``\\r\\n`` and ``\\r`` become ``\\n``), the way
``open(path, encoding=...).read()`` and most tools that check offsets read it. A UTF-8 byte-order
mark is kept as the character U+FEFF, so offsets agree with such readers; the structure finder
treats it as white space.

Nothing is lost without a word: every path given, and every candidate found in a folder, is
either read or reported as a :class:`~gpcorpus.errors.DocumentReadError` naming it and the
reason (permission, symlink loop, dangling link, binary, encoding, size, over-long path).
"""
from __future__ import annotations

import codecs
import errno
import os
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

import attrs
from attrs import frozen

from gpcorpus.errors import DocumentReadError
from gpcorpus.types import Document

__all__ = [
    "read",
    "read_text",
    "iter_documents",
    "iter_paths",
    "iter_sources",
    "Source",
    "decode",
    "display_path",
    "DEFAULT_SUFFIXES",
    "JSONL_SUFFIXES",
    "ENCODING_ERRORS",
    "AUTO",
    "DEFAULT_MAX_BYTES",
    "INPUT_FORMATS",
]

#: File name endings read from a folder; a file named on its own is read whatever its ending.
DEFAULT_SUFFIXES: tuple[str, ...] = (".txt", ".text", ".md")
#: File name endings read as JSON Lines corpora (see :mod:`gpcorpus.corpus`).
JSONL_SUFFIXES: tuple[str, ...] = (".jsonl", ".jsonl.gz")
#: What to do with bytes the encoding cannot decode: ``strict`` reports the file, ``replace``
#: puts U+FFFD in their place and goes on.
ENCODING_ERRORS = ("strict", "replace")
#: The encoding name that asks for detection: a byte-order mark, then UTF-8 if the bytes are
#: valid UTF-8, then charset-normalizer's reading among the encodings web pages use.
AUTO = "auto"
#: The largest file (or JSON Lines row) read by default, in bytes; larger ones are reported.
DEFAULT_MAX_BYTES = 50_000_000
#: ``auto`` reads ``.jsonl`` and ``.jsonl.gz`` files as JSON Lines and anything else as text.
INPUT_FORMATS = ("auto", "text", "jsonl")

ErrorSink = Callable[[DocumentReadError], None]

# The encodings of the WHATWG Encoding Standard (the ones a browser decodes pages with), in
# Python's names: detection chooses among these, not among DOS and old Mac code pages that
# statistics alone cannot tell from them.
_WEB_ENCODINGS = (
    "utf_8", "utf_16", "utf_16_le", "utf_16_be", "ibm866", "iso8859_2", "iso8859_3", "iso8859_4",
    "iso8859_5", "iso8859_6", "iso8859_7", "iso8859_8", "iso8859_10", "iso8859_13", "iso8859_14",
    "iso8859_15", "iso8859_16", "koi8_r", "koi8_u", "cp874", "cp1250", "cp1251", "cp1252", "cp1253",
    "cp1254", "cp1255", "cp1256", "cp1257", "cp1258", "gb18030", "big5", "euc_jp", "iso2022_jp",
    "shift_jis", "euc_kr", "latin_1",
)
_WESTERN = frozenset({"cp1252", "latin_1", "iso8859_15"})
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf_32"),
    (codecs.BOM_UTF32_BE, "utf_32"),
    (codecs.BOM_UTF8, "utf_8"),
    (codecs.BOM_UTF16_LE, "utf_16"),
    (codecs.BOM_UTF16_BE, "utf_16"),
)


def display_path(path: str | bytes | os.PathLike[str] | os.PathLike[bytes], *, controls: bool = True) -> str:
    """A path as text that can always be written: bytes that are not UTF-8 become ``\\xNN``.

    With ``controls`` (the default, for messages on a terminal) control characters such as ESC
    are escaped the same way, so a file name cannot send escape sequences to the terminal.
    """
    raw = os.fsencode(path)
    text = raw.decode("utf-8", errors="backslashreplace")
    if controls:
        text = "".join(f"\\x{ord(c):02x}" if ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0 else c for c in text)
    return text


def _text_path(path: str | os.PathLike[str]) -> str:
    """The path as stored on a document: exact, except undecodable bytes escaped as ``\\xNN``."""
    return display_path(path, controls=False)


def _check_encoding(encoding: str) -> str:
    if encoding == AUTO:
        return AUTO
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        raise ValueError(f"unknown encoding {encoding!r}; give a Python codec name such as 'cp1252', or 'auto'") from None


def _detect(data: bytes) -> str | None:
    """The encoding ``auto`` decodes ``data`` with, or ``None`` when nothing fits."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return "utf_8"
    from charset_normalizer import from_bytes

    matches = from_bytes(data, cp_isolation=list(_WEB_ENCODINGS))
    # English text in any Latin-script code page is statistically the same text; a £ is 0xA3 in
    # windows-1252 but Ł in windows-1250. windows-1252 is the web's default for Western pages
    # (WHATWG Encoding Standard), so it wins whenever it is one of the plausible readings.
    if any(_WESTERN & set(match.could_be_from_charset) for match in matches):
        return "cp1252"
    best = matches.best()
    return best.encoding if best is not None else None


def decode(data: bytes, name: str, *, encoding: str = "utf-8", errors: str = "strict") -> str:
    """The text of ``data``: decoded, newlines made ``\\n``, checked not to be binary.

    :param name: The file name (or ``name:line``) that errors name.
    :param encoding: A Python codec name, or :data:`AUTO` to detect it.
    :param errors: ``strict`` or ``replace``; see :data:`ENCODING_ERRORS`.
    :raises DocumentReadError: for bytes that do not decode (under ``strict``), a binary file
        (a NUL character), or an encoding ``auto`` cannot find.
    :raises ValueError: for an unknown encoding or error handler.
    """
    if errors not in ENCODING_ERRORS:
        raise ValueError(f"encoding_errors must be one of {ENCODING_ERRORS}, not {errors!r}")
    codec = _check_encoding(encoding)
    if codec == AUTO:
        detected = _detect(data)
        if detected is None:
            if b"\x00" in data:
                raise DocumentReadError(name, "binary file (it has NUL bytes), not text")
            if errors == "strict":
                raise DocumentReadError(name, "could not detect its encoding; give one with --encoding NAME")
            detected = "utf_8"
        codec = codecs.lookup(detected).name
    try:
        text = data.decode(codec, errors=errors)
    except UnicodeDecodeError as error:
        hint = "; it has NUL bytes, so it may be binary, or UTF-16" if b"\x00" in data else ""
        raise DocumentReadError(
            name,
            f"not valid {codec.upper() if codec.startswith('utf') else codec} at byte {error.start} ({data[error.start:error.start + 1]!r}){hint}; "
            "give its encoding with --encoding NAME (or --encoding auto), "
            "or use --encoding-errors=replace to substitute U+FFFD for bad bytes",
        ) from None
    nul = text.find("\x00")
    if nul >= 0:
        raise DocumentReadError(name, f"binary file (a NUL character at offset {nul}), not text")
    # Universal newlines, as text mode reads a file.
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text(text: str, id: str = "text", **metadata: object) -> Document:
    """A :class:`Document` of a string, with its structure found."""
    return Document.from_text(text, id=id, **metadata)


def _too_big(name: str, size: int, max_bytes: int) -> DocumentReadError:
    return DocumentReadError(name, f"larger than the size limit ({size:,} bytes > {max_bytes:,}); raise it with --max-bytes")


def _os_reason(error: OSError, path: str | os.PathLike[str]) -> str:
    """Why the system refused a path, in words that say what to do about it."""
    if error.errno == errno.ENAMETOOLONG:
        return "path too long for the system (over PATH_MAX or NAME_MAX); not read"
    if error.errno == errno.ELOOP:
        return "symlink loop; not read"
    if error.errno in (errno.EACCES, errno.EPERM):
        return "permission denied; not read"
    if error.errno == errno.ENOENT and os.path.islink(path):
        return f"dangling symlink (its target {display_path(os.readlink(path))} does not exist); not read"
    if error.errno == errno.ENOENT:
        return "no such file or folder"
    return error.strerror or str(error)


def _read_bytes(handle: BinaryIO, name: str, max_bytes: int | None) -> bytes:
    if max_bytes is None:
        return handle.read()
    data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise DocumentReadError(name, f"larger than the size limit (over {max_bytes:,} bytes); raise it with --max-bytes")
    return data


def read(
    source: str | os.PathLike[str] | BinaryIO,
    *,
    id: str | None = None,
    encoding: str = "utf-8",
    encoding_errors: str = "strict",
    max_bytes: int | None = DEFAULT_MAX_BYTES,
) -> Document:
    """Read one document from a file path or a binary stream.

    :param source: A path to a text file, or a binary file object (``sys.stdin.buffer``).
    :param id: The document's id; by default the file name without its extension (``stdin`` for a stream).
    :param encoding: A Python codec name (``utf-8``, the default; ``cp1252``; ``latin-1``...), or
        ``"auto"`` to detect it (see :data:`AUTO`). Offsets index the decoded text.
    :param encoding_errors: ``strict`` (the default) or ``replace``; see :data:`ENCODING_ERRORS`.
    :param max_bytes: The largest file read, in bytes; ``None`` for no limit.
    :raises DocumentReadError: when the file cannot be opened, is binary, is too big or does not decode.
    :raises ValueError: for an unknown encoding.
    """
    _check_encoding(encoding)
    if not isinstance(source, (str, os.PathLike)):
        name = getattr(source, "name", "<stdin>")
        name = name if isinstance(name, str) else "<stdin>"
        data = _read_bytes(source, name, max_bytes)
        text = decode(data, name, encoding=encoding, errors=encoding_errors)
        return Document.from_text(text, id=id or "stdin")
    path = os.fspath(source)
    name = display_path(path)
    try:
        with open(path, "rb") as handle:
            info = os.fstat(handle.fileno())
            if stat.S_ISDIR(info.st_mode):
                raise DocumentReadError(name, "is a folder; use iter_documents() to read a folder")
            if max_bytes is not None and stat.S_ISREG(info.st_mode) and info.st_size > max_bytes:
                raise _too_big(name, info.st_size, max_bytes)
            data = _read_bytes(handle, name, max_bytes)
    except IsADirectoryError:
        raise DocumentReadError(name, "is a folder; use iter_documents() to read a folder") from None
    except OSError as error:
        raise DocumentReadError(name, _os_reason(error, path)) from None
    text = decode(data, name, encoding=encoding, errors=encoding_errors)
    return Document.from_text(text, id=id or _stem(_text_path(os.path.basename(path))), path=_text_path(path))


@frozen
class Source:
    """One thing to read: a file found or named, or standard input (``path == "-"``).

    :ivar path: The path to open, as the file system spells it.
    :ivar id: The id its document gets: the path relative to the argument it was found under,
        without its ending (``a/article``), or a named file's stem.
    :ivar format: ``text`` or ``jsonl`` (a JSON Lines corpus: the ids come from its rows).
    """

    path: str
    id: str
    format: str = "text"


def _stem(name: str) -> str:
    """``name`` without a document ending (``.txt``, ``.text``, ``.md``, ``.jsonl``, ``.jsonl.gz``)
    or, failing those, without its last suffix."""
    lower = name.lower()
    for suffix in JSONL_SUFFIXES + DEFAULT_SUFFIXES:
        if lower.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    stem, _ = os.path.splitext(name)
    return stem or name


def _is_jsonl(name: str) -> bool:
    return name.lower().endswith(JSONL_SUFFIXES)


def _walk(top: str, suffixes: tuple[str, ...], report: ErrorSink) -> Iterator[tuple[str, str]]:
    """The candidate files under folder ``top`` as ``(path, path relative to top)``, in the
    order of their relative paths, following symlinks but not round a loop. Every entry that
    cannot be looked at or read is reported, never skipped silently."""

    def matches(name: str) -> bool:
        return name.lower().endswith(suffixes) and not name.startswith(".")

    def listing(folder: str) -> list[tuple[str, str, object]] | None:
        """The entries of ``folder`` sorted so that a depth-first walk gives path order: a folder
        sorts as its name plus ``/``, as every path under it does."""
        try:
            with os.scandir(folder) as entries:
                found = list(entries)
        except OSError as error:
            report(DocumentReadError(display_path(folder), f"folder not read: {_os_reason(error, folder)}"))
            return None
        rows: list[tuple[str, str, object]] = []
        for entry in found:
            try:
                info = entry.stat()  # follows a symlink to what it points at
            except OSError as error:
                dangling = error.errno == errno.ENOENT
                if not dangling or matches(entry.name):
                    rows.append((entry.name, entry.name, DocumentReadError(display_path(entry.path), _os_reason(error, entry.path))))
                continue
            if stat.S_ISDIR(info.st_mode):
                rows.append((entry.name + "/", entry.name, info))
            elif matches(entry.name):
                if stat.S_ISREG(info.st_mode):
                    rows.append((entry.name, entry.name, None))
                else:
                    rows.append((entry.name, entry.name, DocumentReadError(display_path(entry.path), "not a regular file; not read")))
        rows.sort(key=lambda row: row[0])
        return rows

    try:
        top_info = os.stat(top)
    except OSError as error:
        report(DocumentReadError(display_path(top), _os_reason(error, top)))
        return
    top_rows = listing(top)
    if top_rows is None:
        return
    # each level: (folder path, its path relative to top, its (device, inode), its entries left)
    stack: list[tuple[str, str, tuple[int, int], Iterator[tuple[str, str, object]]]] = [
        (top, "", (top_info.st_dev, top_info.st_ino), iter(top_rows))
    ]
    while stack:
        folder, prefix, _, rows = stack[-1]
        row = next(rows, None)
        if row is None:
            stack.pop()
            continue
        _, name, what = row
        path = os.path.join(folder, name)
        relative = prefix + name
        if isinstance(what, DocumentReadError):
            report(what)
        elif what is None:
            yield path, relative
        elif isinstance(what, os.stat_result):
            key = (what.st_dev, what.st_ino)
            loop = next((level for level in stack if level[2] == key), None)
            if loop is not None:
                report(DocumentReadError(display_path(path), f"symlink loop (leads back to {display_path(loop[0])}); not read"))
                continue
            sub_rows = listing(path)
            if sub_rows is not None:
                stack.append((path, relative + "/", key, iter(sub_rows)))


def iter_sources(
    paths: Iterable[str | os.PathLike[str] | Source],
    *,
    suffixes: tuple[str, ...] = DEFAULT_SUFFIXES,
    input_format: str = "auto",
    errors: list[DocumentReadError] | ErrorSink | None = None,
) -> Iterator[Source]:
    """What to read for the given paths: each file as named, each folder's candidate files
    (recursively, in path order so runs are repeatable), ``-`` for standard input.

    A folder's candidates are its files ending in one of ``suffixes`` (``.jsonl`` and
    ``.jsonl.gz`` under ``input_format="jsonl"``), hidden files left out; symlinks are followed.

    :param errors: A list to append each problem to, or a function to call with it; when
        ``None``, the first problem raises :class:`DocumentReadError`.
    """
    if input_format not in INPUT_FORMATS:
        raise ValueError(f"input_format must be one of {INPUT_FORMATS}, not {input_format!r}")
    report = _sink(errors)
    for raw in paths:
        if isinstance(raw, Source):
            yield raw
            continue
        path = os.fspath(raw)
        if path == "-":
            yield Source("-", "stdin", "jsonl" if input_format == "jsonl" else "text")
            continue
        try:
            is_folder = stat.S_ISDIR(os.stat(path).st_mode)
        except OSError:
            is_folder = False  # reading it will say why
        if not is_folder:
            jsonl = input_format == "jsonl" or (input_format == "auto" and _is_jsonl(path))
            yield Source(path, _stem(_text_path(os.path.basename(path.rstrip(os.sep)) or path)), "jsonl" if jsonl else "text")
            continue
        wanted = JSONL_SUFFIXES if input_format == "jsonl" else suffixes
        for found, relative in _walk(path, wanted, report):
            text_relative = _text_path(relative).replace(os.sep, "/")
            jsonl = input_format == "jsonl" or (input_format == "auto" and _is_jsonl(found))
            yield Source(found, _stem(text_relative), "jsonl" if jsonl else "text")


def iter_paths(paths: Iterable[str | os.PathLike[str]], suffixes: tuple[str, ...] = DEFAULT_SUFFIXES) -> Iterator[Path]:
    """The files to read for the given paths (see :func:`iter_sources`), as paths; a problem
    found on the way raises :class:`DocumentReadError`."""
    for source in iter_sources(paths, suffixes=suffixes):
        yield Path(source.path)


def _sink(errors: list[DocumentReadError] | ErrorSink | None) -> ErrorSink:
    if errors is None:
        def raise_it(error: DocumentReadError) -> None:
            raise error
        return raise_it
    if isinstance(errors, list):
        return errors.append
    return errors


class _Ids:
    """Keeps document ids unique within a run: a clash takes the path as given, then ``~2``..."""

    def __init__(self) -> None:
        self.seen: set[str] = set()

    def claim(self, wanted: str, path: str) -> str:
        chosen = wanted
        if chosen in self.seen and path != "-":
            chosen = _stem(_text_path(path)).replace(os.sep, "/")
        base, n = chosen, 1
        while chosen in self.seen:
            n += 1
            chosen = f"{base}~{n}"
        self.seen.add(chosen)
        return chosen


def iter_documents(
    paths: Iterable[str | os.PathLike[str] | Source],
    *,
    encoding: str = "utf-8",
    encoding_errors: str = "strict",
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    input_format: str = "auto",
    errors: list[DocumentReadError] | ErrorSink | None = None,
) -> Iterator[Document]:
    """Read documents lazily, one at a time, from files, folders, JSON Lines corpora and ``-``
    (standard input).

    A document's id is its path relative to the argument it was found under, without its
    ending (``a/article`` and ``b/article`` for ``a/article.txt`` and ``b/article.txt`` under
    the folder given); a file named directly keeps its stem. Ids are unique within the call: a
    clash takes the path as given (then ``~2``, ``~3``...). A JSON Lines row keeps its own ``id``.

    :param encoding: A codec name or ``"auto"``; see :func:`read`. JSON Lines is always UTF-8.
    :param max_bytes: The largest file, or JSON Lines row, read; ``None`` for no limit.
    :param input_format: ``auto`` (``.jsonl`` and ``.jsonl.gz`` files as JSON Lines, anything
        else as text), ``text`` or ``jsonl`` (standard input and every file given as JSON Lines).
    :param errors: When given (a list, or a function to call), a path that cannot be read, or a
        malformed JSON Lines row, is reported there and the rest are still read; when ``None``,
        the first one raises :class:`DocumentReadError`.
    """
    from gpcorpus.corpus import iter_jsonl

    _check_encoding(encoding)
    report = _sink(errors)
    ids = _Ids()
    for source in iter_sources(paths, input_format=input_format, errors=report):
        if source.format == "jsonl":
            stream = sys.stdin.buffer if source.path == "-" else source.path
            yield from iter_jsonl(stream, max_bytes=max_bytes, encoding_errors=encoding_errors, errors=report)
            continue
        try:
            if source.path == "-":
                document = read(sys.stdin.buffer, encoding=encoding, encoding_errors=encoding_errors, max_bytes=max_bytes)
            else:
                document = read(source.path, id=source.id, encoding=encoding, encoding_errors=encoding_errors, max_bytes=max_bytes)
        except DocumentReadError as error:
            report(error)
            continue
        unique = ids.claim(document.id, source.path)
        if unique != document.id:
            document = attrs.evolve(document, id=unique)
        yield document
