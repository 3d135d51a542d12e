"""The ``gpcorpus`` command: ``extract`` over files and folders, ``plugins`` to list them.

Exit codes are :class:`ExitCode`; failures are printed to stderr with the file, or the plugin and
document, named, and never stop the rest of a batch.
"""
from __future__ import annotations

import argparse
import codecs
import contextlib
import enum
import json
import os
import shutil
import sys
from collections.abc import Iterator, Sequence
from typing import IO, TYPE_CHECKING, Any

from gpcorpus import __version__, output
from gpcorpus.corpus import document_record
from gpcorpus.errors import DocumentReadError, GpcorpusError, UnknownNameError
from gpcorpus.manager import make_plugin_manager
from gpcorpus.parallel import PipelineOptions, run_parallel
from gpcorpus.pipeline import Pipeline, Result, TimeBudget
from gpcorpus.records import from_record
from gpcorpus.reader import DEFAULT_MAX_BYTES, ENCODING_ERRORS, INPUT_FORMATS, Source, iter_documents, iter_sources
from gpcorpus.schema import record_schema
from gpcorpus.types import Document

if TYPE_CHECKING:
    from rich.console import Console

__all__ = ["ExitCode", "main", "run"]


class ExitCode(enum.IntEnum):
    """What ``gpcorpus`` exits with."""

    #: Every document was read and every plugin ran cleanly.
    OK = 0
    #: Something failed (a file could not be read, a plugin raised or failed to load); the
    #: results of everything else were still written.
    PARTIAL_FAILURE = 1
    #: The command line was wrong.
    USAGE = 2


_PROGRESS_THRESHOLD = 5  # files; fewer finish before a bar would be worth drawing


def _settings(pairs: Sequence[str]) -> dict[str, dict[str, str]]:
    settings: dict[str, dict[str, str]] = {}
    for pair in pairs:
        name_key, sep, value = pair.partition("=")
        plugin, dot, key = name_key.partition(".")
        if not sep or not dot or not plugin or not key:
            raise argparse.ArgumentTypeError(f"--set takes PLUGIN.KEY=VALUE, not {pair!r}")
        settings.setdefault(plugin, {})[key] = value
    return settings


def _encoding(name: str) -> str:
    if name != "auto":
        try:
            codecs.lookup(name)
        except LookupError:
            raise argparse.ArgumentTypeError(f"unknown encoding {name!r} (give a Python codec name such as cp1252, or auto)") from None
    return name


