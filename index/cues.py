"""The cue lexicon: verbs (and a few phrases) that report speech, writing or stated positions.

Each lemma lists its inflected forms; `CUE_RE` finds any of them as a whole word, and `lemma_of`
maps a form back to its lemma. Participles ("saying", "adding") attach a statement to the subject of
the clause they hang from, so they are kept apart.
"""

from __future__ import annotations

import functools
import re
from typing import Final

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
    "emphasize": ("emphasize", "emphasizes", "emphasized", "emphasizing", "emphasise", "emphasises",
                  "emphasised", "emphasising"),
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
    "remark": ("remarked", "remarks"),
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
) | {"warning"}

# Cues that usually take an indirect object before the content: "told reporters that".
TAKES_OBJECT: Final[frozenset[str]] = frozenset({"tell", "urge", "warn", "assure", "inform", "brief", "remind", "ask", "advise", "accuse", "call", "describe", "praise", "criticize", "blame"})

# Cues that are nearly always speech; the rest (think, find, show, call...) need a clearer context.
STRONG: Final[frozenset[str]] = frozenset({
    "say", "tell", "add", "write", "tweet", "note", "announce", "insist", "warn", "acknowledge", "admit",
    "explain", "state", "declare", "reiterate", "stress", "emphasize", "argue", "claim", "ask", "deny",
    "confirm", "concede", "contend", "assert", "respond", "reply", "complain", "conclude",
    "joke", "quip", "boast", "allege", "remark", "observe", "counter", "retort", "shout", "testify",
    "predict", "report", "suggest", "recall", "reject", "vow", "pledge", "promise", "urge", "point out",
    "proclaim", "caution", "speculate", "mention", "post", "accuse", "decline",
})

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


def trie_pattern(words: list[str]) -> str:
    """One regex alternation shaped as a trie: Python's re tries a flat list of hundreds of words one
    by one at every position, a trie branches on the first letters instead (several times faster)."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
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
# The same words for a scan of a whole text. A pattern that opens with `\b` is tried at every position
# (a call into the matcher per character); one that opens with a character class lets the engine skip in
# C to the next candidate. The class is ASCII non-word characters plus everything beyond ASCII (a bitmap
# lookup); find_cues drops the rare match after a non-ASCII letter, so cues start exactly where `\b` holds.
CUE_SCAN: Final[re.Pattern[str]] = re.compile(r"[^0-9A-Za-z_](?:" + _CUE_TRIE + r")\b")
_CUE_AT: Final[re.Pattern[str]] = re.compile(r"(?:" + _CUE_TRIE + r")\b")


def find_cues(text: str) -> list[tuple[int, int, str]]:
    """Every cue in `text` as (start, end, form as written): the matches of `CUE_RE.finditer(text)`."""
    # (A dropped match hides no cue: the words after the first one in a multi-word cue start none.)
    found = [
        (m.start() + 1, m.end(), m.group()[1:])
        for m in CUE_SCAN.finditer(text)
        if not (text[m.start()].isalnum() or text[m.start()] == "_")
    ]
    first = _CUE_AT.match(text)
    if first:
        found.insert(0, (0, first.end(), first.group()))
    return found
