"""Bookmarked passages: the analyst's evidence file, kept in `DATA/bookmarks.yaml`.

The file is meant to be read, diffed and even edited by hand, so it is plain block-style YAML with
a stable key order. Several processes (two TUIs, a TUI and the CLI) may change it at once: every
mutation locks, re-reads, applies, backs up the previous file and writes atomically. A file that
no longer parses is reported and never overwritten, because it holds work nobody can recreate.
A file cut short (a sync tool, a copy to a full disk) may still parse: its `count:` line, written
before the records, says how many there must be, and every record the app wrote ends with `created`.
"""

from __future__ import annotations

import builtins
import datetime as dt
import hashlib
import json
import re
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, TypeVar

import yaml

from newsdesk.index import safeyaml
from newsdesk.index.model import Article
from newsdesk.index.regularfile import read_regular
from newsdesk.index.userdata.atomic import DEFAULT_LOCK_TIMEOUT, LockBusyError, atomic_write_bytes, locked

FORMAT_VERSION = 1
FILE_NAME = "bookmarks.yaml"
BACKUP_SUFFIX = ".bak"
CONTEXT_CHARS = 40
_DIGEST_CHARS = 12
_WHITESPACE = re.compile(r"\s+")

T = TypeVar("T")


class BookmarkError(Exception):
    """The bookmarks file cannot be used (broken, unreadable, busy) or a bookmark is unknown; one line."""


class BookmarkNotFoundError(BookmarkError):
    """No bookmark has the requested id."""


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What a passage looked like in place: the text around it and a hash of its words.

    `digest` ignores whitespace so that a re-wrapped article still matches; the context tells
    repeated passages apart.
    """

    before: str
    after: str
    digest: str


@dataclass(frozen=True, slots=True)
class Bookmark:
    """A passage of one article kept with its citation; `start`/`end` are offsets into `Article.text`."""

    id: str
    key: str
    path: str
    title: str
    source: str | None
    date: str | None
    start: int
    end: int
    passage: str
    fingerprint: Fingerprint
    note: str = ""
    tags: tuple[str, ...] = ()
    created: str = ""


# ---------------------------------------------------------------------------------------------
# Pure functions: building, locating and exporting bookmarks.


def passage_digest(passage: str) -> str:
    """A short hash of the passage's words, blind to how whitespace was wrapped."""
    words = _WHITESPACE.sub(" ", passage).strip()
    return hashlib.sha256(words.encode("utf-8")).hexdigest()[:_DIGEST_CHARS]


def fingerprint_for(text: str, start: int, end: int) -> Fingerprint:
    """The context fingerprint of `text[start:end]`."""
    return Fingerprint(
        before=text[max(0, start - CONTEXT_CHARS) : start],
        after=text[end : end + CONTEXT_CHARS],
        digest=passage_digest(text[start:end]),
    )


