#!/usr/bin/env python3
"""How fast each installed plugin, and the whole pipeline, reads a corpus of realistic articles.

The corpus is the bundled seed articles (``seeds/*.txt``) repeated until it holds at least
``--megabytes`` of UTF-8 text, as many separate documents of the seeds' own sizes, each with its
own id. Their structure is found once, up front (that cost is printed on its own line, as
``structure``), so the timed runs measure extraction alone.

For each plugin on its own (a fresh manager with every other plugin unregistered; for a
link-phase plugin such as ``claims``, the link phase alone, over what every extract plugin
found in an untimed pass first) and for the whole pipeline, the script prints the megabytes and documents read per second, the number of
extractions and failures, and the peak memory Python allocated while extracting (tracemalloc,
measured in a second, untimed pass over a sample of the corpus, because tracing slows everything
it watches). Results are streamed and dropped, as ``gpcorpus extract`` does, so the peak is what
one document at a time costs, not the size of the corpus.

With ``--giant-megabytes`` above zero, the same configurations also read one long article made
of the seeds' headline, standfirst and body paragraphs repeated to that size: a plugin whose
time grows faster than the text shows up there.

It prints figures and asserts nothing about speed::

    python benchmarks/throughput.py                       # 10 MB, every plugin, then all of them
    python benchmarks/throughput.py --megabytes 1 --plugins money,percentages
    python benchmarks/throughput.py --json                # one JSON object per line

A megabyte here is 10**6 bytes of UTF-8 text; memory is in MiB.
"""
from __future__ import annotations

import argparse
import gc
import json
import platform
import resource
import sys
import time
import tracemalloc
from collections.abc import Sequence
from pathlib import Path

from attrs import frozen

import gpcorpus
from gpcorpus import Document, Extraction, Pipeline, make_plugin_manager

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
#: The name the whole pipeline's row is printed under.
ALL_PLUGINS = "pipeline"
MEGABYTE = 1_000_000
MEBIBYTE = 1024 * 1024


@frozen
class Corpus:
    """Documents ready to extract from, and how big they are."""

    documents: tuple[Document, ...]
    #: UTF-8 bytes of all the documents' text.
    size: int
    #: Seconds spent finding the documents' structure (``Document.from_text``).
    structure_seconds: float


@frozen
class Measurement:
    """One configuration's run over one corpus."""

    name: str
    corpus: str
    documents: int
    size: int
    seconds: float
    extractions: int
    failures: int
    #: Peak bytes Python allocated while extracting from the sample; ``None`` when not measured.
    peak_bytes: int | None

    @property
    def megabytes_per_second(self) -> float:
        return self.size / MEGABYTE / self.seconds if self.seconds else float("inf")

    @property
    def documents_per_second(self) -> float:
        return self.documents / self.seconds if self.seconds else float("inf")

    def as_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "corpus": self.corpus,
            "documents": self.documents,
            "megabytes": round(self.size / MEGABYTE, 3),
            "seconds": round(self.seconds, 4),
            "mb_per_s": round(self.megabytes_per_second, 3),
            "docs_per_s": round(self.documents_per_second, 1),
            "extractions": self.extractions,
            "failures": self.failures,
            "peak_mib": None if self.peak_bytes is None else round(self.peak_bytes / MEBIBYTE, 2),
        }

    def line(self) -> str:
        peak = "-" if self.peak_bytes is None else f"{self.peak_bytes / MEBIBYTE:.2f} MiB"
        return (
            f"{self.name:<12} {self.corpus:<7} {self.documents:>6} docs {self.size / MEGABYTE:>8.2f} MB "
            f"{self.seconds:>8.3f} s {self.megabytes_per_second:>9.3f} MB/s {self.documents_per_second:>9.1f} docs/s "
            f"peak {peak:>11}  extractions {self.extractions:>7}  failures {self.failures}"
        )


def seed_texts(folder: Path = SEEDS) -> list[tuple[str, str]]:
    """The seed articles as ``(id, text)``, read the way :func:`gpcorpus.read` reads them."""
    texts = [(document.id, document.text) for document in gpcorpus.iter_documents([folder])]
    if not texts:
        raise SystemExit(f"throughput.py: no seed articles found in {folder}")
    return texts


