"""Find what a query matched in a text, and cut highlighted snippets around it.

whoosh's highlighter re-runs the full stemming analyzer over every result and marks each word of a
phrase wherever it occurs. This walks the text once, in the index's own terms: a word matches when
its Porter stem is a query term (or passes a prefix, wildcard, fuzzy or range test), and a phrase
matches, as one span, only where its words follow each other as the indexer counted positions (stop
words and one-letter words skipped). Candidate words are found by one regex at C speed; only they
are stemmed, once per distinct word. Pure functions of text: no index, no whoosh.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

WORD = re.compile(r"\w+(?:\.?\w+)*")  # the indexer's word pattern (whoosh's default tokenizer)
MARK_START, MARK_END = "«", "»"
# The start of a word exactly where `WORD.finditer` starts one.
_WORD_START = r"(?<!\w)(?<!\w\.)"

WordTest = Callable[[str], bool]


@dataclass(frozen=True, slots=True)
class Matcher:
    """What a query looks for in one field's text, in the index's words (lower-case Porter stems).

    `terms` are stems; `tests` test a stem for prefixes, wildcards, fuzzy terms and ranges, and
    `heads` are the literal starts of the stems they can pass ("" when any stem may); `phrases`
    are tuples of stems. `stop` holds the words the indexer skips (they break no phrase).
    """

    stem: Callable[[str], str]
    terms: frozenset[str] = frozenset()
    tests: tuple[WordTest, ...] = ()
    heads: tuple[str, ...] = ()
    phrases: tuple[tuple[str, ...], ...] = ()
    stop: frozenset[str] = frozenset()
    # Word -> its stem and word -> matches?, shared by every text of one query.
    stems: dict[str, str] = field(default_factory=dict, compare=False, hash=False, repr=False)
    seen: dict[str, bool] = field(default_factory=dict, compare=False, hash=False, repr=False)
    candidates: re.Pattern[str] = field(init=False, compare=False, hash=False, repr=False)
    phrase_heads: tuple[re.Pattern[str], ...] = field(init=False, compare=False, hash=False, repr=False)

    def __post_init__(self) -> None:
        heads = [*self.terms, *self.heads]
        object.__setattr__(self, "candidates", _candidates(heads) if heads else _NOTHING)
        object.__setattr__(self, "phrase_heads", tuple(_candidates([p[0]]) for p in self.phrases))

    def __bool__(self) -> bool:
        return bool(self.terms or self.tests or self.phrases)

    def stem_of(self, word: str) -> str:
        """The stem of a lower-case word (cached)."""
        found = self.stems.get(word)
        if found is None:
            found = self.stems[word] = self.stem(word)
        return found

    def matches(self, word: str) -> bool:
        """True when the lower-case word is one the query's words or tests stand for."""
        ok = self.seen.get(word)
        if ok is None:
            stemmed = self.stem_of(word)
            ok = stemmed in self.terms or word in self.terms or any(test(stemmed) for test in self.tests)
            self.seen[word] = ok
        return ok


_NOTHING = re.compile(r"(?!)")


def _candidates(heads: Collection[str]) -> re.Pattern[str]:
    """A pattern for the words of `WORD` that may stem to something starting with one of `heads`.

    Porter stemming rewrites suffixes only and keeps the first two letters of a word, except a
    "y" that becomes "i" ("eyed" -> "ei"), so a word can stem to a term only if it starts with
    the term's first two letters (or "y" for that "i"). An empty head lets every word through.
    """
    starts = {h[:2] for h in heads}
    if "" in starts:
        return re.compile(_WORD_START + WORD.pattern)
    starts |= {h[0] + "y" for h in starts if h[1:] == "i"}
    ordered = sorted(starts, key=lambda h: (-len(h), h))
    alternatives = "|".join(re.escape(h) for h in ordered)
    return re.compile(rf"{_WORD_START}(?=(?i:{alternatives})){WORD.pattern}")


