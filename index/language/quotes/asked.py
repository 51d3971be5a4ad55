"""Questions put to someone: "Asked if her practices were illegal, 46 percent said yes": the question is a
statement of whoever asked (often nobody named)."""

from __future__ import annotations

import re

from newsdesk.index.actors.gazetteer import Gazetteer
from newsdesk.index.language.drafts import Draft
from newsdesk.index.language.quotes.content import Span, trim
from newsdesk.index.language.speakers import parse_mention

_ASKED = re.compile(
    r"(?:[Ww]hen\s+)?[Aa]sked\s+(?:by\s+(?P<who>[^,]{2,60}?)\s+)?(?:[^,]{0,40}?\s)?(?=(?:if|whether|what|who|whom|"
    r"how|why|when|where|which|about)\b)"
)


def asked_questions(text: str, sentences: list[Span], gz: Gazetteer) -> list[Draft]:
    """The questions the sentences report as asked, each as a statement of who asked."""
    out: list[Draft] = []
    for ss, se in sentences:
        m = _ASKED.match(text, ss, se)
        if not m:
            continue
        comma = text.find(",", m.end(), se)
        if comma < 0:
            continue
        span = trim(text, m.end(), comma)
        if span[1] - span[0] < 8:
            continue
        who = parse_mention(m.group("who"), m.start("who"), gz) if m.group("who") else None
        out.append(Draft([span], "asked", m.start(), who, "asked"))
    return out
