"""Word lists as data, in one place: titles, roles, months, determiners and the speech verbs.

Every list lives in a data file beside this module and is loaded once, on first use:

* ``speech_verbs.tsv``: several hundred verbs of saying, writing, claiming, announcing, denying,
  warning, criticising, asking and urging, by lemma, each with the complements it takes and who
  can be its subject. Seeded from VerbNet's communication classes (the file says which class each
  came from) and extended with the reporting verbs of news English.
* ``words.txt``: titles, post-nominal letters, abbreviations, months, weekdays, determiners,
  pronouns, auxiliaries, modals, negators, roles, speech nouns and findings verbs.
* ``irregular_verbs.tsv`` and ``doubling.txt``: what English morphology needs to inflect a lemma.

Inflections are generated from the lemma, never typed out:

>>> from gpcorpus import lexicon
>>> lexicon.inflect("admit")
Inflections(base='admit', third='admits', past='admitted', participle='admitted', gerund='admitting')
>>> lexicon.inflect("point out").past
'pointed out'
>>> verb, tag = lexicon.speech_verb("retorted")
>>> verb.lemma, verb.act, tag, "quote" in verb.frames
('retort', 'respond', 'past', True)
>>> lexicon.speech_verb("found") is None     # a findings verb, not speech
True
>>> "Dr" in lexicon.words("titles")
True
"""
from __future__ import annotations

import functools
from collections.abc import Mapping
from importlib import resources

from attrs import frozen

__all__ = [
    "FRAMES",
    "SUBJECTS",
    "Inflections",
    "SpeechVerb",
    "inflect",
    "irregular_verbs",
    "speech_verbs",
    "speech_verb",
    "speech_verb_forms",
    "words",
    "word_set",
    "sections",
]

#: The complements a speech verb can take (see the header of ``speech_verbs.tsv``).
FRAMES = frozenset({
    "that", "bare", "quote", "post", "obj_that", "obj_bare", "obj_to", "to", "obj_as", "obj_pred",
    "obj_for", "obj_of", "prep_for", "prep_against", "prep_on", "wh", "np",
})
#: Who can be a speech verb's subject: anyone or anything that speaks (``the report said``), a
#: person or body only (``agent``), or a person only.
SUBJECTS = frozenset({"any", "agent", "person"})
_VOWELS = "aeiou"


@frozen
class Inflections:
    """The five forms of an English verb (the base doubles as the plural present)."""

    base: str
    third: str
    past: str
    participle: str
    gerund: str

    def items(self) -> tuple[tuple[str, str], ...]:
        """``(tag, form)`` pairs: ``base``, ``third``, ``past``, ``participle``, ``gerund``."""
        return (("base", self.base), ("third", self.third), ("past", self.past),
                ("participle", self.participle), ("gerund", self.gerund))


@frozen
class SpeechVerb:
    """A verb of saying or writing: its lemma and what it reports, with which complements."""

    lemma: str
    #: The kind of speech act: ``say``, ``tell``, ``ask``, ``urge``, ``warn``, ``deny`` ...
    act: str
    #: The complements it takes: a subset of :data:`FRAMES`.
    frames: frozenset[str]
    #: Who can be its subject: one of :data:`SUBJECTS`.
    subject: str
    #: The VerbNet class it was seeded from, or ``news`` for an addition of ours.
    source: str

    @property
    def inflections(self) -> Inflections:
        """The verb's forms, generated from its lemma."""
        return inflect(self.lemma)


def _data(name: str) -> str:
    return resources.files(__name__).joinpath(name).read_text(encoding="utf-8")


def _rows(name: str) -> list[list[str]]:
    return [line.split("\t") for line in _data(name).splitlines() if line.strip() and not line.startswith("#")]


@functools.cache
def sections() -> Mapping[str, tuple[str, ...]]:
    """Every list of ``words.txt`` by section name, entries in file order."""
    found: dict[str, list[str]] = {}
    current: list[str] | None = None
    for raw in _data("words.txt").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = found.setdefault(line[1:-1], [])
        elif current is not None:
            current.append(line)
    return {name: tuple(entries) for name, entries in found.items()}


def words(section: str) -> tuple[str, ...]:
    """The entries of one list of ``words.txt`` (``titles``, ``months``, ``roles`` ...).

    :raises KeyError: naming the known sections, for a section that does not exist.
    """
    lists = sections()
    if section not in lists:
        raise KeyError(f"no word list {section!r}; the lists are: {', '.join(sorted(lists))}")
    return lists[section]


@functools.cache
def word_set(section: str, *, lower: bool = True) -> frozenset[str]:
    """One list as a set, lower-cased by default, for membership tests."""
    return frozenset(w.lower() if lower else w for w in words(section))


