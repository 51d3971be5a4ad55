"""Every use of whoosh's private API, in one place, checked against the version it was written for.

The store and its ranker beat whoosh's own speed by reading posting blocks, length and date columns
directly and by replacing two steps of its segment writer. Those reach past whoosh's public API
(underscored attributes and methods, `whoosh.codec.whoosh3` privates), which a new whoosh release
may change without notice. They live here, and importing this module refuses any whoosh other than
the one they were written and tested for: a changed release fails at once with one clear message
instead of returning wrong results. To support another release, read each function below against
its source, run tests/test_ranking.py and tests/test_desk.py, then add the version to `WRITTEN_FOR`.
"""

from __future__ import annotations

import contextlib
import functools
import re
import sys
from array import array
from collections.abc import Iterator, Sequence
from collections.abc import Set as AbstractSet
from typing import Any

import whoosh
from whoosh.codec.whoosh3 import W3PostingsWriter
from whoosh.matching.wrappers import FilterMatcher

# whoosh releases whose internals this module was checked against (whoosh-reloaded 2.7.5, pinned).
WRITTEN_FOR: tuple[tuple[int, ...], ...] = ((2, 7, 5),)


class WhooshVersionError(ImportError):
    """The installed whoosh is not one this module was written for."""


def check_version(version: Sequence[int]) -> None:
    """Raise WhooshVersionError unless `version` is one of `WRITTEN_FOR`."""
    found = tuple(version[:3])
    if found not in WRITTEN_FOR:
        wanted = ", ".join(".".join(map(str, v)) for v in WRITTEN_FOR)
        raise WhooshVersionError(
            f"newsdesk's search engine reads whoosh {wanted} internals, but whoosh "
            f"{'.'.join(map(str, found))} is installed: pip install 'whoosh-reloaded=={wanted}'"
        )


check_version(whoosh.__version__)


# ---- reading -------------------------------------------------------------------------------------


def deleted_docs(reader: Any) -> frozenset[int]:
    """The deleted document numbers of one segment reader (none for an index without segments)."""
    # SegmentReader caches this set; an index that never held a document answers with an
    # EmptyReader, which has no such attribute (and no documents to delete).
    found = getattr(reader, "deleted_docs_set", None)
    return frozenset() if found is None else frozenset(found)


def length_bytes(reader: Any, fieldname: str) -> bytes:
    """One field-length byte per document of a segment reader (0 where the document lacks the field)."""
    count = reader.doc_count_all()
    perdoc = getattr(reader, "_perdoc", None)
    raw = None if perdoc is None else _length_column(perdoc, fieldname)
    if raw is None:  # not the W3 codec (or no segment): ask per document, once per searcher and field
        from whoosh.util.numeric import length_to_byte

        return bytes(length_to_byte(reader.doc_field_length(d, fieldname, 0) or 0) for d in range(count))
    return bytes(raw[:count]) + bytes(max(0, count - len(raw)))


def _length_column(perdoc: Any, fieldname: str) -> bytes | None:
    """The raw W3 length column of a field (one byte per document), or None when unreadable."""
    from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield

    try:
        column = perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
        if column is None:
            return b""
        if column._fixedlen != 1:
            return None
        return bytes(column._dbfile.get(column._basepos, column._count))
    except AttributeError:
        return None


def numeric_column(reader: Any, fieldname: str) -> list[int]:
    """A numeric column's raw values, one per document of a segment reader, in docnum order.

    whoosh unpacks a column one value at a time (150 ms for the dates of the 20k desk); a W3
    numeric column is one packed big-endian array, read here in one call.
    """
    count = reader.doc_count_all()
    if count == 0:
        return []  # an EmptyReader has no columns at all (it raises NotImplementedError)
    column = reader.column_reader(fieldname, translate=False)
    try:
        raw = column._dbfile.get(column._basepos, column._count * column._fixedlen)
        packed = array(column._typecode, bytes(raw))
        if packed.itemsize != column._fixedlen:
            raise TypeError("no native array of this width")
        if sys.byteorder == "little":
            packed.byteswap()
        found = packed.tolist()
        found.extend([column._default] * (count - len(found)))
    except (AttributeError, TypeError, ValueError):
        found = list(column)  # not a plain numeric column: whoosh's own reader
    return found


