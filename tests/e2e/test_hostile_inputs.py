"""Hostile input through the installed command: each plugin-side row of issue 14, end to end.

Each test writes one file that used to stall a plugin (a scan that was quadratic in the input)
or throw away good figures, runs ``gpcorpus extract FILE --format jsonl`` in a subprocess, and
checks what comes out. The inputs are big enough that the old code took minutes on them (the
issue's figures: ×3.4 to ×4.6 per doubling), while the fixed code reads them in a few seconds.
No time is asserted: the subprocess timeout is only a guard, so that a regression fails the
test instead of hanging the suite. How time grows is measured by ``benchmarks/hostile.py``.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

#: Generous: the fixed code needs a few seconds for any of these files, the old one minutes.
GUARD_SECONDS = 120


def extract(path: Path, *options: str) -> tuple[list[dict], str]:
    """The records ``gpcorpus extract PATH --format jsonl`` writes, and what it wrote on stderr."""
    command = shutil.which("gpcorpus")
    program = [command] if command else [sys.executable, "-m", "gpcorpus"]
    completed = subprocess.run(
        [*program, "extract", str(path), "--format", "jsonl", "--no-progress", *options],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=GUARD_SECONDS,
    )
    assert completed.returncode == 0, completed.stderr
    records = [json.loads(line) for line in completed.stdout.splitlines() if line.strip()]
    return records, completed.stderr


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def of_kind(records: list[dict], kind: str) -> list[dict]:
    return [record for record in records if record["kind"] == kind]


# -- motions ---------------------------------------------------------------------------------------


def test_a_long_comma_grouped_figure_leaves_the_vote_count_after_it_readable(tmp_path):
    # '1' + ',111' * n: the vote-count pattern backtracked over every group from every group
    text = (
        "Conference debated pay.\n\nThe count read 1" + ",111" * 25_000 + " in the hall.\n\n"
        "The motion read: ‘That conference believes the GP contract is unfit for purpose’, "
        "and was carried by 150 votes to 90.\n"
    )
    records, _ = extract(write(tmp_path, "votes.txt", text), "--kinds", "motion")
    [motion] = of_kind(records, "motion")
    assert motion["text"] == "That conference believes the GP contract is unfit for purpose"
    assert (motion["outcome"], motion["votes_for"], motion["votes_against"]) == ("carried", 150, 90)


def test_a_vote_count_of_thousands_of_digits_does_not_fail_the_document(tmp_path):
    # int() refuses more than 4300 digits: such a count is no vote, and the motion still comes out
    text = (
        "The motion read: ‘That conference believes the GP contract is unfit for purpose’, "
        "and was carried by 1" + ",111" * 2_000 + " votes to 90.\n"
    )
    records, stderr = extract(write(tmp_path, "huge-votes.txt", text), "--kinds", "motion")
    [motion] = of_kind(records, "motion")
    assert motion["outcome"] == "carried"
    assert motion["votes_for"] is None
    assert "motions" not in stderr


def test_a_run_of_blanket_results_leaves_the_real_one_applied(tmp_path):
    # rep('all were carried ', n): each match read back to the document's start and on to its end
    text = (
        "all were carried " * 20_000 + "\n\nThe two motions below were all carried by the conference.\n\n"
        "That this conference believes the GP contract is unfit for purpose.\n\n"
        "That this conference calls for more funding for practices.\n"
    )
    records, _ = extract(write(tmp_path, "blanket.txt", text), "--kinds", "motion")
    assert [(motion["text"], motion["outcome"]) for motion in of_kind(records, "motion")] == [
        ("That this conference believes the GP contract is unfit for purpose.", "carried"),
        ("That this conference calls for more funding for practices.", "carried"),
    ]


# -- speech ----------------------------------------------------------------------------------------


def test_a_sentence_of_according_to_leaves_the_next_attribution_intact(tmp_path):
    # 'according to ' * n: each match scanned to the end of the sentence
    text = (
        "GPs are angry " + "according to " * 8_000 + "everyone.\n\n"
        "According to the BMA, practices are closing every single week.\n"
    )
    records, _ = extract(write(tmp_path, "according.txt", text), "--kinds", "quote")
    last = [quote for quote in of_kind(records, "quote") if quote["start"] > len(text) - 80]
    assert [(quote["text"], quote["speaker"], quote["cue"]) for quote in last] == [
        ("practices are closing every single week", "the BMA", "according to")
    ]


def test_a_run_of_said_leaves_the_quote_after_it_attributed(tmp_path):
    # rep('said ', n): every verb re-read the 400 characters before it
    text = "said " * 40_000 + "\n\n“We are at breaking point,” said Dr Jane Smith.\n"
    records, _ = extract(write(tmp_path, "said.txt", text), "--kinds", "quote")
    direct = [quote for quote in of_kind(records, "quote") if quote["form"] == "direct"]
    assert [(quote["text"], quote["speaker"]) for quote in direct] == [("We are at breaking point,", "Dr Jane Smith")]


def test_every_quote_of_one_long_paragraph_is_attributed(tmp_path):
    # one paragraph of many quotations: whether each opened its paragraph was decided by slicing
    # the paragraph from its start to the quotation
    count = 20_000
    text = "".join(f"Dr Jane Smith said: “We need {i} more GPs.” " for i in range(count)) + "\n"
    only_speech = [option for name in ("money", "percentages", "motions", "claims") for option in ("--disable", name)]
    records, _ = extract(write(tmp_path, "paragraph.txt", text), *only_speech)
    quotes = of_kind(records, "quote")
    assert len(quotes) == count
    assert {quote["speaker"] for quote in quotes} == {"Dr Jane Smith"}
    assert quotes[-1]["text"] == f"We need {count - 1} more GPs."


def test_every_comment_of_a_long_thread_keeps_its_quote(tmp_path):
    # a comments header early, then many comments: each comment's region copied the document before it
    count = 20_000
    text = (
        f"GPs handed £5m for winter\n\nPractices will get £5m, NHS England said.\n\nReaders' comments ({count})\n\n"
        + "".join(f"• Dr Jane Smith\n\n“The £{i}m will not go far,” said Dr Jane Smith.\n\n" for i in range(1, count + 1))
    )
    only_speech = [option for name in ("money", "percentages", "motions", "claims") for option in ("--disable", name)]
    records, _ = extract(write(tmp_path, "thread.txt", text), *only_speech)
    comments = of_kind(records, "comment")
    quotes = [quote for quote in of_kind(records, "quote") if quote["form"] == "direct"]
    assert len(comments) == count
    assert len(quotes) == count
    assert {quote["speaker"] for quote in quotes} == {"Dr Jane Smith"}
    # the last comment's quote, at its own offsets in the document
    assert quotes[-1]["text"] == f"The £{count}m will not go far,"
    assert text[quotes[-1]["start"]:quotes[-1]["end"]] == quotes[-1]["text"]
    assert text[quotes[-1]["speaker_span"]["start"]:quotes[-1]["speaker_span"]["end"]] == "Dr Jane Smith"


# -- money -----------------------------------------------------------------------------------------


def test_a_29_digit_figure_costs_none_of_the_other_figures(tmp_path):
    # the 28-digit decimal context raised InvalidOperation and lost every figure of the document
    text = "The practice got £5m. Another got £" + "9" * 29 + ". A third got £2m."
    records, _ = extract(write(tmp_path, "figures.txt", text))
    money = [(record["text"], Decimal(record["amount"])) for record in of_kind(records, "money")]
    assert money == [("£5m", Decimal(5_000_000)), ("£" + "9" * 29, Decimal("9" * 29)), ("£2m", Decimal(2_000_000))]
    # and every figure still has its claim
    claimed = sorted(claim["figure_span"]["start"] for claim in of_kind(records, "claim") if claim["figure_kind"] == "money")
    assert claimed == [record["start"] for record in of_kind(records, "money")]


@pytest.mark.parametrize(
    "run",
    [
        pytest.param("1" + ",111" * 300_000, id="comma-groups"),
        pytest.param("100 " * 300_000, id="space-groups"),
    ],
)
def test_a_long_run_of_digit_groups_leaves_the_figure_after_it_readable(tmp_path, run):
    # the regex engine gave back each group of a run at a cost that grew with the run: trying a
    # long run as a sum of money and backing off cost the square of its length
    text = run + "\n\nThe practice got £1,250,000 last year.\n"
    records, _ = extract(write(tmp_path, "groups.txt", text), "--kinds", "money")
    assert [(record["text"], record["amount"]) for record in of_kind(records, "money")] == [("£1,250,000", "1250000")]


def test_a_figure_with_more_digits_than_the_default_context_is_exact(tmp_path):
    records, _ = extract(write(tmp_path, "exact.txt", "GPs got £1234567890123456789012345678.9 last year."))
    [money] = of_kind(records, "money")
    assert money["amount"] == "1234567890123456789012345678.9"


@pytest.mark.parametrize(
    "figure, amount",
    [
        pytest.param("£" + "9" * 5_000, "9" * 5_000, id="more-digits-than-int-str-allows"),
        pytest.param("£" + "1" * 40 + "m", "1" * 40 + "000000", id="scaled"),
        pytest.param("-£" + "9" * 40, "-" + "9" * 40, id="negative"),
        pytest.param("£1" + "0" * 39 + "-£3" + "0" * 39, "2" + "0" * 39, id="range-midpoint"),
        pytest.param("50" + "0" * 40 + "p", "5" + "0" * 39, id="pence"),
    ],
)
def test_amounts_of_any_size_are_exact(tmp_path, figure, amount):
    records, _ = extract(write(tmp_path, "any.txt", f"The board spent {figure} on it. The practice got £2m."), "--kinds", "money")
    assert [record["amount"] for record in of_kind(records, "money")] == [amount, "2000000"]


def test_a_percentage_with_more_digits_than_the_default_context_is_exact(tmp_path):
    records, _ = extract(write(tmp_path, "percent.txt", "Pay rose 1234567890123456789012345678.9% and 5% last year."),
                         "--kinds", "percentage")
    assert [record["value"] for record in of_kind(records, "percentage")] == ["1234567890123456789012345678.9", "5"]


# -- claims ----------------------------------------------------------------------------------------


def test_a_run_of_figures_without_a_sentence_break_keeps_every_claim(tmp_path):
    # rep('£1-', n): each figure scanned 600 characters either side with four patterns
    count = 20_000
    text = "£1-" * count + "\n\nThe practice got £5m in 2019, according to NHS Digital.\n"
    records, _ = extract(write(tmp_path, "dashes.txt", text), "--kinds", "money,claim")
    assert len(of_kind(records, "money")) == count + 1
    claims = of_kind(records, "claim")
    assert len(claims) == count + 1
    last = claims[-1]
    assert (last["text"], last["speaker"], last["cue"], last["period"]) == (
        "The practice got £5m in 2019, according to NHS Digital.", "NHS Digital", "according to", "in 2019"
    )


def test_a_comment_is_read_in_a_copy_of_its_own_text_not_of_the_document_before_it(monkeypatch):
    # the cause of the thread row: each comment's masked text was as long as the comment's offset,
    # so a thread of n comments copied n times the document (minutes at 20 MB); in process, with a
    # spy on the region that reads each comment
    from gpcorpus import Document
    from gpcorpus_speech import attribution

    lengths: list[int] = []
    real_init = attribution._Region.__attrs_post_init__

    def spy(region) -> None:
        real_init(region)
        if region.comment:
            lengths.append(len(region.masked))

    monkeypatch.setattr(attribution._Region, "__attrs_post_init__", spy)
    comment = "• Dr Jane Smith\n\n“The money will not go far,” said Dr Jane Smith.\n\n"
    text = "GPs handed £5m\n\nPractices will get £5m.\n\nReaders' comments (500)\n\n" + comment * 500
    speech = attribution.find_speech(Document.from_text(text))
    assert len(lengths) == 500
    assert max(lengths) <= len(comment)
    quotes = [s for s in speech if s.form == "direct"]
    assert len(quotes) == 500
    assert all(text[s.start:s.end] == "The money will not go far," for s in quotes)
    assert all(text[s.speaker_span[0]:s.speaker_span[1]] == "Dr Jane Smith" for s in quotes)


def test_the_claims_of_a_run_of_figures_scan_the_text_a_bounded_number_of_times(monkeypatch):
    # the cause of the claims row, in process: every figure scanned its whole sentence (up to
    # 1,200 characters) with four patterns; now each pattern scans the document once and each
    # figure matches only the few candidates nearest it
    import gpcorpus_claims
    from gpcorpus import Document, Pipeline

    scanned = {"characters": 0}

    class Counting:
        """A pattern that counts the characters each scan is given."""

        def __init__(self, pattern):
            self.pattern = pattern

        def __getattr__(self, name):
            return getattr(self.pattern, name)

        def _count(self, text, pos=0, endpos=None):
            scanned["characters"] += (len(text) if endpos is None else min(endpos, len(text))) - pos

        def finditer(self, text, pos=0, endpos=None, *args, **kwargs):
            self._count(text, pos, endpos)
            return self.pattern.finditer(text, pos, *(() if endpos is None else (endpos,)), *args, **kwargs)

        def search(self, text, pos=0, endpos=None, *args, **kwargs):
            self._count(text, pos, endpos)
            return self.pattern.search(text, pos, *(() if endpos is None else (endpos,)), *args, **kwargs)

    # (sentences come from the core's layer, split once per document)
    for name in ("PERIOD", "SOURCE_AFTER_CUE", "FINDING_FROM", "SOURCE_BEFORE_FINDING"):
        monkeypatch.setattr(gpcorpus_claims, name, Counting(getattr(gpcorpus_claims, name)))
    text = "£1-" * 5_000 + "\n\nThe practice got £5m in 2019, according to NHS Digital.\n"
    document = Document.from_text(text)
    extractions = Pipeline(disabled=["claims"]).run(document).extractions
    claims = list(gpcorpus_claims.gpcorpus_link(document=document, extractions=extractions))
    assert len(claims) == 5_001
    assert (claims[-1].speaker, claims[-1].period) == ("NHS Digital", "in 2019")
    assert scanned["characters"] <= 5 * len(text)
