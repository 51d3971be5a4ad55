"""The whoosh store: with its ranker (index/ranking.py), the only code that imports whoosh.

Two kinds of documents share one index: articles (doctype "article") and statements (doctype
"statement", tied to theirs by `article`), so a re-read article replaces all of its statements in
the same commit. Everything above this module speaks in model objects and plain dicts.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import re
import shutil
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from whoosh import fields, formats, index, qparser, query, sorting
from whoosh.analysis import STOP_WORDS, SimpleAnalyzer, StemmingAnalyzer
from whoosh.analysis.tokenizers import default_pattern
from whoosh.codec.whoosh3 import W3Codec, W3PostingsWriter
from whoosh.collectors import TimeLimitCollector
from whoosh.qparser.dateparse import DateParserPlugin
from whoosh.searching import TimeLimit
from whoosh.util.filelock import try_for

from newsdesk.index.model import Article, Statement
from newsdesk.index.search.ranking import Ranker, column_values
from newsdesk.index.search.snippets import Matcher, find_hits, snippet

# Bump when the schema or what is stored in it changes: an older index is then rebuilt.
SCHEMA_VERSION = 9  # 9: the package moved to newsdesk.index (pickled class paths changed)
ARTICLE = "article"
STATEMENT = "statement"
STATEMENT_FIELDS = ("speaker", "actor", "cue", "kind", "quote")
# Fields only one kind of document has: a query over them alone needs no doctype filter.
ARTICLE_ONLY = frozenset({"title", "body", "source", "author", "tags", "actors"})
STATEMENT_ONLY = frozenset({"quote", "speaker", "actor", "cue", "kind", "actor_id"})
FIELD_ALIASES = {"tags": ["tag"], "actor": ["actors"], "speaker": ["who"]}


class StoreError(Exception):
    """The index cannot be opened or written; the message is one line for the user."""


class QueryError(ValueError):
    """A query the parser cannot make sense of; the message is one line for the user."""


def _schema() -> fields.Schema:
    stem = StemmingAnalyzer()
    simple = SimpleAnalyzer()
    return fields.Schema(
        doctype=fields.ID(stored=True),
        key=fields.ID(stored=True, unique=True),
        article=fields.ID(stored=True),
        path=fields.STORED(),  # shown, never searched: the key is the unique handle
        title=_fast(fields.TEXT(analyzer=stem, stored=True, field_boost=2.0)),
        body=_fast(fields.TEXT(analyzer=stem, stored=True, chars=True)),
        source=fields.TEXT(analyzer=simple, stored=True),
        author=fields.TEXT(analyzer=simple, stored=True),
        date=_day_terms(fields.DATETIME(stored=True, sortable=True)),
        tags=fields.KEYWORD(lowercase=True, commas=True, scorable=True, stored=True),
        actors=_unscored(fields.TEXT(analyzer=simple, stored=True)),
        actor_id=fields.KEYWORD(commas=True, stored=True),
        # Statement fields are searched, not stored: the payload holds the whole statement, and
        # statement documents outnumber articles several times over, so each stored, positional
        # or length-tracked field they carry costs indexing time. A statement has no `key` of its
        # own: it is found, and deleted, through its `article`.
        quote=_fast(fields.TEXT(analyzer=stem)),
        speaker=_unscored(fields.TEXT(analyzer=simple)),
        actor=_unscored(fields.TEXT(analyzer=simple)),
        cue=_unscored(fields.TEXT(analyzer=simple, phrase=False)),
        kind=fields.ID(),
        payload=fields.STORED(),
    )


def _fast(field: fields.FieldType) -> fields.FieldType:
    # Same postings, analysed in one loop: see _StemmedWords.
    fmt = field.format
    field.format = (_StemmedChars if isinstance(fmt, formats.Characters) else _StemmedPositions)(
        field_boost=fmt.field_boost
    )
    return field


class _StemmedWords:
    """Index-time analysis of stemmed text fields in one pass, without whoosh's token pipeline.

    It yields exactly what whoosh's StemmingAnalyzer (word pattern, lowercase, stop words and
    words under 2 letters dropped, positions renumbered, Porter stems) feeds a Positions or
    Characters format, at a third of the cost: body and quote analysis was the largest part of
    writing a document. Queries and anything but plain strings take whoosh's own path. The
    classes are pickled into the index schema, so they keep these names.
    """

    def word_values(
        self, value: Any, analyzer: Any, **kwargs: Any
    ) -> Iterator[tuple[str, int, float, bytes]]:
        if kwargs.get("mode") != "index" or not isinstance(value, str):
            yield from super().word_values(value, analyzer, **kwargs)  # type: ignore[misc]
            return
        chars = isinstance(self, formats.Characters)
        seen: dict[str, list[Any]] = {}
        pos = -1
        for index_, m in enumerate(_WORD.finditer(value)):
            word = m.group().lower()
            if len(word) < 2 or word in _STOP_WORDS:
                continue
            # whoosh's StopFilter keeps the first kept word's own position and numbers the
            # rest consecutively after it.
            pos = index_ if pos < 0 else pos + 1
            stemmed = _stem(word)
            entry = (pos, m.start(), m.end()) if chars else pos
            if stemmed in seen:
                seen[stemmed].append(entry)
            else:
                seen[stemmed] = [entry]
        boost = self.field_boost  # type: ignore[attr-defined]
        encode = self.encode  # type: ignore[attr-defined]
        for word, entries in seen.items():
            yield word, len(entries), float(len(entries)) * boost, encode(entries)


class _StemmedPositions(_StemmedWords, formats.Positions):
    """Positions postings analysed by `_StemmedWords`."""


class _StemmedChars(_StemmedWords, formats.Characters):
    """Characters postings analysed by `_StemmedWords`."""


_WORD = default_pattern  # the tokenizer pattern of whoosh's StemmingAnalyzer
_STOP_WORDS = STOP_WORDS


@functools.lru_cache(maxsize=100_000)
def _stem(word: str) -> str:
    from whoosh.lang.porter import stem

    return stem(word)


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
class Hit:
    """One search result: an article, or a statement when the query asked for statements."""

    key: str
    path: str
    title: str
    source: str | None
    date: dt.date | None
    score: float
    snippet: str
    hit_count: int
    doctype: str = ARTICLE
    statement: Statement | None = None


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
        self._doc_sets: dict[str, Any] = {}
        self._dates: dict[str, Any] = {}
        self._parsers: dict[tuple[str, ...], qparser.QueryParser] = {}
        self._ranker: Ranker | None = None
        # The block-at-a-time ranker (newsdesk.index.search.ranking); off, every query goes through whoosh's
        # collector. Tests switch it off to compare the two.
        self.fast_ranking = True

    # ---- opening -------------------------------------------------------------------------------

    @classmethod
    def open(cls, directory: Path, *, create: bool = True) -> tuple[Store, str | None]:
        """Open the index; with `create`, make or rebuild it and return a note saying why.

        Without `create` nothing on disk is touched: a reader must never wipe an index that an
        indexer (holding the desk lock) may be writing.
        """
        version_file = directory / "schema-version"
        try:
            exists = index.exists_in(str(directory))
        except Exception:  # a TOC too damaged to read still means "there was an index here"
            exists = True
        note: str | None = None
        if exists:
            version = version_file.read_text().strip() if version_file.exists() else ""
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
        return self._ix.latest_generation()

    def doc_count(self) -> int:
        """Number of live documents (articles and statements)."""
        return self._searcher.doc_count()

    # ---- writing -------------------------------------------------------------------------------

    def writer(self, *, timeout: float = 30.0) -> StoreWriter:
        """The writer that holds the index lock; bulk runs add segments from worker processes."""
        # The lock is taken here, not by the writer: a writer failing while it opens its files (a
        # full disk) would keep it until the process ends, and the next run in it would wait forever.
        lock = self._ix.lock("WRITELOCK")
        if not try_for(lock.acquire, timeout=timeout, delay=0.1):
            raise StoreError(f"the index in {self.directory} is locked by another writer")
        try:
            w = _segment_writer_class()(self._ix, _lk=False, codec=SmallBlocksPlainCodec())
        except BaseException:
            lock.release()
            raise
        w.writelock = lock  # released by the writer's commit or cancel
        return StoreWriter(w)

    def remove_unused_files(self) -> None:
        """Delete what no commit refers to: segments and TOC temp files of a run that failed or was killed.

        Only the holder of the desk's index lock may call this, and only while no worker writes.
        """
        from whoosh.index import clean_files

        ix = self._ix
        clean_files(ix.storage, ix.indexname, ix.latest_generation(), ix._segments())
        temp_toc = re.compile(rf"^_{re.escape(ix.indexname)}_[0-9]+\.toc\.[0-9.]+$")
        for name in list(ix.storage):
            if temp_toc.match(name):
                with contextlib.suppress(OSError):
                    ix.storage.delete_file(name)
        # The writers' shared temp folder: a writer that failed while opening never removed it.
        shutil.rmtree(self.directory / f"{ix.indexname}.tmp", ignore_errors=True)

    # ---- reading -------------------------------------------------------------------------------

    def stored_files(self) -> dict[str, dict[str, Any]]:
        """Per file, what the index holds: used to rebuild a lost manifest."""
        files: dict[str, dict[str, Any]] = {}
        for doc in self._searcher.documents(doctype=ARTICLE):
            payload = doc.get("payload") or {}
            entry = files.setdefault(doc["path"], {"stat": payload.get("stat"), "keys": []})
            entry["keys"].append(doc["key"])
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
            parts.append(self._parse(text_query, default_fields=["quote"]))
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

    def _parse(self, text: str, default_fields: list[str]) -> query.Query:
        text = anchor_fuzzy(compact_dates(text))
        parser = self._parser(default_fields)
        errors: list[str] = []
        try:
            q = parser.parse(text, debug=False)
        except Exception as exc:
            raise QueryError(f"cannot parse query {text!r}: {exc}") from exc
        for node in _walk(q):
            # The parser marks what it could not read with an `error` attribute instead of raising.
            if getattr(node, "error", None):
                errors.append(str(node.error))
        if errors:
            raise QueryError(f"bad query {text!r}: {errors[0]}")
        return q

    def is_statement_query(self, text: str) -> bool:
        """True when the query names a statement field (speaker:, actor:, cue:, kind:, quote:)."""
        return bool(re.search(r"(?<![\w.])(speaker|who|actor|actors|cue|kind|quote):", text))

    def _doctype_docs(self, doctype: str) -> set[int]:
        # Cached per searcher: a mask/filter set turns "only articles" into a cheap membership test
        # instead of intersecting with a 20k-long posting list on every query.
        key = (id(self._searcher), doctype)
        if self._doc_sets.get("key") != key:
            docs = set(self._searcher.docs_for_query(query.Term("doctype", doctype)))
            self._doc_sets = {"key": key, "docs": docs}
        return self._doc_sets["docs"]

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
        if self._dates.get("key") != key:
            values = column_values(self._searcher, "date")
            self._dates = {"key": key, "values": values}
        return self._dates["values"]

    def matcher(self, q: query.Query, fields_: Collection[str]) -> Matcher:
        """What the parsed query looks for in the given text fields (expansions included)."""
        terms: set[str] = set()
        reader = self._searcher.reader()
        # Not q.existing_terms(): in whoosh it reuses its fieldname argument as a loop variable
        # and skips every leaf after the first field it sees.
        for leaf in _positive_leaves(q):
            if leaf.field() not in fields_:
                continue
            try:
                if isinstance(leaf, query.MultiTerm):
                    # The ranker's expansion is cached per searcher; whoosh's would walk every
                    # segment's word list again (~30 ms for a fuzzy term on the 20k desk).
                    words = self._current_ranker().expanded_words(leaf) if self.fast_ranking else None
                    pairs = (
                        leaf.expanded_terms(reader) if words is None else ((leaf.field(), w) for w in words)
                    )
                else:
                    pairs = leaf.terms()
                for fieldname, value in pairs:
                    if fieldname in fields_:
                        terms.add(value.decode("utf-8") if isinstance(value, bytes) else str(value))
            except Exception:  # ranges and other non-term leaves have no words to mark
                continue
        return Matcher(frozenset(terms), (), _stemmer())

    def search(
        self, text: str, *, limit: int = 20, time_limit: float = 2.0, snippets: bool = True
    ) -> list[Hit]:
        """Ranked hits with highlighted snippets (unless `snippets` is off); statement queries return statements."""
        if not text.strip():
            return []
        statement_mode = self.is_statement_query(text)
        fields_ = ("quote",) if statement_mode else ("title", "body")
        if self._searcher.doc_count_all() == 0:
            # whoosh's reader of an empty index lacks the column and deletion APIs the ranker uses;
            # the query is still parsed, so a malformed one is an error here too.
            self._parse(text, list(fields_))
            return []
        q, restrict = self._plan(text, statement_mode)
        ranked = self._rank(q, limit, restrict, time_limit)
        matcher = self.matcher(q, fields_)
        hits: list[Hit] = []
        for docnum, score in ranked:
            hit = self._searcher.stored_fields(docnum)
            payload = hit.get("payload") or {}
            if statement_mode:
                stmt = statement_from_dict(payload["statement"])
                spans = find_hits(stmt.quote, matcher)
                art = payload.get("article") or {}
                hits.append(
                    Hit(
                        key=hit["article"],
                        path=hit["path"],
                        title=art.get("title", ""),
                        source=art.get("source"),
                        date=stmt.date or (dt.date.fromisoformat(art["date"]) if art.get("date") else None),
                        score=float(score or 0.0),
                        snippet=snippet(stmt.quote, spans) if snippets else "",
                        hit_count=len(spans),
                        doctype=STATEMENT,
                        statement=stmt,
                    )
                )
                continue
            title, body = hit.get("title", ""), hit.get("body", "")
            body_spans = find_hits(body, matcher)
            hits.append(
                Hit(
                    key=hit["key"],
                    path=hit["path"],
                    title=title,
                    source=hit.get("source"),
                    date=hit["date"].date() if hit.get("date") else None,
                    score=float(score or 0.0),
                    snippet=snippet(body, body_spans) if snippets else "",
                    hit_count=len(body_spans) + len(find_hits(title, matcher)),
                )
            )
        return hits

    def _current_ranker(self) -> Ranker:
        # One per searcher: its caches (scored postings, expansions) describe that searcher only.
        if self._ranker is None or self._ranker.searcher is not self._searcher:
            self._ranker = Ranker(self._searcher)
        return self._ranker

    def _plan(self, text: str, statement_mode: bool) -> tuple[query.Query, dict[str, set[int]]]:
        """The parsed query without its top-level date ranges, and the doc sets that restrict it."""
        fields_ = ["quote"] if statement_mode else ["title", "body"]
        q, date_docs = self._split_dates(self._parse(text, fields_))
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

    def _rank(
        self, q: query.Query, limit: int, restrict: dict[str, set[int]], time_limit: float
    ) -> list[tuple[int, float]]:
        """The best `limit` (docnum, score) pairs for a parsed query, best first."""
        allow, exclude = restrict.get("filter"), restrict.get("mask")
        if allow is not None and not allow:
            # Nothing can pass an empty filter (whoosh would read an empty set as "no filter").
            return []
        expands = any(isinstance(n, query.MultiTerm) for n in _walk(q))
        if self.fast_ranking:
            ranked = self._current_ranker().top(
                q, limit, allow=allow, exclude=exclude, time_limit=time_limit if expands else None
            )
            if ranked is not None:
                return ranked
        collector = self._searcher.collector(limit=limit, **restrict)
        if expands:
            # Expanding queries (prefix*, fuzzy~) can explode: keep what was found in time.
            # No SIGALRM: searches run on worker threads in the TUI.
            collector = TimeLimitCollector(collector, timelimit=time_limit, use_alarm=False)
        with contextlib.suppress(TimeLimit):
            self._searcher.search_with_collector(q, collector)
        return [(hit.docnum, hit.score) for hit in collector.results()]

    def hit_spans(self, key: str, text: str, article_text: str, body_offset: int) -> list[tuple[int, int]]:
        """Character spans in the article text of the query's terms (title and body)."""
        if not text.strip() or self.is_statement_query(text):
            return []
        # Title and body share one text (see newsdesk.index.model), so one pass over it finds both.
        return find_hits(article_text, self.matcher(self._parse(text, ["title", "body"]), ("title", "body")))

    def dates_range(self) -> tuple[dt.date | None, dt.date | None]:
        """The earliest and latest article dates."""
        facet = sorting.FieldFacet("date")
        hits = self._searcher.search(query.Term("doctype", ARTICLE), sortedby=facet, limit=1)
        first = hits[0]["date"].date() if len(hits) and hits[0].get("date") else None
        hits = self._searcher.search(query.Term("doctype", ARTICLE), sortedby=facet, reverse=True, limit=1)
        last = hits[0]["date"].date() if len(hits) and hits[0].get("date") else None
        return first, last


