"""Desk-wide joins of one entity written several ways, each needing agreeing evidence from the records.

The articles resolve names one article at a time; across the desk the same person or company is still
written differently: a misspelt surname ("Adedji" for "Adedeji"), a given-name variant ("Joe" for
"Joseph"), a middle initial ("John R. Bolton"). Written-alike names are also different people ("James K.
Baker" of Arvin Industries is not Treasury Secretary James Baker), so every join here needs the desk to
leave one reading and the records not to contradict it (two roles with no word in common, two genders).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from typing import Protocol, TypeVar

from newsdesk.index.actors.mentions import MentionRecord
from newsdesk.index.actors.names import entity_slug, fold
from newsdesk.index.model import ActorKind


class Joinable(Protocol):
    """What a join needs of a desk entity being assembled (`registry._Entity`)."""

    name: str
    records: list[MentionRecord]
    keys: set[str]

    def kind(self, override: ActorKind | None) -> ActorKind: ...


E = TypeVar("E", bound=Joinable)

# A word one edit from another is a misspelling only when long: "Wood" and "Woods" are two families. In
# one article a shorter one will do ("Webber" beside "Donald Weber"); across articles it takes more.
MIN_TYPO_LENGTH = 6
MIN_DESK_TYPO_LENGTH = 7

# Given names and the short forms news writes for them (one family per line of the same person's name).
_HYPOCORISMS: tuple[tuple[str, ...], ...] = (
    ("joseph", "joe"),
    ("vincent", "vince"),
    ("william", "bill", "billy", "will"),
    ("robert", "bob", "bobby", "rob"),
    ("james", "jim", "jimmy", "jamie"),
    ("michael", "mike", "mick"),
    ("thomas", "tom", "tommy"),
    ("richard", "dick", "rick", "rich"),
    ("edward", "ed", "ted", "eddie"),
    ("charles", "charlie", "chuck"),
    ("anthony", "tony"),
    ("andrew", "andy"),
    ("daniel", "dan", "danny"),
    ("david", "dave"),
    ("stephen", "steve"),
    ("steven", "steve"),
    ("peter", "pete"),
    ("kenneth", "ken"),
    ("ronald", "ron"),
    ("donald", "don"),
    ("gerald", "gerry", "jerry"),
    ("lawrence", "larry"),
    ("samuel", "sam"),
    ("benjamin", "ben"),
    ("nicholas", "nick"),
    ("christopher", "chris"),
    ("matthew", "matt"),
    ("timothy", "tim"),
    ("patrick", "pat"),
    ("frederick", "fred"),
    ("alexander", "alex"),
    ("rudolph", "rudy"),
    ("elizabeth", "liz", "beth"),
    ("margaret", "maggie", "peggy"),
    ("katherine", "kate", "kathy"),
    ("catherine", "kate", "cathy"),
    ("susan", "sue"),
    ("deborah", "debbie"),
    ("patricia", "pat", "patty"),
)
_FAMILIES: Mapping[str, frozenset[int]] = {
    name: frozenset(n for n, family in enumerate(_HYPOCORISMS) if name in family)
    for family in _HYPOCORISMS
    for name in family
}

_ROLE_CUT = re.compile(r",|\s(?:of|for|at|to|in|on|with|from|by|and)\s")
_MIDDLE_INITIALS = re.compile(r"(\S+)\s+(?:[A-Z]\.\s+)+(\S+)")


def absorb(entities: dict[str, E], target: E, other: E) -> None:
    """`other` joins `target`: its mention records and keys move over and it leaves the desk."""
    target.records.extend(other.records)
    target.keys.update(other.keys)
    del entities[entity_slug(other.name)]


def one_edit(a: str, b: str) -> bool:
    """Whether two different words are one insertion, deletion, substitution or swap of neighbours apart."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [n for n in range(len(a)) if a[n] != b[n]]
        if len(diffs) == 1:
            return True
        i, j = diffs[0], diffs[-1]
        return len(diffs) == 2 and j == i + 1 and a[i] == b[j] and a[j] == b[i]
    short, long = (a, b) if len(a) < len(b) else (b, a)
    n = next((k for k in range(len(short)) if short[k] != long[k]), len(short))
    return short[n:] == long[n + 1 :]