def normalize_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Tags trimmed, empty ones dropped, duplicates removed (first spelling kept, order kept)."""
    seen: dict[str, None] = {}
    for tag in tags:
        cleaned = str(tag).strip()
        if cleaned:
            seen.setdefault(cleaned, None)
    return tuple(seen)


def check_offsets(article: Article, start: int, end: int) -> None:
    """Raise ValueError unless `start:end` is a non-empty span inside `article.text`."""
    length = len(article.text)
    if not (0 <= start < end <= length):
        raise ValueError(
            f"offsets {start}-{end} are not a passage of {article.key} (its text has {length} characters)"
        )


def make_bookmark(
    article: Article,
    start: int,
    end: int,
    *,
    bookmark_id: str,
    created: str,
    note: str = "",
    tags: Iterable[str] = (),
) -> Bookmark:
    """A bookmark of `article.text[start:end]`; raises ValueError for offsets outside the text."""
    check_offsets(article, start, end)
    text = article.text
    return Bookmark(
        id=bookmark_id,
        key=article.key,
        path=article.path,
        title=article.title,
        source=article.source,
        date=article.date.isoformat() if article.date else None,
        start=start,
        end=end,
        passage=text[start:end],
        fingerprint=fingerprint_for(text, start, end),
        note=note,
        tags=normalize_tags(tags),
        created=created,
    )


def locate(bookmark: Bookmark, text: str) -> tuple[int, int] | None:
    """Where the bookmarked passage is in `text` now, or None when it is gone or was reworded.

    The exact passage wins over a whitespace-insensitive match; among several candidates the one
    whose surroundings match the fingerprint best, then the one nearest the old offset.
    """
    start, end, passage = bookmark.start, bookmark.end, bookmark.passage
    if not passage:
        return None
    fingerprint = bookmark.fingerprint
    whole_context = len(fingerprint.before) + len(fingerprint.after)
    if text[start:end] == passage and _context_score(text, (start, end), fingerprint) == whole_context:
        return start, end
    candidates = [(i, i + len(passage)) for i in _occurrences(text, passage)]
    if not candidates:
        candidates = [
            span
            for span in _loose_occurrences(text, passage)
            if passage_digest(text[span[0] : span[1]]) == fingerprint.digest
        ]
    if not candidates:
        return None
    # A short passage ("he said no.") may repeat: an edit above can slide another copy under the
    # old offset, so the surroundings outrank the distance.
    return max(candidates, key=lambda span: (_context_score(text, span, fingerprint), -abs(span[0] - start)))


def reanchor(bookmark: Bookmark, article: Article) -> Bookmark | None:
    """The bookmark re-pointed at the passage in the article's current text; None when it is missing."""
    text = article.text
    span = locate(bookmark, text)
    if span is None:
        return None
    start, end = span
    return replace(
        bookmark,
        path=article.path,
        title=article.title,
        source=article.source,
        date=article.date.isoformat() if article.date else bookmark.date,
        start=start,
        end=end,
        passage=text[start:end],
        fingerprint=fingerprint_for(text, start, end),
    )


def export_markdown(bookmarks: Iterable[Bookmark]) -> str:
    """The Markdown brief of `bookmarks` from what they keep (title, outlet, date), grouped by tag.

    `newsdesk.index.userdata.brief.desk_brief` adds what the desk knows: url, author, speaker.
    """
    from newsdesk.index.userdata.brief import BriefEntry, Source, render_brief

    return render_brief(BriefEntry(b, Source(b.title or b.key, b.source, b.date)) for b in bookmarks)


def export_json(bookmarks: Iterable[Bookmark]) -> str:
    """The bookmarks as a JSON array of objects with every field (UTF-8 kept as is)."""
    return json.dumps([to_record(b) for b in bookmarks], ensure_ascii=False, indent=2) + "\n"


def to_record(bookmark: Bookmark) -> dict[str, Any]:
    """The bookmark as a plain mapping in the file's key order (tags as a list)."""
    fp = bookmark.fingerprint
    return {
        "id": bookmark.id,
        "key": bookmark.key,
        "path": bookmark.path,
        "title": bookmark.title,
        "source": bookmark.source,
        "date": bookmark.date,
        "start": bookmark.start,
        "end": bookmark.end,
        "passage": bookmark.passage,
        "fingerprint": {"before": fp.before, "after": fp.after, "digest": fp.digest},
        "note": bookmark.note,
        "tags": list(bookmark.tags),
        "created": bookmark.created,
    }


def dump_bookmarks(bookmarks: Iterable[Bookmark]) -> str:
    """The text of a bookmarks file holding `bookmarks`, in order."""
    return _document(_fragments(list(bookmarks)))


