"""Within-article coreference for speakers: who "he", "they", "the minister" and "who" stand for.

Antecedents are named (and, for groups, unnamed) mentions in text order: the speakers extraction found,
plus people named anywhere with a title or a known given name ("President Donald Trump", "Hillary
Clinton"). A pronoun or nominal takes the most recent compatible one before it.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Sequence
from typing import Final

from newsdesk.index.actors.gazetteer import Gazetteer
from newsdesk.index.actors.names import fold
from newsdesk.index.actors.shapes import ROLE_HEADS, holds_office
from newsdesk.index.language.cues import trie_pattern
from newsdesk.index.language.speakers import Gender, Mention, make_mention, parse_mention

_Spans = Sequence[tuple[int, int]]
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


# What ends a firm's name right after a founder's ("Arthur Andersen and Co", "Salomon Brothers Inc").
_FIRM_AFTER = re.compile(
    r"(?:,?\s+(?:and|&)\s+(?:Co|Company|Sons|Partners|Associates)\b|"
    r",?\s+(?:Co|Inc|Corp|Ltd|LLP|Plc|PLC|AG|SA|NV|Brothers|Bros)\b\.?)"
)


_KIN_BEFORE = re.compile(
    r"\b(?:his|her|their)\s+(?:(?:eldest|elder|oldest|younger|youngest|only)\s+)?(?:son|daughter|wife|husband|"
    r"brother|sister|father|mother|stepson|stepdaughter|partner|nephew|niece|grandson|granddaughter)\s+$"
)
_PLACE_BEFORE = re.compile(r"\b(?:San|Santa|Santo|Los|Las|St\.?|Saint|Fort|Port|Mount|Lake|New)\s+$")


def _named_person(text: str, pos: int, word: str, gazetteer: Gazetteer) -> tuple[Mention, int] | None:
    """ "Hillary Clinton": a known given name `word` at `pos` and a capitalised word after it, and where
    they end; no need for the full mention parser."""
    male, female = gazetteer.male_names, gazetteer.female_names
    gender: Gender | None = "m" if word in male else "f" if word in female else None
    if gender is None and word not in gazetteer.unisex_names:
        return None
    m = gazetteer.given_name_re.match(text, pos)
    if m is None and _KIN_BEFORE.search(text, max(0, pos - 24), pos):
        # "introduced by his son Nick, a trainee vicar": a relative named by the given name alone
        return make_mention(
            word, pos, pos + len(word), "name", word, "person", None, None, gender
        ), pos + len(word)
    if m is None or m.group(2) in _NOT_SURNAMES:
        return None
    if _PLACE_BEFORE.search(text, max(0, pos - 8), pos):
        return None  # "the San Francisco Chamber of Commerce": a place's name, not Francisco
    place = gazetteer.lookup(word)
    if place is not None and place.kind != "person":
        return None  # "Virginia Beach", "Georgia Republicans": a place that is also a given name
    name = m.group(0)
    if _FIRM_AFTER.match(text, pos + len(name)):
        return None  # "Arthur Andersen and Co", "Morgan Grenfell Ltd": a firm named after its founders
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
# A closing quotation mark may stand between the stop and the space ('... this." Ms Sturgeon has').
_BREAK = re.compile(r"\n|\.[\"”’']?\s|\?[\"”’']?\s|![\"”’']?\s")
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
    "trader": None,
    "dealer": None,
    "banker": None,
    "broker": None,
    "manager": None,
    "professor": None,
    "director": None,
    "strategist": None,
    "negotiator": None,
    "delegate": None,
    "lobbyist": None,
    "consultant": None,
    # "a senior Citibank employee told Reuters. '...,' he added": one person, who goes on as "he"
    "employee": None,
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


def one_person(m: Mention) -> bool:
    """An unnamed speaker that is one person, not a group: "a senior official", "the spokesman"; not the
    tail of a named person's apposition ("Bernard Reed, manager of the London options exchange said")."""
    if m.kind != "unnamed":
        return False
    head = _head(m)
    if head not in _ONE_PERSON_HEADS and not _one_agent(m, head):
        return False
    return not m.text[:1].islower() or m.text.partition(" ")[0] in _DETERMINERS


def _one_agent(m: Mention, head: str) -> bool:
    """ "One veteran debt rescheduler": one someone named by what they do (an agent noun no list holds),
    counted as one ("one", "a", "another") and in lower case; not a paper or a letter."""
    return (
        head.endswith(_AGENT_ENDINGS)
        and head not in _THING_AGENTS
        and m.text.partition(" ")[0].lower() in _ONE
        and head in m.text
        and len(head) > 4
    )


_AGENT_ENDINGS: Final = ("er", "or", "ist")
_ONE: Final = frozenset({"a", "an", "one", "another"})
# Nouns with an agent's ending that name things or bodies which speak only through someone.
_THING_AGENTS: Final = frozenset(
    "newspaper paper letter newsletter order number register computer poster monitor indicator "
    "barometer filter chapter quarter matter cover charter sector factor producer exporter importer "
    "refiner manufacturer carrier supplier insurer lender shipper processor distributor retailer "
    "operator regulator competitor bidder buyer seller".split()
)


_DETERMINERS: Final = frozenset({"a", "an", "the", "one", "another", "this", "that"})


def _gender(a: Mention, genders: dict[str, str], canonical: Callable[[Mention], str | None]) -> str | None:
    """The sex a mention shows: its own, the article's for its name, or its head noun's ("spokeswoman")."""
    return a.gender or genders.get(canonical(a) or "") or _noun_gender(a)


