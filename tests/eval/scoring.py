"""Pure scoring logic: seeded samplers, speaker-name matching and the rates of issue 11.

Everything here takes plain data (a snapshot dict, judgement dicts, text) and returns data, so the
unit tests need no corpus and no index.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from tests.eval.judgements import StatementKey, actor_key, statement_key

# ---- seeded samplers -----------------------------------------------------------------------------


def rank(seed: int, key: str) -> str:
    """The sampling rank of an item: a hash of seed and key. The first n by rank are the sample.

    Ranking by hash (not `random.sample` over a list) keeps an item's place when a new build adds or
    drops other items, so most of a sample, and its judgements, carry over from build to build.
    """
    return hashlib.sha1(f"{seed}:{key}".encode()).hexdigest()


def sample(items: Iterable[Any], n: int, seed: int, key: Callable[[Any], str]) -> list[Any]:
    """The n items of lowest rank, in rank order."""
    return sorted(items, key=lambda it: rank(seed, key(it)))[:n]


def actor_sample(actors: Sequence[dict[str, Any]], n: int, seed: int) -> list[dict[str, Any]]:
    """A seeded random sample of the actors list."""
    return sample(actors, n, seed, lambda a: f"{a['name']}\0{a['kind']}")


def top(actors: Sequence[dict[str, Any]], n: int) -> list[dict[str, Any]]:
    """The n most quoted actors, as `newsdesk actors` lists them (count, then name)."""
    return sorted(actors, key=lambda a: (-a["statements"], a["name"].lower()))[:n]


def statement_sample(statements: Sequence[dict[str, Any]], n: int, seed: int) -> list[dict[str, Any]]:
    """A seeded random sample of the statements a timeline shows (those with a canonical actor)."""
    shown = [s for s in statements if s.get("canonical")]
    # Ranked by article and start only: a build that moves a quote's end keeps the item in the sample.
    return sample(shown, n, seed, lambda s: f"{s['article']}:{s['start']}")


# ---- sentences for the recall check -------------------------------------------------------------

_ABBREV = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "jr",
        "sr",
        "prof",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "gov",
        "sen",
        "rep",
        "rev",
        "no",
        "vs",
        "co",
        "corp",
        "inc",
        "ltd",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "u.s",
        "u.k",
        "u.n",
        "e.g",
        "i.e",
        "etc",
    ]
)
_END = re.compile(r"[.!?][\"”’')]*\s+(?=[\"“‘(]?[A-Z0-9])")
REPORTING = re.compile(
    r"\b(?:said|says|say|saying|told|tells|tell|added|adding|stated|states|announced|announcing|claimed|claims|"
    r"insisted|insists|warned|warns|argued|argues|asked|asks|explained|explains|noted|notes|denied|denies|"
    r"admitted|admits|suggested|suggests|believes?|believed|thinks?|thought|according to|reported|reports|"
    r"confirmed|confirms|urged|urges|called for|accused|accuses|predicted|predicts|estimated|estimates|"
    r"expects?|expected|wrote|writes|described|describes|promised|promises|pledged|vowed|declared|stressed|"
    r"acknowledged|agreed|replied|responded|commented|recalled|revealed|maintained|contended|conceded|"
    r"forecast|projected|countered|rejected|dismissed)\b",
    re.IGNORECASE,
)
_QUOTE_MARK = re.compile(r"[\"“”]")
TIME_WORD = re.compile(
    r"\b(?:today|yesterday|tonight|(?:this|last|next|earlier this|later this) (?:morning|afternoon|evening|week|"
    r"weekend|month|year|night)|(?:on |last |this )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"(?:in |on |early |late )?(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)(?: \d{1,2})?)\b"
)


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of a text: paragraphs split at . ! ? before a capital, abbreviations kept."""
    out: list[tuple[int, int]] = []
    for para in re.finditer(r"[^\n]+", text):
        start = para.start()
        for m in _END.finditer(para.group()):
            word = para.group()[: m.start()].rsplit(None, 1)[-1].lower().rstrip(".") if m.start() else ""
            if word in _ABBREV or (len(word) == 1 and word.isalpha()):
                continue
            end = para.start() + m.start() + 1
            while end < para.end() and text[end] in "\"”’')":
                end += 1
            out.append((start, end))
            start = para.start() + m.end()
        if start < para.end():
            out.append((start, para.end()))
    return [(s, e) for s, e in out if text[s:e].strip()]