def typo(a: str, b: str) -> bool:
    """Whether one word can be a slip for another: one letter left out, added or swapped with its
    neighbour, or one vowel for another ("Crandell"); a consonant for another makes another name
    ("Genetics" and "Generics", "Walker" and "Walter")."""
    if not (a.isalpha() and b.isalpha() and one_edit(a, b)):
        return False
    if len(a) != len(b):
        return True
    diffs = [n for n in range(len(a)) if a[n] != b[n]]
    return len(diffs) == 2 or (a[diffs[0]] in _VOWELS and b[diffs[0]] in _VOWELS)


_VOWELS = frozenset("aeiouy")


def role_heads(records: Iterable[MentionRecord]) -> frozenset[str]:
    """The head words of the roles and the affiliations the records give ("U.S. Attorney" -> attorney,
    "chairman of Arvin Industries" -> chairman): what two names of one person should share."""
    out = set()
    for r in records:
        if r.role:
            head = _ROLE_CUT.split(fold(r.role), maxsplit=1)[0].split()
            if head:
                out.add(head[-1].strip(".'"))
        if r.affiliation:
            out.add(_affiliation_key(r.affiliation))
    return frozenset(out)


def _affiliation_key(affiliation: str) -> str:
    """An affiliation's first distinctive word ("S.G. Warburg and Co Inc." and "Warburg" share warburg)."""
    words = [w for w in re.findall(r"[a-z][a-z'-]+", fold(affiliation)) if w not in ("the", "and", "of")]
    return "@" + max(words, key=len) if words else "@"


def _agree(a: Joinable, b: Joinable) -> bool | None:
    """True when the two share a role head or affiliation, False when both give some and share none,
    None when one gives nothing to compare; two genders always disagree."""
    genders = {r.gender for r in (*a.records, *b.records) if r.gender}
    if len(genders) > 1:
        return False
    mine, theirs = role_heads(a.records), role_heads(b.records)
    if not mine or not theirs:
        return None
    return bool(mine & theirs)


def _articles(e: Joinable) -> set[str]:
    return {r.article for r in e.records}


def join_middle_initials(entities: dict[str, E]) -> None:
    """One actor for a person written with and without middle initials ("Rudolph W. Giuliani" and "Rudolph
    Giuliani"), when exactly one initialled form has that first and last name and the records agree: a
    shared role head or affiliation; or neither gives one; or only one does and the initialled form is
    written at least as often (a plain name that dominates is someone better known: "James Baker", the
    Treasury Secretary, is not "James K. Baker" of Arvin Industries)."""
    initialled: dict[str, list[E]] = defaultdict(list)
    for e in entities.values():
        m = _MIDDLE_INITIALS.fullmatch(e.name)
        if m is not None and e.kind(None) == "person":
            initialled[entity_slug(f"{m.group(1)} {m.group(2)}")].append(e)
    for plain_id, forms in initialled.items():
        plain = entities.get(plain_id)
        if plain is None or len(forms) != 1 or plain.kind(None) != "person":
            continue
        form = forms[0]
        agree = _agree(form, plain)
        if agree is False:
            continue
        if agree is None and (role_heads(form.records) or role_heads(plain.records)):
            if len(form.records) < len(plain.records):
                continue
        target, other = (form, plain) if len(form.records) >= len(plain.records) else (plain, form)
        absorb(entities, target, other)


def _persons_by_surname(entities: Mapping[str, E]) -> dict[str, list[E]]:
    out: dict[str, list[E]] = defaultdict(list)
    for e in entities.values():
        words = e.name.split()
        if len(words) >= 2 and e.kind(None) == "person":
            out[fold(words[-1])].append(e)
    return out


