"""The desk-wide actor step: join the actors each article resolved into one actor per entity.

Extraction resolves a speaker within its article: a surname to the full name written in the same
article, "the minister" and "he" to the person they point back to. What it cannot settle there it keys to
the article alone (`names.article_scoped`): a bare surname, a role description, an unnamed source. This
step settles those against the whole desk, and only when the desk leaves one reading:

- a surname ("Blair", "Mr Blair") joins the one full name that owns it among the people the article
  names, else across the desk when one owner is compatible (gender) and clearly dominant; two full names
  are never merged through a shared surname, and an ambiguous surname stays with its article;
- "Sir Howard" joins the one knight whose given name is Howard;
- "the prime minister" joins the one person the article names whose desk-wide roles include it;
- an unnamed source ("a spokesman", "officials") is a desk actor only with its affiliation
  ("spokesperson (Labour)"); otherwise it stays with its article, never one actor for the whole desk;
- a desk's `actors.yaml` corrections (ignore, rename, merge, actors with aliases) win over all of it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from itertools import islice
from operator import attrgetter

from newsdesk.index.actors.corrections import ActorSpec, Corrections
from newsdesk.index.actors.gazetteer import Gazetteer, Known, load_gazetteer
from newsdesk.index.actors.joins import (
    COMPANY_TITLES,
    MIN_DESK_TYPO_LENGTH,
    abbreviates,
    absorb,
    clipped_form_of,
    contraction_of,
    desk_root_of,
    join_broken_surnames,
    join_dropped_given,
    join_firm_possessives,
    join_given_variants,
    join_legal_prefixes,
    join_middle_initials,
    join_misspellings,
    misspelt_form_of,
    misspelt_owner,
    officer_target,
    opening_word,
    org_evidence,
    org_openers,
    person_evidence,
    short_form_of,
    spellings,
    tail_form_of,
    tail_name_of,
    typo,
)
from newsdesk.index.actors.mentions import MentionRecord
from newsdesk.index.actors.names import article_scoped, entity_slug, fold, slug
from newsdesk.index.actors.shapes import (
    BODY_HEADS,
    CORPORATE_SUFFIXES,
    FAITH_WORDS,
    KNIGHTHOODS,
    ORG_WORDS,
    US_STATES,
    abstract_word,
    collective_name,
    first_word,
    holds_office,
    initials,
    is_role,
    junk_name,
    local_body,
    nominal_head,
    outlet_shape,
    plausible_affiliation,
    source_body,
    source_head,
    surname_of,
)
from newsdesk.index.language.places import is_known_place
from newsdesk.index.model import Actor, ActorKind

# Bump when the desk-wide joins, kinds or names change what `build_registry` makes from the same records:
# a registry saved by older rules is then rebuilt, not read (the records themselves are unchanged).
RULES_VERSION = 2

_CLIPPED_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]")
_CORPORATE = re.compile(r"\s(?:Corp|Corporation|Inc|Co|Ltd|Plc|PLC|LLC|Group|Bancorp)\.?$")

# Heads of a description many people fit: the article may link them, the desk never does.
_MANY_HOLD = frozenset(
    "official officials spokesman spokeswoman spokesperson source sources aide aides adviser advisor analyst "
    "economist executive lawyer diplomat member officer expert person man woman".split()
)

# A surname with several compatible owners on the desk joins the most quoted one only when it holds this
# share of their statements and at least this many: "Blair" on a UK politics desk, not "Smith".
DOMINANT_SHARE = 0.8
DOMINANT_MIN = 5
# A desk's surname joins a full name only from stories within this many years of the full name's own.
ERA_YEARS = 3
MAX_ROLES = 5


@dataclass(frozen=True, slots=True)
class ActorStats:
    """How often and when a desk actor was quoted."""

    statements: int
    first: dt.date | None
    last: dt.date | None


@dataclass(frozen=True, slots=True)
class Registry:
    """Every desk actor, with the statement keys each covers and every name it answers to."""

    by_id: Mapping[str, Actor]
    by_key: Mapping[str, str]
    keys: Mapping[str, frozenset[str]]
    # Folded name or alias -> the ids of the actors answering to it, most quoted first.
    by_name: Mapping[str, tuple[str, ...]]
    stats: Mapping[str, ActorStats]
    # What the gazetteer knows of a name ("Moscow" -> Russia), for names no statement used; a registry
    # read back from disk looks it up only when asked (loading the gazetteer costs a third of a second).
    lookup: Callable[[str], Known | None]
    unresolved: int = 0
    # Per actor id, the names the articles gave it before the desk-wide step ("Blair", "Tony Blair").
    names: Mapping[str, frozenset[str]] = field(default_factory=dict)

    def actor_for_key(self, key: str | None) -> Actor | None:
        """The desk actor a statement key (`Statement.actor_key`) belongs to, if any."""
        actor_id = self.by_key.get(key or "")
        return self.by_id.get(actor_id) if actor_id else None

    def canonical(self, name_or_key: str) -> str | None:
        """The desk actor's name for a statement key, a name or an alias; None when unknown or ignored."""
        actor = self.actor_for_key(name_or_key) or self.actor(name_or_key)
        return actor.name if actor else None

    def actor(self, name: str) -> Actor | None:
        """The desk actor a name or alias (or a metonym the gazetteer knows) stands for; the most quoted
        one when several answer to it (see `named`)."""
        found = self.named(name)
        return found[0] if found else None

    def named(self, name: str) -> list[Actor]:
        """Every desk actor that answers to exactly this name or alias (or the gazetteer's entity for it),
        most quoted first: "Mr Blair" may be Tony Blair on one desk and two people on another."""
        ids = self.by_name.get(fold(name))
        if ids is None:
            known = self.lookup(name)
            ids = self.by_name.get(fold(known.name)) if known else None
        return [self.by_id[i] for i in ids or () if i in self.by_id]

    def find(self, query: str) -> list[Actor]:
        """Actors a query may mean, best first: the actors answering to it exactly, else every actor whose
        name, alias or a word of them contains it, most quoted first."""
        if not fold(query):
            return []
        exact = self.named(query)
        if exact:
            return exact
        key = fold(query)
        found = []
        for actor in self.by_id.values():
            names = [fold(actor.name), *(fold(a) for a in actor.aliases)]
            if any(key in n.split() for n in names) or any(key in n for n in names):
                found.append(actor)
        return sorted(found, key=lambda a: (-self.count(a.id), fold(a.name)))

    def count(self, actor_id: str) -> int:
        """How many statements the actor has on the desk."""
        stats = self.stats.get(actor_id)
        return stats.statements if stats else 0

    def actors(self) -> list[Actor]:
        """Every desk actor, sorted by name."""
        return sorted(self.by_id.values(), key=lambda a: fold(a.name))


@dataclass(slots=True)
class _Entity:
    """A desk actor being assembled from the mention records that resolve to it."""

    name: str
    records: list[MentionRecord] = field(default_factory=list)
    keys: set[str] = field(default_factory=set)
    # The kind the gazetteer gives the name, when it knows it ("BP" from "a BP statement" is a company).
    known_kind: ActorKind | None = None

    def add(self, key: str, rows: list[MentionRecord]) -> None:
        self.keys.add(key)
        self.records.extend(rows)

    def kind(self, override: ActorKind | None) -> ActorKind:
        if override:
            return override
        if self.known_kind is not None:
            return self.known_kind
        if any(r.kind == "organisation" and _CORPORATE.search(r.name) for r in self.records):
            return "organisation"  # "Bechtel Corp" and a few "Bechtel said" read as a surname
        kinds = Counter(r.kind for r in self.records)
        return kinds.most_common(1)[0][0] if kinds else "person"


def build_registry(
    records: Iterable[MentionRecord],
    corrections: Corrections,
    people: Mapping[str, Iterable[str]] | None = None,
) -> Registry:
    """Join per-article actors into desk actors (see the module docstring); `people` lists, per article
    key, the full names of the persons the article names, speaking or not."""
    gazetteer = load_gazetteer().extended(corrections)
    fixes = _Fixes.of(corrections)
    in_article = {a: {fold(n) for n in names} for a, names in (people or {}).items()}
    by_key: dict[str, list[MentionRecord]] = defaultdict(list)
    for r in records:
        r = _normalised(r, gazetteer, in_article)
        by_key[r.key].append(r)
    entities: dict[str, _Entity] = {}
    scoped: dict[str, list[MentionRecord]] = {}
    officers: dict[str, list[MentionRecord]] = {}
    junk = 0
    for key, rows in by_key.items():
        if ("@" in key or _surname_cut_out(key, rows[0])) and not _officer(rows[0]):
            scoped[key] = rows
            continue
        if "@" in key:
            officers[key] = rows
            continue
        target = fixes.target(rows[0].name, gazetteer)
        if target is not None and not fixes.junk(target, rows[0].kind):
            _entity(entities, target).add(key, rows)
        elif target is not None:
            junk += len(rows)
    junk += _add_officers(entities, officers, fixes, gazetteer)
    orgs_by_article = _join_desk_forms(entities, by_key, gazetteer, in_article)
    persons = _PersonIndex.of(entities, gazetteer.surname_first)
    versions = _country_versions(entities, gazetteer)
    openers = _Openers(entities)
    joined = _joined_names(entities)
    unresolved = junk
    for key, rows in scoped.items():
        if rows[0].kind == "unnamed":
            rows = _for_body(rows, gazetteer, orgs_by_article.get(rows[0].article, []))
        if rows[0].kind == "organisation":
            target = fixes.target(
                _dominant(versions.get(_generic_key(rows[0].name, gazetteer), [])), gazetteer
            )
        else:
            found = _scoped_person_target(rows, persons, in_article, gazetteer, openers, orgs_by_article)
            target = fixes.target(found, gazetteer)
        if target is None or fixes.junk(target, rows[0].kind):
            unresolved += len(rows)
            continue
        if rows[0].kind != "person":  # a bare word ("Financial markets said") is no company's short name
            target = joined.get(entity_slug(target), target)
        entity = _scoped_entity(entities, target, rows[0], in_article.get(rows[0].article, set()))
        openers.renamed(entity)
        entity.add(key, rows)
    _retype(entities, gazetteer)
    unresolved += _settle_kinds(entities, gazetteer, fixes)
    return _assemble(entities, corrections, gazetteer, unresolved)


