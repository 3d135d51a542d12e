"""Speakers: reading a speaker phrase, and resolving short forms, roles and pronouns.

A *speaker phrase* is the stretch a cue points at (``Dr Sam Okafor, a Northport GP``,
``He``, ``The health secretary``, ``A Department of Health spokesman``). :func:`parse_mention`
reads one into a :class:`Mention`; a :class:`Register` of everyone the document names resolves
it to the fullest name the document uses.
"""
from __future__ import annotations

from itertools import islice

from attrs import define, field, frozen

from gpcorpus.names import person_names
from gpcorpus_speech.patterns import (
    BODY_NAME,
    CLAUSE_LABEL,
    CLAUSE_VERBS_AT_START,
    LIVE_BLOG_TIME,
    ONE_NAME,
    PAREN_ACRONYM,
    WORD,
)
from gpcorpus_speech.vocabulary import (
    APPOSITION_OPENERS,
    DOCUMENT_NOUNS,
    FEMALE_TITLES,
    FIRST_PERSON,
    LEADING_WORDS,
    MALE_TITLES,
    ORGANISATION_WORDS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    POST_NOMINALS,
    ROLE_WORDS,
    THING_PRONOUNS,
    TITLES,
)

__all__ = ["Mention", "Register", "parse_mention", "person_names"]

#: Prepositions after which a capitalised run is a place or a body, not a person (``from County Marlow``).
_PLACE_PREPOSITIONS = frozenset({"from", "of", "for", "at", "in", "by", "to", "with", "on", "near", "across"})
#: Words that end the head of a description (``A spokesman | for the BMA``).
_HEAD_ENDERS = frozenset({"from", "for", "at", "by", "who", "which", "with", "in", "on", "to", "representing", "whose", "that"})
#: The most words a speaker phrase may have (``the chair of the BMA's GP committee in England``).
_MOST_WORDS = 14
_CONNECTIVES = frozenset({"but", "and", "however", "meanwhile", "also", "so", "yet", "now", "then", "still", "indeed", "instead"})
_DETERMINERS = frozenset({"a", "an", "the", "one", "some", "many", "most", "several", "two", "three", "other",
                          "another", "more", "fewer", "all", "both", "each", "every", "few", "its", "their", "his", "her"})


@frozen
class Mention:
    """One phrase naming (or standing for) a speaker."""

    start: int
    end: int
    #: The phrase as written, trimmed (``Dr Lee``, ``he``, ``A GP from County Marlow``).
    text: str
    #: ``person`` (a named person), ``people`` (a description of one or more people), ``body``,
    #: ``thing`` (a document: a report, a survey), ``pronoun`` or ``first`` (I, we).
    kind: str
    #: ``male``/``female`` from a title or a pronoun, else ``None``.
    gender: str | None = None
    plural: bool = False
    title: str | None = None
    #: For a person: the name tokens without the title (``Sam Okafor``).
    names: tuple[str, ...] = ()
    #: Role or affiliation words written with the mention (``health secretary``).
    role: str | None = None


#: Abbreviations ending a capitalised run that name a person, not a body (``Ann Doe MP``).
_NOT_BODY_ABBREVIATIONS = frozenset(POST_NOMINALS) | {"GP", "MP", "QC", "KC"}
_TITLE_SET = frozenset(TITLES)
#: Lower-case words a role written before a name may contain (``the then health secretary``).
_ROLE_GLUE = frozenset({"the", "of", "for", "and", "then", "former", "at", "to", "s", "’s", "'s"})