def parse_bookmarks(text: str, source: Path | str) -> list[Bookmark]:
    """The bookmarks in a bookmarks file's text; BookmarkError names `source` and the reason."""
    try:
        document = safeyaml.load(text)
    except safeyaml.YAMLError as exc:
        where = f"{source}:{exc.line}" if exc.line else str(source)
        raise BookmarkError(f"{where}: not valid YAML ({exc.reason}); fix or move the file") from None
    if document is None:
        return []
    if not isinstance(document, dict):
        raise BookmarkError(f"{source}: expected a mapping with 'version' and 'bookmarks' at the top")
    version = document.get("version", FORMAT_VERSION)
    if version != FORMAT_VERSION:
        raise BookmarkError(
            f"{source}: format version {version!r} is not supported (expected {FORMAT_VERSION})"
        )
    records = document.get("bookmarks")
    if records is None:
        return []
    if not isinstance(records, list):
        raise BookmarkError(f"{source}: 'bookmarks' must be a list")
    _check_complete(document.get("count"), records, source)
    bookmarks = [_from_record(record, source, number) for number, record in enumerate(records, 1)]
    seen: set[str] = set()
    for bookmark in bookmarks:
        if bookmark.id in seen:
            raise BookmarkError(f"{source}: two bookmarks share the id {bookmark.id!r}")
        seen.add(bookmark.id)
    return bookmarks


# ---------------------------------------------------------------------------------------------
# The store: the file on disk, shared between processes.


def _utc_now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _new_id() -> str:
    return uuid.uuid4().hex[:8]


# Inside BookmarkStore the name `list` is its method: annotations there use this alias (or builtins.list).
Bookmarks = list[Bookmark]


