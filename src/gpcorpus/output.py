"""What ``gpcorpus extract`` writes: JSON Lines, CSV and the terminal table, and its stderr lines.

Text from the documents (and from their file names) is untrusted: the table strips terminal
escape sequences and control characters from everything it prints (:func:`strip_controls`),
lines on standard error show them escaped (:func:`escape_controls`), and CSV cells that a
spreadsheet would run as a formula are neutralised (:func:`neutralise_formula`). A character the
output's encoding cannot carry (a non-UTF-8 file name, read with ``surrogateescape``) is written
backslash-escaped rather than stopping the batch.

The JSON Lines writer writes :func:`gpcorpus.records.to_record` exactly, one record per line: it is
the public contract (``docs/records.rst``) and nothing here changes it.
"""
from __future__ import annotations

import csv
import json
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from typing import IO, TYPE_CHECKING, Any, Protocol, cast

import attrs

from gpcorpus.pipeline import Result
from gpcorpus.types import Extraction

if TYPE_CHECKING:  # rich is imported where it draws, so that `import gpcorpus` does not pay for it
    from rich.console import Console
    from rich.progress import Progress
    from rich.table import Table

__all__ = [
    "COMMON_COLUMNS",
    "FORMATS",
    "CsvWriter",
    "JsonLinesWriter",
    "OutputClosed",
    "Reporter",
    "RunSummary",
    "SafeStream",
    "TableWriter",
    "Writer",
    "console_for",
    "csv_columns",
    "escape_controls",
    "extraction_classes",
    "generic_summary",
    "neutralise_formula",
    "same_terminal",
    "strip_controls",
    "write_text",
]

#: The output formats of ``gpcorpus extract``.
FORMATS = ("jsonl", "csv", "table")

#: The CSV's first columns; every extraction type's own fields follow.
COMMON_COLUMNS = ("doc", "path", "kind", "start", "end", "text", "plugin")
#: Fields every extraction has, written under the common columns' names instead.
_BASE_FIELDS = frozenset({"doc_id", "span", "text", "plugin"})

# -- untrusted text ----------------------------------------------------------------------------

# Terminal escape sequences (ECMA-48): OSC, DCS/SOS/PM/APC strings up to their terminator, CSI
# with its parameters, and any other ESC sequence. Linear time: a string's body stops at ESC and at
# every C1 control, so no introducer lies inside another's scan and each character is scanned once;
# the CSI's character classes are disjoint and it always matches where it starts.
_ESCAPE_SEQUENCE = re.compile(
    r"(?:\x1b\]|\x9d)[^\x07\x1b\x80-\x9f]*(?:\x07|\x1b\\|\x9c)"  # OSC ... BEL or ST (window title, link)
    r"|(?:\x1b[PX^_]|[\x90\x98\x9e\x9f])[^\x1b\x80-\x9f]*(?:\x1b\\|\x9c)"  # DCS, SOS, PM, APC strings
    r"|(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"  # CSI: cursor moves, erase, colours
    r"|\x1b[ -/]*[0-~]?"  # any other ESC sequence, or a lone ESC
)
# Bidirectional embeddings, overrides and isolates, and the implicit marks: they reorder what a
# terminal shows (CVE-2021-42574, "Trojan Source").
_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
# C0 and C1 controls, DEL, the bidi controls, and lone surrogates (the bytes of a non-UTF-8 file
# name, as Python decodes it with ``surrogateescape``).
_CONTROL = re.compile(f"[\x00-\x1f\x7f-\x9f{_BIDI}\ud800-\udfff]")
# Controls that separate words: the table shows them as a space.
_SPACING = re.compile("[\t\n\x0b\x0c\r\x1c-\x1f\x85\u2028\u2029]+")


def _escaped(character: str) -> str:
    code = ord(character)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8, kept by surrogateescape
        return f"\\x{code - 0xDC00:02x}"
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}"


def strip_controls(text: str) -> str:
    """``text`` as the table prints it: escape sequences and controls gone, one line.

    Line breaks and tabs become spaces; a byte of a non-UTF-8 file name is shown as ``\\xNN``.

    >>> strip_controls('“\\x1b]0;PWNED\\x07\\x1b[2J” said Dr Jane Smith.')
    '“” said Dr Jane Smith.'
    >>> strip_controls("two\\nlines\\u202e")
    'two lines'
    """
    text = _ESCAPE_SEQUENCE.sub("", text)
    text = _SPACING.sub(" ", text)
    return _CONTROL.sub(lambda match: _escaped(match[0]) if "\ud800" <= match[0] <= "\udfff" else "", text)