def _noun_gender(m: Mention) -> str | None:
    return _ONE_PERSON_HEADS.get(_head(m)) if m.kind == "unnamed" else None


def sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding `pos` starts (after the last sentence or paragraph break before it)."""
    start = max(0, pos - 600)
    # The end of the last `_SENTENCE_BREAK` match in [start, pos): every match opens with one of these
    # characters, none can start inside another (but a line break ending one, which ends where it does),
    # so the last one opens at the last of these characters where the pattern matches. Found from the
    # right with str.rfind (a scan of the window tries the pattern at every position).
    # (Listed, not a comprehension: this runs for most positions resolve looks at.)
    last = [
        text.rfind("\n", start, pos),
        text.rfind(".", start, pos),
        text.rfind("?", start, pos),
        text.rfind("!", start, pos),
    ]
    while (at := max(last)) >= 0:
        brk = _SENTENCE_BREAK.match(text, at, pos)
        if brk is not None:
            return brk.end()
        k = last.index(at)
        last[k] = text.rfind(_BREAK_OPENERS[k], start, at)
    return start


# A sentence ends at a stop, question or exclamation mark, with a closing quotation mark after it or not.
# Not after an initial's stop ("U.S. Secretary of State George Shultz", "A.W. Clausen"), nor "Mr." or "Dr.".
# (Each alternative opens with its literal and looks behind only after it: the scan skips to stops in C.)
_SENTENCE_BREAK = re.compile(
    r"\n|\.(?<!\b[A-Z]\.)(?<!\bMr\.)(?<!\bDr\.)(?<!\bMrs\.)(?<!\bSt\.)[\"”’']?\s|[?!][\"”’']?\s"
)
_BREAK_OPENERS: Final = "\n.?!"


def antecedent(
    m: Mention,
    antecedents: list[Mention],
    genders: dict[str, str],
    canonical: Callable[[Mention], str | None],
    before: int,
    speakers: frozenset[int] = frozenset(),
    text: str = "",
    demonym: Callable[[str], str | None] = lambda word: None,
    content: _Spans = (),
) -> Mention | None:
    """The most recent compatible mention `m` refers to: gender for he/she, institutions for "it",
    groups for "they", the role noun for nominals; None for a relative "who" without its noun phrase.

    For he/she a speaker (ids in `speakers`) outranks a person named later in the speaker's own sentence:
    "Morrow said the mission would be led by Brenner. She said ..." is Morrow speaking again. `content`
    (the spans of what the pronoun says) names persons it cannot be."""
    low = fold(m.text)
    # One function per kind of mention (the tests of the kind hoisted out of its loop); the same walk in
    # text order.
    if m.kind == "nominal":
        return _nominal_antecedent(m, antecedents, before, speakers, demonym)
    if low in ("he", "she", "i"):
        return _person_antecedent(m, low, antecedents, genders, canonical, before, speakers, text, content)
    if low in ("who", "which", "you"):
        # "You" is whoever is addressed (an interviewer's question), never the last name seen.
        # A relative pronoun means the words right before it ("the woman who said"); when those are not
        # a name we could read, guessing the last name seen would put words in someone's mouth.
        return None
    return _body_antecedent(m, low, antecedents, before, speakers, text, content)


def _body_antecedent(
    m: Mention,
    low: str,
    antecedents: list[Mention],
    before: int,
    speakers: frozenset[int],
    text: str,
    content: _Spans,
) -> Mention | None:
    """The body "it" stands for, or the group "they" and "we" stand for (see `antecedent`)."""
    opened = _it_after_nominal(text, m.start, antecedents) if low == "it" and text else None
    if opened is not None:
        return opened
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
        if low in GROUP_PRONOUNS and _never_they(a, content):
            continue
        best = a
    if low == "it" and best is not None and best.actor_kind == "state" and id(best) not in speakers:
        return _company_that_spoke(m, antecedents, speakers) or best
    return best


def _company_that_spoke(m: Mention, antecedents: list[Mention], speakers: frozenset[int]) -> Mention | None:
    """ "Marine Midland said ... loans to Brazil ... It said": the company that spoke, not a state it named."""
    spoke = [
        a for a in antecedents if a.start < m.start and id(a) in speakers and a.actor_kind == "organisation"
    ]
    return spoke[-1] if spoke else None


def _it_after_nominal(text: str, pos: int, antecedents: list[Mention]) -> Mention | None:
    """For "it" opening its sentence after one that opens with a body by its head noun ("The commission, an
    independent body, had been asked ... But it said"): the body named earlier with that head (the Law
    Commission); None when the sentence before opens otherwise or no body has that head. A document's
    "it" is left alone: "The statement repeated ... It said" is the company that issued it."""
    start = sentence_start(text, pos)
    if start < 2 or not _IT_LEAD.fullmatch(text, start, pos):
        return None
    end = start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    before = sentence_start(text, max(0, end - 1))
    opening = _NOMINAL_OPENING.match(text, before, end)
    if opening is None:
        return None
    head = opening.group(1).lower()
    for a in reversed(_between(antecedents, max(0, before - 3000), pos)):
        if a.actor_kind in _IT_KINDS and a.name and fold(a.name).split()[-1] == head:
            return a  # "the Law Commission ... The commission ... it": the body named with that head
    return None


_IT_LEAD = re.compile(r"\s*(?:(?:But|And|However|Yet|Now)\b,?\s*)?")
_NOMINAL_OPENING = re.compile(
    r"\s*(?:(?:But|And|However|Meanwhile|Earlier|Later),?\s+)?(?:[Tt]he|[Aa]n?|This)\s+(?:[a-z-]+\s+){0,2}?"
    r"(commission|committee|council|board|union|panel|inquiry|tribunal|watchdog|regulator|review)\b"
    # the head of the subject, not a word qualifying another ("The union leader was")
    r"(?=\s*(?:,|\(|(?:about|on|from|by|of|is|was|has|had|have|will|would|said|says|also|[a-z]+ed)\b))"
)


def _never_they(a: Mention, content: _Spans) -> bool:
    """Whether "they" cannot be `a`: one unnamed person ("an NEC spokesman said. While analysts praise NEC, they
    note"), or a body named in what they say ("Earlier today, USDA rejected its bids, they said")."""
    return one_person(a) or bool(content and _within(a.start, content))


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
    content: _Spans,
) -> Mention | None:
    """The last person of the pronoun's gender ("he", "she", "I"); a speaker outranks a person named
    later in the speaker's own sentence. None when the sentence before opens with someone unnamed."""
    want_gender = _PRONOUN_GENDER.get(low)
    bound = _bound_names(m, antecedents, canonical, text, content, speakers) if text else frozenset()
    if text and want_gender:
        centre = _previous_subject(
            m.start, want_gender, antecedents, genders, canonical, speakers, text, 6, content, bound
        )
        if isinstance(centre, str):  # _UNNAMED_SUBJECT
            return None
        if isinstance(centre, Mention) and _key(centre, canonical) not in bound:
            return centre
    best, best_speaks = _last_person(
        m, want_gender, antecedents, genders, canonical, before, speakers, text, bound
    )
    if best is None or not text:
        return best
    if _someone_new(text, m, best):
        return None  # "... came from a Peking university professor. He said": not the last name
    if best_speaks:
        return best
    if _AGENT_AFTER.match(text, best.end) and best.start - sentence_start(text, best.start) <= _SUBJECT_REACH:
        return None  # "Tony Blair's official spokesman declined to say ... He said": the spokesman, unnamed
    agent = _AGENT_BEFORE.search(text, max(0, best.start - 60), best.start)
    if agent is not None:
        # "An aide to Agriculture Secretary Richard Lyng ... said ..., which he said": the aide; "Franz-Josef
        # Feiter, agricultural adviser to Chancellor Helmut Kohl, agreed": the adviser named before it
        return _apposed_to(text, agent.start(), antecedents)
    subject = _subject_of_sentence(best, antecedents, want_gender, genders, canonical, text)
    return subject if _key(subject, canonical) not in bound else best


