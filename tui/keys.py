"""Every key of the TUI in one registry.

Each action has an id (the name a user's `keymap:` uses), default keys, the Textual action it runs,
a description, the scopes where it is bound and whether it may be remapped. The registry makes the
widgets' BINDINGS, the help screen, the palette entries and every hint that names a key; a
`KeyMap` is the registry with the user's keymap applied, so remapping a key updates all of them.

Scopes nest (a key bound in "main" is live while the article has focus, so the article may not
bind it too); two actions may share a key only in scopes that are never active together. A keymap
entry that would break that, names no action, or is not a key is refused with a warning, and Quit,
Help and the palette keep their default keys whatever the keymap says.

Textual-free on purpose except for `bindings()`: the CLI and unit tests use the rest.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from textual.binding import BindingType

Remap = Literal["yes", "fixed", "protected"]

# scope -> (how the help screen names it, the scope it sits inside)
SCOPES: dict[str, tuple[str, str | None]] = {
    "app": ("everywhere", None),
    "main": ("main screen", "app"),
    "search": ("search bar", "main"),
    "article": ("article", "main"),
    "lists": ("lists", "main"),
    "results": ("results", "lists"),
    "timeline": ("timeline", "lists"),
    "bookmarks": ("bookmarks", "lists"),
    "saved": ("saved searches", "dialog"),
    "dialog": ("dialogs", "app"),
    "picker": ("actor picker", "dialog"),
    "confirm": ("yes/no question", "app"),
    "help": ("this help", "app"),
    "lines": ("warnings", "app"),
}

MODIFIERS = ("ctrl", "alt", "meta", "super", "hyper", "shift")
# Names Textual gives keys that are not characters (Textual's Keys enum, minus its pseudo keys).
NAMED_KEYS = frozenset(
    {"escape", "enter", "return", "tab", "space", "backspace", "delete", "insert", "home", "end"}
    | {"pageup", "pagedown", "up", "down", "left", "right"}
    | {f"f{n}" for n in range(1, 25)}
)
# Character names Textual uses for keys (unicodedata names, folded), where they differ.
_NAME_REPLACEMENTS = {
    "solidus": "slash",
    "reverse_solidus": "backslash",
    "commercial_at": "at",
    "hyphen_minus": "minus",
    "plus_sign": "plus",
    "low_line": "underscore",
}
_DISPLAY = {
    "escape": "Esc",
    "enter": "Enter",
    "tab": "Tab",
    "space": "Space",
    "backspace": "Backspace",
    "delete": "Del",
    "pageup": "PgUp",
    "pagedown": "PgDn",
    "home": "Home",
    "end": "End",
    "up": "↑",
    "down": "↓",
    "left": "←",
    "right": "→",
}


@dataclass(frozen=True, slots=True)
class KeyAction:
    """One action a key can run."""

    id: str
    keys: str  # default keys, comma separated, as Textual names them ("question_mark", "ctrl+p")
    action: str  # the Textual action, relative to the node of its scope
    description: str  # short: the footer's label
    scopes: tuple[str, ...]
    remap: Remap = "yes"
    show: bool = False  # in the footer
    priority: bool = False  # handled before the focused widget sees the key
    palette: str = ""  # the command palette's entry, if it has one
    detail: str = ""  # the help screen's longer description
    # Default keys it takes over from these actions while its scope is active (a dialog's own
    # keys over the app's); not a conflict.
    shadows: tuple[str, ...] = ()

    @property
    def default_keys(self) -> tuple[str, ...]:
        """The default keys as a tuple."""
        return tuple(part.strip() for part in self.keys.split(",") if part.strip())

    @property
    def help_text(self) -> str:
        """What the help screen says it does."""
        return self.detail or self.palette or self.description


def _nav(id: str, keys: str, action: str, description: str, scopes: tuple[str, ...]) -> KeyAction:
    """A movement key that stays what every terminal program makes it (not remappable)."""
    return KeyAction(id, keys, action, description, scopes, remap="fixed")


ARTICLE = ("article",)
LISTS = ("lists",)
BOOKMARKS = ("bookmarks",)

ACTIONS: tuple[KeyAction, ...] = (
    # ---- everywhere
    KeyAction("quit-now", "ctrl+q", "quit", "Quit", ("app",), remap="protected", priority=True,
              palette="Quit"),
    KeyAction("command-palette", "ctrl+p", "command_palette", "Palette", ("app",), remap="protected",
              priority=True, detail="Command palette: every action, go to actor, go to article"),
    KeyAction("help", "question_mark,f1", "help", "Help", ("app",), remap="protected", show=True,
              palette="Keys (help)", detail="Every key, as currently mapped"),
    KeyAction("focus-next", "tab", "app.focus_next", "Next pane", ("app",), remap="fixed", priority=True),
    KeyAction("focus-previous", "shift+tab", "app.focus_previous", "Previous pane", ("app",),
              remap="fixed", priority=True),
    # ---- the main screen
    # Priority: a non-priority binding runs only once the key has come back from the focused
    # widget, and keys typed right behind it (tmux send-keys '/' 'trump') would already be there.
    KeyAction("focus-search", "slash", "focus_search", "Search", ("main",), show=True, priority=True,
              palette="Search", detail="Put the cursor in the search bar"),
    KeyAction("bookmark", "b", "bookmark", "Bookmark", ("main",), show=True, priority=True,
              palette="Bookmark the selection or paragraph"),
    KeyAction("show-bookmarks", "B", "show_bookmarks", "Bookmarks", ("main",),
              palette="Bookmarks", detail="Open the Bookmarks tab"),
    KeyAction("timeline", "t", "timeline", "Timeline", ("main",), show=True,
              palette="Timeline of the speaker under the cursor"),
    KeyAction("pick-actor", "a", "pick_actor", "Actor", ("main",), show=True, priority=True,
              palette="Pick an actor", detail="Pick an actor by name and show their timeline"),
    KeyAction("toggle-side", "s", "toggle_side", "Side", ("main",), show=True,
              palette="Show or hide the side pane (Quotes, Timeline, Bookmarks)",
              detail="Show or hide the side pane (on narrow terminals it takes the results' place)"),
    KeyAction("sort-results", "S", "sort_results", "Sort", ("main",), palette="Sort the results by relevance or date",
              detail="Sort the results: by relevance, or newest first"),
    KeyAction("show-copies", "C", "show_copies", "Copies", ("main",),
              palette="Copies of the highlighted result (articles with the same body)",
              detail="List the copies (same body) folded into the highlighted result; Enter opens one"),
    KeyAction("show-quotes", "Q", "show_quotes", "Quotes", ("main",), palette="Quotes of the open article",
              detail="Open the Quotes tab"),
    KeyAction("open-url", "o", "open_url", "Open url", ("main",), palette="Open the article's url in the browser"),
    KeyAction("open-editor", "E", "open_editor", "Editor", ("main",),
              palette="Open the article's file in $EDITOR"),
    KeyAction("open-pager", "V", "open_pager", "Pager", ("main",), palette="Open the article's file in $PAGER"),
    KeyAction("save-search", "ctrl+s", "save_search", "Save search", ("main",), palette="Save the current search",
              detail="Save the current search (recall it with the saved-searches list)"),
    KeyAction("saved-searches", "L", "saved_searches", "Saved", ("main",), palette="Saved searches",
              detail="List the saved searches; Enter runs one, d deletes it"),
    KeyAction("show-warnings", "w", "show_warnings", "Warnings", ("main",),
              palette="Warnings", detail="Warnings of the indexing run and the config files"),
    KeyAction("reindex", "ctrl+r", "reindex", "Re-index", ("main",), palette="Re-index the desk",
              detail="Re-index the desk in the background"),
    KeyAction("back", "escape", "back", "Back", ("main",), priority=True,
              detail="Leave the search bar or a pane: back to the results"),
    KeyAction("quit", "q", "quit", "Quit", ("main",), remap="protected", show=True,
              detail="Quit (on the main screen, outside text fields)"),
    # ---- the search bar
    KeyAction("history-previous", "up", "history(-1)", "Earlier search", ("search",),
              detail="The search typed before this one (search history)"),
    KeyAction("history-next", "down", "history(1)", "Later search", ("search",),
              detail="The search typed after this one"),
    # ---- the article
    KeyAction("cursor-down", "j", "cursor_down", "Down", ("article", "lists")),
    KeyAction("cursor-up", "k", "cursor_up", "Up", ("article", "lists")),
    KeyAction("next-hit", "n", "next_hit", "Next hit", ARTICLE, show=True, palette="Next search hit"),
    KeyAction("previous-hit", "N", "previous_hit", "Prev hit", ARTICLE,
              palette="Previous search hit"),
    KeyAction("copy-selection", "ctrl+c", "copy", "Copy", ARTICLE, detail="Copy the selected text"),
    _nav("article-down", "down", "cursor_down", "Cursor down", ARTICLE),
    _nav("article-up", "up", "cursor_up", "Cursor up", ARTICLE),
    _nav("article-left", "left", "cursor_left", "Cursor left", ARTICLE),
    _nav("article-right", "right", "cursor_right", "Cursor right", ARTICLE),
    _nav("article-word-left", "ctrl+left", "word_left", "Word left", ARTICLE),
    _nav("article-word-right", "ctrl+right", "word_right", "Word right", ARTICLE),
    _nav("article-line-start", "home", "line_start", "Start of the line", ARTICLE),
    _nav("article-line-end", "end", "line_end", "End of the line", ARTICLE),
    _nav("article-page-up", "pageup", "page_up", "Page up", ARTICLE),
    _nav("article-page-down", "pagedown", "page_down", "Page down", ARTICLE),
    _nav("article-top", "ctrl+home", "top", "Top of the article", ARTICLE),
    _nav("article-bottom", "ctrl+end", "bottom", "End of the article", ARTICLE),
    _nav("select-down", "shift+down", "cursor_down(True)", "Select down", ARTICLE),
    _nav("select-up", "shift+up", "cursor_up(True)", "Select up", ARTICLE),
    _nav("select-left", "shift+left", "cursor_left(True)", "Select left", ARTICLE),
    _nav("select-right", "shift+right", "cursor_right(True)", "Select right", ARTICLE),
    _nav("select-word-left", "ctrl+shift+left", "word_left(True)", "Select a word left", ARTICLE),
    _nav("select-word-right", "ctrl+shift+right", "word_right(True)", "Select a word right", ARTICLE),
    _nav("select-line-start", "shift+home", "line_start(True)", "Select to the line's start", ARTICLE),
    _nav("select-line-end", "shift+end", "line_end(True)", "Select to the line's end", ARTICLE),
    _nav("select-page-up", "shift+pageup", "page_up(True)", "Select a page up", ARTICLE),
    _nav("select-page-down", "shift+pagedown", "page_down(True)", "Select a page down", ARTICLE),
    # ---- lists
    _nav("list-open", "enter", "select_cursor", "Open", LISTS),
    _nav("list-down", "down", "cursor_down", "Down", LISTS),
    _nav("list-up", "up", "cursor_up", "Up", LISTS),
    _nav("list-page-down", "pagedown", "page_down", "Page down", LISTS),
    _nav("list-page-up", "pageup", "page_up", "Page up", LISTS),
    KeyAction("list-top", "g", "go_top", "First", LISTS, detail="gg (or Home): the first row"),
    KeyAction("list-bottom", "G", "go_bottom", "Last", LISTS, detail="G (or End): the last row"),
    _nav("list-home", "home", "first_row", "First row", LISTS),
    _nav("list-end", "end", "last_row", "Last row", LISTS),
    # ---- the timeline
    KeyAction("timeline-filter", "f", "focus_filter", "Filter", ("timeline",), show=True,
              palette="Filter the timeline by topic and dates",
              detail="Filter the timeline: topic words, since:YYYY-MM-DD, until:YYYY-MM-DD"),
    # ---- saved searches list
    KeyAction("saved-delete", "d", "delete", "Delete", ("saved",), remap="fixed"),
    # ---- the bookmarks list
    # Not in the footer: the list's own border names them, and at 80 columns they pushed "? Help" out.
    KeyAction("bookmark-delete", "d", "delete", "Delete", BOOKMARKS,
              palette="Delete the highlighted bookmark"),
    KeyAction("bookmark-edit", "e", "edit", "Edit", BOOKMARKS,
              palette="Edit the highlighted bookmark"),
    KeyAction("bookmark-copy", "c", "copy", "Copy", BOOKMARKS,
              palette="Copy the highlighted bookmark with its citation"),
    KeyAction("bookmark-export-markdown", "x", "export('markdown')", "Export md", BOOKMARKS, show=True,
              palette="Export bookmarks to Markdown"),
    KeyAction("bookmark-export-json", "X", "export('json')", "Export json", BOOKMARKS,
              palette="Export bookmarks to JSON"),
    KeyAction("bookmark-filter", "f", "focus_filter", "Tag filter", BOOKMARKS,
              detail="Filter the bookmarks by tag"),
    # ---- dialogs
    KeyAction("dialog-cancel", "escape", "cancel", "Cancel", ("dialog",), remap="fixed"),
    KeyAction("dialog-submit", "enter", "submit", "Save", ("dialog",), remap="fixed",
              detail="Save / pick (Enter in a text field does the same)"),
    KeyAction("picker-down", "down", "move(1)", "Next", ("picker",), remap="fixed"),
    KeyAction("picker-up", "up", "move(-1)", "Previous", ("picker",), remap="fixed"),
    KeyAction("confirm-yes", "y,enter", "answer(True)", "Yes", ("confirm",), remap="fixed"),
    KeyAction("confirm-no", "n,escape", "answer(False)", "No", ("confirm",), remap="fixed"),
    KeyAction("help-close", "escape,q,question_mark,f1", "close", "Close", ("help",), remap="fixed",
              shadows=("help",)),
    KeyAction("help-syntax", "s", "switch", "Keys / query syntax", ("help",), remap="fixed",
              detail="Switch between the keys and the query syntax"),
    KeyAction("lines-close", "escape,q", "close", "Close", ("lines",), remap="fixed"),
)  # fmt: skip

BY_ID: dict[str, KeyAction] = {action.id: action for action in ACTIONS}


# ---- key names --------------------------------------------------------------------------------


def _character_key(character: str) -> str | None:
    """Textual's name for the key that types `character` ("?" -> "question_mark"), or None."""
    if not character.isprintable() or (character.isspace() and character != " "):
        return None
    if character.isalnum():
        return character
    if character == " ":
        return "space"
    try:
        name = unicodedata.name(character).lower().replace("-", "_").replace(" ", "_")
    except ValueError:
        return None
    return _NAME_REPLACEMENTS.get(name, name)


