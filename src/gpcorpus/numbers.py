"""The number grammar that plugins share: digits, number words, scale words and fractions.

British news writes the same quantity many ways: ``1,200``, ``1.2 thousand``, ``twelve hundred``,
``a third``, ``two-thirds``. This module gives regex fragments to build patterns from (each a
plain string, safe to embed in a larger ``regex`` pattern, with no capturing groups) and parsers
that turn a matched fragment into an exact :class:`~decimal.Decimal`.

>>> parse_number("1,234.5")
Decimal('1234.5')
>>> parse_number("twenty-five")
Decimal('25')
>>> parse_number("one hundred and twenty thousand")
Decimal('120000')
>>> parse_number("3.8bn")
Decimal('3800000000')
>>> parse_fraction("two-thirds")
Fraction(2, 3)
>>> parse_number("half a million")
Decimal('500000')
>>> parse_number("101 300")
Decimal('101300')
>>> midpoint(parse_number("10m"), parse_number("15m"))
Decimal('12500000')

Values are exact however many digits they have: arithmetic on figures runs in a local context
sized to its operands (:func:`exact_context`), never in the default 28-digit one, and a step that
would round raises :class:`InexactFigure` instead of passing silently.

>>> parse_number("1234567890123456789012345678.9")
Decimal('1234567890123456789012345678.9')
>>> parse_number("99999999999999999999999999999.5bn")
Decimal('99999999999999999999999999999500000000')
"""
from __future__ import annotations

from decimal import MAX_EMAX, MIN_EMIN, Context, Decimal, Inexact, InvalidOperation
from collections.abc import Callable, Iterable
from fractions import Fraction

import regex

__all__ = [
    "DIGITS",
    "GROUPED_DIGITS",
    "NUMBER_WORDS",
    "NUMBER_WORDS_CORE",
    "SCALE_WORDS",
    "SCALED_FRACTION",
    "NUMBER",
    "SCALE",
    "FRACTION",
    "UNITS",
    "TENS",
    "SCALES",
    "FRACTION_DENOMINATORS",
    "parse_digits",
    "parse_number_words",
    "parse_number",
    "parse_fraction",
    "parse_scaled_fraction",
    "scale_of",
    "percent_of_fraction",
    "midpoint",
    "InexactFigure",
    "exact_context",
    "exact_sum",
    "exact_product",
    "quotient",
    "REPEATING_DIGITS",
    "scaled",
    "whole_if_integral",
]

# -- vocabulary ----------------------------------------------------------------------------

#: Number words below twenty. English has no well-kept machine-readable table of these that is
#: lighter than writing them out; the property tests render numbers with ``num2words`` instead,
#: an independent source, so a slip here fails a test.
UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}

#: Scale words and their abbreviations as news writes them after a figure (``£3.8bn``,
#: ``£5k``, ``$2 mln``). Single letters are only safe straight after digits; patterns that use
#: :data:`SCALE` must demand that themselves.
SCALES: dict[str, int] = {
    "hundred": 10**2,
    "thousand": 10**3, "k": 10**3, "grand": 10**3,
    "million": 10**6, "millions": 10**6, "mn": 10**6, "mln": 10**6, "mill": 10**6, "m": 10**6,
    "billion": 10**9, "billions": 10**9, "bn": 10**9, "bln": 10**9, "b": 10**9,
    "trillion": 10**12, "trillions": 10**12, "tn": 10**12, "trn": 10**12,
    # South Asian scales, as British coverage of India and Pakistan writes them ("35 lakh").
    "lakh": 10**5, "lakhs": 10**5, "crore": 10**7, "crores": 10**7,
}

#: The scale words that count in words as well as after digits (``five million``), smallest first.
SCALE_WORDS: dict[str, int] = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}

#: Denominators of fractions in words, singular and plural.
FRACTION_DENOMINATORS: dict[str, int] = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
    "tenth": 10, "tenths": 10,
}


def _alternation(words: Iterable[str]) -> str:
    # Longest first, so that "seventeen" is tried before "seven" and "billion" before "b".
    return "|".join(sorted((regex.escape(w) for w in words), key=len, reverse=True))


