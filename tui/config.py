"""User settings for the TUI: the keymap read from `config.yaml` files.

`keymap: {binding-id: key}` remaps any binding by its id. The user's file
(~/.config/newsdesk/config.yaml) is read first, then the desk's (DATA/config.yaml), which wins.
What the entries mean (ids, keys, clashes) is checked by `newsdesk.tui.keys.resolve_keymap`; this
module only reads the files, through the project's safe YAML loader (no aliases, odd tags or deep
nesting), and skips what is not a regular file or is over CONFIG_LIMIT.
"""

from __future__ import annotations

import stat
from collections.abc import Callable, Iterable
from pathlib import Path

from newsdesk.tui.keys import KeyRequest

Warn = Callable[[str], None]
CONFIG_LIMIT = 256 * 1024


def user_config_path() -> Path:
    """Where the user's own config.yaml lives (platformdirs' config dir for newsdesk)."""
    from platformdirs import user_config_dir

    return Path(user_config_dir("newsdesk")) / "config.yaml"


def config_paths(data_dir: Path) -> list[Path]:
    """The config files that apply to a desk, lowest precedence first."""
    return [user_config_path(), data_dir / "config.yaml"]


def parse_keymap(raw: object, source: str, warn: Warn) -> dict[str, KeyRequest]:
    """The `keymap` section of one parsed config document; bad entries are warned about and skipped."""
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        warn(f"warning: {source}: the file is not a mapping, ignored")
        return {}
    keymap = raw.get("keymap")
    if keymap is None:
        return {}
    if not isinstance(keymap, dict):
        warn(f"warning: {source}: 'keymap' must be a mapping of binding-id: key, ignored")
        return {}
    result: dict[str, KeyRequest] = {}
    for binding_id, key in keymap.items():
        if not isinstance(binding_id, str) or not isinstance(key, str) or not key.strip():
            shown = f"{repr(binding_id)[:40]}: {repr(key)[:40]}"
            warn(f"warning: {source}: keymap entry {shown} is not 'binding-id: key', ignored")
            continue
        result[binding_id.strip()] = KeyRequest(key.strip(), source)
    return result


def load_keymap(paths: Iterable[Path], warn: Warn) -> dict[str, KeyRequest]:
    """Merge the keymaps of the given files (later files win); missing files are fine, broken ones warned."""
    # Here, not at the top: the TUI reads config after its first paint.
    from newsdesk.index import safeyaml

    merged: dict[str, KeyRequest] = {}
    for path in paths:
        try:
            info = path.stat()
            if not stat.S_ISREG(info.st_mode):  # a FIFO or device would block or never end
                warn(f"warning: {path}: not a regular file, ignored")
                continue
            if info.st_size > CONFIG_LIMIT:
                warn(f"warning: {path}: larger than {CONFIG_LIMIT // 1024} KB, ignored")
                continue
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            continue
        except (OSError, UnicodeDecodeError) as exc:
            warn(f"warning: {path}: cannot read ({exc.__class__.__name__}), ignored")
            continue
        try:
            raw = safeyaml.load(text)  # refuses alias bombs, odd tags and deep nesting
        except safeyaml.YAMLError as exc:
            warn(f"warning: {path}: {exc}, ignored")
            continue
        merged.update(parse_keymap(raw, str(path), warn))
    return merged
