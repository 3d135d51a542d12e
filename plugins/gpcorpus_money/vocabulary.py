"""The words and symbols of money: currency tables from CLDR (via babel) and British usage.

ISO 4217 codes, English currency names and their plurals, and currency symbols all come from the
Unicode CLDR data that :mod:`babel` ships, read once at import. What CLDR cannot say is listed
here by hand, each list with the reason: which currency an ambiguous symbol or bare word means
in British news, colloquial words (``quid``, ``pence``), and words that look like currencies but
usually are not (``ALL``, ``TOP``, ``won``).
"""
from __future__ import annotations

import datetime as _dt
import unicodedata

from babel import Locale, languages, localedata
from babel.core import get_global

# -- choices CLDR leaves open ------------------------------------------------------------------

#: Symbols that CLDR gives to several currencies, and the one British news means by each.
#: ``$`` alone is read as US dollars: that is how UK outlets use it (they write ``A$``, ``C$``,
#: ``HK$`` for the others). The ``dollar`` setting of the plugin changes it.
PREFERRED_SYMBOLS: dict[str, str] = {"£": "GBP", "$": "USD", "€": "EUR", "¥": "JPY", "￥": "JPY"}

#: Dollar prefixes that newswires use and CLDR's English data lacks (``C$`` is also Nicaragua's
#: cordoba in CLDR, but in English-language news it is the Canadian dollar).
NEWSWIRE_SYMBOLS: dict[str, str] = {"C$": "CAD", "Can$": "CAD", "Mex$": "MXN", "AU$": "AUD", "U.S.$": "USD"}

#: Bare currency nouns that CLDR's English names share among several currencies, and the one a
#: British reader takes the bare word to mean. Qualified names ("Swiss francs", "Hong Kong
#: dollars") come from CLDR and need no entry.
DEFAULT_FOR_NOUN: dict[str, str] = {
    "pound": "GBP", "pounds": "GBP",
    "dollar": "USD", "dollars": "USD",
    "franc": "CHF", "francs": "CHF",
    "rupee": "INR", "rupees": "INR",
    "peso": "MXN", "pesos": "MXN",
    "krona": "SEK", "kronor": "SEK",
    "yuan": "CNY",
    "dinar": "KWD", "dinars": "KWD",
    "riyal": "SAR", "riyals": "SAR",
    "shilling": "KES", "shillings": "KES",
    "peseta": "ESP", "pesetas": "ESP",  # Spain's, not Andorra's, in any British report
    "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB",
}

#: Spellings British news uses that CLDR's English names do not (it spells "ruble", "won").
EXTRA_CURRENCY_WORDS: dict[str, str] = {
    "sterling": "GBP", "pounds sterling": "GBP", "pound sterling": "GBP", "quid": "GBP",
    "renminbi": "CNY", "rmb": "CNY", "euro": "EUR", "euros": "EUR",
    "us dollar": "USD", "us dollars": "USD", "u.s. dollars": "USD", "american dollars": "USD",
}

#: Minor units: the word, the currency, and how many make one major unit. ``p`` and ``cent``
#: are written straight after the figure (``50p``, ``12-cent``); cents are US cents unless the
#: text says euro cents, matching the choice for ``$``.
MINOR_UNITS: dict[str, tuple[str, int]] = {
    "pence": ("GBP", 100), "penny": ("GBP", 100), "pennies": ("GBP", 100), "p": ("GBP", 100),
    "euro cents": ("EUR", 100), "euro cent": ("EUR", 100),
    "cents": ("USD", 100), "cent": ("USD", 100),
    "dimes": ("USD", 10), "dime": ("USD", 10),
}

#: ``five grand`` is five thousand pounds in British speech.
GRAND = "grand"
#: Words after "grand" that show it is not money ("the grand total", "five grand slams").
GRAND_FOLLOWERS_THAT_ARE_NOT_MONEY = (
    "slam", "slams", "prix", "national", "nationals", "jury", "juries", "tour", "tours", "master",
    "masters", "final", "finals", "piano", "pianos", "total", "totals", "scheme", "schemes",
    "design", "designs", "opening", "children", "child", "parent", "parents", "duke", "dukes",
    "canyon", "union", "old", "plan", "plans", "strategy", "prize", "challenge", "tradition",
)

#: ISO 4217 codes that are also English words or abbreviations common in UK health news, so an
#: upper-case match is more likely the word: "ALL 5 practices", "TOP 10", "COP26", "CAD" and
#: "ALL" (coronary artery disease, acute lymphoblastic leukaemia), "AED" (defibrillator), "STD".
CODES_THAT_ARE_WORDS = frozenset({
    "ALL", "AED", "BAM", "BOB", "CAD", "COP", "CUP", "CVE", "DOP", "ERN", "GEL", "MAD", "MOP",
    "NAD", "PEN", "PHP", "RUB", "SAR", "SOS", "STD", "TOP", "TRY", "GIP", "HNL", "LAK", "MDL",
    "MRU", "NIO", "SLL", "SLE", "TND", "UYU", "CHE", "CHW", "XTS", "XXX", "BOV", "CLF", "COU",
    "MXV", "USN", "UYI", "UYW", "XSU", "XUA", "ZWL", "ZWG", "KES", "ILS",
})

