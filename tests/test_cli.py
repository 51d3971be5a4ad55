"""The command line as a script would use it: subprocesses, JSON, exit codes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT


def nd(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsdesk.tui.cli", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_index_json_summary_then_search_json(desk_dir: Path, cli_env: dict[str, str]) -> None:
    res = nd("index", str(desk_dir), "--json", env=cli_env)
    assert res.returncode == 0, res.stderr
    summary = json.loads(res.stdout)
    assert {k: summary[k] for k in ("added", "updated", "removed", "skipped", "failed")} == {
        "added": 3,
        "updated": 0,
        "removed": 0,
        "skipped": 0,
        "failed": 0,
    }
    assert summary["warnings"] == []
    assert isinstance(summary["seconds"], float)

    res = nd("search", "pipeline", "--desk", str(desk_dir), "--json", env=cli_env)
    assert res.returncode == 0, res.stderr
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert len(rows) == 1
    row = rows[0]
    assert row["path"] == "2025/2025-08-25-pipeline.md"
    assert row["title"] == "Pipeline talks stall"
    assert row["date"] == "2025-08-25"
    assert row["source"] == "The Courier"
    assert row["score"] > 0
    assert "«pipeline»" in row["snippet"]


def test_plain_output_is_readable(desk_dir: Path, cli_env: dict[str, str]) -> None:
    assert nd("index", str(desk_dir), env=cli_env).returncode == 0
    res = nd("search", "oil", "--desk", str(desk_dir), env=cli_env)
    assert res.returncode == 0
    assert res.stdout.startswith("  1. Allies weigh security guarantees\n")
    assert "\x1b" not in res.stdout  # not a terminal: no colour codes


def test_progress_jsonl_stream(desk_dir: Path, cli_env: dict[str, str]) -> None:
    res = nd("index", str(desk_dir), "--progress-jsonl", env=cli_env)
    events = [json.loads(line) for line in res.stdout.splitlines()]
    assert [e["event"] for e in events] == ["progress", "commit", "registry", "summary"]
    assert events[0] == {"event": "progress", "done": 3, "total": 3}


def test_bad_query_is_exit_2_one_line(desk_dir: Path, cli_env: dict[str, str]) -> None:
    nd("index", str(desk_dir), env=cli_env)
    res = nd("search", "date:[garbage to nonsense]", "--desk", str(desk_dir), env=cli_env)
    assert res.returncode == 2
    assert len(res.stderr.strip().splitlines()) == 1
    assert "Traceback" not in res.stderr


def test_missing_desk_and_missing_index(tmp_path: Path, cli_env: dict[str, str]) -> None:
    res = nd("index", str(tmp_path / "nope"), env=cli_env)
    assert res.returncode == 2
    assert "desk folder not found" in res.stderr
    (tmp_path / "empty").mkdir()
    res = nd("search", "x", "--desk", str(tmp_path / "empty"), env=cli_env)
    assert res.returncode == 1
    assert "run 'newsdesk index' first" in res.stderr


def test_usage_error_exit_2(cli_env: dict[str, str]) -> None:
    res = nd("search", env=cli_env)
    assert res.returncode == 2


def test_newsdesk_data_env_moves_the_data(desk_dir: Path, tmp_path: Path, cli_env: dict[str, str]) -> None:
    env = dict(cli_env, NEWSDESK_DATA=str(tmp_path / "data"))
    assert nd("index", str(desk_dir), env=env).returncode == 0
    assert (tmp_path / "data" / "index").is_dir()
    assert not (desk_dir / ".newsdesk").exists()


def test_search_path_does_not_import_textual(desk_dir: Path, cli_env: dict[str, str]) -> None:
    nd("index", str(desk_dir), env=cli_env)
    code = (
        "import sys; from newsdesk.tui.cli import main; main(['search', 'oil', '--desk', sys.argv[1], '--json']);"
        "sys.exit(1 if any(m.split('.')[0] in ('textual', 'trafilatura') for m in sys.modules) else 0)"
    )
    res = subprocess.run(
        [sys.executable, "-c", code, str(desk_dir)], cwd=ROOT, env=cli_env, capture_output=True
    )
    assert res.returncode == 0


def test_bad_input_warns_per_file_and_indexes_the_rest(desk_dir: Path, cli_env: dict[str, str]) -> None:
    (desk_dir / "binary.md").write_bytes(b"\x00\x01\x02\x03" * 50)
    (desk_dir / "empty.txt").write_text("")
    (desk_dir / "broken.md").write_text("---\ntitle: [unclosed\n---\nThe body still counts: turbines.\n")
    (desk_dir / "huge.txt").write_text("Headline\n\n" + "word " * 1_100_000)
    res = nd("index", str(desk_dir), "--json", env=cli_env)
    assert res.returncode == 0
    summary = json.loads(res.stdout)
    assert summary["added"] == 4  # three good articles + the body of the broken one
    assert summary["skipped"] == 3
    warned = "\n".join(summary["warnings"])
    for name in ("binary.md", "empty.txt", "broken.md", "huge.txt"):
        assert name in warned
    assert all("\n" not in w for w in summary["warnings"])
    res = nd("search", "turbines", "--desk", str(desk_dir), "--json", env=cli_env)
    assert [json.loads(line)["path"] for line in res.stdout.splitlines()] == ["broken.md"]


def _bulk_index_running(
    tmp_path: Path, cli_env: dict[str, str], files: int
) -> tuple[Path, subprocess.Popen[str]]:
    """A desk of `files` articles (a bulk run: worker processes) being indexed, past its first file."""
    desk = tmp_path / "big"
    desk.mkdir()
    for n in range(files):
        (desk / f"a{n:03}.md").write_text(
            f"---\ntitle: Article {n}\n---\nThe minister said turbine number {n} works.\n"
        )
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsdesk.tui.cli", "index", str(desk), "--progress-jsonl"],
        cwd=ROOT,
        env=cli_env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # a shell's & would ignore Ctrl+C
    )
    assert proc.stdout is not None
    assert json.loads(proc.stdout.readline())["event"] == "progress"
    return desk, proc


def test_ctrl_c_mid_bulk_index_stops_cleanly_then_rerun_recovers(
    tmp_path: Path, cli_env: dict[str, str]
) -> None:
    desk, proc = _bulk_index_running(tmp_path, cli_env, 400)
    os.killpg(proc.pid, signal.SIGINT)  # Ctrl+C reaches the parent and its worker processes
    # Generous: this guards against a hang (queued jobs kept the interpreter from exiting), not speed.
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert err.strip().splitlines()[-1] == "newsdesk: interrupted"
    res = nd("index", str(desk), "--json", "--wait", "5", env=cli_env)
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout)["added"] == 400


def test_kill_9_mid_index_then_rerun_recovers(tmp_path: Path, cli_env: dict[str, str]) -> None:
    desk, proc = _bulk_index_running(tmp_path, cli_env, 300)
    os.killpg(proc.pid, signal.SIGKILL)  # the writer's worker processes too
    proc.communicate()
    res = nd("index", str(desk), "--json", "--wait", "5", env=cli_env)
    assert res.returncode == 0, res.stderr
    summary = json.loads(res.stdout)
    assert summary["added"] + summary["updated"] == 300
    res = nd("search", "turbine", "--desk", str(desk), "--limit", "500", "--json", env=cli_env)
    assert len(res.stdout.splitlines()) == 300
