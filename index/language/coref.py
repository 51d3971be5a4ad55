"""Within-article coreference for speakers: who "he", "they", "the minister" and "who" stand for.

Antecedents are named (and, for groups, unnamed) mentions in text order: the speakers extraction found,
plus people named anywhere with a title or a known given name ("President Donald Trump", "Hillary
Clinton"). A pronoun or nominal takes the most recent compatible one before it.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable
from typing import Final

from newsdesk.index.actors.gazetteer import Gazetteer
from newsdesk.index.actors.names import fold
from newsdesk.index.actors.shapes import ROLE_HEADS, holds_office
from newsdesk.index.language.cues import trie_pattern
from newsdesk.index.language.speakers import Gender, Mention, make_mention, parse_mention

_PRONOUN_GENDER: Final[dict[str, str]] = {"he": "m", "she": "f"}
GROUP_PRONOUNS: Final[frozenset[str]] = frozenset({"they", "we"})
_CAP_WORD_WHOLE = re.compile(r"[A-Z][a-z]+")
_TITLE_HEADS: Final[frozenset[str]] = frozenset(
    {
        "President",
        "Senator",
        "Sen",
        "Rep",
        "Gov",
        "Governor",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Minister",
        "Secretary",
        "Chancellor",
        "Prime",
        "Mayor",
        "Judge",
        "Speaker",
        "General",
        "Gen",
        "Lord",
        "Lady",
        "Baroness",
        "Sir",
        "Dame",
    }
)
_NOT_SURNAMES: Final[frozenset[str]] = frozenset(
    {"The", "A", "An", "And", "But", "In", "On", "At", "Of", "For"}
)
_TITLED_NAME = re.compile(
    r"\b(?:"
    + trie_pattern(
        [
            "President",
            "Senator",
            "Sen.",
            "Rep.",
            "Gov.",
            "Governor",
            "Mr.",
            "Mr",
            "Mrs.",
            "Mrs",
            "Ms.",
            "Ms",
            "Dr.",
            "Dr",
            "Minister",
            "Secretary",
            "Chancellor",
            "Prime Minister",
            "Mayor",
            "Judge",
            "Speaker",
            "General",
            "Gen.",
            "Lord",
            "Lady",
            "Baroness",
            "Sir",
            "Dame",
        ]
    )
    + r")(?:\s+[A-Z][\w'’-]+){1,3}"
)
_SENTENCE_END = re.compile(r"(?:[a-z]{2}|['’]s)[.!?]\s+")
# The first of the (up to three) words spelled out: a pattern opening with `[A-Z]` lets the search skip to
# the capitals of its window in C; `(?:...){1,3}` first would be tried at every position.
_CAPS_BEFORE = re.compile(r"[A-Z][\w.'’-]*\s+(?:[A-Z][\w.'’-]*\s+){0,2}$")


@functools.lru_cache(maxsize=8)
def _candidate_words(male: frozenset[str], female: frozenset[str], unisex: frozenset[str]) -> re.Pattern[str]:
    """The capitalised words (whole runs `[A-Z][a-z]+`) that are titles or given names.

    No word boundary in the pattern: the caller tests the character before a match. A lookbehind at
    every capital letter the scan stops at cost more than the rest of the failed attempt, and a match
    that the test then drops hides no other (its letters after the first are all lower case)."""
    words = sorted(w for w in _TITLE_HEADS | male | female | unisex if _CAP_WORD_WHOLE.fullmatch(w))
    # `(?![a-z])`: the whole run of lower-case letters is the word ("Sen" is not "Senate").
    return re.compile(trie_pattern(words) + r"(?![a-z])")


def scan_persons(text: str, gazetteer: Gazetteer) -> list[Mention]:
    """Names anywhere that are surely people ("President Donald Trump", "Mr. Obama", "Hillary Clinton"):
    antecedents for pronouns even when they never speak."""
    out: list[Mention] = []
    covered = -1
    male, female, unisex = gazetteer.male_names, gazetteer.female_names, gazetteer.unisex_names
    # One pass over the capitalised words that are titles or known given names (the only ones looked at
    # more closely): a trie of those words, opening with their first letters, finds them in C instead of
    # testing every capitalised word.
    for cap in _candidate_words(male, female, unisex).finditer(text):
        pos = cap.start()
        if pos < covered:
            continue
        if pos:
            ch = text[pos - 1]
            if ch.isalnum() or ch == "_":
                continue  # inside a word ("McDonald"): what `\b` before the word would have refused
        word = cap.group()
        titled = _TITLED_NAME.match(text, pos) if word in _TITLE_HEADS else None
        found = (
            _titled_person(text, pos, titled, gazetteer)
            if titled
            else _named_person(text, pos, word, gazetteer)
        )
        if found is not None:
            out.append(found[0])
            covered = found[1]
    return out


def _titled_person(text: str, pos: int, m: re.Match[str], gazetteer: Gazetteer) -> tuple[Mention, int] | None:
    """ "President Donald Trump", "Russian Foreign Minister Sergey Lavrov": the person a title at `pos`
    (matched by `m`) names, and where the match ends."""
    # "Secretary-General Haldis Morrow": the title is the whole hyphenated word, not "General".
    head = pos if pos == 0 or text[pos - 1] not in "-‐" else text.rfind(" ", 0, pos) + 1
    before = _CAPS_BEFORE.search(text, max(0, head - 40), head)
    start = before.start() if before else head  # "Russian Foreign Minister Sergey Lavrov"
    if before:
        stop = _SENTENCE_END.search(text, start, head)  # "quote General Brenner's. Mr Brenner"
        if stop:
            start = stop.end()
    end = m.end() - 2 if text[m.end() - 2 : m.end()] in ("'s", "’s") else m.end()  # "Mr Reyl's"
    mention = parse_mention(text[start:end], start, gazetteer)
    if mention and mention.kind == "name" and mention.actor_kind == "person":
        return mention, m.end()
    return None


def _named_person(text: str, pos: int, word: str, gazetteer: Gazetteer) -> tuple[Mention, int] | None:
    """ "Hillary Clinton": a known given name `word` at `pos` and a capitalised word after it, and where
    they end; no need for the full mention parser."""
    male, female = gazetteer.male_names, gazetteer.female_names
    gender: Gender | None = "m" if word in male else "f" if word in female else None
    if gender is None and word not in gazetteer.unisex_names:
        return None
    m = gazetteer.given_name_re.match(text, pos)
    if m is None or m.group(2) in _NOT_SURNAMES:
        return None
    place = gazetteer.lookup(word)
    if place is not None and place.kind != "person":
        return None  # "Virginia Beach", "Georgia Republicans": a place that is also a given name
    name = m.group(0)
    if name.endswith(("'s", "’s")):  # "Donald Trump's campaign": the person is Donald Trump
        name = name[:-2]
    known = gazetteer.lookup(name)
    if known is not None and known.kind != "person":
        return None
    mention = make_mention(
        name,
        pos,
        pos + len(name),
        "name",
        known.name if known else name,
        "person",
        None,
        known.affiliation if known else None,
        gender,
    )
    return mention, m.end()


def normalise_nominal(text: str) -> str:
    """An unresolved nominal as an unnamed actor ("The minister" -> "the minister")."""
    words = text.split()
    if words and words[0] in ("The", "This"):
        words[0] = words[0].lower()
    return " ".join(words)


def antecedent_label(m: Mention) -> str:
    """How `why` names the antecedent a pronoun or nominal took."""
    if m.kind == "nominal":
        return f"named {m.role or 'person'}"
    low = fold(m.text)
    if low in ("he", "she", "who", "i"):
        return "named person"
    if low in GROUP_PRONOUNS:
        return "group or institution"
    if low == "it":
        return "institution or state"
    return "named actor"


# `\n|[.?!]\s` spelled as alternatives that each open with a literal, so the search skips to the next
# candidate character in C instead of trying the pattern at every position.
_BREAK = re.compile(r"\n|\.\s|\?\s|!\s")
_IT_KINDS: Final = ("organisation", "state", "outlet")  # what "it" can stand for
_GROUP_KINDS: Final = ("organisation", "state", "outlet", "unnamed")  # what "they" and "we" can stand for


def _same_sentence(text: str, a: int, b: int) -> bool:
    """No sentence or paragraph break in text[a:b]."""
    return _BREAK.search(text, a, b) is None


# How far into its sentence a name may start and still be the sentence's subject ("Former civil service
# chief Lord Butler has criticised ..."): a few words of title before it.
_SUBJECT_REACH = 60


def _subject_of_sentence(
    best: Mention,
    antecedents: list[Mention],
    want_gender: str | None,
    genders: dict[str, str],
    canonical: Callable[[Mention], str | None],
    text: str,
) -> Mention:
    """The subject of the sentence the last compatible person was named in, when it is a compatible
    person too: "Mr Milburn sought to end the feud between Gordon Brown and Tony Blair. He stressed ..."
    is Mr Milburn, not the last name seen (centering: a pronoun continues the previous subject)."""
    start = sentence_start(text, best.start)
    for a in antecedents:
        if a.start < start:
            continue
        if a.start >= best.start or a.start - start > _SUBJECT_REACH:
            break
        if a.actor_kind != "person" or in_opening_clause(text, start, a):
            continue
        g = a.gender or genders.get(canonical(a) or "")
        if want_gender and g and g != want_gender:
            continue
        return a
    return best


# A word that opens a clause or phrase before the main clause ("while we are on the subject of Mr
# Kilroy-Silk, Mr Morris despatches him", "But as Forsythe criticises this government, Hobbes has ...").
_OPENING_CLAUSE_WORD = re.compile(
    r"\b(?:while|as|when|after|although|though|if|because|since|before|unlike|despite|like|whereas|until|"
    r"unless|once)\b",
    re.IGNORECASE,
)


def in_opening_clause(text: str, start: int, a: Mention) -> bool:
    """Whether a person named near a sentence's start (at `start`) stands in an opening clause or phrase
    closed by a comma, not as the main clause's subject."""
    openers = list(_OPENING_CLAUSE_WORD.finditer(text, start, a.start))
    if not openers or "," in text[openers[-1].end() : a.start]:
        return False  # "Just before the final debate, Hunter Biden's partner Tony Bobulinski held": closed before
    comma = text.find(",", a.end, a.end + 80)
    return comma >= 0 and _same_sentence(text, a.end, comma)