def build_corpus(texts: Sequence[tuple[str, str]], megabytes: float) -> Corpus:
    """The seeds repeated, in order, until they hold at least ``megabytes`` of text (one round at least)."""
    wanted = megabytes * MEGABYTE
    documents: list[Document] = []
    size = 0
    seconds = 0.0
    round_number = 0
    while size < wanted or round_number == 0:
        for seed_id, text in texts:
            started = time.perf_counter()
            documents.append(Document.from_text(text, id=f"{seed_id}-{round_number}"))
            seconds += time.perf_counter() - started
            size += len(text.encode("utf-8"))
            if size >= wanted and round_number > 0:
                break
        round_number += 1
    return Corpus(documents=tuple(documents), size=size, structure_seconds=seconds)


#: The blocks of each seed that go into the giant document: its article text, without site
#: chrome or reader comments (after a seed's comments header, everything would read as comments).
GIANT_ROLES = ("headline", "standfirst", "body")


def build_giant(texts: Sequence[tuple[str, str]], megabytes: float) -> Corpus:
    """One long article: the seeds' paragraphs, a blank line between, repeated to at least ``megabytes``."""
    wanted = megabytes * MEGABYTE
    paragraphs = [
        text[block.span.start:block.span.end].strip()
        for seed_id, text in texts
        for block in Document.from_text(text, id=seed_id).blocks_of(*GIANT_ROLES)
    ]
    paragraphs = [paragraph for paragraph in paragraphs if paragraph]
    if not paragraphs:
        raise SystemExit("throughput.py: the seed articles have no body text to build a giant document from")
    parts: list[str] = []
    size = 0
    while size < wanted:
        for paragraph in paragraphs:
            parts.append(paragraph)
            size += len(paragraph.encode("utf-8")) + 2
            if size >= wanted:
                break
    text = "\n\n".join(parts) + "\n"
    started = time.perf_counter()
    document = Document.from_text(text, id="giant")
    seconds = time.perf_counter() - started
    return Corpus(documents=(document,), size=len(text.encode("utf-8")), structure_seconds=seconds)


def pipeline_of(plugin: str | None) -> Pipeline:
    """A pipeline of one installed plugin, or of all of them when ``plugin`` is ``None``."""
    manager = make_plugin_manager()
    for failure in manager.load_failures:
        print(f"throughput.py: {failure}", file=sys.stderr)
    if plugin is not None:
        for name in manager.plugin_names():
            if name != plugin:
                manager.unregister(name=name)
    return Pipeline(manager)


class LinkPhaseOnly(Pipeline):
    """A pipeline that times one link-phase plugin (``claims``) on its own.

    A link plugin reads what the extract plugins found, so on its own it would see nothing.
    :meth:`prepare` runs every installed plugin's extract phase over the documents once, untimed,
    and keeps what it found; the timed runs then hand those extractions to the link plugin alone.
    """

    def __init__(self, plugin: str) -> None:
        super().__init__(pipeline_of(plugin).manager)
        self.plugin = plugin
        # keyed by id(), holding the document too so that its id cannot be reused while cached
        self._found: dict[int, tuple[Document, list[Extraction]]] = {}
        self._extract_phase = Pipeline(disabled=[plugin])

    def prepare(self, documents: Sequence[Document]) -> None:
        for document in documents:
            if id(document) not in self._found:
                self._found[id(document)] = (document, list(self._extract_phase.run(document).extractions))

    def _call(self, hook_name: str, document: Document, failures: list, **offered: object) -> list[Extraction]:
        if hook_name == "gpcorpus_extract":
            self.prepare([document])
            return list(self._found[id(document)][1])
        return super()._call(hook_name, document, failures, **offered)


def is_link_only(plugin: str) -> bool:
    """Whether ``plugin`` implements the link phase and not the extract phase."""
    manager = make_plugin_manager()
    extracts = {impl.plugin_name for impl in manager.hook.gpcorpus_extract.get_hookimpls()}
    links = {impl.plugin_name for impl in manager.hook.gpcorpus_link.get_hookimpls()}
    return plugin in links and plugin not in extracts


def run(pipeline: Pipeline, documents: Sequence[Document]) -> tuple[int, int]:
    """Extract from every document, dropping results as it goes: ``(extractions, failures)``."""
    extractions = failures = 0
    for document in documents:
        result = pipeline.run(document)
        extractions += len(result)
        failures += len(result.failures)
    return extractions, failures


def warm_up(pipeline: Pipeline, texts: Sequence[tuple[str, str]]) -> None:
    """Run the pipeline once over each seed, untimed."""
    run(pipeline, [Document.from_text(text, id=seed_id) for seed_id, text in texts])


