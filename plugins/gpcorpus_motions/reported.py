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
from collections.abc import Iterator, Sequence

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
    #: Whether the noun phrase is ``the motion`` or ``this motion``, with no verb giving a result:
    #: it may name again a motion reported in the sentence before.
    refers_back: bool = False


_NOUN = regex.compile(rf"(?<![\w’'-])(?i:{patterns.alternation(words.MOTION_NOUNS + words.CALL_NOUNS)})(?![\w’'-])")
_MOTION_NOUN = regex.compile(rf"(?<![\w’'-])(?i:{patterns.alternation(words.MOTION_NOUNS)})(?![\w’'-])")
_MOTION_NOUN_BEFORE = regex.compile(rf"(?<![\w’'-])(?i:{patterns.alternation(words.MOTION_NOUNS)})\s+$")
_LEFT = regex.compile(
    rf"(?:(?P<verb>{patterns.REPORT_VERB.pattern}\s+))?"
    rf"(?:(?<![\w’'-])(?P<determiner>(?i:a|an|the|this|that|their|its|his|her|another|two|three|four|five|several|\d{{1,2}}))\s+)?"
    rf"(?P<modifiers>(?:(?:[A-Z][\w’'&.-]{{0,30}}|LMCs?|(?i:emergency|composite|controversial|urgent|separate|further|similar|"
    rf"second|third|fresh|new|landmark|historic|key|final|substantive|original|amended|contentious|late|successful|"
    rf"unsuccessful|unanimous|formal|related|strongly|worded|hastily|drafted))\s+){{0,5}})$",
    # searched backwards from the noun, so that the first match is the longest one ending there
    # and each noun costs a bounded amount of work
    regex.REVERSE,
)
_LEADING_DETERMINER = regex.compile(r"(?i:a|an|the|this|that|their|its|his|her|another)\s+")
_GENERIC_MODIFIERS = frozenset(
    "a an the emergency composite controversial urgent separate further similar second third fresh new landmark "
    "historic key final substantive original amended contentious late successful unsuccessful unanimous formal related "
    "strongly worded hastily drafted lmc lmcs "
    "bma gpc conference another this that their its his her".split()
)
_NEGATING = regex.compile(rf"(?:{patterns.alternation(words.NEGATING_WORDS)})\s*$", regex.IGNORECASE)
_NEGATING_BEFORE = regex.compile(rf"(?<![\w’'])(?:{patterns.alternation(words.NEGATING_WORDS)})\s+$", regex.IGNORECASE)
_DEFERRING = regex.compile(rf"\b(?:{patterns.alternation(words.DEFERRING_WORDS)})\s*$", regex.IGNORECASE)
_SENTENCE_START = regex.compile(r"(?:[.!?]['’\"”]?\s+|\n)(?=\S)")
_NEW_SUBJECT = regex.compile(r"[’”\"']?,?\s+and\s+(?:this|the)\s+(?:meeting|conference)\b", regex.IGNORECASE)
_VOTES_AFTER = regex.compile(r"\s+by\s+\d[\d,]{0,8}\s+votes?\s+to\s+\d[\d,]{0,8}")
# abbreviations (``ARM``, ``LMC``) only in capitals, other words in any case; a possessive counts
# (``Northumberland LMC's Dr Jane Lothian``)
_CONFERENCE = regex.compile(
    rf"(?<![\w’'-])(?:{patterns.alternation(w for w in words.CONFERENCE_WORDS if w.isupper() or w[:-1].isupper())}"
    rf"|(?i:{patterns.alternation(w for w in words.CONFERENCE_WORDS if w.islower())}))(?:[’']s)?(?![\w’'-])"
)
#: A proposer named with its member: ``Northumberland LMC's Dr Jane Lothian``, ``Kent LMC's``.
_POSSESSIVE = regex.compile(r"^(?P<body>.{1,120}?)[’']s(?:\s+(?P<person>\S.{0,80}))?$")
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
    drafts = _join_restatements(text, drafts)
    drafts = sorted(
        drafts + list(_voted_to(text, sentences, votes, drafts)) + list(_to_be_voted(text, sentences, drafts)),
        key=lambda item: item[1].start,
    )
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
    yield from _verdicts(text, [draft for _, draft in drafts])


