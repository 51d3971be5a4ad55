"""Within-article speaker resolution: give every statement draft its actor.

Names stand as written, a surname joins the one full name the article gives for it, and pronouns and role
descriptions ("he", "the minister") take their antecedents. What the article alone cannot name for the
whole desk (a bare surname, a description, an unnamed source) gets an article-scoped actor key, which the
desk-wide step (`newsdesk.index.actors.registry`) settles or keeps with its article.
"""

from __future__ import annotations

import functools
import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from operator import attrgetter
from typing import Final

from newsdesk.index.actors.gazetteer import Gazetteer
from newsdesk.index.actors.joins import COMPANY_TITLES
from newsdesk.index.actors.names import article_scoped, fold, slug
from newsdesk.index.actors.shapes import CORPORATE_SUFFIXES, KNIGHTHOODS, ORG_WORDS, holds_office
from newsdesk.index.language.coref import (
    antecedent,
    antecedent_label,
    normalise_nominal,
    one_person,
    scan_persons,
    sentence_start,
)
from newsdesk.index.language.cues import lemma_of
from newsdesk.index.language.described_kind import described_kind
from newsdesk.index.language.drafts import Draft, Extraction
from newsdesk.index.language.firm_country import firm_countries
from newsdesk.index.language.firms import (
    article_company,
    companies_before,
    company_names,
    opened_by_other,
    tidy_company_name,
)
from newsdesk.index.language.person_names import (
    DESCRIBERS,
    GENERATIONS,
    KNIGHTHOOD,
    PARTICLE_NAME,
    PEERAGE,
    STARTERS,
)
from newsdesk.index.language.places import (
    article_country,
    is_generic,
    is_known_place,
    qualified,
    states_named,
)
from newsdesk.index.language.quotemarks import Quotation, statement_kind
from newsdesk.index.language.speakers import Mention, clean_role, make_mention, parse_mention
from newsdesk.index.language.speech_acts import generic_saying, says_something
from newsdesk.index.language.subjects import leading_np
from newsdesk.index.model import ActorKind, Article, Statement

# Plural agent nouns ("Hauliers", "Economists", "Volunteers"): a lone capitalised one never written
# mid-sentence with a capital is a group at a sentence start, not a surname ("-ers" is left out: Sanders).
_GROUP_SUFFIXES: Final[tuple[str, ...]] = ("iers", "ists", "ians", "ants", "ents", "eers", "ees")
# A word between a joining word and a capital is inside a longer name ("Health and Safety Executive").
_JOINER_BEFORE = re.compile(r"\b(?:and|of|for|&)\s+$")
_INSIDE_NAME = re.compile(r"\s+[A-Z]")
_PRONOUN_SEX: Final[dict[str, str]] = {"he": "m", "she": "f"}
_START = attrgetter("start")


@dataclass(slots=True)
class Who:
    """The actor a draft's speaker resolved to, and how (`note` goes into the statement's `why`)."""

    actor: str | None = None
    kind: ActorKind | None = None
    role: str | None = None
    affiliation: str | None = None
    gender: str | None = None
    note: str = ""
    # True when the article alone cannot name this actor for the whole desk (a generic institution of
    # no known country): its key is then article-scoped whatever its kind.
    scoped: bool = False


def resolve(
    article: Article, text: str, drafts: list[Draft], quotes: list[Quotation], gz: Gazetteer
) -> Extraction:
    """Give every draft its actor: names as written (surnames joined), pronouns and nominals to antecedents."""
    if not drafts:
        return Extraction([])
    drafts = _outside_reported(drafts, text)
    context = _Context(article, text, drafts, quotes, gz)
    starts = [q.start for q in quotes]
    keys: _ActorKeys = {}  # (the same few speakers come back: each actor key made once per article)
    tidied: dict[str, str] = {}  # (and each company's name tidied once)
    out: list[Statement] = []
    for d in sorted(drafts, key=lambda d: d.spans[0][0]):
        at = d.mention.start if d.mention is not None else d.spans[0][0]
        who = context.home_party(context.qualify(context.who(d), at))
        if who.kind == "organisation" and who.actor:
            name = tidied.get(who.actor)
            if name is None:
                name = tidied[who.actor] = tidy_company_name(who.actor)
            who.actor = name
        who = context.disambiguated(context.historical(context.listed_place(who, d.mention), d.mention))
        who = context.company_officer(who, at)
        if who.actor and gz.ignore and fold(who.actor) in gz.ignore:
            continue
        if _own_outlet(article, who, d):
            continue  # "Wikinews confirmed with UpGuard that ...": the article's own author is no source
        statement = _statement(article, text, d, who, quotes, starts, keys)
        if statement is not None:
            # "The Pentagon declined to comment. It said ...": a refusal gives no words (no statement of its
            # own), but its speaker is who "it" and "the company" continue. Declining to confirm or deny a
            # report is a position on it, and stays.
            if statement.cue_lemma != "decline" or _CONFIRM_OR_DENY.match(statement.quote):
                out.append(statement)
            context.spoke(who, d)
    return Extraction(_relays_dropped(out), context.people(out))


# "The Bank", "the Fund": an institution's head noun written with a capital, short for its whole name.
_HEADS: Final = ("Bank", "Fund", "Commission", "Court", "Council", "Agency", "Exchange", "Ministry", "Board")
_CAPITAL_HEAD = re.compile(r"[Tt]he\s+(" + "|".join(_HEADS) + ")")
# The whole names written with each head: "the Dutch Central Bank", "Securities and Exchange Commission",
# "the Bank of England".
_NAMED_WITH: Final = {
    head: re.compile(
        r"\b[A-Z][\w'’.&-]*\s+(?:(?:and|for|&)\s+|[A-Z][\w'’.&-]*\s+)*"
        + head
        # ("Securities and Exchange Commission" is no Exchange: no capitalised word may follow the head)
        + r"\b(?:\s+of(?:\s+[A-Z][\w'’.&-]*)+|(?!\s+[A-Z]))"
    )
    for head in _HEADS
}
# A proper name at the head of a noun phrase ("the SEC", "the Bank of England"), before any lower-case word.
_PROPER_HEAD = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w.&'’-]*(?:\s+(?:(?:of|for|and|de)\s+)?[A-Z][\w.&'’-]*)*")
# "Yesterday U.S. Supreme Court": a time word the subject finder kept.
_TIME_OPENING = re.compile(r"^(?:Yesterday|Today|Earlier|Later)\s+")
# What follows a unit's name: ", owned by X", ", a wholly owned subsidiary of X", ", 70 pct-owned by X".
_UNIT_AFTER = re.compile(
    r",\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:subsidiary|unit|division|affiliate|arm)\s+of|"
    r"(?:[\w-]+\s+){0,2}owned\s+by|\d+(?:\.\d+)?\s+pct[\s-]owned\s+by)\s"
)
_CONFIRM_OR_DENY = re.compile(r"to\s+(?:confirm|deny)\b")


_OF_MARKED = re.compile(r"\sof\s+<")
_INITIALS = re.compile(r"(?:[A-Z]\.\s?)+[A-Z]")


def _person_at_firm(m: Mention, firm: str) -> bool:
    """ "J.C. Walter of <Walter Oil and Gas Corp>": a man named with his initials, or as one of the firm the
    name matches, is the person, not the firm named after him."""
    if m.actor_kind != "person" or m.name is None or len(m.name.split()) < 2:
        return False
    if fold(firm).startswith(fold(m.name)):
        return False  # "R.R. Donnelly said" where R.R. Donnelly and Sons Co is named: the firm
    at_firm = m.affiliation is not None and fold(m.affiliation) == fold(firm)
    return at_firm or bool(_INITIALS.match(m.name))


_NOT_SAID = re.compile(r"(?:\b(?:did|does|do|would|could|will)\s+not|n['’]t)\s+$")
_NOT_ENDS: Final = ("not", "n't", "n’t")
_OPEN_QUESTION = re.compile(
    r"(?:[^,.;]{0,120}?\s)?(?:if|whether)\s|(?:what|how|when|why|which|who|where|at\s+what)\s"
)


def _left_open(text: str, cue_start: int, content: str) -> bool:
    """True for "did not say if/whether ...", "did not say what ...": a question left open, no words."""
    before = text[max(0, cue_start - 12) : cue_start]
    if not before.rstrip().endswith(_NOT_ENDS):
        return False  # (what `_NOT_SAID` needs, tested without trying the pattern at a dozen places)
    return bool(_NOT_SAID.search(text, max(0, cue_start - 12), cue_start)) and bool(
        _OPEN_QUESTION.match(content)
    )


_RELAY_LEMMAS: Final = frozenset({"report", "according to"})
# Who a relayed statement may be by: a person by name ("the eight billion dlr drop in M-1 announced" is no one;
# "The Trump campaign said ..., CNN reported" is the channel's report of an organisation's announcement).
_RELAYED_KINDS: Final = frozenset({"person"})
# ... and what they relay is their telling ("The United States has indicated readiness, according to a
# Financial Times report": the report's finding, not a statement the United States made).
_TELLING_LEMMAS: Final = frozenset(
    {"say", "tell", "warn", "announce", "declare", "state", "urge", "claim", "add"}
)


def _relays_dropped(out: list[Statement]) -> list[Statement]:
    """ "Ward said Guinness had made ..., the PA reported", "according to the news agency, Prime Minister Li
    told the assembly that ...": an outlet or report relays a named speaker's words, which open its content;
    those words are the speaker's own statement, and the relay gives way to it."""
    dropped: set[int] = set()
    for n, s in enumerate(out):
        if s.actor_kind != "outlet" and s.cue_lemma not in _RELAY_LEMMAS:
            continue
        for t in out[n + 1 : n + 4]:
            if t.start >= s.end:
                break
            if (
                t.speaker_start is not None
                and s.start <= t.speaker_start <= s.start + 3
                and t.end <= s.end + 1
                and t.actor is not None
                and t.actor_kind in _RELAYED_KINDS
                and t.cue_lemma in _TELLING_LEMMAS
                and t.actor != s.actor
            ):
                dropped.add(n)
                break
    return [s for n, s in enumerate(out) if n not in dropped] if dropped else out


def _outside_reported(drafts: list[Draft], text: str) -> list[Draft]:
    """The drafts not reported whole inside another's words: in "Earlier today, USDA rejected its bids,
    they said" the sources report the department's act (subject, verb and object are all their words),
    and USDA says nothing of its own."""
    reported = [span for d in drafts if not d.verbatim and d.mention is not None for span in d.spans]
    if not reported or len(drafts) < 2:
        return drafts
    kept = [d for d in drafts if not (lemma_of(d.cue) in _ACTS and _reported_within(d, reported))]
    return _name_cut_at_and(kept, text)


# Between a content cut short and the subject of the act after it: 'Lucq said a survey by the
# Organisation for Economic Co-operation and Development showed ...' was cut at the name's "and".
_AND_GAP = re.compile(r"\s+and\s+")
# ... and the content ends in a name after "by", "of", "for" or "from" ("a survey by the Organisation for
# Economic Co-operation"): the name goes on past the "and".
_NAME_AFTER_BY = re.compile(
    r"\b(?:by|of|for|from)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+(?:(?:for|of|on)\s+)?)*[A-Z][\w.'’-]*$"
)


def _name_cut_at_and(drafts: list[Draft], text: str) -> list[Draft]:
    """Drop an act (show, find, report...) whose subject starts right after the "and" where a reported
    content before it stops, and give that content back its words: the subject finder split the name of
    the body the speaker mentions ("... Co-operation and Development showed"), so the act is reported."""
    if len(drafts) < 2:
        return drafts
    out: list[Draft] = []
    for d in drafts:
        prev = out[-1] if out else None
        if (
            prev is not None
            and d.mention is not None
            and prev.mention is not None
            and not prev.verbatim
            and not d.verbatim
            and prev.spans
            and d.spans
            and lemma_of(d.cue) in _ACTS
            and prev.cue_start < prev.spans[-1][0]
            and d.mention.text[:1].isupper()
            and _AND_GAP.fullmatch(text, prev.spans[-1][1], d.mention.start)
            and _NAME_AFTER_BY.search(text, max(prev.spans[-1][0], prev.spans[-1][1] - 80), prev.spans[-1][1])
        ):
            prev.spans[-1] = (prev.spans[-1][0], d.spans[-1][1])
            continue
        out.append(d)
    return out


# Cue verbs that also name a deed ("USDA rejected its bids", "an OECD report"): inside someone else's
# words they report what was done, not said. Speech verbs ("Clinton told aides that ...") stay nested.
_ACTS: Final = frozenset({"reject", "dismiss", "report", "show", "find", "cite", "call", "agree", "decline"})


def _reported_within(d: Draft, spans: list[tuple[int, int]]) -> bool:
    """Whether `d`, speaker through content, lies inside one of `spans` (a draft's own words are no span of
    its own: their end is before its cue)."""
    if d.verbatim or d.mention is None or d.mention.end <= d.mention.start or not d.spans:
        return False
    lo, hi = min(d.mention.start, d.cue_start), d.spans[-1][1]
    return any(s <= lo and hi <= e and d.cue_start < e for s, e in spans)


def _own_outlet(article: Article, who: Who, d: Draft) -> bool:
    """Whether the body makes the article's own outlet its subject ("Wikinews confirmed"; a headline's
    "FT: ..." and "according to a Financial Times report" cite the outlet's reporting)."""
    return (
        who.kind == "outlet"
        and d.mention is not None
        and bool(article.source)
        and fold(d.mention.text).removeprefix("the ") == fold(article.source or "").removeprefix("the ")
        and d.spans[0][0] >= article.body_offset
    )


def actor_key(who: Who, article_key: str) -> str | None:
    """The key the desk-wide step knows this actor by: its slug when the name holds for the whole desk,
    else article-scoped (a bare surname, "Sir Howard", an unnamed source or description)."""
    if not who.actor:
        return None
    if who.kind == "unnamed" or who.scoped:
        return article_scoped(who.actor, article_key)
    if who.kind == "person":
        words = who.actor.split()
        if len(words) == 1 or (len(words) == 2 and words[0] in KNIGHTHOODS):
            return article_scoped(who.actor, article_key)
    return slug(who.actor)


# `actor_key` of the article's (actor, kind, scoped) speakers, made once each.
_ActorKeys = dict[tuple[str | None, ActorKind | None, bool], str | None]


