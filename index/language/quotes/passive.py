"""A passive with its agent: "the talks, which were announced yesterday by U.S. Trade Representative Clayton
Yeutter", "Delors was said by aides to have found ...": the agent made the statement. A passive without an
agent names no speaker, and this rule makes no statement of it."""

from __future__ import annotations

import re
from typing import Final

from newsdesk.index.language.cues import Cue, lemma_of
from newsdesk.index.language.drafts import Draft
from newsdesk.index.language.quotes.content import tail_cut, trim
from newsdesk.index.language.quotes.spans import Sentence
from newsdesk.index.language.speakers import Mention, parse_mention

# Verbs whose agent is a speaker. Not "report" ("the facts reported by the government": figures), "propose"
# (a bill's sponsors), "claim" ("attacks claimed by"); not "quote" ("X was quoted by Interfax as saying": X speaks), "ask" (the
# agent asks, and states nothing), "show"/"find" (a deed or a result), "call" ("the election called by").
_PASSIVE_LEMMAS: Final = frozenset(
    {
        "announce",
        "say",
        "reveal",
        "state",
        "allege",
        "promise",
        "pledge",
        "predict",
        "estimate",
        "suggest",
        "recommend",
        "disclose",
        "declare",
        "deny",
    }
)
# The cue, a short time adjunct ("announced earlier this week by"), then "by" and the agent.
_BY_AGENT: Final = re.compile(
    r"(?:\s+(?:yesterday|today|earlier|recently|last|this|on|late|early)\b(?:\s+[A-Za-z]+){0,2}?)?"
    r"\s+by\s+(?=[A-Z]|(?:the|its|his|her|their|aides|officials|sources)\s)"
)
# Where the agent stops: a clause going on, a time adjunct, a second agent ("and by").
_AGENT_END: Final = re.compile(
    r"[,;:()\"“”]|\s(?:and\s+by|to|yesterday|today|on|in|at|last|this|earlier|who|which|that|for|as|were|was|"
    r"is|are|had|have|has|will|would|could|should|may|might|reflects?|after|before|with|from|"
    # "Shell U.K. Ltd Friday", "... Agency and the California department": a day, a second body
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|"
    r"September|October|November|December|over|via|through|under|concerning|regarding|including|following|during|and\s+(?:the|its|his|her|their|an?)\s)\b"
)
# A name's own words ("Bank of England", "Ministry for Foreign Affairs") and the lower-case words of a
# description ("the nation's two largest building societies").
_NAME_RUN: Final = re.compile(r"(?:[A-Z][\w.'’&-]*|of|for|the|and|de)(?:\s+|$)")
# "was said by aides to have found": the content is the infinitive after the agent.
_TO_INFINITIVE: Final = re.compile(r"\s+to\s+(?:have\s+)?[a-z]+")
# Between the thing said and its passive cue: "the talks, which were announced".
_RELATIVE_BE: Final = re.compile(
    r"(?:,?\s+(?:which|that)\s+(?:were|was|had\s+been|have\s+been|has\s+been))?\s*(?:were|was|is|are|been)?\s*$"
)
# Words the noun phrase before the cue never reaches back over: a verb, a conjunction, a clause opener.
_NP_STOP: Final = frozenset(
    {
        "said",
        "says",
        "say",
        "told",
        "that",
        "which",
        "who",
        "and",
        "or",
        "but",
        "to",
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
        "had",
        "will",
        "would",
        "with",
        "about",
        "by",
        "as",
        "than",
        "if",
        "when",
        "while",
        # an adjunct before the noun phrase: "sharpened after the attacks ... which were claimed by"
        "after",
        "before",
        "against",
        "since",
        "until",
        "during",
        "following",
        "despite",
        "above",
        "below",
    }
)
_NP_WORDS: Final = 16
_LEADING_OFF: Final = frozenset(
    {"on", "under", "in", "at", "for", "of", "from", "whose", "into", "onto", "upon"}
)
_ADVERBS: Final = frozenset(
    {"just", "first", "also", "already", "since", "then", "now", "recently", "earlier"}
)
# "Delors was said by aides to have found the meeting useful, diplomats said ...": the infinitive's clause ends.
_CLAUSE_END: Final = re.compile(r"[,;:]")


def passive_agents(sent: Sentence, cue: Cue) -> list[Draft]:
    """The agents' statements when the cue is a passive with "by" ("by the two societies and by NatWest"):
    none for any other use of the cue."""
    first = _passive_agent(sent, cue)
    if first is None or first.mention is None:
        return []
    out = [first]
    second = _AND_BY.match(sent.text, first.mention.end, sent.end)
    if second is not None:
        end = _agent_end(sent.text, second.end(), sent.end)
        mention = parse_mention(sent.text[second.end() : end], second.end(), sent.gz)
        if mention is not None and _speaker(mention):
            out.append(Draft(list(first.spans), cue.form, cue.start, mention, "passive"))
    return out


