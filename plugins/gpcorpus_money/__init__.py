"""Sums of money as British news writes them: £3.8bn, 50p, €2m, US$150m, five million pounds.

Each sum becomes a :class:`~gpcorpus.Money` with its exact amount in units of its currency
(``50p`` is 0.50 GBP), its ISO 4217 code, and where the text gives them the ends of a range,
a qualifier (``more than``) and a rate (``per patient``, ``year``).
"""
from __future__ import annotations

import logging
from collections.abc import Iterator

from gpcorpus import Document, Money, PluginConfig, PluginInfo, hookimpl
from gpcorpus_money.patterns import Refused, find_money

#: Where a figure given no value is reported (on stderr unless logging is set up otherwise).
logger = logging.getLogger(__name__)

#: The currency a bare ``$`` (and "dollars", "cents") stands for unless the ``dollar`` setting
#: says otherwise: UK outlets write ``A$``, ``C$`` and ``HK$`` for the others.
DEFAULT_DOLLAR = "USD"


@hookimpl
def gpcorpus_plugin_info() -> PluginInfo:
    return PluginInfo(
        kinds=("money",),
        settings={"dollar": "ISO 4217 code that a bare '$', 'dollars' or 'cents' means (default USD)."},
        description="Sums of money with exact amounts and ISO 4217 currencies: £3.8bn, 50p, €2m.",
    )


@hookimpl
def gpcorpus_extract(document: Document, config: PluginConfig) -> Iterator[Money]:
    dollar = config.get("dollar", DEFAULT_DOLLAR).strip().upper() or DEFAULT_DOLLAR
    refused: list[Refused] = []
    for found in find_money(document.text, dollar=dollar, refused=refused):
        yield Money.found(
            document,
            found.start,
            found.end,
            amount=found.amount,
            currency=found.currency,
            low=found.low,
            high=found.high,
            qualifier=found.qualifier,
            per=found.per,
        )
    for figure in refused:
        shown = document.text[figure.start:figure.end]
        shown = shown if len(shown) <= 40 else f"{shown[:20]}...{shown[-10:]}"
        logger.warning("%s: money at %d:%d (%r) refused: %s", document.path or document.id, figure.start, figure.end,
                       shown, figure.reason)
