"""The default table as a person sees it: in a real pseudo-terminal, 80 columns wide.

The pty test runs the console command with stdout and stderr on one terminal, as a shell does, and
replays what it wrote on a small screen model (enough of a VT100 for what rich emits: carriage
return, line feed, erase line, cursor up and down, colours), checking every line every time the
cursor leaves it or it is erased, and the final screen.
"""
from __future__ import annotations

import json
import os
import pty
import re
import select
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from gpcorpus.cli import ExitCode, _summary, main

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")

WIDTH = 80
BAR = "━"  # what rich draws its bar with; no seed has it
ROW = re.compile(r"^\d{3}_[0-9a-f]{16} ")
HEADER = ["doc", "kind", "span", "text", "values"]


class Screen:
    """The lines of a terminal with unlimited scrollback, and a record of every line's content
    each time it was about to change for good (erased, or left by the cursor)."""

    CONTROL = re.compile(r"\x1b\[([0-9;?]*)([A-Za-z])|\x1b[()][0-9A-Za-z]|\x1b[=>]|\r|\n|[\x00-\x1f]")

    def __init__(self) -> None:
        self.lines: list[list[str]] = [[]]
        self.row = self.col = 0
        self.snapshots: list[str] = []

    def _line(self) -> list[str]:
        while len(self.lines) <= self.row:
            self.lines.append([])
        return self.lines[self.row]

    def _snapshot(self) -> None:
        self.snapshots.append("".join(self._line()).rstrip())

    def feed(self, data: str) -> None:
        position = 0
        for match in self.CONTROL.finditer(data):
            self._print(data[position:match.start()])
            position = match.end()
            code = match[0]
            if code == "\r":
                self.col = 0
            elif code == "\n":
                self._snapshot()
                self.row += 1
            elif match[2] == "K":  # erase in line (rich erases whole lines)
                self._snapshot()
                line = self._line()
                del line[self.col if match[1] in ("", "0") else 0:]
            elif match[2] == "A":
                self._snapshot()
                self.row = max(0, self.row - int(match[1] or 1))
            elif match[2] == "B":
                self._snapshot()
                self.row += int(match[1] or 1)
            elif match[2] == "G":
                self.col = int(match[1] or 1) - 1
            # colours (m), cursor show/hide (h, l) and the rest change nothing a test reads
        self._print(data[position:])
        self._snapshot()

    def _print(self, text: str) -> None:
        for character in text:
            line = self._line()
            while len(line) < self.col:
                line.append(" ")
            if self.col < len(line):
                line[self.col] = character
            else:
                line.append(character)
            self.col += 1

    def text(self) -> list[str]:
        return ["".join(line).rstrip() for line in self.lines]


def run_in_terminal(args: list[str], width: int = WIDTH, *, stdout_to_pipe: bool = False) -> tuple[int, str, str]:
    """Run ``python -m gpcorpus ARGS`` with stdin, stdout and stderr on one pseudo-terminal, or
    stdout on a pipe: the exit status, what the terminal got and what the pipe got."""
    import fcntl
    import termios

    controller, terminal = pty.openpty()
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 24, width, 0, 0))
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": str(width)}
    for name in ("NO_COLOR", "FORCE_COLOR", "CI", "PYTHONIOENCODING"):
        env.pop(name, None)
    stdout = subprocess.PIPE if stdout_to_pipe else terminal
    process = subprocess.Popen([sys.executable, "-m", "gpcorpus", *args], stdin=terminal, stdout=stdout,
                               stderr=terminal, env=env, close_fds=True)
    os.close(terminal)
    # read the terminal and the pipe together, so that neither fills up and stalls the command
    chunks: dict[int, list[bytes]] = {controller: []}
    if process.stdout is not None:
        chunks[process.stdout.fileno()] = []
    open_fds = list(chunks)
    while open_fds:
        ready, _, _ = select.select(open_fds, [], [], 120)
        if not ready:
            process.kill()
            raise AssertionError("the command wrote nothing for two minutes")
        for fd in ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:  # EIO: the terminal closed
                chunk = b""
            if chunk:
                chunks[fd].append(chunk)
            else:
                open_fds.remove(fd)
    os.close(controller)
    piped = b""
    if process.stdout is not None:
        piped = b"".join(chunks[process.stdout.fileno()])
        process.stdout.close()
    return process.wait(timeout=60), b"".join(chunks[controller]).decode("utf-8"), piped.decode("utf-8")


@pytest.fixture
def seeds_and_a_bad_file(seeds_dir, tmp_path) -> Path:
    for path in seeds_dir.glob("*.txt"):
        shutil.copy(path, tmp_path / path.name)
    (tmp_path / "002a_broken.txt").write_bytes(b"\xff\xfe not UTF-8")
    return tmp_path