# The head of a description that can speak ("the nation's two largest building societies", "aides"); a
# paper, a figure or a market cannot ("the indictment", "the data", "the opinion polls", "the buyer").
_SPEAKING_HEADS: Final = frozenset(
    {
        "aides",
        "officials",
        "official",
        "sources",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "government",
        "ministry",
        "bank",
        "banks",
        "board",
        "committee",
        "party",
        "company",
        "embassy",
        "commission",
        "administration",
        "societies",
        "society",
        "federation",
        "union",
        "council",
        "cabinet",
        "department",
        "agency",
        "authorities",
        "minister",
        "ministers",
        "president",
        "chairman",
        "secretary",
        "leaders",
        "diplomats",
        "executives",
        "management",
        "directors",
        "regulators",
        "court",
        "judge",
        "police",
        "association",
        "institute",
        "organisation",
        "organization",
        "office",
        "group",
        "industry",
        "lenders",
    }
)
_NOT_SPEAKERS: Final = frozenset({"wall street", "twitter", "facebook"})


def _speaker(mention: Mention) -> bool:
    """Whether the agent's mention is someone who can have said it: a name, or a speaking description."""
    if mention.kind == "name":
        return mention.text.lower() not in _NOT_SPEAKERS
    return mention.kind == "unnamed" and mention.text.rsplit(" ", 1)[-1].lower() in _SPEAKING_HEADS


_AND_BY: Final = re.compile(r"\s+and\s+by\s+(?=[A-Z]|(?:the|its|his|her|their)\s)")


def _passive_agent(sent: Sentence, cue: Cue) -> Draft | None:
    """The agent's statement when the cue is a passive with "by": None for any other use of the cue."""
    text = sent.text
    if lemma_of(cue.form) not in _PASSIVE_LEMMAS or not cue.form.lower().endswith(("ed", "id", "ld", "en")):
        return None
    by = _BY_AGENT.match(text, cue.end, sent.end)
    if by is None:
        return None
    agent_end = _agent_end(text, by.end(), sent.end)
    if text.startswith(" (", agent_end) or text.startswith("(", agent_end):
        return (
            None  # "Chancellor of the Exchequer (Finance Minister) Nigel Lawson": the name is past the aside
        )
    mention = parse_mention(text[by.end() : agent_end], by.end(), sent.gz)
    if mention is None or not _speaker(mention):
        return None
    if cue.form.lower() == "said":
        inf = _TO_INFINITIVE.match(text, mention.end, sent.end)
        if inf is None:
            return None  # "said by" without "to ...": no words given
        comma = _CLAUSE_END.search(text, inf.end(), sent.end)
        span: tuple[int, int] | None = trim(
            text, inf.start() + len(" to "), comma.start() if comma else tail_cut(text, inf.end(), sent.end)
        )
        if span is not None and text.startswith("have ", span[0]):
            span = (span[0] + len("have "), span[1])
    else:
        span = _thing_said(text, sent.start, cue.start)
    if span is None or span[1] - span[0] < 3:
        return None
    return Draft([span], cue.form, cue.start, mention, "passive")


def _agent_end(text: str, start: int, sent_end: int) -> int:
    """Where the agent's noun phrase starting at `start` stops."""
    hi = min(sent_end, start + 100)
    stop = _AGENT_END.search(text, start, hi)
    end = stop.start() if stop else hi
    if text[start].isupper() and not text.startswith("The ", start):
        # A name: its capitalised words and connectors ("National Westminster Bank Plc reflect": stop at "reflect").
        pos = start
        while pos < end:
            m = _NAME_RUN.match(text, pos, end)
            if m is None:
                break
            pos = m.end()
        end = min(end, pos) if pos > start else end
    while end > start and text[end - 1] in " .":
        if text[end - 1] == "." and end - start > 3 and text[end - 3] == ".":
            break  # "U.S.": the abbreviation's point
        end -= 1
    # "Emergencies Minister Yevgeny Zinichev of": a connector the name run took before a lower-case word
    for connector in (" of", " for", " the", " and", " de"):
        if text.endswith(connector, start, end):
            end -= len(connector)
    return end


def _thing_said(text: str, sent_start: int, cue_start: int) -> tuple[int, int] | None:
    """The noun phrase the passive is about, just before the cue ("welcomed measures outlined" -> "measures")."""
    rel = _RELATIVE_BE.search(text, max(sent_start, cue_start - 40), cue_start)
    np_end = rel.start() if rel else cue_start
    lo = max(sent_start, np_end - 120)
    words = text[lo:np_end].split(" ")
    if lo > sent_start:
        words = words[1:]  # (the window's first word may be cut)
    taken = 0
    skipped: list[str] = []
    while taken < len(words) and taken < _NP_WORDS:
        w = words[len(words) - 1 - taken]
        if (
            not w
            or w.endswith((",", ";", ":", '"', "”"))
            or w in _NP_STOP
            or (w.islower() and w.endswith(("ed", "ing")))
        ):
            break
        if taken == len(skipped) and (w in _ADVERBS or (w.islower() and w.endswith("ly"))):
            skipped.append(w)  # "the figure originally announced", "the proposals just announced"
        taken += 1
    if taken <= len(skipped):
        return None
    first = len(words) - taken
    while first < len(words) - len(skipped) - 1 and (
        words[first].lower() in _LEADING_OFF or words[first].lower().endswith("ing")
    ):
        first += 1  # "Under the decision announced by", "Noting the package announced by": the noun phrase
    taken = len(words) - first
    np = " ".join(words[first : len(words) - len(skipped)])
    tail = " ".join(words[len(words) - len(skipped) :]) if skipped else ""
    end = np_end - len(tail) - (1 if skipped else 0)
    return trim(text, end - len(np), end)