def _last_person(
    m: Mention,
    want_gender: str | None,
    antecedents: list[Mention],
    genders: dict[str, str],
    canonical: Callable[[Mention], str | None],
    before: int,
    speakers: frozenset[int],
    text: str,
    bound: frozenset[str],
) -> tuple[Mention | None, bool]:
    """The last person before `m` who fits it and is not `bound`, and whether that one speaks; a speaker
    outranks a person named later in the speaker's own sentence."""
    best: Mention | None = None
    best_speaks = False  # whether `best` is one of the `speakers`
    best_end = 0
    for a in antecedents:
        if a.start >= m.start:
            if a.start >= before:
                break
            continue
        if a.actor_kind != "person" and not (id(a) in speakers and one_person(a)):
            continue
        if a.actor_kind == "person" and _key(a, canonical) in bound:
            continue  # "he insisted he still trusted Mr Blair": not Blair
        if best is not None and best.kind == "unnamed" and a.start < best.end:
            continue  # "An aide to Secretary Richard Lyng said ...": the aide, not the man he works for
        if a.kind == "unnamed" and best is not None and not text[best.end : a.start].strip(" ,"):
            continue  # "Alan Milburn, Labour's election strategist": the apposition is the person before
        g = _gender(a, genders, canonical)
        if want_gender and g and g != want_gender:
            continue
        if _spoken_to(text, a, m):
            continue
        if best_speaks and text and id(a) not in speakers and _speaker_outranks(text, best_end, a.start):
            continue
        best, best_end = a, a.end
        best_speaks = id(a) in speakers
    return best, best_speaks


def _speaker_outranks(text: str, speaker_end: int, pos: int) -> bool:
    """Whether a speaker outranks a person named at `pos` after it: in the speaker's own sentence, or inside
    the quotation it opens ('Mr Brown said: "... Mr Blair and I ..." He also said': Brown)."""
    return _same_sentence(text, speaker_end, pos) or _in_quotation_after(text, speaker_end, pos)


def _in_quotation_after(text: str, speaker_end: int, pos: int) -> bool:
    """Whether `pos` lies inside the quotation a speaker opens right after the cue ('Mr Brown said: "... Mr
    Blair and I"'): the last mark before it opens one (news re-opens each quoted sentence unclosed)."""
    if pos - speaker_end > _QUOTED_NAME_REACH:
        return False
    first = _QUOTE_MARK.search(text, speaker_end, pos)
    if first is None or first.start() - speaker_end > 16:
        return False
    last = max(
        text.rfind('"', speaker_end, pos),
        text.rfind("“", speaker_end, pos),
        text.rfind("”", speaker_end, pos),
    )
    return text[last] != "”" and text[last + 1 : last + 2].isalnum()


_QUOTE_MARK = re.compile(r'["“]')
_QUOTED_NAME_REACH: Final = 600


# Someone who speaks for the person named next ("an aide to", "a spokesman for", "lawyers for"): a "he"
# after it is that unnamed agent sooner than the person.
_AGENT_BEFORE = re.compile(
    r"\b(?:aide|spokesman|spokeswoman|spokesperson|adviser|advisor|lawyer|attorney|assistant|"
    r"representative|envoy|emissary)s?\s+(?:to|for|of)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}$"
)


