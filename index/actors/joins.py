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
from collections.abc import Callable, Iterable, Mapping
from typing import Final, Protocol, TypeVar

from newsdesk.index.actors.mentions import MentionRecord
from newsdesk.index.actors.names import entity_slug, fold
from newsdesk.index.actors.shapes import CORPORATE_SUFFIXES, ROLE_HEADS, is_role
from newsdesk.index.model import ActorKind

# Titles only a company's officer holds, written bare before a name ("Chairman James Baker said"): the
# company that spoke in the article is theirs.
COMPANY_TITLES: Final[frozenset[str]] = frozenset(
    """chairman|vice chairman|chief executive|chief executive officer|chief operating officer|
    chief financial officer|managing director|executive vice president|senior vice president|vice president|
    chairman and chief executive|chairman and chief executive officer|president and chief executive officer|
    president and chief executive""".replace("\n", "")
    .replace("    ", "")
    .split("|")
)


def officer_target(name: str, company: str, desk: Joinable | None) -> str:
    """The desk name of a company officer kept to their article ("James Baker", officer of Arvin
    Industries Inc): the desk person of that name unless every role the desk gives them is of another
    kind ("Treasury Secretary") and none names the company, then "James Baker (Arvin Industries Inc)"."""
    if desk is None:
        return name
    roles = [fold(r.role) for r in desk.records if r.role and r.kind == "person"]
    if not roles or any(fold(r.affiliation or "") == fold(company) for r in desk.records):
        return name
    firm = {w for w in fold(company).split() if w not in _FIRM_SUFFIXES}
    for role in roles:
        words = set(role.split())
        if words & firm or words & _OFFICER_HEADS:
            return name  # "AMR chairman", "Federal Reserve Board chairman": the same kind of post
    return f"{name} ({company})"


_OFFICER_HEADS: Final = frozenset({"chairman", "executive", "officer", "director", "president"})
_FIRM_SUFFIXES: Final = frozenset(
    {"inc", "corp", "co", "ltd", "plc", "and", "the", "of", "group", "industries"}
)


class Joinable(Protocol):
    """What a join needs of a desk entity being assembled (`registry._Entity`)."""

    name: str
    records: list[MentionRecord]
    keys: set[str]
    known_kind: ActorKind | None

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
    """`other` joins `target`: its mention records and keys move over and it leaves the desk; the target
    keeps its kind ("Chesebrough", read as a person, does not make Chesebrough-Pond's Inc one)."""
    kind = target.kind(None)
    target.records.extend(other.records)
    if target.kind(None) != kind:
        target.known_kind = kind
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
    # A hyphenated firm's word counts whole ("Ownes-Illinois" for "Owens-Illinois").
    if not (a.replace("-", "").isalpha() and b.replace("-", "").isalpha() and one_edit(a, b)):
        return False
    if len(a) != len(b):
        return True
    diffs = [n for n in range(len(a)) if a[n] != b[n]]
    return len(diffs) == 2 or (a[diffs[0]] in _VOWELS and b[diffs[0]] in _VOWELS)


_VOWELS = frozenset("aeiouy")


def role_heads(records: Iterable[MentionRecord]) -> frozenset[str]:
    """The head words of the offices the records give ("U.S. Attorney" -> attorney, "chairman of Arvin
    Industries" -> chairman); parsing leftovers that name no office are left out."""
    return frozenset(
        _SAME_OFFICE.get(h, h) for r in records if r.role and is_role(r.role) and (h := _role_head(r.role))
    )


# Heads that name one office ("Texaco attorney James Sales", "Texaco lawyer Jim Sales").
_SAME_OFFICE: Mapping[str, str] = {
    "attorney": "lawyer",
    "counsel": "lawyer",
    "spokeswoman": "spokesman",
    "spokesperson": "spokesman",
}


def affiliations(records: Iterable[MentionRecord]) -> frozenset[str]:
    """The affiliations the records give, by their most distinctive word ("S.G. Warburg and Co Inc."
    and "Warburg" share warburg)."""
    return frozenset(_affiliation_key(r.affiliation) for r in records if r.affiliation)


