"""Make untrusted desk text safe to put on a terminal: every label, table cell and CLI output line.

Readers already strip control characters from article text; file names, YAML values (actor names,
bookmark notes) and anything else from a desk reach the screen only through `clean_label` (one
line of plain text) or `json_line` (a JSON Lines record). The escape sequences themselves are
defined once, in newsdesk.index.escapes.
"""

from __future__ import annotations

import json
import re
from typing import Any

from newsdesk.index.escapes import BIDI_CONTROLS, CONTROLS, ESCAPES

_LINE_BREAKS = re.compile(r"[\n\t\r\v\f\u0085\u2028\u2029]+")
_SURROGATES = re.compile(r"[\ud800-\udfff]")
# Characters that are valid JSON unescaped but unsafe on a terminal or in JSON Lines: C1 controls
# (8-bit CSI/OSC), DEL, line/paragraph separators, bidi overrides, and lone surrogates (which
# cannot even be encoded). `json_line` writes them as \uXXXX escapes: the data stays exact.
_JSON_UNSAFE = re.compile(r"[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")

# Characters str.splitlines() treats as line ends (besides "\n") and other controls: each becomes
# one space so that an offset into Article.text is the same offset into the TextArea document.
_ONE_FOR_ONE = {c: " " for c in [*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0), 0x2028, 0x2029]}


def clean_label(text: str | None, limit: int | None = None) -> str:
    """One line of plain text for a label, a table cell or a CLI line: escapes, controls and bidi
    overrides removed, line breaks folded to spaces, undecodable bytes of a file name as \\udcNN."""
    if not text:
        return ""
    text = ESCAPES.sub("", text)
    text = _LINE_BREAKS.sub(" ", text)
    text = BIDI_CONTROLS.sub("", CONTROLS.sub("", text)).strip()
    if _SURROGATES.search(text):
        text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    if limit is not None and len(text) > limit:
        text = text[: max(limit - 1, 0)].rstrip() + "…"
    return text


def json_line(record: Any) -> str:
    """`record` as one line of JSON (UTF-8 kept), with everything a terminal would act on escaped."""
    text = json.dumps(record, ensure_ascii=False)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m[0]):04x}", text)


def for_text_area(text: str) -> str:
    """The article text as the TextArea should hold it: same length, controls and odd line ends as spaces."""
    return text.translate(_ONE_FOR_ONE)