# Heads of an unnamed speaker that is one person ("the prime minister's official spokesman ... he added").
_ONE_PERSON_HEADS: Final[dict[str, str | None]] = {
    "spokesman": "m",
    "spokeswoman": "f",
    "spokesperson": None,
    "official": None,
    "source": None,
    "aide": None,
    "adviser": None,
    "advisor": None,
    "diplomat": None,
    "analyst": None,
    "economist": None,
    "minister": None,
    "executive": None,
    "businessman": "m",
    "businesswoman": "f",
    "lawyer": None,
}


def _head(m: Mention) -> str:
    words = (m.name or m.text).replace(",", " ").split()
    for before, word in itertools.pairwise(words):
        # "a spokesman for the Information Commissioner's Office": the noun before the first preposition
        # (written in lower case: "a Bank of Japan official" is an official)
        if word in _HEAD_ENDS and before.islower():
            return fold(before)
    return fold(words[-1]) if words else ""


_HEAD_ENDS: Final = frozenset({"for", "of", "at", "in", "from", "with", "to"})


def _one_person(m: Mention) -> bool:
    """An unnamed speaker that is one person, not a group: "a senior official", "the spokesman"."""
    return m.kind == "unnamed" and _head(m) in _ONE_PERSON_HEADS


def _gender(a: Mention, genders: dict[str, str], canonical: Callable[[Mention], str | None]) -> str | None:
    """The sex a mention shows: its own, the article's for its name, or its head noun's ("spokeswoman")."""
    return a.gender or genders.get(canonical(a) or "") or _noun_gender(a)


