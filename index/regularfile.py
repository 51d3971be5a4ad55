"""Open only regular files, and never block doing it.

A desk is anyone's folder: a name that was an article when the desk was walked can be a FIFO by
the time it is read (open() then waits forever for a writer, holding the index lock), and a
symlink can point at /dev/zero (endless) or a tty. `open_regular` opens with O_NONBLOCK, so a
FIFO opens at once, and checks the open file itself (fstat), so nothing can be swapped in
between the check and the read. It costs what stat + open cost before.
"""

from __future__ import annotations

import errno
import os
import stat
from typing import BinaryIO

_FLAGS = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)


class NotRegularFileError(OSError):
    """The path is a FIFO, a device, a socket or a folder; `strerror` says which, for a warning."""

    def __init__(self, kind: str, path: str) -> None:
        super().__init__(
            errno.EISDIR if kind == "folder" else errno.EINVAL, f"not a regular file ({kind})", path
        )
        self.kind = kind


class TooLargeError(OSError):
    """The file is larger than the reader's limit; `size` holds what fstat said (or the limit + 1)."""

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(errno.EFBIG, f"larger than {limit} bytes")
        self.size = size
        self.limit = limit


def kind_of(mode: int) -> str:
    """What a non-regular file is, in words ("FIFO", "character device", ...)."""
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISFIFO(mode):
        return "FIFO"
    if stat.S_ISCHR(mode):
        return "character device"
    if stat.S_ISBLK(mode):
        return "block device"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "special file"


def open_regular(path: str | os.PathLike[str]) -> tuple[BinaryIO, os.stat_result]:
    """The open file (binary, unbuffered reads) and its fstat; NotRegularFileError for anything else."""
    fd = os.open(path, _FLAGS)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise NotRegularFileError(kind_of(st.st_mode), os.fspath(path))
        return os.fdopen(fd, "rb", buffering=0), st
    except BaseException:
        os.close(fd)
        raise


def read_regular(path: str | os.PathLike[str], limit: int | None = None) -> bytes:
    """All bytes of a regular file; TooLargeError past `limit` bytes, NotRegularFileError for the rest."""
    handle, st = open_regular(path)
    with handle:
        if limit is not None and st.st_size > limit:
            raise TooLargeError(st.st_size, limit)
        chunks = []
        total = 0
        # Read to the end, not st_size bytes: the file may grow while being read (never past the limit).
        while chunk := handle.read(1 << 20 if limit is None else min(1 << 20, limit + 1 - total)):
            chunks.append(chunk)
            total += len(chunk)
            if limit is not None and total > limit:
                raise TooLargeError(total, limit)
        return b"".join(chunks)