# An owner's agent ("Tony Blair's official spokesman"): a "he" after it is the agent, not the owner.
_AGENT_AFTER = re.compile(
    r"['’]s\s+(?:[a-z]+\s+){0,2}(?:spokesman|spokeswoman|spokesperson|aide|adviser|advisor|lawyer|attorney|"
    r"assistant|representative|envoy|son|daughter|brother|sister|father|mother|husband|wife)\b"
)


# Someone introduced without a name ("a Peking university professor"), not as an apposition to a name.
_NEW_PERSON = re.compile(
    # ("Putting it more sharply, one senior banking official blamed": "one" opens no apposition, and "one
    # official" is someone new where "a senior Iranian official who said" may be only talked about)
    r"(?<!is )(?<!as )(?<!was )(?<!\()(?:(?:(?<!, )\b(?:a|an)|\bone)\s+(?:[\w'’-]+\s+){0,3}"
    r"(?:professor|economist|analyst|trader|dealer|banker|broker|diplomat|lawyer|doctor|man|woman|"
    r"businessman|businesswoman|student|teacher|farmer|worker|resident|witness|priest|soldier|officer)|"
    r"\bone\s+(?:[\w'’-]+\s+){0,3}official)\b(?!['’-])"
)


_OPENING_MARKS: Final = ('"', "“")
_CLOSED_BEFORE = re.compile(r"[,?!][\"”]\s+$")


def _someone_new(text: str, m: Mention, best: Mention) -> bool:
    """Whether the sentence right before a "he"/"she" opening its own introduces an unnamed person after
    the person found: the pronoun continues that newcomer, whom no name is known for."""
    start = sentence_start(text, m.start)
    # ('"As a major superpower ...," he said': the pronoun right after the quotation opening its sentence)
    after_quote = text[start : start + 1] in _OPENING_MARKS and _CLOSED_BEFORE.search(
        text, m.start - 4, m.start
    )
    if (m.start - start > _OPENING_REACH and not after_quote) or start < 2:
        return False
    end = start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    before = sentence_start(text, max(0, end - 1))
    lo = max(before, best.end)
    return _NEW_PERSON.search(text, lo, end) is not None or _UNNAMED_FRAME.search(text, lo, end) is not None


# An unnamed one-person speaker framing the end of a sentence (", a official of China's Trade Ministry said."):
# the subject of the speech verb, not an apposition ("Carlsson, a Swedish official, said"), whom a "he" opening
# the next sentence goes on with.
_UNNAMED_HEADS: Final = (
    "(?:official|source|spokesman|spokeswoman|employee|executive|diplomat|aide|adviser|banker|analyst|economist|"
    "trader|dealer)"
)
_UNNAMED_FRAME = re.compile(
    rf",\s+(?:a|an|one|another)\s+(?:[\w'’.-]+\s+){{0,10}}?{_UNNAMED_HEADS}\s+(?:said|says|told|added)\b"
)
# A sentence whose subject is an unnamed speaker, a person named only in what it says ("In Bonn a finance
# ministry spokesman said Finance Minister Gerhard Stoltenberg would take part ... His participation was
# arranged long ago, he added"): the "he" after it is that speaker, whom no name is known for. Someone new ("a",
# "one"), not "the spokesman", whom an earlier sentence may have named or quoted.
_UNNAMED_OPENING = re.compile(
    rf"(?:(?:But|And|In\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?),?\s+)?(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+"
    rf"(?:[\w'’.-]+\s+){{0,6}}?{_UNNAMED_HEADS}\s+(?:said|says|told|added)\b"
)


def _between(antecedents: list[Mention], lo: int, hi: int) -> list[Mention]:
    """The antecedents (in text order) starting in [lo, hi), found by bisection: the per-pronoun tests
    look at a sentence or two, not the whole article."""
    i = bisect.bisect_left(antecedents, lo, key=_start_of)
    return antecedents[i : bisect.bisect_left(antecedents, hi, lo=i, key=_start_of)]


def _start_of(a: Mention) -> int:
    return a.start


def _apposed_to(text: str, at: int, antecedents: list[Mention]) -> Mention | None:
    """The person a description starting at `at` stands in apposition to ("Franz-Josef Feiter, agricultural
    adviser to ..."), if any."""
    comma = text.rfind(",", max(0, at - 40), at)
    if comma < 0 or not _APPOSITION_WORDS.fullmatch(text, comma + 1, at):
        return None
    for a in _between(antecedents, max(0, comma - 200), comma):
        if a.actor_kind == "person" and not text[a.end : comma].strip():
            return a
    return None


_APPOSITION_WORDS = re.compile(r"\s*(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){0,3}")


def _key(a: Mention, canonical: Callable[[Mention], str | None]) -> str:
    return canonical(a) or a.name or a.text


