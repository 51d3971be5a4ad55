"""What names, roles and unnamed sources look like: small tests on strings, shared by extraction and
the desk-wide registry."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from newsdesk.index.actors.gazetteer import Gazetteer
from newsdesk.index.actors.names import fold

KNIGHTHOODS: Final[frozenset[str]] = frozenset({"Sir", "Dame"})

# Head nouns of an office or occupation: a role names one of these ("Shadow Home Secretary", "Tory
# leader", "chief economist at X"). A "role" without any ("Prime minister's questions also saw",
# "household gun ownership rates within") is a parsing leftover, not a role.
ROLE_HEADS: Final[frozenset[str]] = frozenset(
    """
    president vice-president minister premier chancellor secretary leader spokesman spokeswoman
    spokesperson spokespeople chairman chairwoman chair chief director head governor mayor senator
    congressman congresswoman representative rep sen gov ambassador envoy commissioner general
    admiral colonel commander officer official judge justice attorney lawyer counsel prosecutor
    inspector superintendent constable detective sheriff king queen prince princess pope archbishop
    bishop cardinal rabbi imam reverend rev professor prof dr doctor lecturer researcher scientist
    economist analyst strategist adviser advisor consultant executive ceo cfo coo founder owner
    partner manager editor correspondent reporter journalist columnist presenter host author writer
    novelist historian expert campaigner activist organiser organizer coordinator co-ordinator
    candidate nominee mp mep msp am mla mps peer lord lady baroness baron sir dame councillor
    councilor alderman deputy shadow whip speaker clerk treasurer president-elect premier-elect
    minister-designate sheikh emir monarch emperor commentator pollster broker trader dealer banker
    investor chairperson principal teacher headteacher dean rector provost student coach captain
    manager player striker midfielder defender goalkeeper boss actor actress singer musician
    director producer star chef designer architect engineer surgeon nurse physician psychiatrist
    psychologist spokes secretary-general director-general attorney-general solicitor-general
    governor-general chief-executive mogul tycoon billionaire businessman businesswoman entrepreneur
    farmer worker member delegate negotiator mediator observer monitor representative solicitor
    barrister campaigner regulator auditor assemblyman assemblywoman councilman councilwoman
    congressperson lawmaker legislator politician protester witness resident victim survivor wife
    husband son daughter mother father brother sister widow widower partner friend uncle aunt cousin
    nephew niece grandson granddaughter grandmother grandfather fiancee fiance aide aides adviser
    advisers sources source insider insiders administrator ecologist biologist physicist chemist
    geologist sociologist psychologist epidemiologist virologist astronomer
    """.split()
)

# Words that head an institution's name ("Justice Department", "Trump campaign").
ORG_WORDS: Final[frozenset[str]] = frozenset(
    {
        "party",
        "department",
        "ministry",
        "committee",
        "council",
        "commission",
        "campaign",
        "agency",
        "office",
        "court",
        "university",
        "institute",
        "foundation",
        "association",
        "group",
        "inc",
        "inc.",
        "corp",
        "corp.",
        "company",
        "network",
        "bank",
        "fund",
        "union",
        "organization",
        "organisation",
        "service",
        "army",
        "police",
        "senate",
        "house",
        "congress",
        "administration",
        "government",
        "center",
        "centre",
        "board",
        "bureau",
        "authority",
        "coalition",
        "alliance",
        "club",
        "society",
        "federation",
        "times",
        "post",
        "news",
        "journal",
        "press",
        "tribune",
        "herald",
        "magazine",
        "radio",
        "television",
        "tv",
        "channel",
        "daily",
        "pollster",
        "poll",
        "survey",
        "team",
        "staff",
        "cabinet",
        "parliament",
        "assembly",
        "chamber",
        "caucus",
        "pac",
        "fbi",
        "cia",
        "nsa",
        "gop",
        "rnc",
        "dnc",
        "embassy",
        "mission",
        "forces",
        "military",
        "navy",
        "secretariat",
        "watch",
        "institution",
        "reuters",
        "airlines",
        "co",
        "co.",
        "llc",
        "ltd",
        "plc",
        "partners",
        "hospital",
        "school",
        "church",
        "tower",
        "energy",
        "palace",
        "collective",
        "holdings",
        "industries",
        "technologies",
        "petroleum",
        "airways",
        "railways",
        "pharmaceuticals",
        "conglomerate",
        "consortium",
        "cooperative",
        "co-operative",
        "treasury",
        "exchequer",
        "executive",
        "college",
        "academy",
        "league",
        "conference",
        "legislature",
        "legislatures",
        "tribunal",
        "trust",
        "charity",
        "corporation",
        "firm",
        "directorate",
        "inspectorate",
        "regulator",
        "watchdog",
        "nhs",
        "force",
        "prison",
        "project",
        "oil",
        "division",
        "exchange",
        "bourse",
        "bancorp",
        "bancorporation",
        "partnership",
        "patrol",
        "guard",
        "corps",
        "clinic",
        "museum",
        "library",
        "zoo",
    }
)
# The last word of a company's name ("General Motors Corp"): what comes before it belongs to the name.
CORPORATE_SUFFIXES: Final[frozenset[str]] = frozenset(
    "corp corporation inc incorporated co company ltd limited plc llc lp ag sa nv bv gmbh spa ab oy asa kk "
    # written with dots ("Minpeco S.A.", "Philips N.V."), compared without the last one
    "s.a n.v b.v a.g s.p.a k.k l.p "
    # the Danish and Norwegian "A/S" ("Den Danske Bank af 1871 A/S"): alone it is no name
    "a/s".split()
)

# Determiners and quantifiers before the head of an unnamed source ("a senior official", "two diplomats").
_SOURCE_OPENERS: Final[frozenset[str]] = frozenset(
    """
    a an the one two three four five six several some many most other another senior top junior
    leading unnamed anonymous former current local western foreign independent chief
    """.split()
)
# Heads that are people speaking for something (kept, with the affiliation, as a desk actor).
_SOURCE_HEADS: Final[dict[str, str]] = {
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "spokesperson": "spokesperson",
    "spokespeople": "spokespeople",
    "spokesmen": "spokespeople",
    "official": "officials",
    "officials": "officials",
    "source": "sources",
    "sources": "sources",
    "aide": "aides",
    "aides": "aides",
    "diplomat": "diplomats",
    "diplomats": "diplomats",
    "minister": "ministers",
    "ministers": "ministers",
    "insider": "insiders",
    "insiders": "insiders",
    "representative": "representatives",
    "representatives": "representatives",
    "statement": "statement",
    "report": "report",
}
_NOT_AFFILIATIONS: Final[frozenset[str]] = frozenset(
    """
    it he she they we i you this that these those there here the a an his her its their our my but
    and or so if yet then also
    """.split()
)
_POSSESSIVE = re.compile(r"['’]s$")
_NAME_WORD = re.compile(r"[A-Z][\w'’.-]*[\w.]$|[A-Z]$")


def first_word(text: str) -> str:
    """The first word as written ("" for none)."""
    words = text.split(None, 1)
    return words[0] if words else ""


def surname_of(name: str) -> str | None:
    """The surname a one-word person name is ("Blair", "Mr Blair's" -> "Blair"); None when the word
    cannot be a surname (lower case, digits)."""
    words = name.split()
    if not words:
        return None
    word = _POSSESSIVE.sub("", words[-1])
    return word if _NAME_WORD.match(word) and not any(ch.isdigit() for ch in word) else None


_ROLE_PREPOSITIONS: Final[frozenset[str]] = frozenset(
    {"of", "for", "at", "to", "in", "on", "with", "from", "by"}
)


def is_role(role: str) -> bool:
    """True when a role names an office or occupation: its head, the word before any preposition, is one
    ("Tory leader", "chairman of the Commons committee"; not "The book by Sunday Telegraph journalist")."""
    words = fold(role).replace(",", " ").split()
    if not words or len(words) > 8:
        return False
    head = words
    for n, w in enumerate(words):
        if w in _ROLE_PREPOSITIONS:
            head = words[:n]
            break
    return bool(head) and head[-1].strip(".") in ROLE_HEADS


def nominal_head(name: str) -> str | None:
    """The office a definite role description names ("the prime minister" -> "prime minister"); None
    for anything else."""
    words = fold(name).split()
    if len(words) < 2 or words[0] not in ("the", "this"):
        return None
    rest = " ".join(words[1:])
    if rest.split()[-1] not in ROLE_HEADS or len(words) > 5:
        return None
    return rest


# Words that make one office another: the deputy prime minister is not the prime minister.
_QUALIFIERS: Final[frozenset[str]] = frozenset(
    # "prime" and "first": "the minister" is not the Prime Minister or the First Minister
    "deputy shadow vice former ex acting junior assistant under associate interim outgoing incoming prime first".split()
)


def holds_office(
    description: str, role: str | None, affiliation: str | None, demonym: Callable[[str], str | None]
) -> bool:
    """Whether someone with `role` (and `affiliation`) is who a role description means: "the prime
    minister" is a Prime Minister, not a Deputy Prime Minister; "the French president" is France's;
    "the foreign secretary" is not the shadow one; "the official" is no minister."""
    if not role:
        return False
    wanted = [
        w for w in fold(description).replace("-", " ").split() if w not in ("the", "this", "that", "a", "an")
    ]
    held = set(fold(role).replace("-", " ").replace("'s", "").split())
    if not wanted:
        return False
    if {w for w in wanted if w in _QUALIFIERS} != {w for w in held if w in _QUALIFIERS}:
        return False
    for w in wanted:
        if w in _QUALIFIERS or w in held:
            continue
        state = demonym(w)
        if state is None or (affiliation != state and not any(demonym(h) == state for h in held)):
            return False
    return True


def source_head(description: str) -> str | None:
    """The normalised head of an unnamed source ("a Downing Street spokesman" -> "spokesperson"); None
    when its head noun is not one that speaks for an organisation."""
    words = [w for w in fold(description).replace(",", " ").split() if w]
    while words and words[-1] in ("said", "says"):
        words.pop()
    if not words:
        return None
    return _SOURCE_HEADS.get(words[-1].strip("'’"))


# Words that put an unnamed source outside the body its affiliation names: "U.S. grain trade industry
# officials" and "Japanese commercial bank officials" are not the state's officials.
_OTHER_SECTOR: Final[frozenset[str]] = frozenset(
    """
    industry industrial business company companies corporate commercial private bank banking banks
    grain oil farm farming trade-union union unions association associations chamber exporters importers
    producers traders market markets exchange brokerage insurance airline shipping mining steel auto
    automobile retail opposition rebel rebels party
    """.split()
)


def collective_name(description: str, affiliation: str | None) -> str | None:
    """The desk name of an unnamed source speaking for a known affiliation ("spokesperson (Labour)");
    None when there is no affiliation, the description names no spokesperson-like head, or its words put
    the source in another body than the affiliation ("U.S. grain trade industry officials")."""
    head = source_head(description)
    if not affiliation or head is None:
        return None
    aff_words = set(fold(affiliation).split())
    modifiers = [fold(w) for w in source_words(description)[:-1]]
    if any(w in _OTHER_SECTOR and w not in aff_words for w in modifiers):
        return None
    # "Foreign Ministry (Japan)": one pair of brackets, "spokesperson (Foreign Ministry, Japan)".
    return (
        f"{head} ({affiliation.replace(' (', ', ').rstrip(')')})"
        if affiliation.endswith(")")
        else (f"{head} ({affiliation})")
    )


def plausible_affiliation(affiliation: str | None, gazetteer: Gazetteer) -> bool:
    """True when an affiliation names an institution: one the gazetteer knows, or capitalised words
    headed by an institution word ("Birkbeck College"); a surname ("Brown") or "It" is none."""
    if not affiliation:
        return False
    if gazetteer.lookup(affiliation) is not None:
        return True
    # "Military (Iraq)": an institution with its state
    bare = re.sub(r"\s\([^()]+\)$", "", affiliation)
    words = bare.split()
    if (
        len(words) < (1 if bare != affiliation else 2)
        or len(words) > 6
        or fold(words[0]) in _NOT_AFFILIATIONS
    ):
        return False
    capitalised = all(w[:1].isupper() or fold(w) in ("of", "and", "for", "the", "&") for w in words)
    return capitalised and any(fold(w) in ORG_WORDS for w in words)


def source_words(description: str) -> list[str]:
    """The words of an unnamed source without its determiners and quantifiers."""
    words = description.split()
    while words and fold(words[0]) in _SOURCE_OPENERS:
        words = words[1:]
    return words


# A body a country has many of, each in one place: "a U.S. Embassy spokesman" in Bonn and in San Salvador
# speak for two embassies, so such a source stays with its article.
_LOCAL_BODIES: Final[frozenset[str]] = frozenset(
    "embassy embassies consulate consulates mission missions legation legations".split()
)
# Lower-case words that end the name of a state's institution ("a Spanish navy spokesman").
BODY_HEADS: Final[frozenset[str]] = frozenset(
    """
    ministry department army navy military agency office commission organisation organization council court
    board bureau railways railway police coastguard guard directorate inspectorate secretariat
    """.split()
)
_NAME_JOINERS: Final[frozenset[str]] = frozenset(
    {"of", "de", "del", "la", "the", "and", "&", "for", "du", "des"}
)


def source_body(description: str) -> list[str]:
    """The words naming whom an unnamed source speaks for, from its last run of capitals to its head noun
    ("a senior Petroleos de Venezuela official" -> Petroleos de Venezuela; "an Iraqi military spokesman"
    -> Iraqi military); none without a capital."""
    words = [_POSSESSIVE.sub("", w.strip(",")) for w in source_words(description)[:-1]]
    start = None
    for n in range(len(words) - 1, -1, -1):
        if words[n][:1].isupper():
            start = n
        elif start is not None and not (
            fold(words[n]) in _NAME_JOINERS and n > 0 and words[n - 1][:1].isupper()
        ):
            break
    return [w for w in words[start:] if w] if start is not None else []


def local_body(words: list[str]) -> bool:
    """Whether the words name a body a state has in many places (an embassy, a consulate, a mission)."""
    return any(fold(w) in _LOCAL_BODIES for w in words)


def initials(name: str) -> str:
    """The capitals a name's words spell ("Ceylon Petroleum Corp" -> "CPC"), joiners skipped."""
    return "".join(w[0] for w in name.split() if w[:1].isupper() and fold(w) not in _NAME_JOINERS)


