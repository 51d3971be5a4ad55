"""Speaker mentions: turn the words before or after a cue into a mention with actor, role and kind.

A mention is a pronoun ("he"), a name with its titles ("Russian Foreign Minister Sergey Lavrov"), a
place or institution standing for an actor ("Moscow", "the Pentagon"), a nominal that points back to
a named actor ("the minister") or an unnamed source ("four sources briefed on the discussions").
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass
from typing import Final, Literal, cast

from newsdesk.index.actors.gazetteer import Gazetteer, Known
from newsdesk.index.actors.names import fold
from newsdesk.index.actors.shapes import CORPORATE_SUFFIXES, ORG_WORDS, ROLE_HEADS
from newsdesk.index.language.firms import OWNED_BY
from newsdesk.index.language.person_names import (
    GENERATIONS,
    PARTICLE_NAME,
    SUFFIX_TITLES,
    is_group,
    outlet_shaped,
    publication_or_brand,
    tidy_person,
    without_descriptors,
)
from newsdesk.index.language.places import is_known_place
from newsdesk.index.model import ActorKind

MentionKind = Literal["pronoun", "name", "nominal", "unnamed"]
Gender = Literal["m", "f"]

PRONOUNS: Final[frozenset[str]] = frozenset({"he", "she", "they", "it", "i", "we", "who", "which", "you"})

# Heads of a description that points back to a named actor already seen ("the minister").
ROLE_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "president",
        "minister",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "senator",
        "candidate",
        "governor",
        "secretary",
        "chancellor",
        "mayor",
        "leader",
        "congressman",
        "congresswoman",
        "businessman",
        "billionaire",
        "nominee",
        "front-runner",
        "frontrunner",
        "premier",
        "ambassador",
        "general",
        "chairman",
        "chairwoman",
        "director",
        "judge",
        "prime minister",
        "king",
        "queen",
        "pope",
        "justice",
        "speaker",
        "lawmaker",
        "democrat",
        "republican",
        "host",
        "mogul",
        "star",
        "actor",
        "executive",
    }
)

_TIME_WORDS: Final[frozenset[str]] = frozenset(
    {
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "today",
        "yesterday",
        "january",
        "february",
        "march",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "apr",
        "aug",
        "sept",
        "oct",
        "nov",
        "dec",
        "last week",
        "this week",
        "last month",
        "last year",
        "earlier",
        "later",
        "then",
    }
)

# Words of a time phrase left where a subject stands ("but last July said", "through Thursday, April 16,
# calls for"): with a month or day among them, the phrase is a date, not a speaker.
_TIME_PHRASE_WORDS: Final[frozenset[str]] = frozenset(
    "last this next early earlier late later mid end through until on in since from by the of week month "
    "year morning afternoon evening night april may june".split()
)
_TIME_PHRASE_HEADS: Final[frozenset[str]] = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december week month year".split()
)
_LETTERS = re.compile(r"[a-z]+|\d+")


def _time_phrase(low: str) -> bool:
    """True for words that are only a time phrase ("last july", "through thursday, april 16")."""
    # The first word decides most calls (a name opens with none of these): one search, not a list of all.
    first = _LETTERS.search(low)
    head = first.group() if first is not None else ""
    if not (head in _TIME_WORDS or head in _TIME_PHRASE_WORDS or (head.isdigit() and len(head) <= 4)):
        return False
    words = _LETTERS.findall(low)
    return (
        len(words) >= 2
        and all(w in _TIME_WORDS or w in _TIME_PHRASE_WORDS or (w.isdigit() and len(w) <= 4) for w in words)
        and any(w in _TIME_PHRASE_HEADS or (w.isdigit() and len(w) == 4) for w in words)
    )


# Sentence openers that look like a capitalised name at the head of a clause.
_NOT_SPEAKERS: Final[frozenset[str]] = frozenset(
    {
        "having",
        "given",
        "asked",
        "speaking",
        "after",
        "before",
        "when",
        "while",
        "if",
        "as",
        "since",
        "although",
        "though",
        "despite",
        "for",
        "in",
        "on",
        "at",
        "with",
        "without",
        "by",
        "from",
        "to",
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "there",
        "here",
        "a month",
        "a week",
        "a year",
        "a day",
        "instead",
        "still",
        "yet",
        "but",
        "and",
        "so",
        "then",
        "now",
        "also",
        "even",
        "just",
        "only",
        "first",
        "second",
        "third",
        "finally",
        "next",
        "last",
        "meanwhile",
        "however",
        "indeed",
        "overall",
        "please",  # "please write in": an imperative has no speaker
    }
)

_PLURAL_GROUPS: Final[frozenset[str]] = frozenset(
    {
        "republicans",
        "democrats",
        "latinos",
        "hispanics",
        "conservatives",
        "liberals",
        "progressives",
        "evangelicals",
        "muslims",
        "christians",
        "jews",
        "catholics",
        "protestants",
        "independents",
        "tories",
        "socialists",
        "communists",
        "nationalists",
        "libertarians",
        "moderates",
        "populists",
        "greens",
        "europeans",
        "africans",
        "asians",
        "arabs",
    }
)
_GROUP_HEADS: Final[frozenset[str]] = frozenset(
    {
        "engineers",
        "officials",
        "diplomats",
        "sources",
        "analysts",
        "experts",
        "aides",
        "staff",
        "workers",
        "farmers",
        "residents",
        "hauliers",
        "traders",
        "lawyers",
        "doctors",
        "activists",
        "protesters",
        "observers",
        "negotiators",
        "delegates",
        "inspectors",
        "monitors",
        "people",
        "executives",
        "employees",
        "members",
        "bankers",
        "dealers",
        "brokers",
        "investors",
        "exporters",
        "importers",
        "buyers",
        "sellers",
        "creditors",
        "lenders",
        "shippers",
        "suppliers",
        "participants",
        "media",
    }
)
# Someone unnamed placed by a preposition ("someone in Aldmoor"): never a person called "Aldmoor".
_INDEFINITES: Final[frozenset[str]] = frozenset(
    {
        "someone",
        "somebody",
        "anyone",
        "anybody",
        "everyone",
        "everybody",
        "nobody",
        "no one",
        "those",
        "few",
    }
)
_NP_PREPOSITIONS: Final[frozenset[str]] = frozenset({"of", "for", "from", "with", "at", "in", "on", "who"})
_APPOSITIVE_COMMA = re.compile(r",(?!\d{3})")  # not the comma in "1,409 teachers"
_CONTRACTED_PRONOUN = re.compile(r"(he|she|they|it|i|we)'(?:s|d|ll|re|ve)")

_ROLE_PHRASES: Final[frozenset[str]] = ROLE_NOUNS | {
    f"{a} {b}" for a in ("former", "prime", "vice") for b in ROLE_NOUNS
}

# Heads that make "The X of Y" a state rather than an organisation ("the Republic of Valdoria").
_STATE_HEADS: Final[frozenset[str]] = frozenset(
    {
        "republic",
        "kingdom",
        "principality",
        "emirate",
        "sultanate",
        "commonwealth",
        "grand duchy",
    }
)
# A time phrase or a conjunction opening the words before a cue is never part of a name or a role
# ("On Tuesday Mr Reyl", "In September Dorn", "Within hours Ms Varga", "And Kestrel Premier Edvin Hask").
_TIME_NOUNS = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|"
    r"august|september|october|november|december|jan\.|feb\.|aug\.|sept?\.|oct\.|nov\.|dec\.|"
    r"\d{1,4}(?:st|nd|rd|th)?|hours|days|weeks|minutes|months|years|morning|afternoon|evening|night|week|month|"
    r"year|weekend|time)"
)
_CONJ_WORDS: Final[tuple[str, ...]] = (
    "and",
    "but",
    "or",
    "so",
    "yet",
    "then",
    "meanwhile",
    "now",
    "still",
    "later",
    "earlier",
    "also",
    # sentence adverbs before a subject: "Privately ministers believe", "Maybe the neighbours asked"
    "maybe",
    "perhaps",
    "privately",
    "publicly",
    "separately",
    "instead",
    "indeed",
    "similarly",
    "likewise",
    "finally",
)
_TIME_PREPOSITIONS: Final[tuple[str, ...]] = (
    "on",
    "in",
    "at",
    "by",
    "since",
    "until",
    "within",
    "during",
    "after",
    "before",
    "early",
    "late",
    "last",
    "this",
    "next",
    "earlier",
    "later",
    "over",
    "for",
    "from",
)
_CONJ = r"(?:" + "|".join(_CONJ_WORDS) + r")\s+"
_TIME_PHRASE = (
    r"(?:"
    + "|".join(_TIME_PREPOSITIONS)
    + r")\s+(?:(?:the|a|an|few|early|late|mid-\w+|past|same|next|last|this|"
    r"recent|two|three|several|that)\s+)*" + _TIME_NOUNS + r"\b,?\s+(?:" + _TIME_NOUNS + r"\b,?\s+)*"
)
# Never matches the empty string, so a name with no opener fails at its first letters.
_OPENER = re.compile(r"(?:" + _CONJ + r")+(?:" + _TIME_PHRASE + r")?|" + _TIME_PHRASE, re.IGNORECASE)
# The words an opener starts with, whole and followed by a space: few mentions start with one, and a
# plain first word that is none of them skips the regex (see `plain_first_word`).
_OPENER_FIRST: Final[frozenset[str]] = frozenset(_CONJ_WORDS + _TIME_PREPOSITIONS)
_HONORIFICS: Final[frozenset[str]] = frozenset(
    {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "mx"}
)
_ROLE_TAIL_WORDS: Final[frozenset[str]] = frozenset(
    {
        "in",
        "of",
        "at",
        "for",
        "from",
        "on",
        "with",
        "by",
        "to",
        "the",
        "a",
        "an",
        "and",
        "or",
    }
)
_RELATIVE_TAIL = re.compile(r",?\s+(?:who|whom|whose|which|where)\s.*$", re.DOTALL)

# Words that can start a sentence capitalised yet are not names.
_COMMON_START: Final[frozenset[str]] = frozenset(
    {
        "the",
        "a",
        "an",
        "some",
        "many",
        "most",
        "several",
        "few",
        "both",
        "all",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "dozens",
        "hundreds",
        "thousands",
        "other",
        "others",
        "officials",
        "critics",
        "analysts",
        "experts",
        "sources",
        "diplomats",
        "observers",
        "residents",
        "witnesses",
        "voters",
        "police",
        "investigators",
        "prosecutors",
        "lawmakers",
        "researchers",
        "scientists",
        "economists",
        "aides",
        "supporters",
        "opponents",
        "protesters",
        "activists",
        "one",
        "another",
        "his",
        "her",
        "their",
        "its",
        "our",
        "this",
        "that",
        "these",
        "those",
        "each",
        "every",
        "no",
        "neither",
        "either",
        "such",
        "senior",
        "top",
        "former",
        "local",
        "federal",
        "state",
        "polls",
        "reports",
        "documents",
        "records",
        "data",
        "studies",
        "surveys",
        "people",
        "members",
        "leaders",
        "students",
        "doctors",
        "parents",
        "workers",
        "managers",
        "executives",
        "insiders",
        "advisers",
        "advisors",
        "allies",
        "rivals",
        "journalists",
        "reporters",
        "commentators",
        "pundits",
        "strategists",
        "organizers",
        "organisers",
        "authorities",
        "agents",
        "soldiers",
        "troops",
        "citizens",
        "nobody",
        "everyone",
        "everybody",
        "someone",
        "somebody",
        "anyone",
        "anybody",
    }
)

_TITLE_WORDS_EXTRA: Final[frozenset[str]] = frozenset(
    {
        "foreign",
        "defence",
        "defense",
        "interior",
        "finance",
        "health",
        "trade",
        "home",
        "deputy",
        "vice",
        "prime",
        "state",
        "house",
        "senate",
        "majority",
        "minority",
        "chief",
        "executive",
        "acting",
        "former",
        "interim",
        "white",
        "press",
        "national",
        "security",
        "adviser",
        "advisor",
        "attorney",
        "general",
        "u.s.",
        "us",
        "gop",
        "democratic",
        "republican",
        "democrat",
        "presidential",
        "candidate",
        "hopeful",
        "nominee",
        "front-runner",
        "frontrunner",
        "billionaire",
        "businessman",
        "real-estate",
        "mogul",
        "host",
        "anchor",
        "sen.",
        "rep.",
        "gov.",
        "lt.",
        "gen.",
        "col.",
        "sgt.",
        "capt.",
        "maj.",
        "adm.",
        "atty.",
        "dr.",
        "mr.",
        "mrs.",
        "ms.",
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof.",
        "rev.",
        "sens.",
        "reps.",
        "secretary",
        "minister",
        "of",
        "for",
        "and",
        "the",
        "independent",
        "conservative",
        "liberal",
        "labour",
        "labor",
        "tory",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "lawmaker",
        "senator",
        "governor",
        "mayor",
        "ambassador",
        "chairman",
        "chairwoman",
        "chair",
        "director",
        "commissioner",
        "president",
        "speaker",
        "leader",
        "justice",
        "judge",
        "chancellor",
        "king",
        "queen",
        "prince",
        "princess",
        "pope",
        "premier",
        "congressman",
        "congresswoman",
        "councilman",
        "councilwoman",
        "delegate",
        "sheriff",
        "officer",
        "strategist",
        "pollster",
        "analyst",
        "economist",
        "professor",
        "lawyer",
        "author",
        "columnist",
        "commentator",
        "correspondent",
        "editor",
        "founder",
        "ceo",
        "cfo",
        "coo",
        "owner",
        "manager",
        "activist",
        "campaign",
        "aide",
        "official",
        "representative",
        "staffer",
        "surrogate",
    }
)

_PARTICLES: Final[frozenset[str]] = frozenset(
    {"de", "van", "von", "der", "den", "bin", "al", "la", "le", "du", "da", "di", "del", "ibn"}
)
_ABBREVIATION_THEN_PRONOUN = re.compile(r"(?:[A-Z][a-z]{0,3}\.){1,3}\s+(He|She|It|They|We)")
# "Texas Oil and Gas Corp. He said": a sentence the splitter did not end at a company's "Corp."
_NAME_ABBREVIATION_THEN_PRONOUN = re.compile(r".*\s(?:Corp|Inc|Co|Ltd|Bros|Cos)\.\s+(He|She|It|They|We)")
_AUXILIARIES: Final[frozenset[str]] = frozenset(
    {"has", "had", "have", "is", "was", "were", "will", "would", "also"}
)
_POSSESSIVE = re.compile(r"^(.+?)['’]s?$")
_PAREN = re.compile(r"\s*\([^()]*\)")
_WORD = re.compile(r"\S+")
_SIMPLE_NAME = re.compile(r"([A-Z][a-z][\w'’-]*)(?:\s+[A-Z][a-z][\w'’-]*){0,2}")


def plain_first_word(words: str) -> str | None:
    """The first word of `words` in lower case when it is ASCII letters only ("" when there is none),
    else None.

    A case-insensitive regex that must open with one of a few whole words (after optional spaces)
    cannot match when this is a string and none of them; None means unsure (punctuation, digits or
    non-ASCII letters, which IGNORECASE may read as ASCII ones), and the regex decides.
    """
    first = words.split(None, 1)
    if not first:
        return ""
    word = first[0]
    return word.lower() if word.isascii() and word.isalpha() else None


@dataclass(frozen=True, slots=True)
class Mention:
    """A speaker mention as written, with what it names; `name` is None for pronouns and nominals."""

    text: str
    start: int
    end: int
    kind: MentionKind
    name: str | None = None
    actor_kind: ActorKind | None = None
    role: str | None = None
    affiliation: str | None = None
    gender: Gender | None = None


class _Unfrozen:
    """A Mention being filled in: Mention's slots without its frozen `__setattr__` (see `make_mention`)."""

    __slots__ = Mention.__slots__
    # Mention's fields, declared for the type checker (annotations only: the slots above hold them).
    text: str
    start: int
    end: int
    kind: MentionKind
    name: str | None
    actor_kind: ActorKind | None
    role: str | None
    affiliation: str | None
    gender: Gender | None