_NAME = attrgetter("name")
_ARTICLE = attrgetter("article")


# "the Stamford, Conn.-based company": where a firm is based and what it is, a description, not a name.
_BASED_FIRM = re.compile(
    r"(?:[\w.'’]+[ -])*[\w.'’]+-based\s+(?:company|firm|concern|group|bank|maker|insurer|retailer|utility)"
)


def _join_based_descriptions(entities: dict[str, _Entity], by_article: Mapping[str, list[_Entity]]) -> None:
    """A "Conn.-based company" joins the one other company its article quotes (GTE Corp), else stays."""
    for e in list(entities.values()):
        if not _BASED_FIRM.fullmatch(e.name) or entity_slug(e.name) not in entities:
            continue
        articles = {r.article for r in e.records}
        if len(articles) != 1:
            continue
        others = [x for x in by_article.get(next(iter(articles)), ()) if x is not e and _is_org(x)]
        if len(others) == 1 and entity_slug(others[0].name) in entities:
            absorb(entities, others[0], e)


def _joined_names(entities: Mapping[str, _Entity]) -> dict[str, str]:
    """Per name a desk-wide join took into another actor ("BHP" into Broken Hill Pty Co Ltd), that actor's
    name: an article-scoped mention resolved to it later joins the same actor ("the BHP statement")."""
    out: dict[str, str] = {}
    twice: set[str] = set()
    for entity_id, e in entities.items():
        for name in set(map(_NAME, e.records)):
            slug_ = entity_slug(name)
            if slug_ == entity_id or slug_ in entities:
                continue
            if slug_ in out and out[slug_] != e.name:
                twice.add(slug_)
            out[slug_] = e.name
    return {k: v for k, v in out.items() if k not in twice}


def _add_officers(
    entities: dict[str, _Entity],
    officers: Mapping[str, list[MentionRecord]],
    fixes: _Fixes,
    gazetteer: Gazetteer,
) -> int:
    """Company officers kept to their article join the desk person of their name before the desk's own
    joins (middle initials, surnames), unless that person is someone else (see `officer_target`); returns
    the statements dropped as junk."""
    junk = 0
    for key, rows in officers.items():
        name, company = rows[0].name, rows[0].affiliation or ""
        target = fixes.target(officer_target(name, company, entities.get(entity_slug(name))), gazetteer)
        if target is not None and not fixes.junk(target, rows[0].kind):
            _entity(entities, target).add(key, rows)
        elif target is not None:
            junk += len(rows)
    return junk


def _scoped_entity(entities: dict[str, _Entity], target: str, r: MentionRecord, people: set[str]) -> _Entity:
    """The desk actor an article-scoped name settled on; a place it was cut from speaks as a body, a family
    named in the plural ("The Tavoulareases" of William Tavoulareas) are persons."""
    entity = _entity(entities, target)
    if target != r.name and is_known_place(target):
        entity.known_kind = entity.known_kind or "organisation"  # "New Brunswick said": its government
    elif target == r.name and r.kind == "person" and _family_named(r.name, people):
        entity.known_kind = entity.known_kind or "person"
    return entity


def _family_named(name: str, people: set[str]) -> bool:
    """Whether a one-word name is the plural of the surname of a person its article names."""
    key = fold(name)
    if " " in key or not key.endswith("s"):
        return False
    stems = {key[:-1], key[:-2]} if key.endswith("es") else {key[:-1]}
    return any(n.rsplit(" ", 1)[-1] in stems for n in people if " " in n)


def _officer(r: MentionRecord) -> bool:
    """A full-named company officer extraction kept to the article ("Chairman James Baker" of Arvin)."""
    words = r.name.split()
    return (
        r.kind == "person"
        and len(words) >= 2
        and words[0] not in KNIGHTHOODS
        and bool(r.affiliation)
        and fold(r.role or "") in COMPANY_TITLES
    )


def _settle_kinds(entities: dict[str, _Entity], gazetteer: Gazetteer, fixes: _Fixes) -> int:
    """Last kinds from the names' shapes (see `_shape_kind`); a one-word "person" nothing shows to be one
    that is a common or abstract word ("Education", "Statistics") is dropped. Returns the statements
    dropped."""
    dropped = 0
    for entity_id, e in list(entities.items()):
        known = gazetteer.lookup(e.name)
        if known is not None and known.kind == "state" and fold(known.name) == fold(e.name):
            e.known_kind = "state"  # the gazetteer's state, however some mention typed it ("U.S")
        elif known is not None and known.kind != "person" and e.kind(None) == "unnamed":
            e.known_kind = known.kind  # "a BP statement" joined BP: the company, not an unnamed source
        elif e.kind(None) == "unnamed" and all(
            source_head(r.name) in ("statement", "report") for r in e.records if r.kind == "unnamed"
        ):
            e.known_kind = "organisation"  # "a Foreign Ministry statement" joined Foreign Ministry (Turkey)
        if e.kind(None) not in ("person", "organisation") or e.known_kind is not None:
            continue
        if (
            known is not None
            and known.kind == "outlet"
            and not any(_CORPORATE.search(r.name) for r in e.records)
        ):
            e.known_kind = "outlet"  # "PA Media", "the PA": the gazetteer's outlet, not "New York Times Co"
            continue
        if e.kind(None) != "person":
            continue
        evidence = person_evidence(e.name, e.records, gazetteer.is_given_name)
        if fold(e.name) not in fixes.alias_map and abstract_word(
            e.name, frozenset() if evidence else gazetteer.common_words
        ):
            del entities[entity_id]
            dropped += len(e.records)
            continue
        e.known_kind = _shape_kind(e.name, gazetteer, evidence)
    return dropped


# One word no person is written as: capitals ("IPECODE"), a suffix run on ("PHLCorp"), a compound bank
# ("Volksbank"), three names joined by hyphens ("Matra-Harris-Semiconducteurs").
_ORG_SHAPE = re.compile(
    r"[A-Z]{4,}|[A-Za-z]{2,}(?:Corp|Bancorp|Inc)|[A-Z][a-z]{4,}bank|[A-Z][\w']+(?:-[A-Z][\w']+){2,}"
)


def _shape_kind(name: str, gazetteer: Gazetteer, evidence: bool) -> ActorKind | None:
    """The kind a "person" nothing shows to be one has by its name's shape: an outlet ("WSET-TV", "Gazeta
    Prawna"), an institution opening with a US state or a faith ("Pennsylvania Blue Shield", "Moslem
    Amal"); None when the shape tells nothing."""
    words = name.split()
    first = fold(words[0]) if words else ""
    if len(words) >= 2 and first in FAITH_WORDS:
        return "organisation"  # no person's name opens with a faith, whatever a pronoun said
    if evidence:
        return None
    if outlet_shape(name):
        return "outlet"
    if _ORG_SHAPE.fullmatch(words[-1] if words else "") and (len(words) == 1 or words[-1].endswith("bank")):
        return "organisation"
    # "Pennsylvania Blue Shield"; "Virginia Bottomley" is a person whatever the gazetteer's given names
    if first in US_STATES and (len(words) >= 3 or fold(words[-1]) in ORG_WORDS):
        return "organisation"
    return None


def _normalised(r: MentionRecord, gazetteer: Gazetteer, in_article: Mapping[str, set[str]]) -> MentionRecord:
    """A record as the desk-wide step reads it: honorifics, a misspelt source head and clipped initials
    repaired (each checked only where it can apply: this runs once per statement)."""
    r = _honorific_person(r)
    if r.kind == "organisation" and r.name.count(" ") >= 2:
        r = _surname_after_body(r, in_article.get(r.article, set()))
    elif r.kind == "organisation" and _SUFFIX_OPENED.fullmatch(r.name):
        # "Goldman Sachs and Co. Goldman said": the sentence began after the suffix's stop; the firm's
        # word stays a firm (read as a surname, the desk would give it to a Marshall Goldman)
        r = dataclasses.replace(r, name=r.name.split()[1])
    if r.kind == "person" and r.scoped and " " not in r.name:
        r = _misspelt_source(r)
    if r.kind == "person" and r.name.endswith(" Cor") and _CLIPPED_SUFFIX.fullmatch(r.name):
        r = dataclasses.replace(r, kind="organisation")  # "Bangor Hydro-Electric Cor": a company cut short
    if r.kind in ("organisation", "person") and r.name.count(" ") >= 2:
        r = _prefix_dropped(r)
    if r.kind == "person" and r.name.count(" ") >= 2:
        r = _title_slip_dropped(r, gazetteer)
        if fold(r.name.partition(" ")[0]) in _PORTFOLIOS and gazetteer.is_given_name(r.name.split()[1]):
            # "Intelligence John Ratcliffe": the last word of "Director of National Intelligence" kept
            r = dataclasses.replace(r, name=r.name.partition(" ")[2])
    if r.kind == "person" and r.name.count(" ") == 1 and r.name.split()[0].endswith("s"):
        r = _plural_title_dropped(r, gazetteer)
    if "." in r.name or "." in (r.affiliation or ""):
        r = _unclipped(r, gazetteer)
    if r.kind == "organisation" and _SHIFT_SLIP.search(r.name):
        r = dataclasses.replace(r, name=_SHIFT_SLIP.sub(_shift_slip_fixed, r.name))
    return r


# The last word of an office's portfolio, which a subject finder may keep before the holder's full name
# ("Director of National Intelligence John Ratcliffe", "Minister for Children and Families Margaret Hodge").
_PORTFOLIOS = frozenset(
    "intelligence families children affairs defence defense security health education justice energy "
    "transport trade industry environment employment culture sport housing treasury development "
    "agriculture commerce finance interior state pensions skills antitrust aviation transportation labor "
    "labour immigration fisheries telecommunications communications information tourism welfare planning".split()
)
# Two capitalised words or more and a clipped "Cor": a company's name the wire cut short.
_CLIPPED_SUFFIX = re.compile(r"(?:[A-Z][\w&'’.-]*\s+){2,}Cor")
# A word the wire typed with the shift key held one letter too long ("Kentucky Central Life INsurance
# Co"): two capitals, then a long run of small letters; "MCorp", "USAir", "NZ" do not have that shape.
_SHIFT_SLIP = re.compile(r"(?<![\w'’.&-])[A-Z]{2}[a-z]{4,}(?![\w'’&-])")