# -- regex fragments -------------------------------------------------------------------------

_UNIT = _alternation(UNITS)
_TEN = _alternation(TENS)
_BELOW_HUNDRED = rf"(?:(?:{_TEN})(?:[-\s](?:{_UNIT}))?|(?:{_UNIT}))"
_BELOW_THOUSAND = rf"(?:(?:{_BELOW_HUNDRED}|a)\s+hundred(?:\s+(?:and\s+)?{_BELOW_HUNDRED})?|{_BELOW_HUNDRED})"
_BIG = r"(?:thousand|million|billion|trillion)"

# Groups of thousands are taken possessively, one at a time, each only when another group or
# no digit follows it: the same figure that backtracking would settle on (``1,234`` of
# ``1,234,5678``), but the regex engine gives back each group of a run at a cost that grows with
# the run, so that trying a long run of groups and backing off cost its square.
_COMMA_GROUPS = r"(?:,\d{3}(?=,\d{3}|(?!\d)))++"
_SPACE = r"[ \u00a0\u202f\u2009]"
_SPACE_GROUPS = rf"(?:{_SPACE}\d{{3}}(?={_SPACE}\d{{3}}|(?!\d)))++"

#: A figure in digits: ``1,234``, ``1,234,567.89``, ``3.8``, ``0.5``, ``.5``. Thousands are
#: grouped by commas; the fragment will not start or end inside a longer run of digits.
DIGITS = rf"(?<![\d.,])(?:\d{{1,3}}{_COMMA_GROUPS}(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(?![\d])"

#: A figure in digits whose thousands may also be grouped by a space, as some British outlets
#: and style guides write them (``£101 300``, ``10 000``; a no-break or thin space too), or
#: in lakhs and crores as Indian sources write them (``12,34,567``). A run
#: of space-separated groups must be three digits each; like :data:`DIGITS` it will not start
#: inside a longer figure, so ``2019 100`` is not read as one number.
GROUPED_DIGITS = (
    rf"(?<![\d.,])(?:\d{{1,3}}{_COMMA_GROUPS}(?:\.\d+)?"
    r"|\d{1,2}(?:,\d{2}(?=,\d))++,\d{3}(?:\.\d+)?"  # Indian grouping: 12,34,567.89
    # a space-grouped run never starts just after another figure and a space, which keeps a
    # scan over "1 000 000 ..." linear and "2019 100" apart
    rf"|(?<!\d{_SPACE})\d{{1,3}}{_SPACE_GROUPS}(?:\.\d+)?"
    r"|\d+(?:\.\d+)?|\.\d+)(?![\d])"
)

#: :data:`NUMBER_WORDS` without its boundary assertions, for patterns that put their own
#: around it (``twenty-pound`` ends in a hyphen, which :data:`NUMBER_WORDS` refuses).
NUMBER_WORDS_CORE = (
    rf"(?:{_BELOW_THOUSAND})(?:\s+{_BIG}(?:,?\s+(?:and\s+)?{_BELOW_THOUSAND}(?:\s+{_BIG})?){{0,4}})?"
)

#: A whole number in words, up to the trillions: ``twenty-five``, ``a hundred and ten``,
#: ``three hundred thousand``, ``one million two hundred thousand``. Bounded repetition only.
NUMBER_WORDS = rf"(?<![\w-]){NUMBER_WORDS_CORE}(?![\w-])"

#: A scale word or abbreviation (see :data:`SCALES`).
SCALE = rf"(?:{_alternation(SCALES)})"

#: Digits or number words.
NUMBER = rf"(?:{DIGITS}|{NUMBER_WORDS})"

_NUMERATOR = r"(?:one|a|an|two|three|four|five|six|seven|eight|nine|\d)"
#: A fraction in words: ``half``, ``a third``, ``two-thirds``, ``three quarters``, ``one fifth``.
FRACTION = rf"(?<![\w-])(?:(?:{_NUMERATOR})[-\s]+)?(?:{_alternation(FRACTION_DENOMINATORS)})(?![\w-])"

