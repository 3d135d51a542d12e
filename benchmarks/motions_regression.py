#!/usr/bin/env python3
"""Motions as a scored regression: the plugin over the seeds, the development set and an outside set.

Runs the ``motions`` plugin alone over each set's documents, writes its JSON Lines records, and
prints motion precision, recall and F1 from the shared scorer (``../shared/eval/score.py``)
against the set's gold, with recall by form (agenda, reported). A set whose documents or gold are
not on this machine is skipped with a note. ::

    python benchmarks/motions_regression.py
    python benchmarks/motions_regression.py --sets outside --misses
    python benchmarks/motions_regression.py --set extra=/path/to/docs:/path/to/gold.json

The sets:

``seeds``
    the bundled ``seeds/`` articles, gold ``../shared/gold/seeds.json``;
``dev``
    ``../shared/dev/docs``, gold ``../shared/gold/dev.json``;
``outside``
    ``/tmp/motions-outside/docs``, gold ``/tmp/motions-outside/gold.json``: pages from LMC and
    BMA conferences, councils, unions, royal colleges and party conferences that the plugin was
    not written from (see their ``SOURCES.md``).
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from gpcorpus import make_plugin_manager, read, to_record
from gpcorpus.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]


def default_sets(shared: Path) -> dict[str, tuple[Path, Path]]:
    """Each set's documents folder and gold file."""
    return {
        "seeds": (ROOT / "seeds", shared / "gold" / "seeds.json"),
        "dev": (shared / "dev" / "docs", shared / "gold" / "dev.json"),
        "outside": (Path("/tmp/motions-outside/docs"), Path("/tmp/motions-outside/gold.json")),
    }


def motions_only() -> Pipeline:
    """A pipeline running the motions plugin alone."""
    manager = make_plugin_manager()
    for name in manager.plugin_names():
        if name != "motions":
            manager.unregister(name=name)
    return Pipeline(manager)


def predict(pipeline: Pipeline, docs: Path, out: Path) -> int:
    """Write the plugin's records for every ``.txt`` in ``docs`` to ``out``; return how many."""
    count = 0
    with out.open("w", encoding="utf-8") as stream:
        for path in sorted(docs.glob("*.txt")):
            document = read(path)
            for extraction in pipeline.run(document).extractions:
                stream.write(json.dumps(to_record(extraction), ensure_ascii=False) + "\n")
                count += 1
    return count


def score(scorer: Path, gold: Path, predictions: Path, docs: Path, misses: bool) -> tuple[dict, str]:
    """The scorer's figures (its ``--json`` output) and, if asked, its list of misses."""
    base = [sys.executable, str(scorer), "--gold", str(gold), "--pred", str(predictions), "--docs", str(docs)]
    figures = json.loads(subprocess.run([*base, "--json"], capture_output=True, text=True, check=True).stdout)
    listed = ""
    if misses:
        output = subprocess.run([*base, "--misses"], capture_output=True, text=True, check=True).stdout
        listed = "\n".join(line for line in output.splitlines() if " motion " in line)
    return figures, listed


def _row(name: str, figures: dict) -> str:
    motion = figures["motion"]
    forms = " ".join(f"{form}={counts}" for form, counts in sorted(motion.get("recall_by_form", {}).items()))
    return (f"{name:<9} P {motion['precision']:.3f}  R {motion['recall']:.3f}  F1 {motion['f1']:.3f}"
            f"  gold {motion['gold']}  pred {motion['predicted']}  {forms}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the shared folder (default ../shared)")
    parser.add_argument("--sets", default="seeds,dev,outside", help="comma-separated set names (default all)")
    parser.add_argument("--set", action="append", default=[], metavar="NAME=DOCS:GOLD", help="another set to score")
    parser.add_argument("--misses", action="store_true", help="list every motion missed or found wrongly")
    args = parser.parse_args(argv)
    shared = args.shared if args.shared.is_dir() else Path("/work/shared")
    sets = default_sets(shared)
    for extra in args.set:
        name, _, paths = extra.partition("=")
        docs, _, gold = paths.partition(":")
        sets[name] = (Path(docs), Path(gold))
        args.sets += f",{name}"
    scorer = shared / "eval" / "score.py"
    if not scorer.is_file():
        print(f"no scorer at {scorer}: pass --shared", file=sys.stderr)
        return 2
    pipeline = motions_only()
    with tempfile.TemporaryDirectory() as scratch:
        for name in [n for n in args.sets.split(",") if n]:
            if name not in sets:
                print(f"no set {name!r}; the sets are {', '.join(sets)}", file=sys.stderr)
                return 2
            docs, gold = sets[name]
            if not docs.is_dir() or not gold.is_file():
                print(f"{name:<9} skipped: {docs} or {gold} is not here")
                continue
            predictions = Path(scratch) / f"{name}.jsonl"
            predict(pipeline, docs, predictions)
            figures, listed = score(scorer, gold, predictions, docs, args.misses)
            print(_row(name, figures))
            if listed:
                print(listed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
