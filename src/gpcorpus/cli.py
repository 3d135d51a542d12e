"""The ``gpcorpus`` command: ``extract`` over files and folders, ``plugins`` to list them.

Exit codes are :class:`ExitCode`; failures are printed to stderr with the file, or the plugin and
document, named, and never stop the rest of a batch.
"""
from __future__ import annotations

import argparse
import codecs
import csv
import enum
import json
import shutil
import sys
from collections.abc import Iterator, Sequence
from typing import IO, Any

from gpcorpus import __version__
from gpcorpus.corpus import document_record
from gpcorpus.errors import DocumentReadError, GpcorpusError
from gpcorpus.manager import make_plugin_manager
from gpcorpus.parallel import PipelineOptions, run_parallel
from gpcorpus.pipeline import Pipeline, Result
from gpcorpus.reader import DEFAULT_MAX_BYTES, ENCODING_ERRORS, INPUT_FORMATS, iter_documents, iter_sources
from gpcorpus.types import Document

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


def _summary(record: dict[str, Any]) -> str:
    """The values of a record a person wants to see first, as one short string."""
    kind = record["kind"]
    if kind == "money":
        text = f"{record['amount']} {record['currency']}"
        if record.get("high") is not None:
            text = f"{record['low']}-{record['high']} {record['currency']}"
        if record.get("per"):
            text += f" per {record['per']}"
        return text
    if kind == "percentage":
        return f"{record['value']}% ({record.get('form')})"
    if kind == "quote":
        return f"{record.get('speaker') or '?'} [{record.get('form')}]"
    if kind == "motion":
        label = record.get("label") or record.get("number") or "-"
        return f"{label} {record.get('proposer') or ''} {record.get('outcome') or ''} clauses={len(record.get('clauses') or [])}".strip()
    if kind == "comment":
        return f"by {record.get('author') or 'anonymous'}"
    if kind == "claim":
        span = record["figure_span"]
        figure = record["text"][span["start"] - record["start"]:span["end"] - record["start"]]
        parts = [f"{figure!r}: {record.get('speaker') or 'the article'}"]
        if record.get("subject"):
            parts.append(f"about {record['subject']}")
        if record.get("period"):
            parts.append(record["period"])
        return ", ".join(parts)
    keys = [k for k in record if k not in ("doc", "kind", "start", "end", "text", "plugin")]
    return ", ".join(f"{k}={record[k]}" for k in keys[:3])


class _Writer:
    def __init__(self, format: str, stream: IO[str]) -> None:
        self.format = format
        self.stream = stream
        if format == "csv":
            self.csv = csv.writer(stream)
            self.csv.writerow(["doc", "kind", "start", "end", "text", "plugin", "value", "details"])
        if format == "table":
            self.width = max(60, shutil.get_terminal_size((100, 20)).columns)

    def write(self, result: Result) -> None:
        for record in result.to_records():
            if self.format == "jsonl":
                self.stream.write(json.dumps(record, ensure_ascii=False) + "\n")
            elif self.format == "csv":
                details = {k: v for k, v in record.items() if k not in ("doc", "kind", "start", "end", "text", "plugin")}
                self.csv.writerow(
                    [record["doc"], record["kind"], record["start"], record["end"], record["text"], record["plugin"],
                     _summary(record), json.dumps(details, ensure_ascii=False)]
                )
            else:
                text = " ".join(record["text"].split())
                room = max(20, self.width - 60)
                if len(text) > room:
                    text = text[: room - 1] + "…"
                span = f"{record['start']}-{record['end']}"
                self.stream.write(f"{record['doc'][:18]:<18} {record['kind']:<10} {span:>11}  {text:<{room}}  {_summary(record)}\n")
        self.stream.flush()