def make_mention(
    text: str,
    start: int,
    end: int,
    kind: MentionKind,
    name: str | None = None,
    actor_kind: ActorKind | None = None,
    role: str | None = None,
    affiliation: str | None = None,
    gender: Gender | None = None,
) -> Mention:
    """`Mention(...)`, the same value, built about six times cheaper.

    The frozen dataclass `__init__` sets each field through `object.__setattr__` (some 13,000
    instructions a mention, and extraction builds thousands); plain slot stores on a class with the same
    slots, then a `__class__` assignment (allowed between identical slot layouts), take about 2,000.
    """
    m = _Unfrozen()
    m.text = text
    m.start = start
    m.end = end
    m.kind = kind
    m.name = name
    m.actor_kind = actor_kind
    m.role = role
    m.affiliation = affiliation
    m.gender = gender
    m.__class__ = Mention  # type: ignore[assignment]
    return cast(Mention, m)


def _capitalised(word: str) -> bool:
    first = word[:1]
    return first.isupper() or (first in "’'" and word[1:2].isupper())


def _is_title_word(word: str, gazetteer: Gazetteer) -> bool:
    low = (word.lower() if word.isascii() else fold(word)).rstrip(",")
    if low in _TITLE_WORDS_EXTRA or low in gazetteer.titles or gazetteer.demonyms.get(fold(word)) is not None:
        return True
    # "Under-Secretary", "Vice-President", "Deputy-Governor": a hyphenated title ends in a title
    head, dash, last = low.rpartition("-")
    if not (dash and head and word[:1].isupper()):
        return False
    # "Co-author", "Ex-chairman", "Co-founder": a role shared or held before is still a role
    # "Vice-Premiers Li Peng and Yao Yilin": a plural title is still a title
    single = last[:-1] if last.endswith("s") else last
    return (
        last in gazetteer.titles
        or single in gazetteer.titles
        or (head in _ROLE_PREFIXES and single in ROLE_HEADS)
    )


_ROLE_PREFIXES: Final = frozenset({"co", "ex", "vice", "deputy"})


def _affiliation(words: list[str], gazetteer: Gazetteer) -> str | None:
    count = len(words)
    demonyms = gazetteer.demonyms  # gazetteer.demonym(chunk) without a method call a chunk
    for n in range(count):
        if not words[n][:1].isupper():
            continue
        # Three, two and one words from here (each chunk opens with this capital); near the end a
        # longer slice would repeat a shorter one.
        for size in (3, 2, 1)[max(0, n + 3 - count) :]:
            chunk = " ".join(words[n : n + size])
            if len(chunk) > 1:
                state = demonyms.get(fold(chunk))
                if state and not _inside_other_name(words, n, n + size, gazetteer):
                    return state
    return None


def _inside_other_name(words: list[str], start: int, end: int, gazetteer: Gazetteer) -> bool:
    """Whether words[start:end] is part of a longer capitalised name ("Latin American", "American
    Express"): a capitalised neighbour that is no title or institution word."""
    for i in (start - 1, end):
        if 0 <= i < len(words) and _capitalised(words[i]):
            low = fold(words[i])
            if low not in ORG_WORDS and not _is_title_word(words[i], gazetteer) and low not in _COMMON_START:
                return True
    return False


def gender_of(name: str, role: str | None, gazetteer: Gazetteer) -> Gender | None:
    """The gender a name or its honorific implies, if any; unknown names take either pronoun."""
    for word in (role or "").split():
        low = fold(word)
        if low in gazetteer.male_titles:
            return "m"
        if low in gazetteer.female_titles:
            return "f"
    parts = name.split(None, 1)
    first = parts[0] if parts else ""
    if first in gazetteer.female_names:
        return "f"
    if first in gazetteer.male_names:
        return "m"
    risky = gazetteer.risky_names.get(first)
    if risky in ("m", "f") and len(parts) > 1:
        return risky  # type: ignore[return-value]
    return None


def normalise_description(text: str) -> str:
    """An unnamed source as a name: spaces collapsed, a sentence-initial capital dropped."""
    text = " ".join(text.split()).strip(" ,;:")
    first, _, rest = text.partition(" ")
    first_low = first.lower()
    if (
        (first_low in _COMMON_START or first_low in _GROUP_HEADS)
        and first[:1].isupper()
        and not (len(first) > 1 and first.isupper())
    ):
        text = (first_low + " " + rest).strip()
    return text


def _split_name(words: list[str], gazetteer: Gazetteer) -> tuple[list[str], list[str]]:
    """Split capitalised words into (role words, name words): the name is the trailing run of non-titles."""
    name: list[str] = []
    i = len(words) - 1
    while i >= 0:
        w = words[i]
        low = fold(w)
        if low in _AUXILIARIES:
            break  # "The U.S. Has also asked": a verb capitalised by the wire, no name
        if (
            low in GENERATIONS
            or (low in _PARTICLES and name)
            or PARTICLE_NAME.match(w)  # "Suleiman Abdulaziz al-Salim", "Abdel Fattah el-Sisi"
            or (
                _capitalised(w)
                and (not _is_title_word(w, gazetteer) or (name and len(w) <= 2 and w.endswith(".")))
            )
            or _surname_of_place(words, i, gazetteer)
        ):
            name.insert(0, w)
        else:
            break
        i -= 1
    if len(name) > 1:
        i, name = _office_before_name(words, i, name, gazetteer)
    return words[: i + 1], name


def _surname_of_place(words: list[str], i: int, gazetteer: Gazetteer) -> bool:
    """ "Alastair France": a country's name right after a given name, closing the words, is a surname (a
    demonym or an office is no surname: "Alastair Scottish", "Alastair Minister")."""
    w = words[i]
    return (
        i == len(words) - 1
        and i >= 1
        and gazetteer.is_given_name(words[i - 1])
        and fold(w) not in gazetteer.titles
        and fold(w) not in _TITLE_WORDS_EXTRA
        and gazetteer.demonyms.get(fold(w)) == w
    )


def _office_before_name(
    words: list[str], i: int, name: list[str], gazetteer: Gazetteer
) -> tuple[int, list[str]]:
    """The name run `name` (after `words[i]`) without the office's last words that ran into it."""
    if (
        i >= 2
        and fold(words[i]) in ("and", "&")
        and "of" in words[:i]
        and not gazetteer.is_given_name(name[0])
    ):
        # "Minister of Mines and Energy Subroto": the office's last words, then the name (from its given
        # name: "... Human Services Alex Azar")
        given = [j for j, x in enumerate(name) if gazetteer.is_given_name(x) or fold(x) in gazetteer.titles]
        keep = len(name) - (given[0] if given else len(name) - 1)
        i += len(name) - keep
        name = name[-keep:]
    elif i >= 1 and fold(words[i]) in ("of", "for", "the") and _office_opens(words[:i], gazetteer):
        # "Member of Parliament Yvette Cooper", "Governor of the Bank of England Eddie George": the office's
        # last words run into the name; the name starts at its given name (none known: left as it was).
        given = [j for j, x in enumerate(name) if j and gazetteer.is_given_name(x)]
        if given:
            i += given[0]
            name = name[given[0] :]
    return i, name


def _office_opens(words: list[str], gazetteer: Gazetteer) -> bool:
    """Whether `words` open with an office's title ("Governor", "the Secretary", "Member")."""
    first = words[1] if len(words) > 1 and fold(words[0]) == "the" else words[0]
    return fold(first) in ("member", "members") or _is_title_word(first, gazetteer)


class _Same(int):
    """A gazetteer as a cache key: its id (it holds dicts, so it has no hash), keeping it alive while
    cached so the id is never reused. An int subclass is hashed and compared in C; Python `__hash__` and
    `__eq__` methods cost two calls per lookup, a tenth of a cached parse."""

    obj: Gazetteer


@functools.lru_cache(maxsize=16384)
def _parse_at_zero(text: str, gazetteer: _Same) -> Mention | None:
    if _bare_article(text):
        return None
    return _tidied(_parse_mention(text, 0, gazetteer.obj), gazetteer.obj)


def _bare_article(text: str) -> bool:
    """An article before nothing but marks ("the '" of "the 'alleged' terrorists"): no words, no speaker."""
    first, _, rest = text.partition(" ")
    return first.lower() in ("the", "a", "an") and not any(ch.isalnum() for ch in rest)


# Heads of one who speaks for someone else ("an aide to", "sources close to", "a spokesman for").
_FOR_SOMEONE: Final = frozenset(
    {
        "aide",
        "aides",
        "adviser",
        "advisers",
        "advisor",
        "advisors",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "assistant",
        "friend",
        "friends",
        "source",
        "sources",
        "ally",
        "allies",
        "associate",
        "associates",
        "lawyer",
        "lawyers",
        "attorney",
        "attorneys",
        "representative",
        "representatives",
        "people",
    }
)


def _aide_of(role_words: list[str]) -> bool:
    """Whether the words before a name say someone speaks for that person ("an aide to Agriculture
    Secretary", "sources close to")."""
    if len(role_words) < 2:
        return False  # (no pair of words to test)
    lows = [fold(w) for w in role_words]
    return any(
        lows[i + 1] in ("to", "for", "of")
        and (lows[i] in _FOR_SOMEONE or (lows[i] == "close" and lows[i + 1] == "to"))
        for i in range(len(lows) - 1)
    )


def _firm_tail(name: str, gazetteer: Gazetteer) -> bool:
    """ "Cannon International", "Gleason Power Systems": a last word only a firm's name ends with, after
    words that open no person's name."""
    words = name.split()
    return len(words) >= 2 and fold(words[-1]) in _FIRM_TAILS and not gazetteer.is_given_name(words[0])


_FIRM_TAILS: Final = frozenset(
    "international enterprises systems laboratories labs resources communications electronics properties "
    "securities films pictures airlines airways motors petroleum chemicals foods products services stores "
    "industries holdings technologies".split()
)
UNIT_OF: Final = re.compile(
    r"(?:a|an|the|its)\s+(?:[\w-]+\s+){0,2}(?:subsidiary|unit|division|affiliate|arm)\s+of\s", re.IGNORECASE
)
_RECEIVED_BY: Final = re.compile(r"\b(?:received|obtained|seen|compiled|collected)\s+by\s")


def _proxy_of(text: str, name: str) -> bool:
    """Whether the words before `name` in `text` show someone speaking for it ("sources close to the")."""
    at = text.find(name)
    if at <= 0:
        return False
    lows = [fold(w) for w in text[:at].split()]
    # (A spokesman or lawyer for a body is its voice: only its unofficial ones are someone else.)
    return any(
        (lows[i] in _UNOFFICIAL and lows[i + 1] in ("to", "for", "of")) or lows[i : i + 2] == ["close", "to"]
        for i in range(len(lows) - 1)
    )


_UNOFFICIAL: Final = frozenset({"source", "sources", "people", "friend", "friends", "ally", "allies"})


