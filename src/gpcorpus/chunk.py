"""A chunker: tokens, noun phrases, verb groups and clause boundaries of a sentence.

A linear-time, rule-based pass with no statistical model: word classes come from
:mod:`gpcorpus.lexicon` (determiners, pronouns, titles, roles, auxiliaries, modals, negators and
the speech verbs by lemma) and from the shape of words (a capital, a digit, ``-ly``). It marks
what attribution rules need, and no more:

* **noun phrases**: pronouns; names with their titles and post-nominal letters (``Sen. Ann
  Lee``, ``Dr Jane Roe MP``); a role before a name (``party spokesman Tom Reed``); common noun
  phrases opened by a determiner or possessive (``the health secretary``, ``a spokesman``);
  ``X for Y`` and ``X of Y`` extensions (``a spokesman for the trust``); and bare plurals;
* **verb groups**: auxiliaries, negation, adverbs and a verb, with tense, negation, a modal
  and the passive (``has not yet said``, ``would say``, ``was told``); for a speech verb, its
  lexicon entry;
* **clause boundaries**: commas and dashes, relative pronouns (``who``, ``which``),
  subordinators (``because``, ``although``), coordination (``and``, ``but``) and participles
  after a comma (``, adding``).

>>> from gpcorpus.chunk import chunk
>>> c = chunk("Party spokesman Tom Reed has not yet said whether the plan, which costs £5m, will go ahead.")
>>> [c.text_of(np) for np in c.noun_phrases]
['Party spokesman Tom Reed', 'the plan', '£5m']
>>> vg = c.verb_groups[0]
>>> (c.text_of(vg), vg.lemma, vg.negated, vg.speech is not None)
('has not yet said', 'say', True, True)
>>> [(b.kind, c.text[b.start:b.end]) for b in c.boundaries]
[('comma', ','), ('relative', 'which'), ('comma', ',')]

Offsets in a :class:`Chunks` are offsets into the text given (add the sentence's start to map
them into a document), so the chunker works on any string.
"""
from __future__ import annotations

import functools
from collections.abc import Sequence

import regex
from attrs import field, frozen

from gpcorpus import lexicon

__all__ = ["QUOTE_MASK", "Token", "NounPhrase", "VerbGroup", "Boundary", "Chunks", "chunk", "tokenize"]


@frozen
class Token:
    """A word, a number, a punctuation mark or a quotation mark, with its offsets."""

    start: int
    end: int
    text: str
    #: ``word``, ``number``, ``punct`` or ``quote`` (a masked quotation, see :data:`QUOTE_MASK`).
    kind: str


@frozen
class NounPhrase:
    """A noun phrase: ``start``/``end`` offsets and the token range ``[first, last]``."""

    start: int
    end: int
    first: int
    last: int
    #: ``pronoun``, ``name`` (a person's or body's proper name), ``common`` or ``number``.
    kind: str
    #: The title written before a name (``Dr``), if any.
    title: str | None = None


@frozen
class VerbGroup:
    """Auxiliaries, negation and adverbs with the verb they belong to."""

    start: int
    end: int
    first: int
    last: int
    #: The verb's lemma when the lexicon knows it (speech verbs, auxiliaries), else its form.
    lemma: str
    #: ``past``, ``third``, ``base``, ``participle``, ``gerund``, or ``None`` when unknown.
    tag: str | None
    negated: bool = False
    #: The modal in the group (``would``, ``will``, ``could``), if any.
    modal: str | None = None
    #: A form of *be* or *get* before a participle (``was told``).
    passive: bool = False
    #: The verb's lexicon entry when it is a speech verb.
    speech: lexicon.SpeechVerb | None = None


@frozen
class Boundary:
    """A place where a clause or an inserted phrase may begin or end."""

    start: int
    end: int
    token: int
    #: ``comma``, ``dash``, ``bracket``, ``colon``, ``semicolon``, ``relative``, ``subordinator``,
    #: ``coordinator``, ``participle`` or ``quote`` (a masked quotation).
    kind: str


#: Characters a caller may put in place of every character of a quotation, so that the chunker
#: sees the quotation as one token of kind ``quote`` (``\ue000``; ``\ue001`` for the last
#: character of a quotation whose words end a sentence).
QUOTE_MASK = "\ue000\ue001"

