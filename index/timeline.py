"""The timeline of stated positions: one entry per statement, merged across outlets, with shifts flagged.

Rules:

- Same statement, several outlets: a record joins an entry when it has the same (canonical) actor, is
  dated within 4 days after the entry's first record (or both are undated), and the quotes are
  near-identical: Jaccard >= 0.6 over word 2-shingles holding a content word (a dropped word in a
  12-word quote still passes), or the shorter quote (4+ words) is contained in the longer. The entry
  shows the first-reported record (earliest article date) and lists every outlet in `sources`, first
  first; its date is the most precise statement date among the records (a day beats a weekend, a
  weekend a week...), the earliest on ties.
- Stance: `newsdesk.index.language.stance.read_stance` on the first-reported record, knowing the
  speaker (its names, and the desk's other names for the same actor: "Moscow" holds Russia's
  position), so that a position the speaker only reports ("Britain opposed the tax") is no stance
  of the speaker's. Entries carry the stance's negation, modality and whether it is a reiteration.
- Possible shift, flagged on the later of two entries when all of these hold:
  - the same actor, a named one: collective and unnamed sources (actor kind "unnamed", "officials",
    "trade sources", "a spokesman", "the company") are left out;
  - both stances on the for/against axis, on opposite sides, of the same kind: a rejection against
    an acceptance or support, a denial against an admission ("denied reducing the flow" / "admitted
    reducing the flow"); neither hedged (may, might, could, or a condition: "if", "unless");
  - the same proposition: the quotes share at least two content terms and the words each stance is
    about share one, or the quotes share three (numbers, units and "dlrs" do not count);
  - distinct statements: not near-duplicate quotes under the same cue (the same words reported again,
    or a copy); "denied that it had reduced the flow" and "admitted that it had reduced the flow" are
    two statements;
  - the later one is no reiteration ("reiterated", "again", "has previously said") and was said on a
    known day after the earlier one (entries of the same day, undated ones, or ones said at an
    unknown time before their report, have no known order);
  - the earlier one is the most recent entry of the actor on that proposition (the last 200 looked
    at): when it sits on the same side, the position held and nothing is flagged.
  The `Shift` holds the earlier statement in full (date, report, source, quote) as evidence.
- Order: by date, undated entries last.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from itertools import chain
from typing import Protocol

from newsdesk.index.language.stance import HEDGES, NEGATORS, POLARITY, Stance, StanceReading, read_stance
from newsdesk.index.model import ActorKind, DatePrecision, Statement, StatementKind

WINDOW_DAYS = 4
JACCARD = 0.6
SHINGLE = 2
MIN_CONTAINED_WORDS = 4
SHIFT_LOOKBACK = 200
MAX_TOPICS = 5

SourceRef = tuple[str | None, dt.date | None, str, str]  # (source, article date, path, key)

_PRECISION_RANK: dict[str, int] = {
    "day": 0, "weekend": 1, "week": 2, "month": 3, "year": 4, "before": 5, "article": 6, "none": 7,
}  # fmt: skip
NEAR_DUPLICATE = 0.4  # Jaccard over word 2-shingles above which two quotes are the same words again
# Terms that make no proposition: units, amounts and report words ("52 dlrs per share").
_GENERIC_TEXT = """dlr dlrs mln bln billion million pct percent per cent cents share year quarter month week day
    stg yen mark franc tonne ton barrel level rate price figure number total"""
_GENERIC = frozenset(_GENERIC_TEXT.split())
# Head words of a collective or unnamed source: "U.S. officials", "trade sources", "an EC spokesman".
_COLLECTIVE_TEXT = """officials official sources source spokesman spokeswoman spokesperson spokesmen analysts
    analyst traders trader dealers dealer economists economist bankers banker delegates delegate diplomats
    diplomat experts expert observers residents witnesses people critics members lawmakers legislators
    executives executive industry officers authorities ministers aides aide advisers insiders participants
    brokers broker investors managers representatives negotiators statement report reports newspaper paper"""
_COLLECTIVE = frozenset(_COLLECTIVE_TEXT.split())
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_POSSESSIVE = re.compile(r"['’]s$")
_VERB_LIKE = re.compile(r"^[a-z]{2,}(?:ed|ing)$")
_NORM_TOKEN = re.compile(r"\w+(?:'\w+)?")
_WORD_OR_PUNCT = re.compile(r"[^\W\d_][\w’'-]*|[,.;:!?—–\"“”()]")
_STOPWORD_TEXT = """a about above after again against all also am an and any are as at be because been before being below
    between both but by can could did do does doing down during each few for from further had has have having
    he her here hers herself him himself his how i if in into is it its itself just let me more most my myself
    no nor not now of off on once only or other our ours ourselves out over own same she should so some such
    than that the their theirs them themselves then there these they this those through to too under until up
    very was we were what when where which while who whom why will with would you your yours yourself
    yourselves said says say saying told tell added adding according going get got make made may might must
    shall one two many much even still yet already ever never always well very really just like also however
    we'll we’ll we're we’re it's it’s they're they’re don't don’t won't won’t can't can’t isn't isn’t i'm i’m
    mr mrs ms dr today yesterday tomorrow week month year monday tuesday wednesday thursday friday saturday
    sunday time way thing things lot people ready open sure right there here new first last next nobody
    everyone everything something anything nothing someone anyone somebody anybody"""
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())


class StatementRecord(Protocol):
    """What the timeline needs of a stored statement (`newsdesk.index.desk.StoredStatement` fits)."""

    @property
    def statement(self) -> Statement: ...
    @property
    def key(self) -> str: ...
    @property
    def path(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def source(self) -> str | None: ...
    @property
    def article_date(self) -> dt.date | None: ...


@dataclass(frozen=True, slots=True)
class Shift:
    """The earlier entry a later one reverses (its statement in full, as evidence), and why."""

    date: dt.date | None
    quote: str
    stance: Stance
    path: str
    key: str
    why: str
    date_end: dt.date | None = None
    date_precision: DatePrecision = "none"
    date_text: str | None = None
    reported_on: dt.date | None = None
    source: str | None = None
    title: str = ""
    cue: str = ""
    start: int = 0
    end: int = 0
    topic: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One stated position: a statement as first reported, with every outlet that reported it."""

    actor: str
    date: dt.date | None
    date_end: dt.date | None
    date_precision: DatePrecision
    date_text: str | None
    quote: str
    kind: StatementKind
    cue: str
    stance: Stance
    topics: tuple[str, ...]
    key: str
    path: str
    title: str
    source: str | None
    start: int
    end: int
    sources: tuple[SourceRef, ...]
    first_reported: tuple[str | None, dt.date | None]
    shift: Shift | None = None
    stance_why: str = ""
    negated: bool = False
    modality: str | None = None
    reiterated: bool = False
    actor_kind: ActorKind | None = None
    stance_target: str = ""
    stance_axis: str | None = None

    @property
    def reported_on(self) -> dt.date | None:
        """The first report's publication day."""
        return self.first_reported[1]

    @property
    def said_on(self) -> tuple[dt.date, dt.date | None] | None:
        """When the words were said, as the text gives it (day or range); None when it does not."""
        if self.date is None or self.date_precision in ("article", "before", "none"):
            return None
        return self.date, self.date_end