def _statement(
    article: Article,
    text: str,
    d: Draft,
    who: Who,
    quotes: list[Quotation],
    starts: list[int],
    keys: _ActorKeys,
) -> Statement | None:
    spans = [(s, e) for s, e in d.spans if e > s]
    if not spans:
        return None
    fragments = tuple([text[s:e] for s, e in spans])  # (a list first: no generator resumed per fragment)
    cue = " ".join(d.cue.split())
    lemma = lemma_of(d.cue) if d.cue != ":" else ":"
    kind = "direct" if d.verbatim else statement_kind(text, spans, quotes, starts)
    if kind == "indirect" and not says_something(lemma, kind, " ".join(fragments)):
        return None  # (says_something holds all quoted words as said: no need to join them)
    if lemma == "call" and d.how == "inverted":
        return None  # "The vaccine, called Engerix-B, has been approved": a name given, no words
    if lemma == "say" and _left_open(text, d.cue_start, fragments[0]):
        return None  # "he did not say in his speech if the forecast had been revised": nothing said
    m = d.mention
    written = m is not None and m.end > m.start
    if m is not None and written and generic_saying(text, m.start, m.text, cue):
        return None  # "when they say protect, it's bogus": anyone's words, no one's statement
    key = (who.actor, who.kind, who.scoped)
    if key not in keys:
        keys[key] = actor_key(who, article.key)
    return Statement(
        quote=" … ".join(fragments),
        start=spans[0][0],
        end=spans[-1][1],
        kind=kind,
        cue=cue,
        cue_lemma=lemma,
        # As written in the article (a parenthetical blanked for parsing comes back).
        speaker=(text[m.start : m.end] if written else m.text) if m else None,
        speaker_start=m.start if m and written else None,
        speaker_end=m.end if m and written else None,
        actor=who.actor,
        actor_kind=who.kind,
        why=f'cue "{cue}" {d.how}{who.note}',
        fragments=fragments,
        spans=tuple(spans),
        role=clean_role(who.role),
        affiliation=who.affiliation,
        actor_key=keys[key],
        actor_gender=who.gender,
    )


def _persons_outside_quotes(
    text: str, drafts: list[Draft], quotes: list[Quotation], gz: Gazetteer
) -> list[Mention]:
    """The people the article names outside quotation marks (none when no draft needs them): a person
    named only inside someone's quoted words is not who a later "he" stands for."""
    persons = scan_persons(text, gz) if _needs_context(drafts) else []
    if persons and quotes:
        ordered = sorted(quotes, key=_START)
        starts_q = [q.start for q in ordered]
        persons = [p for p in persons if not _inside(p.start, ordered, starts_q)]
    return persons


def _content_spans(drafts: list[Draft]) -> tuple[list[int], list[int]]:
    """The drafts' content spans as sorted starts and ends (a reach-ahead of ends), for `_within`."""
    spans = sorted([span for d in drafts for span in d.spans if span[1] > span[0]])
    reach: list[int] = []
    for _, e in spans:
        reach.append(max(e, reach[-1]) if reach else e)
    return [s for s, _ in spans], reach


def _within(pos: int, spans: tuple[list[int], list[int]]) -> bool:
    starts, reach = spans
    k = bisect_right(starts, pos) - 1
    return k >= 0 and pos < reach[k]


def _add_first_names(full_names: dict[str, set[str]], named: list[Mention], gz: Gazetteer) -> None:
    """ "Dharyono Kertosastro ... Dharyono said": a first name no list knows as a given name, of one person
    of the article and nobody's surname, stands for that person (names where the first is the one used)."""
    firsts: dict[str, set[str]] = {}
    for m in named:
        words = (m.name or "").split()
        if m.actor_kind != "person" or len(words) < 2:
            continue
        first = words[0]
        if (
            first.isalpha()
            and len(first) > 2
            and not gz.is_given_name(first)
            and fold(first) not in gz.titles
        ):
            firsts.setdefault(fold(first), set()).add(m.name or "")
    for key, names in firsts.items():
        if len(names) == 1 and key not in full_names:
            full_names[key] = names


def _full_names(
    text: str, named: list[Mention], speaking: list[Mention], gz: Gazetteer
) -> dict[str, set[str]]:
    """The full names of people each family name stands for: from the `named` mentions, and for a speaker
    written by surname alone, from the whole text."""
    full_names: dict[str, set[str]] = {}
    for m in named:
        if m.actor_kind == "person" and m.name and len(m.name.split()) >= 2:
            words = m.name.split()
            if len(words) > 2 and fold(words[-1]) in GENERATIONS:
                words = words[:-1]  # "A. Malachi Mixon III" is "Mixon" later
            # "Xi Jinping": a family name written first is what a later "Xi" stands for.
            family = words[0] if words[0] in gz.surname_first else words[-1]
            full_names.setdefault(fold(family), set()).add(_with_first_before(text, m, words, gz))
            if PARTICLE_NAME.match(family):  # "al-Salim" is "Salim" later too
                full_names.setdefault(fold(family.split("-", 1)[1]), set()).add(m.name)
    _add_first_names(full_names, named, gz)
    searched: set[str] = set()  # each surname once: an article may quote the same one thousands of times
    for m in speaking:
        if m.actor_kind == "person" and m.name and " " not in m.name:
            key = fold(m.name)
            if key in searched:
                continue
            searched.add(key)
            if key in full_names:
                if not any(0 <= text.find(o) < m.start for o in full_names[key]):
                    # "Robbin Johnson ... Johnson said ... Larry Johnson": the owners are all named after
                    # the first speaker of that surname; the text may write another one before it
                    full_names[key] |= _introduced_before(text, m, gz)
                continue
            found = _full_names_in_text(text, m.name, gz)
            if found:
                full_names[key] = found
    return {key: _longest(names) for key, names in full_names.items()}


def _with_first_before(text: str, m: Mention, words: list[str], gz: Gazetteer) -> str:
    """ "Shani Rhys James" where the scan began at the known given name "Rhys": the whole name."""
    name = m.name or ""
    if len(words) != 2 or not text.startswith(name, m.start):
        return name
    first = _GIVEN_BEFORE.search(text, max(0, m.start - 20), m.start)
    if first is None or not _first_of_three(
        first.group(1), words[0], gz, _capital_before(text, first.start())
    ):
        return name
    return f"{first.group(1)} {name}"


def _introduced_before(text: str, m: Mention, gz: Gazetteer) -> set[str]:
    """The full names of a speaker's surname written before it as a person is introduced: with a known
    given name or an appositive ("Robbin Johnson, vice president of Cargill"), not "Swiss Franc notes"."""
    found = _full_names_in_text(text[: m.start], m.name or "", gz)
    return {f for f in found if gz.is_given_name(f.split()[0]) or text.find(f + ", ", 0, m.start) >= 0}


def _nearest_before(text: str, owners: set[str], at: int) -> set[str]:
    """Of the full names a surname stands for, the one written before `at` when it is the only one
    ("Robbin Johnson ... Johnson said", not the Larry Johnson named later); else all of them."""
    before = {o for o in owners if text.find(o, 0, at) >= 0}
    return before if len(before) == 1 else owners


def _longest(names: set[str]) -> set[str]:
    """The names without those that end another one: "Paul Smith" read inside "John Paul Smith" is the
    same man, no second owner of "Smith"."""
    if len(names) < 2:
        return names
    return {n for n in names if not any(o != n and o.endswith(" " + n) for o in names)}


def _full_name_mentions(
    text: str, full_names: dict[str, set[str]], named: list[Mention], case: _WordCase
) -> list[Mention]:
    """Mentions of the full names no mention holds yet, wherever the text writes them; not when the first
    word is one the article also writes in lower case ("Things Donald Trump Has Said": "ridiculous things")."""
    held = {m.name for m in named if m.actor_kind == "person"}
    out: list[Mention] = []
    for names in full_names.values():
        for full in names - held:
            if case.lower_somewhere(full.split()[0].lower()):
                continue
            for at in _written_at(text, full):
                out.append(make_mention(full, at, at + len(full), "name", full, "person", None, None))
    return out


