"""Word lists the speech plugin is built from: marks, reporting verbs, titles, pronouns, nouns.

Each list is named for what it is and says why a word is in it. Patterns are built from these
once, at import, in :mod:`gpcorpus_speech.patterns`; nothing here is tied to one article.
"""
from __future__ import annotations

# -- quotation marks ---------------------------------------------------------------------------

#: Marks that only ever open a double-quoted stretch (curly, low-9, guillemet).
DOUBLE_OPENERS = "“„‟«"
#: Marks that only ever close one.
DOUBLE_CLOSERS = "”»"
#: The straight double mark: opens or closes depending on what stands either side.
DOUBLE_EITHER = '"'
#: Marks that open a single-quoted stretch. ``’`` is not here: it is also the apostrophe.
SINGLE_OPENERS = "‘‚‛"
#: The curly single closing mark, which British typesetting also uses as the apostrophe.
SINGLE_CLOSERS = "’"
#: The straight single mark: quote or apostrophe, decided by what stands either side.
SINGLE_EITHER = "'"
#: Characters a quote may open straight after (besides white space and the start of a line).
OPENING_CONTEXT = "([{—–-/:•*·"
#: Characters a quote may close straight before (besides white space and the end of a line).
CLOSING_CONTEXT = ".,;:!?)]}—–-/…"

# -- reporting verbs ---------------------------------------------------------------------------

#: Verbs that report speech or writing and take a clause (``said the plan would fail``), a
#: quotation (``said: "..."``) or a postposed cue (``..., the CCG said.``). Inflected forms are
#: written out: English is irregular (``told``, ``says``) and a stemmer would over-match.
SPEECH_VERBS: tuple[str, ...] = (
    "said", "says", "say", "saying",
    "added", "adds", "adding",
    "told", "tells", "telling",
    "warned", "warns", "warning",
    "claimed", "claims",
    "insisted", "insists",
    "explained", "explains",
    "argued", "argues",
    "admitted", "admits",
    "stressed", "stresses",
    "stated", "states",
    "commented", "comments",
    "continued", "continues",
    "confirmed", "confirms",
    "acknowledged", "acknowledges",
    "conceded", "concedes",
    "maintained", "maintains",
    "noted", "notes",
    "remarked",
    "replied",
    "responded",
    "predicted", "predicts",
    "wrote", "writes",
    "asked", "asks",
    "announced", "announces",
    # ``highlighted that ...``: a person or body pointing something out (a report's is a finding)
    "highlighted", "highlights",
    # ``urged``, ``called on``/``called for``: a reported call, kept for its quoted words
    "urged", "urges", "called", "calls",
    # ``pointed out that ...``, ``..., the BBC has reported.``: with a ``that`` clause or after
    # what was said only (``reported a rise`` names no words)
    "pointed out", "points out", "reported",
    # ``Dr X revealed that ...``: a named person's words (what figures reveal is a finding)
    "revealed", "reveals",
)
#: Verbs that report speech only when a quotation follows (``announced: "..."``), or a ``that``
#: clause for those not in :data:`QUOTATION_ONLY_VERBS`: ``noted that ...`` is speech,
#: ``announced plans to ...`` is not.
THAT_ONLY_VERBS: frozenset[str] = frozenset({"confirmed", "confirms", "noted", "notes", "comments", "commented", "states", "wrote", "writes",
                                             "maintains", "maintained", "acknowledged", "acknowledges", "remarked",
                                             "highlighted", "highlights", "pointed out", "points out", "reported"})
#: Verbs that report the words of a named person (or ``he``/``she``) only: what a survey or
#: figures ``revealed`` is a finding. With a clause, ``that`` or not (``X reveals Labour would
#: ...``), or a quotation.
PERSON_ONLY_VERBS: frozenset[str] = frozenset({"revealed", "reveals"})
#: Verbs that report speech of a person or a body only: what a report ``highlighted`` is a
#: finding, like what it ``showed``.
PEOPLE_ONLY_VERBS: frozenset[str] = frozenset({"highlighted", "highlights"})
#: Verbs that announce rather than report: a cue only before a quotation, never for a clause
#: (``the Government has announced that it is undertaking a review`` is news, not speech).
QUOTATION_ONLY_VERBS: frozenset[str] = frozenset({"announced", "announces", "asked", "asks", "responded", "replied",
                                                 "continued", "continues"})
