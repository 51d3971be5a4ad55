"""Golden check for the language code: a canonical dump of every statement, every field, on ~3,800 texts.

Runs extraction (`newsdesk.index.language.quotes.extract`) and dating (`dates.date_statements`) over all of
Wikinews, BBC politics and business, the first 2,000 Reuters articles (../shared/corpora) and the 290
PolNeAR dev texts (../shared/quotes-dev, read as the scorer feeds them: `<n>.txt` holding the text), and
writes one JSON line per article (sorted keys, dates as ISO strings) with its statements and the people it
names; a second hash covers each statement's stance reading (`stance.read_stance`). A refactor that means
to change nothing must leave both unchanged.
The dump holds PolNeAR text: keep it under /tmp, never in the repo.
Usage: .venv/bin/python bench/golden_quotes.py [--out /tmp/lang-golden/dump.jsonl] [--expect SHA256]
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import hashlib
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsdesk.index.ingest.readers import read_bytes, read_file  # noqa: E402
from newsdesk.index.language.dates import date_statements  # noqa: E402
from newsdesk.index.language.quotes import extract  # noqa: E402
from newsdesk.index.language.stance import read_stance  # noqa: E402
from newsdesk.index.model import Article  # noqa: E402

SHARED = ROOT.parent / "shared"
CORPORA = SHARED / "corpora"
POLNEAR = SHARED / "quotes-dev" / "polnear.dev.jsonl"
N_REUTERS = 2000


def corpus_articles() -> Iterator[Article]:
    """Wikinews, BBC politics + business, the first Reuters files: in a fixed order."""
    paths = (
        sorted((CORPORA / "wikinews").rglob("*.md"))
        + sorted((CORPORA / "bbc").glob("bbc-politics-*.md"))
        + sorted((CORPORA / "bbc").glob("bbc-business-*.md"))
        + sorted((CORPORA / "reuters").rglob("*.md"))[:N_REUTERS]
    )
    for path in paths:
        yield from read_file(path, root=CORPORA).articles


def polnear_articles() -> Iterator[Article]:
    """The dev texts exactly as score_quotes.py hands them to the extractor: `<n>.txt`, the bare text."""
    with POLNEAR.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            text = json.loads(line)["text"]
            yield from read_bytes(text.encode("utf-8"), fmt="txt", path=f"polnear/{n:05d}.txt").articles


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"cannot dump {type(value).__name__}")


def record(article: Article) -> dict[str, Any]:
    """One article's extraction, dated, as plain data with every statement field."""
    found = extract(article)
    statements = date_statements(article, found.statements)
    return {
        "key": article.key,
        "people": list(found.people),
        "statements": [{f.name: getattr(st, f.name) for f in dataclasses.fields(st)} for st in statements],
    }


def stance_record(statements: list[dict[str, Any]]) -> list[Any]:
    """Each statement's stance reading as the timeline asks for it (speaker names given, no canonical)."""
    out = []
    for st in statements:
        names = [n for n in (st["speaker"], st["actor"], st["affiliation"]) if n]
        reading = read_stance(
            st["cue"],
            st["cue_lemma"],
            st["quote"],
            kind=st["kind"],
            context=st["cue_context"],
            speaker_names=names,
        )
        out.append(dataclasses.asdict(reading) if dataclasses.is_dataclass(reading) else repr(reading))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="/tmp/lang-golden/dump.jsonl", help="where the dump goes")
    parser.add_argument("--expect", help="the sha256 the dump must have (exit 1 if not)")
    args = parser.parse_args()
    if not CORPORA.exists() or not POLNEAR.exists():
        print(f"no corpora at {CORPORA} or no dev set at {POLNEAR}")
        return 1
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    stances = hashlib.sha256()  # stance readings: a second hash, so the statements' one stays comparable
    articles = statements = 0
    cpu = time.process_time()
    with out.open("w", encoding="utf-8") as fh:
        for source in (corpus_articles(), polnear_articles()):
            for article in source:
                rec = record(article)
                line = json.dumps(rec, sort_keys=True, ensure_ascii=False, default=_plain) + "\n"
                fh.write(line)
                digest.update(line.encode("utf-8"))
                stance = json.dumps(stance_record(rec["statements"]), sort_keys=True, default=_plain)
                stances.update(stance.encode("utf-8") + b"\n")
                articles += 1
                statements += len(rec["statements"])
    sha = digest.hexdigest()
    print(f"articles={articles} statements={statements} cpu={time.process_time() - cpu:.1f}s")
    print(f"sha256={sha}  {out}")
    print(f"stance sha256={stances.hexdigest()}")
    if args.expect and args.expect != sha:
        print(f"MISMATCH: expected {args.expect}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
