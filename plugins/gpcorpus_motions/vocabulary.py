"""The words of British medical politics around motions, as named lists.

:mod:`gpcorpus_motions.patterns` builds its patterns from these once, at import. Lists are matched
case-insensitively unless a comment says otherwise, and the pattern builder puts longer
alternatives first, so ``carried as a reference`` is tried before ``carried``.

The layouts these lists serve are those of the LMC conference agendas (UK, England, Scotland,
Wales, Northern Ireland), the BMA's annual representative meeting (ARM) agenda, and the way the
medical and local press report their debates.
"""
from __future__ import annotations

# -- the resolution itself ---------------------------------------------------------------------

#: What a motion's text resolves about, after its opening ``That``: ``That conference ...``,
#: ``That this meeting ...`` (BMA ARM), ``That this conference ...``. ``this``/``the`` may come
#: before any of them.
RESOLVING_BODIES: tuple[str, ...] = (
    "annual representative meeting",
    "representative body",
    "conference",
    "meeting",
    "ARM",
    "LMCs",
    "LMC",
    "council",
    "committee",
    "assembly",
    "congress",
)

#: Phrases that name a motion's topic straight after its resolving body, with no comma: ``That
#: conference with regard to the Secretary of State: (i) ...``.
TOPIC_INTRODUCERS: tuple[str, ...] = (
    "with regard to", "in regard to", "with respect to", "in respect of", "in relation to", "regarding",
    "concerning",
)

#: Verbs an amendment to a motion opens with, after its number and proposer
#: (``19a NORTH YORKSHIRE: Add new clause (vi) ...``). Capitalised as agendas print them.
AMENDMENT_VERBS: tuple[str, ...] = (
    "Add", "Insert", "Delete", "Remove", "Replace", "Substitute", "Amend", "Leave out", "After",
)

#: Words that open an agenda heading before its number or proposer: ``Motion 9``, ``38 Motion by
#: ...``, ``Rider``, ``Amendment``. ``Emergency motion`` is the ARM's late-business form.
HEADING_WORDS: tuple[str, ...] = (
    "emergency motion", "motion", "item", "resolution", "amendment", "rider",
)

#: Label prefixes some agendas print before a motion number: ``AR`` and ``A`` mark motions the
#: agenda committee groups apart (existing policy, reaffirmations), ``Rider`` a rider.
LABEL_PREFIXES: tuple[str, ...] = ("AR", "A")

#: Labels that make a motion an amendment or a rider to another motion (matched exactly, then
#: case-insensitively): the lettered ``19a`` form is tested separately.
AMENDMENT_LABELS: tuple[str, ...] = ("rider", "amendment")

#: How a heading introduces who submitted the motion: ``Motion by London Regional Council``,
#: ``proposed by Richard Vautrey YORKSHIRE REGIONAL COUNCIL``, ``AGENDA COMMITTEE to be proposed
#: by CITY AND HACKNEY`` (the agenda committee drafted it; the body named after it proposes it).
PROPOSER_INTRODUCERS: tuple[str, ...] = (
    "to be proposed by", "to be moved by", "proposed by", "moved by", "submitted by", "tabled by",
    "put forward by", "by", "from",
)

#: Words a proposing body's name ends with. A heading line of mixed case with no number (``Kensington,
#: Chelsea and Westminster LMC``) is only taken as a proposer when it ends with one of these.
BODY_NOUNS: tuple[str, ...] = (
    "LMC", "LMCs", "Division", "Divisions", "Regional Council", "Council", "Committee", "Branch",
    "Board", "Faculty", "Society", "Group", "Forum", "Conference", "Association",
)

#: Small words kept in lower case when an all-capitals proposer is title-cased
#: (``CITY AND HACKNEY`` -> ``City and Hackney``).
LOWER_CASE_WORDS: tuple[str, ...] = ("and", "of", "the", "upon", "on", "in", "with", "for", "at", "under")

#: Abbreviations kept in capitals when a proposer is title-cased (``KENT LMC`` -> ``Kent LMC``).
ACRONYMS: tuple[str, ...] = (
    "LMC", "LMCS", "LNC", "BMA", "GPC", "GPCE", "RCGP", "NHS", "UK", "ICS", "ICB", "PCN", "CCG",
    "GP", "GPS", "ARM", "RCC", "NI",
)

