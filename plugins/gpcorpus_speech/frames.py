"""Attribution frames over chunks: reported speech the surface patterns do not reach.

The region's surface passes (:mod:`gpcorpus_speech.attribution`) run first, high precision
first; this pass then reads every sentence they left without speech, over the core's chunks
(:mod:`gpcorpus.chunk`), and tries each frame of English reported speech in turn:

* **subject, verb, clause**: ``the agency reported on Tuesday that …``, ``party spokesman Tom Reed
  said the plan …``: the subject is the noun phrase before the verb group, past an apposition
  or a relative clause set off by commas (``Jane Roe, senior partner at the Hill Surgery, said
  …``, ``Dr Roe, who chairs the committee, said …``); after the verb, a listener (``told staff``)
  and a short adverbial (``on Friday``, ``in a statement``, ``to reporters``) are skipped, then
  ``that``;
* **postposed**: ``The surgery will close, officials said on Friday.``: the clause before the
  comma that precedes the subject;
* **parenthetical**: ``The nurses, Ms Hale noted, are exhausted.``, ``The practice paid 0.8%, the
  agency said in a June report, and …``: the clause around the inserted cue;
* **relative**: ``the manager, who said staff were exhausted, resigned``: the speaker is the noun
  phrase the relative pronoun hangs from;
* **verb + object + to**: ``told his advisers to find another way``, ``urged ministers to act``;
  **verb + to**: ``vowed to fight on``, ``pledged to cut waiting lists``;
* **verb + what was said as its object** (the lexicon's ``np`` frame): ``criticised the plan as
  reckless``, ``called the charges unsubstantiated``, ``cited figures showing a rise``.

A verb group that is negated, has a modal (``would say``) or is passive (``was told``) reports
no speech. Which frames a verb takes comes from the lexicon (:func:`gpcorpus.lexicon.speech_verbs`).
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from attrs import frozen

from gpcorpus import chunk as chunker
from gpcorpus import lexicon
from gpcorpus.chunk import Chunks, VerbGroup

__all__ = ["Frame", "Cue", "read_frames", "read_direct"]

#: Words that may stand between a verb and its clause as a short adverbial.
_ADVERBIAL_OPENERS = frozenset({"in", "on", "at", "to", "during", "after", "before", "last", "this", "earlier",
                                "later", "yesterday", "today", "on", "via", "through", "with", "when", "while"})
#: Words after which a clause does not start (``said to be``, ``told of``).
_NOT_A_CLAUSE = frozenset({"to", "by", "of", "about", "so", "for", "as", "with", "from", "on", "in", "at"})
#: Adverbs and time words allowed between a subject and its verb (``officials also said``).
_BETWEEN = frozenset({"also", "later", "earlier", "then", "now", "previously", "recently", "repeatedly",
                      "yesterday", "today", "again", "further", "once", "still", "too"})
_TIME_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
                         "today", "week", "month", "year", "morning", "afternoon", "evening", "night", "last",
                         "this", "on", "in", "earlier", "later", "at", "a", "the", "statement", "interview",
                         "report", "letter", "email", "told", "to", "reporters", "afterwards"})
_REPORTING_VERB_FRAMES = frozenset({"that", "bare", "obj_that", "obj_bare"})
#: The most tokens a reported clause runs to.
_CLAUSE_REACH = 120


@frozen
class Frame:
    """Reported speech read by a frame: its content, the subject's span and the cue."""

    content_start: int
    content_end: int
    subject_start: int
    subject_end: int
    cue: str
    frame: str


def _word(chunks: Chunks, index: int) -> str:
    return chunks.tokens[index].text.lower() if 0 <= index < len(chunks.tokens) else ""


def _is_punct(chunks: Chunks, index: int, marks: str = ",") -> bool:
    return 0 <= index < len(chunks.tokens) and chunks.tokens[index].kind == "punct" and chunks.tokens[index].text in marks