#: Codes that may also be written in lower case (lower-cased text such as "20 usd"); none of
#: them is an English word.
LOWER_CASE_CODES = frozenset({"GBP", "USD", "EUR", "JPY", "CNY", "CHF", "AUD", "NZD", "HKD", "INR"})

#: Currency nouns from CLDR that are everyday English words first, so they are never read as a
#: currency after a bare number ("the team that won", "a real", "5 mark").
NOUNS_THAT_ARE_WORDS = frozenset({
    "real", "reals", "won", "mark", "marks", "rand", "dram", "drams", "kip", "sol", "soles",
    "lev", "leva", "leu", "lei", "som", "pula", "tala", "vatu", "loti", "lek", "colon", "colons",
    "pound", "pounds",  # handled with the weight checks below, not as bare nouns
    "unit", "units", "gold", "silver", "platinum", "palladium", "code", "codes", "testing",
    "rights", "drawing", "special", "bond", "bonds", "certificate", "certificates", "kina",
    "dollar", "dollars", "euro", "euros",  # listed explicitly above
    # nouns of CLDR's fund, accounting and testing codes, which no article means as money
    "account", "currency", "funds", "value", "mvdol", "mvdols", "cupon", "sucre", "sucres", "inti",
    "intis", "austral", "australs", "syli", "sylis", "ekwele", "uic-franc", "uic-francs", "liras",
})

#: ``pound`` is also a weight. Words just before the figure that make it one ...
WEIGHT_CUES_BEFORE = ("weigh", "weighs", "weighed", "weighing", "weight", "weights", "heavier", "lighter",
                      "lost", "lose", "losing", "gained", "gain", "put on", "shed", "heavy", "obese")
#: ... and nouns after a singular ``-pound`` that make it money (``a ten-pound note``): any
#: other noun there (``a twenty-pound bag``) is read as weight.
POUND_MONEY_NOUNS = ("note", "notes", "coin", "coins", "fine", "fines", "fee", "fees", "charge", "charges",
                     "bill", "bills", "bet", "bets", "voucher", "vouchers", "prize", "payment", "payments",
                     "donation", "gift", "tip", "levy", "cheque", "bonus", "ticket", "tickets", "deal", "note")

#: Words before a year that a currency word follows ("in 2019 dollars", "the 2024 euro summit"):
#: the figure is the year, not a sum.
YEAR_CUES_BEFORE = ("in", "the", "since", "during", "until", "till", "by", "of", "constant", "real-terms")

#: Display resolutions written like pence (``1080p``): never money.
VIDEO_RESOLUTIONS = frozenset({"144", "240", "360", "480", "576", "720", "1080", "1440", "2160", "4320"})

#: Words before a figure that qualify it, kept as the extraction's ``qualifier``. Longer first
#: (the pattern sorts them), so "just over" wins over "just".
QUALIFIERS = (
    "more than", "less than", "fewer than", "up to", "at least", "at most", "as much as", "as little as",
    "as many as", "in excess of", "upwards of", "no more than", "no less than", "not more than",
    "an extra", "a further", "an additional", "another", "around", "about", "almost", "nearly",
    "approximately", "roughly", "some", "over", "under", "below", "above", "just over", "just under",
    "well over", "well under", "only", "just", "an estimated", "estimated", "a record", "close to",
    "circa", "a maximum of", "a minimum of", "a mere", "a whopping", "an average of", "on average",
    "average", "a total of", "in the region of", "an eye-watering", "a staggering", "a massive",
)

#: Nouns a rate may be "a"/"an" of (``£13 a month``, ``£2.5m-a-year``, ``$98 a share``); after
#: ``per``, ``/``, ``each`` and ``every`` any noun will do.
RATE_NOUNS = (
    "year", "month", "week", "fortnight", "day", "night", "hour", "minute", "annum", "quarter",
    "head", "person", "patient", "pupil", "resident", "share", "pop", "dozen", "litre", "gallon",
    "kilo", "unit", "item", "session", "visit", "appointment", "shift", "consultation", "prescription",
    "time", "go", "term", "season", "game", "ticket", "piece", "bottle", "pack", "kg", "mile",
)

#: Rates written as letters straight after the figure, in lettings and salary ads: ``£950pcm``.
RATE_ABBREVIATIONS: dict[str, str] = {"pa": "year", "p.a.": "year", "pcm": "month", "pw": "week", "ph": "hour"}

#: Words a range may start with (``between £2bn and £3bn``, ``ranging from £5 to £10``). A
#: plain "from X to Y" is a change, not a range, so it yields two figures.
RANGE_OPENERS = ("between",)
RANGE_FROM_OPENERS = ("ranging from", "ranges from", "range from", "ranged from", "anything from", "anywhere from")


# -- tables read from CLDR -----------------------------------------------------------------------


