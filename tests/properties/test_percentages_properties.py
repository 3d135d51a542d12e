"""Round trips for the percentages plugin: render a known value in a British style, embed it in
neutral text, and expect exactly that value and span back; plus invariants on any text.

Number words are rendered by ``num2words``, an independent source, so that a slip in the shared
number grammar fails here rather than agreeing with itself.
"""
from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st
from num2words import num2words

from gpcorpus import Document, Span
from gpcorpus_percentages import candidates, find_percentages
from gpcorpus_percentages.patterns import PERCENTAGE
from tests.conftest import run_plugin
from tests.strategies import any_text, filler_text

# -- rendering --------------------------------------------------------------------------------

#: Percent words and signs after a figure, as British outlets write them.
PERCENT_SUFFIXES = ("%", " per cent", " percent", "pc", " %", "\u00a0per cent")
#: After a number in words only the spaced percent words are written.
WORD_PERCENT_SUFFIXES = (" per cent", " percent", "\u00a0per cent", " per-cent")

#: Fractions in words and their values, as news writes them (``two-thirds``, ``three quarters``).
FRACTIONS = (
    ("half", Fraction(1, 2)), ("a half", Fraction(1, 2)), ("one half", Fraction(1, 2)),
    ("a third", Fraction(1, 3)), ("one third", Fraction(1, 3)), ("one-third", Fraction(1, 3)),
    ("two-thirds", Fraction(2, 3)), ("two thirds", Fraction(2, 3)),
    ("a quarter", Fraction(1, 4)), ("one quarter", Fraction(1, 4)), ("three quarters", Fraction(3, 4)),
    ("three-quarters", Fraction(3, 4)), ("a fifth", Fraction(1, 5)), ("two-fifths", Fraction(2, 5)),
    ("three fifths", Fraction(3, 5)), ("four-fifths", Fraction(4, 5)), ("a tenth", Fraction(1, 10)),
    ("a sixth", Fraction(1, 6)), ("an eighth", Fraction(1, 8)), ("seven-tenths", Fraction(7, 10)),
)

#: Who a share is of, after ``of`` or a proportion.
POPULATIONS = ("GPs", "practices in the region", "patients", "family doctors", "partners")

#: Qualifiers the issue asks to keep, and a few more British news uses.
QUALIFIERS = ("almost", "nearly", "about", "more than", "up to", "at least", "over", "around", "just under", "fewer than")

CAPITALISE = st.booleans()


@st.composite
def whole_percent(draw) -> tuple[Decimal, str]:
    """A whole percentage in digits or words: ``42%``, ``forty-two per cent``."""
    value = draw(st.integers(0, 1000))
    if draw(st.booleans()):
        figure = f"{value:,}" if draw(st.booleans()) else str(value)
        suffix = draw(st.sampled_from(PERCENT_SUFFIXES))
    else:
        # words take a spaced percent word: nobody writes "fortytwopc"
        figure = num2words(value, lang="en_GB")
        suffix = draw(st.sampled_from(WORD_PERCENT_SUFFIXES))
    return Decimal(value), figure + suffix


@st.composite
def decimal_percent(draw) -> tuple[Decimal, str]:
    """A percentage with a decimal part: ``4.5 per cent``, ``0.25%``, ``.5%``."""
    places = draw(st.integers(1, 2))
    units = draw(st.integers(0, 99 * 10**places))
    value = Decimal(units).scaleb(-places)
    figure = f"{value:.{places}f}"
    if figure.startswith("0.") and draw(st.booleans()):
        figure = figure[1:]  # ".5%"
    return value, figure + draw(st.sampled_from(PERCENT_SUFFIXES))


@st.composite
def fraction_share(draw) -> tuple[Decimal, str, str]:
    """A fraction of a population: ``a third of`` + `` GPs``; the span covers ``a third of``."""
    words, fraction = draw(st.sampled_from(FRACTIONS))
    if words.startswith(("a ", "an ")) or draw(CAPITALISE) is False:
        phrase = words
    else:
        phrase = words[0].upper() + words[1:]
    value = Decimal(fraction.numerator * 100) / Decimal(fraction.denominator)
    return value, f"{phrase} of", " " + draw(st.sampled_from(POPULATIONS))


