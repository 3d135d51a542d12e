"""Patterns the motion readers share, built once from the vocabulary and the core lexicon.

Every pattern runs in linear time: quantifiers are bounded or possessive, and no two unbounded
ones stand next to each other over the same characters.
"""
from __future__ import annotations

import functools
from collections.abc import Iterable

import regex

from gpcorpus import lexicon
from gpcorpus.numbers import parse_number
from gpcorpus_motions import vocabulary as words

_I = regex.IGNORECASE


def alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of ``phrases``, longest first, spaces matching any white space."""
    unique = sorted(set(phrases), key=lambda phrase: (-len(phrase), phrase))
    return "|".join(regex.escape(phrase).replace(r"\ ", r"\s+") for phrase in unique)


def forms(lemmas: Iterable[str], *, tags: tuple[str, ...] = ("base", "third", "past", "participle", "gerund")) -> set[str]:
    """The inflected forms of verb lemmas; in a phrasal lemma (``throw out``) the first word inflects."""
    found = set()
    for lemma in lemmas:
        head, _, rest = lemma.partition(" ")
        inflections = dict(lexicon.inflect(head).items())
        found.update((inflections[tag] + (" " + rest if rest else "")) for tag in tags)
        found.update(form for form, of in words.IRREGULAR_FORMS.items() if of == lemma and {"past", "participle"} & set(tags))
    return found


def lemma_of(form: str, lemmas: Iterable[str]) -> str | None:
    """Which of ``lemmas`` the verb form ``form`` inflects."""
    return _lemmas(tuple(lemmas)).get(" ".join(form.lower().split()))


@functools.cache
def _lemmas(lemmas: tuple[str, ...]) -> dict[str, str]:
    """Each form of ``lemmas``, with the lemma it inflects."""
    found = {form: lemma for lemma in lemmas for form in forms([lemma])}
    found.update((form, of) for form, of in words.IRREGULAR_FORMS.items() if of in lemmas)
    return found


# -- bodies and people ------------------------------------------------------------------------------

BODIES = alternation([*lexicon.words("deliberative_bodies"), *(w + "s" for w in lexicon.words("deliberative_bodies") if w.islower())])
VOTERS = alternation(lexicon.words("voters"))
#: A deliberative body or its voters anywhere in a stretch of text (the subject of a decision).
BODY_OR_VOTERS = regex.compile(rf"(?<![\w’'-])(?i:{BODIES}|{VOTERS})(?![\w’'-])")
#: A body named as it ends: ``Westmoor LMC``, ``the Eastby branch``, ``Eastby & Westby Division``.
BODY_NAME_END = regex.compile(
    rf"(?<![\w’'-])(?i:{BODIES}|{alternation(('division', 'branch', 'faculty', 'group', 'region', 'society', 'association', 'party', 'union', 'forum', 'network', 'federation', 'trust', 'board', 'college'))})s?\W*$"
)
TITLES = alternation(lexicon.words("titles"))
TITLED = regex.compile(rf"^(?:{TITLES})\.?\s", _I)

# -- numbers and votes ------------------------------------------------------------------------------

NUMBER_WORD = alternation(w for w in ("one two three four five six seven eight nine ten eleven twelve thirteen "
                                      "fourteen fifteen sixteen seventeen eighteen nineteen twenty").split())
#: A motion number: digits with an optional amendment letter, or a number word.
NUMBER = rf"(?:\d{{1,4}}[a-z]?(?![\w])|(?i:{NUMBER_WORD})(?![\w-]))"


def number_of(token: str) -> tuple[int | None, str | None, bool]:
    """``(number, label, amendment)`` of a printed motion number: ``19a`` is 19, an amendment."""
    token = token.strip()
    digits = token.rstrip("abcdefghijklmnopqrstuvwxyz")
    if digits.isdigit():
        return int(digits), token, digits != token
    value = parse_number(token.lower()) if token else None
    return (int(value), token, False) if value is not None else (None, None, False)


#: A count of votes: up to a billion, with or without thousands commas.
_COUNT = r"(?<![\d,.])(?:\d{1,3}(?:,\d{3}){1,3}+|\d{1,7})(?!\d|,\d)"
#: ``by 120 votes to 30``, ``119 to 70``, ``360 voted in favour, 150 against``.
VOTES = regex.compile(
    rf"(?P<for>{_COUNT})\s{{1,3}}(?:votes?\s{{1,3}})?to\s{{1,3}}(?P<against>{_COUNT})"
    rf"|(?P<for2>{_COUNT})\s{{1,3}}(?:voted\s{{1,3}})?(?:in\s+favour|for)[,;]?\s{{1,3}}(?:and\s{{1,3}}|with\s{{1,3}})?(?P<against2>{_COUNT})\s{{1,3}}(?:voted\s{{1,3}})?against"
    rf"|(?<![\w’'-])(?:for|in\s+favour)\s{{0,3}}[:–-]?\s{{0,3}}(?P<for3>{_COUNT})[,;]?\s{{1,3}}against\s{{0,3}}[:–-]?\s{{0,3}}(?P<against3>{_COUNT})",
    _I,
)
#: ``98% in favour``, ``with 63 per cent of the vote``.
SHARE = regex.compile(
    r"(?<![\d.])(?P<share>\d{1,3}(?:\.\d{1,2})?)\s?(?:%|per\s?cent)\s{1,3}(?:(?:voted\s+|of\s+(?:the\s+)?(?:votes?|delegates|representatives)\s+)?(?:in\s+favour|for|in\s+support)|of\s+the\s+vote|support|backing|of\s+(?:the\s+)?(?:delegates|representatives|members|councillors|those\s+voting)\b)",
    _I,
)


def votes_in(text: str, start: int, end: int) -> tuple[int | None, int | None, str | None]:
    """Votes for and against, and a share in favour, given in ``text[start:end]``."""
    found = VOTES.search(text, start, end)
    share = SHARE.search(text, start, end)
    votes_for = votes_against = None
    if found:
        votes_for = int((found.group("for") or found.group("for2") or found.group("for3")).replace(",", ""))
        votes_against = int((found.group("against") or found.group("against2") or found.group("against3")).replace(",", ""))
    return votes_for, votes_against, share.group("share") if share else None


# -- outcomes -------------------------------------------------------------------------------------

OUTCOME_WORD = alternation(words.OUTCOME_WORDS)
_OUTCOME = regex.compile(rf"(?<![\w’'-])(?:{OUTCOME_WORD})(?![\w’'-])", _I)


def outcome_of(phrase: str) -> str | None:
    """The outcome an outcome phrase gives (``Carried as amended`` is carried), or ``None``."""
    found = _OUTCOME.search(phrase)
    return words.OUTCOME_WORDS[" ".join(found.group().lower().split())] if found else None


#: A line that is only a result: ``Carried.``, ``Decision: Lost``, ``- Remitted``, ``CARRIED
#: unanimously``, ``Result – carried by 120 votes to 30``.
OUTCOME_LINE = regex.compile(
    rf"[-•*·\s]{{0,4}}(?:(?i:decision|result|outcome|status|vote|motion|resolution|amendment)\s{{0,3}}[:–—-]?\s{{0,3}})?(?P<word>(?i:{OUTCOME_WORD}))(?![\w’'-])[^\n]{{0,60}}",
)
#: A sentence that gives a motion's result without saying what it was: ``The motion was carried.``,
#: ``It passed by a show of hands``, ``This was not passed``.
LATER_RESULT = regex.compile(
    rf"(?i:(?:the|this|that|our)\s+(?:(?!(?:and|or|which|of|to|for)\s)[\w’'-]+\s+){{0,3}}?(?:{alternation(words.MOTION_NOUNS)})|it|this|which|motion)"
    rf"(?:[’']s|\s+(?:was|were|is|has\s+been|had\s+been|then|also|duly|again|finally))?"
    rf"(?:\s+(?i:put\s+to\s+(?:the|a)\s+vote\s+and(?:\s+(?:was|is))?))?(?:\s+(?i:declared))?"
    rf"(?P<negated>\s{{0,3}}(?i:not|n[’']t))?(?:\s+(?i:\w+ly|also|then))?\s+(?P<word>(?i:{OUTCOME_WORD}))(?![\w’'-])",
)

# -- clause labels ----------------------------------------------------------------------------------

ROMAN = r"[ivx]{1,5}|[IVX]{1,5}"
#: A clause label at a line's start: ``i.``, ``(ii)``, ``a)``, ``3.``, ``1.Move``, or a bullet.
LINE_LABEL = regex.compile(
    rf"[ \t]{{0,12}}(?:\((?P<token>{ROMAN}|[a-zA-H]|\d{{1,2}})\)|(?P<token2>{ROMAN}|[a-zA-H]|\d{{1,2}})[.)](?![\d])|(?P<bullet>[•·▪‣◦●○■□➢►*\-–—]|o(?=[ \t]{{2}}|\t)))[ \t]*(?=\S)",
)
#: A label inside a line, after a colon, semicolon or the previous clause: ``meeting:- i) supports``.
INLINE_LABEL = regex.compile(
    rf"(?<=[:;,.]-?[ \t]{{0,8}}|[ \t]{{2}})\(?(?P<token>{ROMAN}|[a-h]|\d{{1,2}})\)[ \t]+(?=\S)",
)
#: A dash clause run into the line before it: ``... such a contract - demands that ...``.
INLINE_DASH = regex.compile(r"[ \t][-–—][ \t]+(?=[a-z][a-z’'-]{1,20}[ \t])")
