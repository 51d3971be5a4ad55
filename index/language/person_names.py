"""Whether a parsed "person" really is a person's name, and the name without what is not part of it.

The mention parser reads a person from the capitalised words before or after a cue. On real news some of
those words are not the name: a sentence adverb ("Whereas Pierce"), an occupation at a sentence start
("Scientist Rebecca Falconer"), a verb the subject finder left on ("Mr Blair repeated"), a possessive
("Charles Clarke's"), a group ("Tories", "Male MPs"). Peers and knights are named by their title
("Lord Falconer", "Sir Menzies"), not by a bare surname that another person may share.
"""

from __future__ import annotations

import re
from typing import Final

from newsdesk.index.actors.gazetteer import Gazetteer
from newsdesk.index.actors.names import fold
from newsdesk.index.actors.shapes import ROLE_HEADS
from newsdesk.index.language.places import is_known_place

# Capitalised at a sentence start, never the first word of a name.
STARTERS: Final[frozenset[str]] = frozenset(
    """
    whereas like maybe perhaps meanwhile however also yesterday today tonight now then so but and or
    if when while as after before although though because since until unless despite instead
    moreover indeed still yet thus hence therefore furthermore nevertheless nonetheless besides
    otherwise rather only even just nor not no yes well oh ok okay please thanks thank sorry hello
    dear here there where what why how who which whose whom this that these those such some any
    every each all both either neither many much most more few several other another one two three
    four five ten first second third last next finally earlier later recently currently previously
    initially eventually separately similarly likewise elsewhere overall altogether apparently
    clearly certainly obviously surely speaking asked according mr mrs ms dr his her their its our
    my your from in at of to for with by on into under over about nearly almost around roughly
    january february march april may june july august september october november december monday
    tuesday wednesday thursday friday saturday sunday
    """.split()
)
# Words before a name that describe the person rather than name them ("Male MPs", "Veteran Tony Benn").
DESCRIBERS: Final[frozenset[str]] = frozenset(
    """
    former ex veteran male female young old elderly senior junior top leading prominent fellow
    acting interim new then late deputy shadow chief head outgoing incoming retired current
    embattled beleaguered controversial influential popular honour excellency majesty
    highness holiness newly elected backbencher backbench
    """.split()
)
PEERAGE: Final[frozenset[str]] = frozenset(
    {"Lord", "Lady", "Baroness", "Baron", "Earl", "Viscount", "Countess"}
)
KNIGHTHOOD: Final[frozenset[str]] = frozenset({"Sir", "Dame"})
# Generations that close a person's name ("Martin Luther King Jr", "A. Malachi Mixon III"), folded.
GENERATIONS: Final[frozenset[str]] = frozenset({"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"})
# Letters after a name that are titles ("Frank Field MP", "Cherie Booth QC").
SUFFIX_TITLES: Final[frozenset[str]] = frozenset(
    {"mp", "mep", "msp", "am", "mla", "qc", "kc", "obe", "mbe", "cbe"}
)
# Lower-case words that belong inside names ("Ursula von der Leyen", "Abu Bakr al-Baghdadi").
PARTICLES: Final[frozenset[str]] = frozenset(
    {
        "de",
        "da",
        "di",
        "do",
        "dos",
        "das",
        "del",
        "della",
        "der",
        "den",
        "van",
        "von",
        "la",
        "le",
        "du",
        "bin",
        "ibn",
        "al",
        "el",
        "ben",
        "ter",
        "ten",
        "y",
        "e",
        "zu",
        "st",
        "st.",
    }
)
# Plural capitalised words that name a group, not a person ("Tories said", "MPs said"). Suffixes that
# surnames share ("Davies", "Evans", "Sanders", "Stevens") are left to the word lists.
_GROUP_PLURAL = re.compile(r"(?:[A-Z]{2,}s|[A-Z][a-z]+(?:ists|ians|ites))$")
GROUP_WORDS: Final[frozenset[str]] = frozenset(
    """
    tories democrats republicans conservatives liberals socialists communists nationalists unionists
    loyalists republicans greens labourites lib-dems dems libdems progressives moderates
    independents evangelicals catholics protestants muslims christians jews hindus sikhs latinos
    hispanics whites blacks europeans africans asians arabs westerners allies rebels militants
    insurgents islamists jihadists separatists royalists monarchists environmentalists feminists
    ministers mps meps msps peers lords commons bosses unions employers workers voters critics
    opponents supporters officials sources engineers diplomats analysts experts aides staff farmers
    residents hauliers traders lawyers doctors activists protesters demonstrators observers negotiators
    delegates inspectors monitors people executives employees members scientists researchers
    economists investors campaigners teachers nurses parents pupils students police troops soldiers
    officers villagers locals citizens refugees migrants victims witnesses survivors fans viewers
    readers users customers shoppers passengers drivers pilots britons
    """.split()
)
# Words before a name that say it is a publication, not a person ("the journal Science").
PUBLICATION_WORDS: Final[frozenset[str]] = frozenset(
    """
    journal newspaper paper magazine website site blog broadcaster network channel station tabloid daily
    weekly publication outlet programme program show podcast agency wire
    """.split()
)
_DOMAIN = re.compile(r"\w\.(?:com|org|net|co\.uk|co|gov|edu|au|uk|io|info|news|tv)\b", re.IGNORECASE)
# "WalesOnline", "GitHub": a capital after small letters inside one word names a brand, unless it is
# a surname prefix ("McDonald", "MacLeod", "DeSantis", "LaGuardia").
_BRAND = re.compile(r"(?!Mc|Mac|De|Di|Da|La|Le|Van|Von|Du|Fitz|St)[A-Z][a-z]+[A-Z][a-z]")
_POSSESSIVE_END = re.compile(r"['’]s?$")