#: A fraction of a scale word: ``half a million``, ``a quarter of a billion``, ``three-quarters
#: of a million``, ``a half-million``, ``quarter million``. No boundary after it, so that
#: ``half-million-pound`` can be matched by a larger pattern.
SCALED_FRACTION = (
    rf"(?<![\w-])(?:(?:{_NUMERATOR})[-\s]+)?(?:half|thirds?|quarters?)"
    rf"[-\s]+(?:of[-\s]+)?(?:an?[-\s]+)?(?:{_BIG})"
)


# -- exact arithmetic ------------------------------------------------------------------------


class InexactFigure(ArithmeticError):
    """A figure whose value cannot be written exactly as a :class:`~decimal.Decimal`.

    Raised instead of rounding; a plugin that catches it refuses that one figure, with this
    message as the reason, and keeps the others.
    """


def _span_of(value: Decimal) -> int:
    """Decimal places a value needs, from its leading digit down to its last one."""
    sign, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int):  # NaN or infinity: no figure the patterns can read
        raise InexactFigure(f"not a finite figure: {value}")
    return len(digits) + abs(exponent)


def exact_context(*operands: Decimal) -> Context:
    """A decimal context in which sums and products of ``operands`` (and their division by a
    power of ten) are exact, whatever their size; any step that would round raises.

    The default context keeps 28 significant digits and rounds past them silently; this one
    keeps as many as the operands can need and traps :class:`~decimal.Inexact` (a rounding
    that loses a digit), so arithmetic in it is exact or fails loudly. Use it as
    ``with localcontext(exact_context(a, b)):`` or pass it to :class:`~decimal.Decimal`'s
    methods.
    """
    precision = sum(_span_of(operand) for operand in operands) + 2
    return Context(prec=max(28, precision), Emax=MAX_EMAX, Emin=MIN_EMIN, traps=[InvalidOperation, Inexact])


#: Where arithmetic on figures is tried first: the default context's precision, but a rounding
#: raises. Most figures fit, and sizing a context to the operands costs more than the sum.
_FIRST_TRY = Context(prec=28, Emax=MAX_EMAX, Emin=MIN_EMIN, traps=[InvalidOperation, Inexact])


def _exactly(operation: Callable[[Context], Decimal], *operands: Decimal) -> Decimal:
    try:
        return Decimal(operation(_FIRST_TRY))
    except (Inexact, InvalidOperation):
        pass  # too many digits for 28: again, with as many as the operands need
    context = exact_context(*operands)
    try:
        return Decimal(operation(context))
    except (Inexact, InvalidOperation) as error:
        shown = ", ".join(str(operand) if len(str(operand)) <= 40 else f"a {len(str(operand))}-character figure"
                          for operand in operands)
        raise InexactFigure(f"{shown}: no exact value ({type(error).__name__})") from None


def whole_if_integral(value: Decimal) -> Decimal:
    """``value`` exactly, written without an exponent or trailing zeros after the point.

    A whole number loses its ``.0`` (``3.8 x 10**9`` is ``3800000000``), a fraction its trailing
    zeros (``0.50`` is ``0.5``); nothing is rounded however many digits there are.
    """
    def tidy(context: Context) -> Decimal:
        if value == value.to_integral_value(context=context):
            return value.quantize(Decimal(1), context=context)
        return value.normalize(context)

    return _exactly(tidy, value)


def scaled(number: Decimal, scale: Decimal, divisor: int = 1) -> Decimal:
    """``number * scale / divisor`` exactly, tidied by :func:`whole_if_integral`.

    :param divisor: A power of ten (100 for a minor unit: ``50p`` is 50 / 100 pounds).
    :raises InexactFigure: if ``divisor`` is not a power of ten, so that the result would round.
    """
    divisor_value = Decimal(divisor)
    value = _exactly(lambda context: context.divide(context.multiply(number, scale), divisor_value),
                     number, scale, divisor_value)
    return whole_if_integral(value)


