"""The types gpcorpus works with: documents, spans, and what plugins extract from them.

Every type is immutable (``attrs.frozen``, slotted). Extractions point back into
:attr:`Document.text` by character offsets, and :meth:`Extraction.found` is the one way plugins
should build them, so that ``extraction.text == document.text[start:end]`` always holds.
"""
from __future__ import annotations

import bisect
import datetime as _dt
from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal
from typing import Any, ClassVar, TypeVar

import attrs
from attrs import field, frozen, validators

__all__ = [
    "Span",
    "Block",
    "Document",
    "Extraction",
    "Money",
    "Percentage",
    "Quote",
    "Clause",
    "Motion",
    "Comment",
    "Claim",
    "PluginInfo",
    "PluginConfig",
    "exact_decimal",
]


def exact_decimal(value: Any) -> Decimal:
    """Convert ``value`` to a :class:`~decimal.Decimal`, refusing floats: figures must be exact.

    :raises TypeError: for a float or any other type that is not int, str or Decimal.
    """
    if isinstance(value, Decimal):
        return value
    if isinstance(value, bool) or isinstance(value, float):
        raise TypeError(f"figures must be exact: got the float {value!r}; pass a str or Decimal")
    if isinstance(value, (int, str)):
        return Decimal(value)
    raise TypeError(f"cannot make an exact figure from {type(value).__name__} {value!r}")


def _optional_decimal(value: Any) -> Decimal | None:
    return None if value is None else exact_decimal(value)