def sentence_hash(text: str) -> str:
    """A short hash of a sentence's text (whitespace collapsed)."""
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()[:8]


def candidate_sentences(article: str, text: str, body_offset: int) -> list[dict[str, Any]]:
    """Body sentences holding a reporting verb or a quotation mark: the recall check's population."""
    out = []
    for s, e in sentences(text):
        if s < body_offset:
            continue
        chunk = text[s:e]
        if len(chunk.split()) < 4 or not (REPORTING.search(chunk) or _QUOTE_MARK.search(chunk)):
            continue
        out.append({"article": article, "start": s, "end": e, "shash": sentence_hash(chunk)})
    return out


# A wire dateline ("MILWAUKEE, WIS., April 1 - ") dates the story, not a statement: not a time word.
_DATELINE = re.compile(
    r"^[A-Z][^a-z\n]{1,60}?,\s*(?:[A-Za-z. ]{1,20},\s*)?"
    r"(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"[A-Za-z]*\.? \d{1,2}\s*-+\s*"
)


def dated_candidates(
    candidates: Sequence[dict[str, Any]], text_of: Callable[[str], str]
) -> list[dict[str, Any]]:
    """Candidate sentences that also hold a time word ("said on Monday", "yesterday", a month), datelines aside."""
    return [
        c
        for c in candidates
        if TIME_WORD.search(_DATELINE.sub("", text_of(c["article"])[c["start"] : c["end"]], count=1))
    ]


def sentence_sample(candidates: Sequence[dict[str, Any]], n: int, seed: int) -> list[dict[str, Any]]:
    """A seeded random sample of candidate sentences (independent of any build)."""
    return sample(candidates, n, seed, lambda c: f"{c['article']}:{c['start']}")


# ---- speaker names -------------------------------------------------------------------------------

_TITLES = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "sir",
        "dame",
        "lord",
        "lady",
        "baroness",
        "baron",
        "president",
        "vice",
        "prime",
        "minister",
        "secretary",
        "chancellor",
        "senator",
        "sen",
        "rep",
        "representative",
        "gov",
        "governor",
        "mayor",
        "judge",
        "justice",
        "general",
        "gen",
        "chairman",
        "chairwoman",
        "chair",
        "chief",
        "executive",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "mp",
        "mep",
        "deputy",
        "foreign",
        "home",
        "shadow",
        "state",
        "premier",
        "king",
        "queen",
        "prince",
        "princess",
        "pope",
        "rev",
        "professor",
        "prof",
    ]
)
_DETERMINERS = frozenset(["the", "a", "an"])


def fold(name: str) -> str:
    """A name compared loosely: case, possessive, punctuation and a leading article dropped."""
    s = name.casefold().replace("’", "'")
    s = re.sub(r"'s\b|'\B", "", s)
    s = re.sub(r"[^\w\s-]", " ", s)
    words = s.split()
    while words and words[0] in _DETERMINERS:
        words = words[1:]
    return " ".join(words)


def core(name: str) -> str:
    """A folded name without titles ("Prime Minister Tony Blair" -> "tony blair")."""
    words = [w for w in fold(name).split() if w not in _TITLES]
    return " ".join(words) or fold(name)


Verdict = str  # "right", "wrong", "loose", "pending"