def leaf_postings(matcher: Any) -> Any:
    """The posting matcher under whoosh's deletion filter (the ranker drops deletions itself)."""
    return matcher.child if isinstance(matcher, FilterMatcher) else matcher


def posting_blocks(
    matcher: Any, positions: bool, *, weights: bool = True
) -> Iterator[tuple[Sequence[int], Sequence[float], Sequence[Any] | None]]:
    """(ids, weights, raw values or None) of a leaf matcher, a posting block at a time.

    whoosh's W3 leaf matcher keeps each block's ids and weights in arrays; reading them directly
    skips the per-posting method calls. Any other matcher is walked posting by posting. Without
    `weights` the weights are not decoded (an empty sequence stands for them).
    """
    block_api = all(
        hasattr(matcher, name) for name in ("_read_ids", "_read_weights", "_next_block", "_atend")
    )
    if block_api:
        while not matcher._atend:
            if matcher._ids is None:
                matcher._read_ids()
            if weights and matcher._weights is None:
                matcher._read_weights()
            vals = None
            if positions:
                if matcher._values is None:
                    matcher._read_values()
                vals = matcher._values
            yield matcher._ids, (matcher._weights if weights else ()), vals
            matcher._next_block()
        return
    ids: list[int] = []
    weight_list: list[float] = []
    vals_list: list[Any] = []
    while matcher.is_active():
        ids.append(matcher.id())
        weight_list.append(matcher.weight())
        if positions:
            vals_list.append(matcher.value())
        matcher.next()
    yield ids, weight_list, (vals_list if positions else None)


def position_blocks(matcher: Any, docs: AbstractSet[int]) -> Iterator[tuple[Sequence[int], Sequence[Any]]]:
    """(ids, raw values) of the posting blocks of a leaf matcher that hold one of `docs`.

    Values (positions) are decoded only for those blocks: a phrase of frequent words then reads
    the positions of its few candidate documents, not of every posting.
    """
    if not all(hasattr(matcher, name) for name in ("_read_ids", "_read_values", "_next_block", "_atend")):
        for ids, _, vals in posting_blocks(matcher, True):
            yield ids, vals or ()
        return
    while not matcher._atend:
        if matcher._ids is None:
            matcher._read_ids()
        ids = matcher._ids
        if not docs.isdisjoint(ids):
            if matcher._values is None:
                matcher._read_values()
            yield ids, matcher._values
        matcher._next_block()


def multiterm_words(q: Any, reader: Any) -> Iterator[bytes]:
    """The index words a multi-term query (prefix, wildcard, range) stands for in one reader."""
    return q._btexts(reader)  # type: ignore[no-any-return]


def bm25_b(weighting: Any, fieldname: str) -> float:
    """BM25F's B for one field (whoosh keeps per-field overrides in a private dict)."""
    return float(weighting._field_B.get(fieldname, weighting.B))


# ---- writing -------------------------------------------------------------------------------------

# Posting blocks with fewer postings than this are written uncompressed.
COMPRESS_MIN_POSTINGS = 16


class SmallBlocksPlainPostingsWriter(W3PostingsWriter):  # type: ignore[misc]
    """whoosh's W3 postings writer, leaving blocks under COMPRESS_MIN_POSTINGS uncompressed.

    Most terms have a handful of postings; zlib's per-call set-up cost more than the bytes it
    saved, a tenth of a segment's flush time (and again when such a block is read back). The
    level is recorded per block, so whoosh reads both kinds.
    """

    _compression: int  # the zlib level, set by whoosh's writer

    def _write_block(self, last: bool = False) -> None:
        level = self.__dict__.setdefault("_level", self._compression)
        self._compression = level if len(self._ids) >= COMPRESS_MIN_POSTINGS else 0
        super()._write_block(last)


def small_blocks_postings_writer(codec: Any, dbfile: Any, byteids: bool) -> SmallBlocksPlainPostingsWriter:
    """The postings writer of `persisted.SmallBlocksPlainCodec`, with the W3 codec's own settings."""
    return SmallBlocksPlainPostingsWriter(
        dbfile,
        blocklimit=codec._blocklimit,
        byteids=byteids,
        compression=codec._compression,
        inlinelimit=codec._inlinelimit,
    )