# US states and their AP abbreviations (a closed class): "Fla." or "Pennsylvania" speaks for no one, and a
# "person" opening with one ("Pennsylvania Blue Shield") is an institution.
US_STATES: Final[frozenset[str]] = frozenset(
    """
    alabama ala. alaska arizona ariz. arkansas ark. california calif. colorado colo. connecticut conn. delaware
    del. florida fla. ga. hawaii idaho illinois ill. indiana ind. iowa kansas kan. kans. kentucky ky. louisiana
    la. maine me. maryland md. massachusetts mass. michigan mich. minnesota minn. mississippi miss. missouri mo.
    montana mont. nebraska neb. nebr. nevada nev. n.h. n.j. n.m. n.mex. n.y. n.c. n.d. n.dak. ohio oklahoma
    okla. oregon ore. oreg. pennsylvania pa. penn. penna. r.i. s.c. s.d. s.dak. tennessee tenn. texas tex. utah
    vermont vt. virginia va. washington wash. w.va. wisconsin wis. wisc. wyoming wyo. d.c.
    """.split()
)
# Words of a region's name ("West Country", "Atlantic Coast", "East South Central").
_REGION_WORDS: Final[frozenset[str]] = frozenset(
    """
    north south east west northern southern eastern western central north-east north-west south-east south-west
    northeast northwest southeast southwest midwest mid-west atlantic pacific coast gulf country midlands plains
    """.split()
)
_COMPASS: Final[frozenset[str]] = frozenset({"north", "south", "east", "west"})
_TIME_WORDS: Final[frozenset[str]] = frozenset(
    "yesterday today tomorrow tonight monday tuesday wednesday thursday friday saturday sunday".split()
)
# Economic measures written in capitals ("GNP rose"), never a speaker.
_MEASURES: Final[frozenset[str]] = frozenset({"gnp", "gdp", "cpi", "ppi", "pmi", "m1", "m2", "m3", "nnp"})
_CONTRACTION = re.compile(r"\w['’](?:re|ve|ll|d|m)$|n['’]t$", re.IGNORECASE)
# Endings of abstract nouns, never of a surname quoted alone ("Education", "Statistics", "Safety").
_ABSTRACT_ENDINGS: Final[tuple[str, ...]] = (
    "tion",
    "sion",
    "ment",
    "ness",
    "ity",
    "ics",
    "ety",
    "ism",
    "ology",
)


