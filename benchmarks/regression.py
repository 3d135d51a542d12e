"""Scored regression: how well each kind is read on every annotated set at hand.

    python benchmarks/regression.py                   # every set that is present
    python benchmarks/regression.py --sets seeds,dev  # some of them
    python benchmarks/regression.py --set speech.objects=true

Runs ``gpcorpus extract --format jsonl`` over each set's documents and scores the records with
the shared scorer (``../shared/eval/score.py``), printing precision, recall and F1 per kind. It
asserts nothing: the seeds and the development set are samples, not targets, so the test suite
does not hold them at zero misses; this script shows where they stand. The sets:

* ``seeds``: ``seeds/`` against ``../shared/gold/seeds.json``;
* ``dev``: ``../shared/dev/docs`` against ``../shared/gold/dev.json``;
* ``polnear-dev``: PolNeAR's dev split as built by ``../shared/tools/polnear_gold.py --split dev
  --out /tmp/polnear-dev`` (quotes only);
* ``speech-outside``, ``motions-outside``, ``motions-outside2``: the project's own outside sets,
  annotated under the gold guidelines (``benchmarks/outside-sources.md`` lists their pages), kept
  in ``/tmp/<name>`` with ``docs/`` and ``gold.json`` (their texts are third parties' pages and
  are not committed).

Sets whose files are missing are skipped with a note.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
TMP = Path(os.environ.get("TMPDIR", "/tmp"))

#: name -> (documents folder, gold file, kinds worth printing)
SETS: dict[str, tuple[Path, Path, tuple[str, ...]]] = {
    "seeds": (ROOT / "seeds", SHARED / "gold" / "seeds.json", ("money", "percentage", "quote", "motion")),
    "dev": (SHARED / "dev" / "docs", SHARED / "gold" / "dev.json", ("money", "percentage", "quote", "motion")),
    "polnear-dev": (TMP / "polnear-dev" / "docs", TMP / "polnear-dev" / "gold.json", ("quote",)),
    "speech-outside": (TMP / "speech-outside" / "docs", TMP / "speech-outside" / "gold.json", ("quote",)),
    "motions-outside": (TMP / "motions-outside" / "docs", TMP / "motions-outside" / "gold.json", ("motion",)),
    "motions-outside2": (TMP / "motions-outside2" / "docs", TMP / "motions-outside2" / "gold.json", ("motion",)),
}


def score(name: str, docs: Path, gold: Path, kinds: tuple[str, ...], settings: list[str]) -> list[str]:
    """The scorer's lines for the given kinds on one set."""
    command = [sys.executable, "-m", "gpcorpus", "extract", str(docs), "--format", "jsonl"]
    for setting in settings:
        command += ["--set", setting]
    with tempfile.NamedTemporaryFile("w+", suffix=".jsonl", delete=False) as out:
        subprocess.run(command, stdout=out, stderr=subprocess.DEVNULL, check=False)
        predictions = out.name
    try:
        result = subprocess.run(
            [sys.executable, str(SHARED / "eval" / "score.py"), "--gold", str(gold), "--pred", predictions,
             "--docs", str(docs)], capture_output=True, text=True, check=False,
        )
    finally:
        os.unlink(predictions)
    return [line for line in result.stdout.splitlines() if line.split()[:1] and line.split()[0] in kinds]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", default=",".join(SETS), help="comma-separated set names (default: all)")
    parser.add_argument("--set", action="append", default=[], metavar="PLUGIN.KEY=VALUE",
                        help="a plugin setting for the runs, as gpcorpus extract takes it")
    args = parser.parse_args(argv)
    if not (SHARED / "eval" / "score.py").is_file():
        print("../shared/eval/score.py is not beside this checkout: nothing to score against")
        return 0
    print(f"{'set':<18} {'kind':<11} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5} {'pred':>5}  recall by form")
    for name in args.sets.split(","):
        if name not in SETS:
            parser.error(f"unknown set {name!r}; the sets are {', '.join(SETS)}")
        docs, gold, kinds = SETS[name]
        if not docs.is_dir() or not gold.is_file():
            print(f"{name:<18} (skipped: {docs} or {gold} is missing)")
            continue
        for line in score(name, docs, gold, kinds, args.set):
            kind, *figures = line.split()
            print(f"{name:<18} {kind:<11} " + " ".join(f"{f:>6}" for f in figures[:3]) + " "
                  + " ".join(f"{f:>5}" for f in figures[3:5]) + "  " + " ".join(figures[5:]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