def _written_at(text: str, name: str) -> Iterator[int]:
    """Where `re.finditer(re.escape(name) + r"\b", text)` finds `name`, found with str.find (a pattern per
    name would be compiled per article): the name with a word boundary after it."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if _word_char(text[end - 1]) != (end < len(text) and _word_char(text[end])):
            yield at
            at = text.find(name, end)
        else:
            at = text.find(name, at + 1)  # no boundary there: the scan goes on from the next character


def _surname_mentions(
    text: str, full_names: dict[str, set[str]], named: list[Mention], case: _WordCase
) -> list[Mention]:
    """Mentions of a surname alone that stands for one full name of the article ("Trump questioned the
    selection. He said ..."): antecedents a later "he" can point back to, where no mention holds them yet.
    Not for a surname the article also writes in lower case ("Brown", "May")."""
    owner_of: dict[str, str] = {}
    for surname, owners in full_names.items():
        if len(owners) != 1 or " " in surname or len(surname) < 3:
            continue
        owner = next(iter(owners))
        words = owner.split()
        # (The family name first, "Yao" of Yao Yilin, when the article writes the name that way.)
        word = words[-1] if fold(words[-1]) == surname or not _plain_two_words(words) else words[0]
        if fold(word) == surname and not case.lower_somewhere(word.lower()):
            owner_of[word] = owner
    if not owner_of:
        return []
    held = {m.start for m in named}
    out: list[Mention] = []
    for word, owner in owner_of.items():
        # Found with str.find (a pattern per surname would be compiled per article): the word written
        # whole, not "Trump's" or "Trump-loving" (no word character or inner apostrophe/hyphen + word after).
        for at in whole_word_at(text, word):
            end = at + len(word)
            if at not in held and not text.startswith(owner, max(0, end - len(owner))):
                out.append(make_mention(word, at, end, "name", owner, "person", None, None))
    return sorted(out, key=_START)


def _plain_two_words(words: list[str]) -> bool:
    """Whether a name is two plain words ("Yao Yilin"), not a firm the scan took for a person ("Degussa AG")."""
    return (
        len(words) == 2
        and words[1].isalpha()
        and not words[1].isupper()
        and fold(words[1]) not in CORPORATE_SUFFIXES
    )


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def whole_word_at(text: str, word: str) -> Iterator[int]:
    """Where `text` writes `word` whole, found with str.find (a pattern per word would be compiled per
    article): no word character before or after it, nor an apostrophe or hyphen and a word character after
    ("Trump's", "Trump-loving" are other words than "Trump")."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        after = text[end : end + 2]
        if not (at and _word_char(text[at - 1])) and not (
            (after[:1] and _word_char(after[0]))
            or (after[:1] in ("'", "’", "-") and len(after) == 2 and _word_char(after[1]))
        ):
            yield at
        at = text.find(word, at + 1)


class _Context:
    """What one article tells about who is who: the people it names and what pronouns can point back to."""

    def __init__(
        self, article: Article, text: str, drafts: list[Draft], quotes: list[Quotation], gz: Gazetteer
    ) -> None:
        self.article = article
        self.text = text
        self.gazetteer = gz
        self._country: object = _UNSET
        self._qualified: dict[str, list[tuple[int, str]]] = {}
        self._named_states: frozenset[str] | None = None
        self._body_forms: dict[str, str | None] = {}
        self._units: dict[str, bool] = {}
        self._initials: dict[str, str | None] = {}
        self._firms: dict[str, str] | None = None
        self._short_forms: dict[str, str] | None = None
        self._described: dict[str, ActorKind | None] = {}
        # `_generic_parts` of each (actor, affiliation) `qualify` meets: the same speakers come back.
        self._generic: dict[tuple[str, str | None], tuple[str | None, str | None]] = {}
        self._canonical: dict[int, tuple[Mention, str]] = {}
        # (Only a transcript has accounts: one scan per article, not one per pronoun.)
        self.transcript = "((" in text
        persons = _persons_outside_quotes(text, drafts, quotes, gz)
        speaking = [d.mention for d in drafts if d.mention and d.mention.kind in ("name", "unnamed")]
        self.speakers = frozenset([id(m) for m in speaking])
        named = speaking + persons
        self.full_names = _full_names(text, named, speaking, gz)
        # A full name found only for a surname that speaks ("Eishiro Saito, head of Keidanren, ... he said"
        # before "Saito said") is where a "he" can point back to as well.
        self.word_case = _WordCase(text)
        # (The full names' and surnames' other mentions are found when a pronoun first looks back: a third
        # of the articles never does.)
        self._found_named = named
        self._antecedents: list[Mention] | None = None
        # A person named only inside what someone said ("Ito said Miyazawa would ... He added") is not
        # who a later "he" stands for; the full names still count for surnames.
        self.said = _content_spans(drafts)
        self.cue_starts = sorted([d.cue_start for d in drafts])
        # The person who spoke last and where their words end: "he" after it is them rather than someone
        # they named ("... encouraged by Nakasone's assurances. In his talks, he said, ... 'I assured',
        # he said" is still Weinberger).
        self.last_speaker: tuple[Who, int] | None = None
        # The last company that spoke, and where: "General Tire said ... The company said" is General Tire
        # even though its name has no "Inc" to show it is a company.
        self.last_company: tuple[str, int] | None = None
        self.companies_spoke: list[tuple[str, int]] = []
        # The persons who spoke, in order: "the Chrysler executive said" after Fred Zuckerman spoke is him.
        self.people_spoke: list[tuple[Who, int]] = []
        self.genders: dict[str, str] = {}
        for m in sorted(named, key=_START):  # (the mentions found later have no sex of their own)
            if m.gender and m.name:
                self.genders.setdefault(self.canonical(m) or m.name, m.gender)

    @property
    def antecedents(self) -> list[Mention]:
        """Every mention a pronoun may point back to, in text order: the speakers, the persons named outside
        quotations, and the other mentions of their full names and surnames."""
        if self._antecedents is None:
            named = self._found_named
            named += _full_name_mentions(self.text, self.full_names, named, self.word_case)
            named += _surname_mentions(self.text, self.full_names, named, self.word_case)
            self._antecedents = sorted(named, key=_START)
        return self._antecedents

    def canonical(self, m: Mention) -> str | None:
        """The article's name for a mention: a lone surname becomes the one full name that owns it."""
        if not m.name or m.actor_kind != "person":
            return m.name
        # Each pronoun weighs the same antecedents again: their names are read once per mention (held with
        # the mention, so that its id stays its own while the article is resolved).
        held = self._canonical.get(id(m))
        if held is not None and held[0] is m:
            return held[1]
        name = self._canonical_person(m, m.name)
        self._canonical[id(m)] = (m, name)
        return name

    def _canonical_person(self, m: Mention, name: str) -> str:
        words = name.split()  # (once: this runs for every name the article's pronouns weigh)
        if len(words) == 1:
            owners = self.full_names.get(fold(name), set())
            if len(owners) > 1:
                owners = _nearest_before(self.text, owners, m.start)
            if len(owners) == 1:
                owner = next(iter(owners))
                # "Mrs Howard" is not Michael Howard: a title's sex against the full name's given name
                return (
                    name if m.gender and _given_sex(owner, self.gazetteer) not in (None, m.gender) else owner
                )
        if len(words) == 2 and words[0] in PEERAGE:
            return self._peer(name) or name
        return name

    def _peer(self, name: str) -> str | None:
        """ "Baroness Boothroyd" where the article names Betty Boothroyd: the one full name of that surname
        and the title's sex (a lord is not Rebecca Falconer, a lady not Michael Howard)."""
        title, surname = name.split()
        female = title in ("Lady", "Baroness", "Countess")
        given = self.gazetteer.female_names if female else self.gazetteer.male_names
        owners = [
            n
            for n in self.full_names.get(fold(surname), set())
            if n.split()[0] not in PEERAGE and n.split()[0] not in KNIGHTHOOD and n.split()[0] in given
        ]
        return owners[0] if len(owners) == 1 else None

    def people(self, statements: list[Statement]) -> tuple[str, ...]:
        """Full names of the persons the article names, speaking or not."""
        names = {n for owners in self.full_names.values() for n in owners}
        names.update(s.actor for s in statements if s.actor_kind == "person" and s.actor and " " in s.actor)
        return tuple(sorted(names))

    def who(self, d: Draft) -> Who:
        """The actor of one draft's speaker mention."""
        m = d.mention
        if m is None:
            return Who()
        if m.kind == "name" and self.word_case.common_word(m):
            return Who(m.text.lower(), "unnamed")  # "Hauliers said": the article also writes "hauliers"
        if m.kind == "name" and self.word_case.titled_thing(m):
            # "General Tire said" where the article writes "tire dealers": a company, not a general
            return Who(f"{m.role} {m.name}", "organisation")
        cut = self._cut_at_and(m) or self._cut_at_suffix(m)
        if cut is not None:
            return cut
        officer = self._officer_described(m)
        if officer is not None:
            return officer
        written = self._written_firm(m)
        if written is not None:
            return Who(written, "organisation", note=f'; "{m.text}" -> {written}, the company written there')
        if m.kind == "name":
            return self._who_named(d, m)
        if m.kind == "unnamed":
            body = self._short_for(m) or self._body_named_before(m)
            if body is not None:
                return body
            person = self._surname_with_adverb(m)
            if person is not None:
                return person
            firm = self._the_company(m)
            if firm is not None:
                return Who(
                    firm, "organisation", note=f'; "{m.text}" -> {firm}, the company the article names'
                )
            earlier = self._described_before(m)
            if earlier is not None:
                note = f'; "{m.text}" -> {earlier.name}, the one just described'
                return Who(earlier.name, "unnamed", affiliation=earlier.affiliation, note=note)
            return Who(m.name, "unnamed", affiliation=m.affiliation)
        if m.kind == "pronoun" and m.name:
            if fold(m.text) == "which" and self._plainly_person(m):
                # "posters featuring Mr Howard, which critics claimed were ...": "which" is never a person
                return Who(note=f'; "{m.text}" after {m.name}: "which" stands for no person')
            return self._named(m, "the noun phrase it follows", always=True)
        if fold(m.text) == "i":
            # Outside quotation marks "I" is the writer: the byline when there is one, else nobody named.
            author = self.article.author
            return Who(author, "person", note=f'; "I" -> {author}, the author') if author else Who()
        subject = self._body_subject_before(m) if m.text == "It" else None
        if subject is not None:
            return subject
        return self._antecedent(m, d)

    def _short_for(self, m: Mention) -> Who | None:
        """ "The Bank said" after "the Dutch Central Bank did not lower its rates": an institution's head
        noun, capitalised, stands for the last body named with it, not a company of that trade."""
        short = _CAPITAL_HEAD.fullmatch(m.text)
        if short is None:
            return None
        head = short.group(1)
        last: tuple[str, int] | None = None
        for found in _NAMED_WITH[head].finditer(self.text, 0, m.start):
            words, at = found.group(), found.start()
            cut = max(words.rfind(". "), words.rfind(".\n"))  # "in January. The Bank of Japan"
            if cut >= 0:
                words, at = words[cut + 2 :], at + cut + 2
            if _CAPITAL_HEAD.fullmatch(words) is None:  # an earlier "The Bank" is no whole name
                last = words, at
        named = parse_mention(last[0], last[1], self.gazetteer) if last else None
        if named is None or named.kind != "name" or named.actor_kind != "organisation" or not named.name:
            return None
        name = named.name
        written = last[0].removeprefix("the ").removeprefix("The ") if last else name
        if name != written and f" {name} " in f" {written} ":
            name = written  # "the Conference Board": the parser's "Conference" is the name cut short
        note = f'; "{m.text}" -> {name}, the last {head} named'
        return Who(name, "organisation", affiliation=named.affiliation, note=note)

    def _body_subject_before(self, m: Mention) -> Who | None:
        """ "Yesterday the U.S. Supreme Court struck down a ruling ... It said": a sentence-opening "It"
        continues the body the sentence before opened with, when that sentence reports no words."""
        text = self.text
        at = sentence_start(text, m.start)
        if at != m.start or at == 0:
            return None
        before = sentence_start(text, at - 1)
        if before >= at or self._spoken_in(before, at):
            return None  # a statement before: its speaker, or a body it names, is for the antecedent step
        subject = leading_np(text, before, at, self.gazetteer)
        if subject is not None and subject.kind == "unnamed":
            # "the SEC did not identify": the subject finder ran on into the verb; the name alone
            named = _PROPER_HEAD.match(subject.text)
            subject = parse_mention(named.group(), subject.start, self.gazetteer) if named else None
        if subject is None or subject.kind != "name" or not subject.name:
            return None
        if subject.actor_kind != "organisation" and not self._hyphenated_firm(subject.name):
            return None
        name = _TIME_OPENING.sub("", subject.name)
        if self._a_firm(name) or name.endswith(("'s", "’s")):
            # "XYZ said it would buy ABC Inc. ABC Inc makes valves. It said": the firm that spoke; "Avon's
            # earnings rose. It said": Avon, whose name the antecedent step knows
            return None
        return Who(
            name,
            "organisation",
            affiliation=subject.affiliation,
            note=f'; "It" -> {name}, the subject before',
        )

    def _hyphenated_firm(self, name: str) -> bool:
        """ "Consolidated-Bathurst firmed 1/8. It said": one hyphenated word that opens no person's name and
        is no surname of the article's people, which "It" shows to be a firm."""
        return (
            "-" in name
            and " " not in name
            and fold(name) not in self.full_names
            and not self.gazetteer.is_given_name(name.split("-")[0])
        )

    def _a_firm(self, name: str) -> bool:
        """Whether `name` is a company's (a corporate suffix, or a firm the article names)."""
        key = fold(name)
        if key.split()[-1].rstrip(".") in CORPORATE_SUFFIXES:
            return True
        firms = self._companies()
        return key in firms or any(fold(v) == key for v in firms.values())

    def _spoken_in(self, start: int, end: int) -> bool:
        """Whether a draft's cue lies in [start, end)."""
        k = bisect_right(self.cue_starts, start - 1)
        return k < len(self.cue_starts) and self.cue_starts[k] < end

    def _officer_described(self, m: Mention) -> Who | None:
        """ "the Chrysler executive said", "The Chrysler treasurer said" after Fred Zuckerman, Chrysler's vice
        president and treasurer, spoke: the company officer who spoke last, when nothing of his contradicts it."""
        found = _OFFICER_DESCRIBED.fullmatch(m.text) if self.people_spoke else None
        if found is None:
            return None
        firm, head = found["firm"], fold(found["head"])
        if firm and not self._company_spoke_or_named(firm, m.start):
            return None
        for who, at in reversed(self.people_spoke):
            if at >= m.start or len((who.actor or "").split()) < 2:
                continue
            role = fold(who.role or "")
            if (role and not _OFFICER_ROLE.search(role)) or (
                role and head not in _ANY_OFFICER and head not in role
            ):
                return None  # the last person who spoke is an analyst, or holds another office
            if firm and who.affiliation and fold(firm) not in fold(who.affiliation):
                return None
            note = f'; "{m.text}" -> {who.actor}, the company officer who spoke last'
            return Who(who.actor, "person", who.role, who.affiliation or firm, who.gender, note)
        return None

    def _company_spoke_or_named(self, firm: str, before: int) -> bool:
        """Whether the article's companies before `before` include one whose name opens with `firm`."""
        key = fold(firm)
        return any(fold(name).startswith(key) for name, at in self.companies_spoke if at < before) or any(
            fold(name).startswith(key) for _, name in companies_before(self.text, before)
        )

    def _plainly_person(self, m: Mention) -> bool:
        """Whether the name a relative pronoun follows is plainly a person's: written with an honorific
        ("Mr Howard") or a known given name ("Michael Howard"), not a bare word ("Sarnhold, which")."""
        if m.actor_kind != "person" or not m.name:
            return False
        words = m.name.split()
        if len(words) >= 2 and self.gazetteer.is_given_name(words[0]):
            return True
        return _HONORIFIC_BEFORE.search(self.text, max(0, m.start - len(m.name) - 12), m.start) is not None

    def _surname_with_adverb(self, m: Mention) -> Who | None:
        """ "Petricioli nevertheless said": a surname the article names in full, with a sentence adverb the
        parser took for a description, is that person."""
        words = m.text.split()
        if len(words) < 2 or not words[0][:1].isupper() or any(w not in _ADVERBS for w in words[1:]):
            return None
        owners = self.full_names.get(fold(words[0]), set())
        if len(owners) != 1:
            return None
        owner = next(iter(owners))
        note = f'; "{m.text}" -> {owner}, same surname'
        return Who(owner, "person", None, None, self.genders.get(owner), note)

    def _cut_at_and(self, m: Mention) -> Who | None:
        """ "Deere and Co said" read as "Co": the company named before its "and"; "Jack Kirnan of Kidder
        Peabody and Co said": the person of that company."""
        if m.kind != "unnamed" or not _suffix_only(_without_ticker(m.text)):
            return None
        cut = make_mention(m.text, m.start, m.end, "name", _without_ticker(m.text), "organisation")
        joined = self._joined_by_and(cut)
        if joined is None:
            return None
        # "Goldman, Sachs and Co": the partners' whole name the article writes
        joined = next((f for f in self._companies().values() if f.endswith(f", {joined}")), joined)
        if not [w for w in joined.split() if w.islower() and w not in ("and", "&")]:
            # "Robert Hormats of Goldman, Sachs and Co said": the person of the partners' firm speaks
            member = self._member_of(m, joined) if ", " in joined else None
            return member or Who(
                joined, "organisation", note=f'; "{m.text}" -> {joined}, the company written there'
            )
        firm = joined.rsplit(" of ", 1)[-1]
        at = self.text.rfind(firm, 0, m.end)
        whole = make_mention(firm, at, m.end, "name", firm, "organisation")
        return self._member_of(whole, firm) if at >= 0 else None

    def _cut_at_suffix(self, m: Mention) -> Who | None:
        """A company whose legal suffix the speaker finder kept alone, at a comma or after a role."""
        return self._cut_at_comma(m) or _suffix_after_role(m)

    def _cut_at_comma(self, m: Mention) -> Who | None:
        """ "Petroleos de Venezuela, S.A. said" read as "S.A.": the company named before the comma."""
        surface = m.text.strip()
        if (
            len(surface) > 12
            or not _suffix_only(surface)
            or not (surface[:1].isupper() or fold(surface).rstrip(".") in _SHORT_SUFFIXES)
        ):
            return None  # "In April, company had announced": no suffix, a common noun
        before = _NAME_BEFORE_COMMA.search(self.text, max(0, m.start - 80), m.start)
        if before is None:
            return None
        firm = before.group(1)
        if fold(firm.split()[0]) in ("in", "on", "at", "by", "for", "from", "since", "after", "before"):
            return None
        return Who(firm, "organisation", note=f'; "{m.text}" -> {firm}, the company written before its comma')

    def _written_company(self, m: Mention) -> str | None:
        """The company a speaker's words write whole when the name found is cut or missing ("Geonex Corp
        <GEOX>", "American President Cos Ltd" read as President Cos Ltd, "Pan Am Corp's Pan Am World
        Airways" read as World Airways): wire tickers and an owner's name dropped."""
        if m.kind not in ("name", "unnamed") or m.actor_kind == "outlet":
            return None
        text = m.text
        marked = "<" in text or ">" in text or "'s " in text or "’s " in text
        # "American President Cos Ltd" read as "Cos Ltd": a name cut, not a person's
        cut = m.actor_kind == "person" and bool(_CORPORATE_END.search(" " + (m.name or "")))
        if m.kind == "name" and not marked and not cut:
            return None
        if m.kind == "unnamed" and _suffix_only(_without_ticker(m.text)):
            return None  # `_cut_at_and`
        written = written_company(m.text)
        if written is None or (m.actor_kind == "organisation" and fold(written) == fold(m.name or "")):
            return None
        if _THE_UNIT.fullmatch(m.text.strip()):
            return self._unit_of(written, m.start)
        if (
            m.actor_kind == "person"
            and "<" not in m.text
            and any(map(self.gazetteer.is_given_name, written.split()))
        ):
            return None  # "Lloyds Bank Plc's Group Economic Adviser Christopher Johnson" is a person
        before = _and_before(self.text, m.start)
        if (
            before is not None
            and written.split()[0] == m.text.split()[0]
            and not self.gazetteer.is_given_name(before.group(1).split()[0])  # "Dudley Taft and ..."
        ):
            # "Puget Sound Power and Light Co unit" read as "Light Co unit": the name before its "and"
            split = make_mention(m.text, m.start, m.end, "name", written, "organisation", None, None)
            return self._joined_by_and(split) or written
        return written

    def _unit_of(self, parent: str, at: int) -> str:
        """ "Exxon Co U.S.A. said ... The Exxon Corp subsidiary said": the unit that spoke (else the last
        the article names), not the parent its description names."""
        spoke = [self.last_company[0]] if self.last_company else []
        units = [
            n for n in spoke or [n for _, n in companies_before(self.text, at)] if fold(n) != fold(parent)
        ]
        return units[-1] if units else parent

    def _body_named_before(self, m: Mention) -> Who | None:
        """ "The Countryside Alliance ... The alliance said": the body of that kind the article named last,
        not the one a list knows by the bare noun (NATO)."""
        words = m.text.split()
        if len(words) != 2 or fold(words[0]) != "the" or fold(words[1]) not in _BODY_NOUNS:
            return None
        noun = words[1][:1].upper() + words[1][1:].lower()
        last = None
        for found in re.compile(rf"((?:[A-Z][\w'’-]+[ \t]+){{1,4}}){noun}\b").finditer(self.text, 0, m.start):
            last = found
        if last is None:
            return None
        lead = [w for w in last.group(1).split() if w not in ("The", "A", "An")]
        if not lead:
            return None
        name = " ".join([*lead, noun])
        known = self.gazetteer.lookup(name)
        if known is not None:
            return Who(
                known.name,
                known.kind,
                affiliation=known.affiliation,
                note=f'; "{m.text}" -> {known.name}, named before',
            )
        return Who(name, "organisation", note=f'; "{m.text}" -> {name}, named before')

    def _who_named(self, d: Draft, m: Mention) -> Who:
        """The actor of a named speaker: a company the article names, a member of an institution, else
        the person or body by name."""
        body = self._body_named_before(m) or self._surname_not_acronym(m)
        if body is not None:
            return body
        firm = self._local_firm(m) or self._spelled_out(m) or self._firm(m)
        if firm is not None and self._unit_apart(m, firm):
            # "Bell Canada, owned by Bell Canada Enterprises Inc,": the unit speaks, not its owner (the unit
            # that spoke before under its whole name, when one did)
            firm = self._company_that_spoke(m)
        elif firm is not None and _person_at_firm(m, firm):
            firm = None
        if firm is not None and m.actor_kind == "person" and _PERSON_CONTENT.match(self.text, d.spans[0][0]):
            firm = None  # "Baker said he ..." where Baker International is named too: a man speaks
        member = self._member_of(m, firm or m.name) if m.actor_kind != "person" else None
        if member is not None:
            return member
        if firm is not None:
            return Who(firm, "organisation", note=f'; "{m.text}" -> {firm}, the company the article names')
        if _suffix_only(m.name):
            return Who()  # "Co Inc" cut from a name the article does not write whole names no one
        if not self._supported(m):
            return Who()
        surname = self._surname_not_place(m)
        if surname is not None:
            return surname
        named = self._named(m, "same surname")
        kind = described_kind(self.text, m, named.actor, named.gender, self.gazetteer, self._described)
        if kind is not None:
            return Who(named.actor, kind, note=f'; "{m.text}" -> {kind}, as the article describes it')
        if named.kind == "person" and _ITS_AFTER.match(self.text, d.cue_start + len(d.cue)):
            # "broker C Czarnikow said in its market review": "its" shows a firm, not a person
            return Who(named.actor, "organisation", note=f'; "{m.text}" -> a firm ("in its" after the cue)')
        return named

    def _surname_not_place(self, m: Mention) -> Who | None:
        """ "Alastair France ... said. France said": a country's name written alone where the article names
        one person with that surname is that person."""
        if m.actor_kind != "state" or not m.name or m.text.strip(" ,") != m.name or " " in m.name:
            return None
        owners = self.full_names.get(fold(m.name), set())
        if len(owners) != 1:
            return None
        owner = next(iter(owners))
        return Who(
            owner, "person", gender=self.genders.get(owner), note=f'; "{m.text}" -> {owner}, same surname'
        )

    def _local_firm(self, m: Mention) -> str | None:
        """The article's own company for one word the gazetteer expanded (`firms.article_company`); a longer
        surface is a name the speaker finder cut ("Japan's Livestock Industry Promotion Corp")."""
        if m.actor_kind not in ("organisation", "outlet") or not m.name:
            return None
        surface = m.text.split(",")[0].strip().removeprefix("the ").removeprefix("The ")
        if " " in surface and m.name != surface:
            # "Pan Am Corp said ... Pan Am also said": the article's company the short form opens, not the
            # gazetteer's other company of that short form (Pan American World Airways, its unit)
            firm = self._companies().get(fold(surface))
            return firm if firm and fold(firm).startswith(fold(surface) + " ") else None
        if " " in surface or (m.actor_kind != "outlet" and f" {fold(surface)} " in f" {fold(m.name)} "):
            return None  # "Goodrich" is the gazetteer's B.F. Goodrich, whatever cut form the article has
        firm = article_company(surface, self._companies(), self.text)
        known = self.gazetteer.lookup(firm) if firm else None
        return None if known is not None and known.name == m.name else firm  # "News Corp": the same firm

    def _member_of(self, m: Mention, org: str | None) -> Who | None:
        """ "Carl Hensman of the Bill and Melinda Gates Foundation, which ..., noted": the subject finder
        stopped at the name's "and"; the speaker is the person named before "of the" organisation."""
        if not org:
            return None
        at = self.text.rfind(org, max(0, m.end - len(org) - 8), m.end)
        before = _MEMBER_BEFORE.search(
            self.text, max(0, (at if at >= 0 else m.start) - 60), at if at >= 0 else m.start
        )
        if before is None:
            return None
        given = before.group(1).split()[0]
        if given not in self.gazetteer.male_names and given not in self.gazetteer.female_names:
            return None
        name = before.group(1)
        return Who(name, "person", None, org, self.genders.get(name), f'; "{m.text}" -> {name} of {org}')

    def _spelled_out(self, m: Mention) -> str | None:
        """The institution an article spells out before its short form: "Phivolcs said" where it wrote "the
        Philippine Institute of Volcanology and Seismology (Phivolcs)"; "Research" cut from "Institute of
        Epidemiology, Disease Control and Research (IEDCR)" is that institute too."""
        if not m.name or m.actor_kind not in ("person", "organisation"):
            return None
        if self._short_forms is None:
            self._short_forms = short_forms(self.text)
        whole = self._short_forms.get(fold(m.name))
        surface = m.text.strip().removeprefix("the ").removeprefix("The ")
        if whole is None and surface.isalpha() and surface.isupper():
            if surface not in self._initials:
                self._initials[surface] = by_initials(self.text, surface)
            local = self._initials[surface]
            if local is not None:
                # "PRI said" after "Pacific Resources Inc": the article's own name beats the gazetteer's
                known_local = self.gazetteer.lookup(local)
                return known_local.name if known_local is not None else local
        if whole is None:
            after = _SHORT_AFTER.match(self.text, m.end)
            whole = self._short_forms.get(fold(after.group(1))) if after else None
            if whole is None or not whole.endswith(m.name):
                return None
        elif self.gazetteer.lookup(m.name) is not None:
            return None  # "NATO" is the gazetteer's, whatever an article spells out
        known = self.gazetteer.lookup(whole)
        return known.name if known is not None else whole

    def _firm(self, m: Mention) -> str | None:
        """The company a "person" or a short company name is ("Bechtel said" where the article names
        "Bechtel Corp"; "Poor's Corp" where it names "Standard and Poor's Corp")."""
        if m.actor_kind == "outlet" and m.name:
            return self._joined_by_and(m)  # "McAndrews and Forbes said" is no magazine
        if m.actor_kind not in ("person", "organisation") or not m.name:
            return None
        whole = self._in_table(m.text) if m.actor_kind == "person" and m.text != m.name else None
        if whole is not None and not whole.isupper():
            return whole  # "National City said" read as a "City" titled "National": National City Corp
        if m.name.isupper() and len(m.name) > 6:
            fuller = self.body_form(m.name)
            if fuller is not None:
                return fuller  # the headline's "CENTRUST SAVINGS" is the body's "Centrust Savings Bank"
        if _suffix_only(m.name):
            joined = self._joined_by_and(m)  # "J.P. Morgan and Co Inc" written right there
            if joined is not None:
                return joined
        elif m.role and m.actor_kind == "person" and not m.role.endswith(_DEAL_ROLES):
            return None  # "analyst Smith" is a person even where "Smith Barney" is named
        if m.actor_kind == "person" and fold(m.name) in self.full_names:
            return self._company_speaking(m)
        if m.actor_kind == "person" and _OWNER_THEN_WORD.fullmatch(m.text):
            return m.text  # "Hudson's Bay said" with no Bay the article names in full: the firm's own name
        return self._short_name(m, m.name)

    def _short_name(self, m: Mention, name: str) -> str | None:
        """The company a short name stands for: the one holding it that spoke last, else the article's
        company of that short form, else a name the subject finder split at its "and"."""
        spoke = self._company_that_spoke(m)
        if spoke is not None:
            return spoke
        firm = self._in_table(name) or self._hyphened(name)
        if firm is not None and firm.isupper() and fold(firm) == fold(name):
            return name  # the headline's "IMO DELAVAL <IMD>" is the body's "Imo Delaval"
        if firm is not None and self._two_firms(firm, name):
            return (
                name  # "Tesco and Salling Group said ... Tesco said": two companies, Tesco the one speaking
            )
        if firm is not None and (m.actor_kind == "person" or len(firm) > len(name)):
            return firm
        return self._joined_by_and(m)

    def _hyphened(self, name: str) -> str | None:
        """ "Ina said" where the article names the firm "<Ina-Naftaplin>": the one company the word opens
        before a hyphen (never the headline's capitals or another firm's "INA")."""
        if " " in name or not name[:1].isupper() or name.isupper():
            return None
        key = fold(name)
        found = set()
        for firm in self._companies().values():
            words = fold(firm).replace("-", " - ").split()
            if key in words and (words[0] != key or words[1:2] != ["-"]):
                return None  # "H.J. Heinz Co" besides its unit "Heinz-UFE Ltd": the word is that firm's too
            if words[0] == key:
                found.add(firm)
        return found.pop() if len(found) == 1 else None

    def _two_firms(self, firm: str, short: str) -> bool:
        """Whether "Tesco and Salling Group" names two companies of which `short` is one: the second ends as a
        company's name does and each is written alone elsewhere in the article (not "Dun said" alone, a short
        form of Dun and Bradstreet Corp)."""
        parts = firm.split(" and ")
        if len(parts) != 2 or fold(short) not in (fold(parts[0]), fold(parts[1])):
            return False
        left, right = parts
        if _suffix_only(right) or len(right.split()) < 2:
            return False  # "Oppenheimer and Co": the partners' firm
        if not _CORPORATE_END.search(right) and fold(right.split()[-1]) not in ORG_WORDS:
            return False
        alone_left = re.search(rf"\b{re.escape(left)}\b(?! and )", self.text)
        return alone_left is not None and any(
            not self.text.endswith(f"{left} and ", 0, found.start())
            for found in re.finditer(rf"\b{re.escape(right)}\b", self.text)
        )

    def _in_table(self, name: str) -> str | None:
        """The article's company a short name stands for, a headline's capitals read as the body writes them
        ("Centrust": Centrust Savings Bank) and none for a headline sentence before a ticker."""
        firms = self._companies()
        firm = firms.get(fold(name.rstrip("."))) or firms.get(
            fold(name.removesuffix("'s").removesuffix("’s"))
        )
        if firm is not None and firm.isupper():
            return self.body_form(firm) or (None if _headline_words(firm) else firm)
        return firm

    def _company_that_spoke(self, m: Mention) -> str | None:
        """ "Goodyear said" where Goodyear Tire and Rubber Co and Goodyear Aerospace are both named, "San
        Paolo said" after Istituto Bancario San Paolo di Torino spoke: the company that spoke last, when
        its name holds the short one."""
        if not m.name or self.last_company is None:
            return None
        name, at = self.last_company
        short, whole = fold(m.name), fold(name)
        if "<" in name or ">" in name or fold(name.split()[0]) in CORPORATE_SUFFIXES:
            return None  # a name cut or marked up ("Inc's Northwest Airlines") is no name to go by
        if opened_by_other(short, name, self._companies()):
            return None  # "Xerox said" after Rank Xerox Ltd spoke, where the article names Xerox Corp
        return name if at < m.start and short != whole and f" {short} " in f" {whole} " else None

    def _surname_not_acronym(self, m: Mention) -> Who | None:
        """ "Ing predicts" after "said John Ing at Maison Placements": a surname the list read as an acronym
        written in capitals ("ING") is the man the article names in full."""
        name, written = m.name or "", m.text.strip()
        if (
            m.actor_kind != "organisation"
            or not name.isupper()
            or written == name
            or fold(written) != fold(name)
        ):
            return None
        owners = self.full_names.get(fold(written), set())
        if len(owners) != 1:
            return None
        owner = next(iter(owners))
        return Who(
            owner, "person", gender=self.genders.get(owner), note=f'; "{written}" -> {owner}, same surname'
        )

    def _written_firm(self, m: Mention) -> str | None:
        """`_written_company`, unless the mention is a man of that firm (`_man_of_written_firm`)."""
        return None if self._man_of_written_firm(m) else self._written_company(m)

    def _man_of_written_firm(self, m: Mention) -> bool:
        """ "J.C. Walter of <Walter Oil and Gas Corp>", "John Walter of <...>": a man named with his given name
        or initials, of the firm written there, is no firm."""
        if not m.affiliation:
            return False
        words = (m.name or "").split()
        return (
            len(words) >= 2
            and _OF_MARKED.search(m.text) is not None
            and (bool(_INITIALS.match(words[0])) or self.gazetteer.is_given_name(words[0]))
        )

    def _unit_apart(self, m: Mention, firm: str) -> bool:
        """Whether the article writes the mention's name as a unit or holding of `firm` ("Shell Canada, a
        wholly owned subsidiary of the Royal Dutch/Shell Group"): then the short name is a company of its own."""
        name = m.text.split(",")[0].replace("<", "").strip()
        if not name or fold(name) == fold(firm) or not fold(firm).startswith(fold(name).split()[0]):
            return False
        if name not in self._units:
            self._units[name] = self._described_as_unit(name, firm.split()[0])
        return self._units[name]

    def _described_as_unit(self, name: str, owner: str) -> bool:
        """Whether some "<name>, a unit of <owner> ..." is written (a plain find per place the name is written,
        then one anchored match: no pattern built per name)."""
        at = self.text.find(name + ",")
        while at >= 0:
            found = _UNIT_AFTER.match(self.text, at + len(name))
            if found is not None and owner in self.text[found.end() : found.end() + 80]:
                return True
            at = self.text.find(name + ",", at + 1)
        return False

    def body_form(self, caps: str) -> str | None:
        """`body_form` of the article for a headline's capitals, found once per name."""
        if caps not in self._body_forms:
            self._body_forms[caps] = body_form(self.text, caps)
        return self._body_forms[caps]

    def _companies(self) -> dict[str, str]:
        """The article's companies by short form (`company_names`), read once and only when needed."""
        if self._firms is None:
            self._firms = company_names(self.text)
        return self._firms

    def _company_speaking(self, m: Mention) -> str | None:
        """ "Emery said" where both Emery Air Freight Corp and its chairman John C. Emery are named: the
        company when it is the one speaking now (it spoke after the person was last named)."""
        if self.last_company is None or self.last_company[1] >= m.start:
            return None
        if self._companies().get(fold(m.name)) != self.last_company[0]:
            return None
        owners = self.full_names.get(fold(m.name), set())
        # "the Paul Mellon Family Interests" names a family's firm, no person who could be speaking
        named = [
            a.start
            for a in self.antecedents
            if a.name in owners and a.start < m.start and not _NAME_GOES_ON.match(self.text, a.end)
        ]
        return self.last_company[0] if not named or max(named) < self.last_company[1] else None

    def _joined_by_and(self, m: Mention) -> str | None:
        """ "Health and Human Services", "Puget Sound Power and Light Co": the subject finder split an
        institution's name at its "and"; the whole name is the speaker when it is one."""
        before = _and_before(self.text, m.start)
        if before is None or not m.name:
            return None
        words = before.group(1).split()
        owned = [
            n
            for n, w in enumerate(words)
            if w.endswith(("'s", "’s")) and fold(w[:-2]).rstrip(".>") in CORPORATE_SUFFIXES
        ]
        words = words[owned[-1] + 1 :] if owned else words  # "FPL Group Inc's Florida Power and Light Co"
        if not words:
            return None
        if fold(words[-1]).rstrip(".,") in CORPORATE_SUFFIXES and not _suffix_only(m.name.split()[0]):
            # "Baker International Corp and Hughes Tool Co said", "General Dynamics Corp and Martin Marietta":
            # a whole company before the "and", so the name after it is a company of its own
            return m.name
        if m.actor_kind == "organisation" and (fold(words[-1]), fold(m.name.split()[0])) in _AND_PAIRS:
            # "Valley Federal Savings and Loan Association": a pair that only ever names one institution
            return f"{' '.join(words)} {before.group(2)} {m.name}"
        for n in range(len(words)):  # the longest name first: "Department of Health", then "Health"
            if not words[n][:1].isupper() or fold(words[n]) in ("the", "a", "an"):
                continue
            whole = f"{' '.join(words[n:])} {before.group(2)} {m.name}"
            known = self.gazetteer.lookup(whole) or self.gazetteer.lookup("the " + whole)
            if known is not None and known.kind != "person":
                return known.name
            if m.actor_kind == "organisation" and _CORPORATE_END.search(whole):
                return whole
            firm = self._companies().get(fold(whole))
            if firm is not None:
                return firm
        return self._institution_across_and(m, words, before.group(2))

    def _institution_across_and(self, m: Mention, words: list[str], joint: str) -> str | None:
        """ "United Food and Commercial Workers Union": an institution word ends the name after "and", and
        the capitalised words before it name nothing on their own (no known name, person or institution)."""
        if (
            m.actor_kind != "organisation"
            or joint != "and"
            or not m.name
            or fold(m.name.split()[-1]) not in ORG_WORDS
        ):
            return None
        if not self.text.startswith(m.name, m.start):
            return None  # "Labour and the Trades Union Congress": two bodies
        left: list[str] = []
        for w in reversed(words):
            if not w[:1].isupper() or len(left) == 3 or fold(w) == "the":
                break
            left.insert(0, w)
        if not left or fold(left[-1]).rstrip(".") in _ORG_ENDS or fold(left[0]) in self.gazetteer.titles:
            return None
        lead = " ".join(left)
        if self.gazetteer.lookup(lead) is not None or self.gazetteer.is_given_name(left[0]):
            return None
        return f"{lead} and {m.name}"

    def qualify(self, who: Who, at: int) -> Who:
        """An institution every country has ("the Finance Ministry", "the government") with its country:
        "Finance Ministry (Japan)", the state itself for its government; kept to the article without one."""
        if not who.actor or who.kind not in ("organisation", "unnamed"):
            return who
        if who.kind == "unnamed" and who.affiliation:
            source = self._qualified_source(who, at)
            if source is not who:
                return source
        parts = self._generic.get((who.actor, who.affiliation))
        if parts is None:
            parts = self._generic[who.actor, who.affiliation] = _generic_parts(
                who.actor, who.affiliation, self.gazetteer
            )
        base, state = parts
        if base is None:
            local = _LOCAL_GOVERNMENT.fullmatch(who.actor)
            if local is None:
                return who
            # "The government of American Samoa": a territory's or province's own government, not its state's.
            return Who(f"Government of {local.group(1)}", "organisation", who.role, None, None, who.note)
        earlier = None if state else self.named_before(base, at)
        if earlier is not None and earlier.startswith("Government of "):
            return Who(earlier, "organisation", who.role, None, None, who.note)
        state = self.of_era(state or earlier) or self.country()
        if state is None:
            return Who(who.actor, who.kind, who.role, who.affiliation, who.gender, who.note, scoped=True)
        note = f'{who.note}; "{who.actor}" -> {state}, the country of the article'
        form = self.gazetteer.generic_form(base) or fold(base).removeprefix("the ")
        if "police" in form.split():
            # Police forces are local: "police" of a country would merge every town's force.
            return Who(who.actor, who.kind, who.role, who.affiliation, who.gender, who.note, scoped=True)
        if form in ("government", "administration"):
            return Who(state, "state", who.role, None, None, note)
        # The gazetteer's own entry for this state's institution when it has one ("HM Treasury").
        name = self.gazetteer.generic_orgs.get((form, state)) or qualified(base, state)
        return Who(name, "organisation", who.role, state, None, note)

    def _qualified_source(self, who: Who, at: int) -> Who:
        """An unnamed source of an institution every country has ("a Foreign Ministry spokesman") speaks
        for the article's country's: affiliation "Foreign Ministry (Japan)"; unchanged without one."""
        aff = who.affiliation or ""
        form = self.gazetteer.generic_form(aff)
        if form is None or self.gazetteer.lookup(aff) is not None or "police" in form.split():
            return who
        state = self.of_era(self.named_before(aff, at)) or self.country()
        if state is None:
            return who
        named = self.gazetteer.generic_orgs.get((form, state)) or qualified(aff, state)
        return Who(who.actor, who.kind, who.role, named, who.gender, who.note, who.scoped)

    def home_party(self, who: Who) -> Who:
        """A party name of another country's party ("Liberal Democrats" in a story about Australia that
        never names Britain) is the article's country's party of that name."""
        if who.kind != "organisation" or not who.actor or who.actor not in self.gazetteer.parties:
            return who
        known = self.gazetteer.lookup(who.actor)
        home, country = (known.affiliation if known else None), self.country()
        if not home or not country or home == country:
            return who
        if self._named_states is None:
            self._named_states = states_named(self.article.body, self.gazetteer)
        if home in self._named_states:
            return who
        note = f'{who.note}; "{who.actor}" is a party of {home}, the article is about {country}'
        return Who(f"{who.actor} ({country})", "organisation", who.role, country, None, note)

    def named_before(self, base: str, at: int) -> str | None:
        """The state that last qualified the same institution before `at` ("The Philippine government
        agreed ... the government has indicated"), whatever the dateline says."""
        head = (base[4:] if fold(base).startswith("the ") else base).strip()
        if not head:
            return None
        if head.lower() not in self._qualified:
            self._qualified[head.lower()] = self._qualified_mentions(head)
        found, home_first = None, False
        for pos, state in self._qualified[head.lower()]:
            if pos >= at:
                break
            if not state:  # a bare "the government" before any state's: the article's own is meant
                home_first = home_first or found is None
                continue
            found = state
        if home_first and found is not None and self.country() is not None:
            # "OTTAWA - The government announced ... The U.S. government did not ... The government said":
            # once the article has spoken of its own country's body bare, another state named later does
            # not take the bare word over.
            return None
        return found

    def _qualified_mentions(self, head: str) -> list[tuple[int, str]]:
        """Where the article names `head` with its state ("the Japanese government", "government of Peru"),
        and bare after "the" (state "")."""
        out: list[tuple[int, str]] = []
        pattern = rf"\b(?i:{re.escape(head)})\b(?:\s+of\s+((?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?))?"
        for m in _compiled(pattern).finditer(self.text):
            before = self.text[max(0, m.start() - 40) : m.start()].split()[-2:]
            state = None
            for n in range(len(before)):
                _, state = _generic_parts(" ".join([*before[n:], head]), None, self.gazetteer)
                if state:
                    break
            if state is None and m.group(1):
                named = m.group(1).removeprefix("the ")
                words = named.split()
                known = None
                for n in range(len(words), 0, -1):  # "the government of Peru Tuesday"
                    known = self.gazetteer.lookup(" ".join(words[:n]))
                    if known is not None:
                        break
                state = known.name if known is not None and known.kind == "state" else None
                if known is None and fold(head) in ("government", "administration"):
                    state = f"Government of {named}"  # a territory's own: "the government of American Samoa"
            if state:
                out.append((m.start(), state))
            elif self.text[max(0, m.start() - 4) : m.start()].lower() == "the ":
                out.append((m.start(), ""))  # bare: "the government"
        return out

    def listed_place(self, who: Who, m: Mention | None) -> Who:
        """ "Idaho, Oregon and Washington also report": a place listed among regions is that region (no
        speaker), not the capital standing for its state."""
        if who.kind != "state" or m is None:
            return who
        if _PLACES_AFTER_IN.search(self.text, max(0, m.start - 80), m.start):
            # "Traders in Japan, Sydney and Hong Kong said": the last place of a list after "in"
            return Who(None, None, None, None, None, f'{who.note}; "{m.text}" ends a list of places')
        if fold(m.text) not in self.gazetteer.metonyms:
            return who
        listed = _LISTED_BEFORE.search(self.text, max(0, m.start - 60), m.start)
        if listed is None or not is_known_place(listed.group(1)) or self.gazetteer.lookup(listed.group(1)):
            return who  # "Tokyo and Washington said": capitals both, two states
        return Who(None, None, None, None, None, f'{who.note}; "{m.text}" listed among places')

    def of_era(self, state: str | None) -> str | None:
        """A state under its name in the article's year: "Germany" in 1987 is West Germany."""
        era = self.gazetteer.era_names.get(fold(state or ""))
        year = self.article.date.year if self.article.date else None
        return era[0] if era is not None and year is not None and era[1] <= year <= era[2] else state

    def historical(self, who: Who, m: Mention | None) -> Who:
        """A state named by a name of another era: "Moscow" in a 1987 story is the Soviet Union."""
        if who.kind != "state" or m is None or self.article.date is None:
            return who
        era = self.gazetteer.era_names.get(fold(m.text)) or self.gazetteer.era_names.get(fold(m.name or ""))
        if era is None or not era[1] <= self.article.date.year <= era[2]:
            return who
        return Who(
            era[0],
            "state",
            who.role,
            who.affiliation,
            None,
            f'{who.note}; "{m.text}" -> {era[0]} in {self.article.date.year}',
        )

    def disambiguated(self, who: Who) -> Who:
        """A name several entities share ("Congo", "Korea", "EPA"): the one the article names in full, else
        the one of the article's country, else the name stays with its article."""
        candidates = self.gazetteer.ambiguous.get(fold(who.actor or ""))
        if not candidates:
            return who
        named = [c for c in candidates if c in self.text]
        if len(named) != 1 and self.country() is not None:
            named = [
                c for c in candidates if (k := self.gazetteer.lookup(c)) and k.affiliation == self.country()
            ]
        if len(named) == 1:
            known = self.gazetteer.lookup(named[0])
            kind = known.kind if known is not None else who.kind
            return Who(
                named[0],
                kind,
                who.role,
                who.affiliation,
                who.gender,
                f'{who.note}; "{who.actor}" -> {named[0]}, named in the article or of its country',
            )
        return Who(who.actor, who.kind, who.role, who.affiliation, who.gender, who.note, scoped=True)

    def country(self) -> str | None:
        """The article's country (dateline, else the state its opening names most), found once."""
        if self._country is _UNSET:
            year = self.article.date.year if self.article.date else None
            self._country = article_country(self.article.body, self.gazetteer, year)
        return self._country  # type: ignore[return-value]

    def spoke(self, who: Who, d: Draft) -> None:
        """Remember who spoke last: the person a later "he" continues, the company a later "the company"
        or "it" stands for."""
        if not who.actor:
            return
        if (who.kind == "organisation" and self._company_name(who.actor)) or self._firm_like(who, d):
            self.last_company = (who.actor, d.spans[0][0])
            self.companies_spoke.append(self.last_company)
        elif who.kind == "person" or (
            who.kind == "unnamed"
            and d.mention is not None
            # (the head-noun test first: it is a set lookup, the copy and `one_person` cost a hundred times more)
            and fold(who.actor).rpartition(" ")[2] in _SPOKESMEN
            and one_person(_renamed_unnamed(d.mention, who.actor))
        ):
            # "the Treasury spokesman replied: ... He described the trip": an unnamed speaker who is one person
            self.last_speaker = (who, d.spans[-1][1])
            if who.kind == "person":
                self.people_spoke.append((who, d.spans[0][0]))
            if (
                who.kind == "person"
                and len((who.actor or "").split()) >= 2
                and d.mention is not None
                # "..., the Tory leader said", "the Chrysler executive said": a description taken for a person
                and (d.mention.kind in ("nominal", "unnamed") or d.mention.actor_kind != "person")
            ):
                self._speaking_holder(who, d.mention)

    def _speaking_holder(self, who: Who, m: Mention) -> None:
        """A nominal speaker resolved to a person ("..., the Tory leader said") is that person speaking
        there for the pronouns after it ("He went on ... He urged"), as a name would be."""
        # (`make_mention`, not `dataclasses.replace`: the same value, without the frozen `__init__`.)
        named = make_mention(
            m.text, m.start, m.end, "name", who.actor, "person", who.role, m.affiliation, m.gender
        )
        self.antecedents.insert(bisect_right(self.antecedents, named.start, key=_START), named)
        self.speakers = self.speakers | {id(named)}

    def _company_name(self, name: str) -> bool:
        """Whether an organisation that spoke can be what "the company" or "it" means later: a name, not a
        generic institution or public body of a state ("Army (United States)", "U.S. Embassy")."""
        if _CORPORATE_END.search(name):
            return True
        if not name[:1].isupper() or "(" in name or _TICKER.fullmatch(name) or is_generic(name):
            return False
        known = self.gazetteer.lookup(name)
        if known is not None and known.kind != "organisation":
            return False
        return not _PUBLIC_WORDS.intersection(fold(name).split())

    def _firm_like(self, who: Who, d: Draft) -> bool:
        """A "person" with no given name that says "it ..." of itself ("Quadram said it has introduced",
        "The Music Shop said it signed"): a company the name alone does not show."""
        if who.kind != "person" or not who.actor or not _ITS_CONTENT.match(self.text, d.spans[0][0]):
            return False
        m = d.mention
        if m is None or not fold(m.text).removeprefix("the ").startswith(fold(who.actor)):
            return False  # "First Financial" read as a "Financial" titled "First" is no name to go by
        known = self.gazetteer.lookup(who.actor)
        return not self.gazetteer.is_given_name(who.actor.split()[0]) and (
            known is None or known.kind != "person"
        )

    def _the_company(self, m: Mention) -> str | None:
        """ "The company said": the company that spoke last before it (of the noun's trade, "the bank",
        when one did), else the company the article is about."""
        words = fold(m.name if m.kind == "unnamed" and m.name else m.text).split()
        state = None
        if len(words) == 3 and (state := self.gazetteer.demonym(words[1])):
            words = [words[0], words[2]]  # "the Venezuelan company": the company, of that country
        if len(words) != 2 or words[0] != "the" or words[1] not in _COMPANY_NOUNS:
            return None
        # A rating agency or an exchange reports on companies: "the company" is one of those it reports on.
        spoke = [name for name, at in self.companies_spoke if at < m.start and not _OBSERVER.search(name)]
        if spoke:
            spoke = self._of_country(spoke, state)
            return _of_trade(spoke, words[1])[-1] if spoke else None
        named = [
            self._without_place(name)
            for end, name in companies_before(self.text, m.start)
            # "SI Management Corp, a wholly-owned Medical Imaging subsidiary,": not the company
            if not _SUBSIDIARY_AFTER.match(self.text, end) and not _OBSERVER.search(name)
        ]
        named = self._of_country(named, state)
        # No company has spoken yet: the first the article names is the one it is about (the wire opens
        # with its subject), of the noun's trade when one is.
        return _of_trade(named, words[1])[0] if named else None

    def _of_country(self, names: list[str], state: str | None) -> list[str]:
        """ "The Dutch company": only the companies the text shows to be of that state; with none, the phrase
        names no company the article named (the last that spoke may be its American partner)."""
        if state is None:
            return names
        return [name for name in names if state in firm_countries(name, self.text, self.gazetteer)]

    def _without_place(self, name: str) -> str:
        """ "Sweden's Telefon AB L.M. Ericsson" is Telefon AB L.M. Ericsson: a state's possessive is no part
        of a company's name."""
        head, sep, rest = name.partition("'s ")
        known = self.gazetteer.lookup(head) if sep and rest else None
        return rest if known is not None and known.kind == "state" else name

    def company_like(self, name: str) -> bool:
        """Whether an organisation could be what "the company" means: a corporate name, or one neither the
        gazetteer nor the generic institutions know ("General Tire", not "the Treasury")."""
        return bool(_CORPORATE_END.search(name)) or (
            self.gazetteer.lookup(name) is None and not is_generic(name)
        )

    def _described_before(self, m: Mention) -> Mention | None:
        """ "The official", "the sources": the unnamed speaker with that head described just before ("a Bank
        of Japan official said ... The official added")."""
        words = fold(m.text).split()
        if len(words) != 2 or words[0] != "the":
            return None
        best = None
        for a in self.antecedents:
            if a.start >= m.start:
                break
            if (
                a.kind == "unnamed"
                and id(a) in self.speakers
                and a is not m
                and fold(a.name or "").split()[-1:] == words[1:]
            ):
                best = a
        return best

    def _firm_of(self, ante: Mention) -> str | None:
        """The company an institution antecedent is ("It" after "Light Co said" or "The company said")."""
        if ante.actor_kind == "person":
            return None
        if ante.kind == "name":
            return self._written_company(ante) or self._firm(ante)
        return self._the_company(ante) if ante.kind == "unnamed" else None

    def company_officer(self, who: Who, at: int) -> Who:
        """A full-named person written with a bare company title ("Chairman James Baker said") after a
        company spoke is that company's officer: kept to the article with the company as affiliation, so
        the desk joins them to a namesake only when nothing there contradicts it (a Treasury Secretary)."""
        if (
            who.kind != "person"
            or not who.actor
            or who.affiliation
            or len(who.actor.split()) < 2
            or fold(who.role or "") not in COMPANY_TITLES
        ):
            return who
        spoke = [name for name, pos in self.companies_spoke if pos < at and _CORPORATE_END.search(name)]
        if not spoke:
            return who
        note = f'{who.note}; "{who.role}" of {spoke[-1]}, the company that spoke'
        return Who(who.actor, "person", who.role, spoke[-1], who.gender, note, scoped=True)

    def _institution_for(self, ante: Mention, m: Mention, d: Draft) -> Who | None:
        """What an "it" or institution antecedent stands for when not the antecedent itself: nobody for a
        state its own words address, the company that spoke last, the company an antecedent names."""
        if fold(m.text) == "it" and ante.actor_kind == "state" and self._names_state(d, self.canonical(ante)):
            # "It called on Washington to modify its legislation": the state it speaks to is not the speaker
            return Who(note=f'; "{m.text}": {self.canonical(ante)} is named in what it says')
        spoke = self._company_it_continues(ante, m)
        if spoke is not None:
            return Who(spoke, "organisation", note=f'; "{m.text}" -> {spoke}, the company that spoke last')
        firm = self._firm_of(ante)
        if firm is not None:
            return Who(firm, "organisation", note=f'; "{m.text}" -> {firm}, the company just named')
        return None

    def _names_state(self, d: Draft, state: str | None) -> bool:
        """Whether what is said opens with `state` as the one spoken to ("called on Washington to ...",
        "urged Japan to ..."), by name, alias or capital."""
        if state is None or not d.spans:
            return False
        opening = _OPENING_NAME.match(self.text, d.spans[0][0])
        known = self.gazetteer.lookup(opening.group(1)) if opening else None
        return known is not None and known.kind == "state" and known.name == state

    def _company_it_continues(self, ante: Mention, m: Mention) -> str | None:
        """ "Marine Midland said ... Brazil's action ... It said": "it" is the company that spoke last when
        what it would otherwise take was named before that company spoke or only inside what was said."""
        if fold(m.text) != "it" or ante.actor_kind == "person" or self.last_company is None:
            return None
        name, at = self.last_company
        if at >= m.start or not (ante.start < at or _within(ante.start, self.said)):
            return None
        return name

    def _last_speaker_instead(self, ante: Mention, actor: str | None, m: Mention) -> Who | None:
        """The last speaker, when the person found for "he"/"she" was named only inside words spoken
        since then (by anyone) and the last speaker fits the pronoun."""
        want = _PRONOUN_SEX.get(fold(m.text))
        if self.last_speaker is None or want is None or m.kind != "pronoun":
            return None
        who, end = self.last_speaker
        if (
            who.actor == actor
            or id(ante) in self.speakers
            or not ante.start < end < m.start
            or m.start - end > RECENT_WORDS
            or not (_within(ante.start, self.said) or self._right_after(end, m, ante))
            or (who.gender is not None and who.gender != want)
        ):
            return None
        why = (
            "is only named in what was said"
            if _within(ante.start, self.said)
            else "was named before they spoke"
        )
        note = f'; "{m.text}" -> {who.actor}, who spoke last ({ante.name} {why})'
        return Who(who.actor, who.kind, who.role, who.affiliation, who.gender or want, note, who.scoped)

    def _right_after(self, end: int, m: Mention, ante: Mention) -> bool:
        """Whether the pronoun opens the sentence right after the last speaker's words ("the Treasury
        spokesman replied: "I would think so." He described ..."): that speaker goes on, unless the person
        found opens a sentence of their own as its subject ("Peter Mortimer, a partner in ..., noted")."""
        if self.text[end : m.start].strip(" \n\"”’'."):
            return False
        return bool(self.text[sentence_start(self.text, ante.start) : ante.start].strip(" \"“'‘"))

    def _bare_subject(self, ante: Mention, m: Mention) -> str | None:
        """The person a sentence opens with by surname alone ("Stoltenberg was speaking ..."), when the
        article names them in full, they fit the pronoun, and the antecedent found stands later in it."""
        start = sentence_start(self.text, ante.start)
        opening = _BARE_SURNAME.match(self.text, start)
        if opening is None or ante.start <= opening.end() or _within(opening.start(1), self.said):
            # "Baker was wrong to blame ..., Wyttenbach said": a name opening what someone says is no subject
            return None
        owners = self.full_names.get(fold(opening.group(1)), set())
        if len(owners) != 1:
            return None
        owner = next(iter(owners))
        want = _PRONOUN_SEX.get(fold(m.text))
        gender = self.genders.get(owner)
        return owner if not (want and gender and gender != want) else None

    def _office_subject(self, ante: Mention, m: Mention) -> str | None:
        """ "Michael Cockerell was given access to Mr Howard. The Tory leader was asked ... He replies": the
        sentence before the pronoun's opens with an office a person named earlier holds; that person goes on."""
        own = sentence_start(self.text, m.start)
        if own < 2 or ante.start >= own:
            return None  # (an antecedent in the pronoun's own sentence is past the one before's start)
        before = sentence_start(self.text, own - 2)
        opening = _OFFICE_OPENING.match(self.text, before)
        if opening is None or ante.start >= before or _within(before, self.said):
            return None
        office = opening.group(1)
        holders = {
            self.canonical(a) or a.name
            for a in self.antecedents
            if a.start < before
            and a.actor_kind == "person"
            and (
                holds_office(office, a.role, a.affiliation, self.gazetteer.demonym)
                # "Tory leader Michael Howard": the office written right before the name
                or fold(self.text[max(0, a.start - len(office) - 1) : a.start]).strip() == fold(office)
            )
        }
        holder = next(iter(holders)) if len(holders) == 1 else None
        return holder if holder != (self.canonical(ante) or ante.name) else None

    def _supported(self, m: Mention) -> bool:
        """Whether a one-word "person" is a name: not a common English word ("Nearly said"), or else
        backed by a title before it ("Mr"), a full name for it in the article, or the article writing it
        capitalised where only a name is (mid-sentence, or right after a quotation)."""
        if m.actor_kind != "person" or not m.name or " " in m.name or m.role:
            return True
        if fold(m.name) in self.full_names:
            return True
        if is_known_place(m.name):
            return False  # "Cheyenne said", "Goa said": a place, unless the article names a person so
        if m.name.lower() not in self.gazetteer.common_words:
            return True
        return (
            fold(m.name) in self.full_names
            or self.word_case.mid_sentence(m.name)
            or self.word_case.after_quotation(m.name)
        )

    def _named(self, m: Mention, how: str, *, always: bool = False) -> Who:
        actor = self.canonical(m)
        note = f'; "{m.text}" -> {actor}, {how}' if always or actor != m.name else ""
        gender = m.gender or (self.genders.get(actor) if actor else None)
        return Who(actor, m.actor_kind, m.role, m.affiliation, gender, note)

    def _account_of(self, m: Mention) -> tuple[int, str] | None:
        """The account paragraph a "he"/"she" sits in, when the article is a transcript (see _account_paragraph)."""
        if not self.transcript or fold(m.text) not in ("he", "she"):
            return None
        return _account_paragraph(self.text, m.start)

    def _account_antecedent(self, m: Mention, d: Draft, para_start: int, narrator: str) -> Who:
        """ "he"/"she" inside an interviewee's first-person account: the nearest compatible person named in
        that paragraph of the account, never the narrator nor anyone from outside it; else nobody."""
        inside = [
            a
            for a in self.antecedents
            if para_start <= a.start < m.start and fold(self.canonical(a) or a.name or "") != narrator
        ]
        ante = antecedent(m, inside, self.genders, self.canonical, d.cue_start, self.speakers, self.text)
        if ante is None or ante.actor_kind != "person":
            return Who(note=f'; "{m.text}" in {narrator}\'s account: nobody named there')
        actor = self.canonical(ante)
        note = f'; "{m.text}" -> {actor}, last person named in the account'
        return Who(
            actor, "person", ante.role, ante.affiliation, ante.gender or self.genders.get(actor or ""), note
        )

    def _antecedent(self, m: Mention, d: Draft) -> Who:
        account = self._account_of(m)
        if account is not None:
            return self._account_antecedent(m, d, *account)
        # A person named just before inside what someone said ("Ito said Miyazawa would ... He added")
        # is not who "he" stands for, unless nobody else fits.
        # (The antecedents are sorted by start: only those of the window before the pronoun are tested.)
        everyone = self.antecedents
        lo = bisect_right(everyone, m.start - RECENT_WORDS, key=_START)
        hi = bisect_left(everyone, m.start, lo, key=_START)
        window = everyone[lo:hi]
        kept = [a for a in window if id(a) in self.speakers or not _within(a.start, self.said)]
        # (None dropped: the whole list as it is, no copy of it per pronoun.)
        recent = everyone if len(kept) == len(window) else [*everyone[:lo], *kept, *everyone[hi:]]
        ante = None
        for candidates in (recent, self.antecedents):
            ante = antecedent(
                m,
                candidates,
                self.genders,
                self.canonical,
                d.cue_start,
                self.speakers,
                self.text,
                self.gazetteer.demonym,
                d.spans,
            )
            if ante is not None or len(candidates) == len(self.antecedents):
                break
        if ante is None:
            return Who(normalise_nominal(m.text), "unnamed") if m.kind == "nominal" else Who()
        body = self._institution_for(ante, m, d)
        if body is not None:
            return body
        actor = self.canonical(ante)
        speaker = self._last_speaker_instead(ante, actor, m)
        if speaker is not None:
            return speaker
        subject = (
            self._bare_subject(ante, m) or self._office_subject(ante, m)
            if m.kind == "pronoun" and ante.actor_kind == "person"
            else None
        )
        if subject is not None and subject != actor:
            # "Stoltenberg was speaking at a meeting whose members are ... Giscard. He said": the
            # sentence's subject, written by surname alone (no mention the scan found), continues.
            note = f'; "{m.text}" -> {subject}, the subject of the sentence before'
            return Who(subject, "person", None, None, self.genders.get(subject), note)
        said = _PRONOUN_SEX.get(fold(m.text))
        if said and ante.actor_kind == "person":
            # What "she" took once tells later pronouns who this person is.
            self.genders.setdefault(actor or ante.name or "", said)
        gender = ante.gender or self.genders.get(actor or "")
        note = f'; "{m.text}" -> {actor}, last {antecedent_label(m)}'
        return Who(actor, ante.actor_kind, ante.role, ante.affiliation, gender, note)


# An interviewee's turn in a transcript ("((Jaya)) So, I was ..."): its paragraph and the unmarked ones after it
# are that person's account.
_TURN_MARK = re.compile(r"\(\(([^()\n]{1,60})\)\)")
_FIRST_PERSON = re.compile(r"\b(?:I|me|my)\b")


def _account_paragraph(text: str, pos: int) -> tuple[int, str] | None:
    """(paragraph start, folded narrator) when `pos` lies in a first-person paragraph of an interviewee's
    account in a transcript; None elsewhere (no transcript, an interviewer's turn, a third-person paragraph)."""
    mark = text.rfind("((", 0, pos)
    if mark < 0 or (mark and text[mark - 1] != "\n"):
        return None
    turn = _TURN_MARK.match(text, mark)
    if turn is None:
        return None
    who = turn.group(1).strip()
    para_start = text.rfind("\n", 0, pos) + 1
    if who.isupper() and len(who) <= 5:
        if para_start <= mark:
            return None  # the interviewer asks; an interviewer's "he" is whoever the question named
        who = ""  # an unmarked paragraph after the question: the answer, its teller unnamed
    para_end = text.find("\n", pos)
    if not _FIRST_PERSON.search(text, para_start, para_end if para_end >= 0 else len(text)):
        return None
    return para_start, fold(who)


# "The Tory leader was asked", "The minister has": a sentence opening with an office as its subject.
_OFFICE_OPENING = re.compile(
    r"\s*[\"“]?The\s+((?:[A-Z][\w-]*\s+)?(?:[a-z-]+\s+){0,2}[a-z-]+)\s+(?:was|is|has|had|will|would)\b"
)
# Unnamed speakers who speak for someone else and go on speaking as "he"/"she" ("the Treasury spokesman
# replied ... He described"); not an office ("the first minister"), which the desk may name.
_SPOKESMEN: Final = frozenset(
    "spokesman spokeswoman spokesperson official source aide adviser advisor diplomat analyst economist "
    "trader dealer banker broker lawyer negotiator delegate".split()
)
# "Mr Howard, which": an honorific, then a name, right before a relative pronoun.
_HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady)\.?\s+[A-Z][\w'’-]+,?\s*$")
# Sentence adverbs a speaker's surname may carry before the cue ("Petricioli nevertheless said").
_ADVERBS: Final = frozenset(
    "nevertheless nonetheless however also too meanwhile though instead again later earlier further furthermore "
    "moreover still then separately additionally".split()
)
# The capitalised words a reported clause opens with ("Washington to modify", "the United States to").
_OPENING_NAME = re.compile(r"(?:the\s+)?([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})(?=\s+to\b)")


def _full_names_in_text(text: str, surname: str, gz: Gazetteer) -> set[str]:
    """The full names the article writes for a surname ("Brock Pierce" for "Pierce"): a capitalised word
    right before it that is no title, sentence opener or description."""
    found = set()
    for m in _names_before(text, surname):
        given = m.group(1)
        low = given.lower()
        if (
            low in STARTERS
            or low in DESCRIBERS
            or low in _TIME_WORDS
            or given in PEERAGE
            or given in KNIGHTHOOD
            or low in gz.titles  # "Admiral Harris" is no one's full name
        ):
            continue
        if given in _NOT_GIVEN or given.isupper() or given.endswith(("'s", "’s", "'", "’", "-based")):
            continue  # "Montreal-based Dominion" describes where Dominion is
        if (
            _OFFICE_WORDS_BEFORE.search(text, max(0, m.start() - 12), m.start())
            and given not in gz.male_names
        ):
            continue  # "Minister of Mines and Energy Subroto": the office's last word, no given name
        if not (
            given in gz.male_names
            or given in gz.female_names
            or _inside_sentence(text, m.start())
            or text.startswith(", ", m.end() + len(surname))  # "Eishiro Saito, head of Keidanren, ..."
        ):
            continue  # "Talks Tolvik ..." opening a sentence is no full name
        whole = " ".join((m.group(0) + surname).split())
        first = _GIVEN_BEFORE.search(text, max(0, m.start() - 20), m.start())
        if first and _first_of_three(first.group(1), given, gz, _capital_before(text, first.start())):
            whole = f"{first.group(1)} {whole}"  # "Ruth Bader Ginsburg", not "Bader Ginsburg"
        known = gz.lookup(whole)
        if known is not None and known.kind != "person":
            continue  # "United States" is no full name of a "States"
        found.add(whole)
    return found


def _first_of_three(word: str, middle: str, gz: Gazetteer, capital_before: bool = False) -> bool:
    """Whether `word` before "middle surname" opens the name: a given name ("Ruth Bader Ginsburg"), or a
    word no list knows before a known given name ("Shani Rhys James"), never a title or description."""
    if word in gz.male_names or word in gz.female_names:
        return True
    low = word.lower()
    return (
        not capital_before  # "of Credit Suisse Paul Hofer": "Suisse" ends a firm's name
        and (middle in gz.male_names or middle in gz.female_names)
        and low not in STARTERS
        and low not in DESCRIBERS
        and low not in gz.titles
        and low not in _TIME_WORDS
        and word not in _NOT_GIVEN
        and gz.demonym(word) is None
        and gz.lookup(word) is None
        and not word.endswith(_ROLE_ENDS)
    )


def _capital_before(text: str, at: int) -> bool:
    """Whether a capitalised word ends right before `at` (spaces between)."""
    return _CAPITAL_WORD_END.search(text, max(0, at - 40), at) is not None


_CAPITAL_WORD_END = re.compile(r"[A-Z][\w.'’&-]*[ \t]+$")
# Endings of occupations written before a name ("Painter", "Ecologist"), never of a given name.
_ROLE_ENDS: Final = ("er", "or", "ist", "ian", "ent", "ant", "man", "woman")


# A capitalised word (and an initial) right before a position: the given name of a surname written there.
_WORD_BEFORE = re.compile(r"\b([A-Z][\w'’-]+)\s+(?:[A-Z]\.\s+)?$")


def _names_before(text: str, surname: str) -> Iterator[re.Match[str]]:
    """Each capitalised word (with an initial) written right before the surname as a whole word, as a
    match ending where the surname starts (found with str.find: a pattern per surname would be compiled
    per article)."""
    last_end = 0
    for at in whole_word_at(text, surname):
        m = _WORD_BEFORE.search(text, max(last_end, at - 80), at)
        if m is not None:
            last_end = at + len(surname)
            yield m


_OFFICE_WORDS_BEFORE = re.compile(r"\b(?:of|and|for|&)\s+$")
_OBSERVER = re.compile(
    r"Standard (?:and|&) Poor|Moody['’]?s|Fitch|Duff (?:and|&) Phelps|\b(?:Stock|Futures|Commodity|Commodities|"
    r"Options|Mercantile) Exchange\b|Board of Trade\b"
)
_ITS_AFTER = re.compile(r"\s+(?:in|on)\s+its\s")
_THE_UNIT = re.compile(r"[Tt]he\s+[A-Z][^,<]*\s(?:subsidiary|unit|affiliate|division)")
_NAME_GOES_ON = re.compile(r"[ \t]+[A-Z]")
_SUBSIDIARY_AFTER = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,4}(?:subsidiary|unit|affiliate|division)\b"
)
_ITS_CONTENT = re.compile(r"(?:that\s+)?its?\b")
_PERSON_CONTENT = re.compile(r"(?:that\s+)?(?:he|she|his|her)\b", re.IGNORECASE)
_MEMBER_BEFORE = re.compile(
    r"\b([A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][\w'’-]+)\s+(?:of|from|at)\s+(?:the\s+)?"
    # "of the tax-writing House Ways and Means Committee": a hyphenated epithet before the name
    r"(?:[a-z]+(?:-[a-z]+)+\s+)?(?:[A-Z][\w'’-]*\s+(?:(?:and|&)\s+)?){0,3}$"
)


