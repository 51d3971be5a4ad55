"""Top-k BM25F ranking for the common query shapes, a block of postings at a time.

whoosh's collector walks a tree of matcher objects and pays several Python calls per posting
(is_active, id, next, score, a column read for the field length): 35-110 ms for a frequent word,
a phrase or an AND NOT on the 20k desk. Here each term's postings are read a block at a time and
scored in one comprehension against a per-segment table of field-length bytes, then combined
with dict operations; scored postings, phrase matches and expansions are cached per searcher.

Scores are whoosh's own: BM25F with the same idf, average length, B and K1, and whoosh's quirks
(a NOT inside an AND adds its constant 1.0, a phrase scores as the AND of its words, a multi-word
expansion in a small segment scores 1.0). The ranking is whoosh's exhaustive one, best score
first and ties by docnum; whoosh's top-N collector can differ from it, wrongly (see
tests/test_ranking.py). Anything this module does not handle makes `Ranker.top` return None and
the caller runs whoosh's collector instead.

Only `index/store.py` imports this module (the two are the only ones that know whoosh).
"""

from __future__ import annotations

import sys
import time
from array import array
from collections import OrderedDict
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from whoosh import query, scoring
from whoosh.matching.wrappers import FilterMatcher
from whoosh.util.numeric import byte_to_length

# whoosh's Or chooses an array matcher for segments of at most this many documents (Or._matcher).
ARRAY_OR_MAX_DOCS = 5000

# Scored postings kept per searcher (about 100 bytes each): search-as-you-type asks for the same
# words on every keystroke ("oil p", "oil pr", ...), and a frequent word costs ~20 ms to decode.
CACHE_POSTINGS = 300_000

# From this many expanded words in one segment whoosh switches to a different Or matcher;
# so large an expansion is rare (anchored fuzzy, 3+ letter prefixes), and whoosh handles it.
MAX_EXPANSION = 1024

Scores = dict[int, float]


class _Unsupported(Exception):
    """A query node the fast path does not evaluate; whoosh's collector takes over."""


class _OutOfTime(Exception):
    """The time limit passed; what was ranked so far is kept (as TimeLimitCollector does)."""


@dataclass
class _Segment:
    """One leaf reader of the searcher, with what ranking needs from it cached."""

    number: int  # position in the searcher: offsets repeat when a segment has no documents
    reader: Any
    offset: int
    deleted: frozenset[int]
    lengths: dict[str, bytes] = field(default_factory=dict)
    expansions: dict[tuple[Any, ...], list[bytes]] = field(default_factory=dict)


