"""Patterns for motions, built once at import from :mod:`gpcorpus_motions.vocabulary`.

Every pattern here runs in linear time on hostile input: no unbounded repetition is nested
inside another, and the lazy or optional parts are bounded (``{0,N}``).
"""
from __future__ import annotations

import regex

from gpcorpus_motions import vocabulary as words

__all__ = [
    "RESOLUTION",
    "THIS_RESOLUTION",
    "QUOTED_THAT",
    "AMENDMENT_START",
    "HEADING",
    "PERSON_THEN_CAPITALS",
    "TITLED_PERSON_OF_BODY",
    "INNER_PROPOSER",
    "SECONDER",
    "HEADED_THAT",
    "BODY_NAME",
    "BODY_NOUN_END",
    "LINE_LABEL",
    "INLINE_LABEL",
    "DASH_CLAUSE",
    "RESULT_LINE",
    "TRAILING_RESULT",
    "QUOTED_TAIL_RESULT",
    "MOTION_WAS",
    "PRONOUN_RESULT",
    "PART_RESULTS",
    "PART_RESULT_LINE",
    "PROPOSER_LINE",
    "LABELLED_RESULT",
    "BLANKET_RESULT",
    "SECTION_HEADING",
    "SECTION_OUTCOME",
    "VOTE_COUNT",
    "VOTE_SHARE",
    "SHARE_OF_VOTERS",
    "REPORT_VERB",
    "AFTER_NOUN",
    "CONTENT_INTRO",
    "FINITE_INTRO",
    "TO_BE_VOTED",
    "VOTED_TO",
    "PASSIVE",
    "VERDICT",
    "SENTENCE_END",
    "INTRODUCED_OUTCOME",
    "INTRODUCED_NUMBER",
    "INTRODUCED_PROPOSER",
    "REFERS_BACK",
    "TRAILING_ADJUNCT",
    "PROPOSER_NAMED",
    "PERSON",
    "TITLED",
    "outcome_of",
    "alternation",
]


def alternation(phrases, *, spaces: str = r"\s+") -> str:
    """An alternation of ``phrases``, longest first, each space matching ``spaces``.

    Longest first so that ``carried as a reference`` is tried before ``carried`` and ``voted
    against`` before ``voted``.
    """
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "|".join(spaces.join(regex.escape(part) for part in phrase.split(" ")) for phrase in ordered)


_ADVERB = rf"(?:{alternation(words.VOTE_ADVERBS)})"
_TIME = alternation(words.TRAILING_TIME_WORDS)
_I = regex.IGNORECASE

# -- agenda form --------------------------------------------------------------------------------

#: The opening of a motion's own text: ``That conference``, ``That this meeting``. ``That`` is
#: capitalised (it opens the resolution); the body may be either case. The word after must be
#: one a resolution goes on with (a comma, or a present-tense verb), so that ``That conference
#: was a success`` in a report is not read as a motion. A topic may come first with no comma
#: (``That conference with regard to the Secretary of State: (i) ...``).
RESOLUTION = regex.compile(
    rf"(?<!\w)That(?:\s+(?:(?i:this|the)\s+)?|this\s+)(?i:{alternation(words.RESOLVING_BODIES)})(?![\w’'-])"
    rf"(?=\s*,|\s*:|\s+(?:{alternation(words.TOPIC_INTRODUCERS)})\s|\s+(?:(?:further|also|strongly|therefore|again|firmly|now|formally|once\s+again|wholeheartedly)\s+)?"
    rf"(?:(?!was\b|were\b|had\b|did\b)[a-z]+s\b|(?:is|has|will|would|should|must|shall|does|can|may)\b))"
)

#: A resolution opening ``This conference`` (``AVON: This conference believes ...``), as some
#: agendas print it. Prose says ``This conference is ...`` too, so the caller accepts it only after
#: an agenda heading (a proposer or number); any verb may follow (``This conference observed``).
THIS_RESOLUTION = regex.compile(
    rf"(?<!\w)This\s+(?i:{alternation(words.RESOLVING_BODIES)})(?![\w’'-])(?=\s*,|\s+[a-z])"
)

#: The opening of a motion quoted in prose after a sentence that names it a motion and a colon:
#: ``passed a motion that read: ‘That, in the light of ...``, ``The resolution: "That the
#: government ...``. ``That`` must open the quotation and a comma or a word follow it.
QUOTED_THAT = regex.compile(
    r"\b(?i:motion|resolution)\b(?![^.!?\n:]{0,60}\b(?i:said|says|added|adds|told|tweeted|wrote)\b)[^.!?\n:]{0,60}:[ \t]*[‘’“\"'][ \t]*(?P<that>That)(?=,|[ \t]+[a-z])"
)

#: An amendment's own text after its heading: ``Add new clause (vi)``, ``Delete "in England"``.
AMENDMENT_START = regex.compile(rf"(?:{alternation(words.AMENDMENT_VERBS)})\b")