#: Verbs whose complement starts with a preposition (``argued for a 1% uplift``, ``called on the
#: Government to...``): the preposition is skipped and the rest reported.
PREPOSITION_VERBS: dict[str, frozenset[str]] = {
    "argued": frozenset({"for", "against"}), "argues": frozenset({"for", "against"}),
    "called": frozenset({"for", "on"}), "calls": frozenset({"for", "on"}),
}
#: Verbs that are cues only with one of those prepositions (``called`` alone names, ``called a
#: meeting`` convenes).
PREPOSITION_ONLY_VERBS: frozenset[str] = frozenset({"called", "calls"})
#: Participles that carry on the speech of the clause they hang from (``the CCG said, adding
#: the practices have "outgrown" their premises``): their speaker is that clause's speaker.
CONTINUING_VERBS: frozenset[str] = frozenset({"adding", "saying", "telling", "warning"})
#: Verbs of finding, not of speech: ``a survey found``, ``figures showed``. Never cues.
FINDING_VERBS: frozenset[str] = frozenset({"found", "finds", "showed", "shows", "revealed", "suggests", "suggested"})
#: Auxiliaries and adverbs that may stand between a speaker and the verb (``has also said``).
BETWEEN_SUBJECT_AND_VERB: tuple[str, ...] = (
    "has", "have", "had", "also", "previously", "earlier", "later", "then", "today", "yesterday",
    "recently", "repeatedly", "once", "now", "would", "will", "did", "does", "do", "further", "simply",
    "publicly", "privately", "reportedly", "last", "week", "month", "year", "this", "morning", "night",
)
#: Words before a verb that make it passive or impersonal (``it is said``, ``was told``):
#: no speaker is named, so the verb is not a cue.
PASSIVE_MARKERS: frozenset[str] = frozenset({"is", "was", "are", "were", "be", "been", "being", "get", "got"})

# -- speakers ----------------------------------------------------------------------------------

#: Titles written before a name, without a full stop in British style (a stop is allowed).
#: Longer titles first so that ``Professor`` is not read as ``Prof``.
TITLES: tuple[str, ...] = (
    "Professor", "Councillor", "Baroness", "Reverend", "Dame", "Lady", "Lord", "Sister", "Prof", "Cllr",
    "Sir", "Mrs", "Miss", "Rev", "Dr", "Mr", "Ms", "Mx",
)
#: Titles that tell the person's grammatical gender, for resolving ``he`` and ``she``.
MALE_TITLES: frozenset[str] = frozenset({"Mr", "Sir", "Lord"})
FEMALE_TITLES: frozenset[str] = frozenset({"Mrs", "Miss", "Ms", "Dame", "Lady", "Baroness", "Sister"})
#: Letters written after a name that are part of how the person is named (``Sir Robert Francis QC``).
POST_NOMINALS: tuple[str, ...] = ("QC", "KC", "MP", "MSP", "AM", "MEP", "OBE", "CBE", "MBE", "FRCGP", "PhD")

#: Pronouns that can stand for a speaker, with what they can stand for.
PERSON_PRONOUNS: dict[str, str] = {"he": "male", "she": "female"}
#: ``it`` stands for a body or a document (``It said...`` after ``The BMA has called...``).
THING_PRONOUNS: frozenset[str] = frozenset({"it"})
#: ``they`` stands for a body (British English treats bodies as plural) or for several people.
PLURAL_PRONOUNS: frozenset[str] = frozenset({"they"})
#: First-person pronouns: inside a reader comment they are the commenter.
FIRST_PERSON: frozenset[str] = frozenset({"i", "we"})

