"""Patterns built once, at import, from :mod:`gpcorpus_speech.vocabulary`.

Every pattern is linear on any input: alternations of literal words, character classes, and
bounded repetition only (no unbounded repetition nested in another).
"""
from __future__ import annotations

import regex

from gpcorpus import lexicon, names

from gpcorpus_speech.vocabulary import (
    BETWEEN_SUBJECT_AND_VERB,
    CLAUSE_CONNECTIVES,
    CLAUSE_VERBS,
    BASE_FORMS,
    PRESENT_SUBJECT_WORDS,
    SPEECH_VERBS,
    TITLES,
)

#: Stands in the masked text for every character of a quotation (marks included), so that cue
#: patterns see a quotation as one opaque token and never match words inside it.
MASK = "\ue000"
#: Stands for the last character of a quotation whose words end a sentence (``...time.”``).
MASK_END = "\ue001"
MASKS = MASK + MASK_END


#: Base forms that are read anywhere, as before the lexicon: ``say`` (``to say``, ``would say`` are
#: sorted out by the modal and negation rules).
_INFLECTED_TOO = frozenset({"say"})


def _words(words) -> str:
    # longest first, so that an alternation never stops at a shorter word's prefix
    return "|".join(regex.escape(word) for word in sorted(set(words), key=len, reverse=True))


_WORD_RUN = regex.compile(r"[\w’'-]+")
_ADVERBS_BEFORE_VERB = frozenset({"also", "now", "still", "often", "too", "repeatedly", "simply"})


class _WordMatch:
    """What :class:`WordMatcher` finds: the ``start()``, ``end()`` and ``group()`` of a match."""

    __slots__ = ("_start", "_end", "_text")

    def __init__(self, start: int, end: int, text: str) -> None:
        self._start, self._end, self._text = start, end, text

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self, index: int = 0) -> str:
        return self._text

    def span(self) -> tuple[int, int]:
        return self._start, self._end


class WordMatcher:
    """Whole words from a set, found by one scan over the words and set look-ups.

    It does what a regular expression of one long alternation would (``finditer``, ``search``,
    ``match``, with the same boundaries: a word is a run of letters, digits, apostrophes and
    hyphens) at a fraction of the cost: the speech lexicon has hundreds of forms. Two-word forms
    (``pointed out``) are found from their first word. A form in ``guarded`` matches only after a
    plural or first- or second-person subject, with at most one adverb between (``GPs say``,
    ``they also claim``): a bare present is otherwise an infinitive, an imperative or a noun.
    """

    def __init__(self, forms, guarded=frozenset()) -> None:
        forms = frozenset(forms)
        self.single = frozenset(f for f in forms if " " not in f)
        self.pairs: dict[str, frozenset[str]] = {}
        for form in forms:
            if " " in form:
                head, tail = form.split(" ", 1)
                self.pairs[head] = self.pairs.get(head, frozenset()) | {tail}
        self.guarded = frozenset(guarded)

    def _subject_allows(self, string: str, start: int) -> bool:
        words = [m.group() for m in _WORD_RUN.finditer(string, max(0, start - 40), start)][-2:]
        if words and words[-1].lower() in _ADVERBS_BEFORE_VERB and len(words) == 2:
            words = words[:1]
        if not words:
            return False
        word = words[-1]
        return word.lower() in PRESENT_SUBJECT_WORDS or (len(word) > 1 and word[-1] == "s" and word[-2].isalpha())

    def _at(self, string: str, word, endpos: int) -> _WordMatch | None:
        text = word.group()
        tails = self.pairs.get(text)
        if tails:
            following = _WORD_RUN.match(string, word.end() + 1, endpos) if word.end() < endpos and string[word.end()] == " " else None
            if following is not None and following.group() in tails:
                return _WordMatch(word.start(), following.end(), string[word.start():following.end()])
        if text in self.single:
            if text in self.guarded and not self._subject_allows(string, word.start()):
                return None
            return _WordMatch(word.start(), word.end(), text)
        return None

    def finditer(self, string: str, pos: int = 0, endpos: int | None = None):
        endpos = len(string) if endpos is None else endpos
        for word in _WORD_RUN.finditer(string, pos, endpos):
            found = self._at(string, word, endpos)
            if found is not None:
                yield found

    def search(self, string: str, pos: int = 0, endpos: int | None = None) -> _WordMatch | None:
        return next(self.finditer(string, pos, endpos), None)

    def match(self, string: str, pos: int = 0, endpos: int | None = None) -> _WordMatch | None:
        endpos = len(string) if endpos is None else endpos
        word = _WORD_RUN.match(string, pos, endpos)
        if word is None or (pos > 0 and _WORD_RUN.match(string, pos - 1, pos)):
            return None
        return self._at(string, word, endpos)