@st.composite
def proportion(draw) -> tuple[Decimal, str, str]:
    """``one in ten``, ``3 in 4``, ``nine out of ten``, ``one in every five``, ``one-in-ten``."""
    whole = draw(st.sampled_from((2, 3, 4, 5, 6, 8, 10, 20, 50, 100, 200, 1000)))
    part = draw(st.integers(1, min(whole, 20)))
    def render(number: int) -> str:
        return str(number) if draw(st.booleans()) else num2words(number, lang="en_GB")
    joiner = draw(st.sampled_from((" in ", " out of ", " in every ", "-in-")))
    if joiner == "-in-":
        # the adjective ("a one-in-ten chance"): single words or digits only
        phrase = f"{render(part) if part < 100 else part}-in-{render(whole) if whole < 100 else whole}"
    else:
        phrase = render(part) + joiner + render(whole)
    value = Decimal(part * 100) / Decimal(whole)
    return value, phrase, " " + draw(st.sampled_from(POPULATIONS))


def plain(style):
    """A style that draws (value, phrase) as one with nothing after the span."""
    return style.map(lambda drawn: (drawn[0], drawn[1], ""))


STYLES = st.one_of(plain(whole_percent()), plain(decimal_percent()), fraction_share(), proportion())


#: Clauses that report a finding, ending in the conjunction ``that``, as news leads into a share.
REPORTING_CLAUSES = (
    "A survey found that", "Figures show that", "The BMA said that", "Research suggests that",
    "It was revealed that", "The report warned that", "Data published today showed that",
)


@st.composite
def percentage_in_text(draw, with_qualifier: bool = False):
    """A sentence holding one percentage: text, span of the figure, value, qualifier."""
    value, phrase, after_span = draw(STYLES)
    qualifier = draw(st.sampled_from(QUALIFIERS)) if with_qualifier else None
    before = draw(filler_text())
    reporting = draw(st.sampled_from(("", *REPORTING_CLAUSES)))
    if reporting:
        before = f"{before} {reporting}".lstrip()
        if not qualifier:
            phrase = phrase[0].lower() + phrase[1:]
    lead = f"{before} " + (f"{qualifier} " if qualifier else "")
    after = after_span + " said so. " + draw(filler_text())
    start = len(lead)
    return lead + phrase + after, Span(start, start + len(phrase)), value, qualifier


def _close(a: Decimal, b: Decimal) -> bool:
    # thirds and sixths are exact to the 28-digit decimal context, not beyond
    return abs(a - b) < Decimal("1e-20")


@given(percentage_in_text())
def test_percentage_is_recovered_exactly(case):
    text, span, value, _ = case
    found = [x for x in run_plugin("percentages", text) if x.kind == "percentage"]
    assert [x.span for x in found] == [span]
    assert _close(found[0].value, value)


@given(percentage_in_text(with_qualifier=True))
def test_qualifier_is_kept_apart_from_value_and_span(case):
    text, span, value, qualifier = case
    [percentage] = [x for x in run_plugin("percentages", text) if x.kind == "percentage"]
    assert percentage.span == span
    assert _close(percentage.value, value)
    assert percentage.qualifier == qualifier


@given(
    low=st.integers(0, 99),
    width=st.integers(1, 50),
    style=st.sampled_from(("{a}-{b}%", "{a}%-{b}%", "{a}\u2013{b} per cent", "between {a} and {b} per cent", "{a} to {b}%")),
    before=filler_text(),
)
def test_range_keeps_both_ends(low, width, style, before):
    high = low + width
    phrase = style.format(a=low, b=high)
    text = f"{before} {phrase} of GPs. "
    [percentage] = [x for x in run_plugin("percentages", text) if x.kind == "percentage"]
    assert percentage.text == phrase
    assert (percentage.low, percentage.high) == (low, high)
    assert percentage.value == Decimal(low + high) / 2