def _affiliation_key(affiliation: str) -> str:
    words = [w for w in re.findall(r"[a-z][a-z'-]+", fold(affiliation)) if w not in ("the", "and", "of")]
    return max(words, key=len) if words else ""


def _agree(a: Joinable, b: Joinable) -> bool | None:
    """True when the two share an office or an affiliation, False when both give offices (or both
    affiliations) and share none, None when there is nothing to compare; two genders always disagree."""
    genders = {r.gender for r in (*a.records, *b.records) if r.gender}
    if len(genders) > 1:
        return False
    roles = role_heads(a.records), role_heads(b.records)
    affs = affiliations(a.records), affiliations(b.records)
    if roles[0] & roles[1] or affs[0] & affs[1]:
        return True
    if (roles[0] and roles[1]) or (affs[0] and affs[1]):
        return False
    return None


def _confirms(rare: Joinable, common: Joinable) -> bool:
    """Whether a rarely written name may be the common one: they share an office or an affiliation, or
    the rare one gives none of its own ("Robert Solomon of the Brookings Institution" is no misspelt
    Robert Salomon of Salomon Brothers)."""
    agree = _agree(rare, common)
    return agree is True or (agree is None and not _evidence(rare))


def _evidence(e: Joinable) -> bool:
    return bool(role_heads(e.records) or affiliations(e.records))


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
        if agree is None and (_evidence(form) or _evidence(plain)) and len(form.records) < len(plain.records):
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
        for family in {f for e in group for f in _FAMILIES.get(fold(_given_words(e.name)[0]), ())}:
            members = [e for e in group if family in _FAMILIES.get(fold(_given_words(e.name)[0]), ())]
            if len(members) != 2 or len(_given_words(members[0].name)) != len(_given_words(members[1].name)):
                continue
            a, b = sorted(members, key=lambda e: -len(e.records))
            if fold(_given_words(a.name)[0]) == fold(_given_words(b.name)[0]) or _agree(a, b) is False:
                continue
            if _articles(a) & _articles(b) or entity_slug(b.name) not in entities:
                continue
            absorb(entities, a, b)


def join_dropped_given(entities: dict[str, E], is_given: Callable[[str], bool]) -> None:
    """One actor for a person written with and without a first given name ("Friedrich Wilhelm Christians"
    and "Wilhelm Christians"): only when they are the desk's only two persons of that surname, every word
    dropped is a given name, no article names both apart, and their records do not disagree."""
    for group in _persons_by_surname(entities).values():
        if len(group) != 2:
            continue
        short, long = sorted(group, key=lambda e: len(e.name.split()))
        s_words, l_words = fold(short.name).split(), fold(long.name).split()
        cut = len(l_words) - len(s_words)
        if cut < 1 or l_words[cut:] != s_words or not all(is_given(w) for w in long.name.split()[:cut]):
            continue
        if _agree(short, long) is False or _articles(short) & _articles(long):
            continue
        target, other = (long, short) if len(long.records) >= len(short.records) else (short, long)
        absorb(entities, target, other)


_LEADING_INITIAL = re.compile(r"[A-Z]\.")


def _given_words(name: str) -> list[str]:
    """A person's name without the initials before the given name written in full ("T. Don Stacy" ->
    Don Stacy): the wire writes "T. Don Stacy" and "Donald Stacy" for one man."""
    words = name.split()
    while len(words) > 2 and _LEADING_INITIAL.fullmatch(words[0]):
        words = words[1:]
    return words