def speaker_verdict(actor: str | None, judged: dict[str, Any]) -> Verdict:
    """Whether a build's actor name denotes the judged speaker of a statement.

    Explicit lists win (`reject`, `loose`, `accept`); otherwise the name matches the speaker or its
    organisation (folded, titles dropped), or, for a person, the speaker's surname alone. Anything else
    is "pending": a person has to judge that name for that statement.
    """
    if not actor:
        return "wrong"
    key = fold(actor)
    if key in {fold(x) for x in judged.get("reject") or ()}:
        return "wrong"
    if key in {fold(x) for x in judged.get("loose") or ()}:
        return "loose"
    names = [
        n for n in (judged.get("speaker"), judged.get("speaker_org"), *(judged.get("accept") or ())) if n
    ]
    if key in {fold(n) for n in names} or core(actor) in {core(n) for n in names}:
        return "right"
    speaker = judged.get("speaker") or ""
    if judged.get("speaker_kind") == "person" and speaker:
        words = core(actor).split()
        if len(words) == 1 and words[0] == core(speaker).split()[-1]:
            return "right"
    return "pending"


# ---- dates ---------------------------------------------------------------------------------------


def judged_interval(value: str | None) -> tuple[dt.date, dt.date] | None:
    """A judged date: `YYYY-MM-DD`, or a range `YYYY-MM-DD..YYYY-MM-DD`; None when the text gives none."""
    if not value:
        return None
    first, _, last = value.partition("..")
    a = dt.date.fromisoformat(first)
    return a, dt.date.fromisoformat(last) if last else a


def build_interval(st: dict[str, Any]) -> tuple[dt.date, dt.date] | None:
    """The statement date a build shows: (date, date_end); None when it shows none."""
    if not st.get("date") or st.get("date_precision") == "none":
        return None
    a = dt.date.fromisoformat(st["date"])
    return a, dt.date.fromisoformat(st["date_end"]) if st.get("date_end") else a


def date_verdict(st: dict[str, Any], judged: dict[str, Any]) -> str:
    """ "right" / "wrong" when the text gives a date; "n/a" when it gives none (then "invented" if the
    build shows a precise date that is not the publication date)."""
    truth = judged_interval(judged.get("date"))
    shown = build_interval(st)
    if truth is None:
        if shown is not None and st.get("date_precision") not in ("article", "none"):
            return "invented" if st.get("date") != st.get("article_date") else "n/a"
        return "n/a"
    return "right" if shown == truth else "wrong"


# ---- rates ---------------------------------------------------------------------------------------


@dataclass
class Rate:
    """A count of good items among judged ones, with what is still unjudged."""

    good: int = 0
    judged: int = 0
    pending: int = 0
    detail: dict[str, int] = field(default_factory=dict)

    def add(self, outcome: str, good: bool | None) -> None:
        """Count one item: good/bad when judged, pending when `good` is None."""
        self.detail[outcome] = self.detail.get(outcome, 0) + 1
        if good is None:
            self.pending += 1
        else:
            self.judged += 1
            self.good += int(good)

    @property
    def pct(self) -> float | None:
        """good / judged in percent (None when nothing is judged)."""
        return 100.0 * self.good / self.judged if self.judged else None

    def text(self) -> str:
        """`83.3% (25/30)` plus pending and the outcome counts."""
        pct = f"{self.pct:.1f}%" if self.pct is not None else "n/a"
        extra = f", {self.pending} unjudged" if self.pending else ""
        detail = ", ".join(f"{k} {v}" for k, v in sorted(self.detail.items(), key=lambda kv: -kv[1]))
        return f"{pct} ({self.good}/{self.judged}{extra}) [{detail}]"


def actor_outcome(
    desk: str, a: dict[str, Any], judged: dict[tuple[Any, ...], dict[str, Any]], present: set[str]
) -> tuple[str, bool | None]:
    """(outcome, usable) of one actor of a build; usable None when unjudged or stale.

    A "duplicate of X" judgement holds only while X is still a separate actor of the build.
    """
    j = judged.get(actor_key(desk, a["name"], a["kind"]))
    if j is None:
        return "unjudged", None
    verdict = j.get("verdict", "ok" if j.get("usable") else "bad")
    if verdict == "duplicate" and fold(j.get("duplicate_of") or "") not in present:
        return "stale-duplicate", None
    if verdict == "false_merge" and lost_names(a, j):
        # Judged on names it no longer gathers: what it holds now has to be judged again.
        return "stale-merge", None
    return verdict, bool(j.get("usable"))