def junk_name(name: str, kind: str) -> bool:
    """Whether a name can be no speaker at all: a US state or its abbreviation, a region ("West Country",
    "East South Central"), a day ("Yesterday company"), a contraction ("Rhey're"), an economic measure
    ("GNP"), a numbered law ("Republic Act No."), an age ("Fifteen-year-old Robert"); for a person, a place opening with a compass point
    ("North Hykeham")."""
    words = [fold(w).strip(",") for w in name.split()]
    if not words:
        return True
    key = fold(name)
    person = kind == "person"
    # A state's full name may speak for its government ("Ohio said"); its abbreviation never does.
    if key in US_STATES and (person or "." in key):
        return True
    if key in _MEASURES or words[-1] in ("no.", "no") or any(_CONTRACTION.search(w) for w in words):
        return True
    if any(w.endswith(("-year-old", "-years-old")) for w in words):
        return True  # "Fifteen-year-old Robert": an age and a given name, no one the desk can follow
    if words[0] in _TIME_WORDS and kind != "outlet" and not outlet_shape(name):
        return True  # "Yesterday company", not the "Sunday Times"
    # A one-word region may be a firm's short name ("Pacific", "Northwest"); "Atlantic Coast" is none.
    if all(w in _REGION_WORDS for w in words) and (person or len(words) >= 2):
        return True
    # "North Hykeham": a place; "West Information Systems" is a firm typed person
    return person and len(words) == 2 and words[0] in _COMPASS and words[1] not in ORG_WORDS