def _strings(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


@frozen
class Span:
    """A half-open range ``[start, end)`` of character offsets into :attr:`Document.text`."""

    start: int = field(validator=validators.ge(0))
    end: int = field()

    @end.validator
    def _end_not_before_start(self, attribute: attrs.Attribute[int], value: int) -> None:
        if value < self.start:
            raise ValueError(f"span end {value} is before its start {self.start}")

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        """Whether the two spans share at least one character."""
        return max(self.start, other.start) < min(self.end, other.end)

    def contains(self, other: Span) -> bool:
        """Whether ``other`` lies entirely inside this span."""
        return self.start <= other.start and other.end <= self.end


#: The roles a :class:`Block` of a document can have.
BLOCK_ROLES = ("headline", "standfirst", "body", "comment", "boilerplate")


@frozen(kw_only=True)
class Block:
    """One structural part of a document: a headline, a paragraph, a reader comment, site chrome."""

    #: One of ``headline``, ``standfirst``, ``body``, ``comment`` or ``boilerplate``.
    role: str = field(validator=validators.in_(BLOCK_ROLES))
    span: Span
    #: For a ``comment`` block: the commenter's name, or ``None`` for an anonymous comment.
    author: str | None = None
    #: For a ``comment`` block: where the author's name is written, when it is.
    author_span: Span | None = None


def _in_document_order(blocks: Any) -> tuple[Block, ...]:
    return tuple(sorted(blocks, key=lambda block: (block.span.start, block.span.end)))


@frozen(kw_only=True)
class Document:
    """One article: its text exactly as read, what is known about it, and its structure.

    Offsets everywhere in gpcorpus index :attr:`text`. Build one with :func:`gpcorpus.read` (a
    file) or :meth:`Document.from_text` (a string); both find the structure for you.
    """

    #: The document's id: the file name without its extension, or the one given.
    id: str
    #: The text exactly as read (decoded as UTF-8, newlines as Python's text mode reads them).
    text: str = field(repr=False)
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: _dt.date | None = None
    #: Where the document was read from, when it came from a file.
    path: str | None = None
    #: Headline, standfirst, paragraphs, comments and boilerplate, in document order.
    blocks: tuple[Block, ...] = field(default=(), converter=_in_document_order, repr=False)
    #: The count printed in a "Readers' comments (N)" header, when the page has one.
    declared_comments: int | None = None
    _block_starts: tuple[int, ...] = field(init=False, repr=False, eq=False)
    _chrome: tuple[Span, ...] = field(init=False, repr=False, eq=False)
    _chrome_ends: tuple[int, ...] = field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        # Extractors and the pipeline ask about positions for every match: keep those binary searches.
        object.__setattr__(self, "_block_starts", tuple(block.span.start for block in self.blocks))
        chrome = tuple(block.span for block in self.blocks if block.role == "boilerplate" and block.span.end > block.span.start)
        object.__setattr__(self, "_chrome", chrome)
        object.__setattr__(self, "_chrome_ends", tuple(span.end for span in chrome))

    @classmethod
    def from_text(cls, text: str, id: str = "text", **metadata: Any) -> Document:
        """Make a document of ``text`` with its structure found by :mod:`gpcorpus.structure`."""
        from gpcorpus.structure import analyse

        structure = analyse(text)
        metadata.setdefault("title", structure.title)
        metadata.setdefault("published", structure.published)
        metadata.setdefault("outlet", structure.outlet)
        metadata.setdefault("url", structure.url)
        return cls(
            id=id,
            text=text,
            blocks=structure.blocks,
            declared_comments=structure.declared_comments,
            **metadata,
        )

    def blocks_of(self, *roles: str) -> Iterator[Block]:
        """The blocks with any of the given roles, in document order."""
        return (block for block in self.blocks if block.role in roles)

    def block_at(self, offset: int) -> Block | None:
        """The block that contains the character at ``offset``, if any."""
        index = bisect.bisect_right(self._block_starts, offset) - 1
        # Blocks do not nest, but a zero-width one may share a start with the next: look back a step.
        while index >= 0:
            block = self.blocks[index]
            if block.span.start <= offset < block.span.end:
                return block
            if block.span.end <= offset and block.span.start < offset:
                return None
            index -= 1
        return None

    def is_boilerplate(self, span: Span) -> bool:
        """Whether ``span`` touches site chrome that nothing should be extracted from."""
        # Chrome spans do not overlap one another, so their ends are sorted like their starts.
        index = bisect.bisect_right(self._chrome_ends, span.start)
        return index < len(self._chrome) and self._chrome[index].overlaps(span)

    @property
    def comments(self) -> tuple[Block, ...]:
        """The reader-comment blocks, in document order."""
        return tuple(self.blocks_of("comment"))


E = TypeVar("E", bound="Extraction")


@frozen(kw_only=True)
class Extraction:
    """Something a plugin found in a document, and exactly where.

    Subclasses set :attr:`kind` and add their values. A third-party plugin may subclass it for a
    kind of its own; its extra fields are written to the JSON record as they are.
    """

    kind: ClassVar[str] = "extraction"
    #: Read-only properties written to the record after the fields (``content`` for a quote).
    record_properties: ClassVar[tuple[str, ...]] = ()
    doc_id: str
    span: Span
    #: Always ``document.text[span.start:span.end]``.
    text: str
    #: Entry-point name of the plugin that produced it; the pipeline fills it in.
    plugin: str = ""

    @classmethod
    def found(cls: type[E], document: Document, start: int, end: int, **values: Any) -> E:
        """Make an extraction of ``document.text[start:end]``: the text is sliced, never retyped."""
        if not 0 <= start <= end <= len(document.text):
            raise ValueError(f"span {start}:{end} is outside document {document.id!r} of length {len(document.text)}")
        return cls(doc_id=document.id, span=Span(start, end), text=document.text[start:end], **values)

    @property
    def start(self) -> int:
        return self.span.start

    @property
    def end(self) -> int:
        return self.span.end

    def summary(self) -> str:
        """The values a person wants to see first, as one short line (the table's last column).

        Each kind overrides it; the default lists the first few of the kind's own fields that
        have a value, so that a third-party kind prints something useful without writing one.

        >>> Extraction.found(Document(id="d", text="ENOUGH"), 0, 6).summary()
        ''
        """
        shown = []
        for f in attrs.fields(type(self)):
            value = getattr(self, f.name)
            if f.name in _COMMON_FIELDS or value is None or value == ():
                continue
            shown.append(f"{f.name}={_short(value)}")
            if len(shown) == 3:
                break
        return ", ".join(shown)


#: The fields every extraction has, which :meth:`Extraction.summary` leaves out.
_COMMON_FIELDS = frozenset({"doc_id", "span", "text", "plugin"})


def _short(value: Any) -> str:
    """A value as a person reads it: decimals without exponents, spans as ``start-end``."""
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, Span):
        return f"{value.start}-{value.end}"
    if isinstance(value, tuple):
        return f"[{len(value)}]"
    return str(value)


@frozen(kw_only=True)
class Money(Extraction):
    """A sum of money in units of its currency: ``£3.8bn`` is 3800000000 GBP, ``50p`` is 0.50 GBP."""

    kind: ClassVar[str] = "money"
    amount: Decimal = field(converter=exact_decimal)
    #: ISO 4217 code.
    currency: str = field(validator=validators.matches_re(r"[A-Z]{3}"))
    #: For a range (``£10m-£15m``): its ends. :attr:`amount` is then their midpoint (12500000).
    low: Decimal | None = field(default=None, converter=_optional_decimal)
    high: Decimal | None = field(default=None, converter=_optional_decimal)
    #: A qualifier the text puts on the figure: ``around``, ``more than``, ``up to``, ``an extra``...
    qualifier: str | None = None
    #: What the sum is per, for a rate: ``year`` for ``£150m a year``, ``patient per year``...
    per: str | None = None

    def summary(self) -> str:
        """``3800000000 GBP``; a range as ``10000000-15000000 GBP``; a rate adds ``per year``."""
        text = f"{_short(self.amount)} {self.currency}"
        if self.high is not None and self.low is not None:
            text = f"{_short(self.low)}-{_short(self.high)} {self.currency}"
        if self.per:
            text += f" per {self.per}"
        return text