def _shift_slip_fixed(m: re.Match[str]) -> str:
    return m.group(0)[0] + m.group(0)[1:].lower()


def _surname_after_body(r: MentionRecord, people: set[str]) -> MentionRecord:
    """ "In a filing with the Securities and Exchange Commission Moller said": a body's name run on into the
    surname of a person the article names is that person's surname, for the article to settle."""
    words = r.name.split()
    last = fold(words[-1])
    if fold(words[-2]) not in BODY_HEADS or not words[-1][:1].isupper() or last in ORG_WORDS:
        return r
    if not any(n.endswith(" " + last) and " " in n for n in people):
        return r
    return dataclasses.replace(r, name=words[-1], kind="person", role=None, affiliation=None)


_SUFFIX_OPENED = re.compile(r"(?:Co|Corp|Inc|Ltd|Cos)\.\s+[A-Z][a-z]+")


def _plural_title_dropped(r: MentionRecord, gazetteer: Gazetteer) -> MentionRecord:
    """ "Vice-Premiers Li": a title in the plural names two people of whom the surname is one; the
    surname is settled within its article."""
    title = fold(r.name.split()[0])[:-1]
    if title not in gazetteer.titles and title.rsplit("-", 1)[-1] not in gazetteer.titles:
        return r
    return dataclasses.replace(r, name=r.name.split()[1], role=None)


def _surname_cut_out(key: str, r: MentionRecord) -> bool:
    """Whether a desk-wide key's record now holds only the surname it ended with (`_surname_after_body`):
    the surname is settled within its article like any other."""
    return r.kind == "person" and " " not in r.name and key.endswith("-" + slug(r.name))


def _misspelt_source(r: MentionRecord) -> MentionRecord:
    """A scoped "person" whose one-word name is a slip for an unnamed source's head ("senior U.S.
    Offficials") is that unnamed source, written right."""
    if len(r.name) < MIN_DESK_TYPO_LENGTH:
        return r
    word = fold(r.name)
    # Long heads only: "Pierson" is no slip for "person".
    head = next((h for h in _MANY_HOLD if len(h) >= MIN_DESK_TYPO_LENGTH and typo(h, word)), None)
    if head is None or r.surface is None or r.name not in r.surface:
        return r
    return dataclasses.replace(r, name=r.surface.replace(r.name, head), kind="unnamed", role=None)


# A deal role only a firm holds, kept before the firm's name by the subject finder ("Underwriter Moseley
# Holding Corp" at a sentence's start).
_DEAL_ROLES = frozenset({"underwriter", "underwriters", "co-underwriter", "bookrunner", "co-manager"})
# Suffixes no company's own name opens with ("AG Communication Systems" does).
_LEADING_SUFFIXES = frozenset({"co", "cos", "inc", "corp", "ltd", "plc", "llc"})


def _prefix_dropped(r: MentionRecord) -> MentionRecord:
    """A name without what opens it and is no part of it: its own capitals before the spelled-out name
    ("SAS Scandinavian Airline Systems", typed person or not; "EC Executive Commission" is no
    spelling of two letters) or a firm's deal role ("Underwriter Moseley Holding Corp")."""
    first, _, rest = r.name.partition(" ")
    if not rest[:1].isupper():
        return r
    if r.kind == "organisation" and fold(first).rstrip(".,") in _LEADING_SUFFIXES:
        # "Co Inc. Detroit Edison": the suffixes of the company written before, cut onto this one
        return _prefix_dropped(dataclasses.replace(r, name=rest)) if " " in rest else r
    if (r.kind == "organisation" and fold(first) in _DEAL_ROLES) or (
        first.isalpha() and first.isupper() and 3 <= len(first) <= 6 and abbreviates(first, rest)
    ):
        return dataclasses.replace(r, name=rest)
    return r


def _title_slip_dropped(r: MentionRecord, gazetteer: Gazetteer) -> MentionRecord:
    """A person's name without a misspelt title the subject finder kept before it ("Miniister H. Onno
    Ruding"): a long first word one slip from a one-word title, no given name, followed by a full name."""
    first, _, rest = r.name.partition(" ")
    word = fold(first)
    if len(word) < MIN_DESK_TYPO_LENGTH or word in gazetteer.titles or gazetteer.is_given_name(first):
        return r
    slips = _title_slips(gazetteer.titles)
    if not any(typo(slips[v], word) for v in _deletions(word) if v in slips):
        return r
    return dataclasses.replace(r, name=rest)


@functools.lru_cache(maxsize=2)
def _title_slips(titles: frozenset[str]) -> dict[str, str]:
    """The long one-word titles by each form with one letter left out (see `_deletions`), built once."""
    return {v: t for t in titles if " " not in t and len(t) >= MIN_DESK_TYPO_LENGTH for v in _deletions(t)}


# Initials whose last period a cut left out before the next word ("U.S Agriculture Department").
_CLIPPED_WORD = re.compile(r"\b((?:[A-Z]\.)+[A-Z])(?=\s)")


def _unclipped(r: MentionRecord, gazetteer: Gazetteer) -> MentionRecord:
    """A record whose name or affiliation lost the last period of its initials ("U.S Agriculture
    Department"), written whole, the affiliation as the gazetteer names it when it knows it."""
    name = _CLIPPED_WORD.sub(r"\1.", r.name)
    aff = _CLIPPED_WORD.sub(r"\1.", r.affiliation) if r.affiliation else None
    if aff is not None and aff != r.affiliation:
        known = gazetteer.lookup(aff)
        aff = known.name if known is not None and known.kind != "person" else aff
    if name == r.name and aff == r.affiliation:
        return r
    return dataclasses.replace(r, name=name, affiliation=aff)


# Honorifics only a person is written with ("Mr Hill" is no outlet called The Hill).
_PERSON_HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr."})


def _honorific_person(r: MentionRecord) -> MentionRecord:
    """A speaker written with a person's honorific that extraction gave to an outlet of the same word
    ("Mr Hill" -> The Hill) is the person that surname names in the article."""
    words = (r.surface or "").split()
    if r.kind != "outlet" or len(words) != 2 or fold(words[0]) not in _PERSON_HONORIFICS:
        return r
    surname = surname_of(words[1])
    if surname is None:
        return r
    return dataclasses.replace(
        r, key=article_scoped(surname, r.article), name=surname, kind="person", affiliation=None
    )


def _join_desk_forms(
    entities: dict[str, _Entity],
    by_key: Mapping[str, list[MentionRecord]],
    gazetteer: Gazetteer,
    in_article: Mapping[str, set[str]],
) -> dict[str, list[_Entity]]:
    """Every desk-wide join of one entity written several ways (kinds settled first, so a company typed
    person joins its company); returns the desk's companies by article, for the scoped names to come."""
    _retype(entities, gazetteer)
    spelt = spellings(r for rows in by_key.values() for r in rows)
    join_misspellings(entities, spelt)
    join_broken_surnames(entities)
    join_legal_prefixes(entities)
    _join_company_forms(entities)
    _join_run_together(entities)
    _join_alias_forms(entities)
    join_middle_initials(entities)
    _join_name_parts(entities, gazetteer)
    join_dropped_given(entities, gazetteer.is_given_name)
    join_given_variants(entities)
    join_firm_possessives(entities, in_article)
    _join_initials(entities)
    _join_wrapped_names(entities, gazetteer)
    _join_place_orders(entities, gazetteer)
    _join_country_prefixes(entities, gazetteer)
    by_article = _join_short_forms(entities, gazetteer, spelt)
    _join_based_descriptions(entities, by_article)
    return by_article


_WRAPPED = re.compile(
    r"(?:[Aa]n?\s+(?P<bare>.+)|(?P<parent>.+?)['’][sS]?\s+(?P<unit>[A-Z].*)"
    r"|(?P<listed>.+?)\s+(?P<ticker>[A-Z]{2,5}(?:\.[A-Z]{1,2})?))"
)


def _join_wrapped_names(entities: dict[str, _Entity], gazetteer: Gazetteer) -> None:
    """One actor for a body and its name kept with an article, its parent's possessive or its ticker ("A
    U.S. Embassy" beside U.S. Embassy, "Texas Air Corp'S Continental Airlines" beside Continental Airlines
    Inc, "Shell Canada SHC" beside Shell Canada Ltd), when the bare name is a desk organisation and the
    parent a company (a suffix, or a desk or gazetteer organisation)."""
    for e in list(entities.values()):
        m = _WRAPPED.fullmatch(e.name)
        # A ticker shows a listed company, whatever kind a mention gave it ("Swissair SWSZ.Z" as a person).
        kinds = ("organisation", "person") if m is not None and m["ticker"] else ("organisation",)
        if m is None or e.kind(None) not in kinds or entity_slug(e.name) not in entities:
            continue
        parent = m["parent"]
        if m["ticker"] and not any(f"<{m['ticker']}" in (r.surface or "") for r in e.records):
            continue  # capitals the story wrote as a ticker ("Shell Canada <SHC>"), not "E.F.Hutton LBO"
        if parent is not None and not (
            fold(parent.split()[-1]).rstrip(".") in CORPORATE_SUFFIXES
            or _is_org(entities.get(entity_slug(parent)))
            or _known_org(parent, gazetteer)
            # "York's Compris Hotel Corp", "government's Bureau for Information": a city's or a common
            # noun's possessive before a desk body's name is no part of it (a state's tells which
            # country's body it is: "Britain's Labour Party")
            or (" " not in parent and (parent.islower() or _city(parent, gazetteer)))
        ):
            continue
        named = m["bare"] or m["unit"] or m["listed"]
        if all(fold(w).rstrip(".,") in CORPORATE_SUFFIXES for w in named.split()):
            continue  # "Co MER", cut from "Merrill Lynch and Co <MER>": no name left to join
        bare = entities.get(entity_slug(named))
        if bare is not None and bare is not e and _is_org(bare):
            absorb(entities, bare, e)


def _city(name: str, gazetteer: Gazetteer) -> bool:
    """Whether a word is a city or region of the shipped places and no state ("York", not "Britain")."""
    known = gazetteer.lookup(name)
    return is_known_place(name) and (known is None or known.kind != "state")


def _place(name: str, gazetteer: Gazetteer) -> bool:
    """Whether a name is a state, region or city (`_place_word`, the shipped places)."""
    return _place_word(fold(name), gazetteer) or is_known_place(name)