class StoreWriter:
    """Adds and replaces articles with their statements; commit or cancel once."""

    def __init__(self, writer: Any) -> None:
        self._w = writer

    def remove_article(self, key: str) -> None:
        """Remove an article and all of its statements."""
        # The article document carries its own key in `article` too: one term removes it and
        # every statement it holds.
        self._w.delete_by_term("article", key)

    def put_article(
        self, article: Article, statements: Iterable[Statement], *, stat: Any = None, replace: bool
    ) -> None:
        """Write an article and its statements (replacing any earlier version when `replace`)."""
        from newsdesk.index.actors.registry import slug  # not at module top: the search path needs no YAML

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
            tags=",".join(t.strip().lower() for t in article.tags if t.strip()),
            actors=" ; ".join(actor_names),
            payload={
                "url": article.url,
                "date_source": article.date_source,
                "format": article.format,
                "extra": dict(article.extra),
                "stat": stat,
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
                actor_id=slug(stmt.actor) if stmt.actor else "",
                cue=" ".join(dict.fromkeys(x for x in (stmt.cue, stmt.cue_lemma) if x)),
                kind=stmt.kind,
                date=_naive_utc(stmt.date or article.date),
                payload={"statement": statement_to_dict(stmt), "article": art},
            )

    def commit(self, segments: Sequence[Any] = ()) -> None:
        """Make everything written visible to searchers, with `segments` finished by worker writers."""
        if not segments:
            self._w.commit()
            return
        # What whoosh's MpWriter does with its sub-writers' segments (multisegment mode): keep the
        # merge policy for the existing segments, then list the new ones in the next TOC.
        w = self._w
        w._check_state()
        final = w._merge_segments(None, None, None)
        final.extend(segments)
        if w._added:
            final.append(w._finalize_segment())
        else:
            w._close_segment()
        w._commit_toc(final)
        w._finish()

    def cancel(self) -> None:
        """Drop everything written and release the index lock; never raises.

        On a full disk closing the half-written segment fails too: that error must not replace the
        one being handled, and the lock and temp folder must still be released.
        """
        with contextlib.suppress(Exception):
            self._w._close_segment()
        with contextlib.suppress(Exception):
            self._w._finish()

    @property
    def has_documents(self) -> bool:
        """True once a document was added through this writer."""
        return bool(self._w._added)

    def finish_segment(self) -> Any:
        """Close a worker writer's segment and return it for the lock holder's `commit(segments)`."""
        return self._w._finalize_segment()

    def abandon(self) -> None:
        """Drop a worker writer's segment (its files are removed by the next commit's cleanup)."""
        # Not cancel(): that also deletes the temp folder every writer of the index shares.
        with contextlib.suppress(Exception):
            self._w._close_segment()