def _names_a_motion(named: Sequence[int], sentence_start: int, sentence_end: int) -> bool:
    """Whether a motion read from its noun (starts sorted in ``named``) begins in the sentence."""
    index = bisect.bisect_left(named, sentence_start)
    return index < len(named) and named[index] < sentence_end


#: Call nouns that are verbs straight after ``voted to`` (``voted to call for ...``).
_VERB_NOUNS = frozenset({"call", "demand", "propose"})


def _voted_to(text: str, sentences: _Sentences, votes: _Votes, drafts: list[tuple[int, ReportDraft]]) -> Iterator[tuple[int, ReportDraft]]:
    """Motions reported as what a conference's voters voted to do: ``The debate ended with LMC
    representatives voting to strongly support the GPC's workload plan.`` Carried; the content
    runs from after ``to`` to the end of the sentence. A sentence that names a motion is read
    from its noun instead."""
    named = sorted(draft.start for _, draft in drafts)
    for match in patterns.VOTED_TO.finditer(text):
        sentence_start, sentence_end = sentences.around(match.start())
        if _names_a_motion(named, sentence_start, sentence_end):
            continue  # read from its noun
        content_start = match.end()
        content_end = _trim(text, content_start, sentence_end)
        if len(text[content_start:content_end].split()) < 2:
            continue
        noun = _NOUN.search(text, content_start, content_end)
        if noun is not None and not (noun.start() == content_start and noun.group().lower() in _VERB_NOUNS):
            continue  # speaks of a motion or a call; ``voted to call for ...`` uses the word as a verb
        votes_for, votes_against = votes.counts_in(sentence_start, sentence_end)
        yield sentence_start, ReportDraft(
            start=match.start("verb"),
            end=content_end,
            content=(content_start, content_end),
            outcome="carried",
            noun="motion",
            votes_for=votes_for,
            votes_against=votes_against,
            vote_share=votes.share_in(sentence_start, sentence_end),
        )


#: Voters who may stand before a vote still to come (``LMCs will vote on ...``); ``doctors`` only
#: when the sentence names the conference, ``they`` when the text around it does.
_FUTURE_VOTERS = regex.compile(
    rf"(?<![\w’'-])(?:(?i:{patterns.alternation(words.CONFERENCE_VOTERS)})|(?P<loose>(?i:doctors|they)))(?![\w’'-])"
)
#: Words that show a conference is the setting (``vote`` is left out: the pattern itself has it).
_SETTING = regex.compile(r"(?<![\w’'-])(?:(?i:conference|representatives|delegates|agenda|motions?)|LMCs?|ARM)(?![\w’'-])")
#: How far before a vote still to come its voters may be named, and how far around it the setting.
_SUBJECT_REACH = 120
_SETTING_REACH = 600


def _to_be_voted(text: str, sentences: _Sentences, drafts: list[tuple[int, ReportDraft]]) -> Iterator[tuple[int, ReportDraft]]:
    """Motions on an agenda, reported as what a conference's voters will vote on or debate, with no
    motion named: ``At the conference, LMCs are also going to debate escalating their action.``
    No outcome; the content runs from the gerund (or ``whether``) to the end of the sentence."""
    named = sorted(draft.start for _, draft in drafts)
    for match in patterns.TO_BE_VOTED.finditer(text):
        sentence_start, sentence_end = sentences.around(match.start())
        if _names_a_motion(named, sentence_start, sentence_end):
            continue  # read from its noun
        subject = None
        for subject in _FUTURE_VOTERS.finditer(text, max(sentence_start, match.start() - _SUBJECT_REACH), match.start()):
            pass
        if subject is None:
            continue
        if subject.group("loose"):
            around = (sentence_start, sentence_end) if subject.group("loose").lower() == "doctors" else (
                max(0, match.start() - _SETTING_REACH), min(len(text), match.end() + _SETTING_REACH))
            if _SETTING.search(text, *around) is None:
                continue
        elif _SETTING.search(text, max(0, match.start() - _SETTING_REACH), min(len(text), match.end() + _SETTING_REACH)) is None:
            continue
        content_start = match.start("content")
        content_end = _trim(text, content_start, sentence_end)
        if len(text[content_start:content_end].split()) < 3:
            continue
        yield sentence_start, ReportDraft(
            start=match.start("aux"), end=content_end, content=(content_start, content_end), outcome=None, noun="motion",
        )


