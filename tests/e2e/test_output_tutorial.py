"""The research-workflow tutorial's code (docs/examples/research_workflow.py) does what the page says."""
from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path

import pytest

import gpcorpus

pytest.importorskip("pandas")
pytest.importorskip("matplotlib")

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "research_workflow.py"


def workflow():
    spec = importlib.util.spec_from_file_location("research_workflow", EXAMPLE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_tutorial_counts_claims_and_quotes_by_speaker_and_draws_the_chart(seeds_dir, tmp_path):
    tutorial = workflow()
    tutorial.main(seeds_dir, tmp_path)
    assert (tmp_path / "speakers.png").read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    counts = tutorial.by_speaker(tutorial.read_claims_and_quotes(seeds_dir))
    # counted again from the records, without pandas
    expected: Counter[tuple[str, str]] = Counter()
    for result in gpcorpus.Pipeline().run_all(gpcorpus.iter_documents([seeds_dir])):
        for record in result.to_records():
            if record["kind"] in ("claim", "quote") and record["speaker"] is not None:
                expected[record["speaker"], record["kind"]] += 1
    totals = Counter()
    for (speaker, _), n in expected.items():
        totals[speaker] += n
    assert len(counts) == 10
    for speaker, row in counts.iterrows():
        assert row["claim"] == expected[speaker, "claim"] and row["quote"] == expected[speaker, "quote"]
        assert row["total"] == totals[speaker]
    assert list(counts["total"]) == sorted(totals.values(), reverse=True)[:10]
    assert (tmp_path / "speakers.txt").read_text(encoding="utf-8") == counts.to_string() + "\n"