def open_segment_writer(directory: Path, *, limitmb: int = 128) -> StoreWriter:
    """A writer for a worker process: one new segment, no index lock (the parent holds it).

    Its segment becomes part of the index only through the parent's `StoreWriter.commit`.
    """
    ix = index.open_dir(str(directory))
    return StoreWriter(_segment_writer_class()(ix, _lk=False, limitmb=limitmb, codec=SmallBlocksPlainCodec()))


# Posting blocks with fewer postings than this are written uncompressed (see _codec).
COMPRESS_MIN_POSTINGS = 16


class SmallBlocksPlainPostingsWriter(W3PostingsWriter):  # type: ignore[misc]
    """whoosh's W3 postings writer, leaving blocks under COMPRESS_MIN_POSTINGS uncompressed.

    Most terms have a handful of postings; zlib's per-call set-up cost more than the bytes it
    saved, a tenth of a segment's flush time (and again when such a block is read back). The
    level is recorded per block, so whoosh reads both kinds.
    """

    def _write_block(self, last: bool = False) -> None:
        level = self.__dict__.setdefault("_level", self._compression)
        self._compression = level if len(self._ids) >= COMPRESS_MIN_POSTINGS else 0
        super()._write_block(last)


class SmallBlocksPlainCodec(W3Codec):  # type: ignore[misc]
    """The W3 codec with `SmallBlocksPlainPostingsWriter`; pickled into segments, so keep its name."""

    def postings_writer(self, dbfile: Any, byteids: bool = False) -> Any:
        return SmallBlocksPlainPostingsWriter(
            dbfile,
            blocklimit=self._blocklimit,
            byteids=byteids,
            compression=self._compression,
            inlinelimit=self._inlinelimit,
        )