def _named_character(name: str) -> bool:
    """True for a key name that stands for a printable character ("question_mark", "slash")."""
    if name in _NAME_REPLACEMENTS.values():
        return True
    original = {v: k for k, v in _NAME_REPLACEMENTS.items()}.get(name, name)
    try:
        character = unicodedata.lookup(original.replace("_", " ").upper())
    except KeyError:
        return False
    return len(character) == 1 and _character_key(character) == name


def normalize_key(text: str) -> str | None:
    """Textual's name for a key written as a user would ("?", "ctrl+P", "F1", "shift+b"); None if it is none."""
    text = text.strip()
    if not text or "," in text:
        return None
    if text == "+":
        return "plus"
    parts = text.split("+")
    base = parts[-1]
    if base == "" and len(parts) > 2 and parts[-2] == "":  # "ctrl++"
        parts, base = parts[:-2], "plus"
    else:
        parts = parts[:-1]
    modifiers = [part.strip().lower() for part in parts]
    if any(mod not in MODIFIERS for mod in modifiers) or len(set(modifiers)) != len(modifiers):
        return None
    if len(base) == 1:
        if "shift" in modifiers and base.isalpha() and len(modifiers) == 1:
            return base.upper()  # terminals send shift+b as "B"
        name = _character_key(base)
        if name is None:
            return None
        if modifiers and name.isalpha():
            name = name.lower()
    else:
        name = base.lower()
        if name not in NAMED_KEYS and not _named_character(name):
            return None
    ordered = [mod for mod in MODIFIERS if mod in modifiers]
    return "+".join([*ordered, name])


