"""`newsdesk quotes PATH...`: who said what in article files or folders, no index needed."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsdesk.tui.cli import UsageError, add_desk_options

if TYPE_CHECKING:
    from newsdesk.index.actors.gazetteer import Gazetteer
    from newsdesk.index.model import Article, Statement


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the `quotes` subcommand."""
    p = sub.add_parser("quotes", help="extract who said what from article files or folders")
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    p.add_argument("--json", action="store_true", help="print JSON Lines, one object per statement")
    add_desk_options(p)


def _articles(paths: list[Path], warn: Callable[[str], None]) -> Iterator[Article]:
    from newsdesk.index.ingest.readers import iter_desk_files, read_file

    def files() -> Iterator[Path]:
        for path in paths:
            if path.is_dir():
                yield from iter_desk_files(path, warn=lambda w: warn(str(w)))
            elif path.exists():
                yield path
            else:
                warn(f"warning: {path}: no such file or folder")

    for file in files():
        try:
            result = read_file(file)
            for w in result.warnings:
                warn(str(w))
            yield from result.articles
        except Exception as exc:  # one broken file must never end the run
            warn(f"warning: {file}: {exc.__class__.__name__}: {exc}")


def _gazetteer(args: argparse.Namespace, warn: Callable[[str], None]) -> Gazetteer | None:
    if not args.desk:
        return None
    from newsdesk.index.actors.corrections import load_corrections
    from newsdesk.index.actors.gazetteer import load_gazetteer

    desk = Path(args.desk)
    data = Path(args.data) if args.data else desk / ".newsdesk"
    try:
        corrections = load_corrections([desk / "actors.yaml", data / "actors.yaml"])
    except ValueError as exc:
        warn(f"warning: {exc}")
        return None
    return load_gazetteer().extended(corrections)


def _dated(article: Article, statements: list[Statement]) -> list[Statement]:
    try:
        from newsdesk.index.language.dates import date_statements
    except ImportError:
        return statements  # newsdesk.index.language.dates not there yet: the article date stands in below
    try:
        return date_statements(article, statements)
    except Exception:  # a dating bug must not lose the statements
        return statements


def _record(article: Article, st: Statement) -> dict[str, Any]:
    date = st.date or article.date
    return {
        "path": article.path,
        "quote": st.quote,
        "start": st.start,
        "end": st.end,
        "kind": st.kind,
        "cue": st.cue,
        "cue_lemma": st.cue_lemma,
        "speaker": st.speaker,
        "speaker_start": st.speaker_start,
        "speaker_end": st.speaker_end,
        "actor": st.actor,
        "actor_kind": st.actor_kind,
        "role": st.role,
        "affiliation": st.affiliation,
        "date": date.isoformat() if date else None,
        "why": st.why,
        "fragments": list(st.fragments) if st.fragments else [st.quote],
    }


def run(args: argparse.Namespace) -> int:
    """Extract statements from every article under the given paths; exit 0 if anything was read."""
    from newsdesk.index.language.quotes import extract_statements
    from newsdesk.tui.sanitize import clean_label, json_line

    if not args.paths:
        raise UsageError("give at least one article file or folder")

    def warn(line: str) -> None:
        print(clean_label(line), file=sys.stderr)

    gazetteer = _gazetteer(args, warn)
    read_any = False
    out = sys.stdout
    for article in _articles([Path(p) for p in args.paths], warn):
        read_any = True
        try:
            statements = _dated(article, extract_statements(article, gazetteer=gazetteer))
        except Exception as exc:  # an extractor bug on one article must not end the run
            warn(f"warning: {article.path}: quote extraction failed: {exc.__class__.__name__}: {exc}")
            continue
        if args.json:
            for st in statements:
                out.write(json_line(_record(article, st)) + "\n")
            continue
        if not statements:
            continue
        out.write(clean_label(f"{article.key}  {article.title}") + "\n")
        for st in statements:
            who = st.actor or st.speaker or "(no speaker)"
            out.write("  " + clean_label(f"{who} — {st.cue} — {st.kind} — \u201c{st.quote}\u201d") + "\n")
        out.write("\n")
    return 0 if read_any else 1
