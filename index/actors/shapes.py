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
    "corp corporation inc incorporated co company ltd limited plc llc lp ag sa nv bv gmbh spa ab oy asa kk".split()
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
    return f"{head} ({affiliation})"


def plausible_affiliation(affiliation: str | None, gazetteer: Gazetteer) -> bool:
    """True when an affiliation names an institution: one the gazetteer knows, or capitalised words
    headed by an institution word ("Birkbeck College"); a surname ("Brown") or "It" is none."""
    if not affiliation:
        return False
    if gazetteer.lookup(affiliation) is not None:
        return True
    words = affiliation.split()
    if len(words) < 2 or len(words) > 6 or fold(words[0]) in _NOT_AFFILIATIONS:
        return False
    capitalised = all(w[:1].isupper() or fold(w) in ("of", "and", "for", "the", "&") for w in words)
    return capitalised and any(fold(w) in ORG_WORDS for w in words)


def source_words(description: str) -> list[str]:
    """The words of an unnamed source without its determiners and quantifiers."""
    words = description.split()
    while words and fold(words[0]) in _SOURCE_OPENERS:
        words = words[1:]
    return words