def _join_place_orders(entities: dict[str, _Entity], gazetteer: Gazetteer) -> None:
    """One actor for a body written with its place after "of" and before its name or in brackets ("Stock
    Exchange of Hong Kong" and "Hong Kong Stock Exchange", "National Bank of Belgium" and "National Bank
    (Belgium)"), the most quoted form naming it; a one-word head joins only its own company
    (`_join_firm_of_state`)."""
    for e in list(entities.values()):
        head, of, place = e.name.partition(" of ")
        place = place.removeprefix("the ")
        if not of or not place[:1].isupper() or e.kind(None) != "organisation":
            continue
        if entity_slug(e.name) not in entities or not _place(place, gazetteer):
            continue
        if " " not in head:
            _join_firm_of_state(entities, e, head, place, gazetteer)
            continue
        for form in (f"{place} {head}", f"{head} ({place})"):
            other = entities.get(entity_slug(form))
            if other is None or other is e or not _is_org(other) or fold(other.name) != fold(form):
                continue
            target, gone = (e, other) if len(e.records) >= len(other.records) else (other, e)
            absorb(entities, target, gone)
            break


# A body's name without its country has at least this many words ("Commission on Presidential Debates"):
# "Stock Exchange" or "Supreme Court" alone is any country's.
MIN_UNPLACED_BODY = 4


def _join_country_prefixes(entities: dict[str, _Entity], gazetteer: Gazetteer) -> None:
    """One actor for a body written with and without its country before it ("United States Commission on
    Presidential Debates", "Commission on Presidential Debates"), the placed form naming it; never a
    generic institution every country has ("Ministry of Foreign Affairs")."""
    for e in list(entities.values()):
        words = e.name.split()
        if len(words) <= MIN_UNPLACED_BODY:
            continue
        for n in range(1, min(3, len(words) - MIN_UNPLACED_BODY) + 1):
            # The country first (a dictionary look-up), the slug only then: most names open with none.
            known = gazetteer.lookup(" ".join(words[:n]))
            if known is None or known.kind != "state":
                continue
            rest = " ".join(words[n:])
            other = entities.get(entity_slug(rest))
            if other is None or other is e or fold(other.name) != fold(rest) or gazetteer.generic_form(rest):
                continue
            if _is_org(other) and _is_org(e) and entity_slug(e.name) in entities:
                # The placed form names it: its other short forms ("United States Commission") join it.
                absorb(entities, e, other)
            break


def _join_firm_of_state(
    entities: dict[str, _Entity], e: _Entity, head: str, place: str, gazetteer: Gazetteer
) -> None:
    """ "Philips of the Netherlands" is the desk's Philips: a one-word company placed in its state, when the
    word is no common word ("Bank of America" is no "Bank")."""
    known = gazetteer.lookup(place)
    word = fold(head)
    if known is None or known.kind != "state" or word in gazetteer.common_words or word in _GENERIC_HEADS:
        return
    firm = entities.get(entity_slug(head))
    if firm is not None and firm is not e and _is_org(firm) and fold(firm.name) == fold(head):
        absorb(entities, firm, e)


def _known_org(name: str, gazetteer: Gazetteer) -> bool:
    """Whether the gazetteer knows the name as an organisation ("USDA's Foreign Agricultural Service")."""
    known = gazetteer.lookup(name)
    return known is not None and known.kind == "organisation"


def _is_org(e: _Entity | None) -> bool:
    return e is not None and e.kind(None) == "organisation"


_PLACE_OPENER = re.compile(r"^(?:the\s+)?(?:(?:state|province)\s+of\s+)?", re.IGNORECASE)


def _bare_word_target(
    r: MentionRecord, openers: _Openers, orgs_by_article: Mapping[str, list[_Entity]]
) -> str | None:
    """What a bare word nothing shows to be a person names: nothing when it is a town its speaker placed
    ("a Saddlebrook, N.J. carpet maker"), the place it was cut from, a company, else the word itself."""
    if _town_named(r):
        return None
    return _place_written(r) or _firm_for(r.name, r.article, openers, orgs_by_article)


def _scoped_person_target(
    rows: list[MentionRecord],
    persons: _PersonIndex,
    in_article: Mapping[str, set[str]],
    gazetteer: Gazetteer,
    openers: _Openers,
    orgs_by_article: Mapping[str, list[_Entity]],
) -> str | None:
    """What an article-scoped "person" names on the desk: its full name, else the company or place a bare
    word nothing (or only a pronoun) shows to be a person stands for, else itself."""
    found = _resolve_scoped(rows[0], persons, in_article, gazetteer)
    if found != rows[0].name:
        return found
    if not person_evidence(found, rows, gazetteer.is_given_name):
        return _bare_word_target(rows[0], openers, orgs_by_article)
    return _pronoun_firm(rows, in_article, gazetteer, orgs_by_article) or found


_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})


def _pronoun_firm(
    rows: list[MentionRecord],
    in_article: Mapping[str, set[str]],
    gazetteer: Gazetteer,
    orgs_by_article: Mapping[str, list[_Entity]],
) -> str | None:
    """The company a bare word stands for when only "he" made it a person: the word opens the one company
    its article quotes and no person the article names has it for a surname ("Billiton" beside Billiton
    International Metals B.V., its spokesman's "he added")."""
    r = rows[0]
    if " " in r.name or any(fold(x.surface or "") not in _PRONOUNS for x in rows):
        return None
    key = fold(r.name)
    if any(n.rsplit(" ", 1)[-1] == key for n in in_article.get(r.article, set())):
        return None
    ungendered = [dataclasses.replace(x, gender=None) for x in rows]
    if person_evidence(r.name, ungendered, gazetteer.is_given_name):
        return None
    firm = short_form_of(r.name, [r.article], orgs_by_article)
    return firm.name if firm is not None else None


def _town_named(r: MentionRecord) -> bool:
    """Whether the speaker writes the word as a US town, its state after a comma ("Saddlebrook, N.J.")."""
    surface = fold(r.surface or "")
    at = surface.find(fold(r.name) + ", ")
    if at < 0:
        return False
    after = surface[at + len(r.name) + 2 :].split()
    # The wire's abbreviation only: "Smith, Washington bureau chief" is a person.
    return bool(after) and after[0].endswith((".", ".,")) and after[0].rstrip(",") in US_STATES


def _place_written(r: MentionRecord) -> str | None:
    """The place a bare word was cut from, as its speaker was written ("Brunswick" of "New Brunswick",
    "Jersey" of "The State of New Jersey"): the place speaks, not a company or a person of that name."""
    surface = _PLACE_OPENER.sub("", (r.surface or "").strip())
    if " " not in surface or not fold(surface).endswith(" " + fold(r.name)) or not is_known_place(surface):
        return None
    return surface


def _firm_for(
    name: str, article: str, openers: _Openers, orgs_by_article: Mapping[str, list[_Entity]]
) -> str:
    """The company a bare word nothing shows to be a person stands for ("Chesebrough" beside
    "Chesebrough-Pond's Inc", "Saur" beside "K.G. Saur", "Merrill" on a desk quoting Merrill Lynch), else
    the word itself."""
    firm = (
        short_form_of(name, [article], orgs_by_article)
        or tail_form_of(name, article, orgs_by_article)
        or contraction_of(name, [article], orgs_by_article)
        # Only the companies whose name opens with the word can be its root (desk order kept).
        or desk_root_of(name, [e for e in openers.opening(name) if e.kind(None) == "organisation"])
        or misspelt_form_of(name, [article], orgs_by_article)
        or _misspelt_root(name, openers)
    )
    if firm is None:
        return name
    firm.known_kind = firm.known_kind or "organisation"
    return firm.name


class _Openers:
    """The desk's entities by the word their name opens with, in desk order, kept in step with the
    entities while article-scoped names join them: a bare word's company is then looked for among the
    few names it opens, not among every entity of the desk (minutes on a 20k-article desk)."""

    def __init__(self, entities: Mapping[str, _Entity]) -> None:
        self._entities = entities
        self._by_word: dict[str, list[_Entity]] = {}
        self._word: dict[int, str] = {}
        self._size = 0
        # Long opening words by each form with one letter left out, for a misspelt bare word.
        self._near: dict[str, set[str]] = defaultdict(set)

    def opening(self, name: str) -> list[_Entity]:
        """The entities whose name opens with the word `name` opens with, in desk order."""
        self._catch_up()
        return self._by_word.get(opening_word(name), [])

    def renamed(self, e: _Entity) -> None:
        """Note that `e` may have been renamed ("QUANTUM CORP" written "Quantum Corp"): when its opening
        word changed, the index is built again (its place among the others is desk order)."""
        word = self._word.get(id(e))
        if word is not None and word != opening_word(e.name):
            self._by_word, self._word, self._size = {}, {}, 0
            self._near = defaultdict(set)

    def misspelt(self, name: str) -> set[str]:
        """The long opening words a bare word is one typo of ("schlumberger" for "Sclumberger")."""
        self._catch_up()
        word = fold(name)
        found = set().union(*(self._near.get(v, set()) for v in _deletions(word)))
        return {w for w in found if w != word and typo(w, word)}

    def _catch_up(self) -> None:
        # Entities are only added (at the end of the dict) while scoped names join them.
        for e in islice(self._entities.values(), self._size, None):
            word = opening_word(e.name)
            self._word[id(e)] = word
            if word not in self._by_word and len(word) >= MIN_BARE_TYPO - 1:
                for variant in _deletions(word):
                    self._near[variant].add(word)
            self._by_word.setdefault(word, []).append(e)
        self._size = len(self._entities)


# A bare word misspelling a desk company's first word must be long to tell: "Sclumberger".
MIN_BARE_TYPO = 9


def _deletions(word: str) -> set[str]:
    """A word and each form of it with one letter left out: two words one typo apart share one."""
    return {word, *(word[:k] + word[k + 1 :] for k in range(len(word)))}


def _misspelt_root(name: str, openers: _Openers) -> _Entity | None:
    """The desk company a long bare word misspells the first word of, when one word is that close and the
    company is its root (see `joins.desk_root_of`): "Sclumberger" for Schlumberger Ltd."""
    if " " in name.strip() or len(name) < MIN_BARE_TYPO:
        return None
    near = openers.misspelt(name)
    if len(near) != 1:
        return None
    word = near.pop()
    return desk_root_of(word, [e for e in openers.opening(word) if e.kind(None) == "organisation"])


