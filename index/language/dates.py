"""When was a statement made: the publication date refined by the time words around the statement.

Rules, kept simple enough to explain to an analyst:

- The anchor is the article's publication date; a dateline (`MOSCOW, Aug 19 (Reuters) -`, read by
  `newsdesk.index.ingest.readers.dateline`) up to 7 days before it replaces it, since relative words ("on Monday") are
  written from the dateline's day.
- Time words are looked for in the sentence(s) holding the statement, its cue and its speaker, with
  every statement's content blanked out: words inside what was said date what is talked about, not
  the saying. When several phrases remain, the one nearest to the speaker and cue wins (ties: the
  most precise).
- Past tense by default ("on Monday" = the latest Monday on or before the anchor, the anchor itself if
  it is a Monday); a future marker just before the phrase ("will meet on Monday", "is due to ... on")
  or the phrase itself ("next Monday", "tomorrow") means the next such day after the anchor.
- Ignored: a phrase after "until", "by", "since", "at"... (a deadline or a state, not the saying's
  time), named days ("Black Monday"), and a phrase that would date the statement after the article's
  publication. One phrase inside the content is used: at the end of a short indirect content with no
  "that" ("reiterated the position over the weekend"), where it belongs to the cue.
- Carry-over: a statement with no time words of its own takes the date of the statement just before
  it when both have the same speaker ("he" counts as the previous speaker), it lies in the same
  paragraph as that statement or the next one, at most two paragraphs after the time phrase, and no
  other time phrase stands between them ("On Monday, Trump told reporters ... / “We'll be
  involved,” he said / “Europe is going to ...,” Trump stressed").
- No time words: the anchor with precision "article". No anchor (undated article): undated, unless the
  sentence holds an explicit date with a year. A date is never invented.
"""

from __future__ import annotations

import bisect
import calendar
import dataclasses
import datetime as dt
import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from newsdesk.index.model import Article, DatePrecision, Statement

PUBLICATION_DATE = "publication date"

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
_NUMBERS = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "a couple of": 2,
}  # fmt: skip

# Month and weekday names must be capitalised: "may", "march" and "sun" are common lower-case words.
_MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUM = r"(?P<num>\d{1,2}|a couple of|one|two|three|four|five|six|seven|eight|nine|ten|a)"