#: What may stand between a motion and ``the motion`` restating it in the next sentence: the
#: rest of the first sentence and its full stop, on the same line.
_NEXT_SENTENCE = regex.compile(r"[^.!?\n]{0,200}[.!?][’”\"')]?[ \t]+")


def _join_restatements(text: str, drafts: list[tuple[int, ReportDraft]]) -> list[tuple[int, ReportDraft]]:
    """One motion reported over two sentences: ``Now a motion of no confidence in the GMC. Dr Jane
    Smith presents the motion saying that ...``. The second names ``the motion`` again, with its
    wording and no result of its own, in the next sentence of the same paragraph: the two are
    one motion, from the first to the end of the second."""
    joined: list[tuple[int, ReportDraft]] = []
    for sentence, draft in drafts:
        if joined and draft.refers_back:
            first = joined[-1][1]
            gap = _NEXT_SENTENCE.match(text, first.end, sentence)
            if first.end <= sentence and gap is not None and gap.end() == sentence:
                first.end = draft.end
                first.content = draft.content
                first.outcome = first.outcome or draft.outcome
                first.proposer = first.proposer or draft.proposer
                first.proposed_by = first.proposed_by or draft.proposed_by
                first.votes_for = first.votes_for if first.votes_for is not None else draft.votes_for
                first.votes_against = first.votes_against if first.votes_against is not None else draft.votes_against
                first.vote_share = first.vote_share or draft.vote_share
                continue
        if joined and draft.noun == "motion" and joined[-1][1].noun == "motion":
            _share_restated(text, joined[-1][1], sentence, draft)
        joined.append((sentence, draft))
    return joined


#: What may stand between a motion and a sentence of the next paragraph opening with ``The motion
#: proposed by ...``: the rest of the first paragraph and one blank line.
_NEXT_PARAGRAPH = regex.compile(r"[^\n]{0,400}\n[ \t]*\n[ \t]*")
_OPENS_WITH_THE = regex.compile(r"(?i:the|this)\s+")


def _share_restated(text: str, first: ReportDraft, sentence: int, draft: ReportDraft) -> None:
    """One motion reported, then named again at the start of the next paragraph with who put it:
    ``LMCs backed a motion to ballot GPs ... \n\nThe motion proposed by Kent LMC asked ...``. The
    two stay separate items (the second restates the first in fuller words) but share what each
    knows: the proposer goes back to the first, its result forward to the second."""
    if first.proposer is not None or draft.proposer is None or first.end > sentence:
        return
    if draft.outcome is not None and draft.outcome != first.outcome:
        return  # a result of its own: another motion
    gap = _NEXT_PARAGRAPH.match(text, first.end, sentence)
    opening = _OPENS_WITH_THE.match(text, sentence, draft.start)
    if gap is None or gap.end() != sentence or opening is None or opening.end() != draft.start:
        return
    first.proposer = draft.proposer
    first.proposed_by = first.proposed_by or draft.proposed_by
    draft.outcome = draft.outcome or first.outcome


#: A sentence break inside a line, before a capital: where a verdict sentence may start.
_LINE_SENTENCE_BREAK = regex.compile(r"[.!?][’”\"')]?[ \t]+(?=[A-Z])")
#: A live blog's time stamp, or a bullet, before an entry's first sentence: ``15.30``, ``10:05am``.
_ENTRY_PREFIX = regex.compile(r"[ \t]*(?:\d{1,2}[.:]\d{2}(?:\s?[ap]m)?[ \t]+|[-–•*][ \t]+)?", regex.IGNORECASE)
#: How far back the statement a verdict is about may start.
_VERDICT_REACH = 600