# "Capel's Dennis", "Hudson's Bay": an owner's possessive and one capitalised word.
_OWNER_THEN_WORD = re.compile(r"(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*['’]s\s+[A-Z][\w-]*")


def _given_sex(name: str, gz: Gazetteer) -> str | None:
    """The sex a full name's given name shows ("m" for Michael), None when it shows none or both."""
    given = name.split()[0]
    male, female = given in gz.male_names, given in gz.female_names
    return "m" if male and not female else "f" if female and not male else None


# What a trade noun's company calls itself: "the airline" is one with "Airlines" or "Air" in its name.
_TRADE_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "bank": ("bank", "banc", "banco", "banca", "banque", "banking"),
    "airline": ("air", "airline", "airlines", "airways", "aviation"),
    "carrier": ("air", "airline", "airlines", "airways", "aviation"),
    "utility": ("power", "electric", "gas", "light", "energy", "utilities", "edison", "water"),
    "insurer": ("insurance", "assurance", "life", "casualty", "reinsurance"),
    "brokerage": ("securities", "brokerage", "brokers", "capital", "investment"),
}


# Words that name a public body, not a company ("the Army", "the U.S. Embassy").
_PUBLIC_WORDS: Final = frozenset(
    "party department ministry committee council commission agency office court university army police "
    "senate house congress administration government bureau authority embassy navy parliament".split()
)


