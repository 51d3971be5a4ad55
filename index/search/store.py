"""The whoosh store: articles and statements in one index, searched page by page on a time budget.

Two kinds of documents share one index: articles (doctype "article") and statements (doctype
"statement", tied to theirs by `article`), so a re-read article replaces all of its statements in
the same commit. Everything above this package speaks in model objects and the values of
`results`. Only this package imports whoosh: `ranking` ranks, `persisted` holds the classes
pickled into the index, `whoosh_internals` every use of whoosh's private API, `syntax` checks
queries before whoosh parses them, `snippets` finds hits in text.

Searching, for a UI: `Store.search_page(query, offset=, limit=, sort=)` answers a `ResultPage`
(the true total, a page of `Hit`s with snippet and date, statements with speaker, cue, quote and
offsets, and `cut_short` when the time limit stopped it), `Store.highlights(article, query)` where
the query matched in one article; a query that cannot run raises `QueryError` with one line.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import hashlib
import re
import shutil
import stat
import time
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from whoosh import fields, formats, index, qparser, query
from whoosh.analysis import SimpleAnalyzer, StemmingAnalyzer
from whoosh.collectors import TimeLimitCollector
from whoosh.qparser.dateparse import DateParserPlugin
from whoosh.searching import TimeLimit
from whoosh.util.filelock import try_for

from newsdesk.index.model import Article, Statement
from newsdesk.index.regularfile import kind_of, read_regular
from newsdesk.index.search import syntax
from newsdesk.index.search import whoosh_internals as wi
from newsdesk.index.search.edits import within_edits
from newsdesk.index.search.persisted import STOP, SmallBlocksPlainCodec, StemmedChars, StemmedPositions, stem
from newsdesk.index.search.ranking import Ranker, Ranking, column_values
from newsdesk.index.search.results import (
    ARTICLE,
    SORTS,
    STATEMENT,
    Highlights,
    Hit,
    ResultPage,
    Sort,
)
from newsdesk.index.search.snippets import (
    SNIPPET_HITS,
    Matcher,
    find_hits,
    join_spans,
    scan,
    snippet,
)
from newsdesk.index.search.syntax import QueryError

__all__ = [
    "ARTICLE",
    "STATEMENT",
    "Hit",
    "QueryError",
    "ResultPage",
    "Store",
    "StoreError",
    "StoreWriter",
    "open_segment_writer",
]

# Bump when the schema or what is stored in it changes: an older index is then rebuilt.
SCHEMA_VERSION = 12  # 12: articles carry a hash of their body (copies are folded in results)
# Fields only one kind of document has: a query over them alone needs no doctype filter.
ARTICLE_ONLY = frozenset({"title", "body", "source", "author", "tags", "actors"})
STATEMENT_ONLY = frozenset({"quote", "speaker", "actor", "cue", "kind", "actor_id"})
FIELD_ALIASES = {"tags": ["tag"], "actor": ["actors"], "speaker": ["who"]}

# The share of a search's time limit that ranking may use; the rest is for reading the page's
# documents and cutting snippets.
RANK_SHARE = 0.8
# Highlights: spans returned per call, and matches counted per call (a 3 MB one-line article
# held 30k hits; counting stops here so no call reads more than this).
HIGHLIGHT_LIMIT = 1000
HIGHLIGHT_COUNT_CAP = 20_000


class StoreError(Exception):
    """The index cannot be opened or written; the message is one line for the user."""


def _schema() -> fields.Schema:
    stemming = StemmingAnalyzer()
    simple = SimpleAnalyzer()
    return fields.Schema(
        doctype=fields.ID(stored=True),
        key=fields.ID(stored=True, unique=True),
        article=fields.ID(stored=True),
        path=fields.STORED(),  # shown, never searched: the key is the unique handle
        title=_fast(fields.TEXT(analyzer=stemming, stored=True, field_boost=2.0)),
        body=_fast(fields.TEXT(analyzer=stemming, stored=True, chars=True)),
        source=fields.TEXT(analyzer=simple, stored=True),
        author=fields.TEXT(analyzer=simple, stored=True),
        date=_day_terms(fields.DATETIME(stored=True, sortable=True)),
        # A hash of the body (whitespace folded): articles with the same body are copies, listed once.
        # A column read in one call per segment; never searched (not a field of the query language).
        body_hash=_day_terms(fields.NUMERIC(numtype=int, bits=64, signed=False, sortable=True)),
        tags=fields.KEYWORD(lowercase=True, commas=True, scorable=True, stored=True),
        actors=_unscored(fields.TEXT(analyzer=simple, stored=True)),
        actor_id=fields.KEYWORD(commas=True, stored=True),
        # Statement fields are searched, not stored: the payload holds the whole statement, and
        # statement documents outnumber articles several times over, so each stored, positional
        # or length-tracked field they carry costs indexing time. A statement has no `key` of its
        # own: it is found, and deleted, through its `article`.
        quote=_fast(fields.TEXT(analyzer=stemming)),
        speaker=_unscored(fields.TEXT(analyzer=simple)),
        actor=_unscored(fields.TEXT(analyzer=simple)),
        cue=_unscored(fields.TEXT(analyzer=simple, phrase=False)),
        kind=fields.ID(),
        payload=fields.STORED(),
    )


def _fast(field: fields.FieldType) -> fields.FieldType:
    # Same postings, analysed in one loop: see persisted.StemmedWords.
    fmt = field.format
    cls = StemmedChars if isinstance(fmt, formats.Characters) else StemmedPositions
    field.format = cls(field_boost=fmt.field_boost)
    return field


def _day_terms(field: fields.FieldType) -> fields.FieldType:
    # whoosh indexes a DATETIME at 8 precisions (shift_step 8) so that wide ranges expand to few
    # terms; every document here carries one, eight postings each, a sixth of all postings. Dates
    # are whole days, top-level ranges are answered from the date column, and a range nested in
    # OR/NOT expands to at most one term per day that has documents.
    field.shift_step = field.bits
    return field


def _unscored(field: fields.FieldType) -> fields.FieldType:
    # Names and cue words filter rather than rank: without field lengths the writer skips a
    # length column and a length lookup per posting, and scoring falls back to term frequency.
    field.scorable = False
    return field


# Hash values are kept below this (63 bits), so whoosh's "no value" sentinel (2**64 - 1) never
# collides with one; statements carry none.
_HASH_LIMIT = 1 << 63


def body_hash(body: str) -> int | None:
    """A 63-bit hash of an article body with whitespace folded; None for an empty body (never a copy)."""
    words = " ".join(body.split())
    if not words:
        return None
    digest = hashlib.blake2b(words.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "big") % _HASH_LIMIT


def _naive_utc(day: dt.date | None) -> dt.datetime | None:
    # whoosh drops tzinfo, so dates go in as naive midnight datetimes.
    return None if day is None else dt.datetime(day.year, day.month, day.day)


def _iso(value: Any) -> str | None:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return None


_STATEMENT_FIELDS = tuple(Statement.__dataclass_fields__)


def statement_to_dict(stmt: Statement) -> dict[str, Any]:
    """A statement as a plain dict for the stored payload (whoosh pickles it).

    Not dataclasses.asdict: its recursive deep copy was an eighth of all indexing time.
    """
    return {name: getattr(stmt, name) for name in _STATEMENT_FIELDS}


def statement_from_dict(data: dict[str, Any]) -> Statement:
    """The inverse of `statement_to_dict`; unknown keys are ignored, missing ones take defaults."""
    return Statement(**{k: v for k, v in data.items() if k in Statement.__dataclass_fields__})


@dataclass(frozen=True, slots=True)
class StatementRow:
    """A stored statement with the article facts a timeline needs."""

    statement: Statement
    key: str
    path: str
    title: str
    source: str | None
    article_date: dt.date | None


class Store:
    """An open whoosh index in `directory`; create with `Store.open`."""

    def __init__(self, ix: index.Index, directory: Path) -> None:
        self._ix = ix
        self.directory = directory
        self._searcher = ix.searcher()
        # Per searcher (keyed by its id): the documents of a doctype, and the raw date column.
        self._doc_sets: tuple[tuple[int, str], set[int]] | None = None
        self._dates: tuple[int, list[int]] | None = None
        self._hashes: tuple[int, list[Any]] | None = None
        self._parsers: dict[tuple[str, ...], qparser.QueryParser] = {}
        self._ranker: Ranker | None = None
        # The block-at-a-time ranker (newsdesk.index.search.ranking); off, every query goes
        # through whoosh's collector. Tests switch it off to compare the two.
        self.fast_ranking = True

    # ---- opening -------------------------------------------------------------------------------

    @classmethod
    def open(cls, directory: Path, *, create: bool = True) -> tuple[Store, str | None]:
        """Open the index; with `create`, make or rebuild it and return a note saying why.

        Without `create` nothing on disk is touched: a reader must never wipe an index that an
        indexer (holding the desk lock) may be writing. The schema version is read before whoosh
        unpickles anything, so an index written by an older version is rebuilt, never misread.
        """
        version_file = directory / "schema-version"
        # whoosh open()s its files plainly: a FIFO among them (the data folder travels with a shared
        # desk) would block every search and index run forever. Anything not a regular file is damage.
        odd = _not_regular(directory)
        try:
            exists = odd is not None or index.exists_in(str(directory))
        except Exception:  # a TOC too damaged to read still means "there was an index here"
            exists = True
        note: str | None = None
        if odd is not None:
            note = f"index at {directory} is damaged ({odd}): rebuilding"
        elif exists:
            version = _read_version(version_file)
            if version != str(SCHEMA_VERSION):
                note = f"index schema changed (v{version or '?'} -> v{SCHEMA_VERSION}): rebuilding"
            else:
                try:
                    # Opening the searcher reads every segment: it is the damage check too.
                    return cls(index.open_dir(str(directory)), directory), None
                except Exception as exc:  # a half-written or damaged index: rebuild, never crash
                    note = f"index at {directory} is damaged ({type(exc).__name__}): rebuilding"
        elif directory.is_dir() and any(directory.iterdir()):
            note = f"index at {directory} is incomplete: rebuilding"
        if not create:
            reason = note.split(":")[0] if note else f"no index in {directory}"
            raise StoreError(f"{reason}: run 'newsdesk index' first")
        directory.mkdir(parents=True, exist_ok=True)
        _wipe(directory)
        ix = index.create_in(str(directory), _schema())
        version_file.write_text(f"{SCHEMA_VERSION}\n")
        return cls(ix, directory), note

    def close(self) -> None:
        """Release the searcher and the index."""
        self._ranker = None
        self._searcher.close()
        self._ix.close()

    def refresh(self) -> None:
        """Pick up commits made since the searcher was opened (cheap when nothing changed)."""
        if self._searcher.up_to_date():
            return
        # Not `searcher.refresh()`: whoosh reuses the old segment readers, deletion sets included,
        # so a document removed by the new commit would still be found (and it fails outright on
        # an empty index). A new searcher over the same open index is correct and still cheap.
        old = self._searcher
        self._searcher = self._ix.searcher()
        old.close()

    @property
    def generation(self) -> int:
        """The index generation: changes with every commit."""
        return int(self._ix.latest_generation())

    def doc_count(self) -> int:
        """Number of live documents (articles and statements)."""
        return int(self._searcher.doc_count())

    # ---- writing -------------------------------------------------------------------------------

    def writer(self, *, timeout: float = 30.0) -> StoreWriter:
        """The writer that holds the index lock; bulk runs add segments from worker processes."""
        # The lock is taken here, not by the writer: a writer failing while it opens its files (a
        # full disk) would keep it until the process ends, and the next run in it would wait forever.
        lock = self._ix.lock("WRITELOCK")
        if not try_for(lock.acquire, timeout=timeout, delay=0.1):
            raise StoreError(f"the index in {self.directory} is locked by another writer")
        try:
            w = wi.writer_holding(self._ix, lock, codec=SmallBlocksPlainCodec())
        except BaseException:
            lock.release()
            raise
        return StoreWriter(w)

    def remove_unused_files(self) -> None:
        """Delete what no commit refers to: segments and TOC temp files of a run that failed or was killed.

        Only the holder of the desk's index lock may call this, and only while no worker writes.
        """
        wi.remove_unreferenced_files(self._ix)
        # The writers' shared temp folder: a writer that failed while opening never removed it.
        shutil.rmtree(self.directory / f"{self._ix.indexname}.tmp", ignore_errors=True)

    # ---- reading -------------------------------------------------------------------------------

    def stored_files(self) -> dict[str, list[str]]:
        """Per file, the keys of the articles the index holds from it: used to rebuild a lost manifest."""
        files: dict[str, list[str]] = {}
        for doc in self._searcher.documents(doctype=ARTICLE):
            files.setdefault(doc["path"], []).append(doc["key"])
        return files

    def article(self, key: str) -> Article | None:
        """The stored article with this key, or None."""
        doc = self._searcher.document(key=key)
        if not doc or doc.get("doctype") != ARTICLE:
            return None
        payload = doc.get("payload") or {}
        return Article(
            key=doc["key"],
            path=doc["path"],
            title=doc.get("title", ""),
            body=doc.get("body", ""),
            source=doc.get("source"),
            author=doc.get("author"),
            url=payload.get("url"),
            tags=tuple(t for t in (doc.get("tags") or "").split(",") if t),
            date=doc["date"].date() if doc.get("date") else None,
            date_source=payload.get("date_source", "none"),
            format=payload.get("format", ""),
            extra=payload.get("extra") or {},
        )

    def statements(self, key: str) -> list[Statement]:
        """Statements of one article, in text order."""
        docs = self._searcher.documents(article=key, doctype=STATEMENT)
        stmts = [statement_from_dict(d["payload"]["statement"]) for d in docs]
        return sorted(stmts, key=lambda s: (s.start, s.end))

    def statement_rows(
        self,
        actor_ids: Collection[str] | None = None,
        text_query: str | None = None,
        limit: int | None = None,
    ) -> list[StatementRow]:
        """Stored statements, filtered by actor slugs and/or a full-text query over the quote."""
        parts: list[query.Query] = []
        if actor_ids is not None:
            if not actor_ids:
                return []
            parts.append(query.Or([query.Term("actor_id", a) for a in sorted(actor_ids)]))
        if text_query:
            parts.append(self._parse(text_query, ["quote"]))
        if not parts:
            docnums = sorted(self._searcher.docs_for_query(query.Term("doctype", STATEMENT)))
        else:
            # Unscored: a timeline orders by date, so ranking thousands of statements is wasted work.
            # actor_id and quote exist on statements only, so no doctype filter is needed.
            q = parts[0] if len(parts) == 1 else query.And(parts)
            docnums = list(self._searcher.docs_for_query(q))
        rows: list[StatementRow] = []
        for docnum in docnums[:limit] if limit else docnums:
            doc = self._searcher.stored_fields(docnum)
            payload = doc["payload"]
            art = payload.get("article") or {}
            rows.append(
                StatementRow(
                    statement=statement_from_dict(payload["statement"]),
                    key=doc["article"],
                    path=doc["path"],
                    title=art.get("title", ""),
                    source=art.get("source"),
                    article_date=dt.date.fromisoformat(art["date"]) if art.get("date") else None,
                )
            )
        return rows

    # ---- searching -----------------------------------------------------------------------------

    def search_page(
        self,
        text: str,
        *,
        offset: int = 0,
        limit: int = 20,
        sort: Sort = "relevance",
        snippets: bool = True,
        time_limit: float = 2.0,
        fold_copies: bool = False,
    ) -> ResultPage:
        """Results `offset`..`offset + limit` of a query, with the total, in `sort` order.

        With `fold_copies`, articles with the same body are one result (the best placed), whose
        hit lists the others' keys in `copies`; `total` then counts distinct bodies and `folded`
        the copies left out.

        `sort` is "relevance" (BM25F, as whoosh scores) or "date" (newest first, undated last).
        Statement queries (naming actor:, speaker:, cue:, kind: or quote:) answer statements.
        The answer comes within about `time_limit` seconds: a query that needs longer returns
        what was found with `cut_short` saying why. Raises QueryError (one line) for a query that
        cannot run as written: syntax, unknown fields, bad dates, over-long.
        """
        if sort not in SORTS:
            raise ValueError(f"sort must be one of {', '.join(SORTS)}, not {sort!r}")
        if offset < 0 or limit < 0:
            raise ValueError("offset and limit must not be negative")
        started = time.perf_counter()
        if not text.strip():
            return ResultPage(text, (), 0, offset, limit, sort)
        q, statement_mode = self._prepare(text)
        q, restrict = self._plan(q, statement_mode)
        deadline = started + time_limit * RANK_SHARE
        fold = fold_copies and not statement_mode
        # Folding copies needs every match in order: a copy of a page's article may rank anywhere.
        want = _EVERY_MATCH if fold else offset + limit
        ranking = self._ranking(q, want, restrict, deadline=deadline, sort=sort)
        matchers = _matchers(q)
        if fold:
            groups = self._fold_copies(ranking.pairs)
            total, folded = len(groups), ranking.total - len(groups)
        else:
            groups = [(docnum, score, ()) for docnum, score in ranking.pairs]
            total, folded = ranking.total, 0
        hits = tuple(
            self._hit(docnum, score, statement_mode, matchers, snippets, copies)
            for docnum, score, copies in groups[offset : offset + limit]
        )
        return ResultPage(
            query=text,
            hits=hits,
            total=total,
            offset=offset,
            limit=limit,
            sort=sort,
            statements=statement_mode,
            cut_short=_cut_short_note(ranking, time_limit),
            folded=folded,
        )

    def _fold_copies(self, pairs: Sequence[tuple[int, float]]) -> list[tuple[int, float, tuple[int, ...]]]:
        """(docnum, score, docnums of its copies) per distinct body, in the order of `pairs`."""
        hashes = self._hash_values()
        groups: list[tuple[int, float, list[int]]] = []
        first: dict[int, int] = {}
        for docnum, score in pairs:
            value = hashes[docnum] if docnum < len(hashes) else _HASH_LIMIT
            if value >= _HASH_LIMIT:  # no body: never a copy
                groups.append((docnum, score, []))
                continue
            at = first.get(value)
            if at is None:
                first[value] = len(groups)
                groups.append((docnum, score, []))
            else:
                groups[at][2].append(docnum)
        return [(docnum, score, tuple(copies)) for docnum, score, copies in groups]

    def _hash_values(self) -> list[Any]:
        # The body-hash column, per searcher (like the dates).
        key = id(self._searcher)
        if self._hashes is None or self._hashes[0] != key:
            self._hashes = (key, column_values(self._searcher, "body_hash"))
        return self._hashes[1]

    def search(
        self, text: str, *, limit: int = 20, time_limit: float = 2.0, snippets: bool = True
    ) -> list[Hit]:
        """The first `limit` hits of `search_page` (by relevance)."""
        return list(self.search_page(text, limit=limit, time_limit=time_limit, snippets=snippets).hits)

    def highlights(
        self,
        article: Article,
        text: str,
        *,
        start: int = 0,
        limit: int = HIGHLIGHT_LIMIT,
        count_cap: int = HIGHLIGHT_COUNT_CAP,
        time_limit: float = 2.0,
    ) -> Highlights:
        """Where the query matched in `article`: spans of `Article.text` from `start` on.

        Every query form is marked as it matched: words by their stem, prefixes, wildcards, fuzzy
        terms and ranges by the words they stand for, a phrase as one span where its words occur
        as the phrase, `title:`/`body:` terms only in that part; a statement query marks each
        matching statement of the article (start..end). At most `limit` spans are returned (1,000
        by default) and matches are counted up to `count_cap` (20,000): a 3 MB one-line article
        with 30k hits costs one bounded pass. Ask again with `start` past the last span for more.
        """
        if not text.strip():
            return Highlights((), 0)
        q, statement_mode = self._prepare(text)
        if statement_mode:
            spans: Iterable[tuple[int, int]] = self._statement_spans(article.key, q, start, time_limit)
        else:
            spans = _article_spans(article, _matchers(q), start)
        found: list[tuple[int, int]] = []
        total = 0
        for span in spans:
            if total >= count_cap:
                return Highlights(tuple(found), total, capped=True)
            total += 1
            if len(found) < limit:
                found.append(span)
        return Highlights(tuple(found), total)

    def _statement_spans(
        self, key: str, q: query.Query, start: int, time_limit: float
    ) -> list[tuple[int, int]]:
        """start..end of the article's statements that the statement query matches."""
        own = set(
            self._searcher.docs_for_query(
                query.And([query.Term("article", key), query.Term("doctype", STATEMENT)])
            )
        )
        q, restrict = self._plan(q, True)
        allow = own if restrict.get("filter") is None else own & restrict["filter"]
        deadline = time.perf_counter() + time_limit
        ranking = self._ranking(q, len(allow), {"filter": allow}, deadline=deadline)
        spans = []
        for docnum, _ in ranking.pairs:
            stmt = self._searcher.stored_fields(docnum)["payload"]["statement"]
            if stmt["start"] >= start:
                spans.append((stmt["start"], stmt["end"]))
        return list(join_spans(sorted(spans)))

    def _hit(
        self,
        docnum: int,
        score: float,
        statement_mode: bool,
        matchers: dict[str, Matcher],
        snippets: bool,
        copies: Sequence[int] = (),
    ) -> Hit:
        doc = self._searcher.stored_fields(docnum)
        payload = doc.get("payload") or {}
        if statement_mode:
            stmt = statement_from_dict(payload["statement"])
            art = payload.get("article") or {}
            spans = find_hits(stmt.quote, matchers.get("quote") or _NO_MATCHER, limit=SNIPPET_HITS)
            return Hit(
                key=doc["article"],
                path=doc["path"],
                title=art.get("title", ""),
                source=art.get("source"),
                date=stmt.date or (dt.date.fromisoformat(art["date"]) if art.get("date") else None),
                score=float(score or 0.0),
                snippet=snippet(stmt.quote, spans) if snippets else "",
                hit_count=len(spans),
                doctype=STATEMENT,
                statement=stmt,
            )
        title, body = doc.get("title", ""), doc.get("body", "")
        body_spans = find_hits(body, matchers.get("body") or _NO_MATCHER, limit=SNIPPET_HITS)
        title_spans = find_hits(title, matchers.get("title") or _NO_MATCHER, limit=SNIPPET_HITS)
        return Hit(
            key=doc["key"],
            path=doc["path"],
            title=title,
            source=doc.get("source"),
            date=doc["date"].date() if doc.get("date") else None,
            score=float(score or 0.0),
            snippet=snippet(body, body_spans) if snippets else "",
            hit_count=min(SNIPPET_HITS, len(body_spans) + len(title_spans)),
            copies=tuple(self._searcher.stored_fields(n)["key"] for n in copies),
        )

    # ---- parsing -------------------------------------------------------------------------------

    def _prepare(self, text: str) -> tuple[query.Query, bool]:
        """The checked, parsed query and whether it searches statements."""
        checked = syntax.check(text)
        fields_ = ["quote"] if checked.statements else ["title", "body"]
        return self._parse(checked, fields_), checked.statements

    def _parse(self, text: str | syntax.Checked, default_fields: list[str]) -> query.Query:
        """Check and parse a query for these default fields; QueryError says what is wrong."""
        checked = text if isinstance(text, syntax.Checked) else syntax.check(text)
        for value in checked.dates:
            self._date_bounds(value, value)
        for low, high in checked.date_ranges:
            self._check_range(low, high)
        try:
            q = self._parser(default_fields).parse(checked.text, debug=False)
        except Exception as exc:  # whoosh's plugins raise whatever they hit
            if checked.dates or checked.date_ranges:
                raise QueryError(f"cannot read the dates of this query: {syntax.DATE_HELP}") from exc
            raise QueryError(f"cannot read this query ({syntax.show(str(exc))})") from exc
        return _verified(q)

    def _parser(self, default_fields: list[str]) -> qparser.QueryParser:
        # Building a parser with its plugins costs ~2 ms; parsing keeps no state between calls
        # (relative dates read the clock at parse time), so one per field list is reused.
        key = tuple(default_fields)
        parser = self._parsers.get(key)
        if parser is None:
            parser = qparser.MultifieldParser(default_fields, self._ix.schema, group=qparser.AndGroup)
            parser.add_plugin(qparser.FieldAliasPlugin(FIELD_ALIASES))
            parser.add_plugin(DateParserPlugin(free=False))
            parser.add_plugin(qparser.FuzzyTermPlugin())
            parser.add_plugin(qparser.GtLtPlugin())
            self._parsers[key] = parser
        return parser

    def _date_bounds(self, expression: str, shown: str) -> tuple[int | None, int | None]:
        """The (start, end) a `date:` expression stands for; QueryError naming `shown` if unreadable."""
        problem = f'cannot read the date "{syntax.show(shown)}": {syntax.DATE_HELP}'
        try:
            q = self._parser(["title"]).parse(syntax.compact_dates(f"date:{expression}"), debug=False)
        except Exception as exc:  # whoosh's date parser raises on some input instead of marking it
            raise QueryError(problem) from exc
        if getattr(q, "error", None) or not isinstance(q, (query.NumericRange, query.Term)):
            raise QueryError(problem)
        if isinstance(q, query.Term):  # a moment ("now", "-7days"), not a day: readable
            return None, None
        return q.start, q.end

    def _check_range(self, low: str, high: str) -> None:
        """Each end of a `date:[low to high]` must read as a date, and low must not follow high."""
        # Each end is read as a range of its own: whoosh swaps a reversed range silently and
        # fails on some half-open ones ("[now to]").
        start = self._date_bounds(f"[{low} to {low}]", low)[0] if low else None
        end = self._date_bounds(f"[{high} to {high}]", high)[1] if high else None
        if start is not None and end is not None and start > end:
            raise QueryError(
                f'the date range runs backwards ("{syntax.show(low)}" is after "{syntax.show(high)}"): '
                f"write the earlier date first, date:[{syntax.show(high)} to {syntax.show(low)}]"
            )

    # ---- planning and ranking ------------------------------------------------------------------

    def _plan(self, q: query.Query, statement_mode: bool) -> tuple[query.Query, dict[str, set[int]]]:
        """The query without its top-level date ranges, and the doc sets that restrict it."""
        q, date_docs = self._split_dates(q)
        restrict: dict[str, set[int]] = {} if date_docs is None else {"filter": date_docs}
        if _may_match_other_doctype(q, STATEMENT_ONLY if statement_mode else ARTICLE_ONLY):
            # Only queries that can match the other kind of document pay for the doc set
            # (82k statements on the 20k desk: ~300 ms to collect, too much for a one-shot CLI).
            articles = self._doctype_docs(ARTICLE)
            if statement_mode:
                restrict["mask"] = articles
            else:
                restrict["filter"] = articles if date_docs is None else articles & date_docs
        return q, restrict

    def _ranking(
        self,
        q: query.Query,
        want: int,
        restrict: dict[str, set[int]],
        *,
        deadline: float | None,
        sort: Sort = "relevance",
    ) -> Ranking:
        """The first `want` (docnum, score) of a planned query in `sort` order, and the total."""
        allow, exclude = restrict.get("filter"), restrict.get("mask")
        if allow is not None and not allow:
            # Nothing can pass an empty filter (whoosh would read an empty set as "no filter").
            return Ranking([], 0)
        dates = self._date_values() if sort == "date" else None
        if self.fast_ranking:
            ranking = self._current_ranker().rank(
                q, want, allow=allow, exclude=exclude, deadline=deadline, dates=dates
            )
            if ranking is not None:
                return ranking
        return self._whoosh_ranking(q, want, restrict, deadline, dates)

    def _whoosh_ranking(
        self,
        q: query.Query,
        want: int,
        restrict: dict[str, set[int]],
        deadline: float | None,
        dates: Sequence[int] | None,
    ) -> Ranking:
        """What whoosh's own collector finds (shapes the ranker does not evaluate), on the deadline."""
        collector = self._searcher.collector(limit=None)
        out_of_time = False
        if deadline is not None:
            # No SIGALRM: searches run on worker threads in the TUI. The filter and mask are
            # applied below: wrapped in a TimeLimitCollector, whoosh's FilterCollector is skipped.
            collector = TimeLimitCollector(
                collector, timelimit=max(0.001, deadline - time.perf_counter()), use_alarm=False
            )
        try:
            self._searcher.search_with_collector(q, collector)
        except TimeLimit:
            out_of_time = True
        allow, exclude = restrict.get("filter"), restrict.get("mask")
        pairs = [
            (docnum, score)
            for docnum, score in collector.results().items()
            if (allow is None or docnum in allow) and (exclude is None or docnum not in exclude)
        ]
        if dates is None:
            pairs.sort(key=lambda p: (-p[1], p[0]))
        else:
            pairs.sort(key=lambda p: (dates[p[0]] == _NO_DATE, -dates[p[0]], -p[1], p[0]))
        documents = self._searcher.doc_count_all()
        return Ranking(pairs[:want], len(pairs), out_of_time, 0 if out_of_time else documents, documents)

    def _current_ranker(self) -> Ranker:
        # One per searcher: its caches (scored postings, expansions) describe that searcher only.
        if self._ranker is None or self._ranker.searcher is not self._searcher:
            self._ranker = Ranker(self._searcher)
        return self._ranker

    def _doctype_docs(self, doctype: str) -> set[int]:
        # Cached per searcher: a mask/filter set turns "only articles" into a cheap membership test
        # instead of intersecting with a 20k-long posting list on every query.
        key = (id(self._searcher), doctype)
        if self._doc_sets is None or self._doc_sets[0] != key:
            docs = set(self._searcher.docs_for_query(query.Term("doctype", doctype)))
            self._doc_sets = (key, docs)
        return self._doc_sets[1]

    def _split_dates(self, q: query.Query) -> tuple[query.Query, set[int] | None]:
        """Pull top-level date ranges out of a query into a doc set read from the date column.

        whoosh runs a date range as an OR over many numeric terms (230 ms on the 20k desk); the
        column of dates, read once per searcher, answers the same range in a few milliseconds.
        """
        parts = list(q.children()) if isinstance(q, query.And) else [q]
        ranges = [p for p in parts if isinstance(p, query.NumericRange) and p.field() == "date"]
        if not ranges:
            return q, None
        values = self._date_values()
        docs: set[int] | None = None
        for r in ranges:
            lo = -1 if r.start is None else r.start + (1 if r.startexcl else 0)
            hi = _NO_DATE - 1 if r.end is None else r.end - (1 if r.endexcl else 0)
            found = {n for n, v in enumerate(values) if lo <= v <= hi}
            docs = found if docs is None else docs & found
        rest = [p for p in parts if p not in ranges]
        if not rest:
            return query.Every(), docs
        return (rest[0] if len(rest) == 1 else query.And(rest)), docs

    def _date_values(self) -> list[int]:
        # Raw column values (undated documents hold the column's "missing" sentinel), per searcher.
        key = id(self._searcher)
        if self._dates is None or self._dates[0] != key:
            self._dates = (key, column_values(self._searcher, "date"))
        return self._dates[1]


