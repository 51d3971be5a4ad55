"""Text that names keys follows the keymap: drawn from the app's KeyMap, redrawn when it changes."""

from __future__ import annotations

from collections.abc import Callable

from textual.dom import DOMNode

from newsdesk.tui.keys import DEFAULT_KEYMAP, KeyMap


def current_keys(node: DOMNode) -> KeyMap:
    """The keymap of the node's app (the defaults in an app that has none, e.g. a test harness)."""
    keys = getattr(node.app, "keys", None)
    return keys if isinstance(keys, KeyMap) else DEFAULT_KEYMAP


def follow_keys(node: DOMNode, redraw: Callable[[KeyMap], None]) -> None:
    """Call `redraw` with the keymap now, and again whenever the app's keymap changes."""
    redraw(current_keys(node))
    signal = getattr(node.app, "keys_changed", None)
    if signal is not None:
        signal.subscribe(node, redraw)