_TOKEN = regex.compile(
    r"(?P<quote>[\ue000\ue001]+)"
    r"|(?P<number>[£$€]?\d[\d,.]*(?:%|[mkb]n?|bn)?)"
    r"|(?P<word>[\p{L}\p{M}][\p{L}\p{M}\d’'&-]*\.?(?<![’'-]))"
    r"|(?P<punct>[^\s\p{L}\p{M}\d])"
)
_RELATIVES = frozenset({"who", "whom", "whose", "which"})
_SUBORDINATORS = frozenset({"because", "although", "though", "while", "whilst", "when", "after", "before",
                            "if", "unless", "since", "until", "as", "whereas"})
_COORDINATORS = frozenset({"and", "but", "or", "nor", "yet"})
_PREPOSITIONS = frozenset({"in", "on", "at", "to", "for", "from", "with", "by", "about", "of", "into", "over",
                           "under", "after", "before", "during", "since", "until", "against", "among",
                           "between", "through", "across", "via", "per", "amid", "despite", "without"})
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "it", "you"})
_NP_EXTENDERS = frozenset({"for", "of", "at"})
_QUANTIFIERS = frozenset({"some", "many", "most", "all", "few", "several", "none", "one", "two", "three", "each",
                          "both", "half", "dozens", "hundreds", "thousands"})
_BE_GET = frozenset({"be", "is", "was", "are", "were", "been", "being", "get", "got", "gets", "getting"})


@functools.cache
def _classes() -> dict[str, frozenset[str]]:
    return {
        "determiners": lexicon.word_set("determiners"),
        "pronouns": lexicon.word_set("subject_pronouns"),
        "auxiliaries": lexicon.word_set("auxiliaries"),
        "modals": lexicon.word_set("modals"),
        "titles": lexicon.word_set("titles", lower=False) | frozenset(t + "." for t in lexicon.words("titles")),
        "post_nominals": lexicon.word_set("post_nominals", lower=False),
        "roles": lexicon.word_set("roles") | lexicon.word_set("role_modifiers"),
    }


def tokenize(text: str) -> list[Token]:
    """The tokens of ``text``: words (with inner apostrophes and hyphens, and a final stop when
    the word is a title or an abbreviation), numbers and single punctuation marks."""
    found = []
    abbreviations = lexicon.word_set("abbreviations")
    titles = _classes()["titles"]
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup or "punct"
        start, end = match.span()
        word = match.group()
        if kind == "word" and word.endswith(".") and word not in titles and word[:-1].lower() not in abbreviations \
                and not (len(word) == 2 and word[0].isupper()):
            end -= 1  # a sentence's stop, not part of the word
            found.append(Token(start, end, text[start:end], "word"))
            found.append(Token(end, end + 1, ".", "punct"))
            continue
        if kind == "number" and word[-1] in ",.":
            found.append(Token(start, end - 1, word[:-1], "number"))
            found.append(Token(end - 1, end, word[-1], "punct"))
            continue
        found.append(Token(start, end, word, kind))
    return found


@frozen
class Chunks:
    """What :func:`chunk` found in one sentence."""

    text: str
    tokens: tuple[Token, ...]
    noun_phrases: tuple[NounPhrase, ...]
    verb_groups: tuple[VerbGroup, ...]
    boundaries: tuple[Boundary, ...]

    def text_of(self, item: NounPhrase | VerbGroup | Boundary | Token) -> str:
        """The text an item covers."""
        return self.text[item.start:item.end]

    _np_first: dict[int, NounPhrase] = field(init=False, repr=False, eq=False)
    _np_last: dict[int, NounPhrase] = field(init=False, repr=False, eq=False)
    _vg_first: dict[int, VerbGroup] = field(init=False, repr=False, eq=False)
    _vg_last: dict[int, VerbGroup] = field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        # lookups by token in constant time, so that rules asking around every token stay linear
        object.__setattr__(self, "_np_first", {p.first: p for p in self.noun_phrases})
        object.__setattr__(self, "_np_last", {p.last: p for p in self.noun_phrases})
        object.__setattr__(self, "_vg_first", {g.first: g for g in self.verb_groups})
        object.__setattr__(self, "_vg_last", {g.last: g for g in self.verb_groups})

    def noun_phrase_ending_at(self, token: int) -> NounPhrase | None:
        """The noun phrase whose last token is ``token``, if any."""
        return self._np_last.get(token)

    def noun_phrase_starting_at(self, token: int) -> NounPhrase | None:
        """The noun phrase whose first token is ``token``, if any."""
        return self._np_first.get(token)

    def verb_group_starting_at(self, token: int) -> VerbGroup | None:
        """The verb group whose first token is ``token``, if any."""
        return self._vg_first.get(token)

    def verb_group_ending_at(self, token: int) -> VerbGroup | None:
        """The verb group whose last token is ``token``, if any."""
        return self._vg_last.get(token)