class Ranker:
    """Fast ranking over one searcher; build a new one when the searcher changes (caches die with it)."""

    def __init__(self, searcher: Any) -> None:
        self.searcher = searcher
        self._schema = searcher.schema
        weighting = searcher.weighting
        # Only plain BM25F is reproduced; a custom weighting goes through whoosh.
        self._bm25 = weighting if type(weighting) is scoring.BM25F else None
        self._segments = [
            _Segment(n, sub.reader(), offset, frozenset(sub.reader().deleted_docs_set))
            for n, (sub, offset) in enumerate(searcher.leaf_searchers())
        ]
        self._norms: dict[str, list[float]] = {}
        self._deadline = float("inf")
        self._cache: OrderedDict[tuple[Any, ...], Scores] = OrderedDict()
        self._cached_count = 0

    # ---- public ----------------------------------------------------------------------------

    def supports(self, q: query.Query) -> bool:
        """True when every node of the query is one this ranker evaluates."""
        if self._bm25 is None:
            return False
        try:
            _check(q, self._schema)
        except _Unsupported:
            return False
        return True

    def top(
        self,
        q: query.Query,
        limit: int,
        *,
        allow: Collection[int] | None = None,
        exclude: Collection[int] | None = None,
        time_limit: float | None = None,
    ) -> list[tuple[int, float]] | None:
        """The best `limit` (docnum, score) pairs, best first (ties: lower docnum first, as whoosh).

        `allow` keeps only those docnums, `exclude` drops those (whoosh's filter and mask). Returns
        None when the query has a node this ranker does not handle. With `time_limit`, segments
        not reached in time are skipped, like whoosh's TimeLimitCollector keeping what it found.
        """
        if not self.supports(q):
            return None
        self._deadline = time.perf_counter() + time_limit if time_limit is not None else float("inf")
        candidates: list[tuple[float, int]] = []
        try:
            for seg in self._segments:
                scores = self._eval(q, seg)
                offset = seg.offset
                # Filters hold global docnums; checking only the matched documents costs less
                # than splitting a 20k-100k set per segment on every query.
                if allow is not None:
                    scores = {d: s for d, s in scores.items() if offset + d in allow}
                if exclude is not None:
                    scores = {d: s for d, s in scores.items() if offset + d not in exclude}
                if len(scores) > limit:
                    # Only documents scoring at least the segment's limit-th best can make the top:
                    # a C-level sort finds that cut, so the per-document Python work is small.
                    cut = sorted(scores.values(), reverse=True)[limit - 1]
                    candidates.extend((s, offset + d) for d, s in scores.items() if s >= cut)
                else:
                    candidates.extend((s, offset + d) for d, s in scores.items())
        except _OutOfTime:
            pass
        except _Unsupported:
            return None  # an expansion too large for this path: whoosh handles it (with its time limit)
        candidates.sort(key=lambda pair: (-pair[0], pair[1]))
        return [(docnum, score) for score, docnum in candidates[:limit]]

    def expanded_words(self, q: query.MultiTerm) -> list[bytes] | None:
        """Every word a prefix/fuzzy/wildcard term stands for across segments (None: not one of those)."""
        if (
            not isinstance(q, (query.Prefix, query.FuzzyTerm, query.Wildcard))
            or q.field() not in self._schema
        ):
            return None
        words: dict[bytes, None] = {}
        for seg in self._segments:
            words.update(dict.fromkeys(self._expand(q, seg)))
        return list(words)

    # ---- evaluation ------------------------------------------------------------------------

    def _eval(self, q: query.Query, seg: _Segment) -> Scores:
        if time.perf_counter() > self._deadline:
            raise _OutOfTime
        if isinstance(q, query.Term):
            scores = self._term(q.fieldname, q.text, seg)
        elif isinstance(q, query.Phrase):
            # Cached like a term: reading positions is the costly part of a phrase.
            scores = self._cached(("phrase", seg.number, q.fieldname, *q.words), lambda: self._phrase(q, seg))
        elif isinstance(q, query.MultiTerm):
            return self._multiterm(q, seg)  # boost handled inside, as whoosh does
        elif isinstance(q, query.And):
            scores = self._and(list(q.children()), seg)
        elif isinstance(q, query.Or):
            scores = _union([self._eval(c, seg) for c in q.children()])
        elif isinstance(q, query.AndNot):
            scores = dict(self._eval(q.a, seg))  # a copy: term dicts are cached
            if scores:
                for d in self._eval(q.b, seg):
                    scores.pop(d, None)
        elif isinstance(q, query.AndMaybe):
            scores = dict(self._eval(q.a, seg))
            if scores:
                for d, s in self._eval(q.b, seg).items():
                    if d in scores:
                        scores[d] += s
        else:  # _check rejected everything else before evaluation started
            raise _Unsupported(type(q).__name__)
        boost = getattr(q, "boost", 1.0)
        if boost != 1.0:
            scores = {d: s * boost for d, s in scores.items()}
        return scores

    def _and(self, children: list[query.Query], seg: _Segment) -> Scores:
        positive = [c for c in children if not isinstance(c, query.Not)]
        negative = [c for c in children if isinstance(c, query.Not)]
        # Evaluate the rarest-looking part first so an empty one ends the work early.
        parts: list[Scores] = []
        for child in positive:
            part = self._eval(child, seg)
            if not part:
                return {}
            parts.append(part)
        scores = _intersection(parts)
        for neg in negative:
            if not scores:
                break
            for d in self._eval(neg.query, seg):
                scores.pop(d, None)
            # whoosh matches NOT with an inverse matcher whose constant score (1.0) is added.
            scores = {d: s + 1.0 for d, s in scores.items()}
        return scores

    def _term(self, fieldname: str, text: Any, seg: _Segment) -> Scores:
        """A term's scores in one segment; callers must not change the dict (it may be cached)."""
        btext = text if isinstance(text, bytes) else text.encode("utf-8")
        return self._cached(
            (seg.number, fieldname, btext), lambda: self._postings(fieldname, text, seg, positions=False)[0]
        )

    def _cached(self, key: tuple[Any, ...], compute: Callable[[], Scores]) -> Scores:
        """Scores from the per-searcher LRU cache, computed and kept on a miss."""
        cache = self._cache
        scores = cache.get(key)
        if scores is not None:
            cache.move_to_end(key)
            return scores
        scores = compute()
        if len(scores) <= CACHE_POSTINGS // 4:
            cache[key] = scores
            self._cached_count += len(scores)
            while self._cached_count > CACHE_POSTINGS:
                _, dropped = cache.popitem(last=False)
                self._cached_count -= len(dropped)
        return scores

    def _postings(
        self, fieldname: str, text: Any, seg: _Segment, *, positions: bool
    ) -> tuple[Scores, dict[int, Any]]:
        """Scores of one term's live postings in a segment (and raw values for positions)."""
        if fieldname not in self._schema:
            return {}, {}
        fieldobj = self._schema[fieldname]
        try:
            btext = fieldobj.to_bytes(text)
        except ValueError:
            return {}, {}
        reader = seg.reader
        if (fieldname, btext) not in reader:
            return {}, {}
        matcher = reader.postings(fieldname, btext)
        if isinstance(matcher, FilterMatcher):
            matcher = matcher.child  # deletions are dropped below, a block at a time
        deleted = seg.deleted
        scores: Scores = {}
        values: dict[int, Any] = {}
        top = self.searcher
        if fieldobj.scorable:
            bm25 = self._bm25
            assert bm25 is not None
            idf = top.idf(fieldname, btext)
            k1p1 = bm25.K1 + 1
            norms = self._norm_table(fieldname)
            lengths = self._lengths(fieldname, seg)
            for ids, weights, vals in _blocks(matcher, positions):
                # The BM25 formula exactly as whoosh.scoring.bm25 evaluates it, with the length
                # term K1 * ((1 - B) + B * fl / avgfl) looked up per length byte.
                block = [
                    idf * ((w * k1p1) / (w + norms[lengths[d]])) for d, w in zip(ids, weights, strict=False)
                ]
                scores.update(zip(ids, block, strict=False))
                if vals is not None:
                    values.update(zip(ids, vals, strict=False))
        else:  # whoosh scores an unscorable field (ID, plain KEYWORD) by the posting weight
            for ids, weights, vals in _blocks(matcher, positions):
                scores.update(zip(ids, weights, strict=False))
                if vals is not None:
                    values.update(zip(ids, vals, strict=False))
        if deleted:
            for d in deleted.intersection(scores):
                del scores[d]
        return scores, values

    def _phrase(self, q: query.Phrase, seg: _Segment) -> Scores:
        """Documents with the words at consecutive positions, scored as the AND of the words."""
        fieldname = q.fieldname
        if fieldname not in self._schema:
            return {}
        words = list(q.words)
        postings = []
        for word in words:
            scores, values = self._postings(fieldname, word, seg, positions=True)
            if not scores:
                return {}
            postings.append((scores, values))
        candidates = _intersection([p[0] for p in postings])
        if not candidates:
            return {}
        decode = self._schema[fieldname].format.decoder("positions")
        found: Scores = {}
        for d, score in candidates.items():
            starts = set(decode(postings[0][1][d]))
            for i in range(1, len(postings)):
                if not starts:
                    break
                at = {p - i for p in decode(postings[i][1][d])}
                starts &= at
            if starts:
                found[d] = score
        return found

    def _multiterm(self, q: query.MultiTerm, seg: _Segment) -> Scores:
        fieldname = q.field()
        words = self._expand(q, seg)
        if not words:
            return {}
        if len(words) >= MAX_EXPANSION:
            raise _Unsupported("expansion too large")
        parts = []
        for word in words:
            if time.perf_counter() > self._deadline:
                raise _OutOfTime
            parts.append(self._term(fieldname, word, seg))
        if len(words) == 1:
            return dict(parts[0])  # whoosh runs a one-word expansion as a plain term (no boost)
        if q.constantscore and len(words) != 2 and seg.reader.doc_count_all() <= ARRAY_OR_MAX_DOCS:
            # whoosh's Or picks its array matcher here (segment of <= 5000 documents, not exactly
            # two words), and with the constant-score context it scores every match 1.0.
            return dict.fromkeys(_union(parts), 1.0)
        scores = _union(parts)
        if q.boost != 1.0:
            scores = {d: s * q.boost for d, s in scores.items()}
        return scores

    def _expand(self, q: query.MultiTerm, seg: _Segment) -> list[bytes]:
        """The words a prefix/fuzzy/wildcard term stands for in one segment (cached per searcher)."""
        key = (
            type(q).__name__,
            q.field(),
            getattr(q, "text", None),
            getattr(q, "maxdist", None),
            getattr(q, "prefixlength", None),
        )
        words = seg.expansions.get(key)
        if words is None:
            fieldname = q.field()
            if isinstance(q, query.FuzzyTerm):
                words = list(
                    _fuzzy_words(
                        seg.reader, self._schema[fieldname], fieldname, q.text, q.maxdist, q.prefixlength
                    )
                )
            else:
                words = [w for w in q._btexts(seg.reader) if w]
            seg.expansions[key] = words
        return words

    # ---- per-segment and per-field tables --------------------------------------------------

    def _norm_table(self, fieldname: str) -> list[float]:
        """K1 * ((1 - B) + B * length / avgfl) for each of the 256 length bytes."""
        table = self._norms.get(fieldname)
        if table is None:
            bm25 = self._bm25
            assert bm25 is not None
            b = bm25._field_B.get(fieldname, bm25.B)
            k1 = bm25.K1
            avgfl = self.searcher.avg_field_length(fieldname) or 1
            table = [k1 * ((1 - b) + b * byte_to_length(n) / avgfl) for n in range(256)]
            self._norms[fieldname] = table
        return table

    def _lengths(self, fieldname: str, seg: _Segment) -> bytes:
        """The segment's field-length byte of every document, read in one call."""
        found = seg.lengths.get(fieldname)
        if found is None:
            found = _length_bytes(seg.reader, fieldname)
            seg.lengths[fieldname] = found
        return found