def _entity(entities: dict[str, _Entity], name: str) -> _Entity:
    entity_id = entity_slug(name)
    found = entities.get(entity_id)
    if found is None:
        found = entities[entity_id] = _Entity(name)
    elif found.name.isupper() and not name.isupper():
        found.name = name  # "Quantum Corp" as the body writes it, not the headline's "QUANTUM CORP"
    return found


@dataclass(frozen=True, slots=True)
class _Fixes:
    """A desk's corrections as look-ups by folded name."""

    ignore: frozenset[str]
    alias_map: Mapping[str, str]
    renames: Mapping[str, str]

    @classmethod
    def of(cls, corrections: Corrections) -> _Fixes:
        alias_map = {fold(a): spec.name for spec in corrections.actors for a in (spec.name, *spec.aliases)}
        alias_map.update({fold(a): t for a, t in corrections.merge.items()})
        renames = {fold(k): v for k, v in corrections.rename.items()}
        return cls(frozenset(fold(n) for n in corrections.ignore), alias_map, renames)

    def junk(self, name: str, kind: str) -> bool:
        """Whether a name can be no speaker (`shapes.junk_name`), unless the desk's corrections name it."""
        return fold(name) not in self.alias_map and junk_name(name, kind)

    def target(self, name: str | None, gazetteer: Gazetteer) -> str | None:
        """The desk name after aliases, merges and renames (a few hops, so a cycle cannot hang); None
        when ignored."""
        if not name:
            return None
        current = name.strip()
        for _ in range(4):
            key = fold(current)
            if key in self.ignore:
                return None
            nxt = self.alias_map.get(key) or self.renames.get(key)
            if nxt is None or fold(nxt) == key:
                break
            current = nxt
        known = gazetteer.lookup(current)
        if known is None and _CLIPPED_INITIALS.fullmatch(current):
            known = gazetteer.lookup(current + ".")  # "U.S" written without its last period
        if known is not None and known.kind != "person" and fold(current) not in self.alias_map:
            current = known.name
        return None if fold(current) in self.ignore else current


@dataclass(frozen=True, slots=True)
class _PersonIndex:
    """Desk persons by surname and given name, with their statement counts, genders and roles."""

    by_fold: Mapping[str, str]
    by_surname: Mapping[str, tuple[str, ...]]
    by_given: Mapping[str, tuple[str, ...]]
    count: Mapping[str, int]
    gender: Mapping[str, str | None]
    roles: Mapping[str, frozenset[str]]
    knights: frozenset[str]
    sources: Mapping[str, frozenset[str]]
    dates: Mapping[str, tuple[str, ...]]
    # Each role with the outlet and year of the record that gave it: "First Minister" was Jack McConnell's
    # in the BBC's 2005 copy and Nicola Sturgeon's in Wikinews's 2020 copy.
    role_worlds: Mapping[str, frozenset[tuple[str, str | None, int | None]]]

    @classmethod
    def of(
        cls, entities: Mapping[str, _Entity], first_families: frozenset[str] = frozenset()
    ) -> _PersonIndex:
        by_surname: dict[str, list[str]] = defaultdict(list)
        by_given: dict[str, list[str]] = defaultdict(list)
        count, gender, roles, knights, sources, dates, role_worlds = {}, {}, {}, set(), {}, {}, {}
        for e in entities.values():
            words = e.name.split()
            if e.kind(None) != "person" or len(words) < 2:
                continue
            by_surname[fold(words[-1])].append(e.name)
            if len(words) >= 2 and words[0] in first_families:
                by_surname[fold(words[0])].append(e.name)
            by_given[fold(words[0])].append(e.name)
            count[e.name] = len(e.records)
            genders = Counter(r.gender for r in e.records if r.gender)
            gender[e.name] = genders.most_common(1)[0][0] if genders else None
            roles[e.name] = frozenset(fold(r.role) for r in e.records if r.role)
            if any(first_word(r.surface or "") in KNIGHTHOODS for r in e.records):
                knights.add(e.name)
            sources[e.name] = frozenset(r.source for r in e.records if r.source)
            dates[e.name] = tuple(sorted({r.date for r in e.records if r.date}))
            role_worlds[e.name] = frozenset(
                (fold(r.role), r.source, int(r.date[:4]) if r.date else None) for r in e.records if r.role
            )
        return cls(
            {fold(n): n for n in count},
            {k: tuple(v) for k, v in by_surname.items()},
            {k: tuple(v) for k, v in by_given.items()},
            count,
            gender,
            roles,
            frozenset(knights),
            sources,
            dates,
            role_worlds,
        )

    def roles_in_world(self, name: str, r: MentionRecord) -> frozenset[str]:
        """The person's roles as written in the same world as a mention: within a few years of it, or (when
        it is undated) in its outlet; every role where nothing tells."""
        year = int(r.date[:4]) if r.date else None
        return frozenset(
            role
            for role, source, when in self.role_worlds.get(name, frozenset())
            if (year is None or when is None or abs(when - year) <= ERA_YEARS)
            and (year is not None or r.source is None or source is None or source == r.source)
        )

    def same_world(self, name: str, r: MentionRecord) -> bool:
        """Whether a mention can be about this person at all: quoted within a few years of them, or (when
        either is undated) in an outlet that quotes them too. A surname in a 2020 Wikinews story is not
        the BBC's solicitor of 2005 with the same surname."""
        days = self.dates.get(name, ())
        if r.date and days:
            year = int(r.date[:4])
            return any(abs(int(d[:4]) - year) <= ERA_YEARS for d in days)
        return bool(r.source) and r.source in self.sources.get(name, frozenset())


def _resolve_scoped_person(
    r: MentionRecord, persons: _PersonIndex, named_here: set[str], gazetteer: Gazetteer
) -> str | None:
    """The desk person an article-scoped surname ("Blair", "Sir Howard") joins, the surname itself when
    nobody owns it, or None when the desk leaves it ambiguous."""
    words = r.name.split()
    if len(words) == 2 and words[0] in KNIGHTHOODS:
        owners = [n for n in persons.by_given.get(fold(words[1]), ()) if n in persons.knights]
        return _pick(owners, r, persons, named_here)
    surname = surname_of(r.name)
    if surname is None:
        return None
    owners = list(persons.by_surname.get(fold(surname), ()))
    # Nobody on the desk (in its world) owns it in full: the surname is the best name there is, but a
    # given name alone ("His wife Mary") names nobody across the desk.
    given = surname in gazetteer.male_names or surname in gazetteer.female_names
    found = _pick(owners, r, persons, named_here, alone=None if given else r.name)
    if found == r.name and not owners:
        # "Kaczura" in the article that names Janusz Kaczurba: a misspelling of his surname.
        here = [persons.by_fold[f] for f in named_here if f in persons.by_fold]
        return misspelt_owner(surname, here) or _first_name_of(surname, here, gazetteer) or found
    return found


def _first_name_of(word: str, here: list[str], gazetteer: Gazetteer) -> str | None:
    """The one full name of the article a word nobody's surname opens ("Dharyono" beside Dharyono
    Kertosastro, the coffee exporters' chairman); never a name a title or a body's word opens ("Commerce
    Bruce Smart", cut from "Under Secretary of Commerce Bruce Smart": a given name follows the word)."""
    key = fold(word)
    if key in gazetteer.common_words:
        return None
    owners = [n for n in here if " " in n and fold(n.split()[0]) == key]
    if len(owners) != 1 or gazetteer.is_given_name(owners[0].split()[1]):
        return None
    return owners[0]


def _resolve_scoped(
    r: MentionRecord, persons: _PersonIndex, in_article: Mapping[str, set[str]], gazetteer: Gazetteer
) -> str | None:
    """The desk name an article-scoped mention joins, or None when the desk leaves it ambiguous."""
    named_here = in_article.get(r.article, set())
    if r.kind == "person":
        return _resolve_scoped_person(r, persons, named_here, gazetteer)
    head = nominal_head(r.name)
    if head is not None and head.split()[-1] in _MANY_HOLD:
        return None  # "the official", "the spokesman": left to the article, never a desk-wide guess
    if head is not None:
        here = [persons.by_fold[f] for f in named_here if f in persons.by_fold]
        holders = [
            n
            for n in here
            if any(
                holds_office(r.name, role, None, gazetteer.demonym) for role in persons.roles_in_world(n, r)
            )
        ]
        return holders[0] if len(holders) == 1 else None
    if not plausible_affiliation(r.affiliation, gazetteer):
        return None
    if source_head(r.name) in ("statement", "report"):
        # "a Renault statement": the company speaking through a document, when the affiliation is one.
        known = gazetteer.lookup(r.affiliation or "")
        return r.affiliation if known is None or known.kind == "organisation" else None
    return collective_name(r.name, r.affiliation)


def _for_body(
    rows: list[MentionRecord], gazetteer: Gazetteer, orgs_here: list[_Entity]
) -> list[MentionRecord]:
    """An unnamed source's records with the affiliation of the one body it speaks for (see
    `source_affiliation`)."""
    aff = source_affiliation(rows[0], gazetteer, [e.name for e in orgs_here])
    return rows if aff == rows[0].affiliation else [dataclasses.replace(r, affiliation=aff) for r in rows]


def source_affiliation(r: MentionRecord, gazetteer: Gazetteer, orgs_here: list[str]) -> str | None:
    """The one body an unnamed source speaks for, None when its words name none that holds across the desk:
    "a U.S. State Department spokesman" speaks for the State Department, not the United States; a
    state-wide spokesman, an embassy's and a country-less "Foreign Ministry" spokesman stay with their
    article; "CPC officials" beside Ceylon Petroleum Corp are that company's, whatever else CPC spells."""
    aff = r.affiliation
    head = source_head(r.name)
    if not aff or head is None or head in ("statement", "report"):
        return aff
    words = source_body(r.name)
    spelled = _spelled_here(words, aff, orgs_here)
    if spelled is not None:
        return spelled
    known = gazetteer.lookup(aff)
    if known is None and gazetteer.generic_form(aff) is not None:
        return None  # "a Foreign Ministry spokesman": whose ministry, the desk cannot tell
    if known is None or known.kind != "state":
        return None if local_body(aff.split()) else aff
    return _state_body(words, head, aff, known.name, gazetteer)