_LABEL = r"(?:(?:AR|A)\s?)?\d{1,4}[a-z]?(?![\w])|AR(?![\w])|\d{1,3}(?=[A-Z]{2,12}(?![\w]))"
_HEADING_WORD = rf"(?i:{alternation(words.HEADING_WORDS)})"
_INTRODUCER = rf"(?i:{alternation(words.PROPOSER_INTRODUCERS)})"

#: An agenda heading, on its own line or before the motion on the same line, matched against the
#: text before ``That``: ``19 HILLINGDON:``, ``19a``, ``(5)``, ``Motion 5. Kensington and Chelsea:``,
#: ``Part 1, Motion 9: Tower Hamlets – private providers of NHS contracts``, ``1 (6)`` (a
#: resolution's number with its agenda item in brackets), ``38 Motion by Great
#: Yarmouth & Waveney Division:``, ``Motion 67 proposed by Richard Vautrey YORKSHIRE REGIONAL
#: COUNCIL:``, or a bare proposer (``Kensington, Chelsea and Westminster LMC``). A topic after a
#: spaced dash is dropped.
HEADING = regex.compile(
    rf"^[ \t]*(?:(?i:part)\s+(?:\d{{1,2}}|[IVX]{{1,4}}|(?i:one|two|three|four))\s*[,.:;–-]\s*)?"
    rf"(?P<heading>"
    rf"(?:(?P<keyword>{_HEADING_WORD})(?![a-zA-Z])\s*(?:(?i:no)\.?\s*)?)?"
    rf"(?:[(\[](?=(?:(?:AR|A)\s?)?\d{{1,4}}[a-z]?[)\]]))?(?P<label>{_LABEL})?"
    rf"(?:(?<=\d)[ \t]+\(\d{{1,3}}\)(?=[ \t]))?"
    rf"\s*[.:)\]]?\s*"
    rf"(?:(?P<keyword2>(?i:emergency\s+motion|motion|rider|amendment))\s+)?"
    rf"(?:(?P<introducer>{_INTRODUCER})\s+)?"
    rf"(?P<who>[^\n:]{{0,160}}?)"
    rf")"
    rf"[ \t]*(?P<end>:[-–]?|\.|[ \t]?[–—-][ \t][^\n]{{0,160}}|)[ \t]*[‘“\"']?[ \t]*$"
)

#: A person's name before the proposing body in capitals: ``Richard Vautrey YORKSHIRE REGIONAL
#: COUNCIL``, ``Dr Jane Smith of THE KENT DIVISION`` (``of``/``from`` may join them; a leading
#: ``THE`` is not part of the body's name).
PERSON_THEN_CAPITALS = regex.compile(
    rf"^(?P<person>(?:(?:{alternation(words.TITLES)})\.?\s+)?[A-Z][a-z][\w’'-]{{0,30}}(?:\s+[A-Z][a-z][\w’'-]{{0,30}}){{1,3}})"
    r"\s+(?:(?:of|from)\s+)?(?:THE\s+)?(?P<body>[A-Z][A-Z&’'.,-]{1,40}(?:\s+(?:[A-Z][A-Z&’'.,-]{0,40}|&)){0,8})$"
)

#: A titled person, then ``of`` or ``from`` and the body in mixed case: ``Dr Jane Smith of Kent
#: LMC``. The title is required: ``North East of England Division`` is a body, not a person.
TITLED_PERSON_OF_BODY = regex.compile(
    rf"^(?P<person>(?:{alternation(words.TITLES)})\.?\s+[A-Z][a-z][\w’'-]{{0,30}}(?:\s+[A-Z][a-z][\w’'-]{{0,30}}){{0,3}})"
    r"\s+(?:of|from)\s+(?:(?i:the)\s+)?(?P<body>[A-Z][^\n]{0,120})$"
)

#: A seconder named after the proposer in a heading: ``Emergency motion by Jane Smith and
#: seconded by John Brown:``. The proposer is the one named first.
SECONDER = regex.compile(r",?\s+(?:and\s+)?seconded\s+by\s+[^\n]{1,120}$", _I)

#: A motion's text opening with ``That`` after a heading that names it a motion, with its number
#: and proposer, and a colon: ``517 Motion by THE AGENDA COMMITTEE: That item 217 be taken
#: first``. Such a heading makes the text a motion whatever follows ``That`` (procedural motions
#: do not resolve what ``conference`` does).
HEADED_THAT = regex.compile(r"[ \t]*[‘“\"']?[ \t]*That\s+(?=[\w“‘\"'])")

#: Inside a heading, the body that will propose a motion drafted by someone else: ``AGENDA
#: COMMITTEE to be proposed by CITY AND HACKNEY``.
INNER_PROPOSER = regex.compile(r"\s(?:to\s+be\s+)?(?:proposed|moved)\s+by\s+(?P<body>\S[^\n]{0,120})$", _I)