def _of_trade(names: list[str], noun: str) -> list[str]:
    """The names of companies of the noun's trade ("the bank": Standard Bank Investment Corp), all of
    them when none is, or the noun names no trade."""
    stems = _TRADE_WORDS.get(noun)
    if not stems:
        return names
    fit = [n for n in names if any(w.startswith(stems) or w.endswith("bank") for w in fold(n).split())]
    return fit or names


_OWNER = re.compile(
    r"(?:[A-Z][\w&'’./-]*\s+){1,6}?(?:Corp|Inc|Co|Cos|Ltd|Plc|PLC|Group|Holdings|AG|SA|NV)\.?>?['’]s\s+"
    r"(?:<[A-Z][A-Z.]*>\s+)?(?:new\s+)?(?:(?:unit|subsidiary|affiliate|division)\s+)?"
)
_TICKER = re.compile(r"[A-Z0-9]{1,6}\.[A-Z]{1,2}")
# "the Chrysler executive", "The treasurer": a company officer described, not named.
_OFFICER_DESCRIBED = re.compile(
    r"[Tt]he\s+(?:(?P<firm>[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,2})\s+)?"
    r"(?P<head>executive|treasurer|chairman|president|vice[- ]president|chief\s+executive|chief\s+financial\s+officer)"
)
_OFFICER_ROLE = re.compile(
    r"executive|president|chairman|treasurer|officer|director|chief|manager|head\b|founder"
)
_ANY_OFFICER: Final = frozenset({"executive"})  # "STCH.L" left of a name cut at its bracket
_BRACKETED_FIRST = re.compile(r"<([A-Z][^<>]+)>")
_UNIT_TAIL = re.compile(r"\s+(?:unit|subsidiary|division|affiliate)$")
_TICKER_TAIL = re.compile(r"\s*[<(][A-Z][A-Z.]*[>)]?$")
_CAPITALISED_RUN = re.compile(
    r"[A-Z][\w&'’./-]*(?:\s+(?:[A-Z][\w&'’./-]*|and|of|de|di|du|des|del|della|la|le|von|van|der|&))*"
)
# A trade described before a wire-bracketed name: "Italian state bank <Istituto Bancario San Paolo ...>".
# ("a unit of <Hughes Capital Corp>" is not: the unit is what spoke).
_DESCRIBED_BRACKETED = re.compile(
    r"(?:[A-Z][a-z]+\s+)?(?:(?!(?:of|by|for|to|from|with|at|in|on)\s)[a-z][\w-]*\s+){0,4}<([A-Z][^<>]+?)>?"
)


