"""`newsdesk bookmarks`: list, add, export, edit and delete bookmarked passages of a desk."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from newsdesk.tui.cli import UsageError, add_desk_options

if TYPE_CHECKING:
    from newsdesk.index.model import Article
    from newsdesk.index.userdata.bookmarks import Bookmark, BookmarkStore

ACTIONS = ("list", "add", "export", "delete", "edit", "check")


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the `bookmarks` subcommand and its actions."""
    p = sub.add_parser(
        "bookmarks",
        help="list, add, export, edit or delete bookmarked passages",
        description="Bookmarked passages of a desk, kept in DATA/bookmarks.yaml.",
    )
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)

    lst = actions.add_parser("list", help="list bookmarks", description="List bookmarks, oldest first.")
    lst.add_argument("--tag", default=None, help="only bookmarks with this tag")
    _add_common(lst, json_help="print JSON Lines, one object per bookmark with every field")

    add = actions.add_parser(
        "add",
        help="bookmark a passage of an article",
        description="Bookmark the characters START..END of an article's text (headline, blank line, body).",
    )
    add.add_argument("path", metavar="PATH", help="the article file, relative to the desk or absolute")
    add.add_argument("--start", type=int, required=True, help="offset of the passage's first character")
    add.add_argument("--end", type=int, required=True, help="offset just past the passage's last character")
    add.add_argument("--key", default=None, help="which article of a file holding several (e.g. list.json#2)")
    add.add_argument("--note", default="", help="a note to keep with the passage")
    add.add_argument("--tag", dest="tags", action="append", default=[], help="a tag (repeatable)")
    _add_common(add, json_help="print the new bookmark as JSON")

    export = actions.add_parser(
        "export", help="export bookmarks as a Markdown brief or JSON", description="Export bookmarks."
    )
    export.add_argument("--format", choices=("md", "json"), default="md", help="md (default) or json")
    export.add_argument("--tag", default=None, help="only bookmarks with this tag")
    export.add_argument(
        "-o", "--output", default=None, metavar="FILE", help="write to FILE instead of stdout"
    )
    _add_common(export, json_help="same as --format json")

    delete = actions.add_parser("delete", help="delete a bookmark", description="Delete a bookmark.")
    delete.add_argument("id", metavar="ID", help="the bookmark's id (or a unique prefix)")
    _add_common(delete, json_help="print the deleted bookmark as JSON")

    edit = actions.add_parser(
        "edit", help="change a bookmark's note or tags", description="Change a bookmark's note and/or tags."
    )
    edit.add_argument("id", metavar="ID", help="the bookmark's id (or a unique prefix)")
    edit.add_argument("--note", default=None, help='the new note ("" to clear it)')
    edit.add_argument(
        "--tag", dest="tags", action="append", default=None, help="a tag (repeatable; replaces all tags)"
    )
    edit.add_argument("--no-tags", action="store_true", help="remove every tag")
    _add_common(edit, json_help="print the edited bookmark as JSON")

    check = actions.add_parser(
        "check",
        help="find each passage again in its article as it is now",
        description="Re-read each bookmarked article and report every passage as ok, moved or missing.",
    )
    check.add_argument("--tag", default=None, help="only bookmarks with this tag")
    check.add_argument("--fix", action="store_true", help="save the new offsets of moved passages")
    _add_common(check, json_help="print JSON Lines: id, status, start, end (new offsets when moved), reason")


def run(args: argparse.Namespace) -> int:
    """Run one bookmarks action: exit 0 ok, 1 when the bookmarks file or the article cannot be used."""
    from newsdesk.index.userdata.bookmarks import BookmarkError, BookmarkStore
    from newsdesk.tui.desk_paths import resolve_desk

    desk, data = resolve_desk(args.desk, args.data)
    store = BookmarkStore(data)
    handlers = {
        "list": _list,
        "add": _add,
        "export": _export,
        "delete": _delete,
        "edit": _edit,
        "check": _check,
    }
    try:
        return handlers[args.action](args, desk, store)
    except BookmarkError as exc:
        return _fail(str(exc))


