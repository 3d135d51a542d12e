"""Word lists the speech plugin is built from: marks, reporting verbs, titles, pronouns, nouns.

Each list is named for what it is and says why a word is in it. Patterns are built from these
once, at import, in :mod:`gpcorpus_speech.patterns`; nothing here is tied to one article.
"""
from __future__ import annotations

from gpcorpus import lexicon

# -- reporting verbs, from the core's lexicon ----------------------------------------------------
#
# The lexicon lists each speech verb by lemma with the complements it takes; the groups below are
# derived from those frames, so a verb added to the lexicon is read here with no other change.

_VERBS = tuple(lexicon.speech_verbs().values())
#: Complements that make a verb report words: a clause, a quotation, or a cue after the words.
_REPORTING_FRAMES = frozenset({"that", "bare", "quote", "post", "obj_that", "obj_bare", "obj_to", "prep_for", "prep_on"})
_CLAUSE_FRAMES = frozenset({"that", "bare", "obj_that", "obj_bare"})


def _forms(verbs, tags=("base", "third", "past", "gerund")) -> tuple[str, ...]:
    """The verbs' forms with the given tags. A base form is left out for a verb that reports only
    through a preposition (``call for``): its base is an infinitive or imperative far more often
    than a plural present that reports (``GPs say``, ``critics argue``)."""
    found: list[str] = []
    for verb in verbs:
        for tag, form in verb.inflections.items():
            if tag == "base" and not verb.frames & (_CLAUSE_FRAMES | {"quote", "post"}):
                continue
            if tag in tags and form not in found:
                found.append(form)
    return tuple(found)


def _form_set(verbs, tags=("base", "third", "past", "gerund")) -> frozenset[str]:
    return frozenset(_forms(verbs, tags))


_REPORTING = [v for v in _VERBS if v.frames & _REPORTING_FRAMES]
#: Verbs that report speech or writing and take a clause (``said the plan would fail``), a
#: quotation (``said: "..."``) or a postposed cue (``..., the CCG said.``): every form of every
#: lexicon verb with such a complement.
SPEECH_VERBS: tuple[str, ...] = _forms(_REPORTING)
#: The base forms among them (``say``, ``argue``): a plain present reports speech only after a
#: plural or first- or second-person subject (``GPs say``, ``critics argue``, ``they claim``);
#: elsewhere the base form is an infinitive, an imperative or a noun (``No reason``, ``a claim``).
BASE_FORMS: frozenset[str] = frozenset(v.inflections.base for v in _REPORTING) & frozenset(SPEECH_VERBS)
#: Words that can stand straight before a reporting present (with at most one adverb between).
PRESENT_SUBJECT_WORDS: frozenset[str] = frozenset({"they", "we", "i", "you", "people", "staff", "police", "public"})
#: Verbs that report a clause only with ``that`` (``noted that ...``), not a bare one: their
#: frames have ``that`` but not ``bare``.
THAT_ONLY_VERBS: frozenset[str] = _form_set(
    v for v in _REPORTING if v.frames & {"that", "obj_that"} and not v.frames & {"bare", "obj_bare", "obj_to"})
#: Verbs that report the words of a named person (or ``he``/``she``) only, where a document or
#: body as subject gives another reading: what a survey ``revealed`` is a finding, what a body
#: ``announced`` is news.
PERSON_ONLY_VERBS: frozenset[str] = _form_set(
    v for v in _REPORTING if v.subject == "person" and v.frames & _CLAUSE_FRAMES
    # the restriction is enforced where another reading exists: a finding, or news
    and (v.lemma in lexicon.word_set("evidential_verbs") or v.act == "announce"))
#: Verbs that data and documents are subjects of too (the lexicon's ``evidential_verbs``:
#: ``the survey suggests``, ``the report highlighted``): speech only with a person or body as
#: subject, a finding otherwise.
PEOPLE_ONLY_VERBS: frozenset[str] = _form_set(
    v for v in _REPORTING if v.lemma in lexicon.word_set("evidential_verbs") and v.subject != "person")