@frozen(kw_only=True)
class Percentage(Extraction):
    """A percentage or proportion in percent units: ``one in ten`` is 10, ``a third`` is 33.33..."""

    kind: ClassVar[str] = "percentage"
    value: Decimal = field(converter=exact_decimal)
    #: ``numeric`` (``42%``, ``seven per cent``), ``verbal`` (``a third of``) or ``points``
    #: (a change in percentage points, which is not a percentage of anything).
    form: str = "numeric"
    #: For a range (``20-30%``): its ends. :attr:`value` is then their midpoint (25).
    low: Decimal | None = field(default=None, converter=_optional_decimal)
    high: Decimal | None = field(default=None, converter=_optional_decimal)
    qualifier: str | None = None
    #: What the figure is a share of, where the sentence says (``of doctors in the North-East``).
    population: str | None = None
    #: ``share`` (a part of a whole) or ``change`` (``increase funding by 4.5 per cent``), when clear.
    role: str | None = None

    def summary(self) -> str:
        """``42% (numeric)``."""
        return f"{_short(self.value)}% ({self.form})"


@frozen(kw_only=True)
class Quote(Extraction):
    """Words someone is said to have said or written, and who.

    The span covers the spoken words: for a direct quote the words inside the marks, for
    reported speech the reported clause.
    """

    kind: ClassVar[str] = "quote"
    record_properties: ClassVar[tuple[str, ...]] = ("content",)
    #: The speaker as the document names them most fully, pronouns and short forms resolved;
    #: ``None`` when nobody is said to have said it (a scare quote).
    speaker: str | None = None
    #: Where the mention that names the speaker stands (the pronoun itself, for ``He said``).
    speaker_span: Span | None = None
    #: The reporting words: ``said``, ``told Pulse``, ``added``, ``according to``.
    cue: str | None = None
    #: ``direct``, ``partial``, ``indirect`` (reported speech without marks) or ``scare``.
    form: str = "direct"
    #: The speaker's role or affiliation from an apposition (``a Middlesbrough GP``).
    role: str | None = None

    @property
    def content(self) -> str:
        """The words spoken."""
        return self.text

    def summary(self) -> str:
        """``Dr Jane Smith [direct]``; ``?`` for nobody named."""
        return f"{self.speaker or '?'} [{self.form}]"


@frozen(kw_only=True)
class Clause:
    """One numbered or lettered clause of a motion."""

    #: The label as a plain lowercase token (``i``, ``a``, ``3``), or ``-`` for a bullet or dash.
    label: str
    text: str
    span: Span
    #: The clause's own result when voted on separately (``carried``, ``lost``...).
    outcome: str | None = None


def _clauses(clauses: Iterable[Clause]) -> tuple[Clause, ...]:
    return tuple(clauses)


#: The outcomes a motion or clause can have.
OUTCOMES = ("carried", "lost", "withdrawn", "referred")


@frozen(kw_only=True)
class Motion(Extraction):
    """A conference or committee motion: who proposed it, its clauses, and what became of it."""

    kind: ClassVar[str] = "motion"
    #: The agenda number (``19`` for ``19a``), or ``None`` for a motion reported in prose.
    number: int | None = None
    #: The agenda label as printed, with any amendment letter (``19a``, ``AR``).
    label: str | None = None
    #: The body the agenda names as proposer (``Hillingdon``), title-cased as written.
    proposer: str | None = None
    #: The words before the clauses (``That conference, with regard to PCNs:``).
    preamble: str | None = None
    clauses: tuple[Clause, ...] = field(default=(), converter=_clauses)
    outcome: str | None = field(default=None, validator=validators.optional(validators.in_(OUTCOMES)))
    #: ``agenda`` for a motion's own text, ``reported`` for one reported in prose.
    form: str = "agenda"
    #: Whether it is an amendment or rider to another motion.
    amendment: bool = False
    votes_for: int | None = None
    votes_against: int | None = None
    #: A share of the vote in favour, in percent, when the text gives one.
    vote_share: Decimal | None = field(default=None, converter=_optional_decimal)
    #: The person who proposed or moved it, when the text names one.
    proposed_by: str | None = None

    def summary(self) -> str:
        """``19a Hillingdon carried clauses=3``."""
        parts = [str(self.label or self.number or "-"), self.proposer, self.outcome, f"clauses={len(self.clauses)}"]
        return " ".join(part for part in parts if part)


