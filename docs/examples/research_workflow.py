"""The research workflow of ``docs/tutorial.rst``: a folder of articles, who asserts what, a chart.

Run it as ``python docs/examples/research_workflow.py FOLDER OUT_FOLDER``: it writes
``speakers.txt`` (the table) and ``speakers.png`` (the chart) into ``OUT_FOLDER``. The docs build
runs it on ``seeds/`` and shows what it wrote; a test runs it too.
"""
from __future__ import annotations

import sys
from pathlib import Path

import gpcorpus

# [read]
def read_claims_and_quotes(folder: str | Path):
    """One row per claim and quote found in the folder's articles."""
    pipeline = gpcorpus.Pipeline(kinds=["claim", "quote"])
    results = pipeline.run_all(gpcorpus.iter_documents([folder]))
    return gpcorpus.to_dataframe(results, kinds=["claim", "quote"])
# [/read]


# [speakers]
def by_speaker(frame, top: int = 10):
    """Claims and quotes per speaker, the most prolific first."""
    attributed = frame[frame["speaker"].notna()]  # scare quotes and the article's own figures have none
    counts = attributed.groupby(["speaker", "kind"]).size().unstack("kind", fill_value=0)
    counts["total"] = counts.sum(axis="columns")
    return counts.sort_values(["total", "speaker"], ascending=[False, True]).head(top)
# [/speakers]


# [chart]
def chart(counts, path: str | Path) -> None:
    """A horizontal bar chart of claims and quotes per speaker, saved as a PNG."""
    import matplotlib

    matplotlib.use("Agg")  # draw to a file; no window
    import matplotlib.pyplot as plt

    plotted = counts.drop(columns="total").iloc[::-1]  # the most prolific at the top
    axes = plotted.plot.barh(stacked=True, figsize=(8, 0.45 * len(plotted) + 1.2), width=0.7)
    axes.set_xlabel("claims and quotes")
    axes.set_ylabel("")
    axes.set_title("Who is heard in the articles")
    plt.tight_layout()
    plt.savefig(path, dpi=100)
    plt.close()
# [/chart]


def main(folder: str | Path, out: str | Path) -> None:
    """Write ``speakers.txt`` and ``speakers.png`` for the articles in ``folder``."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    frame = read_claims_and_quotes(folder)
    counts = by_speaker(frame)
    (out / "speakers.txt").write_text(counts.to_string() + "\n", encoding="utf-8")
    chart(counts, out / "speakers.png")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