def _subject_before(chunks: Chunks, group: VerbGroup) -> tuple[int, int, str] | None:
    """The subject of ``group``: ``(first token, last token, how)``; ``how`` is ``plain``,
    ``apposed`` (past an apposition or relative clause) or ``inserted`` (a cue inside commas)."""
    probe = group.first - 1
    while probe >= 0 and _word(chunks, probe) in _BETWEEN:
        probe -= 1
    if probe < 0:
        return None
    phrase = chunks.noun_phrase_ending_at(probe)
    if phrase is not None:
        first = phrase.first
        # "80% of patients", "half of the members": the share is the subject
        share = chunks.noun_phrase_ending_at(first - 2) if _word(chunks, first - 1) == "of" else None
        if share is not None:
            first = share.first
        before = first - 1
        how = "inserted" if _is_punct(chunks, before) else "plain"
        if group.tag == "base" and group.first == group.last and not _plural_subject(chunks, phrase.last):
            return None  # a bare present needs a plural or first/second-person subject: "Let's call ..."
        if group.tag == "third" and group.first == group.last and not _singular_subject(chunks, phrase):
            return None  # "the appeals court", "medical claims": a plural noun, not a verb
        return first, phrase.last, how
    if _is_punct(chunks, probe, ",–—"):
        # "X, <apposition or relative clause>, said": the earlier comma closes the subject
        close = probe
        probe -= 1
        while probe >= 0 and close - probe <= 25 and not _is_punct(chunks, probe, ",–—;:"):
            probe -= 1
        if probe < 0 or not _is_punct(chunks, probe, ",–—") or close - probe < 2:
            return None
        inner = probe + 1
        inner_phrase = chunks.noun_phrase_starting_at(inner)
        if not (_word(chunks, inner) in ("who", "whose", "which") or inner_phrase is not None):
            return None
        phrase = chunks.noun_phrase_ending_at(probe - 1)
        if phrase is None:
            return None
        return phrase.first, phrase.last, "apposed"
    return None


def _plural_subject(chunks: Chunks, last: int) -> bool:
    word = chunks.tokens[last].text
    low = word.lower()
    if low in ("they", "we", "i", "you", "people", "staff", "police", "public"):
        return True
    return low.endswith("s") and not low.endswith(("’s", "'s", "ss", "us", "is")) and len(low) > 2


def _singular_subject(chunks: Chunks, phrase) -> bool:
    """Whether a noun phrase can be the subject of a verb in ``-s`` with none of the words that
    make ``claims``, ``reports`` or ``appeals`` plural nouns more likely: a name, ``he``/``she``/
    ``it``, or a phrase whose last word is a role or a body's kind of noun."""
    if phrase.kind == "name":
        return True
    last = chunks.tokens[phrase.last].text.lower()
    if phrase.kind == "pronoun":
        return last in ("he", "she", "it")
    return last in lexicon.word_set("roles") or last in lexicon.word_set("body_nouns")


def _clause_end(chunks: Chunks, start: int) -> int:
    """The last token of the clause starting at ``start``: before a participle of speech after a
    comma (``, adding``), a coordinated speech verb (``and said``) or the sentence's end."""
    tokens = chunks.tokens
    # a reported clause is read at most this far: what a frame reports is one clause, and the
    # bound keeps every frame's work constant on a run-on "sentence" of hostile input
    last = min(len(tokens), start + _CLAUSE_REACH) - 1
    for index in range(start, last + 1):
        if _is_punct(chunks, index, ",") and index + 1 < len(tokens):
            entry = lexicon.speech_verb(tokens[index + 1].text)
            if entry is not None and entry[1] == "gerund":
                return index - 1
        if _word(chunks, index) in ("and", "but") and index + 1 < len(tokens):
            entry = lexicon.speech_verb(tokens[index + 1].text)
            if entry is not None and entry[1] in ("past", "third"):
                return index - 1
        if _is_punct(chunks, index, ";"):
            return index - 1
    while last >= start and tokens[last].kind == "punct" and tokens[last].text in ".!?,;:":
        last -= 1
    return last