_SMALL = alternation(words.LOWER_CASE_WORDS)
#: A body's name: capitalised words, with ``and``, ``of``, ``&`` and commas between.
BODY_NAME = regex.compile(
    rf"^[A-Z0-9][\w’'&.()-]{{0,40}},?(?:\s+(?:(?i:{_SMALL})|&|[A-Z0-9(][\w’'&.()-]{{0,40}}),?){{0,9}}$"
)
#: A bare proposer line's last words must name a body (``... LMC``, ``... Division``).
BODY_NOUN_END = regex.compile(rf"(?:^|\s)(?i:{alternation(words.BODY_NOUNS)})$")

#: A clause label at the start of a line: ``i.``, ``(ii)``, ``a)``, ``(b)``, ``1.``, or a dash or
#: bullet; an opening quote mark may come first (``‘(ii) ...`` in a motion quoted over paragraphs).
LINE_LABEL = regex.compile(
    r"^[ \t]*(?:[‘“\"'][ \t]*)?(?:\((?P<paren>[ivxlc]{1,7}|[a-z]|\d{1,2})\)|(?P<dotted>[ivxlc]{1,7}|[a-z]|\d{1,2})[.)]|(?P<bullet>[-–—•*·▪‣◦]))[ \t]+(?=\S)",
    _I | regex.MULTILINE,
)

#: A clause label inside a line, as agendas print run-in lists: ``in:- i) protecting ...; ii)
#: preserving ...``, ``(a) ... (b) ...``. Dotted labels count only after a colon or semicolon.
INLINE_LABEL = regex.compile(
    r"(?:(?<=[\s:;,])\((?P<paren>[ivx]{1,6}|[a-h]|\d{1,2})\)"
    r"|(?<=[\s:;,])(?P<closed>[ivx]{1,6}|[a-h]|\d{1,2})\)"
    r"|(?<=[:;]-?[ \t]{0,3})(?P<dotted>[ivx]{1,6}|\d{1,2})\.)"
    r"[ \t]+(?=\S)",
    _I,
)

#: A roman clause label glued to the word before it, as text taken from a PDF prints a run-in
#: list (``... the Scottish Governmentii. welcomes the ...``): a second or later label, a full
#: stop, and a clause verb after it. The caller accepts it only where the list expects it.
GLUED_LABEL = regex.compile(
    rf"(?<=[a-z])(?P<dotted>ii|iii|iv|vi{{0,3}}|ix|x)\.[ \t]+(?=(?:{alternation(words.CLAUSE_VERBS)})\b)"
)
#: A line of a motion that stops mid-sentence on a word no sentence ends with (``... contract
#: changes that``, ``... agreement with its``): a PDF's line break, so the text carries on after
#: a blank line.
DANGLING_END = regex.compile(
    r"(?<![\w’'-])(?:that|with|its|their|the|a|an|of|to|and|or|for|in|on|by|from|which|our|this|these|as)[ \t]*$"
)


#: A dash in the middle of a line of dash-bulleted clauses, when a clause verb follows it:
#: ``... such a contract - demands that no funding ...``.
DASH_CLAUSE = regex.compile(rf"[ \t][-–—][ \t]+(?=(?:{alternation(words.CLAUSE_VERBS)})\b)")

# -- outcomes -----------------------------------------------------------------------------------

def _guarded(alternatives: str) -> str:
    """``voted in`` is a result (``the motion was voted in``) but not in ``voted in favour``."""
    return alternatives.replace(r"voted\s+in", r"voted\s+in(?!\s+(?i:favour|support))")


_OUTCOME_WORD = _guarded(alternation(list(words.OUTCOME_WORDS) + list(words.PART_OUTCOME_WORDS)))
_RESULT_WORD = alternation(words.RESULT_LINE_WORDS)

#: A printed result on a line of its own after a motion: ``Carried.``, ``CARRIED by 150 votes to
#: 90``, ``PART CARRIED: (i) carried (ii) lost``, ``Result: carried as a reference``.
RESULT_LINE = regex.compile(
    rf"^[ \t]*(?:(?:result|outcome|vote|decision)[ \t]*[:–-][ \t]*)?(?P<word>{_RESULT_WORD})(?![\w])",
    _I | regex.MULTILINE,
)

#: A result printed in capitals at the end of a motion's last line: ``... general practice. CARRIED``.
TRAILING_RESULT = regex.compile(
    rf"[ \t]+[(\[]?(?P<word>{alternation(w.upper() for w in words.RESULT_LINE_WORDS)})[)\]]?\.?[ \t]*$"
)

#: A result straight after a quoted motion: ``‘That conference ...’ was carried``.
QUOTED_TAIL_RESULT = regex.compile(
    rf"[’”\"']?\s{{0,3}},?\s{{0,3}}(?:and\s+)?(?:was|were|has\s+been|had\s+been)\s+(?:{_ADVERB}\s+){{0,2}}(?P<word>{_OUTCOME_WORD})(?![\w])",
    _I,
)

#: A sentence after a motion saying what became of it: ``This motion was carried``, ``The motion
#: was overwhelmingly passed``, or in a live blog's present tense ``the motion is carried``.
MOTION_WAS = regex.compile(
    rf"\b(?:this|the)\s+motion\s+(?:was|is|has\s+been|had\s+been)\s+(?:{_ADVERB}\s+){{0,2}}(?P<word>{_OUTCOME_WORD})(?![\w])",
    _I,
)

