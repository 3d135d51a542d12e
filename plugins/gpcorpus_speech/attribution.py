"""Attribution: which words are speech, and whose.

The text of a region (the article, or one reader comment) is *masked*: every quotation,
marks included, becomes a run of :data:`~gpcorpus_speech.patterns.MASK` characters of the same
length, so offsets are kept and cue patterns see each quotation as one opaque token. Then each
sentence is read for cues, in document order:

* a reporting verb with a quotation after it (``X said: “…”``, ``X told the Gazette: ‘…’``, a cue
  ending a paragraph with a colon and the quotation opening the next, a bulleted list);
* a reporting verb with a quotation before it (``“…,” said X.``, ``‘…’ says X``);
* a reporting verb with a clause after it: reported speech (``X said half of practices…``), its
  quoted phrases being partial quotes;
* a reporting verb closing a sentence (``…, Westshire CCG said.``): the sentence before it is
  reported speech;
* ``according to X``, and a bare colon after a named speaker (``Dr X from Y LMC: ‘…’``);
* words quoted as the subject's description (``what the BMA described as “…” morale``).

A quotation no cue reaches carries on the speaker of the quotation just before it when
nothing but list punctuation or that quotation's own cue stands between them (or, for a
paragraph that is only a quoted sentence, when the paragraph before ends in anyone's speech);
otherwise it is a scare quote or a title, left out (or reported with form ``scare`` on request).
"""
from __future__ import annotations

import bisect
from collections import deque
from collections.abc import Iterator, Sequence
from itertools import islice

import regex
from attrs import define, evolve, field, frozen

from gpcorpus import Document
from gpcorpus import chunk as chunker
from gpcorpus import lexicon
from gpcorpus import text as language
from gpcorpus.text import Quotation
from gpcorpus_speech.patterns import (
    ACCORDING_TO,
    ADDITIVE_LEAD,
    ADVERBIAL_BEFORE_THAT,
    BEFORE_THAT,
    CLAUSE_BOUNDARY,
    CLAUSE_AFTER_QUOTE,
    COORDINATED_CUE,
    DESCRIBING_CUE,
    LEAD_GAP,
    LEAD_GAP_AT_END,
    AND_NEW_SUBJECT,
    FINDING_VERB,
    LEADING_TIME,
    LIST_GAP,
    LISTENER,
    LISTENER_LAST,
    LIVE_BLOG_TIME,
    MASK,
    MODAL_BEFORE_VERB,
    MOTION_SUBJECT,
    ELIDED_SUBJECT,
    CLAUSE_LABEL,
    ROLE_PHRASE,
    NOMINAL_CUE,
    NOUN_DETERMINER,
    ONE_NAME,
    PROPORTION_SPEAKER,
    MASK_END,
    MASKS,
    PARAGRAPH_GAP,
    PIECE_SEPARATOR,
    RELATIVE_PRONOUN,
    SPEECH_ACT_CUE,
    ANY_SPEECH_FORM,
    SPEECH_VERB,
    TRAILING_AUXILIARIES,
    TRAILING_SUBJECT_PRONOUN,
    WORD,
)
from gpcorpus_speech.frames import read_direct, read_frames
from gpcorpus_speech.speakers import Mention, Register, parse_mention, person_names
from gpcorpus_speech.vocabulary import (
    APPOSITION_OPENERS,
    CLAUSE_VERBS,
    CONTENT_NOUNS,
    PERSON_NOUNS,
    CONTINUING_VERBS,
    FINDING_NOUNS,
    IRREGULAR_PAST_VERBS,
    LEADING_WORDS,
    PASSIVE_MARKERS,
    PEOPLE_ONLY_VERBS,
    PERSON_ONLY_VERBS,
    SPEECH_VERBS,
    PREPOSITION_ONLY_VERBS,
    PREPOSITION_VERBS,
    QUOTATION_ONLY_VERBS,
    THAT_ONLY_VERBS,
)

__all__ = ["Speech", "find_speech"]

_SPEECH_VERB_SET = frozenset(SPEECH_VERBS)
#: Prepositions that open a fronted adverbial (``On a visit to the surgery he said``).
_OPENING_PREPOSITIONS = frozenset({"on", "at", "in", "during", "after", "before", "following"})
#: Verbs of announcing: a cue for a ``that`` clause only when a person announces.
ANNOUNCING_VERBS = frozenset({"announced", "announces"})
#: ``, who`` (``, who also``) just before a verb: a relative clause inserted between commas.
_INSERTED_RELATIVE = regex.compile(r",\s*who(?:\s+(?:also|later|then|previously))?\s+$")
#: How far before a verb its speaker phrase may start, in characters.
_WINDOW = 400
#: The most reporting verbs read as cues within one window (:data:`_WINDOW` characters) of a
#: sentence: prose has two or three at most (``said ... told ... added``); past that, each verb
#: would re-read the same window, and a run of them (``said said said ...``) cost the square.
_DENSEST_VERBS = 6
#: What may stand between a paragraph's start and a quotation that opens it.
_BULLETS_AND_SPACES = frozenset(" \t•*·▪‣◦-–")
#: How far after ``according to`` the source's noun phrase may run before its comma, in
#: characters: a speaker phrase has at most 14 words (see ``parse_mention``).
_NOUN_PHRASE_REACH = 400
_PASSIVE = object()
#: Lower-case words inside a body's capitalised name: ``Board for Northport and the Vale of Ashdown``.
_NAME_GLUE = frozenset({"the", "of", "for", "and"})
#: Words that follow a participle opening an adverbial (``Speaking to the Gazette``, ``Responding
#: to it``), never the noun after an adjective (``Rising numbers``).
_FUNCTION_WORDS = frozenset({
    "the", "a", "an", "to", "at", "on", "in", "for", "with", "of", "by", "from", "his", "her", "their", "its", "our",
    "my", "your", "this", "that", "these", "those", "it", "them", "him", "us", "me", "up", "out", "about", "over",
    "through", "into", "as", "after", "before", "during", "under", "across", "against", "around", "off", "down",
    "back", "away", "all", "both", "each", "every", "some", "any", "no", "such", "what", "how", "why", "whether",
    "more", "most", "here", "there", "today", "yesterday", "last", "this", "next", "recently", "publicly",
})


#: Words that end the head of an ``according to`` noun phrase (``a survey *of* GPs``).
_HEAD_END: frozenset[str] = frozenset({
    "of", "by", "from", "in", "at", "for", "on", "published", "issued", "released", "compiled",
    "who", "which", "that", "whose", "with", "and", "to",
})
#: Studies whose results are findings when something is ``according to`` them.
_STUDY_NOUNS: frozenset[str] = frozenset({
    "survey", "surveys", "poll", "polls", "study", "studies", "analysis", "analyses", "audit", "audits",
    "census", "questionnaire",
})


def _finding_head(words: list[str]) -> bool:
    """Whether the head of an ``according to`` noun phrase is data or a study (``the latest
    Nuffield Trust data``, ``a survey of 500 members``): what it says is a finding, not speech."""
    if any(w.lower() in FINDING_NOUNS for w in words[:4]):
        return True  # "according to a breakdown of figures"
    words = words[:12]
    for index, word in enumerate(words):
        low = word.lower()
        if low in _HEAD_END and not (low in _NAME_GLUE and 0 < index < len(words) - 1 and
                                     words[index - 1][:1].isupper() and words[index + 1][:1].isupper()):
            break  # "of" ends the head ("a survey of 500 members"), unless inside a name ("Royal College of GPs data")
        if low in FINDING_NOUNS or low in _STUDY_NOUNS:
            return True
    return False


@frozen
class Speech:
    """One piece of speech found: where its words are, its form, and who said it."""

    start: int
    end: int
    form: str
    speaker: str | None
    speaker_span: tuple[int, int] | None
    cue: str | None
    role: str | None


@define
class _Entity:
    offset: int
    name: str
    kind: str
    gender: str | None
    plural: bool


@define
class _Attribution:
    mention: Mention | None
    speaker: str | None
    cue: str
    #: Where the cue's sentence ends, for a trailing cue (so the next quotation can carry on).
    cue_end: int
    form: str = "direct"


