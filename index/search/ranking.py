"""BM25F ranking of every query shape the parser makes, a block of postings at a time, on a deadline.

whoosh's collector walks a tree of matcher objects and pays several Python calls per posting
(is_active, id, next, score, a column read for the field length): 35-110 ms for a frequent word,
a phrase or an AND NOT on the 20k desk; and it cannot stop while it builds its matchers, so `*a*`
or a hundred ORed wildcards ran for minutes before the first document was looked at. Here each
term's postings are read a block at a time and scored in one comprehension against a per-segment
table of field-length bytes, then combined with dict operations; scored postings, phrase matches
and expansions are cached per searcher. The clock is checked between terms, expansion words and
segments: past the deadline the segments finished so far are kept and the result says so.

Scores are whoosh's own: BM25F with the same idf, average length, B and K1, and whoosh's quirks
(a NOT inside an AND adds its constant 1.0, a phrase scores as the AND of its words, an expansion
to many words or in a small segment scores 1.0, `*` scores 1.0 per field). The ranking is whoosh's
exhaustive one, best score first and ties by docnum; whoosh's top-N collector can differ from it,
wrongly (see tests/test_ranking.py). A node this module does not evaluate (sloppy phrases, a date
range inside OR/NOT) makes `Ranker.rank` return None and the caller runs whoosh's collector.

Only `store.py` imports this module; whoosh internals are reached through `whoosh_internals`.
"""

from __future__ import annotations

import re
import time
from collections import OrderedDict
from collections.abc import Callable, Collection, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import Any

from whoosh import fields, query, scoring
from whoosh.reading import TermNotFound
from whoosh.util.numeric import byte_to_length

from newsdesk.index.search import whoosh_internals as wi
from newsdesk.index.search.edits import within_distance, within_one

# whoosh's Or chooses an array matcher for segments of at most this many documents (Or._matcher)
# and for this many sub-queries or more (Or.TOO_MANY_CLAUSES); with a constant-score expansion
# that matcher scores every match 1.0.
ARRAY_OR_MAX_DOCS = 5000
TOO_MANY_CLAUSES = query.Or.TOO_MANY_CLAUSES

# Scored postings kept per searcher (about 100 bytes each): search-as-you-type asks for the same
# words on every keystroke ("oil p", "oil pr", ...), and a frequent word costs ~20 ms to decode.
CACHE_POSTINGS = 300_000

Scores = dict[int, float]
_NULL = type(query.NullQuery)  # whoosh's empty query: the class is private, the instance public
NO_DATE = 2**64 - 1  # what whoosh's date column holds for a document without a date


class _Unsupported(Exception):
    """A query node the fast path does not evaluate; whoosh's collector takes over."""


class _OutOfTime(Exception):
    """The deadline passed; the segments finished before it are kept."""