# (kind, pattern); the kind names the resolver. Patterns are tried in this order and an earlier match
# wins over a later one that overlaps it ("Monday, August 18, 2025" is one explicit date).
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern))
    for kind, pattern in (
        ("iso", r"\b(?P<year>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<day>[0-3]\d)\b"),
        ("full", rf"\b(?:(?i:on) )?(?:{_WEEKDAY},? )?{_MONTH} {_DAY},? {_YEAR}\b"),
        ("full", rf"\b(?:(?i:on) )?(?:{_WEEKDAY},? )?(?:the )?{_DAY} (?:of )?{_MONTH},? {_YEAR}\b"),
        ("month_day", rf"\b(?:(?i:on) )?(?:{_WEEKDAY},? )?{_MONTH} {_DAY}\b(?![:.,]?\d)"),
        ("month_day", rf"\b(?:(?i:on) )?(?:{_WEEKDAY},? )?(?:the )?{_DAY} (?:of )?{_MONTH}(?!\w)"),
        ("nth", r"\b(?i:(?:on )?the) (?P<day>[0-3]?\d)(?:st|nd|rd|th)\b"),
        ("month_year", rf"\b(?:(?i:in|during|since|early|late|mid-?) )?{_MONTH},? {_YEAR}\b"),
        ("weekend", r"\b(?i:(?P<rel>over|at|during|on|this|last|next|past) (?:the )?(?:past )?weekend)\b"),
        (
            "weekday",
            rf"\b(?i:(?P<rel>last|next|this|on|early|late) )?{_WEEKDAY}(?: (?i:(?P<part>night|morning|afternoon|evening)))?\b",
        ),
        (
            "rel_day",
            r"\b(?i:(?P<word>yesterday|today|tonight|tomorrow|last night|this (?:morning|afternoon|evening)|earlier today))\b",
        ),
        ("ago", rf"\b(?i:{_NUM} (?P<unit>days?|weeks?) ago)\b"),
        ("week", r"\b(?i:(?P<rel>last|this|next|earlier this|later this|past) week)\b"),
        ("month", r"\b(?i:(?P<rel>last|this|next|earlier this|later this|past) month)\b"),
        (
            "in_month",
            rf"\b(?i:(?P<rel>in|during|since|early|late|mid-?|last|this|next) ){_MONTH}(?P<ly>,? (?i:of )?(?i:last|this|next) year)?(?![\w-]| (?:[0-3]?\d|(?:19|20)\d\d)\b)",
        ),
    )
)
# One cheap scan first: most sentences hold no time word at all, and then no pattern need run.
_TRIGGER = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\b(?:January|February|March|April|May|June|July|August"
    r"|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b"
    r"|\d(?:st|nd|rd|th)\b|\b(?:19|20)\d\d-|(?i:\b(?:yesterday|today|tonight|tomorrow|night|morning|afternoon"
    r"|evening|week|weekend|month|ago)\b)"
)
_SPECIFICITY = {"day": 0, "weekend": 1, "week": 2, "month": 3}
_FUTURE_MARKER = re.compile(
    r"(?i:\b(?:will|shall|won't|wo n't|is to|are to|is due to|are due to|due to|plans? to|intends? to|"
    r"expects? to|expected to|hopes? to|aims? to|scheduled to|set to|going to|to be held)\b|['’]ll\b)"
)
# "until September 30", "at February 28", "since Monday": a deadline or a state, not when it was said.
_BOUND_BEFORE = re.compile(
    r"(?i:\b(?:until|till|by|through|before|ending|ended|from|since|between|as of|at|to|due)\s+)$"
)
# "Black Monday", "Super Tuesday", "Good Friday": names of days, not the day this week.
_NAMED_DAY = re.compile(r"\b(?:Black|Cyber|Super|Easter|Good|Ash|Palm|Holy|Maundy|Shrove|Bloody|Boxing)\s+$")
_PARAGRAPH_BREAK = re.compile(r"\n+")
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "him", "her"})
# Abbreviations whose full stop does not end a sentence.
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Prof|St|Jr|Sr|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|"
    r"Sep|Sept|Oct|Nov|Dec|U\.S|U\.K|U\.N|E\.U|Inc|Corp|Co|Ltd|vs)|\b[A-Z])$"
)
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"“‘'(]?[A-Z0-9])|\n")
_DATELINE = re.compile(
    rf"^\s*[A-Z][A-Za-z .,'’/-]{{1,60}}?,?\s+(?:{_WEEKDAY},?\s+)?{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?"
    r"\s*(?:\([A-Za-z .&]+\)\s*)?[-–—]+\s"
)


@dataclass(frozen=True, slots=True)
class DateGuess:
    """A resolved time phrase: the day (or range) it points to and where it sits in the text."""

    date: dt.date
    date_end: dt.date | None
    precision: DatePrecision
    text: str
    start: int = 0
    end: int = 0


def date_statements(article: Article, statements: Sequence[Statement]) -> list[Statement]:
    """Return copies of `statements` with `date`, `date_end`, `date_precision` and `date_text` filled."""
    text = article.text
    dateline = dateline_span(article)
    anchor, anchor_text = _anchor(article, dateline)
    latest = max((d for d in (anchor, article.date) if d is not None), default=None)
    # Time words inside any statement's content date what was said, not a saying.
    spans = [span for st in statements for span in _content_spans(st)]
    if dateline is not None:
        spans.append((dateline[0], dateline[1]))
    holes = _Holes(spans)
    # Statements of one sentence share its window: its time phrases are found once (a sentence of a
    # megabyte with 64 statements was read 64 times).
    phrases: dict[tuple[int, int], list[DateGuess]] = {}
    breaks = _Breaks(text)
    order = sorted(range(len(statements)), key=lambda i: (statements[i].start, statements[i].end))
    result: list[Statement] = list(statements)
    previous: tuple[str | None, int, tuple[int, int], DateGuess | None] | None = None
    for i in order:
        st = statements[i]
        window = _statement_window(text, st)
        guess = _own_guess(text, st, window, anchor, holes, latest, phrases)
        if guess is None and previous is not None:
            guess = _carried_guess(text, st, window, previous, anchor, holes, breaks)
        previous = (_chain_key(st, previous), st.end, window, guess)
        if guess is not None:
            result[i] = dataclasses.replace(
                st,
                date=guess.date,
                date_end=guess.date_end,
                date_precision=guess.precision,
                date_text=guess.text,
            )
        elif anchor is not None:
            result[i] = dataclasses.replace(
                st, date=anchor, date_end=None, date_precision="article", date_text=anchor_text
            )
        else:
            result[i] = dataclasses.replace(
                st, date=None, date_end=None, date_precision="none", date_text=None
            )
    return result