def abstract_word(name: str, common_words: frozenset[str]) -> bool:
    """Whether a one-word name is a common or abstract English word ("Education", "Growers"), no surname."""
    if " " in name.strip() or not name[:1].isupper() or name.isupper():
        return False
    word = fold(name)
    stems = {word, word[:-1] if word.endswith("s") else word, word[:-2] if word.endswith("es") else word}
    # "Representatives", "Senators": people holding an office, plural, are a group
    plural_office = word.endswith("s") and word[:-1] in ROLE_HEADS
    return bool(stems & common_words) or word.endswith(_ABSTRACT_ENDINGS) or plural_office


# Words only a newspaper's or broadcaster's name holds ("Gazeta Prawna", "Sueddeutsche Zeitung").
_PRESS_WORDS: Final[frozenset[str]] = frozenset(
    """
    gazeta gazette gazzetta zeitung tageblatt tagesspiegel corriere prensa diario journal herald tribune times
    post daily courier monde figaro pravda izvestia kurier rundschau presse standaard shimbun dagblad posten
    avisen nouvelles telegraph observer guardian chronicle dispatch examiner inquirer gazetta
    """.split()
)
_CALL_SIGN = re.compile(r"[KW][A-Z]{2,3}-(?:TV|FM|AM|DT)")


def outlet_shape(name: str) -> bool:
    """Whether a name is shaped like an outlet's: a broadcaster's call sign ("WSET-TV") or a newspaper
    word at either end ("Gazeta Prawna", "Corriere della Sera")."""
    words = [fold(w) for w in name.split()]
    if not words:
        return False
    return bool(_CALL_SIGN.fullmatch(name.strip())) or (
        len(words) >= 2 and (words[0] in _PRESS_WORDS or words[-1] in _PRESS_WORDS)
    )


# Adjectives of a faith or sect: a "person" they open is a group ("Moslem Amal", "Shi'ite Amal").
FAITH_WORDS: Final[frozenset[str]] = frozenset(
    "moslem muslim islamic shi'ite shiite shia sunni druze catholic protestant jewish hindu sikh buddhist".split()
)
