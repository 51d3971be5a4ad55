"""Article layout for quote extraction: paragraphs, paired quotation marks, and sentences.

Every span is a pair of character offsets into the article text. Quotation marks are paired per
paragraph (straight, curly, guillemets, and the NYT's two apostrophes); a quotation left open at the end
of a paragraph runs on when the next paragraph reopens it. Sentences are never cut inside a quotation.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Final

from newsdesk.index.language.cues import CUE_RE
from newsdesk.index.model import StatementKind

_OPEN: Final = "“«„"
_MATCH_START: Final = re.Match.start
# Spelled as literal alternatives (not `''|[...]`) so the regex engine skips to the next mark in C.
DOUBLE_MARK = re.compile(r"''|\"|“|”|«|»|„")
_DOUBLE_MARKS: Final = ("''", '"', "“", "”", "«", "»", "„")  # DOUBLE_MARK's alternatives
_DOUBLE_MARKS_ASCII: Final = ("''", '"')
# A line's first to last non-space character: what `line.strip()` keeps of each line of `text.split("\n")`
# (`\s` is `str.isspace()`), found in C without copying every line.
_PARAGRAPH = re.compile(r"\S(?:[^\n]*\S)?")
ABBREVIATIONS: Final[frozenset[str]] = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "dr",
        "sen",
        "rep",
        "gov",
        "gen",
        "lt",
        "col",
        "st",
        "jr",
        "sr",
        "no",
        "inc",
        "corp",
        "co",
        "vs",
        "jan",
        "feb",
        "mar",
        "apr",
        "aug",
        "sept",
        "sep",
        "oct",
        "nov",
        "dec",
        "prof",
        "rev",
        "sgt",
        "capt",
        "maj",
        "adm",
        "atty",
        "ft",
        "mt",
        "reps",
        "sens",
        "gens",
        "messrs",
        "ave",
        "blvd",
        "dept",
        "est",
        "fig",
        "approx",
        "u.s",
        "u.n",
        "u.k",
        "e.u",
        "d.c",
        "a.m",
        "p.m",
        "r",
        "d",
        "i",
    }
)
# `[.!?][.!?]*`, not `[.!?]+`: a pattern that opens with a character class lets the engine skip in C to
# the next candidate (a repeat at the start hides it); same matches, about twice as fast.
# The lookahead keeps the spaces after the end as group 1: where the next sentence starts.
_SENT_END = re.compile(r"[.!?][.!?]*['\"”’»“)]*(?=(\s+)|“)")
_SENT_END_DOT = re.compile(r"\.[.!?]*['\"”’»“)]*(?=(\s+)|“)")  # the same where no "!" or "?" can occur
_CLOCK_NEXT = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|"
    r"[A-Z]{1,2}[SD]?T\b|GMT|UTC|local|Eastern|Central|Pacific|Mountain|ET\b|PT\b|CT\b)"
)
_WORD_BEFORE = re.compile(r"([\w.]+)\.$")
_ATTRIBUTION_AHEAD = re.compile(r"(?:[A-Z][\w.'’-]*\s+){1,4}(?=" + CUE_RE.pattern + ")")
INITIALS = re.compile(r"(?:\w\.)+\w")
CAPS_INITIALS_END = re.compile(r"\b(?:[A-Z]\.)+$")
_LAST_WORD = re.compile(r"([\w.]+)$")


@dataclass(slots=True)
class Quotation:
    """A span between double quotation marks (marks included); `used` once a statement claims it."""

    start: int
    end: int
    para: int
    used: bool = False


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Each non-empty line as (start, end), surrounding spaces left out."""
    return [m.span() for m in _PARAGRAPH.finditer(text)]


