"""Crash-safe writes and cross-process locks for user data (bookmarks, config, actor corrections).

A reader must only ever see the old file or the new one, never half of either; and two processes
that read-modify-write the same file must take turns, or one of them silently loses its change.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

DEFAULT_LOCK_TIMEOUT = 10.0
_POLL_SECONDS = 0.02


class LockBusyError(Exception):
    """Another process kept the lock for longer than the timeout."""


def lock_path_for(path: Path) -> Path:
    """The sidecar lock file guarding `path` (`name.lock` next to it)."""
    return path.with_name(path.name + ".lock")


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Replace `path` with `data` so that a crash leaves either the old or the new file, whole."""
    path = Path(path)
    directory = path.parent
    # The temp file must live in the target's directory: rename is only atomic within one filesystem.
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, _mode_for(path))
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise
    _fsync_dir(directory)


def atomic_write_text(path: Path, text: str, encoding: str = "utf-8") -> None:
    """Replace `path` with `text` atomically (temp file, fsync, rename, fsync of the directory)."""
    atomic_write_bytes(path, text.encode(encoding))


@contextlib.contextmanager
def locked(path: Path, timeout: float = DEFAULT_LOCK_TIMEOUT) -> Iterator[None]:
    """Hold an exclusive lock on `path` (via `path.lock`) for the `with` block.

    The lock is the OS's (flock on POSIX, LockFileEx on Windows, through `filelock`): it belongs to
    the open file and vanishes when the process dies, so a killed writer never leaves a stale lock.
    The lock file stays in place: unlinking it would let a third process lock a fresh inode while a
    second one still waits on the old, and both would "hold" the lock. Raises LockBusyError when
    the lock is not free within `timeout` seconds.
    """
    # Imported here: only writers pay for it (~30 ms), never a command that only reads.
    from filelock import FileLock, Timeout

    lock = FileLock(lock_path_for(Path(path)), timeout=timeout, mode=0o644, poll_interval=_POLL_SECONDS)
    try:
        lock.acquire()
    except Timeout:
        raise LockBusyError(
            f"{path}: busy, another newsdesk process is writing it (waited {timeout:g} s)"
        ) from None
    try:
        yield
    finally:
        lock.release()


def _mode_for(path: Path) -> int:
    """Keep an existing file's permissions; new files get 0o666 filtered by the umask."""
    try:
        return os.stat(path).st_mode & 0o7777
    except FileNotFoundError:
        return 0o666 & ~_current_umask()


def _current_umask() -> int:
    """The process umask, read without os.umask(), which would briefly change it for every thread."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return 0o022


def _fsync_dir(directory: Path) -> None:
    """Make the rename itself durable; some filesystems cannot fsync a directory, which is fine."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
