"""Where a desk and its data live: the folder given, or the bundled sample desk."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

from newsdesk.tui.cli import UsageError


def sample_desk() -> Path:
    """The bundled sample desk: the source tree's folder, or the installed package data."""
    here = Path(__file__).resolve().parents[1] / "sample_articles"
    if here.is_dir():
        return here
    spec = importlib.util.find_spec("newsdesk.sample")
    if spec and spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations)))
    raise UsageError("the bundled sample desk is missing from this installation")


def resolve_desk(desk: str | None, data: str | None) -> tuple[Path, Path]:
    """The desk folder and its data folder, from --desk/--data, $NEWSDESK_DATA and defaults."""
    chosen = data or os.environ.get("NEWSDESK_DATA") or None
    if desk is None:
        folder = sample_desk()
        if chosen:
            return folder, Path(chosen).expanduser().resolve()
        # The install location may be read-only: the sample desk's data goes to the user data dir.
        from platformdirs import user_data_dir

        return folder, Path(user_data_dir("newsdesk")) / "sample-desk"
    folder = Path(desk).expanduser()
    if not folder.exists():
        raise UsageError(f"desk folder not found: {desk}")
    if not folder.is_dir():
        raise UsageError(f"not a folder: {desk} (a desk is a folder of articles)")
    folder = folder.resolve()
    if chosen:
        return folder, Path(chosen).expanduser().resolve()
    return folder, folder / ".newsdesk"