#: The very next sentence after a reported motion giving its result with a pronoun: ``This
#: wasn’t passed.``, ``It was carried unanimously.``
PRONOUN_RESULT = regex.compile(
    rf"[.!?][’”\"')]?[ \t]+(?:This|It)\s+(?:was|has\s+been)(?P<negated>n[’']t|\s+not)?\s+(?:{_ADVERB}\s+){{0,2}}"
    rf"(?P<word>{_OUTCOME_WORD})(?=[ \t]*[.!?;,])",
    _I,
)

_PART_LABEL = r"\(?(?:[ivx]{1,6}|[a-h]|\d{1,2})\)?"
_PART_LABELS = rf"{_PART_LABEL}(?:\s*,\s*{_PART_LABEL}){{0,10}}(?:\s*,?\s*(?:and|&)\s*{_PART_LABEL})?"
#: Results given part by part in prose: ``parts 1 and 2 were carried, part 3 was not``,
#: ``clauses (i) and (iii) were lost``, or as conference results print them, one line each with
#: no verb: ``Parts (i), (ii) and (iii) carried nem con``, ``Part (iv) lost``.
PART_RESULTS = regex.compile(
    rf"\b(?:parts?|clauses?|sections?|points?)\s+(?P<labels>{_PART_LABELS})\s+"
    rf"(?:(?:was|were)\s+(?P<negated>not)(?:\s+(?P<word_after_not>{_OUTCOME_WORD}))?(?![\w])"
    rf"|(?:(?:was|were)\s+)?(?:{_ADVERB}\s+)?(?P<word>{_OUTCOME_WORD})(?![\w]))",
    _I,
)

#: A line printing results part by part (``Parts (i) and (ii) carried``): it ends a motion's text.
PART_RESULT_LINE = regex.compile(
    rf"^[ \t]*(?:parts?|clauses?)\s+{_PART_LABELS}\s+(?:(?:was|were)\s+)?(?:{_ADVERB}\s+)?(?:{_OUTCOME_WORD})(?![\w])",
    _I,
)

#: A line after a motion naming who proposed it, often in brackets: ``(Proposed by Redbridge)``,
#: ``(Proposed by Agenda Committee to be proposed by Yorkshire)``, ``Moved by Kent LMC.``
PROPOSER_LINE = regex.compile(
    r"^[ \t]*[(\[]?[ \t]*(?i:proposed|moved|submitted|tabled|put\s+forward)\s+by\s+(?P<who>[^\n()\[\]]{1,160}?)"
    r"[ \t]*[)\]]?[ \t]*\.?[ \t]*$",
    regex.MULTILINE,
)

#: Results given label by label in a printed result: ``(i) carried (ii) lost``, ``i - CARRIED``.
LABELLED_RESULT = regex.compile(
    rf"(?<![\w])(?:\((?P<label>[ivx]{{1,6}}|[a-h]|\d{{1,2}})\)|(?P<label2>[ivx]{{1,6}}|[a-h]|\d{{1,2}})[.):])?"
    rf"[ \t]*[-–:]?[ \t]*(?P<word>{_OUTCOME_WORD})(?![\w])",
    _I,
)

#: A sentence before a list of motions giving them all one result: ``all were voted through in
#: full by the Conference``, ``the motions were all carried``.
BLANKET_RESULT = regex.compile(
    rf"\ball\s+(?:of\s+them\s+|(?:\w+\s+)?motions\s+|(?:two|three|four|five|six|seven|eight|nine|ten|\d{{1,2}})\s+)?(?:were|was|have\s+been)\s+"
    rf"(?:{_ADVERB}\s+){{0,2}}(?P<word>{_OUTCOME_WORD})(?![\w])"
    rf"|\b(?:were|have\s+been)\s+all\s+(?:{_ADVERB}\s+){{0,2}}(?P<word2>{_OUTCOME_WORD})(?![\w])",
    _I,
)

#: A line of its own that heads a list of motions: ``ARM MOTIONS PASSED (edited by me)``,
#: ``Motions carried:``, ``Other motions``. Not a sentence: it does not end in a full stop. The
#: number of words is checked by the caller.
SECTION_HEADING = regex.compile(
    r"^[ \t]*(?P<line>(?=[^\n]{0,40}\b(?i:motions|resolutions)\b)[^\n.!?]{1,160}?:?)[ \t]*$",
    regex.MULTILINE,
)
#: The result a section heading gives: ``passed``, ``carried``, ``lost``; ``not`` before it
#: (``Motions not reached``) leaves the section without one, unless the two make a result of
#: their own (``not carried``: lost).
SECTION_OUTCOME = regex.compile(
    rf"(?<![\w’'-])(?P<negated>(?i:not)\s+)?(?P<word>(?i:{_OUTCOME_WORD}))(?![\w’'-])"
)