_NO_DATE = 2**64 - 1  # what whoosh's date column holds for a document without a date
_EVERY_MATCH = 2**62  # a `want` no desk reaches: the ranking keeps every match
_NO_MATCHER = Matcher(stem)
# Fields whose words a UI shows, so hits there are marked.
_SHOWN_FIELDS = ("title", "body", "quote")


def _verified(q: query.Query) -> query.Query:
    """The parsed query, or QueryError for what whoosh's parser accepted but cannot be meant."""
    for node in _walk(q):
        # The parser marks what it could not read with an `error` attribute instead of raising.
        error = getattr(node, "error", None)
        if error:
            raise QueryError(f'cannot read "{syntax.show(str(error))}" in the query: {syntax.DATE_HELP}')
        if isinstance(node, query.Term) and node.fieldname == "kind":
            node.text = str(node.text).lower()
            if node.text not in syntax.KINDS:
                raise QueryError(
                    f'kind: is {", ".join(syntax.KINDS[:-1])} or {syntax.KINDS[-1]}, not "{syntax.show(node.text)}"'
                )
    if isinstance(q, type(query.NullQuery)):
        raise QueryError(
            "nothing to search for: one-letter words and common words (the, of, and, ...) are not indexed"
        )
    return q


def _matchers(q: query.Query) -> dict[str, Matcher]:
    """Per shown field, what the query's positive leaves look for in that field's text."""
    terms: dict[str, set[str]] = {}
    tests: dict[str, list[Any]] = {}
    heads: dict[str, list[str]] = {}
    patterns: dict[str, list[str]] = {}
    phrases: dict[str, list[tuple[str, ...]]] = {}
    for leaf in _positive_leaves(q):
        name = leaf.field()
        if name not in _SHOWN_FIELDS:
            continue
        if isinstance(leaf, query.Term):
            terms.setdefault(name, set()).add(_text(leaf.text))
        elif isinstance(leaf, query.Phrase):
            words = tuple(_text(w) for w in leaf.words)
            if len(words) == 1:
                terms.setdefault(name, set()).add(words[0])
            elif words:
                phrases.setdefault(name, []).append(words)
        elif isinstance(leaf, query.MultiTerm):
            found = _word_test(leaf)
            if found is None:
                continue
            head, test = found
            heads.setdefault(name, []).append(head)
            if isinstance(test, str):
                patterns.setdefault(name, []).append(test)
            else:
                tests.setdefault(name, []).append(test)
    for name, bodies in patterns.items():
        # One regex for all of a field's prefixes and wildcards: a hundred ORed wildcards cost
        # one test per word, not a hundred.
        matches = re.compile("(?s:" + "|".join(dict.fromkeys(bodies)) + r")\Z").match
        tests.setdefault(name, []).append(lambda word, matches=matches: matches(word) is not None)
    return {
        name: Matcher(
            stem,
            terms=frozenset(terms.get(name, ())),
            tests=tuple(tests.get(name, ())),
            heads=tuple(dict.fromkeys(heads.get(name, ()))),
            phrases=tuple(phrases.get(name, ())),
            stop=STOP,
        )
        for name in _SHOWN_FIELDS
        if name in terms or name in tests or name in phrases
    }


