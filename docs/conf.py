"""Sphinx configuration for the gpcorpus docs.

Build with warnings as errors, offline::

    sphinx-build -W --keep-going -b html docs docs/_build/html
    sphinx-build -W -b doctest docs docs/_build/doctest

Links to the Python, attrs and pluggy docs (intersphinx) need the network to fetch their
inventories, and a failed fetch is a warning, which ``-W`` turns into a failed build. So
intersphinx is opt-in: set ``GPCORPUS_DOCS_INTERSPHINX=1`` when the network is there (a release
build). Without it, references to those projects' objects are left as plain text (see
``nitpick_ignore_regex``); references to gpcorpus's own objects are always checked.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
# The docs build from the source tree, so they work before (or without) an install too.
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "plugins")]

import gpcorpus  # noqa: E402  (after the path is set)

project = "gpcorpus"
author = "The gpcorpus developers"
copyright = "the gpcorpus developers"
release = gpcorpus.__version__
version = ".".join(release.split(".")[:2])

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx.ext.intersphinx",
    "sphinx.ext.viewcode",
]

exclude_patterns = ["_build", "_generated", "examples", "Thumbs.db", ".DS_Store"]
root_doc = "index"
pygments_style = "default"

# -- HTML ------------------------------------------------------------------------------------

try:
    import furo  # noqa: F401

    html_theme = "furo"
except ImportError:  # the `docs` extra not installed: still build, with the default theme
    html_theme = "alabaster"
html_title = f"gpcorpus {release}"

# -- autodoc ---------------------------------------------------------------------------------

autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_default_options = {"members": True, "undoc-members": False}
# attrs classes carry an __init__ made by attrs; its signature is the class's fields.
autoclass_content = "class"

# -- intersphinx (opt-in, see the module docstring) ------------------------------------------

ONLINE = os.environ.get("GPCORPUS_DOCS_INTERSPHINX", "").lower() in {"1", "true", "yes"}
intersphinx_mapping = {
    "python": ("https://docs.python.org/3", None),
    "attrs": ("https://www.attrs.org/en/stable", None),
    "pluggy": ("https://pluggy.readthedocs.io/en/stable", None),
}
if not ONLINE:
    intersphinx_mapping = {}

# -- nitpicky: every reference to a gpcorpus object must resolve ------------------------------

nitpicky = True
# Names no inventory has: the core's module alias for datetime (``_dt.date``) and the type
# variable of Extraction.found, which is not an object anyone can link to.
_UNLINKABLE = [r"_dt\..*", r"gpcorpus\.types\.E|E"]
# Names from the standard library, attrs and pluggy: resolved by intersphinx when it is on,
# plain text when it is off. gpcorpus's own names are never ignored.
_EXTERNAL = [
    r"(?:decimal|datetime|fractions|typing|collections\.abc|enum|argparse|os|pathlib|re|regex|_regex)\..*",
    r"(?:attrs|attr|pluggy|importlib\.metadata|pandas)\..*",
    r"Decimal|Fraction|Any|ClassVar|TypeVar|Iterable|Iterator|Mapping|Sequence|BinaryIO|IO|PathLike|Path",
    r"int|str|bool|float|bytes|dict|list|tuple|set|frozenset|object|type|None|Exception|BaseException",
    r"Ellipsis|NoneType",
]
nitpick_ignore_regex = [(r"py:.*", pattern) for pattern in _UNLINKABLE + ([] if ONLINE else _EXTERNAL)]

# -- doctest ---------------------------------------------------------------------------------

# Every example runs against the installed plugins. The docstrings' examples use their module's
# names bare, as ``python -m doctest`` runs them, so the public names and the number grammar are
# in scope for every example; pages' own examples import what they use, for the reader's sake.
doctest_global_setup = f"""
import gpcorpus
from gpcorpus import *
from gpcorpus.numbers import *
from pathlib import Path
ROOT = Path({str(ROOT)!r})  # the checkout; pages that read seeds/ chdir here in a testsetup
"""


def _public_name(app, env, node, contnode):
    """Resolve a reference to a gpcorpus object by the name the API page documents it under.

    The API page documents each public object under its public name (``gpcorpus.Document``),
    while docstrings in the core may name it by where it is defined
    (``gpcorpus.types.Extraction.found``) or bare, as autodoc renders annotations that the core
    imports only for type checking (``document: Document``). Sphinx aliases a documented class's
    defining name, but not its members and not bare names, so map those here; a bare name that is
    not public resolves when exactly one gpcorpus object has it (``ENCODING_ERRORS``).
    """
    if node.get("refdomain") != "py":
        return None
    target = node.get("reftarget", "")
    parts = target.split(".")
    public = set(gpcorpus.__all__)
    if len(parts) >= 3 and parts[0] == "gpcorpus" and parts[2] in public:
        candidates = [".".join(["gpcorpus", *parts[2:]])]  # gpcorpus.types.Money.amount
    elif parts[0] in public:
        candidates = [f"gpcorpus.{target}"]  # Document, Extraction.found
    else:
        domain = env.get_domain("py")
        matches = [name for name, _ in domain.find_obj(env, "", "", target, None, 1) if name.startswith("gpcorpus.")]
        candidates = matches if len(matches) == 1 else []
    domain = env.get_domain("py")
    for candidate in candidates:
        for role in dict.fromkeys([node.get("reftype", "obj"), "class", "exc", "func", "meth", "attr", "data", "obj"]):
            resolved = domain.resolve_xref(env, node["refdoc"], app.builder, role, candidate, node, contnode)
            if resolved is not None:
                return resolved
    return None


# -- output generated at build time ----------------------------------------------------------

#: What the build writes for the pages to include: real runs of the command on the seeds, the
#: JSON Schema of the records, the tutorial's table and chart. Never edited by hand, not in git.
GENERATED = HERE / "_generated"

#: The runs the pages show: (file name, arguments, terminal width).
RUNS = [
    ("index-run.txt", ["extract", "seeds/000_26d3baea44a42c90.txt", "--kinds", "money,percentage"], 100),
    ("quickstart-run.txt", ["extract", "seeds/"], 100),
    ("quickstart-jsonl.txt", ["extract", "seeds/000_26d3baea44a42c90.txt", "--format", "jsonl", "--kinds", "money"], 0),
]


def _run(args: list[str], width: int) -> str:
    """``gpcorpus ARGS`` as a terminal ``width`` columns wide shows it, run in the checkout."""
    import contextlib
    import io

    from gpcorpus.cli import main

    out, err = io.StringIO(), io.StringIO()
    previous_dir, previous_columns = os.getcwd(), os.environ.get("COLUMNS")
    os.chdir(ROOT)
    os.environ["COLUMNS"] = str(width or 100)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(args)
    finally:
        os.chdir(previous_dir)
        if previous_columns is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = previous_columns
    if code != 0:
        raise RuntimeError(f"gpcorpus {' '.join(args)} exited {code}: {err.getvalue()}")
    return f"$ gpcorpus {' '.join(args)}\n{out.getvalue()}{err.getvalue()}"


def _write(name: str, text: str | bytes) -> None:
    path = GENERATED / name
    data = text.encode("utf-8") if isinstance(text, str) else text
    if not path.is_file() or path.read_bytes() != data:  # unchanged files keep Sphinx's cache valid
        path.write_bytes(data)


def generate(app) -> None:
    """Write everything in :data:`GENERATED` before the pages are read."""
    import importlib.util
    import json
    import tempfile

    from gpcorpus.manager import make_plugin_manager
    from gpcorpus.schema import record_schema

    GENERATED.mkdir(exist_ok=True)
    for name, args, width in RUNS:
        _write(name, _run(args, width))
    make_plugin_manager()  # the built-in kinds' classes, as `gpcorpus schema` has them
    _write("records.schema.json", json.dumps(record_schema(), indent=2, ensure_ascii=False) + "\n")
    spec = importlib.util.spec_from_file_location("research_workflow", HERE / "examples" / "research_workflow.py")
    workflow = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(workflow)
    with tempfile.TemporaryDirectory() as scratch:
        workflow.main(ROOT / "seeds", scratch)
        for name in ("speakers.txt", "speakers.png"):
            _write(name, (Path(scratch) / name).read_bytes())


def setup(app):
    app.connect("builder-inited", generate)
    app.connect("missing-reference", _public_name)
