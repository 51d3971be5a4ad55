"""Stance classes: what a statement does (rejects, accepts, warns...), from its cue and its words.

An explainable lexicon, kept as data below, read in this order (the first rule that fires wins):

1. "declined/refused to comment" and the like in the cue or the quote: declines.
2. A stance-bearing cue verb ("denied", "rejected", "warned", "urged", "pledged", "asked"...): its class,
   turned around when the cue is negated ("did not rule out" = accepts).
3. Phrases in the quote, checked rejects first, then accepts/supports, warns, demands, promises: each
   phrase counts only when not negated; a negated accepts/supports phrase is a rejection ("will never
   accept", "not negotiable"), a negated rejects phrase an acceptance ("does not oppose").
4. A quote ending in "?", or the cue "asked" before "whether/why/how...": questions; "asked ... to ...":
   demands.
5. Otherwise: asserts.
"""

from __future__ import annotations

import re
from typing import Literal

Stance = Literal[
    "asserts",
    "supports",
    "rejects",
    "warns",
    "denies",
    "demands",
    "promises",
    "accepts",
    "questions",
    "declines",
]

STANCES: tuple[Stance, ...] = (
    "asserts", "supports", "rejects", "warns", "denies", "demands", "promises", "accepts", "questions", "declines",
)  # fmt: skip

# Where a stance sits on the for/against axis; a flip between the two sides is a possible shift.
POLARITY: dict[str, int] = {"supports": 1, "accepts": 1, "rejects": -1, "denies": -1}

DECLINE_PHRASES: tuple[str, ...] = (
    "declined to comment", "declined to confirm", "declined to say", "declined to discuss", "declined to elaborate",
    "refused to comment", "refused to say", "would not comment", "would not say", "did not comment",
    "did not respond", "no comment", "not comment", "declined comment", "declined to be drawn",
)  # fmt: skip

# Cue lemmas (and cue words as written) that carry their own stance.
CUE_STANCE: dict[str, Stance] = {
    "deny": "denies", "denied": "denies", "denies": "denies", "dispute": "denies", "refute": "denies",
    "reject": "rejects", "rejected": "rejects", "dismiss": "rejects", "dismissed": "rejects", "oppose": "rejects",
    "condemn": "rejects", "criticise": "rejects", "criticize": "rejects", "rule out": "rejects", "ruled out": "rejects",
    "veto": "rejects", "refuse": "rejects", "slam": "rejects", "decry": "rejects", "denounce": "rejects",
    "warn": "warns", "warned": "warns", "caution": "warns", "threaten": "warns", "threatened": "warns",
    "demand": "demands", "urge": "demands", "urged": "demands", "insist": "demands", "call for": "demands",
    "called for": "demands", "press": "demands", "appeal": "demands",
    "promise": "promises", "pledge": "promises", "pledged": "promises", "vow": "promises", "vowed": "promises",
    "guarantee": "promises", "commit": "promises",
    "accept": "accepts", "accepted": "accepts", "agree": "accepts", "agreed": "accepts", "concede": "accepts",
    "acknowledge": "accepts", "admit": "accepts",
    "support": "supports", "back": "supports", "backed": "supports", "welcome": "supports", "welcomed": "supports",
    "endorse": "supports", "praise": "supports", "praised": "supports", "hail": "supports", "applaud": "supports",
    "ask": "questions", "asked": "questions", "question": "questions", "wonder": "questions", "query": "questions",
    "decline": "declines", "declined": "declines",
}  # fmt: skip

# Quote phrases by class, checked in this order.
PHRASES: tuple[tuple[Stance, tuple[str, ...]], ...] = (
    ("rejects", (
        "unacceptable", "non-negotiable", "out of the question", "reject", "rejects", "rejected", "oppose",
        "opposes", "opposed", "is against", "are against", "am against", "refuse", "refuses", "will not allow", "won't allow", "cannot allow",
        "red line", "no way", "ruled out", "rule out", "condemn", "condemns",
    )),
    ("denies", ("deny", "denies", "denied", "false", "untrue", "baseless", "fake news", "never happened")),
    ("accepts", (
        "open to", "accept", "accepts", "agree", "agrees", "agreed", "willing to", "ready to", "prepared to",
        "negotiable", "could consider", "would consider", "compromise",
    )),
    ("supports", (
        "support", "supports", "supported", "backs", "welcome", "welcomes", "endorse", "endorses",
        "in favour of", "in favor of", "praise", "good idea", "right thing",
    )),
    ("warns", (
        "warn", "warning", "danger", "dangerous", "risk", "threat", "trigger", "catastrophe", "catastrophic",
        "escalate", "consequences", "disaster",
    )),
    ("demands", ("must", "have to", "has to", "need to", "needs to", "should", "demand", "demands", "insist", "urge")),
    ("promises", ("we will", "we'll", "we’ll", "i will", "i'll", "i’ll", "we are going to", "we're going to",
                  "we’re going to", "promise", "pledge", "vow", "guarantee", "commit")),
)  # fmt: skip

