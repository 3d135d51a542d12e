"""The pages about the command say what it does: exit codes, set-up commands, generated output."""
from __future__ import annotations

import re
from pathlib import Path

from gpcorpus.cli import ExitCode

ROOT = Path(__file__).resolve().parents[2]


def fenced_commands(markdown: str) -> list[str]:
    """The commands of the README's ```bash blocks, one string each."""
    return [block.strip() for block in re.findall(r"```bash\n(.*?)```", markdown, re.S)]


def test_every_exit_code_is_listed_with_its_number_like_pytest_lists_its_own():
    cli = (ROOT / "docs" / "cli.rst").read_text(encoding="utf-8")
    listed = [int(n) for n in re.findall(r"^- \*\*Exit code (\d+):\*\*", cli, re.M)]
    assert listed == [code.value for code in ExitCode]


def test_readme_and_quickstart_give_the_same_set_up_commands():
    readme = fenced_commands((ROOT / "README.md").read_text(encoding="utf-8"))
    set_up, tests = readme[0], readme[1]
    assert set_up.startswith("python3 -m venv .venv") and set_up.endswith("gpcorpus extract seeds/")
    assert tests == 'pip install -e ".[test,docs]" && python -m pytest'
    quickstart = (ROOT / "docs" / "quickstart.rst").read_text(encoding="utf-8")
    blocks = [" ".join(block.split()) for block in re.findall(r"\.\. code-block:: bash\n\n((?:   .*\n)+)", quickstart)]
    assert blocks[:2] == [set_up, tests]


def test_ci_runs_exactly_the_readmes_test_command():
    tests = fenced_commands((ROOT / "README.md").read_text(encoding="utf-8"))[1]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()
    assert ci[-1] == tests


def test_the_readme_says_where_shared_comes_from_and_what_is_skipped_without_it():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "../shared" in readme and "development set" in readme and "scorer" in readme
    needing = set()
    for path in (ROOT / "tests").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if path.name != "conftest.py" and path != Path(__file__) and ("SHARED" in text or "shared_dir" in text):
            relative = path.relative_to(ROOT).as_posix()
            needing.add("tests/conformance/" if relative.startswith("tests/conformance/") else relative)
    assert needing, "no test needs ../shared: this test would prove nothing"
    missing = sorted(name for name in needing if f"`{name}`" not in readme)
    assert not missing, f"tests that skip without ../shared, not named in the README: {missing}"


def test_pages_show_generated_output_not_pasted_output():
    for page in ("index.rst", "quickstart.rst", "tutorial.rst"):
        text = (ROOT / "docs" / page).read_text(encoding="utf-8")
        assert ".. literalinclude:: _generated/" in text, page
    conf = (ROOT / "docs" / "conf.py").read_text(encoding="utf-8")
    assert 'app.connect("builder-inited", generate)' in conf