@given(value=st.decimals(min_value=0, max_value=100, places=1), before=filler_text())
def test_percentage_points_are_their_own_form(value, before):
    phrase = f"{value} percentage points"
    text = f"{before} Satisfaction rose by {phrase}. "
    [percentage] = [x for x in run_plugin("percentages", text) if x.kind == "percentage"]
    assert (percentage.text, percentage.value, percentage.form) == (phrase, value, "points")


# -- invariants on any text -------------------------------------------------------------------

FORMS = {"numeric", "verbal", "points"}


@given(any_text)
def test_invariants_on_any_text(text):
    document = Document.from_text(text)
    first = list(find_percentages(document, majority=True))
    again = list(find_percentages(Document.from_text(text), majority=True))
    assert first == again
    for percentage in first:
        assert 0 <= percentage.start <= percentage.end <= len(text)
        assert percentage.text == text[percentage.start:percentage.end]
        assert isinstance(percentage.value, Decimal)
        assert percentage.form in FORMS
        if percentage.form == "verbal":
            # a proportion is a part of a whole: more than nothing, at most all of it
            assert 0 < percentage.value <= 100
        if percentage.low is not None:
            assert percentage.low < percentage.value < percentage.high
            # the value of a range is the exact midpoint of its ends
            assert 2 * Fraction(percentage.value) == Fraction(percentage.low) + Fraction(percentage.high)
    # every extraction stands on its own piece of text
    spans = sorted((x.start, x.end) for x in first)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(spans, spans[1:]))


#: Words from every form the plugin reads, to shuffle into sentences that stress the scanner.
VOCABULARY_SOUP = (
    "42", "4.5", "1,200", "%", "per cent", "percent", "percents", "percentage", "percentages",
    "pc", "pp", "ppts", "points", "point", "of", "in", "out", "every", "between", "and", "to",
    "from", "minus", "one", "two", "ten", "twenty-one", "a", "an", "the", "hundred", "half", "a third",
    "two-thirds", "quarters", "one-in-ten", "-5", "majority", "minority", "more than", "almost",
    "up to", "rose", "by", "GPs", "said", ".", ",", "\n", "\n\n", "2019", "years",
)
#: One phrase of each form the scanner has an alternative for.
FORM_PHRASES = (
    "Percents of twenty", "Per cent of 210", "Percentage of 12", "3 percentage points", "2.5ppts",
    "4pp", "4\u00bd%", "42pc", "42 percents", "100 percentage", "nine out of ten", "one in every five",
    "One patient in four", "an overwhelming majority of", "a small minority said",
    "between 20 and 30%", "20-30 per cent", "a one-in-a-million", "four and a half per cent",
    "minus five percent", "two-thirds of", "Half said", "three quarters of", "one in a hundred",
    "more than half of", "\u22123%", "42\uff05",
)
soup_text = st.lists(st.sampled_from(VOCABULARY_SOUP + FORM_PHRASES), max_size=60).map(" ".join)
#: A phrase on its own in neutral text, with no other anchor near it to hide a missing one.
lone_phrase = st.builds(
    lambda before, phrase, after: f"{before} {phrase} {after}", filler_text(), st.sampled_from(FORM_PHRASES), filler_text()
)


@given(st.one_of(lone_phrase, soup_text, any_text, percentage_in_text().map(lambda case: case[0])))
def test_windowed_scan_equals_full_scan(text):
    # candidates() runs the scanner only near anchors; it must find exactly what a full scan finds
    assert [m.span() for m in candidates(text)] == [m.span() for m in PERCENTAGE.finditer(text)]


def test_long_adversarial_input_completes():
    # no timing assertion: it only has to finish (patterns must be linear, not backtrack)
    soups = (
        "1,0 .5m%'\u201c\u2019\"" * 16000,
        "9%-9 to 9 per cent " * 10000,
        "one in one in one of a third of half more than about " * 4000,
        "-1-1-1%-" * 25000,
        "1-2-3-4%" * 25000,  # every figure the possible end of a range with the next
        "one in " * 28000,  # every "one" the possible start of a proportion
        "1" + " " * 200000 + "%",
    )
    for soup in soups:
        for percentage in find_percentages(Document(id="soup", text=soup)):
            assert percentage.text == soup[percentage.start:percentage.end]