def lost_names(a: dict[str, Any], j: dict[str, Any] | None) -> list[str]:
    """Names the actor gathered when it was judged and no longer does."""
    if j is None or not j.get("names") or "names" not in a:
        return []
    now = {fold(n) for n in a["names"]}
    return [n for n in j["names"] if fold(n) not in now]


def new_names(a: dict[str, Any], j: dict[str, Any] | None) -> list[str]:
    """Names the build now gathers under an actor that were not there when it was judged."""
    if j is None:
        return []
    seen = {fold(n) for n in (j.get("names") or [])}
    return [n for n in a.get("names", []) if fold(n) not in seen] if seen else []


def statement_outcome(
    st: dict[str, Any], judged: dict[StatementKey, dict[str, Any]], by_overlap: bool = True
) -> tuple[str, dict[str, Any] | None]:
    """(outcome, judgement) of one build statement: right / wrong / loose / not-statement / pending / unjudged."""
    j = judged.get(statement_key(st))
    if j is None and by_overlap:
        j = overlapping_judgement(st, judged.values())
    if j is None:
        return "unjudged", None
    if not j.get("is_statement", True):
        return "not-statement", j
    return speaker_verdict(st.get("canonical"), j), j


def overlapping_judgement(st: dict[str, Any], judged: Iterable[dict[str, Any]]) -> dict[str, Any] | None:
    """A judgement of the same article whose span shares at least 80% of both spans (a moved boundary)."""
    best, best_share = None, 0.0
    for j in judged:
        if j["article"] != st["article"]:
            continue
        inter = min(j["end"], st["end"]) - max(j["start"], st["start"])
        if inter <= 0:
            continue
        share = inter / max(j["end"] - j["start"], st["end"] - st["start"], 1)
        if share >= 0.8 and share > best_share:
            best, best_share = j, share
    return best


STRICT_GOOD = {"right"}


def statement_rates(
    sample_: Sequence[dict[str, Any]], judged: dict[StatementKey, dict[str, Any]]
) -> tuple[Rate, Rate, Rate]:
    """(speaker strict, speaker lenient, date) rates of a statement sample."""
    strict, lenient, dates = Rate(), Rate(), Rate()
    for st in sample_:
        outcome, j = statement_outcome(st, judged)
        if outcome in ("unjudged", "pending"):
            strict.add(outcome, None)
            lenient.add(outcome, None)
            continue
        strict.add(outcome, outcome == "right")
        lenient.add(outcome, outcome in ("right", "loose"))
        if j is not None and outcome != "not-statement":
            dv = date_verdict(st, j)
            if dv in ("right", "wrong"):
                dates.add(dv, dv == "right")
            else:
                dates.detail[dv] = dates.detail.get(dv, 0) + 1
    return strict, lenient, dates


def _pair_sentence(
    sj: dict[str, Any], items: list[dict[str, Any]], statements: Sequence[dict[str, Any]]
) -> list[tuple[int, dict[str, Any], tuple[int, dict[str, Any]] | None]]:
    """Each judged statement of a sentence with its (speaker order, build statement), or None when missed."""
    cands = [(i, st) for i, st in enumerate(statements) if _spans_overlap(st, sj["start"], sj["end"])]
    pairs = []
    for n, item in enumerate(items):
        anchor = _anchor_offset(item, sj)
        for i, st in cands:
            if anchor is None or _covers(st, anchor):
                pairs.append(
                    (_ORDER[speaker_verdict(st.get("canonical") or st.get("actor"), item)], n, i, st)
                )
    taken: dict[int, tuple[int, dict[str, Any]]] = {}
    used: set[int] = set()
    # A name nobody judged for this item pairs last: judged against another item of the sentence, it is that item's.
    for order, n, i, st in sorted(pairs, key=lambda p: (_PAIR_RANK[p[0]], p[1], p[2])):
        if n not in taken and i not in used:
            taken[n] = (order, st)
            used.add(i)
    return [(n, item, taken.get(n)) for n, item in enumerate(items)]