#: Verbs that are cues only before a quotation, never for a clause: no clause in their frames
#: (``asked: "..."``, ``replied: "..."``).
QUOTATION_ONLY_VERBS: frozenset[str] = _form_set(
    v for v in _REPORTING if not v.frames & _CLAUSE_FRAMES and not v.frames & {"prep_for", "prep_on"})
#: Verbs whose complement starts with a preposition (``argued for a 1% uplift``, ``called on the
#: Government to...``): the preposition is skipped and the rest reported.
PREPOSITION_VERBS: dict[str, frozenset[str]] = {
    form: frozenset(p for frame, p in (("prep_for", "for"), ("prep_against", "against"), ("prep_on", "on"))
                    if frame in verb.frames)
    for verb in _REPORTING if verb.frames & {"prep_for", "prep_on", "prep_against"}
    for form in _forms([verb])
}
#: Verbs that report a clause only through one of those prepositions (``called`` alone names,
#: ``called a meeting`` convenes, ``the appeals court`` is a noun); a quotation after them is
#: read by the quotation rules first.
PREPOSITION_ONLY_VERBS: frozenset[str] = _form_set(
    v for v in _REPORTING if v.frames & {"prep_for", "prep_on"} and not v.frames & _CLAUSE_FRAMES)
#: Participles that carry on the speech of the clause they hang from (``the CCG said, adding
#: the practices have "outgrown" their premises``, ``..., noting that ...``): the gerund of every
#: verb that reports a clause.
CONTINUING_VERBS: frozenset[str] = _form_set((v for v in _REPORTING if v.frames & _CLAUSE_FRAMES), ("gerund",))
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
TITLES: tuple[str, ...] = tuple(sorted(lexicon.words("titles"), key=len, reverse=True))
#: Titles that tell the person's grammatical gender, for resolving ``he`` and ``she``.
MALE_TITLES: frozenset[str] = frozenset(lexicon.words("male_titles"))
FEMALE_TITLES: frozenset[str] = frozenset(lexicon.words("female_titles"))
#: Letters written after a name that are part of how the person is named (``Sir Rob Frame QC``).
POST_NOMINALS: tuple[str, ...] = lexicon.words("post_nominals")

#: Pronouns that can stand for a speaker, with what they can stand for.
PERSON_PRONOUNS: dict[str, str] = {"he": "male", "she": "female"}
#: ``it`` stands for a body or a document (``It said...`` after ``The BMA has called...``).
THING_PRONOUNS: frozenset[str] = frozenset({"it"})
#: ``they`` stands for a body (British English treats bodies as plural) or for several people.
PLURAL_PRONOUNS: frozenset[str] = frozenset({"they"})
#: First-person pronouns: inside a reader comment they are the commenter.
FIRST_PERSON: frozenset[str] = frozenset({"i", "we"})

#: Nouns for people, used to tell a description of a person (``A GP from County Marlow``,
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
#: the Gazette said``): such a speaker is ``it``, never ``he`` or ``she``.
DOCUMENT_NOUNS: frozenset[str] = lexicon.word_set("document_nouns")
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
#: ``Westshire Clinical Commissioning Group``) or as a place (``County Marlow``).
ORGANISATION_WORDS: frozenset[str] = lexicon.word_set("organisation_words")
#: Capitalised words that are roles or offices, not parts of a name (``Health Secretary Ann
#: Doe``, ``College Chair``): a name run stops at them.
ROLE_WORDS: frozenset[str] = lexicon.word_set("role_words")
#: Words that open a stretch before the speaker and are not the speaker: connectives, time and
#: place adverbials, participial openers (``Responding to...``, ``Speaking on...``).
LEADING_WORDS: frozenset[str] = lexicon.word_set("leading_words")
#: Words that open an apposition or relative clause after a speaker (``Steve Lee, co-chair of...``,
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