def _word_test(leaf: query.MultiTerm) -> tuple[str, Any] | None:
    """(literal start, test) for a prefix, wildcard, fuzzy term or range: the same index words whoosh's
    expansion of the query finds, tested one word at a time.

    Prefixes and wildcards give their test as a regex body (a string) to be joined with others.
    """
    if isinstance(leaf, query.Prefix):
        prefix = _text(leaf.text)
        return prefix, re.escape(prefix) + ".*"
    if isinstance(leaf, query.Wildcard):
        pattern = _text(leaf.text)
        head = re.split(r"[*?\[]", pattern, maxsplit=1)[0]
        if "[" in pattern:  # fnmatch reads [...] as a class: keep its own translation
            glob = re.compile(fnmatch.translate(pattern))
            return head, lambda word: glob.match(word) is not None
        return head, "".join(".*" if c == "*" else "." if c == "?" else re.escape(c) for c in pattern)
    if isinstance(leaf, query.FuzzyTerm):
        target, distance, prefix_length = _text(leaf.text), leaf.maxdist, leaf.prefixlength
        anchor = target[:prefix_length]

        def near(word: str) -> bool:
            return (
                word.startswith(anchor)
                and abs(len(word) - len(target)) <= distance
                and within_edits(word, target, distance)
            )

        return anchor, near
    if isinstance(leaf, query.TermRange):
        low = None if leaf.start is None else _text(leaf.start)
        high = None if leaf.end is None else _text(leaf.end)
        low_excl, high_excl = leaf.startexcl, leaf.endexcl

        def inside(word: str) -> bool:
            if low is not None and (word < low or (low_excl and word == low)):
                return False
            return high is None or not (word > high or (high_excl and word == high))

        return "", inside
    return None