def join_misspellings(entities: dict[str, E], spelt: Mapping[str, int]) -> None:
    """One actor for a name and a misspelling of it ("Adebayo Adedji" beside "Adebayo Adedeji", "Der
    Speigel", "RLR Financial Serivces Inc" beside "RLR Financial Services"): the same words but one (a
    company's suffix aside), that one long and a typo away (see `typo`), the misspelt form from one article
    only and its spelling in fewer articles of the desk (`spelt`: folded word -> articles whose speakers'
    names hold it), or as many but fewer statements. The records must confirm it (`_confirms`)."""
    by_shape: dict[tuple[ActorKind, int], list[E]] = defaultdict(list)
    words_of: dict[int, list[str]] = {}
    for e in entities.values():
        kind = e.kind(None)
        if kind != "unnamed" and len(e.name.split()) >= 2:
            words_of[id(e)] = _spelling_words(e.name, kind)
            by_shape[(kind, len(words_of[id(e)]))].append(e)
    for (kind, _size), group in by_shape.items():
        index: dict[tuple[int, str, str], list[E]] = defaultdict(list)
        keys_of = {id(e): _typo_keys(words_of[id(e)], kind) for e in group}
        for e in group:
            for key in keys_of[id(e)]:
                index[key].append(e)
        for rare in sorted(group, key=lambda e: len(e.records)):
            common = _misspelt_of(rare, index, (kind, words_of, keys_of), spelt)
            if common is not None and entity_slug(rare.name) in entities:
                absorb(entities, common, rare)


def _spelling_words(name: str, kind: ActorKind) -> list[str]:
    """The words a misspelling is looked for in: a company's without its suffix ("Inc") or "the"."""
    words = fold(name).split()
    if kind != "organisation":
        return words
    return [w for w in words if w != "the" and w.rstrip(".") not in CORPORATE_SUFFIXES] or words


# In one article a company's short word misspelt will do ("The Japan Find" beside "Japan Fund Inc"), when
# the rest of its name is written the same.
MIN_ARTICLE_FIRM_TYPO = 4


def _misspelt_of(
    rare: E,
    index: Mapping[tuple[int, str, str], list[E]],
    spelling: tuple[ActorKind, Mapping[int, list[str]], Mapping[int, list[tuple[int, str, str]]]],
    spelt: Mapping[str, int],
) -> E | None:
    """The one entity `rare` misspells (see `join_misspellings`; `spelling`: the kind, and each entity's
    words and `_typo_keys`), if any."""
    kind, words_of, keys_of = spelling
    words = words_of[id(rare)]
    if len(_articles(rare)) != 1:
        return None
    found: dict[int, E] = {}
    seen: set[tuple[int, int]] = set()
    for key in keys_of[id(rare)]:
        n = key[0]
        mine = words[n]
        for other in index.get(key, ()):
            if (id(other), n) in seen:
                continue
            seen.add((id(other), n))
            theirs = words_of[id(other)][n]
            if (
                other is not rare
                and abs(len(theirs) - len(mine)) <= 1
                and max(len(theirs), len(mine)) >= MIN_ARTICLE_FIRM_TYPO
                and typo(theirs, mine)
                and max(len(theirs), len(mine)) >= _typo_length(rare, other, kind)
                and (spelt.get(theirs, 0), len(other.records)) > (spelt.get(mine, 0), len(rare.records))
                and (_confirms(rare, other) if kind == "person" else _agree(rare, other) is not False)
            ):
                found[id(other)] = other
    return next(iter(found.values())) if len(found) == 1 else None


def _typo_keys(words: list[str], kind: ActorKind) -> list[tuple[int, str, str]]:
    """Keys two names one typo apart share: per word (a person's given name aside) its first letter and,
    apart, its last (a slip leaves one of them), beside the other words as written."""
    keys: list[tuple[int, str, str]] = []
    for n in range(1 if kind == "person" else 0, len(words)):
        word, rest = words[n], " ".join((*words[:n], "*", *words[n + 1 :]))
        if len(word) >= MIN_ARTICLE_FIRM_TYPO - 1:
            keys += [(n, word[0], rest), (n, "$" + word[-1], rest)]
    return keys


def _typo_length(rare: Joinable, other: Joinable, kind: ActorKind) -> int:
    """How long a misspelt word must be to tell: shorter for a company the same article names."""
    if kind == "organisation" and _articles(rare) & _articles(other):
        return MIN_ARTICLE_FIRM_TYPO
    return MIN_DESK_TYPO_LENGTH


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


