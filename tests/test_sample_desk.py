"""The bundled sample desk shows what it promises: every highlight in sample_articles/expected.yaml.

The engine is exercised the way users and scripts meet it: the readers directly, then the
`newsdesk index/quotes/timeline --json` commands in a subprocess, each against a throwaway data folder
so nothing is written into the repository.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
DESK = REPO / "sample_articles"
ARTICLES = DESK / "articles"
EXPECTED: dict[str, Any] = yaml.safe_load((DESK / "expected.yaml").read_text(encoding="utf-8"))
Timeline = Callable[[str], tuple[dict[str, Any], ...]]
# Curly and straight marks are the same quote to a reader; the desk mixes them on purpose.
_MARKS = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


def norm(text: str) -> str:
    """Straight quotation marks, so fragments match whichever marks an outlet used."""
    return text.translate(_MARKS)


def run_cli(*args: str) -> list[dict[str, Any]]:
    """Run `newsdesk ARGS` and parse its JSON output (one object, or JSON Lines) into a list."""
    proc = subprocess.run(
        [sys.executable, "-m", "newsdesk.tui.cli", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, f"newsdesk {' '.join(args)} exited {proc.returncode}: {proc.stderr.strip()}"
    return [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh data folder for the desk, outside the repository."""
    return tmp_path_factory.mktemp("sample-desk-data")


@pytest.fixture(scope="module")
def index_summary(data_dir: Path) -> dict[str, Any]:
    """`newsdesk index DESK --data TMP --json`, run once for the module."""
    (summary,) = run_cli("index", str(DESK), "--data", str(data_dir), "--json")
    return summary


@pytest.fixture(scope="module")
def statements(data_dir: Path) -> list[dict[str, Any]]:
    """Every statement in the desk's articles, with the desk's own actors file applied."""
    return run_cli("quotes", str(ARTICLES), "--desk", str(DESK), "--data", str(data_dir), "--json")


@pytest.fixture(scope="module")
def timeline(index_summary: dict[str, Any], data_dir: Path) -> Timeline:
    """A function actor -> that actor's timeline entries, each command run once."""

    @cache
    def entries(actor: str) -> tuple[dict[str, Any], ...]:
        return tuple(run_cli("timeline", actor, "--desk", str(DESK), "--data", str(data_dir), "--json"))

    return entries


def in_path(rows: list[dict[str, Any]], path: str) -> list[dict[str, Any]]:
    """The statements of one article file (`path` relative to the desk)."""
    return [r for r in rows if Path(r["path"]).as_posix().endswith(path)]