def _spelled_here(words: list[str], aff: str, orgs_here: list[str]) -> str | None:
    """The article's own organisation an acronym source spells ("CPC officials" beside Ceylon Petroleum
    Corp), when the affiliation read for it is another body (the Chinese Communist Party)."""
    if len(words) != 1 or not words[0].isalpha() or not words[0].isupper():
        return None
    spelled = {o for o in orgs_here if words[0] in (initials(o), initials(_CORPORATE.sub("", o)))}
    if len(spelled) != 1:
        return None
    found = next(iter(spelled))
    return None if _capital_words(found) == _capital_words(aff) else found


def _capital_words(name: str) -> frozenset[str]:
    """A name's capitalised words, company suffixes left out ("Securities and Exchange Commission" and
    "Securities Exchange Commission" are one body)."""
    return frozenset(
        fold(w).rstrip(".")
        for w in name.split()
        if w[:1].isupper() and fold(w).rstrip(".") not in CORPORATE_SUFFIXES
    )


def _state_body(words: list[str], head: str, aff: str, state: str, gazetteer: Gazetteer) -> str | None:
    """The body of a state's unnamed source: the state for its government (and for officials), the
    institution its words name after the state's, or None (a spokesman of the whole state, an embassy)."""
    rest = _after_state(words, state, gazetteer)
    if local_body(rest):
        return None
    found = gazetteer.lookup(" ".join(words)) if rest else None
    if found is None and _state_wide(rest):
        # "a U.S. spokesman": every agency of the state has spokesmen; officials of a state are one group.
        whole = head not in ("spokesperson", "spokespeople") or any(fold(w) in _STATE_WIDE for w in rest)
        return aff if whole else None
    rest = [w for w in rest if fold(w) not in _STATE_WIDE]
    body = " ".join(rest)
    found = found or gazetteer.lookup(body)
    if found is not None:
        return aff if found.kind == "state" else found.name.removeprefix("the ")
    titled = " ".join(w if fold(w) in ("of", "and") else w[:1].upper() + w[1:] for w in rest)
    form = gazetteer.generic_form(body)
    if form is not None:
        return gazetteer.generic_orgs.get((form, state)) or f"{titled} ({state})"
    if len([w for w in rest if w[:1].isupper()]) >= 2:
        return body  # "Housewives Association of Japan", "Petroleos de Venezuela"
    last = fold(rest[-1]).rstrip(".")
    if last in BODY_HEADS or (last in ORG_WORDS and last not in CORPORATE_SUFFIXES and last not in _SECTORS):
        return f"{titled} ({state})"  # "a Spanish navy spokesman", "a Ugandan Railways official"
    return None


def _state_wide(rest: list[str]) -> bool:
    """Whether a state's source words after the state name no body of it: none, adjectives ("French trade
    sources"), the government, or one capitalised trade ("U.S. Trade officials", a wire's capitals)."""
    if rest and fold(rest[-1]) in BODY_HEADS:
        return False
    capitals = [w for w in rest if w[:1].isupper() and fold(w) not in _STATE_WIDE]
    return not capitals or (len(capitals) == 1 and fold(capitals[0]) in _SECTORS)


# Words of a trade, not of one body: "U.S. Bank officials" are bankers.
_SECTORS = frozenset({"bank", "banks", "oil", "energy", "exchange", "trade", "industry"})
_OWN_NAME_ENDS = CORPORATE_SUFFIXES | {"fund", "bancorp"}
# Words after a state's name that still mean the whole state ("Japanese government officials").
_STATE_WIDE = frozenset({"government", "administration", "federal", "national", "state"})


def _after_state(run: list[str], state: str, gazetteer: Gazetteer) -> list[str]:
    """The words of a source's body after the state's own name or demonym ("U.S. State Department" ->
    State Department; "Petroleos de Venezuela" is kept whole)."""
    rest = list(run)
    if any(fold(w).rstrip(".") in _OWN_NAME_ENDS for w in rest[1:]):
        return rest  # "Kuwait Petroleum Corporation", "Swiss Bank Corp": the country is in the firm's name
    while rest:
        for size in (2, 1):
            chunk = " ".join(rest[:size])
            known = gazetteer.lookup(chunk)
            if len(rest) >= size and (
                gazetteer.demonym(chunk) == state or (known is not None and known.name == state)
            ):
                rest = rest[size:]
                break
        else:
            return rest
    return rest


# Words a company's longer name adds to its short one: "Moody's" is "Moody's Investors Service Inc".
_COMPANY_DESCRIPTORS = frozenset(
    "investors investor service services international holdings holding group industries systems technologies "
    "technology corporation company inc corp co cos ltd plc llc enterprises partners financial bancorp "
    "bancorporation resources communications laboratories labs products manufacturing america usa the of "
    "and son sons bros nv ag sa".split()
)
# Words a body's name opens with that are no company of their own ("Bank of France").
_GENERIC_HEADS = (
    ORG_WORDS | _COMPANY_DESCRIPTORS | {"bank", "government", "embassy", "ministry", "university"}
)
# One spelling for the suffixes written long and short ("Hawkeye Bancorporation" is "Hawkeye Bancorp").
_SHORT_SUFFIX = {
    "bancorporation": "bancorp",
    "corporation": "corp",
    "company": "co",
    "incorporated": "inc",
    "limited": "ltd",
    "brothers": "bros",
    # the wire's clipped "Co" ("Bangor Hydro-Electric Cor said"): no word of its own
    "cor": "co",
}


def _join_company_forms(entities: dict[str, _Entity]) -> None:
    """One actor for a company written short and long across the desk ("Moody's" and "Moody's Investors
    Service Inc"): an organisation whose words open another's, the rest being only descriptors, joins it."""
    orgs = [e for e in entities.values() if e.kind(None) == "organisation"]
    by_first: dict[str, list[_Entity]] = defaultdict(list)
    for e in orgs:
        words = fold(e.name).removeprefix("the ").split()
        if words:
            by_first[_singular(words[0])].append(e)  # "Trade Unions Congress" beside "Trades Union Congress"
    for group in by_first.values():
        if len(group) < 2:
            continue
        _join_same_cores(entities, group)
        group = [e for e in group if entity_slug(e.name) in entities]
        group.sort(key=lambda e: len(e.name.split()))
        for short in group:
            s_words = _core_words(short.name)
            longer = [
                e
                for e in group
                if e is not short
                and len(_core_words(e.name)) > len(s_words)
                and _core_words(e.name)[: len(s_words)] == s_words
                and all(w in _COMPANY_DESCRIPTORS for w in _core_words(e.name)[len(s_words) :])
            ]
            # A short name quoted more than the long one may be the parent ("Merrill Lynch" is not only
            # "Merrill Lynch International"): the long form has to be the desk's usual one.
            if len(longer) == 1 and s_words and entity_slug(short.name) in entities:
                if len(short.records) > len(longer[0].records):
                    continue
                absorb(entities, longer[0], short)


def _retype(entities: Mapping[str, _Entity], gazetteer: Gazetteer) -> None:
    """A "person" nothing on the desk shows to be one (no given name, pronoun, honorific or person's
    role) is an organisation when something shows it to be one (see `joins.org_evidence`): "Dittler
    Brothers", "US-based software company Red Hat", "Transco" on a desk quoting Transco Energy Co."""
    openers = org_openers(entities.values())
    firm_words = _firm_words(entities.values(), gazetteer)
    for e in entities.values():
        if e.known_kind is not None or e.kind(None) != "person":
            continue
        if _called_the_company(e, gazetteer):
            e.known_kind = "organisation"
            continue
        if not person_evidence(e.name, e.records, gazetteer.is_given_name) and (
            org_evidence(e.name, e.records, openers) or _ends_firm_word(e.name, firm_words)
        ):
            e.known_kind = "organisation"


_COMPANY_REFERENCES = frozenset({"the company", "the firm", "the group"})


def _called_the_company(e: _Entity, gazetteer: Gazetteer) -> bool:
    """Whether its articles call the one typed person "the company" more often than "he" or "she" ("White
    Engine, a manufacturer of ... engines"; "The company said"), nothing else showing a person."""
    refs = sum(
        1 for r in e.records if r.kind == "organisation" and fold(r.surface or "") in _COMPANY_REFERENCES
    )
    if refs == 0 or refs <= sum(1 for r in e.records if r.gender):
        return False
    ungendered = [dataclasses.replace(r, gender=None) for r in e.records]
    return not person_evidence(e.name, ungendered, gazetteer.is_given_name)


# A word ends this many desk companies' names before their suffix ("Royal Trustco Ltd", "Guardian Trustco
# Inc") and no person's: a name of two words ending with it is a firm ("Standard Trustco").
MIN_FIRM_WORD = 2


def _firm_words(entities: Iterable[_Entity], gazetteer: Gazetteer) -> frozenset[str]:
    """The folded words that end several desk companies' names before the suffix and no named person's."""
    firms: Counter[str] = Counter()
    persons: set[str] = set()
    for e in entities:
        words = e.name.split()
        if len(words) < 2:
            continue
        if _CORPORATE.search(e.name):
            if len(words) >= 3:  # a company's suffix makes an organisation (`_Entity.kind`)
                firms[fold(words[-2])] += 1
        elif gazetteer.is_given_name(words[0]):
            persons.add(fold(words[-1]))  # whatever its kind: a given name's surname may be a person's
    return frozenset(
        w
        for w, n in firms.items()
        if n >= MIN_FIRM_WORD and w not in persons and w.isalpha() and not is_known_place(w)
    )


def _ends_firm_word(name: str, firm_words: frozenset[str]) -> bool:
    words = name.split()
    return len(words) == 2 and fold(words[-1]) in firm_words