# Words before a surname that make its bearer a person ("Mr Kirnan", "Dr Tamimi").
_HONORIFICS = frozenset(
    "mr mrs ms miss dr prof professor lord lady sir dame baroness baron rev reverend judge justice sen rep gov "
    "sheikh rabbi imam father sister president minister".split()
)
# Role heads a firm holds as often as a person does ("lead manager Smith Barney", "adviser Lazard").
_FIRM_ROLES = frozenset(
    "manager co-manager partner partners member adviser advisor advisers owner investor broker dealer trader "
    "banker underwriter regulator auditor source sources agent consultant parent holder shareholder bidder "
    "buyer seller lender creditor insurer client customer supplier contractor bookrunner".split()
)
# Roles in a deal only a firm holds.
_FIRM_ONLY_ROLES = ("lead manager", "co-manager", "bookrunner", "book runner", "underwriter", "lead managers")
# Heads of an apposition or a description that make the named one a firm or an institution ("US-based
# software company Red Hat", "Spie Batignolles, a subsidiary of Schneider SA").
_ORG_APPOSITION = frozenset(
    "company companies firm group subsidiary unit division affiliate maker manufacturer producer supplier bank "
    "insurer lender retailer agency university institute college hospital union association exchange "
    "airline chain concern conglomerate utility operator brokerage partnership corporation carrier "
    "distributor developer publisher builder refiner miner shipper wholesaler venture consortium "
    "cooperative co-operative charity organisation organization institution laboratory".split()
)
# Last words that make a name a group, never one person ("Dittler Brothers", "United Steelworkers").
_GROUP_ENDINGS = frozenset(
    "brothers bros sons partners associates workers steelworkers autoworkers mineworkers teamsters industries "
    "systems communications supermarkets stores airlines airways motors foods products services securities "
    "holdings laboratories labs technologies enterprises resources pharmaceuticals chemicals computers "
    "electronics networks properties investments mills mines minerals savings trust bancorp bancorporation "
    "financial international".split()
)


def person_evidence(
    name: str, records: Iterable[MentionRecord], is_given_name: Callable[[str], bool]
) -> bool:
    """Whether anything on the desk shows the named one is a person: a known given name, a gendered
    pronoun linked to it, an honorific ("Mr", "Dr") or a role only a person holds ("chairman")."""
    words = name.split()
    if words and is_given_name(words[0]) and not (len(words) > 1 and fold(words[-1]) in _GROUP_ENDINGS):
        return True
    key = fold(name)
    for r in records:
        if r.gender or f"{key}, who " in fold(r.surface or ""):
            return True  # "Swett, who was Finance Minister of Ecuador"
        opener = fold(r.surface or "").split()[:1]
        if opener and opener[0].rstrip(".") in _HONORIFICS:
            return True
        head = _role_head(r.role)
        if head and head in ROLE_HEADS and head not in _FIRM_ROLES:
            return True
    return False


def org_evidence(name: str, records: Iterable[MentionRecord], desk_orgs: Mapping[str, int]) -> bool:
    """Whether anything on the desk shows the named one is a firm or an institution: a company ending or a
    group word ("Brothers"), a capitalised abbreviation ("UC Davis"), a description whose head is a firm
    ("software company Red Hat", "a subsidiary of ..."), a firm's possessive before it ("General Motors
    Corp's Pontiac"), or a company on the desk whose name it opens (`desk_orgs`: folded first words)."""
    words = name.split()
    last = fold(words[-1]).strip(".,") if words else ""
    if last in _GROUP_ENDINGS or last in CORPORATE_SUFFIXES or last in _COMPANY_WORDS:
        return True
    if "'" not in name and not name.isupper() and any(_abbreviation(w) for w in words):
        return True
    if desk_orgs.get(" ".join(_name_words(name)), 0) > 0:
        return True
    key = fold(name)
    for r in records:
        surface = fold(r.surface or "")
        if _role_head(r.role) in _ORG_APPOSITION or fold(r.role or "").endswith(_FIRM_ONLY_ROLES):
            return True  # "lead manager Smith Barney": a bond issue is managed by a firm
        if surface == f"the {key}" or f"{key}, which " in surface:
            return True  # "The Hefce", "Kimberly-Clark, which makes Kleenex": no way to speak of a person
        before = surface.split(key, 1)[0].split()
        if before and (before[-1] in _ORG_APPOSITION or _firm_possessive(before)):
            return True
    return False