def day(value: Any) -> dt.date | None:
    """A date from YAML (already a date) or JSON (ISO text)."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


# ---- the files themselves ---------------------------------------------------------------------


def read_desk() -> tuple[list[Any], list[Any]]:
    from newsdesk.index.ingest.readers import iter_desk_files, read_file

    articles, warnings = [], []
    for path in iter_desk_files(DESK, warn=warnings.append):
        result = read_file(Path(path), root=DESK)
        articles.extend(result.articles)
        warnings.extend(result.warnings)
    return articles, warnings


def test_desk_reads_without_warnings() -> None:
    articles, warnings = read_desk()
    assert [str(w) for w in warnings] == []
    stories = [a for a in articles if a.path.startswith("articles/")]
    assert len(stories) == EXPECTED["articles"]
    assert all(a.title and len(a.body.split()) >= 120 for a in stories)


@pytest.mark.parametrize("case", EXPECTED["dates"], ids=lambda c: Path(c["path"]).name)
def test_article_dates(case: dict[str, Any]) -> None:
    from newsdesk.index.ingest.readers import read_file

    result = read_file(DESK / case["path"], root=DESK)
    assert result.warnings == ()
    (article,) = result.articles
    assert (article.date, article.date_source) == (case["date"], case["date_source"])


@pytest.mark.parametrize("case", EXPECTED["literal_text"], ids=lambda c: Path(c["path"]).name)
def test_markup_and_escapes_stay_literal_text(case: dict[str, Any]) -> None:
    from newsdesk.index.ingest.readers import read_file

    (article,) = read_file(DESK / case["path"], root=DESK).articles
    for text in case["contains"]:
        assert text in article.text


def test_files_hold_no_control_characters() -> None:
    for path in sorted(p for p in DESK.rglob("*") if p.is_file()):
        text = path.read_text(encoding="utf-8")
        bad = sorted({f"U+{ord(c):04X}" for c in text if (ord(c) < 32 and c != "\n") or 127 <= ord(c) < 160})
        assert bad == [], f"{path.relative_to(DESK)} holds control characters {bad}"


def test_no_real_state_capital_or_organisation_is_named() -> None:
    # The gazetteer maps these names to real actors; the fiction must never put words in their mouths.
    gazetteer = yaml.safe_load((REPO / "index" / "data" / "gazetteer.yaml").read_text(encoding="utf-8"))
    names: set[str] = set()
    for section in ("states", "organisations"):
        for name, info in (gazetteer.get(section) or {}).items():
            names.add(name)
            for key in ("aliases", "demonyms", "metonyms"):
                names.update((info or {}).get(key) or [])
    text = "\n".join(p.read_text(encoding="utf-8") for p in DESK.rglob("*") if p.is_file())
    known = sorted((re.escape(n) for n in names if len(n) > 2), key=len, reverse=True)
    found = sorted(set(re.findall(rf"(?<!\w)(?:{'|'.join(known)})(?!\w)", text)))
    assert found == []


# ---- the engine, through the command line -----------------------------------------------------


def test_index_has_no_warnings(index_summary: dict[str, Any]) -> None:
    from newsdesk.index.ingest.readers import iter_desk_files

    files = list(iter_desk_files(DESK))
    assert index_summary["warnings"] == []
    assert (index_summary["failed"], index_summary["skipped"]) == (0, 0)
    assert index_summary["added"] == len(files)


def test_expected_actors_speak(statements: list[dict[str, Any]]) -> None:
    spoken = {(s["actor"], s["actor_kind"]) for s in statements}
    missing = [a for a in EXPECTED["actors"] if (a["name"], a["kind"]) not in spoken]
    assert missing == []


@pytest.mark.parametrize("case", EXPECTED["statements"], ids=lambda c: c["pattern"])
def test_statement(case: dict[str, Any], statements: list[dict[str, Any]]) -> None:
    rows = in_path(statements, case["path"])
    matches = [r for r in rows if all(norm(f) in norm(r["quote"]) for f in case["quote"])]
    assert matches, (
        f"no statement in {case['path']} quotes {case['quote']}; found {[r['quote'] for r in rows]}"
    )
    (found,) = matches
    for key in ("actor", "actor_kind", "kind", "cue"):
        if key in case:
            assert found[key] == case[key], f"{key} of {found['quote']!r} (speaker {found['speaker']!r})"


@pytest.mark.parametrize("case", EXPECTED["not_quotes"], ids=lambda c: c["text"])
def test_not_a_statement(case: dict[str, Any], statements: list[dict[str, Any]]) -> None:
    rows = in_path(statements, case["path"])
    assert rows, f"no statements at all in {case['path']}"
    for row in rows:
        for fragment in row["fragments"] or [row["quote"]]:
            assert norm(fragment).strip(" \"',.!?") != case["text"], f"{case['text']!r} taken as a quote"


def find_entry(entries: tuple[dict[str, Any], ...], date: dt.date, fragment: str) -> dict[str, Any]:
    found = [e for e in entries if day(e["date"]) == date and norm(fragment) in norm(e["quote"])]
    assert found, f"no entry on {date} quoting {fragment!r}"
    return found[0]


@pytest.mark.parametrize("case", EXPECTED["shifts"], ids=lambda c: c["actor"])
def test_shift(case: dict[str, Any], timeline: Timeline) -> None:
    entries = timeline(case["actor"])
    before, after = case["before"], case["after"]
    earlier = find_entry(entries, before["date"], before["quote"])
    later = find_entry(entries, after["date"], after["quote"])
    assert (earlier["stance"], later["stance"]) == (before["stance"], after["stance"])
    flagged = [
        e
        for e in entries
        if e["shift"]
        and day(e["date"]) is not None
        and before["date"] < day(e["date"]) <= after["date"]
        and before["date"] <= day(e["shift"]["date"]) < day(e["date"])
    ]
    assert flagged, f"no shift flagged for {case['actor']} between {before['date']} and {after['date']}"


def test_syndicated_statement_is_one_entry_with_two_outlets(timeline: Timeline) -> None:
    case = EXPECTED["syndicated"]
    entry = find_entry(timeline(case["actor"]), case["date"], case["quote"])
    reported = [(s["source"], day(s["date"])) for s in entry["sources"]]
    assert reported == [
        (name, day(date)) for name, date in zip(case["sources"], case["source_dates"], strict=True)
    ]
    assert entry["source"] == case["sources"][0]


@pytest.mark.parametrize("case", EXPECTED["statement_dates"], ids=lambda c: c["quote"])
def test_statement_date(case: dict[str, Any], statements: list[dict[str, Any]], timeline: Timeline) -> None:
    rows = [r for r in in_path(statements, case["path"]) if norm(case["quote"]) in norm(r["quote"])]
    assert rows, f"no statement in {case['path']} quotes {case['quote']!r}"
    (found,) = rows
    assert (found["actor"], day(found["date"])) == (case["actor"], case["date"])
    if "precision" in case:
        entry = find_entry(timeline(case["actor"]), case["date"], case["quote"])
        assert entry["date_precision"] == case["precision"]
