"""The Markdown brief of bookmarked passages: citation-ready, grouped by tag or by speaker.

Each passage is quoted with what a citation needs: the article's title, outlet, date, author and
url (from its front matter), the speaker of a bookmarked statement (the desk-wide actor, and the
name as the text gives it), and the analyst's note. Nothing internal (offsets, ids, paths) is
printed. `render_brief` is pure; `entries_for` gathers the facts from a desk's index.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from newsdesk.index.escapes import BIDI_CONTROLS, strip_escapes
from newsdesk.index.userdata.bookmarks import Bookmark

GroupBy = Literal["tag", "actor"]
GROUPINGS: tuple[GroupBy, ...] = ("tag", "actor")
UNTAGGED = "Untagged"
NO_SPEAKER = "Passages without a speaker"
_WHITESPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Source:
    """The article facts a citation needs, as the front matter gives them."""

    title: str
    outlet: str | None = None
    date: str | None = None
    author: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who said a bookmarked statement: the desk-wide actor and the name as the article writes it."""

    actor: str
    as_written: str | None = None
    cue: str | None = None


@dataclass(frozen=True, slots=True)
class BriefEntry:
    """One bookmark with its source and, when it is (part of) a statement, its speaker."""

    bookmark: Bookmark
    source: Source
    speaker: Speaker | None = None


def render_brief(
    entries: Iterable[BriefEntry],
    *,
    group_by: GroupBy = "tag",
    title: str = "Brief",
    today: dt.date | None = None,
) -> str:
    """The brief as Markdown: a heading per group (tag, or speaker), each passage with its citation.

    By tag, a passage goes under its first tag (the others are listed with it), untagged ones last;
    by actor, speakers are ordered by how many passages they have, then by name, passages without
    a speaker last. Within a group: oldest article first, then by place in the article.
    """
    if group_by not in GROUPINGS:
        raise ValueError(f"group_by must be one of {', '.join(GROUPINGS)}, not {group_by!r}")
    items = list(entries)
    lines = [f"# {_one_line(title)}", ""]
    if today is not None:
        lines += [f"Exported {today.isoformat()}.", ""]
    if not items:
        return "\n".join([*lines, "No bookmarks.", ""])
    articles = {(e.bookmark.key) for e in items}
    by = "tag" if group_by == "tag" else "speaker"
    lines += [f"{_count(len(items), 'passage')} from {_count(len(articles), 'article')}, by {by}.", ""]
    for heading, group in _groups(items, group_by):
        lines += [f"## {heading}", ""]
        for entry in sorted(group, key=_entry_order):
            lines += _entry_lines(entry, group_by)
    return "\n".join(lines)


def _groups(items: list[BriefEntry], group_by: GroupBy) -> list[tuple[str, list[BriefEntry]]]:
    groups: dict[str, list[BriefEntry]] = {}
    if group_by == "tag":
        for entry in items:
            tags = entry.bookmark.tags
            groups.setdefault(_one_line(tags[0]) if tags else UNTAGGED, []).append(entry)
        order = sorted((name for name in groups if name != UNTAGGED), key=str.casefold)
        last = [UNTAGGED] if UNTAGGED in groups else []
        return [(name, groups[name]) for name in [*order, *last]]
    for entry in items:
        name = _one_line(entry.speaker.actor) if entry.speaker else NO_SPEAKER
        groups.setdefault(name, []).append(entry)
    named = sorted((n for n in groups if n != NO_SPEAKER), key=lambda n: (-len(groups[n]), n.casefold()))
    last = [NO_SPEAKER] if NO_SPEAKER in groups else []
    return [(name, groups[name]) for name in [*named, *last]]


def _entry_order(entry: BriefEntry) -> tuple[bool, str, str, int, int]:
    date = entry.source.date
    return (date is None, date or "", entry.source.title.casefold(), entry.bookmark.start, entry.bookmark.end)


def _entry_lines(entry: BriefEntry, group_by: GroupBy) -> list[str]:
    bookmark, source, speaker = entry.bookmark, entry.source, entry.speaker
    lines = [_quote_line(line) for line in bookmark.passage.strip("\n").split("\n")]
    lines.append("")
    if speaker is not None:
        lines.append(f"- Speaker: {_speaker(speaker)}")
    lines.append(f"- Source: {citation(source)}")
    if bookmark.note.strip():
        lines.append(f"- Note: {_one_line(bookmark.note)}")
    tags = bookmark.tags[1:] if group_by == "tag" else bookmark.tags
    if tags:
        lines.append(
            ("- Also tagged: " if group_by == "tag" else "- Tags: ") + ", ".join(_one_line(t) for t in tags)
        )
    return [*lines, ""]


def citation(source: Source) -> str:
    """'Ana Petrov, "Allies weigh security guarantees", Meridian Wire, 2025-08-20, <https://…>'."""
    parts = [_one_line(source.author or "")]
    parts.append(f"“{_one_line(source.title)}”" if source.title.strip() else "untitled")
    parts += [_one_line(source.outlet or ""), _one_line(source.date or "") or "undated"]
    if source.url:
        parts.append(f"<{_one_line(source.url)}>")
    return ", ".join(part for part in parts if part)


