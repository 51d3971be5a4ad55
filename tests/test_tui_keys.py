"""The key registry and keymap checks: exact values, no app needed."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk.tui.config import load_keymap
from newsdesk.tui.keys import (
    ACTIONS,
    BY_ID,
    DEFAULT_KEYMAP,
    SCOPES,
    KeyRequest,
    is_printable,
    key_display,
    normalize_key,
    resolve_keymap,
    scopes_overlap,
)


def requests(**entries: str) -> dict[str, KeyRequest]:
    return {name.replace("_", "-"): KeyRequest(keys, "c.yaml") for name, keys in entries.items()}


def test_ids_are_unique_and_scopes_known() -> None:
    assert len(BY_ID) == len(ACTIONS)
    for action in ACTIONS:
        assert action.scopes and set(action.scopes) <= set(SCOPES), action.id
        assert action.default_keys, action.id
        assert all(normalize_key(key) == key for key in action.default_keys), action.id


def test_the_defaults_do_not_clash() -> None:
    keymap, warnings = resolve_keymap({})
    assert warnings == []
    assert keymap.keys == DEFAULT_KEYMAP.keys
    assert keymap.textual_keymap() == {}


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("m", "m"),
        ("?", "question_mark"),
        ("/", "slash"),
        ("ctrl+P", "ctrl+p"),
        ("F5", "f5"),
        ("shift+b", "B"),
        ("B", "B"),
        ("Escape", "escape"),
        ("question_mark", "question_mark"),
        ("shift+ctrl+left", "ctrl+shift+left"),
        ("+", "plus"),
        ("space", "space"),
        (" ", None),
        ("", None),
        ("ctrl+", None),
        ("hyper+super+ctrl+shift+alt+meta", None),
        ("bananas", None),
        ("ctlr+m", None),
        ("ctrl+ctrl+m", None),
        ("f25", None),
        ("\x1b", None),
        ("m,n", None),
    ],
)
def test_normalize_key(written: str, name: str | None) -> None:
    assert normalize_key(written) == name


def test_key_display_and_printable() -> None:
    assert [key_display(k) for k in ("question_mark", "slash", "escape", "enter", "ctrl+p", "f1", "B")] == [
        "?",
        "/",
        "Esc",
        "Enter",
        "ctrl+p",
        "F1",
        "B",
    ]
    assert [is_printable(k) for k in ("b", "B", "slash", "space", "ctrl+b", "escape", "f1", "enter")] == [
        True,
        True,
        True,
        True,
        False,
        False,
        False,
        False,
    ]


def test_scopes_overlap_along_their_nesting_only() -> None:
    assert scopes_overlap("main", "article")
    assert scopes_overlap("bookmarks", "main")
    assert scopes_overlap("app", "confirm")
    assert not scopes_overlap("article", "lists")
    assert not scopes_overlap("bookmarks", "timeline")
    assert not scopes_overlap("main", "dialog")


def test_a_remap_changes_the_key_and_every_hint() -> None:
    keymap, warnings = resolve_keymap(requests(bookmark="m", timeline="T"))
    assert warnings == []
    assert keymap.keys_of("bookmark") == ("m",)
    assert keymap.hint("{bookmark}: bookmark, {timeline}: timeline, {help}: help") == (
        "m: bookmark, T: timeline, ?: help"
    )
    assert keymap.textual_keymap() == {"bookmark": "m", "timeline": "T"}


def test_an_unknown_id_is_a_warning_with_a_suggestion() -> None:
    keymap, warnings = resolve_keymap(requests(bookmrk="m"))
    assert warnings == [
        "warning: c.yaml: keymap: no action has the id 'bookmrk' (did you mean 'bookmark'?), ignored"
    ]
    assert keymap.keys_of("bookmark") == ("b",)


def test_an_invalid_key_is_a_warning_and_the_default_stays() -> None:
    keymap, warnings = resolve_keymap(requests(bookmark="ctrl+bananas"))
    assert warnings == [
        "warning: c.yaml: keymap: bookmark: 'ctrl+bananas' is not a key (write e.g. 'm', 'ctrl+m', 'f5', '?'), ignored"
    ]
    assert keymap.keys_of("bookmark") == ("b",)


def test_binding_q_to_bookmark_cannot_take_quit() -> None:
    keymap, warnings = resolve_keymap(requests(bookmark="q"))
    assert warnings == [
        "warning: c.yaml: keymap: bookmark: 'q' is already the key of Quit (quit), which cannot lose it;"
        " bookmark stays on b"
    ]
    assert keymap.keys_of("quit") == ("q",)
    assert keymap.keys_of("bookmark") == ("b",)


def test_binding_t_to_bookmark_would_hide_the_timeline() -> None:
    keymap, warnings = resolve_keymap(requests(bookmark="t"))
    assert warnings == [
        "warning: c.yaml: keymap: bookmark: 't' is already the key of Timeline (timeline), which would become"
        " unreachable; bookmark stays on b"
    ]
    assert (keymap.keys_of("bookmark"), keymap.keys_of("timeline")) == (("b",), ("t",))


def test_two_entries_on_one_key_keep_the_first() -> None:
    keymap, warnings = resolve_keymap(requests(bookmark="m", timeline="m"))
    assert len(warnings) == 1 and warnings[0].startswith("warning: c.yaml: keymap: timeline: 'm' is already")
    assert (keymap.keys_of("bookmark"), keymap.keys_of("timeline")) == (("m",), ("t",))


def test_a_swap_is_fine_and_a_broken_swap_is_undone() -> None:
    keymap, warnings = resolve_keymap(requests(bookmark="t", timeline="b"))
    assert warnings == []
    assert (keymap.keys_of("bookmark"), keymap.keys_of("timeline")) == (("t",), ("b",))
    # timeline's half is refused (not a key), so bookmark may not take t either.
    keymap, warnings = resolve_keymap(requests(bookmark="t", timeline="ctrl+"))
    assert len(warnings) == 2
    assert (keymap.keys_of("bookmark"), keymap.keys_of("timeline")) == (("b",), ("t",))


def test_keys_in_scopes_never_live_together_may_repeat() -> None:
    # `d` deletes a bookmark in the bookmarks list; the article may use d for something else.
    keymap, warnings = resolve_keymap(requests(next_hit="d"))
    assert warnings == []
    assert keymap.keys_of("next-hit") == ("d",)
    # ...but a main-screen action on `d` would be shadowed whenever the bookmarks list has focus.
    keymap, warnings = resolve_keymap(requests(timeline="d"))
    assert len(warnings) == 1 and "Delete (bookmark-delete)" in warnings[0]


def test_protected_actions_keep_their_keys_and_may_gain_more() -> None:
    keymap, warnings = resolve_keymap(requests(quit="Z", help="f2", command_palette="ctrl+k"))
    assert warnings == []
    assert keymap.keys_of("quit") == ("q", "Z")
    assert keymap.keys_of("help") == ("question_mark", "f1", "f2")
    assert keymap.keys_of("command-palette") == ("ctrl+p", "ctrl+k")
    # A protected action gains no key another action needs.
    keymap, warnings = resolve_keymap(requests(quit="t"))
    assert len(warnings) == 1 and keymap.keys_of("quit") == ("q",)


def test_fixed_keys_cannot_be_remapped() -> None:
    keymap, warnings = resolve_keymap(requests(dialog_cancel="q"))
    assert warnings == ["warning: c.yaml: keymap: 'dialog-cancel' cannot be remapped, ignored"]
    assert keymap.keys_of("dialog-cancel") == ("escape",)


def test_help_rows_show_current_keys() -> None:
    keymap, _ = resolve_keymap(requests(bookmark="m"))
    rows = {row[3]: row for row in keymap.help_rows()}
    assert rows["bookmark"] == ("main screen", "m", "Bookmark the selection or paragraph", "bookmark", "yes")
    assert rows["help"][1:] == ("?, F1", "Every key, as currently mapped", "help", "adds keys")
    assert rows["cursor-down"][0] == "article, lists"


def test_yields_to_text_for_printable_priority_keys() -> None:
    assert DEFAULT_KEYMAP.yields_to_text("bookmark")
    assert not DEFAULT_KEYMAP.yields_to_text("back")
    keymap, _ = resolve_keymap(requests(bookmark="ctrl+b"))
    assert not keymap.yields_to_text("bookmark")


def test_a_config_with_aliases_is_refused_at_once(tmp_path: Path) -> None:
    bomb = tmp_path / "config.yaml"
    lines = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    lines += [
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]" for i in range(8)
    ]
    bomb.write_text("\n".join(lines) + "\nkeymap: {bookmark: m}\n", encoding="utf-8")
    warnings: list[str] = []
    assert load_keymap([bomb], warnings.append) == {}
    assert len(warnings) == 1
    assert warnings[0].startswith(f"warning: {bomb}: line 2: aliases (*a) are not allowed")


def test_a_config_that_is_not_a_regular_file_is_skipped(tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "config.yaml"
    os.mkfifo(fifo)
    warnings: list[str] = []
    assert load_keymap([fifo], warnings.append) == {}
    assert warnings == [f"warning: {fifo}: not a regular file, ignored"]


def _readme_key_rows() -> list[list[str]]:
    """The cells of the README's keys table (below '### Keys (TUI)'), header rows left out."""
    text = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    table = text[text.index("### Keys (TUI)") :].split("\n\n")[1]
    rows = [line.strip().strip("|").split("|") for line in table.splitlines() if line.startswith("|")]
    assert rows[0] == [" key ", " does "] and len(rows) > 10
    return rows[2:]


def _readme_keys(cell: str) -> list[tuple[str, str | None]]:
    import re

    return [
        (token, "g" if token == "gg" else normalize_key(token)) for token in re.findall(r"`([^`]+)`", cell)
    ]


def test_the_readme_keys_table_names_the_registry_s_keys() -> None:
    defaults = {key for action in ACTIONS for key in action.default_keys}
    rows = _readme_key_rows()
    # The key column names keys the registry binds, nothing else.
    named = [pair for row in rows for pair in _readme_keys(row[0])]
    assert [token for token, key in named if key not in defaults] == []
    # Every key a user may remap is in the table (in either column).
    mentioned = {key for row in rows for cell in row for _, key in _readme_keys(cell)}
    missing = [a.id for a in ACTIONS if a.remap != "fixed" and not set(a.default_keys) & mentioned]
    assert missing == []