def _noun_gender(m: Mention) -> str | None:
    return _ONE_PERSON_HEADS.get(_head(m)) if m.kind == "unnamed" else None


def sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding `pos` starts (after the last sentence or paragraph break before it)."""
    start = max(0, pos - 600)
    for brk in _SENTENCE_BREAK.finditer(text, start, pos):
        start = brk.end()
    return start


# A sentence ends at a stop, question or exclamation mark, with a closing quotation mark after it or not.
_SENTENCE_BREAK = re.compile(r"\n|[.?!][\"”’']?\s")


def antecedent(
    m: Mention,
    antecedents: list[Mention],
    genders: dict[str, str],
    canonical: Callable[[Mention], str | None],
    before: int,
    speakers: frozenset[int] = frozenset(),
    text: str = "",
    demonym: Callable[[str], str | None] = lambda word: None,
) -> Mention | None:
    """The most recent compatible mention `m` refers to: gender for he/she, institutions for "it",
    groups for "they", the role noun for nominals; None for a relative "who" without its noun phrase.

    For he/she a speaker (ids in `speakers`) outranks a person named later in the speaker's own sentence:
    "Morrow said the mission would be led by Brenner. She said ..." is Morrow speaking again."""
    low = fold(m.text)
    # One function per kind of mention (the tests of the kind hoisted out of its loop); the same walk in
    # text order.
    if m.kind == "nominal":
        return _nominal_antecedent(m, antecedents, before, speakers, demonym)
    if low in ("he", "she", "i"):
        return _person_antecedent(m, low, antecedents, genders, canonical, before, speakers, text)
    if low in ("who", "which", "you"):
        # "You" is whoever is addressed (an interviewer's question), never the last name seen.
        # A relative pronoun means the words right before it ("the woman who said"); when those are not
        # a name we could read, guessing the last name seen would put words in someone's mouth.
        return None
    kinds = _IT_KINDS if low == "it" else _GROUP_KINDS if low in GROUP_PRONOUNS else None
    best: Mention | None = None
    for a in antecedents:
        if a.start >= m.start:
            if a.start >= before:
                break
            continue
        # "The investor group seeking to acquire GenCorp said ... it agreed": an unnamed body that just
        # spoke is an "it" too.
        body = low == "it" and id(a) in speakers and _head(a) in _ONE_BODY_HEADS
        if kinds is not None and a.actor_kind not in kinds and not body:
            continue
        best = a
    if low == "it" and best is not None and best.actor_kind == "state" and id(best) not in speakers:
        # "Marine Midland said ... loans to Brazil ... It said": the company that spoke, not a state it named
        spoke = [
            a
            for a in antecedents
            if a.start < m.start and id(a) in speakers and a.actor_kind == "organisation"
        ]
        if spoke:
            return spoke[-1]
    return best


def _nominal_antecedent(
    m: Mention,
    antecedents: list[Mention],
    before: int,
    speakers: frozenset[int],
    demonym: Callable[[str], str | None],
) -> Mention | None:
    """The last person holding the office a nominal names ("the minister"), or the unnamed speaker with
    its head noun ("a Bank of Japan official said ... The official added")."""
    best: Mention | None = None
    for a in antecedents:
        if a.start >= m.start:
            if a.start >= before:
                break
            continue
        if not m.role:
            continue
        if a.actor_kind == "person" and holds_office(m.role, a.role, a.affiliation, demonym):
            best = a
        elif a.kind == "unnamed" and id(a) in speakers and _head(a) == fold(m.role).split()[-1]:
            best = a  # "a Bank of Japan official said ... The official added": that official
    return best


def _person_antecedent(
    m: Mention,
    low: str,
    antecedents: list[Mention],
    genders: dict[str, str],
    canonical: Callable[[Mention], str | None],
    before: int,
    speakers: frozenset[int],
    text: str,
) -> Mention | None:
    """The last person of the pronoun's gender ("he", "she", "I"); a speaker outranks a person named
    later in the speaker's own sentence."""
    want_gender = _PRONOUN_GENDER.get(low)
    if text and want_gender:
        centre = _previous_subject(m.start, want_gender, antecedents, genders, canonical, speakers, text, 3)
        if centre is not None:
            return centre
    best: Mention | None = None
    best_speaks = False  # whether `best` is one of the `speakers`
    best_end = 0
    for a in antecedents:
        if a.start >= m.start:
            if a.start >= before:
                break
            continue
        if a.actor_kind != "person" and not (id(a) in speakers and _one_person(a)):
            continue
        g = _gender(a, genders, canonical)
        if want_gender and g and g != want_gender:
            continue
        if _spoken_to(text, a, m):
            continue
        if best_speaks and text and id(a) not in speakers and _same_sentence(text, best_end, a.start):
            continue
        best, best_end = a, a.end
        best_speaks = id(a) in speakers
    if best is not None and text and not best_speaks:
        best = _subject_of_sentence(best, antecedents, want_gender, genders, canonical, text)
    return best