def resolve_time_phrases(text: str, anchor: dt.date | None) -> list[DateGuess]:
    """Every time phrase in `text` resolved against `anchor` (publication day), in text order."""
    if not _TRIGGER.search(text):
        return []
    taken: list[tuple[int, int]] = []
    found: list[DateGuess] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            guess = _resolve(kind, m, text, anchor)
            taken.append((m.start(), m.end()))
            if guess is not None:
                found.append(guess)
    return sorted(found, key=lambda g: g.start)


def resolve_time_phrase(text: str, anchor: dt.date | None) -> DateGuess | None:
    """The first time phrase in `text` resolved against `anchor`, or None."""
    found = resolve_time_phrases(text, anchor)
    return found[0] if found else None


def parse_dateline(body: str) -> tuple[int, int, int | None, int] | None:
    """(month, day, year or None, length) of a dateline such as `LAKE SUCCESS, N.Y. March 3 -`, or None."""
    m = _DATELINE.match(body[:200])
    if m is None:
        return None
    year = int(m.group("year")) if m.group("year") else None
    return _MONTHS[_month_key(m)], int(m.group("day")), year, m.end()


def dateline_span(article: Article) -> tuple[int, int, dt.date | None] | None:
    """Where the body's dateline sits in `article.text` and the day it names (None if no year is known)."""
    from newsdesk.index.ingest.readers.dateline import parse_dateline as readers_dateline

    when, line = readers_dateline(article.body, None, reference=article.date)
    if line is not None and when is not None:
        end = article.body.find(line) + len(line)
        return article.body_offset, article.body_offset + end, when
    # The readers' pattern wants a comma before the month; Reuters also writes "LAKE SUCCESS, N.Y. March 3 -".
    parsed = parse_dateline(article.body)
    if parsed is None:
        return None
    month, day, year, length = parsed
    start = article.body_offset
    day_named: dt.date | None = None
    if year is not None:
        day_named = _safe_date(year, month, day)
    elif article.date is not None:
        day_named = _closest_year(month, day, article.date)
    return start, start + length, day_named


# --- internals ---------------------------------------------------------------------------------------


def _month_key(m: re.Match[str]) -> str:
    name = m.group("month").lower().rstrip(".")
    return "sept" if name.startswith("sept") else name[:3]


def _anchor(article: Article, dateline: tuple[int, int, dt.date | None] | None) -> tuple[dt.date | None, str]:
    when = dateline[2] if dateline else None
    if when is not None:
        if article.date is None:
            return when, "dateline"
        if dt.timedelta(0) < article.date - when <= dt.timedelta(days=7):
            return when, "dateline"
    return article.date, PUBLICATION_DATE


def _statement_window(text: str, st: Statement) -> tuple[int, int]:
    """The sentence(s) covering the statement and its speaker."""
    lo, hi = st.start, st.end
    if st.speaker_start is not None and st.speaker_end is not None:
        lo, hi = min(lo, st.speaker_start), max(hi, st.speaker_end)
    lo, hi = max(0, min(lo, len(text))), max(0, min(hi, len(text)))
    return _sentence_start(text, lo), _sentence_end(text, hi)


def _is_boundary(text: str, m: re.Match[str]) -> bool:
    if m.group() == "\n":
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


def _sentence_start(text: str, pos: int) -> int:
    _, _, nexts = _boundaries(text)
    i = bisect.bisect_right(nexts, pos) - 1
    return nexts[i] if i >= 0 else 0


