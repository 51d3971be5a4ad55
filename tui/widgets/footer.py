"""The footer: Textual's, leaving out the keys that do not fit instead of cutting the last ones.

Textual's footer lays its keys out in a row and a narrow terminal cuts the row's end, which is
where Help and Quit sit ("? He" at 60 columns). This one hides keys from the right end of the row,
the screen's general keys before the focused pane's own, until the rest fit; Quit, Help and the
palette (the registry's protected actions) always stay. The help screen lists every key.
"""

from __future__ import annotations

from rich.cells import cell_len
from textual.widget import Widget
from textual.widgets import Footer

from newsdesk.tui.keys import ACTIONS

KEY_TYPE = "FooterKey"
# The Textual actions the footer never leaves out.
KEPT_ACTIONS = frozenset(action.action for action in ACTIONS if action.remap == "protected")


def keys_to_hide(widths: list[int], kept: list[bool], room: int) -> set[int]:
    """Indexes of the keys to leave out so the rest fit in `room` cells: the rightmost of those not
    kept first (the focused pane's keys come first in the row, the screen's general ones after)."""
    total = sum(widths)
    hidden: set[int] = set()
    for index in reversed(range(len(widths))):
        if total <= room:
            break
        if not kept[index]:
            hidden.add(index)
            total -= widths[index]
    return hidden


class FittedFooter(Footer):
    """A footer whose keys never run past the screen's edge."""

    async def recompose(self) -> None:
        await super().recompose()
        self.call_after_refresh(self.fit_keys)

    def on_resize(self) -> None:
        self.fit_keys()

    def watch_compact(self) -> None:
        # Compact keys are narrower, so what fits changes; their styles follow the class change.
        self.call_after_refresh(self.fit_keys)

    def fit_keys(self, width: int | None = None) -> None:
        """Show the keys that fit the footer's width (or `width`, for a resize on its way), hide the others."""
        if not self.is_attached:
            return
        # By type name: Textual does not export the key widget's class (it lives in a private module).
        every: list[Widget] = list(self.query_children(KEY_TYPE))
        keys = [key for key in every if not key.has_class("-command-palette")]
        room = (self.size.width if width is None else width) - sum(
            key.outer_size.width for key in every if key not in keys and key.display
        )
        # A key's width: its text (which includes the key and description padding) and its margins.
        widths = [cell_len(str(key.render())) + key.styles.margin.width for key in keys]
        kept = [getattr(key, "action", "") in KEPT_ACTIONS for key in keys]
        hidden = keys_to_hide(widths, kept, room)
        for index, key in enumerate(keys):
            key.display = index not in hidden