#: A reporting verb as a whole word (lower case: ``Said`` at a capital is more often a name); a
#: bare present (``argue``) only after a plural or first/second-person subject, except ``say``.
SPEECH_VERB = WordMatcher(SPEECH_VERBS, guarded=BASE_FORMS - _INFLECTED_TOO)
#: Any form of any lexicon speech verb, lower case: the cheap trigger for the chunk frames.
ANY_SPEECH_FORM = WordMatcher(lexicon.speech_verb_forms())
#: ``according to`` as a cue.
ACCORDING_TO = regex.compile(r"(?<![\w-])[Aa]ccording to(?![\w-])")

#: One token of a person's name: ``Lee``, ``O’Brien``, ``McDonald``, ``Hale-Jones``, ``J.``
#: One token of a person's name: the core name finder's (:mod:`gpcorpus.names`).
NAME_TOKEN = names.NAME_TOKEN
_TITLE = rf"(?:{_words(TITLES)})\.?"
#: One name token on its own (a surname after its first mention: ``Marsh said``).
ONE_NAME = regex.compile(rf"^(?:{NAME_TOKEN})$")
#: Words (any letters), for splitting phrases.
WORD = regex.compile(r"[\w’'&-]+")
#: A clause or list label opening a line or phrase: ``(iii)``, ``ii.``, ``b)``, ``(5)``, ``12.``.
CLAUSE_LABEL = regex.compile(r"(?:\((?:[ivxlc]{1,6}|[IVXLC]{1,6}|[a-hA-H]|\d{1,3})\)|(?:[ivxlc]{1,6}|[a-h]|\d{1,3})[.)])(?=\s|$)")
#: A phrase opening with an auxiliary in lower case (``is shocked``, ``has the potential``): a
#: predicate, never a speaker phrase.
CLAUSE_VERBS_AT_START = regex.compile(rf"(?:{_words(CLAUSE_VERBS)})(?![\w’'-])")
#: A body named by one to three capitalised words and its kind's abbreviation: ``Cityside
#: LMCs``, ``Northvale CCG``, ``NHS Wansdale ICB``.
BODY_NAME = regex.compile(r"(?<![\w’'&-])(?:\p{Lu}[\w’'&-]{1,30}\s+){1,3}\p{Lu}{2,5}s?(?![\w’'&-])")
#: A parenthesised abbreviation after a body's name: ``British Medical Association (BMA)``.
PAREN_ACRONYM = regex.compile(r"\s*\((?P<acronym>\p{Lu}[\p{Lu}\p{Ll}&]{1,9})\)")


#: Auxiliaries and adverbs between a speaker and a verb, read from the right (``has also``).
TRAILING_AUXILIARIES = regex.compile(rf"(?:\s+(?:{_words(BETWEEN_SUBJECT_AND_VERB)}|is|was|are|were|been|being|be|get|got)){{1,6}}\s*$",
                                     regex.IGNORECASE)