def _bound_names(
    m: Mention,
    antecedents: list[Mention],
    canonical: Callable[[Mention], str | None],
    text: str,
    content: _Spans,
    speakers: frozenset[int],
) -> frozenset[str]:
    """The persons a "he"/"she" cannot stand for (binding): those named soon after it in its own sentence
    ("he insisted he still trusted Mr Blair"), soon after an earlier "he"/"she" of that sentence ("When he
    refused to support Harold Wilson ..., he said"), or inside what it says before it ("Spaeth also
    reiterated ..., he added"). Not an owner ("he called ... Biden's son") nor a speaker ("He also said ..., Gumport
    said"): news writes those of the same person."""
    start = sentence_start(text, m.start)
    # Looked for no further than `sentence_start` looks back: a quarter megabyte of "He said "x", " is one
    # "sentence", and each of its pronouns would otherwise scan to its end.
    brk = _SENTENCE_BREAK.search(text, m.end, m.end + 600)
    end = brk.start() + 1 if brk else min(len(text), m.end + 600)
    earlier = (_SHE if fold(m.text) == "she" else _HE).search(text, start, m.start)
    windows = [(m.end, _clause_end(text, m.end, min(end, m.end + _BINDING_REACH)))]
    if earlier is not None:
        windows.append(
            (earlier.end(), _clause_end(text, earlier.end(), min(m.start, earlier.end() + _BINDING_REACH)))
        )
    said = [(s, e) for s, e in content if e <= m.start]  # '..., he added': words before the pronoun
    limit = max([end, *(e for _, e in said)])
    out = set()
    near = _between(antecedents, min([start, *(s for s, _ in said)]), limit)
    spoke = {a.start for a in near if id(a) in speakers}
    for a in near:
        if a.actor_kind != "person":
            continue
        if (
            _within(a.start, windows) and a.start not in spoke and not text.startswith(("'s", "’s"), a.end)
        ) or (
            _opens(a.start, said)
            and not _OWN_WORDS_AFTER.match(text, a.end)
            and not _INVERTED_BEFORE.search(text, max(0, a.start - 12), a.start)
        ):
            out.add(_key(a, canonical))
    return frozenset(out)


def _opens(pos: int, spans: _Spans) -> bool:
    """Whether `pos` is near the start of one of `spans`: the subject of what is said ("CDU vice-chairman
    Lothar Spaeth also reiterated ..., he added"), not a name further in ("a group, which Sandaratne declined
    to identify, has agreed ..., he said")."""
    return any(s <= pos < min(e, s + 40) for s, e in spans)


def _clause_end(text: str, start: int, end: int) -> int:
    """Where the clause from `start` ends before `end`: "He said VW declined his offer, but the company says
    the tip came only after Geis ...": Geis stands in another clause (another speaker's)."""
    brk = _CLAUSE_BREAK.search(text, start, end)
    return brk.start() if brk else end


# A clause with a subject of its own: ", but the company says", ", which Cornelissen and analysts agreed", not
# ", but did not believe".
_CLAUSE_BREAK = re.compile(
    r",\s*(?:but|and|while|whereas|although|though)\s+(?:the\s|a\s|an\s|[A-Z])|,\s*(?:which|who|whom|whose)\b|;|"
    r"\s[-–—]\s"
)
# How far after a "he" a name it cannot be may stand: further on, a name in a long sentence can well be
# the same person ("He claimed to have obtained his weapon by having a friend buy it with money
# Rittenhouse received").
_BINDING_REACH = 100


# A speaker who opens a quotation of their own ('Jan Berry said: "It is a service ..."'): a span that holds
# them and the quotation was cut wrong, and they are whose words follow.
# Or who says the words themselves, the writer framing them twice ("Gardini said it was not Callebaut's
# business ..., he added").
_OWN_WORDS_AFTER = re.compile(
    r"[^.:\"“]{0,90}?(?::|\b(?:said|says|added|told|wrote)\b,?)\s*[\"“]|\s+(?:said|says)\b"
)
# '"Things just aren't adding up," said Steve Slifer': the frame of the words, inverted.
_INVERTED_BEFORE = re.compile(r"\b(?:said|says|added|noted|told)\s+$")
_HE = re.compile(r"\b[Hh]e\b")
_SHE = re.compile(r"\b[Ss]he\b")


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
    content: _Spans = (),
    bound: frozenset[str] = frozenset(),
) -> Mention | str | None:
    """For "he"/"she" opening its sentence: the person the sentence before opens with, when that person fits
    ("Tony Bobulinski held a press conference claiming Joe Biden knew ... He claimed" is Bobulinski, not the
    last name seen); a "he" opening that sentence too is followed back (a chain of "He told ... He claimed").
    None when the sentence before opens with no person (then the last compatible name decides);
    `_UNNAMED_SUBJECT` when it opens with an office nobody named holds ("The prime minister said ... But he
    rejected"). A pronoun after what it says ('"...," he said') opens its sentence too."""
    start = _opened_by(text, pos, antecedents, content, speakers)
    if start is None:
        return None
    end = start
    while end > 0 and text[end - 1].isspace():
        end -= 1  # over a paragraph's blank line
    before = sentence_start(text, max(0, end - 1))
    if end - before < 8:
        return None
    # '"The first step ... drawings," he said.': the sentence's subject stands after the quotation
    quoted = _OPENING_QUOTE.match(text, before, start)
    if quoted is not None:
        before = quoted.end()
    return _subject_before(
        text, before, start, want_gender, antecedents, genders, canonical, speakers, depth, bound
    )


def _opened_by(
    text: str, pos: int, antecedents: list[Mention], content: _Spans, speakers: frozenset[int]
) -> int | None:
    """Where the sentence a "he"/"she" at `pos` opens starts (past what it says, '"...," he said'); None
    when the pronoun does not open it or a name stands before it."""
    start = sentence_start(text, pos)
    said = _said_before(text, start, pos, content)
    if said is not None and any(
        id(a) in speakers and _within(a.start, content)
        for a in _between(antecedents, content[0][0], content[-1][1])
    ):
        said = None  # what it says holds another's words and frame: cut wrong, no sentence to go back from
    opened = start
    if said is not None:
        start = opened = said
    else:
        quoted = _OPENING_QUOTE.match(text, start, pos)  # '"...," he said' without its content known
        opened = quoted.end() if quoted else start
        if pos - opened > _OPENING_REACH:
            return None
    if start < 2 or any(not _within(a.start, content) for a in _between(antecedents, opened, pos)):
        return None
    return start