def _complement_start(chunks: Chunks, group: VerbGroup) -> tuple[int, bool] | None:
    """Where a reported clause starts after ``group``, and whether ``that`` introduced it."""
    verb = group.speech
    assert verb is not None
    index = group.last + 1
    tokens = chunks.tokens
    if index >= len(tokens):
        return None
    if verb.frames & {"obj_that", "obj_bare"}:
        # a listener: "told staff", "told The Huffington Post", "assured members"
        phrase = chunks.noun_phrase_starting_at(index)
        if phrase is not None and _word(chunks, phrase.last + 1) != "to":
            index = phrase.last + 1
    # a short adverbial before the clause: "on Friday", "in a statement to MPs"
    probe = index
    while probe < len(tokens) and probe - index < 10 and _word(chunks, probe) != "that" and (
            _word(chunks, probe) in _ADVERBIAL_OPENERS or probe > index):
        if tokens[probe].kind == "punct" and tokens[probe].text not in ",":
            break
        probe += 1
    if probe < len(tokens) and _word(chunks, probe) == "that" and probe > index:
        return probe + 1, True
    if _word(chunks, index) == "that":
        return index + 1, True
    if "bare" in verb.frames or "obj_bare" in verb.frames:
        return index, False
    return None


def _content(chunks: Chunks, first: int, last: int) -> tuple[int, int] | None:
    if last < first:
        return None
    words = [t for t in chunks.tokens[first:last + 1] if t.kind != "punct"]
    if len(words) < 3:
        return None
    return chunks.tokens[first].start, chunks.tokens[last].end


def _frames_of(chunks: Chunks, group: VerbGroup) -> Frame | None:
    verb = group.speech
    if verb is None or group.negated or group.modal is not None or group.passive:
        return None
    if group.tag == "gerund":
        return None  # participles carry on their clause's speech: read by the surface passes
    tokens = chunks.tokens
    cue = chunks.text_of(group)
    subject = _subject_before(chunks, group)
    # verb + object + to, verb + to
    after = group.last + 1
    if "to" in verb.frames and _word(chunks, after) == "to":
        found = _content(chunks, after, _clause_end(chunks, after))
        if found and subject:
            return Frame(*found, tokens[subject[0]].start, tokens[subject[1]].end, cue, "to")
    if "obj_to" in verb.frames:
        phrase = chunks.noun_phrase_starting_at(after)
        if phrase is not None and _word(chunks, phrase.last + 1) == "to":
            found = _content(chunks, after, _clause_end(chunks, after))
            if found and subject:
                return Frame(*found, tokens[subject[0]].start, tokens[subject[1]].end, cue, "obj_to")
    if subject is None:
        return None
    s_first, s_last, how = subject
    # postposed or inserted: the cue ends its clause (maybe after a short time adverbial)
    rest = [t for t in tokens[after:after + 12] if t.kind != "punct"]
    if len(tokens) > after + 12:
        rest.extend(tokens[after + 12:after + 13])  # more follows: never an adverbial tail
    tail_is_adverbial = len(rest) <= 6 and all(t.text.lower() in _TIME_WORDS or t.text[:1].isupper() for t in rest)
    if (how in ("inserted",) or not rest or tail_is_adverbial) and "post" in verb.frames:
        comma = s_first - 1
        if _is_punct(chunks, comma):
            before = _content(chunks, max(0, comma - _CLAUSE_REACH), comma - 1)
            closing = _next_comma(chunks, after)
            if closing is not None and how == "inserted" and not tail_is_adverbial:
                # "The nurses, Ms Hale noted, are exhausted": the clause around the cue
                around = _content(chunks, max(0, comma - _CLAUSE_REACH), _clause_end(chunks, closing + 1))
                if around:
                    return Frame(around[0], around[1], tokens[s_first].start, tokens[s_last].end, cue, "parenthetical")
            if before and (not rest or tail_is_adverbial):
                return Frame(before[0], before[1], tokens[s_first].start, tokens[s_last].end, cue, "postposed")
        return None
    if "np" in verb.frames and not verb.frames & {"bare", "obj_bare"} and _word(chunks, after) not in ("that", "to"):
        # a speech act with what was said as its object: "criticised the plan as 'reckless'",
        # "called the charges unsubstantiated", "cited figures showing ..."
        phrase = chunks.noun_phrase_starting_at(after)
        if phrase is not None and phrase.kind != "number":
            found = _content(chunks, after, _clause_end(chunks, after)) or (
                tokens[phrase.first].start, tokens[phrase.last].end)
            return Frame(found[0], found[1], tokens[s_first].start, tokens[s_last].end, cue, "object")
    if not verb.frames & _REPORTING_VERB_FRAMES:
        return None
    start = _complement_start(chunks, group)
    if start is None:
        return None
    first, said_that = start
    if not said_that and _word(chunks, first) in _NOT_A_CLAUSE:
        return None
    if first < len(tokens) and tokens[first].kind == "punct" and tokens[first].text in ",:;.":
        return None
    last = _clause_end(chunks, first)
    found = _content(chunks, first, last)
    if found is None:
        return None
    only = chunks.noun_phrase_starting_at(first)
    if only is not None and only.last >= last:
        return None  # "told some of the miners": a listener, no clause
    return Frame(found[0], found[1], tokens[s_first].start, tokens[s_last].end, cue, "clause" if how != "apposed" else "apposed")


