"""Patterns for claims: where a sentence ends, who a figure is sourced to, what it is about, and
when it holds.

Every pattern is run on a bounded window around one figure (a sentence of at most
:data:`SENTENCE_REACH` characters each way), and none nests unbounded repetition, so the plugin
stays linear on any input.
"""
from __future__ import annotations

import regex

__all__ = [
    "SENTENCE_REACH",
    "SOURCE_AFTER_CUE",
    "SOURCE_BEFORE_FINDING",
    "FINDING_FROM",
    "SUBJECT_STOP_WORD",
    "SUBJECT_AFTER",
    "SUBJECT_IN",
    "SUBJECT_BEFORE",
    "ADJECTIVAL_BEFORE",
    "ADJECTIVAL_AFTER",
    "PERIOD",
]

#: The most characters a claim's sentence reaches either side of its figure.
SENTENCE_REACH = 600

_FINDING = (
    r"(?:figures|data|statistics|stats|analysis|research|survey|poll|report|study|audit|review|"
    r"modelling|estimates|investigation|census|calculations|projections|accounts|records|"
    r"freedom\s+of\s+information\s+(?:requests?|figures|data)|foi\s+(?:requests?|figures|data))"
)
#: Adjectives a finding noun may carry (``the latest official figures``).
_FINDING_ADJECTIVES = (
    r"(?:(?:the|a|an|new|latest|recent|official|provisional|published|annual|monthly|quarterly|"
    r"national|separate|further|its|their|his|her|own|exclusive|independent|internal)\s+){0,3}"
)
#: A named source: an optional "the", then up to eight capitalised words or acronyms, joined by
#: the small words names contain (``the Royal College of General Practitioners``, ``NHS Digital``,
#: ``the King's Fund``); or a lower-case body (``the government``, ``the charity``).
_NAMED = (
    r"(?:[Tt]he\s+)?(?:[A-Z][\w'’&-]*)(?:\s+(?:(?:of|for|and|&|the)\s+){0,2}[A-Z][\w'’&-]*){0,7}"
)
_BODY_NOUNS = (
    r"(?:the\s+)?(?:government|department|charity|union|college|association|committee|regulator|"
    r"watchdog|think\s+tank|trust|council|board|health\s+board|ccg|icb|party|ministers|officials|"
    r"researchers|analysts|campaigners|the\s+bma)"
)
#: A source, and the acronym news often puts after it (``the Department of Health (DoH)``).
_SOURCE = rf"(?P<source>{_NAMED}|{_BODY_NOUNS})(?:\s+\([A-Z][\w&]{{0,11}}\))?"

#: ``according to X``, ``according to figures from X``, ``according to the latest X data``.
SOURCE_AFTER_CUE = regex.compile(
    rf"\b(?P<cue>[Aa]ccording\s+to)\s+(?:{_FINDING_ADJECTIVES}{_FINDING}\s+"
    rf"(?:(?:published|released|compiled|produced|obtained|commissioned|carried\s+out|conducted)\s+)?"
    rf"(?:from|by)\s+)?{_FINDING_ADJECTIVES}{_SOURCE}"
)

#: ``X figures show``, ``the King's Fund's analysis found``, ``BMA research suggests``.
SOURCE_BEFORE_FINDING = regex.compile(
    rf"{_SOURCE}(?:['’]s?)?\s+(?:{_FINDING_ADJECTIVES})(?P<cue>{_FINDING})\s+"
    r"(?:has\s+|have\s+|had\s+)?(?:shows?|showed|shown|reveal(?:s|ed)?|f(?:i|ou)nds?|found|suggest(?:s|ed)?|"
    r"indicate(?:s|d)?|estimate(?:s|d)?|predict(?:s|ed)?|warn(?:s|ed)?|confirm(?:s|ed)?|highlight(?:s|ed)?)\b"
)

#: ``figures from X``, ``a survey by X``, ``data published by X``, ``research commissioned by X``.
FINDING_FROM = regex.compile(
    rf"\b(?P<cue>(?i:{_FINDING}))\s+(?:of\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,2}}\s+(?=by\b))?(?:(?:published|released|compiled|produced|obtained|commissioned|"
    rf"carried\s+out|conducted|collected)\s+)?(?:from|by)\s+{_SOURCE}"
)

#: Words that end a subject phrase or cannot be one: clause openers, prepositions that start
#: another phrase, auxiliaries and reporting verbs, time words, and the nouns of set phrases
#: (``on average``, ``for example``, ``in real terms``).
_SUBJECT_STOP = (
    r"(?i:that|which|who|whom|whose|to|by|from|over|after|before|as|with|without|when|while|because|"
    r"if|but|so|than|and|or|nor|is|are|was|were|be|been|being|has|have|had|will|would|could|should|"
    r"may|might|must|can|this|these|those|next|last|past|previous|coming|current|same|first|each|"
    r"every|per|a|an|the|in|on|at|for|of|into|since|until|during|about|around|under|up|out|"
    r"year|years|month|months|week|weeks|day|days|time|times|decade|said|says|say|told|"
    r"average|top|offer|hold|track|course|behalf|paper|record|example|instance|total|addition|"
    r"fact|part|real|terms|cash|return|exchange|turn|minimum|maximum|excess|region|tune|sum|it|them|him|her|us|you|me|i|we|they|he|she)"
)
#: One word that cannot be a subject.
SUBJECT_STOP_WORD = regex.compile(_SUBJECT_STOP)
_WORD = r"[A-Za-z][\w'’-]*"
_SUBJECT_WORD = rf"(?!{_SUBJECT_STOP}\b){_WORD}"