def _join_short_forms(
    entities: dict[str, _Entity], gazetteer: Gazetteer, spelt: Mapping[str, int]
) -> dict[str, list[_Entity]]:
    """One actor for a company and the short form its own article writes ("Royal Palm" beside "Royal Palm
    Savings Association", a "person" "National Computer" beside National Computer Systems Inc); returns
    the desk's companies by article, for the article-scoped names still to come."""
    by_article: dict[str, list[_Entity]] = defaultdict(list)
    for e in entities.values():
        if e.kind(None) == "organisation":
            for article in {r.article for r in e.records}:
                by_article[article].append(e)
    for e in list(entities.values()):
        kind = e.kind(None)
        if kind == "person" and person_evidence(e.name, e.records, gazetteer.is_given_name):
            continue
        if kind not in ("person", "organisation") or entity_slug(e.name) not in entities:
            continue
        articles = {r.article for r in e.records}
        firm = _short_or_contracted(e.name, articles, by_article)
        if firm is None:
            # a "person" too: "Miniere Louvem" beside Societe Miniere Louvem Inc (no given name, no pronoun)
            firm = tail_name_of(e.name, articles, by_article, lambda w: _place_word(w, gazetteer))
        if firm is None:
            firm = misspelt_form_of(e.name, articles, by_article)
            if (
                firm is not None
                and len(firm.name.split()) == len(e.name.split())
                and _spelling_vote(firm, spelt) < _spelling_vote(e, spelt)
            ):
                firm, e = e, firm  # of two names alike but a slip, the desk's usual spelling names it
        if firm is not None and firm is not e and entity_slug(firm.name) in entities:
            absorb(entities, firm, e)
            firm.known_kind = firm.known_kind or "organisation"
            # By identity, over its own articles: comparing entities field by field costs seconds.
            for article in set(map(_ARTICLE, e.records)):
                rows = by_article.get(article)
                if rows:
                    by_article[article] = [x for x in rows if x is not e]
    return by_article


def _short_or_contracted(
    name: str, articles: set[str], by_article: Mapping[str, list[_Entity]]
) -> _Entity | None:
    """The one company of the name's articles it opens ("Royal Palm") or contracts ("Conrail")."""
    return (
        short_form_of(name, articles, by_article)
        or contraction_of(name, articles, by_article)
        or clipped_form_of(name, articles, by_article)
    )


def _spelling_vote(e: _Entity, spelt: Mapping[str, int]) -> tuple[int, int]:
    """How well the desk backs a name's spelling: its rarest word's articles, then its statements."""
    return min((spelt.get(w, 0) for w in fold(e.name).split()), default=0), len(e.records)


# Words that make a body a region's or a level's own ("Scottish Labour Party", "New York Stock Exchange").
_REGION_WORDS = frozenset(
    "scottish welsh english irish british north south east west northern southern eastern western central "
    "national international world state city county regional provincial federal new greater".split()
)


def _place_word(text: str, gazetteer: Gazetteer) -> bool:
    """Whether folded words name a place, a state's people or a region ("texas", "scottish", "hong kong")."""
    if text in _REGION_WORDS or text in US_STATES or gazetteer.demonym(text):
        return True
    known = gazetteer.lookup(text)
    return known is not None and known.kind == "state"


def _join_run_together(entities: dict[str, _Entity]) -> None:
    """One actor for a company written with its words run together and apart ("TimeWarner" and "Time
    Warner"): organisations whose names are the same letters once spaces are dropped join the most quoted."""
    by_letters: dict[str, list[_Entity]] = defaultdict(list)
    for e in entities.values():
        if e.kind(None) == "organisation":
            by_letters["".join(_core_words(e.name))].append(e)
    for same in by_letters.values():
        if len(same) < 2 or len({len(e.name.split()) for e in same}) < 2:
            continue
        same.sort(key=lambda e: -len(e.records))
        for other in same[1:]:
            if entity_slug(other.name) in entities and entity_slug(same[0].name) in entities:
                absorb(entities, same[0], other)


def _join_alias_forms(entities: dict[str, _Entity]) -> None:
    """One actor for a bank and "X bank" where X is what its articles call it ("Amro bank" for
    Amsterdam-Rotterdam Bank NV, written "Amro"), when exactly one bank on the desk is called X."""
    banks = [e for e in entities.values() if e.kind(None) == "organisation" and "bank" in _core_words(e.name)]
    called: dict[str, set[str]] = defaultdict(set)
    for e in banks:
        for r in e.records:
            if r.surface and r.surface[:1].isupper() and fold(r.surface) != fold(e.name):
                called[fold(r.surface)].add(entity_slug(e.name))
    for e in banks:
        words = _core_words(e.name)
        owners = called.get(" ".join(words[:-1]), set()) - {entity_slug(e.name)}
        if len(words) >= 2 and words[-1] == "bank" and len(owners) == 1 and entity_slug(e.name) in entities:
            owner = entities.get(next(iter(owners)))
            if owner is not None:
                absorb(entities, owner, e)


def _join_same_cores(entities: dict[str, _Entity], group: list[_Entity]) -> None:
    """Companies whose names differ only in how a suffix is written, or in a word's plural ("Reichhold
    Chemical Inc" and "Reichhold Chemicals Inc", "Moody's Investors Services Inc"), join the most quoted."""
    by_core: dict[tuple[str, ...], list[_Entity]] = defaultdict(list)
    for e in group:
        by_core[_same_core(e.name)].append(e)
    for same in by_core.values():
        same.sort(key=lambda e: -len(e.records))
        for other in same[1:]:
            if entity_slug(other.name) in entities and entity_slug(same[0].name) in entities:
                absorb(entities, same[0], other)


def _same_core(name: str) -> tuple[str, ...]:
    """What two spellings of one company share: its words singular, without "of" or "and" ("Securities
    Exchange Commission", "Porsche Cars of North America Inc"); its suffix kept ("Sterling Bancorp" and
    "Sterling Inc", "Citibank AG" and Citibank are two)."""
    return tuple(_singular(w) for w in _core_words(name) if w not in ("of", "and"))


def _singular(word: str) -> str:
    """A company's word without a plural "s" ("chemicals" -> "chemical"); "Moody's", "Glass" kept."""
    if len(word) > 3 and word.isalpha() and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


_INITIAL_SKIP = frozenset({"of", "and", "the", "&", "for"}) | CORPORATE_SUFFIXES
_AMPERSAND_INITIALS = re.compile(r"[A-Z]+&[A-Z]+")


def _join_initials(entities: dict[str, _Entity]) -> None:
    """One actor for an organisation and the capitals its initials spell ("IBM" and "International Business
    Machines Corp"), when exactly one organisation on the desk spells them."""
    spelled: dict[str, list[_Entity]] = defaultdict(list)
    for e in entities.values():
        words = [w for w in e.name.split() if fold(w).rstrip(".") not in _INITIAL_SKIP]
        if len(words) >= 2 and all(w[:1].isupper() for w in words) and e.kind(None) == "organisation":
            spelled["".join(w[0] for w in words)].append(e)
    shorts = [
        e
        for e in entities.values()
        if 3 <= len(e.name) <= 5
        and (e.name.isalpha() or _AMPERSAND_INITIALS.fullmatch(e.name))
        and e.name.isupper()
        and e.kind(None) == "organisation"
    ]
    left = []
    for short in shorts:
        # "AT&T" spells American Telephone and Telegraph Co: its "&" is the name's "and".
        full = spelled.get(short.name.replace("&", ""), [])
        if len(full) == 1 and entity_slug(short.name) in entities:
            absorb(entities, full[0], short)
        else:
            left.append(short)
    _join_article_initials(entities, left)


def _join_article_initials(entities: dict[str, _Entity], shorts: list[_Entity]) -> None:
    """One actor for a company and the capitals that stand for it in its own article, written looser than
    its initials ("WMC" beside Western Mining Corp Holdings Ltd, "ASX" beside Australian Stock Exchange,
    "ESCAP" beside U.N. Economic and Social Commission for Asia and the Pacific): the one organisation
    every article of the capitals names that they abbreviate (see `joins.abbreviates`)."""
    articles = {r.article for e in shorts for r in e.records}
    if not articles:
        return
    here: dict[str, list[_Entity]] = defaultdict(list)
    for e in entities.values():
        if " " not in e.name.strip():
            continue
        shared = set(map(_ARTICLE, e.records)) & articles
        if shared and e.kind(None) == "organisation":
            for article in shared:
                here[article].append(e)
    for short in shorts:
        found = {
            id(x): x
            for article in {r.article for r in short.records}
            for x in here.get(article, ())
            if abbreviates(short.name, x.name)
        }
        every = all(
            any(abbreviates(short.name, x.name) for x in here.get(r.article, ())) for r in short.records
        )
        if len(found) == 1 and every and entity_slug(short.name) in entities:
            full = next(iter(found.values()))
            if entity_slug(full.name) in entities:
                absorb(entities, full, short)


def _join_name_parts(entities: dict[str, _Entity], gazetteer: Gazetteer) -> None:
    """One actor for a person written with and without a second surname or more given names ("Juan Lechin"
    and "Juan Lechin Oquendo", "Bresser Pereira" and "Luiz Carlos Bresser Pereira"): a name of two words or
    more that opens or ends exactly one longer person name, its cut edge being no given name."""
    # "James Baker (Arvin Industries Inc)" was kept apart from "James Baker" on purpose: no name part joins it.
    people = [
        e
        for e in entities.values()
        if e.kind(None) == "person" and len(e.name.split()) >= 2 and "(" not in e.name
    ]
    by_part: dict[tuple[str, ...], list[_Entity]] = defaultdict(list)
    for e in people:
        folded = tuple(fold(w) for w in e.name.split())
        for size in range(2, len(folded)):
            by_part[("<", *folded[:size])].append(e)
            by_part[(">", *folded[-size:])].append(e)
    for e in people:
        words = e.name.split()
        if any(w.rstrip(".") in KNIGHTHOODS or fold(w) in gazetteer.titles for w in words):
            continue
        key = tuple(fold(w) for w in words)
        longer = [x for x in by_part.get(("<", *key), []) if not gazetteer.is_given_name(words[-1])]
        longer += [x for x in by_part.get((">", *key), []) if not gazetteer.is_given_name(words[0])]
        full = _one_spelling(entities, longer)
        if full is None or entity_slug(e.name) not in entities:
            continue
        absorb(entities, full, e)


def _live(entities: Mapping[str, _Entity], e: _Entity) -> _Entity | None:
    """The desk entity now holding `e`'s statements: itself, or the one an earlier join moved them to ("T.
    Boone Pickens" into "T. Boone Pickens III"), so a later join does not hand records to a dropped one."""
    if entities.get(entity_slug(e.name)) is e:
        return e
    key = next(iter(e.keys), None)
    return next((x for x in entities.values() if key in x.keys), None) if key else None


