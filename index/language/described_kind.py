"""The kind an article's own description gives a name the speaker finder typed a person by default.

A bare capitalised word before "said" reads as a surname when nothing else is known ("Irvam said",
"Beghin-Say said"). Elsewhere the article usually says what the name is: a common noun written right
before it ("French sugar group Beghin-Say", "the board Irvam", "daily Népszava", "the villages of Gambell
and Stebbins"), an apposition after it ("Petromin, the Saudi state oil company"), or words only a firm
takes ("Adsteam shares", "former Airco employees"). Such a description types the name; a title, a given
name or a pronoun for it keeps it a person ("Mr Ford", "Ford said he").
"""

from __future__ import annotations

import re
from typing import Final

from newsdesk.index.actors.gazetteer import Gazetteer
from newsdesk.index.actors.shapes import CORPORATE_SUFFIXES
from newsdesk.index.language.speakers import Mention
from newsdesk.index.model import ActorKind

# Common nouns that say a name is a body, not a person. Nouns a person is also called by ("broker",
# "investor", "dealer", "adviser") are left out: "broker C Czarnikow" may be a man.
_BODY_NOUNS: Final = (
    "group|company|firm|concern|corporation|conglomerate|producer|maker|manufacturer|refiner|exporter|"
    "importer|retailer|distributor|supplier|operator|carrier|airline|insurer|bank|brokerage|"
    "board|institute|institution|organi[sz]ation|agency|authority|association|federation|union|"
    "council|committee|commission|ministry|hospital|university|college|charity|subsidiary|unit|"
    "division|affiliate|venture|partnership|cooperative|co-operative|utility|consortium|militia"
)
_OUTLET_NOUNS: Final = (
    "newspaper|daily|weekly|magazine|journal|tabloid|broadcaster|station|website|news agency"
)
_PLACE_NOUNS: Final = "village|villages|town|towns|township|municipality"
# "Fernando Pedreira of the Jornal do Brasil, wrote": the name ends a newspaper's title, no surname.
_TITLE_HEAD_BEFORE = re.compile(
    r"\b(?:Jornal|Journal|Diario|Diário|Folha|Gazeta|Gazette|Correio|Estado|Corriere|Giornale|Tribune|"
    r"Courier)\s+(?:(?:do|da|de|dos|das|del|della|di|du|des|of|of\s+the)\s+)?$"
)
# "French sugar group Beghin-Say", "state-owned oil organisation, Petromin", "a hospital in Berlin, Charité":
# the noun ends the text before the name (searched with the name's start as endpos).
_NOUN_BEFORE = re.compile(
    rf"\b(?:(?P<outlet>{_OUTLET_NOUNS})|(?P<body>{_BODY_NOUNS}))"
    r"(?P<comma>(?:\s+in\s+[A-Z][\w'’.-]*)?,)?\s+(?:the\s+)?$"
)
# "the Alaskan villages of Gambell and Stebbins", "the town of Hebron".
_PLACE_BEFORE = re.compile(rf"\b(?:{_PLACE_NOUNS})\s+of\s+(?:[A-Z][\w'’-]*\s+(?:and|or)\s+)?$")
# "Petromin, the Saudi state oil company," / "Billiton, a fully-owned Royal Dutch/Shell <RD.AS> subsidiary,":
# the noun heads the apposition (punctuation or a joining word follows it), so "Smith, a bank economist"
# stays a person.
_NOUN_AFTER = re.compile(
    rf",\s+(?:the|a|an)\s+(?:[\w'’/<>.-]+\s+){{0,6}}?(?:(?P<outlet>{_OUTLET_NOUNS})|(?P<body>{_BODY_NOUNS}))"
    r"(?=\s*[,.;:)]|\s+(?:in|of|which|that|based|with|owned|controlled|headed|said|has|had|is|was|and)\b)"
)
# Words only a firm takes after its name: "Adsteam shares eased", "Alusuisse bearer shares", "former
# Airco employees", "Air Lanka's management", "Adsteam's managing director John Spalvins". A person's
# possessive may own shares ("Icahn's shares"), so those count only without it.
_FIRM_AFTER = re.compile(
    r"(?:\s+(?:(?:bearer|common|preferred|ordinary|registered)\s+)?(?:shares|shareholders|stockholders)|"
    r"(?:['’]s)?\s+(?:employees|subsidiary|subsidiaries|unit|division|brand|plant|factory|management|"
    r"board\s+of\s+directors|managing\s+director|chief\s+executive))\b"
)
# The name opens a company's whole name ("Monfort of Colorado Inc", "Glenmede Trust Co", "F.W. Dodge
# Division of McGraw-Hill"), or Reuters' brackets hold it ("<AB Catena>", "<AB Bofors>").
_SUFFIX_WORDS: Final = "|".join(
    sorted(
        {re.escape(v) for w in CORPORATE_SUFFIXES for v in (w.capitalize(), w.upper())}
        | {"Division", "Group", "Trust", "Bancorp", "Bank"},
        key=len,
        reverse=True,
    )
)
# Without "of": "Smith of Salomon Brothers Inc" is a person of that firm.
_COMPANY_AFTER = re.compile(rf"(?:\s+[A-Z][\w.&'’-]*){{0,3}}?\s+(?:{_SUFFIX_WORDS})\.?(?![\w'’-])")
_SUFFIX_RIGHT_AFTER = re.compile(rf"\s+(?:{_SUFFIX_WORDS})\.?(?![\w'’-])")
# "Jefferson Savings and Loan Association", "Charter Federal Savings and Loan": a thrift's name the word opens.
_THRIFT_AFTER = re.compile(r"(?:\s+[A-Z][\w'’-]*){0,2}?\s+Savings\s+(?:and|&)\s+Loan\b")
# "Jefferson reported a 1.5 mln dlrs loss", "Charter reported net income of": results only a firm reports.
_RESULTS_AFTER = re.compile(
    r"\s+(?:also\s+)?reported\s+(?:an?\s+|its\s+)?(?:[\w.,$-]+\s+){0,5}?"
    r"(?:loss|losses|profit|profits|net\s+income|earnings|net\s+revenues?|operating\s+income)\b"
)
_IN_BRACKETS = re.compile(r"<(?:[A-Z][\w.&'’-]*\s+){0,3}$")
# "Schweizerische Aluminium AG, Alusuisse, <ALUZ.Z>", "... AG <ALUZ.Z> (Alusuisse)": a company's short
# form written after its whole name or ticker.
_SHORT_FORM_BEFORE = re.compile(rf"(?:\b(?:{_SUFFIX_WORDS})\.?|>)\s*[,(]\s*$")
# "head of the ... agency, NAME": the noun is what the named person holds office in.
_OF_BEFORE = re.compile(r"\b(?:of|at|for|from)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,4}$")
# What shows a person: a title before the name, a pronoun or "who" after it.
_TITLE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame|Professor|Prof)\.?\s+$")
_PERSON_AFTER = re.compile(
    r"(?:,?\s+who\b|['’]s\s+(?:wife|husband|son|daughter|father|mother)\b|\s+said\s+(?:he|she)\b)"
)
_LOOK: Final = 60
# "One B Free share in Pharmacia", "a 20 pct stake in Airco": what is held in the name is a firm.
_HELD_IN = re.compile(r"\b(?:shares?|stake|shareholding|holding)\s+in\s+(?:the\s+)?$")


