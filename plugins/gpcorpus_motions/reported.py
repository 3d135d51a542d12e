"""Reported decisions: a deliberative body voting on, passing or rejecting a proposal, in prose.

Three sentence forms, read one sentence at a time from the language layer:

* **a decision verb group** with a motion as its object (``passed a motion calling for …``,
  ``voted against a call for …``), or with a deliberative body (conference, delegates,
  representatives, the committee …) as its subject and the proposal as its complement
  (``Delegates voted to ballot members``, ``the committee rejected the deal``). The outcome comes
  from the verb (``voted against``, ``rejected`` and ``threw out`` report a lost motion), turned
  round by a refusal (``refused to back``) and left open by a modal (``will vote on``);
* **a motion as subject**: passive or bare participle (``a motion calling for … was carried``,
  ``Composite motion eight, on dentistry, also passed``) or a verb saying what it asks
  (``Another motion proposes …``), its outcome from the participle or an adjective
  (``Another successful motion condemned …``);
* **a list of motions to be debated** (``Other motions up for debate include calls for … and to
  …``): one motion per item, outcome ``None``.

The span runs from the verb (or the motion, or the list item) to the end of what was decided; a
trailing ``at the conference``, ``on Tuesday``, ``by a show of hands`` is left out. Two
complements joined by ``and`` (``voted to X and in favour of Y``) are two motions.

>>> text = "Delegates voted to ballot members on strike action at the conference on Monday."
>>> [(text[r.start:r.end], r.outcome) for r in reported_decisions(text, [(0, len(text))])]
[('voted to ballot members on strike action', 'carried')]
"""
from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator

import regex
from attrs import define

from gpcorpus import lexicon
from gpcorpus_motions import patterns
from gpcorpus_motions import vocabulary as words
from gpcorpus_motions.clauses import trim_end
from gpcorpus_motions.headings import split_proposer

__all__ = ["Report", "reported_decisions", "later_result"]

_I = regex.IGNORECASE
_W = r"(?![\w’'-])"
_ADVERBS = rf"(?:(?:[a-z]{{2,16}}ly|{patterns.alternation(words.VOTE_ADVERBS)})\s{{1,3}}){{0,2}}"
_VOTE = (
    rf"(?P<vote>vot(?:e|es|ed|ing))\s{{1,3}}{_ADVERBS}"
    r"(?:by\s{1,3}(?:a\s{1,3})?(?:[\w-]{1,20}\s{1,3}){0,2}?(?:majority|margin)\s{1,3}|\d{1,7}\s{1,3}(?:votes?\s{1,3})?to\s{1,3}\d{1,7}\s{1,3})?"
    rf"(?P<prep>to|for|in\s+favour\s+of|in\s+support\s+of|against|that|down|through|on|in\s+favour|in\s+support){_W}"
)
_DECIDE_FORMS = patterns.forms(words.DECISION_VERBS)
_DECIDE = rf"(?P<decide>{patterns.alternation(_DECIDE_FORMS)}){_W}"
_CALL = rf"(?P<call>{patterns.alternation(patterns.forms(words.CALLING_VERBS, tags=('base', 'third', 'past')))}){_W}"
_PROPOSE = rf"(?P<propose>{patterns.alternation(patterns.forms(words.PROPOSING_VERBS))}){_W}"
_GIVE = r"(?P<give>g[ai]ve|gives|giving|threw|throw|throws)\s{1,3}(?:(?:its|their|overwhelming|unanimous|full|strong|weight)\s{1,3}){0,3}(?:backing|support|approval|blessing|weight\s+behind|behind)\s{1,3}(?:to\s{1,3})?"
#: A verb group that reports a decision or a proposal.
VERB = regex.compile(rf"(?<![\w’'-])(?i:{_VOTE}|{_GIVE}|{_DECIDE}|{_CALL}|{_PROPOSE})")

_MOTION = patterns.alternation(words.MOTION_NOUNS)
_CALLS = patterns.alternation(words.CALL_NOUNS)
_STOP = frozenset(
    {"to", "for", "of", "on", "in", "at", "by", "that", "which", "who", "and", "or", "but", "with", "from", "as"}
    | lexicon.word_set("auxiliaries") | {f.lower() for f in _DECIDE_FORMS}
)
_DETERMINERS = lexicon.word_set("determiners") | {"two", "three", "four", "several", "both", "all"}
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "its", "their", "our", "it"})
#: Adjectives before a motion noun that say what kind of motion it is, not who proposed it.
_KINDS = frozenset({"composite", "emergency", "special", "policy", "business", "key", "final", "substantive", "main", "another",
                    "other", "first", "second", "third", "last", "new", "similar", "separate", "further", "late", "urgent", "notice"})