def is_printable(key: str) -> bool:
    """True for a key that types a character into a text field (no ctrl/alt modifier)."""
    if "+" in key and key != "plus":
        return False
    return len(key) == 1 or key == "space" or _named_character(key)


def key_display(key: str) -> str:
    """How a hint names a key: "?", "t", "Enter", "ctrl+p"."""
    *modifiers, base = key.split("+") if key != "plus" else ["plus"]
    if len(base) == 1:
        shown = base
    elif base in _DISPLAY:
        shown = _DISPLAY[base]
    elif base == "plus":
        shown = "+"
    elif _named_character(base):
        original = {v: k for k, v in _NAME_REPLACEMENTS.items()}.get(base, base)
        shown = unicodedata.lookup(original.replace("_", " ").upper())
    else:
        shown = base.upper() if base.startswith("f") and base[1:].isdigit() else base
    return "+".join([*modifiers, shown])


# ---- the keymap -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class KeyRequest:
    """One `keymap:` entry as the user wrote it, and the file it came from."""

    keys: str
    source: str


def scopes_overlap(a: str, b: str) -> bool:
    """True when keys of both scopes can be live at once (one holds the other)."""
    return a in _ancestry(b) or b in _ancestry(a)


def _ancestry(scope: str) -> tuple[str, ...]:
    chain: list[str] = []
    current: str | None = scope
    while current is not None:
        chain.append(current)
        current = SCOPES[current][1]
    return tuple(chain)