def _text(value: Any) -> str:
    return value.decode("utf-8") if isinstance(value, bytes) else str(value)


def _article_spans(article: Article, matchers: dict[str, Matcher], start: int) -> Iterator[tuple[int, int]]:
    """Spans of title matches, then body matches, in `Article.text` from `start` on."""
    text = article.text
    if article.title and "title" in matchers:
        yield from scan(text, matchers["title"], start, len(article.title))
    if "body" in matchers:
        yield from scan(text, matchers["body"], max(start, article.body_offset))


def _cut_short_note(ranking: Ranking, time_limit: float) -> str | None:
    """One line saying why a search stopped early (None when it did not)."""
    if not ranking.out_of_time:
        return None
    share = ranking.searched / ranking.documents if ranking.documents else 0.0
    why = (
        f"its wildcards, prefixes and fuzzy terms stand for at least {ranking.expanded:,} words"
        if ranking.expanded >= 1000
        else "it reads too much of the index"
    )
    return (
        f"stopped at the {time_limit:g} s time limit with {share:.0%} of the desk searched ({why}): "
        "results may be missing; narrow the query"
    )


def _walk(q: query.Query) -> Iterator[query.Query]:
    yield q
    for child in q.children():
        yield from _walk(child)


def _may_match_other_doctype(q: query.Query, own: frozenset[str]) -> bool:
    """False when every hit must contain a word of a field only this kind of document has."""
    if isinstance(q, query.Every) and not q.fieldname:
        return True
    if isinstance(q, query.And):
        return all(_may_match_other_doctype(c, own) for c in q.children())
    if isinstance(q, query.AndNot):
        return _may_match_other_doctype(q.a, own)
    if isinstance(q, query.Not):
        return True
    if q.is_leaf():
        return q.field() not in own
    return any(_may_match_other_doctype(c, own) for c in q.children())