def _inside(drafts: Sequence[ReportDraft], starts: Sequence[int], position: int) -> bool:
    """Whether ``position`` lies inside the last of ``drafts`` (sorted by start) to start before it."""
    index = bisect.bisect_right(starts, position) - 1
    return index >= 0 and position < drafts[index].end


def _bare_setting(text: str, bare: regex.Match) -> bool:
    """Whether the text around a bare verdict (``Motion passed, so ...``), other than the verdict
    itself, shows a conference is the setting."""
    floor, ceiling = max(0, bare.start() - _SETTING_REACH), min(len(text), bare.end() + _SETTING_REACH)
    return any(not (bare.start() <= m.start() < bare.end()) for m in _SETTING.finditer(text, floor, ceiling))


def _verdicts(text: str, drafts: list[ReportDraft]) -> Iterator[ReportDraft]:
    """Motions whose result is a sentence of its own after the statement voted on, as live blogs
    report them: ``QOF indicators harm patient care, say LMCs. Narrowly voted through.``, or with
    the voters as subject (``Delegates reject the motion.``). A verdict that opens with the bare
    noun and runs on (``Motion passed, so it looks like ...``) is a report of its own, its
    sentence the span, when the text around it speaks of a conference.

    The statement is the sentence before, on the same line, in a paragraph that speaks of a
    conference or a vote. A motion already reported in that sentence takes the result instead.
    """
    drafts = sorted(drafts, key=lambda draft: draft.start)
    starts = [draft.start for draft in drafts]
    for brk in _LINE_SENTENCE_BREAK.finditer(text):
        verdict = patterns.VERDICT.match(text, brk.end(), min(len(text), brk.end() + 120))
        active = None if verdict is not None else patterns.ACTIVE_VERDICT.match(text, brk.end(), min(len(text), brk.end() + 120))
        if verdict is None and active is None:
            bare = patterns.BARE_VERDICT.match(text, brk.end(), min(len(text), brk.end() + 60))
            if bare is not None and _bare_setting(text, bare) and not _inside(drafts, starts, brk.end()):
                sentence_end = _LINE_SENTENCE_BREAK.search(text, bare.end(), min(len(text), bare.end() + _VERDICT_REACH))
                line_end = text.find("\n", bare.end())
                end = min(x for x in (sentence_end.start() if sentence_end else len(text), line_end if line_end >= 0 else len(text)))
                end = _trim(text, bare.start(), end)
                while end > bare.end() and text[end - 1] in ".!?":
                    end -= 1
                yield ReportDraft(
                    start=bare.start(), end=end, content=(bare.end(), end),
                    outcome=patterns.outcome_of(bare.group("word"))[1], noun="motion",
                )
            continue
        if active is not None:
            verdict = active
        line_start = text.rfind("\n", max(0, brk.start() - _VERDICT_REACH), brk.start()) + 1
        floor = max(line_start, brk.start() - _VERDICT_REACH)
        previous = [m.end() for m in _LINE_SENTENCE_BREAK.finditer(text, floor, brk.start())]
        start = previous[-1] if previous else floor
        start = _ENTRY_PREFIX.match(text, start, brk.start()).end()
        content_end = brk.start()
        if len(text[start:content_end].split()) < 4 or not _in_conference(text, brk.start()):
            continue
        if active is not None:
            verb = active.group("verb").lower()
            outcome = "lost" if verb.startswith(("reject", "throw", "threw", "vote")) else "carried"
        else:
            outcome = patterns.outcome_of(verdict.group("word"))[1]
        earlier = drafts[bisect.bisect_left(starts, start):bisect.bisect_left(starts, content_end)]
        if earlier:
            for draft in earlier:
                if draft.outcome is None:
                    draft.outcome = outcome
            continue
        if _MOTION_NOUN.search(text, start, content_end):
            continue  # the sentence speaks of a motion without giving its content: not the statement voted on
        share = patterns.VOTE_SHARE.search(text, verdict.end(), min(len(text), verdict.end() + 60))
        yield ReportDraft(
            start=start, end=verdict.end(), content=(start, content_end), outcome=outcome, noun="motion",
            vote_share=share.group("share") if share else None,
        )