def test_the_readme_command_in_a_terminal_is_a_clean_table(seeds_and_a_bad_file, seeds_dir):
    code, written, _ = run_in_terminal(["extract", str(seeds_and_a_bad_file)])
    assert code == ExitCode.PARTIAL_FAILURE, written
    assert BAR in written, "no progress bar was drawn: the test would prove nothing"
    screen = Screen()
    screen.feed(written)
    for line in screen.snapshots:
        assert len(line) <= WIDTH, line
        if BAR in line:  # a progress frame, alone on its line
            assert not ROW.match(line) and "gpcorpus:" not in line and "values" not in line, line
    final = [line for line in screen.text() if line]
    assert not any(BAR in line for line in final), "the progress bar was left behind"
    assert final[0].split() == HEADER
    assert all(len(line) <= WIDTH for line in final)
    rows = [line for line in final if ROW.match(line)]
    expected = [json.loads(line) for line in subprocess.run(
        [sys.executable, "-m", "gpcorpus", "extract", str(seeds_dir), "--format", "jsonl"],
        capture_output=True, text=True, check=True).stdout.splitlines()]
    assert [row.split()[:2] for row in rows] == [[r["doc"], r["kind"]] for r in expected]
    # every other line continues the row or message above it (wrapped under a hanging indent)
    assert all(line.startswith(" ") for line in final[1:] if not ROW.match(line) and not line.startswith("gpcorpus:"))
    # (a long path folds anywhere, so compare without the white space)
    messages = ["".join(entry.split()) for entry in entries(final) if entry.startswith("gpcorpus:")]
    assert any("002a_broken.txt:notvalidUTF-8" in message for message in messages), messages
    assert messages[-1].startswith("gpcorpus:5documentsread,1failed,0skipped;88extractions:")


def entries(lines: list[str]) -> list[str]:
    """Rows and messages, each with the lines it wrapped onto joined to it."""
    joined: list[str] = []
    for line in lines:
        if line.startswith(" ") and joined:
            joined[-1] += "\n" + line
        else:
            joined.append(line)
    return joined


def test_no_progress_means_no_bar_even_on_a_terminal(seeds_dir):
    code, written, _ = run_in_terminal(["extract", str(seeds_dir), "--no-progress"])
    assert code == ExitCode.OK and BAR not in written
    assert "5 documents read" in written


def test_with_records_on_a_pipe_the_bar_and_messages_share_the_terminal_and_never_a_line(seeds_and_a_bad_file):
    code, terminal, records = run_in_terminal(["extract", str(seeds_and_a_bad_file), "--format", "jsonl"],
                                              stdout_to_pipe=True)
    assert code == ExitCode.PARTIAL_FAILURE
    assert BAR in terminal and all(json.loads(line) for line in records.splitlines())  # clean records
    screen = Screen()
    screen.feed(terminal)
    for line in screen.snapshots:
        assert len(line) <= WIDTH, line
        assert not (BAR in line and "gpcorpus:" in line), line
    final = [line for line in screen.text() if line]
    assert not any(BAR in line for line in final)
    messages = ["".join(entry.split()) for entry in entries(final)]
    assert len(messages) == 2 and "002a_broken.txt:notvalidUTF-8" in messages[0], messages
    assert messages[1].startswith("gpcorpus:5documentsread,1failed,0skipped;88extractions:")


def _values_of_rows(lines: list[str]) -> list[str]:
    """The values column of each row, its wrapped lines joined, from a table's lines."""
    start = lines[0].index("values")
    rows: list[str] = []
    for line in lines[1:]:
        if ROW.match(line):
            rows.append(line[start:])
        else:
            rows[-1] += line[start:]
    return ["".join(value.split()) for value in rows]


def test_the_table_fits_80_columns_with_whole_ids_and_values(seeds_dir, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    assert main(["extract", str(seeds_dir), "--format", "jsonl"]) == ExitCode.OK
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    main(["extract", str(seeds_dir)])
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == HEADER
    assert all(len(line) <= 80 and line == line.rstrip() for line in lines)  # no padding left at the ends
    rows = [line for line in lines if ROW.match(line)]
    assert [row.split()[0] for row in rows] == [r["doc"] for r in records]  # whole, never cut
    assert [row.split()[2] for row in rows] == [f"{r['start']}-{r['end']}" for r in records]
    assert _values_of_rows(lines) == ["".join(_summary(r).split()) for r in records]


def test_a_long_id_wraps_in_its_column_and_is_never_cut(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    name = "an_article_with_a_very_long_file_name_indeed_" * 2
    (tmp_path / f"{name}.txt").write_text("GPs were offered £10m.\n", encoding="utf-8")
    main(["extract", str(tmp_path), "--kinds", "money"])
    lines = capsys.readouterr().out.splitlines()
    assert all(len(line) <= 80 for line in lines)
    doc_column = "".join(line.split()[0] if not line.startswith(" ") else "" for line in lines[1:])
    assert doc_column == name


def test_the_summary_line_counts_documents_failures_and_kinds(seeds_and_a_bad_file, capsys):
    main(["extract", str(seeds_and_a_bad_file), "--format", "jsonl"])
    captured = capsys.readouterr()
    kinds: dict[str, int] = {}
    for line in captured.out.splitlines():
        kind = json.loads(line)["kind"]
        kinds[kind] = kinds.get(kind, 0) + 1
    last = captured.err.splitlines()[-1]
    by_kind = ", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items()))
    assert last == (f"gpcorpus: 5 documents read, 1 failed, 0 skipped; {sum(kinds.values())} extractions: {by_kind}")


def test_no_progress_when_stderr_is_not_a_terminal(seeds_dir, tmp_path):
    done = subprocess.run([sys.executable, "-m", "gpcorpus", "extract", str(seeds_dir), "--output",
                           str(tmp_path / "out.txt")], capture_output=True, text=True, check=False)
    assert done.returncode == 0
    assert done.stderr.startswith("gpcorpus: 5 documents read") and "\x1b" not in done.stderr
    assert done.stdout == ""