def _subject_before(
    text: str,
    before: int,
    start: int,
    want_gender: str,
    antecedents: list[Mention],
    genders: dict[str, str],
    canonical: Callable[[Mention], str | None],
    speakers: frozenset[int],
    depth: int,
    bound: frozenset[str],
) -> Mention | str | None:
    """Who the sentence at [before, start) has as its subject, for a "he"/"she" after it (see
    `_previous_subject`)."""
    # '... as the chairman of the Fed has stated, there is no evidence," Fitzwater said.': Fitzwater
    framed = _quotation_end_speaker(text, before, start, antecedents, speakers)
    if framed is not None:
        g = _gender(framed, genders, canonical)
        return framed if not g or g == want_gender else None
    opener, opening = _opener_or_pronoun(text, before, start, antecedents, speakers)
    if opener is not None and opener.kind == "name" and _UNNAMED_OPENING.match(text, before, opener.start):
        return _UNNAMED_SUBJECT
    if opener is not None:
        opener = _speaking_opener(text, opener, before, start, antecedents, speakers, canonical)
        g = _gender(opener, genders, canonical)
        if g and g != want_gender:
            return None
        if _rival_speaker(text, opener, start, antecedents, speakers, genders, canonical, want_gender):
            return _UNNAMED_SUBJECT  # "Duda said ... while Interior Minister Brudzinski wrote ... He tweeted"
        return opener
    if opening is None or _OFFICE_OPENING.search(text, before, opening.start()):
        # "The home secretary has already admitted he was wrong": the office, not the "he" after it
        office = _office_holder(
            text, before, start, antecedents, genders, canonical, want_gender, speakers, bound
        )
        said_by = None if office is not None else _sole_speaker(before, start, antecedents, speakers, text)
        if said_by is not None:  # "..., said the floor manager of one cash house. ..., he said"
            g = _gender(said_by, genders, canonical)
            return said_by if not g or g == want_gender else None
        if office is not None:
            return office
        if opening is None:
            if depth <= 1 or not _pronoun_frame(text, before, start, want_gender):
                return None
            # "Prices had also been forced down ..., he said. He denied": that "he" again, followed back
            return _previous_subject(
                before, want_gender, antecedents, genders, canonical, speakers, text, depth - 1, (), bound
            )
    # "He did not think Mr Howard intended ... But he warned": the "he" the sentence opens with, not
    # the person named after it
    if depth <= 1 or _PRONOUN_GENDER[fold(opening.group(1))] != want_gender:
        return None
    return _previous_subject(
        opening.start(), want_gender, antecedents, genders, canonical, speakers, text, depth - 1, (), bound
    )


_OPENING_QUOTE = re.compile(r"[\"“][^\"“”\n]{1,800}?[\"”],?\s+")


def _opener_or_pronoun(
    text: str, before: int, start: int, antecedents: list[Mention], speakers: frozenset[int]
) -> tuple[Mention | None, re.Match[str] | None]:
    """The person the sentence at [before, start) opens with, or else the "he"/"she" it opens with (or
    neither): "Mr Howard said he ..." opens with Howard, "He did not think Mr Howard ..." with "he"."""
    opener = _opening_person(text, before, start, antecedents, speakers)
    opening = _OPENING_PRONOUN.search(text, before, min(start, before + _OPENING_REACH))
    if opening is None or (opener is not None and opener.start < opening.start()):
        return opener, None
    if opener is None:
        # "Asked whether he was comfortable ..., Mr Howard told the BBC": Howard
        opener = _after_opening_clause(text, before, start, opening.end(), antecedents)
        if opener is not None:
            return opener, None
    return None, opening


def _after_opening_clause(
    text: str, before: int, start: int, pronoun_end: int, antecedents: list[Mention]
) -> Mention | None:
    """The person right after the comma closing an opening clause that holds the sentence's first pronoun
    ("Asked whether he was comfortable with ..., Mr Howard told the BBC"): the main clause's subject."""
    if _CLAUSE_OPENING.match(text, before) is None:
        return None
    comma = text.find(",", pronoun_end, start)
    if comma < 0:
        return None
    for a in _between(antecedents, comma + 1, min(start, comma + 1 + _SUBJECT_REACH)):
        if a.actor_kind == "person" and a.kind == "name":
            return a
    return None


# An opening clause or phrase whose pronoun looks ahead to the main clause's subject.
_CLAUSE_OPENING = re.compile(
    r"[\"“]?(?:Asked|Pressed|Questioned|Speaking|Writing|Interviewed|Challenged|When|While|After|Although|"
    r"Though|If|Because|Since|Before|Once|As)\b"
)


def _pronoun_frame(text: str, before: int, start: int, want_gender: str) -> bool:
    """Whether the sentence at [before, start) ends in a "he said" frame of the pronoun's sex ("Prices
    had also been forced down because refineries were using up old stock, he said.")."""
    frame = _PRONOUN_FRAME.search(text, max(before, start - 40), start)
    return frame is not None and _PRONOUN_GENDER[fold(frame.group(1))] == want_gender


_PRONOUN_FRAME = re.compile(r",[\"”]?\s+(he|she)\s+(?:said|says|added|noted|told\s+\w+)\.[\"”’']?\s*$")


def _within(pos: int, spans: _Spans) -> bool:
    return any(s <= pos < e for s, e in spans)