def exact_sum(*values: Decimal) -> Decimal:
    """The sum of ``values``, exactly, written as :class:`~decimal.Decimal` writes it (``4.50 + 0``
    is ``4.50``; tidy it with :func:`whole_if_integral`)."""
    def add(context: Context) -> Decimal:
        total = values[0] if values else Decimal(0)
        for value in values[1:]:
            total = context.add(total, value)
        return total

    return _exactly(add, *values)


def exact_product(*values: Decimal) -> Decimal:
    """The product of ``values``, exactly, written as :class:`~decimal.Decimal` writes it."""
    def multiply(context: Context) -> Decimal:
        total = values[0] if values else Decimal(1)
        for value in values[1:]:
            total = context.multiply(total, value)
        return total

    return _exactly(multiply, *values)


#: Significant digits kept of a quotient whose decimals never end (a third is 0.333...), as in
#: the default decimal context.
REPEATING_DIGITS = 28


def quotient(numerator: Decimal, denominator: Decimal) -> Decimal:
    """``numerator / denominator``: exact when its decimals end (``1 / 8`` is ``0.125`` however
    many digits either has), else rounded to :data:`REPEATING_DIGITS` significant digits
    (``1 / 3``), the one rounding no finite decimal can avoid.

    :raises ZeroDivisionError: for a zero denominator.
    """
    if not denominator:
        raise ZeroDivisionError(f"{numerator} / 0")
    # a quotient that ends has at most the numerator's digits plus 3.33 per digit of the denominator
    context = exact_context(numerator, denominator, denominator, denominator, denominator)
    try:
        return context.divide(numerator, denominator)
    except Inexact:
        return Context(prec=REPEATING_DIGITS, Emax=MAX_EMAX, Emin=MIN_EMIN).divide(numerator, denominator)


# -- parsers ---------------------------------------------------------------------------------


_SEPARATORS = regex.compile(r"[,\s\u00a0\u202f\u2009]")


def parse_digits(text: str) -> Decimal:
    """The exact value of a figure written in digits, with commas or spaces between thousands.

    :raises ValueError: if ``text`` is not such a figure.
    """
    cleaned = _SEPARATORS.sub("", text)
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(f"not a figure in digits: {text!r}") from None


_LETTER_WORDS = regex.compile(r"[a-z]+")
_FRACTION_PARTS = regex.compile(r"[a-z0-9]+")


def parse_number_words(text: str) -> Decimal | None:
    """The value of a whole number written in words, or ``None`` if ``text`` is not one.

    ``a hundred`` is 100, ``twenty-five`` 25, ``two million three hundred thousand`` 2300000.
    """
    words = _LETTER_WORDS.findall(text.lower())
    if not words:
        return None
    total = 0
    current = 0
    seen_number = False
    for word in words:
        if word == "and":
            continue
        if word in SCALE_WORDS and current == 0 and 0 < total < SCALE_WORDS[word]:
            # "a thousand million": the older British billion multiplies what came before
            total *= SCALE_WORDS[word]
            seen_number = True
            continue
        if word in ("a", "an"):
            current += 1
            continue
        if word in UNITS:
            current += UNITS[word]
            seen_number = True
        elif word in TENS:
            current += TENS[word]
            seen_number = True
        elif word == "hundred":
            current = max(current, 1) * 100
            seen_number = True
        elif word in ("thousand", "million", "billion", "trillion"):
            total += max(current, 1) * SCALES[word]
            current = 0
            seen_number = True
        else:
            return None
    if not seen_number:
        return None
    return Decimal(total + current)


def scale_of(word: str) -> Decimal:
    """The multiplier of a scale word or abbreviation: ``bn`` is 10**9.

    :raises KeyError: for a word that is not a scale.
    """
    return Decimal(SCALES[word.lower().strip(" .")])


_SCALED = regex.compile(rf"^\s*({GROUPED_DIGITS}|{NUMBER_WORDS}|a|an)\s*-?\s*({SCALE})?\s*$", regex.IGNORECASE)
_SCALED_FRACTION = regex.compile(rf"^\s*{SCALED_FRACTION}\s*$", regex.IGNORECASE)