@dataclass
class _Segment:
    """One leaf reader of the searcher, with what ranking needs from it cached."""

    number: int  # position in the searcher: offsets repeat when a segment has no documents
    reader: Any
    offset: int
    deleted: frozenset[int]
    lengths: dict[str, bytes] = field(default_factory=dict)
    expansions: dict[tuple[Any, ...], list[bytes]] = field(default_factory=dict)
    lexicons: dict[str, str] = field(default_factory=dict)
    columns: dict[str, list[int]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Ranking:
    """What `Ranker.rank` found: the first `want` matches in order, and how many there were.

    When `out_of_time`, only the first `searched` of `documents` documents (whole segments, in
    index order) were looked at: `total` counts the matches among them.
    """

    pairs: list[tuple[int, float]]  # (docnum, score), in the asked order
    total: int
    out_of_time: bool = False
    searched: int = 0
    documents: int = 0
    expanded: int = 0  # words the query's prefixes, wildcards, fuzzy terms and ranges stood for


class Ranker:
    """Fast ranking over one searcher; build a new one when the searcher changes (caches die with it)."""

    def __init__(self, searcher: Any) -> None:
        self.searcher = searcher
        self._schema = searcher.schema
        weighting = searcher.weighting
        # Only plain BM25F is reproduced; a custom weighting goes through whoosh.
        self._bm25 = weighting if type(weighting) is scoring.BM25F else None
        self._segments = [
            _Segment(n, sub.reader(), offset, wi.deleted_docs(sub.reader()))
            for n, (sub, offset) in enumerate(searcher.leaf_searchers())
        ]
        self._by_size = sorted(self._segments, key=lambda seg: seg.reader.doc_count_all())
        self._norms: dict[str, list[float]] = {}
        self._idfs: dict[tuple[str, bytes], float] = {}
        self._deadline = float("inf")
        self._expanded = 0
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

    def rank(
        self,
        q: query.Query,
        want: int,
        *,
        allow: Collection[int] | None = None,
        exclude: Collection[int] | None = None,
        deadline: float | None = None,
        dates: Sequence[int] | None = None,
    ) -> Ranking | None:
        """The first `want` (docnum, score) pairs of every match, and the number of matches.

        Order: best score first, ties by docnum (whoosh's); with `dates` (the date column, one raw
        value per docnum) newest first, undated last, then by score. `allow` keeps only those
        docnums, `exclude` drops those (whoosh's filter and mask). At `deadline` (a
        `time.perf_counter()` value) the segments not finished are skipped. None when the query
        has a node this ranker does not evaluate.
        """
        if not self.supports(q):
            return None
        self._deadline = float("inf") if deadline is None else deadline
        self._expanded = 0
        key = _score_order if dates is None else _date_order(dates)
        candidates: list[tuple[float, int]] = []
        total = searched = 0
        out_of_time = False
        # Smallest segments first: when the deadline stops a costly query, as many segments as
        # possible are finished (the order of the answer does not depend on it).
        for seg in self._by_size:
            try:
                scores = self._eval(q, seg)
            except _OutOfTime:
                out_of_time = True
                break
            except _Unsupported:
                return None
            offset = seg.offset
            # Filters hold global docnums; checking only the matched documents costs less
            # than splitting a 20k-100k set per segment on every query.
            if allow is not None:
                scores = {d: s for d, s in scores.items() if offset + d in allow}
            if exclude is not None:
                scores = {d: s for d, s in scores.items() if offset + d not in exclude}
            total += len(scores)
            searched += seg.reader.doc_count_all()
            if dates is None and len(scores) > want > 0:
                # Only documents scoring at least the segment's want-th best can make the top:
                # a C-level sort finds that cut, so the per-document Python work is small.
                cut = sorted(scores.values(), reverse=True)[want - 1]
                candidates.extend((s, offset + d) for d, s in scores.items() if s >= cut)
            else:
                candidates.extend((s, offset + d) for d, s in scores.items())
        candidates.sort(key=key)
        return Ranking(
            pairs=[(docnum, score) for score, docnum in candidates[:want]],
            total=total,
            out_of_time=out_of_time,
            searched=searched,
            documents=sum(seg.reader.doc_count_all() for seg in self._segments),
            expanded=self._expanded,
        )

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
        elif isinstance(q, query.Every):
            return self._every(q, seg)
        elif isinstance(q, query.NumericRange):
            return self._numeric_range(q, seg)
        elif isinstance(q, query.Not):
            # A bare NOT (whoosh's InverseMatcher): every live document without a match, 1.0 each.
            return self._and([q], seg)
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
        elif isinstance(q, query.Require):
            scores = self._eval(q.a, seg)
            if scores:
                required = self._eval(q.b, seg)
                scores = {d: s for d, s in scores.items() if d in required}
        elif isinstance(q, _NULL):
            return {}
        else:  # _check rejected everything else before evaluation started
            raise _Unsupported(type(q).__name__)
        boost = getattr(q, "boost", 1.0)
        if boost != 1.0:
            scores = {d: s * boost for d, s in scores.items()}
        return scores

    def _and(self, children: list[query.Query], seg: _Segment) -> Scores:
        positive = [c for c in children if not isinstance(c, query.Not)]
        negative = [c for c in children if isinstance(c, query.Not)]
        parts: list[Scores] = []
        for child in positive:
            part = self._eval(child, seg)
            if not part:
                return {}
            parts.append(part)
        # An AND of only NOTs starts from every live document (whoosh intersects inverse matchers).
        scores = _intersection(parts) if parts else dict.fromkeys(self._live(seg), 0.0)
        for neg in negative:
            if not scores:
                break
            for d in self._eval(neg.query, seg):
                scores.pop(d, None)
            # whoosh matches NOT with an inverse matcher whose constant score (1.0) is added.
            scores = {d: s + 1.0 for d, s in scores.items()}
        return scores

    def _every(self, q: query.Every, seg: _Segment) -> Scores:
        """`*` (every document) or `field:*` (every document with a word in the field), scored by boost."""
        boost = q.boost or 1.0
        fieldname = q.fieldname
        if not fieldname:
            return dict.fromkeys(self._live(seg), boost)
        if fieldname not in self._schema:
            return {}
        fieldobj = self._schema[fieldname]
        if fieldobj.scorable:
            # whoosh reads every posting of every word in the field (16 s for body:* on the 20k
            # desk); a document has a word there exactly when its length byte is not 0.
            lengths = self._lengths(fieldname, seg)
            deleted = seg.deleted
            return {d: boost for d, n in enumerate(lengths) if n and d not in deleted}
        found: set[int] = set()
        for n, word in enumerate(seg.reader.lexicon(fieldname)):
            if n % 256 == 0 and time.perf_counter() > self._deadline:
                raise _OutOfTime
            found.update(self._ids(fieldname, word, seg))
        return dict.fromkeys(sorted(found - seg.deleted), boost)

    def _numeric_range(self, q: query.NumericRange, seg: _Segment) -> Scores:
        """A range over a column field (dates), read from the column; whoosh scores it by its boost.

        whoosh expands the range into one term per value (a day) and ORs them: over 1 s for a wide
        date range inside OR or NOT on the 20k desk. The column holds every document's value.
        """
        values = seg.columns.get(q.fieldname)
        if values is None:
            values = seg.columns[q.fieldname] = wi.numeric_column(seg.reader, q.fieldname)
        lo = -1 if q.start is None else q.start + (1 if q.startexcl else 0)
        hi = NO_DATE - 1 if q.end is None else q.end - (1 if q.endexcl else 0)
        deleted = seg.deleted
        return {d: q.boost for d, v in enumerate(values) if lo <= v <= hi and d not in deleted}

    def _live(self, seg: _Segment) -> Iterator[int]:
        deleted = seg.deleted
        return (d for d in range(seg.reader.doc_count_all()) if d not in deleted)

    def _term(self, fieldname: str, text: Any, seg: _Segment) -> Scores:
        """A term's scores in one segment; callers must not change the dict (it may be cached)."""
        btext = text if isinstance(text, bytes) else text.encode("utf-8")
        return self._cached((seg.number, fieldname, btext), lambda: self._postings(fieldname, text, seg))

    def _cached(self, key: tuple[Any, ...], compute: Callable[[], Scores]) -> Scores:
        """Scores from the per-searcher LRU cache, computed and kept on a miss."""
        cache = self._cache
        scores = cache.get(key)
        if scores is not None:
            cache.move_to_end(key)
            return scores
        return self._keep(key, compute())

    def _keep(self, key: tuple[Any, ...], scores: Scores) -> Scores:
        """Put computed scores in the cache (unless too large), dropping the least recently used."""
        cache = self._cache
        if len(scores) <= CACHE_POSTINGS // 4:
            cache[key] = scores
            self._cached_count += len(scores)
            while self._cached_count > CACHE_POSTINGS:
                _, dropped = cache.popitem(last=False)
                self._cached_count -= len(dropped)
        return scores

    def _matcher(self, fieldname: str, text: Any, seg: _Segment) -> Any:
        """The term's posting matcher in a segment (deletions not applied), or None."""
        if fieldname not in self._schema:
            return None
        try:
            btext = self._schema[fieldname].to_bytes(text)
            # Asking first (`in reader`) costs a second look-up of the term in the common case.
            return wi.leaf_postings(seg.reader.postings(fieldname, btext))
        except (ValueError, TermNotFound):
            return None

    def _idf(self, fieldname: str, btext: bytes) -> float:
        # The same for every segment (it reads all of them): once per searcher, not per segment.
        key = (fieldname, btext)
        found = self._idfs.get(key)
        if found is None:
            found = self._idfs[key] = self.searcher.idf(fieldname, btext)
        return found

    def _ids(self, fieldname: str, word: bytes, seg: _Segment) -> Iterator[int]:
        """A term's document numbers in a segment (deleted ones included), without scoring them."""
        matcher = self._matcher(fieldname, word, seg)
        if matcher is not None:
            for ids, _, _ in wi.posting_blocks(matcher, False, weights=False):
                yield from ids

    def _postings(
        self, fieldname: str, text: Any, seg: _Segment, values: dict[int, Any] | None = None
    ) -> Scores:
        """Scores of one term's live postings in a segment; with `values`, their positions too."""
        matcher = self._matcher(fieldname, text, seg)
        if matcher is None:
            return {}
        fieldobj = self._schema[fieldname]
        positions = values is not None
        scores: Scores = {}
        if fieldobj.scorable:
            bm25 = self._bm25
            assert bm25 is not None
            btext = fieldobj.to_bytes(text)
            idf = self._idf(fieldname, btext)
            k1p1 = bm25.K1 + 1
            norms = self._norm_table(fieldname)
            lengths = self._lengths(fieldname, seg)
            for ids, weights, vals in wi.posting_blocks(matcher, positions):
                # The BM25 formula exactly as whoosh.scoring.bm25 evaluates it, with the length
                # term K1 * ((1 - B) + B * fl / avgfl) looked up per length byte.
                block = [
                    idf * ((w * k1p1) / (w + norms[lengths[d]])) for d, w in zip(ids, weights, strict=False)
                ]
                scores.update(zip(ids, block, strict=False))
                if values is not None and vals is not None:
                    values.update(zip(ids, vals, strict=False))
        else:  # whoosh scores an unscorable field (ID, plain KEYWORD) by the posting weight
            for ids, weights, vals in wi.posting_blocks(matcher, positions):
                scores.update(zip(ids, weights, strict=False))
                if values is not None and vals is not None:
                    values.update(zip(ids, vals, strict=False))
        deleted = seg.deleted
        if deleted:
            for d in deleted.intersection(scores):
                del scores[d]
        return scores

    def _positions(self, fieldname: str, word: str, seg: _Segment, docs: AbstractSet[int]) -> dict[int, Any]:
        """Raw position values of one word in the documents `docs` (blocks without them are skipped)."""
        matcher = self._matcher(fieldname, word, seg)
        values: dict[int, Any] = {}
        if matcher is None:
            return values
        for ids, vals in wi.position_blocks(matcher, docs):
            values.update((d, v) for d, v in zip(ids, vals, strict=False) if d in docs)
        return values

    def _phrase(self, q: query.Phrase, seg: _Segment) -> Scores:
        """Documents with the words at consecutive positions, scored as the AND of the words."""
        fieldname = q.fieldname
        if fieldname not in self._schema:
            return {}
        words = list(q.words)
        parts: list[Scores] = []
        positions: dict[str, dict[int, Any]] = {}
        for word in words:
            key = (seg.number, fieldname, word.encode("utf-8") if isinstance(word, str) else word)
            part = self._cache.get(key)
            if part is None and word not in positions:
                # Not cached: one pass reads the scores and the positions together.
                values: dict[int, Any] = {}
                scores = self._postings(fieldname, word, seg, values)
                part = self._keep(key, scores)
                positions[word] = values
            elif part is None:
                part = parts[words.index(word)]
            if not part:
                return {}
            parts.append(part)
        candidates = _intersection(parts)
        if not candidates:
            return {}
        decode = self._schema[fieldname].format.decoder("positions")
        for word in dict.fromkeys(words):
            if word in positions:
                continue
            if time.perf_counter() > self._deadline:
                raise _OutOfTime
            # Cached scores decided the candidates: positions only for their posting blocks.
            positions[word] = self._positions(fieldname, word, seg, candidates.keys())
        found: Scores = {}
        first, rest = positions[words[0]], [positions[w] for w in words[1:]]
        for n, (d, score) in enumerate(candidates.items()):
            if n % 64 == 63 and time.perf_counter() > self._deadline:
                raise _OutOfTime
            starts = set(decode(first[d]))
            for i, values in enumerate(rest, 1):
                if not starts:
                    break
                starts &= {p - i for p in decode(values[d])}
            if starts:
                found[d] = score
        return found

    def _multiterm(self, q: query.MultiTerm, seg: _Segment) -> Scores:
        fieldname = q.field()
        words = self._expand(q, seg)
        if not words:
            return {}
        if len(words) == 1:
            return dict(self._term(fieldname, words[0], seg))  # whoosh runs it as a plain term (no boost)
        array = len(words) >= TOO_MANY_CLAUSES or (
            len(words) != 2 and seg.reader.doc_count_all() <= ARRAY_OR_MAX_DOCS
        )
        if q.constantscore and array:
            # whoosh's Or picks its array matcher here, and with the constant-score context it
            # scores every match 1.0: only which documents match counts, so no posting is scored.
            found: set[int] = set()
            for n, word in enumerate(words):
                if n % 64 == 0 and time.perf_counter() > self._deadline:
                    raise _OutOfTime
                found.update(self._ids(fieldname, word, seg))
            return dict.fromkeys(sorted(found - seg.deleted), 1.0)
        parts = []
        for n, word in enumerate(words):
            if n % 16 == 0 and time.perf_counter() > self._deadline:
                raise _OutOfTime
            parts.append(self._term(fieldname, word, seg))
        scores = _union(parts)
        if q.boost != 1.0:
            scores = {d: s * q.boost for d, s in scores.items()}
        return scores

    def _expand(self, q: query.MultiTerm, seg: _Segment) -> list[bytes]:
        """The words a prefix/fuzzy/wildcard/range term stands for in one segment (cached per searcher)."""
        key = (
            type(q).__name__,
            q.field(),
            *(getattr(q, name, None) for name in ("text", "maxdist", "prefixlength", "start", "end")),
            *(getattr(q, name, None) for name in ("startexcl", "endexcl")),
        )
        words = seg.expansions.get(key)
        if words is None:
            words = self._expansion(q, seg)
            seg.expansions[key] = words
        self._expanded += len(words)
        return words

    def _expansion(self, q: query.MultiTerm, seg: _Segment) -> list[bytes]:
        fieldname = q.field()
        fieldobj = self._schema[fieldname]
        if isinstance(q, query.FuzzyTerm):
            found = _fuzzy_words(seg.reader, fieldobj, fieldname, q.text, q.maxdist, q.prefixlength)
        elif isinstance(q, query.Wildcard) and _utf8_words(fieldobj) and _literal_head(q.text) == "":
            return self._scan_lexicon(fieldname, _wildcard_pattern(q.text), seg)
        else:
            found = wi.multiterm_words(q, seg.reader)
        words = []
        for n, word in enumerate(found):
            if n % 1024 == 1023 and time.perf_counter() > self._deadline:
                raise _OutOfTime
            if word:
                words.append(word)
        return words

    def _scan_lexicon(self, fieldname: str, pattern: re.Pattern[str], seg: _Segment) -> list[bytes]:
        """Words of a segment's field matching a `_wildcard_pattern`, found in one regex pass.

        A wildcard with nothing before its first `*`/`?` must test every word of the field;
        whoosh decodes and matches them one at a time (a few hundred ms per `*x*` on the 20k
        desk). The field's words are kept per searcher as one NUL-separated string.
        """
        joined = seg.lexicons.get(fieldname)
        if joined is None:
            words = [w.decode("utf-8") for w in seg.reader.lexicon(fieldname)]
            joined = "\0" + "\0".join(words) + "\0"
            if joined.count("\0") != len(words) + 1:  # a word holding NUL: the separator fails
                joined = "\0" + "\0".join(w for w in words if "\0" not in w) + "\0"
            seg.lexicons[fieldname] = joined
        return [m.group().encode("utf-8") for m in pattern.finditer(joined) if m.group()]

    # ---- per-segment and per-field tables --------------------------------------------------

    def _norm_table(self, fieldname: str) -> list[float]:
        """K1 * ((1 - B) + B * length / avgfl) for each of the 256 length bytes."""
        table = self._norms.get(fieldname)
        if table is None:
            bm25 = self._bm25
            assert bm25 is not None
            b = wi.bm25_b(bm25, fieldname)
            k1 = bm25.K1
            avgfl = self.searcher.avg_field_length(fieldname) or 1
            table = [k1 * ((1 - b) + b * byte_to_length(n) / avgfl) for n in range(256)]
            self._norms[fieldname] = table
        return table

    def _lengths(self, fieldname: str, seg: _Segment) -> bytes:
        """The segment's field-length byte of every document, read in one call."""
        found = seg.lengths.get(fieldname)
        if found is None:
            found = wi.length_bytes(seg.reader, fieldname)
            seg.lengths[fieldname] = found
        return found


# ---- helpers -------------------------------------------------------------------------------


def _score_order(pair: tuple[float, int]) -> tuple[float, int]:
    return (-pair[0], pair[1])


def _date_order(dates: Sequence[int]) -> Callable[[tuple[float, int]], tuple[bool, int, float, int]]:
    def key(pair: tuple[float, int]) -> tuple[bool, int, float, int]:
        value = dates[pair[1]] if pair[1] < len(dates) else NO_DATE
        return (value == NO_DATE, -value, -pair[0], pair[1])

    return key


_LEAVES = (query.Phrase, query.Prefix, query.FuzzyTerm, query.Wildcard, query.TermRange, query.NumericRange)
_COMPOUNDS = (query.Not, query.And, query.Or, query.AndNot, query.AndMaybe, query.Require)


def _check(q: query.Query, schema: Any) -> None:
    """Raise _Unsupported for any node `Ranker._eval` does not evaluate exactly as whoosh scores it."""
    if isinstance(q, (query.Term, query.Every, _NULL)):
        return
    if isinstance(q, _LEAVES):
        _check_leaf(q, schema)
    elif isinstance(q, _COMPOUNDS):
        _check_compound(q, schema)
    else:
        raise _Unsupported(type(q).__name__)


def _check_leaf(q: query.Query, schema: Any) -> None:
    """`_check` for a phrase, a pattern or a range: whoosh's defaults only."""
    if isinstance(q, query.Phrase):
        # whoosh's default phrase: words in order at consecutive positions.
        if q.slop != 1 or not q.words:
            raise _Unsupported("phrase slop")
        if q.fieldname in schema and not schema[q.fieldname].format.supports("positions"):
            raise _Unsupported("no positions")  # whoosh raises its own error for this
    elif isinstance(q, (query.Prefix, query.FuzzyTerm, query.Wildcard, query.TermRange)):
        if (isinstance(q, query.Prefix) and not q.text) or (isinstance(q, query.Wildcard) and q.text == "*"):
            raise _Unsupported("matches everything")  # whoosh turns it into Every
    elif q.fieldname != "date" or q.fieldname not in schema or schema[q.fieldname].column_type is None:
        # A NumericRange, read from the field's column: the date field has one (NO_DATE marks a
        # missing value).
        raise _Unsupported("range over a field without a date column")


def _check_compound(q: query.Query, schema: Any) -> None:
    """`_check` for NOT, AND, OR and the binary operators, and every query they hold."""
    if isinstance(q, query.Not):
        _check(q.query, schema)
    elif isinstance(q, query.And):
        for c in q.children():
            _check(c.query if isinstance(c, query.Not) else c, schema)
    elif isinstance(q, query.Or):
        if q.minmatch or q.scale:
            raise _Unsupported("Or options")
        for c in q.children():
            if isinstance(c, query.Not):
                raise _Unsupported("NOT inside OR")
            _check(c, schema)
    else:  # AndNot, AndMaybe, Require
        if isinstance(q.a, query.Not) or isinstance(q.b, query.Not):
            raise _Unsupported("NOT operand")
        _check(q.a, schema)
        _check(q.b, schema)


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


def _utf8_words(fieldobj: Any) -> bool:
    """The field's index words are UTF-8 text (not numbers or dates)."""
    return isinstance(fieldobj, (fields.TEXT, fields.KEYWORD, fields.ID))


def _literal_head(pattern: str) -> str:
    """The part of a wildcard before its first special character."""
    return re.split(r"[*?\[]", pattern, maxsplit=1)[0]


def _wildcard_pattern(text: str) -> re.Pattern[str]:
    """The regex finding the words of a NUL-separated lexicon that the glob `text` matches whole.

    `*` and `?` as in fnmatch (whoosh's Wildcard); `[` has no special meaning in the query
    parser's wildcards, so it is a plain character here.
    """
    body = "".join("[^\0]*" if c == "*" else "[^\0]" if c == "?" else re.escape(c) for c in text)
    return re.compile(f"(?<=\0){body}(?=\0)")


def _fuzzy_words(
    reader: Any, fieldobj: Any, fieldname: str, text: str, maxdist: int, prefix: int
) -> Iterator[bytes]:
    """Words within `maxdist` edits of `text` sharing its first `prefix` letters.

    The same set whoosh's automaton finds (the base reader's own definition: expand the prefix,
    keep words within the distance), without building an automaton per segment.
    """
    lo, hi = len(text) - maxdist, len(text) + maxdist
    within: Callable[[str, str, int], bool] = within_one if maxdist == 1 else within_distance
    for btext in reader.expand_prefix(fieldname, text[:prefix]):
        word = fieldobj.from_bytes(btext)
        if lo <= len(word) <= hi and within(word, text, maxdist):
            yield btext


def column_values(searcher: Any, fieldname: str) -> list[int]:
    """A numeric column's raw values for every document of the searcher, in docnum order."""
    values: list[int] = []
    for sub, _ in searcher.leaf_searchers():
        values.extend(wi.numeric_column(sub.reader(), fieldname))
    return values