def _owned_unit(w: _Words, n: int, owner: str, rest: list[str]) -> Mention | None:
    """ "<Bombardier Inc>'s wholly owned Canadair Ltd": a company's unit speaks, owned by the company."""
    tail = list(itertools.takewhile(_capitalised, reversed(rest)))[::-1]
    bare_owner = owner.rstrip(">")
    if not tail and fold(rest[-1]) in _UNIT_NOUNS and fold(bare_owner).rstrip(".") in _FIRM_ENDS:
        # "General Instrument Corp's government systems division said": the company speaks through it
        lead = list(itertools.takewhile(_capitalised, reversed(w.words[:n])))[::-1]
        return w.mention("name", " ".join([*lead, bare_owner]).lstrip("<"), "organisation", None, None)
    if len(tail) < 2 or fold(tail[-1]).rstrip(".") not in _FIRM_ENDS:
        return None
    bare = owner.rstrip(">")
    if not (fold(bare).rstrip(".") in _FIRM_ENDS or len(tail) < len(rest) or _owner_in_full(w.words, n)):
        return None  # "Moody's Investors Service Inc": the possessive is part of the name
    if len(tail) < len(rest) and not all(fold(x) in _OWNED_WORDS for x in rest[: len(rest) - len(tail)]):
        return None
    lead = list(itertools.takewhile(_capitalised, reversed(w.words[:n])))[::-1]
    parent = " ".join([*lead, bare]).lstrip("<")
    return w.mention("name", " ".join(tail), "organisation", None, parent)


def _owner_in_full(words: list[str], n: int) -> bool:
    """Whether the possessive word n closes a company's whole name of three or more capitalised words
    ("Consolidated Natural Gas System's Consolidated Gas Transmission Corp"): an owner, where a lone
    possessive ("Moody's Investors Service Inc") is part of the name."""
    return n >= 2 and all(_capitalised(x) and x[-1:].isalpha() for x in words[n - 2 : n])


_UNIT_NOUNS: Final = frozenset({"division", "unit", "subsidiary", "arm", "affiliate"})
# Words between a company's possessive and its unit's name ("its wholly owned", "majority-owned").
_OWNED_WORDS: Final = frozenset(
    "wholly owned wholly-owned majority-owned majority minority-owned partly-owned jointly-owned "
    "unit subsidiary affiliate the".split()
)


def _firm_before(words: list[str], n: int) -> str:
    """The words of a firm's name before its possessive word n ("Standard and" in "Standard and Poor's")."""
    if n >= 2 and words[n - 1] in ("&", "and") and _capitalised(words[n - 2]):
        return f"{words[n - 2]} {words[n - 1]} "
    return ""


def _tidied(m: Mention | None, gazetteer: Gazetteer) -> Mention | None:
    """A name mention with its name tidied (`person_names.tidy_person`): a person, or what the words
    really name: a firm, a publication, a group, an office, or nobody."""
    if m is not None and m.kind in ("name", "unnamed"):
        pronoun = _pronoun_first(m)
        if pronoun is not None:
            return pronoun
    if m is not None and m.kind == "unnamed" and m.name:
        return _country_unit(m, gazetteer) or _tidied_group(m, gazetteer)
    if m is None or m.kind != "name" or not m.name:
        return m
    other = _someone_else(m)
    if other is not m:
        return other
    m = _no_person_by_shape(m, m.name)
    if _RECEIVED_BY.search(m.text):
        return None  # "according to figures received by the ISO": data the body was sent, not its words
    if m.actor_kind in ("organisation", "outlet"):
        return _tidied_organisation(_joined_firm(m), gazetteer)
    if m.actor_kind != "person":
        return m
    if UNIT_OF.match(m.role or "") or _firm_tail(m.name or "", gazetteer):
        # "Jeumont-Schneider, a subsidiary of Schneider SA": a company's unit, no person
        return make_mention(m.text, m.start, m.end, "name", m.name, "organisation", None, m.affiliation)
    if fold(m.text).split(None, 1)[0] in ("from", "in", "at", "of", "to", "with", "by", "on", "into"):
        return None  # "from Toronto": where the words came from, not a speaker
    not_a_person = _firm_or_aide(m, (m.role or "").split(), gazetteer)
    if not_a_person is not None:
        return not_a_person
    return _tidied_person(m, gazetteer)


def _someone_else(m: Mention) -> Mention:
    """The one speaking for the body a name mention names, or the mention itself: an envoy posted
    somewhere, or sources close to it."""
    envoy = (m.role or "").split()
    if m.actor_kind in ("state", "organisation") and len(envoy) >= 2 and envoy[-1] in ("to", "in", "at"):
        # "Israel's Ambassador to Washington": an envoy posted there, speaking for whoever sent them.
        return make_mention(
            m.text, m.start, m.end, "unnamed", normalise_description(m.text), "unnamed", None, m.affiliation
        )
    if m.actor_kind in ("organisation", "outlet", "state") and _proxy_of(m.text, m.name or ""):
        # "according to sources close to the CMB": the sources speak, not the board they are close to.
        desc = normalise_description(m.text)
        return make_mention(m.text, m.start, m.end, "unnamed", desc, "unnamed", None, m.name)
    return m


def _no_person_by_shape(m: Mention, name: str) -> Mention:
    """The mention as a body when its words say no person is meant: how it is owned ("state-owned Banca
    Nazionale del Lavoro", "Privately-held Clayton and Dubilier Inc"), or a review after its author."""
    owned = OWNED_BY.match(name)
    if owned is not None or (m.actor_kind == "person" and OWNED_BY.match(m.role or "")):
        name = name[owned.end() :] if owned is not None else name
        return make_mention(m.text, m.start, m.end, "name", name, "organisation", None, m.affiliation)
    if m.actor_kind == "person" and len(name.split()) >= 2 and fold(name.rsplit(None, 1)[-1]) in _WORKS:
        # "the Treasury's Barker Review said"
        return make_mention(m.text, m.start, m.end, "name", name, "organisation", None, m.affiliation)
    return m


# "Bank Mees en Hope NV", "Vereins- und Westbank AG": a Dutch, French or German "and" inside a firm's name
# (an English "and" may join two bodies: "Reuters and NBC News").
_FOREIGN_AND: Final = frozenset({"en", "et", "und", "y", "e"})


def _joined_firm(m: Mention) -> Mention:
    """A firm's name whose first part the parser took for a role at its foreign "and", made whole again."""
    words = (m.role or "").split()
    if len(words) < 2 or words[-1] not in _FOREIGN_AND or not all(w[:1].isupper() for w in words[:-1]):
        return m
    name = f"{m.role} {m.name}"
    return make_mention(m.text, m.start, m.end, "name", name, m.actor_kind, None, m.affiliation)


_NO_FIRM_ENDINGS: Final = ("ern", "ed", "ing")


def _country_unit(m: Mention, gazetteer: Gazetteer) -> Mention | None:
    """ "Shell Canada", "Bell Canada", "Ford Australia": a firm's name and a state's, the firm's unit in that
    state (an organisation), not an unnamed group of that state."""
    words = (m.name or "").split()
    if len(words) != 2 or m.role or not words[0][:1].isupper() or not words[0][1:].islower():
        return None
    first = fold(words[0])
    owner = gazetteer.lookup(words[0])
    if (
        first in ROLE_HEADS
        or first in _GROUP_HEADS
        or first.endswith(_NO_FIRM_ENDINGS)  # "Northern Ireland", "Listed US": a region, a verb's form
        or gazetteer.demonym(first)
        or (owner and owner.kind != "organisation")
        or is_known_place(m.name or "")
    ):
        return None
    known = gazetteer.lookup(words[1])
    if known is None or known.kind != "state" or gazetteer.is_given_name(words[0]):
        return None
    return make_mention(m.text, m.start, m.end, "name", m.name, "organisation", None, None)


def _tidied_group(m: Mention, gazetteer: Gazetteer) -> Mention:
    """An unnamed group: the party or institution it names ("Tories said"), or whom it speaks for."""
    assert m.name is not None
    known = gazetteer.lookup(m.name) or gazetteer.lookup(m.name.removeprefix("the "))
    if known is not None and known.kind in ("organisation", "state", "outlet"):
        # "Tories said", "the Lib Dems say": the party itself, not an unnamed group.
        return make_mention(m.text, m.start, m.end, "name", known.name, known.kind, None, known.affiliation)
    if m.affiliation is None:
        aff = source_affiliation(m.name, gazetteer)
        if aff is not None:
            return make_mention(m.text, m.start, m.end, "unnamed", m.name, "unnamed", m.role, aff)
    return m


def _firm_or_aide(m: Mention, role_words: list[str], gazetteer: Gazetteer) -> Mention | None:
    """A person's name whose role words show someone else: a person before "for" and an outfit after
    it, an aide speaking for the named principal, or a list of firms ("Ernst & Young")."""
    if (
        len(role_words) >= 3
        and role_words[-1] in ("for", "at", "of")
        and all(_capitalised(w) for w in role_words[:-1])
        and not any(_is_title_word(w, gazetteer) or fold(w) in ROLE_HEADS for w in role_words[:-1])
    ):
        # "Cameron Easley for Morning Consult": the person before "for", the outfit after it.
        name = " ".join(role_words[:-1])
        return make_mention(
            m.text, m.start, m.end, "name", name, "person", None, m.name, gender_of(name, None, gazetteer)
        )
    if _aide_of(role_words):
        # "an aide to Agriculture Secretary Richard Lyng": the aide speaks, for Lyng.
        desc = normalise_description(m.text)
        return make_mention(m.text, m.start, m.end, "unnamed", desc, "unnamed", None, m.name)
    if (
        len(role_words) >= 3
        and role_words[-1] in ("and", "&")
        and any(fold(w).rstrip(".") in CORPORATE_SUFFIXES for w in role_words)
    ):
        # "William Blair and Co and Howard": a list of firms, not a Mr Howard.
        return make_mention(
            m.text, m.start, m.end, "name", normalise_description(m.text), "organisation", None, None
        )
    if role_words and role_words[-1] == "&":
        # "accountancy firm Ernst & Young": the firm, not a Mr Young.
        firm = [w for w in role_words if _capitalised(w) or w == "&"]
        firm_name = " ".join([*firm[-2:], m.name or ""]) if firm else m.name
        return make_mention(m.text, m.start, m.end, "name", firm_name, "organisation", None, None)
    return None


def _tidied_person(m: Mention, gazetteer: Gazetteer) -> Mention | None:
    """A person's name tidied, or the publication, brand or firm the words really name."""
    assert m.name is not None
    head, _, place = m.name.partition(" of ")
    if place and fold(head) in _TITLE_OF_PLACE:
        return m  # "Duke of Edinburgh": a peer's whole name
    person = _person_after_role(m, gazetteer) if len(m.name.split()) >= 4 else None
    if person is not None:
        m = person
    other = publication_or_brand(m.name or "", m.role)
    if other is not None:
        return make_mention(m.text, m.start, m.end, "name", m.name, other, None, m.affiliation)  # type: ignore[arg-type]
    text = m.text.strip()
    if " " not in text and text.endswith(("'s", "’s")) and not m.role:
        # "Moody's said": a lone possessive as the whole subject is a firm's name, not a person's.
        return make_mention(m.text, m.start, m.end, "name", text, "organisation", None, None)
    tidy = tidy_person(m.name or "", m.role, gazetteer)
    # "the Salford MP": a place and an office after it describe someone, they do not name them.
    described = (
        tidy is not None
        and bool(tidy[1])
        and fold(m.text).split(None, 1)[0] in ("the", "a", "an", "this", "that", "one")
        and fold(m.text).endswith(fold((tidy[1] or "x").split()[-1]))
    )
    if tidy is not None and not described:
        name, role = tidy
        if name == m.name and role == m.role:
            return m
        gender = m.gender or gender_of(name, m.role, gazetteer)
        return make_mention(m.text, m.start, m.end, "name", name, "person", role, m.affiliation, gender)
    return _not_a_person(m, gazetteer)


def source_affiliation(description: str, gazetteer: Gazetteer) -> str | None:
    """Whom an unnamed source speaks for, from its own words: "a Downing Street spokesman" -> "Downing
    Street", "a Labour spokeswoman" -> the party, "senior Russian officials" -> Russia. A place that
    stands for a state keeps its own name: Downing Street and the Kremlin speak for offices, not nations."""
    words = description.replace("'s ", " ").replace("’s ", " ").split()
    run: list[str] = []
    for w in words:
        if (_capitalised(w) and fold(w) not in _COMMON_START) or _number_in_name(run, w, gazetteer):
            run.append(w.strip(",."))
        elif run:
            break
    if run:
        label = " ".join(run)
        known = gazetteer.lookup(label) or gazetteer.lookup("the " + label)
        if known is not None and known.kind == "state":
            bare = label[4:] if fold(label).startswith("the ") else label
            return (
                bare
                if fold(label) in gazetteer.metonyms or fold("the " + label) in gazetteer.metonyms
                else known.name
            )
        if known is not None:
            return known.name
        if any(fold(w) in ORG_WORDS for w in run) and len(run) >= 2:
            return label
        if len(run) >= 2:
            return None  # "Latin American officials", "American Express officials": not the United States
    return _affiliation(words, gazetteer)


def _number_in_name(run: list[str], word: str, gazetteer: Gazetteer) -> bool:
    """Whether a number continues a name the gazetteer knows with it ("a Number 10 spokeswoman"), not a
    year after one ("the Bundesbank's 1986 annual report")."""
    return bool(run) and word.isdigit() and gazetteer.lookup(" ".join([*run, word])) is not None


def _pronoun_first(m: Mention) -> Mention | None:
    """ "He further stated", "She also": the pronoun speaks; the adverb the subject finder kept is no name."""
    first, _, rest = m.text.strip().partition(" ")
    if fold(first) not in PRONOUNS or not rest[:1].islower() or len(rest.split()) > 2:
        return None
    at = m.start + m.text.find(first)
    return make_mention(first, at, at + len(first), "pronoun")