#: A motion noun, with a number after it (``motion 88``, ``composite motion seven``).
NOUN = regex.compile(
    rf"(?<![\w’'-])(?P<noun>(?i:{_MOTION})s?(?!\s{{1,3}}(?i:{_MOTION}))|(?i:vote\s+of\s+(?:no\s+)?confidence)|(?P<call>(?i:{_CALLS})s?)){_W}"
    rf"(?:\s{{1,2}}(?:(?P<number>{patterns.NUMBER})|[A-Z]{{1,2}}\d{{1,4}}(?![\w])))?"
)
_OUTCOME_PARTICIPLES = [w for w in words.OUTCOME_WORDS if " as " not in w and not w.startswith("not ")] + ["voted in"]
#: Participles that put a motion on the agenda without deciding it (``has been selected for debate``).
_PENDING_PARTICIPLES = ["selected for debate", "debated", "scheduled for debate", "due to be debated", "discussed"]
#: After a motion: ``was carried``, ``has been passed``, ``, that was passed``, ``also passed``.
PASSIVE = regex.compile(
    rf"(?:\s{{0,3}},[^,.;:!?\n]{{1,60}},)?(?:\s{{0,3}},\s{{0,3}}(?:which|that)|\s{{1,3}}(?:which|that))?"
    rf"(?:\s{{1,3}}(?i:was|were|has\s+been|have\s+been|had\s+been|is|are|been|also|then|duly|finally|subsequently|eventually|(?P<not>not|n[’']t)|[a-z]{{2,16}}ly)){{0,4}}"
    r"(?:\s{0,3}[:–—-])?"
    rf"\s{{1,3}}(?P<word>(?i:{patterns.alternation(_OUTCOME_PARTICIPLES)})|(?P<pending>(?i:{patterns.alternation(_PENDING_PARTICIPLES)}))"
    r"|(?P<support>(?i:received|won|secured|gained|got|attracted)\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}?(?:support|backing|approval|endorsement)))"
    rf"{_W}"
    rf"(?:\s{{1,3}}(?i:unanimously|overwhelmingly|comfortably|narrowly|easily|nem\.?\s?con\.?)(?![\w’'-]))?"
)
_CONTENT_VERBS = patterns.alternation(patterns.forms(
    ("call for", "call on", "urge", "demand", "propose", "ask", "say", "state", "instruct", "condemn", "note", "seek",
     "highlight", "include", "want", "champion", "reject", "welcome", "argue", "insist", "commit", "recognise"),
    tags=("third", "past"),
))
#: After a motion: what it asks (``calls for``, ``said``, ``proposes``).
CONTENT_VERB = regex.compile(
    rf"(?:\s{{0,3}},[^,.;:!?\n]{{1,80}},|\s{{0,3}},)?(?:\s{{1,3}}(?i:also|further|then))?\s{{1,3}}(?P<verb>(?i:{_CONTENT_VERBS})){_W}"
    r"(?!\s{1,3}by\b)"  # ``a motion proposed by …`` is a participle, not what the motion says
)
#: A proposer named after a motion: ``brought by the X faculty``, ``on behalf of X``.
PROPOSED_BY = regex.compile(
    r"(?i:proposed|brought(?:\s+forward)?|submitted|put\s+forward|tabled|moved|sponsored|on\s+behalf\s+of|from)"
    r"\s{1,3}(?:by\s{1,3})?(?:the\s{1,3})?(?:[\w-]{1,20}[’']s\s{1,3})?(?P<who>[A-Z][^,.;:!?\n“”‘]{0,60}?)(?=\s{0,3}(?:[,.;:!?“‘\"(\n]|$|\s(?:urging|calling|which|that|to|for|on|at|in|was|is|has|and|who)\b))"
)
_CLAUSAL = regex.compile(r"\s{1,3}(?i:saying|stating|arguing|claiming|warning|insisting|which\s+said|that\s+(?!was|were|has|had|is))\b")
_PENDING_BEFORE = regex.compile(rf"(?i:(?<![\w’'-])(?:{patterns.alternation(words.PENDING_WORDS)})(?:\s+(?:be|have|now|also|\w+ly)){{0,2}})\s{{1,3}}$")
_REFUSING_BEFORE = regex.compile(rf"(?i:(?<![\w’'-])(?:{patterns.alternation(words.REFUSING_WORDS)})(?:\s+\w+ly)?)\s{{1,3}}$")
_TRAILING = regex.compile(rf"\s(?i:{patterns.alternation(words.TRAILING_ADJUNCTS)}){_W}")
_BREAK = regex.compile(
    rf",?\s{{1,3}}and\s{{1,3}}(?:(?i:also|then)\s{{1,3}})?(?=(?i:{patterns.alternation(patterns.forms(words.DECISION_VERBS, tags=('past',)))}|voted)\s)"
    r"|\s?[;(]|\s[–—]\s|\s-\s|,\s{1,3}(?i:which|who|but|while|although|after|as(?!\s+well\s+as)|with|despite|following|meaning|so|before|in\s+a|amid|saying|adding)\b"
    r"|\s(?i:by\s+\d)|,\s{1,3}(?i:and)\s+(?:the|this|it|he|she|they|we|delegates|members)\b"
)
_COORDINATED = regex.compile(
    r",?\s{1,3}(?i:and|as\s+well\s+as)\s{1,3}(?:(?P<prep>to|for|in\s+favour\s+of|in\s+support\s+of|against)\s"
    rf"|(?P<np>(?:a|an|another)\s{{1,3}}(?:[\w’'-]{{1,20}}\s{{1,3}}){{0,3}}?(?i:{_MOTION})s?{_W}))"
)
#: ``motions … up for debate include calls for X and to Y``.
DEBATE_LIST = regex.compile(
    r"(?i:motions|resolutions)(?P<gap>[^.;:!?\n]{0,100}?)\s(?i:include|includes|included|including)\s{1,3}"
)
_DEBATE_WORDS = regex.compile(rf"(?i:{patterns.alternation(words.DEBATE_LIST_WORDS)}|debate|agenda)")
_ITEM_BREAK = regex.compile(r",?\s{1,3}and\s{1,3}(?=to\s|calls?\s|a\s+call|[a-z]{2,16}ing\s)|,\s{1,3}(?=calls?\s|a\s+call|[a-z]{2,16}ing\s)")
_STRICT_SUBJECT = regex.compile(
    rf"(?<![\w’'-])(?i:{patterns.BODIES}|delegates|representatives|councillors|members|LMCs|reps){_W}"
)
#: Who votes only in a meeting, never in a ballot of members.
_MEETING_SUBJECT = regex.compile(rf"(?<![\w’'-])(?i:{patterns.BODIES}|delegates|representatives|councillors|LMCs|reps){_W}")


