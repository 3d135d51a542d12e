#!/usr/bin/env python3
"""How each plugin's CPU time grows on hostile input: every extractor should be linear.

For each hostile family (a generator of text that provokes one kind of slow scan: runs of
quotation marks, of digit groups, of "according to", of currency signs, separators, capitals,
colons, bullets, clause labels, nested and unclosed quotes, long words, reader comments after an
early header, one huge paragraph...) and each installed plugin, the script times the plugin on
the family's text at four sizes, n, 2n, 4n and 8n bytes, each size in a fresh process, in CPU
seconds (:func:`time.process_time`). It prints, per plugin and family, the CPU seconds at each
size, the ratio of each doubling (about 2 for linear work, 4 for quadratic) and the CPU seconds
per 100 KB at the largest size measured. The targets are a ratio of at most 2.5 per doubling
and under 1 CPU second per 100 KB; rows that miss either are marked ``!``.

Finding the document's structure (``Document.from_text``) is core work shared by every plugin:
it is timed on its own row, ``structure``, and left out of the plugins' rows. A link-phase
plugin (``claims``) is timed on its link phase alone, over what every extract plugin found in
an untimed pass first. A ratio is only judged when both of its times are at least
``--noise-floor`` CPU seconds (default 0.05); below that, timer noise and start-up effects
swamp the growth, and the ratio is printed in brackets.

Each measurement runs under a CPU-time cap (``--cap``, seconds): a plugin that exceeds it is
reported as ``>cap`` and its larger sizes are skipped, so a quadratic scan cannot stall the run.

It prints figures and asserts nothing::

    python benchmarks/hostile.py --quick                    # small sizes (8n about 40 KB)
    python benchmarks/hostile.py                            # full sizes (8n about 400 KB; 5 MB paragraph)
    python benchmarks/hostile.py --quick --families said,according_to --plugins speech
    python benchmarks/hostile.py --list                     # the families and what each is
    python benchmarks/hostile.py --json                     # one JSON object per plugin and family

A kilobyte here is 1000 bytes of UTF-8 text.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from attrs import frozen

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
KILOBYTE = 1000
#: The row name of the structure finder's time.
STRUCTURE = "structure"


# -- the families ------------------------------------------------------------------------------


def repeat(unit: str) -> Callable[[int], str]:
    """Text of ``unit`` repeated to at least ``size`` bytes of UTF-8."""

    def build(size: int) -> str:
        return unit * max(1, -(-size // len(unit.encode("utf-8"))))

    return build


def framed(before: str, unit: str, after: str) -> Callable[[int], str]:
    """``before``, then ``unit`` repeated to ``size`` bytes, then ``after``."""

    def build(size: int) -> str:
        return before + repeat(unit)(size) + after

    return build


def comments_after_early_header(size: int) -> str:
    """A short article, a reader-comments header, then comments until ``size`` bytes."""
    head = (
        "GPs handed £5m for winter\n\nPractices will get £5m, NHS England said.\n\n"
        "Readers' comments (3)\n\n"
    )
    comment = "• Dr Jane Smith\n\n“The £5m will not go far,” said Dr Jane Smith, a GP partner, on 5% of pay.\n\n"
    return head + repeat(comment)(size)


def seed_paragraph(size: int) -> str:
    """One paragraph (no blank lines) of the seed articles' sentences, repeated to ``size`` bytes."""
    sentences = []
    for path in sorted(SEEDS.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if len(line.split()) > 8:
                sentences.append(line)
    unit = " ".join(sentences) + " "
    return repeat(unit)(size)


def seed_paragraphs(size: int) -> str:
    """The seed articles' prose lines as paragraphs (blank lines between), repeated to ``size`` bytes."""
    paragraphs = []
    for path in sorted(SEEDS.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if len(line.split()) > 8:
                paragraphs.append(line.strip())
    return repeat("\n\n".join(paragraphs) + "\n\n")(size)


@frozen
class Family:
    """A kind of hostile text: how to build it at a size, and why it is hostile."""

    name: str
    build: Callable[[int], str]
    why: str
    #: Multiplies the run's base size (the 5 MB paragraph is measured bigger).
    scale: int = 1


FAMILIES: tuple[Family, ...] = (
    # the rows of issue 14
    Family("straight_quotes", repeat('"'), "'\"' * n: every mark may open or close a quote"),
    Family("vote_digits", framed("1", ",111", ""), "'1' + ',111' * n: one long comma-grouped figure"),
    Family("according_to", repeat("according to "), "'according to ' * n in one sentence"),
    Family("comments", comments_after_early_header, "a reader-comments header early, then many comments"),
    Family("mixed_quotes", repeat("“a” \"b\" ‘c’ "), "rep('“a” \"b\" ‘c’ ', n) in one paragraph"),
    Family("huge_figure", lambda size: "The practice got £5m. Another got £" + "9" * size + ". A third got £2m.",
           "a figure of n digits between two ordinary sums"),
    Family("pound_dashes", repeat("£1-"), "rep('£1-', n): figures that may each start a range"),
    Family("said", repeat("said "), "rep('said ', n): a speech verb with no speaker"),
    # the other families named in the issue
    Family("currency_signs", repeat("£$€¥"), "a run of currency signs"),
    Family("pounds_spaced", repeat("£ "), "'£ ' repeated: signs before nothing"),
    Family("digit_commas", repeat("1,"), "'1,' repeated: separators between single digits"),
    Family("digit_points", repeat("1."), "'1.' repeated: points between digits"),
    Family("digit_spaces", repeat("100 "), "'100 ' repeated: space-grouped thousands"),
    Family("dashes", repeat("- "), "'- ' repeated: range links and bullets"),
    Family("percent_runs", repeat("5% "), "'5% ' repeated: many figures close together"),
    Family("per_cent_words", repeat("per cent "), "'per cent ' with no figure"),
    Family("figures_close", repeat("£1m and 5% "), "money and percentages close together"),
    Family("capitals", repeat("Smith "), "capitalised words: names without end"),
    Family("capital_letters", repeat("A"), "one run of capital letters"),
    Family("shouting", repeat("MOTION CARRIED "), "upper-case words: headings and results"),
    Family("titled_names", repeat("Dr Jane Smith "), "titles and names with no verb"),
    Family("colons", repeat(":"), "a run of colons"),
    Family("colon_lines", repeat("Motion:\n"), "lines ending in colons: introduced motions"),
    Family("bullets", repeat("• a\n"), "bullet lines"),
    Family("clause_roman", repeat("i. "), "roman clause labels in one line"),
    Family("clause_letters", repeat("(a) "), "lettered clause labels in one line"),
    Family("clause_numbers", repeat("1. "), "numbered clause labels in one line"),
    Family("clause_lines", repeat("(i) that GPs\n"), "clause label lines"),
    Family("that_conference", repeat("That this conference "), "motion openers with no motion"),
    Family("blanket_results", repeat("all were carried "), "results for a list of motions, with no motion"),
    Family("nested_quotes", lambda size: "“‘" * (size // 6) + "’”" * (size // 6), "quotes nested n deep"),
    Family("unclosed_quotes", repeat("“a "), "opening marks that never close"),
    Family("said_quotes", repeat("“a,” said "), "quotes each followed by a speech verb and nothing"),
    Family("long_word", repeat("a"), "one word n letters long"),
    Family("long_words", repeat("x" * 999 + " "), "words 1000 letters long"),
    Family("newlines", repeat("a\n"), "many short lines"),
    Family("articles", seed_paragraphs, "the seed articles' paragraphs, repeated"),
    Family("paragraph_5mb", seed_paragraph, "one paragraph of the seeds' sentences; 8n is 5 MB in full mode", scale=12),
)
FAMILY_NAMES = {family.name: family for family in FAMILIES}


# -- one measurement, in a fresh process ---------------------------------------------------------


class CapExceeded(KeyboardInterrupt):
    """Raised by the CPU-time alarm inside a measurement.

    A ``KeyboardInterrupt``, because the pipeline isolates a plugin's other exceptions (it
    would report the plugin as failed and go on, and the timing would look finished); only an
    interrupt passes through it.
    """


def _on_alarm(signum: int, frame: Any) -> None:
    raise CapExceeded


def _timed(work: Callable[[], object], cap: float) -> float | None:
    """CPU seconds ``work`` takes, or ``None`` if it ran over ``cap``."""
    signal.signal(signal.SIGPROF, _on_alarm)
    signal.setitimer(signal.ITIMER_PROF, cap)
    started = time.process_time()
    try:
        work()
    except CapExceeded:
        return None
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
    return time.process_time() - started


def child(family_name: str, size: int, plugins: Sequence[str], cap: float, capped: Sequence[str] = ()) -> dict[str, Any]:
    """Time the structure finder and each plugin on one family's text at one size.

    :param capped: Extract plugins that ran over the cap at a smaller size: a link plugin's
        input leaves them out rather than wait for them again.
    """
    from gpcorpus import Document, Pipeline, make_plugin_manager

    text = FAMILY_NAMES[family_name].build(size)
    figures: dict[str, Any] = {"family": family_name, "bytes": len(text.encode("utf-8")), "cpu": {}}
    manager = make_plugin_manager()
    extractors = {impl.plugin_name for impl in manager.hook.gpcorpus_extract.get_hookimpls()}
    warm = Document.from_text("Dr Jane Smith said: “GPs got £5m, 5% more.” Motion carried.")

    def one_plugin(name: str) -> Pipeline:
        only = make_plugin_manager()
        for other in only.plugin_names():
            if other != name:
                only.unregister(name=other)
        return Pipeline(only)

    structure_seconds = _timed(lambda: Document.from_text(text), cap)
    figures["cpu"][STRUCTURE] = structure_seconds
    if structure_seconds is None:
        return figures
    # extract plugins first, so that a link plugin reads what they found without finding it again
    found: dict[str, list[Any] | None] = {name: None for name in capped}
    for name in sorted(plugins, key=lambda name: name not in extractors):
        document = Document.from_text(text)  # fresh, so no plugin profits from another's caches
        if name in extractors:
            pipeline = one_plugin(name)
            pipeline.run(warm)
            kept: list[Any] = []
            figures["cpu"][name] = _timed(lambda: kept.extend(pipeline.run(document).extractions), cap)
            found[name] = kept if figures["cpu"][name] is not None else None
            continue
        # a link plugin: what every extract plugin finds (untimed), then its link phase (timed);
        # an extract plugin that ran over the cap gives it nothing, as a failed plugin would
        for other in sorted(extractors - found.keys()):
            kept = []
            ran = _timed(lambda: kept.extend(one_plugin(other).run(document).extractions), cap)
            found[other] = kept if ran is not None else None
        extract_phase = tuple(sorted((x for xs in found.values() if xs for x in xs), key=lambda x: (x.start, x.end)))
        figures.setdefault("capped_inputs", {})[name] = sorted(other for other, xs in found.items() if xs is None)
        pipeline = one_plugin(name)
        pipeline._call("gpcorpus_link", warm, [], extractions=())
        figures["cpu"][name] = _timed(
            lambda: pipeline._call("gpcorpus_link", document, [], extractions=extract_phase), cap
        )
    return figures


def measure(family: Family, size: int, plugins: Sequence[str], cap: float, capped: Sequence[str]) -> dict[str, Any]:
    """Run :func:`child` in a fresh interpreter and return its figures."""
    command = [
        sys.executable, str(Path(__file__).resolve()), "--child", family.name, str(size),
        "--plugins", ",".join(plugins), "--cap", str(cap), "--capped", ",".join(capped),
    ]
    completed = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    if completed.returncode != 0:
        raise SystemExit(f"hostile.py: the measurement of {family.name} at {size} bytes failed:\n{completed.stderr}")
    return json.loads(completed.stdout.splitlines()[-1])


# -- the report ---------------------------------------------------------------------------------


@frozen
class Row:
    """One plugin on one family: CPU seconds at each size measured."""

    plugin: str
    family: str
    sizes: tuple[int, ...]
    seconds: tuple[float | None, ...]
    noise_floor: float

    def ratios(self) -> list[float | None]:
        ratios: list[float | None] = []
        for before, after in zip(self.seconds, self.seconds[1:]):
            ratios.append(None if before is None or after is None or before <= 0 else after / before)
        return ratios

    def judged(self) -> list[bool]:
        """Which ratios rest on times above the noise floor."""
        return [
            before is not None and after is not None and min(before, after) >= self.noise_floor
            for before, after in zip(self.seconds, self.seconds[1:])
        ]

    def per_100kb(self) -> float | None:
        """CPU seconds per 100 KB at the largest size measured within the cap."""
        for size, seconds in reversed(list(zip(self.sizes, self.seconds))):
            if seconds is not None:
                return seconds / size * 100 * KILOBYTE
        return None

    def capped(self) -> bool:
        return any(seconds is None for seconds in self.seconds)

    def worst_ratio(self) -> float | None:
        judged = [ratio for ratio, ok in zip(self.ratios(), self.judged()) if ok and ratio is not None]
        return max(judged) if judged else None

    def fails(self, max_ratio: float, max_per_100kb: float) -> bool:
        worst = self.worst_ratio()
        rate = self.per_100kb()
        return self.capped() or (worst is not None and worst > max_ratio) or (rate is not None and rate > max_per_100kb)

    def as_dict(self) -> dict[str, Any]:
        return {
            "plugin": self.plugin,
            "family": self.family,
            "bytes": list(self.sizes),
            "cpu_seconds": [None if s is None else round(s, 4) for s in self.seconds],
            "ratios": [None if r is None else round(r, 2) for r in self.ratios()],
            "judged": self.judged(),
            "cpu_seconds_per_100kb": None if self.per_100kb() is None else round(self.per_100kb(), 4),
            "capped": self.capped(),
        }

    def line(self, max_ratio: float, max_per_100kb: float, cap: float) -> str:
        times = " ".join(f"{s:>8.3f}" if s is not None else f"{'>' + format(cap, 'g'):>8}" for s in self.seconds)
        times += " " * (9 * (4 - len(self.seconds)))
        ratios = " ".join(
            (f"{r:>6.2f} " if ok else f"({r:>4.2f})") if r is not None else "     - "
            for r, ok in zip(self.ratios(), self.judged())
        )
        ratios += " " * (8 * (3 - len(self.ratios())))
        rate = self.per_100kb()
        mark = "!" if self.fails(max_ratio, max_per_100kb) else " "
        return (
            f"{mark} {self.plugin:<11} {self.family:<16} {self.sizes[-1] / KILOBYTE:>8.0f} KB  {times}  ×{ratios}"
            f"  {'-' if rate is None else format(rate, '.3f'):>7} s/100KB"
        )


def parse_arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes: n = 5 KB (full mode: n = 50 KB)")
    parser.add_argument("--size", type=int, default=None, help="n in bytes (overrides --quick)")
    parser.add_argument("--families", default="", metavar="NAME[,NAME]", help="only these families (see --list)")
    parser.add_argument("--plugins", default="", metavar="NAME[,NAME]", help="only these installed plugins")
    parser.add_argument("--cap", type=float, default=None, help="CPU seconds per measurement before giving up "
                        "(default 20 quick, 60 full)")
    parser.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1), help="processes at once")
    parser.add_argument("--noise-floor", type=float, default=0.05, help="judge ratios only above this many CPU s")
    parser.add_argument("--max-ratio", type=float, default=2.5, help="target ratio per doubling (default 2.5)")
    parser.add_argument("--max-per-100kb", type=float, default=1.0, help="target CPU s per 100 KB (default 1)")
    parser.add_argument("--json", action="store_true", help="one JSON object per plugin and family")
    parser.add_argument("--list", action="store_true", help="list the families and exit")
    parser.add_argument("--child", nargs=2, metavar=("FAMILY", "BYTES"), help=argparse.SUPPRESS)
    parser.add_argument("--capped", default="", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_arguments(argv)
    if args.list:
        for family in FAMILIES:
            print(f"{family.name:<16} {family.why}")
        return 0
    cap = args.cap if args.cap is not None else (20.0 if args.quick else 60.0)
    if args.child:
        plugins = [name for name in args.plugins.split(",") if name]
        capped = [name for name in args.capped.split(",") if name]
        print(json.dumps(child(args.child[0], int(args.child[1]), plugins, cap, capped)))
        return 0

    from gpcorpus import make_plugin_manager

    installed = make_plugin_manager().plugin_names()
    plugins = [name.strip() for name in args.plugins.split(",") if name.strip()] or installed
    families = [name.strip() for name in args.families.split(",") if name.strip()] or [f.name for f in FAMILIES]
    unknown = [name for name in plugins if name not in installed] + [n for n in families if n not in FAMILY_NAMES]
    if unknown:
        print(f"hostile.py: unknown plugin or family: {', '.join(unknown)} (see --list)", file=sys.stderr)
        return 2
    base = args.size or (5 * KILOBYTE if args.quick else 50 * KILOBYTE)

    if not args.json:
        print(
            f"Python {platform.python_version()} on {platform.machine()}; n = {base / KILOBYTE:g} KB; "
            f"CPU seconds at n, 2n, 4n, 8n (fresh process each), ratio per doubling (bracketed: "
            f"below the {args.noise_floor} s noise floor), CPU s per 100 KB at the largest size; "
            f"! marks a ratio above {args.max_ratio}, over {args.max_per_100kb} s/100KB or over the {cap:g} s cap"
        )
    def run_family(family: Family) -> list[Row]:
        """The rows of one family: its sizes in turn, dropping plugins once they hit the cap."""
        sizes = [base * family.scale * 2**step for step in range(4)]
        seconds: dict[str, list[float | None]] = {name: [] for name in [STRUCTURE, *plugins]}
        measured: list[int] = []
        for size in sizes:
            live = [name for name in plugins if None not in seconds[name]]
            if None in seconds[STRUCTURE] or not live:
                break
            result = measure(family, size, live, cap, [name for name in plugins if name not in live])
            measured.append(result["bytes"])
            for name in [STRUCTURE, *live]:
                seconds[name].append(result["cpu"].get(name))
        return [
            Row(name, family.name, tuple(measured[: len(times)]), tuple(times), args.noise_floor)
            for name, times in seconds.items()
            if times
        ]

    failures = 0
    # families run side by side, each size of a family in its own fresh process
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        for rows in pool.map(run_family, [FAMILY_NAMES[name] for name in families]):
            for row in rows:
                if row.plugin != STRUCTURE and row.fails(args.max_ratio, args.max_per_100kb):
                    failures += 1
                print(json.dumps(row.as_dict()) if args.json else row.line(args.max_ratio, args.max_per_100kb, cap),
                      flush=True)
    if not args.json:
        print(f"{failures} plugin rows miss a target")
    return 0


if __name__ == "__main__":
    sys.exit(main())