def _is_capital(token: Token) -> bool:
    return token.kind == "word" and token.text[:1].isupper()


def _name_run(tokens: Sequence[Token], index: int, limit: int) -> int:
    """The last token of a capitalised run from ``index`` (``of``/``for``/``and``/``the`` may join
    capitals inside a body's name: ``Royal College of General Practitioners``)."""
    last = index
    probe = index + 1
    while probe < limit and probe - index < 10:
        token = tokens[probe]
        if _is_capital(token) or (token.kind == "word" and token.text in _classes()["post_nominals"]):
            last = probe
            probe += 1
            continue
        if token.kind == "word" and token.text in ("of", "for", "and", "the", "&", "de", "van", "von") \
                and probe + 1 < limit and _is_capital(tokens[probe + 1]):
            probe += 1
            continue
        if token.kind == "punct" and token.text == "(":
            # a bracketed abbreviation or party and state: "(BMA)", "(R-S.C.)"
            close = next((i for i in range(probe + 2, min(limit, probe + 7)) if tokens[i].text == ")"), None)
            if close is not None and all(t.kind != "word" or t.text[:1].isupper() for t in tokens[probe + 1:close]):
                last = close
                probe = close + 1
                continue
        break
    return last


def chunk(text: str) -> Chunks:
    """Tokens, noun phrases, verb groups and clause boundaries of ``text`` (one sentence)."""
    tokens = tokenize(text)
    classes = _classes()
    nps: list[NounPhrase] = []
    vgs: list[VerbGroup] = []
    bounds: list[Boundary] = []
    index = 0
    count = len(tokens)
    previous_comma = True
    while index < count:
        token = tokens[index]
        low = token.text.lower()
        if token.kind == "quote":
            bounds.append(Boundary(token.start, token.end, index, "quote"))
            previous_comma = False
            index += 1
            continue
        if token.kind == "punct":
            kind = {",": "comma", "–": "dash", "—": "dash", "-": "dash", "(": "bracket", ")": "bracket",
                    ":": "colon", ";": "semicolon"}.get(token.text)
            if kind is not None:
                bounds.append(Boundary(token.start, token.end, index, kind))
            previous_comma = token.text == ","
            index += 1
            continue
        if token.kind == "number":
            nps.append(NounPhrase(token.start, token.end, index, index, "number"))
            index += 1
            previous_comma = False
            continue
        # verb groups: auxiliaries, negation and adverbs, then a verb
        group = _verb_group(tokens, index, classes)
        if group is not None:
            vgs.append(group)
            index = group.last + 1
            previous_comma = False
            continue
        if low in _RELATIVES:
            bounds.append(Boundary(token.start, token.end, index, "relative"))
            index += 1
            previous_comma = False
            continue
        if low in _SUBORDINATORS:
            bounds.append(Boundary(token.start, token.end, index, "subordinator"))
        elif low in _COORDINATORS:
            bounds.append(Boundary(token.start, token.end, index, "coordinator"))
        if low in classes["pronouns"]:
            nps.append(NounPhrase(token.start, token.end, index, index, "pronoun"))
            index += 1
            previous_comma = False
            continue
        phrase = _noun_phrase(tokens, index, classes)
        if phrase is not None:
            phrase = _extended(tokens, phrase, classes)
            nps.append(phrase)
            index = phrase.last + 1
            previous_comma = False
            continue
        previous_comma = False
        index += 1
    del previous_comma
    return Chunks(text, tuple(tokens), tuple(nps), tuple(vgs), tuple(sorted(bounds, key=lambda b: b.start)))


