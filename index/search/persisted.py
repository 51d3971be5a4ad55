"""Classes that whoosh pickles into the index: their module path and names must never change.

whoosh stores the schema (with each field's format object) and every segment (with its codec)
pickled in the index's TOC, so each index on disk names these classes by module and class name.
Moving or renaming one makes every existing index unreadable. If that ever has to happen, bump
`store.SCHEMA_VERSION` in the same commit: the version file is checked before anything is
unpickled, so old indexes are then rebuilt with an honest note instead of failing to load.

Behaviour that needs whoosh's private API lives in `whoosh_internals`; these classes only hold
the names that are pickled and delegate to it.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Any

from whoosh import formats
from whoosh.analysis import STOP_WORDS
from whoosh.analysis.tokenizers import default_pattern
from whoosh.codec.whoosh3 import W3Codec

from newsdesk.index.search import whoosh_internals

WORD = default_pattern  # the tokenizer pattern of whoosh's StemmingAnalyzer
STOP = STOP_WORDS


@functools.lru_cache(maxsize=100_000)
def stem(word: str) -> str:
    """whoosh's Porter stem of a lower-cased word: what the stemmed fields index (cached)."""
    from whoosh.lang.porter import stem as porter

    return str(porter(word))


class StemmedWords:
    """Index-time analysis of stemmed text fields in one pass, without whoosh's token pipeline.

    It yields exactly what whoosh's StemmingAnalyzer (word pattern, lowercase, stop words and
    words under 2 letters dropped, positions renumbered, Porter stems) feeds a Positions or
    Characters format, at a third of the cost: body and quote analysis was the largest part of
    writing a document. Queries and anything but plain strings take whoosh's own path.
    """

    def word_values(
        self, value: Any, analyzer: Any, **kwargs: Any
    ) -> Iterator[tuple[str, int, float, bytes]]:
        if kwargs.get("mode") != "index" or not isinstance(value, str):
            yield from super().word_values(value, analyzer, **kwargs)  # type: ignore[misc]
            return
        chars = isinstance(self, formats.Characters)
        seen: dict[str, list[Any]] = {}
        pos = -1
        for index_, m in enumerate(WORD.finditer(value)):
            word = m.group().lower()
            if len(word) < 2 or word in STOP:
                continue
            # whoosh's StopFilter keeps the first kept word's own position and numbers the
            # rest consecutively after it.
            pos = index_ if pos < 0 else pos + 1
            stemmed = stem(word)
            entry = (pos, m.start(), m.end()) if chars else pos
            if stemmed in seen:
                seen[stemmed].append(entry)
            else:
                seen[stemmed] = [entry]
        boost = self.field_boost  # type: ignore[attr-defined]
        encode = self.encode  # type: ignore[attr-defined]
        for word, entries in seen.items():
            yield word, len(entries), float(len(entries)) * boost, encode(entries)


class StemmedPositions(StemmedWords, formats.Positions):  # type: ignore[misc]  # whoosh is untyped
    """Positions postings analysed by `StemmedWords` (pickled in the schema: keep the name)."""


class StemmedChars(StemmedWords, formats.Characters):  # type: ignore[misc]  # whoosh is untyped
    """Characters postings analysed by `StemmedWords` (pickled in the schema: keep the name)."""


class SmallBlocksPlainCodec(W3Codec):  # type: ignore[misc]
    """The W3 codec, leaving small posting blocks uncompressed (pickled in segments: keep the name).

    Most terms have a handful of postings; zlib's per-call set-up cost more than the bytes it saved
    (see `whoosh_internals.SmallBlocksPlainPostingsWriter`). whoosh reads both kinds of block.
    """

    def postings_writer(self, dbfile: Any, byteids: bool = False) -> Any:
        return whoosh_internals.small_blocks_postings_writer(self, dbfile, byteids)