def parse_scaled_fraction(text: str) -> Decimal | None:
    """The value of a fraction of a scale word: ``half a million`` is 500000.

    :returns: The exact value, or ``None`` when ``text`` is not such a phrase or its value is
        not a whole number (``a third of a million``).
    """
    if _SCALED_FRACTION.match(text) is None:
        return None
    words = _FRACTION_PARTS.findall(text.lower())
    scale = SCALE_WORDS[words[-1]]
    fraction_words = [w for w in words[:-1] if w not in ("of", "a", "an")] or []
    if words[0] in ("a", "an") and len(fraction_words) == 1:
        fraction_words = ["a", *fraction_words]
    fraction = parse_fraction(" ".join(fraction_words))
    if fraction is None:
        return None
    value = fraction * scale
    if value.denominator != 1:
        return None
    return Decimal(value.numerator)


def parse_number(text: str) -> Decimal | None:
    """The value of a number in digits or words, with an optional scale: ``3.8bn``, ``five million``.

    Digits may group thousands by commas or spaces (``£101 300``); a fraction of a scale word
    (``half a million``) is read by :func:`parse_scaled_fraction`.

    :returns: The exact value, or ``None`` when ``text`` is not a number this grammar reads.
    """
    match = _SCALED.match(text)
    if match is None:
        return parse_scaled_fraction(text)
    head, scale = match.group(1), match.group(2)
    if head[0].isdigit() or head[0] == ".":
        value = parse_digits(head)
    elif head.lower() in ("a", "an"):
        if not scale:
            return None
        value = Decimal(1)
    else:
        words = parse_number_words(head)
        if words is None:
            return None
        value = words
    if scale:
        value = scaled(value, scale_of(scale))
    return value


def parse_fraction(text: str) -> Fraction | None:
    """The value of a fraction in words: ``half`` is 1/2, ``two-thirds`` 2/3, ``a quarter`` 1/4.

    :returns: The fraction, or ``None`` if ``text`` is not one.
    """
    words = _FRACTION_PARTS.findall(text.lower())
    if not words or words[-1] not in FRACTION_DENOMINATORS:
        return None
    denominator = FRACTION_DENOMINATORS[words[-1]]
    if len(words) == 1:
        numerator = 1
    elif len(words) == 2:
        head = words[0]
        if head in ("a", "an", "one"):
            numerator = 1
        elif head.isdigit():
            numerator = int(head)
        elif head in UNITS:
            numerator = UNITS[head]
        else:
            return None
    else:
        return None
    if numerator == 0 or numerator > denominator:
        return None
    return Fraction(numerator, denominator)


def percent_of_fraction(fraction: Fraction) -> Decimal:
    """A fraction in percent units, exact where it can be: 1/4 is 25, 1/3 is 33.333... (28 digits)."""
    return Decimal(fraction.numerator * 100) / Decimal(fraction.denominator)


def midpoint(low: Decimal, high: Decimal) -> Decimal:
    """The exact middle of a range, the single figure that stands for it: 10 and 15 give 12.5.

    Worked in whole numbers, so no context precision can round it; written without trailing
    zeros or an exponent (``£10m-£15m`` gives ``12500000``, ``4.5 to 5.5`` gives ``5``).
    """
    half = (Fraction(low) + Fraction(high)) / 2
    # halving adds at most one decimal place to the longer of the two figures
    # a finite figure's exponent is an int ('n', 'N', 'F' mark NaN and infinity, never passed here)
    places = max(0, -int(low.as_tuple().exponent), -int(high.as_tuple().exponent)) + 1
    digits = half.numerator * 10**places // half.denominator
    while places and digits % 10 == 0:
        digits //= 10
        places -= 1
    whole = Decimal(digits)  # exact from an int of any size; a str() of it may be refused past 4300 digits
    if places == 0:
        return whole
    sign, decimal_digits, _ = whole.as_tuple()
    return Decimal((sign, decimal_digits, -places))