@define
class Report:
    """One decision read from prose, with the span of what was decided."""

    start: int
    end: int
    content: tuple[int, int]
    outcome: str | None
    #: Whether the sentence names a motion (``motion``, ``resolution``), not only a decision.
    names_motion: bool = False
    number: int | None = None
    proposer: str | None = None
    proposed_by: str | None = None
    #: ``The motion was carried.``: a result for a motion named before, not a motion of its own.
    result_only: bool = False
    #: ``The motion also called for …``: more about a motion named before.
    restates: bool = False
    #: ``Next up, a motion calling for …``: a motion named, a motion of its own only once a later
    #: sentence gives its result.
    mention: bool = False
    #: Votes for and against and a share in favour, as the sentence gives them.
    votes: tuple[int | None, int | None, str | None] = (None, None, None)


def _base_outcome(match: regex.Match) -> str | None:
    if match.group("vote"):
        prep = " ".join(match.group("prep").lower().split())
        return {"against": "lost", "down": "lost", "on": None}.get(prep, "carried")
    if match.group("give"):
        return "carried"
    if match.group("decide"):
        lemma = patterns.lemma_of(match.group("decide"), words.DECISION_VERBS)
        return words.DECISION_VERBS.get(lemma or "", "carried")
    return "carried" if match.group("call") else None


