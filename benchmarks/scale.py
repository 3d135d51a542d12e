#!/usr/bin/env python3
"""Corpus scale: throughput of ``gpcorpus extract --jobs 1/2/4``, and peak memory as input grows.

Two measurements, each of the installed ``gpcorpus`` command run as a child process:

1. **Jobs.** A JSON Lines corpus is generated once (the seed articles and the development set's
   documents, repeated as separate rows until it holds at least ``--megabytes`` MB of text) and
   ``gpcorpus extract CORPUS --format jsonl --jobs N`` runs over it for each ``N`` in ``--jobs``.
   Printed: wall seconds, documents/s and MB/s of wall time, CPU seconds of the whole process
   tree and MB per CPU second, the speed-up in wall time over the first ``N``, and the machine's
   load average when the run started (wall figures mean little on a busy machine).
2. **Memory.** For each size in ``--rss-megabytes`` a corpus of that size is generated on the
   fly and streamed to ``gpcorpus extract - --input-format jsonl`` on standard input (it is never
   written to disk, nor held by this script), and the child's peak resident memory is read from
   ``os.wait4`` (the getrusage figures of that child and its waited-for workers: the largest
   process's peak). Memory that stays flat as the size grows is memory that does not grow with
   the corpus. ``--rss-plugins light`` (the default, to keep the run short) runs the money and
   percentages plugins only; ``all`` runs every plugin.

It prints figures and asserts nothing::

    python benchmarks/scale.py                                   # 5 MB for the jobs, 5/20/50 MB for memory
    python benchmarks/scale.py --megabytes 20 --jobs 1,2,4 --rss-megabytes 50 --rss-plugins all

A megabyte is 10**6 bytes of UTF-8 text; memory is in MiB.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MEGABYTE = 1_000_000
LIGHT = ("speech", "motions", "claims", "comments")


def source_texts(dev: Path | None) -> list[tuple[str, str]]:
    """``(id, text)`` of the seeds and, when there, the development set's documents."""
    paths = sorted((ROOT / "seeds").glob("*.txt"))
    if dev is not None and dev.is_dir():
        paths += sorted(dev.glob("*.txt"))
    return [(path.stem, path.read_text(encoding="utf-8")) for path in paths]


def rows(texts: list[tuple[str, str]], megabytes: float) -> Iterator[bytes]:
    """JSON Lines rows of ``texts`` repeated, each copy its own id, until ``megabytes`` of text."""
    wanted = megabytes * MEGABYTE
    written = 0
    round_ = 0
    while written < wanted:
        for doc_id, text in texts:
            yield (json.dumps({"id": f"{doc_id}#{round_}", "text": text}, ensure_ascii=False) + "\n").encode("utf-8")
            written += len(text.encode("utf-8"))
            if written >= wanted:
                return
        round_ += 1


def command(*arguments: str) -> list[str]:
    return [sys.executable, "-m", "gpcorpus", "extract", "--format", "jsonl", "--no-progress", *arguments]


def run_child(arguments: list[str], feed: Iterator[bytes] | None = None) -> tuple[float, float, float, int]:
    """Run a child to the end: (wall s, CPU s of it and its workers, peak RSS MiB, exit status)."""
    start = time.perf_counter()
    child = subprocess.Popen(arguments, stdin=subprocess.PIPE if feed is not None else subprocess.DEVNULL,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if feed is not None:
        assert child.stdin is not None
        try:
            for row in feed:
                child.stdin.write(row)
        except BrokenPipeError:
            pass
        child.stdin.close()
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)  # so Popen does not wait again
    wall = time.perf_counter() - start
    kib = usage.ru_maxrss if sys.platform != "darwin" else usage.ru_maxrss / 1024  # macOS reports bytes
    return wall, usage.ru_utime + usage.ru_stime, kib / 1024, child.returncode


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--megabytes", type=float, default=5.0, help="size of the corpus the --jobs runs read (default 5)")
    parser.add_argument("--jobs", default="1,2,4", help="the --jobs values to time (default 1,2,4)")
    parser.add_argument("--rss-megabytes", default="5,20,50", help="sizes streamed for the memory runs (default 5,20,50; empty: none)")
    parser.add_argument("--rss-plugins", choices=("light", "all"), default="light",
                        help="light: money and percentages only (default); all: every plugin")
    parser.add_argument("--rss-jobs", type=int, default=1, help="--jobs for the memory runs (default 1)")
    parser.add_argument("--dev", type=Path, default=ROOT.parent / "shared" / "dev" / "docs",
                        help="the development set's documents, added to the seeds when present")
    args = parser.parse_args(argv)

    texts = source_texts(args.dev)
    print(f"machine: {platform.machine()} {platform.system()} {platform.release()}, {os.cpu_count()} CPUs, "
          f"Python {platform.python_version()}")
    print(f"source: {len(texts)} articles (seeds{' + dev set' if args.dev.is_dir() else ''}), "
          f"{sum(len(t.encode()) for _, t in texts) / MEGABYTE:.2f} MB")

    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus.jsonl"
        with open(corpus, "wb") as handle:
            documents = 0
            for row in rows(texts, args.megabytes):
                handle.write(row)
                documents += 1
        size = args.megabytes
        print(f"\njobs: {documents} documents, {size:g} MB of text, every plugin")
        print(f"{'jobs':>4} {'wall s':>8} {'docs/s':>8} {'MB/s':>7} {'CPU s':>8} {'MB/CPU s':>9} {'speed-up':>8} {'load':>5}")
        first = None
        for jobs in [int(j) for j in args.jobs.split(",") if j.strip()]:
            load = os.getloadavg()[0]
            wall, cpu, _, status = run_child(command(str(corpus), "--jobs", str(jobs)))
            first = first or wall
            note = "" if status == 0 else f"  (exit {status})"
            print(f"{jobs:>4} {wall:>8.1f} {documents / wall:>8.1f} {size / wall:>7.3f} {cpu:>8.1f} {size / cpu:>9.3f} "
                  f"{first / wall:>7.2f}x {load:>5.1f}{note}", flush=True)

    sizes = [float(s) for s in args.rss_megabytes.split(",") if s.strip()]
    if sizes:
        light = args.rss_plugins == "light"
        plugins = ["--kinds", "money,percentage", *[f for name in LIGHT for f in ("--disable", name)]] if light else []
        print(f"\nmemory: JSON Lines streamed on standard input, --jobs {args.rss_jobs}, "
              f"{'money and percentages only' if light else 'every plugin'}")
        print(f"{'MB in':>6} {'docs':>7} {'wall s':>8} {'MB/s':>7} {'peak RSS MiB':>13}")
        for megabytes in sizes:
            count = sum(1 for _ in rows(texts, megabytes))
            wall, _, peak, status = run_child(command("-", "--input-format", "jsonl", "--jobs", str(args.rss_jobs), *plugins),
                                              feed=rows(texts, megabytes))
            note = "" if status == 0 else f"  (exit {status})"
            print(f"{megabytes:>6g} {count:>7} {wall:>8.1f} {megabytes / wall:>7.3f} {peak:>13.1f}{note}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