def _not_a_person(m: Mention, gazetteer: Gazetteer) -> Mention | None:
    """What a "person" that tidying refused stands for: an institution the gazetteer knows, a group or
    an unnamed person ("Tories", "the Salford MP"), or nobody."""
    bare = m.name[:-2] if m.name and m.name.endswith(("'s", "’s")) else (m.name or "")
    if m.role and fold(m.role.split()[-1]) in _HONORIFICS and bare[:1].isupper() and " " not in bare:
        return m  # "Mr Wellington" is a man, not New Zealand's capital
    known = gazetteer.lookup(bare) or gazetteer.lookup("the " + bare)
    if known is not None:
        return make_mention(m.text, m.start, m.end, "name", known.name, known.kind, m.role, known.affiliation)
    words = normalise_description(m.text).split()
    if (
        words
        and len(words) <= 8
        and (is_group(words[-1], gazetteer) or any(fold(w) in ROLE_HEADS for w in words))
    ):
        # "Tories", "the Salford MP", "the former CEO of Hewlett-Packard": a group or an office.
        aff = source_affiliation(" ".join(words), gazetteer)
        return make_mention(m.text, m.start, m.end, "unnamed", " ".join(words), "unnamed", None, aff)
    return None


def _person_after_role(m: Mention, gazetteer: Gazetteer) -> Mention | None:
    """ "Florida Department of Transportation official Troy Roberts": a role word followed by a name ends
    the words; the person is the name, the words before the role their affiliation."""
    words = (m.name or "").split()
    for n in range(len(words) - 3, 0, -1):
        if fold(words[n]) in ROLE_HEADS and 2 <= len(words) - n - 1 <= 3:
            name_words = words[n + 1 :]
            if all(_capitalised(w) and fold(w) not in ROLE_HEADS for w in name_words):
                before = " ".join(words[:n])
                known = gazetteer.lookup(before) or gazetteer.lookup("the " + before)
                aff = known.name if known else before
                name = " ".join(name_words)
                gender = gender_of(name, words[n], gazetteer)
                return make_mention(m.text, m.start, m.end, "name", name, "person", words[n], aff, gender)
    return None


_POLLED_BY = re.compile(
    r"\s(?:polled|surveyed|contacted|interviewed|quoted|cited|questioned|queried|asked|canvassed|consulted|approached|telephoned|called|reached)\s+by\s"
)


_ACTING_ON = re.compile(
    r"\s(?:seeking|trying|planning|hoping|attempting|bidding|offering|wanting|moving|fighting)\s"
)


# Two capitals then lower case ("WEintraub", "INc"), not an acronym's plural ("MPs", "TVs").
_SHIFT_SLIP = re.compile(r"\b([A-Z])([A-Z](?=[a-z]+\b)(?!s\b))")


def _unslipped(m: Mention) -> Mention:
    """`m` without a held shift key in its name ("WEintraub Entertainment Group Inc", "Profit TEchnology INc")."""
    if not m.name or m.name.isupper() or m.name.istitle() or not _SHIFT_SLIP.search(m.name):
        return m
    fixed = _SHIFT_SLIP.sub(lambda s: s.group(1) + s.group(2).lower(), m.name)
    return make_mention(m.text, m.start, m.end, m.kind, fixed, m.actor_kind, m.role, m.affiliation, m.gender)


def _generic_body(words: list[str], gazetteer: Gazetteer) -> bool:
    """Whether the words are only institution words ("The Department", "the Party Committee"): a
    description, unless a corporate suffix ("News Corp") or a list ("the Police Federation") names a body."""
    return bool(
        words
        and all(fold(w) in ORG_WORDS for w in words)
        and not (len(words) >= 2 and fold(words[-1]).rstrip(".") in CORPORATE_SUFFIXES)
        and gazetteer.lookup(" ".join(words)) is None
    )


def _tidied_organisation(m: Mention, gazetteer: Gazetteer) -> Mention | None:
    """An organisation that is really a description ("The Department") or a report by someone ("Last
    April's report by the Electoral Commission" speaks for the commission)."""
    m = _unslipped(m)
    acting = _ACTING_ON.search(m.text)
    if acting and m.name and m.text.find(m.name) > acting.start():
        # "The investor group seeking to acquire GenCorp": the group speaks, not its target.
        head = normalise_description(m.text[: acting.start()])
        return make_mention(m.text, m.start, m.end, "unnamed", head, "unnamed", None, None)
    polled = _POLLED_BY.search(m.text)
    if polled:
        # "Economists polled by Reuters": the economists speak, not the agency that asked them.
        return parse_mention(m.text[: polled.start()], m.start, gazetteer)
    if len(m.name or "") == 1:
        return None  # "P" of a split "S and P": no name
    person = _person_after_role(m, gazetteer)
    if person is not None:
        return person
    name = m.name or ""
    if " by " in name:
        inner = parse_mention(name.split(" by ", 1)[1], m.start, gazetteer)
        if inner is not None and inner.kind == "name" and inner.actor_kind == "organisation":
            return make_mention(
                m.text, m.start, m.end, "name", inner.name, "organisation", None, inner.affiliation
            )
    words = [w for w in name.split() if fold(w) not in ("the", "a", "an")]
    if _generic_body(words, gazetteer):
        desc = normalise_description(m.text)
        return make_mention(m.text, m.start, m.end, "unnamed", desc, "unnamed", None, m.affiliation)
    person = _given_name_at_end(words, m, gazetteer)
    if person is not None:
        return person
    bare = without_descriptors(" ".join(words))
    if outlet_shaped(bare):
        return _outlet(m, bare, gazetteer)
    if len(words) >= 2 and fold(words[-1]) in _COMPANY_ORGANS:
        # "the Rexham board", "Renault management": the company speaking through its board.
        owner = " ".join(words[:-1])
        known = gazetteer.lookup(owner)
        return make_mention(
            m.text, m.start, m.end, "name", known.name if known else owner, "organisation", None, None
        )
    return m


_COMPANY_ORGANS: Final = frozenset({"board", "management", "directors", "shareholders"})


def _outlet(m: Mention, name: str, gazetteer: Gazetteer) -> Mention:
    """A publication by the name the gazetteer files it under ("Tass News Agency" is TASS); an unknown
    one keeps its own name."""
    words = name.split()
    tries = [name]
    if len(words) >= 3 and fold(" ".join(words[-2:])) == "news agency":
        tries.append(" ".join(words[:-2]))  # not "Gulf News": Gulf News Agency is another outlet
    for attempt in tries:
        known = gazetteer.outlet(attempt)
        if known:
            return make_mention(m.text, m.start, m.end, "name", known, "outlet", m.role, m.affiliation)
    return make_mention(m.text, m.start, m.end, "name", name, "outlet", m.role, m.affiliation)


def _given_name_at_end(words: list[str], m: Mention, gazetteer: Gazetteer) -> Mention | None:
    """ "Chancellor of the Exchequer Nigel Lawson" read as one institution: the given name and surname at
    its end are the person, the words before them the office."""
    if words and fold(words[-1]).rstrip(".") in CORPORATE_SUFFIXES:
        return None  # "Morgan Stanley SA" is a firm, whoever Stanley is
    for size in (3, 2):
        if (
            len(words) > size
            and gazetteer.is_given_name(words[-size])
            and all(_capitalised(w) for w in words[-size:])
        ):
            name = " ".join(words[-size:])
            role = " ".join([*(m.role or "").split(), *words[:-size]]) or None
            return make_mention(
                m.text, m.start, m.end, "name", name, "person", role, None, gender_of(name, role, gazetteer)
            )
    return None


def parse_mention(text: str, start: int, gazetteer: Gazetteer) -> Mention | None:
    """Read one speaker mention written at `start`; None when the words do not look like a speaker.

    Cached by text: the same few mentions ("he", "the company", "Mr Smith") recur all through a desk.
    """
    # Keyed by the words without edge spaces and commas: " he" and "he" are one cache entry (the parser
    # strips the same characters first, so only the offset differs).
    stripped = text.strip(_EDGE)
    if len(stripped) != len(text):
        start += text.find(stripped) if stripped else 0
    if stripped[:1] in _WHEN_FIRST and "," in stripped:  # (the month or day ends at a comma)
        when = _WHEN_COMMA.match(stripped)
        if when:  # "... at end-February, the National Statistics Institute said": the month ends the clause
            start += when.end()
            stripped = stripped[when.end() :]
    key = _Same(id(gazetteer))
    key.obj = gazetteer
    found = _parse_at_zero(stripped, key)
    if found is None or not start:
        return found
    # The cached mention moved to `start`, built as in make_mention (inlined: this runs for most calls).
    m = _Unfrozen()
    m.text = found.text
    m.start = found.start + start
    m.end = found.end + start
    m.kind = found.kind
    m.name = found.name
    m.actor_kind = found.actor_kind
    m.role = found.role
    m.affiliation = found.affiliation
    m.gender = found.gender
    m.__class__ = Mention  # type: ignore[assignment]
    return cast(Mention, m)


_EDGE: Final = " ,;:\u00a0<>"
_WHEN_COMMA = re.compile(
    r"(?:(?:end|mid)-)?(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+"
)
_WHEN_FIRST: Final = frozenset("JFMASONDTWem")
_DATELINE_PREFIX = re.compile(
    r"(?:[A-Z][A-Z .'&-]+(?:,\s+[A-Z][A-Za-z.]+)?,\s+[A-Z][a-z]{2,8}\.?"
    # "Kansas City, April 7 - ": mixed case, known by its month
    r"|(?:[A-Z][a-z][\w.'&-]*\s+){0,3}[A-Z][a-z][\w.'&-]*,\s+(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?)"
    r"\s+\d{1,2}(?:\s+\([^()]{1,20}\))?\s+[-–—]+\s+"
)


class _NoSpeaker:
    """What a step of the mention parser gives when the words name no speaker at all (parsing stops)."""


_NO_SPEAKER: Final = _NoSpeaker()
# A step's answer: a mention, no speaker, or None when the step's case is not these words (the next goes on).
_Step = Mention | _NoSpeaker | None


@dataclass(slots=True)
class _Words:
    """A mention being parsed: `text` as written at [start, end), and `words`, the words of `clean` (the
    text without brackets or edge commas)."""

    text: str
    start: int
    end: int
    clean: str
    words: list[str]
    gz: Gazetteer

    def mention(
        self,
        kind: MentionKind,
        name: str | None = None,
        actor_kind: ActorKind | None = None,
        role: str | None = None,
        affiliation: str | None = None,
        gender: Gender | None = None,
    ) -> Mention:
        """The mention of these words, of the given kind."""
        return make_mention(
            self.text, self.start, self.end, kind, name, actor_kind, role, affiliation, gender
        )


def _parse_mention(text: str, start: int, gazetteer: Gazetteer) -> Mention | None:
    stripped, start = _speaker_words(text, start)
    if not stripped:
        return None
    end = start + len(stripped)
    early = _pronoun_or_date(stripped, start, end)
    if early is not None:
        return early if isinstance(early, Mention) else None
    clean = _PAREN.sub("", stripped).strip(" ,") if "(" in stripped else stripped.strip(" ,")
    if "<" in clean or ">" in clean:
        # "Italy's state-owned <Banca Nazionale Del Lavoro-BNL>": a wire's brackets mark a name, no part of it
        clean = clean.replace("<", "").replace(">", "").strip(" ,")
    after_abbreviation = (_ABBREVIATION_THEN_PRONOUN.fullmatch(clean) if "." in clean[:8] else None) or (
        _NAME_ABBREVIATION_THEN_PRONOUN.fullmatch(clean) if ". " in clean else None
    )
    if after_abbreviation is not None:
        # "Rochester, N.Y. He said": a sentence the splitter did not end at the abbreviation
        return parse_mention(
            after_abbreviation.group(1), start + stripped.find(after_abbreviation.group(1)), gazetteer
        )
    words = clean.split()
    if not words or (len(words) == 1 and words[0].lower() in _AUXILIARIES):
        return None  # only spaces that are not edge characters ("\n", "\t"); "Is said that": a typo, no one
    w = _Words(stripped, start, end, clean, words, gazetteer)
    for step in _STEPS:
        found = step(w)
        if found is not None:
            return found if isinstance(found, Mention) else None
    return _split_name_and_role(w)


def _speaker_words(text: str, start: int) -> tuple[str, int]:
    """The words of `text` that can name a speaker, and where they start: without edge characters, a
    dateline, an unbalanced bracket at an edge, or an opener ("Meanwhile, ")."""
    raw = text
    stripped = raw.strip(_EDGE)
    # Every dateline holds a comma and a dash: two scans in C rule the pattern out for nearly every mention.
    dateline = (
        _DATELINE_PREFIX.match(stripped)
        if "," in stripped and ("-" in stripped or "–" in stripped or "—" in stripped)
        else None
    )
    if dateline:
        # "WASHINGTON, Oct 19 - A group of firms": the dateline is no speaker
        stripped = stripped[dateline.end() :]
    if stripped[:1] in ")]}" or stripped[-1:] in "([{":
        # An unbalanced bracket at an edge is the end or start of something else: "((WN)) You noted".
        stripped = stripped.lstrip(")]} ").rstrip("([{ ")
    if not stripped:
        return "", start
    start += raw.find(stripped)
    first = plain_first_word(stripped)
    opener = _OPENER.match(stripped) if first is None or first in _OPENER_FIRST else None
    if opener and opener.end() and stripped[opener.end() :].strip(" ,"):
        start += opener.end()
        stripped = stripped[opener.end() :]
    return stripped, start