def _sentence_end(text: str, pos: int) -> int:
    raw, stops, _ = _boundaries(text)
    i = bisect.bisect_left(raw, pos)
    return stops[i] if i < len(raw) else len(text)


class _Breaks:
    """Paragraph breaks (runs of newlines) of a text, counted by position.

    A date carried from statement to statement was checked against every break since the phrase:
    quadratic on a long run of statements by one speaker.
    """

    def __init__(self, text: str) -> None:
        self.text = text

    @functools.cached_property
    def _runs(self) -> tuple[list[int], list[int]]:
        spans = [m.span() for m in _PARAGRAPH_BREAK.finditer(self.text)]
        return [s for s, _ in spans], [e for _, e in spans]

    def count(self, lo: int, hi: int) -> int:
        """len(_PARAGRAPH_BREAK.findall(text, lo, hi)): the runs that reach into [lo, hi)."""
        if lo >= hi:
            return 0
        starts, ends = self._runs
        return bisect.bisect_left(starts, hi) - bisect.bisect_right(ends, lo)


class _Holes:
    """Spans to blank out, found by position: scanning all of them for every statement was quadratic."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        self.reach = list(itertools.accumulate((e for _, e in self.spans), max))

    def within(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """The spans that overlap [lo, hi) (the others blank nothing there)."""
        i = bisect.bisect_left(self.starts, hi) - 1
        out = []
        while i >= 0 and self.reach[i] > lo:
            out.append(self.spans[i])
            i -= 1
        return out


def _masked(text: str, lo: int, hi: int, holes: Sequence[tuple[int, int]]) -> str:
    """text[lo:hi] with the holes blanked out, so offsets stay those of `text` minus `lo`."""
    chars = list(text[lo:hi])
    for s, e in holes:
        for k in range(max(s, lo), min(e, hi)):
            chars[k - lo] = " "
    return "".join(chars)


def _content_spans(st: Statement) -> list[tuple[int, int]]:
    return list(st.spans) if st.spans else [(st.start, st.end)]


def _own_guess(
    text: str,
    st: Statement,
    window: tuple[int, int],
    anchor: dt.date | None,
    holes: _Holes,
    latest: dt.date | None,
    phrases: dict[tuple[int, int], list[DateGuess]],
) -> DateGuess | None:
    lo, hi = window
    found = phrases.get(window)
    if found is None:
        masked = _masked(text, lo, hi, holes.within(lo, hi))
        found = phrases[window] = [
            g
            for g in resolve_time_phrases(masked, anchor)
            if _not_after(g, latest) and not _BOUND_BEFORE.search(masked, 0, g.start)
        ]
    if not found:
        return _trailing_guess(text, st, anchor, latest)
    focus = _focus(text, st, lo, hi)

    def distance(g: DateGuess) -> int:
        return max(0, g.start - focus[1], focus[0] - g.end)

    best = min(found, key=lambda g: (distance(g), _SPECIFICITY.get(g.precision, 9), g.start))
    return dataclasses.replace(best, start=best.start + lo, end=best.end + lo)


def _not_after(guess: DateGuess, latest: dt.date | None) -> bool:
    """A statement cannot have been made after the article reporting it."""
    return latest is None or guess.date <= latest


def _trailing_guess(
    text: str, st: Statement, anchor: dt.date | None, latest: dt.date | None
) -> DateGuess | None:
    """ "reiterated the position over the weekend": a short indirect content ending in a time phrase
    is the cue's object, and the phrase dates the saying."""
    if st.kind != "indirect":
        return None
    content = text[st.start : st.end]
    for g in reversed(resolve_time_phrases(content, anchor)):
        head = content[: g.start].lower().split()
        if (
            content[g.end :].strip(" ,.;:") == ""
            and len(head) <= 4
            and "that" not in head
            and _not_after(g, latest)
        ):
            return dataclasses.replace(g, start=g.start + st.start, end=g.end + st.start)
    return None


def _focus(text: str, st: Statement, lo: int, hi: int) -> tuple[int, int]:
    """The speaker and the nearest occurrence of the cue as written, relative to `lo`."""
    if st.speaker_start is not None and st.speaker_end is not None:
        a, b = st.speaker_start, st.speaker_end
    else:
        a, b = st.start, st.end
    cue = st.cue.strip()
    if cue and cue != ":":
        masked = _masked(text, lo, hi, _content_spans(st))
        hits = [m.start() + lo for m in re.finditer(re.escape(cue), masked)]
        if hits:
            c = _nearest(hits, a, b)
            a, b = min(a, c), max(b, c + len(cue))
    return a - lo, b - lo


