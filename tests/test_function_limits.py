"""The engine stays changeable: no function in index/ (search, ingest, language, actors, user data) over
60 lines or cyclomatic complexity 25 (radon's measure, the field's standard; nested functions and methods
count on their own)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from radon.complexity import cc_visit
from radon.visitors import Class, Function

INDEX = Path(__file__).resolve().parents[1] / "index"
MAX_LINES = 60
MAX_COMPLEXITY = 25


def _functions(blocks: list[Function | Class], prefix: str = "") -> Iterator[tuple[str, Function]]:
    for block in blocks:
        if isinstance(block, Class):
            yield from _functions(block.methods, f"{prefix}{block.name}.")
            yield from _functions(block.inner_classes, f"{prefix}{block.name}.")
        else:
            yield f"{prefix}{block.name}", block
            yield from _functions(block.closures, f"{prefix}{block.name}.")


def _measured() -> list[tuple[str, int, int]]:
    """(where, lines, complexity) for every function and method under index/."""
    rows = []
    for path in sorted(INDEX.rglob("*.py")):
        blocks = [
            b for b in cc_visit(path.read_text(encoding="utf-8")) if isinstance(b, Class) or not b.is_method
        ]
        for name, f in _functions(blocks):
            rows.append(
                (
                    f"{path.relative_to(INDEX).as_posix()}:{f.lineno} {name}",
                    f.endline - f.lineno + 1,
                    f.complexity,
                )
            )
    return rows


def test_the_measure_sees_every_module() -> None:
    rows = _measured()
    modules = {where.split(":")[0] for where, _, _ in rows}
    assert len(modules) >= 60
    assert {"desk.py", "search/ranking.py", "ingest/parallel.py", "actors/registry.py"} <= modules
    assert any(
        where.startswith("language/speakers.py:") and where.endswith(" parse_mention") for where, _, _ in rows
    )
    assert any(where.endswith(" _DeskWalk.file_names") for where, _, _ in rows)  # methods of classes too


def test_no_function_is_over_60_lines() -> None:
    assert [r for r in _measured() if r[1] > MAX_LINES] == []


def test_no_function_is_over_complexity_25() -> None:
    assert [r for r in _measured() if r[2] > MAX_COMPLEXITY] == []