#: Third-person verbs a motion's clauses open with after ``That conference ... and:``. A dash
#: in the middle of a line of dash-bulleted clauses (``... such a contract - demands that ...``)
#: only starts a new clause when one of these follows it.
CLAUSE_VERBS: tuple[str, ...] = (
    "accepts", "acknowledges", "affirms", "agrees", "applauds", "asks", "believes", "calls",
    "commends", "condemns", "congratulates", "considers", "deems", "demands", "deplores", "directs",
    "encourages", "expects", "expresses", "fears", "feels", "has", "insists", "instructs", "is",
    "mandates", "notes", "opposes", "reaffirms", "recognises", "recognizes", "recommends",
    "regrets", "rejects", "requests", "requires", "resolves", "supports", "urges", "welcomes",
    "wishes", "will", "would", "asserts", "declares", "proposes", "seeks", "states", "suggests",
)

# -- outcomes ---------------------------------------------------------------------------------

#: How a printed result or a report says what became of a motion, by the outcome it maps to.
#: ``carried as a reference`` is the LMC conference's way of passing a motion to the committee
#: to consider rather than as policy: it is a referral. ``voted through``, ``voted in`` and
#: ``passed`` are the press's words for carried (``voted in`` never before ``favour`` or
#: ``support``: the patterns guard it); ``fell`` is left out because conferences use it for motions
#: that were never reached.
OUTCOME_WORDS: dict[str, str] = {
    "carried as a reference": "referred",
    "carried as reference": "referred",
    "accepted as a reference": "referred",
    "passed as a reference": "referred",
    "referred": "referred",
    "remitted": "referred",
    "carried unanimously": "carried",
    "carried nem con": "carried",
    "carried": "carried",
    "passed": "carried",
    "voted through": "carried",
    "voted in": "carried",
    "adopted": "carried",
    "approved": "carried",
    "agreed": "carried",
    "accepted": "carried",
    "endorsed": "carried",
    "backed": "carried",
    "supported": "carried",
    "not carried": "lost",
    "lost": "lost",
    "defeated": "lost",
    "rejected": "lost",
    "voted down": "lost",
    "thrown out": "lost",
    "turned down": "lost",
    "withdrawn": "withdrawn",
}

#: Printed results that carry no single outcome: the clauses were voted on separately
#: (``PART CARRIED: (i) carried (ii) lost``).
PART_OUTCOME_WORDS: tuple[str, ...] = ("part carried", "partly carried", "carried in part", "carried in parts")

#: The printed results an agenda puts on a line of their own after a motion. A subset of
#: :data:`OUTCOME_WORDS`: the press's ``backed`` or ``supported`` alone on a line is not a result.
RESULT_LINE_WORDS: tuple[str, ...] = (
    "carried as a reference", "carried as reference", "accepted as a reference", "carried unanimously",
    "carried nem con", "part carried", "partly carried", "carried in part", "carried in parts",
    "not carried", "carried", "lost", "withdrawn", "referred", "remitted", "defeated", "rejected",
    "passed", "fell",
)

# -- motions reported in prose ----------------------------------------------------------------

#: Nouns that name a motion in a report. ``call`` only counts after a voting verb
#: (``backed calls for``, ``voted against a call for``); a ``call for`` alone is everyday speech.
MOTION_NOUNS: tuple[str, ...] = ("motions", "motion", "resolutions", "resolution", "amendments", "amendment", "riders", "rider")
CALL_NOUNS: tuple[str, ...] = ("calls", "call", "proposals", "proposal", "demands", "demand")

#: Words that show a ``call`` is put to a conference: ``the government rejected calls for ...``
#: is not a motion; ``LMCs rejected calls for ...`` at a conference is. A call is a motion when
#: its verb is a vote (``voted against a call``) or its paragraph has one of these words.
CONFERENCE_WORDS: tuple[str, ...] = (
    "conference", "LMC", "LMCs", "ARM", "representatives", "representative meeting", "delegates",
    "motion", "motions", "agenda", "voted", "vote", "votes",
)