def build_timeline(
    records: Sequence[StatementRecord],
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    canonical: Callable[[str], str | None] | None = None,
) -> list[TimelineEntry]:
    """Entries for these records in date order (undated last), merged across outlets, shifts flagged.

    `canonical` maps a per-article actor name to the desk's canonical one (default: as recorded).
    With `since`/`until`, entries whose date (range) falls outside are dropped, and so are undated ones.
    """
    items = [_Item.of(r, canonical) for r in records]
    items.sort(key=_Item.order)
    groups = _group(items)
    entries = [_entry(g, canonical) for g in groups]
    entries.sort(
        key=lambda e: (
            e.date is None,
            e.date or dt.date.min,
            e.first_reported[1] or dt.date.min,
            e.path,
            e.start,
        )
    )
    entries = _flag_shifts(entries)
    if since is not None or until is not None:
        entries = [e for e in entries if _in_range(e, since, until)]
    return entries


def topic_phrases(text: str) -> tuple[str, ...]:
    """Salient terms of a quote: runs of up to three content words, in order of appearance."""
    runs: list[str] = []
    run: list[str] = []
    first = True
    for raw in _WORD_OR_PUNCT.findall(text):
        word = raw.strip("'’-")
        if len(word) >= 3 and word.lower() not in _STOPWORDS:
            run.append(_display(word, first))
            first = False
            if len(run) < 3:
                continue
        elif word:  # a stopword, or a word of one or two letters
            first = False
        if run:
            runs.append(" ".join(run))
            run = []
    if run:
        runs.append(" ".join(run))
    # A lone lower-case "-ed" or "-ing" word is most likely a verb: not a topic on its own.
    salient = (r for r in runs if " " in r or not _VERB_LIKE.search(r))
    return tuple(dict.fromkeys(salient))[:MAX_TOPICS]


