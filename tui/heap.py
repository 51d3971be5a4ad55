"""Keep Python's garbage collections out of the frames that matter while the TUI runs.

Once the desk is on screen, the objects alive then (Textual, whoosh, the open index: ~130k on the
sample desk) live as long as the app. Python's oldest-generation collection walks them all, ~30-50
ms, and the allocations of a resize or a long scroll set one off every few frames: a frame that
came late for no visible reason. Frozen (`gc.freeze`), they are left out of every collection; they
are thawed when the app ends, so what they leave behind is collected as usual.

A resize allocates heavily while the screen is laid out and drawn at the new size; collections
then are put off until that frame is on screen (as Textual does during smooth scrolling).
"""

from __future__ import annotations

import gc


def freeze_long_lived() -> None:
    """Leave the objects alive now out of later garbage collections (the app's long-lived state)."""
    gc.freeze()


def thaw() -> None:
    """Put the frozen objects back under garbage collection (the app is ending)."""
    gc.unfreeze()


class CollectionPause:
    """Garbage collection off from `begin` until `end` (only if it was on: a pause never turns it on
    where someone else turned it off)."""

    def __init__(self) -> None:
        self._paused = False

    def begin(self) -> None:
        """No collections from now until `end`."""
        if not self._paused and gc.isenabled():
            gc.disable()
            self._paused = True

    def end(self) -> None:
        """Collections as before `begin`."""
        if self._paused:
            self._paused = False
            gc.enable()