def _abbreviation(word: str) -> bool:
    """A word in capitals that is no generation ("UC" in "UC Davis", not "III")."""
    return len(word) >= 2 and word.isalpha() and word.isupper() and word not in _GENERATIONS


_GENERATIONS = frozenset({"II", "III", "IV", "JR", "SR"})
_COMPANY_WORDS = frozenset("bank university institute union association agency council corporation".split())


def _firm_possessive(before: list[str]) -> bool:
    """Whether the words before a name end in a company's possessive ("general motors corp's")."""
    last = before[-1]
    return last.endswith(("'s", "’s")) and last[:-2].rstrip(".") in CORPORATE_SUFFIXES


def _role_head(role: str | None) -> str | None:
    if not role:
        return None
    head = _ROLE_CUT.split(fold(role), maxsplit=1)[0].split()
    return head[-1].strip(".'") if head else None


def org_openers(entities: Iterable[Joinable]) -> Counter[str]:
    """Per folded name that opens a desk company's longer name ("continental" for "Continental Illinois
    Corp", "chesebrough" for "Chesebrough-Pond's Inc"), how many companies it opens."""
    out: Counter[str] = Counter()
    for e in entities:
        if e.kind(None) != "organisation":
            continue
        words = _name_words(e.name)
        out.update({" ".join(words[:n]) for n in range(1, len(words))})
    return out


def opening_word(name: str) -> str:
    """The folded word a name opens with, as `desk_root_of` compares names ("" when it has none)."""
    words = _name_words(name)
    return words[0] if words else ""


def _name_words(name: str) -> list[str]:
    """A name's folded words, a hyphenated first word cut too ("Chesebrough-Pond's" opens with chesebrough)."""
    words = fold(name).replace("&", " and ").split()
    if words and words[0] == "the":
        words = words[1:]
    if words and "-" in words[0]:
        words = [*words[0].split("-"), *words[1:]]
    return [w for w in words if w]


def short_form_of(name: str, articles: Iterable[str], by_article: Mapping[str, list[E]]) -> E | None:
    """The one company whose longer name the name opens in every article that writes the name
    ("Chesebrough" beside "Chesebrough-Pond's Inc", "Royal Palm" beside "Royal Palm Savings Association");
    never a joint name ("Tesco and Salling Group", "General Motors Corp and PPG Industries Inc") or a part
    of a company ("USX Corp's USS division")."""
    words = _name_words(name)
    found: dict[int, E] = {}
    for a in articles:
        here = {id(x): x for x in by_article.get(a, ()) if _opens(words, _name_words(x.name))}
        if len(here) != 1:
            return None
        found.update(here)
    return next(iter(found.values())) if len(found) == 1 else None


def misspelt_form_of(name: str, articles: Iterable[str], by_article: Mapping[str, list[E]]) -> E | None:
    """The one company of every article that writes a name whose words it has but one, misspelt in the
    name or in the company's ("Entertaiment" beside Entertainment Marketing Inc, "Owens-Illinois" beside
    "Ownes-Illinois Holdings Corp"), the name opening it or the two the same."""
    words = _name_words(name)
    if not words:
        return None
    found: dict[int, E] = {}
    for a in articles:
        here = {id(x): x for x in by_article.get(a, ()) if _opens_misspelt(words, _name_words(x.name))}
        if len(here) != 1:
            return None
        found.update(here)
    return next(iter(found.values())) if len(found) == 1 else None


def _opens_misspelt(short: list[str], long: list[str]) -> bool:
    if len(long) < len(short):
        return False
    slips = [n for n in range(len(short)) if short[n] != long[n]]
    if len(slips) != 1:
        return False
    n = slips[0]
    mine, theirs = short[n], long[n]
    if max(len(mine), len(theirs)) <= MIN_ARTICLE_FIRM_TYPO or not typo(mine, theirs):
        return False
    fixed = [*short[:n], theirs, *short[n + 1 :]]
    return len(long) == len(short) or _opens(fixed, long)