def _speaker(speaker: Speaker) -> str:
    text = _one_line(speaker.actor)
    written = _one_line(speaker.as_written or "")
    if written and written.casefold() != text.casefold():
        text += f" (as “{written}”)"
    if speaker.cue:
        text += f", {_one_line(speaker.cue)}"
    return text


def _one_line(text: str) -> str:
    return _WHITESPACE.sub(" ", _plain(text)).strip()


def _quote_line(line: str) -> str:
    line = _plain(line)
    return f"> {line}" if line.strip() else ">"


def _plain(text: str) -> str:
    # Notes, tags and passages come from a bookmarks file that travels with a shared desk and is
    # edited by hand: the brief is read on a terminal (`cat`, the CLI's stdout), so no escape
    # sequence, control or bidi override survives into it, whatever it is written to.
    return BIDI_CONTROLS.sub("", strip_escapes(text))


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


# ---- gathering the facts ----------------------------------------------------------------------


def statement_for(statements: Sequence[Any], start: int, end: int) -> Any:
    """The statement a passage start..end is (part of): the one it overlaps most; None if none."""
    best, best_overlap = None, 0
    for st in statements:
        overlap = min(end, st.end) - max(start, st.start)
        if overlap > best_overlap:
            best, best_overlap = st, overlap
    return best


def entry_for(
    bookmark: Bookmark, article: Any, statements: Sequence[Any], actor_name: Callable[[Any], str | None]
) -> BriefEntry:
    """A bookmark with its article's facts (or the bookmark's own when the article is gone) and speaker.

    `actor_name(statement)` gives the desk-wide actor of a statement (None: the statement's own).
    """
    if article is None:
        source = Source(bookmark.title or bookmark.key, bookmark.source, bookmark.date)
    else:
        source = Source(
            article.title or bookmark.title or bookmark.key,
            article.source,
            article.date.isoformat() if article.date else bookmark.date,
            article.author,
            article.url,
        )
    st = statement_for(statements, bookmark.start, bookmark.end)
    speaker = None
    if st is not None and (st.actor or st.speaker):
        actor = actor_name(st) or st.actor or st.speaker
        speaker = Speaker(actor, st.speaker, st.cue)
    return BriefEntry(bookmark, source, speaker)


def entries_for(desk: Any, bookmarks: Iterable[Bookmark]) -> list[BriefEntry]:
    """Each bookmark with its facts from the desk's index (a newsdesk.index.desk.Desk).

    Without a usable index the bookmarks' own title, outlet and date are cited, with no speaker.
    """
    items = list(bookmarks)
    try:
        registry = desk.registry()
    except Exception:  # no index or manifest yet: the statements' own actor names stand in
        registry = None

    def actor_name(st: Any) -> str | None:
        actor = registry.actor_for_key(st.actor_key) if registry is not None else None
        return actor.name if actor is not None else None

    cache: dict[str, tuple[Any, list[Any]]] = {}
    out = []
    for bookmark in items:
        if bookmark.key not in cache:
            try:
                article = desk.article(bookmark.key)
                statements = desk.statements(bookmark.key) if article is not None else []
            except Exception:  # no index yet
                article, statements = None, []
            if article is None:  # not indexed: the file's front matter still gives url and author
                article = _read_article(desk.folder, bookmark)
            cache[bookmark.key] = (article, statements)
        article, statements = cache[bookmark.key]
        # A passage whose article changed since it was marked is cited without a speaker.
        same = article is not None and article.text[bookmark.start : bookmark.end] == bookmark.passage
        out.append(entry_for(bookmark, article, statements if same else [], actor_name))
    return out


def _read_article(folder: Any, bookmark: Bookmark) -> Any:
    """The bookmarked article read from its file in the desk (None when it is gone or unreadable)."""
    from pathlib import Path

    from newsdesk.index.ingest.readers import read_file

    root = Path(folder)
    path = root / bookmark.path
    try:
        if not path.resolve().is_relative_to(root.resolve()):
            return None
        articles = read_file(path, root=root).articles
    except Exception:  # a file gone, unreadable or refused: cite what the bookmark kept
        return None
    return next((a for a in articles if a.key == bookmark.key), None)


def desk_brief(
    folder: Any,
    data_dir: Any,
    bookmarks: Iterable[Bookmark],
    *,
    group_by: GroupBy = "tag",
    today: dt.date | None = None,
) -> str:
    """The Markdown brief of `bookmarks` with facts from the desk at `folder` (data in `data_dir`)."""
    from newsdesk.index.desk import Desk

    desk = Desk(folder, data_dir)
    try:
        entries = entries_for(desk, bookmarks)
    finally:
        desk.close()
    return render_brief(entries, group_by=group_by, today=today)