def _verb_group(tokens: Sequence[Token], index: int, classes: dict[str, frozenset[str]]) -> VerbGroup | None:
    """A verb group starting at ``index``: auxiliaries, ``not``, ``-ly`` adverbs and a verb.

    Only groups the lexicon can name are marked: those ending in a speech verb, and auxiliary
    chains (``has been``); other verbs are left to the caller."""
    probe = index
    negated = False
    modal = None
    saw_aux = False
    be_before = False
    while probe < len(tokens) and probe - index < 8:
        token = tokens[probe]
        if token.kind != "word":
            break
        low = token.text.lower()
        if low in classes["modals"]:
            modal = low
            saw_aux = True
        elif low in classes["auxiliaries"]:
            saw_aux = True
            be_before = low in _BE_GET
        elif low in ("not", "never", "n't", "n’t") or low.endswith(("n't", "n’t")) and saw_aux:
            negated = True
        elif saw_aux and (low.endswith("ly") or low in ("also", "yet", "now", "still", "already", "then", "just", "again")):
            pass
        else:
            break
        probe += 1
    if probe < len(tokens) and tokens[probe].kind == "word":
        word = tokens[probe].text
        entry = None if word[:1].isupper() and probe > 0 else lexicon.speech_verb(word)
        if entry is None and probe + 1 < len(tokens):
            # a phrasal speech verb: "pointed out", "hit back"
            entry = lexicon.speech_verb(f"{word} {tokens[probe + 1].text}")
            if entry is not None:
                verb, tag = entry
                return VerbGroup(tokens[index].start, tokens[probe + 1].end, index, probe + 1, verb.lemma, tag,
                                 negated, modal, be_before and tag in ("past", "participle"), verb)
        if entry is not None:
            verb, tag = entry
            return VerbGroup(tokens[index].start, tokens[probe].end, index, probe, verb.lemma, tag,
                             negated, modal, be_before and tag in ("past", "participle"), verb)
    if saw_aux and probe > index:
        last = probe - 1
        return VerbGroup(tokens[index].start, tokens[last].end, index, last, tokens[last].text.lower(), None,
                         negated, modal, False, None)
    return None


def _noun_phrase(tokens: Sequence[Token], index: int, classes: dict[str, frozenset[str]]) -> NounPhrase | None:
    token = tokens[index]
    low = token.text.lower()
    limit = len(tokens)
    if token.text in classes["titles"] and index + 1 < limit and _is_capital(tokens[index + 1]):
        last = _name_run(tokens, index + 1, limit)
        return NounPhrase(token.start, tokens[last].end, index, last, "name", token.text.rstrip("."))
    if low in _QUANTIFIERS and index + 2 < limit and tokens[index + 1].text == "of":
        inner = _noun_phrase(tokens, index + 2, classes)
        if inner is not None and inner.kind != "number":
            return NounPhrase(token.start, inner.end, index, inner.last, "common")  # "some of the miners"
    if low in classes["determiners"] or low.endswith(("’s", "'s")) and token.text[:1].islower():
        # a determiner and up to six words, stopping at anything that cannot be inside a noun phrase
        last = index
        probe = index + 1
        named = False
        while probe < limit and probe - index <= 6:
            nxt = tokens[probe]
            nlow = nxt.text.lower()
            if nxt.kind != "word" or nlow in _PREPOSITIONS or nlow in _RELATIVES \
                    or nlow in _COORDINATORS or nlow in classes["auxiliaries"] or nlow in classes["modals"] \
                    or nlow in classes["determiners"] or probe > index + 1 and _ends_noun_phrase(tokens, probe):
                break
            if _is_capital(nxt) and nlow in classes["roles"] and not (probe + 1 < limit and _is_capital(tokens[probe + 1])):
                last = probe  # "a GP", "the Chair": a role written with a capital is a common noun
                named = False
                probe += 1
                continue
            if _is_capital(nxt):
                if last > index and not named and tokens[last].text.lower() not in classes["roles"]:
                    break  # "a Bloomberg interview Trump": a name after a common noun starts a new phrase
                # a name inside the phrase: "the British Medical Association", "a June report"
                last = _name_run(tokens, probe, limit)
                named = True
                probe = last + 1
                continue
            named = False
            last = probe
            probe += 1
        if last == index:
            return None
        if named:
            return NounPhrase(token.start, tokens[last].end, index, last, "name")
        # a role before a name: "the health secretary Jane Doe"
        if last + 1 < limit and _is_capital(tokens[last + 1]) and tokens[last].text.lower() in classes["roles"]:
            end = _name_run(tokens, last + 1, limit)
            return NounPhrase(token.start, tokens[end].end, index, end, "name")
        return NounPhrase(token.start, tokens[last].end, index, last, "common")
    closed_class = low in _PREPOSITIONS or low in _SUBORDINATORS or low in _COORDINATORS \
        or low in classes["auxiliaries"] or low in classes["modals"] or low in _RELATIVES
    if closed_class:
        return None  # "In", "But", "Has" opening a sentence are no names
    if _is_capital(token):
        last = _name_run(tokens, index, limit)
        if last == index and index == 0 and (low in classes["roles"] or low.rstrip("s") in classes["roles"]):
            return NounPhrase(token.start, token.end, index, index, "common")  # "Officials said": a role, capitalised
        # "Party spokesman Tom Reed": capitalised or lower-case role words then a name
        probe = last + 1
        while probe < limit and tokens[probe].kind == "word" and tokens[probe].text.lower() in classes["roles"] \
                and not _is_capital(tokens[probe]):
            probe += 1
        if probe > last + 1 and probe < limit and _is_capital(tokens[probe]):
            last = _name_run(tokens, probe, limit)
        return NounPhrase(token.start, tokens[last].end, index, last, "name")
    if token.kind == "word" and low in classes["roles"]:
        # a lower-case role then a name: "spokesman Tom Reed", "health secretary Jane Doe"
        probe = index
        while probe < limit and tokens[probe].kind == "word" and tokens[probe].text.lower() in classes["roles"] \
                and not _is_capital(tokens[probe]):
            probe += 1
        if probe < limit and _is_capital(tokens[probe]):
            last = _name_run(tokens, probe, limit)
            return NounPhrase(token.start, tokens[last].end, index, last, "name")
        return NounPhrase(token.start, tokens[probe - 1].end, index, probe - 1, "common")
    previous = tokens[index - 1].text.lower() if index > 0 else ""
    plural_can_start = index == 0 or tokens[index - 1].kind == "punct" or previous in _PREPOSITIONS \
        or previous in _COORDINATORS or lexicon.speech_verb(previous) is not None
    if plural_can_start and token.kind == "word" and low.endswith("s") and len(low) > 3 and low not in _PREPOSITIONS \
            and low not in _SUBORDINATORS and low not in _COORDINATORS and low not in classes["auxiliaries"] \
            and lexicon.speech_verb(low) is None and not low.endswith(("ss", "us", "is")):
        return NounPhrase(token.start, token.end, index, index, "common")  # a bare plural: "officials"
    if low in _OBJECT_PRONOUNS:
        return NounPhrase(token.start, token.end, index, index, "pronoun")
    return None