#: What may open a sentence before a motion that is its subject: nothing, or a phrase and a comma
#: (``On Tuesday, a motion backed by ...``).
_FRONTED = regex.compile(r"[ \t]*(?:[^,.;:!?\n]{1,40},[ \t]*)?")


#: ``as was`` straight before a motion: it shares the result of the clause before it.
_AS_WAS = regex.compile(r"[,;][ \t]*(?P<as>as)\s+(?:was|were)\s+$", regex.IGNORECASE)

#: Modifiers that give a motion's result: ``Another successful motion condemned ...``.
_RESULT_MODIFIERS = {"successful": "carried", "unsuccessful": "lost"}


def _modifier_outcome(left: regex.Match | None) -> str | None:
    """The result the words before the noun give (``a successful motion``), if any."""
    if left is None:
        return None
    for word in (left.group("modifiers") or "").lower().split():
        if word in _RESULT_MODIFIERS:
            return _RESULT_MODIFIERS[word]
    return None


def _finite_intro(text, noun, left, verb, after, after_end, sentence_start, sentence_end):
    """The content's start when the motion is its sentence's subject: ``A motion backed unanimously
    at the BMA annual conference called for ...``.

    Only a motion introduced with ``a`` or by its proposer (``the`` refers back to one already
    reported), with no verb before it, and with a participle or proposer after it saying how it
    fared or who put it.
    """
    if verb or after is None or not (after.group("participle") or after.group("by") or _modifier_outcome(left)):
        return None
    determiner = (left.group("determiner") or "").lower() if left else ""
    modifiers = left.group("modifiers").strip() if left else ""
    if determiner not in ("a", "an", "another") and not (determiner == "" and modifiers):
        return None
    opening = left.start() if left else noun.start()
    fronted = _FRONTED.match(text, sentence_start, opening)
    if fronted is None or fronted.end() != opening:
        return None
    return patterns.FINITE_INTRO.match(text, after_end, sentence_end)


#: A sentence opening ``In`` before a motion: ``In an emergency motion carried at the conference,
#: GPs agreed to ...``.
_OPENS_WITH_IN = regex.compile(r"[ \t]*(?i:in|under|through)\s+")
_CLAUSE_START = regex.compile(r"(?P<intro>)(?=\S)")


def _in_a_motion(text, noun, left, verb, after, after_end, sentence_start):
    """The content's start when a motion opens its sentence after ``In`` and a participle says how
    it fared: ``In an emergency motion carried at the Welsh LMCs conference, GPs agreed to reject
    the decision``. The content is the clause after the comma."""
    if verb or left is None or after is None or not after.group("participle"):
        return None
    if (left.group("determiner") or "").lower() not in ("a", "an"):
        return None
    opening = _OPENS_WITH_IN.match(text, sentence_start, left.start())
    if opening is None or opening.end() != left.start() or "," not in text[noun.end():after_end]:
        return None
    return _CLAUSE_START.match(text, after_end)


_CLOSING_MARKS = {"‘": "’", "“": "”", '"': '"', "'": "'"}
#: A closing single mark: followed by punctuation, the end of the line, or the words that carry the
#: sentence on (an apostrophe inside or at the end of a word is followed by neither).
_CLOSING_SINGLE = regex.compile(r"[’'](?=[ \t]*(?:[,.;:)!?]|$|\n|(?:was|were|is|and|but|had|has|which)\b))")


def _closing_quote(text: str, opening: str, start: int, limit: int) -> int | None:
    """Where the motion quoted from ``start`` closes: its closing mark on the same line, or ``None``."""
    line_end = text.find("\n", start, limit)
    limit = limit if line_end < 0 else line_end
    closing = _CLOSING_MARKS[opening]
    if closing in "’'":
        match = _CLOSING_SINGLE.search(text, start, limit)
        return match.start() if match else None
    position = text.find(closing, start, limit)
    return position if position >= 0 else None