#: Verb phrases that report a vote on a motion, in every form the press writes them, by the
#: outcome they report. Longer phrases first so that ``voted against`` is never read as ``voted``.
#: A verb phrase with outcome ``None`` reports a motion put or debated but not (yet) decided.
REPORTING_VERBS: dict[str, str | None] = {
    **{f"{v} {p}": "carried" for v in ("voted", "votes", "vote", "voting") for p in ("in favour of", "in support of", "for", "through")},
    **{f"{v} {p}": "lost" for v in ("voted", "votes", "vote", "voting") for p in ("against", "down")},
    **{f"{v} on": None for v in ("voted", "votes", "vote", "voting")},
    **{v: "carried" for v in (
        "carried", "carries", "carry", "carrying",
        "passed", "passes", "pass", "passing",
        "backed", "backs", "back", "backing",
        "supported", "supports", "support", "supporting",
        "approved", "approves", "approve", "approving",
        "endorsed", "endorses", "endorse", "endorsing",
        "adopted", "adopts", "adopt", "adopting",
        "agreed", "agrees", "agree",
        "accepted", "accepts", "accept",
        *(f"{verb} {whose} {noun}" for verb in ("threw", "thrown", "throw", "throws") for whose in ("their", "its")
          for noun in ("weight behind",)),
        *(f"{verb} {whose} {noun} to" for verb in ("gave", "given", "give", "gives")
          for whose in ("their", "its", "overwhelming", "unanimous", "strong", "full", "resounding", "clear")
          for noun in ("backing", "support")),
        # a noun phrase heading a live blog's entry: ``Unanimous support for a motion condemning ...``
        *(f"{how} {noun} for" for how in ("unanimous", "overwhelming", "strong", "resounding", "clear")
          for noun in ("backing", "support")),
    )},
    **{v: "lost" for v in (
        "rejected", "rejects", "reject", "rejecting",
        "defeated", "defeats", "defeat", "defeating",
        "threw out", "throws out", "throw out", "thrown out",
        "turned down", "turns down", "turn down",
        "overturned",
    )},
    **{v: None for v in (
        "debated", "debates", "debate", "debating",
        "considered", "considers", "consider", "considering",
        "discussed", "discusses", "discuss",
        "tabled", "tables", "table", "tabling",
        "proposed", "proposes", "propose", "proposing",
        "put forward", "puts forward", "putting forward",
        "submitted", "submits", "submit", "submitting",
        "moved", "moves", "move", "moving",
        "seconded", "seconding",
    )},
}

#: Outcome participles that may follow the motion noun directly (``the South Staffordshire
#: motion passed at the 2021 LMC conference which called for ...``), or come after ``was``
#: in a passive report (``a motion calling for ... was carried``).
PASSIVE_OUTCOMES: dict[str, str] = {
    "carried as a reference": "referred",
    "carried": "carried", "passed": "carried", "backed": "carried", "supported": "carried",
    "approved": "carried", "endorsed": "carried", "adopted": "carried", "voted through": "carried", "voted in": "carried",
    "agreed": "carried", "accepted": "carried",
    "rejected": "lost", "defeated": "lost", "lost": "lost", "voted down": "lost",
    "thrown out": "lost", "turned down": "lost", "overturned": "lost",
    "withdrawn": "withdrawn", "referred": "referred",
    "debated": None, "tabled": None, "discussed": None, "considered": None,
}

#: Adverbs that may stand between a reporting verb and what it governs
#: (``voted overwhelmingly for``, ``narrowly rejected``).
VOTE_ADVERBS: tuple[str, ...] = (
    "overwhelmingly", "narrowly", "unanimously", "comfortably", "heavily", "decisively", "also",
    "resoundingly", "easily", "today", "yesterday", "again", "previously", "already", "formally",
)

#: Words before a reporting verb that deny or defer the vote: ``refused to back`` and ``failed
#: to pass`` report a lost motion; ``will debate`` or ``is expected to back`` report none yet.
NEGATING_WORDS: tuple[str, ...] = ("refused to", "failed to", "declined to", "did not", "didn't", "does not", "do not", "not")
DEFERRING_WORDS: tuple[str, ...] = (
    "will", "would", "could", "may", "might", "set to", "expected to", "due to", "to be asked to",
    "is to", "are to", "plan to", "plans to", "intend to", "going to", "asked to", "urged to",
)

#: Words that introduce a reported motion's content after its noun: ``a motion saying ...``,
#: ``a call for ...``, ``the motion, which called for ...``.
CONTENT_INTRODUCERS: tuple[str, ...] = (
    "which called for", "which called on", "which called", "which said", "which stated",
    "which urged", "which demanded", "which proposed", "which sought", "which asked",
    "which warned", "which would", "which declared", "which argued", "which insisted",
    "that called for", "that called on", "that said", "that stated", "that urged",
    "calling for", "calling on", "calling", "saying", "stating", "proposing", "urging",
    "demanding", "asking", "insisting", "declaring", "warning", "arguing", "condemning",
    "opposing", "supporting", "backing", "rejecting", "criticising", "criticizing",
    "expressing", "recommending", "instructing", "noting", "deploring", "welcoming",
    "requiring", "committing", "seeking", "mandating", "recognising", "recognizing",
    "to", "for", "that", "on",
)