class BookmarkStore:
    """The bookmarks of one desk, in `data_dir/bookmarks.yaml`."""

    def __init__(
        self,
        data_dir: Path,
        *,
        lock_timeout: float = DEFAULT_LOCK_TIMEOUT,
        clock: Callable[[], str] = _utc_now,
        new_id: Callable[[], str] = _new_id,
    ) -> None:
        self.data_dir = Path(data_dir)
        self.path = self.data_dir / FILE_NAME
        self.backup_path = self.data_dir / (FILE_NAME + BACKUP_SUFFIX)
        self._lock_timeout = lock_timeout
        self._clock = clock
        self._new_id = new_id
        # Parsing and emitting YAML dominate the cost of a mutation; both are memoized so that
        # adding to a file of hundreds of bookmarks stays instant. Keyed on the exact bytes and on
        # immutable bookmarks, so a change by another process is never missed.
        self._parsed: tuple[bytes, tuple[Bookmark, ...]] | None = None
        self._fragments: dict[Bookmark, str] = {}

    def list(self, tag: str | None = None) -> Bookmarks:
        """All bookmarks in file order, or those carrying `tag`."""
        bookmarks = self._load()
        if tag is None:
            return bookmarks
        return [b for b in bookmarks if tag in b.tags]

    def get(self, bookmark_id: str) -> Bookmark | None:
        """The bookmark with this id, or None."""
        return next((b for b in self._load() if b.id == bookmark_id), None)

    def tags(self) -> builtins.list[str]:
        """Every tag in use, sorted case-insensitively."""
        return sorted({tag for b in self._load() for tag in b.tags}, key=str.casefold)

    def add(
        self, article: Article, start: int, end: int, note: str = "", tags: Iterable[str] = ()
    ) -> Bookmark:
        """Bookmark `article.text[start:end]` and save it; ValueError for offsets outside the text."""
        check_offsets(article, start, end)
        tag_tuple = normalize_tags(tags)

        def change(bookmarks: Bookmarks) -> tuple[Bookmark, Bookmarks]:
            taken = {b.id for b in bookmarks}
            bookmark_id = self._new_id()
            while bookmark_id in taken:
                bookmark_id = self._new_id()
            bookmark = make_bookmark(
                article, start, end, bookmark_id=bookmark_id, created=self._clock(), note=note, tags=tag_tuple
            )
            return bookmark, [*bookmarks, bookmark]

        return self._mutate(change)

    def update(
        self, bookmark_id: str, note: str | None = None, tags: Iterable[str] | None = None
    ) -> Bookmark:
        """Change a bookmark's note and/or tags (None leaves it as is); returns the new bookmark."""
        new_tags = None if tags is None else normalize_tags(tags)

        def change(bookmarks: Bookmarks) -> tuple[Bookmark, Bookmarks]:
            index = self._index_of(bookmarks, bookmark_id)
            old = bookmarks[index]
            new = replace(
                old, note=old.note if note is None else note, tags=old.tags if new_tags is None else new_tags
            )
            return new, [*bookmarks[:index], new, *bookmarks[index + 1 :]]

        return self._mutate(change)

    def replace(self, bookmark: Bookmark) -> Bookmark:
        """Store `bookmark` in place of the one with its id (e.g. after `reanchor`)."""

        def change(bookmarks: Bookmarks) -> tuple[Bookmark, Bookmarks]:
            index = self._index_of(bookmarks, bookmark.id)
            return bookmark, [*bookmarks[:index], bookmark, *bookmarks[index + 1 :]]

        return self._mutate(change)

    def delete(self, bookmark_id: str) -> Bookmark:
        """Remove a bookmark; returns what was removed."""

        def change(bookmarks: Bookmarks) -> tuple[Bookmark, Bookmarks]:
            index = self._index_of(bookmarks, bookmark_id)
            return bookmarks[index], [*bookmarks[:index], *bookmarks[index + 1 :]]

        return self._mutate(change)

    def reanchor(self, bookmark: Bookmark, article: Article) -> Bookmark | None:
        """The bookmark re-pointed into the article's current text, or None ("moved/missing"); not saved."""
        return reanchor(bookmark, article)

    def export_markdown(self, bookmarks: Iterable[Bookmark]) -> str:
        """A citation-ready Markdown brief of `bookmarks`."""
        return export_markdown(bookmarks)

    def export_json(self, bookmarks: Iterable[Bookmark]) -> str:
        """`bookmarks` as a JSON array."""
        return export_json(bookmarks)

    def _load(self) -> Bookmarks:
        raw = self._read_bytes()
        return [] if raw is None else self._parse(raw)

    def _read_bytes(self) -> bytes | None:
        try:
            # Regular files only, opened without blocking: a FIFO here would hang every command.
            return read_regular(self.path)
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise BookmarkError(f"{self.path}: cannot read ({exc.strerror or exc})") from None

    def _parse(self, raw: bytes) -> Bookmarks:
        if self._parsed is not None and self._parsed[0] == raw:
            return list(self._parsed[1])
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = raw[: exc.start].count(b"\n") + 1
            raise BookmarkError(f"{self.path}:{line}: not UTF-8 text; fix or move the file") from None
        bookmarks = parse_bookmarks(text, self.path)
        self._parsed = (raw, tuple(bookmarks))
        return bookmarks

    def _dump(self, bookmarks: Bookmarks) -> str:
        known = self._fragments
        new = [b for b in bookmarks if b not in known]
        fragments = {b: known[b] for b in bookmarks if b in known}
        fragments.update(zip(new, _fragments(new), strict=True))
        self._fragments = fragments
        return _document([fragments[b] for b in bookmarks])

    def _mutate(self, change: Callable[[Bookmarks], tuple[T, Bookmarks]]) -> T:
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
            with locked(self.path, timeout=self._lock_timeout):
                self._remove_orphaned_temp_files()
                raw = self._read_bytes()
                # Parsing raises on a broken file, so nothing below ever overwrites it.
                bookmarks = [] if raw is None else self._parse(raw)
                result, updated = change(bookmarks)
                data = self._dump(updated).encode("utf-8")
                if raw is not None:
                    atomic_write_bytes(self.backup_path, raw)
                atomic_write_bytes(self.path, data)
                self._parsed = (data, tuple(updated))
                return result
        except LockBusyError as exc:
            raise BookmarkError(str(exc)) from None
        except OSError as exc:
            raise BookmarkError(f"{self.path}: cannot write ({exc.strerror or exc})") from None

    def _remove_orphaned_temp_files(self) -> None:
        # Every write of these files happens under the lock we hold, so a temp file left now is
        # the remains of a writer that was killed mid-write.
        for pattern in (f".{self.path.name}.*.tmp", f".{self.backup_path.name}.*.tmp"):
            for orphan in self.data_dir.glob(pattern):
                orphan.unlink(missing_ok=True)

    @staticmethod
    def _index_of(bookmarks: Bookmarks, bookmark_id: str) -> int:
        for index, bookmark in enumerate(bookmarks):
            if bookmark.id == bookmark_id:
                return index
        raise BookmarkNotFoundError(f"no bookmark with id {bookmark_id!r}")