def scan(text: str, matcher: Matcher, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """Spans of what the query matches in `text[start:end]`, in order, overlapping ones joined.

    Lazy: a caller that stops early (a cap on hits) pays only for the text it read. A word that
    straddles `start` or `end` is not read.
    """
    if not matcher:
        return iter(())
    stop = len(text) if end is None else min(end, len(text))
    streams = [_word_spans(text, matcher, start, stop)]
    streams.extend(_phrase_spans(text, matcher, n, start, stop) for n in range(len(matcher.phrases)))
    return join_spans(heapq.merge(*streams) if len(streams) > 1 else streams[0])


def find_hits(
    text: str, matcher: Matcher, start: int = 0, end: int | None = None, limit: int | None = None
) -> list[tuple[int, int]]:
    """The first `limit` (all when None) spans of `scan`."""
    return list(islice(scan(text, matcher, start, end), limit))


def _word_spans(text: str, matcher: Matcher, start: int, end: int) -> Iterator[tuple[int, int]]:
    if not (matcher.terms or matcher.tests):
        return
    for m in matcher.candidates.finditer(text, start, end):
        if matcher.matches(m.group().lower()):
            yield m.span()


def _phrase_spans(text: str, matcher: Matcher, n: int, start: int, end: int) -> Iterator[tuple[int, int]]:
    phrase = matcher.phrases[n]
    stop = matcher.stop
    for m in matcher.phrase_heads[n].finditer(text, start, end):
        word = m.group().lower()
        if len(word) < 2 or word in stop or matcher.stem_of(word) != phrase[0]:
            continue
        found, last = 1, m.end()
        for token in WORD.finditer(text, m.end(), end):
            if found == len(phrase):
                break
            word = token.group().lower()
            if len(word) < 2 or word in stop:
                continue  # the indexer gave it no position: the phrase runs on across it
            if matcher.stem_of(word) != phrase[found]:
                break
            found, last = found + 1, token.end()
        if found == len(phrase):
            yield m.start(), last


def join_spans(spans: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Sorted spans with overlapping ones joined into one."""
    current: tuple[int, int] | None = None
    for s, e in spans:
        if current is not None and s < current[1]:
            current = (current[0], max(current[1], e))
            continue
        if current is not None:
            yield current
        current = (s, e)
    if current is not None:
        yield current


# ---- snippets ------------------------------------------------------------------------------------

# Hits a snippet considers: the densest windows among the first this many are enough.
SNIPPET_HITS = 1000


def snippet(text: str, hits: Collection[tuple[int, int]], *, width: int = 220, fragments: int = 2) -> str:
    """Up to `fragments` windows of about `width` characters around the densest hits, hits «marked»."""
    if not hits:
        return lead(text, width)
    spans = sorted(hits)[:SNIPPET_HITS]
    lead_in = width // 4
    # Score each window starting a little before a hit by how many hits it holds. The spans do
    # not overlap, so starts and ends both ascend: two pointers find each window's hits.
    windows: list[tuple[int, int, int]] = []
    lo = hi = 0
    for first, (s, _) in enumerate(spans):
        a = max(0, s - lead_in)
        b = min(len(text), a + width)
        while spans[lo][0] < a:
            lo += 1
        hi = max(hi, first)
        while hi < len(spans) and spans[hi][1] <= b:
            hi += 1
        windows.append((hi - lo, a, b))
    chosen: list[tuple[int, int]] = []
    for _, a, b in sorted(windows, key=lambda w: (-w[0], w[1])):
        if all(b <= x or a >= y for x, y in chosen):
            chosen.append((a, b))
        if len(chosen) == fragments:
            break
    parts = [_mark(text, a, b, spans) for a, b in sorted(chosen)]
    return " … ".join(parts)


def _mark(text: str, a: int, b: int, spans: list[tuple[int, int]]) -> str:
    # Widen to word boundaries so a fragment never starts or ends inside a word (a word of a
    # hostile one-word text is not followed further than a window's width).
    floor, ceiling = max(0, a - (b - a)), min(len(text), b + (b - a))
    while a > floor and text[a - 1].isalnum():
        a -= 1
    while b < ceiling and text[b].isalnum():
        b += 1
    out: list[str] = []
    pos = a
    for s, e in spans:
        if s < a or e > b:
            continue
        out.append(text[pos:s])
        out.append(f"{MARK_START}{text[s:e]}{MARK_END}")
        pos = e
    out.append(text[pos:b])
    return " ".join("".join(out).split())


def lead(text: str, size: int = 200) -> str:
    """The start of a text on one line, cut at a word boundary."""
    flat = " ".join(text[: size * 4].split())
    return flat if len(flat) <= size else flat[:size].rsplit(" ", 1)[0] + " …"
