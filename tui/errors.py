"""Errors the CLI turns into exit codes (its own module, so `python -m newsdesk.tui.cli` sees one class)."""


class UsageError(Exception):
    """Bad arguments or input from the user: exit code 2, one line on stderr."""