# ---------------------------------------------------------------------------------------------
# Helpers.


# libyaml's emitter is the same safe subset as yaml.safe_dump, ~6x faster; the pure-Python one is
# the fallback where PyYAML was built without libyaml.
_SafeDumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def _safe_load(text: str) -> Any:
    """The project's safe loader (no aliases, no odd tags): the emitter's output is checked with it too."""
    return safeyaml.load(text)


class _Dumper(_SafeDumper):  # type: ignore[misc, valid-type]
    """Block style throughout; multi-line text as `|` blocks so a passage diffs line by line."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    # The emitter itself falls back to quoting when a literal block cannot hold the string exactly.
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _represent_str)


def _document(fragments: list[str]) -> str:
    """The whole file from per-bookmark fragments: the file is their concatenation under a header."""
    # The count comes first: a file cut short keeps it, and so says how much it lost.
    if not fragments:
        return f"version: {FORMAT_VERSION}\ncount: 0\nbookmarks: []\n"
    return f"version: {FORMAT_VERSION}\ncount: {len(fragments)}\nbookmarks:\n" + "".join(fragments)


def _fragments(bookmarks: list[Bookmark]) -> list[str]:
    """Each bookmark as a YAML sequence item (`- id: ...`), exactly as it appears in the file."""
    records = [to_record(b) for b in bookmarks]
    texts = [_emit(record) for record in records]
    # One parse checks them all (a parser per fragment would cost more than the emitting); only
    # when that fails is each checked on its own to find the odd one.
    if not records or _safe_load("".join(texts)) == records:
        return texts
    return [_checked(record, text) for record, text in zip(records, texts, strict=True)]


def _emit(record: dict[str, Any]) -> str:
    return _without_document_end(
        yaml.dump([record], Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)
    )


def _checked(record: dict[str, Any], text: str) -> str:
    # The emitter has had round-trip bugs with odd strings (Unicode line separators, trailing
    # spaces in blocks); fall back to fully escaped quoting rather than lose a character.
    if _safe_load(text) == [record]:
        return text
    return _without_document_end(
        yaml.dump([record], Dumper=_SafeDumper, sort_keys=False, allow_unicode=False, default_style='"')
    )


def _without_document_end(text: str) -> str:
    # After a `|+` block the emitter closes the document with "...", which would end the file
    # in the middle of the list once fragments are joined; the next "- " ends the block anyway.
    return text[:-4] if text.endswith("\n...\n") else text


def _occurrences(text: str, needle: str) -> list[int]:
    found = []
    position = text.find(needle)
    while position != -1:
        found.append(position)
        position = text.find(needle, position + 1)
    return found


def _loose_occurrences(text: str, passage: str) -> list[tuple[int, int]]:
    """Spans of `text` equal to `passage` when every whitespace run counts as one space."""
    words = _WHITESPACE.split(passage.strip())
    if not words or words == [""]:
        return []
    pattern = re.compile(r"\s+".join(re.escape(word) for word in words))
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def _context_score(text: str, span: tuple[int, int], fingerprint: Fingerprint) -> int:
    """How many characters next to `span` agree with the fingerprint's context."""
    start, end = span
    before = text[max(0, start - len(fingerprint.before)) : start]
    after = text[end : end + len(fingerprint.after)]
    score = 0
    for a, b in zip(reversed(before), reversed(fingerprint.before), strict=False):
        if a != b:
            break
        score += 1
    for a, b in zip(after, fingerprint.after, strict=False):
        if a != b:
            break
        score += 1
    return score