def _one_spelling(entities: dict[str, _Entity], longer: list[_Entity]) -> _Entity | None:
    """The one full name a cut name can be: the only one, or the most quoted when every other is it with one
    word misspelt ("Aturo Hernandez Grisanti" beside "Arturo Hernandez Grisanti"), which then joins it."""
    live = [x for x in (_live(entities, x) for x in longer) if x is not None]
    found = list({id(x): x for x in live}.values())
    if len(found) <= 1:
        return found[0] if found else None
    found.sort(key=lambda x: -len(x.records))
    top = fold(found[0].name).split()
    for other in found[1:]:
        words = fold(other.name).split()
        slips = [(a, b) for a, b in zip(top, words, strict=False) if a != b] if len(words) == len(top) else []
        if len(slips) != 1 or not typo(*slips[0]):
            return None
    for other in found[1:]:
        absorb(entities, found[0], other)
    return found[0]


def _core_words(name: str) -> list[str]:
    words = fold(name).replace("&", " and ").replace("’", "'").split()
    return [
        _SHORT_SUFFIX.get(w.rstrip("."), w.rstrip(".") if w.endswith(".") and len(w) > 2 else w)
        for w in words
        if w != "the"
    ]


def _generic_key(name: str, gazetteer: Gazetteer) -> str:
    """The one form of a generic institution's name ("the Ministry of Finance" -> "finance ministry")."""
    base = re.sub(r"\s*\([^()]*\)$", "", name)
    return gazetteer.generic_form(base) or fold(base).removeprefix("the ")


def _country_versions(
    entities: Mapping[str, _Entity], gazetteer: Gazetteer
) -> dict[str, list[tuple[str, int]]]:
    """Per generic institution, the country versions the desk has ("Electoral Commission (United
    Kingdom)", "HM Treasury") with their statement counts."""
    of_org = {org: form for (form, _state), org in gazetteer.generic_orgs.items()}
    out: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for e in entities.values():
        if e.name in of_org:
            out[of_org[e.name]].append((e.name, len(e.records)))
        elif e.name.endswith(")") and " (" in e.name:
            out[_generic_key(e.name, gazetteer)].append((e.name, len(e.records)))
    return out


def _dominant(versions: list[tuple[str, int]]) -> str | None:
    """The one version that holds most of the desk's statements, if one clearly does: an "Electoral
    Commission" whose article gave no country is the desk's only (or main) one."""
    total = sum(n for _, n in versions)
    top = max(versions, key=lambda v: v[1], default=None)
    return top[0] if top and top[1] >= DOMINANT_SHARE * total else None


def _pick(
    owners: list[str], r: MentionRecord, persons: _PersonIndex, named_here: set[str], alone: str | None = None
) -> str | None:
    """One owner for a surname: the only compatible one named in the article, else a dominant one on the
    desk; `alone` when no owner is compatible, None when several are and none dominates."""
    gendered = [o for o in owners if not (r.gender and persons.gender.get(o) not in (None, r.gender))]
    here = [o for o in gendered if fold(o) in named_here]
    if len(here) == 1:
        return here[0]
    if len(here) > 1:
        return None
    compatible = [o for o in gendered if persons.same_world(o, r)]
    if not compatible:
        return alone
    if len(compatible) == 1:
        return compatible[0]
    ranked = sorted(compatible, key=lambda o: -persons.count.get(o, 0))
    if not ranked:
        return None
    total = sum(persons.count.get(o, 0) for o in ranked)
    top = persons.count.get(ranked[0], 0)
    return ranked[0] if top >= DOMINANT_MIN and top >= DOMINANT_SHARE * total else None


def _assemble(
    entities: Mapping[str, _Entity], corrections: Corrections, gazetteer: Gazetteer, unresolved: int
) -> Registry:
    specs = {fold(s.name): s for s in corrections.actors}
    by_id: dict[str, Actor] = {}
    by_key: dict[str, str] = {}
    keys: dict[str, frozenset[str]] = {}
    by_name: dict[str, list[str]] = defaultdict(list)
    stats: dict[str, ActorStats] = {}
    names: dict[str, frozenset[str]] = {}
    for entity_id, e in entities.items():
        names[entity_id] = frozenset(r.name for r in e.records)
        actor = _actor(entity_id, e, specs.get(fold(e.name)), gazetteer)
        by_id[entity_id] = actor
        keys[entity_id] = frozenset(e.keys)
        by_key.update(dict.fromkeys(e.keys, entity_id))
        own = {
            fold(n) for n in (actor.name, *actor.aliases, *(r.name for r in e.records if "@" not in r.key))
        }
        for name in own:
            by_name[name].append(entity_id)
        stats[entity_id] = _stats(e)
    ranked = {
        name: tuple(sorted(ids, key=lambda i: (-stats[i].statements, i))) for name, ids in by_name.items()
    }
    return Registry(by_id, by_key, keys, ranked, stats, gazetteer.lookup, unresolved, names)


def _as_written(e: _Entity) -> str:
    """The entity's name, in the body's case when only a headline wrote it in capitals ("BAT Industries
    Plc", not "BAT INDUSTRIES PLC"), whichever record created the entity first; of a company's legal
    names the one the desk writes most ("British Aerospace Plc", not its unit "British Aerospace Inc")."""
    if not e.name.isupper() or len(e.name) <= 6:
        return _usual_legal_name(e) if _CORPORATE.search(e.name) else e.name
    key = fold(e.name)
    written = Counter(r.name for r in e.records if not r.name.isupper() and fold(r.name) == key)
    return written.most_common(1)[0][0] if written else e.name


def _usual_legal_name(e: _Entity) -> str:
    """The company's legal name its records write most, the entity's own when it is no less written: only
    another legal suffix to the same words ("Plc" for "Inc"), never another spelling of them."""
    stem = _CORPORATE.sub("", e.name)
    suffix = _legal_suffix(e.name, stem)
    legal = Counter(
        r.name
        for r in e.records
        if r.name.startswith(stem)
        and _CORPORATE.search(r.name)
        and _CORPORATE.sub("", r.name) == stem
        and _legal_suffix(r.name, stem) != suffix
    )
    if not legal:
        return e.name
    top, n = max(legal.items(), key=lambda kv: (kv[1], kv[0]))
    mine = sum(1 for r in e.records if r.name == e.name)
    return top if n > mine else e.name


def _legal_suffix(name: str, stem: str) -> str:
    """The suffix after a company name's words, in one spelling ("Corporation" and "Corp." are "corp")."""
    word = fold(name[len(stem) :].strip(" ."))
    return _SHORT_SUFFIX.get(word, word)


def _actor(entity_id: str, e: _Entity, spec: ActorSpec | None, gazetteer: Gazetteer) -> Actor:
    """The desk actor an entity stands for: names, roles and affiliation as the desk wrote them, with
    what the corrections file says (`spec`) first."""
    aliases = Counter(a for r in e.records if (a := _alias(r.surface, e.name, r.role)))
    kind = e.kind(spec.kind if spec else None)
    roles, affiliations = _roles_and_affiliations(e, kind, gazetteer)
    spec_aliases, spec_roles = (spec.aliases, spec.roles) if spec else ((), ())
    return Actor(
        id=entity_id,
        name=_as_written(e),
        kind=kind,
        aliases=tuple(sorted({*aliases, *spec_aliases})),
        roles=tuple(dict.fromkeys([*spec_roles, *(r for r, _ in _by_count(roles)[:MAX_ROLES])])),
        affiliation=(spec.affiliation if spec else None)
        or (affiliations.most_common(1)[0][0] if affiliations else None),
        alias_counts=tuple(_by_count(aliases)),
    )


def _by_count(counts: Counter[str]) -> list[tuple[str, int]]:
    """Most frequent first, ties in alphabetical order: the order statements come back from the index
    (worker processes finish in any order) must not decide how roles and aliases are listed."""
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def _roles_and_affiliations(
    e: _Entity, kind: ActorKind, gazetteer: Gazetteer
) -> tuple[Counter[str], Counter[str]]:
    """How often the entity's mentions gave each role and each plausible affiliation: none for a state
    or an outlet, and no affiliation from a few stray mentions of a much-quoted actor."""
    roles = Counter(r.role for r in e.records if r.role and is_role(r.role))
    affiliations = Counter(
        a for r in e.records if (a := r.affiliation) and plausible_affiliation(a, gazetteer)
    )
    if kind in ("state", "outlet"):
        return Counter(), Counter()
    top_aff = affiliations.most_common(1)[0] if affiliations else None
    if top_aff and len(e.records) > 3 and top_aff[1] < max(2, 0.2 * len(e.records)):
        affiliations = Counter()
    return roles, affiliations


def _stats(e: _Entity) -> ActorStats:
    """How many statements an entity's mentions hold, and the first and last day they were made."""
    days = sorted(r.date for r in e.records if r.date)
    return ActorStats(len(e.records), _day(days[0]) if days else None, _day(days[-1]) if days else None)


def _alias(surface: str | None, name: str, role: str | None = None) -> str | None:
    """A speaker as written, as an alias: names only (no pronouns or descriptions), possessive dropped,
    the role before the name too ("Prime Minister Tony Blair" is Tony Blair written with his title)."""
    if not surface:
        return None
    text = " ".join(surface.split()).strip(" ,;:")
    if (
        role
        and len(role.split()) > 0
        and fold(text).startswith(fold(role) + " ")
        and fold(role) not in _HONORIFICS
    ):
        text = text[len(role) :].strip()
    # "Lord Hanningfield, leader of Essex County Council": the name, not its appositive.
    text = _APPOSITIVE.split(text, maxsplit=1)[0].strip()
    if text.endswith(("'s", "’s")):
        text = text[:-2]
    if fold(text).startswith("the "):
        text = text[4:]
    words = text.split()
    if (
        not words
        or fold(text) in _PRONOUNS
        or not all(w[:1].isupper() or w[:1].isdigit() or fold(w) in _NAME_JOINERS for w in words)
    ):
        return None  # "The meeting came after Baker": words around a name, not a way to write it
    return None if text == name else text


_APPOSITIVE = re.compile(r",|\s(?:who|which|whose)\s|\s\(")
_PRONOUNS = frozenset({"he", "she", "they", "it", "i", "we", "you", "who"})
_HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "mr.", "mrs.", "ms.", "dr.", "lord", "lady", "sir", "dame"}
)
_NAME_JOINERS = frozenset(
    {"of", "and", "&", "for", "de", "la", "le", "von", "van", "der", "al", "bin", "du", "da"}
)


def _day(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None