#: A count of votes: ``1,250`` or ``150``. It never starts inside a comma-grouped figure, and its
#: groups are taken possessively (no count is ever followed by a comma and three digits, so giving
#: one back never helps): a long run such as ``1,111,111,...`` is read once, not once per group.
#: No vote has more than five groups of thousands, and ``int()`` refuses thousands of digits.
_COUNT = r"(?<!\d,)(?:\d{1,3}(?:,\d{3}){1,5}+(?!,\d{3})|\d{1,6})"
#: Votes for and against: ``by 150 votes to 90``, ``150 votes for and 90 against``, ``For: 150,
#: Against: 90``.
VOTE_COUNT = regex.compile(
    rf"\bby\s+(?P<for1>{_COUNT})\s+votes?\s+to\s+(?P<against1>{_COUNT})(?![\d,])"
    rf"|\b(?P<for2>{_COUNT})\s+(?:votes?\s+)?(?:for|in\s+favour)\s*(?:,|and|to|with)?\s*(?P<against2>{_COUNT})\s+(?:votes?\s+)?against\b"
    rf"|\bfor\s*:?\s*(?P<for3>{_COUNT})\s*[,;]?\s*against\s*:?\s*(?P<against3>{_COUNT})(?![\d,])",
    _I,
)

_SHARE = r"\d{1,3}(?:\.\d{1,3})?\s?(?:%|per\s?cent)"
#: A share of the vote in the sentence that reports it: ``with 63% of the vote``, ``by 63% to
#: 37%``, ``backed by 70 per cent of representatives``, ``Yes - 53% No - 40%``.
VOTE_SHARE = regex.compile(
    rf"\b(?:with|by)\s+(?P<share>\d{{1,3}}(?:\.\d{{1,3}})?)\s?(?:%|per\s?cent)(?:\s+(?:of\s+(?:the\s+)?(?:vote|votes|representatives|delegates)|support|in\s+favour|to\s+{_SHARE}))"
    rf"|\b(?:yes|for)[ \t]*[-–:][ \t]*(?P<share>\d{{1,3}}(?:\.\d{{1,3}})?)\s?(?:%|per\s?cent)[ \t]*[,;]?[ \t]*(?:no|against)\b",
    _I,
)

#: A sentence giving a share of voters, to link to the motion it is about: ``63% of leaders
#: said that they ...``, ``70 per cent of representatives voted for ...``.
SHARE_OF_VOTERS = regex.compile(
    rf"(?<![\d.])(?P<share>\d{{1,3}}(?:\.\d{{1,3}})?)\s?(?:%|per\s?cent)\s+of\s+(?:(?:the|those)\s+)?(?:{alternation(words.VOTERS)})\b"
    rf"[^.!?\n]{{0,40}}?\b(?:said|voted|backed|supported|agreed|were\s+in\s+favour|rejected|opposed)\b",
    _I,
)

# -- motions reported in prose ----------------------------------------------------------------

_VERB_PHRASES = alternation(words.REPORTING_VERBS, spaces=rf"(?:\s+{_ADVERB}){{0,2}}\s+")
#: A reporting verb phrase (``voted for``, ``carried``, ``backed``), with adverbs inside
#: (``voted overwhelmingly for``).
REPORT_VERB = regex.compile(rf"(?<![\w’'-])(?i:{_VERB_PHRASES})(?i:\s+{_ADVERB}){{0,2}}")

_PASSIVE_WORD = _guarded(alternation(words.PASSIVE_OUTCOMES))
_CAPITALISED = r"[A-Z][\w’'&.-]{0,30}(?:\s+(?:[A-Z][\w’'&.-]{0,30}|and|of|&)){0,6}"
#: What may stand between the noun and its content: who tabled it, a participle giving its
#: outcome and where (``passed at the 2021 LMC conference``), a comma.
AFTER_NOUN = regex.compile(
    rf"(?:,?\s+(?:(?P<by_word>(?i:(?:proposed|tabled|moved|put\s+forward|submitted|brought)\s+by|by|from|on\s+behalf\s+of(?:\s+the)?))\s+(?P<by>{_CAPITALISED})"
    rf"|(?P<participle>(?i:{_PASSIVE_WORD}))(?:\s+(?i:{_ADVERB})){{0,2}}"
    rf"(?:\s+(?i:at|by|in|during|last|earlier|this|on)\b[^,.;:!?\n]{{0,80}}?(?=,?\s+(?i:which|that)\b))?"
    rf"|(?i:at\s+(?:the|this|last|their|its|a))\s+[^,.;:!?\n]{{0,60}}?(?i:conference|meeting|ARM)(?:\s+in\s+{_CAPITALISED})?"
    rf"(?:\s+(?:{_TIME}))?"
    rf"|(?i:by\s+(?:the\s+)?(?:{alternation(words.VOTERS)}))(?![\w])(?:\s+(?:{_TIME}))?)"
    rf"){{0,3}}\s*,?\s*"
)