def _next_comma(chunks: Chunks, index: int) -> int | None:
    for probe in range(index, min(len(chunks.tokens), index + 8)):
        if _is_punct(chunks, probe):
            return probe
    return None


def _relative_frames(chunks: Chunks) -> list[Frame]:
    """``the manager, who said staff were exhausted, resigned``: speech in a relative clause."""
    found = []
    for boundary in chunks.boundaries:
        if boundary.kind != "relative" or chunks.tokens[boundary.token].text.lower() != "who":
            continue
        group = chunks.verb_group_starting_at(boundary.token + 1)
        if group is None or group.speech is None or group.negated or group.modal or group.passive:
            continue
        if not group.speech.frames & _REPORTING_VERB_FRAMES:
            continue
        subject_end = boundary.token - 1
        if _is_punct(chunks, subject_end):
            subject_end -= 1
        phrase = chunks.noun_phrase_ending_at(subject_end)
        start = _complement_start(chunks, group)
        if phrase is None or start is None:
            continue
        first, said_that = start
        if not said_that and _word(chunks, first) in _NOT_A_CLAUSE:
            continue
        last = _next_comma(chunks, first)
        last = (last - 1) if last is not None and last > first else _clause_end(chunks, first)
        content = _content(chunks, first, last)
        if content is not None:
            found.append(Frame(content[0], content[1], chunks.tokens[phrase.first].start,
                               chunks.tokens[phrase.last].end, chunks.text_of(group), "relative"))
    return found


def read_frames(text: str, start: int, end: int,
                skip: Callable[[int, int], bool] = lambda a, b: False) -> Sequence[Frame]:
    """The frames read in the sentence ``text[start:end]``, with document offsets.

    ``skip(content_start, content_end)`` says which readings to leave out (speech already found).
    """
    chunks = chunker.chunk(text[start:end])
    frames: list[Frame] = []
    for group in chunks.verb_groups:
        frame = _frames_of(chunks, group)
        if frame is not None:
            frames.append(frame)
    frames.extend(_relative_frames(chunks))
    shifted = []
    for frame in frames:
        moved = Frame(frame.content_start + start, frame.content_end + start, frame.subject_start + start,
                      frame.subject_end + start, frame.cue, frame.frame)
        if not skip(moved.content_start, moved.content_end):
            shifted.append(moved)
    return shifted


@frozen
class Cue:
    """Who a quotation is attributed to by a frame: the quotation's start (in the masked text, the
    start of its quote token), the speaker's span and the cue."""

    quote_start: int
    subject_start: int
    subject_end: int
    cue: str
    frame: str


