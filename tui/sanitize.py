"""Make untrusted article text safe to put on a terminal.

Readers already strip control characters; this is the last line of defence for anything that
reaches a label, and keeps character offsets intact for the article pane.
"""

from __future__ import annotations

import re

# CSI / OSC / other ESC sequences, then any remaining C0/C1 control character.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]?|\x9b[0-?]*[ -/]*[@-~]"
)
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_LINE_BREAKS = re.compile(r"[\n\t\u2028\u2029]+")

# Characters str.splitlines() treats as line ends (besides "\n") and other controls: each becomes
# one space so that an offset into Article.text is the same offset into the TextArea document.
_ONE_FOR_ONE = {c: " " for c in [*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0), 0x2028, 0x2029]}


def clean_label(text: str | None, limit: int | None = None) -> str:
    """One line of plain text for a label or table cell: escapes and controls removed, whitespace folded."""
    if not text:
        return ""
    text = _ESCAPES.sub("", text)
    text = _LINE_BREAKS.sub(" ", text)
    text = _CONTROLS.sub("", text).strip()
    if limit is not None and len(text) > limit:
        text = text[: max(limit - 1, 0)].rstrip() + "…"
    return text


def for_text_area(text: str) -> str:
    """The article text as the TextArea should hold it: same length, controls and odd line ends as spaces."""
    return text.translate(_ONE_FOR_ONE)
