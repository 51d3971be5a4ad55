"""The newsdesk TUI: search a desk, read an article, see who said what, follow an actor, keep evidence.

The App wires the parts together and nothing more: the engine thread (every engine call goes
through it), the keymap from the config files, the warnings list, and the screens; the workflows
live in the main screen and its panes. Textual only is imported here; the engine (whoosh) is
imported lazily on the engine thread so the first paint is not delayed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

from textual.app import App
from textual.binding import BindingType
from textual.screen import Screen
from textual.signal import Signal

from newsdesk.tui.config import config_paths, load_keymap
from newsdesk.tui.engine_thread import EngineThread
from newsdesk.tui.heap import thaw
from newsdesk.tui.keys import DEFAULT_KEYMAP, KeyMap, bindings, resolve_keymap
from newsdesk.tui.sanitize import clean_label
from newsdesk.tui.screens.main import MainScreen


def _palette_commands() -> Any:
    """The palette provider, imported when the palette first opens (textual.command is slow to import)."""
    from newsdesk.tui.screens.palette import NewsdeskCommands

    return NewsdeskCommands


class NewsdeskApp(App[int]):
    """Search bar on top; results, article and the Quotes/Timeline/Bookmarks tabs side by side."""

    # Absolute, so subclasses defined elsewhere (bench, tests) still find it.
    CSS_PATH = Path(__file__).with_name("app.tcss")
    TITLE = "newsdesk"
    COMMANDS = App.COMMANDS | {_palette_commands}
    ENABLE_COMMAND_PALETTE = True
    BINDINGS: ClassVar[list[BindingType]] = bindings("app")

    def __init__(
        self,
        folder: Path,
        data_dir: Path,
        *,
        index_on_start: bool = True,
        config_files: list[Path] | None = None,
        initial_query: str = "",
    ) -> None:
        super().__init__()
        self.folder = Path(folder)
        self.data_dir = Path(data_dir)
        self.engine = EngineThread(self.folder, self.data_dir, on_error=self.report_error)
        self._config_files = config_paths(self.data_dir) if config_files is None else config_files
        self._main = MainScreen(self.engine, index_on_start=index_on_start, initial_query=initial_query)
        self.keys: KeyMap = DEFAULT_KEYMAP
        # Published with the new KeyMap: every text that names a key redraws itself.
        self.keys_changed: Signal[KeyMap] = Signal(self, "keys-changed")
        self.warnings: list[str] = []
        self.warnings_changed: Signal[int] = Signal(self, "warnings-changed")

    def get_default_screen(self) -> Screen[Any]:
        return self._main

    @property
    def main_screen(self) -> MainScreen:
        """The desk's screen."""
        return self._main

    def on_mount(self) -> None:
        # After the first frame: reading YAML would delay the paint.
        self.call_after_refresh(self.load_config)

    async def on_unmount(self) -> None:
        self.engine.shutdown()
        thaw()

    # ---- config and warnings -------------------------------------------------------------------

    def load_config(self) -> None:
        """Read the keymap from the config files; every entry refused is a warning."""
        requests = load_keymap(self._config_files, self.warn)
        keymap, warnings = resolve_keymap(requests)
        for warning in warnings:
            self.warn(warning)
        if keymap.keys != self.keys.keys:
            self.apply_keymap(keymap)

    def apply_keymap(self, keymap: KeyMap) -> None:
        """Bind the keys of `keymap` and redraw every text that names a key."""
        self.keys = keymap
        self.set_keymap(keymap.textual_keymap())
        self.keys_changed.publish(keymap)

    def warn(self, message: str) -> None:
        """Add a line to the warnings screen (indexing and config problems)."""
        self.warnings.append(clean_label(message))
        self.warnings_changed.publish(len(self.warnings))

    def report_error(self, message: str) -> None:
        """Show an error as a notification."""
        self.notify(clean_label(message, 300), title="Error", severity="error", markup=False, timeout=8)

    # ---- app-wide actions ----------------------------------------------------------------------

    def action_help(self) -> None:
        """List every key, as currently mapped."""
        from textual.widgets import Input

        from newsdesk.tui.screens.help import HelpScreen

        # From the search bar, the query syntax is what is wanted.
        typing = isinstance(self.focused, Input) and self.focused.id == "search"
        self.push_screen(HelpScreen(self.keys.help_rows(), syntax_first=typing))
