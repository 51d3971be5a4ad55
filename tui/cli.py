"""`newsdesk` command line: subcommands for scripts, no argument (or a folder) for the TUI.

Kept free of Textual and whoosh imports so that `newsdesk search --json` starts fast; each
subcommand module imports what it needs inside its `run`.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from newsdesk.tui.errors import UsageError

COMMANDS = ("index", "search", "quotes", "actors", "timeline", "bookmarks")
__all__ = ["COMMANDS", "UsageError", "add_desk_options", "main"]


def add_desk_options(parser: argparse.ArgumentParser, *, desk_required: bool = False) -> None:
    """Add the --desk/--data options every desk command shares."""
    parser.add_argument(
        "--desk",
        required=desk_required,
        default=None,
        help="the desk folder (default: the bundled sample desk)",
    )
    parser.add_argument(
        "--data",
        default=None,
        help="where the desk's data lives (default: DESK/.newsdesk, or $NEWSDESK_DATA)",
    )


def build_parser() -> argparse.ArgumentParser:
    """The subcommand parser; each command module adds its own arguments."""
    parser = argparse.ArgumentParser(prog="newsdesk", description="A keyboard-driven terminal news desk.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"newsdesk.tui.commands.{name}").add_parser(sub)
    return parser


def build_tui_parser() -> argparse.ArgumentParser:
    """The parser for `newsdesk [DESK]`, which launches the TUI."""
    parser = argparse.ArgumentParser(
        prog="newsdesk",
        description="A keyboard-driven terminal news desk. Subcommands: "
        + ", ".join(COMMANDS)
        + " (newsdesk COMMAND --help).",
    )
    parser.add_argument(
        "desk", nargs="?", default=None, help="the desk folder (default: the bundled sample desk)"
    )
    parser.add_argument(
        "--data",
        default=None,
        help="where the desk's data lives (default: DESK/.newsdesk, or $NEWSDESK_DATA)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `newsdesk` console script; returns the exit code."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        if args_list and args_list[0] in COMMANDS:
            args = build_parser().parse_args(args_list)
            module = importlib.import_module(f"newsdesk.tui.commands.{args.command}")
            return int(module.run(args))
        if args_list and args_list[0] in ("-h", "--help"):
            build_tui_parser().print_help()
            return 0
        args = build_tui_parser().parse_args(args_list)
        if args.desk and "/" not in args.desk and not Path(args.desk).exists():
            raise UsageError(f"no desk folder or command {args.desk!r} (commands: {', '.join(COMMANDS)})")
        from newsdesk.tui.launch import launch_tui

        return launch_tui(args.desk, args.data)
    except UsageError as exc:
        print(f"newsdesk: error: {_plain(str(exc))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("newsdesk: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        # The last line of defence: a bug met on some hostile file is one line, never a traceback
        # (NEWSDESK_DEBUG=1 shows it for a bug report).
        if os.environ.get("NEWSDESK_DEBUG"):
            raise
        reason = _plain(f"{type(exc).__name__}: {exc}", 300)
        print(f"newsdesk: internal error: {reason} (NEWSDESK_DEBUG=1 shows where)", file=sys.stderr)
        return 1


def _plain(text: str, limit: int | None = None) -> str:
    from newsdesk.tui.sanitize import clean_label

    return clean_label(text, limit)


if __name__ == "__main__":
    sys.exit(main())