# Last words that make a name a publication's ("Manila Bulletin", "Automotive News", "Asahi Shimbun").
_OUTLET_ENDS: Final[frozenset[str]] = frozenset(
    """
    times journal tribune herald gazette bulletin daily shimbun ilbo weekly dispatch post-dispatch chronicle
    inquirer news sun sun-times observer
    """.split()
)
# Two last words that do the same where the last alone is too common ("Canada Post" is the mail).
_OUTLET_PAIR_ENDS: Final[frozenset[tuple[str, str]]] = frozenset(
    {("news", "agency"), ("news", "service"), ("press", "agency"), ("morning", "post"), ("evening", "post")}
)
# Words before a publication's name that describe it ("the English-language South China Morning Post",
# "the official Times of Zambia", "the Bahrain-based Gulf News Agency"): not part of its name.
_DESCRIPTOR = re.compile(
    r"(?i:official|semi-official|independent|influential|respected|leading|conservative|liberal"
    r"|[\w.]+-(?:based|language|run|owned|controlled|backed|funded|affiliated))"
)


def outlet_shaped(name: str) -> bool:
    """Whether a capitalised name is a publication's by its last words ("Manila Bulletin", "Kyodo News
    Agency", "Times of Zambia"); a firm's suffix after them ("Times Mirror Co") makes it a company."""
    words = name.split()  # (only the first two and last two words are folded)
    if len(words) < 2:
        return False
    if fold(words[0]) == "times" and fold(words[1]) == "of":
        return True
    last = fold(words[-1])
    return last in _OUTLET_ENDS or (fold(words[-2]), last) in _OUTLET_PAIR_ENDS


def without_descriptors(name: str) -> str:
    """`name` without the describing words before it ("Bahrain-based Gulf News Agency" -> "Gulf News
    Agency"); the name itself when nothing is left."""
    words = name.split()
    k = 0
    while k < len(words) - 1 and _DESCRIPTOR.fullmatch(words[k]):
        k += 1
    return " ".join(words[k:])