#: Nouns for people, used to tell a description of a person (``A GP from County Durham``,
#: ``A Department of Health spokesman``) from one of a body or a document. Singular and plural.
PERSON_NOUNS: frozenset[str] = frozenset({
    "gp", "gps", "doctor", "doctors", "nurse", "nurses", "spokesman", "spokeswoman", "spokesperson",
    "spokesmen", "spokespeople", "source", "sources", "official", "officials", "insider", "insiders",
    "leader", "leaders", "boss", "bosses", "chief", "chiefs", "chair", "chairman", "chairwoman", "chairs",
    "minister", "ministers", "secretary", "director", "directors", "manager", "managers", "partner",
    "partners", "patient", "patients", "resident", "residents", "councillor", "councillors", "mp", "mps",
    "member", "members", "campaigner", "campaigners", "expert", "experts", "representative",
    "representatives", "officer", "officers", "executive", "executives", "founder", "president",
    "practitioner", "practitioners", "pharmacist", "pharmacists", "consultant", "consultants", "mother",
    "father", "parent", "parents", "man", "woman", "men", "women", "people", "person", "worker", "workers",
    "staff", "colleague", "colleagues", "receptionist", "locum", "locums", "surgeon", "surgeons",
    "economist", "analyst", "researcher", "researchers", "professor", "lecturer", "fellow", "head",
    "dentist", "dentists", "paramedic", "paramedics", "respondents", "majority", "minority", "union",
})
#: Nouns for writings that can "say" something (``The BMA report said``, ``recent analysis for
#: Pulse said``): such a speaker is ``it``, never ``he`` or ``she``.
DOCUMENT_NOUNS: frozenset[str] = frozenset({
    "report", "reports", "survey", "analysis", "study", "statement", "announcement", "letter",
    "submission", "review", "paper", "guidance", "document", "poll", "audit", "briefing", "response",
    "consultation", "website", "post", "blog", "editorial", "article", "petition", "update", "plan",
})
#: Nouns that take a ``that`` clause of their own (``the news that``, ``claims that``): a
#: ``that`` after one of them belongs to the noun, not to a reporting verb before it.
CONTENT_NOUNS: frozenset[str] = frozenset({
    "news", "fact", "facts", "claim", "claims", "report", "reports", "suggestion", "suggestions", "idea", "notion",
    "revelation", "revelations", "finding", "findings", "figures", "data", "evidence", "rumour", "rumours",
    "speculation", "announcement", "decision", "possibility", "prospect", "fears", "concerns", "warnings",
    "confirmation", "assumption", "belief", "view", "hope", "hopes",
})
#: What data says is a finding, not speech (``according to the latest figures``).
FINDING_NOUNS: frozenset[str] = frozenset({
    "figures", "data", "statistics", "stats", "research", "estimates", "numbers", "evidence",
    "records", "documents", "calculations", "projections", "modelling", "results", "findings",
})
#: Words that mark a capitalised run as a body, not a person (``NHS Clinical Commissioners``,
#: ``Shropshire Clinical Commissioning Group``) or as a place (``County Durham``).
ORGANISATION_WORDS: frozenset[str] = frozenset({
    "nhs", "association", "college", "council", "committee", "commission", "commissioners", "commissioning",
    "group", "trust", "trusts", "fund", "foundation", "service", "services", "department", "government",
    "ministry", "office", "board", "authority", "agency", "network", "networks", "confederation",
    "federation", "alliance", "partnership", "institute", "society", "union", "party", "centre", "center",
    "university", "hospital", "hospitals", "practice", "surgery", "clinic", "england", "scotland", "wales",
    "ireland", "britain", "uk", "digital", "improvement", "healthwatch", "ltd", "plc", "limited", "company",
    "media", "news", "times", "echo", "post", "mail", "guardian", "telegraph", "bbc", "itv", "pulse",
    "observer", "herald", "gazette", "press", "journal", "magazine", "show", "programme", "conference",
    "parliament", "lords", "commons", "county", "city", "street", "road", "lane", "avenue", "house",
    "hall", "square", "park", "north", "south", "east", "west", "northern", "southern", "eastern",
    "western", "royal", "national", "general", "medical", "health", "care", "social", "primary",
    "local", "regional", "lmc", "lmcs", "ccg", "ccgs", "icb", "icbs", "gpc", "bma", "rcgp", "cqc", "dhsc",
    "nice", "hee", "pcn", "pcns", "ics", "stp", "kings", "king’s", "king's", "watch", "ombudsman",
    "tribunal", "court", "inquiry", "review", "team", "panel", "body", "bodies",
})
#: Capitalised words that are roles or offices, not parts of a name (``Health Secretary Jeremy
#: Hunt``, ``College Chair``): a name run stops at them.
ROLE_WORDS: frozenset[str] = frozenset({
    "secretary", "minister", "chair", "chairman", "chairwoman", "chief", "executive", "director",
    "president", "leader", "head", "officer", "spokesman", "spokeswoman", "spokesperson", "manager",
    "partner", "deputy", "vice", "acting", "interim", "senior", "fellow", "editor", "founder", "governor",
    "mayor", "premier", "chancellor", "prime", "shadow", "health", "state", "co-chair", "clinical",
    "managing", "principal", "lead", "member", "councillor", "economist", "correspondent", "reporter",
    "gp", "gps", "doctor", "nurse", "practice", "professor", "exclusive", "former", "then", "new",
})
#: Words that open a stretch before the speaker and are not the speaker: connectives, time and
#: place adverbials, participial openers (``Responding to...``, ``Speaking on...``).
LEADING_WORDS: frozenset[str] = frozenset({
    "but", "and", "however", "meanwhile", "also", "yet", "so", "now", "today", "yesterday", "earlier",
    "later", "last", "next", "in", "at", "on", "of", "for", "from", "after", "before", "during", "while",
    "whilst", "when", "as", "although", "though", "despite", "since", "until", "with", "without", "by",
    "under", "over", "speaking", "responding", "writing", "commenting", "asked", "talking", "addressing",
    "according", "separately", "previously", "elsewhere", "instead", "nonetheless", "still", "indeed",
    "overall", "finally", "firstly", "secondly", "then", "this", "that", "these", "those", "here", "there",
    "if", "because", "having", "following", "reacting", "explaining", "welcoming", "announcing",
    "exclusive", "furthermore", "moreover", "similarly", "likewise", "again", "once", "about", "around",
})
#: Words that open an apposition or relative clause after a speaker (``Steve Kell, co-chair of...``,
#: ``A GP ..., who spoke to...``): not the speaker.
APPOSITION_OPENERS: frozenset[str] = frozenset({
    "who", "whose", "which", "whom", "where", "a", "an", "from", "of", "co-chair", "chair", "chairman",
    "chairwoman", "chief", "head", "director", "leader", "secretary", "spokesman", "spokeswoman",
    "president", "member", "one", "herself", "himself", "itself", "themselves", "aged", "managing",
    "senior", "deputy", "acting", "interim", "founder", "partner", "lead", "clinical", "executive",
})
#: Words a speaker phrase never reaches past when read leftwards from its verb: finite verbs and
#: auxiliaries of another clause.
CLAUSE_VERBS: frozenset[str] = frozenset({
    "is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might",
    "should", "must", "did", "does", "do", "be", "been",
})
#: Irregular past-tense verbs, which end a sentence's subject as ``-ed`` forms do: ``Dr Katie
#: Smith made the demands``, ``The chair wrote to``. (Regular ones are known by their ending.)
IRREGULAR_PAST_VERBS: frozenset[str] = frozenset({
    "made", "gave", "took", "wrote", "sent", "met", "led", "went", "came", "brought", "held",
    "kept", "left", "spoke", "spent", "won", "lost", "began", "became", "chose", "drew", "got",
    "knew", "paid", "ran", "saw", "sought", "sat", "stood", "struck", "taught", "thought", "threw",
    "understood", "withdrew", "built", "bought", "caught", "fought", "felt", "heard", "meant",
    "rose", "fell", "broke", "found", "told", "did", "became", "forgot", "overtook", "undertook",
})
#: Connectives that start a new clause inside a sentence; a speaker is never to their left.
CLAUSE_CONNECTIVES: tuple[str, ...] = ("and", "but", "while", "whilst", "as", "although", "though", "because", "so", "yet", "when", "after", "before")
#: Abbreviations whose full stop does not end a sentence.
ABBREVIATIONS: frozenset[str] = frozenset({
    "dr", "mr", "mrs", "ms", "prof", "st", "no", "nos", "vs", "v", "etc", "e.g", "i.e", "cllr", "rev",
    "co", "ltd", "inc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "approx", "fig", "para", "gen", "col", "capt", "sgt", "hon", "jr", "sr",
})