@define
class _Region:
    document: Document
    paragraphs: Sequence[tuple[int, int]]
    #: For a reader comment: the commenter (``I`` and ``we`` are them), and that it is one.
    comment: bool = False
    author: str | None = None
    emit_scare: bool = False
    #: Also report a speech act's object as what was said (``criticised the plan``): see the
    #: plugin's ``objects`` setting.
    objects: bool = False
    #: The stretch of the document's text to read, when not all of it; ``paragraphs`` and
    #: everything found are then offsets into that stretch.
    window: tuple[int, int] | None = None

    text: str = field(init=False)
    lo: int = field(init=False)
    masked: str = field(init=False)
    quotes: list[Quotation] = field(init=False)
    register: Register = field(init=False)
    entities: list[_Entity] = field(init=False, factory=list)
    assigned: dict[int, _Attribution] = field(init=False, factory=dict)
    indirect: list[tuple[int, int, _Attribution]] = field(init=False, factory=list)
    #: Reported clauses not kept as speech (survey answers), whose verbs are not cues either.
    claimed: list[tuple[int, int]] = field(init=False, factory=list)
    nested: set[int] = field(init=False, factory=set)
    quote_starts: list[int] = field(init=False, factory=list)
    #: Speech spans found by the surface passes, sorted, and their starts (for the chunk frames).
    taken: list[tuple[int, int]] = field(init=False, factory=list)
    taken_starts: list[int] = field(init=False, factory=list)
    paragraph_starts: list[int] = field(init=False, factory=list)
    #: While a postposed pronoun is resolved, where its sentence starts: antecedents from there
    #: on are inside the words it reports.
    floor: int | None = field(init=False, default=None)

    def __attrs_post_init__(self) -> None:
        self.text = self.document.text if self.window is None else self.document.text[self.window[0]:self.window[1]]
        self.lo = self.paragraphs[0][0]
        hi = self.paragraphs[-1][1]
        # the core's quotations, at the region's offsets (a window's start is its zero)
        offset = self.window[0] if self.window is not None else 0
        self.quotes = [q if not offset else evolve(q, start=q.start - offset, end=q.end - offset,
                                                   content_start=q.content_start - offset,
                                                   content_end=q.content_end - offset)
                       for q in language.quotations_in(self.document, self.lo + offset, hi + offset)]
        chars = ["\n"] * (hi - self.lo)
        for start, end in self.paragraphs:
            chars[start - self.lo:end - self.lo] = self.text[start:end].replace(MASK, " ").replace(MASK_END, " ")
            stamp = LIVE_BLOG_TIME.match(self.text, start, end)
            if stamp is not None:
                chars[start - self.lo:stamp.end() - self.lo] = " " * (stamp.end() - start)
        for quote in self.quotes:
            for index in range(quote.start, quote.end):
                if chars[index - self.lo] != "\n" or quote.paragraphs > 1 or quote.closed:
                    chars[index - self.lo] = MASK
            if self.text[quote.content_end - 1] in ".!?":
                chars[quote.end - 1 - self.lo] = MASK_END
        # the masked text is indexed by document offsets through self.lo
        self.masked = "\n" * self.lo + "".join(chars)
        self.nested = _nested(self.quotes)
        self.quote_starts = [q.start for q in self.quotes]
        self.paragraph_starts = [a for a, _ in self.paragraphs]
        self.register = Register.of(self.text, list(self.paragraphs))

    # -- sentences ---------------------------------------------------------------------------

    def sentences(self) -> Iterator[tuple[int, int]]:
        """The region's sentences, from the core's one sentence splitter (quotations seen through)."""
        outer: list[Quotation] = []
        for quote in self.quotes:
            if not outer or quote.start >= outer[-1].end:
                outer.append(quote)
        for start, end in self.paragraphs:
            yield from language.split_sentences(self.text, start, end, outer)

    # -- speakers ----------------------------------------------------------------------------

    def _pieces(self, start: int, end: int) -> list[tuple[int, int]]:
        pieces = []
        position = start
        for match in PIECE_SEPARATOR.finditer(self.masked, start, end):
            pieces.append((position, match.start()))
            position = match.end()
        pieces.append((position, end))
        pieces = [(a, b) for a, b in pieces if self.masked[a:b].strip()]
        # "Bristol, North Somerset and South Gloucestershire CCG": a list of places is one piece
        merged: list[tuple[int, int]] = []
        for a, b in pieces:
            words = WORD.findall(self.masked[a:b])
            if merged and words and words[0][:1].isupper() and "and" in words:
                previous = WORD.findall(self.masked[merged[-1][0]:merged[-1][1]])
                if previous and previous[-1][:1].isupper() and self.masked[merged[-1][1]:a].strip() == "," \
                        and self._piece_class(*merged[-1]) != "leading":
                    merged[-1] = (merged[-1][0], b)
                    continue
            merged.append((a, b))
        return merged

    def _skip_openers(self, start: int, end: int) -> int:
        """Past connectives and time adverbials that open a piece without a comma (``But patients``)."""
        while True:
            word = WORD.match(self.masked, start, end)
            if word is not None and word.group().lower() in ("but", "and", "so", "yet", "however", "meanwhile", "now") \
                    and WORD.search(self.masked, word.end(), end):
                start = word.end()
                while start < end and self.masked[start].isspace():
                    start += 1
                continue
            time = LEADING_TIME.match(self.masked, start, end)
            if time is not None and WORD.search(self.masked, time.end(), end):
                start = time.end()
                continue
            if word is not None and word.group().lower() in _OPENING_PREPOSITIONS:
                # "On a visit to the surgery he also said": a fronted adverbial, then the subject
                pronoun = TRAILING_SUBJECT_PRONOUN.search(self.masked, word.end(), end)
                if pronoun is not None:
                    return pronoun.start("pronoun")
            return start

    def _piece_class(self, start: int, end: int) -> str:
        words = WORD.findall(self.masked[start:end])
        if not words:
            return "empty"
        first = words[0].lower()
        if first in ("a", "an", "one"):
            return "np"
        if first in LEADING_WORDS or (first.endswith("ing") and len(first) > 5 and words[0][0].isupper()):
            return "leading"
        if first in APPOSITION_OPENERS:
            return "apposition"
        return "np"

    def _choose(self, start: int, end: int) -> Mention | None:
        pieces = self._pieces(start, end)
        if not pieces:
            return None
        ends_with_comma = self.masked[start:end].rstrip()[-1:] in (",", "–", "—", ")")
        parsed = []
        for index, (a, b) in enumerate(pieces):
            a = self._skip_openers(a, b)
            kind = self._piece_class(a, b)
            mention = parse_mention(self.text, a, b) if kind != "apposition" else None
            if kind == "apposition" and all(item[2] == "leading" for item in parsed):
                # a role opening the sentence (after any adverbial) before the name: "Chairman Dr
                # Clare Gerada said", "Last month, chair of the LMC Dr Amy Lee said"
                mention = parse_mention(self.text, a, b)
                if mention is not None and mention.kind == "person" and mention.start > a:
                    kind = "np"
                else:
                    mention = None
            if mention is not None and any(w in CLAUSE_VERBS for w in WORD.findall(self.masked[a:b])):
                mention = None  # a clause ("The practice will close"), not a speaker
            if kind == "leading":
                # "Responding to today's survey Beccy Baird": a name ending a leading phrase
                mention = mention if mention is not None and mention.kind == "person" and mention.end >= b - 1 else None
            parsed.append((a, b, kind, mention))
        named = [item for item in parsed if item[3] is not None and item[3].kind == "person" and item[2] != "leading"] or \
            [item for item in parsed if item[3] is not None and item[3].kind == "person"]
        last = parsed[-1]
        if named:
            if not ends_with_comma and last in named:
                return self._with_role(last, parsed)
            return self._with_role(named[0], parsed)
        candidates = [item for item in parsed if item[3] is not None]
        if not candidates:
            return None
        if not ends_with_comma and last in candidates:
            return self._with_role(last, parsed)
        return self._with_role(candidates[0], parsed)

    def _with_role(self, chosen, parsed) -> Mention:
        mention = chosen[3]
        if mention.role is None and mention.kind in ("person", "people"):
            index = parsed.index(chosen)
            following = parsed[index + 1] if index + 1 < len(parsed) else None
            if following is not None and following[2] in ("apposition", "np") and \
                    (following[3] is None or following[3].kind not in ("person", "pronoun")):
                a, b = parsed[index + 1][:2]
                role = self.text[a:b].strip()
                if role and not role.lower().startswith(("who ", "which ", "whose ")):
                    return evolve(mention, role=role)
            elif index > 0 and (parsed[index - 1][2] == "apposition" or
                                parsed[index - 1][3] is not None and parsed[index - 1][3].kind == "people"):
                a, b = parsed[index - 1][:2]
                return evolve(mention, role=self.text[a:b].strip())
        return mention

    def speaker_before(self, sentence_start: int, verb_start: int):
        """The speaker phrase before a verb, ``_PASSIVE`` for a passive verb, or ``None``."""
        end = verb_start
        auxiliaries = TRAILING_AUXILIARIES.search(self.masked, sentence_start, end)
        if auxiliaries:
            if any(word.lower() in PASSIVE_MARKERS for word in auxiliaries.group().split()):
                return _PASSIVE
            end = auxiliaries.start()
        start = sentence_start
        for boundary in CLAUSE_BOUNDARY.finditer(self.masked, sentence_start, end):
            start = boundary.end()
        for boundary in AND_NEW_SUBJECT.finditer(self.masked, start, end):
            if not self._and_inside_name(start, boundary.start(), boundary.end(), end):
                start = boundary.end()
        if not WORD.search(self.masked, start, end):
            return self.first_noun_phrase(sentence_start, verb_start)
        if MASK in self.masked[start:end] or MASK_END in self.masked[start:end]:
            return None
        relative = self._relative_subject(start, end)
        if relative is not None:
            return relative
        return self._choose(start, end)

    def _and_inside_name(self, start: int, and_start: int, and_end: int, end: int) -> bool:
        """Whether ``and the`` joins two places inside one body's name (``The Integrated Care
        Board for Northport and the Vale of Ashdown said``), not a second subject (``run by
        Larch Health and the CCG said``): the whole phrase is a capitalised name whose ``for``
        names the places, and the words after ``the`` are capitalised to the verb."""
        piece = self.masked[start:and_start]
        before = WORD.findall(piece[max(piece.rfind(","), piece.rfind(" – "), piece.rfind(" — ")) + 1:])
        after = WORD.findall(self.masked[and_end:end])
        if len(before) < 3 or len(after) < 2 or len(before) > 12 or len(after) > 8:
            return False
        if not all(w[:1].isupper() or w in _NAME_GLUE for w in before + after[1:]):
            return False
        if not ((before[0][:1].isupper() or before[0] == "the") and before[1][:1].isupper()
                and before[-1][:1].isupper() and after[-1][:1].isupper()):
            return False
        return "for" in before[1:-1] and before[before.index("for") + 1][:1].isupper()

    def _relative_subject(self, start: int, end: int) -> Mention | None:
        """``..., which the Auditor General said had put ...``: the subject of a relative clause
        whose reported clause has the relative pronoun as its own subject. The phrase between
        ``which``/``who`` and the verb names the speaker when it opens with a determiner or a
        capital and holds no comma."""
        found = None
        for match in RELATIVE_PRONOUN.finditer(self.masked, max(start, end - 120), end):
            found = match
        if found is None:
            return None
        phrase_start = _skip_space(self.masked, found.end(), end)
        phrase = self.masked[phrase_start:end]
        first = WORD.match(phrase)
        if first is None or "," in phrase or not (first.group()[:1].isupper() or first.group().lower() in ("the", "a", "an")
                                                  or first.group() in ("he", "she", "they", "it")):
            return None
        if any(w in CLAUSE_VERBS for w in WORD.findall(phrase)):
            return None
        mention = parse_mention(self.text, phrase_start, end)
        if mention is None or mention.kind not in ("person", "body", "people", "thing", "pronoun"):
            return None  # "..., which he described as ...": a pronoun names the speaker too
        return mention

    def first_noun_phrase(self, start: int, end: int) -> Mention | None:
        """The subject of a sentence: its first piece that is not an adverbial, up to its verb."""
        for a, b in self._pieces(start, end):
            kind = self._piece_class(a, b)
            adjective = kind == "leading" and self._participle_adjective(a, b)
            if kind == "leading" and not adjective:
                continue
            if kind not in ("np", "leading"):
                return None
            stop = b
            for index, word in enumerate(WORD.finditer(self.masked, a, b)):
                lowered = word.group()
                if index and lowered.islower() and (lowered in CLAUSE_VERBS or lowered in _SPEECH_VERB_SET or lowered in IRREGULAR_PAST_VERBS
                                                    or (lowered.endswith("ed") and len(lowered) > 4)
                                                    or lowered in ("which", "who", "whom")):
                    stop = word.start()
                    break
            if adjective and (stop == b or lowered not in CLAUSE_VERBS):
                continue  # no finite verb of its own follows: an adverbial after all
            if MASK in self.masked[a:stop] or MASK_END in self.masked[a:stop]:
                return None
            adverbs = TRAILING_AUXILIARIES.search(self.masked, a, stop)
            if adverbs is not None and WORD.search(self.masked, a, adverbs.start()):
                stop = adverbs.start()  # "NHS Digital yesterday published ..."
            return parse_mention(self.text, a, stop)
        return None

    def _participle_adjective(self, start: int, end: int) -> bool:
        """Whether a piece opening with a capitalised ``-ing`` word is a subject whose first word
        is an adjective (``Rising numbers of GPs are quitting``), not a participial adverbial
        (``Speaking at the conference``, ``Responding to the report``): the word is followed by
        a lower-case content word, and no person is named in the piece."""
        words = list(WORD.finditer(self.masked, start, min(end, start + 200)))
        if len(words) < 3 or words[0].group().lower() in LEADING_WORDS or not words[0].group().endswith("ing"):
            return False
        second = words[1].group()
        if not second.isalpha() or not second.islower() or second in _FUNCTION_WORDS:
            return False
        return not person_names(self.text, start, min(end, start + 200))

    def _speaker_ends_sentence(self, verb_end: int, sentence_end: int) -> bool:
        """Whether what follows a verb is a short phrase with no verb of its own that ends the
        sentence (``say LMCs.``, ``said Dr X, a GP.``): a postposed speaker, not a clause."""
        tail = self.masked[verb_end:sentence_end].strip()
        words = WORD.findall(tail)
        if not words or len(words) > 12 or MASK in tail or MASK_END in tail or tail[-1:] not in ".!?":
            return False
        if any(w in CLAUSE_VERBS or w in _SPEECH_VERB_SET or (w.islower() and w.endswith("ed")) or w == "that"
               for w in words):
            return False
        # the tail must read as one noun phrase (with an apposition after a comma): "patients
        # still want local surgeries" has words after its noun phrase, so it is a clause
        chunks = chunker.chunk(tail)
        first = chunks.noun_phrase_starting_at(0)
        if first is None:
            return False
        after = [t for t in chunks.tokens[first.last + 1:] if t.kind != "punct" or t.text not in ".!?"]
        return not after or after[0].text in (",", "–", "—", "(")

    def speaker_after(self, verb_end: int, sentence_end: int) -> Mention | None:
        """``said Dr X, a GP.``: the speaker named after the verb, with any apposition."""
        tail = self.masked[verb_end:sentence_end]
        words = WORD.findall(tail)
        if not words or MASK in tail or len(words) > 30:
            return None
        pieces = self._pieces(verb_end, sentence_end)
        if not pieces:
            return None
        a, b = pieces[0]
        while b > a and self.masked[b - 1] in ".!?;: ":
            b -= 1
        mention = parse_mention(self.text, a, b)
        if mention is not None and len(pieces) > 1 and mention.kind == "people" and not mention.plural:
            # "says Unite's national officer for health, Colin Jarvis-Thorne.": the name follows its role
            c, d = pieces[1]
            while d > c and self.masked[d - 1] in ".!?;: ":
                d -= 1
            named = parse_mention(self.text, c, d)
            if named is not None and named.kind == "person" and named.start == _skip_space(self.text, c, d):
                return evolve(named, role=self.text[a:b].strip() or None)
        if mention is not None and len(pieces) > 1 and mention.kind in ("person", "people") and mention.role is None:
            c, d = pieces[1]
            mention = evolve(mention, role=self.text[c:d].strip(" .") or None)
        return mention

    def resolve(self, mention: Mention | None, position: int) -> str | None:
        """The speaker's name as the document names them most fully; records them as an antecedent."""
        if mention is None:
            return None
        kind, gender, plural = mention.kind, mention.gender, mention.plural
        name: str | None
        if mention.kind == "pronoun":
            entity = self._antecedent(mention, position)
            if entity is None:
                return None
            return entity.name
        if mention.kind == "first":
            return self.author if self.comment else None
        if mention.kind == "person":
            name, gender = self.register.fullest_person(mention, position)
        elif mention.kind == "surname":
            if self.register.has_surname(mention.names[0]):
                name, gender = self.register.fullest_person(mention, position)
                kind = "person"
            else:
                name, kind = mention.text, "body"
        elif mention.kind == "body" and len(mention.names or ()) <= 1 and self.register.has_surname(mention.text):
            # a one-word name the document has used as someone's surname is that person
            name, gender = self.register.fullest_person(evolve(mention, names=(mention.text,)), position)
            kind = "person"
        elif mention.kind == "body":
            name = self.register.fullest_body(mention, position)
            if len(WORD.findall(mention.text)) > 1:
                self.register.add_body(mention.start, mention.text)
        elif mention.kind == "people" and not mention.plural:
            name = self.register.person_for_role(mention) or mention.text
            if name != mention.text:
                kind = "person"
        else:
            name = mention.text
        bisect.insort(self.entities, _Entity(mention.start, name, kind, gender, plural), key=lambda e: e.offset)
        return name

    def _antecedent(self, pronoun: Mention, position: int) -> _Entity | None:
        word = pronoun.text.lower()
        word = {"his": "he", "him": "he", "her": "she", "their": "they", "them": "they", "its": "it"}.get(word, word)
        if word in ("he", "she"):
            lead_in = self._lead_in_person(pronoun.start)
            if lead_in is not None:
                return lead_in
        best = None
        stop = bisect.bisect_left(self.entities, pronoun.start, key=lambda e: e.offset)
        # the most recent compatible entity: look back over a bounded window (recency is what counts)
        for entity in reversed(self.entities[max(0, stop - 60):stop]):
            if self.floor is not None and entity.offset >= self.floor:
                continue
            if word in ("he", "she"):
                if entity.kind not in ("person", "people") or entity.plural:
                    continue
                wanted = "male" if word == "he" else "female"
                if entity.gender not in (None, wanted):
                    continue
                if entity.kind == "people" and not any(w.lower() in PERSON_NOUNS for w in WORD.findall(entity.name)):
                    continue  # "The zenith came when...": a subject that is no person
            elif word == "it":
                if entity.kind not in ("body", "thing"):
                    continue
            elif word == "they":
                if entity.kind not in ("body", "people", "thing") or (entity.kind == "people" and not entity.plural and
                                                                     entity.kind != "body"):
                    continue
            best = entity
            break
        return best

    def _lead_in_person(self, position: int) -> _Entity | None:
        """In a labelled clause of a list (``(iii) calls upon him to ...``), the person or office
        the list's lead-in line names (``That conference with regard to the Secretary of State:``)."""
        index = bisect.bisect_right(self.paragraph_starts, position) - 1
        if index < 0 or position >= self.paragraphs[index][1]:
            return None
        low, high = self.paragraphs[index]

        def line_start_of(offset: int) -> int | None:
            # lead-ins and clauses are short lines: looking no further keeps long paragraphs linear
            bound = max(low, offset - _WINDOW)
            newline = self.text.rfind("\n", bound, offset)
            if newline >= 0:
                return newline + 1
            return low if bound == low else None

        line_start = line_start_of(position)
        if line_start is None or not CLAUSE_LABEL.match(self.text, line_start, high):
            return None
        # back over the list's lines (labelled, or wrapped continuations starting in lower case)
        for _ in range(40):
            if line_start <= low:
                return None
            line_end = line_start - 1
            line_start = line_start_of(line_end)
            if line_start is None:
                return None
            line = self.text[line_start:line_end].strip()
            if not line.endswith(":"):
                if not line or CLAUSE_LABEL.match(line) or line[0].islower():
                    continue
                return None
            named = person_names(self.text, line_start, line_end)
            if named:
                start, end, _title, _names = named[-1]
                mention = parse_mention(self.text, start, end)
                name, gender = self.register.fullest_person(mention, start) if mention is not None else (self.text[start:end], None)
                return _Entity(start, name, "person", gender, False)
            offices = list(ROLE_PHRASE.finditer(self.text, line_start, line_end))
            if offices:
                office = offices[-1]
                return _Entity(office.start(), " ".join(office.group().split()), "people", None, False)
            return None
        return None

    # -- the passes --------------------------------------------------------------------------

    def run(self) -> list[Speech]:
        sentences = list(self.sentences())
        if not self.comment:
            for start, end in sentences:
                if self._heading(start, end):
                    continue  # a crosshead ("GP funding") names a topic, never a speaker to come back to
                mention = self.first_noun_phrase(start, end)
                if mention is not None and mention.kind in ("person", "body", "people", "thing"):
                    # antecedents only; resolution of the subject itself happens when it speaks
                    self._remember_subject(mention)
                self._remember_clause_subjects(start, end, mention)
        by_start = {q.start: q for q in self.quotes}
        by_end = {q.end: q for q in self.quotes}
        for start, end in sentences:
            self._read_sentence(start, end, by_start, by_end)
            if not self.comment:
                self._according_to(start, end)
                self._nominal(start, end)
                self._describing(start, end, by_start)
        self._bare_colons(sentences, by_start)
        if not self.comment:
            # what the surface passes found, sorted, to tell which sentences still lack speech
            self.taken = sorted([(a, b) for a, b, _ in self.indirect] + list(self.claimed))
            self.taken_starts = [a for a, _ in self.taken]
            for start, end in sentences:
                self._frames(start, end)
        self._carry_on()
        return self._emit()

    def _noun_cue_colon(self, start: int, end: int) -> None:
        """``Sanders made the following comment: “…”``, ``X has a message for ministers: “…”``: a
        sentence naming its subject and a speech noun ends with a colon, and the quotation after
        it (in the sentence or opening the next paragraph) is the subject's."""
        colon = self.masked.rfind(":", start, end)
        if colon < 0 or self.masked[colon + 1:end].strip(" " + MASKS):
            return
        words = [w.lower() for w in WORD.findall(self.masked, start, colon)]
        if not words or not any(w in lexicon.word_set("speech_nouns") for w in words[-8:]):
            return
        following = self._next_quote_start(colon + 1)
        quote = next((q for q in self.quotes if q.start == following), None) if following is not None else None
        if quote is None or quote.start in self.assigned or quote.start in self.nested:
            return
        chunks = chunker.chunk(self.masked[start:colon])
        dates = lexicon.word_set("months") | lexicon.word_set("weekdays")
        subject = next((p for p in chunks.noun_phrases if p.kind in ("name", "pronoun")
                        and chunks.tokens[p.first].text.lower() not in dates), None)
        if subject is None or subject.first > 6:
            return
        mention = parse_mention(self.text, start + subject.start, start + subject.end)
        if mention is None or mention.kind not in ("person", "body", "pronoun"):
            return
        speaker = self.resolve(mention, start + subject.start)
        self._assign(quote, _Attribution(mention, speaker, self.text[start + subject.end:colon + 1].strip(), quote.end))

    def _direct_frames(self, start: int, end: int, unassigned: list[Quotation]) -> None:
        """Quotations no surface pass attributed, attributed by the chunk frames."""
        by_start = {q.start: q for q in unassigned}
        for cue in read_direct(self.masked, start, end):
            quote = by_start.get(cue.quote_start)
            if quote is None or quote.start in self.assigned:
                continue
            mention = parse_mention(self.text, cue.subject_start, cue.subject_end)
            if mention is None or MOTION_SUBJECT.search(self.masked, start, cue.subject_end + 40):
                continue
            speaker = self.resolve(mention, cue.subject_start)
            self._assign(quote, _Attribution(mention, speaker, cue.cue, end))

    def _frames(self, start: int, end: int) -> None:
        """The chunk frames (:mod:`gpcorpus_speech.frames`) over a sentence the surface passes
        left without reported speech."""
        if ":" in self.masked[start:end]:
            self._noun_cue_colon(start, end)
        if not ANY_SPEECH_FORM.search(self.masked, start, end) and "ccording to" not in self.masked[start:end] \
                and " put it" not in self.masked[start:end]:
            return
        # quotations by start are sorted: the ones starting in this sentence, and a few before it
        # that may run into it (quotations nest at most a few deep)
        first = bisect.bisect_left(self.quote_starts, start)
        here = self.quotes[first:bisect.bisect_left(self.quote_starts, end)]
        unassigned = [q for q in here if q.start not in self.assigned and q.start not in self.nested]
        if unassigned:
            self._direct_frames(start, end, unassigned)
        # spans do not nest deeply: the few starting before this sentence's end are the ones to check
        last = bisect.bisect_left(self.taken_starts, end)
        if any(start < b for _, b in self.taken[max(0, last - 8):last]):
            return
        inside = [q for q in self.quotes[max(0, first - 12):bisect.bisect_left(self.quote_starts, end)]
                  if q.start < end and start < q.end]

        def skip(a: int, b: int) -> bool:
            return any(q.start <= a and b <= q.end for q in inside) or any(
                q.start < b and a < q.end and q.start in self.assigned and not (a < q.start and q.end <= b) for q in inside)

        for frame in read_frames(self.masked, start, end, skip):
            if FINDING_VERB.search(self.masked, start, frame.subject_end):
                continue
            mention = parse_mention(self.text, frame.subject_start, frame.subject_end)
            if mention is None or _finding_head(WORD.findall(self.text[frame.subject_start:frame.subject_end])):
                continue
            if MOTION_SUBJECT.search(self.masked, start, frame.subject_end + 40):
                continue
            verb = frame.cue.split()[-1].lower()
            if verb in PERSON_ONLY_VERBS and not (mention.kind == "person" or mention.kind == "pronoun" and mention.gender):
                continue  # "the Government has announced that ...", "figures revealed that ...": news, findings
            if verb in PEOPLE_ONLY_VERBS and (mention.kind not in ("person", "people", "body", "pronoun")
                                              or _finding_head(WORD.findall(self.masked[start:frame.subject_end]))):
                continue  # "a poll of members by the union suggests ...": a finding
            if self.masked[frame.content_end:end].lstrip(" ”’\"'").startswith(":"):
                continue  # "It said the proposals included:": a lead-in to what follows, read by the colon rules
            speaker = self.resolve(mention, frame.subject_start)
            attribution = _Attribution(mention, speaker, frame.cue, end, form="indirect")
            if frame.frame == "object" and not self.objects:
                # "accused the union of running a “reckless” campaign": the act is named, not its
                # words; only the words quoted in its object are the speaker's
                self._partials(frame.content_start, frame.content_end, attribution)
                continue
            self._indirect(frame.content_start, frame.content_end, attribution)

    def _heading(self, start: int, end: int) -> bool:
        """Whether a sentence is a heading inside the article: a whole paragraph of a few words
        with no closing stop or quotation mark (the first paragraph, the headline, is not one)."""
        if not self.paragraphs or start == self.paragraphs[0][0]:
            return False
        if not any(a == start and b == end for a, b in self.paragraphs):
            return False
        return self.text[end - 1] not in ".!?:”’\"')" and len(WORD.findall(self.text[start:end])) <= 6

    def _covered(self, position: int) -> bool:
        """Whether ``position`` lies in reported speech already found (the last few suffice:
        reported clauses are found in document order)."""
        return any(a <= position < b for a, b, _ in self.indirect[-4:]) or any(a <= position < b for a, b in self.claimed[-4:])

    def _remember_clause_subjects(self, start: int, end: int, subject: Mention | None) -> None:
        """People named as the subject of a later clause (``The zenith came when Dr Fay Wilson
        came on stage``): a name followed straight by a finite verb is an antecedent too."""
        for name_start, name_end, _title, _names in person_names(self.text, start, end)[:8]:
            if subject is not None and subject.start <= name_start < subject.end:
                continue
            if any(not self._passive_verb(start, verb.start()) for verb in SPEECH_VERB.finditer(self.masked, start, name_start)):
                break  # "said Ann Doe was due to...": the subject of reported speech, not of the story
            following = WORD.match(self.masked, _skip_space(self.masked, name_end, end), end)
            if following is None:
                continue
            verb = following.group()
            if verb == "who":
                # "came from MP Jane Lee who has been told ...": a person a relative clause tells
                # about is a participant in the story, and a later "he" or "she" may be them
                following = WORD.match(self.masked, _skip_space(self.masked, following.end(), end), end)
                verb = following.group() if following is not None else ""
            if verb.islower() and (verb in CLAUSE_VERBS or verb in IRREGULAR_PAST_VERBS or verb in _SPEECH_VERB_SET
                                   or (verb.endswith("ed") and len(verb) > 4) or _present_tense(verb)):
                mention = parse_mention(self.text, name_start, name_end)
                if mention is not None and mention.kind == "person":
                    self.resolve(mention, name_start)

    def _passive_verb(self, start: int, verb_start: int) -> bool:
        """Whether a reporting verb is passive (``when it will be announced``): it reports nobody's words."""
        auxiliaries = TRAILING_AUXILIARIES.search(self.masked, max(start, verb_start - 60), verb_start)
        return auxiliaries is not None and any(word.lower() in PASSIVE_MARKERS for word in auxiliaries.group().split())

    def _remember_subject(self, mention: Mention) -> None:
        # resolve without recording twice: resolve() appends the entity itself
        self.resolve(mention, mention.start)

    def _read_sentence(self, sentence_start: int, sentence_end: int, by_start, by_end) -> None:
        last: tuple[Mention | None, str | None] | None = None
        recent: deque[int] = deque()  # where the sentence's reporting verbs within a window before this one start
        for verb in SPEECH_VERB.finditer(self.masked, sentence_start, sentence_end):
            v0, v1 = verb.span()
            while recent and recent[0] < v0 - _WINDOW:
                recent.popleft()
            recent.append(v0)
            if len(recent) > _DENSEST_VERBS:
                continue  # a run of reporting verbs no prose writes: a list or noise, not cues
            # a speaker phrase, a cue and a reported clause are each short: looking no further
            # than a window around the verb keeps hostile run-on "sentences" linear
            start = max(sentence_start, v0 - _WINDOW)
            end = min(sentence_end, v1 + 4 * _WINDOW)
            if self._covered(v0):
                continue
            word = verb.group()
            if NOUN_DETERMINER.search(self.masked, max(start, v0 - 12), v0):
                continue  # "his comments", "the warning": a noun, not a verb
            if MODAL_BEFORE_VERB.search(self.masked, max(start, v0 - 40), v0):
                continue  # "would not say", "will say": not a report of what was said
            if MOTION_SUBJECT.search(self.masked, max(start, v0 - 250), v0):
                continue  # "That this conference calls for ...": a motion's text, not speech
            if FINDING_VERB.search(self.masked, start, v0):
                continue  # "a survey found that 3,000 GPs have claimed...": a finding
            if word in CONTINUING_VERBS:
                if not self.masked[start:v0].rstrip().endswith((",", MASK, MASK_END)):
                    continue
                mention, speaker = last if last is not None else (None, None)
                if mention is None:
                    mention = self.first_noun_phrase(start, v0)
                    speaker = self.resolve(mention, v0)
            elif last is not None and last[0] is not None and ELIDED_SUBJECT.search(self.masked, max(start, v0 - 30), v0):
                mention, speaker = last  # "X says it would fail - and says GPs should ...": the same speaker
            else:
                mention = None
                speaker = None
                pre = self.masked[start:v0]
                trail = _leading_mask(pre)
                if trail is not None and not WORD.search(pre[trail:].strip(" ,")):
                    # "‘...’ says Dr X" / "“...,” said Dr X, a GP."
                    mention = self.speaker_after(v1, end)
                elif trail is not None and not pre[trail:].strip().startswith(",") and \
                        WORD.search(pre[trail:]) and not WORD.search(pre[:trail].replace(MASK, "")):
                    mention = self.speaker_before(start + trail, v0)
                elif pre.rstrip().endswith(",") and WORD.search(pre):
                    # "Dr X, a GP, said ..." names the speaker before; "..., said the Local
                    # Democracy Reporting Service." after
                    if word not in ("told", "tells", "asked", "asks") and self._speaker_ends_sentence(v1, end):
                        # "... deliver ‘traditional care’, say LMCs.", "GPs backed it, said the
                        # chair, Dr Amy Lee.": the speaker follows
                        mention = self.speaker_after(v1, end)
                        if mention is not None and mention.kind not in ("person", "people", "body", "thing"):
                            mention = None
                    if mention is None:
                        mention = self.speaker_before(start, v0)
                    if mention is None or mention is _PASSIVE:
                        mention = self.speaker_after(v1, end) or mention
                else:
                    mention = self.speaker_before(start, v0)
                    if mention is None and not WORD.search(self.masked[start:v0]):
                        mention = self.speaker_after(v1, end)
                if mention is _PASSIVE:
                    continue
                if mention is not None and mention.kind != "person" and \
                        any(w.lower() in FINDING_NOUNS for w in WORD.findall(mention.text)[:3]):
                    continue  # "figures showed", "the data says": findings, not speech
                if mention is not None and mention.kind == "pronoun" and \
                        _ends_in_comma(self.masked, sentence_start, mention.start):
                    # "Only 9% of the budget was spent on it, it adds.": the pronoun stands for
                    # someone named before the words it reports, not for a subject inside them
                    self.floor = sentence_start
                speaker = self.resolve(mention, v0)
                self.floor = None
            if mention is None:
                continue
            if word in PERSON_ONLY_VERBS and not (mention.kind == "person" or mention.kind == "pronoun" and mention.gender):
                continue  # "the poll revealed that ...": a finding
            last = (mention, speaker)
            self._cues(start, end, v0, v1, word, mention, speaker, by_start, by_end)

    def _cues(self, start, end, v0, v1, word, mention, speaker, by_start, by_end) -> None:
        pre = self.masked[start:v0]
        handled = False
        # a quotation just before the verb: "“...,” he said." / "‘...’ says Dr X"
        trail = _leading_mask(pre)
        if trail is not None and start + trail in by_end and word not in CONTINUING_VERBS:
            # (a participle after the quotation's own cue carries the speech on: "“…,” she said,
            # adding that …" reads the clause after "adding", below)
            rest = pre[trail:].strip(" ,")
            if not rest or not WORD.search(rest) or len(WORD.findall(rest)) <= 8:
                quote = by_end[start + trail]
                self._assign(quote, _Attribution(mention, speaker, word, end))
                handled = True
        elif trail is None:
            quote = self._question_before(start, v0, v1, end, mention, by_end)
            if quote is not None:
                self._assign(quote, _Attribution(mention, speaker, word, end))
                return
        # a quotation just after the verb: "X said: “...”", "X told the Gazette: ‘...’"
        gap = LEAD_GAP.match(self.masked, v1, end + 1)
        if gap is not None and (gap.group("punct") or not gap.group("gap").strip()) and "that" not in WORD.findall(gap.group("gap")) \
                and not SPEECH_VERB.search(gap.group("gap")):
            quote = by_start.get(gap.end())
            if quote is not None and not gap.group("punct") and not gap.group("gap").strip() \
                    and self._opens_a_clause(quote, end):
                quote = None  # "said “chronic underfunding” meant patients ...": a partial quote in reported speech
            if quote is not None:
                self._assign(quote, _Attribution(mention, speaker, self._cue_text(v0, v1 + len(gap.group("gap"))), quote.end))
                return
        gap_end = LEAD_GAP_AT_END.match(self.masked, v1, end)
        if gap_end is not None and not SPEECH_VERB.search(gap_end.group("gap")):
            following = self._next_quote_start(end)
            if following is not None and following in by_start:
                quote = by_start[following]
                self._assign(quote, _Attribution(mention, speaker, self._cue_text(v0, v1 + len(gap_end.group("gap"))), quote.end))
                return
        if handled:
            return
        # the verb ends the sentence: "..., the CCG said." / "..., said the CCG."
        if self._postposed(start, end, v0, v1, word, mention, speaker):
            return
        if mention.start >= v1:
            return  # the speaker follows the verb: what follows is the speaker, not a clause
        self._complement(start, end, v0, v1, word, mention, speaker)

    def _question_before(self, start, v0, v1, end, mention, by_end) -> Quotation | None:
        """``‘Are you sure?’ Dr Lee asks the chair.``: a question or exclamation quoted just before
        a sentence made only of its speaker and verb (and an addressee), split from it by the
        ``?’`` that ends the quoted words."""
        if mention is None or mention.start < start or WORD.search(self.masked, start, mention.start):
            return None
        probe = start
        while probe > start - 3 and self.masked[probe - 1:probe] in (" ", "\t", "\u00a0"):
            probe -= 1
        quote = by_end.get(probe)
        if quote is None or self.masked[probe - 1:probe] != MASK_END or self.text[quote.content_end - 1] not in "?!":
            return None
        if quote.start in self.nested:
            return None
        post = self.masked[v1:end]
        words = WORD.findall(post)
        if MASK in post or MASK_END in post or len(words) > 10 or "that" in words or self._bare_clause(v1, end):
            return None
        return quote

    def _bare_clause(self, start: int, end: int) -> bool:
        """Whether what follows a verb is a clause without ``that`` (``confirmed GPs at the
        practice have given notice``, ``states investment continues into “...”``), not an object
        (``confirmed the closure``, ``notes the announcements regarding ...``).

        A clause: within its first twelve words and before any comma, a finite auxiliary after
        one word or more, with no relative pronoun or infinitive before it; or a present-tense
        verb as its second word when quoted words follow (the clause then quotes the speaker).
        """
        comma = self.masked.find(",", start, min(end, start + 200))
        stop = comma if comma >= 0 else min(end, start + 200)
        words = [w.group() for w in WORD.finditer(self.masked, start, stop)][:12]
        for index, word in enumerate(words):
            if word in ("that", "which", "who", "whom", "to"):
                return False
            if index and word in CLAUSE_VERBS:
                return True
        return len(words) > 2 and words[0].isalpha() and words[0] not in _FUNCTION_WORDS and _present_tense(words[1]) \
            and MASK in self.masked[start:stop]

    def _opens_a_clause(self, quote: Quotation, end: int) -> bool:
        """Whether a quotation straight after a verb is the start of a reported clause: its words
        stop short of a sentence's end and the sentence goes on after it in lower case."""
        if self.text[quote.content_end - 1:quote.content_end] in (".", "!", "?", ",", ";", ":"):
            return False
        after = CLAUSE_AFTER_QUOTE.match(self.masked, quote.end, end)
        return after is not None and not SPEECH_VERB.match(self.masked, after.start("word"), end)

    def _according_to(self, start: int, end: int) -> None:
        """``According to the RCGP, practices are...`` / ``..., according to the RCGP.``"""
        # Every step below is bounded by the noun phrase's reach or by the words it needs, never by
        # the sentence: a sentence of many "according to"s stays linear.
        first_word = WORD.search(self.masked, start, end)
        for match in ACCORDING_TO.finditer(self.masked, start, end):
            if self._covered(match.start()):
                continue
            np_start = match.end()
            reach = min(end, np_start + _NOUN_PHRASE_REACH)
            comma = self.masked.find(",", np_start, reach)
            if comma < 0 and reach < end:
                continue  # no comma within reach: the phrase is far too long to name a source
            np_end = comma if comma >= 0 else end
            mention = parse_mention(self.text, np_start, np_end)
            if mention is None or mention.kind not in ("person", "body", "people"):
                continue
            if _finding_head(WORD.findall(self.masked, np_start, np_end)):
                continue  # "according to figures from NHS Digital", "according to a survey of GPs": a finding
            before_end = match.start()  # the sentence before "according to", spaces stripped
            while before_end > start and self.masked[before_end - 1].isspace():
                before_end -= 1
            # a word before the comma: words hold no comma, so the sentence's first word will do
            if before_end > start and self.masked[before_end - 1] == "," and first_word is not None \
                    and first_word.start() < before_end - 1:
                content = _trim_span(self.masked, start, before_end - 1)
            elif comma >= 0:
                content = _trim_span(self.masked, comma + 1, end)
            else:
                continue
            if len(list(islice(WORD.finditer(self.masked, content[0], content[1]), 3))) < 3:
                continue
            if any(a < content[1] and content[0] < b for a, b, _ in self.indirect[-4:]):
                continue  # "X said the cuts will, according to a survey, ...": X's words, the survey a source
            speaker = self.resolve(mention, match.start())
            self._indirect(content[0], content[1], _Attribution(mention, speaker, "according to", end, form="indirect"))

    def _describing(self, start: int, end: int, by_start) -> None:
        """``what the BMA described yesterday as “horrendously low” morale``, ``GPs branded the
        plan ‘useless’``: the quoted words are the subject's, a partial quote."""
        bound = min(end, start + 4 * _WINDOW)
        matches = sorted([*DESCRIBING_CUE.finditer(self.masked, start, bound), *SPEECH_ACT_CUE.finditer(self.masked, start, bound)],
                         key=lambda m: m.start())
        for match in matches:
            quote = by_start.get(match.end())
            if quote is None or quote.start in self.assigned or quote.start in self.nested:
                continue
            gap_words = [w.lower() for w in WORD.findall(match.group("gap"))]
            if match.re is SPEECH_ACT_CUE and (SPEECH_VERB.search(match.group("gap")) or
                                               {"that", "which", "who", "to", "after", "when"} & set(gap_words)):
                continue  # "promised to act after GPs said “...”": the quotation is another's
            with_as = gap_words[-2:] in (["as"], ["as", "being"]) or gap_words[-1:] == ["as"] or \
                match.group().rstrip().endswith((" as", "\nas"))
            if not with_as and match.group("verb").startswith(("describ", "label")):
                continue  # "described the scene": only "described ... as" quotes a description
            if MODAL_BEFORE_VERB.search(self.masked, max(start, match.start() - 40), match.start()):
                continue
            mention = self.speaker_before(max(start, match.start() - _WINDOW), match.start())
            if mention is None or mention is _PASSIVE or mention.kind == "first":
                continue  # "what has been described as": nobody is named
            if mention.kind != "person" and any(w.lower() in FINDING_NOUNS for w in WORD.findall(mention.text)[:3]):
                continue
            speaker = self.resolve(mention, match.start())
            if speaker is None:
                continue
            self._assign(quote, _Attribution(mention, speaker, match.group("verb"), quote.end, form="partial"))

    def _nominal(self, start: int, end: int) -> None:
        """``calls on him to retract his comments that ...``, ``proposed it with a plea that ‘...’``:
        speech named by a noun, said by the noun's owner (a possessive, or the sentence's subject)."""
        for match in NOMINAL_CUE.finditer(self.masked, start, min(end, start + 4 * _WINDOW)):
            if self._covered(match.start()):
                continue
            owner = match.group("owner").lower()
            if owner.split()[0] not in ("his", "her", "their", "its"):
                # "with a plea that", "has repeated the warning that": the sentence's subject
                mention = self.first_noun_phrase(start, match.start())
                if mention is None or mention.kind not in ("person", "people", "body", "pronoun"):
                    continue
            else:
                mention = Mention(match.start("owner"), match.end("owner"), match.group("owner"), "pronoun",
                                  gender={"his": "male", "her": "female"}.get(owner), plural=owner == "their")
            speaker = self.resolve(mention, match.start())
            if speaker is None:
                continue
            content_end = min(end, match.end() + 4 * _WINDOW)
            coordinated = COORDINATED_CUE.search(self.masked, match.end(), content_end)
            if coordinated is not None:
                content_end = coordinated.start()
            content_start, content_end = _trim_span(self.masked, match.end(), content_end)
            if content_end <= content_start:
                continue
            first = WORD.match(self.masked, content_start, content_end)
            if first is not None and first.group().islower() and (
                    first.group() in CLAUSE_VERBS or first.group() in _SPEECH_VERB_SET or first.group() in IRREGULAR_PAST_VERBS
                    or (first.group().endswith("ed") and len(first.group()) > 4)):
                continue  # "issued a statement that called for ...": a relative clause, not the speech
            attribution = _Attribution(mention, speaker, match.group("noun").lower(), content_end, form="indirect")
            if not WORD.search(self.masked[content_start:content_end].replace(MASK, " ").replace(MASK_END, " ")):
                # the content is one quotation: a partial quote, not reported speech around it
                quote = self.quotes[bisect.bisect_left(self.quote_starts, content_start)] \
                    if bisect.bisect_left(self.quote_starts, content_start) < len(self.quotes) else None
                if quote is not None and quote.start == content_start:
                    self._assign(quote, evolve(attribution, form="partial"))
                continue
            if len(WORD.findall(self.masked[content_start:content_end])) >= 3:
                self._indirect(content_start, content_end, attribution)

    def _cue_text(self, start: int, end: int) -> str:
        cue = " ".join(self.text[start:end].split()).strip(" ,:")
        return cue if len(cue) <= 60 else self.text[start:end].split()[0]

    def _next_quote_start(self, position: int) -> int | None:
        index = position
        limit = min(len(self.masked), position + 400)
        while index < limit and (self.masked[index].isspace() or self.masked[index] in "•*·▪‣◦-–"):
            index += 1
        return index if index < limit and self.masked[index] in MASKS else None

    def _postposed(self, start, end, v0, v1, word, mention, speaker) -> bool:
        post = self.masked[v1:end]
        pre = self.masked[start:v0]
        after_words = WORD.findall(post)
        stripped = post.strip()
        verb_last = not after_words or stripped[:1] in ".!?" or stripped.startswith((", adding", ", saying"))
        if not verb_last and word in ("told", "tells") and mention is not None and mention.start < v0:
            verb_last = LISTENER_LAST.match(post) is not None  # "..., Dr X told reporters."
        if not verb_last and mention is not None and mention.start < v0 and _adverbial_only(post):
            # "..., the LMC leader has said in response to the news." : an adverbial ends the cue
            verb_last = True
        subject_after = not verb_last and mention is not None and mention.start >= v1
        if not verb_last and not subject_after:
            return False
        # the content is the sentence before the comma that precedes the cue
        if subject_after:
            comma = pre.rstrip().endswith(",") and len(pre.rstrip()) - 1
        else:
            comma = pre.rfind(",", 0, max(0, mention.start - start)) if mention is not None else -1
            if comma is not None and comma >= 0 and WORD.search(pre[comma + 1:mention.start - start].replace(MASK, "")):
                between = pre[comma + 1:mention.start - start]
                if WORD.findall(between) and not all(w.lower() in ("and", "but") for w in WORD.findall(between)):
                    return False
        if comma is None or comma is False or comma < 0:
            return False
        content_start, content_end = _trim_span(self.masked, start, start + comma)
        if content_end <= content_start:
            return False
        inner = self.masked[content_start:content_end]
        if not WORD.search(inner.replace(MASK, " ")):
            return False  # only a quotation: a trailing cue, handled already
        if len(WORD.findall(self.text[content_start:content_end])) < 3:
            return False  # quoted words count: "This is “woefully inadequate”, says Dr X."
        attribution = _Attribution(mention, speaker, word, end, form="indirect")
        self._indirect(content_start, content_end, attribution)
        return True

    def _complement(self, start, end, v0, v1, word, mention, speaker) -> None:
        position = v1
        said_that = False
        if word in ("told", "tells", "telling"):
            that = BEFORE_THAT.match(self.masked, position, end)
            if that is not None:
                position = that.end()
                said_that = True
            else:
                listener = LISTENER.match(self.masked, position, end)
                if listener is None:
                    return
                position = listener.end()
        else:
            that = ADVERBIAL_BEFORE_THAT.match(self.masked, position, end)
            if that is not None and (that.end() - position <= 6 or _adverbial(self.masked[position:that.end()])):
                following = WORD.match(self.masked, that.end(), end)
                if that.end() - position <= 6 and following is not None and following.group() in DEMONSTRATIVE_VERBS:
                    # "said that was linked to ...": ``that`` is the clause's subject, not a conjunction
                    position = _skip_space(self.masked, position, end)
                else:
                    position = that.end()
                said_that = True
        if word in PREPOSITION_VERBS and not said_that:
            preposition = WORD.match(self.masked, _skip_space(self.masked, position, end), end)
            if preposition is not None and preposition.group().lower() in PREPOSITION_VERBS[word]:
                position = preposition.end()
            elif word in PREPOSITION_ONLY_VERBS:
                return
        if word in ANNOUNCING_VERBS and said_that and mention is not None and \
                (mention.kind == "person" or mention.kind == "pronoun" and mention.gender is not None):
            pass  # "the minister announced that he had received ...": a person's words (a body's announcement is news)
        elif word in QUOTATION_ONLY_VERBS or (word in THAT_ONLY_VERBS and not said_that and not self._bare_clause(position, end)):
            return
        if word in PEOPLE_ONLY_VERBS and (mention is None or mention.kind not in ("person", "people", "body", "pronoun")
                                          or _finding_head(WORD.findall(self.masked[start:v0]))):
            return  # "the report highlighted that ...", "a poll of members by the union suggests": a finding
        content_end = end
        coordinated = COORDINATED_CUE.search(self.masked, position, end)
        if coordinated is not None:
            content_end = coordinated.start()
        if _INSERTED_RELATIVE.search(self.masked, max(start, v0 - 20), v0):
            # "the manager, who said staff were exhausted, resigned": a relative clause set off
            # by commas closes at the next one
            comma = self.masked.find(",", position, content_end)
            if comma > position:
                content_end = comma
        content_start, content_end = _trim_span(self.masked, position, content_end)
        words = WORD.findall(self.masked[content_start:content_end].replace(MASK, " x "))
        if len(words) < 3:
            return  # "confirmed the closure": an object, not a reported clause
        first = self.masked[content_start]
        if first in ",;:.":
            return
        opening = WORD.match(self.masked, content_start)
        if not said_that and opening is not None and opening.group().lower() in \
                ("to", "by", "of", "for", "about", "on", "in", "with", "at", "from", "so", "as"):
            if opening.group().lower() in ("to", "by", "of", "about", "so") or not self._bare_clause(content_start, content_end):
                return  # "said to be", "told of": not a reported clause ("said that as part of ..." is one)
            # "said for smaller practices it will be impossible ...": a fronted adverbial, then a clause
        if self.masked[content_end:content_end + 4].lstrip(" ”’\"'").startswith(":"):
            return  # "It said the proposals included:": a lead-in to what follows, read by the colon rules
        self._indirect(content_start, content_end, _Attribution(mention, speaker, word, end, form="indirect"))

    def _indirect(self, start: int, end: int, attribution: _Attribution) -> None:
        mention = attribution.mention
        survey = mention is not None and mention.kind == "people" and PROPORTION_SPEAKER.match(" ".join(mention.text.split()))
        if not (self.comment or survey):
            # a share of respondents "said" survey answers, and a reader's own words are not
            # reported speech: only their quoted words (below) are kept
            self.indirect.append((start, end, attribution))
        else:
            self.claimed.append((start, end))
        self._partials(start, end, attribution)

    def _partials(self, start: int, end: int, attribution: _Attribution) -> None:
        """The quotations inside reported content are the speaker's words: partial quotes."""
        first = bisect.bisect_left(self.quote_starts, start)
        for quote in self.quotes[first:bisect.bisect_right(self.quote_starts, end)]:
            if start <= quote.start and quote.end <= end + 1 and quote.start not in self.assigned:
                self.assigned[quote.start] = _Attribution(attribution.mention, attribution.speaker, attribution.cue,
                                                          attribution.cue_end, form="partial")

    def _assign(self, quote: Quotation, attribution: _Attribution) -> None:
        if quote.start not in self.assigned:
            self.assigned[quote.start] = attribution

    def _bare_colons(self, sentences, by_start) -> None:
        """``Dr Simeon Pike from Westshire LMC: ‘...’``: a named speaker and a colon, no verb."""
        for start, end in sentences:
            colon = self.masked.find(":", start, end)
            if colon < 0:
                continue
            following = self._next_quote_start(colon + 1)
            if following is None or following not in by_start or following > end + 400:
                continue
            quote = by_start[following]
            if quote.start in self.assigned:
                continue
            mention = self._choose(start, colon) if WORD.search(self.masked, start, colon) else None
            if (mention is None or mention.kind not in ("person", "body")) and self._whole_sentence(quote):
                # "She railed against the executive: ‘The campaign is not working.’": the subject
                # of a clause ending in a colon, with a sentence quoted after it
                mention = self.first_noun_phrase(start, colon) if WORD.search(self.masked, start, colon) else None
                if mention is None or mention.kind != "person":
                    mention = self._surname_subject(start, colon) or mention
                if mention is not None and not (mention.kind == "person" or
                                                mention.kind == "pronoun" and mention.gender is not None):
                    mention = None
            if mention is None or mention.kind not in ("person", "body", "pronoun"):
                continue
            if mention.kind == "body" and len(WORD.findall(self.masked[start:colon])) > 6:
                continue
            speaker = self.resolve(mention, colon)
            self._assign(quote, _Attribution(mention, speaker, ":", quote.end))

    def _surname_subject(self, start: int, end: int) -> Mention | None:
        """``Watkins ruled``, ``Lee hit back``: the surname of a person the document names in full,
        then a short verb phrase in lower case, as the subject of a clause ending in a colon."""
        words = list(WORD.finditer(self.masked, start, end))
        if not 2 <= len(words) <= 4 or self.masked[start:words[0].start()].strip(" \t•*·▪‣◦-–"):
            return None
        surname = words[0].group()
        if not (ONE_NAME.match(surname) and self.register.has_surname(surname)) or \
                not all(w.group().isalpha() and w.group().islower() for w in words[1:]):
            return None
        return Mention(words[0].start(), words[0].end(), surname, "person", names=(surname,))

    def _opens_paragraph(self, quote: Quotation) -> bool:
        """Whether a quotation opens its paragraph (after any bullet)."""
        index = bisect.bisect_right(self.paragraph_starts, quote.start) - 1
        if index < 0:
            return False
        # back from the quotation over spaces and bullets only: slicing from the paragraph's
        # start instead cost every quotation of a long paragraph the whole paragraph before it
        start, position = self.paragraph_starts[index], quote.start
        while position > start and self.text[position - 1] in _BULLETS_AND_SPACES:
            position -= 1
        return position == start

    def _paragraph_lead(self, quote: Quotation) -> int | None:
        """Where the paragraph a quotation opens begins: the quotation's own start when nothing
        but a bullet stands before it, the paragraph's start when only an additive connective
        and a colon do (``In addition: “...”``, ``Furthermore: ‘...’``); else ``None``."""
        if self._opens_paragraph(quote):
            return quote.start
        index = bisect.bisect_right(self.paragraph_starts, quote.start) - 1
        if index < 0 or quote.start - self.paragraph_starts[index] > 40:
            return None
        if ADDITIVE_LEAD.fullmatch(self.text, self.paragraph_starts[index], quote.start):
            return self.paragraph_starts[index]
        return None

    def _whole_sentence(self, quote: Quotation) -> bool:
        """Whether a quotation's words read as a sentence: a capital, then three words or more."""
        words = WORD.findall(self.text[quote.content_start:quote.content_end])
        return len(words) >= 3 and self.text[quote.content_start].isupper()

    def _carry_on(self) -> None:
        """A quotation with no cue of its own carries on the speaker of the one just before it.

        A paragraph that is a quoted sentence and nothing else carries on the speaker of the
        paragraph before when that paragraph ends in their speech of any form (``X said the
        motion ‘comes from a deep concern’.`` then ``‘Some of you will say ...’``).
        """
        previous: tuple[Quotation, _Attribution] | None = None
        # reported speech reaches to the end of its cue's sentence ("..., the BMA said.")
        reported = sorted(((max(end, attribution.cue_end), attribution) for _start, end, attribution in self.indirect),
                          key=lambda item: item[0])
        reported_ends = [end for end, _ in reported]
        for quote in self.quotes:
            attribution = self.assigned.get(quote.start)
            if attribution is None and previous is not None and previous[1].form == "direct":
                earlier, earlier_attribution = previous
                gap_start = max(earlier.end, earlier_attribution.cue_end)
                if gap_start <= quote.start and LIST_GAP.match(self.masked[gap_start:quote.start]):
                    attribution = _Attribution(earlier_attribution.mention, earlier_attribution.speaker,
                                               earlier_attribution.cue, quote.end)
                    self.assigned[quote.start] = attribution
            lead = self._paragraph_lead(quote)
            if attribution is None and quote.start not in self.nested and lead is not None \
                    and self._whole_sentence(quote):
                # the speech that ends the paragraph before: a quotation's, or reported speech's
                candidates = []
                if previous is not None:
                    candidates.append((max(previous[0].end, previous[1].cue_end), previous[1]))
                index = bisect.bisect_left(reported_ends, quote.start)
                if index:
                    candidates.append(reported[index - 1])
                if candidates:
                    end, earlier_attribution = max(candidates, key=lambda item: item[0])
                    if end <= lead and PARAGRAPH_GAP.fullmatch(self.text, end, lead) \
                            and "\n" in self.text[end:lead] and earlier_attribution.speaker is not None:
                        attribution = _Attribution(earlier_attribution.mention, earlier_attribution.speaker,
                                                   earlier_attribution.cue, quote.end)
                        self.assigned[quote.start] = attribution
            if attribution is None and quote.start not in self.nested and self._whole_sentence(quote):
                # "..., she added. “We now see 60 patients a day.”": a quoted sentence straight
                # after a sentence of reported speech, in the same paragraph, carries on its speaker
                index = bisect.bisect_left(reported_ends, quote.start)
                if index:
                    end, earlier_attribution = reported[index - 1]
                    if end <= quote.start and (end == quote.start or PARAGRAPH_GAP.fullmatch(self.text, end, quote.start)) \
                            and "\n" not in self.text[end:quote.start] \
                            and self.text[max(0, end - 1):quote.start].rstrip()[-1:] in (".", "!", "?") \
                            and earlier_attribution.speaker is not None:
                        attribution = _Attribution(earlier_attribution.mention, earlier_attribution.speaker,
                                                   earlier_attribution.cue, quote.end)
                        self.assigned[quote.start] = attribution
            if attribution is not None:
                previous = (quote, attribution)
            elif quote.start not in self.nested:
                previous = None

    def _emit(self) -> list[Speech]:
        found = []
        for quote in self.quotes:
            attribution = self.assigned.get(quote.start)
            if attribution is None:
                if self.emit_scare and quote.start not in self.nested:
                    found.append(Speech(quote.content_start, quote.content_end, "scare", None, None, None, None))
                continue
            if quote.start in self.nested:
                continue  # a quotation nested in another is part of it
            found.append(self._speech(quote.content_start, quote.content_end, attribution))
        for start, end, attribution in self.indirect:
            found.append(self._speech(start, end, attribution))
        return found

    def _speech(self, start: int, end: int, attribution: _Attribution) -> Speech:
        mention = attribution.mention
        span = (mention.start, mention.end) if mention is not None else None
        role = mention.role if mention is not None else None
        if role is not None:
            role = " ".join(role.split()).strip(" ,.–—-") or None
            if role is not None and (not any(c.isalpha() for c in role) or role.split()[0].lower() in ("who", "which", "whose")):
                role = None
        return Speech(start, end, attribution.form, attribution.speaker, span, attribution.cue, role)