def _speaker_after(chunks: Chunks, index: int) -> tuple[int, int, VerbGroup] | None:
    """After a quotation: ``, Jane Roe, the chair, said`` or ``, said Jane Roe``."""
    tokens = chunks.tokens
    probe = index
    if _is_punct(chunks, probe, ","):
        probe += 1
    group = chunks.verb_group_starting_at(probe)
    if group is not None:
        # inverted: "said Mr. McGinley, the law professor"
        phrase = chunks.noun_phrase_starting_at(group.last + 1)
        if phrase is not None and group.speech is not None and "post" in group.speech.frames:
            return phrase.first, phrase.last, group
        return None
    phrase = chunks.noun_phrase_starting_at(probe)
    if phrase is None:
        return None
    after = phrase.last + 1
    # past appositions and relative clauses set off by commas: ", the executive director at X,"
    for _ in range(3):
        if not _is_punct(chunks, after, ",–—"):
            break
        close = after + 1
        while close < len(tokens) and close - after <= 25 and not _is_punct(chunks, close, ",–—;:") \
                and tokens[close].kind != "quote":
            close += 1
        if close >= len(tokens) or not _is_punct(chunks, close, ",–—"):
            break
        after = close + 1
    while after < len(tokens) and _word(chunks, after) in _BETWEEN:
        after += 1
    group = chunks.verb_group_starting_at(after)
    if group is None or group.speech is None or not group.speech.frames & {"post", "quote"}:
        return None
    if group.negated or group.modal:
        return None
    return phrase.first, phrase.last, group


def read_direct(masked: str, start: int, end: int) -> Sequence[Cue]:
    """Who each quotation in the sentence ``masked[start:end]`` is attributed to by a chunk frame:
    a cue after it (``“…,” Jane Roe, the chair, told MPs``, ``“…,” said Mr Lee, a GP``), a speaker
    and verb before it (``Trump boasted, “…”``, ``Trump declared “…”``), ``as X put it, “…”`` and
    ``according to X, “…”``. ``masked`` has every quotation's characters replaced by
    :data:`gpcorpus.chunk.QUOTE_MASK` characters."""
    chunks = chunker.chunk(masked[start:end])
    tokens = chunks.tokens
    found: list[Cue] = []
    for index, token in enumerate(tokens):
        if token.kind != "quote":
            continue
        after = _speaker_after(chunks, index + 1)
        if after is not None:
            first, last, group = after
            found.append(Cue(token.start + start, tokens[first].start + start, tokens[last].end + start,
                             chunks.text_of(group), "after"))
            continue
        probe = index - 1
        if _is_punct(chunks, probe, ",:"):
            probe -= 1
        group = chunks.verb_group_ending_at(probe)
        if group is not None and group.speech is not None and "quote" in group.speech.frames \
                and not (group.negated or group.modal or group.passive):
            subject = _subject_before(chunks, group)
            if subject is not None:
                found.append(Cue(token.start + start, tokens[subject[0]].start + start, tokens[subject[1]].end + start,
                                 chunks.text_of(group), "before"))
                continue
        # "as X put it, “…”", "according to X, “…”"
        if _is_punct(chunks, index - 1, ","):
            words = [t.text.lower() for t in tokens[max(0, index - 40):index - 1]]
            put_it = any(words[i:i + 2] == ["put", "it"] for i in range(len(words) - 1))
            if put_it or "according" in words:
                lead = next((i for i in range(index - 2, max(-1, index - 42), -1)
                             if _word(chunks, i) in ("as", "to")), None)
                phrase = chunks.noun_phrase_starting_at(lead + 1) if lead is not None else None
                if phrase is not None:
                    found.append(Cue(token.start + start, tokens[phrase.first].start + start,
                                     tokens[phrase.last].end + start, "put it" if put_it else "according to",
                                     "as"))
    return found