def _pronoun_or_date(stripped: str, start: int, end: int) -> _Step:
    """A pronoun ("he", "he's": the pronoun speaks), or a date or number left over (no speaker)."""
    low = fold(stripped)
    if low in PRONOUNS:
        return make_mention(stripped, start, end, "pronoun")
    contraction = _CONTRACTED_PRONOUN.fullmatch(low) if "'" in low else None
    if contraction:  # "he's", "I'd": the pronoun is the speaker
        word = stripped[: len(contraction.group(1))]
        return make_mention(word, start, start + len(word), "pronoun")
    if (
        low in _NOT_SPEAKERS
        or low.rstrip(".") in _TIME_WORDS
        or _time_phrase(low)
        or (
            # A number with separators; a letter first (most mentions) is none.
            not "a" <= low[:1] <= "z" and low.replace(",", "").replace(".", "").replace(":", "").isdigit()
        )
    ):
        return _NO_SPEAKER  # "Sunday said", "Dec. 6": a date left over, not a speaker
    return None


def _based_firm(w: _Words) -> _Step:
    """ "Calif.-based Meridian": a name described only by where it is based is a firm (a person is "a
    London-based analyst")."""
    words = w.words[1:] if fold(w.words[0]) in ("the", "a", "an") else w.words
    if len(words) < 2:
        return None
    if words[-2].endswith("-based") and fold(w.words[0]) == "the" and fold(words[-1]) in _FIRM_HEADS:
        # "the Houston-based company" is "the company", whichever the article named
        return w.mention("unnamed", f"the {fold(words[-1])}", "unnamed", None, None)
    if not words[0].endswith("-based") or not all(_capitalised(x) for x in words[1:]):
        return None
    name = " ".join(words[1:])
    known = w.gz.lookup(name)
    if known is not None:
        return w.mention("name", known.name, known.kind, None, known.affiliation)
    return w.mention("name", name, "organisation", None, None)


def _common(word: str, gz: Gazetteer) -> bool:
    return word.lower() in gz.common_words


def _plain_words(clean: str, words: list[str], gz: Gazetteer) -> bool:
    """One to three capitalised words with no title, institution word, demonym or inner possessive."""
    # _SIMPLE_NAME takes one to three words, the first opening with a capital and a small letter.
    if not (len(words) <= 3 and clean.isascii() and clean[:1].isupper() and clean[1:2].islower()):
        return False
    quick = _SIMPLE_NAME.fullmatch(clean)
    if not quick or quick.group(1).lower() in _COMMON_START:
        return False
    if _possessive_inside(words, gz):
        return False
    lows = " ".join(words).lower().split()
    if "-" in clean and any("-" in x and _is_title_word(x, gz) for x in words):
        return False  # "Co-author Jing-Shan Zhao": a hyphenated role before the name
    return (
        _TITLE_WORDS_EXTRA.isdisjoint(lows)
        and gz.titles.isdisjoint(lows)
        and ORG_WORDS.isdisjoint(lows)
        and gz.demonyms.keys().isdisjoint(lows)
    )


def _possessive_inside(words: list[str], gz: Gazetteer) -> bool:
    """Whether an inner possessive leaves the words to the possessive step: "Capel's Dennis" (a firm's man) and
    "Treasury's Barker Review" (the Treasury's review) do; "Hudson's Bay" (a firm's name) does not."""
    if len(words) < 2 or not any(x.endswith(("'s", "’s")) for x in words[:-1]):
        return False
    return not _common(words[-1], gz) or _institution_owner(words[0], gz)


def _institution_owner(word: str, gz: Gazetteer) -> bool:
    """Whether a possessive word names an institution the gazetteer knows ("Treasury's", "Labour's")."""
    bare = word[:-2]
    known = gz.lookup(bare)
    return (known is not None and known.kind in ("organisation", "state")) or gz.generic_form(
        bare
    ) is not None


_FRACTION = re.compile(r"(?:One|Two|Three|Four|Five)-(?:thirds?|quarters?|fifths?|tenths?)", re.IGNORECASE)


def _quick_name(w: _Words) -> _Step:
    """The common case, "Trump" or "Donald Trump": no titles, commas or possessives to take apart."""
    clean, words, gz = w.clean, w.words, w.gz
    if not _plain_words(clean, words, gz):
        return None
    if _FRACTION.fullmatch(clean):
        return _NO_SPEAKER  # "Three-quarters said": a share of those polled, nobody by name
    key = " ".join(words).lower()
    if (
        words[-1].lower() in _GROUP_HEADS
        and len(words) <= 2
        and not (len(words) == 2 and gz.is_given_name(words[0]))
    ):
        # "Bankers said", "Merchant bankers said": a group, not a person called Bankers
        return w.mention(
            "unnamed", clean.lower(), "unnamed", None, gz.demonym(words[0]) if len(words) == 2 else None
        )
    if len(words) == 1 and key.endswith("s") and (key in _PLURAL_GROUPS or gz.demonym(key[:-1])):
        # "Republicans said", "Russians say": a group, not a person
        return w.mention("unnamed", clean, "unnamed", None, gz.demonym(key[:-1]))
    known = gz.lookup(clean) or gz.known.get("the " + key)
    if known:
        return w.mention("name", known.name, known.kind, None, known.affiliation)
    if _foreign_firm(words):
        return w.mention("name", clean, "organisation", None, None)
    if not (clean.isupper() and len(words) == 1 and len(clean) <= 6):
        return w.mention("name", clean, "person", None, None, gender_of(clean, None, gz))
    return None


def _appositive(w: _Words) -> _Step:
    """ "Dmitry Peskov, the Kremlin spokesman" or "a Republican strategist, John Weaver"."""
    clean, gz = w.clean, w.gz
    if "," not in clean or not _APPOSITIVE_COMMA.search(clean):
        return None
    parts = [p.strip() for p in _APPOSITIVE_COMMA.split(clean) if p.strip()]
    named = [parse_mention(p, w.start + w.text.find(p), gz) for p in parts[:3]]
    names = [m for m in named if m and m.kind == "name"]
    if not names:
        return w.mention(
            "unnamed",
            normalise_description(parts[0]),
            "unnamed",
            affiliation=_affiliation(parts[0].split(), gz),
        )
    source = named[0]
    if _source_of_described(source, names[0]):
        assert source is not None
        return w.mention("unnamed", source.name, "unnamed", affiliation=source.affiliation)
    return _body_then_name(w, names, parts[0]) or _named_with_appositives(w, parts, named, names[0])


def _source_of_described(source: Mention | None, name: Mention) -> bool:
    """ "A spokesman for Unison, Britain's biggest union": the body after the comma describes the one the
    source speaks for, so the source stays the speaker (not "a Republican strategist, John Weaver")."""
    return (
        source is not None
        and source is not name
        and source.kind == "unnamed"
        and bool(source.affiliation)
        and name.actor_kind in ("organisation", "state", "outlet")
    )


def _named_with_appositives(
    w: _Words, parts: list[str], named: list[Mention | None], best: Mention
) -> Mention:
    """The name of an appositive mention with the role and affiliation its descriptions give."""
    gz = w.gz
    descs = [p for p, m in zip(parts, named, strict=False) if m and m is not best and m.kind != "name"]
    role = clean_role(best.role) or (clean_role(normalise_description(descs[0])) if descs else None)
    aff = best.affiliation or (_affiliation(descs[0].split(), gz) if descs else None)
    if (
        best.actor_kind == "person"
        and best.affiliation is None
        and any(firm_described(p) for p in parts[1:3])
    ):
        # "Halcyon Investments, a New York firm": the appositive says what kind of speaker it is
        return w.mention("name", best.name, "organisation", None, aff)
    gender = best.gender or (gender_of(best.name or "", role, gz) if best.actor_kind == "person" else None)
    return w.mention("name", best.name, best.actor_kind, role, aff, gender)


def _body_then_name(w: _Words, names: list[Mention], first: str) -> Mention | None:
    """ "Indonesia's state oil company, Pertamina": the description's body is the one named after it."""
    if (
        len(names) < 2
        or names[0].actor_kind not in ("organisation", "outlet")
        or not first.split()[-1].islower()
    ):
        return None
    body, named = names[0], names[1]
    return w.mention("name", named.name, body.actor_kind, None, body.affiliation or named.affiliation)


def firm_described(part: str) -> bool:
    """Whether an appositive describes a firm: "a New York firm", "the brokerage"."""
    words = part.split()
    return (
        len(words) >= 2
        and fold(words[0]) in ("a", "an", "the")
        and fold(words[-1]) in _FIRM_NOUNS
        # "a partner at a New York firm" is a person of the firm: the head must be the firm itself
        and not _NP_PREPOSITIONS.intersection(map(fold, words[1:-1]))
    )


# Heads of an appositive that make the name before it a firm ("Halcyon Investments, a New York firm").
_FIRM_NOUNS: Final = frozenset(
    "firm company concern partnership brokerage conglomerate subsidiary unit corporation bank".split()
)


def _known_or_too_long(w: _Words) -> _Step:
    """A name the gazetteer knows as written; more than 14 words name no one."""
    known = w.gz.lookup(w.clean)
    if known is None and len(w.words) > 2 and fold(w.words[0]) == "the":
        # "The Health and Safety Executive": the list holds the name without its article
        known = w.gz.lookup(w.clean.split(None, 1)[1])
        known = known if known is not None and known.kind != "person" else None
    if known:
        return w.mention("name", known.name, known.kind, None, known.affiliation)
    return _NO_SPEAKER if len(w.words) > 14 else None


_GROUP_PLACED = re.compile(
    r"\b[a-z]{3,}s\s+(?:at|from|in)\s+(?:the\s+)?(?:[A-Z][\w.'’&-]*\s+){0,3}[A-Z][\w.'’&-]*$"
)


def _possessive(w: _Words) -> _Step:
    """ "MSNBC's Ayman Mohyeldin" (affiliation) or "Clinton's campaign" (an institution)."""
    clean, words = w.clean, w.words
    for n, word in enumerate(words[:-1] if "'s" in clean or "’s" in clean else ()):
        if word[-2:] not in ("'s", "’s") or not _capitalised(word):
            continue
        m = _POSSESSIVE.match(word)
        if m:
            if _GROUP_PLACED.search(" ".join(words[:n])):
                return (
                    None  # "some officials at the Finance Ministry's budget bureau": a group placed at a body
                )
            return _owned(w, n, m.group(1))
    return None


_DOCUMENTS: Final = frozenset(
    "statement letter tweet message speech remarks post memo email release testimony op-ed".split()
)


def _owners_work(w: _Words, n: int, owner: str, rest: list[str]) -> Mention | None:
    """ "the Bank of Finland's two year survey said": a body's survey or report speaks for the body."""
    if not (rest and fold(rest[-1]) in _WORKS and all(x.islower() or x.isdigit() for x in rest)):
        return None
    lead = [x for x in w.words[:n] if fold(x) not in ("the", "a", "an")]
    if not lead or not all(_capitalised(x) or x in ("of", "and", "for") for x in lead):
        return None
    body = parse_mention(" ".join([*lead, owner]), w.start, w.gz)
    if body is None or body.kind != "name" or body.actor_kind == "person":
        return None
    return w.mention("name", body.name, body.actor_kind, None, body.affiliation)


# What a body publishes and the wire quotes as if it spoke: "the Bank of Finland's survey said".
_WORKS: Final = frozenset("survey report study forecast review bulletin poll analysis".split())


def _person_of_owner(w: _Words, n: int, owner: str) -> Mention | None:
    """ "Leo de Corel of Kredietbank's economic research department": the person before "of" speaks."""
    words, gz = w.words, w.gz
    k = words.index("of", 1)
    inner = parse_mention(" ".join(words[:k]), w.start, gz)
    if (
        inner is not None
        and inner.kind == "name"
        and inner.actor_kind == "person"
        and _person_shaped(inner, gz)
    ):
        body = " ".join(x for x in [*words[k + 1 : n], owner] if fold(x) not in ("the", "a", "an"))
        aff = gz.lookup(body)
        return w.mention("name", inner.name, "person", inner.role, aff.name if aff else body, inner.gender)
    return None


def _owned(w: _Words, n: int, owner: str) -> _Step:
    """The mention when `words[n]` is the possessive of `owner` ("MSNBC's", "Japan's")."""
    words, gz = w.words, w.gz
    rest = words[n + 1 :]
    person = _person_of_owner(w, n, owner) if "of" in words[1:n] else None
    if person is not None:
        return person
    work = _owners_work(w, n, owner, rest)
    if work is not None:
        return work
    if (
        len(rest) == 1
        and fold(rest[0]) in _DOCUMENTS
        and all(fold(x) in ("the", "a", "an") for x in words[:n])
    ):
        # "Trump's statement read": the statement is its author's words
        known = gz.lookup(words[n]) or gz.lookup(owner)
        if known is not None:
            return w.mention("name", known.name, known.kind, None, known.affiliation)
        author = parse_mention(owner, w.start, gz)
        if author is not None and author.kind == "name":
            return author
    if rest and _capitalised(rest[-1]) and fold(rest[-1]) not in ORG_WORDS:
        inner = parse_mention(" ".join(rest), w.start, gz)
        if inner and inner.kind == "name" and inner.actor_kind == "state" and gz.lookup(owner) is None:
            return _NO_SPEAKER  # "Brown's Britain": a book's or an era's name, not the state speaking
        if inner and inner.kind == "name":
            lead = list(itertools.takewhile(_capitalised, reversed(words[:n])))[::-1]
            owner = " ".join([*lead, owner])  # "Jardine Fleming's Edwards": the firm is Jardine Fleming
            owner_known = gz.lookup(owner)
            aff = owner_known.name if owner_known else owner
            return w.mention("name", inner.name, inner.actor_kind, inner.role, aff, inner.gender)
    if rest and fold(rest[-1]) in ORG_WORDS:
        return _owned_institution(w, n, owner, rest)
    return w.mention("unnamed", normalise_description(w.clean), "unnamed")