def _overlap(a: KeyAction, b: KeyAction) -> bool:
    if a.id in b.shadows or b.id in a.shadows:
        return False
    return any(scopes_overlap(x, y) for x in a.scopes for y in b.scopes)


@dataclass(frozen=True)
class KeyMap:
    """The registry with a keymap applied: the keys each action answers to now."""

    keys: Mapping[str, tuple[str, ...]] = field(
        default_factory=lambda: {action.id: action.default_keys for action in ACTIONS}
    )

    def keys_of(self, action_id: str) -> tuple[str, ...]:
        """The keys an action answers to."""
        return self.keys[action_id]

    def key(self, action_id: str) -> str:
        """How a hint names an action's (first) key."""
        keys = self.keys[action_id]
        return key_display(keys[0]) if keys else ""

    def all_keys(self, action_id: str) -> str:
        """Every key of an action, as the help screen lists them."""
        return ", ".join(key_display(key) for key in self.keys[action_id])

    def hint(self, template: str) -> str:
        """`template` with each {action-id} replaced by that action's key: "{timeline}: timeline"."""
        return template.format_map(_KeyNames(self))

    def textual_keymap(self) -> dict[str, str]:
        """The bindings whose keys differ from the defaults, as `App.set_keymap` takes them."""
        return {
            action.id: ",".join(self.keys[action.id])
            for action in ACTIONS
            if self.keys[action.id] != action.default_keys
        }

    def yields_to_text(self, action_id: str) -> bool:
        """True for a priority action bound to a printable key: a focused text field gets the key."""
        action = BY_ID[action_id]
        return action.priority and any(is_printable(key) for key in self.keys[action_id])

    def help_rows(self) -> list[tuple[str, str, str, str, str]]:
        """(where, keys, what it does, binding id, remappable) for every action, registry order."""
        remap = {"yes": "yes", "fixed": "no", "protected": "adds keys"}
        return [
            (
                ", ".join(SCOPES[scope][0] for scope in action.scopes),
                self.all_keys(action.id),
                action.help_text,
                action.id,
                remap[action.remap],
            )
            for action in ACTIONS
        ]