class _Progress:
    """A one-line progress bar on stderr, drawn only for a person watching a terminal."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.total = total
        self.done = 0
        self.enabled = enabled and total >= _PROGRESS_THRESHOLD and sys.stderr.isatty()

    def step(self, name: str) -> None:
        self.done += 1
        if self.enabled:
            width = 30
            filled = int(width * self.done / self.total)
            sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} {name[:30]:<30}")
            sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\r" + " " * 80 + "\r")
            sys.stderr.flush()


def _results(args: argparse.Namespace, pipeline: Pipeline, documents: Iterator[Document]) -> Iterator[Result]:
    """The results of the run, in input order: here, in ``--jobs`` processes, or on a Dask cluster."""
    if args.jobs == 1 and not args.dask:
        return pipeline.run_all(documents)
    options = PipelineOptions(disabled=args.disable, settings=_settings(args.set), kinds=pipeline.kinds)
    if args.dask:
        from gpcorpus.dask import run_on_cluster

        return run_on_cluster(documents, args.dask, options)
    return run_parallel(documents, args.jobs, options)


def _extract(args: argparse.Namespace) -> int:
    kinds = None
    if args.kinds:
        kinds = {k.strip() for k in ",".join(args.kinds).split(",") if k.strip()}
    manager = make_plugin_manager(disabled=args.disable)
    for failure in manager.load_failures:
        print(f"gpcorpus: {failure}", file=sys.stderr)
    pipeline = Pipeline(manager, settings=_settings(args.set), kinds=kinds)
    read_errors: list[DocumentReadError] = []
    if args.with_documents and args.format != "jsonl":
        print("gpcorpus: error: --with-documents needs --format jsonl", file=sys.stderr)
        return ExitCode.USAGE
    writer = _Writer(args.format, sys.stdout)
    paths = list(iter_sources(args.paths, input_format=args.input_format, errors=read_errors))
    # a JSON Lines corpus holds an unknown number of documents: no bar with a total
    progress = _Progress(0 if any(p.format == "jsonl" for p in paths) else len(paths), enabled=not args.no_progress)
    failed = bool(manager.load_failures)
    documents = iter_documents(paths, encoding=args.encoding, encoding_errors=args.encoding_errors,
                               max_bytes=args.max_bytes or None, errors=read_errors)
    reported_errors = 0
    try:
        results = _results(args, pipeline, documents)
    except ModuleNotFoundError as error:
        print(f"gpcorpus: error: --dask needs the dask extra (pip install 'gpcorpus[dask]'): {error}", file=sys.stderr)
        return ExitCode.USAGE
    except GpcorpusError as error:  # worker processes or the cluster could not be started
        print(f"gpcorpus: {error}", file=sys.stderr)
        return ExitCode.PARTIAL_FAILURE
    try:
        for result in results:
            if args.with_documents:
                writer.stream.write(json.dumps(document_record(result.document), ensure_ascii=False) + "\n")
            writer.write(result)
            progress.step(result.document.id)
            for failure in result.failures:
                failed = True
                print(f"gpcorpus: {failure}", file=sys.stderr)
            for warning in result.warnings:
                print(f"gpcorpus: warning: {warning}", file=sys.stderr)
            while reported_errors < len(read_errors):
                print(f"gpcorpus: {read_errors[reported_errors]}", file=sys.stderr)
                reported_errors += 1
                failed = True
                progress.step("")
    finally:
        progress.close()
    for error in read_errors[reported_errors:]:
        print(f"gpcorpus: {error}", file=sys.stderr)
        failed = True
    if not paths:
        print("gpcorpus: no files to read", file=sys.stderr)
        failed = True
    return ExitCode.PARTIAL_FAILURE if failed else ExitCode.OK


def _plugins(args: argparse.Namespace) -> int:
    manager = make_plugin_manager(disabled=args.disable)
    rows = []
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
        print(f"gpcorpus: {failure}", file=sys.stderr)
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
    extract.add_argument("--format", choices=("jsonl", "csv", "table"), default="table",
                         help="jsonl: one record per line (the documented contract); csv; table: for reading (default)")
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
    extract.set_defaults(handler=_extract)

    plugins = commands.add_parser("plugins", help="list the installed plugins, their versions and kinds")
    plugins.add_argument("--format", choices=("table", "json"), default="table")
    plugins.add_argument("--disable", action="append", default=[], metavar="PLUGIN")
    plugins.set_defaults(handler=_plugins)
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
    try:
        return int(args.handler(args))
    except BrokenPipeError:  # `gpcorpus extract ... | head`
        sys.stderr.close()
        return ExitCode.OK


def run() -> None:
    """The console-script entry point."""
    sys.exit(main())