def _owned_institution(w: _Words, n: int, owner: str, rest: list[str]) -> Mention:
    """ "Japan's Finance Ministry", "Trump's State Department", "Moody's Investors Service Inc"."""
    words, gz = w.words, w.gz
    own = " ".join(rest)
    owner_state = _owner_state(words, n, owner, gz)
    if owner_state is not None:
        return _state_body(w, n, rest, owner_state)
    unit = _owned_unit(w, n, owner, rest)
    if unit is not None:
        return unit
    known = gz.lookup(own) or gz.lookup("the " + own)
    if known is not None and len(rest) >= 2:
        # "Trump's State Department" is the State Department; "Clinton's campaign" is hers.
        return w.mention("name", known.name, known.kind, None, known.affiliation)
    if (len(rest) >= 2 and all(_capitalised(x) for x in rest)) or (
        len(rest) == 1 and fold(rest[0]).rstrip(".") in CORPORATE_SUFFIXES
    ):
        # "Moody's Investors Service Inc", "Standard and Poor's Corp", "McDonald's Corp": the possessive
        # is the name; but a person's ("Lord Woolf's Sentencing Guidelines Council") heads a body of its own.
        if n and len(rest) >= 2 and (fold(words[n - 1]) in gz.titles or gz.is_given_name(words[n - 1])):
            return w.mention("name", own, "organisation", None, None)
        return w.mention("name", f"{_firm_before(words, n)}{words[n]} {own}", "organisation", None, None)
    return _named_office(w, n, owner, rest)


def _state_body(w: _Words, n: int, rest: list[str], state: str) -> Mention:
    """ "Japan's Finance Ministry", "Brazil's central bank", "Indonesia's state oil company, Pertamina",
    "an official of Thailand's rain-making institute": a state's institution, or one of its people."""
    gz = w.gz
    own = " ".join(rest)
    if fold(rest[0]) in ROLE_HEADS:
        # "Israel's Ambassador to Washington": Israel's envoy, not the United States.
        return w.mention("unnamed", normalise_description(w.clean), "unnamed", None, state)
    head, comma, after = own.partition(",")
    named_after = list(itertools.dropwhile(lambda x: not _capitalised(x), after.split()))
    if comma and named_after and all(_capitalised(x) or x in ("of", "and", "de", "del") for x in named_after):
        # "Indonesia's state oil company, Pertamina": the appositive names it
        return w.mention("name", " ".join(named_after), "organisation", None, state)
    own = head
    if own.islower() and own.split()[-1] in ("government", "regime", "administration"):
        return w.mention("name", state, "state", None, None)  # "Poland's communist government": Poland's
    named = list(itertools.dropwhile(str.islower, own.split()))
    kind: ActorKind = "outlet" if outlet_shaped(own) else "organisation"
    if len(named) >= 2 and all(_capitalised(x) or x in ("of", "and", "for") for x in named):
        own = " ".join(named)  # "Britain's opposition Labour Party": the party is the Labour Party
    if _common_body(own, gz):
        # "Japan's national news agency", "Lebanon's Bankers Association": one body of that state, never
        # one desk-wide "national news agency"
        own = f"{own[:1].upper()}{own[1:]} ({state})"
    before = [fold(x) for x in w.words[:n]]
    if "of" in before[1:] and before[before.index("of") - 1].removesuffix("s") in ROLE_HEADS:
        # "the Chairman of Canada's largest bank", "Officials of Thailand's rain-making institute"
        return w.mention("unnamed", normalise_description(w.clean), "unnamed", None, own)
    # "Japan's Finance Ministry", "Brazil's central bank": the state's institution.
    return w.mention("name", own, kind, None, state)


def _common_body(name: str, gz: Gazetteer) -> bool:
    """A body's name of common words only ("national news agency", "Bankers Association") that no list
    knows: every state has one."""
    if gz.generic_form(name) is not None or gz.lookup(name) is not None:
        return False
    return name.islower() or all(
        fold(x) in ORG_WORDS
        or _common(x, gz)
        or _common(x.removesuffix("s"), gz)
        or x in ("of", "and", "for")
        for x in name.split()
    )


def _owner_state(words: list[str], n: int, owner: str, gz: Gazetteer) -> str | None:
    """The state a possessive names, of one word or more ("Japan's", "South Korea's", "New Zealand's")."""
    for lead in (words[max(0, n - 2) : n], words[n - 1 : n], []):
        if lead and not all(_capitalised(x) for x in lead):
            continue
        known = gz.lookup(" ".join([*lead, owner]))
        if known is not None and known.kind == "state":
            return known.name
    return None


def _named_office(w: _Words, n: int, owner: str, rest: list[str]) -> Mention:
    """ "the Information Commissioner's Office" keeps its whole name; "a spokesman for the Prime Minister's
    Office" is an unnamed spokesman of that office; "Clinton's campaign" is the Clinton campaign."""
    words = w.words
    start = n
    while start > 0 and _capitalised(words[start - 1]) and fold(words[start - 1]) not in ("the", "a", "an"):
        start -= 1
    lead = words[start:n]
    if (
        len(rest) >= 2
        and not _capitalised(rest[0])
        and any(_capitalised(x) for x in rest[1:])
        and rest[-1].islower()
        and fold(rest[-1]) in ORG_WORDS
    ):
        # "Sacked MP Howard Flight's local Conservative association": a body described, not named
        named = list(itertools.takewhile(lambda x: fold(x) not in ROLE_HEADS, reversed(lead)))[::-1]
        owner_name = " ".join([*named, owner])
        return w.mention("unnamed", normalise_description(" ".join(rest)), "unnamed", None, owner_name)
    # "Information Commissioner's Office" is one name; "Hillary Clinton's campaign" is the "Clinton campaign"
    name = " ".join([*lead, words[n], *rest]) if _capitalised(rest[0]) else " ".join([owner, *rest])
    before = [x for x in words[:start] if fold(x) not in ("the", "a", "an")]
    if len(before) >= 2 and before[-1] in ("for", "of", "at") and fold(before[-2]) in ROLE_NOUNS:
        return w.mention("unnamed", normalise_description(w.clean), "unnamed", None, name)
    return w.mention("name", name, "organisation", None, None)


def _person_at(w: _Words) -> Mention | None:
    """ "director Paolo Azzoni at Milan investment bank ABK Spa": the named person speaks, of that firm."""
    words, gz = w.words, w.gz
    if "at" not in words[2:-1]:
        return None
    k = words.index("at", 2)
    if not _capitalised(words[k - 1]):
        return None
    inner = parse_mention(" ".join(words[:k]), w.start, gz)
    if inner is None or inner.kind != "name" or inner.actor_kind != "person" or not _person_shaped(inner, gz):
        return None
    body = parse_mention(" ".join(words[k + 1 :]), w.start, gz)
    aff = (
        body.name if body is not None and body.kind == "name" and body.actor_kind == "organisation" else None
    )
    return w.mention("name", inner.name, "person", inner.role, aff or inner.affiliation, inner.gender)


def _placed_group(w: _Words) -> _Step:
    """ "Officials in Tolvik", "engineers at the Water Authority": a group, placed by what follows its
    first preposition; "almost a quarter of those polled": the head noun is "quarter"."""
    words, gz = w.words, w.gz
    person = _person_at(w)
    if person is not None:
        return person
    # The first preposition: the least first index of those present.
    preps = _NP_PREPOSITIONS.intersection(words)
    prep = min(map(words.index, preps)) if preps else None
    if not prep:
        return None
    before = words[:prep]
    if not (
        (
            prep >= 2
            and before[-1].islower()
            and any(x.islower() and x not in ("the", "a", "an") for x in before)
        )
        or (prep == 1 and (before[0].islower() or fold(before[0]) in _GROUP_OPENERS))
    ):
        return None
    after_prep = " ".join(words[prep + 1 :])
    place = gz.lookup(after_prep) or gz.lookup(" ".join(words[prep + 2 :]))
    aff = _affiliation(before, gz) or (place.name if place else None)
    return w.mention("unnamed", normalise_description(w.clean), "unnamed", None, aff)


# A capitalised first word that opens a group before its preposition ("Officials in", "Some of"): built
# once, not per call.
_GROUP_OPENERS: Final = _COMMON_START | _GROUP_HEADS | _INDEFINITES


def _nominal(w: _Words) -> _Step:
    """ "the minister", "this spokesman": a role that points back to someone named before."""
    words = w.words
    first_low = fold(words[0])
    if (
        len(words) <= 3
        and first_low in ("the", "this", "that")
        and fold(" ".join(words[1:])) in _ROLE_PHRASES
    ):
        return w.mention("nominal", None, None, " ".join(words[1:]))
    if len(words) == 2 and first_low in ("the", "this") and fold(words[-1]) in ROLE_NOUNS:
        return w.mention("nominal", None, None, words[-1])
    return None


def _description(w: _Words) -> _Step:
    """A description ("a senior official", "EU officials") names no one: an unnamed source, unless a
    name owns it ("the Trump campaign")."""
    words, gz = w.words, w.gz
    head_low = fold(words[-1])
    if (_capitalised(words[-1]) and head_low not in _COMMON_START) or PARTICLE_NAME.match(words[-1]):
        return None
    if head_low in ORG_WORDS and len(words) <= 4:
        caps = [x for x in words if _capitalised(x) and x != "I" and fold(x) not in _COMMON_START]
        if caps:
            return _body_described(w, head_low, caps)
    if 2 <= len(words) <= 4 and head_low in ROLE_NOUNS and fold(words[0]) in ("the", "this"):
        return w.mention("nominal", None, None, " ".join(words[1:]), _affiliation(words[1:], gz))
    return w.mention("unnamed", normalise_description(w.clean), "unnamed", None, _affiliation(words, gz))


def _body_described(w: _Words, head_low: str, caps: list[str]) -> Mention:
    """A description headed by an institution word with capitalised words in it ("the Trump campaign")."""
    words, gz = w.words, w.gz
    if head_low in ("division", "subsidiary") and len(words) - len(caps) <= 2:
        # "The Chevrolet division said": the division by its name, the company's unit
        return w.mention("name", " ".join(caps), "organisation", None, None)
    if head_low == "executive" and fold(words[0]) in ("a", "an", "one", "another"):
        # "an Exxon executive": one of the company's people, not the Scottish Executive's kind of body
        return w.mention("unnamed", normalise_description(w.clean), "unnamed", None, " ".join(caps))
    if fold(words[0]) in _ARTICLES_ONE and all(gz.demonyms.get(fold(x)) for x in caps):
        # "the Venezuelan company": a body the article named before, not one called "Venezuelan company"
        return w.mention("unnamed", normalise_description(w.clean), "unnamed", None, _affiliation(caps, gz))
    name = " ".join(x for x in words if fold(x) not in ("the", "a", "an"))
    return w.mention("name", name, "organisation", None, _affiliation(caps, gz))


_ARTICLES_ONE: Final = frozenset({"the", "a", "an", "one", "another"})


def _institution_for(w: _Words) -> _Step:
    """ "The Center for Biological Diversity", "the Commission on Presidential Debates": the whole phrase
    is the institution."""
    words = w.words
    at = next((k for k in range(1, len(words) - 1) if words[k] in ("for", "on")), 0)
    if (
        not at
        or fold(words[at - 1]) not in ORG_WORDS
        or (words[at] == "on" and not _capitalised(words[at + 1]))
        # "Ryan Cloutier of the Harvard-Smithsonian Center for Astrophysics": a person of the institution
        or ("of" in words[1:at] and (w.gz.is_given_name(words[0]) or fold(words[0]) in w.gz.titles))
    ):
        return None
    name = " ".join(words[1:] if fold(words[0]) == "the" else words)
    known_org = w.gz.lookup(name)
    return w.mention("name", known_org.name if known_org else name, "organisation", None, None)


def _person_shaped(m: Mention, gz: Gazetteer) -> bool:
    """Whether a name before "of" is a person's ("Ray Stone", "analyst Darwin Beck"), not the first part
    of a company's ("Medical Imaging Centers"): a given name first, a role before it, or two plain words."""
    words = (m.name or "").split()
    return bool(words) and (
        gz.is_given_name(words[0])
        or m.role is not None
        # "Sanford Margoshes" is a man; "Medical Imaging Centers" (a plural noun) a company's first words
        or (
            len(words) == 2
            and ORG_WORDS.isdisjoint(map(fold, words))
            and not (words[-1].endswith("s") and _common(words[-1], gz))
        )
    )


def _of_phrase(w: _Words) -> _Step:
    """ "Rep. Tom Cole of Oklahoma" (a person, the place his affiliation), "the Bank of England" (an
    institution), "the State of Kestrel" (a state)."""
    words, gz = w.words, w.gz
    if "of" not in words[1:-1]:
        return None
    at = words.index("of", 1)
    found = _seated_firm(w, at) or _of_first(w, at)
    if found is not None or "of" not in words[at + 1 : -1]:
        return found
    # "Member of Parliament Yvette Cooper of the Labour Party": the office's own "of" came first; a person
    # named before a later "of" has the rest as affiliation.
    later = words.index("of", at + 1)
    inner = parse_mention(" ".join(words[:later]), w.start, gz)
    if inner is None or inner.kind != "name" or inner.actor_kind != "person" or not _person_shaped(inner, gz):
        return None
    place = " ".join(words[later + 1 :])
    known_place = gz.lookup(place)
    aff = inner.affiliation or (known_place.name if known_place else place)
    return w.mention("name", inner.name, "person", inner.role, aff, inner.gender)