@functools.cache
def _segment_writer_class() -> type:
    # Built on first use: the search path never loads whoosh's writing module.
    from whoosh.writing import SegmentWriter

    class FastLengthsSegmentWriter(SegmentWriter):  # type: ignore[misc]
        """whoosh's SegmentWriter, but postings read field lengths from memory when flushed."""

        def _flush_segment(self) -> None:
            # As whoosh's own, with the lengths reader swapped: whoosh looks up a field length
            # through the column file once per posting, a sixth of a segment's flush time.
            self.perdocwriter.close()
            lengths = _Lengths(self.per_document_reader()) if self.codec.length_stats else None
            self.fieldwriter.add_postings(self.schema, lengths, self.pool.iter_postings())
            self.fieldwriter.close()
            if lengths:
                lengths.close()

    return FastLengthsSegmentWriter


class _Lengths:
    """A per-document reader's field lengths, each field's column read whole on first use."""

    def __init__(self, reader: Any) -> None:
        self._reader = reader
        self._fields: dict[str, list[int]] = {}

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0) -> int:
        lengths = self._fields.get(fieldname)
        if lengths is None:
            lengths = self._fields[fieldname] = self._load(fieldname)
        return lengths[docnum] if docnum < len(lengths) else default

    def _load(self, fieldname: str) -> list[int]:
        from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
        from whoosh.util.numeric import byte_to_length

        reader = self._reader
        try:
            column = reader._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
            if column is None:
                return []
            # One byte per document, 0 when the field is empty (whoosh then answers the default).
            raw = column._dbfile.get(column._basepos, column._count) if column._fixedlen == 1 else None
        except AttributeError:  # another codec: ask per document, once
            raw = None
        if raw is None:
            return [reader.doc_field_length(d, fieldname, 0) for d in range(reader.doc_count_all())]
        table = [0] + [byte_to_length(b) for b in range(1, 256)]
        return [table[b] for b in raw]

    def close(self) -> None:
        self._reader.close()


