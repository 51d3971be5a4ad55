"""Name keys shared by the gazetteer, extraction and the registry: folding and stable slugs."""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata


@functools.lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """Case-, accent- and space-insensitive key for a name ("the Élysée" -> "the elysee").

    Cached: extraction folds the same few hundred words thousands of times per article batch.
    """
    if name.isascii():
        return " ".join(name.split()).lower()
    decomposed = unicodedata.normalize("NFKD", name)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    stripped = stripped.replace("’", "'")
    return re.sub(r"\s+", " ", stripped).strip().lower()


_SLUG_WORD = re.compile(r"[a-z0-9]+")


@functools.lru_cache(maxsize=65536)
def slug(name: str) -> str:
    """Stable id for a canonical name: lowercase ASCII words joined by dashes.

    Cached: every statement's actor key is one, and the same few hundred names come back."""
    words = _SLUG_WORD.findall(fold(name))
    return "-".join(words) or "actor"


_ENTITY_NOISE = re.compile(
    r"^the\s+|[,.]?\s+(?:corp|corporation|inc|incorporated|co|cos|company|ltd|limited|plc|llc|l\.?p|group)\.?$"
    r"|\s+and$"  # "Bear, Stearns and Co" is Bear Stearns
)


def entity_slug(name: str) -> str:
    """The id of a desk actor: the slug of its name without a leading "the" or a company suffix, so "the
    Electoral Commission" and "Electoral Commission", "General Motors Corp" and "General Motors" are one."""
    key = fold(name).replace("&", " and ")
    for _ in range(3):
        key = _ENTITY_NOISE.sub("", key).strip()
    return slug(key or name)


def article_scoped(name: str, article_key: str) -> str:
    """The key of an actor known only within one article ("officials", a surname no full name owns yet).

    The desk-wide registry decides later whether it joins a desk actor; until then it is never merged with
    the same words in another article.
    """
    return f"{slug(name)}@{_article_digest(article_key)}"


@functools.lru_cache(maxsize=64)
def _article_digest(article_key: str) -> str:
    """The article part of an article-scoped key (asked for each statement of the article)."""
    return hashlib.sha1(article_key.encode("utf-8", "surrogateescape")).hexdigest()[:10]


def is_article_scoped(key: str) -> bool:
    """True for a key made by `article_scoped`."""
    return "@" in key