def described_kind(
    text: str,
    m: Mention,
    actor: str | None,
    gender: str | None,
    gz: Gazetteer,
    seen: dict[str, ActorKind | None],
) -> ActorKind | None:
    """The kind the article's description of a default-typed person gives its name ("sugar group
    Beghin-Say" -> organisation, "daily Népszava" -> outlet), or None when it describes none or shows a person.

    `seen` is the caller's per-article memo by name: an article repeats its speakers, and each reading
    walks every place the name is written."""
    if actor and actor != m.name and m.actor_kind == "person" and not m.role and not gender:
        return seen.get(actor)  # "Saur said" after the firm "K.G. Saur" spoke: the same firm
    if (
        m.actor_kind != "person"
        or not actor
        or actor != m.name
        or gender
        or gz.is_given_name(actor.split()[0])
    ):
        return None
    if m.role:
        # "K.G. Saur, the German-based publisher of databases": a role reads as a man's, unless Reuters'
        # capitals write the name as a company's ("<K.G. SAUR> SELLS ASSETS", "PHARMACIA AB <PHAB ST>")
        if actor not in seen and _firm_in_capitals(text, actor):
            seen[actor] = "organisation"
        return seen.get(actor)
    if actor not in seen:
        seen[actor] = _kind_written(text, actor)
    return seen[actor]