def _marks(text: str, start: int, end: int, starts: Iterable[int]) -> Iterator[tuple[int, int, str]]:
    """The double quotation marks starting at `starts` (what `_find_marks` gives) in the paragraph
    [start, end) as (start, end, role), role open/close/either, one at a time: a paragraph of a million
    marks is paired without holding them all."""
    for ms in starts:
        me = ms + 2 if text[ms] == "'" else ms + 1  # "''" is the one mark of two characters
        before = text[ms - 1] if ms > start else " "
        after = text[me] if me < end else " "
        if me - ms == 2 or text[ms] == '"':  # (the straight marks, most of them, tested first)
            if me - ms == 2 and before.isalnum() and after.isalnum():
                continue  # two apostrophes inside a word are not a mark
            yield ms, me, _straight_role(before, after, ms == start, me == end)
        else:
            yield ms, me, _curly_role(text[ms], before, after)


def _straight_role(before: str, after: str, at_start: bool, at_end: bool) -> str:
    """Which way a straight mark faces, judged by the characters around it (a space at the paragraph's edges)."""
    if before.isspace() or before in "([{—–-/" or at_start:
        return "open" if not after.isspace() else "either"
    if after.isspace() or after in ".,;:!?)]—–-" or at_end:
        return "close"
    return "either"


def _curly_role(ch: str, before: str, after: str) -> str:
    """Which way a curly mark or guillemet faces: the way it is drawn, except when typed backwards
    ("snoring.“ Then"): glued to the word before and free after, a mark closes; free before and glued
    after, it opens."""
    role = "open" if ch in _OPEN else "close"
    if role == "open" and not before.isspace() and before not in "([{—–-/\"'‘“" and after.isspace():
        return "close"
    if role == "close" and before.isspace() and not after.isspace() and after not in ".,;:!?)":
        return "open"
    return role


@functools.lru_cache(maxsize=128)
def _marks_pattern(alternatives: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(a) for a in alternatives))


def _find_marks(text: str, start: int, end: int) -> array[int]:
    """The starts of the marks `DOUBLE_MARK.finditer(text, start, end)` finds; each ends one character
    later, two for `''`. Eight bytes a mark: as span tuples, a 5 MB article of quotation marks took a GB.

    Scanning for all seven marks tests a set of wide characters at every character (the costliest part
    of pairing); a pattern of only the marks the text holds finds the same spans far faster: just `"`
    in most copy, a plain search for one character. `in` on the whole text looks for each in C."""
    alternatives = tuple(a for a in (_DOUBLE_MARKS_ASCII if text.isascii() else _DOUBLE_MARKS) if a in text)
    if not alternatives:
        return array("q")
    return array("q", map(_MATCH_START, _marks_pattern(alternatives).finditer(text, start, end)))


def _scan_marks(text: str, start: int, end: int) -> array[int]:
    """The starts of the marks `DOUBLE_MARK.finditer(text, start, end)` finds, with the full pattern."""
    return array("q", map(_MATCH_START, DOUBLE_MARK.finditer(text, start, end)))


def starting_within(items: Sequence[tuple[Any, ...]], k: int, start: int, end: int) -> tuple[int, int]:
    """(i, j): `items[i:j]` are those of the items (sorted by their first value) that start in [start, end),
    looked for from index `k` on (a scan of paragraphs in order goes on where the last one stopped)."""
    while k < len(items) and items[k][0] < start:
        k += 1
    j = k
    while j < len(items) and items[j][0] < end:
        j += 1
    return k, j