#: The motion as the speaker at the end of its sentence: ``..., a motion passed at the
#: conference said.``
_SAID_LAST = regex.compile(
    rf"(?P<said>(?i:{patterns.alternation(words.MOTION_SPEECH_VERBS)}))(?:\s+(?i:{patterns.alternation(words.TRAILING_TIME_WORDS)}))?"
    r"(?=[ \t]*(?:[.!?]|\n|$))"
)
#: The comma that ends the content before such a motion, with a closing quote mark either side.
_CONTENT_COMMA = regex.compile(r"(?:,[’”\"']?|[’”\"'],?)[ \t]+$")


def _said_after(text, noun, left, after, after_end, bounds, votes) -> ReportDraft | None:
    """A motion named as the speaker after its content: ``The BMA no longer represents GPs, a
    motion passed at the LMC conference said.`` The content is the sentence up to the comma before
    ``a motion``; a participle after the noun gives the result."""
    sentence_start, sentence_end = bounds
    said = _SAID_LAST.match(text, after_end, sentence_end)
    if said is None or left is None:
        return None
    determiner = (left.group("determiner") or "").lower()
    modifiers = left.group("modifiers") or ""
    if determiner not in ("a", "an", "the", "this", "another") and not modifiers.strip():
        return None
    comma = _CONTENT_COMMA.search(text, sentence_start, left.start())
    if comma is None or comma.end() != left.start():
        return None
    content_start = _ENTRY_PREFIX.match(text, sentence_start, comma.start()).end()
    content_end = _trim(text, content_start, comma.start())
    if len(text[content_start:content_end].split()) < 3 or _MOTION_NOUN.search(text, content_start, content_end):
        return None  # too short to be a motion's words, or speaking of another motion
    participle = after.group("participle") if after else None
    proposer, proposed_by = _proposer_from(modifiers)
    if after is not None and after.group("by"):
        name = after.group("by").strip()
        if _TITLE.match(name + " "):
            proposed_by = proposed_by or name
        else:
            proposer = proposer or name
    votes_for, votes_against = votes.counts_in(sentence_start, sentence_end)
    return ReportDraft(
        start=content_start,
        end=said.end("said"),
        content=(content_start, content_end),
        outcome=patterns.outcome_of(participle)[1] if participle else None,
        noun="motion",
        proposer=proposer,
        proposed_by=proposed_by,
        votes_for=votes_for,
        votes_against=votes_against,
        vote_share=votes.share_in(sentence_start, sentence_end),
    )


_AGENT = regex.compile(r"\s+by\s+(?P<agent>[^,.;:!?\n]{1,60})")


def _voted_by_conference(text: str, start: int, end: int) -> bool:
    """Whether a passive result (``was rejected``) is not given to someone outside the conference:
    ``was rejected by representatives`` is a vote, ``was rejected by ministers`` is not."""
    agent = _AGENT.match(text, start, end)
    if agent is None:
        return True
    return bool(_CONFERENCE.search(agent.group("agent")) or _VOTER.match(agent.group("agent")))


_VOTER = regex.compile(rf"(?:(?:the|those)\s+)?(?i:{patterns.alternation(words.VOTERS)})\b", regex.IGNORECASE)


