"""Atomic writes and sidecar flock locks."""

from __future__ import annotations

import multiprocessing
import os
import signal
import stat
from pathlib import Path

import pytest

from newsdesk.index.userdata.atomic import (
    LockBusyError,
    atomic_write_bytes,
    atomic_write_text,
    lock_path_for,
    locked,
)


def test_atomic_write_creates_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "config.yaml"
    atomic_write_text(target, "a: 1\n")
    assert target.read_text() == "a: 1\n"
    atomic_write_text(target, "a: ünïcode\n")
    assert target.read_bytes() == "a: ünïcode\n".encode()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["config.yaml"]


def test_atomic_write_keeps_existing_permissions(tmp_path: Path) -> None:
    target = tmp_path / "private.yaml"
    target.write_text("old")
    target.chmod(0o600)
    atomic_write_bytes(target, b"new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_bytes() == b"new"


def test_failed_write_leaves_old_file_and_no_temp_file(tmp_path: Path) -> None:
    target = tmp_path / "bookmarks.yaml"
    target.write_text("old\n")

    with pytest.raises(UnicodeEncodeError):
        atomic_write_text(target, "\udcff")  # a lone surrogate cannot be UTF-8
    assert target.read_text() == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bookmarks.yaml"]


def test_error_during_write_removes_temp_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "bookmarks.yaml"
    target.write_text("old\n")

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="No space"):
        atomic_write_text(target, "new\n")
    assert target.read_text() == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bookmarks.yaml"]


def test_lock_times_out_with_clear_message(tmp_path: Path) -> None:
    target = tmp_path / "bookmarks.yaml"
    with (
        locked(target),
        pytest.raises(LockBusyError, match=r"bookmarks\.yaml: busy"),
        locked(target, timeout=0.1),
    ):
        pass
    assert lock_path_for(target) == tmp_path / "bookmarks.yaml.lock"
    # Released: taking it again succeeds at once.
    with locked(target, timeout=0):
        pass


def _hold_lock_forever(path: str, ready: object) -> None:
    with locked(Path(path)):
        ready.set()  # type: ignore[attr-defined]
        signal.pause()


def test_lock_of_killed_process_is_released(tmp_path: Path) -> None:
    target = tmp_path / "bookmarks.yaml"
    ctx = multiprocessing.get_context("spawn")
    ready = ctx.Event()
    holder = ctx.Process(target=_hold_lock_forever, args=(str(target), ready))
    holder.start()
    try:
        assert ready.wait(30)
        with pytest.raises(LockBusyError), locked(target, timeout=0.05):
            pass
        os.kill(holder.pid, signal.SIGKILL)  # type: ignore[arg-type]
        holder.join(10)
        with locked(target, timeout=2):
            pass
    finally:
        if holder.is_alive():
            holder.kill()
            holder.join()