@functools.cache
def _past_forms() -> frozenset[str]:
    """Irregular past forms (``made``, ``held``, ``gave``): verbs, wherever they stand."""
    forms: set[str] = set()
    for lemma in lexicon.irregular_verbs():
        inflections = lexicon.inflect(lemma)
        forms.update((inflections.past, inflections.third))
    return frozenset(forms)


def _ends_noun_phrase(tokens: Sequence[Token], index: int) -> bool:
    """Whether the word at ``index``, after at least one word of a noun phrase, is a verb that
    ends it: a past or ``-ing`` form of a speech verb, an irregular past (``made``), a regular
    ``-ed`` form, or a present in ``-s`` followed by what opens a clause or an object."""
    word = tokens[index].text
    low = word.lower()
    if low in _past_forms() or (low.endswith("ed") and len(low) > 4):
        return True
    entry = lexicon.speech_verb(word)
    if entry is None:
        return False
    if entry[1] in ("past", "participle", "gerund"):
        return True
    if entry[1] == "third" and index + 1 < len(tokens):
        after = tokens[index + 1].text
        return after.lower() in ("that", "the", "a", "an", "he", "she", "it", "they", "we") or after[:1] in "“‘\"'" \
            or after[:1].isupper() or after == ","
    return False


def _extended(tokens: Sequence[Token], phrase: NounPhrase, classes: dict[str, frozenset[str]]) -> NounPhrase:
    """``a spokesman for the trust``, ``the chair of the committee``: a phrase and one ``for``/
    ``of``/``at`` phrase after it, when that phrase opens with a determiner or a capital."""
    nxt = phrase.last + 1
    if phrase.kind in ("pronoun", "number") or nxt + 1 >= len(tokens) or tokens[nxt].text not in _NP_EXTENDERS:
        return phrase
    inner = _noun_phrase(tokens, nxt + 1, classes)
    if inner is None or inner.kind == "pronoun" or inner.kind == "number":
        return phrase
    return NounPhrase(phrase.start, inner.end, phrase.first, inner.last, phrase.kind, phrase.title)