def _positive_leaves(q: query.Query) -> Iterator[query.Query]:
    """Leaves of a query outside any NOT: the words a hit is expected to contain."""
    if isinstance(q, query.Not):
        return
    if q.is_leaf():
        yield q
        return
    if isinstance(q, (query.AndNot, query.Require)):
        yield from _positive_leaves(q.a)
        return
    for child in q.children():
        yield from _positive_leaves(child)


def _not_regular(directory: Path) -> str | None:
    """What in the index folder is not a regular file ("_MAIN_1.toc is a FIFO"), or None."""
    try:
        children = list(directory.iterdir())
    except OSError:
        return None  # missing or unreadable: whoosh and mkdir say what is wrong
    for child in sorted(children):
        try:
            mode = child.stat().st_mode
        except OSError:
            return f"{child.name} is a broken link"
        if stat.S_ISDIR(mode) and child.name == _WRITER_TEMP:
            continue  # an open writer's temp folder (a run indexing now): whoosh never reads it to search
        if not stat.S_ISREG(mode):
            return f"{child.name} is a {kind_of(mode)}"
    return None


# The temp folder every whoosh writer of the index (named MAIN by default) keeps while it is open.
_WRITER_TEMP = "MAIN.tmp"


def _read_version(path: Path) -> str:
    """The schema version written beside the index ("" when missing or unreadable)."""
    try:
        return read_regular(path, 64).decode("ascii", "replace").strip()
    except OSError:
        return ""