def _add_common(parser: argparse.ArgumentParser, *, json_help: str) -> None:
    add_desk_options(parser)
    parser.add_argument("--json", action="store_true", help=json_help)


def _list(args: argparse.Namespace, desk: Path, store: BookmarkStore) -> int:
    bookmarks = store.list(tag=args.tag)
    if args.json:
        for bookmark in bookmarks:
            print(_json_line(bookmark))
        return 0
    if not bookmarks:
        print("no bookmarks" + (f" tagged {_plain(args.tag)}" if args.tag else ""))
    for bookmark in bookmarks:
        print(_summary(bookmark))
    return 0


def _add(args: argparse.Namespace, desk: Path, store: BookmarkStore) -> int:
    article = _read_article(args.path, desk, args.key)
    if article is None:
        return 1
    try:
        bookmark = store.add(article, args.start, args.end, note=args.note, tags=args.tags)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    print(_json_line(bookmark) if args.json else "added " + _summary(bookmark))
    return 0


def _export(args: argparse.Namespace, desk: Path, store: BookmarkStore) -> int:
    from newsdesk.index.userdata.atomic import atomic_write_text
    from newsdesk.index.userdata.bookmarks import export_json
    from newsdesk.index.userdata.brief import desk_brief

    bookmarks = store.list(tag=args.tag)
    as_json = args.json or args.format == "json"
    text = export_json(bookmarks) if as_json else desk_brief(desk, store.data_dir, bookmarks)
    if args.output is None:
        # Passages are exact article text; only a terminal needs escape sequences kept out of it.
        sys.stdout.write(_terminal_safe(text) if sys.stdout.isatty() else text)
        return 0
    target = Path(args.output).expanduser()
    try:
        atomic_write_text(target, text)
    except OSError as exc:
        return _fail(f"{target}: cannot write ({exc.strerror or exc})")
    print(f"wrote {len(bookmarks)} bookmark{'s' if len(bookmarks) != 1 else ''} to {_plain(str(target))}")
    return 0


def _delete(args: argparse.Namespace, desk: Path, store: BookmarkStore) -> int:
    bookmark = store.delete(_resolve_id(store, args.id))
    print(_json_line(bookmark) if args.json else "deleted " + _summary(bookmark))
    return 0


def _edit(args: argparse.Namespace, desk: Path, store: BookmarkStore) -> int:
    if args.no_tags and args.tags:
        raise UsageError("give either --tag or --no-tags, not both")
    tags = () if args.no_tags else args.tags
    if args.note is None and tags is None:
        raise UsageError("nothing to change: give --note, --tag or --no-tags")
    bookmark = store.update(_resolve_id(store, args.id), note=args.note, tags=tags)
    print(_json_line(bookmark) if args.json else "edited " + _summary(bookmark))
    return 0


def _check(args: argparse.Namespace, desk: Path, store: BookmarkStore) -> int:
    from newsdesk.index.ingest.readers import read_file
    from newsdesk.index.userdata.bookmarks import reanchor

    read: dict[str, dict[str, Article]] = {}
    counts = {"ok": 0, "moved": 0, "missing": 0}
    for bookmark in store.list(tag=args.tag):
        if bookmark.path not in read:
            path = Path(bookmark.path) if Path(bookmark.path).is_absolute() else desk / bookmark.path
            read[bookmark.path] = {a.key: a for a in read_file(path, root=desk).articles}
        article = read[bookmark.path].get(bookmark.key)
        moved = reanchor(bookmark, article) if article is not None else None
        if article is None:
            status, reason = "missing", "the article is gone from the desk"
        elif moved is None:
            status, reason = "missing", "the passage is no longer in the article"
        elif (moved.start, moved.end, moved.passage) == (bookmark.start, bookmark.end, bookmark.passage):
            status, reason = "ok", ""
        else:
            status, reason = "moved", f"was {bookmark.start}-{bookmark.end}"
            if args.fix:
                store.replace(moved)
                reason += ", saved"
        counts[status] += 1
        now = moved or bookmark
        if args.json:
            record = {
                "id": bookmark.id,
                "status": status,
                "start": now.start,
                "end": now.end,
                "reason": reason,
            }
            print(_json(record))
        else:
            print(f"{status:7}  {_summary(now)}" + (f"  ({reason})" if reason else ""))
    if not args.json:
        print(", ".join(f"{n} {status}" for status, n in counts.items()), file=sys.stderr)
    return 0