def _current_currencies() -> dict[str, set[str]]:
    """ISO codes legal tender somewhere today, with the territories that use each."""
    today = _dt.date.today()
    found: dict[str, set[str]] = {}
    for territory, entries in get_global("territory_currencies").items():
        for code, start, end, tender in entries:
            if tender and (end is None or _dt.date(*end) >= today):
                found.setdefault(code, set()).add(territory)
    return found


CURRENT_CODES: frozenset[str] = frozenset(_current_currencies())

_ENGLISH = Locale.parse("en")

#: Every ISO 4217 code CLDR names in English, historic ones included (for names only).
ALL_CODES: frozenset[str] = frozenset(code for code in _ENGLISH.currencies if len(code) == 3 and code.isupper())


def _english_names() -> dict[str, set[str]]:
    """Lower-cased English currency names, singular and plural, each with the codes it names."""
    plurals = _ENGLISH._data["currency_names_plural"]
    names: dict[str, set[str]] = {}
    for code in ALL_CODES:
        if code.startswith("X") and code not in CURRENT_CODES:  # funds, metals, test codes
            continue
        forms = {_ENGLISH.currencies[code]}
        forms.update(plurals.get(code, {}).values())
        for form in forms:
            if form and "(" not in form:  # "French Franc (1807-1960)"-style variants are not news words
                names.setdefault(form.lower(), set()).add(code)
    return names


def _currency_words() -> dict[str, str]:
    """Each English currency word or name that names one currency, with that currency.

    Full names ("Swiss francs", "Japanese yen") come from CLDR; so do bare nouns (the last word
    of a name, "francs") when CLDR gives them to one current currency, or when
    :data:`DEFAULT_FOR_NOUN` says which one British news means.
    """
    words: dict[str, str] = {}
    nouns: dict[str, set[str]] = {}
    for name, codes in _english_names().items():
        current = {code for code in codes if code in CURRENT_CODES} or codes
        if len(current) == 1:
            words[name] = next(iter(current))
        noun = name.split()[-1]
        if " " in name:
            nouns.setdefault(noun, set()).update(current)
    for noun, codes in nouns.items():
        if noun in NOUNS_THAT_ARE_WORDS or noun in words:
            continue
        current = {code for code in codes if code in CURRENT_CODES}
        if noun in DEFAULT_FOR_NOUN:
            words[noun] = DEFAULT_FOR_NOUN[noun]
        elif len(current) == 1:
            words[noun] = next(iter(current))
        elif not current and len(codes) == 1:  # "markka", "guilders": historic but unambiguous
            words[noun] = next(iter(codes))
    for noun, code in DEFAULT_FOR_NOUN.items():
        words.setdefault(noun, code)
    words.update(EXTRA_CURRENCY_WORDS)
    for word in NOUNS_THAT_ARE_WORDS:
        if word not in DEFAULT_FOR_NOUN and word not in EXTRA_CURRENCY_WORDS:
            words.pop(word, None)
    return words


def _symbols() -> dict[str, str]:
    """Currency symbols and the currency each means.

    English locales first (``US$``, ``A$``, ``HK$``, ``₹``); then each currency's own sign as the
    locales of the territories that use it write it (``₡``, ``₾``, ``₭``), kept only when it is a
    Unicode currency sign that names one currency. :data:`PREFERRED_SYMBOLS` settles the rest.
    """
    candidates: dict[str, set[str]] = {}
    english = [ident for ident in localedata.locale_identifiers() if ident == "en" or ident.startswith("en_")]
    for ident in english:
        for code, symbol in localedata.load(ident, merge_inherited=False).get("currency_symbols", {}).items():
            if symbol and code in CURRENT_CODES and any(unicodedata.category(ch) == "Sc" for ch in symbol):
                candidates.setdefault(symbol, set()).add(code)
    symbols = {symbol: next(iter(codes)) for symbol, codes in candidates.items() if len(codes) == 1}
    known = set(localedata.locale_identifiers())
    native: dict[str, set[str]] = {}
    for code, territories in _current_currencies().items():
        for territory in territories:
            for language in languages.get_official_languages(territory):
                for ident in (f"{language}_{territory}", language):
                    if ident not in known:
                        continue
                    symbol = localedata.load(ident, merge_inherited=False).get("currency_symbols", {}).get(code)
                    if symbol and len(symbol) == 1 and unicodedata.category(symbol) == "Sc":
                        native.setdefault(symbol, set()).add(code)
    for symbol, codes in native.items():
        if len(codes) == 1:
            symbols.setdefault(symbol, next(iter(codes)))
    symbols.update(NEWSWIRE_SYMBOLS)
    symbols.update(PREFERRED_SYMBOLS)
    return symbols


#: Currency symbol -> ISO code.
SYMBOLS: dict[str, str] = _symbols()
#: Lower-cased currency word or name -> ISO code.
CURRENCY_WORDS: dict[str, str] = _currency_words()
#: Upper-case ISO codes read before or after a figure (``GBP 350``, ``500 USD``).
CODES: frozenset[str] = frozenset(code for code in CURRENT_CODES if code not in CODES_THAT_ARE_WORDS)
