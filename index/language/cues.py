"""The cue lexicon: verbs (and a few phrases) that report speech, writing or stated positions.

Each lemma lists its inflected forms; `CUE_RE` finds any of them as a whole word, and `lemma_of`
maps a form back to its lemma. Participles ("saying", "adding") attach a statement to the subject of
the clause they hang from, so they are kept apart.
"""

from __future__ import annotations

import functools
import re
from typing import Final, NamedTuple, TypeAlias

# lemma -> forms. Regular verbs are spelled out because irregular spellings (said, told, wrote) and
# doubled consonants make rules less readable than the list.
_VERBS: Final[dict[str, tuple[str, ...]]] = {
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "add": ("add", "adds", "added", "adding"),
    "write": ("write", "writes", "wrote", "written", "writing"),
    "tweet": ("tweet", "tweets", "tweeted", "tweeting"),
    "post": ("posted",),
    "ask": ("ask", "asks", "asked", "asking"),
    "note": ("note", "notes", "noted", "noting"),
    "announce": ("announce", "announces", "announced", "announcing"),
    "report": ("report", "reports", "reported", "reporting"),
    "suggest": ("suggest", "suggests", "suggested", "suggesting"),
    "show": ("show", "shows", "showed", "shown"),
    "find": ("find", "finds", "found"),
    "believe": ("believe", "believes", "believed"),
    "think": ("think", "thinks", "thought"),
    "argue": ("argue", "argues", "argued", "arguing"),
    "claim": ("claim", "claims", "claimed", "claiming"),
    "insist": ("insist", "insists", "insisted", "insisting"),
    "warn": ("warn", "warns", "warned", "warning"),
    "acknowledge": ("acknowledge", "acknowledges", "acknowledged", "acknowledging"),
    "admit": ("admit", "admits", "admitted", "admitting"),
    "explain": ("explain", "explains", "explained", "explaining"),
    "state": ("states", "stated", "stating"),
    "declare": ("declare", "declares", "declared", "declaring"),
    "reiterate": ("reiterate", "reiterates", "reiterated", "reiterating"),
    "stress": ("stress", "stresses", "stressed", "stressing"),
    "emphasize": (
        "emphasize",
        "emphasizes",
        "emphasized",
        "emphasizing",
        "emphasise",
        "emphasises",
        "emphasised",
        "emphasising",
    ),
    "predict": ("predict", "predicts", "predicted", "predicting"),
    "estimate": ("estimates", "estimated"),
    "urge": ("urge", "urges", "urged", "urging"),
    "promise": ("promise", "promises", "promised", "promising"),
    "pledge": ("pledge", "pledges", "pledged", "pledging"),
    "vow": ("vow", "vows", "vowed", "vowing"),
    "deny": ("deny", "denies", "denied", "denying"),
    "reject": ("reject", "rejects", "rejected", "rejecting"),
    "accuse": ("accuse", "accuses", "accused", "accusing"),
    "confirm": ("confirm", "confirms", "confirmed", "confirming"),
    "reveal": ("reveal", "reveals", "revealed", "revealing"),
    "recall": ("recall", "recalls", "recalled", "recalling"),
    "concede": ("concede", "concedes", "conceded", "conceding"),
    "contend": ("contend", "contends", "contended", "contending"),
    "assert": ("assert", "asserts", "asserted", "asserting"),
    "maintain": ("maintains", "maintained"),
    "indicate": ("indicate", "indicates", "indicated", "indicating"),
    "signal": ("signal", "signals", "signaled", "signalled", "signaling", "signalling"),
    "respond": ("respond", "responds", "responded", "responding"),
    "reply": ("reply", "replies", "replied", "replying"),
    "complain": ("complain", "complains", "complained", "complaining"),
    "conclude": ("concludes", "concluded", "concluding"),
    "continue": ("continued",),
    "joke": ("joke", "jokes", "joked", "joking"),
    "quip": ("quip", "quips", "quipped"),
    "boast": ("boast", "boasts", "boasted", "boasting"),
    "charge": ("charged",),
    "allege": ("allege", "alleges", "alleged", "alleging"),
    "hope": ("hopes", "hoped"),
    "expect": ("expects", "expected"),
    "fear": ("fears", "feared"),
    "worry": ("worry", "worries", "worried"),
    "agree": ("agree", "agrees", "agreed"),
    "disagree": ("disagree", "disagrees", "disagreed"),
    "call": ("called", "calling", "calls"),
    "describe": ("describe", "describes", "described", "describing"),
    "point out": ("pointed out", "points out", "pointing out"),
    "decline": ("declined",),
    "comment": ("commented",),
    "remark": ("remarked",),  # "remarks" is mostly the noun ("comment on remarks by ...")
    "observe": ("observed",),
    "mention": ("mentioned",),
    "counter": ("countered",),
    "retort": ("retorted",),
    "shout": ("shouted",),
    "cite": ("cited", "citing"),
    "testify": ("testified",),
    "demand": ("demand", "demands", "demanded", "demanding"),
    "propose": ("proposed",),
    "recommend": ("recommended",),
    "criticize": ("criticized", "criticised", "criticizing", "criticising"),
    "blame": ("blamed", "blaming"),
    "praise": ("praised",),
    "dismiss": ("dismissed",),
    "question": ("questioned",),
    "wonder": ("wondered",),
    "speculate": ("speculated",),
    "caution": ("cautioned",),
    "threaten": ("threatened",),
    "brief": ("briefed",),
    "inform": ("informed",),
    "assure": ("assured",),
    "advise": ("advised",),
    "imply": ("implied",),
    "hint": ("hinted",),
    "proclaim": ("proclaimed",),
    "read": ("reads",),
    "interject": ("interjected",),
    "chant": ("chanting", "chanted"),
    "exclaim": ("exclaimed",),
    "scream": ("screamed",),
    "yell": ("yelled",),
    "muse": ("mused",),
    "marvel": ("marveled", "marvelled"),
    "sigh": ("sighed",),
    "laugh": ("laughed",),
    "snap": ("snapped",),
    "plead": ("pleaded",),
    "beg": ("begged",),
    "begin": ("began",),
    "go on": ("went on",),
    "shoot back": ("shot back",),
    "fire back": ("fired back",),
    # Past forms only: as nouns ("the answers", "a whisper") the present forms would be false cues.
    "answer": ("answered",),
    "lament": ("lamented",),
    "recount": ("recounted",),
    "scoff": ("scoffed",),
    "whisper": ("whispered",),
    "brag": ("bragged",),
    "reason": ("reasoned",),
}