#: Verbs whose subject is the motion, giving its content: ``A motion backed unanimously at the
#: conference called for ...``, ``A motion from Kent LMC urges ...``. Read only when the motion
#: opens its sentence with ``a`` (``the motion`` refers back to one already reported) and the
#: words after the noun say how it fared or who put it.
FINITE_CONTENT_VERBS: tuple[str, ...] = tuple(
    form
    for stem, past, present in (
        ("call", "called", "calls"), ("urge", "urged", "urges"), ("demand", "demanded", "demands"),
        ("warn", "warned", "warns"), ("say", "said", "says"), ("state", "stated", "states"),
        ("insist", "insisted", "insists"), ("declare", "declared", "declares"), ("argue", "argued", "argues"),
        ("ask", "asked", "asks"), ("seek", "sought", "seeks"), ("condemn", "condemned", "condemns"),
        ("instruct", "instructed", "instructs"), ("criticise", "criticised", "criticises"),
        ("note", "noted", "notes"), ("recognise", "recognised", "recognises"),
        ("express", "expressed", "expresses"), ("oppose", "opposed", "opposes"),
        ("welcome", "welcomed", "welcomes"), ("deplore", "deplored", "deplores"),
        ("recommend", "recommended", "recommends"), ("propose", "proposed", "proposes"),
    )
    for form in (past, present)
)

#: Speech verbs a motion may take as the speaker after its content, at the end of the sentence:
#: ``GPs are no longer adequately represented, a motion passed at the conference said.``
MOTION_SPEECH_VERBS: tuple[str, ...] = (
    "said", "says", "stated", "states", "warned", "warns", "declared", "declares", "argued", "argues",
    "insisted", "insists", "claimed", "claims", "added", "adds",
)

#: Results that may stand as a sentence of their own after a motion's content, as live blogs
#: report a vote: ``GP workload is unsafe, say LMCs. Narrowly voted through.``, ``Carried
#: unanimously.``. Words that are everyday speech on their own (``agreed``, ``supported``) are
#: left out.
VERDICT_WORDS: tuple[str, ...] = (
    "carried as a reference", "carried unanimously", "carried nem con", "carried", "passed", "voted through",
    "adopted", "approved", "endorsed", "backed", "not carried", "lost", "defeated", "rejected",
    "voted down", "thrown out", "withdrawn", "referred",
)

#: Trailing words that belong to the report, not the motion's content, and are trimmed from the
#: end of a reported motion's span: ``... will reduce GP workload at their conference in London
#: today``.
TRAILING_ADJUNCT_NOUNS: tuple[str, ...] = (
    "conference", "conferences", "meeting", "ARM", "event", "gathering", "summit", "debate",
)
TRAILING_TIME_WORDS: tuple[str, ...] = (
    "today", "yesterday", "this week", "last week", "this month", "last month", "this year",
    "last year", "this morning", "this afternoon", "on Monday", "on Tuesday", "on Wednesday",
    "on Thursday", "on Friday", "on Saturday", "on Sunday",
)

# -- votes ------------------------------------------------------------------------------------

#: Who casts the votes a share is of (``63% of leaders``, ``70 per cent of representatives``).
VOTERS: tuple[str, ...] = (
    "representatives", "delegates", "leaders", "LMCs", "members", "GPs", "doctors", "attendees",
    "those voting", "those present", "the vote", "votes", "voters", "the room", "conference",
    "the conference", "the meeting", "GP leaders", "LMC representatives",
)

#: Who votes at a conference or committee, when a report says they ``voted to`` do something
#: with no motion named (``LMC representatives voted to support the workload plan``). Narrower
#: than :data:`VOTERS`: ``GPs`` or ``members`` who voted to act took part in a ballot, not a motion.
CONFERENCE_VOTERS: tuple[str, ...] = (
    "representatives", "LMC representatives", "delegates", "LMCs", "LMC leaders", "GP leaders",
    "conference", "the representative body", "the meeting", "the ARM",
)

#: Voters who may also stand before ``voted that ...`` (a conference resolution in a report,
#: ``GPs have voted that ...``), though not before ``voted to`` (a ballot of GPs).
VOTING_THAT_VOTERS: tuple[str, ...] = ("GPs", "doctors", "GP representatives")

#: How a report names the person who moved a motion: ``who proposed the motion``,
#: ``proposing the motion``, ``This motion was proposed by``.
PROPOSING_VERBS: tuple[str, ...] = ("proposed", "moved", "proposing", "moving", "tabled", "put forward")

#: Honorifics before a person's name.
TITLES: tuple[str, ...] = ("Dr", "Doctor", "Professor", "Prof", "Mr", "Mrs", "Ms", "Miss", "Sir", "Dame", "Baroness", "Lord")