# How far into the sentence before a person may stand and be its subject: past an opening phrase ("Just
# before the final presidential debate, Hunter Biden's former business partner Tony Bobulinski held").
_PREVIOUS_SUBJECT_REACH = 90


def _spoken_to(text: str, a: Mention, m: Mention) -> bool:
    """ "Speaking to Martin Smith of PBS, he said": the one spoken to in the pronoun's sentence is not "he"."""
    if not text or not _LISTENER_BEFORE.search(text, max(0, a.start - 40), a.start):
        return False
    return _same_sentence(text, a.start, m.start)


_LISTENER_BEFORE = re.compile(
    r"\b(?:[Ss]peaking|[Tt]alking|[Ww]riting|[Tt]alked|[Ss]poke)\s+(?:to|with)\s+(?:\w+\s+){0,4}$|"
    r"\b[Ii]nterview(?:ed)?\s+(?:with|by)\s+(?:\w+\s+){0,4}$"
)
# How far into its sentence a pronoun may stand and still open it ("But before doing so, he insisted").
_OPENING_REACH = 45
_OPENING_PRONOUN = re.compile(r"\b([Hh]e|[Ss]he)\b")


def _previous_subject(
    pos: int,
    want_gender: str,
    antecedents: list[Mention],
    genders: dict[str, str],
    canonical: Callable[[Mention], str | None],
    speakers: frozenset[int],
    text: str,
    depth: int,
) -> Mention | None:
    """For "he"/"she" opening its sentence: the person the sentence before opens with, when that person fits
    ("Tony Bobulinski held a press conference claiming Joe Biden knew ... He claimed" is Bobulinski, not the
    last name seen); a "he" opening that sentence too is followed back (a chain of "He told ... He claimed").
    None when the sentence before opens with no person (then the last compatible name decides)."""
    start = sentence_start(text, pos)
    if pos - start > _OPENING_REACH or start < 2 or any(start <= a.start < pos for a in antecedents):
        return None
    end = start
    while end > 0 and text[end - 1].isspace():
        end -= 1  # over a paragraph's blank line
    before = sentence_start(text, max(0, end - 1))
    if end - before < 8:
        return None
    opener = _opening_person(text, before, start, antecedents, speakers)
    if opener is not None:
        g = _gender(opener, genders, canonical)
        return opener if not g or g == want_gender else None
    holder = _office_holder(text, before, start, antecedents, genders, canonical, want_gender)
    if holder is not None:
        return holder
    opening = _OPENING_PRONOUN.search(text, before, min(start, before + _OPENING_REACH))
    if opening is None or depth <= 1 or _PRONOUN_GENDER[fold(opening.group(1))] != want_gender:
        return None
    return _previous_subject(
        opening.start(), want_gender, antecedents, genders, canonical, speakers, text, depth - 1
    )