class _KeyNames(dict[str, str]):
    def __init__(self, keymap: KeyMap) -> None:
        super().__init__()
        self._keymap = keymap

    def __missing__(self, action_id: str) -> str:
        return self._keymap.key(action_id)


DEFAULT_KEYMAP = KeyMap()


def resolve_keymap(requests: Mapping[str, KeyRequest]) -> tuple[KeyMap, list[str]]:
    """Apply a user's keymap to the registry; every entry that is refused is one warning line.

    Refused: an id that names no action, a key that is no key, an action that cannot be remapped,
    and a key another action already answers to where both are live (both entries of a swap are
    fine). Protected actions keep their default keys and only gain the ones asked for.
    """
    warnings: list[str] = []
    accepted: dict[str, tuple[str, ...]] = {}
    for action_id, request in requests.items():
        where = f"warning: {request.source}: keymap"
        action = BY_ID.get(action_id)
        if action is None:
            import difflib

            close = difflib.get_close_matches(action_id, list(BY_ID), n=1)
            also = f" (did you mean {close[0]!r}?)" if close else " (the help screen lists the ids)"
            warnings.append(f"{where}: no action has the id {action_id!r}{also}, ignored")
            continue
        if action.remap == "fixed":
            warnings.append(f"{where}: {action_id!r} cannot be remapped, ignored")
            continue
        parts = request.keys.split(",")
        keys = [normalize_key(part) for part in parts]
        bad = [part.strip() for part, key in zip(parts, keys, strict=True) if key is None]
        if bad:
            warnings.append(
                f"{where}: {action_id}: {', '.join(repr(b) for b in bad)} is not a key"
                f" (write e.g. 'm', 'ctrl+m', 'f5', '?'), ignored"
            )
            continue
        unique = tuple(dict.fromkeys(key for key in keys if key is not None))
        if action.remap == "protected":
            unique = tuple(dict.fromkeys((*action.default_keys, *unique)))
        accepted[action_id] = unique
    order = list(accepted)
    while True:
        effective = {action.id: accepted.get(action.id, action.default_keys) for action in ACTIONS}
        clash = _first_clash(effective)
        if clash is None:
            return KeyMap(effective), warnings
        first, second, key = clash
        # Blame the entry that brought the key in; of two such entries, the later one.
        blamed = [a for a in (first, second) if a.id in accepted and key in accepted[a.id]]
        blamed = [a for a in blamed if not (a.remap == "protected" and key in a.default_keys)]
        if not blamed:  # the defaults themselves clash: a bug the registry tests catch
            return KeyMap(effective), warnings
        loser = max(blamed, key=lambda a: order.index(a.id))
        other = second if loser is first else first
        del accepted[loser.id]
        kept = ", ".join(key_display(k) for k in loser.default_keys)
        lost = "cannot lose it" if other.remap == "protected" else "would become unreachable"
        warnings.append(
            f"warning: {requests[loser.id].source}: keymap: {loser.id}: {key_display(key)!r} is already the key of"
            f" {other.description} ({other.id}), which {lost}; {loser.id} stays on {kept}"
        )


def _first_clash(effective: Mapping[str, tuple[str, ...]]) -> tuple[KeyAction, KeyAction, str] | None:
    holders: dict[str, list[KeyAction]] = {}
    for action in ACTIONS:
        for key in effective[action.id]:
            for other in holders.get(key, ()):
                if _overlap(action, other):
                    return other, action, key
            holders.setdefault(key, []).append(action)
    return None


def bindings(scope: str) -> list[BindingType]:
    """The Textual bindings of one scope, with the registry's default keys and ids."""
    # Typed as Textual's BINDINGS element type (list is invariant), so classes assign it unchanged.
    from textual.binding import Binding

    return [
        Binding(
            action.keys,
            action.action,
            action.description,
            show=action.show,
            priority=action.priority,
            id=action.id,
            tooltip=action.help_text,
        )
        for action in ACTIONS
        if scope in action.scopes
    ]


def actions_in(scopes: Iterable[str]) -> list[KeyAction]:
    """The actions bound in any of these scopes, registry order."""
    wanted = set(scopes)
    return [action for action in ACTIONS if wanted & set(action.scopes)]