# ---- helpers -------------------------------------------------------------------------------


def _check(q: query.Query, schema: Any) -> None:
    """Raise _Unsupported for any node `Ranker._eval` does not evaluate exactly as whoosh scores it."""
    if isinstance(q, query.Term):
        return
    if isinstance(q, query.Phrase):
        # whoosh's default phrase: words in order at consecutive positions.
        if q.slop != 1 or not q.words:
            raise _Unsupported("phrase slop")
        if q.fieldname in schema and not schema[q.fieldname].format.supports("positions"):
            raise _Unsupported("no positions")  # whoosh raises its own error for this
        return
    if isinstance(q, (query.Prefix, query.FuzzyTerm, query.Wildcard)):
        if (isinstance(q, query.Prefix) and not q.text) or (isinstance(q, query.Wildcard) and q.text == "*"):
            raise _Unsupported("matches everything")  # whoosh turns it into Every
        return
    if isinstance(q, query.And):
        children = list(q.children())
        if not any(not isinstance(c, query.Not) for c in children):
            raise _Unsupported("AND of only NOTs")
        for c in children:
            _check(c.query if isinstance(c, query.Not) else c, schema)
        return
    if isinstance(q, query.Or):
        if q.minmatch or q.scale or len(q.subqueries) >= query.Or.TOO_MANY_CLAUSES:
            raise _Unsupported("Or options")
        for c in q.children():
            if isinstance(c, query.Not):
                raise _Unsupported("NOT inside OR")
            _check(c, schema)
        return
    if isinstance(q, (query.AndNot, query.AndMaybe)):
        if isinstance(q.a, query.Not) or isinstance(q.b, query.Not):
            raise _Unsupported("NOT operand")
        _check(q.a, schema)
        _check(q.b, schema)
        return
    raise _Unsupported(type(q).__name__)