_STRONG_INTRODUCERS = [w for w in words.CONTENT_INTRODUCERS if w not in ("to", "for", "that", "on")]
#: ``a motion of no confidence in the GMC``: the content is the (no) confidence it expresses.
_CONFIDENCE = r"of(?=\s+(?:no\s+)?confidence\s+in\b)"
_NOT_AFTER_TO = r"(?:the|this|that|a|an|their|its|his|her|conference|be\s+debated|be\s+heard|date)\b"
_NOT_AFTER_ON = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the\s+(?:day|floor|first|second|final|last)|behalf)\b"
#: Words that start a reported motion's content (``saying``, ``calling for``, ``which called
#: for``, ``to`` before a verb, ``for``, ``that``, ``of no confidence in``), or an opening quote
#: mark before a capital (``a motion from Kent LMC "That there should be ..."``): the motion's own
#: words, quoted.
CONTENT_INTRO = regex.compile(
    rf"(?:(?P<intro>(?P<strong>{alternation(_STRONG_INTRODUCERS)}|{_CONFIDENCE})(?:,(?=[ \t]*[‘“\"']))?|to(?!\s+{_NOT_AFTER_TO})|for|that|on(?!\s+{_NOT_AFTER_ON}))\s+(?=\S)"
    rf"|(?P<quoted>[‘“\"'])(?=(?-i:[A-Z])))",
    _I,
)

#: A conference's voters voting to do something, with no motion named: ``LMC representatives
#: voting to strongly support the workload plan``, ``Representatives have voted to ballot GPs``.
#: The voters come straight before the verb, so ``LMCs will vote to ...`` (not yet decided) and
#: ``LMCs did not vote to ...`` are not read. Content starts after ``to``. A resolution reported
#: with ``that`` (``GPs have voted that all food should be labelled``) is read the same way, and
#: there ``GPs`` may be the voters too (a ballot of GPs votes *to* accept, not *that*).
_VOTERS_HAVE = r"\s+(?:(?i:have|has|had|then)\s+)?(?:(?i:{adverb})\s+){{0,2}}".format(adverb=_ADVERB)
VOTED_TO = regex.compile(
    rf"(?<![\w’'-])(?i:{alternation(words.CONFERENCE_VOTERS)}){_VOTERS_HAVE}"
    rf"(?P<verb>(?i:voted|votes|vote|voting))\s+(?:(?i:{_ADVERB})\s+){{0,2}}(?i:to)\s+(?!(?i:not|{_NOT_AFTER_TO}))(?=[a-z])"
    rf"|(?<![\w’'-])(?i:{alternation(words.CONFERENCE_VOTERS + words.VOTING_THAT_VOTERS)}){_VOTERS_HAVE}"
    rf"(?P<verb>(?i:voted|votes|vote))\s+(?:(?i:{_ADVERB})\s+){{0,2}}(?i:that)\s+(?=[a-z]|[A-Z]{{2,}}\b)"
)

#: A vote or debate still to come, on an action named by a gerund or ``whether``, with no motion
#: named: ``LMCs are going to debate escalating their action``, ``Representatives will vote on
#: instructing the BMA to ...``, ``were due to vote on whether to boycott ...``. The gerund must
#: take an object (``the``, ``a``, a name), so that ``will discuss funding for ...`` is not read.
#: The caller checks who the voters are.
TO_BE_VOTED = regex.compile(
    r"(?<![\w’'-])(?P<aux>(?i:will|(?:is|are|was|were)\s+(?:also\s+)?(?:going|due|set|expected|poised)\s+to))"
    r"\s+(?:(?i:also)\s+)?(?P<verb>(?i:vote\s+on|consider|debate|discuss))\s+"
    r"(?P<content>(?i:whether)\s+(?=\S)|(?=[a-z]{3,20}ing\s+(?:the|a|an|all|its|their|[A-Z])\b)[a-z])"
)

#: A finite verb giving a motion's content when the motion is the subject of its sentence: ``A
#: motion backed unanimously at the BMA annual conference called for ...``.
FINITE_INTRO = regex.compile(
    rf"(?P<intro>(?:{alternation(words.FINITE_CONTENT_VERBS)})(?:\s+(?:for|on|that))?)\s+(?=\S)",
    _I,
)

#: A result standing as a sentence of its own (searched from a sentence's start), as a live blog
#: reports the vote on the statement before it: ``Narrowly voted through.``, ``Motion carried
#: by 150 votes to 90.``, ``Rejected. For 40%, against 60%``.
VERDICT = regex.compile(
    rf"(?:(?:the\s+|this\s+)?(?:motion|resolution)\s+(?:was\s+|is\s+|has\s+been\s+)?)?(?:{_ADVERB}\s+){{0,2}}"
    rf"(?P<word>{alternation(words.VERDICT_WORDS)})(?:\s+{_ADVERB}){{0,2}}"
    rf"(?=[ \t]*(?:[.!;]|\n|$|[ \t](?:by|with)\s+(?:\d|a\s+(?:\w+\s+)?(?:majority|margin))|[ \t,:(\[-]*\s*(?:yes|for|in\s+favour)\b|[ \t,:(\[-]*\s*\d))",
    _I,
)

