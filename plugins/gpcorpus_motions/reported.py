"""Motions reported in prose: ``LMCs have voted for a motion saying ...``, ``carried a motion
proposing that ...``, ``voted against a call for ...``, ``the South Staffordshire motion passed at
the 2021 LMC conference which called for ...``, ``a motion calling for ... was rejected``.

Each starts from a motion noun (``motion``, ``resolution``; ``call`` and ``proposal`` only after a
voting verb), reads leftwards for the verb and who tabled it, and rightwards for the content,
which runs to the end of the sentence less the report's own words (``at their conference in
London today``). A motion noun with no content (``who proposed the motion``) is not a motion: it
refers back to one.
"""
from __future__ import annotations

import bisect
from collections.abc import Iterator

import regex
from attrs import define

from gpcorpus_motions import patterns, vocabulary as words
from gpcorpus_motions.results import votes_of

__all__ = ["ReportDraft", "reported_motions"]


@define
class ReportDraft:
    """A motion reported in prose, before it is made an extraction."""

    start: int
    end: int
    content: tuple[int, int]
    outcome: str | None
    noun: str
    proposer: str | None = None
    proposed_by: str | None = None
    votes_for: int | None = None
    votes_against: int | None = None
    vote_share: str | None = None


_NOUN = regex.compile(rf"(?<![\w’'-])(?i:{patterns.alternation(words.MOTION_NOUNS + words.CALL_NOUNS)})(?![\w’'-])")
_LEFT = regex.compile(
    rf"(?:(?P<verb>{patterns.REPORT_VERB.pattern}\s+))?"
    rf"(?:(?P<determiner>(?i:a|an|the|this|that|their|its|his|her|another|two|three|four|five|several|\d{{1,2}}))\s+)?"
    rf"(?P<modifiers>(?:(?:[A-Z][\w’'&.-]{{0,30}}|LMCs?|(?i:emergency|composite|controversial|urgent|separate|further|similar|"
    rf"second|third|fresh|new|landmark|historic|key|final|substantive|original|amended|contentious|late|successful|"
    rf"unanimous|formal|related))\s+){{0,5}})$",
    # searched backwards from the noun, so that the first match is the longest one ending there
    # and each noun costs a bounded amount of work
    regex.REVERSE,
)
_LEADING_DETERMINER = regex.compile(r"(?i:a|an|the|this|that|their|its|his|her|another)\s+")
_GENERIC_MODIFIERS = frozenset(
    "a an the emergency composite controversial urgent separate further similar second third fresh new landmark "
    "historic key final substantive original amended contentious late successful unanimous formal related lmc lmcs "
    "bma gpc conference another this that their its his her".split()
)
_NEGATING = regex.compile(rf"(?:{patterns.alternation(words.NEGATING_WORDS)})\s*$", regex.IGNORECASE)
_NEGATING_BEFORE = regex.compile(rf"(?<![\w’'])(?:{patterns.alternation(words.NEGATING_WORDS)})\s+$", regex.IGNORECASE)
_DEFERRING = regex.compile(rf"\b(?:{patterns.alternation(words.DEFERRING_WORDS)})\s*$", regex.IGNORECASE)
_SENTENCE_START = regex.compile(r"(?:[.!?]['’\"”]?\s+|\n)(?=\S)")
_NEW_SUBJECT = regex.compile(r"[’”\"']?,?\s+and\s+(?:this|the)\s+(?:meeting|conference)\b", regex.IGNORECASE)
_VOTES_AFTER = regex.compile(r"\s+by\s+\d[\d,]{0,8}\s+votes?\s+to\s+\d[\d,]{0,8}")
# abbreviations (``ARM``, ``LMC``) only in capitals, other words in any case
_CONFERENCE = regex.compile(
    rf"(?<![\w’'-])(?:{patterns.alternation(w for w in words.CONFERENCE_WORDS if w.isupper() or w[:-1].isupper())}"
    rf"|(?i:{patterns.alternation(w for w in words.CONFERENCE_WORDS if w.islower())}))(?![\w’'-])"
)
#: How far either side of a ``call`` its paragraph is searched for a conference word.
_PARAGRAPH_REACH = 1500
_TITLE = regex.compile(rf"^(?:{patterns.alternation(words.TITLES)})\.?\s")