def _union(parts: Sequence[Scores]) -> Scores:
    parts = [p for p in parts if p]
    if not parts:
        return {}
    # Start from the largest part so most documents are copied once, not added one by one.
    parts = sorted(parts, key=len, reverse=True)
    total = dict(parts[0])
    for part in parts[1:]:
        # Copy the new documents at C speed; add up only where both have the document.
        both = total.keys() & part.keys()
        added = {d: total[d] + part[d] for d in both}
        total.update(part)
        total.update(added)
    return total


def _intersection(parts: Sequence[Scores]) -> Scores:
    if not parts:
        return {}
    if len(parts) == 1:
        return dict(parts[0])
    parts = sorted(parts, key=len)
    common = set(parts[0])
    for part in parts[1:]:
        common.intersection_update(part)
        if not common:
            return {}
    if len(parts) == 2:
        a, b = parts
        return {d: a[d] + b[d] for d in common}
    return {d: sum(p[d] for p in parts) for d in common}


def _blocks(
    matcher: Any, positions: bool
) -> Iterator[tuple[Sequence[int], Sequence[float], Sequence[Any] | None]]:
    """(ids, weights, raw values or None) of a leaf matcher, a posting block at a time.

    whoosh's W3 leaf matcher keeps each block's ids and weights in arrays; reading them directly
    skips the per-posting method calls. Any other matcher is walked posting by posting.
    """
    block_api = all(
        hasattr(matcher, name) for name in ("_read_ids", "_read_weights", "_next_block", "_atend")
    )
    if block_api:
        while not matcher._atend:
            if matcher._ids is None:
                matcher._read_ids()
            if matcher._weights is None:
                matcher._read_weights()
            vals = None
            if positions:
                if matcher._values is None:
                    matcher._read_values()
                vals = matcher._values
            yield matcher._ids, matcher._weights, vals
            matcher._next_block()
        return
    ids: list[int] = []
    weights: list[float] = []
    vals_list: list[Any] = []
    while matcher.is_active():
        ids.append(matcher.id())
        weights.append(matcher.weight())
        if positions:
            vals_list.append(matcher.value())
        matcher.next()
    yield ids, weights, (vals_list if positions else None)