def _kind_written(text: str, name: str) -> ActorKind | None:
    """The kind the article's writings of the name describe, None when none does or one shows a person."""
    found: ActorKind | None = None
    if _firm_in_capitals(text, name) or ("-" in name and _paired_surnames(text, name)):
        found = "organisation"
    for at in _whole_name_at(text, name):
        if _TITLE_BEFORE.search(text, max(0, at - 12), at) or _PERSON_AFTER.match(text, at + len(name)):
            return None
        found = found or _kind_around(text, name, at)
    return found


def _kind_around(text: str, name: str, at: int) -> ActorKind | None:
    """The kind one occurrence's neighbouring words give the name, if any."""
    end = at + len(name)
    before = _NOUN_BEFORE.search(text, max(0, at - _LOOK), at)
    # a comma before the name is an apposition only when the name closes it ("oil company, Petromin,")
    if before is not None and (not before["comma"] or _apposition(text, before.start(), end)):
        return "outlet" if before["outlet"] else "organisation"
    if _TITLE_HEAD_BEFORE.search(text, max(0, at - 24), at):
        return "outlet"
    if _PLACE_BEFORE.search(text, max(0, at - _LOOK), at):
        return "organisation"  # a village that speaks is its council or its people, no person
    after = _NOUN_AFTER.match(text, end, min(len(text), end + 2 * _LOOK))
    if after is not None:
        return "outlet" if after["outlet"] else "organisation"
    return "organisation" if _firm_shaped(text, at, end) else None


def _firm_shaped(text: str, at: int, end: int) -> bool:
    """Whether this occurrence is written as a company's: its shares or officers after it, its whole
    company name, Reuters' brackets, or its short form after the whole name."""
    if _FIRM_AFTER.match(text, end) or _COMPANY_AFTER.match(text, end, min(len(text), end + _LOOK)):
        return True
    if _THRIFT_AFTER.match(text, end, min(len(text), end + _LOOK)):
        return True
    if _RESULTS_AFTER.match(text, end, min(len(text), end + 80)):
        return True
    if _IN_BRACKETS.search(text, max(0, at - _LOOK), at) or _HELD_IN.search(text, max(0, at - 30), at):
        return True
    short = _SHORT_FORM_BEFORE.search(text, max(0, at - 12), at)
    return short is not None and text[end : end + 1] in (",", ")")


def _apposition(text: str, noun_at: int, end: int) -> bool:
    """Whether ", NAME" renames the body before the comma: the name closes the apposition and the body is
    not what someone heads ("the head of the food logistics agency, Bustanil Arifin," is a man)."""
    closed = text[end : end + 1] in (",", ".", ";", ")") or text.startswith(" --", end)
    return closed and _OF_BEFORE.search(text, max(0, noun_at - _LOOK), noun_at) is None


def _whole_name_at(text: str, name: str) -> list[int]:
    """Where the name is written as whole words (not inside "Petrominerals")."""
    found = []
    at = text.find(name)
    while at >= 0:
        after = text[at + len(name) : at + len(name) + 1]
        if not (at and (text[at - 1].isalnum() or text[at - 1] in "-")) and not (
            after.isalnum() or after == "-"
        ):
            found.append(at)
        at = text.find(name, at + 1)
    return found


def _firm_in_capitals(text: str, name: str) -> bool:
    """Whether a headline in capitals writes the name as a company's: in Reuters' brackets or before a
    company suffix ("<K.G. SAUR> SELLS ASSETS", "PHARMACIA AB <PHAB ST> 1986 YEAR")."""
    upper = name.upper()
    if upper == name:
        return False
    for at in _whole_name_at(text, upper):
        end = at + len(upper)
        # (the suffix right after: in capitals every word is capitalised, "DUFF/PHELPS LOWERS BENEFICIAL CORP")
        if _IN_BRACKETS.search(text, max(0, at - _LOOK), at) or _SUFFIX_RIGHT_AFTER.match(text, end):
            return True
    return False


def _paired_surnames(text: str, name: str) -> bool:
    """Whether a hyphenated name joins two people's surnames the article writes with their given names
    ("Biden-Harris" after "Joe Biden" and "Kamala Harris"): a campaign or ticket, no person."""
    parts = name.split("-")
    if len(parts) != 2 or not all(p[:1].isupper() and p[1:].islower() for p in parts):
        return False
    return all(re.search(rf"\b[A-Z][a-z]+\s+{re.escape(p)}\b(?!-)", text) is not None for p in parts)