def escape_controls(text: str, *, keep_newlines: bool = False) -> str:
    """``text`` made safe for one line on standard error: every control character, escape
    sequence introducer, bidi control and undecodable byte written as a visible escape.

    >>> escape_controls("seeds/\\x1b[2Jx.txt: not valid UTF-8")
    'seeds/\\\\x1b[2Jx.txt: not valid UTF-8'
    >>> escape_controls("caf\\udce9.txt")
    'caf\\\\xe9.txt'
    """
    if keep_newlines:
        return "\n".join(escape_controls(line) for line in text.split("\n"))
    return _CONTROL.sub(lambda match: _escaped(match[0]), text)


_PLAIN_NUMBER = re.compile(r"[+-]?[0-9]+(?:\.[0-9]+)?")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(cell: str) -> str:
    """A CSV cell that a spreadsheet will show as text rather than run as a formula.

    The OWASP rule: a cell that begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
    gets a single quote in front. A plain number (``-4.5``) cannot be a formula and is left alone,
    so that figures stay figures.

    >>> neutralise_formula('=HYPERLINK("http://x","click")')
    '\\'=HYPERLINK("http://x","click")'
    >>> neutralise_formula("-4.5"), neutralise_formula("GPs")
    ('-4.5', 'GPs')
    """
    if cell.startswith(_FORMULA_START) and _PLAIN_NUMBER.fullmatch(cell) is None:
        return "'" + cell
    return cell


def write_text(stream: IO[str], text: str) -> None:
    """Write ``text``, backslash-escaping any character the stream's encoding cannot carry.

    A lone surrogate (a non-UTF-8 file name) would otherwise raise ``UnicodeEncodeError`` half-way
    through a batch. In JSON Lines the escape it gets (``\\udcff``) is JSON's own, so the record
    still reads back to the same string.
    """
    try:
        stream.write(text)
    except UnicodeEncodeError:  # raised before anything is written: text streams encode first
        encoding = getattr(stream, "encoding", None) or "utf-8"
        stream.write(text.encode(encoding, "backslashreplace").decode(encoding))


class OutputClosed(Exception):
    """The reader of the output went away (``gpcorpus extract ... | head``).

    Raised in place of :class:`BrokenPipeError` from a rich console's stream, which rich would
    otherwise turn into exit status 1.
    """