def tail_name_of(
    name: str, articles: Iterable[str], by_article: Mapping[str, list[E]], place: Callable[[str], bool]
) -> E | None:
    """The one company every article that writes a name of two words or more ends its longer name with
    ("Royalty Trust" beside "LL and E Royalty Trust"); never a regional body of that name ("Scottish
    Labour Party", "New York Stock Exchange": `place` tells a place's word), a part ("Texas Air Corp's
    Continental Airlines") or a name with "of" ("Federal Reserve Bank of New York")."""
    words = _core(name)
    if len(words) < 2:
        return None
    found: dict[int, E] = {}
    for a in articles:
        here = {id(x): x for x in by_article.get(a, ()) if _ends(words, _core(x.name), place)}
        if len(here) != 1:
            return None
        found.update(here)
    return next(iter(found.values())) if len(found) == 1 else None


def _core(name: str) -> list[str]:
    """A company's folded words without "the" or its suffix."""
    return [w for w in _name_words(name) if w.rstrip(".") not in CORPORATE_SUFFIXES]


def _ends(short: list[str], long: list[str], place: Callable[[str], bool]) -> bool:
    """Whether a company's name ends with the short one, its other words no place, part or joint name."""
    if len(long) <= len(short) or long[-len(short) :] != short:
        return False
    head = long[: -len(short)]
    return not (
        "of" in long
        or head[-1] in ("and", "the", "&", "for")  # a joint name: "Investigative Committee and the FSB"
        or any(w.endswith(("'s", "'")) or place(w) for w in head)
        or place(" ".join(head))
    )


# A contraction takes at least this many letters of each word it draws on ("Con-rail", "Ad-steam").
MIN_CONTRACTION_PART = 2
MIN_CONTRACTION = 5


def contraction_of(name: str, articles: Iterable[str], by_article: Mapping[str, list[E]]) -> E | None:
    """The one company of every article that writes a one-word name its first words contract, each word's
    opening letters in order ("Conrail" beside Consolidated Rail Corp, "Adsteam" beside The Adelaide
    Steamship Co Ltd): the short name it goes by, not a person."""
    word = fold(name)
    if " " in word or len(word) < MIN_CONTRACTION or not word.isalpha():
        return None
    found: dict[int, E] = {}
    for a in articles:
        here = {id(x): x for x in by_article.get(a, ()) if _contracts(word, _core(x.name))}
        if len(here) != 1:
            return None
        found.update(here)
    return next(iter(found.values())) if len(found) == 1 else None


def _contracts(word: str, words: list[str]) -> bool:
    """Whether a word is the openings of two or more of a name's first words, in order, none skipped."""
    if len(words) < 2 or word in words:
        return False
    return _contracts_from(word, words, 0)


def _contracts_from(word: str, words: list[str], used: int) -> bool:
    if not word:
        return used >= 2
    if used == len(words):
        return False
    part = words[used]
    for n in range(min(len(part), len(word)), MIN_CONTRACTION_PART - 1, -1):
        if word.startswith(part[:n]) and _contracts_from(word[n:], words, used + 1):
            return True
    return False


# A clipped first word keeps at least this many letters ("Transco" of Transcontinental Gas Pipe Line Corp).
MIN_CLIP = 5


def clipped_form_of(name: str, articles: Iterable[str], by_article: Mapping[str, list[E]]) -> E | None:
    """The one company of every article that writes a one-word name whose first word it clips ("Transco"
    beside Transcontinental Gas Pipe Line Corp) or writes without its last stop ("S.A.Y" beside "S.A.Y.
    Industries Inc"): the wire's short name for the firm it named in full."""
    word = fold(name)
    if " " in word or len(word.replace(".", "")) < 3:
        return None
    found: dict[int, E] = {}
    for a in articles:
        here = {id(x): x for x in by_article.get(a, ()) if _clips(word, _name_words(x.name))}
        if len(here) != 1:
            return None
        found.update(here)
    return next(iter(found.values())) if len(found) == 1 else None


def _clips(word: str, long: list[str]) -> bool:
    """Whether a word is a company's first word cut short, or that word but for a last stop."""
    if len(long) < 2 or long[-1].rstrip(".") not in CORPORATE_SUFFIXES:
        return False
    first = long[0]
    if "." in word and first.endswith(".") and first.rstrip(".") == word.rstrip("."):
        return True  # "S.A.Y" of "S.A.Y. Industries Inc"
    return word.isalpha() and len(word) >= MIN_CLIP and len(first) > len(word) + 2 and first.startswith(word)


