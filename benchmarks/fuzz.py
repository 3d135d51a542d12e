#!/usr/bin/env python3
"""A long Hypothesis fuzz run over the whole pipeline: not a default test, a script to run by hand.

The test suite keeps bounded property tests (``tests/properties``); this script runs the same
kind of invariants for as many examples as asked, over text built to be hostile: arbitrary
Unicode, the characters figures, quotes and motions are made of, runs of short hostile units
(``'£1-'``, ``'according to '``, ``'"'``, ``'1,'``...) repeated up to thousands of times, and
seed articles with hostile runs spliced into them. For every example it checks that:

* no plugin fails on it (every failure is printed with the plugin and its error);
* every extraction's span is in bounds and its text is the document's text there;
* each record survives JSON Lines and back (``to_record`` / ``from_record``) unchanged;
* the same text gives the same records again;
* no single example takes more than ``--slow`` CPU seconds (reported, not fatal: growth is
  measured by ``benchmarks/hostile.py``).

It prints a summary and exits 1 if an invariant failed (Hypothesis shrinks the failing example
and prints it), 0 otherwise::

    python benchmarks/fuzz.py                       # 2000 examples
    python benchmarks/fuzz.py --examples 20000 --seed 1
    python benchmarks/fuzz.py --plugins money,claims
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from gpcorpus import Document, Pipeline, from_record, make_plugin_manager, to_record

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

#: Short units that provoke slow scans when repeated (the families of issue 14).
HOSTILE_UNITS = (
    '"', "“a” \"b\" ‘c’ ", "according to ", "said ", "£1-", ",111", "1,", "1.", "100 ", "£", "5% ",
    "per cent ", "Smith ", "A", "MOTION CARRIED ", "Dr Jane Smith ", ":", "Motion:\n", "• a\n", "i. ",
    "(a) ", "1. ", "(i) that GPs\n", "That this conference ", "“‘", "’”", "“a ", "“a,” said ", "a",
    "\n", " ", "-", "–", "\u00a0", "Readers' comments\n\n• ", "9",
)
#: The characters figures, quotes and motions are made of.
MATERIAL = "£$€¥%0123456789,. -–—mkbnpc'\"“”‘’:;()•*\n\tivxTHAThat said Dr according to per cent carried motion"


def seed_texts() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]


def hostile_texts(seeds: Sequence[str]) -> st.SearchStrategy[str]:
    """Text that is hostile to extractors: see the module's docstring."""
    runs = st.builds(lambda unit, count: unit * count, st.sampled_from(HOSTILE_UNITS), st.integers(1, 4000))
    mixed_runs = st.lists(runs, min_size=1, max_size=4).map("".join)
    spliced = st.builds(
        lambda seed, run, fraction: seed[: int(len(seed) * fraction)] + run + seed[int(len(seed) * fraction):],
        st.sampled_from(list(seeds)) if seeds else st.just(""),
        mixed_runs,
        st.floats(0, 1),
    )
    return st.one_of(
        st.text(max_size=2000),
        st.text(alphabet=MATERIAL, max_size=2000),
        st.lists(st.sampled_from(sorted(set(MATERIAL.split(" ")) | set(HOSTILE_UNITS))), max_size=400).map("".join),
        mixed_runs,
        spliced,
    )


class Tally:
    """What the run saw."""

    def __init__(self) -> None:
        self.examples = 0
        self.characters = 0
        self.extractions = 0
        self.slowest = (0.0, "")
        self.slow: list[tuple[float, str]] = []


def check(pipeline: Pipeline, text: str, tally: Tally, slow: float) -> None:
    """Run the pipeline over ``text`` and assert the invariants (see the module's docstring)."""
    started = time.process_time()
    result = pipeline.run(Document.from_text(text, id="fuzz"))
    seconds = time.process_time() - started
    tally.examples += 1
    tally.characters += len(text)
    tally.extractions += len(result)
    sample = repr(text[:60]) + (f"... ({len(text)} characters)" if len(text) > 60 else "")
    if seconds > tally.slowest[0]:
        tally.slowest = (seconds, sample)
    if seconds > slow:
        tally.slow.append((seconds, sample))
    assert result.failures == (), [str(failure) for failure in result.failures]
    for extraction in result:
        assert 0 <= extraction.start <= extraction.end <= len(text), extraction
        assert extraction.text == text[extraction.start:extraction.end], extraction
        record = to_record(extraction)
        assert from_record(json.loads(json.dumps(record, ensure_ascii=False))) == extraction, record
    again = pipeline.run(Document.from_text(text, id="fuzz"))
    assert again.extractions == result.extractions


def parse_arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=2000, help="examples to try (default 2000)")
    parser.add_argument("--seed", type=int, default=None, help="Hypothesis seed, to repeat a run")
    parser.add_argument("--plugins", default="", metavar="NAME[,NAME]", help="only these plugins (default: all)")
    parser.add_argument("--slow", type=float, default=2.0, help="report examples over this many CPU s (default 2)")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_arguments(argv)
    manager = make_plugin_manager()
    chosen = [name for name in args.plugins.split(",") if name]
    unknown = [name for name in chosen if name not in manager.plugin_names()]
    if unknown:
        print(f"fuzz.py: not installed: {', '.join(unknown)}", file=sys.stderr)
        return 2
    if chosen:
        for name in manager.plugin_names():
            if name not in chosen:
                manager.unregister(name=name)
    pipeline = Pipeline(manager)
    tally = Tally()

    @settings(
        max_examples=args.examples,
        deadline=None,
        database=None,
        derandomize=False,
        phases=[Phase.generate, Phase.shrink],
        suppress_health_check=list(HealthCheck),
        print_blob=True,
    )
    @given(hostile_texts(seed_texts()))
    def fuzz(text: str) -> None:
        check(pipeline, text, tally, args.slow)

    if args.seed is not None:
        fuzz = __import__("hypothesis").seed(args.seed)(fuzz)
    started = time.process_time()
    failed = False
    try:
        fuzz()
    except Exception as error:  # Hypothesis has printed the shrunk example; add what broke
        failed = True
        print(f"fuzz.py: an invariant failed: {type(error).__name__}: {error}", file=sys.stderr)
    seconds = time.process_time() - started
    print(
        f"{tally.examples} examples, {tally.characters / 1e6:.2f} M characters, {tally.extractions} extractions, "
        f"{seconds:.1f} CPU s; slowest example {tally.slowest[0]:.2f} s: {tally.slowest[1]}"
    )
    for seconds_taken, sample in sorted(tally.slow, reverse=True)[:10]:
        print(f"  slow: {seconds_taken:.2f} CPU s: {sample}")
    print("FAILED" if failed else "no invariant failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