# Titles a peer or prelate is known by with the place ("the Duke of Edinburgh", "the Earl of Onslow").
_TITLE_OF_PLACE: Final = frozenset(
    "duke duchess earl countess marquess marchioness viscount viscountess prince princess".split()
)


def _of_first(w: _Words, at: int) -> _Step:
    words, gz = w.words, w.gz
    before_of = words[:at]
    title = [x for x in before_of if fold(x) not in ("the", "a")]
    if (
        len(title) == 1
        and fold(title[0]) in _TITLE_OF_PLACE
        and all(_capitalised(x) for x in words[at + 1 :])
    ):
        # "the Duke of Edinburgh": the title and its place are the name
        return w.mention("name", " ".join([title[0], *words[at:]]), "person", None, None)
    if not _capitalised(before_of[-1]) or _is_title_word(before_of[-1], gz):
        return None
    inner = parse_mention(" ".join(before_of), w.start, gz)
    place = " ".join(words[at + 1 :])
    known_place = gz.lookup(place)
    whole = " ".join(words[1:] if fold(words[0]) == "the" else words)
    if fold(before_of[-1]) in _STATE_HEADS:
        known_state = gz.lookup(whole)
        return w.mention(
            "name", known_state.name if known_state else whole, known_state.kind if known_state else "state"
        )
    # "Medical Imaging Centers of America Inc" is a company; "Ray Stone of Merrill Lynch Inc" a man of one
    person = inner is not None and inner.actor_kind == "person" and _person_shaped(inner, gz)
    firm_end = fold(words[-1]).rstrip(".") in _FIRM_ENDS and not person
    if (
        fold(before_of[-1]) in ORG_WORDS
        or firm_end
        or (inner is not None and inner.actor_kind == "organisation")
    ):
        return _of_institution(w, before_of, whole, known_place)
    if inner is not None and inner.kind == "name" and inner.actor_kind == "person":
        aff = inner.affiliation or (known_place.name if known_place else place.removeprefix("the "))
        return w.mention("name", inner.name, "person", inner.role, aff, inner.gender)
    return None


def _seated_firm(w: _Words, at: int) -> Mention | None:
    """ "Insituform Group Ltd of Guernsey": the company's name ends at its suffix; the place is its seat."""
    before_of = w.words[:at]
    if fold(before_of[-1]).rstrip(".") not in _FIRM_ENDS or fold(w.words[-1]).rstrip(".") in _FIRM_ENDS:
        return None
    known_place = w.gz.lookup(" ".join(w.words[at + 1 :]))
    firm = [x for x in before_of if fold(x) not in ("the", "a")]
    return w.mention("name", " ".join(firm), "organisation", None, known_place.name if known_place else None)


def _of_institution(w: _Words, before_of: list[str], whole: str, known_place: Known | None) -> Mention:
    """ "The Bank of England", "the University of Michigan": the whole phrase is the institution."""
    words, gz = w.words, w.gz
    known_org = gz.lookup(whole)
    if known_org:
        return w.mention("name", known_org.name, known_org.kind, None, known_org.affiliation)
    state = known_place.name if known_place and known_place.kind == "state" else None
    lead = next((k for k, x in enumerate(before_of) if _capitalised(x) and fold(x) != "the"), 0)
    role = [x for x in before_of[:lead] if fold(x) not in ("the", "a", "an")]
    if role and all(x.islower() for x in role):
        # "the lead manager Union Bank of Switzerland": lower-case words before the name are its role
        return w.mention("name", " ".join(words[lead:]), "organisation", " ".join(role), state)
    return w.mention("name", whole, "organisation", None, state)


_RELATIVE_FIRST: Final = frozenset({"who", "which", "whom", "whose"})
# Verbs of wire headlines written in capitals ("MOODY'S DOWNGRADES REPUBLICBANK").
_HEADLINE_VERBS: Final = frozenset(
    "SAYS SEES SETS CUTS RAISES DOWNGRADES UPGRADES CONFIRMS AFFIRMS PLANS BUYS SELLS POSTS REPORTS "
    "LOWERS LIFTS RATES ACQUIRES AGREES FILES NAMES OMITS DECLARES".split()
)
_SUBJECT_PRONOUNS: Final = frozenset({"he", "she", "they", "we"})


def _in_capacity(w: _Words, words: list[str]) -> Mention | None:
    """ "IBJ Capital Markets Ltd as lead manager": the name, with its capacity as role."""
    if "as" not in words[1:-1]:
        return None
    at = words.index("as", 1)
    rest = words[at + 1 :]
    if len(rest) > 4 or not all(x.islower() for x in rest) or not words[at - 1][:1].isupper():
        return None
    inner = parse_mention(" ".join(words[:at]), w.start, w.gz)
    if inner is None or inner.kind != "name":
        return None
    role = " ".join(x for x in rest if x not in ("the", "a", "an"))
    return w.mention("name", inner.name, inner.actor_kind, role, inner.affiliation, inner.gender)


LEGAL_TEXT = re.compile(
    r"(?:(?:Article|Section|Clause|Paragraph)\s+\d+\w*(?:,?\s+(?:Section|Clause|Paragraph)\s+\d+\w*)+"
    r"|(?:Section|Clause|Paragraph)\s+\d+\w*"
    r"|(?:[Tt]he\s+)?\d+(?:st|nd|rd|th)\s+Amendment(?:\s+to\s+the\s+(?:US\s+|U\.S\.\s+)?Constitution)?"
    r"|(?:[Tt]he\s+)?(?:US\s+|U\.S\.\s+|American\s+)?(?:[Cc]onstitution|law|statute|treaty|bill|clause|charter|"
    r"regulations?|rules?|contract|legislation)"
    # "the 1701 Act of Settlement", "the Maastricht Treaty": a law or treaty by name
    r"|[Tt]he\s+(?:\d{4}\s+)?(?:[A-Z][\w'’-]*\s+){0,4}(?:Act|Bill|Treaty|Directive|Charter)"
    r"(?:\s+of\s+(?:[A-Z][\w'’-]*\s*){1,4})?)"
)


def _owner_only(w: _Words) -> bool:
    """ "UKIP's" left of "performance ... showed": a body's possessive is the owner of the subject, not the
    speaker (a firm named with its "'s", "Moody's", is known as written)."""
    if not w.clean.endswith(("'s", "’s")) or w.gz.lookup(w.clean) is not None:
        return False
    owner = w.gz.lookup(w.clean[:-2])
    return owner is not None and owner.kind in ("organisation", "state")


def _headline_or_dated(w: _Words, words: list[str]) -> _Step:
    """ "MOODY'S DOWNGRADES REPUBLICBANK" (a headline: its subject is the words before the verb) and
    "Gazeta Wyborcza in March" (a time phrase after the name)."""
    if w.clean.isupper():
        verb = next((i for i, x in enumerate(words) if x in _HEADLINE_VERBS), None)
        if verb:
            return parse_mention(" ".join(words[:verb]), w.start, w.gz) or _NO_SPEAKER
    inner = words[1:-1]  # (tested in C first: most words hold none of the three)
    timed = (
        next((i for i in range(1, len(words) - 1) if words[i] in ("in", "on", "since")), None)
        if "in" in inner or "on" in inner or "since" in inner
        else None
    )
    if timed is not None and _time_phrase(" ".join(words[timed:]).lower()):
        return parse_mention(" ".join(words[:timed]), w.start, w.gz)
    return None


def _framed(w: _Words) -> _Step:
    """Words around a speaker that are no part of it: a relative clause ("who was arrested in May": no one),
    a clause after it ("the Ministry of Foreign Affairs he died"), a capacity ("IBJ Capital Markets Ltd as
    lead manager") or a document ("A statement by the Preferential Trade Area")."""
    if _owner_only(w) or LEGAL_TEXT.fullmatch(w.clean):
        return _NO_SPEAKER  # "Article 2, Section 1 sets", "The 14th Amendment states": a text, no one speaks
    words = w.words
    if len(words) < 2:
        return None
    first = words[0].lower()
    if first in _RELATIVE_FIRST:
        return _NO_SPEAKER
    # (A set test in C first: most words hold no subject pronoun, and then no generator is run.)
    cut = (
        None
        if _SUBJECT_PRONOUNS.isdisjoint(words[2:])
        else next((i for i in range(2, len(words)) if words[i] in _SUBJECT_PRONOUNS), None)
    )
    if cut is not None:
        while cut > 1 and words[cut - 1].islower():
            cut -= 1  # "Sharon Stone as she left": the conjunction goes with the clause
        return parse_mention(" ".join(words[:cut]), w.start, w.gz) or _NO_SPEAKER
    headed = _in_capacity(w, words) or _headline_or_dated(w, words)
    if headed is not None:
        return headed
    by = w.clean.rfind(", by ")
    if by > 0 and w.clean[by + 5 : by + 6].isupper():
        # "Brown's Britain, by Robert Peston": a work's title, then its author
        return parse_mention(w.clean[by + 5 :], w.start + w.text.find(w.clean) + by + 5, w.gz)
    if (
        len(words) > 3
        and first in ("a", "an", "the")
        and fold(words[1]) in _DOCUMENTS
        and words[2] in ("by", "from")
    ):
        head = " ".join(words[:3]) + " "
        return parse_mention(w.clean[len(head) :], w.start + w.text.find(w.clean) + len(head), w.gz)
    return None


# "A joint venture controlled by Dallas investor Bradbury Dyer", "a shareholder group led by X": the group
# speaks, for the one who leads it.
LED_GROUP = re.compile(
    r"(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,3}?(?:group|venture|consortium|partnership|syndicate|coalition|"
    r"team|investors|shareholders|holders|partners|committee|fund)\s+(?:that\s+is\s+|which\s+is\s+)?"
    r"(?:led|controlled|owned|headed|backed|run|formed|organi[sz]ed|managed|advised|represented)\s+by\s+"
)


def _led_group(w: _Words) -> _Step:
    """ "An investor group headed by John Smith": an unnamed group, affiliated to its leader."""
    if " by " not in w.clean:
        return None
    led = LED_GROUP.match(w.clean)
    if led is None:
        return None
    leader = parse_mention(w.clean[led.end() :], w.start, w.gz)
    aff = leader.name if leader is not None and leader.kind == "name" else None
    head = w.clean[: led.end()].rsplit(None, 2)[0]  # without "led by"
    return w.mention("unnamed", normalise_description(head), "unnamed", None, aff)


_STEPS: Final = (
    _framed,
    _led_group,
    _based_firm,
    _quick_name,
    _appositive,
    _known_or_too_long,
    _possessive,
    _placed_group,
    _nominal,
    _description,
    _institution_for,
    _of_phrase,
)


def _split_name_and_role(w: _Words) -> Mention:
    """The last step: titles and roles before the name ("Senate Majority Leader Mitch McConnell"), letters
    after it ("Frank Field MP"), and whether the name is a person's or an institution's."""
    words, gz = list(w.words), w.gz
    suffix: list[str] = []
    while len(words) > 1 and fold(words[-1]) in SUFFIX_TITLES and _capitalised(words[-2]):
        suffix.insert(0, words.pop())  # "Frank Field MP": letters after a name are a title, not the name
    generation = [words.pop()] if len(words) > 2 and fold(words[-1]) in GENERATIONS else []
    role_words, name_words = _split_name(words, gz)
    if generation:
        # "Martin Luther King Jr": "Jr" closes a person's name; with no name found, all of it is the name
        if not name_words:
            role_words, name_words = [], list(words)
        name_words = [*name_words, *generation]
    role_words += suffix
    if (
        len(role_words) == 1
        and gz.demonym(role_words[0])
        and any(fold(x).rstrip(".") in _FIRM_ENDS for x in name_words[1:])
    ):
        # "American Honda Motor Co", "Swedish Match AB": a demonym right before a firm's name is its name
        role_words, name_words = [], [*role_words, *name_words]
    return _named(w, words, role_words, name_words)


def _lone_suffix_firm(role_words: list[str], name_words: list[str]) -> tuple[list[str], list[str]]:
    """ "lead-manager Lazard Freres et Cie": a lone company suffix takes the partners' names before it."""
    if len(name_words) != 1 or fold(name_words[0]).rstrip(".") not in _LONE_SUFFIXES or not role_words:
        return role_words, name_words
    k = len(role_words)
    while k > 0 and (_capitalised(role_words[k - 1]) or role_words[k - 1] in ("et", "and", "&", "und")):
        k -= 1
    while k < len(role_words) and not _capitalised(role_words[k]):
        k += 1
    return role_words[:k], [*role_words[k:], *name_words]


_LONE_SUFFIXES: Final = frozenset(
    {"cie", "co", "sa", "ag", "nv", "bv", "gmbh", "spa", "ltd", "inc", "corp", "plc"}
)
# Every word that ends a company's name: "Inc", "SA", and "Cie" too.
_FIRM_ENDS: Final = _LONE_SUFFIXES | CORPORATE_SUFFIXES


def _the_proper_name(w: _Words, words: list[str]) -> Mention | None:
    """ "the Preferential Trade Area": capitalised words after "the" with no given name or office name a body."""
    if len(words) != len(w.words) or not _the_proper_words(words, w.gz):
        return None
    body = " ".join(words[1:])
    return w.mention("name", body, "outlet" if outlet_shaped(body) else "organisation", None, None)


