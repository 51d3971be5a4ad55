"""The reporting frame of a statement: its sentence, speaker and cue, with what was said blanked out.

Dating and stance read the frame, not the content: "Smith said on Monday" dates the saying, "the
vote on Monday" inside what Smith said does not; "did not concede" before the cue negates it,
"has previously said" makes it a reiteration of an older statement.

A time phrase is *attached* to the saying when the words between it and the speaker or cue are
frame words only: "said on Monday", "told reporters in Brussels yesterday", "said in a statement on
Tuesday", "Smith, speaking on Monday, said", "In an interview last week, Smith said", "On Monday,
the finance minister said". Anything else in between ("the attack on Monday", "after the vote on
7 May", "Smith, who met Jones on Monday, said") makes it an event date, not the saying's.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from newsdesk.index.language.cues import CUE_RE
from newsdesk.index.model import Statement

# Abbreviations whose full stop does not end a sentence.
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Prof|St|Jr|Sr|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|"
    r"Sep|Sept|Oct|Nov|Dec|U\.S|U\.K|U\.N|E\.U|Inc|Corp|Co|Ltd|vs)|\b[A-Z])$"
)
# "।" (the danda) ends a Hindi sentence quoted before an English one.
_SENTENCE_END = re.compile(r"[.!?।][\"'”’)]*\s+(?=[\"“‘'(]?[A-Z0-9])|\n")
_TOKEN = re.compile(r"[^\W_][\w'’.&-]*|[,;:()—–]")

# No "who" or "which": "said a spokesman for Midland, which earlier this year said ..." dates another
# saying. Words that may stand between a time phrase and the speaker or cue without making it an event date:
# function words, the occasions of speaking, its audiences and channels, role words of speakers, and
# the usual objects of a stance verb ("rejected the offer on Monday").
_FRAME_WORD_TEXT = """a an the his her its their our my him them us me this these of in at to with on during before from via by and or as
    for was were is are had has have been also again later earlier separately publicly privately
    repeatedly first then here there late early just only once previously while when recently
    speaking spoke speaks talking writing wrote addressing addressed told telling tells said says saying
    added adding quoted cited interviewed answering responding replying appearing testifying testified
    issued released published broadcast monitored televised posted made given held delivered sent filed presented
    statement statements communique interview interviews conference conferences news press briefing
    briefings reporters journalists newsmen correspondents newspaper newspapers paper magazine journal agency
    radio television tv broadcast programme program show channel network station wire service speech
    address remarks comments testimony hearing hearings session letter memo message note notes filing
    filings report prospectus circular document release announcement notice bulletin website blog post
    tweet email e-mail telephone phone call video meeting talks visit trip tour rally crowd audience
    gathering forum seminar symposium convention summit parliament assembly commons lords house senate
    committee subcommittee panel council delegates delegation shareholders stockholders investors analysts
    students members supporters lawmakers legislators mps officials leaders executives businessmen
    bankers group club lunch luncheon dinner breakfast reception ceremony debate campaign event court
    jury judge annual weekly monthly daily regular joint written televised nationwide national local
    state evening morning afternoon night separate brief special emergency opening closing final
    official senior weekend day
    minister ministers secretary president chairman chairwoman chief executive officer spokesman
    spokeswoman spokesperson leader head governor director manager analyst economist source sources
    deputy vice foreign finance prime general company bank government ministry department central party
    union board managing commissioner ambassador envoy representative negotiator adviser advisor aide
    mayor premier lawyer attorney trade economic energy oil agriculture treasury
    position positions stance view views call calls demand demands offer proposal plan claim claims
    allegation allegations charge charges accusation accusations criticism warning commitment pledge
    support opposition rumours rumors concern concerns hope belief intention request idea decision point
    survey surveys poll polls study forecast forecasts outlook projection projections similar same presentation launch opening unveiling public dated order ruling
    staff aides employees workers colleagues editorial editorials commentary column article
    de da del di do dos das du van von der den la le al el bin"""
_FRAME_WORDS = frozenset(_FRAME_WORD_TEXT.split())
# Capitalised at a sentence start they are still no names: a clause led by them is an event.
_EVENT_LEAD_TEXT = (
    "after before following since until till when while as despite ahead prior once if because though"
)
_EVENT_LEADS = frozenset(_EVENT_LEAD_TEXT.split())
# Clause words and common verbs: a gap holding one is a clause of its own, whatever else it holds.
_CLAUSE_LEAD_TEXT = (
    "who which that whose whom where after before since until when while because if though although"
)
_CLAUSE_LEADS = frozenset(_CLAUSE_LEAD_TEXT.split())
_VERB_TEXT = (
    "is are was were be been being has have had do does did will would can could may might must shall"
)
_VERBS = frozenset(_VERB_TEXT.split())
# A gap holding one of these is no frame, whatever else it holds.
_NEVER_FRAME = frozenset({";", "—", "–"})
# "had said", "previously said", "said at the time": an older statement reported again.
_EARLIER_BEFORE = re.compile(
    r"(?i:\b(?:had(?:\s+(?:\w+ly|also|already|earlier|once|long|repeatedly|not))?|(?:has|have)\s+(?:already|"
    r"previously|earlier|long|repeatedly|once|in the past)|previously|earlier|once|formerly|in the past)\s*)$"
)
# "told reporters at the time": after the cue and at most two words of its object.
_EARLIER_AFTER = re.compile(
    r"^(?i:(?:\s+[\w'’-]+){0,2}?\s*(?:,\s*)?(?:at the time|back then|in the past|previously|earlier)\b)"
)
# How a time phrase after the content may start and still date the saying.
_AFTER_CONTENT = frozenset(
    {"while", "when", "speaking", "addressing", "talking", "writing", "in", "at", "during"}
)
_YEAR = re.compile(r"(?:19|20)\d\d")
# A conjunction or linking adverb opening the sentence before its fronted occasion.
_LEAD_JOINS = frozenset({"but", "and", "yet", "so", "however", "meanwhile", "also"})
_CLAUSE_JOIN = re.compile(r"\b(?:and|but|yet|while|whereas)\b|;")
_MAX_CONTEXT = 8
_OTHER_CUE_BEFORE = re.compile(
    r"\b(?:said|told|reported|announced|stated|added)(?:\s+(?:reporters|journalists|newsmen|him|her|them))?\s+$"
)
# Active only: "was announced early last week when Harper and Row said" is the announcement's time.
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|be|is|are)\s+$")
_NAMES_ONLY = re.compile(r"\s+(?:[A-Z][\w.&'’-]*\s+)*")
_OTHER_CUE_REACH = 40


@dataclass(frozen=True, slots=True)
class Frame:
    """A statement's sentence window with every statement's content blanked; spans are relative to `lo`."""

    lo: int
    hi: int
    masked: str
    holes: tuple[tuple[int, int], ...]
    speaker: tuple[int, int] | None
    cue: tuple[int, int] | None

    @property
    def core(self) -> tuple[int, int] | None:
        """The stretch covering the speaker and the cue (None when neither is in the window)."""
        spans = [s for s in (self.speaker, self.cue) if s is not None]
        if not spans:
            return None
        return min(s[0] for s in spans), max(s[1] for s in spans)


class Holes:
    """Spans to blank out, found by position: scanning every statement's content for every other statement
    was quadratic (a transcript of 14,000 statements took minutes)."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self.spans = sorted((s, e) for s, e in spans if e > s)
        self.starts = [s for s, _ in self.spans]
        self.reach = list(itertools.accumulate((e for _, e in self.spans), max))

    def within(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """The spans that overlap [lo, hi), in order."""
        i = bisect.bisect_left(self.starts, hi) - 1
        out = []
        while i >= 0 and self.reach[i] > lo:
            s, e = self.spans[i]
            if e > lo:
                out.append((s, e))
            i -= 1
        return out[::-1]


def statement_frame(text: str, st: Statement, holes: Holes | Sequence[tuple[int, int]]) -> Frame:
    """The frame of `st` in `text`; `holes` are the content spans of every statement of the article."""
    lo, hi = statement_window(text, st)
    index = holes if isinstance(holes, Holes) else Holes(holes)
    rel_holes = tuple(sorted((max(s, lo) - lo, min(e, hi) - lo) for s, e in index.within(lo, hi)))
    masked = _blank(text[lo:hi], rel_holes)
    speaker = None
    if st.speaker_start is not None and st.speaker_end is not None and lo <= st.speaker_start < hi:
        speaker = (st.speaker_start - lo, min(st.speaker_end, hi) - lo)
    cue = _find_cue(masked, st.cue, speaker, (st.start - lo, st.end - lo))
    return Frame(lo, hi, masked, rel_holes, speaker, cue)


def statement_window(text: str, st: Statement) -> tuple[int, int]:
    """The sentence(s) covering the statement and its speaker."""
    lo, hi = st.start, st.end
    if st.speaker_start is not None and st.speaker_end is not None:
        lo, hi = min(lo, st.speaker_start), max(hi, st.speaker_end)
    lo, hi = max(0, min(lo, len(text))), max(0, min(hi, len(text)))
    # A time word belongs to its cue's clause: a few hundred characters either side are enough, and a
    # "sentence" of megabytes (a list, a transcript without stops) must not be rescanned per statement.
    return max(sentence_start(text, lo), lo - WINDOW_REACH), min(sentence_end(text, hi), hi + WINDOW_REACH)


WINDOW_REACH = 600


def cue_context(frame: Frame) -> tuple[str, str]:
    """Up to eight words of the cue's clause before the cue and after it, content excluded."""
    if frame.cue is None:
        return "", ""
    a, b = frame.cue
    start = max([0, *(e for s, e in frame.holes if e <= a)])
    end = min([len(frame.masked), *(s for s, e in frame.holes if s >= b)])
    before = _TOKEN.findall(frame.masked[start:a])
    after = _TOKEN.findall(frame.masked[b:end])
    cut = max((i for i, t in enumerate(before) if t in ";:"), default=-1)
    before = before[cut + 1 :]
    cut_after = next((i for i, t in enumerate(after) if t in ";:"), len(after))
    after = after[:cut_after]
    return " ".join(before[-_MAX_CONTEXT:]), " ".join(after[:_MAX_CONTEXT])


def earlier_marker(frame: Frame) -> str | None:
    """ "had said", "previously said", "said at the time": the words saying the statement is older than
    the report, or None."""
    if frame.cue is None:
        return None
    a, b = frame.cue
    before = _EARLIER_BEFORE.search(frame.masked, max(0, a - 40), a)
    if before is not None:
        return f"{before.group().strip()} {frame.masked[a:b]}"
    after = _EARLIER_AFTER.search(frame.masked[b : b + 40])
    if after is not None:
        return f"{frame.masked[a:b]} {after.group().strip(' ,')}"
    return None


def attached(frame: Frame, start: int, end: int) -> bool:
    """Does the time phrase at `frame.masked[start:end]` say when the words were said?"""
    core = frame.core
    if core is None:
        return False
    c0, c1 = core
    anchors = [s for s in (frame.speaker, frame.cue) if s is not None]
    if start >= c1:  # "said on Monday", "said Smith in a statement on Monday"
        return _frame_gap(frame, c1, start) or _after_content(frame, c1, start)
    if start < c0 < end:  # "Earlier today Kurzweil reported", the speaker's span swallowing "today"
        end = c0
    if end <= c0:  # "On Monday, Smith said"
        clause = max([0, *(e for s, e in frame.holes if e <= start)])
        if _other_cue_time(frame, clause, start, end, c0):
            return False
        lead = _frame_gap(frame, clause, start, lead=True) or _occasion_lead(frame, clause, start)
        return lead and _frame_gap(frame, end, c0, nouns=True)
    if frame.speaker is not None and frame.speaker[0] <= start and end <= frame.speaker[1]:
        # "The statement, issued yesterday, did not say": a speaker's own apposition of issue.
        return _frame_gap(frame, frame.speaker[0], start)
    # Between the speaker and the cue: "Smith on Monday said", "Smith, speaking on Monday, said".
    before = max((e for s, e in anchors if e <= start), default=None)
    if before is None:
        return False
    if _frame_gap(frame, before, start):
        return True
    # "Reagan ordered the study last September, citing ...": a participle cue hangs from its clause's
    # verb, and that clause's time is the saying's; not past another clause ("was elected in 2012 and
    # served his term, but did not seek reelection, citing ...").
    return (
        _participle(frame)
        and not any(s < c1 and e > before for s, e in frame.holes)
        and _CLAUSE_JOIN.search(frame.masked, end, c1) is None
    )


def _other_cue_time(frame: Frame, clause: int, start: int, end: int, c0: int) -> bool:
    """ "Siew told reporters on Saturday U.S. officials told him": a time right after another speech verb
    (and its hearer), running on into this speaker with only names between, is that verb's."""
    lo = max(clause, start - _OTHER_CUE_REACH)
    # Cheap tests first: this runs for every time phrase fronting a speaker.
    if _NAMES_ONLY.fullmatch(frame.masked, end, c0) is None:
        return False
    m = _OTHER_CUE_BEFORE.search(frame.masked, lo, start)
    return m is not None and _PASSIVE_BEFORE.search(frame.masked, max(0, m.start() - 8), m.start()) is None


def _occasion_lead(frame: Frame, clause: int, start: int) -> bool:
    """ "In trading earlier today, traders said", "In its original announcement yesterday, USDA said": a
    clause-opening prepositional phrase with no verb of its own."""
    words = [t.lower() for t in _TOKEN.findall(frame.masked[clause:start]) if t not in ",()"]
    if words[:1] and words[0] in _LEAD_JOINS:  # "But in an interview ... yesterday, Lyng said"
        words = words[1:]
    return (
        bool(words)
        and words[0] in ("in", "at", "during")
        and _frame_gap(frame, clause, start, nouns=True, gerunds=True)
    )


def _participle(frame: Frame) -> bool:
    if frame.cue is None or frame.speaker is None or frame.speaker[0] > frame.cue[0]:
        return False
    cue = frame.masked[frame.cue[0] : frame.cue[1]].lower()
    return cue.endswith("ing") and ";" not in frame.masked[frame.speaker[1] : frame.cue[0]]


def _after_content(frame: Frame, c1: int, start: int) -> bool:
    """'said, "They need to stand by us", while addressing the press yesterday': past the content, a
    "while" or participle clause of speaking still dates the saying."""
    inside = [(s, e) for s, e in frame.holes if c1 <= s and e <= start]
    if not inside:
        return False
    first, last = min(s for s, _ in inside), max(e for _, e in inside)
    if not _frame_gap(frame, c1, first) or any(s < start and e > last for s, e in frame.holes):
        return False
    words = [t.lower() for t in _TOKEN.findall(frame.masked[last:start]) if t not in ",()"]
    return bool(words) and words[0] in _AFTER_CONTENT and _frame_gap(frame, last, start)


# --- sentences ---------------------------------------------------------------------------------------


def _is_boundary(text: str, m: re.Match[str]) -> bool:
    # A paragraph break ends a sentence even after an abbreviation ("... Piedmont Aviation Inc.\n\nOn
    # March 16, TWA withdrew its bid").
    if "\n" in m.group():
        return True
    return _ABBREV.search(text[max(0, m.start() - 6) : m.start()]) is None


@functools.lru_cache(maxsize=8)
def _boundaries(text: str) -> tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]:
    """Sentence boundaries of a text, found once: (match starts, sentence ends, next sentence starts).

    Every statement of an article asks for its sentence; rescanning 2,000 characters each time was
    half of the dating cost.
    """
    raw: list[int] = []
    stops: list[int] = []
    nexts: list[int] = []
    for m in _SENTENCE_END.finditer(text):
        if _is_boundary(text, m):
            raw.append(m.start())
            stops.append(m.start() + 1 if m.group() != "\n" else m.start())
            nexts.append(m.end())
    return tuple(raw), tuple(stops), tuple(nexts)


def sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding `pos` starts."""
    _, _, nexts = _boundaries(text)
    i = bisect.bisect_right(nexts, pos) - 1
    return nexts[i] if i >= 0 else 0


def sentence_starts(text: str, lo: int, hi: int) -> list[int]:
    """Where sentences start in text[lo:hi] (boundaries after `lo`, up to `hi` included)."""
    _, _, nexts = _boundaries(text)
    return list(nexts[bisect.bisect_right(nexts, lo) : bisect.bisect_right(nexts, hi)])


def sentence_end(text: str, pos: int) -> int:
    """Where the sentence holding `pos` ends."""
    raw, stops, _ = _boundaries(text)
    i = bisect.bisect_left(raw, pos)
    return stops[i] if i < len(raw) else len(text)


# --- internals ---------------------------------------------------------------------------------------


def _blank(chunk: str, holes: Sequence[tuple[int, int]]) -> str:
    if not holes:
        return chunk
    chars = list(chunk)
    for s, e in holes:
        chars[s:e] = " " * (e - s)
    return "".join(chars)


def _find_cue(
    masked: str, cue: str, speaker: tuple[int, int] | None, content: tuple[int, int]
) -> tuple[int, int] | None:
    """The occurrence of the cue as written nearest to the speaker (or the content)."""
    cue = cue.strip()
    if not cue or cue == ":":
        return None
    hits = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(cue)}(?!\w)", masked)]
    if not hits:
        return None
    a, b = speaker if speaker is not None else content
    best = min(hits, key=lambda h: min(abs(h - a), abs(h + len(cue) - b), abs(h - b)))
    return best, best + len(cue)


def _frame_gap(
    frame: Frame, start: int, end: int, *, lead: bool = False, nouns: bool = False, gerunds: bool = False
) -> bool:
    """Only frame words (or names) between two points, and no content of another statement.

    With `nouns`, between a leading time phrase and the speaker, any word but a verb or a clause word
    may stand ("On Thursday, UK-based retailer Tesco and Salling Group announced", "On Saturday, in a
    brief but official statement, Trump said"); "On Monday, police arrested five men and Smith said"
    stays an event."""
    if start >= end:
        return True
    if any(s < end and e > start for s, e in frame.holes):
        return False
    tokens = _TOKEN.findall(frame.masked[start:end])
    for i, token in enumerate(tokens):
        if token in _NEVER_FRAME:
            return False
        if token in ",()":
            continue
        low = token.lower().rstrip(".")
        if low.endswith(("'s", "’s")):
            low = low[:-2]
        if _YEAR.fullmatch(token):
            continue  # "at the presentation of Amro's 1986 annual report"
        if token[0].isupper():
            # A name, a place or an outlet; but "After the vote on Monday" at a clause start is an event.
            if low in _EVENT_LEADS and (lead or i == 0):
                return False
            continue
        if nouns and low in _VERBS:
            return False  # "Last year, Irish yields were the lowest ... and Irish Sugar said": a clause
        if not _frame_word(low):
            verb = low.endswith("ed") or (low.endswith("ing") and not gerunds)
            if nouns and low not in _CLAUSE_LEADS and not verb and low not in _VERBS:
                continue
            return False
    return True


def _frame_word(low: str) -> bool:
    """A frame word; another speech verb ("reiterated the position over the weekend") is one too, and a
    compound is read by its last part ("in widely-quoted remarks")."""
    if low in _FRAME_WORDS or CUE_RE.fullmatch(low) is not None:
        return True
    return "-" in low and low.rsplit("-", 1)[1] in _FRAME_WORDS