def _read_article(given: str, desk: Path, key: str | None) -> Article | None:
    """The article to bookmark, or None after printing why it cannot be read."""
    from newsdesk.index.ingest.readers import read_file

    if not given.strip():
        raise UsageError("PATH is empty: give the article file, relative to the desk or absolute")
    path = Path(given).expanduser()
    if not path.is_absolute():
        in_desk = desk / path
        path = in_desk if in_desk.exists() or not path.exists() else path.absolute()
    # normpath, not resolve(): a symlinked article keeps the key the indexer gave it.
    path = Path(os.path.normpath(path))
    if not path.is_relative_to(desk):
        print(
            f"warning: {_plain(given)}: outside the desk {_plain(str(desk))}; the TUI will not show it",
            file=sys.stderr,
        )
    result = read_file(path, root=desk)
    if not result.articles:
        reason = result.warnings[0].reason if result.warnings else "no article in it"
        _fail(f"{_plain(given)}: {_plain(reason)}")
        return None
    for warning in result.warnings:
        print(_plain(str(warning)), file=sys.stderr)
    if key is not None:
        chosen = [a for a in result.articles if a.key == key]
        if not chosen:
            raise UsageError(f"{given} holds no article with key {key!r} (keys: {_keys(result.articles)})")
        return chosen[0]
    if len(result.articles) > 1:
        raise UsageError(
            f"{given} holds {len(result.articles)} articles; pick one with --key ({_keys(result.articles)})"
        )
    return result.articles[0]


def _resolve_id(store: BookmarkStore, given: str) -> str:
    """An exact id, or the one id starting with `given` (ids are short, but prefixes are shorter)."""
    ids = [b.id for b in store.list()]
    if given in ids:
        return given
    matches = [bookmark_id for bookmark_id in ids if given and bookmark_id.startswith(given)]
    if len(matches) > 1:
        raise UsageError(f"bookmark id {given!r} is ambiguous: {', '.join(matches)}")
    return matches[0] if matches else given


def _summary(bookmark: Bookmark) -> str:
    from newsdesk.tui.sanitize import clean_label

    tags = "  " + " ".join(f"#{clean_label(tag)}" for tag in bookmark.tags) if bookmark.tags else ""
    return (
        f"{clean_label(bookmark.id)}  {clean_label(bookmark.date) or 'undated':10}"
        f"  {clean_label(bookmark.title or bookmark.key, 40)}"
        f"  [{bookmark.start}-{bookmark.end}]  “{clean_label(bookmark.passage, 70)}”{tags}"
    )


def _json_line(bookmark: Bookmark) -> str:
    from newsdesk.index.userdata.bookmarks import to_record

    return _json(to_record(bookmark))


def _json(record: dict[str, object]) -> str:
    from newsdesk.tui.sanitize import json_line

    return json_line(record)


def _keys(articles: tuple[Article, ...]) -> str:
    keys = [a.key for a in articles]
    return ", ".join(keys[:5]) + (f", … {len(keys) - 5} more" if len(keys) > 5 else "")


def _plain(text: str) -> str:
    from newsdesk.tui.sanitize import clean_label

    return clean_label(text)


def _terminal_safe(text: str) -> str:
    from newsdesk.tui.sanitize import clean_label

    # Line by line so the Markdown keeps its shape; clean_label would fold the newlines away.
    return "\n".join(line if line.isprintable() else clean_label(line) for line in text.split("\n"))


def _fail(message: str) -> int:
    # Paths, ids and notes in the message come from the desk or a hand-edited file.
    print(f"newsdesk: error: {_plain(message)}", file=sys.stderr)
    return 1