def publication_or_brand(name: str, role: str | None) -> str | None:
    """The actor kind of a "person" that is a publication ("the journal Science", "News.com.au") or a
    brand ("WalesOnline"): "outlet" or "organisation"; None for a person."""
    role_words = fold(role or "").split()
    if (role_words and role_words[-1] in PUBLICATION_WORDS) or _DOMAIN.search(name) or outlet_shaped(name):
        return "outlet"
    if " " not in name and _BRAND.match(name):
        return "organisation"
    return None


def tidy_person(name: str, role: str | None, gazetteer: Gazetteer) -> tuple[str, str | None] | None:
    """The person's name and role once the words that are not the name are moved out or dropped; None
    when what is left names no person (a group, an office, a pronoun, a lone common word)."""
    words = _cut_at_verb(name.replace("’s ", "'s ").split())
    if not words:
        return None
    words[-1] = _POSSESSIVE_END.sub("", words[-1]) or words[-1]
    words, role = _describers_to_role(words, role, gazetteer)
    words, role = _office_of_place(words, role)
    words, role = _from_given_name(words, role, gazetteer)
    if not words or not all(w[:1].isupper() or fold(w) in PARTICLES or PARTICLE_NAME.match(w) for w in words):
        return None
    last = fold(words[-1])
    if (
        (len(words) == 1 and fold(words[0]) in STARTERS and not role)
        or (is_group(words[-1], gazetteer) and not (len(words) >= 2 and _given(words[0], gazetteer)))
        or last in ROLE_HEADS
    ):
        return None  # "Tories", "the Salford MP": a group or an office
    if len(words) == 1 and role and _peer_title(role.split()[-1], gazetteer):
        # "Lord Falconer" is the peer; "Falconer" alone could be anyone called Falconer.
        title = role.split()[-1]
        words, role = [title, *words], " ".join(role.split()[:-1]) or None
    elif role and role.split()[-1] in KNIGHTHOOD:
        # "Liberal Democrat foreign affairs spokesman Sir Menzies Campbell": "Sir" is no part of the office
        role = " ".join(role.split()[:-1]) or None
    known = gazetteer.lookup(" ".join(words))
    if known is not None and known.kind != "person":
        return None
    if _a_place(words, gazetteer):
        return None
    return " ".join(words), role


def _peer_title(title: str, gz: Gazetteer) -> bool:
    """Whether a title before a lone name makes it a peer's or a knight's ("Lord Falconer", "Sir Menzies")."""
    # (three set tests: a union of the sets built per call cost more than the rest of the test)
    return title in PEERAGE or title in KNIGHTHOOD or title in gz.peerage_titles


def _a_place(words: list[str], gz: Gazetteer) -> bool:
    """ "Minas Gerais", "Guangdong Province": a place the shipped list knows, not a person."""
    return len(words) >= 2 and not _given(words[0], gz) and is_known_place(" ".join(words))


def _from_given_name(words: list[str], role: str | None, gz: Gazetteer) -> tuple[list[str], str | None]:
    """ "Lib Dem Norman Baker", "Ecologist Ryan Norris", "NASA Administrator Jim Bridenstine": a known
    given name after words that hold none starts the name; the words before it are the role."""
    for k in range(1, len(words) - 1):
        if gz.is_given_name(words[k]) and not any(gz.is_given_name(w) for w in words[:k]):
            if (
                all(w[:1].isupper() for w in words[k:])
                and 2 <= len(words) - k <= 3
                and _before_name(words[:k], gz)
            ):
                return words[k:], " ".join(x for x in (role, " ".join(words[:k])) if x)
            break
    return words, role


def _before_name(lead: list[str], gz: Gazetteer) -> bool:
    """Whether words before a given name can be a role: one word must describe someone ("Ecologist",
    "NASA", "Welsh"); "Shani" in "Shani Rhys James" is a given name the list lacks."""
    if len(lead) > 1:
        return True
    word = lead[0]
    if _INITIALS.fullmatch(word):
        return False  # "L.C. Duncan Jr.": initials open the name
    return (
        _describes(word)
        or word.isupper()
        or fold(word) in gz.titles
        or gz.demonym(word) is not None
        # "Represenative Clayton Yeutter": a role's shape, even misspelt
        or (len(word) >= 7 and fold(word).endswith(_ROLE_SHAPES))
    )


