"""Indexing settings from the `index:` section of the config files (the TUI reads `keymap:` from the same files).

```yaml
index:
  outside_links: skip    # index (default): read files symlinked from outside the desk, and say so once
```
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from newsdesk.index import safeyaml
from newsdesk.index.regularfile import read_regular

OUTSIDE_LINKS = ("index", "skip")
# A config file is a few lines written by hand; a bigger one is not worth parsing.
MAX_CONFIG_BYTES = 1_000_000


@dataclass(frozen=True, slots=True)
class IndexSettings:
    """How the indexer treats a desk; `outside_links` is "index" or "skip"."""

    outside_links: str = "index"


def load_index_settings(paths: Iterable[Path], warn: Callable[[str], None]) -> IndexSettings:
    """The `index:` section of the given config files merged (later files win); problems are warnings."""
    outside_links = IndexSettings().outside_links
    for path in paths:
        try:
            data = safeyaml.load(read_regular(path, MAX_CONFIG_BYTES).decode("utf-8"))
        except FileNotFoundError:
            continue
        except (OSError, UnicodeDecodeError, safeyaml.YAMLError) as exc:
            reason = getattr(exc, "strerror", None) or str(exc)
            warn(f"warning: {path}: {reason}: its index settings are ignored")
            continue
        section = data.get("index") if isinstance(data, dict) else None
        if section is None:
            continue
        if not isinstance(section, dict):
            warn(f"warning: {path}: 'index' must be a mapping, ignored")
            continue
        value = section.get("outside_links", outside_links)
        if value not in OUTSIDE_LINKS:
            warn(f"warning: {path}: index.outside_links must be one of {', '.join(OUTSIDE_LINKS)}, ignored")
            continue
        outside_links = value
    return IndexSettings(outside_links=outside_links)