@functools.lru_cache(maxsize=4096)
def written_company(text: str) -> str | None:
    """The company's name a speaker phrase is, wire marks aside: "Geonex Corp <GEOX" -> Geonex Corp;
    "General Electric Co's RCA Global Communications" -> the unit; None for anything else. Cached: the same
    speaker phrases come back."""
    words = text.split(", ")[0].strip()
    described = _DESCRIBED_BRACKETED.fullmatch(words)
    if described is not None:
        words = described.group(1)  # "Italian state bank <Istituto Bancario San Paolo di Torino>"
    words = words.removeprefix("The ").removeprefix("the ")
    first = _BRACKETED_FIRST.match(words)
    if first is not None and "'s" not in words[: first.end() + 2]:
        words = first.group(1)  # "<Qintex Ltd> of Brisbane"
    words = words.lstrip("<")
    owner = _OWNER.match(words)
    if owner is not None:
        words = words[owner.end() :]
        if fold(words.split()[0]) in _PEOPLE_AFTER_TICKER:
            return None  # "Continental Illinois Corp's Chairman John Swearingen"
    elif "'s " in words or "’s " in words:
        return None  # "Great Britain's Austin Rover Group": the name found after the owner stands
    tail = _UNIT_TAIL.search(words)
    if tail is not None:
        words = words[: tail.start()]
    cut = _before_ticker(words)
    if cut is None or not _CAPITALISED_RUN.fullmatch(cut):
        return None
    if (_CORPORATE_END.search(cut) or described) and len(cut.split()) > 1 and not _suffix_only(cut):
        return cut
    if "<" in text and len(cut.split()) > 1 and fold(cut.split()[0]) in _LEADING_FORMS:
        return cut  # "NV Philips Gloeilampenfabrieken <PGLO.AS>": a legal form first, a ticker after
    if owner is None or (tail is not None and cut.split()[0] != text.lstrip("<").split()[0]):
        return None  # "NCR Corp's Personal Computer division" is no company of its own name
    return cut if " " in cut or tail is not None else None


