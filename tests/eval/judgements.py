"""The judgement store: hand judgements in JSON Lines under tests/eval/labels/<split>/, keyed to survive rebuilds.

- statements.jsonl: key (article id, start, end, qhash) of a quote span in `Article.text`;
- actors.jsonl: key (desk, name, kind) as the build prints the actor;
- shifts.jsonl: key (later statement key, earlier statement key);
- sentences.jsonl: key (article id, start, end, shash) of a sentence picked for the recall check.

One judgement per line; a later line with the same key replaces an earlier one, so a file can be
corrected by appending. Lines starting with `//` are comments. Every judgement names who judged it
and when (`by`, `on`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

LABELS = Path(__file__).resolve().parent / "labels"
KINDS = ("statements", "actors", "shifts", "sentences")

StatementKey = tuple[str, int, int, str]


def statement_key(d: dict[str, Any]) -> StatementKey:
    """(article, start, end, qhash) of a statement-like dict."""
    return (str(d["article"]), int(d["start"]), int(d["end"]), str(d["qhash"]))


def key_text(key: StatementKey) -> str:
    """`article:start-end:qhash`, the printable form of a statement key."""
    return f"{key[0]}:{key[1]}-{key[2]}:{key[3]}"


def parse_key_text(text: str) -> StatementKey:
    """The inverse of `key_text`."""
    article, span, qhash = text.rsplit(":", 2)
    start, end = span.split("-")
    return (article, int(start), int(end), qhash)


def actor_key(desk: str, name: str, kind: str) -> tuple[str, str, str]:
    """(desk, name, kind): an actor as the build prints it on one desk."""
    return (desk, name, kind)


def judgement_key(kind: str, record: dict[str, Any]) -> tuple[Any, ...]:
    """The key of one judgement line of a given file kind."""
    if kind == "statements":
        return statement_key(record)
    if kind == "actors":
        return actor_key(record["desk"], record["name"], record["kind"])
    if kind == "shifts":
        return (record["later"], record["earlier"])
    if kind == "sentences":
        return (record["article"], int(record["start"]), int(record["end"]), record["shash"])
    raise ValueError(f"unknown judgement kind {kind!r}")


def read_lines(path: Path) -> list[dict[str, Any]]:
    """Every judgement line of a file (missing file: none); a broken line stops with its number."""
    if not path.exists():
        return []
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("//"):
            continue
        try:
            out.append(json.loads(line))
        except ValueError as exc:
            raise SystemExit(f"{path}:{n}: not JSON: {exc}") from None
    return out


def load(kind: str, split: str, labels: Path | None = None) -> dict[tuple[Any, ...], dict[str, Any]]:
    """Judgements of one kind for one split, by key (the last line for a key wins)."""
    return {judgement_key(kind, r): r for r in read_lines((labels or LABELS) / split / f"{kind}.jsonl")}


def append(kind: str, split: str, records: Iterable[dict[str, Any]], labels: Path | None = None) -> int:
    """Append judgement lines to a split's file; returns how many were written."""
    path = (labels or LABELS) / split / f"{kind}.jsonl"
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps(r, ensure_ascii=False, sort_keys=False) for r in records]
    for r in records if isinstance(records, list) else []:
        judgement_key(kind, r)  # a record without its key fields fails here, before writing
    if lines:
        with path.open("a", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n")
    return len(lines)


def load_meta(split: str, labels: Path | None = None) -> dict[str, Any]:
    """The split's sampling record (seeds, sizes, draw dates)."""
    path = (labels or LABELS) / split / "meta.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
