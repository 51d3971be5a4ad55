"""Find query hits in a text and cut highlighted snippets around them.

whoosh's highlighter re-runs the full stemming analyzer over every result and is the slowest
part of a search; this walks the words once with a per-query stem cache and also yields the
hit count and the hit offsets the article pane needs.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field

WORD = re.compile(r"\w+(?:\.?\w+)*")
MARK_START, MARK_END = "«", "»"


@dataclass(frozen=True, slots=True)
class Matcher:
    """What a query looks for in text: stemmed terms, and prefixes matched against the word."""

    terms: frozenset[str]
    prefixes: tuple[str, ...]
    stem: Callable[[str], str]
    # Word -> matches?, shared by every hit of one query (stemming is the costly part).
    seen: dict[str, bool] = field(default_factory=dict, compare=False, hash=False)
    # Only words that begin like a term can match, so the scan skips the rest at C speed.
    candidates: re.Pattern[str] = field(init=False, compare=False, hash=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "candidates", _candidates(self.terms, self.prefixes))

    def __bool__(self) -> bool:
        return bool(self.terms or self.prefixes)


def _candidates(terms: Collection[str], prefixes: Collection[str]) -> re.Pattern[str]:
    """A pattern for the words of `WORD` that may stem to a term or start with a prefix.

    Porter stemming rewrites suffixes only and keeps the first two letters of a word, except a
    "y" that becomes "i" ("eyed" -> "ei"), so a word can stem to a term only if it starts with
    the term's first two letters (or "y" for that "i"). The lookbehinds start a word exactly
    where `WORD.finditer` would.
    """
    heads = {t[:2] for t in (*terms, *prefixes) if t}
    heads |= {h[0] + "y" for h in heads if h[1:] == "i"}
    heads = sorted(heads, key=lambda h: (-len(h), h))
    if not heads:
        return re.compile(r"(?!)")
    alternatives = "|".join(re.escape(h) for h in heads)
    return re.compile(rf"(?<!\w)(?<!\w\.)(?=(?i:{alternatives}))" + WORD.pattern)


def find_hits(text: str, matcher: Matcher) -> list[tuple[int, int]]:
    """Character spans of the words in `text` that the query matches."""
    if not matcher:
        return []
    cache = matcher.seen
    spans: list[tuple[int, int]] = []
    for m in matcher.candidates.finditer(text):
        word = m.group().lower()
        ok = cache.get(word)
        if ok is None:
            ok = (
                matcher.stem(word) in matcher.terms
                or word in matcher.terms
                or word.startswith(matcher.prefixes or ("\0",))
            )
            cache[word] = ok
        if ok:
            spans.append(m.span())
    return spans


def snippet(text: str, hits: Collection[tuple[int, int]], *, width: int = 220, fragments: int = 2) -> str:
    """Up to `fragments` windows of about `width` characters around the densest hits, hits «marked»."""
    if not hits:
        return lead(text, width)
    spans = sorted(hits)
    lead_in = width // 4
    starts = [x for x, _ in spans]
    ends = [y for _, y in spans]
    # Hits that do not overlap (as find_hits returns them) are counted by bisection: counting every
    # hit for every window took minutes for a megabyte holding the query word 180,000 times.
    disjoint = all(ends[i] <= starts[i + 1] for i in range(len(spans) - 1))
    # Score each window starting a little before a hit by how many hits it holds.
    windows: list[tuple[int, int, int]] = []
    for s, _ in spans:
        a = max(0, s - lead_in)
        b = min(len(text), a + width)
        if disjoint:
            count = max(0, bisect.bisect_right(ends, b) - bisect.bisect_left(starts, a))
        else:
            count = sum(1 for x, y in spans if x >= a and y <= b)
        windows.append((count, a, b))
    chosen: list[tuple[int, int]] = []
    for _, a, b in sorted(windows, key=lambda w: (-w[0], w[1])):
        if all(b <= x or a >= y for x, y in chosen):
            chosen.append((a, b))
        if len(chosen) == fragments:
            break
    parts = [_mark(text, a, b, spans) for a, b in sorted(chosen)]
    return " … ".join(parts)


def _mark(text: str, a: int, b: int, spans: list[tuple[int, int]]) -> str:
    # Widen to word boundaries so a fragment never starts or ends inside a word.
    while a > 0 and text[a - 1].isalnum():
        a -= 1
    while b < len(text) and text[b].isalnum():
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
    flat = " ".join(text.split())
    return flat if len(flat) <= size else flat[:size].rsplit(" ", 1)[0] + " …"