#: A live blog's verdict as a sentence of its own with the voters as subject, present or past:
#: ``Delegates reject the motion.``, ``Representatives overwhelmingly backed the motion.``
ACTIVE_VERDICT = regex.compile(
    rf"(?:(?i:{alternation(words.CONFERENCE_VOTERS)}))\s+(?:(?i:{_ADVERB})\s+){{0,2}}"
    rf"(?P<verb>(?i:reject(?:s|ed)?|throw(?:s)?\s+out|threw\s+out|vote(?:s|d)?\s+down|back(?:s|ed)?|pass(?:es|ed)?|carr(?:y|ies|ied)|support(?:s|ed)?|approve(?:s|d)?|endorse(?:s|d)?))"
    rf"\s+(?i:the|this)\s+(?i:motion|resolution)(?=[ \t]*(?:[.!;]|\n|$))"
)
#: A live blog's verdict that opens with the bare noun and runs on: ``Motion passed, so it looks
#: like we're off to Liverpool next year.`` The statement voted on is not given.
BARE_VERDICT = regex.compile(
    rf"(?:Motion|Resolution)\s+(?P<word>{alternation(words.VERDICT_WORDS)}),[ \t]+(?=[a-z])"
)


#: A passive report of the result after the motion's content: ``... was carried``, ``... were
#: overwhelmingly rejected``, ``... will be debated``.
PASSIVE = regex.compile(
    rf"(?<![\w])(?:was|were|has\s+been|have\s+been|had\s+been|is|are|got|will\s+be|is\s+to\s+be|to\s+be)\s+"
    rf"(?:{_ADVERB}\s+){{0,2}}(?P<word>{_PASSIVE_WORD})(?![\w])",
    _I,
)

#: A sentence ending in a colon that introduces the motion after it and says what became of it:
#: ``The final motion passed, no 14, is ...:``, ``The motion, which was carried unanimously,
#: reads:``, ``Conference backed the following motion:``. One motion, not a list of them.
#: A vote with its margin may stand between the verb and the motion: ``Delegates voted, with
#: just one against, for amended motion 20``.
INTRODUCED_OUTCOME = regex.compile(
    rf"\b(?i:motion|resolution)(?:\s*\d{{1,3}}\b)?(?:\s*,)?(?:\s+(?i:which|that|as))?(?:\s+(?i:was|has\s+been|had\s+been))?"
    rf"(?P<negated>\s+(?i:not))?\s+(?:(?i:{_ADVERB})\s+)?(?P<word>(?i:{_PASSIVE_WORD}))(?![\w])"
    rf"|(?<![\w’'-])(?P<verb>(?i:{_VERB_PHRASES}))\s+(?i:the|this|a)\s+(?:(?i:following|final|last|first|next|main|key|substantive)\s+)?(?i:motion|resolution)(?![\w])"
    rf"|(?<![\w’'-])(?P<vote>(?i:voted|votes|vote|voting))(?:\s+(?i:{_ADVERB})){{0,2}}(?:,?\s+(?i:with|by)\s+[^,.;:!?\n]{{1,40}}?,?)?"
    rf"\s+(?P<side>(?i:for|in\s+favour\s+of|in\s+support\s+of|against))\s+(?:(?i:the|this|a|an)\s+)?"
    rf"(?:(?i:following|final|last|first|next|main|key|substantive|amended|emergency|composite)\s+)?(?i:motion|resolution)(?![\w])",
)
#: The motion's number in such a sentence: ``no 14``, ``No. 14``, ``number 14``, ``motion 14``.
INTRODUCED_NUMBER = regex.compile(
    r"(?<![\w])(?i:no\.?|number|motion|resolution)\s*(?P<number>\d{1,3})"
    r"(?=\s*[,;:).]|\s+(?i:is|was|reads?|which|that|below|here|as|from|by|proposed|tabled|moved|submitted)\b)"
)
#: The body that put the motion in such a sentence: ``motion 20 from Buckinghamshire LMC``.
INTRODUCED_PROPOSER = regex.compile(
    rf"(?<![\w])(?i:motion|resolution)\s*\d{{1,3}}\s+(?:(?i:proposed|tabled|moved|submitted|put\s+forward)\s+)?(?i:from|by)\s+(?:the\s+)?(?P<body>{_CAPITALISED})"
)
#: The body that put the motion, as the sentence introducing it says in prose: ``Kent LMC has
#: proposed a motion that reads:``, ``Avon LMC tabled the following motion:``. The name must end
#: in a body noun (checked by the caller).
INTRODUCING_BODY = regex.compile(
    rf"(?<![\w’'-])(?P<body>{_CAPITALISED})\s+(?:(?i:have|has|had)\s+)?(?:(?i:{_ADVERB})\s+)?"
    rf"(?i:proposed|tabled|submitted|put\s+forward|moved)\s+(?i:a|an|the|this)\s+(?:(?i:following|emergency)\s+)?(?i:motion|resolution)(?![\w])"
)
#: A title over a motion on a line of its own, with its number and perhaps a topic: ``Motion 5 –
#: online access``, ``Resolution 12: workforce``.
MOTION_TITLE = regex.compile(
    r"^[ \t]*(?i:motion|resolution)[ \t]+(?:(?i:no)\.?[ \t]*)?(?P<number>\d{1,3})(?![\w])[ \t]*(?:[:.–—-][ \t]*[^\n]{0,80})?$"
)
#: A sentence under such a title saying what became of the motion with a pronoun: ``This was
#: carried in all parts by the Conference``, ``It was narrowly rejected``.
PRONOUN_OUTCOME = regex.compile(
    rf"^(?i:this|it)\s+(?i:was|has\s+been|had\s+been)(?P<negated>\s+(?i:not))?\s+(?:(?i:{_ADVERB})\s+)?(?P<word>(?i:{_PASSIVE_WORD}))(?![\w])"
)
#: A short sentence before a colon that points back to the motion the sentence before it named:
#: ``This states:``, ``It reads:``, ``The motion said:``.
REFERS_BACK = regex.compile(
    r"^(?i:this|it|the\s+(?:amended\s+)?(?:motion|resolution))\s+(?i:states|stated|reads|read|says|said|runs|ran|went)(?:\s+(?i:as\s+follows))?$"
)

