"""`newsdesk search`: the true count, pages, date order, statement hits and one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_cli import nd


@pytest.fixture(scope="module")
def indexed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    from tests.conftest import ROOT, write_desk

    base = tmp_path_factory.mktemp("cli-search")
    folder = write_desk(base / "desk")
    env = {"PYTHONPATH": str(ROOT), "XDG_DATA_HOME": str(base / "xdg"), "PATH": "/usr/bin:/bin"}
    assert nd("index", str(folder), env=env).returncode == 0
    return folder, env


def test_plain_output_ends_with_the_true_count(indexed: tuple[Path, dict[str, str]]) -> None:
    folder, env = indexed
    res = nd("search", "minister", "--desk", str(folder), "--limit", "1", env=env)
    assert res.returncode == 0, res.stderr
    lines = res.stdout.splitlines()
    assert lines[0] == "  1. Pipeline talks stall"
    assert lines[-1] == "1-1 of 2 results, by relevance; --offset 1 for the next 1"


def test_offset_and_date_order(indexed: tuple[Path, dict[str, str]]) -> None:
    folder, env = indexed
    res = nd("search", "minister", "--desk", str(folder), "--sort", "date", "--offset", "1", env=env)
    assert res.returncode == 0, res.stderr
    lines = res.stdout.splitlines()
    assert lines[0] == "  2. Allies weigh security guarantees"  # the older of the two
    assert lines[-1] == "2-2 of 2 results, newest first"
    res = nd("search", "minister", "--desk", str(folder), "--offset", "5", env=env)
    assert (res.returncode, res.stdout) == (0, "")
    assert "no results for 'minister' after the first 5 (there are 2)" in res.stderr


def test_statement_hits_show_speaker_cue_quote_and_date(indexed: tuple[Path, dict[str, str]]) -> None:
    folder, env = indexed
    res = nd("search", "actor:varga kind:direct", "--desk", str(folder), env=env)
    assert res.returncode == 0, res.stderr
    lines = res.stdout.splitlines()
    # "on Monday" is in the paragraph before: a date is not carried past a blank line, so the report's day
    assert lines[0] == "  1. Ilse Varga (as Varga) · told · direct · 2025-08-20"
    assert lines[1] == '     “"We will not accept foreign troops,"”'
    assert lines[2].startswith(
        "     in Allies weigh security guarantees · Meridian Wire · 2025/2025-08-20-guarantees.md"
    )
    assert lines[-1] == "1-1 of 1 statements, by relevance"


def test_json_rows_carry_rank_total_and_the_statement(indexed: tuple[Path, dict[str, str]]) -> None:
    folder, env = indexed
    res = nd("search", "actor:varga", "--desk", str(folder), "--json", "--sort", "date", env=env)
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert [(r["rank"], r["total"]) for r in rows] == [(1, 2), (2, 2)]
    assert {r["speaker"] for r in rows} == {"Varga", "Foreign Minister Ilse Varga"}
    assert [r["date"] for r in rows] == ["2025-08-20", "2025-08-18"]  # newest first
    assert all(r["start"] < r["end"] and r["quote"] and r["cue"] for r in rows)


@pytest.mark.parametrize(
    ("query", "says"),
    [
        ('"unclosed', "unclosed quote"),
        ("date:[2025 to", "unclosed range [2025 to"),
        ("kind:bogus", "kind: is direct, indirect or mixed"),
        ("oil AND", "AND at the end needs a search term after it"),
        ("x" * 5000, "the query is too long (5,000 characters; at most 1,000)"),
    ],
)
def test_a_malformed_query_is_one_line_and_exit_2(
    indexed: tuple[Path, dict[str, str]], query: str, says: str
) -> None:
    folder, env = indexed
    res = nd("search", query, "--desk", str(folder), env=env)
    assert res.returncode == 2
    assert res.stderr.count("\n") == 1 and says in res.stderr and "Traceback" not in res.stderr


def test_bad_page_options_are_usage_errors(indexed: tuple[Path, dict[str, str]]) -> None:
    folder, env = indexed
    assert nd("search", "oil", "--desk", str(folder), "--offset", "-1", env=env).returncode == 2
    assert nd("search", "oil", "--desk", str(folder), "--sort", "size", env=env).returncode == 2


def test_an_index_without_articles(tmp_path: Path, cli_env: dict[str, str]) -> None:
    (tmp_path / "empty").mkdir()
    assert nd("index", str(tmp_path / "empty"), env=cli_env).returncode == 0
    for query in ("x", "oil", "date:2024"):
        res = nd("search", query, "--desk", str(tmp_path / "empty"), env=cli_env)
        assert "Traceback" not in res.stderr
        assert res.returncode in (0, 2) and res.stderr.count("\n") == 1
    res = nd("search", "oil", "--desk", str(tmp_path / "empty"), env=cli_env)
    assert (res.returncode, res.stderr) == (0, "no results for 'oil'\n")