def _the_proper_words(words: list[str], gz: Gazetteer) -> bool:
    rest = words[1:]
    return (
        len(words) >= 3
        and fold(words[0]) == "the"
        and all(x[:1].isupper() and x[1:].islower() for x in rest)
        and fold(rest[-1]) not in ROLE_HEADS
        and not any(gz.is_given_name(x) or fold(x) in gz.titles or fold(x) in ROLE_HEADS for x in rest)
        and fold(rest[-1]) not in _COMPASS
        and gz.lookup(" ".join(rest)) is None
        and gz.lookup(" ".join(words)) is None
    )


# Last words of a region ("the Middle East", "the East South Central"), not of a body's name.
_COMPASS: Final = frozenset(
    {"north", "south", "east", "west", "central", "northeast", "northwest", "southeast", "southwest"}
)


TRADE_WORD = re.compile(r"[A-Z][a-z]+(?:ing|tion|ment|ics|ance)")
# Words after "General" that name a company, never a general's surname.
_GENERAL_FIRMS: Final = frozenset(
    "motors mills dynamics electric foods instruments instrument signal electronics industries systems homes "
    "cinema partners resources host re accident public american medical physics automation defense defence "
    "nutrition development microwave kinetics cable telephone tire datacomm housewares employment hospitality "
    "health data computer atomics refractories sciences nutrient portland".split()
)


def _firm_by_shape(
    w: _Words, words: list[str], role_words: list[str], name_words: list[str]
) -> Mention | None:
    """A company the title-and-name split would misread: "General Mills", "Texaco Refining and Marketing"."""
    if role_words and role_words[-1] == "General" and name_words and fold(name_words[0]) in _GENERAL_FIRMS:
        # "General Mills", "General Dynamics Corp": a company's name, not a general's
        return w.mention("name", " ".join(["General", *name_words]), "organisation", None, None)
    if (
        len(role_words) >= 2
        and role_words[-1] == "and"
        and _capitalised(role_words[-2])
        and TRADE_WORD.fullmatch(name_words[-1])
    ):
        # "Texaco Refining and Marketing": one firm's two trades, not a person "Marketing"
        whole = " ".join(words[1:] if fold(words[0]) in ("the", "a", "an") else words)
        known = w.gz.lookup(whole)
        if known is not None:
            return w.mention("name", known.name, known.kind, None, known.affiliation)
        return w.mention("name", whole, "organisation", None, None)
    return _plural_after_demonym(w, role_words, name_words) or _named_like_a_place(w, role_words, name_words)


def _plural_after_demonym(w: _Words, role_words: list[str], name_words: list[str]) -> Mention | None:
    """ "Allied Irish Banks" is a bank and "Other U.S. Banks" a group: no person is called Banks there."""
    gz = w.gz
    if not (
        len(name_words) == 1
        and name_words[0].endswith("s")
        and len(role_words) >= 2
        and all(_capitalised(x) for x in role_words)
        and gz.demonyms.get(fold(role_words[-1])) is not None
        and not _is_title_word(role_words[0], gz)
    ):
        return None
    whole = " ".join([*role_words, *name_words])
    if fold(role_words[0]) in _QUANTIFIERS:
        return w.mention(
            "unnamed", normalise_description(whole), "unnamed", None, _affiliation(role_words, gz)
        )
    return w.mention("name", whole, "organisation", None, None)


_QUANTIFIERS: Final = frozenset(
    "other others some many several most all both few two three four five".split()
)


def _named_like_a_place(w: _Words, role_words: list[str], name_words: list[str]) -> Mention | None:
    """ "National Westminster said": capitalised words that are no title before a place the list knows
    make one name (a bank), not the place's metonym (Parliament)."""
    if len(name_words) != 1 or not role_words or len(role_words) > 3:
        return None
    if not all(
        _capitalised(x) and (fold(x) in _NAME_ADJECTIVES or not _is_title_word(x, w.gz)) for x in role_words
    ):
        return None
    known = w.gz.lookup(name_words[0])
    if known is None or known.kind not in ("state", "organisation"):
        return None
    whole = " ".join([*role_words, *name_words])
    known_whole = w.gz.lookup(whole)
    if known_whole is not None:
        return w.mention("name", known_whole.name, known_whole.kind, None, known_whole.affiliation)
    return w.mention("name", whole, "organisation", None, None)


# Words that open a firm's or body's name as often as an office's ("National Westminster", "Royal Trust").
_NAME_ADJECTIVES: Final = frozenset({"national", "royal", "first", "united", "central", "federal"})


def _known_unless_titled(gz: Gazetteer, name: str, role_words: list[str]) -> Known | None:
    """The list's entry for a name, unless an honorific makes it a person's ("Mr Wellington" is a man, not
    New Zealand's capital)."""
    known = gz.lookup(name)
    if known is not None and known.kind != "person" and role_words and fold(role_words[-1]) in _HONORIFICS:
        return None
    return known


def _named(w: _Words, words: list[str], role_words: list[str], name_words: list[str]) -> Mention:
    """The mention of `words` split into the role before the name and the name."""
    gz = w.gz
    if not name_words:
        return w.mention("unnamed", normalise_description(w.clean), "unnamed", None, _affiliation(words, gz))
    if fold(name_words[0]) in ("the", "a", "an"):
        name_words = name_words[1:]
    role_words, name_words = _lone_suffix_firm(role_words, name_words)
    firm = _firm_by_shape(w, words, role_words, name_words)
    if firm is not None:
        return firm
    if ORG_WORDS.issuperset(map(str.lower, name_words)) and all(
        _capitalised(x) or fold(x) in ("the", "of", "and", "for") for x in role_words
    ):
        # "The Kestrel Foreign Ministry": a bare institution word takes the capitalised words before it.
        name_words = words[1:] if fold(words[0]) == "the" else words
        role_words = []
    elif (body := _the_proper_name(w, words)) is not None:
        return body
    name = " ".join(name_words)
    known = _known_unless_titled(gz, name, role_words)
    if known is None:
        # "Pentagon" is the Pentagon, but "Hague" (Mr Hague, William Hague) is no metonym of the Netherlands:
        # only "The Hague" is.
        the = gz.lookup("the " + name)
        known = the if the is not None and the.kind != "state" else None
    role = " ".join(role_words).strip() or None
    if role and fold(role) in ("the", "a", "an"):
        role = None
    affiliation = _affiliation(role_words, gz) if role_words else None
    placed = _placed_or_members(w, role_words, known, name)
    if placed is not None:
        return placed
    if known:
        return w.mention("name", known.name, known.kind, role, known.affiliation or affiliation)
    if (
        ORG_WORDS.isdisjoint(map(fold, name_words))
        and not (name.isupper() and len(name) <= 6 and len(name_words) == 1)
        and not _foreign_firm(name_words)
    ):
        return w.mention("name", name, "person", role, affiliation, gender_of(name, role, gz))
    return _institution_name(w, name_words, role_words, role, affiliation)


def _placed_or_members(w: _Words, role_words: list[str], known: Known | None, name: str) -> Mention | None:
    """A name placed by the words before it, or a body's members counted or ranked (see both)."""
    return _placed_name(w, role_words, known, name) or _some_members(w, role_words, known, name)


def _some_members(w: _Words, role_words: list[str], known: Known | None, name: str) -> Mention | None:
    """ "Some senior Tories argued": a body's members by their plural name, counted or ranked, are a group
    of them (affiliated to the body), not the body speaking."""
    if (
        known is None
        or known.kind != "organisation"
        or not role_words
        or not name.endswith("s")
        or not all(fold(x) in _MEMBER_QUALIFIERS for x in role_words)
    ):
        return None
    return w.mention("unnamed", normalise_description(w.clean), "unnamed", None, known.name)


_MEMBER_QUALIFIERS: Final = frozenset(
    "some many several most few other senior leading rebel prominent backbench grassroots veteran moderate "
    "disgruntled two three four five".split()
)


# Company words of other languages: "Pharmacia AB", "Fiat SpA", "Cie Bancaire", "Banco Santander".
_FOREIGN_FIRM_FIRST: Final = frozenset(
    "cie compagnie societe société banco banque groupe grupo compania compañía ab".split()
)


def _foreign_firm(name_words: list[str]) -> bool:
    """Whether a name is a company by a suffix or a leading company word ("Volvo AB", "Cie Bancaire")."""
    return len(name_words) >= 2 and (
        fold(name_words[-1]).rstrip(".") in _FIRM_ENDS or fold(name_words[0]) in _FOREIGN_FIRM_FIRST
    )


def _placed_name(w: _Words, role_words: list[str], known: Known | None, name: str) -> Mention | None:
    """A name after "in"/"within" is where the speaker is: "The Aam Aadmi Party in Goa" is the party (of
    Goa), not a person called Goa; "gun ownership rates within the United States" is no speaker at all."""
    if not role_words:
        return None  # (most names: no words before them, nothing placed)
    placed = [x for x in role_words if fold(x) not in ("the", "a", "an")]
    if (
        placed
        and fold(placed[-1]) in _FIRM_HEADS
        and not w.gz.is_given_name(name.split()[0])  # "trader Drew Schaefer": a unisex given name too
    ):
        # "French financial group Metrologie International", "British drinks company Allied Lyons": the
        # words before describe a company
        return w.mention("name", name, "organisation", None, _affiliation(placed, w.gz))
    if not placed or fold(placed[-1]) not in _PLACE_PREPOSITIONS:
        return None
    body = placed[:-1]
    if body and _capitalised(body[-1]) and fold(body[-1]) in ORG_WORDS:
        return w.mention("name", " ".join(body), "organisation", None, known.name if known else name)
    if known and known.kind == "state":
        return w.mention("unnamed", None, None)
    return None


_FIRM_HEADS: Final = frozenset(
    """company group firm maker carmaker automaker bank insurer retailer concern conglomerate airline brewer
    producer manufacturer giant operator utility broker brokerage partnership trader exporter importer
    chain distiller refiner miner shipper builder developer publisher""".split()
)
_PLACE_PREPOSITIONS: Final = frozenset(
    "within in across throughout among around outside inside near from into".split()
)


_NAME_JOINERS: Final = frozenset({"of", "and", "&", "de", "du", "des", "la", "le", "für"})
_FIRM_PARTICLES: Final = frozenset(
    {"de", "du", "des", "del", "da", "do", "di", "la", "le", "a", "van", "von"}
)


def _name_word_at(words: list[str], k: int) -> bool:
    """Whether the word before position k is a firm's own: a capitalised word, or a foreign particle or a
    number after a capital ("Banque Generale du Luxembourg SA", "Worldwide 800 Services Inc")."""
    word = words[k - 1]
    if _capitalised(word):
        return True
    return k >= 2 and (word in _FIRM_PARTICLES or word.isdigit()) and _capitalised(words[k - 2])


def _institution_name(
    w: _Words, name_words: list[str], role_words: list[str], role: str | None, affiliation: str | None
) -> Mention:
    """An institution's name (an institution word or a short acronym in `name_words`): the capitalised
    words before it belong to the name; a publication is an outlet."""
    name = " ".join(name_words)
    lead = [x for x in role_words if fold(x) not in ("the", "a", "an")]
    honorific = any(fold(x).rstrip(".") in _HONORIFICS for x in lead)
    if (
        lead
        and _capitalised(lead[0])
        and all(_capitalised(x) or x in _NAME_JOINERS for x in lead)
        and not honorific
        and (all(_capitalised(x) for x in lead) or not _is_title_word(lead[0], w.gz))
    ):
        # "General Motors Corp", "British Medical Association", "Home Grown Cereals Authority": the
        # capitalised words before an institution word are its name, not a title before a person.
        name, role, affiliation = " ".join([*lead, *name_words]), None, None
    elif (
        lead
        and any(fold(x).rstrip(".") in CORPORATE_SUFFIXES for x in name_words[1:])
        and _name_word_at(role_words, len(role_words))
    ):
        # "lead manager Swiss Bank Corp": the capitalised words right before a company's name are its name
        k = len(role_words)
        while k > 0 and _name_word_at(role_words, k):
            k -= 1
        name = " ".join([*role_words[k:], *name_words])
        role = " ".join(role_words[:k]) or None
    outlet = w.gz.outlet(name)
    if outlet:
        return w.mention("name", outlet, "outlet", role, affiliation)
    return w.mention("name", name, "organisation", role, affiliation)


# "Baker, asked whether ...": a participle clause between a name and its cue says what the speaker was
# doing, never what they are.
_PARTICIPLE_OPENERS = frozenset(
    (
        "asked",
        "responding",
        "replying",
        "answering",
        "speaking",
        "commenting",
        "referring",
        "talking",
        "writing",
        "in",  # "The Aam Aadmi Party in Goa, in its statement": where it spoke
        "on",
    )
)


@functools.lru_cache(maxsize=4096)
def clean_role(role: str | None) -> str | None:
    """A role as a title or office: no honorific alone ("Mr"), time opener, relative clause or dangling
    preposition ("Greta Holm of the" gives no role "of the"). Cached: the same roles come back."""
    if not role or role.split(None, 1)[0].lower() in _PARTICIPLE_OPENERS:
        return None
    first = plain_first_word(role)
    opener = _OPENER.match(role) if first is None or first in _OPENER_FIRST else None
    if opener:
        role = role[opener.end() :]
    if " wh" in role:
        role = _RELATIVE_TAIL.sub("", role)
    words = role.split()
    if any(w.lower().rstrip(",") in _HONORIFICS for w in words):
        words = [w for w in words if w.lower().rstrip(",") not in _HONORIFICS]
    while words and words[-1].lower().rstrip(",") in _ROLE_TAIL_WORDS:
        words.pop()
    if not words or (len(words) == 1 and words[0].lower() in ("the", "a", "an")):
        return None
    return " ".join(words).strip(" ,;:")