# Participles that open a statement hanging from the clause's subject: ", saying ...".
PARTICIPLES: Final[frozenset[str]] = frozenset(
    f for forms in _VERBS.values() for f in forms if f.endswith("ing") and f not in {"warning", "reporting"}
) | {"warning", "pointing out"}

# Cues that usually take an indirect object before the content: "told reporters that".
TAKES_OBJECT: Final[frozenset[str]] = frozenset(
    {
        "tell",
        "urge",
        "warn",
        "assure",
        "inform",
        "brief",
        "remind",
        "ask",
        "advise",
        "accuse",
        "call",
        "describe",
        "praise",
        "criticize",
        "blame",
    }
)

# Cues that are nearly always speech; the rest (think, find, show, call...) need a clearer context.
STRONG: Final[frozenset[str]] = frozenset(
    {
        "say",
        "tell",
        "add",
        "write",
        "tweet",
        "note",
        "announce",
        "insist",
        "warn",
        "acknowledge",
        "admit",
        "explain",
        "state",
        "declare",
        "reiterate",
        "stress",
        "emphasize",
        "argue",
        "claim",
        "ask",
        "deny",
        "confirm",
        "concede",
        "contend",
        "assert",
        "respond",
        "reply",
        "complain",
        "conclude",
        "joke",
        "quip",
        "boast",
        "allege",
        "remark",
        "comment",
        "observe",
        "counter",
        "retort",
        "shout",
        "testify",
        "predict",
        "report",
        "suggest",
        "recall",
        "reject",
        "vow",
        "pledge",
        "promise",
        "urge",
        "point out",
        "proclaim",
        "caution",
        "speculate",
        "mention",
        "post",
        "accuse",
        "decline",
    }
)

_FORM_TO_LEMMA: Final[dict[str, str]] = {f: lemma for lemma, forms in _VERBS.items() for f in forms}


@functools.lru_cache(maxsize=4096)
def lemma_of(form: str) -> str:
    """The lemma of a cue form as written ("Told" -> "tell"); unknown forms are returned lowercased.

    Cached: a few hundred cue forms come back thousands of times per batch.
    """
    low = " ".join(form.lower().split())
    if low.startswith("according"):
        return "according to"
    return _FORM_TO_LEMMA.get(low, low)