# "Petroleos de Venezuela, " right before a speaker that is only a company suffix.
_NAME_BEFORE_COMMA = re.compile(
    r"((?:[A-Z][\w&.'-]*\s+(?:(?:de|del|di|du|la|le|of|and)\s+)?){0,4}[A-Z][\w&.'-]*),\s*$"
)
_SHORT_SUFFIXES: Final = frozenset({"inc", "corp", "ltd", "co", "plc"})
# Legal forms some countries write before the name ("NV Philips", "AB Volvo").
_LEADING_FORMS: Final = frozenset({"nv", "ab", "bv", "kk", "oy", "as", "asa"})


def _before_ticker(words: str) -> str | None:
    """The name before a wire ticker, None when someone of the company follows it ("Sony Corp <SNE.T>
    chairman Akio Morita", "A Volkswagen AG <VOWG.F> spokesman")."""
    name, _, rest = words.partition(">")
    after = rest.strip().split()
    if after and (after[0][:1].isupper() or after[0] in _PEOPLE_AFTER_TICKER):
        return None
    return _TICKER_TAIL.sub("", name).replace("<", "").strip()


# Words after a company's ticker that make the speaker someone of the company, not the company.
_PEOPLE_AFTER_TICKER: Final = frozenset(
    """
    spokesman spokeswoman spokesperson chairman officials official director directors analyst analysts
    economist treasurer executive executives president unit affiliate subsidiary management managing
    supervisory senior chief deputy vice board sources source
    """.split()
)


def _suffix_after_role(m: Mention) -> Who | None:
    """ "Den Danske Bank af 1871 A/S said" split as the role "Den Danske Bank af 1871" and the name "A/S": a
    legal suffix alone names nothing, the company is the whole mention."""
    if m.kind != "name" or not m.role or not _suffix_only(m.name) or not m.role[:1].isupper():
        return None
    firm = f"{m.role} {m.name}"
    return Who(firm, "organisation", note=f'; "{m.text}" -> {firm}, the company whose suffix it is')


@functools.lru_cache(maxsize=4096)
def _suffix_only(name: str | None) -> bool:
    """Whether a name is nothing but company suffixes ("Co Inc", "Corp."): a name cut at its "and".
    Cached: asked of most speakers' names, which come back."""
    return bool(name) and all(
        fold(w).strip(",").replace(".", "") in CORPORATE_SUFFIXES for w in (name or "").split()
    )


@functools.lru_cache(maxsize=4096)
def _without_ticker(text: str) -> str:
    """A speaker's words without the wire ticker ending them ("Geonex Corp <GEOX>"), stripped. Cached: asked
    of most unnamed speakers ("the company"), which come back."""
    return _TICKER_TAIL.sub("", text).strip() if "<" in text or "(" in text else text.strip()


_COMPANY_TITLES: Final = frozenset({"general", "royal", "national", "federal", "imperial", "continental"})
_GIVEN_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+$")
_TIME_WORDS: Final[frozenset[str]] = frozenset(
    """
    january february march april may june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday today yesterday tomorrow tonight
    """.split()
)


def _inside_sentence(text: str, pos: int) -> bool:
    """Whether the word at `pos` follows a small letter or a comma: not a sentence's first word."""
    j = pos - 1
    while j >= 0 and text[j] in " \t\u00a0":
        j -= 1
    return j >= 0 and j < pos - 1 and (text[j].islower() or text[j] == ",")


# Capitalised words that stand before surnames without being given names ("Mr", "President").
_NOT_GIVEN: Final[frozenset[str]] = frozenset(
    """
    Mr Mrs Ms Miss Dr Prof Professor President Minister Secretary Senator Governor Mayor Judge Justice
    General Colonel Captain Chancellor Premier Chairman Director Commissioner Inspector Sergeant Detective
    Father Reverend Rabbi Imam Pope King Queen Prince Princess Speaker Leader Chief Deputy Shadow Labour
    Tory Conservative Liberal Democrat Republican Democratic Sen Rep Gov Gen Lt Col Sgt Capt Mgr
    """.split()
)