def _count(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = -1
    if number < 0:
        raise argparse.ArgumentTypeError(f"expected a whole number, 0 or more, not {value!r}")
    return number


def _seconds(text: str) -> float:
    """A ``--budget`` value: a number of seconds, 0 or more."""
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not value >= 0:  # also refuses nan
        raise argparse.ArgumentTypeError(f"expected a number of seconds, 0 or more, not {text!r}")
    return value


def _summary(record: dict[str, Any]) -> str:
    """The values of a record a person wants to see first: its extraction's own summary()."""
    return from_record(record).summary()


def _open_output(path: str | None) -> IO[str]:
    """Where the records go: ``--output FILE`` (UTF-8), or standard output."""
    if path is None or path == "-":
        return sys.stdout
    # newline="": the CSV writer ends its rows with \r\n itself, and JSON Lines wants \n as written
    return open(path, "w", encoding="utf-8", newline="", errors="backslashreplace")


def _writer(args: argparse.Namespace, stream: IO[str], console: Console | None, kinds: set[str] | None,
            paths: Sequence[Source]) -> output.Writer:
    if args.format == "jsonl":
        return output.JsonLinesWriter(stream)
    if args.format == "csv":
        return output.CsvWriter(stream, kinds=kinds, neutralise_formulas=not args.unsafe_csv, bom=args.bom)
    assert console is not None
    id_width = max((len(output.strip_controls(source.id)) for source in paths), default=3)
    return output.TableWriter(console, summarise=_summary, id_width=id_width)


def _extract(args: argparse.Namespace) -> int:
    kinds = None
    if args.kinds:
        kinds = {k.strip() for k in ",".join(args.kinds).split(",") if k.strip()}
    try:
        stream = _open_output(args.output)
    except OSError as error:
        print(f"gpcorpus: cannot write {output.escape_controls(args.output)}: {error.strerror or error}", file=sys.stderr)
        return ExitCode.USAGE
    try:
        return _run_extract(args, kinds, stream)
    finally:
        if stream is not sys.stdout:
            stream.close()


def _results(args: argparse.Namespace, pipeline: Pipeline, documents: Iterator[Document]) -> Iterator[Result]:
    """The results of the run, in input order: here, in ``--jobs`` processes, or on a Dask cluster."""
    if args.jobs == 1 and not args.dask:
        return pipeline.run_all(documents)
    options = PipelineOptions(disabled=args.disable, settings=_settings(args.set), kinds=pipeline.kinds)
    if args.dask:
        from gpcorpus.dask import run_on_cluster

        return run_on_cluster(documents, args.dask, options)
    return run_parallel(documents, args.jobs, options)


def _run_extract(args: argparse.Namespace, kinds: set[str] | None, stream: IO[str]) -> int:
    stderr = sys.stderr
    to_terminal = stream is sys.stdout and stream.isatty()
    # the terminal's width for a terminal; else COLUMNS when set, or 80 (a file has no width)
    width = shutil.get_terminal_size((80, 24)).columns if to_terminal or "COLUMNS" in os.environ else 80
    table_console = output.console_for(stream, width=width) if args.format == "table" else None
    try:
        manager = make_plugin_manager(disabled=args.disable)
        pipeline = Pipeline(manager, settings=_settings(args.set), kinds=kinds,
                            budget=TimeBudget(per_mb=args.budget) if args.budget else None)
    except UnknownNameError as error:
        print(f"gpcorpus: error: {output.escape_controls(str(error))}", file=sys.stderr)
        return ExitCode.USAGE
    if args.with_documents and args.format != "jsonl":
        print("gpcorpus: error: --with-documents needs --format jsonl", file=sys.stderr)
        return ExitCode.USAGE
    read_errors: list[DocumentReadError] = []
    paths = list(iter_sources(args.paths, input_format=args.input_format, errors=read_errors))
    # The bar is drawn where it cannot mix with the records: on a terminal stderr while the records
    # go elsewhere, or on the terminal the table is on, by the table's own console (rich then
    # prints rows and messages above the bar).
    stderr_console = None
    if table_console is not None and output.same_terminal(stream, stderr):
        stderr_console = table_console
    elif stderr.isatty():
        stderr_console = output.console_for(stderr)
    progress = (not args.no_progress and len(paths) >= _PROGRESS_THRESHOLD and stderr_console is not None
                and (not to_terminal or stderr_console is table_console))
    reporter = output.Reporter(stderr, stderr_console, progress=progress, total=len(paths), tracebacks=args.traceback)
    # (a JSON Lines corpus holds an unknown number of documents: the bar counts files)
    for failure in manager.load_failures:
        reporter.failure(failure)
    writer = _writer(args, stream, table_console, kinds, paths)
    failed = bool(manager.load_failures)
    documents = iter_documents(paths, encoding=args.encoding, encoding_errors=args.encoding_errors,
                               max_bytes=args.max_bytes or None, errors=read_errors)
    reported_errors = 0
    try:
        results = _results(args, pipeline, documents)
    except ModuleNotFoundError as error:
        reporter.finish()
        print(f"gpcorpus: error: --dask needs the dask extra (pip install 'gpcorpus[dask]'): {error}", file=sys.stderr)
        return ExitCode.USAGE
    except GpcorpusError as error:  # worker processes or the cluster could not be started
        reporter.error(error)
        reporter.finish()
        return ExitCode.PARTIAL_FAILURE
    with reporter:
        for result in results:
            if args.with_documents:
                output.write_text(stream, json.dumps(document_record(result.document), ensure_ascii=False) + "\n")
            while reported_errors < len(read_errors):
                reporter.read_failed(read_errors[reported_errors])
                reported_errors += 1
            writer.write(result)
            reporter.result(result)
            failed = failed or bool(result.failures)
        for unread in read_errors[reported_errors:]:
            reporter.read_failed(unread)
        writer.close()
    failed = failed or bool(read_errors)
    if not paths:
        reporter.error("no files to read")
        failed = True
    reporter.finish()
    return ExitCode.PARTIAL_FAILURE if failed else ExitCode.OK


def _plugins(args: argparse.Namespace) -> int:
    try:
        manager = make_plugin_manager(disabled=args.disable)
    except UnknownNameError as error:
        print(f"gpcorpus: error: {output.escape_controls(str(error))}", file=sys.stderr)
        return ExitCode.USAGE
    rows: list[dict[str, Any]] = []
    for name in manager.plugin_names():
        info = manager.info_of(name)
        rows.append({"name": name, "version": manager.version_of(name), "kinds": list(info.kinds),
                     "settings": dict(info.settings), "description": info.description})
    if args.format == "json":
        for row in rows:
            print(json.dumps(row, ensure_ascii=False))
    else:
        print(f"{'name':<16} {'version':<10} kinds")
        for row in rows:
            print(f"{row['name']:<16} {row['version'] or '-':<10} {', '.join(row['kinds']) or '-'}")
    for failure in manager.load_failures:
        print(f"gpcorpus: {output.escape_controls(str(failure))}", file=sys.stderr)
        traceback = getattr(failure, "traceback", None)
        if args.traceback and traceback:
            print(output.escape_controls(traceback, keep_newlines=True), end="", file=sys.stderr)
    return ExitCode.PARTIAL_FAILURE if manager.load_failures else ExitCode.OK


def _schema(args: argparse.Namespace) -> int:
    manager = make_plugin_manager()  # imports the plugins, so that their own kinds are described too
    for failure in manager.load_failures:
        print(f"gpcorpus: {output.escape_controls(str(failure))}", file=sys.stderr)
    print(json.dumps(record_schema(), indent=2, ensure_ascii=False))
    return ExitCode.PARTIAL_FAILURE if manager.load_failures else ExitCode.OK


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="gpcorpus",
        description="Extract money, percentages, motions and attributed quotes from articles about UK general practice.",
    )
    parser.add_argument("--version", action="version", version=f"gpcorpus {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.required = True

    extract = commands.add_parser("extract", help="extract from files, folders or - (standard input)")
    extract.add_argument("paths", nargs="+", metavar="PATH", help="a UTF-8 text file, a folder of them, or -")
    extract.add_argument("--format", choices=output.FORMATS, default="table",
                         help="jsonl: one record per line (the documented contract); csv: one column per field; "
                              "table: for reading (default)")
    extract.add_argument("--output", "-o", metavar="FILE", default=None,
                         help="write the records to FILE (UTF-8) instead of standard output")
    extract.add_argument("--bom", action="store_true",
                         help="csv: begin with a UTF-8 byte-order mark, so spreadsheet programs read the file as UTF-8")
    extract.add_argument("--unsafe-csv", action="store_true",
                         help="csv: write cells exactly as found, even those a spreadsheet would run as a formula "
                              "(by default a cell beginning with =, +, -, @, tab or CR gets a ' in front)")
    extract.add_argument("--kinds", action="append", default=[], metavar="KIND[,KIND]",
                         help="keep only these kinds (money, percentage, quote, motion, comment, claim, ...)")
    extract.add_argument("--disable", action="append", default=[], metavar="PLUGIN", help="do not run this plugin (repeatable)")
    extract.add_argument("--set", action="append", default=[], metavar="PLUGIN.KEY=VALUE", help="a setting for one plugin")
    extract.add_argument("--encoding-errors", choices=ENCODING_ERRORS, default="strict",
                         help="strict: report files that are not UTF-8; replace: substitute U+FFFD and go on")
    extract.add_argument("--encoding", default="utf-8", type=_encoding, metavar="NAME",
                         help="the files' encoding: a Python codec name (utf-8, the default; cp1252; latin-1...) or auto to detect it")
    extract.add_argument("--max-bytes", type=_count, default=DEFAULT_MAX_BYTES, metavar="N",
                         help=f"report files (and JSON Lines rows) larger than N bytes instead of reading them (default {DEFAULT_MAX_BYTES:,}; 0: no limit)")
    extract.add_argument("--input-format", choices=INPUT_FORMATS, default="auto",
                         help="auto: .jsonl and .jsonl.gz files are JSON Lines corpora, the rest text (default); text; jsonl (also for -)")
    extract.add_argument("--with-documents", action="store_true",
                         help="before each input's records, write a document record (id, path, title, outlet, url, published, length); jsonl only")
    extract.add_argument("--jobs", "-j", type=_count, default=1, metavar="N",
                         help="run in N processes (0: one per core); output stays in input order (default 1)")
    extract.add_argument("--dask", metavar="SCHEDULER_ADDRESS",
                         help="run on a Dask cluster (tcp://host:8786); needs the gpcorpus[dask] extra here and on the workers")
    extract.add_argument("--no-progress", action="store_true", help="never draw a progress bar")
    extract.add_argument("--traceback", action="store_true", help="print each plugin failure's full traceback under it")
    extract.add_argument("--budget", type=_seconds, default=TimeBudget().per_mb, metavar="SECONDS_PER_MB",
                         help="CPU time each plugin may spend on a document: 5 s plus this many seconds per million "
                         "characters (default %(default)g); a plugin past it fails for that document; 0: no limit")
    extract.set_defaults(handler=_extract)

    plugins = commands.add_parser("plugins", help="list the installed plugins, their versions and kinds")
    plugins.add_argument("--format", choices=("table", "json"), default="table")
    plugins.add_argument("--disable", action="append", default=[], metavar="PLUGIN")
    plugins.add_argument("--traceback", action="store_true", help="print each failure's full traceback under it")
    plugins.set_defaults(handler=_plugins)

    schema = commands.add_parser("schema", help="print the JSON Schema of the JSON Lines records")
    schema.set_defaults(handler=_schema)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command with ``argv`` (default: ``sys.argv[1:]``) and return its exit code."""
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "extract":
            _settings(args.set)
    except argparse.ArgumentTypeError as error:
        parser.error(str(error))
    if args.command == "extract" and args.format != "csv" and (args.bom or args.unsafe_csv):
        parser.error("--bom and --unsafe-csv are for --format csv")
    try:
        return int(args.handler(args))
    except (BrokenPipeError, output.OutputClosed):  # `gpcorpus extract ... | head`
        # Python would still flush stdout at exit and complain that the pipe is closed
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return ExitCode.OK


def run() -> None:
    """The console-script entry point."""
    sys.exit(main())