#: The end of a sentence: a full stop, question or exclamation mark before a space and a
#: capital or quote mark, or the end of the paragraph. Colons and semicolons end a reported
#: motion's content too.
SENTENCE_END = regex.compile(r"[.!?;:](?=['’\"”)]?(?:\s|$))|\n")

#: Words at the end of a reported motion that belong to the report: ``at their conference in
#: London today``, ``on Thursday``, ``by 150 votes to 90``, ``, she said``.
TRAILING_ADJUNCT = regex.compile(
    rf"(?:,?\s+(?:at|during)\s+(?:the|their|its|this|a|last|next|yesterday’s|today’s)\b[^,;]{{0,80}}?\b(?:{alternation(words.TRAILING_ADJUNCT_NOUNS)})\b[^,;]{{0,60}}"
    rf"|,?\s+(?:{_TIME})"
    rf"|,?\s+(?:by|with)\s+(?:{_COUNT})\s+votes?\s+to\s+(?:{_COUNT})"
    rf"|,?\s+(?:with|by)\s+{_SHARE}[^,;]{{0,40}}"
    rf"|,\s+(?:he|she|they|it|[A-Z][a-z]{{1,20}})\s+(?:said|added|says))"
    rf"[’”\"']?\s*$",
)

_NAME = rf"(?:(?:{alternation(words.TITLES)})\.?\s+)?[A-Z][\w’'-]{{1,30}}(?:\s+[A-Z][\w’'-]{{1,30}}){{0,3}}"
#: A person's name, with an optional title.
PERSON = regex.compile(rf"^{_NAME}$")
#: A name that opens with a title (``Dr Jane Smith``): a person, not a body.
TITLED = regex.compile(rf"^(?:{alternation(words.TITLES)})\.?\s")
#: A report naming who proposed a motion: ``Dr Sujata Chadha from Hillingdon LMC, who proposed
#: the motion``, ``This motion was proposed by Dr Lisa Harrod-Rothwell``, ``Proposing the
#: motion, Dr Jane Smith said``, ``Proposing the motion, Dr Jane Smith from Kent LMC said``.
PROPOSER_NAMED = regex.compile(
    rf"(?P<person1>{_NAME})(?:\s+(?:from|of)\s+(?P<affiliation>{_CAPITALISED}))?(?:,\s*[^,\n]{{0,60}}?)?,\s*who\s+(?:had\s+)?(?:{alternation(words.PROPOSING_VERBS)})\s+(?:the|this)\s+motion\b"
    rf"|\b(?i:this|the)\s+motion\s+(?:was|had\s+been)\s+(?:{alternation(words.PROPOSING_VERBS)})\s+by\s+(?P<person2>{_NAME})"
    rf"|\b(?i:proposing|moving)\s+the\s+motion,\s+(?P<person3>{_NAME})(?:\s+(?:from|of)\s+(?P<affiliation3>{_CAPITALISED}))?",
)


def outcome_of(phrase: str) -> tuple[bool, str | None]:
    """Map a result phrase to an outcome: ``(True, "referred")`` for ``carried as a reference``.

    :returns: ``(known, outcome)``. ``known`` is false for a phrase this module does not map;
        ``outcome`` is ``None`` for a part-carried result or a motion only debated.
    """
    key = " ".join(phrase.lower().split())
    if key in words.OUTCOME_WORDS:
        return True, words.OUTCOME_WORDS[key]
    if key in words.PART_OUTCOME_WORDS:
        return True, None
    if key in words.PASSIVE_OUTCOMES:
        return True, words.PASSIVE_OUTCOMES[key]
    if key == "fell":
        return True, None
    return False, None