def _turned(text: str, floor: int, verb_start: int, outcome: str | None) -> str | None:
    """The outcome once the words before the verb are read: a modal leaves it open, a refusal
    turns a passing into a loss."""
    before = text[max(floor, verb_start - 40):verb_start]
    if _PENDING_BEFORE.search(before):
        return None
    if _REFUSING_BEFORE.search(before) and outcome == "carried":
        return "lost"
    return outcome


def _content_end(text: str, start: int, end: int) -> int:
    """Where what was decided ends: before a trailing time, place or manner, or a new clause."""
    stop = end
    for pattern in (_TRAILING, _BREAK):
        found = pattern.search(text, max(0, start - 1), stop)
        if found:
            stop = max(start, found.start())
    return trim_end(text, start, stop, stop=True)


def _noun_start(text: str, floor: int, noun_start: int) -> tuple[int, list[str]]:
    """Where the noun phrase ending in a motion noun starts, and its words before the noun."""
    start = position = noun_start
    before: list[str] = []
    for _ in range(5):
        found = _WORD_BEFORE.search(text[max(floor, position - 40):position])
        if not found:
            break
        word = found.group(1)
        if word.lower() in _STOP or word.isdigit():
            break
        position = max(floor, position - 40) + found.start(1)
        before.insert(0, word)
        start = position
        if word.lower() in _DETERMINERS:
            break
    return start, before


_WORD_BEFORE = regex.compile(r"([\w’'&+-]{1,30})\s{1,3}$")


def _proposer_in(text: str, start: int, end: int, *, anchored: bool = False) -> tuple[str | None, str | None]:
    """The body (or person) a phrase such as ``brought by the Eastfield branch`` names, searched
    in ``text[start:end]`` or, ``anchored``, straight after ``start``."""
    if anchored:
        start += len(text[start:end]) - len(text[start:end].lstrip(" ,"))
    found = PROPOSED_BY.match(text, start, end) if anchored else PROPOSED_BY.search(text, start, end)
    if not found:
        return None, None
    who = found.group("who").strip()
    if patterns.BODY_NAME_END.search(who) or regex.fullmatch(r"[A-Z&]{2,12}", who):
        body, person = split_proposer(who)
        return body, person
    if patterns.TITLED.match(who) or len(who.split()) <= 4:
        return None, who
    return None, None


def _modifier_proposer(modifiers: list[str]) -> str | None:
    """``the South Fieldshire motion``: capitalised words before a motion name its proposer."""
    names = [w for w in modifiers if w.lower() not in _DETERMINERS and w.lower() not in _KINDS]
    if names and all(w[:1].isupper() for w in names):
        return " ".join(names)
    return None


def _subject_ok(text: str, floor: int, verb_start: int, strict: bool, heads: regex.Pattern | None = None) -> bool:
    """Whether a deliberative body (or, for a vote, its voters) heads the verb's subject: straight
    before the verb group (``the committee has unanimously``), or followed only by a phrase saying
    where it sits (``Delegates at the party's conference in Eastbury``)."""
    clause = text[max(floor, verb_start - 120):verb_start]
    cut = max(clause.rfind(";"), clause.rfind(":"), clause.rfind("“"), clause.rfind("\""), clause.rfind(","))
    clause = _GROUP_END.sub("", clause[cut + 1:])
    heads = heads or (_STRICT_SUBJECT if strict else patterns.BODY_OR_VOTERS)
    for head in heads.finditer(clause):
        rest = clause[head.end():]
        if not rest.strip() or _PLACE.match(rest):
            return True
    return not strict and bool(regex.search(r"(?i:\b(?:they|we)\s*$)", clause))


#: The auxiliaries and adverbs between a subject and its verb.
_GROUP_END = regex.compile(
    rf"(?:\s(?i:have|has|had|also|then|now|today|yesterday|all|both|again|more|most|less|very|so|(?!(?:{patterns.BODIES})\b)[a-z]{{2,16}}ly))*\s*$"
)
#: A phrase after a subject's head saying where it sits: ``at the conference in Eastbury``.
_PLACE = regex.compile(r"\s{1,3}(?i:at|from|in|across|of|for|on|attending|meeting)\s[^,;]{1,90}$")


def _after_object(text: str, position: int, end: int) -> int:
    """Where a motion's content starts after its noun: past a number, ``to be``, a comma."""
    found = regex.match(r"[\s,]{0,3}(?:(?i:to\s+be|which\s+was|that\s+was)\s{1,3})?", text[position:end])
    return position + (found.end() if found else 0)