_INITIALS: Final = re.compile(r"(?:[A-Z]\.){1,3}")
_ROLE_SHAPES: Final = ("ive", "ent", "ant", "ary", "er", "or", "ist", "ian", "man")


def _describers_to_role(words: list[str], role: str | None, gz: Gazetteer) -> tuple[list[str], str | None]:
    """Openers dropped and describing words moved to the role ("Former welfare minister Frank Field MP":
    name "Frank Field", role "Former welfare minister MP"); a given name that is also an occupation
    stays ("Dean Johnson")."""
    if role is None and _a_place(words, gz):
        return words, role  # "New Brunswick said": a province, no "New" Mr Brunswick
    before: list[str] = []
    while len(words) > 1 and (
        fold(words[0]) in STARTERS or (_describes(words[0]) and not _given(words[0], gz))
    ):
        if fold(words[0]) not in STARTERS:
            before.append(words[0])
        words = words[1:]
    after: list[str] = []
    while len(words) > 1 and fold(words[-1]) in SUFFIX_TITLES:
        after.insert(0, words.pop())
    if not before and not after:
        return words, role or None  # (most names: nothing moved to the role)
    parts = [p for p in (role, " ".join(before), " ".join(after)) if p]
    return words, " ".join(parts) or None


def _office_of_place(words: list[str], role: str | None) -> tuple[list[str], str | None]:
    """ "First Minister of | Scotland Nicola Sturgeon": the place after "of" belongs to the office. With no
    name left ("The Archbishop of | Cardiff") the words name an office, not a person (empty words)."""
    if not role or role.split()[-1].lower() not in ("of", "for", "at", "to"):
        return words, role
    if len(words) <= 2:
        return [], role
    return words[1:], f"{role} {words[0]}"


def is_group(word: str, gazetteer: Gazetteer) -> bool:
    """A capitalised plural that names a group ("Tories", "MPs", "Russians", "Dealers"), not a person."""
    low = fold(word)
    return (
        low in GROUP_WORDS
        or (
            low.endswith("s")
            and len(low) > 4
            and low in gazetteer.common_words
            and low[:-1] in gazetteer.common_words
        )
        or bool(_GROUP_PLURAL.match(word))
        or (low.endswith("s") and gazetteer.demonym(low[:-1]) is not None)
    )


def _given(word: str, gz: Gazetteer) -> bool:
    return word in gz.male_names or word in gz.female_names or word in _GIVEN_ROLE_WORDS


# Occupations that are also common given names, whatever the gazetteer lists.
_GIVEN_ROLE_WORDS: Final[frozenset[str]] = frozenset({"Dean", "Earl", "Major", "Judge", "Pastor", "Bishop"})


_OCCUPATION_ENDS: Final = ("ologist", "ographer", "ician", "iatrist", "ometrist", "ist", "yst")


def _describes(word: str) -> bool:
    """A capitalised word that describes a person: an occupation or an adjective like "Former" or
    "Montreal-based"."""
    low = fold(word)
    if low.endswith(("-based", "-born", "-owned", "-controlled", "-listed", "-year-old")):
        return True
    # "Immunologist Kristian Andersen", "Epidemiologist ...": an occupation by its shape, whatever a list holds.
    if len(low) >= 7 and "-" not in low and low.endswith(_OCCUPATION_ENDS):
        return True
    return low in DESCRIBERS or low in ROLE_HEADS


# "al-Salim", "el-Sisi": a family name written with its particle in lower case
PARTICLE_NAME = re.compile(r"(?:al|el|ad|as|ash|at|az|bin|ibn|abu|ul|ud|ur|ben)-[A-Z]")


def _cut_at_verb(words: list[str]) -> list[str]:
    """The words before the first lower-case word that is no name particle ("Mr Blair repeated")."""
    for n, w in enumerate(words):
        if w[:1].islower() and fold(w) not in PARTICLES and not PARTICLE_NAME.match(w):
            return words[:n]
    return words
