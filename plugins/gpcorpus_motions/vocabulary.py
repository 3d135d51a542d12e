"""The motions plugin's vocabulary: the words British deliberative bodies decide with, as data.

Every list is matched case-insensitively and as whole words. Verbs are given as lemmas: their
forms come from :func:`gpcorpus.lexicon.inflect`. The general word lists (determiners, negators,
titles, deliberative bodies) live in the core lexicon; these are the words of motions only.
"""
from __future__ import annotations

# -- agenda text ----------------------------------------------------------------------------------

#: Verbs a resolution opens with after its body (``Conference notes that``, ``This Council
#: resolves to``), as lemmas. ``is``/``has`` open ``Conference is concerned``.
RESOLVING_VERBS: tuple[str, ...] = (
    "note", "believe", "welcome", "call", "instruct", "resolve", "recognise", "recognize", "agree",
    "deplore", "condemn", "support", "urge", "ask", "request", "applaud", "acknowledge", "affirm",
    "reaffirm", "regret", "congratulate", "demand", "commend", "insist", "oppose", "consider",
    "endorse", "understand", "express", "feel", "recommend", "thank", "mandate", "require",
    "direct", "accept", "discuss", "declare", "reject", "propose", "celebrate", "fear", "mourn",
    "pledge", "commit", "want", "wish", "pay", "praise", "salute", "highlight", "seek",
)
#: Auxiliaries that may stand where the verb does: ``Conference is concerned``.
RESOLVING_AUXILIARIES: tuple[str, ...] = ("is", "has", "will", "therefore", "further", "also", "however")

#: Words that head a motion's heading line before its number: ``Motion 12``, ``Item 7``,
#: ``Resolution 23:``, ``Special Motion No. 2``.
HEADING_NOUNS: tuple[str, ...] = (
    "motion", "resolution", "item", "amendment", "rider", "composite", "notice of motion",
)

#: Words that introduce the one who proposed a motion on a heading line.
PROPOSER_INTRODUCERS: tuple[str, ...] = (
    "proposed by", "moved by", "submitted by", "motion by", "tabled by", "put forward by", "brought by",
    "on behalf of", "in the name of",
)
#: Labels a proposer is printed after, with a colon: ``Proposer: Eastfield Branch``.
PROPOSER_LABELS: tuple[str, ...] = ("proposer", "proposed", "mover", "moved", "submitted", "proposing body", "from")

# -- outcomes -------------------------------------------------------------------------------------

#: Words an outcome line or a result is printed with, and the outcome each gives. Longer phrases
#: are tried first (``carried as a reference`` before ``carried``).
OUTCOME_WORDS: dict[str, str] = {
    "carried as a reference": "referred",
    "passed as a reference": "referred",
    "carried as amended": "carried",
    "passed as amended": "carried",
    "agreed as amended": "carried",
    "not carried": "lost",
    "not passed": "lost",
    "not agreed": "lost",
    "voted through": "carried",
    "voted down": "lost",
    "thrown out": "lost",
    "carried": "carried",
    "passed": "carried",
    "agreed": "carried",
    "adopted": "carried",
    "approved": "carried",
    "accepted": "carried",
    "endorsed": "carried",
    "backed": "carried",
    "supported": "carried",
    "lost": "lost",
    "defeated": "lost",
    "rejected": "lost",
    "fell": "lost",
    "failed": "lost",
    "withdrawn": "withdrawn",
    "remitted": "referred",
    "referred": "referred",
}

# -- reported decisions ---------------------------------------------------------------------------

#: Decision verbs as lemmas, with the outcome their active voice reports about their object.
DECISION_VERBS: dict[str, str] = {
    "pass": "carried", "carry": "carried", "back": "carried", "approve": "carried", "adopt": "carried",
    "endorse": "carried", "support": "carried", "agree": "carried", "accept": "carried",
    "ratify": "carried", "overwhelmingly back": "carried",
    "reject": "lost", "defeat": "lost", "oppose": "lost", "throw out": "lost", "vote down": "lost",
    "refuse": "lost", "dismiss": "lost", "survive": "lost",
}
#: Irregular forms the lexicon's generator does not know, as ``form: lemma``.
IRREGULAR_FORMS: dict[str, str] = {
    "threw out": "throw out", "thrown out": "throw out", "brought": "bring", "brought forward": "bring forward",
    "put forward": "put forward", "threw": "throw", "thrown": "throw", "led": "lead", "heard": "hear",
}

#: Verbs of calling that report what a deliberative body resolved (``Conference called for``).
CALLING_VERBS: tuple[str, ...] = ("call for", "call on", "urge", "demand", "instruct")

#: Verbs that put a motion forward without deciding it: the motion has no outcome yet.
PROPOSING_VERBS: tuple[str, ...] = (
    "propose", "table", "submit", "move", "second", "bring", "put forward", "debate", "consider",
    "discuss", "select", "hear", "introduce", "lead",
)

#: Nouns naming a motion.
MOTION_NOUNS: tuple[str, ...] = ("motion", "resolution", "amendment", "composite", "rider")
#: Nouns naming what a motion asks, backed or rejected in its place (``backed calls for``): a
#: deliberative body or its voters deciding on them make a motion.
CALL_NOUNS: tuple[str, ...] = ("call", "proposal", "demand", "plan", "offer", "deal", "bid")
#: Of those, the ones everyone accepts or rejects (``Doctors rejected the offer``): only a
#: deliberative body deciding on them makes a motion.
OFFER_NOUNS: tuple[str, ...] = ("plan", "offer", "deal", "bid")

#: Adjectives before a motion noun that give its outcome (``Another successful motion``).
OUTCOME_MODIFIERS: dict[str, str] = {"successful": "carried", "unsuccessful": "lost", "failed": "lost", "defeated": "lost"}

#: Words that, right before a decision verb, say no decision has been made yet.
PENDING_WORDS: tuple[str, ...] = (
    "will", "would", "to", "could", "may", "might", "shall", "should", "expected to", "due to", "set to",
    "going to", "asked to", "able to", "whether to",
)
#: Words that, right before a decision verb, turn it round (``refused to back`` is a rejection).
REFUSING_WORDS: tuple[str, ...] = ("refused to", "failed to", "declined to", "did not", "didn't", "did n’t", "didn’t", "not")

#: Adverbs that may stand inside a verb group (``voted overwhelmingly to``).
VOTE_ADVERBS: tuple[str, ...] = (
    "also", "then", "now", "today", "yesterday", "again", "instead", "subsequently", "duly", "finally",
    "later", "eventually", "all", "both", "just", "formally", "officially", "previously", "already",
)

#: Phrases that end a report's content: what follows is when, where or how the vote was held.
TRAILING_ADJUNCTS: tuple[str, ...] = (
    "at their", "at the", "at its", "at this", "at a", "at an", "at today's", "at today’s",
    "at yesterday's", "at yesterday’s", "at last", "on monday", "on tuesday", "on wednesday",
    "on thursday", "on friday", "on saturday", "on sunday", "today", "yesterday", "this week",
    "last week", "this morning", "this afternoon", "last month", "earlier this", "by a show of hands",
    "on a show of hands", "after a show of hands", "by a majority", "by a large majority", "unanimously",
    "in a vote", "in a consultative", "in an indicative", "last year", "this year", "following a vote", "following a debate", "after a debate", "despite",
)

#: Words that, introducing a list of motions, say they are still to be debated.
DEBATE_LIST_WORDS: tuple[str, ...] = (
    "up for debate", "selected for debate", "to be debated", "due to be debated", "on the agenda",
    "being debated", "will be debated", "to be discussed",
)
