"""Start the TUI for `newsdesk [DESK]`; kept tiny so the CLI imports Textual only when needed."""

from __future__ import annotations


def launch_tui(desk: str | None, data: str | None) -> int:
    """Open the desk (the bundled sample desk by default) in the TUI; returns the exit code."""
    from newsdesk.tui.desk_paths import resolve_desk

    folder, data_dir = resolve_desk(desk, data)
    from newsdesk.tui.app import NewsdeskApp

    app = NewsdeskApp(folder, data_dir)
    app.run()
    return app.return_code or 0