def tail_form_of(name: str, article: str, by_article: Mapping[str, list[E]]) -> E | None:
    """The one company of the article whose name ends with this bare word ("Saur" beside "K.G. Saur",
    "Phelps" beside "Duff and Phelps"), its company suffix aside."""
    words = _name_words(name)
    if len(words) != 1:
        return None
    found = {
        id(x): x
        for x in by_article.get(article, ())
        if len(core := [w for w in _name_words(x.name) if w.rstrip(".") not in CORPORATE_SUFFIXES]) > 1
        and core[-1] == words[0]
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _opens(short: list[str], long: list[str]) -> bool:
    """Whether a short name opens a longer company name that is one company's."""
    if not short or len(long) <= len(short) or long[: len(short)] != short:
        return False
    rest = long[len(short) :]
    if (rest[0] == "and" and rest[1:2] != ["loan"]) or any(
        w.endswith(("'s", "'")) and any(x.rstrip(".") not in CORPORATE_SUFFIXES for x in rest[n + 1 :])
        for n, w in enumerate(rest)
    ):
        return False  # a joint name, or a part of a company ("USX Corp's USS division")
    cut = rest.index("and") if "and" in rest else -1
    return cut <= 0 or rest[cut - 1].rstrip(".") not in CORPORATE_SUFFIXES


def desk_root_of(name: str, orgs: Iterable[E]) -> E | None:
    """The desk company a bare word stands for: the root every company it opens starts with ("Merrill
    Lynch" of Merrill Lynch Capital Partners Inc, Merrill Lynch International ...), when the desk's
    articles call the root by that word too ("Merrill said" about Merrill Lynch). "Phelps", cut from Duff
    and Phelps, is not Phelps Dodge Corp: its articles never call it "Phelps"."""
    words = _name_words(name)
    if len(words) != 1:
        return None
    family = [x for x in orgs if _opens(words, _name_words(x.name))]
    if not family:
        return None
    root = min(family, key=lambda x: (len(_name_words(x.name)), -len(x.records)))
    stem = _name_words(root.name)
    if not all(_name_words(x.name)[: len(stem)] == stem for x in family):
        return None
    return root if any(fold(r.surface or "") == words[0] for r in root.records) else None


_FIRM_POSSESSIVE = re.compile(r"(?P<firm>[A-Z][\w.&'’ -]*?)['’]s?\s+(?P<surname>[A-Z][\w'’-]+)")


def join_firm_possessives(entities: dict[str, E], named: Mapping[str, set[str]]) -> None:
    """One actor for an analyst written with the firm's possessive ("Drexel's Ramirez", "Kidder
    Peabody's Kirnan") and their full name: the one person of that surname the same article names, else
    the one person on the desk of that surname whose records give that firm ("Jack Kirnan of Kidder
    Peabody"). Never when the records disagree."""
    persons = _persons_by_surname(entities)
    for e in list(entities.values()):
        m = _FIRM_POSSESSIVE.fullmatch(e.name)
        if m is None or e.kind(None) != "person" or entity_slug(e.name) not in entities:
            continue
        owners = [
            x
            for x in persons.get(fold(m["surname"]), [])
            if x is not e and "'" not in x.name and "’" not in x.name and _agree(e, x) is not False
        ]
        here = [x for x in owners if any(fold(x.name) in named.get(a, set()) for a in _articles(e))]
        firm = _affiliation_key(m["firm"])
        of_firm = [x for x in owners if firm and any(firm in fold(_told(r)) for r in x.records)]
        owner = here if len(here) == 1 else of_firm if not here and len(of_firm) == 1 else []
        if owner and entity_slug(owner[0].name) in entities:
            absorb(entities, owner[0], e)


def _told(r: MentionRecord) -> str:
    """Everything a record says about who the speaker is: the surface, the role and the affiliation."""
    return " ".join(x for x in (r.surface, r.role, r.affiliation) if x)


# Words a company's capitals leave out, anywhere ("of", "and") or after them ("WMC" for Western Mining Corp
# Holdings Ltd).
_ACRONYM_JOINERS = frozenset({"of", "and", "the", "for", "&", "de", "du", "des"})
_ACRONYM_TAILS = CORPORATE_SUFFIXES | {"holdings", "holding", "group"}


def abbreviates(capitals: str, name: str) -> bool:
    """Whether capitals stand for a name: a letter per word in order, small joiners skipped, a suffix
    letter or none ("WMC": Western Mining Corp Holdings Ltd), "X" for a word opening "Ex" ("ASX":
    Australian Stock Exchange), leading initials aside ("ESCAP": U.N. Economic and Social Commission ...)."""
    words = [w for w in fold(name).replace("-", " ").split()]
    while words and re.fullmatch(r"(?:[a-z]\.)+", words[0]):
        words = words[1:]
    letters = capitals.lower()
    return len(words) >= 2 and _spells(letters, words)


def _spells(letters: str, words: list[str]) -> bool:
    if not letters:
        return all(w.rstrip(".") in _ACRONYM_TAILS for w in words)
    if not words:
        return False
    word, rest = words[0], words[1:]
    if word in _ACRONYM_JOINERS and _spells(letters, rest):
        return True
    first = letters[0]
    if word[:1] == first or (first == "x" and word.startswith("ex")):
        return _spells(letters[1:], rest)
    return False


# A surname the wire broke in two, its tail in capitals ("Manuel Azpur UA" for Manuel Azpurua).
_BROKEN_TAIL = re.compile(r"(?P<head>.+\s[A-Z][a-z]{2,})\s(?P<tail>[A-Z]{1,3})")


def join_broken_surnames(entities: dict[str, E]) -> None:
    """One actor for a person whose surname the wire broke before a tail in capitals ("Manuel Azpur UA")
    and the desk person written whole ("Manuel Azpurua"): only when that whole name is a desk person. The
    broken head written alone in the same articles only ("Azpur told reporters") joins too."""
    for e in list(entities.values()):
        m = _BROKEN_TAIL.fullmatch(e.name)
        if m is None or m["tail"] in _GENERATIONS or e.kind(None) != "person":
            continue
        whole = entities.get(entity_slug(m["head"] + m["tail"].lower()))
        if whole is None or whole is e or whole.kind(None) != "person":
            continue
        head = entities.get(entity_slug(m["head"]))
        if (
            head is not None
            and head is not whole
            and head.kind(None) == "person"
            and _articles(head) <= _articles(e)
        ):
            absorb(entities, whole, head)
        absorb(entities, whole, e)


# Legal forms a Dutch or Belgian company's formal name opens with ("NV Philips Gloeilampenfabrieken").
_LEGAL_PREFIXES = frozenset({"nv", "n.v."})


def join_legal_prefixes(entities: dict[str, E]) -> None:
    """One actor for a company written with its legal form first ("NV Philips Gloeilampenfabrieken", "N.V.
    Philips ...") and the name the desk calls it in the same articles ("Philips"): the forms of one name
    join the most quoted, then the one desk company whose whole name opens it in an article of its own."""
    by_rest: dict[str, list[E]] = defaultdict(list)
    for e in entities.values():
        first, _, rest = e.name.partition(" ")
        if fold(first) in _LEGAL_PREFIXES and rest[:1].isupper() and e.kind(None) == "organisation":
            by_rest[entity_slug(rest)].append(e)
    for rest_id, forms in by_rest.items():
        bare = entities.get(rest_id)
        forms = sorted((f for f in forms if f is not bare), key=lambda f: -len(f.records))
        for other in forms[1:]:
            absorb(entities, forms[0], other)
        formal = forms[0]
        if bare is not None and bare.kind(None) == "organisation":
            absorb(entities, bare, formal)
            continue
        words = _name_words(formal.name)[1:]
        shorts = {
            id(x): x
            for x in entities.values()
            if x.kind(None) == "organisation"
            and _opens(_name_words(x.name), words)
            and _articles(x) & _articles(formal)
        }
        if len(shorts) == 1:
            absorb(entities, next(iter(shorts.values())), formal)