def _words(text: str) -> list[str]:
    return WORD.findall(text)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    # a bullet opening a list item (``• Surgeries say ...``) is never part of a speaker
    while start < end and (text[start].isspace() or text[start] in ",;:–—-•*·▪‣◦"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:.–—-"):
        end -= 1
    return start, end


def _role_before(text: str, start: int, lower_bound: int) -> str | None:
    """Role words written just before a name: ``health secretary`` in ``health secretary Ann Doe``."""
    words = list(WORD.finditer(text, max(lower_bound, start - 80), start))
    kept: list[str] = []
    for word in reversed(words):
        if word.group().lower() in ROLE_WORDS and word.group().lower() not in {"new", "former", "then"} | {"gp"}:
            kept.append(word.group())
        elif word.group().lower() in {"then", "former", "new"} and kept:
            continue
        else:
            break
        if len(kept) >= 4:
            break
    return " ".join(reversed(kept)) or None


def parse_mention(text: str, start: int, end: int) -> Mention | None:
    """Read the speaker phrase ``text[start:end]``; ``None`` when it names nobody."""
    start, end = _trim(text, start, end)
    # a live blog's time stamp at the front (``4.18pm LMCs warned``) is never the speaker
    stamp = LIVE_BLOG_TIME.match(text, start, end)
    if stamp is not None:
        start, end = _trim(text, stamp.end(), end)
    # a clause label at the front (``(ii) urges the government``) is never the speaker
    label = CLAUSE_LABEL.match(text, start, end)
    if label is not None:
        start, end = _trim(text, label.end(), end)
        if start < end and text[start].islower():
            return None  # "(ii) urges the government ...": a clause continuing the list's lead-in
    # connectives at the front are never the speaker (``But it also says``)
    while True:
        words = list(islice(WORD.finditer(text, start, end), 2))  # the first word, and whether another follows
        if len(words) > 1 and words[0].group().lower() in _CONNECTIVES and words[0].start() == start:
            start, end = _trim(text, words[0].end(), end)
            continue
        break
    if start >= end:
        return None
    # a phrase of more words names nobody: count no further, so a long phrase costs no more
    words = [word.group() for word in islice(WORD.finditer(text, start, end), _MOST_WORDS + 1)]
    if not words or len(words) > _MOST_WORDS:
        return None
    phrase = text[start:end]
    lowered = [w.lower() for w in words]
    if len(words) == 1:
        word = lowered[0]
        if word in PERSON_PRONOUNS:
            return Mention(start, end, phrase, "pronoun", gender=PERSON_PRONOUNS[word])
        if word in THING_PRONOUNS:
            return Mention(start, end, phrase, "pronoun")
        if word in PLURAL_PRONOUNS:
            return Mention(start, end, phrase, "pronoun", plural=True)
        if word in FIRST_PERSON:
            return Mention(start, end, phrase, "first")
    names = person_names(text, start, end)
    if names:
        name_start, name_end, title, tokens = names[-1]
        # a person named at the end of the phrase, or the whole phrase: the speaker is that person
        tail = text[name_end:end].strip()
        if not tail or title is not None or not _words(tail):
            gender = "male" if title in MALE_TITLES else "female" if title in FEMALE_TITLES else None
            role = text[start:name_start].strip(" ,")
            if role and not all(w.lower() in ROLE_WORDS or w.lower() in ORGANISATION_WORDS or w.lower() in _ROLE_GLUE
                                or w[:1].isupper() for w in _words(role)):
                role = ""  # "Responding to today's survey Beccy Baird": an adverbial, not a role
            role = role or _role_before(text, name_start, start)
            return Mention(name_start, name_end, text[name_start:name_end], "person", gender=gender, title=title,
                           names=tokens, role=role or None)
    if lowered[0] in LEADING_WORDS and lowered[0] not in _DETERMINERS:
        return None
    if CLAUSE_VERBS_AT_START.match(phrase):
        return None  # "is shocked by...": a predicate whose subject is elsewhere, not a speaker
    if lowered[-1] in ("which", "who", "that", "whom") or lowered[0] in FIRST_PERSON:
        return None  # "...a motion which called for": the speaker is not this phrase
    if lowered[0] in APPOSITION_OPENERS - {"a", "an", "one"}:
        return None
    # a description, a body or a document: its head is what comes before a preposition
    head: list[str] = []
    for word in lowered:
        if word in _HEAD_ENDERS and head:
            break
        head.append(word)
    clean_end = start + len(PAREN_ACRONYM.sub("", phrase).rstrip())
    if any(word in PERSON_NOUNS for word in head):
        plural = any(word in PERSON_NOUNS and word.endswith("s") and word not in {"boss"} for word in head[-2:]) or \
            "%" in phrase or head[0].isdigit()
        if lowered[0] in {"a", "an", "one"}:
            plural = False
        return Mention(start, end, phrase, "people", plural=plural)
    if any(word in DOCUMENT_NOUNS for word in head):
        return Mention(start, end, phrase, "thing")
    if any(word in ORGANISATION_WORDS for word in lowered) or any(w.isupper() and len(w) > 1 for w in words) or \
            words[-1][0].isupper():
        body_end = clean_end
        return Mention(start, body_end, text[start:body_end], "body", plural=False)
    if len(words) == 1 and ONE_NAME.match(words[0]):
        return Mention(start, end, phrase, "surname", names=(words[0],))
    if any(char.isdigit() for char in phrase) or not words[-1].isalpha():
        return None  # "23 November 2018": a date or a figure, nobody
    return Mention(start, end, phrase, "people", plural=phrase.endswith("s"))


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w[:1].isupper())


@define
class _Person:
    names: tuple[str, ...]
    title: str | None
    text: str
    offset: int
    gender: str | None