def join_given_variants(entities: dict[str, E]) -> None:
    """One actor for a person written with a given name and its usual short form ("Joe Liro" and "Joseph
    Liro", "Vince Cable" and "Vincent Cable"): only when they are the desk's only two persons of that
    surname in that name family, never named apart in one article, and their records do not disagree."""
    for group in _persons_by_surname(entities).values():
        if len(group) < 2:
            continue
        for family in {f for e in group for f in _FAMILIES.get(fold(e.name.split()[0]), ())}:
            members = [e for e in group if family in _FAMILIES.get(fold(e.name.split()[0]), ())]
            if len(members) != 2 or len(members[0].name.split()) != len(members[1].name.split()):
                continue
            a, b = sorted(members, key=lambda e: -len(e.records))
            if fold(a.name.split()[0]) == fold(b.name.split()[0]) or _agree(a, b) is False:
                continue
            if _articles(a) & _articles(b) or entity_slug(b.name) not in entities:
                continue
            absorb(entities, a, b)


def join_misspellings(entities: dict[str, E], spelt: Mapping[str, int]) -> None:
    """One actor for a name and a misspelling of it ("Adebayo Adedji" beside "Adebayo Adedeji", "Der
    Speigel"): the same words but one, that one long and a typo away (see `typo`), the misspelt form from
    one article only and its spelling in fewer articles of the desk (`spelt`: folded word -> articles whose
    speakers' names hold it), or as many but fewer statements. The records must not disagree (two roles
    with no word in common are two people)."""
    by_shape: dict[tuple[ActorKind, int], list[E]] = defaultdict(list)
    for e in entities.values():
        kind = e.kind(None)
        if kind != "unnamed" and len(e.name.split()) >= 2:
            by_shape[(kind, len(e.name.split()))].append(e)
    for (kind, size), group in by_shape.items():
        index: dict[tuple[str, ...], list[E]] = defaultdict(list)
        for e in group:
            words = fold(e.name).split()
            for n in range(1 if kind == "person" else 0, size):
                index[(*words[:n], "*", *words[n + 1 :])].append(e)
        for rare in sorted(group, key=lambda e: len(e.records)):
            common = _misspelt_of(rare, index, kind, spelt)
            if common is not None and entity_slug(rare.name) in entities:
                absorb(entities, common, rare)


def _misspelt_of(
    rare: E, index: Mapping[tuple[str, ...], list[E]], kind: ActorKind, spelt: Mapping[str, int]
) -> E | None:
    """The one entity `rare` misspells (see `join_misspellings`), if any."""
    words = fold(rare.name).split()
    if len(_articles(rare)) != 1:
        return None
    found = []
    for n in range(1 if kind == "person" else 0, len(words)):
        mine = words[n]
        for other in index.get((*words[:n], "*", *words[n + 1 :]), ()):
            theirs = fold(other.name).split()[n]
            if (
                other is not rare
                and max(len(theirs), len(mine)) >= MIN_DESK_TYPO_LENGTH
                and typo(theirs, mine)
                and (spelt.get(theirs, 0), len(other.records)) > (spelt.get(mine, 0), len(rare.records))
                and _agree(rare, other) is not False
            ):
                found.append(other)
    return found[0] if len(found) == 1 else None


def misspelt_owner(surname: str, names_here: Iterable[str]) -> str | None:
    """The one full name of the article whose surname `surname` misspells ("Kaczura" beside "Janusz
    Kaczurba"), if exactly one is a single edit away and long enough to tell."""
    key = fold(surname)
    found = {
        n
        for n in names_here
        if len(n.split()) >= 2
        and max(len(key), len(fold(n.split()[-1]))) >= MIN_TYPO_LENGTH
        and typo(key, fold(n.split()[-1]))
    }
    return found.pop() if len(found) == 1 else None


def spellings(records: Iterable[MentionRecord]) -> Counter[str]:
    """Per folded word of the speakers' names, how many articles write it: the desk's vote on a spelling."""
    pairs = {(w, r.article) for r in records for w in fold(r.name).split()}
    return Counter(w for w, _ in pairs)
