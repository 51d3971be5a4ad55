"""`newsdesk index`: placeholder until its issue lands."""

from __future__ import annotations

import argparse
import sys


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Register the `index` subcommand."""
    p = sub.add_parser("index", help="(not yet available)")
    p.add_argument("rest", nargs="*")


def run(args: argparse.Namespace) -> int:
    """Not built yet."""
    print("newsdesk: 'index' is not available yet", file=sys.stderr)
    return 1