# Every field `to_record` writes; `created` comes last, so a record cut short lacks it.
_RECORD_FIELDS = (
    "id", "key", "path", "title", "source", "date", "start", "end",
    "passage", "fingerprint", "note", "tags", "created",
)  # fmt: skip


def _check_complete(count: object, records: list[Any], source: Path | str) -> None:
    """BookmarkError when the file was cut short: fewer records than its `count:` line, or a record cut."""
    backup = f"{Path(source).name}{BACKUP_SUFFIX}"
    advice = f"restore {backup} (the version before the last change) or fix the file by hand; not written"
    if count is not None:
        if not _is_int(count):
            raise BookmarkError(f"{source}: 'count' must be a whole number; {advice}")
        if count != len(records):
            raise BookmarkError(
                f"{source}: cut short or edited by hand: it says count: {count} but holds "
                f"{_count(len(records), 'bookmark')} (update the count if you removed some); {advice}"
            )
        for number, record in enumerate(records, 1):
            if isinstance(record, dict) and (missing := [f for f in _RECORD_FIELDS if f not in record]):
                raise BookmarkError(f"{source}: bookmark {number} is cut short (no {missing[0]!r}); {advice}")
        return
    # Files written before the count line: a record the app wrote in full ends with `created`.
    first, last = (records[0], records[-1]) if records else (None, None)
    if isinstance(first, dict) and isinstance(last, dict) and "created" in first and "created" not in last:
        raise BookmarkError(f"{source}: the last bookmark is cut short (no 'created'); {advice}")


def _from_record(record: object, source: Path | str, number: int) -> Bookmark:
    where = f"{source}: bookmark {number}"
    if not isinstance(record, dict):
        raise BookmarkError(f"{where}: expected a mapping of fields")
    where = f"{where} (id {record.get('id')!r})" if "id" in record else where
    for name in ("id", "key", "start", "end", "passage"):
        if record.get(name) is None:
            raise BookmarkError(f"{where}: the field {name!r} is missing")
    start, end = record["start"], record["end"]
    if not (_is_int(start) and _is_int(end)) or not 0 <= start <= end:
        raise BookmarkError(f"{where}: 'start' and 'end' must be whole numbers with 0 <= start <= end")
    passage = record["passage"]
    if not isinstance(passage, str):
        raise BookmarkError(f"{where}: 'passage' must be text")
    raw_fp = record.get("fingerprint") or {}
    if not isinstance(raw_fp, dict):
        raise BookmarkError(f"{where}: 'fingerprint' must be a mapping")
    raw_tags = record.get("tags") or []
    if isinstance(raw_tags, str):
        raw_tags = [raw_tags]
    if not isinstance(raw_tags, list) or any(isinstance(t, dict | list) for t in raw_tags):
        raise BookmarkError(f"{where}: 'tags' must be a list of words")
    return Bookmark(
        id=_text(record["id"]),
        key=_text(record["key"]),
        path=_text(record.get("path") or record["key"]),
        title=_text(record.get("title") or ""),
        source=_optional_text(record.get("source")),
        date=_optional_text(record.get("date")),
        start=start,
        end=end,
        passage=passage,
        fingerprint=Fingerprint(
            before=_text(raw_fp.get("before") or ""),
            after=_text(raw_fp.get("after") or ""),
            # A hand-written bookmark may lack a fingerprint: its passage is enough to make one.
            digest=_text(raw_fp.get("digest") or passage_digest(passage)),
        ),
        note=_text(record.get("note") or ""),
        tags=normalize_tags(_text(t) for t in raw_tags),
        created=_text(record.get("created") or ""),
    )


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _text(value: object) -> str:
    """Hand-edited YAML turns `2024-03-01` or `42` into dates and numbers; keep them as written."""
    if isinstance(value, dt.datetime):
        return value.isoformat().replace("+00:00", "Z")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _optional_text(value: object) -> str | None:
    return None if value is None else _text(value)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