#: A clause boundary inside a sentence, before which the speaker of a later verb never stands
#: (``... contributed to what the BMA described as``: the speaker follows ``what``; ``... had
#: worked when the First Minister said``: the speaker follows ``when``).
CLAUSE_BOUNDARY = regex.compile(
    rf"(?:[;:]|,\s+(?:{_words(CLAUSE_CONNECTIVES)})\s|\s(?:but|while|whilst|what|when|because|although|though)\s|{MASK}[,]?\s)",
    regex.IGNORECASE,
)
#: Separators of pieces of a speaker phrase: commas and spaced dashes (appositions).
PIECE_SEPARATOR = regex.compile(r",\s*|\s+[–—-]\s+")
#: A time adverbial opening a speaker phrase without a comma: ``Last week the BMA's submission``.
LEADING_TIME = regex.compile(
    r"(?:(?:last|this|next|earlier|later)\s+(?:week|month|year|night|summer|winter|spring|autumn|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday)|yesterday|today|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"|in\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|\d{4}))\s+",
    regex.IGNORECASE,
)
#: ``and`` that opens a new clause with its own subject: ``... run by Larch Health and the CCG said``.
AND_NEW_SUBJECT = regex.compile(
    # ``... struggled to book and Dr Ann Lee said``: a titled name opens a new subject too
    rf"\s(?:and|but)\s+(?=(?i:the|a|an|it|he|she|they)\s|{_TITLE}\s+\p{{Lu}})"
)
#: A coordinated second cue that ends the content of the first (``... but said they must``).
COORDINATED_CUE = regex.compile(
    rf"(?:,\s*)?\s(?:and|but)\s+(?:also\s+|then\s+|later\s+){{0,2}}(?:{_words(SPEECH_VERBS)})(?![\w’'-])"
    rf"|,\s*(?:adding|saying|according to)(?![\w’'-])"
    # a clause with a speaker and a verb of its own: "..., as one LMC warns that ..."
    rf"|,\s+(?:as|while|whilst|although|though|but)\s+(?:[\w’'-]{{1,30}}\s+){{1,5}}?(?:{_words(SPEECH_VERBS)})(?![\w’'-])"
)
#: ``and`` (or ``but``) straight before a second reporting verb whose subject is the first's:
#: ``says it would fail - and says GPs should ...``, ``said ... and also said ...``.
ELIDED_SUBJECT = regex.compile(r"(?:^|[\s,;–—-])(?:and|but)(?:\s+(?:also|then|later|further|again))?\s+$")
#: A listener after ``told``: ``told the Gazette``, ``told the Gazette``, ``told MPs``, ``told a meeting``.
LISTENER = regex.compile(
    # a described listener, up to the subject pronoun that opens the clause: ``told the health
    # secretary she had been ...``
    r"\s*(?:the|a|an|his|her|their|its)\s+(?:[\p{Ll}\p{Lu}][\w’'-]{0,20}\s+){1,6}?(?=(?:he|she|it|they|we|I|there)\s)"
    r"|\s*(?:(?:the|a|an)\s+)?(?:(?:\p{Lu}[\w’'&.-]{0,30}|of|and|for)\s+){1,5}"
    r"|\s*(?:him|her|them|us|me|reporters|journalists|patients|colleagues|delegates|members|the\s+\w{2,20})\s+"
)
#: A listener that ends its sentence (or a dash does): ``..., Dr X told reporters.``, ``..., she
#: tells the conference - ...``, ``..., he told the Gazette.``: the cue comes after what was said.
LISTENER_LAST = regex.compile(
    r"\s*(?:(?:the|a|an)\s+)?(?:(?:(?:\p{Lu}[\w’'&.-]{0,30}|of|and|for)\s+){0,4}\p{Lu}[\w’'&-]{0,30}"
    r"|(?:conference|meeting|committee|reporters|journalists|delegates|members|colleagues|MPs|him|her|them|us|me))"
    r"\s*(?:[.!?]|\s[–—-]\s|$)"
)
#: A short adverbial between a verb and ``that``: ``said on Monday that``, ``told a meeting that``.
BEFORE_THAT = regex.compile(rf"\s*(?:[^\s.;:!?{MASKS}]{{1,25}}\s+){{0,8}}?that\s+")
#: The same after a verb other than ``told``, where the words before ``that`` must make an
#: adverbial (``confirmed in a statement to the House of Commons on Monday that``): a little longer.
ADVERBIAL_BEFORE_THAT = regex.compile(rf"\s*(?:[^\s.;:!?{MASKS}]{{1,25}}\s+){{0,12}}?that\s+")
#: Modals and negations before a verb: ``would not say``, ``will say``: not a report of speech.
MODAL_BEFORE_VERB = regex.compile(
    r"(?:\b(?:would|will|could|might|may|should|must|can|cannot|shall|not|never)|n[’']t)(?:\s+(?:also|not|be|have|ever|now|yet|then))*\s*$",
    regex.IGNORECASE,
)
#: The subject of a motion's text just before its verb: ``That this conference calls for ...``,
#: ``That conference insists ...``, ``Thatthis meeting calls on ...``: a resolution put to a
#: vote, not anybody's words (a capital ``That``, as an agenda prints it).
MOTION_SUBJECT = regex.compile(
    r"(?<![\w’'-])That\s{0,3}(?:(?:this|the)\s{1,3})?(?:[\w()’'-]{1,20}\s{1,3}){0,3}?(?i:conference|meeting)"
    # an aside between subject and verb: ``That this conference, given the divide, calls on ...``
    r"(?:\s{0,3},[^,\n]{1,150},)?\s{1,3}"
    r"(?:(?:also|further|strongly|therefore|again|now)\s{1,3}){0,2}$"
)
#: A live blog's time stamp opening a paragraph (``4.24pm ‘...,’ says one speaker``): no part
#: of the sentence after it.
LIVE_BLOG_TIME = regex.compile(r"[ \t]{0,4}\d{1,2}(?:[.:]\d{2})?[ \t]?(?i:am|pm)(?=[ \t])")
#: A determiner or possessive just before a reporting word makes it a noun: ``his comments``,
#: ``the warning``, ``their claims``.
NOUN_DETERMINER = regex.compile(
    r"(?<![\w’'-])(?:the|a|an|his|her|their|its|our|my|your|these|those|such|whose"
    # a preposition, or a verb taking an object, makes the word after it a noun: ``amid calls
    # for``, ``the agenda includes calls for``
    r"|amid|despite|following|after|among|including|includes|include|included)\s+$", regex.IGNORECASE
)
#: Speech named by a noun, with its owner: ``his comments that ...``, ``with a plea that ...``.
NOMINAL_CUE = regex.compile(
    r"(?<![\w’'-])(?P<owner>his|her|their|its|with\s+(?:a|an|the)"
    # a verb of uttering the speech again or anew, whose subject owns it: ``has repeated the
    # warning that ...``, ``issued a plea that ...``
    r"|(?:repeated|repeats|reiterated|reiterates|renewed|renews|issued|issues|echoed|echoes)\s+(?:a|an|the))"
    r"\s+(?:[\w-]{1,20}\s+){0,2}?"
    r"(?P<noun>comments|comment|remarks|claims|claim|assertion|insistence|plea|warnings|warning|statement|words|"
    r"suggestion|argument|promise|pledge)\s+that\s+",
    regex.IGNORECASE,
)
#: An office named without a person: ``the Secretary of State for Health and Social Care``, ``the
#: health secretary``, ``the Prime Minister``.
ROLE_PHRASE = regex.compile(
    r"(?<![\w’'-])(?:[Tt]he\s+)?(?:(?:\p{Lu}[\w’'-]{0,30}|[Hh]ealth)\s+){0,2}?"
    r"(?i:secretary\s+of\s+state|secretary|minister|chancellor|chairman|chairwoman|chair|president|chief\s+executive)"
    r"(?:\s+(?:for|of)(?:\s+(?:\p{Lu}[\w’'-]{0,30}|and)){1,8})?(?![\w’'-])"
)
#: A finding verb (``a survey found that``): speech verbs after it in the sentence are findings.
#: Not a passive participle (``staff could not be found``, ``as was shown``): nothing finds
#: there, unless a ``that`` clause follows (``it was found that``).
_PASSIVE_BEFORE = r"(?<![\w-])(?:be|been|being|is|was|are|were)\s{1,3}(?:\w{1,20}ly\s{1,3})?"
_FINDING_VERBS = r"(?:found|finds|showed|shows|show|revealed|reveals|suggests|suggested)"
FINDING_VERB = regex.compile(
    rf"(?<![\w-])(?:(?<!{_PASSIVE_BEFORE}){_FINDING_VERBS}|(?<={_PASSIVE_BEFORE}){_FINDING_VERBS}(?=\s+that\s))(?![\w-])"
)
#: A speaker that is a share of respondents (``63% of leaders``, ``more than half of partners``):
#: survey answers, reported only where they quote words.
PROPORTION_SPEAKER = regex.compile(
    r"(?:(?:more|fewer|less) than |almost |nearly |just (?:under|over) |over |around |about |some |only )?"
    r"(?:\d|half\b|(?:a|one|two) (?:third|quarter|fifth|tenth)|(?:one|two|three|four|five|six|seven|eight|nine) in\b"
    r"|(?:the|a|an) (?:overwhelming |large |small |clear )?(?:majority|minority)\b|most\b|many\b)",
    regex.IGNORECASE,
)
#: The gap between a verb and the quotation it introduces: ``said in a statement:``, ``told the Gazette:``.
LEAD_GAP = regex.compile(rf"(?P<gap>[^{MASKS}.!?;\n]{{0,90}}?)\s*(?P<punct>[:,])?\s*[•*·\-–]?\s*(?=[{MASKS}])")
#: Lower-case words going on after a quotation, as its sentence's verb or object does:
#: ``“chronic underfunding” meant patients ...``.
#: Not after one that is a whole utterance followed by an adjunct or a second verb phrase
#: (``said “No” and left``, ``said “...” in a statement``, ``said “...” yesterday``).
CLAUSE_AFTER_QUOTE = regex.compile(
    r"[ \t]+(?!(?:and|but|or|nor|in|at|on|to|for|from|with|about|before|after|as|when|while|during|"
    r"since|until|yesterday|today|tonight|earlier|later|last|this|then|adding|saying|of|by|via|"
    r"outside|inside|amid|despite|he|she|they|it|we|i)(?![\p{L}’'-]))"
    r"(?P<word>\p{Ll}[\p{L}’'-]{0,30})(?=[ \t])"
)
LEAD_GAP_AT_END = regex.compile(rf"(?P<gap>[^{MASKS}.!?;\n]{{0,90}}?)\s*:\s*$")
#: What may stand between the end of one quotation and the next for the second to carry on the
#: first's speaker: bullets, list punctuation and ``and``.
LIST_GAP = regex.compile(r"^[\s,;.:•*·▪‣◦\-–—]*(?:(?:and|or)[\s,;:•*·\-–]*)?$")
#: What may stand between speech ending one paragraph and a quotation opening the next for the
#: quotation to carry on its speaker: closing marks, sentence punctuation and the paragraph break.
PARAGRAPH_GAP = regex.compile(r"[\s.,;:!?”’\"')\]]{1,20}")
#: Words quoted as someone's description of a thing: ``what the BMA described yesterday as
#: “horrendously low” morale``, ``branded the plan “useless”``. The quotation is a partial quote.
DESCRIBING_CUE = regex.compile(
    rf"(?<![\w’'-])(?P<verb>described|describes|describe|labelled|labels|branded|brands|dubbed|dubs)"
    rf"(?P<gap>(?:\s+[^\s.;:!?{MASKS}]{{1,25}}){{0,8}}?)(?:\s+as)?\s+(?=[{MASKS}])"
)
#: A verb of a speech act whose object quotes the subject's words: ``promised “a neverending
#: fight”``, ``accused the BMA of waging a “misleading” campaign``. Short gaps only.
SPEECH_ACT_CUE = regex.compile(
    rf"(?<![\w’'-])(?P<verb>promised|promises|pledged|pledges|vowed|vows|accused|accuses)"
    rf"(?P<gap>(?:\s+[^\s.;:!?,{MASKS}]{{1,25}}){{0,5}}?)\s+(?=[{MASKS}])"
)
#: A relative pronoun that may be the object of a reporting verb's clause: ``..., which the
#: watchdog said had put ...``, ``GPs, who the BMA says are ...``.
RELATIVE_PRONOUN = regex.compile(r"(?<![\w’'-])(?:which|who|whom)(?=\s)")
#: A paragraph's lead-in before a quotation that adds to the speech before it: ``In addition:
#: “...”``, ``Furthermore: ‘...’``. The quotation carries on that speech's speaker.
ADDITIVE_LEAD = regex.compile(r"[ \t]{0,4}(?:In addition|Additionally|Furthermore|Moreover|Also|What is more)[ \t]{0,4}:[ \t]{0,4}")
#: A subject pronoun ending the words before a verb, with at most two adverbs after it (``On a
#: visit to the surgery he also said``): the subject after a fronted adverbial.
TRAILING_SUBJECT_PRONOUN = regex.compile(
    r"(?<![\w’'-])(?P<pronoun>he|she|they)(?:\s{1,3}(?:also|then|later|further|again|now|too)){0,2}\s{0,3}$"
)