def segment_writer(ix: Any, *, codec: Any, timeout: float | None = None, limitmb: int | None = None) -> Any:
    """The index lock holder's writer (with `timeout`) or, without, a worker's lock-free writer."""
    cls = _segment_writer_class()
    if timeout is not None:
        return cls(ix, timeout=timeout, codec=codec)
    # `_lk=False`: the parent process holds the index lock for its workers.
    return cls(ix, _lk=False, limitmb=limitmb or 128, codec=codec)


def writer_holding(ix: Any, lock: Any, *, codec: Any) -> Any:
    """A writer for a caller that already holds the index `lock`: released by its commit or cancel.

    The caller takes the lock so that a writer failing while it opens its files (a full disk) cannot
    keep it until the process ends."""
    w = _segment_writer_class()(ix, _lk=False, codec=codec)
    w.writelock = lock
    return w


def remove_unreferenced_files(ix: Any) -> None:
    """Delete segment files and TOC temp files no commit refers to (a failed or killed run's)."""
    from whoosh.index import clean_files

    clean_files(ix.storage, ix.indexname, ix.latest_generation(), ix._segments())
    temp_toc = re.compile(rf"^_{re.escape(ix.indexname)}_[0-9]+\.toc\.[0-9.]+$")
    for name in list(ix.storage):
        if temp_toc.match(name):
            with contextlib.suppress(OSError):
                ix.storage.delete_file(name)


def cancel_quietly(writer: Any) -> None:
    """Drop what a writer wrote and release its lock, never raising: on a full disk closing the
    half-written segment fails too, and that error must not hide the one being handled."""
    with contextlib.suppress(Exception):
        writer._close_segment()
    with contextlib.suppress(Exception):
        writer._finish()


def commit_with_segments(writer: Any, segments: Sequence[Any]) -> None:
    """Commit `writer` with segments finished by worker writers listed in the same new TOC.

    What whoosh's MpWriter does with its sub-writers' segments (multisegment mode): keep the merge
    policy for the existing segments, then list the new ones in the next TOC.
    """
    writer._check_state()
    final = writer._merge_segments(None, None, None)
    final.extend(segments)
    if writer._added:
        final.append(writer._finalize_segment())
    else:
        writer._close_segment()
    writer._commit_toc(final)
    writer._finish()


def has_documents(writer: Any) -> bool:
    """True once a document was added through this segment writer."""
    return bool(writer._added)


def finish_segment(writer: Any) -> Any:
    """Close a worker writer's segment and return it (for `commit_with_segments`)."""
    return writer._finalize_segment()


def close_segment(writer: Any) -> None:
    """Drop a worker writer's segment without the index-wide clean-up that `cancel()` does."""
    writer._close_segment()


@functools.cache
def _segment_writer_class() -> type:
    # Built on first use: the search path never loads whoosh's writing module.
    from whoosh.writing import SegmentWriter

    class FastLengthsSegmentWriter(SegmentWriter):  # type: ignore[misc]
        """whoosh's SegmentWriter, but postings read field lengths from memory when flushed."""

        def _flush_segment(self) -> None:
            # As whoosh's own, with the lengths reader swapped: whoosh looks up a field length
            # through the column file once per posting, a sixth of a segment's flush time.
            self.perdocwriter.close()
            lengths = _Lengths(self.per_document_reader()) if self.codec.length_stats else None
            self.fieldwriter.add_postings(self.schema, lengths, self.pool.iter_postings())
            self.fieldwriter.close()
            if lengths:
                lengths.close()

    return FastLengthsSegmentWriter


class _Lengths:
    """A per-document reader's field lengths, each field's column read whole on first use."""

    def __init__(self, reader: Any) -> None:
        self._reader = reader
        self._fields: dict[str, list[int]] = {}

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0) -> int:
        lengths = self._fields.get(fieldname)
        if lengths is None:
            lengths = self._fields[fieldname] = self._load(fieldname)
        return lengths[docnum] if docnum < len(lengths) else default

    def _load(self, fieldname: str) -> list[int]:
        from whoosh.util.numeric import byte_to_length

        reader = self._reader
        raw = _length_column(reader, fieldname)
        if raw is None:
            return [reader.doc_field_length(d, fieldname, 0) for d in range(reader.doc_count_all())]
        # One byte per document, 0 when the field is empty (whoosh then answers the default).
        table = [0] + [byte_to_length(b) for b in range(1, 256)]
        return [table[b] for b in raw]

    def close(self) -> None:
        self._reader.close()