def _nested(quotes: Sequence[Quotation]) -> set[int]:
    """The starts of quotations lying inside another (quotations are sorted by start)."""
    nested: set[int] = set()
    reach = -1
    for quote in quotes:
        if quote.start < reach and quote.end <= reach:
            nested.add(quote.start)
        reach = max(reach, quote.end)
    return nested


def _leading_mask(text: str) -> int | None:
    """Where a run of mask characters at the start of ``text`` ends (after white space), or ``None``."""
    index = 0
    while index < len(text) and text[index].isspace():
        index += 1
    if index >= len(text) or text[index] not in MASKS:
        return None
    while index < len(text) and text[index] in MASKS:
        index += 1
    return index


def _trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ",;:–—-"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:.!?–—-"):
        end -= 1
    # a quotation at either edge is part of the content only with its marks inside; keep the words
    return start, end


def _ends_in_comma(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends in a comma and spaces: read back from ``end``, not by
    slicing from ``start`` (a sentence's start, which would cost each verb the whole sentence)."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end > start and text[end - 1] == ","


def _skip_space(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


#: Finite verbs that make a ``that`` straight before them a demonstrative subject (``said that
#: was wrong``), not the conjunction (``said that was`` cannot open a clause after a conjunction).
DEMONSTRATIVE_VERBS = frozenset({"was", "is", "has", "had", "would", "will", "could", "can", "must", "might", "meant",
                                 "means", "should", "wasn’t", "isn’t", "wasn't", "isn't"})


def _present_tense(word: str) -> bool:
    """Whether a lower-case word straight after a person's name reads as a verb in the present
    (``Dr Lee apologises``, ``Dr Lee presents``): an ``-s`` ending that is no ``-ss``, ``-us`` or
    ``-is`` word and no possessive."""
    return len(word) > 3 and word.isalpha() and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _adverbial_only(text: str) -> bool:
    """Whether ``text`` after a verb is only an adverbial to the sentence's end (``in a statement
    on Monday.``, ``in response to the news that ...``): no clause of the verb's own follows."""
    if MASK in text or MASK_END in text or not _adverbial(text):
        return False
    words = [w for w in WORD.findall(text)]
    for index, word in enumerate(words):
        if word.lower() == "that" and index and words[index - 1].lower() in CONTENT_NOUNS:
            words = words[:index - 1]
            break
        if word.lower() == "that":
            return False
    return not any(w in CLAUSE_VERBS or w in _SPEECH_VERB_SET or (w.islower() and w.endswith("ed") and len(w) > 4)
                   or w in IRREGULAR_PAST_VERBS for w in words)


def _adverbial(text: str) -> bool:
    """Whether ``text`` (between a verb and its ``that``) is an adverbial: ``on Monday``, ``in a
    statement``, but not ``in response to the news`` (whose ``that`` is the noun's)."""
    words = WORD.findall(text)
    if len(words) > 1 and words[-1].lower() == "that" and words[-2].lower() in CONTENT_NOUNS:
        return False
    return bool(words) and words[0].lower() in ("in", "on", "at", "during", "yesterday", "today", "last", "this",
                                                  "earlier", "later", "previously", "recently", "also", "repeatedly")


def find_speech(document: Document, *, emit_scare: bool = False, objects: bool = False) -> list[Speech]:
    """Every piece of speech in ``document``, article and reader comments apart."""
    found: list[Speech] = []
    article = [(b.span.start, b.span.end) for b in document.blocks if b.role in ("headline", "standfirst", "body")]
    if not document.blocks and document.text.strip():
        article = _paragraph_spans(document.text)
    if article:
        found.extend(_Region(document, article, emit_scare=emit_scare, objects=objects).run())
    for block in document.comments:
        # A comment is read in a copy of its own text (and a little after it), so that its
        # offsets start at zero: a region indexes its masked text by offsets, and one built at
        # document offsets would copy the whole document before the comment, so that a long
        # thread cost the square of its length.
        low, high = block.span.start, block.span.end
        region = _Region(document, [(0, high - low)], comment=True, author=block.author, emit_scare=emit_scare,
                         window=(low, min(len(document.text), high + _COMMENT_MARGIN)))
        found.extend(_shifted(speech, low) for speech in region.run())
    return sorted(found, key=lambda s: (s.start, s.end, s.form))


#: How much text after a comment its region's copy keeps, for the few reads that look past
#: the last character (a closing mark's neighbour).
_COMMENT_MARGIN = 200


def _shifted(speech: Speech, offset: int) -> Speech:
    """``speech`` found in a copy of the text starting at ``offset``, at document offsets."""
    speaker_span = speech.speaker_span
    if speaker_span is not None:
        speaker_span = (speaker_span[0] + offset, speaker_span[1] + offset)
    return evolve(speech, start=speech.start + offset, end=speech.end + offset, speaker_span=speaker_span)


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    position = 0
    for chunk in text.split("\n\n"):
        stripped = chunk.strip()
        if stripped:
            start = position + chunk.index(stripped[0])
            spans.append((start, start + len(stripped)))
        position += len(chunk) + 2
    return spans