def _said_before(text: str, start: int, pos: int, content: _Spans) -> int | None:
    """Where the sentence of a pronoun that follows what it says ('"The stock is cheap," he said',
    'Sales fell, he said') starts, when what it says opens that sentence (or a quotation it ends)."""
    if not content:
        return None
    first = content[0][0]
    if first - start > 2:
        return None
    for _, e in content:
        if 0 <= pos - e <= 6 and not text[e:pos].strip(" ,\"'”’“‘"):
            return sentence_start(text, first) if first < start else start
    return None


# A clause of its own for a second speaker ("X said ..., while Y wrote ...", "X said ...; Y added").
_OTHER_CLAUSE = re.compile(r",\s*(?:while|whereas|but)\s+(?:[\w'’.-]+\s+){0,4}$|;\s*(?:[\w'’.-]+\s+){0,4}$")


def _rival_speaker(
    text: str,
    opener: Mention,
    start: int,
    antecedents: list[Mention],
    speakers: frozenset[int],
    genders: dict[str, str],
    canonical: Callable[[Mention], str | None],
    want_gender: str,
) -> bool:
    """Whether another person of the pronoun's sex speaks in a clause of their own later in the opener's
    sentence (ending at `start`): then the sentence has two subjects a "he" could continue."""
    key = _key(opener, canonical)
    for a in _between(antecedents, opener.start + 1, start):
        if id(a) not in speakers or a.actor_kind != "person" or _key(a, canonical) == key:
            continue
        g = _gender(a, genders, canonical)
        if (not g or g == want_gender) and _OTHER_CLAUSE.search(text, max(opener.end, a.start - 60), a.start):
            return True
    return False


def _speaking_opener(
    text: str,
    opener: Mention,
    before: int,
    start: int,
    antecedents: list[Mention],
    speakers: frozenset[int],
    canonical: Callable[[Mention], str | None],
) -> Mention:
    """The one who speaks in the sentence rather than a name it opens with ("Elders chairman John Elliott
    said ...", "Speaking to the San Francisco Chamber, Clausen said"): a full name or a description, not a
    place read as a speaker ("Ariz."), nor the apposition of the opener ("Bernard Reed, manager of ...")."""
    if id(opener) in speakers:
        return opener
    said_by = _sole_speaker(before, start, antecedents, speakers, text)
    if (
        said_by is not None
        and (said_by.kind == "unnamed" or " " in _key(said_by, canonical))
        and text[opener.end : said_by.start].strip(" ,")
    ):
        return said_by
    return opener


def _quotation_end_speaker(
    text: str, before: int, start: int, antecedents: list[Mention], speakers: frozenset[int]
) -> Mention | None:
    """The speaker framing a quotation that the sentence at [before, start) ends (the quotation opened in an
    earlier sentence): its words name no subject of the story."""
    tail = _QUOTATION_TAIL.search(text, before, start)
    if tail is None or _QUOTE_MARK.search(text, before, tail.start()):
        return _trailing_frame_speaker(text, before, start, antecedents, speakers)
    return _sole_speaker(tail.end(), start, antecedents, speakers, text)


def _trailing_frame_speaker(
    text: str, before: int, start: int, antecedents: list[Mention], speakers: frozenset[int]
) -> Mention | None:
    """The speaker of a frame that ends the sentence at [before, start) ("Texaco Refining and Marketing said
    it would cease ..., a Texaco spokesman in Houston said."): whose words a "he" after it goes on with."""
    last = None
    comma = text.rfind(",", before, start)
    for a in _between(antecedents, max(before, comma + 1), start):
        if id(a) in speakers:
            last = a
    if last is None or not _FRAME_END.match(text, last.end, start):
        return None
    return last if last.actor_kind == "person" or one_person(last) else None


_FRAME_END = re.compile(
    r"(?:\s+in\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)?\s+(?:said|says|added|noted)\.[\"”’']?\s*$"
)


_QUOTATION_TAIL = re.compile(r"[,.?!][\"”]\s+")
_QUOTE_MARK = re.compile(r"[\"“”]")


def _sole_speaker(
    before: int, start: int, antecedents: list[Mention], speakers: frozenset[int], text: str
) -> Mention | None:
    """The one person (or one-person unnamed source) who speaks in the sentence at [before, start), wherever
    it stands ("Instead of banding together, the cooperatives must go their own ways, said a floor manager")."""
    found = [
        a
        for a in _between(antecedents, before, start)
        if id(a) in speakers and (a.actor_kind == "person" or a.kind == "unnamed")
    ]
    if len(found) != 1:
        return None
    said_by = found[0]
    if said_by.actor_kind == "person":
        return said_by
    # "Shaukat Aziz, SAMBA managing director said": the person the description stands beside
    apposed = _apposed_to(text, said_by.start, antecedents)
    if apposed is not None or one_person(said_by):
        return apposed or said_by  # and "James Fry, vice-president of GM Overseas Distribution Corporation"
    return None


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
        if a.actor_kind == "person" or (id(a) in speakers and one_person(a)):
            return a
    return None


# "The home secretary has ...", "Earlier the Archbishop of Canterbury wrote": a sentence opening with an office.
_OFFICE_OPENING = re.compile(r"\b[Tt]he\s+((?:[A-Za-z'’-]+\s+){0,3}[A-Za-z'’-]+)")


# What may follow an office that is its sentence's subject: a verb or the start of an aside.
_SUBJECT_VERB_AFTER = re.compile(
    # "the Archbishop of Canterbury", "the Labour MP for Birkenhead"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Za-z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?"
    r"\s*(?:,|\(|[a-z]+ed\b|(?:is|was|has|had|have|will|would|could|can|may|might|must|also|said|says|"
    r"told|wrote|spoke|made|gave|took|went|came|set|put|then|later|earlier|yesterday|today|who|on|in|at)\b)"
)
# What `_previous_subject` returns when the sentence before opens with someone no name in the article is
# known for: a "he" then stands for that unnamed person, and no name is safe.
_UNNAMED_SUBJECT: Final = "unnamed subject"