@frozen(kw_only=True)
class Comment(Extraction):
    """A reader comment under an article.

    Its span covers the whole comment: from the author's name, when the page gives one, to the
    end of the comment's text.
    """

    kind: ClassVar[str] = "comment"
    #: The commenter's name, or ``None`` for an anonymous comment.
    author: str | None = None

    def summary(self) -> str:
        """``by Jane Smith``, or ``by anonymous``."""
        return f"by {self.author or 'anonymous'}"


@frozen(kw_only=True)
class Claim(Extraction):
    """A figure tied to who asserts it, about what and when.

    Made in the link phase (the built-in ``claims`` plugin makes one for every money and
    percentage extraction). Its span covers the sentence that states the figure.
    """

    kind: ClassVar[str] = "claim"
    #: Span of the money or percentage extraction the claim is about.
    figure_span: Span
    #: The kind of that extraction: ``money`` or ``percentage``.
    figure_kind: str | None = None
    #: The person or body who asserts it, or ``None`` when the article asserts it itself.
    speaker: str | None = None
    #: How the speaker was found: the quote's reporting words (``said``, ``told Pulse``), or
    #: ``according to``, ``figures from``, ``survey by``, ``comment``, ``motion``.
    cue: str | None = None
    #: What the figure is about, where the sentence says: ``GPs`` for ``42% of GPs``,
    #: ``general practice`` for ``£2.4bn for general practice``.
    subject: str | None = None
    #: The time the figure holds for, as the sentence writes it: ``in 2015/16``, ``by 2020``,
    #: ``last year``.
    period: str | None = None
    #: When the claim was made: the document's publication date, when the page gives one.
    date: _dt.date | None = None

    def summary(self) -> str:
        """``'£2.4bn': The BMA, about general practice, by 2020``."""
        figure = self.text[self.figure_span.start - self.span.start:self.figure_span.end - self.span.start]
        parts = [f"{figure!r}: {self.speaker or 'the article'}"]
        if self.subject:
            parts.append(f"about {self.subject}")
        if self.period:
            parts.append(self.period)
        return ", ".join(parts)


@frozen(kw_only=True)
class PluginInfo:
    """What a plugin declares about itself through ``gpcorpus_plugin_info``."""

    #: The extraction kinds it can emit. ``--kinds`` accepts exactly the kinds the loaded
    #: plugins declare. A plugin that declares none is run whatever kinds are asked for.
    kinds: tuple[str, ...] = field(default=(), converter=_strings)
    #: The kinds its :func:`~gpcorpus.hookspecs.gpcorpus_link` reads (the ``claims`` plugin needs
    #: ``money``, ``percentage``, ``quote``...). When only some kinds are asked for, the plugins
    #: that make these kinds run too, so the plugin sees what it would see in a full run.
    needs: tuple[str, ...] = field(default=(), converter=_strings)
    #: The settings it reads, each with a sentence saying what it does.
    settings: Mapping[str, str] = field(factory=dict)
    description: str | None = None


def _settings_dict(values: Mapping[str, str] | None) -> dict[str, str]:
    return dict(values or {})


@frozen
class PluginConfig(Mapping[str, str]):
    """One plugin's settings for a run (``--set money.currency=EUR``); empty when none were given.

    A read-only :class:`~collections.abc.Mapping` of setting names to strings, as they come from
    a command line, with helpers that convert them:

    >>> config = PluginConfig({"min_words": "4", "strict": "yes"})
    >>> (len(config), sorted(config.items()), config.integer("min_words", 3), config.flag("strict"))
    (2, [('min_words', '4'), ('strict', 'yes')], 4, True)
    """

    _values: dict[str, str] = field(factory=dict, converter=_settings_dict, alias="values")

    def __getitem__(self, key: str) -> str:
        return self._values[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def integer(self, key: str, default: int) -> int:
        """Read a setting as a whole number.

        :raises ValueError: naming the setting, when its value is not a whole number.
        """
        if key not in self._values:
            return default
        try:
            return int(self._values[key])
        except ValueError:
            raise ValueError(f"setting {key!r} must be a whole number, not {self._values[key]!r}") from None

    def flag(self, key: str, default: bool = False) -> bool:
        """Read a setting as a boolean (``1``, ``true``, ``yes``, ``on`` are true)."""
        if key not in self._values:
            return default
        return self._values[key].strip().lower() in {"1", "true", "yes", "on"}