class SafeStream:
    """A text stream for a rich console: what the encoding cannot carry is written escaped
    (:func:`write_text`), and a closed pipe raises :class:`OutputClosed`."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    @property
    def encoding(self) -> str:
        return getattr(self.stream, "encoding", None) or "utf-8"

    def write(self, text: str) -> int:
        try:
            write_text(self.stream, text)
        except BrokenPipeError as error:
            raise OutputClosed() from error
        return len(text)

    def flush(self) -> None:
        try:
            self.stream.flush()
        except BrokenPipeError as error:
            raise OutputClosed() from error

    def isatty(self) -> bool:
        return self.stream.isatty()

    def fileno(self) -> int:
        return self.stream.fileno()


# -- the extraction types and their fields ------------------------------------------------------


def extraction_classes() -> list[type[Extraction]]:
    """Every imported extraction class, the base first, then subclasses in the order they were
    defined (a third-party plugin's kinds once its module is imported)."""
    found: list[type[Extraction]] = []
    pending: list[type[Extraction]] = [Extraction]
    while pending:
        cls = pending.pop(0)
        if cls not in found:
            found.append(cls)
            pending.extend(cls.__subclasses__())
    return found


def csv_columns(kinds: Iterable[str] | None = None) -> list[str]:
    """The CSV header: :data:`COMMON_COLUMNS`, then every field of every extraction type (of
    ``kinds`` only, when given), each field once, in the order the types declare them."""
    wanted = None if kinds is None else set(kinds)
    columns = list(COMMON_COLUMNS)
    for cls in extraction_classes():
        if wanted is not None and cls.kind not in wanted and cls is not Extraction:
            continue
        for field in attrs.fields(cls):
            if field.name not in _BASE_FIELDS and field.name not in columns:
                columns.append(field.name)
    return columns


def _cell(value: Any) -> str:
    """A record's value as CSV text: nested values (spans, clauses) as JSON, nothing as empty."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, (bool, int, float)):
        return json.dumps(value)
    return json.dumps(value, ensure_ascii=False)


# -- the writers ----------------------------------------------------------------------------------


class Writer(Protocol):
    """Writes the extractions of each document's result as they come."""

    def write(self, result: Result) -> None:
        """Write one document's extractions."""

    def close(self) -> None:
        """Finish the output (nothing is written after)."""


class JsonLinesWriter:
    """One JSON object per extraction: :func:`gpcorpus.records.to_record`, the public contract."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def write(self, result: Result) -> None:
        for record in result.to_records():
            try:
                self.stream.write(json.dumps(record, ensure_ascii=False) + "\n")
            except UnicodeEncodeError:  # a non-UTF-8 file name, or a stream that is not UTF-8
                self.stream.write(json.dumps(record, ensure_ascii=True) + "\n")  # JSON's own escapes
        self.stream.flush()

    def close(self) -> None:
        self.stream.flush()


class CsvWriter:
    """A header, then one row per extraction with one column per field (see :func:`csv_columns`).

    :param kinds: When given, only these kinds' fields get columns.
    :param neutralise_formulas: Apply :func:`neutralise_formula` to every cell (the default).
    :param bom: Begin with a UTF-8 byte-order mark, which spreadsheet programs take as the sign
        that a CSV file is UTF-8.
    """

    def __init__(
        self,
        stream: IO[str],
        *,
        kinds: Iterable[str] | None = None,
        neutralise_formulas: bool = True,
        bom: bool = False,
    ) -> None:
        self.stream = stream
        self.columns = csv_columns(kinds)
        self.neutralise = neutralise_formulas
        if bom:
            write_text(stream, "\ufeff")
        self._write_row(self.columns)

    def _write_row(self, cells: list[str]) -> None:
        line = _CsvLine()
        csv.writer(line).writerow([neutralise_formula(c) if self.neutralise else c for c in cells])
        write_text(self.stream, line.text)

    def write(self, result: Result) -> None:
        for record in result.to_records():
            values = dict(record)
            values.setdefault("path", result.document.path)
            self._write_row([_cell(values.get(column)) for column in self.columns])
        self.stream.flush()

    def close(self) -> None:
        self.stream.flush()


class _CsvLine:
    """The one row ``csv.writer`` writes, kept so that it is written with :func:`write_text`."""

    def __init__(self) -> None:
        self.text = ""

    def write(self, text: str) -> None:
        self.text += text


def generic_summary(record: Mapping[str, Any]) -> str:
    """A short account of a record's own values (``key=value, ...``) for a kind that gives none."""
    keys = [key for key in record if key not in ("doc", "path", "kind", "start", "end", "text", "plugin")]
    return ", ".join(f"{key}={record[key]}" for key in keys[:3] if record[key] is not None)


class TableWriter:
    """Rows for a person at a terminal: document id, kind, offsets, the text and its values.

    Fits ``console``'s width: the id, offsets and values are never cut (a long one wraps inside its
    column), the text is shortened with an ellipsis. Every cell goes through
    :func:`strip_controls`. One table per document, with fixed column widths, so that rows come out
    as each document is done and the header is printed once.

    :param summarise: The values column of a record.
    :param id_width: How wide the ids are expected to be, so that the first document's rows line
        up with the rest; the column grows past it for a longer id.
    """

    #: Columns narrower than this are not worth drawing; the table grows past a tiny console.
    MIN_TEXT = 10
    MIN_VALUES = 16

    def __init__(self, console: Console, summarise: Callable[[dict[str, Any]], str] = generic_summary,
                 *, id_width: int = 3) -> None:
        self.console = console
        self.summarise = summarise
        self.header_done = False
        self.doc_width = max(3, id_width)
        self.kind_width = max(len(cls.kind) for cls in extraction_classes())
        self.span_width = 9
        self.values_width = 0

    def _table(self, rows: list[tuple[str, str, str, str, str]]) -> Table:
        from rich.cells import cell_len  # a wide character takes two columns
        from rich.table import Table
        from rich.text import Text

        for doc, kind, span, _, _ in rows:
            self.doc_width = max(self.doc_width, cell_len(doc))
            self.kind_width = max(self.kind_width, cell_len(kind))
            self.span_width = max(self.span_width, len(span))
        width = self.console.width
        # the id may take up to a third of a narrow console; past that it wraps, never cut
        doc_width = min(self.doc_width, max(8, width // 3))
        rest = width - doc_width - self.kind_width - self.span_width - 4  # one space after each column
        # The values column is as wide as its longest cell, up to what leaves the text 35% of the
        # room; it only grows, so that the tables of later documents line up with the first.
        longest = max((cell_len(values) for *_, values in rows), default=0)
        cap = rest - max(self.MIN_TEXT, rest * 35 // 100)
        self.values_width = max(self.values_width, min(longest, cap), self.MIN_VALUES)
        values_width = min(self.values_width, max(cap, self.MIN_VALUES))
        text_width = max(self.MIN_TEXT, rest - values_width)
        table = Table(box=None, padding=(0, 1, 0, 0), pad_edge=False, show_header=not self.header_done,
                      header_style="bold", show_edge=False, expand=False)
        table.add_column("doc", width=doc_width, overflow="fold")
        table.add_column("kind", width=self.kind_width, no_wrap=True)
        table.add_column("span", width=self.span_width, justify="right", no_wrap=True)
        table.add_column("text", width=text_width, no_wrap=True, overflow="ellipsis")
        table.add_column("values", width=values_width, overflow="fold")
        for row in rows:
            table.add_row(*(Text(cell) for cell in row))
        return table

    def write(self, result: Result) -> None:
        rows = []
        for record in result.to_records():
            rows.append((
                strip_controls(record["doc"]),
                strip_controls(record["kind"]),
                f"{record['start']}-{record['end']}",
                " ".join(strip_controls(record["text"]).split()),
                strip_controls(self.summarise(record)),
            ))
        if not rows and self.header_done:
            return
        self._print(self._table(rows))
        self.header_done = True

    def _print(self, table: Table) -> None:
        if self.console.is_terminal:  # through the console, which draws it above any progress bar
            self.console.print(table, crop=False)
            return
        # a pipe or a file: the same text without the padding rich leaves at the ends of lines
        with self.console.capture() as captured:
            self.console.print(table, crop=False)
        self.console.file.write("".join(line.rstrip() + "\n" for line in captured.get().splitlines()))

    def close(self) -> None:
        if not self.header_done:
            self._print(self._table([]))
            self.header_done = True
        self.console.file.flush()


# -- stderr: failures, warnings, progress and the summary line --------------------------------


@attrs.define
class RunSummary:
    """What a run did, for the summary line on standard error."""

    #: Documents read and run through the plugins.
    read: int = 0
    #: Paths that could not be read (permission, encoding, ...).
    failed: int = 0
    #: Paths passed over on purpose and named on stderr (a binary file, a loop, ...).
    skipped: int = 0
    #: Plugin failures, over all documents.
    plugin_failures: int = 0
    warnings: int = 0
    kinds: Counter[str] = attrs.field(factory=Counter)

    def add(self, result: Result) -> None:
        """Count one document's result."""
        self.read += 1
        self.plugin_failures += len(result.failures)
        self.warnings += len(result.warnings)
        self.kinds.update(x.kind for x in result.extractions)

    def line(self) -> str:
        """``5 documents read, 1 failed, 0 skipped; 88 extractions: 34 claim, ...``"""
        total = sum(self.kinds.values())
        by_kind = ", ".join(f"{count} {kind}" for kind, count in sorted(self.kinds.items()))
        text = (f"{_count(self.read, 'document')} read, {self.failed} failed, {self.skipped} skipped; "
                f"{_count(total, 'extraction')}{': ' + by_kind if by_kind else ''}")
        extras = []
        if self.plugin_failures:
            extras.append(_count(self.plugin_failures, "plugin failure"))
        if self.warnings:
            extras.append(_count(self.warnings, "warning"))
        return text + ("; " + ", ".join(extras) if extras else "")


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def same_terminal(first: IO[str], second: IO[str]) -> bool:
    """Whether both streams are terminals and the same one (so what each shows lands together)."""
    try:
        if not (first.isatty() and second.isatty()):
            return False
        one, two = os.fstat(first.fileno()), os.fstat(second.fileno())
    except (AttributeError, OSError, ValueError):
        return False
    return (one.st_dev, one.st_ino, one.st_rdev) == (two.st_dev, two.st_ino, two.st_rdev)


class Reporter:
    """Standard error for one run: failures and warnings, an optional progress bar, the summary.

    On a terminal every line is printed through ``console``, wrapped to its width under a hanging
    indent; with a progress bar, rich draws each line above the bar, so no line ever shares the
    bar's line. Every line is escaped with :func:`escape_controls`.

    :param stream: Standard error.
    :param console: A console on the terminal standard error shows on, or ``None`` when it is not
        a terminal (lines are then written as they are, one per message).
    :param progress: Draw a progress bar on ``console``.
    :param total: How many files the bar counts to.
    """

    def __init__(self, stream: IO[str], console: Console | None = None, *, progress: bool = False, total: int = 0,
                 tracebacks: bool = False) -> None:
        self.stream = stream
        #: Whether a failure's full traceback is printed under it (``--traceback``).
        self.tracebacks = tracebacks
        self.console = console
        self.summary = RunSummary()
        self.progress: Progress | None = None
        if console is not None and progress:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self.progress = Progress(
                TextColumn("reading"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                console=console, transient=True, redirect_stdout=False, redirect_stderr=True,
            )
            self._task = self.progress.add_task("reading", total=total)

    def __enter__(self) -> Reporter:
        if self.progress is not None:
            self.progress.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def stop(self) -> None:
        """Take the progress bar away (it leaves nothing behind)."""
        if self.progress is not None:
            self.progress.stop()
            self.progress = None

    def line(self, message: str) -> None:
        """Print ``gpcorpus: message`` on standard error, escaped, above any progress bar."""
        text = escape_controls(message)
        if self.console is not None:
            from rich.table import Table
            from rich.text import Text

            grid = Table.grid(padding=(0, 1, 0, 0))
            grid.add_column(no_wrap=True)
            grid.add_column(overflow="fold")
            grid.add_row(Text("gpcorpus:"), Text(text))
            self.console.print(grid)
        else:
            write_text(self.stream, f"gpcorpus: {text}\n")
            self.stream.flush()

    def error(self, message: object) -> None:
        """Report a failure."""
        self.line(str(message))

    def failure(self, failure: object) -> None:
        """Report a plugin's failure, with its traceback under it when asked for."""
        self.error(failure)
        traceback = getattr(failure, "traceback", None)
        if self.tracebacks and traceback:
            text = escape_controls(str(traceback).rstrip("\n"), keep_newlines=True)
            if self.console is not None:
                from rich.text import Text

                self.console.print(Text(text))
            else:
                write_text(self.stream, text + "\n")
                self.stream.flush()

    def warning(self, message: object) -> None:
        """Report something worth attention that is not a failure."""
        self.line(f"warning: {message}")

    def advance(self, steps: int = 1) -> None:
        """One more file done (read, failed or skipped)."""
        if self.progress is not None:
            self.progress.advance(self._task, steps)

    def result(self, result: Result) -> None:
        """Count a document's result and report its failures and warnings."""
        self.summary.add(result)
        for failure in result.failures:
            self.failure(failure)
        for warning in result.warnings:
            self.warning(warning)
        self.advance()

    def read_failed(self, error: object) -> None:
        """Report a path that could not be read."""
        self.summary.failed += 1
        self.error(error)
        self.advance()

    def skipped(self, message: object) -> None:
        """Report a path passed over on purpose (with its reason)."""
        self.summary.skipped += 1
        self.error(message)
        self.advance()

    def finish(self) -> None:
        """Take the bar away and print the summary line."""
        self.stop()
        self.line(self.summary.line())


def console_for(stream: IO[str], *, width: int | None = None) -> Console:
    """A rich console that writes ``stream`` as plain text: no markup, emoji or highlighting
    taken from the data."""
    from rich.console import Console

    # rich uses only write, flush, isatty, fileno and encoding, which SafeStream has
    return Console(file=cast(IO[str], SafeStream(stream)), width=width, highlight=False, markup=False, emoji=False,
                   soft_wrap=False, legacy_windows=False)