_UNSET = object()
_BARE_SURNAME = re.compile(
    r"\s*(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?([A-Z][\w'’-]+)\s+(?:was|is|has|had|said|told|added|also|then|later|went)\b"
)
# How far back (characters) a person named inside someone's words is kept from being "he".
RECENT_WORDS = 400
_SHORT_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z]{1,11})\)")
# "the Philippine Institute of Volcanology and Seismology (Phivolcs)": an institution's name, then its short
# form in brackets
_SPELLED_OUT = re.compile(
    r"([A-Z][\w'’.-]*(?:,?[ \t]+(?:[A-Z][\w'’.-]*|of|and|for|the|on|de|du|des|la)){1,9})[ \t]+\(([A-Z][A-Za-z]{1,11})\)"
)


def short_forms(text: str) -> dict[str, str]:
    """Folded short forms an article gives in brackets -> the institution's name spelled out before them
    (only names holding an institution word: "(Phivolcs)", "(IEDCR)", not "(R-Kan)")."""
    found: dict[str, str] = {}
    if "(" not in text:
        return found
    for m in _spelled_out(text):
        words = m.group(1).split()
        at = len(words) - words[::-1].index("the") if "the" in words else 0
        if any(w.endswith(",") for w in words[:at]):
            words = words[at:]  # "On Tuesday, the World Health Organization (WHO)": the name follows "the"
        # "According to the ...", "Bangladesh's Institute of ...": openers and an owner are not the name
        while words and (fold(words[0]) in _NOT_INSTITUTION_START or words[0].endswith(("'s", "’s"))):
            words = words[1:]
        owner = [k for k, w in enumerate(words[:-2]) if w.endswith(("'s", "’s"))]
        if owner:
            words = words[owner[-1] + 1 :]  # "Lord Woolf's Sentencing Guidelines Council (SGC)": his council
        if len(words) >= 2 and any(fold(w).strip(",") in ORG_WORDS for w in words):
            found.setdefault(fold(m.group(2)), " ".join(words).rstrip(","))
    return found


def _spelled_out(text: str) -> Iterator[re.Match[str]]:
    """The matches of `_SPELLED_OUT.finditer(text)`, the pattern tried only before each short form in
    brackets, after the last character no name holds (a scan of the whole text tries it at every capital):
    a match's words reach the first bracket after them at most, so the next match ends at the first short
    form some start after the last match and after that character reaches."""
    pos = 0
    for short in _SHORT_IN_BRACKETS.finditer(text):
        at = short.start()
        if at <= pos or text[at - 1] not in " \t":
            continue
        fence = _LAST_NON_SPELLED.match(text, pos, at)
        m = _SPELLED_OUT.search(text, fence.end() if fence else pos, short.end())
        if m is not None:
            yield m
            pos = m.end()


_SHORT_IN_BRACKETS = re.compile(r"\([A-Z][A-Za-z]{1,11}\)")
# The last character before a window's end that no spelled-out name holds: words, commas, spaces and tabs.
_LAST_NON_SPELLED = re.compile(r"(?s:.*)[^\w'’.,\- \t]")
_ORG_ENDS: Final = ORG_WORDS | CORPORATE_SUFFIXES


def _headline_words(caps: str) -> bool:
    """A headline's capitals before a ticker that hold more than a company's name ("MOODY'S CONFIRMS
    PUBLIC SERVICE ELECTRIC <PEG>"): no company suffix ends them and they run past three words."""
    words = caps.split()
    return len(words) > 3 and fold(words[-1]).rstrip(".") not in _ORG_ENDS


def body_form(text: str, caps: str) -> str | None:
    """The one mixed-case name the article writes that is `caps` (a headline's capitals) with an
    institution word or company suffix after it: "CENTRUST SAVINGS" -> "Centrust Savings Bank"."""
    words = caps.split()
    pattern = r"\b(?i:" + r"\s+".join(map(re.escape, words)) + r")(?:\s+[A-Z][a-z][\w.'’&-]*){1,2}\b"
    found = set()
    for m in _compiled(pattern).finditer(text):
        written = m.group().split()
        extra = list(itertools.takewhile(lambda x: fold(x).rstrip(".") in _ORG_ENDS, written[len(words) :]))
        whole = " ".join(written[: len(words) + len(extra)])
        if extra and not whole.isupper():
            found.add(whole)
    return found.pop() if len(found) == 1 else None


def by_initials(text: str, short: str) -> str | None:
    """The one name the article writes whose initials spell `short` ("SAS": Scandinavian Airline System;
    "ASX": Australian Stock Exchange), small words aside; None when none or several do."""
    if not 2 <= len(short) <= 6:
        return None
    if short.isascii() and short.isalpha() and short.isupper() and "X" not in short:
        found = set(_initials_spelling(text, short))
    else:
        parts = [rf"(?:{ch}[a-z]{_INITIAL_WORD}*{'|Ex[a-z]+' if ch == 'X' else ''})" for ch in short]
        pattern = r"\b" + _INITIALS_JOINT.join(parts) + _INITIALS_END
        found = {m.group() for m in _compiled(pattern).finditer(text)}
    return found.pop() if len(found) == 1 else None


_INITIAL_WORD: Final = r"[\w'’-]"
_INITIALS_JOINT: Final = r"[ \t]+(?:(?:of|and|for|the|de|&)[ \t]+)?"
_INITIALS_END: Final = r"\b(?![ \t]+[A-Z])"
# The names of two to six words `by_initials` looks for, each word's initial a group: one pattern per
# length, where one per short form cost a compilation (more than the scan) for each new one.
_ANY_INITIALS: Final = {
    n: re.compile(r"\b" + _INITIALS_JOINT.join([rf"([A-Z])[a-z]{_INITIAL_WORD}*"] * n) + _INITIALS_END)
    for n in range(2, 7)
}


def _initials_spelling(text: str, short: str) -> Iterator[str]:
    """What `by_initials`'s pattern for `short` (capitals A-Z but X, whose word may be "Ex...") finds in
    `text`: tried where its first letter stands, the words of any initials matched there are the ones it
    would match (each word runs to the next space or ends where the same boundary test allows), so the
    match is its match when the initials spell `short`, and none when they do not."""
    pattern = _ANY_INITIALS[len(short)]
    at = text.find(short[0])
    while at >= 0:
        m = pattern.match(text, at)
        if m is not None and "".join(m.groups()) == short:
            yield m.group()
            at = text.find(short[0], m.end())
        else:
            at = text.find(short[0], at + 1)


@functools.lru_cache(maxsize=1024)
def _compiled(pattern: str) -> re.Pattern[str]:
    """A pattern made of an article's words, compiled once per process: the same short forms and
    institution words come back article after article, and compiling one costs more than its scan (re's own
    cache holds too few to keep them)."""
    return re.compile(pattern)


# Words that open a sentence before an institution's name ("According to the ...", "Bangladesh's").
_NOT_INSTITUTION_START: Final = frozenset(
    {"the", "a", "an", "according", "to", "in", "on", "at", "by", "from", "said", "says", "as", "of"}
)


# Words that an "and" joins inside one institution's name ("Savings and Loan", "Gas and Electric").
_AND_PAIRS: Final = frozenset(
    {
        ("savings", "loan"),
        ("gas", "electric"),
        ("power", "light"),
        ("light", "power"),
        ("trust", "savings"),
        ("food", "drug"),
        ("oil", "gas"),
        ("research", "development"),
        ("arts", "sciences"),
        ("science", "technology"),
    }
)
# "said sole manager Bear, Stearns and Co": the firm's part in a deal, not a person's office.
_DEAL_ROLES: Final = ("manager", "underwriter", "broker", "agent", "adviser", "advisor", "dealer")
# Within one line: a name never runs across a paragraph break.
_AND_BEFORE = re.compile(r"([A-Z][\w.'’-]*(?:[ \t]+(?:[A-Z][\w.'’-]*|of|for|the)){0,5})[ \t]+(and|&)[ \t]+$")


def _and_before(text: str, at: int) -> re.Match[str] | None:
    """`_AND_BEFORE` in the 80 characters before `at`, tried only when they end in "and" or "&" and then
    spaces (the pattern, anchored at the end, is otherwise tried at each capital of the window)."""
    lo = max(0, at - 80)
    window = text[lo:at]
    window = window[:-1] if window.endswith("\n") else window  # (`$` also matches before a last line break)
    bare = window.rstrip(" \t")
    if len(bare) == len(window) or not bare.endswith(("and", "&")):
        return None
    return _AND_BEFORE.search(text, lo, at)


# Bodies a definite noun ("the alliance", "the federation") points back to when the article named one.
_BODY_NOUNS: Final = frozenset(
    "alliance federation association council commission committee coalition league society institute "
    "foundation trust authority agency board bureau".split()
)
# What a business story calls the company it is about.
_COMPANY_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "company",
        "firm",
        "concern",
        "corporation",
        "airline",
        "carrier",
        "utility",
        "maker",
        "retailer",
        "insurer",
        "brokerage",
        "bank",
        "conglomerate",
        "chain",
        "manufacturer",
        "producer",
    }
)
_PLACES_AFTER_IN = re.compile(
    r"\b[A-Za-z]+\s+(?:in|from|at)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?(?:,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)*,?\s+and\s+$"
)
_OF_STATE = re.compile(r"(.+?)\s+of\s+(?:the\s+)?(\S.*)")
_LISTED_BEFORE = re.compile(r"\b([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?:,\s+|,?\s+and\s+)$")
_LOCAL_GOVERNMENT = re.compile(
    r"(?i:the\s+)?(?i:government|administration)\s+of\s+((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*)"
)
_CORPORATE_END = re.compile(
    r"\s(?:Corp|Corporation|Inc|Co|Cos|Ltd|Plc|PLC|LLC|Group|Bancorp|Holdings|Industries|AG|SA|NV)\.?$"
)


def _generic_parts(name: str, affiliation: str | None, gz: Gazetteer) -> tuple[str | None, str | None]:
    """(the generic institution, its state if the words give one) of "Japan's Finance Ministry", "the
    Japanese government", "central bank"; (None, None) for anything that is not a generic institution."""
    words = name.replace("’s ", "'s ").split()
    state: str | None = None
    while len(words) > 2 and gz.demonym(" ".join(words[:2])) and state is None:
        state, words = gz.demonym(" ".join(words[:2])), words[2:]  # "the West German government"
    while len(words) > 1:
        head = words[0][:-2] if words[0].endswith("'s") else words[0]
        known = gz.lookup(head)
        found = known.name if known is not None and known.kind == "state" else gz.demonym(head)
        if found is not None and (gz.lookup(found) is None or gz.lookup(found).kind != "state"):  # type: ignore[union-attr]
            found = None  # "UKIP" is a demonym-like short name of a party, not of a state
        if fold(head) == "the":
            words = words[1:]
        elif found:
            state, words = found, words[1:]
        else:
            break
    base = " ".join(words)
    of_state = _OF_STATE.fullmatch(base)
    if state is None and of_state and not (is_generic(base) or gz.generic_form(base)):
        known = gz.lookup(of_state.group(2))
        if known is not None and known.kind == "state":  # "the government of Peru"
            base, state = of_state.group(1), known.name
    if not (is_generic(base) or gz.generic_form(base)):
        return None, None
    if state is None and affiliation:
        known = gz.lookup(affiliation)
        state = known.name if known is not None and known.kind == "state" else None
    return base, state


def _needs_context(drafts: list[Draft]) -> bool:
    """Whether any speaker needs the article's other names (scanning for them costs, so only then)."""
    for d in drafts:
        m = d.mention
        if m is None:
            continue
        if m.kind == "nominal" or (m.kind == "pronoun" and not m.name):
            return True
        if m.actor_kind == "person" and m.name and " " not in m.name:
            return True
    return False


def _inside(pos: int, ordered: list[Quotation], starts: list[int]) -> bool:
    """Whether `pos` is inside one of the quotations (sorted by start, with their starts)."""
    k = bisect_right(starts, pos) - 1
    return k >= 0 and pos < ordered[k].end


def _renamed_unnamed(m: Mention, name: str | None) -> Mention:
    """`m` as an unnamed mention of `name` (`dataclasses.replace` without the frozen `__init__`)."""
    return make_mention(
        m.text, m.start, m.end, "unnamed", name, m.actor_kind, m.role, m.affiliation, m.gender
    )


class _WordCase:
    """Whether a one-word "name" is really a common noun, decided once per word and article."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.seen: dict[str, bool] = {}
        # `lower_somewhere` of each word asked (the full names' and surnames' first words come back).
        self.lower: dict[str, bool] = {}

    def common_word(self, m: Mention) -> bool:
        """A one-word "name" the article also writes in lower case is a common noun at a sentence start
        ("Hauliers said ... some hauliers"), unless it is capitalised mid-sentence too ("said Trump")."""
        word = m.text
        if m.actor_kind != "person" or " " in word or not word[:1].isupper() or word.isupper():
            return False
        if word not in self.seen:
            plural = len(word) > 5 and word.endswith(_GROUP_SUFFIXES)
            self.seen[word] = (plural or self._lower_somewhere(word.lower())) and not self.mid_sentence(word)
        return self.seen[word]

    def lower_somewhere(self, low: str) -> bool:
        """Whether the article writes `low` as a word in lower case."""
        found = self.lower.get(low)
        if found is None:
            found = self.lower[low] = self._lower_somewhere(low)
        return found

    def _lower_somewhere(self, low: str) -> bool:
        text, n = self.text, len(low)
        i = text.find(low)
        while i >= 0:
            before = text[i - 1] if i else " "
            after = text[i + n] if i + n < len(text) else " "
            if not (before.isalnum() or before in "’'") and not after.isalnum():
                return True
            i = text.find(low, i + 1)
        return False

    def after_quotation(self, word: str) -> bool:
        """Whether the article writes the word right after a quotation that ends in a comma, question or
        exclamation mark ('"...," Churchill said'): where a speaker's name stands."""
        text = self.text
        i = text.find(word)
        while i >= 0:
            j = i - 1
            while j >= 0 and text[j] in " \t\u00a0":
                j -= 1
            if j >= 1 and text[j] in '"”' and text[j - 1] in ",?!—–-":
                return True
            i = text.find(word, i + 1)
        return False

    def titled_thing(self, m: Mention) -> bool:
        """A "person" whose one-word title and name make a company ("General Tire", "General Mills"): the
        name is a common word the article also writes in lower case."""
        if m.actor_kind != "person" or not m.name or not m.role or " " in m.name or " " in m.role:
            return False
        if not m.role[:1].isupper() or m.role.lower() not in _COMPANY_TITLES:
            return False
        return self._lower_somewhere(m.name.lower())

    def mid_sentence(self, word: str) -> bool:
        """Whether the article writes the word capitalised after a small letter or a comma."""
        text = self.text
        i = text.find(word)
        while i >= 0:
            j = i - 1
            while j >= 0 and text[j] in " \t\u00a0":
                j -= 1
            # ("Health and Safety Executive": a word inside a longer name is no capital of its own)
            inside = _INSIDE_NAME.match(text, i + len(word)) and _JOINER_BEFORE.search(text, max(0, i - 6), i)
            if j < i - 1 and j >= 0 and (text[j].islower() or text[j] == ",") and not inside:
                return True
            i = text.find(word, i + 1)
        return False