def _length_bytes(reader: Any, fieldname: str) -> bytes:
    """One length byte per document of the segment (0 where the document lacks the field)."""
    count = reader.doc_count_all()
    try:
        from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield

        column = reader._perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
        if column is None:
            return bytes(count)
        raw = column._dbfile.get(column._basepos, column._count)
        return bytes(raw[:count]) + bytes(max(0, count - len(raw)))
    except (AttributeError, ImportError):
        # Not the W3 codec: ask per document (slower, once per searcher and field).
        from whoosh.util.numeric import length_to_byte

        return bytes(length_to_byte(reader.doc_field_length(d, fieldname, 0) or 0) for d in range(count))


def column_values(searcher: Any, fieldname: str) -> list[int]:
    """A numeric column's raw values for every document of the searcher, in docnum order.

    whoosh unpacks a column one value at a time (150 ms for the dates of the 20k desk); each
    segment's W3 numeric column is one packed big-endian array, read here in one call.
    """
    values: list[int] = []
    for sub, _ in searcher.leaf_searchers():
        reader = sub.reader()
        column = reader.column_reader(fieldname, translate=False)
        try:
            raw = column._dbfile.get(column._basepos, column._count * column._fixedlen)
            packed = array(column._typecode, bytes(raw))
            if packed.itemsize != column._fixedlen:
                raise TypeError("no native array of this width")
            if sys.byteorder == "little":
                packed.byteswap()
            found = packed.tolist()
            found.extend([column._default] * (reader.doc_count_all() - len(found)))
        except (AttributeError, TypeError, ValueError):
            found = list(column)  # not a plain numeric column: whoosh's own reader
        values.extend(found)
    return values


def _fuzzy_words(
    reader: Any, fieldobj: Any, fieldname: str, text: str, maxdist: int, prefix: int
) -> Iterator[bytes]:
    """Words within `maxdist` edits of `text` sharing its first `prefix` letters.

    The same set whoosh's automaton finds (the base reader's own definition: expand the prefix,
    keep words within the distance), without building an automaton per segment.
    """
    lo, hi = len(text) - maxdist, len(text) + maxdist
    within: Callable[[str, str, int], bool] = _within_one if maxdist == 1 else _within
    for btext in reader.expand_prefix(fieldname, text[:prefix]):
        word = fieldobj.from_bytes(btext)
        if lo <= len(word) <= hi and within(word, text, maxdist):
            yield btext


def _within_one(a: str, b: str, _maxdist: int = 1) -> bool:
    """Levenshtein distance of a and b is at most 1."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if la > lb:
        a, b, la, lb = b, a, lb, la
    i = 0
    while i < la and a[i] == b[i]:
        i += 1
    if la == lb:
        return a[i + 1 :] == b[i + 1 :]
    return lb - la == 1 and a[i:] == b[i + 1 :]


def _within(a: str, b: str, maxdist: int) -> bool:
    """Levenshtein distance of a and b is at most maxdist (row-by-row, stops when a row exceeds it)."""
    if abs(len(a) - len(b)) > maxdist:
        return False
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > maxdist:
            return False
        previous = current
    return previous[-1] <= maxdist