def _marks_by_paragraph(text: str, paras: list[tuple[int, int]], found: array[int]) -> list[array[int]]:
    """The starts of each paragraph's marks, as `DOUBLE_MARK.finditer(text, ps, pe)` finds them, taken
    from `found`: the marks of one scan from the first paragraph's start to the last one's end.

    Paragraphs in order with only white space between them (what `split_paragraphs` gives) hold every
    mark of the scan, and no mark straddles their edges; a paragraph where that does not hold (out of
    order, or a mark over its edge) is scanned on its own."""
    out: list[array[int]] = []
    k = 0
    low, high = paras[0][0], paras[-1][1]  # what the one scan covered
    for ps, pe in paras:
        if ps < low or pe > high:
            out.append(_scan_marks(text, ps, pe))
            continue
        # `found` is sorted: bisection from where the last paragraph stopped, not a walk over its marks.
        k = bisect.bisect_left(found, ps, k)
        j = bisect.bisect_left(found, pe, k)
        if (k and _mark_end(text, found[k - 1]) > ps) or (j > k and _mark_end(text, found[j - 1]) > pe):
            out.append(_scan_marks(text, ps, pe))
        else:
            out.append(found[k:j])
        k = j
        low = pe if pe > ps else ps  # (an empty or reversed paragraph: its start is where the scan got to)
    return out


def _mark_end(text: str, ms: int) -> int:
    """Where the mark starting at `ms` ends: `''` is the one mark of two characters."""
    return ms + 2 if text[ms] == "'" else ms + 1


def pair_quotations(text: str, paras: list[tuple[int, int]]) -> list[Quotation]:
    """Pair quotation marks paragraph by paragraph; an unclosed quote runs on into a paragraph that reopens."""
    if not paras:
        return []
    # One scan for the marks of all paragraphs instead of one per paragraph (and one to see if any).
    found = _find_marks(text, paras[0][0], paras[-1][1])
    if not found:
        return []  # no mark anywhere (most wire copy): nothing to pair
    out: list[Quotation] = []
    carry: int | None = None
    carry_para = 0
    for n, ((ps, pe), starts) in enumerate(zip(paras, _marks_by_paragraph(text, paras, found), strict=True)):
        if not starts and carry is None:
            continue  # no mark and no quotation running on: nothing happens in this paragraph
        marks = _marks(text, ps, pe, starts)
        first = next(marks, None)
        if carry is not None and not (first is not None and first[0] == ps and first[2] != "close"):
            out.append(Quotation(carry, paras[n - 1][1], carry_para))
            carry = None
        here = len(out)  # this paragraph's quotations go to out[here:]
        open_at = _pair_marks(text, itertools.chain((first,), marks) if first else (), n, ps, out)
        if open_at is not None:
            if carry is not None and open_at == ps:
                continue  # the quote runs on: the paragraph reopened it and does not close it either
            if carry is None:
                carry, carry_para = open_at, n
        elif carry is not None and first is not None:
            # The running quote closed in this paragraph: it is one quote from the first opening mark.
            if len(out) > here and out[here].start == ps:
                out.append(Quotation(carry, out.pop(here).end, carry_para))
            carry = None
    if carry is not None:
        out.append(Quotation(carry, paras[-1][1], carry_para))
    out.sort(key=lambda q: q.start)
    return [q for q in out if q.end - q.start >= 3]


def _pair_marks(
    text: str, marks: Iterable[tuple[int, int, str]], n: int, ps: int, out: list[Quotation]
) -> int | None:
    """Pair the marks of paragraph `n` (starting at `ps`) into `out`; the mark left open, if any.

    A quotation under three characters is left out (`pair_quotations` would drop it at the end),
    unless it opens the paragraph, where a quotation running on may close: a paragraph of a million
    `"` pairs to no quotation, not to half a million."""
    open_at: int | None = None
    for s, e, role in marks:
        if open_at is None:
            if role != "close":
                open_at = s
        elif role != "open" or (text[open_at] == '"' and text[s] == '"'):
            if e - open_at >= 3 or open_at == ps:
                out.append(Quotation(open_at, e, n))
            open_at = None
        else:
            open_at = s  # a second opening mark: the first one was stray
    return open_at


# Above this many quotations in a paragraph, look them up by position instead of testing each one.
MANY_QUOTATIONS: Final = 16