@define
class Register:
    """Everyone and every body a document names, for resolving short forms and roles."""

    people: list[_Person] = field(factory=list)
    #: The same people by surname, for lookups that stay fast on long documents.
    by_surname: dict[str, list[_Person]] = field(factory=dict)
    #: (offset, text, acronym) of bodies named in full.
    bodies: list[tuple[int, str, str | None]] = field(factory=list)
    #: role words (lower case) -> the fullest name of the person they were written with.
    roles: dict[str, str] = field(factory=dict)

    @classmethod
    def of(cls, text: str, spans: list[tuple[int, int]]) -> Register:
        register = cls()
        for lo, hi in spans:
            for start, end, title, names in person_names(text, lo, hi):
                gender = "male" if title in MALE_TITLES else "female" if title in FEMALE_TITLES else None
                person = _Person(names, title, text[start:end], start, gender)
                register.people.append(person)
                register.by_surname.setdefault(names[-1], []).append(person)
                role = _role_before(text, start, lo)
                if role and role.lower() not in {"dr", "mr"}:
                    register.add_role(role, text[start:end])
            for match in PAREN_ACRONYM.finditer(text, lo, hi):
                before = _words(text[max(lo, match.start() - 120):match.start()])
                acronym = match.group("acronym")
                # the words before whose initials spell the acronym: ``British Medical Association (BMA)``
                for size in range(len(acronym), min(len(before), len(acronym) + 3) + 1):
                    words = before[-size:]
                    if _initials(words).upper() == acronym.upper():
                        if len(before) > size and before[-size - 1].lower() in ("a", "an"):
                            break  # "a Local Medical Committee (LMC) leader": the kind of body, not one body
                        register.bodies.append((match.start(), " ".join(words), acronym))
                        break
            for match in BODY_NAME.finditer(text, lo, hi):
                # "Cityside LMCs", "Northvale CCG": a body named by a place and its kind
                words = _words(match.group())
                while words and (words[0].lower() in LEADING_WORDS or words[0].lower() in _DETERMINERS
                                 or words[0].rstrip(".") in _TITLE_SET):
                    words = words[1:]
                if len(words) >= 2 and words[-1].rstrip("s") not in _NOT_BODY_ABBREVIATIONS:
                    register.bodies.append((match.start(), " ".join(words), None))
        return register

    def add_role(self, role: str, name: str) -> None:
        if len(self.roles) > 500:
            return
        words = [w.lower() for w in _words(role)]
        for size in (1, 2, 3):
            if len(words) >= size:
                key = " ".join(words[-size:])
                if key not in {"new", "former"}:
                    self.roles.setdefault(key, name)

    def add_body(self, offset: int, name: str) -> None:
        self.bodies.append((offset, name, None))

    def fullest_person(self, mention: Mention, before: int) -> tuple[str, str | None]:
        """The fullest way the document names the person ``mention`` names, and their gender."""
        surname = mention.names[-1] if mention.names else None
        if surname is None:
            return mention.text, mention.gender
        first = mention.names[0] if len(mention.names) > 1 else None
        same = [p for p in self.by_surname.get(surname, ())[:200] if first is None or first in p.names[:-1] or len(p.names) == 1]
        if first is None:
            # the person with this surname named most recently before the mention, fully if possible
            earlier_full = [p for p in same if len(p.names) > 1 and p.offset <= before]
            if earlier_full:
                chosen_first = max(earlier_full, key=lambda p: p.offset).names[0]
                same = [p for p in same if len(p.names) == 1 or p.names[0] == chosen_first]
            elif any(len(p.names) > 1 for p in same):
                chosen_first = min((p for p in same if len(p.names) > 1), key=lambda p: p.offset).names[0]
                same = [p for p in same if len(p.names) == 1 or p.names[0] == chosen_first]
        if not same:
            return mention.text, mention.gender
        best = max(same, key=lambda p: (len(p.names), p.title is not None, -p.offset))
        gender = mention.gender or next((p.gender for p in same if p.gender), None)
        return best.text, gender

    def has_surname(self, surname: str) -> bool:
        return surname in self.by_surname

    def fullest_body(self, mention: Mention, before: int) -> str:
        """``the CCG`` -> ``NHS East Vale CCG`` when the document named it in full earlier."""
        words = _words(mention.text)
        if words and words[0].lower() == "the":
            words = words[1:]
        if len(words) != 1:
            return mention.text
        short = words[0]
        best = None
        candidates: list[str] = []
        for offset, name, acronym in self.bodies[-100:]:
            if offset > before or name == mention.text:
                continue
            name_words = _words(name)
            if name_words and name_words[0].lower() == "the":
                name_words = name_words[1:]
            if len(name_words) < 2:
                continue
            capitalised_tail: list[str] = []
            for word in reversed(name_words):
                if not word[:1].isupper():
                    break
                capitalised_tail.insert(0, word)
            matches = (acronym == short or name_words[-1] in (short, short + "s")
                       or any(_initials(capitalised_tail[i:]) == short for i in range(len(capitalised_tail))))
            if matches:
                candidates.append(name)
            if matches and (best is None or offset >= best[0]):
                best = (offset, name)
        if best is None:
            return mention.text
        # "East Vale CCG" named last, "NHS East Vale CCG" earlier: the fuller name
        def bare(name: str) -> str:
            return name[4:] if name.lower().startswith("the ") else name
        fuller = [name for name in candidates if bare(name).endswith(bare(best[1])) and len(bare(name)) > len(bare(best[1]))]
        return max(fuller, key=len) if fuller else best[1]

    def person_for_role(self, mention: Mention) -> str | None:
        """``The health secretary`` -> the person the document wrote that role with."""
        words = [w.lower() for w in _words(mention.text)]
        while words and words[0] in {"the", "a", "an", "then", "former", "new"}:
            words = words[1:]
        if not words or words[-1] not in ROLE_WORDS:
            return None
        for size in (3, 2, 1):
            if len(words) >= size:
                found = self.roles.get(" ".join(words[-size:]))
                if found and (size > 1 or len(words) == 1):
                    return found
        return None