# A trie of words: each character leads to the trie of what may follow it; "" marks a word's end.
_Trie: TypeAlias = dict[str, "_Trie"]


def trie_pattern(words: list[str]) -> str:
    """One regex alternation shaped as a trie: Python's re tries a flat list of hundreds of words one
    by one at every position, a trie branches on the first letters instead (several times faster)."""
    trie: _Trie = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: _Trie) -> str:
        end = "" in node
        branches = []
        for ch in sorted(k for k in node if k):
            piece = r"\s+" if ch == " " else re.escape(ch)
            branches.append(piece + build(node[ch]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if end else body

    return build(trie)


# Inflected forms only (not the bare lemma): "he'd sit Putin down and tell him" goes on with the same
# modal, while "... and said" or "... and tells" opens a predicate of its own.
INFLECTED_CUES: Final[str] = trie_pattern([f for f, lemma in _FORM_TO_LEMMA.items() if f != lemma.split()[0]])

_CUE_TRIE: Final[str] = trie_pattern([*_FORM_TO_LEMMA, "according to", "According to"])
CUE_RE: Final[re.Pattern[str]] = re.compile(r"\b(?:" + _CUE_TRIE + r")\b")
# The same words for a search of a window ("is there a cue in here?"). A pattern that opens with `\b` is
# tried at every position (a call into the matcher per character); one that opens with a character class
# lets the engine skip in C to the next candidate. The class is ASCII non-word characters plus everything
# beyond ASCII (a bitmap lookup): a match may follow a non-ASCII letter, where CUE_RE finds none.
CUE_SCAN: Final[re.Pattern[str]] = re.compile(r"[^0-9A-Za-z_](?:" + _CUE_TRIE + r")\b")
# The cue at a given start, as CUE_RE reads it there (the left boundary is the caller's to check).
_CUE_AT: Final[re.Pattern[str]] = re.compile(r"(?:" + _CUE_TRIE + r")\b")


# find_cues scans a byte copy of the text where every character that is no word character (`\w`) is a
# space: then a cue is a space and a form, and the pattern opens with that literal space. The engine
# finds a literal in a tight loop, where a pattern opening with a class (any non-word character before a
# cue) costs a call per character, half the cost of the whole scan. The copy keeps ASCII letters,
# digits and "_", writes every other word character as "0" (no cue is spelled with one) and every other
# character as a space; Latin-1 is one byte per character, so offsets in the copy are offsets in the text.
_WORD_BYTES: Final[bytes] = bytes(
    c if c < 128 and (chr(c).isalnum() or c == 95) else 48 if chr(c).isalnum() else 32 for c in range(256)
)
_CUE_BYTES: Final[re.Pattern[bytes]] = re.compile(rb" (?:" + _CUE_TRIE.encode() + rb")\b")


class Cue(NamedTuple):
    """A cue word as written in the text, [start, end)."""

    start: int
    end: int
    form: str


def find_cues(text: str) -> list[Cue]:
    """Every cue in `text` as (start, end, form as written): the matches of `CUE_RE.finditer(text)`."""
    try:
        copy = text.encode("latin-1")
        exact = True
    except UnicodeEncodeError:
        # A character beyond Latin-1 comes as "?" (a space): each match is read again in the text.
        copy = text.encode("latin-1", "replace")
        exact = False
    # A space in front: a cue at the very start follows it, and a match at i in the copy starts at i in the text.
    copy = b" " + copy.translate(_WORD_BYTES)
    found: list[Cue] = []
    for m in _CUE_BYTES.finditer(copy):
        start, end = m.span()
        end -= 1
        if exact and b" " not in m.group()[1:]:
            found.append(Cue(start, end, text[start:end]))
            continue
        # A multi-word cue: the copy's space between the words may stand for a character that is no white
        # space ("according-to" is no cue). Or a character beyond Latin-1: a word character before the cue,
        # or after it, is no word boundary. The cue is what CUE_RE reads at that start, if anything.
        if start and (text[start - 1].isalnum() or text[start - 1] == "_"):
            continue
        at = _CUE_AT.match(text, start)
        if at:
            found.append(Cue(start, at.end(), at.group()))
    return found
