"""Terminal escape sequences and control characters: the one definition the readers and the UI share.

Article text and file names are untrusted and end up on a terminal, where an OSC sequence can set
the window title or write the clipboard (OSC 52) and a CSI sequence can move the cursor over
what was printed before.
"""

from __future__ import annotations

import re

# ANSI/VT escape sequences (CSI, OSC, DCS/APC/PM/SOS strings, two-byte escapes) and their 8-bit C1 forms.
ESCAPES = re.compile(
    r"""
    \x1b\[[0-?]*[ -/]*[@-~]?                 # CSI ... final byte
    | \x9b[0-?]*[ -/]*[@-~]?                 # 8-bit CSI
    | (?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])  # OSC, DCS, SOS, PM, APC ...
      [^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?  # ... up to their terminator
    | \x1b[ -/]*[0-~]?                       # other escapes (ESC 7, ESC ( B, ...)
    """,
    re.VERBOSE,
)
# Every other C0/C1 control except newline and tab.
CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Bidirectional embeddings, overrides and isolates: they reorder what follows them on screen, so a
# name like "report\u202etxt.md" reads as something else ("Trojan Source").
BIDI_CONTROLS = re.compile(r"[\u202a-\u202e\u2066-\u2069]")


def strip_escapes(text: str) -> str:
    """`text` without escape sequences and C0/C1 controls (newline and tab kept)."""
    return CONTROLS.sub("", ESCAPES.sub("", text))