class Spans:
    """Quotations (or (start, end) pairs) sorted by start, with the running maximum of their ends.

    A paragraph holding thousands of quotations (a transcript on one line) made every sentence test
    every quotation; these lookups bisect instead and answer the same.
    """

    def __init__(self, items: Sequence[Any], span: Any = None) -> None:
        span = span or (lambda item: (item.start, item.end))
        pairs = sorted(((*span(item), n) for n, item in enumerate(items)))
        self.items = [items[n] for _, _, n in pairs]
        self.starts = [s for s, _, _ in pairs]
        self.ends = [e for _, e, _ in pairs]
        self.reach = list(itertools.accumulate(self.ends, max))

    def covers(self, pos: int) -> bool:
        """True when some span has start < pos < end."""
        i = bisect.bisect_left(self.starts, pos) - 1
        return i >= 0 and self.reach[i] > pos

    def overlapping(self, lo: int, hi: int) -> list[Any]:
        """The items with start < hi and end > lo, in start order."""
        i = bisect.bisect_left(self.starts, hi) - 1
        found = []
        while i >= 0 and self.reach[i] > lo:
            if self.ends[i] > lo:
                found.append(self.items[i])
            i -= 1
        found.reverse()
        return found


def split_sentences(text: str, start: int, end: int, quotes: list[Quotation]) -> list[tuple[int, int]]:
    """Sentences of one paragraph; never cut inside a quotation."""
    inside = [(q.start, q.end) for q in quotes if q.start < end and q.end > start] if quotes else None
    many = Spans(inside, lambda pair: pair) if inside and len(inside) > MANY_QUOTATIONS else None
    out = []
    s = start
    # Most paragraphs have no "!" or "?": there a pattern opening with the literal "." finds the same
    # sentence ends, and the engine skips to each "." in a tight loop instead of testing a character set.
    ends = _SENT_END if text.find("!", start, end) >= 0 or text.find("?", start, end) >= 0 else _SENT_END_DOT
    for m in ends.finditer(text, start, end):
        dot, cut = m.span()  # (`dot`: where the end starts; a period unless "!" or "?")
        if many.covers(cut) if many is not None else inside and _held(inside, cut):
            continue
        space, nxt = m.span(1)
        if space < 0:
            nxt = cut  # “ right after the end, no space
        if nxt >= end:
            break
        ch = text[nxt]
        if not (ch.isupper() or ch.isdigit() or ch in "\"“‘'«("):
            continue
        if text[dot] == ".":
            if _abbreviation_at(text, start, dot, nxt):
                continue  # "Rep.", "J." (but "Brenner's." ends a sentence)
        elif text[cut - 1] in "\"”'’»" and _ATTRIBUTION_AHEAD.match(text, nxt, end):
            continue  # “Did you know?” Todd asked: the attribution belongs with its quotation
        out.append((s, cut))
        s = nxt
    out.append((s, end))
    return out


def _held(inside: list[tuple[int, int]], cut: int) -> bool:
    """True when `cut` falls inside one of the quotations `inside`."""
    # A plain loop: cheaper than `any()` over a generator for the one or two quotations here.
    for qs, qe in inside:  # noqa: SIM110
        if qs < cut < qe:
            return True
    return False


def _abbreviation_at(text: str, start: int, dot: int, nxt: int) -> bool:
    """True when the period at `dot` closes an abbreviation or an initial, not the sentence (the
    paragraph starts at `start`; the next sentence would start at `nxt`)."""
    # The word right before the period: when the text since the last space is all letters and
    # digits it is that text (what `_WORD_BEFORE` finds), found without a regex search of the window.
    lo = dot - 20 if dot - 20 > start else start
    ws = text.rfind(" ", lo, dot) + 1 or lo
    word = text[ws:dot]
    if word.isalnum():
        # No "." in it: not a clock time ("a.m", "p.m") nor initials ("J.J"), so only these tests.
        word = word.lower()
        return word in ABBREVIATIONS or (
            len(word) == 1 and word.isalpha() and not (ws and text[ws - 1] in "'’")
        )
    w = _WORD_BEFORE.search(text, lo, dot + 1)
    word = w.group(1).lower() if w else ""
    initial = len(word) == 1 and word.isalpha() and not (w and w.start() and text[w.start() - 1] in "'’")
    if word in ("a.m", "p.m") and not _CLOCK_NEXT.match(text, nxt):
        return (
            False  # "the polls close at 7 p.m. He says": a clock time ends the sentence unless a day follows
        )
    return word in ABBREVIATIONS or initial or ("." in word and bool(INITIALS.fullmatch(word)))


