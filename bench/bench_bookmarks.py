"""How bookmark operations scale with the size of bookmarks.yaml; prints milliseconds per operation.

Usage: .venv/bin/python bench/bench_bookmarks.py [N]   (N bookmarks, default 1000)

"warm" is a long-lived store (the TUI), "cold" a fresh store per call (each CLI invocation).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from newsdesk.index.model import Article
from newsdesk.index.userdata.bookmarks import BookmarkStore, export_json, export_markdown, reanchor

PARAGRAPH = (
    'The minister said on Monday that "we will not send troops", adding that aid would continue '
    "for as long as it was needed. Officials in the capital declined to comment on the talks.\n\n"
)


def articles(count: int) -> list[Article]:
    """Synthetic articles of ~4 kB, each with a distinct title and body."""
    return [
        Article(
            key=f"wire/{n:04d}.md",
            path=f"wire/{n:04d}.md",
            title=f"Story {n}",
            body=f"Item {n}.\n\n" + PARAGRAPH * 20,
        )
        for n in range(count)
    ]


def timed(label: str, action: object, repeat: int = 1) -> float:
    """Run `action` `repeat` times and print the mean in ms."""
    start = time.perf_counter()
    for _ in range(repeat):
        action()  # type: ignore[operator]
    ms = (time.perf_counter() - start) * 1000 / repeat
    print(f"{label:48s} {ms:9.2f} ms")
    return ms


def main(argv: list[str]) -> int:
    """Grow a store to N bookmarks, timing add/list/update/reanchor/export along the way."""
    total = int(argv[0]) if argv else 1000
    pool = articles(50)
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        warm = BookmarkStore(data)
        checkpoints = sorted({10, 100, total // 2, total} - {0})
        added = 0
        for checkpoint in checkpoints:
            start = time.perf_counter()
            while added < checkpoint:
                article = pool[added % len(pool)]
                warm.add(article, 30 + added % 500, 130 + added % 500, note=f"note {added}", tags=("bench",))
                added += 1
            print(f"-- {checkpoint} bookmarks ({(data / 'bookmarks.yaml').stat().st_size / 1024:,.0f} kB)")
            per_add = (time.perf_counter() - start) * 1000 / max(1, checkpoint)
            print(f"{'  warm add (mean while growing)':48s} {per_add:9.2f} ms")
            timed(
                "  warm add (one more, then delete it)", lambda: warm.delete(warm.add(pool[0], 0, 10).id), 5
            )
            timed("  cold list (fresh store, parse the file)", lambda: BookmarkStore(data).list(), 3)
            timed("  warm list (file unchanged)", warm.list, 20)
            timed(
                "  cold add (fresh store, like the CLI)", lambda: BookmarkStore(data).add(pool[1], 0, 10), 3
            )
        bookmarks = warm.list()
        by_key = {a.key: a for a in pool}
        edited = {
            k: Article(key=k, path=a.path, title=a.title, body="Correction.\n\n" + a.body)
            for k, a in by_key.items()
        }
        timed(
            f"reanchor all {len(bookmarks)} after an edit above",
            lambda: [reanchor(b, edited[b.key]) for b in bookmarks],
        )
        timed(f"export markdown of {len(bookmarks)}", lambda: export_markdown(bookmarks))
        timed(f"export json of {len(bookmarks)}", lambda: export_json(bookmarks))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
