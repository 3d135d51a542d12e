"""How the output's defences scale on hostile text: CPU seconds at n, 2n, 4n, 8n and the ratio per doubling.

``strip_controls`` (the table), ``escape_controls`` (stderr) and ``neutralise_formula`` (CSV) see
every string gpcorpus prints. A linear one doubles its time when its input doubles (a ratio near
2); a ratio near 4 would mean a quadratic scan. Prints figures and asserts nothing::

    python benchmarks/output_sanitising.py
    python benchmarks/output_sanitising.py --kilobytes 200
"""
from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from gpcorpus.output import escape_controls, neutralise_formula, strip_controls

#: Runs of what a hostile page may hold: escape introducers without terminators, C1 string
#: introducers, nested OSCs, CSI parameters, bidi overrides, and plain text for comparison.
FAMILIES: dict[str, str] = {
    "plain text": "GPs were offered £10m. ",
    "ESC ] (OSC) unterminated": "\x1b]",
    "C1 OSC unterminated": "\x9da",
    "C1 DCS unterminated": "\x90a",
    "ESC P (DCS) unterminated": "\x1bPa",
    "OSC with BEL": "\x1b]0;PWNED\x07",
    "CSI parameters": "\x1b[1;2;3;4;5",
    "bidi overrides": "a\u202e",
    "lone surrogates": "\udcff",
}

FUNCTIONS: dict[str, Callable[[str], str]] = {
    "strip_controls": strip_controls,
    "escape_controls": escape_controls,
    "neutralise_formula": lambda text: neutralise_formula("=" + text),
}


def seconds(function: Callable[[str], str], text: str) -> float:
    start = time.process_time()
    function(text)
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kilobytes", type=float, default=100, help="the smallest size, n (default 100)")
    args = parser.parse_args()
    print(f"{'function':<19} {'family':<26} {'n':>8} {'2n':>8} {'4n':>8} {'8n':>8}  ratio per doubling")
    for name, function in FUNCTIONS.items():
        for family, unit in FAMILIES.items():
            size = int(args.kilobytes * 1000 / len(unit.encode("utf-8", "surrogatepass")))
            times = [seconds(function, unit * (size * 2 ** k)) for k in range(4)]
            ratios = " ".join(f"{b / a:.1f}" if a > 0 else "-" for a, b in zip(times, times[1:], strict=False))
            print(f"{name:<19} {family:<26} " + " ".join(f"{t:8.4f}" for t in times) + f"  {ratios}")


if __name__ == "__main__":
    main()