#: How far a sentence is read either side of a motion noun: a longer one is cut there.
_BEFORE_REACH = 400
#: How far after a motion's content starts its passive result may come (``... was carried``).
_PASSIVE_REACH = 500
#: The longest trailing adjunct :func:`_trim` looks for.
_ADJUNCT_REACH = 240
_AFTER_REACH = 1500


class _Votes:
    """Every vote count and share in a text, found once, to look up within each sentence."""

    def __init__(self, text: str) -> None:
        self.counts = [(m.start(), m.end(), m) for m in patterns.VOTE_COUNT.finditer(text)]
        self.shares = [(m.start(), m.end(), m) for m in patterns.VOTE_SHARE.finditer(text)]

    @staticmethod
    def _first(found, start: int, end: int):
        index = bisect.bisect_left(found, (start,))
        if index < len(found) and found[index][1] <= end:
            return found[index][2]
        return None

    def counts_in(self, start: int, end: int) -> tuple[int | None, int | None]:
        match = self._first(self.counts, start, end)
        return votes_of(match) if match else (None, None)

    def share_in(self, start: int, end: int) -> str | None:
        match = self._first(self.shares, start, end)
        return match.group("share") if match else None


class _Sentences:
    """The sentence boundaries of a text, found once, to look up around each motion noun."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [match.end() for match in _SENTENCE_START.finditer(text)]
        self.ends = [match.start() for match in patterns.SENTENCE_END.finditer(text)]

    def around(self, position: int) -> tuple[int, int]:
        index = bisect.bisect_right(self.starts, position) - 1
        start = self.starts[index] if index >= 0 else 0
        start = max(start, position - _BEFORE_REACH)
        index = bisect.bisect_left(self.ends, position)
        end = self.ends[index] if index < len(self.ends) else len(self.text)
        return start, min(end, position + _AFTER_REACH)


def _in_conference(text: str, position: int) -> bool:
    """Whether the paragraph around ``position`` speaks of a conference or a vote."""
    start = text.rfind("\n\n", max(0, position - _PARAGRAPH_REACH), position)
    end = text.find("\n\n", position, position + _PARAGRAPH_REACH)
    start = max(0, position - _PARAGRAPH_REACH) if start < 0 else start
    end = min(len(text), position + _PARAGRAPH_REACH) if end < 0 else end
    return _CONFERENCE.search(text, start, end) is not None


def _verb_outcome(text: str, verb_start: int, verb: str) -> str | None:
    phrase = " ".join(w for w in verb.lower().split() if w not in words.VOTE_ADVERBS)
    outcome = words.REPORTING_VERBS.get(phrase)
    if outcome is None:
        # adverbs inside a phrasal verb ("voted overwhelmingly for"): compare without them
        for key, value in words.REPORTING_VERBS.items():
            if key.split() == phrase.split():
                outcome = value
                break
    before = text[max(0, verb_start - 30): verb_start]
    if _NEGATING.search(before):
        return "lost" if outcome == "carried" else None
    if _DEFERRING.search(before):
        return None
    return outcome


def _trim(text: str, start: int, end: int) -> int:
    """``end`` moved back over report words, quote marks and spaces after the content."""
    cut = _NEW_SUBJECT.search(text, start, end)
    if cut is not None:
        end = cut.start()
    for _ in range(4):
        # the adjunct is anchored at the end and at most a couple of hundred characters long
        match = patterns.TRAILING_ADJUNCT.search(text, max(start, end - _ADJUNCT_REACH), end)
        if match is None or match.start() <= start:
            break
        end = match.start()
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:’”\"'—–-"):
        end -= 1
    return end


def _proposer_from(modifiers: str) -> tuple[str | None, str | None]:
    """A proposer (body) or proposing person from the words before the noun (``the South
    Staffordshire motion``, ``Dr Jane Smith's motion``)."""
    kept = [w for w in modifiers.split() if w.lower() not in _GENERIC_MODIFIERS]
    if not kept or not all(w[:1].isupper() for w in kept):
        return None, None
    name = regex.sub(r"[’']s$", "", " ".join(kept))
    if _TITLE.match(name + " "):
        return None, name
    return name, None


def reported_motions(text: str) -> Iterator[ReportDraft]:
    """Every motion reported in prose in ``text``, in document order."""
    drafts: list[tuple[int, ReportDraft]] = []
    sentences = _Sentences(text)
    votes = _Votes(text)
    for noun in _NOUN.finditer(text):
        bounds = sentences.around(noun.start())
        draft = _read(text, noun, bounds, votes)
        if draft is not None:
            drafts.append((bounds[0], draft))
    # two motions in one sentence ("backed a motion ... but rejected a call for ..."): the first
    # one's content stops where the second begins
    for position, (sentence, draft) in enumerate(drafts):
        following = drafts[position + 1] if position + 1 < len(drafts) else None
        if following is not None and following[0] == sentence and draft.start < following[1].start < draft.end:
            end = following[1].start
            connector = regex.search(r"(?:,|\s)+(?:but|and|while|whereas|though|although|yet)?\s*$", text[draft.content[0]:end])
            if connector:
                end = draft.content[0] + connector.start()
            end = _trim(text, draft.content[0], end)
            if end - draft.content[0] < 3:
                continue
            draft.end = end
            draft.content = (draft.content[0], end)
        yield draft


def _read(text: str, noun: regex.Match, bounds: tuple[int, int], votes: _Votes) -> ReportDraft | None:
    noun_word = noun.group().lower()
    is_call = noun_word in words.CALL_NOUNS
    sentence_start, sentence_end = bounds
    window_start = max(sentence_start, noun.start() - 160)
    left = _LEFT.search(text, window_start, noun.start())
    verb = left.group("verb") if left else None
    verb_start = left.start("verb") if verb else None
    modifiers = left.group("modifiers") if left else ""
    if is_call and not verb:
        return None
    after = patterns.AFTER_NOUN.match(text, noun.end(), sentence_end)
    after_end = after.end() if after else noun.end()
    intro = patterns.CONTENT_INTRO.match(text, after_end, sentence_end)
    if intro is None:
        return None
    strong = bool(intro.group("strong"))
    if is_call and not (strong or intro.group("intro").lower() in ("for", "to", "on")):
        return None
    if is_call and not verb.lower().startswith("vot") and not _in_conference(text, noun.start()):
        return None
    content_start = intro.end()
    content_end = sentence_end
    outcome: str | None = None
    evidence = False
    span_end = None
    if verb:
        outcome = _verb_outcome(text, verb_start, verb.strip())
        evidence = True
    participle = after.group("participle") if after else None
    if participle and not verb:
        outcome = patterns.outcome_of(participle)[1]
        evidence = True
    if not verb and not participle:
        passive = None
        for passive in patterns.PASSIVE.finditer(text, content_start, min(sentence_end, content_start + _PASSIVE_REACH)):
            pass
        if passive is not None and passive.start() > content_start:
            outcome = patterns.outcome_of(passive.group("word"))[1]
            if _DEFERRING.search(text[max(0, passive.start() - 20): passive.start()]) or text[passive.start():passive.start() + 4].lower() in ("will", "to b", "is t"):
                outcome = None
            evidence = True
            content_end = passive.start()
            span_end = passive.end()
    if not evidence and not (strong and noun_word in words.MOTION_NOUNS):
        return None
    content_end = _trim(text, content_start, content_end)
    if len(text[content_start:content_end].split()) < 2:
        return None
    if span_end is None:
        span_end = content_end
    else:
        count = _VOTES_AFTER.match(text, span_end, sentence_end)
        if count:
            span_end = count.end()
    if verb:
        start = verb_start
        negation = _NEGATING_BEFORE.search(text, max(sentence_start, verb_start - 30), verb_start)
        if negation is not None:
            start = negation.start()
    elif modifiers.strip():
        start = left.start("modifiers")
        leading = _LEADING_DETERMINER.match(modifiers)
        if leading:
            start += leading.end()
    else:
        start = noun.start()
    proposer, proposed_by = _proposer_from(modifiers)
    if after is not None and after.group("by"):
        name = after.group("by").strip()
        if _TITLE.match(name + " "):
            proposed_by = proposed_by or name
        else:
            proposer = proposer or name
    votes_for, votes_against = votes.counts_in(sentence_start, sentence_end)
    return ReportDraft(
        start=start,
        end=span_end,
        content=(content_start, content_end),
        outcome=outcome,
        noun="call" if is_call else "motion",
        proposer=proposer,
        proposed_by=proposed_by,
        votes_for=votes_for,
        votes_against=votes_against,
        vote_share=votes.share_in(sentence_start, sentence_end),
    )