def _stemmer() -> Callable[[str], str]:
    """The stemmer the body analyzer uses, so snippets match exactly what was indexed."""
    from whoosh.lang.porter import stem

    return stem


_DATE_EXPR = re.compile(r"(?<![\w.])date:(\[[^\]]*\]|\S+)")
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{1,2})(?:-(\d{1,2}))?\b")


_NO_DATE = 2**64 - 1  # what whoosh's date column holds for a document without a date
_FUZZY = re.compile(r"(?<=\w)~([0-9])?(?![/0-9])")


def anchor_fuzzy(text: str) -> str:
    """Give `word~` a two-letter prefix: unanchored, whoosh scores every word of the lexicon (seconds)."""
    return _FUZZY.sub(lambda m: f"~{m.group(1) or 1}/2", text)


def compact_dates(text: str) -> str:
    """Rewrite ISO dates inside `date:` expressions to the compact form whoosh's date parser reads."""

    def iso(m: re.Match[str]) -> str:
        y, mo, d = m.group(1), m.group(2).zfill(2), m.group(3)
        return y + mo + (d.zfill(2) if d else "")

    return _DATE_EXPR.sub(lambda m: "date:" + _ISO_DATE.sub(iso, m.group(1)), text)


def _walk(q: query.Query) -> Iterator[query.Query]:
    yield q
    for child in q.children():
        yield from _walk(child)


def _may_match_other_doctype(q: query.Query, own: frozenset[str]) -> bool:
    """False when every hit must contain a word of a field only this kind of document has."""
    if isinstance(q, query.Every):
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
    if isinstance(q, query.AndNot):
        yield from _positive_leaves(q.a)
        return
    for child in q.children():
        yield from _positive_leaves(child)


def _wipe(directory: Path) -> None:
    for child in directory.iterdir():
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child)
        else:
            child.unlink()


def progress_noop(done: int, total: int) -> None:
    """A progress callback that does nothing."""


ProgressFn = Callable[[int, int], None]