def _opening_person(
    text: str, before: int, start: int, antecedents: list[Mention], speakers: frozenset[int]
) -> Mention | None:
    """The person (or one-person unnamed speaker) the sentence at [before, start) opens with: past an opening
    phrase, an owner's possessive ("Hunter Biden's former business partner Tony Bobulinski") and an opening
    clause ("while we are on the subject of Mr Kilroy-Silk, Mr Morris ...")."""
    reach = _PREVIOUS_SUBJECT_REACH
    for a in antecedents:
        if a.start < before:
            continue
        if a.start >= start or a.start - before > reach:
            break
        if text.startswith(("'s", "’s"), a.end) or in_opening_clause(text, before, a):
            reach = a.end - before + _SUBJECT_REACH
            continue
        if a.actor_kind == "person" or (id(a) in speakers and _one_person(a)):
            return a
    return None


# "The home secretary has ...", "Earlier the Archbishop of Canterbury wrote": a sentence opening with an office.
_OFFICE_OPENING = re.compile(r"\b[Tt]he\s+((?:[A-Za-z'’-]+\s+){0,3}[A-Za-z'’-]+)")


def _no_demonym(word: str) -> str | None:
    return None


def _office_holder(
    text: str,
    before: int,
    start: int,
    antecedents: list[Mention],
    genders: dict[str, str],
    canonical: Callable[[Mention], str | None],
    want_gender: str,
) -> Mention | None:
    """The person the article named earlier as holding the office the sentence at `before` opens with ("The
    home secretary has already admitted ..." after "Home Secretary David Blunkett")."""
    opening = _OFFICE_OPENING.search(text, before, min(start, before + _OPENING_REACH + 20))
    if opening is None:
        return None
    words = opening.group(1).split()
    heads = [i for i, w in enumerate(words) if fold(w) in ROLE_HEADS]
    if not heads:
        return None
    office = " ".join(words[: heads[-1] + 1])  # "home secretary" of "the home secretary has"
    holders = {
        canonical(a)
        for a in antecedents
        if a.start < before
        and a.actor_kind == "person"
        and holds_office(office, a.role, a.affiliation, _no_demonym)
    }
    holder = None
    for a in antecedents:
        if a.start >= before:
            break
        if a.actor_kind == "person" and canonical(a) in holders:
            holder = a  # the office holder's last mention, whichever mention carried the title
    if holder is None or len(holders) != 1:
        return None
    g = holder.gender or genders.get(canonical(holder) or "")
    if g and g != want_gender:
        return None
    # The office where the sentence writes it, standing for its holder: what follows reads that sentence.
    at = opening.start()
    return make_mention(
        text[at : opening.start(1) + len(office)],
        at,
        opening.start(1) + len(office),
        "name",
        canonical(holder) or holder.name,
        "person",
        office,
        holder.affiliation,
        holder.gender,
    )


_ONE_BODY_HEADS: Final = frozenset(
    {
        "group",
        "company",
        "consortium",
        "partnership",
        "firm",
        "board",
        "committee",
        "government",
        "bank",
        "union",
        "department",
        "ministry",
        "agency",
        "office",
        "commission",
        "council",
        "court",
        "report",
        "study",
        "survey",
        "statement",
    }
)