def topic_terms(text: str) -> frozenset[str]:
    """Content words of a text, lower-cased and crudely singularised, for topic overlap."""
    words = (_POSSESSIVE.sub("", m.group().lower()).strip("'’-") for m in _WORD.finditer(text))
    # "arms-for-hostages" is about hostages as much as "ransomed hostages" is: compounds count by part.
    parts = (p for w in words for p in (w, *w.split("-")) if "-" in w or p == w)
    return frozenset(_stem(w) for w in parts if w not in _STOPWORDS and len(w) >= 3)


# --- internals ---------------------------------------------------------------------------------------


def _display(word: str, first: bool) -> str:
    """Names keep their capitals; a quote's first word loses its sentence capital."""
    return word.lower() if first and not word.isupper() else word


def _stem(word: str) -> str:
    for suffix, repl in (("ies", "y"), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith("ss"):
            return word[: -len(suffix)] + repl
    return word


def _norm_tokens(text: str) -> tuple[str, ...]:
    return tuple(_NORM_TOKEN.findall(text.lower().replace("’", "'")))


@dataclass(slots=True)
class _Item:
    record: StatementRecord
    actor: str
    date: dt.date | None
    date_end: dt.date | None
    precision: DatePrecision
    date_text: str | None
    tokens: tuple[str, ...]
    shingles: frozenset[tuple[str, ...]]

    @staticmethod
    def of(record: StatementRecord, canonical: Callable[[str], str | None] | None) -> _Item:
        st = record.statement
        name = st.actor or st.speaker or "unknown"
        # The actor key first: a surname or "officials" means different actors in different articles.
        actor = (canonical(st.actor_key or name) if canonical is not None else None) or name
        date, date_end, precision, text = st.date, st.date_end, st.date_precision, st.date_text
        if date is None and record.article_date is not None:
            # Stored before dating ran: the article's day is the honest fallback.
            date, date_end, precision, text = record.article_date, None, "article", "publication date"
        tokens = _norm_tokens(st.quote)
        if len(tokens) >= SHINGLE:
            shingles = frozenset(tokens[i : i + SHINGLE] for i in range(len(tokens) - SHINGLE + 1))
            # "of the", "said that": shared by everything, they would make every quote a candidate.
            content = frozenset(sh for sh in shingles if not _STOPWORDS.issuperset(sh))
            shingles = content or shingles
        else:
            shingles = frozenset((t,) for t in tokens)
        return _Item(record, actor, date, date_end, precision, text, tokens, shingles)

    def order(self) -> tuple[bool, dt.date, dt.date, str, int]:
        r = self.record
        return (
            self.date is None,
            self.date or dt.date.min,
            r.article_date or dt.date.max,
            r.key,
            r.statement.start,
        )


def _same_statement(a: _Item, b: _Item, shared: int) -> float:
    """How alike two quotes are (0 when they are not the same statement)."""
    union = len(a.shingles) + len(b.shingles) - shared
    jaccard = shared / union if union else 0.0
    if jaccard >= JACCARD:
        return jaccard
    short, long_ = (a, b) if len(a.tokens) <= len(b.tokens) else (b, a)
    if shared != len(short.shingles) or len(short.tokens) < MIN_CONTAINED_WORDS:
        return 0.0
    contained = f" {' '.join(short.tokens)} " in f" {' '.join(long_.tokens)} "
    return (jaccard or 0.01) if contained else 0.0


def _group(items: list[_Item]) -> list[list[_Item]]:
    """Merge records of the same statement; dated records only look at groups of the last 4 days.

    Candidates come from the item's rarest shingles only: a set with Jaccard >= t to another shares
    at least one of any |A| - ceil(t|A|) + 1 of its shingles with it, so nothing is lost, and the
    common pairs ("the company") stop making every quote a candidate.
    """
    frequency = Counter(chain.from_iterable(i.shingles for i in items))
    groups: list[list[_Item]] = []
    # actor -> shingle -> group ids, for dated and for undated records
    dated: dict[str, dict[tuple[str, ...], list[int]]] = defaultdict(dict)
    undated: dict[str, dict[tuple[str, ...], list[int]]] = defaultdict(dict)
    for item in items:
        postings = (dated if item.date is not None else undated)[item.actor]
        size = len(item.shingles)
        probe = sorted(item.shingles, key=frequency.__getitem__)[: size - math.ceil(JACCARD * size) + 1]
        best, best_score = -1, 0.0
        for gid in {g for sh in probe for g in postings.get(sh, ())}:
            first = groups[gid][0]
            if item.date is not None and (item.date - first.date).days > WINDOW_DAYS:  # type: ignore[operator]
                continue
            score = _same_statement(item, first, len(item.shingles & first.shingles))
            if score > best_score:
                best, best_score = gid, score
        if best >= 0:
            groups[best].append(item)
            continue
        gid = len(groups)
        groups.append([item])
        for sh in item.shingles:
            postings.setdefault(sh, []).append(gid)
    return groups


def _entry(group: list[_Item], canonical: Callable[[str], str | None] | None) -> TimelineEntry:
    by_report = sorted(
        group,
        key=lambda i: (
            i.record.article_date is None,
            i.record.article_date or dt.date.min,
            i.date or dt.date.min,
            i.record.key,
        ),
    )
    first = by_report[0]
    dated = min(group, key=lambda i: (_PRECISION_RANK[i.precision], i.date or dt.date.max))
    st, rec = first.record.statement, first.record
    reading = _stance(st, first.actor, canonical)
    sources: list[SourceRef] = []
    seen: set[str] = set()
    for i in by_report:
        if i.record.key not in seen:
            seen.add(i.record.key)
            sources.append((i.record.source, i.record.article_date, i.record.path, i.record.key))
    return TimelineEntry(
        actor=first.actor,
        date=dated.date,
        date_end=dated.date_end,
        date_precision=dated.precision,
        date_text=dated.date_text,
        quote=st.quote,
        kind=st.kind,
        cue=st.cue,
        stance=reading.stance,
        topics=topic_phrases(st.quote),
        key=rec.key,
        path=rec.path,
        title=rec.title,
        source=rec.source,
        start=st.start,
        end=st.end,
        sources=tuple(sources),
        first_reported=(rec.source, rec.article_date),
        stance_why=reading.why,
        negated=reading.negated,
        modality=reading.modality,
        reiterated=reading.reiterated,
        actor_kind=st.actor_kind,
        stance_target=reading.target,
        stance_axis=reading.axis,
    )


def _stance(st: Statement, actor: str, canonical: Callable[[str], str | None] | None) -> StanceReading:
    names = [n for n in (st.speaker, st.actor, actor, st.affiliation) if n]
    same_actor = None
    if canonical is not None:

        def same_actor(name: str) -> bool:
            return canonical(name) == actor

    return read_stance(
        st.cue,
        st.cue_lemma,
        st.quote,
        kind=st.kind,
        context=st.cue_context,
        speaker_names=names,
        same_actor=same_actor,
    )


def is_collective(name: str, kind: str | None) -> bool:
    """An unnamed or collective source ("officials", "trade sources", "the company", "a spokesman")."""
    if kind == "unnamed" or not name or not name[0].isupper():
        return True
    words = [_POSSESSIVE.sub("", w.strip(".,")) for w in name.lower().replace("’", "'").split()]
    return words[0] in ("the", "a", "an") or any(w in _COLLECTIVE for w in words)


@dataclass(slots=True)
class _Position:
    """An entry that may take part in a shift, with its proposition's terms."""

    index: int
    terms: frozenset[str]
    target: frozenset[str]
    shingles: frozenset[tuple[str, ...]]
    negators: frozenset[str]
    # The story the entry was reported in: its headline's terms.
    story: frozenset[str] = frozenset()


def _position(n: int, entry: TimelineEntry) -> _Position | None:
    if POLARITY.get(entry.stance, 0) == 0 or entry.date is None or entry.date_precision == "none":
        return None
    if entry.modality in HEDGES or is_collective(entry.actor, entry.actor_kind):
        return None
    terms = topic_terms(entry.quote) - _GENERIC
    target = (topic_terms(entry.stance_target) - _GENERIC) or terms
    tokens = _norm_tokens(entry.quote)
    shingles = frozenset(tokens[i : i + SHINGLE] for i in range(len(tokens) - SHINGLE + 1))
    negators = frozenset(t for t in tokens if t in NEGATORS or t.endswith("n't"))
    return _Position(n, terms, target, shingles, negators, topic_terms(entry.title or "") - _GENERIC)


def _flag_shifts(entries: list[TimelineEntry]) -> list[TimelineEntry]:
    history: dict[str, deque[_Position]] = defaultdict(lambda: deque(maxlen=SHIFT_LOOKBACK))
    pending: list[tuple[str, _Position]] = []  # today's entries join the history tomorrow
    out = list(entries)
    for n, entry in enumerate(entries):
        position = _position(n, entry)
        if position is None:
            continue
        if pending and entries[pending[0][1].index].date != entry.date:
            for actor, p in pending:
                history[actor].append(p)
            pending.clear()
        pending.append((entry.actor, position))
        if entry.reiterated or entry.date_precision == "before":
            continue
        for prev_position in reversed(history[entry.actor]):
            shared = position.terms & prev_position.terms
            # The same proposition: enough shared terms, or one shared term in two reports of the same
            # story ("ransomed hostages" and "an arms-for-hostages deal", both under IRAN ARMS headlines).
            same_story = len(position.story & prev_position.story) >= 3
            weak = len(shared) < 2 or (len(shared) < 3 and not position.target & prev_position.target)
            if weak and not (shared and same_story):
                continue
            prev = entries[prev_position.index]
            if prev.cue.lower() == entry.cue.lower() and _near_duplicate(position, prev_position):
                break  # the same words again (a copy, or a re-read): no new position
            if prev.stance_axis != entry.stance_axis:
                continue  # a denial is undone by an admission, a rejection by an acceptance
            if POLARITY[prev.stance] == -POLARITY[entry.stance]:
                topic = tuple(sorted(shared))
                why = f"{prev.stance} → {entry.stance} on {', '.join(topic)}"
                out[n] = _with_shift(entry, _shift_from(prev, why, topic))
            break
    return out


def _near_duplicate(a: _Position, b: _Position) -> bool:
    """The same words again: one quote inside the other, or most of them shared with the same negations
    ("We will not accept X" then "We will accept X" is a change, not a copy)."""
    shared = len(a.shingles & b.shingles)
    small = min(len(a.shingles), len(b.shingles))
    if small >= 3 and shared == small:
        return True
    union = len(a.shingles) + len(b.shingles) - shared
    return bool(union) and shared / union >= NEAR_DUPLICATE and a.negators == b.negators


def _shift_from(prev: TimelineEntry, why: str, topic: tuple[str, ...]) -> Shift:
    return Shift(
        date=prev.date,
        quote=prev.quote,
        stance=prev.stance,
        path=prev.path,
        key=prev.key,
        why=why,
        date_end=prev.date_end,
        date_precision=prev.date_precision,
        date_text=prev.date_text,
        reported_on=prev.reported_on,
        source=prev.source,
        title=prev.title,
        cue=prev.cue,
        start=prev.start,
        end=prev.end,
        topic=topic,
    )


def _with_shift(entry: TimelineEntry, shift: Shift) -> TimelineEntry:
    return replace(entry, shift=shift)


def _in_range(entry: TimelineEntry, since: dt.date | None, until: dt.date | None) -> bool:
    if entry.date is None:
        return False
    end = entry.date_end or entry.date
    return (since is None or end >= since) and (until is None or entry.date <= until)
