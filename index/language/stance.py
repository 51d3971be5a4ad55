"""Stance: what a statement does (rejects, accepts, warns...), with its negation, modality and holder.

An explainable lexicon, kept as data below, read in this order (the first rule that fires wins):

1. "declined/refused to comment" and the like in the cue, the words around it or the quote: declines.
2. A stance-bearing cue verb ("denied", "rejected", "warned", "urged", "pledged"...): its class. The
   cue is the speaker's own act. Negated by a negator among the three words before it ("did not rule
   out") or inside it, which turns accepts/supports into rejects and rejects/denies into accepts.
3. Phrases in the quote, checked rejects first, then denies, accepts, supports, warns, demands,
   promises. For each phrase the words before it in its clause are read back to its subject:
   - negation: not, no, never, n't, cannot, neither, nor, without, refused to, denied, failed to...
     before it in the clause ("did not concede or admit defeat": both verbs), or "no"/"nothing" right
     after it ("will accept no monitoring"); a negated accepts/supports is a rejection, a negated
     rejects/denies an acceptance; a negated warns/demands/promises phrase is skipped;
   - modality: the modal before it (may, might, could, would, should, will, must, can), or "if"/"unless"
     in the same sentence (reported as "if");
   - holder: a for/against verb (reject, oppose, accept, agree, support, back...) is the speaker's
     position only when its subject is the speaker: "I"/"we" in a direct quote, "he"/"she"/"it"/
     "they"/"we" in reported speech, "its board", the speaker's name (or, when the caller can tell,
     another name of the same actor: "Moscow" for Russia), or no subject in the clause. "Britain and
     West Germany opposed the tax", "Piedmont has agreed to be acquired", "the offer was rejected":
     the speaker reports someone else's position, and the statement asserts.
   - business, not politics: "agreed to buy/sell/acquire/merge/pay...", "accepted/rejected bids,
     tenders, deposits", price support ("support prices", "lent support to", "supported by") make
     no stance.
4. A quote ending in "?", or the cue "asked" before "whether/why/how...": questions; "asked ... to ...":
   demands.
5. Otherwise: asserts.

Reiteration is read beside the stance: the cue "reiterated/repeated/restated/reaffirmed/stood by",
"again", "once again", "has previously/long/repeatedly" around the cue, "as I have said" in the quote.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass
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

# Cue lemmas whose acceptance is an admission of a fact, the opposite of a denial.
ADMISSIONS: frozenset[str] = frozenset({"admit", "acknowledge", "concede", "confirm"})

# Modal readings that hedge a position: "could accept", "might support", "would accept if ...".
HEDGES: frozenset[str] = frozenset({"may", "might", "could", "if"})

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
    "demand": "demands", "urge": "demands", "urged": "demands", "call for": "demands",
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
        "red line", "no way", "ruled out", "rule out", "condemn", "condemns", "disagree", "disagrees",
    )),
    ("denies", ("deny", "denies", "denied", "false", "untrue", "baseless", "fake news", "never happened")),
    ("accepts", (
        "open to", "accept", "accepts", "accepted", "agree", "agrees", "agreed", "willing to", "ready to",
        "prepared to", "negotiable", "could consider", "would consider", "compromise",
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

# For/against verbs: a position only when their subject is the speaker. The rest (unacceptable, false,
# risk, must...) are the speaker's own evaluation wherever they stand.
HELD_PHRASES: frozenset[str] = frozenset(
    {
        "reject", "rejects", "rejected", "oppose", "opposes", "opposed", "refuse", "refuses", "ruled out",
        "rule out", "condemn", "condemns", "disagree", "disagrees", "deny", "denies", "denied", "accept",
        "accepts", "accepted", "agree", "agrees", "agreed", "support", "supports", "supported", "backs",
        "welcome", "welcomes", "endorse", "endorses", "praise", "is against", "are against", "am against",
        "open to", "willing to", "ready to", "prepared to", "compromise",
    }
)  # fmt: skip

NEGATORS: frozenset[str] = frozenset(
    {
        "not", "never", "no", "n't", "cannot", "neither", "nor", "without", "hardly", "refuse", "refuses",
        "refused", "failure", "failed", "fails", "unable", "refusal", "denied", "denies", "reluctant",
        "reluctance", "unwilling", "loath",
    }
)  # fmt: skip
MODALS: frozenset[str] = frozenset(
    {"may", "might", "could", "would", "should", "will", "must", "can", "shall", "ll"}
)
REITERATION_CUES: frozenset[str] = frozenset(
    {"reiterate", "reiterated", "reiterates", "repeat", "repeated", "repeats", "restate", "restated",
     "reaffirm", "reaffirmed", "reaffirms", "reassert", "reasserted", "stood by", "stand by", "stands by"}
)  # fmt: skip
_REITERATION_BEFORE = re.compile(
    r"(?i:\b(?:again|once again|has previously|have previously|had previously|has long|have long|has repeatedly|"
    r"have repeatedly|has consistently|have consistently|has always|have always|continued to|continues to|"
    r"stood by|stands by)\s*)$"
)
_REITERATION_AFTER = re.compile(r"^(?i:\s*(?:,\s*)?(?:again|once again|once more)\b)")
_REITERATION_QUOTE = re.compile(
    r"(?i:\bas (?:i|we) (?:have )?(?:said|stated|made clear)|\b(?:i|we) have (?:always|repeatedly|consistently)"
    r" (?:said|made clear|stated)|\bi repeat\b|\bonce again\b)"
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
# Words that end the walk back from a phrase to its subject: another clause starts there.
_CLAUSE_WORDS = frozenset(
    {"that", "which", "who", "whom", "because", "but", "although", "though", "while", "whether", "if",
     "unless", "when", "where", "as", "since", "so", "after", "before", "until"}
)  # fmt: skip
# Words between a subject and its verb: auxiliaries, adverbs, control verbs ("is ready to", "voted to").
_BETWEEN = frozenset(
    {"will", "would", "shall", "should", "can", "could", "may", "might", "must", "ll", "do", "does", "did",
     "is", "are", "am", "was", "were", "be", "been", "being", "has", "have", "had", "to", "also", "still",
     "now", "fully", "firmly", "strongly", "totally", "completely", "flatly", "categorically", "vigorously",
     "unanimously", "publicly", "always", "already", "again", "just", "only", "certainly", "definitely",
     "absolutely", "clearly", "simply", "therefore", "then", "ready", "willing", "prepared", "able", "going",
     "decided", "decide", "decides", "voted", "vote", "votes", "wants", "want", "wanted", "plans", "plan",
     "planned", "intends", "intend", "intended", "hopes", "hope", "hoped", "continue", "continues",
     "continued", "likely", "unlikely", "expected", "expects", "expect", "try", "tried", "tries", "seek",
     "seeks", "sought", "not", "never", "n't", "cannot", "neither", "nor", "without", "hardly", "refuse",
     "refuses", "refused", "failed", "fails", "unable", "denied", "denies", "generally", "broadly", "in",
     "principle", "formally", "finally", "eventually", "reluctantly", "readily", "happily", "gladly",
     "wholeheartedly", "quickly", "immediately", "well", "yet", "so", "far", "ever", "failure",
     "refusal", "reluctance", "reluctant", "unwilling", "loath"}
)  # fmt: skip
_COMMON_STARTS = frozenset(
    {"the", "a", "an", "it", "he", "she", "we", "they", "i", "this", "that", "these", "those", "there", "in",
     "on", "at", "but", "and", "if", "when", "as", "for", "our", "my", "its", "his", "her", "their", "no",
     "not", "we'll", "i'm", "what", "who", "why", "how", "all", "any", "some", "there's", "it's", "so"}
)  # fmt: skip
_CONTRACTION = re.compile(r"\b(\w+)'(ll|re|ve|m|d)\b")
_EXPANDED = {"ll": "will", "re": "are", "ve": "have", "m": "am", "d": "would"}
_SUBJECT_NEGATORS = frozenset({"neither", "nor", "no", "not", "never", "nobody", "none"})
_RELATIVES = frozenset({"who", "which", "whom"})
_DETERMINERS = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our"}
)
_BE = frozenset({"is", "are", "am", "was", "were", "be", "been", "being"})
_POSSESSIVES = frozenset({"its", "his", "her", "their", "our", "my"})
_DIRECT_SELF = frozenset({"i", "we", "us", "me"})
_REPORTED_SELF = frozenset({"he", "she", "it", "they", "we", "i"})
# "agreed to buy": a transaction, not a political acceptance.
_BUSINESS_VERBS = frozenset(
    {"buy", "sell", "acquire", "purchase", "merge", "pay", "supply", "lend", "borrow", "invest", "finance",
     "lease", "provide", "raise", "extend", "issue", "redeem", "repurchase", "exchange", "swap", "form",
     "build", "develop", "market", "distribute", "make", "produce", "ship", "deliver", "take", "be",
     "license", "manufacture", "underwrite", "guarantee", "refinance", "reschedule", "restructure",
     "settle", "tender", "transfer", "divest", "sublease", "renew", "dispose", "fund", "operate", "manage"}
)  # fmt: skip
_TENDER_OBJECTS = frozenset(
    {"bids", "tenders", "deposits", "orders", "applications", "tonnes", "shares", "acres", "up"}
)
# Words of routine tenders and programmes: accepting or rejecting bids there is administration.
_ROUTINE = frozenset({"bonus", "tonnes", "tonne", "intervention", "acres", "certificates"})
# "price support", "lent support to", "support buying": markets, not positions.
_MARKET_SUPPORT_BEFORE = frozenset(
    {"price", "prices", "income", "lent", "lend", "lends", "technical", "chart", "market", "some", "the", "a",
     "strong", "firm", "good", "further", "more", "any", "no", "of", "for", "continuing", "continued",
     "financial", "broad", "enough", "underlying", "little", "major", "key", "initial", "additional"}
)  # fmt: skip
_MARKET_SUPPORT_AFTER = frozenset(
    {"price", "prices", "level", "levels", "buying", "payments", "programs", "programme", "programmes",
     "program", "loans", "operations", "purchases", "from", "by", "at", "around", "near"}
)  # fmt: skip
_DOUBTS = frozenset({"unlikely", "doubt", "doubts", "doubted", "doubtful", "improbable"})
_NEG_RAISERS = frozenset({"think", "believe", "expect", "feel", "suppose"})
_WH_WORDS = frozenset({"whether", "if", "why", "how", "what", "who", "whom", "when", "where", "which"})
_CONDITIONALS = frozenset({"if", "unless", "provided", "providing"})
_TARGET_WORDS = 16


@dataclass(frozen=True, slots=True)
class StanceReading:
    """A statement's stance and how it was read.

    `negated`: a negation turned or qualified the stance word; `modality`: the modal verb before it, or
    "if" for a conditional; `reiterated`: the statement restates an earlier position; `target`: the
    words the stance is about (the rest of the stance word's clause, or the quote's start for a cue);
    `axis`: "fact" for denials and admissions ("denied reducing the flow" / "admitted reducing the
    flow"), "position" for rejections, acceptances and support, None off the for/against axis.
    """

    stance: Stance
    why: str
    negated: bool = False
    modality: str | None = None
    reiterated: bool = False
    target: str = ""
    axis: str | None = None


def classify_stance(cue: str, cue_lemma: str, quote: str) -> tuple[Stance, str]:
    """The stance of a statement and why, e.g. ("rejects", 'negated "accept"'), knowing no speaker."""
    reading = read_stance(cue, cue_lemma, quote)
    return reading.stance, reading.why


def read_stance(
    cue: str,
    cue_lemma: str,
    quote: str,
    *,
    kind: str = "direct",
    context: tuple[str, str] | None = None,
    speaker_names: Collection[str] | None = None,
    same_actor: Callable[[str], bool] | None = None,
) -> StanceReading:
    """The stance of a statement with its negation, modality, reiteration and target.

    `context` is the statement's `cue_context` (words before and after the cue). With `speaker_names`
    (and `same_actor` for other names of the actor), a for/against verb counts only when the speaker
    holds it; without them every such verb is taken as the speaker's.
    """
    before, after = context or ("", "")
    cue_l = cue.lower().strip()
    quote_l = quote.lower().replace("’", "'")
    reiterated = _reiterated(cue_l, cue_lemma, before, after, quote)
    for phrase in DECLINE_PHRASES:
        if phrase in cue_l or phrase in quote_l or phrase in f"{before.lower()} {cue_l}":
            return StanceReading("declines", f'"{phrase}"', reiterated=reiterated)
    tokens = _tokens(quote_l)
    cue_reading = _cue_stance(cue, cue_l, cue_lemma, before, tokens, reiterated)
    if cue_reading is not None:
        return cue_reading
    reading, reported = _phrase_stance(quote, tokens, kind, reiterated, speaker_names, same_actor)
    if reading is not None:
        return reading
    return _question_or_assertion(cue, cue_lemma, quote, tokens, reiterated, reported)


def _phrase_stance(
    quote: str,
    tokens: list[str],
    kind: str,
    reiterated: bool,
    speaker_names: Collection[str] | None,
    same_actor: Callable[[str], bool] | None,
) -> tuple[StanceReading | None, str | None]:
    """The stance of the first stance phrase in the quote the speaker holds, in the order of the phrase
    lists; else None and the first phrase the speaker only reports of another."""
    holder: _Holder | None = None  # built on the first for/against verb: most quotes hold none
    matches = sorted(
        (order, at, stance, phrase, len(words))
        for at, token in enumerate(tokens)
        for order, stance, phrase, words in _BY_FIRST_TOKEN.get(token, ())
        if tokens[at : at + len(words)] == words
    )
    reported: str | None = None
    for _order, at, stance, phrase, size in matches:
        if _business(phrase, tokens, at, size):
            continue
        walk = _walk_back(tokens, at)
        negated = walk.negated or _negated_object(tokens, at + size) or _neg_raised(tokens, at)
        modality = "if" if _conditional(tokens, at) else walk.modal
        target = " ".join(_clause_after(quote, tokens, at + size))
        if phrase in HELD_PHRASES and speaker_names is not None:
            holder = holder or _Holder(kind, speaker_names, same_actor)
            held = holder.holds(walk, quote, tokens)
        else:
            held = True
        if not held:
            reported = reported or phrase
            continue
        if stance == "demands" and _not_a_demand(phrase, tokens, at, size, walk):
            continue
        if not negated:
            return StanceReading(
                stance, f'"{phrase}"', False, modality, reiterated, target, _axis(stance)
            ), reported
        if stance in _FLIP:
            flipped = _FLIP[stance]
            reading = StanceReading(
                flipped, f'negated "{phrase}"', True, modality, reiterated, target, _axis(flipped)
            )
            return reading, reported
    return None, reported


def _question_or_assertion(
    cue: str, cue_lemma: str, quote: str, tokens: list[str], reiterated: bool, reported: str | None
) -> StanceReading:
    """A statement with no stance phrase: a question (by its mark, or its cue), a request, or an assertion."""
    if quote.rstrip(" \"'”’").endswith("?"):
        return StanceReading("questions", "a question", reiterated=reiterated)
    if CUE_STANCE.get(cue_lemma.lower().strip()) == "questions":
        first = tokens[0] if tokens else ""
        if first in _WH_WORDS:
            return StanceReading("questions", f'cue "{cue.strip()}" + "{first}"', reiterated=reiterated)
        # "asked the government to relax the rule": a request.
        if "to" in tokens:
            return StanceReading("demands", f'cue "{cue.strip()}" + "to"', reiterated=reiterated)
        return StanceReading("questions", f'cue "{cue.strip()}"', reiterated=reiterated)
    why = f'reports another\'s "{reported}"' if reported else "no stance words"
    return StanceReading("asserts", why, reiterated=reiterated)


# --- internals ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Walk:
    """What stands before a phrase in its clause: its subject (None: none in the clause) and qualifiers."""

    subject: int | None
    negated: bool
    modal: str | None
    passive: bool
    at_start: bool = False  # no subject because the quote starts there ("opposing the plan")


class _Holder:
    """Decides whether a subject is the speaker."""

    def __init__(self, kind: str, names: Collection[str], same_actor: Callable[[str], bool] | None) -> None:
        direct = kind == "direct"
        self.selves = _DIRECT_SELF if direct else _REPORTED_SELF | _DIRECT_SELF
        # "our board" in a quote; "its board", "his government" in reported speech.
        self.possessives = frozenset({"our", "my"}) if direct else _POSSESSIVES
        self.name_words = {w for n in names for w in _tokens(n.lower()) if len(w) >= 3}
        self.same_actor = same_actor

    def _other_name_before(self, quote: str, tokens: list[str], i: int) -> bool:
        before = set(tokens[:i])
        return any(
            n in before and n not in self.name_words and n not in _DIRECT_SELF for n in _other_names(quote)
        )

    def holds(self, walk: _Walk, quote: str, tokens: list[str]) -> bool:
        if walk.passive:
            return False
        if walk.subject is None:
            # "the Lib Dems are soft on crime, support higher taxes, oppose ...": a clause cut off by a
            # comma or a clause word has its subject elsewhere; only a quote opening with the verb is
            # taken as the speaker's.
            return walk.at_start
        i = walk.subject
        word = tokens[i]
        if word in self.selves:
            # "Biden had lost the far left by saying he didn't support those things": with another
            # name before it in the quote, a reported "he" may be that name.
            return word in _DIRECT_SELF or not self._other_name_before(quote, tokens, i)
        if i > 0 and tokens[i - 1] in _POSSESSIVES:
            return tokens[i - 1] in self.possessives
        if word in self.name_words:
            return True
        if self.same_actor is not None:
            name = _name_ending_at(quote, word)
            return bool(name) and self.same_actor(name)
        return False


def _other_names(quote: str) -> list[str]:
    """Capitalised words of a quote that look like names (a sentence's first word only if no common word)."""
    names = []
    for m in re.finditer(r"\b[A-Z][a-z][\w'’-]*", quote):
        word = m.group().lower()
        start = m.start() == 0 or re.search(r"[.!?\"“]\s*$", quote[: m.start()]) is not None
        if not (start and word in _COMMON_STARTS):
            names.append(word)
    return names


def _tokens(text: str) -> list[str]:
    text = _CONTRACTION.sub(lambda m: f"{m.group(1)} {_EXPANDED[m.group(2)]}", text.lower().replace("’", "'"))
    tokens = _TOKEN.findall(text)
    return [t.strip("'-") for t in tokens if t.strip("'-")]


def _is_negator(token: str) -> bool:
    return token in NEGATORS or token.endswith("n't")


def _walk_back(tokens: list[str], at: int) -> _Walk:
    """From the phrase back to its subject, noting negators, the nearest modal and a passive "be"."""
    negated, modal, passive = False, None, False
    seen_other = False
    i = at - 1
    while i >= 0:
        t = tokens[i]
        if t in _RELATIVES:
            # "those who supported us": the subject is the relative's antecedent, not the speaker.
            return _Walk(i, negated, modal, passive)
        if t in _CLAUSE_BREAK or t in _CLAUSE_WORDS:
            return _Walk(None, negated, modal, passive)
        if t in ("and", "or", "nor") and i > 0 and tokens[i - 1] not in _CLAUSE_BREAK:
            # "did not concede or admit": the coordinated verb shares the subject and the negation.
            negated = negated or t == "nor"
            i -= 2
            continue
        if t in _BETWEEN or t.endswith("n't") or t.endswith("ly"):
            negated = negated or _is_negator(t)
            modal = modal or _modal_of(t)
            if t in _BE and not seen_other and tokens[at].endswith("ed"):
                passive = True
            seen_other = seen_other or t not in _BE
            i -= 1
            continue
        return _Walk(i, negated or _negated_subject(tokens, i), modal, passive)
    return _Walk(None, negated, modal, passive, at_start=True)


def _modal_of(t: str) -> str | None:
    """The modal verb a token is, or negates ("ll" -> "will", "couldn't" -> "could"), or None."""
    if t in MODALS:
        return "will" if t == "ll" else t
    if t.endswith("n't") and t[:-3] in MODALS:
        return t[:-3]
    return None


def _negated_subject(tokens: list[str], i: int) -> bool:
    """ "neither he nor his party would support", "no one will accept": negated before the subject at `i`."""
    lead = tokens[max(0, i - 4) : i]
    cut = max((k for k, t in enumerate(lead) if t in _CLAUSE_BREAK), default=-1)
    return any(t in _SUBJECT_NEGATORS for t in lead[cut + 1 :])


def _not_a_demand(phrase: str, tokens: list[str], at: int, size: int, walk: _Walk) -> bool:
    """ "Brown would have to raise taxes" (a prediction), "there must have been 20 cases" (an inference),
    "called the demand unprecedented" (a noun)."""
    if walk.modal in ("would", "will") and phrase != "must":
        return True
    if phrase == "must" and tokens[at + size : at + size + 1] == ["have"]:
        return True
    return phrase in ("demand", "demands") and at > 0 and tokens[at - 1] in _DETERMINERS


def _negated_object(tokens: list[str], end: int) -> bool:
    """ "will accept no monitoring", "supports nothing of the kind"."""
    return end < len(tokens) and tokens[end] in ("no", "nothing", "none", "neither")


def _neg_raised(tokens: list[str], at: int) -> bool:
    """A negated "think/believe" earlier in the sentence ("I don't think it is a good idea"), or a
    doubting one ("it is unlikely that its board will accept")."""
    for i in range(at - 1, -1, -1):
        if tokens[i] in _SENTENCE_BREAK:
            return False
        if tokens[i] in _DOUBTS:
            return True
        if i > 0 and tokens[i] in _NEG_RAISERS and _is_negator(tokens[i - 1]):
            return True
    return False


def _conditional(tokens: list[str], at: int) -> bool:
    """ "if", "unless", "provided" within the same sentence, up to twelve words either side."""
    lo = at
    while lo > 0 and at - lo < 12 and tokens[lo - 1] not in _SENTENCE_BREAK:
        lo -= 1
    hi = at
    while hi < len(tokens) and hi - at < 12 and tokens[hi] not in _SENTENCE_BREAK:
        hi += 1
    return any(t in _CONDITIONALS for t in tokens[lo:hi])


def _business(phrase: str, tokens: list[str], at: int, size: int) -> bool:
    """A transaction, a tender or a market's support: no stance."""
    nxt = tokens[at + size : at + size + 4]
    if phrase in ("agree", "agrees", "agreed", "accept", "accepts", "accepted", "willing to", "ready to",
                  "prepared to"):  # fmt: skip
        words = nxt if phrase.endswith(" to") else nxt[1:] if nxt[:1] == ["to"] else []
        if words and words[0] in _BUSINESS_VERBS:
            return True
        if phrase.startswith("agree") and nxt[:1] == ["with"]:
            # "agreed with Canadian firms to study a plant": a joint venture; "agreed with Tolvik that
            # both sides will lift every restriction" stays an acceptance.
            rest = tokens[at + size : at + size + 8]
            if "to" in rest and ("that" not in rest or rest.index("to") < rest.index("that")):
                return True
    if phrase in ("accept", "accepts", "accepted", "reject", "rejects", "rejected") and (
        any(w in _TENDER_OBJECTS for w in nxt[:3])
        or any(w[:1].isdigit() for w in nxt[:2])
        or _ROUTINE.intersection(tokens)
    ):
        return True
    if phrase in ("support", "supports", "supported"):
        prev = tokens[at - 1] if at > 0 else ""
        if prev in _MARKET_SUPPORT_BEFORE or (nxt[:1] and nxt[0] in _MARKET_SUPPORT_AFTER):
            return True
    return False


def _clause_after(quote: str, tokens: list[str], start: int) -> list[str]:
    out: list[str] = []
    for t in tokens[start:]:
        if t in _CLAUSE_BREAK or len(out) >= _TARGET_WORDS:
            break
        out.append(t)
    return out


def _name_ending_at(quote: str, word: str) -> str:
    """The capitalised run in the quote that ends with `word` ("West Germany"), or ""."""
    for m in re.finditer(r"(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*", quote):
        if m.group().lower().split()[-1].strip(".'’") == word:
            return m.group().strip()
    return ""


def _cue_stance(
    cue: str, cue_l: str, cue_lemma: str, before: str, tokens: list[str], reiterated: bool
) -> StanceReading | None:
    cue_tokens = _tokens(cue_l)
    multiword = [k for k in _MULTIWORD_CUES if k in cue_l]
    for word in (*multiword, cue_lemma.lower().strip(), *cue_tokens):
        stance = CUE_STANCE.get(word)
        if stance is None or stance == "questions":
            continue
        if _no_cue_stance(word, stance, tokens):
            return None
        lead = _tokens(before.lower())[-3:]
        # "denied" is the cue's own stance word, not a negation of it.
        negated = any(_is_negator(t) for t in (*cue_tokens, *lead) if t not in CUE_STANCE)
        modal = next((t for t in reversed(lead) if t in MODALS), None)
        target = " ".join(tokens[:_TARGET_WORDS])
        admission = word in ADMISSIONS or cue_lemma.lower().strip() in ADMISSIONS
        if negated and stance in _FLIP:
            flipped = _FLIP[stance]
            axis = "fact" if stance == "denies" or admission else _axis(flipped)
            return StanceReading(
                flipped, f'negated cue "{cue.strip()}"', True, modal, reiterated, target, axis
            )
        axis = "fact" if admission else _axis(stance)
        return StanceReading(stance, f'cue "{cue.strip()}"', negated, modal, reiterated, target, axis)
    return None


def _no_cue_stance(word: str, stance: Stance, tokens: list[str]) -> bool:
    """True when the quote shows the cue's stance word used otherwise: a claim or a business deal."""
    first = tokens[:3]
    if word in ("agree", "agreed") and first[:1] == ["that"]:
        return True  # "agreed that prices would fall": a claim, not an acceptance
    if stance == "accepts" and first[:1] == ["to"] and len(first) > 1 and first[1] in _BUSINESS_VERBS:
        return True  # "agreed to buy the unit"
    # "rejected all bids", "accepted a bid for an export bonus"
    return stance in ("accepts", "rejects") and (
        any(w in _TENDER_OBJECTS for w in first) or bool(_ROUTINE.intersection(tokens))
    )


def _axis(stance: Stance) -> str | None:
    if stance == "denies":
        return "fact"
    return "position" if stance in POLARITY else None


def _reiterated(cue_l: str, cue_lemma: str, before: str, after: str, quote: str) -> bool:
    if cue_lemma.lower() in REITERATION_CUES or any(w in REITERATION_CUES for w in (cue_l, *cue_l.split())):
        return True
    if _REITERATION_BEFORE.search(before) or _REITERATION_AFTER.search(after):
        return True
    return _REITERATION_QUOTE.search(quote) is not None


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