def _nearest(hits: list[int], a: int, b: int) -> int:
    """The first of the ascending `hits` nearest to a or b: `min(hits, key=distance)`, without visiting
    every hit (a sentence of thousands of "said" made that quadratic). Only the hits on either side
    of a and of b can be nearest."""
    candidates: set[int] = set()
    for x in (a, b):
        i = bisect.bisect_left(hits, x)
        candidates.update(hits[max(i - 1, 0) : i + 1])
    return min(sorted(candidates), key=lambda h: min(abs(h - a), abs(h - b)))


def _is_pronoun(st: Statement) -> bool:
    return st.actor is None and st.speaker is not None and st.speaker.casefold() in _PRONOUNS


def _chain_key(
    st: Statement, previous: tuple[str | None, int, tuple[int, int], DateGuess | None] | None
) -> str | None:
    """Who is speaking: an unresolved "he" is taken to be the previous statement's speaker."""
    if _is_pronoun(st):
        return previous[0] if previous is not None else None
    name = st.actor or st.speaker
    return name.casefold() if name else None


def _carried_guess(
    text: str,
    st: Statement,
    window: tuple[int, int],
    previous: tuple[str | None, int, tuple[int, int], DateGuess | None],
    anchor: dt.date | None,
    holes: _Holes,
    breaks: _Breaks,
) -> DateGuess | None:
    prev_key, prev_end, prev_window, prev_guess = previous
    if prev_guess is None or prev_key is None or _chain_key(st, previous) != prev_key:
        return None
    gap_lo, gap_hi = max(prev_window[1], prev_end), max(window[0], min(st.start, window[1]))
    gap = text[gap_lo:gap_hi] if gap_lo < gap_hi else ""
    if len(_PARAGRAPH_BREAK.findall(gap)) > 1:
        return None
    # Counted from the phrase itself too, so that a chain of carried dates stops two paragraphs on.
    if breaks.count(min(prev_guess.start, st.start), st.start) > 2:
        return None
    if gap and resolve_time_phrases(_masked(text, gap_lo, gap_hi, holes.within(gap_lo, gap_hi)), anchor):
        return None
    return prev_guess


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _closest_year(month: int, day: int, anchor: dt.date) -> dt.date | None:
    """The (month, day) nearest to the anchor: "December 30" in early January is last year's."""
    candidates = [
        d for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (d := _safe_date(y, month, day))
    ]
    if not candidates:
        return None
    return min(candidates, key=lambda d: (abs((d - anchor).days), d > anchor))


def _is_future(text: str, start: int) -> bool:
    """A future marker in the same clause just before the phrase ("will meet on Monday")."""
    before = text[max(0, start - 60) : start]
    cut = max(before.rfind(","), before.rfind(";"), before.rfind("—"), before.rfind(" - "))
    if cut >= 0:
        before = before[cut + 1 :]
    return _FUTURE_MARKER.search(before) is not None