@dataclass
class Recall:
    """What the build finds of the statements judged in sample sentences."""

    right: Rate = field(default_factory=Rate)
    found: Rate = field(default_factory=Rate)
    dates: Rate = field(default_factory=Rate)
    # (sentence judgement, statement index, build actor name) whose name nobody has judged yet
    names: list[tuple[dict[str, Any], int, str]] = field(default_factory=list)


_ORDER = {"right": 0, "pending": 1, "loose": 2, "wrong": 3}
_PAIR_RANK = {0: 0, 2: 1, 3: 2, 1: 3}  # by _ORDER value: right, loose, wrong, then pending


def recall(sentence_judgements: Sequence[dict[str, Any]], statements: Sequence[dict[str, Any]]) -> Recall:
    """Every statement judged in the sentences: found with the right speaker? found at all? date right?

    A judged statement is found by a build statement of the same article whose span overlaps the
    sentence (and covers the judged content anchor when one is given); one build statement finds
    one judged statement at most. Pairs are taken best-named first across the whole sentence, so an
    outer "X said" statement that also covers an inner one's anchor pairs with X, not with the inner
    speaker listed before X. A build name nobody has judged for that statement leaves the item
    pending and is listed in `names`.
    """
    by_article: dict[str, list[dict[str, Any]]] = {}
    for st in statements:
        by_article.setdefault(st["article"], []).append(st)
    out = Recall()
    for sj in sentence_judgements:
        items = list(sj.get("statements") or ())
        for n, item, pair in _pair_sentence(sj, items, by_article.get(sj["article"], [])):
            if pair is None:
                out.right.add("missed", False)
                out.found.add("missed", False)
                continue
            order, st = pair
            out.found.add("found", True)
            if order == 1:
                out.right.add("found-name-unjudged", None)
                out.names.append((sj, n, st.get("canonical") or st.get("actor") or ""))
            else:
                verdict = {0: "found-right-speaker", 2: "found-collective-speaker", 3: "found-other-speaker"}[
                    order
                ]
                out.right.add(verdict, order == 0)
            dv = date_verdict(st, item) if "date" in item else "n/a"
            if dv in ("right", "wrong"):
                out.dates.add(dv, dv == "right")
            elif dv == "invented":
                out.dates.detail["invented"] = out.dates.detail.get("invented", 0) + 1
    return out


def _spans(st: dict[str, Any]) -> list[tuple[int, int]]:
    return [tuple(s) for s in st.get("spans") or ()] or [(st["start"], st["end"])]  # type: ignore[misc]


def _spans_overlap(st: dict[str, Any], start: int, end: int) -> bool:
    return any(min(e, end) > max(s, start) for s, e in _spans(st))


def _covers(st: dict[str, Any], offset: int) -> bool:
    return any(s <= offset < e for s, e in _spans(st)) or st["start"] <= offset < st["end"]


def _anchor_offset(item: dict[str, Any], sj: dict[str, Any]) -> int | None:
    """The middle of the judged content anchor, as an offset into the article text."""
    anchor, context = item.get("anchor"), sj.get("sentence")
    if not anchor or not context:
        return None
    at = context.find(anchor)
    return None if at < 0 else sj["start"] + at + len(anchor) // 2


def shift_rate(shifts: Sequence[dict[str, Any]], judged: dict[tuple[Any, ...], dict[str, Any]]) -> Rate:
    """Precision of the shift markers a build shows."""
    rate = Rate()
    for sh in shifts:
        j = judged.get(shift_key(sh))
        if j is None:
            rate.add("unjudged", None)
        else:
            rate.add("real" if j.get("real") else j.get("why_not", "not-real"), bool(j.get("real")))
    return rate


def shift_key(sh: dict[str, Any]) -> tuple[str, str]:
    """(later, earlier) statement keys of a shift marker, as text."""
    from tests.eval.judgements import key_text

    later = key_text(statement_key(sh["later"]))
    earlier = key_text(statement_key(sh["earlier"])) if sh.get("earlier") else "?"
    return (later, earlier)