#: How far what was decided may run: a sentence's content, not a page's.
_CONTENT_REACH = 600


def _content(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The content starting at ``start`` in a sentence ending at ``end``, or ``None`` if empty."""
    end = min(end, start + _CONTENT_REACH)
    start = _after_object(text, start, end)
    stop = _content_end(text, start, end)
    return (start, stop) if stop > start else None


def _split(text: str, report: Report, end: int) -> list[Report]:
    """``voted to X and in favour of Y``: a report for each complement joined by ``and``."""
    reports = [report]
    while True:
        found = _COORDINATED.search(text, report.content[0], min(end, report.content[1] + _CONTENT_REACH))
        if not found or found.start() <= report.content[0]:
            return reports
        report.end = trim_end(text, report.content[0], min(found.start(), report.content[1]))
        report.content = (report.content[0], report.end)
        second_start = found.start("prep") if found.group("prep") else found.start("np")
        content_start = found.end() if found.group("prep") else found.end("np")
        content = _content(text, content_start, end) or (content_start, found.end())
        report = Report(second_start, max(content[1], found.end() if found.group("np") else content[1]), content,
                        report.outcome, report.names_motion or bool(found.group("np")))
        reports.append(report)


def _active(text: str, floor: int, end: int, verb: regex.Match) -> list[Report]:
    """A decision verb group and what it decided on."""
    outcome = _turned(text, floor, verb.start(), _base_outcome(verb))
    position = verb.end()
    obj = _object(text, position, end)
    if _noun_use(text, floor, verb):
        return []
    if obj is None:
        if verb.group("propose") or outcome is None or _PASSIVE_BEFORE.search(text, max(floor, verb.start() - 12), verb.start()):
            return []
        if not _subject_ok(text, floor, verb.start(), strict=not verb.group("vote")):
            return []
        if verb.group("vote") and not _subject_ok(text, floor, verb.start(), True, heads=_MEETING_SUBJECT) and _BALLOT.search(
                text, max(floor, verb.start() - 300), min(len(text), end + 300, verb.end() + _CONTENT_REACH + 300)):
            return []  # a member ballot, not a body's vote
        if regex.match(r"\s{0,3}(?:[,.;:)]|(?i:and|but|by|at|in|with|as)\b)", text[position:end]):
            return []  # used without an object: ``the motion was carried, and …``
        content = _content(text, position, end)
        if content is None:
            return []
        return _split(text, Report(verb.start(), content[1], content, outcome), end)
    noun_start, noun, modifiers = obj
    is_motion = not noun.group("call")
    if (verb.group("propose") or outcome is None) and (_definite(modifiers) or noun.group("noun").lower().endswith("s")):
        return []  # ``Proposing the motion, Dr Smith said``: a motion named before
    strict = not is_motion and noun.group("call").lower().rstrip("s") in words.OFFER_NOUNS
    if not is_motion and not (verb.group("vote") or _subject_ok(text, floor, verb.start(), strict)):
        return []
    if verb.group("propose") and not is_motion:
        return []
    outcome = words.OUTCOME_MODIFIERS.get(next((m.lower() for m in modifiers if m.lower() in words.OUTCOME_MODIFIERS), ""), outcome)
    content = _content(text, noun.end(), end)
    number = patterns.number_of(noun.group("number"))[0] if noun.group("number") else None
    passed = PASSIVE.match(text, noun.end(), end)
    if passed is not None and not passed.group("pending") and passed.start("word") - noun.end() < 4:
        outcome = _word_outcome(passed)  # ``seconded a motion passed by the council last year``
    if content is None:
        definite = bool(modifiers) and modifiers[0].lower() in _DEFINITE
        if is_motion and (definite or number is not None) and not verb.group("propose"):
            return [Report(verb.start(), noun.end(), (noun.end(), noun.end()), outcome, True, number, result_only=number is None)]
        if verb.group("propose"):
            return []
        content = (noun.end(), noun.end())
    report = Report(verb.start(), max(content[1], noun.end()), content, outcome, is_motion, number)
    report.proposer, report.proposed_by = _proposer_in(text, noun.end(), content[1])
    if verb.group("propose"):
        report.proposer = report.proposer or _subject_body(text, floor, verb.start())
    return _split(text, report, end)


_NOUN_BEFORE = frozenset({"of", "for", "in", "on", "with", "without", "from", "by", "at", "full", "strong", "their", "its"}) | _DETERMINERS
_NOUN_AFTER = regex.compile(r"\s{1,3}(?i:for|of|from|pay|payments?|to\s+(?:the|a|an|their|its|his|her)\b)")


_PASSIVE_BEFORE = regex.compile(r"(?i:was|were|is|are|be|been|being)\s{1,3}(?:[a-z]{2,16}ly\s{1,3})?$")
#: Words that make a vote a ballot of members (optional in the gold).
_BALLOT = regex.compile(r"(?i:(?:in|took\s+part\s+in|through|via|responded\s+to|returned)\s+(?:a|an|the|this|their)\s+(?:[\w-]{1,20}\s+){0,3}?(?:ballot|referendum|survey|poll)|turnout)")


def _noun_use(text: str, floor: int, verb: regex.Match) -> bool:
    """``back pay``, ``support for the motion``: a decision verb's form used as a noun."""
    word = (verb.group("decide") or verb.group("call") or verb.group("propose") or verb.group("vote") or "").lower()
    if not word or word.endswith("ed") or word in words.IRREGULAR_FORMS:
        return False
    before = _WORD_BEFORE.search(text[max(floor, verb.start() - 40):verb.start()])
    if before and before.group(1).lower() in _NOUN_BEFORE:
        return True
    return bool(_NOUN_AFTER.match(text, verb.end()))


def _object(text: str, position: int, end: int) -> tuple[int, regex.Match, list[str]] | None:
    """A motion (or call) noun phrase straight after a verb: up to five words then the noun."""
    window = text[position:min(end, position + 80)]
    for noun in NOUN.finditer(window):
        lead = window[:noun.start()].split()
        if len(lead) > 5 or any(w.lower() in _STOP or not w[0].isalnum() for w in lead):
            return None
        return position + noun.start() - len(window[:noun.start()].lstrip()), _shift(noun, position, text, end), lead
    return None


def _shift(match: regex.Match, offset: int, text: str, end: int) -> regex.Match:
    """The same noun match, in the whole text's offsets."""
    return NOUN.match(text, offset + match.start(), end)


def _subject_body(text: str, floor: int, verb_start: int) -> str | None:
    """``Westmoor LMC have proposed a motion``: a body named as the proposing verb's subject."""
    subject = regex.sub(r"\s+(?i:have|has|had|will|also|then|is|are|was|were)$", "", text[floor:verb_start].strip())
    subject = regex.sub(r"^(?i:the)\s+", "", subject)
    if 0 < len(subject.split()) <= 6 and subject[:1].isupper() and patterns.BODY_NAME_END.search(subject):
        return subject
    return None


def _noun_led(text: str, floor: int, end: int, noun: regex.Match) -> list[Report]:
    """A motion as its sentence's subject: passive, bare participle, or a verb saying what it asks."""
    start, modifiers = _noun_start(text, floor, noun.start())
    plural = noun.group("noun").lower().endswith("s") and not noun.group("noun").lower().endswith("us")
    if noun.group("call") or plural and not noun.group("number") or modifiers and modifiers[0].lower() in _ASKING:
        return []
    is_object = bool(_OBJECT_OF.search(text, max(floor, start - 30), start))
    after = noun.end()
    number = patterns.number_of(noun.group("number"))[0] if noun.group("number") else None
    outcome = words.OUTCOME_MODIFIERS.get(next((m.lower() for m in modifiers if m.lower() in words.OUTCOME_MODIFIERS), ""))
    passive = PASSIVE.match(text, after, end)
    content = None
    if passive is None:
        said = None if is_object else CONTENT_VERB.match(text, after, end)
        if said is not None:
            content = _content(text, said.end(), end)
            tail = said.end()
        else:
            clausal = _CLAUSAL.match(text, after, end)
            passive = None if clausal else _later_passive(text, after, end)
            if passive is not None:
                content = _content(text, after, passive.start()) or (after, after)
                tail = passive.end()
            elif _proposer_in(text, after, end, anchored=True) != (None, None) and not _definite(modifiers):
                content = _content(text, after, end)
                tail = content[1] if content else after
            elif not _definite(modifiers) and _MENTION.match(text, after, end):
                content = _content(text, after, end)  # ``Next up, a motion calling for …``
                return [Report(start, content[1], content, outcome, True, number, mention=True)] if content else []
            else:
                return []
    if passive is not None:
        outcome = None if passive.group("pending") else _word_outcome(passive)
        tail = passive.end()
        if content is None:
            content = _content(text, passive.end(), end) or _content_later(text, passive.end(), end)
    definite = _definite(modifiers) and not _modifier_proposer(modifiers)
    if content is None:
        if definite and number is None:
            if outcome is None:
                return []
            result = Report(start, tail, (tail, tail), outcome, True, result_only=True)
            result.proposer, result.proposed_by = _proposer_in(text, after, tail)
            return [result]
        if number is None and noun.group("noun").lower().endswith("s"):
            return []  # ``MOTIONS PASSED``: a heading over a list, not a motion
        content = (after, after)
    report = Report(start, max(tail, content[1]), content, outcome, True, number)
    report.restates = definite and number is None and outcome is None
    report.proposer, report.proposed_by = _proposer_in(text, after, report.end)
    report.proposer = report.proposer or _modifier_proposer(modifiers)
    return [report]


#: What follows a motion named for what it asks: ``a motion calling for``, ``on``, ``to``.
_MENTION = regex.compile(r"\s{1,3}(?i:[a-z]{2,20}ing|on|to|for|that|against|of)(?![\w’'-])")
_ASKING = frozenset({"which", "what", "whose", "whether", "any", "no", "every", "each"})
#: Words before a noun phrase that make it an object, not the subject of what follows.
_OBJECT_OF = regex.compile(rf"(?i:(?:{patterns.alternation(('on', 'of', 'for', 'to', 'with', 'about', 'against', 'by', 'in'))})|[a-z]{{2,20}}(?:ed|ing))\s{{1,3}}$")


#: What a motion asked, after the time and place of its passing: ``which called for``, ``calling for``.
_CONTENT_LATER = regex.compile(r"\s(?:(?i:which|that)\s+(?=[a-z]{2,20}(?:ed|s)\s)|(?=[a-z]{2,20}ing\s))")


def _content_later(text: str, position: int, end: int) -> tuple[int, int] | None:
    found = _CONTENT_LATER.search(text, position, min(end, position + 200))
    return _content(text, found.end(), end) if found else None


def _definite(modifiers: list[str]) -> bool:
    """Whether a motion's noun phrase refers back (``the motion``, ``this motion``), not to one it
    names (``the leadership's amendment``, ``the Northtown motion``)."""
    return (
        bool(modifiers) and modifiers[0].lower() in _DEFINITE
        and not any(w[:1].isupper() or w.endswith(("’s", "'s")) for w in modifiers[1:])
    )


def _later_passive(text: str, position: int, end: int) -> regex.Match | None:
    """``a motion calling for X was carried``: the motion's passive after its content."""
    found = _LATER.search(text, position, min(end, position + _CONTENT_REACH))
    if found is None:
        return None
    return PASSIVE.match(text, found.start(), end)


_LATER = regex.compile(
    r"(?=\s(?i:was|were|has\s+been|had\s+been|is|are|also|then|duly|finally|subsequently|eventually|received|won|secured|gained|attracted)\s"
    r"|,\s{0,3}(?i:which|that)\s)"
)


def _word_outcome(passive: regex.Match) -> str | None:
    """The outcome a motion's participle gives (``was carried``, ``received overwhelming support``)."""
    outcome = words.OUTCOME_WORDS.get(" ".join(passive.group("word").lower().split()), "carried")
    if passive.group("word").lower() == "voted in":
        outcome = "carried"
    if passive.group("not"):
        outcome = "lost" if outcome == "carried" else None
    return outcome


def _debate_list(text: str, floor: int, end: int) -> list[Report]:
    """``Other motions up for debate include calls for X and to Y``: one motion per item."""
    found = DEBATE_LIST.search(text, floor, end)
    if found is None or not _DEBATE_WORDS.search(found.group()):
        return []
    reports = []
    start = found.end()
    stop = _content_end(text, start, min(end, start + _CONTENT_REACH))
    for item in [*_ITEM_BREAK.finditer(text, start, stop), None]:
        item_end = trim_end(text, start, item.start() if item else stop)
        if item_end > start:
            report = Report(start, item_end, (start, item_end), None, True)
            report.proposer, report.proposed_by = _proposer_in(text, item_end, end)
            reports.append(report)
        if item is not None:
            start = item.end()
    return reports


def later_result(text: str, start: int, end: int) -> tuple[int, str | None] | None:
    """``The motion was carried.``, ``It passed by a show of hands.``: where a sentence that only
    gives a result starts, and the result."""
    found = patterns.LATER_RESULT.search(text, start, min(end, start + 120))
    if found is None or text[start:found.start()].count(",") > 1 and found.start() - start > 60:
        return None
    rest = text[found.end():end]
    if _CLAUSAL.match(rest) or regex.match(r"\s{1,3}(?i:calling|urging|that|to\s+(?!a\s+vote))", rest) or _CONTENT_LATER.search(rest):
        return None
    noun = NOUN.search(found.group())
    if noun and any(word[:1].isupper() or word.endswith(("’s", "'s")) for word in found.group()[:noun.start()].split()[1:]):
        return None  # ``the Northtown motion passed``: a motion named, not one referred back to
    outcome = words.OUTCOME_WORDS[" ".join(found.group("word").lower().split())]
    if found.group("negated"):
        outcome = "lost" if outcome == "carried" else None
    return found.start(), outcome


def _sentence(text: str, start: int, end: int) -> list[Report]:
    """Every decision reported in one sentence."""
    reports: list[Report] = []
    covered = start
    for verb in VERB.finditer(text, start, end):
        if verb.start() < covered:
            continue
        for report in _active(text, start, end, verb):
            reports.append(report)
            covered = max(covered, report.end)
    spans = sorted((report.start, report.end) for report in reports)
    starts = [span[0] for span in spans]
    covered = start
    for noun in NOUN.finditer(text, start, end):
        index = bisect.bisect_right(starts, noun.start()) - 1
        if noun.start() < covered or index >= 0 and spans[index][0] <= noun.start() < spans[index][1]:
            continue
        for report in _noun_led(text, start, end, noun):
            reports.append(report)
            covered = max(covered, report.end)
    if not reports:
        reports = _debate_list(text, start, end)
    return reports


_RESULT_WORD = patterns.alternation(w for w in words.OUTCOME_WORDS if not w.startswith("not "))
#: A conference paper's item: ``F6 Policy motion: Reforming Trading Laws Passed (Amendment One
#: defeated 90 to 60)``, ``E12 Constitutional amendment: Term Limits``.
PAPER_ITEM = regex.compile(
    rf"(?<![\w’'-])(?P<code>[A-Z]{{1,2}}\d{{1,3}}[a-z]?)\s{{1,3}}(?:[A-Za-z][a-z]{{1,15}}\s{{1,3}}){{0,2}}(?i:{_MOTION}|motion)\s{{0,3}}:\s{{1,3}}"
    rf"(?P<title>[^\n]{{1,160}}?)(?:\s{{1,3}}(?P<result>(?i:{_RESULT_WORD})){_W}(?:\s{{0,3}}\([^()\n]{{1,200}}\))?|(?=\s{{1,3}}(?:\d|[A-Z]{{1,2}}\d{{1,3}}\s)|\s*$))"
)


def paper_items(text: str) -> list[Report]:
    """Every item of a conference paper's list of motions, with its printed result."""
    items = []
    for found in PAPER_ITEM.finditer(text):
        outcome = words.OUTCOME_WORDS[" ".join(found.group("result").lower().split())] if found.group("result") else None
        items.append(Report(found.start(), found.end(), (found.start("title"), found.end("title")), outcome, True))
    return items


def reported_decisions(text: str, sentences: Iterable[tuple[int, int]]) -> Iterator[Report]:
    """Every decision reported in the given sentences of ``text``, in order: conference papers'
    items first, then each sentence's decisions outside them."""
    items = paper_items(text)
    yield from items
    for start, end in sentences:
        if any(item.start <= start < item.end or start <= item.start < end for item in items):
            continue
        votes = patterns.votes_in(text, start, end)
        result = later_result(text, start, end)
        if result:
            stop = trim_end(text, result[0], end, stop=True)
            found = [Report(result[0], stop, (stop, stop), result[1], True, result_only=True)]
        else:
            found = _sentence(text, start, end)
        for report in sorted(found, key=lambda report: report.start):
            report.votes = votes
            yield report