def _wipe(directory: Path) -> None:
    for child in directory.iterdir():
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child)
        else:
            child.unlink()


class StoreWriter:
    """Adds and replaces articles with their statements; commit or cancel once."""

    def __init__(self, writer: Any) -> None:
        self._w = writer

    def remove_article(self, key: str) -> None:
        """Remove an article and all of its statements."""
        # The article document carries its own key in `article` too: one term removes it and
        # every statement it holds.
        self._w.delete_by_term("article", key)

    def put_article(self, article: Article, statements: Iterable[Statement], *, replace: bool) -> None:
        """Write an article and its statements (replacing any earlier version when `replace`)."""
        from newsdesk.index.actors.mentions import (
            statement_key,  # not at module top: searches need none of it
        )

        if replace:
            self.remove_article(article.key)
        stmts = list(statements)
        actor_names = sorted({s.actor for s in stmts if s.actor})
        self._w.add_document(
            doctype=ARTICLE,
            key=article.key,
            article=article.key,
            path=article.path,
            title=article.title,
            body=article.body,
            source=article.source or "",
            author=article.author or "",
            date=_naive_utc(article.date),
            body_hash=body_hash(article.body),
            tags=",".join(t.strip().lower() for t in article.tags if t.strip()),
            actors=" ; ".join(actor_names),
            payload={
                "url": article.url,
                "date_source": article.date_source,
                "format": article.format,
                "extra": dict(article.extra),
            },
        )
        art = {"title": article.title, "source": article.source, "date": _iso(article.date)}
        for stmt in stmts:
            self._w.add_document(
                doctype=STATEMENT,
                article=article.key,
                path=article.path,
                quote=stmt.quote,
                speaker=stmt.speaker or "",
                actor=stmt.actor or "",
                actor_id=statement_key(stmt, article.key) or "",
                cue=" ".join(dict.fromkeys(x for x in (stmt.cue, stmt.cue_lemma) if x)),
                kind=stmt.kind,
                date=_naive_utc(stmt.date or article.date),
                payload={"statement": statement_to_dict(stmt), "article": art},
            )

    def commit(self, segments: Sequence[Any] = ()) -> None:
        """Make everything written visible to searchers, with `segments` finished by worker writers."""
        if segments:
            wi.commit_with_segments(self._w, segments)
        else:
            self._w.commit()

    def cancel(self) -> None:
        """Drop everything written and release the index lock; never raises.

        On a full disk closing the half-written segment fails too: that error must not replace the
        one being handled, and the lock and temp folder must still be released.
        """
        wi.cancel_quietly(self._w)

    @property
    def has_documents(self) -> bool:
        """True once a document was added through this writer."""
        return wi.has_documents(self._w)

    def finish_segment(self) -> Any:
        """Close a worker writer's segment and return it for the lock holder's `commit(segments)`."""
        return wi.finish_segment(self._w)

    def abandon(self) -> None:
        """Drop a worker writer's segment (its files are removed by the next commit's cleanup)."""
        # Not cancel(): that also deletes the temp folder every writer of the index shares.
        try:
            wi.close_segment(self._w)
        except Exception:  # already closed, or half-written: nothing left to drop
            return


def open_segment_writer(directory: Path, *, limitmb: int = 128) -> StoreWriter:
    """A writer for a worker process: one new segment, no index lock (the parent holds it).

    Its segment becomes part of the index only through the parent's `StoreWriter.commit`.
    """
    ix = index.open_dir(str(directory))
    return StoreWriter(wi.segment_writer(ix, limitmb=limitmb, codec=SmallBlocksPlainCodec()))
