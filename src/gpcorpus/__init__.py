"""gpcorpus: structured, offset-exact data from news about UK general practice.

>>> import gpcorpus
>>> doc = gpcorpus.Document.from_text("GPs were offered £10m.")
>>> [(x.kind, x.text, x.amount, x.currency) for x in gpcorpus.extract(doc).of_kind("money")]
[('money', '£10m', Decimal('10000000'), 'GBP')]
"""
from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from gpcorpus.dataframe import to_dataframe
from gpcorpus.errors import DocumentReadError, GpcorpusError, PluginFailure, PluginLoadError, UnknownNameError
from gpcorpus.hookspecs import hookimpl
from gpcorpus.manager import PluginManager, make_plugin_manager
from gpcorpus.pipeline import Pipeline, Result, TimeBudget, extract
from gpcorpus.reader import iter_documents, read, read_text
from gpcorpus.records import from_record, to_record
from gpcorpus.types import (
    Block,
    Claim,
    Clause,
    Comment,
    Document,
    Extraction,
    Money,
    Motion,
    Percentage,
    PluginConfig,
    PluginInfo,
    Quote,
    Span,
)

try:
    __version__ = version("gpcorpus")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"

__all__ = [
    "__version__",
    "Block",
    "Claim",
    "Clause",
    "Comment",
    "Document",
    "DocumentReadError",
    "Extraction",
    "GpcorpusError",
    "Money",
    "Motion",
    "Percentage",
    "Pipeline",
    "PluginConfig",
    "PluginFailure",
    "PluginInfo",
    "PluginLoadError",
    "PluginManager",
    "Quote",
    "Result",
    "Span",
    "TimeBudget",
    "UnknownNameError",
    "extract",
    "from_record",
    "hookimpl",
    "iter_documents",
    "make_plugin_manager",
    "read",
    "read_text",
    "to_dataframe",
    "to_record",
]