def statement_kind(
    text: str, spans: list[tuple[int, int]], quotes: list[Quotation], starts: list[int]
) -> StatementKind:
    """direct when nearly all of the content sits inside quotation marks, mixed when some does."""
    if not quotes:
        return "indirect"
    inside = 0
    whole = 0  # letters of the spans a quotation holds whole: counted once, for `inside` and the total
    rest: list[tuple[int, int]] = []  # the other spans, counted only if something is quoted
    nq = len(quotes)
    for s, e in spans:
        held = False
        # Only quotations that can overlap [s, e): found by bisection on their sorted starts.
        n = bisect.bisect_right(starts, s) - 1
        if n < 0:
            n = 0
        while n < nq and quotes[n].start < e:
            q = quotes[n]
            lo = s if s > q.start else q.start
            hi = e if e < q.end else q.end
            if lo < hi:
                # Characters but white space. Every white-space character except the ASCII space is
                # unprintable, so in a printable piece the spaces are all of it (a count, not a split).
                part = text[lo:hi]
                count = len(part) - part.count(" ") if part.isprintable() else len("".join(part.split()))
                inside += count
                if lo == s and hi == e and not held:
                    whole += count
                    held = True
            n += 1
        if not held:
            rest.append((s, e))
    if not inside:
        return "indirect"  # whatever the total (most statements): no need to count it
    total = whole
    for s, e in rest:
        part = text[s:e]
        total += len(part) - part.count(" ") if part.isprintable() else len("".join(part.split()))
    if not total:
        return "indirect"
    return "direct" if inside >= 0.95 * total else "mixed"


def quotation_at(pos: int, quotes: list[Quotation]) -> Quotation | None:
    """The quotation (sorted by start) that holds offset `pos`, if any."""
    for q in quotes:
        if q.start <= pos < q.end:
            return q
        if q.start > pos:
            break
    return None


def abbreviation_before(seg: str, dot: int) -> bool:
    """True when the period at `dot` ends an abbreviation or an initial ("Rep.", "J.J.", "U.S.")."""
    w = _LAST_WORD.search(seg, max(0, dot - 30), dot)
    word = w.group(1).lower() if w else ""
    if len(word) == 1 and w is not None and w.start() > 0 and seg[w.start() - 1] in "'’":
        return False  # "quote General Brenner's.": a possessive ends the sentence, not an initial
    return word in ABBREVIATIONS or len(word) == 1 or bool(INITIALS.fullmatch(word))


def is_title(text: str, q: Quotation) -> bool:
    """A quotation whose longer words are all capitalised is a title ("Doomed to Succeed", "The Muppets")."""
    words = [w for w in _TITLE_WORD.findall(text, q.start, q.end) if len(w) > 3]
    return bool(words) and len(words) <= 6 and all(w[0].isupper() for w in words)


_TITLE_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def sentence_start(sentences: list[tuple[int, int]], pos: int) -> int:
    """Start of the sentence holding `pos` (or `pos` itself when none does)."""
    return next((s for s, e in sentences if s <= pos < e), pos)


def starts_sentence(text: str, pos: int, para_start: int) -> bool:
    """True when only spaces separate `pos` from a sentence end or the paragraph start."""
    j = pos - 1
    while j >= para_start and text[j].isspace():
        j -= 1
    return j < para_start or text[j] in ".!?:;”\"'’"