@functools.cache
def _irregular() -> Mapping[str, tuple[str, str]]:
    return {row[0]: (row[1], row[2]) for row in _rows("irregular_verbs.tsv")}


def irregular_verbs() -> tuple[str, ...]:
    """The lemmas of the irregular verbs the lexicon knows (``say``, ``tell``, ``make`` ...)."""
    return tuple(_irregular())


@functools.cache
def _doubling() -> frozenset[str]:
    return frozenset(line.strip() for line in _data("doubling.txt").splitlines()
                     if line.strip() and not line.startswith("#"))


def _vowel_groups(word: str) -> int:
    groups, previous = 0, False
    for index, char in enumerate(word):
        vowel = char in _VOWELS and not (char == "u" and index > 0 and word[index - 1] == "q")
        if vowel and not previous:
            groups += 1
        previous = vowel
    return groups


def _doubles(word: str) -> bool:
    """Whether the final consonant doubles before a suffix: one-syllable consonant-vowel-consonant
    words (``chat``, ``quip``) and the listed stress-final longer verbs (``admit``, ``refer``)."""
    if word in _doubling():
        return True
    if len(word) < 3 or word[-1] in _VOWELS + "wxy" or word[-2] not in _VOWELS:
        return False
    before = word[-3]
    consonant_before = before not in _VOWELS or (before == "u" and len(word) > 3 and word[-4] == "q")
    return consonant_before and _vowel_groups(word) == 1


def _inflect_word(word: str) -> Inflections:
    if word.endswith(("s", "x", "z", "ch", "sh")) or (word.endswith("o") and word[-2:-1] not in _VOWELS):
        third = word + "es"
    elif word.endswith("y") and word[-2:-1] not in _VOWELS:
        third = word[:-1] + "ies"
    else:
        third = word + "s"
    if word in _irregular():
        past, participle = _irregular()[word]
    else:
        if word.endswith("e"):
            past = word + "d"
        elif word.endswith("y") and word[-2:-1] not in _VOWELS:
            past = word[:-1] + "ied"
        elif _doubles(word):
            past = word + word[-1] + "ed"
        else:
            past = word + "ed"
        participle = past
    if word.endswith("ie"):
        gerund = word[:-2] + "ying"
    elif word.endswith("e") and not word.endswith(("ee", "ye", "oe")) and len(word) > 2:
        gerund = word[:-1] + "ing"
    elif _doubles(word):
        gerund = word + word[-1] + "ing"
    else:
        gerund = word + "ing"
    return Inflections(word, third, past, participle, gerund)


@functools.cache
def inflect(lemma: str) -> Inflections:
    """The forms of a verb, generated from its lemma; a phrasal verb inflects its first word
    (``point out`` → ``pointed out``)."""
    head, _, rest = lemma.partition(" ")
    forms = _inflect_word(head)
    if not rest:
        return forms
    return Inflections(*(f"{form} {rest}" for _, form in forms.items()))


@functools.cache
def speech_verbs() -> Mapping[str, SpeechVerb]:
    """Every speech verb by lemma.

    :raises ValueError: if the data file names a frame or subject that is not known (a typo in
        the data must not silently drop a verb's complements).
    """
    found: dict[str, SpeechVerb] = {}
    for row in _rows("speech_verbs.tsv"):
        lemma, act, frames, subject, source = (cell.strip() for cell in row)
        frame_set = frozenset(f.strip() for f in frames.split(",") if f.strip())
        unknown = frame_set - FRAMES
        if unknown or subject not in SUBJECTS:
            raise ValueError(f"speech_verbs.tsv: {lemma!r} has unknown frames {sorted(unknown)} or subject {subject!r}")
        found[lemma] = SpeechVerb(lemma, act, frame_set, subject, source)
    return found


@functools.cache
def speech_verb_forms() -> Mapping[str, tuple[tuple[SpeechVerb, str], ...]]:
    """Every inflected form of every speech verb (lower case), with the verbs and tags it is a
    form of (``read`` is both a base and a past)."""
    index: dict[str, list[tuple[SpeechVerb, str]]] = {}
    for verb in speech_verbs().values():
        for tag, form in verb.inflections.items():
            entries = index.setdefault(form, [])
            if all(existing is not verb or t != tag for existing, t in entries):
                entries.append((verb, tag))
    return {form: tuple(entries) for form, entries in index.items()}


def speech_verb(form: str) -> tuple[SpeechVerb, str] | None:
    """The speech verb ``form`` is an inflection of, with its tag, or ``None``.

    Where a form belongs to several verbs or tags, the past tense (the reporting tense of news)
    is preferred, then the order of the data file.
    """
    entries = speech_verb_forms().get(form.lower())
    if not entries:
        return None
    return next((entry for entry in entries if entry[1] == "past"), entries[0])