NEGATORS: frozenset[str] = frozenset(
    {
        "not",
        "never",
        "no",
        "n't",
        "cannot",
        "neither",
        "nor",
        "without",
        "hardly",
        "refuse",
        "refuses",
        "refused",
        "failure",
        "failed",
        "fails",
        "unable",
        "refusal",
    }
)
_FLIP: dict[str, Stance] = {
    "accepts": "rejects",
    "supports": "rejects",
    "rejects": "accepts",
    "denies": "accepts",
}
_TOKEN = re.compile(r"n['’]t\b|[\w’'-]+|[?,;:.()—–]")
_CLAUSE_BREAK = frozenset("?,;:.()—–")
_SENTENCE_BREAK = frozenset("?.;")
_NEG_RAISERS = frozenset({"think", "believe", "expect", "feel", "suppose"})
_WH_WORDS = frozenset({"whether", "if", "why", "how", "what", "who", "whom", "when", "where", "which"})


def _tokens(text: str) -> list[str]:
    tokens = _TOKEN.findall(text.lower().replace("’", "'"))
    return [t.strip("'-") for t in tokens if t.strip("'-")]


def _negated(tokens: list[str], at: int) -> bool:
    """A negator among the three tokens before position `at` in the same clause, or a negated
    "think/believe" earlier in the sentence ("I don't think it is a good idea")."""
    for t in reversed(tokens[max(0, at - 3) : at]):
        if t in _CLAUSE_BREAK:
            break
        if t in NEGATORS or t.endswith("n't"):
            return True
    for i in range(at - 1, 0, -1):
        if tokens[i] in _SENTENCE_BREAK:
            return False
        if tokens[i] in _NEG_RAISERS and (tokens[i - 1] in NEGATORS or tokens[i - 1].endswith("n't")):
            return True
    return False


def classify_stance(cue: str, cue_lemma: str, quote: str) -> tuple[Stance, str]:
    """The stance of a statement and why, e.g. ("rejects", 'negated "accept"')."""
    cue_l = cue.lower().strip()
    quote_l = quote.lower().replace("’", "'")
    for phrase in DECLINE_PHRASES:
        if phrase in cue_l or phrase in quote_l:
            return "declines", f'"{phrase}"'
    cue_tokens = _tokens(cue_l)
    multiword = [k for k in _MULTIWORD_CUES if k in cue_l]
    for word in (*multiword, cue_lemma.lower().strip(), *cue_tokens):
        stance = CUE_STANCE.get(word)
        if stance is None or stance == "questions":
            continue
        if _negated(cue_tokens, len(cue_tokens)) and stance in _FLIP:
            return _FLIP[stance], f'negated cue "{cue.strip()}"'
        return stance, f'cue "{cue.strip()}"'
    tokens = _tokens(quote_l)
    matches = sorted(
        (order, at, stance, phrase)
        for at, token in enumerate(tokens)
        for order, stance, phrase, words in _BY_FIRST_TOKEN.get(token, ())
        if tokens[at : at + len(words)] == words
    )
    for _order, at, stance, phrase in matches:
        if not _negated(tokens, at):
            return stance, f'"{phrase}"'
        if stance in _FLIP:
            return _FLIP[stance], f'negated "{phrase}"'
    if quote.rstrip(" \"'”’").endswith("?"):
        return "questions", "a question"
    if CUE_STANCE.get(cue_lemma.lower().strip()) == "questions":
        first = tokens[0] if tokens else ""
        if first in _WH_WORDS:
            return "questions", f'cue "{cue.strip()}" + "{first}"'
        # "asked the government to relax the rule": a request.
        return (
            ("demands", f'cue "{cue.strip()}" + "to"')
            if "to" in tokens
            else ("questions", f'cue "{cue.strip()}"')
        )
    return "asserts", "no stance words"


def _index_phrases() -> dict[str, tuple[tuple[int, Stance, str, list[str]], ...]]:
    """Phrases by their first token, each with its rank in PHRASES (lower wins)."""
    index: dict[str, list[tuple[int, Stance, str, list[str]]]] = {}
    order = 0
    for stance, phrases in PHRASES:
        for phrase in phrases:
            words = _tokens(phrase)
            index.setdefault(words[0], []).append((order, stance, phrase, words))
            order += 1
    return {k: tuple(v) for k, v in index.items()}


_BY_FIRST_TOKEN = _index_phrases()
_MULTIWORD_CUES = tuple(k for k in CUE_STANCE if " " in k)