def _month_range(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _shift_month(d: dt.date, months: int) -> tuple[int, int]:
    index = d.year * 12 + d.month - 1 + months
    return index // 12, index % 12 + 1


def _week_of(d: dt.date) -> tuple[dt.date, dt.date]:
    monday = d - dt.timedelta(days=d.weekday())
    return monday, monday + dt.timedelta(days=6)


def _resolve(kind: str, m: re.Match[str], text: str, anchor: dt.date | None) -> DateGuess | None:
    phrase = m.group().strip()
    future = _is_future(text, m.start())

    def day(d: dt.date | None) -> DateGuess | None:
        return DateGuess(d, None, "day", phrase, m.start(), m.end()) if d is not None else None

    def span(a: dt.date, b: dt.date, precision: DatePrecision) -> DateGuess:
        return DateGuess(a, b, precision, phrase, m.start(), m.end())

    if kind == "iso":
        return day(_safe_date(int(m.group("year")), int(m.group("m")), int(m.group("day"))))
    if kind == "full":
        return day(_safe_date(int(m.group("year")), _MONTHS[_month_key(m)], int(m.group("day"))))
    if kind == "month_year":
        year, month = int(m.group("year")), _MONTHS[_month_key(m)]
        first, last = _month_range(year, month)
        if anchor is not None and not future and first <= anchor <= last:
            last = anchor
        return span(first, last, "month")
    if anchor is None:
        return None
    if kind == "month_day":
        return day(_closest_year(_MONTHS[_month_key(m)], int(m.group("day")), anchor))
    if kind == "nth":
        n = int(m.group("day"))
        step = 0
        if future and n < anchor.day:
            step = 1
        elif not future and n > anchor.day:
            step = -1
        year, month = _shift_month(anchor, step)
        return day(_safe_date(year, month, n))
    if kind == "weekday":
        if _NAMED_DAY.search(text, 0, m.start()):
            return None
        rel = (m.group("rel") or "").lower()
        target = _WEEKDAYS[m.group("weekday").lower()]
        if rel == "next" or (future and rel != "last"):
            ahead = (target - anchor.weekday()) % 7 or 7
            return day(anchor + dt.timedelta(days=ahead))
        back = (anchor.weekday() - target) % 7
        if rel == "last" and back == 0:
            back = 7
        return day(anchor - dt.timedelta(days=back))
    if kind == "rel_day":
        word = m.group("word").lower()
        if word in ("yesterday", "last night"):
            return day(anchor - dt.timedelta(days=1))
        if word == "tomorrow":
            return day(anchor + dt.timedelta(days=1))
        return day(anchor)
    if kind == "ago":
        n = _NUMBERS.get(m.group("num").lower()) or int(m.group("num"))
        if m.group("unit").lower().startswith("day"):
            return day(anchor - dt.timedelta(days=n))
        return span(*_week_of(anchor - dt.timedelta(weeks=n)), "week")
    if kind == "weekend":
        rel = m.group("rel").lower()
        wd = anchor.weekday()
        if rel == "next" or (future and rel != "last"):
            saturday = anchor + dt.timedelta(
                days=((5 - wd) % 7 or 7) if rel == "next" or wd < 5 else -(wd - 5)
            )
        elif rel == "last" and wd >= 5:
            saturday = anchor - dt.timedelta(days=wd - 5 + 7)
        else:
            saturday = anchor - dt.timedelta(days=(wd - 5) % 7)
        return span(saturday, saturday + dt.timedelta(days=1), "weekend")
    if kind == "week":
        rel = m.group("rel").lower()
        monday, sunday = _week_of(anchor)
        if rel in ("last", "past"):
            return span(monday - dt.timedelta(days=7), sunday - dt.timedelta(days=7), "week")
        if rel == "next":
            return span(monday + dt.timedelta(days=7), sunday + dt.timedelta(days=7), "week")
        if rel == "later this" or future:
            return span(anchor, sunday, "week")
        return span(monday, anchor, "week")
    if kind == "month":
        rel = m.group("rel").lower()
        if rel in ("last", "past"):
            return span(*_month_range(*_shift_month(anchor, -1)), "month")
        if rel == "next":
            return span(*_month_range(*_shift_month(anchor, 1)), "month")
        first, last = _month_range(anchor.year, anchor.month)
        if rel == "later this" or future:
            return span(anchor, last, "month")
        return span(first, anchor, "month")
    if kind == "in_month":
        month = _MONTHS[_month_key(m)]
        rel = m.group("rel").lower()
        which = (m.group("ly") or "").lower()
        if "last year" in which:
            year = anchor.year - 1
        elif "next year" in which:
            year = anchor.year + 1
        elif "this year" in which:
            year = anchor.year
        elif rel == "last":  # "last March": the latest one before this month
            year = anchor.year if month < anchor.month else anchor.year - 1
        elif rel == "next" or future:
            year = anchor.year if month >= anchor.month else anchor.year + 1
        else:
            year = anchor.year if month <= anchor.month else anchor.year - 1
        first, last = _month_range(year, month)
        if first <= anchor <= last:
            first, last = (anchor, last) if future else (first, anchor)
        return span(first, last, "month")
    return None