def _last_holds_other(
    office: str,
    antecedents: list[Mention],
    before: int,
    genders: dict[str, str],
    canonical: Callable[[Mention], str | None],
    want_gender: str,
    speakers: frozenset[int],
    bound: frozenset[str],
    text: str = "",
) -> bool:
    """Whether the last person named before `before` who fits the pronoun is known to hold another office
    than `office` ("Chancellor Gordon Brown" is not "the Archbishop of Canterbury"); one whose office the
    article never gives may well be the one it now describes ("Mr Brown ... The chancellor is travelling")."""
    last = None
    for a in antecedents:
        if a.start >= before:
            break
        g = _gender(a, genders, canonical)
        if a.actor_kind == "person":
            fits = (
                _key(a, canonical) not in bound
            )  # not Mr Blair: "The chancellor ... he still trusted Mr Blair"
        else:
            fits = id(a) in speakers and one_person(a)
        if fits and (not g or g == want_gender):
            last = a
    if last is None:
        return True
    head = fold(office).split()[-1]
    if last.actor_kind != "person":  # "a spokesman for X said ... The spokesman said": that one
        return _head(last) != head
    if head in ("spokesman", "spokeswoman", "spokesperson"):
        # "The Tory spokesman also criticised": a frontbencher named before may well be it; "the CBT
        # spokesman", "the executive spokeswoman" speak for an office no one named
        return not _PARTY_WORDS.intersection(fold(office).replace("-", " ").split())
    key = _key(last, canonical)
    roles = {
        a.role
        for a in antecedents
        if a.role and a.actor_kind == "person" and _key(a, canonical) == key and _an_office(a.role)
    } | _offices_written_before(text, antecedents, before, key, canonical)
    # "President Musharraf" may be "the Pakistani president": the same head word, whatever qualifies it
    return bool(roles) and not any(
        holds_office(office, r, None, _no_demonym) or fold(r).split()[-1] == head for r in roles
    )


def _offices_written_before(
    text: str, antecedents: list[Mention], before: int, key: str, canonical: Callable[[Mention], str | None]
) -> set[str]:
    """The offices the article writes right before a person's name ("Tory co-chairman Liam Fox" ->
    "co-chairman"), which the scanned name does not carry."""
    out = set()
    for a in antecedents:
        if a.start >= before:
            break
        if text and a.actor_kind == "person" and _key(a, canonical) == key:
            word = _WORD_BEFORE.search(text, max(0, a.start - 30), a.start)
            if word is not None and word.group(1).split("-")[-1] in _NO_MINISTERS:
                out.add(word.group(1))
    return out


_WORD_BEFORE = re.compile(r"\b([a-z][a-z-]+)\s+$")
# Offices no minister holds at once (a "trade secretary" may well be "the trade minister"; a party's
# "co-chairman" is not "the prime minister").
_NO_MINISTERS: Final = frozenset(
    {
        "chairman",
        "chairwoman",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "correspondent",
        "editor",
        "analyst",
    }
)


_PARTY_WORDS: Final = frozenset(
    {
        "tory",
        "conservative",
        "labour",
        "lib",
        "liberal",
        "democrat",
        "democratic",
        "republican",
        "snp",
        "plaid",
    }
)
# Forms of address and ranks, no office: "Gen Musharraf" may well be "the Pakistani president".
_COURTESY: Final = frozenset(
    "mr mrs ms miss dr sir dame lord lady baroness gen general col colonel adm admiral capt captain lt maj "
    "major sgt cdr commander rev reverend prof professor sheikh".split()
)


def _an_office(role: str) -> bool:
    """Whether a role says what someone does ("Chancellor", "CBT spokesman"), not only how they are
    addressed ("Mr", "Lord")."""
    words = fold(role).replace(".", "").split()
    return bool(words) and words[-1] in ROLE_HEADS and words[-1] not in _COURTESY


# What may stand before a sentence's subject: a connective or a time word, no preposition.
_LEAD_IN = re.compile(
    r"\s*(?:(?:But|And|Meanwhile|Earlier|Later|However|Yesterday|Today|Now|Also|Then|So|Instead)\b,?\s*)?"
)


def _office_subject(text: str, before: int, opening: re.Match[str], office: str) -> bool:
    """Whether an office opens the sentence at `before` as its subject: "The prime minister on Sunday said",
    "Meanwhile, the chancellor is leaving", not "The member states agreed", "The company's chairman" nor "In
    his talks with the defence minister, he said"."""
    if not _LEAD_IN.fullmatch(text, before, opening.start()) or "'" in office or "’" in office:
        return False
    return _SUBJECT_VERB_AFTER.match(text, opening.start(1) + len(office)) is not None


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
    speakers: frozenset[int],
    bound: frozenset[str],
) -> Mention | str | None:
    """The person the article named earlier as holding the office the sentence at `before` opens with ("The
    home secretary has already admitted ..." after "Home Secretary David Blunkett"); `_UNNAMED_SUBJECT`
    when no one named holds it."""
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
    if (
        not holders
        and _office_subject(text, before, opening, office)
        and _last_holds_other(
            office, antecedents, before, genders, canonical, want_gender, speakers, bound, text
        )
    ):
        return _UNNAMED_SUBJECT  # "Earlier the Archbishop of Canterbury wrote ...": nobody named holds it
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
