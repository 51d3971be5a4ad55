"""Headlines of the form `Outlet: claim` (or a source the reader found for the headline): the outlet's,
or the named person's, statement."""

from __future__ import annotations

import re
from typing import Final

from newsdesk.index.actors.gazetteer import Gazetteer
from newsdesk.index.actors.names import fold
from newsdesk.index.language.drafts import Draft
from newsdesk.index.language.quotes.content import trim
from newsdesk.index.language.speakers import Mention, parse_mention
from newsdesk.index.language.subjects import VERBISH
from newsdesk.index.model import Article

_HEADLINE_SOURCE = re.compile(r"^\s*([A-Z][^:]{0,48}?)\s*:\s+(\S.*)$")
_HEADLINE_LABELS: Final[frozenset[str]] = frozenset(
    {
        "the latest",
        "latest",
        "update",
        "updated",
        "breaking",
        "breaking news",
        "live",
        "live updates",
        "analysis",
        "opinion",
        "editorial",
        "exclusive",
        "watch",
        "video",
        "photos",
        "factbox",
        "explainer",
        "q&a",
        "timeline",
        "fact check",
        "review",
        "column",
        "comment",
        "letters",
        "poll",
        "correction",
        "corrections",
        "news analysis",
        "in pictures",
        "podcast",
        "the big read",
        "first take",
        "quotable",
        "wrap",
        "recap",
        "preview",
        "obituary",
        "profile",
        "interview",
        "feature",
        "briefing",
        "factfile",
        "q and a",
        "reaction",
    }
)


def _source_after(prefix: str, rest: str) -> bool:
    """ "ANTIBIOTICS IN FEED AID DEADLY BACTERIA: STUDY": a wire headline's claim, then its source in a word
    or two; the words before the colon are no speaker."""
    return len(rest.split()) <= 2 < len(prefix.split())


def headline(article: Article, text: str, gazetteer: Gazetteer) -> Draft | None:
    """`Outlet: claim` headlines are the outlet's (or the named person's) statement."""
    title = article.title
    if not title:
        return None
    m = _HEADLINE_SOURCE.match(title)
    src = article.extra.get("headline_source") if article.extra else None
    if m:
        prefix = m.group(1)
        if fold(prefix) in _HEADLINE_LABELS or _source_after(prefix, title[m.start(2) :]):
            return None  # "The Latest: ...", "Analysis: ...": a rubric, not a speaker
        if (
            len(prefix.split()) > 6
            or VERBISH.search(prefix.lower())
            or not all(
                w[:1].isupper() or w.lower() in ("of", "the", "de", "and", "&") for w in prefix.split()
            )
        ):
            return None
        mention = parse_mention(prefix, m.start(1), gazetteer)
        if mention is None:
            return None
        full = (article.extra or {}).get("headline_source_name") or gazetteer.outlet(prefix)
        if full:
            mention = Mention(mention.text, mention.start, mention.end, "name", full, "outlet")
        s, e = trim(text, m.start(2), len(title))
        return Draft([(s, e)], ":", m.end(1), mention, "headline")
    if src:
        full = (article.extra or {}).get("headline_source_name") or gazetteer.outlet(src) or src
        s, e = trim(text, 0, len(title))
        return Draft([(s, e)], ":", 0, Mention(src, 0, 0, "name", full, "outlet"), "headline")
    return None