#: What a sum is for, after it: ``£2.4bn for general practice``, ``£5m on locums``,
#: ``£1m towards a new surgery``. The words run to the first stop word, at most six.
SUBJECT_AFTER = regex.compile(
    rf"\A[ \t]+(?:extra\s+|more\s+)?(?:for|on|towards|into)\s+(?:(?:the|its|their|a|an)\s+)?"
    rf"(?P<subject>{_SUBJECT_WORD}(?:[ \t]+{_SUBJECT_WORD}){{0,5}})"
)

#: ``£3m in funding``: after ``in``, only a word for money itself, since ``in`` mostly starts a
#: time or place (``£3m in 2015``, ``£3m in real terms``, ``£3m in Wales``).
SUBJECT_IN = regex.compile(
    r"\A[ \t]+in\s+(?P<subject>(?:(?:extra|additional|new|annual|recurrent|recurring|emergency|"
    r"one-off|transformation|government|public|central)\s+)?(?:funding|investment|cuts|savings|grants?|"
    r"fees|payments|income|pay|compensation|damages|fines|loans|support|revenue|costs|spending|"
    r"bonuses|debts?|funds|subsidies|contracts|donations|payouts|penalties|losses|profits?))\b"
)

#: What a figure is, just before it: ``a budget of £2bn``, ``a contract worth £10m``,
#: ``funding of £5m``. Read back from the figure: a determiner and up to two words, or one word.
SUBJECT_BEFORE = regex.compile(
    rf"(?:\b(?i:a|an|the|its|their|total|annual)\s+(?P<subject>{_SUBJECT_WORD}(?:[ \t]+{_SUBJECT_WORD})?)"
    rf"|\b(?P<subject>{_SUBJECT_WORD}))"
    r"[ \t]+(?:of|worth|totalling|totaling|costing|valued\s+at)[ \t]+\Z"
)

#: A figure used as an adjective: ``a £100,000 pilot``, ``the £2.4bn package``, ``a 1% pay
#: rise``, ``an extra £220m investment``. The determiner comes just before the figure, or an
#: adjective between them; the words after it name what it is.
ADJECTIVAL_BEFORE = regex.compile(
    r"\b(?i:a|an|the|its|their|this|that)[ \t]+(?:(?i:extra|additional|further|estimated|total|annual|whopping|"
    r"massive|record|new|mere|staggering|proposed|planned|promised)[ \t]+)?\Z"
)
ADJECTIVAL_AFTER = regex.compile(rf"\A[ \t]+(?P<subject>{_SUBJECT_WORD}(?:[ \t]+{_SUBJECT_WORD}){{0,4}})")

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
)
_YEAR = r"(?:19|20)\d{2}"
_FINANCIAL_YEAR = rf"{_YEAR}\s?[/–-]\s?(?:{_YEAR}|\d{{2}})(?!\d)"
_TIME_PREPOSITION = r"(?:in|by|from|since|until|till|to|for|during|before|after|between|throughout|over)"
_COUNT = r"(?:two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|\d{1,2})"

#: When a figure holds, as British news writes it: ``in 2015/16``, ``by 2020``, ``in March 2016``,
#: ``on 3 March 2016``, ``last year``, ``over the next five years``, ``a year ago``.
PERIOD = regex.compile(
    rf"\b(?:"
    rf"(?:{_TIME_PREPOSITION}\s+(?:the\s+)?)?(?:(?:financial|fiscal)\s+year\s+)?{_FINANCIAL_YEAR}"
    rf"|(?:(?:on|in|by|from|since|until|before|after)\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{_MONTH}\s+{_YEAR}\b"
    rf"|{_TIME_PREPOSITION}\s+{_YEAR}\b(?!\s?[/–-]\s?\d)"
    rf"|(?:(?:in|over|during|for|by|within|since|until)\s+)?(?:the\s+)?(?:last|past|previous|next|coming|current|same)\s+(?:{_COUNT}\s+)?"
    rf"(?:financial\s+year|years?|months?|weeks?|decades?|quarters?)"
    rf"|(?:(?:by|until|since|from)\s+)?(?:last|this|next)\s+(?:year|month|week|spring|summer|autumn|winter)"
    rf"|(?:a|one|two|three|four|five|six|ten|\d{{1,2}})\s+(?:years?|months?|weeks?|decades?)\s+ago"
    rf")\b",
    regex.IGNORECASE,
)