def _read(text: str, noun: regex.Match, bounds: tuple[int, int], votes: _Votes) -> ReportDraft | None:
    noun_word = noun.group().lower()
    is_call = noun_word in words.CALL_NOUNS
    sentence_start, sentence_end = bounds
    window_start = max(sentence_start, noun.start() - 160)
    left = _LEFT.search(text, window_start, noun.start())
    verb = left.group("verb") if left else None
    verb_start = left.start("verb") if verb else None
    modifiers = left.group("modifiers") if left else ""
    # a call with no verb before it is a motion only when a vote on it follows (``a call for ...
    # was voted down``): checked below
    if is_call and verb and _MOTION_NOUN_BEFORE.search(text, max(0, verb_start - 40), verb_start):
        return None  # ``a motion backed unanimously calls for ...``: the verb of a motion, not a call
    after = patterns.AFTER_NOUN.match(text, noun.end(), sentence_end)
    after_end = after.end() if after else noun.end()
    intro = patterns.CONTENT_INTRO.match(text, after_end, sentence_end)
    if intro is None:
        intro = _finite_intro(text, noun, left, verb, after, after_end, sentence_start, sentence_end)
        if intro is None and not is_call:
            intro = _in_a_motion(text, noun, left, verb, after, after_end, sentence_start)
        if intro is None and not is_call and not verb:
            return _said_after(text, noun, left, after, after_end, bounds, votes)
        if intro is None or is_call:
            return None
        strong = True
    else:
        strong = bool(intro.group("strong") or intro.group("quoted"))
    if is_call and not (strong or intro.group("intro").lower() in ("for", "to", "on")):
        return None
    if is_call and verb and not verb.lower().startswith("vot") and not _in_conference(text, noun.start()):
        return None
    content_start = intro.end()
    content_end = sentence_end
    outcome: str | None = None
    evidence = False
    span_end = None
    elided_start: int | None = None
    if verb:
        outcome = _verb_outcome(text, verb_start, verb.strip())
        evidence = True
    participle = after.group("participle") if after else None
    if participle and not verb:
        outcome = patterns.outcome_of(participle)[1]
        evidence = True
    elif not verb and _modifier_outcome(left):
        outcome = _modifier_outcome(left)
        evidence = True
    elif not verb and left is not None:
        # ``... was also passed; as was a motion saying ...``: the result of the clause before
        elided = _AS_WAS.search(text, sentence_start, left.start())
        if elided is not None:
            earlier = None
            for earlier in patterns.PASSIVE.finditer(text, sentence_start, elided.start()):
                pass
            if earlier is not None:
                outcome = patterns.outcome_of(earlier.group("word"))[1]
                evidence = True
                elided_start = elided.start("as")
    quoted = intro.groupdict().get("quoted")
    closing = None
    if quoted:
        closing = _closing_quote(text, quoted, content_start, min(len(text), noun.end() + _AFTER_REACH))
    if closing is not None:
        # the motion's own words in quote marks: they end at the closing mark, and a result may
        # follow it (``"That ..." was carried``)
        content_end = closing
        tail = patterns.QUOTED_TAIL_RESULT.match(text, closing, min(len(text), closing + 200))
        if tail is not None and not verb and not participle:
            outcome = patterns.outcome_of(tail.group("word"))[1]
            evidence = True
        span_end = closing + 1
    elif not verb and not participle:
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
            if is_call and (
                outcome is None or not _voted_by_conference(text, passive.end(), sentence_end) or not _in_conference(text, noun.start())
            ):
                return None
    if is_call and not verb and span_end is None:
        return None
    if not evidence and not (strong and noun_word in words.MOTION_NOUNS):
        return None
    if closing is None:
        content_end = _trim(text, content_start, content_end)
    if len(text[content_start:content_end].split()) < 2:
        return None
    if span_end is None:
        span_end = content_end
    else:
        count = _VOTES_AFTER.match(text, span_end, sentence_end)
        if count:
            span_end = count.end()
    if elided_start is not None:
        start = elided_start
    elif verb:
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
        possessive = _POSSESSIVE.match(name)
        if possessive is not None:
            person = possessive.group("person")
            if person and patterns.PERSON.match(person):
                proposed_by = proposed_by or person
            name = possessive.group("body")
        if _TITLE.match(name + " "):
            proposed_by = proposed_by or name
        else:
            proposer = proposer or name
    votes_for, votes_against = votes.counts_in(sentence_start, sentence_end)
    determiner = (left.group("determiner") or "").lower() if left else ""
    refers_back = determiner in ("the", "this") and not modifiers.strip() and outcome is None and not is_call
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
        refers_back=refers_back,
    )