def measure(name: str, label: str, pipeline: Pipeline, corpus: Corpus, memory_sample: int) -> Measurement:
    """Time one pass over the corpus, then trace memory over its first ``memory_sample`` bytes.

    The pipeline should have been warmed up (see :func:`warm_up`) so that patterns a plugin
    compiles lazily are not charged to the first corpus it reads.
    """
    gc.collect()
    started = time.perf_counter()
    extractions, failures = run(pipeline, corpus.documents)
    seconds = time.perf_counter() - started

    peak: int | None = None
    if memory_sample > 0:
        sample: list[Document] = []
        sampled = 0
        for document in corpus.documents:
            sample.append(document)
            sampled += len(document.text)
            if sampled >= memory_sample:
                break
        gc.collect()
        tracemalloc.start()
        try:
            run(pipeline, sample)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    return Measurement(
        name=name,
        corpus=label,
        documents=len(corpus.documents),
        size=corpus.size,
        seconds=seconds,
        extractions=extractions,
        failures=failures,
        peak_bytes=peak,
    )


def max_rss_mib() -> float:
    """The process's peak resident set so far, in MiB (Linux reports KiB, macOS bytes)."""
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / MEBIBYTE if platform.system() == "Darwin" else rss / 1024


def parse_arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=10.0, help="corpus size in MB of text (default 10)")
    parser.add_argument(
        "--plugins",
        default="",
        metavar="NAME[,NAME]",
        help="time only these installed plugins on their own (default: every installed plugin)",
    )
    parser.add_argument("--no-pipeline", action="store_true", help="skip the run of all plugins together")
    parser.add_argument(
        "--giant-megabytes",
        type=float,
        default=1.0,
        help="also read one document of this many MB (default 1; 0 to skip)",
    )
    parser.add_argument(
        "--memory-sample-megabytes",
        type=float,
        default=0.1,
        help="how much of the corpus to trace for peak memory (default 0.1, four rounds of the seeds; 0 to skip)",
    )
    parser.add_argument("--seeds", type=Path, default=SEEDS, help="folder of articles to repeat (default: seeds/)")
    parser.add_argument("--json", action="store_true", help="print one JSON object per measurement instead of a table")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_arguments(argv)
    installed = make_plugin_manager().plugin_names()
    chosen = [name.strip() for name in args.plugins.split(",") if name.strip()] or installed
    unknown = [name for name in chosen if name not in installed]
    if unknown:
        print(
            f"throughput.py: not installed: {', '.join(unknown)} (installed: {', '.join(installed) or 'none'})",
            file=sys.stderr,
        )
        return 2
    configurations: list[tuple[str, str | None]] = [(name, name) for name in chosen]
    if not args.no_pipeline:
        configurations.append((ALL_PLUGINS, None))

    texts = seed_texts(args.seeds)
    corpus = build_corpus(texts, args.megabytes)
    corpora = [("corpus", corpus)]
    if args.giant_megabytes > 0:
        corpora.append(("giant", build_giant(texts, args.giant_megabytes)))
    memory_sample = int(args.memory_sample_megabytes * MEGABYTE)

    if not args.json:
        print(
            f"gpcorpus {gpcorpus.__version__}, Python {platform.python_version()} on {platform.machine()}; "
            f"{len(texts)} seed articles repeated to {len(corpus.documents)} documents, {corpus.size / MEGABYTE:.2f} MB"
        )
    for label, each in corpora:
        structure_rate = each.size / MEGABYTE / each.structure_seconds if each.structure_seconds else float("inf")
        if args.json:
            print(json.dumps({"name": "structure", "corpus": label, "documents": len(each.documents),
                              "megabytes": round(each.size / MEGABYTE, 3), "seconds": round(each.structure_seconds, 4),
                              "mb_per_s": round(structure_rate, 3)}))
        else:
            print(
                f"{'structure':<12} {label:<7} {len(each.documents):>6} docs {each.size / MEGABYTE:>8.2f} MB "
                f"{each.structure_seconds:>8.3f} s {structure_rate:>9.3f} MB/s  (Document.from_text, not in the rows below)"
            )
    for name, plugin in configurations:
        if plugin is not None and is_link_only(plugin):
            pipeline = LinkPhaseOnly(plugin)
            for _, each in corpora:
                pipeline.prepare(each.documents)
        else:
            pipeline = pipeline_of(plugin)
        warm_up(pipeline, texts)
        for label, each in corpora:
            measurement = measure(name, label, pipeline, each, memory_sample)
            print(json.dumps(measurement.as_dict()) if args.json else measurement.line(), flush=True)
    if not args.json:
        print(f"process peak resident memory: {max_rss_mib():.1f} MiB (corpus and every run included)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
