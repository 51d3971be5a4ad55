"""Article readers: one module per file format, all returning `newsdesk.index.model.Article`.

`read_file` never raises for bad input; each problem becomes one `ReadWarning`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from newsdesk.index.model import Article, ReadWarning
from newsdesk.index.regularfile import NotRegularFileError, TooLargeError, read_regular

if TYPE_CHECKING:
    from newsdesk.index.ingest.readers.assemble import Found

SUPPORTED_SUFFIXES = frozenset({".md", ".markdown", ".txt", ".html", ".htm", ".json"})
DEFAULT_MAX_BYTES = 5_000_000
_FORMATS = {".md": "md", ".markdown": "md", ".txt": "txt", ".html": "html", ".htm": "html", ".json": "json"}

__all__ = [
    "DEFAULT_MAX_BYTES",
    "SUPPORTED_SUFFIXES",
    "ReadResult",
    "is_supported",
    "iter_desk_file_names",
    "iter_desk_files",
    "printable_name",
    "read_file",
    "read_text",
    "too_large_reason",
]


@dataclass(frozen=True, slots=True)
class ReadResult:
    """The articles one file holds (none, one, or several for a JSON list) and its problems."""

    articles: tuple[Article, ...]
    warnings: tuple[ReadWarning, ...]


def is_supported(path: Path | str) -> bool:
    """True for a visible file whose suffix is an article format newsdesk reads."""
    name = os.path.basename(path)
    return not name.startswith(".") and os.path.splitext(name)[1].lower() in SUPPORTED_SUFFIXES


def read_file(path: Path, *, root: Path | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> ReadResult:
    """Read one article file; `Article.path` is relative to `root` (posix) when given, else `path` as given."""
    shown = _shown_path(path, root)
    suffix = os.path.splitext(path)[1]
    fmt = _FORMATS.get(suffix.lower())
    if fmt is None:
        return _warn(shown, f"not an article format newsdesk reads ({suffix or 'no suffix'})")
    try:
        data = read_regular(path, max_bytes)
    except TooLargeError as exc:
        return _warn(shown, too_large_reason(exc.size, max_bytes))
    except NotRegularFileError as exc:
        return _warn(shown, "is a folder" if exc.kind == "folder" else f"{exc.strerror}: skipped")
    except PermissionError:
        return _warn(shown, "permission denied")
    except FileNotFoundError:
        return _warn(shown, "file not found")
    except IsADirectoryError:
        return _warn(shown, "is a folder")
    except OSError as exc:
        return _warn(shown, f"cannot read: {exc.strerror or exc}")
    return read_bytes(data, fmt=fmt, path=shown)


def too_large_reason(size: int, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The warning reason for a file over the size limit."""
    return f"larger than {_size(max_bytes)} ({_size(size)}): skipped"


def read_bytes(data: bytes, *, fmt: str, path: str) -> ReadResult:
    """Decode and parse one file's bytes as format `fmt` ("md", "txt", "html", "json")."""
    from newsdesk.index.ingest.readers.decode import decode_bytes

    if not data.strip():
        return _warn(path, "empty file")
    decoded = decode_bytes(data)
    warnings = [ReadWarning(path, decoded.warning)] if decoded.warning else []
    if decoded.text is None:
        return ReadResult((), tuple(warnings))
    result = read_text(decoded.text, fmt=fmt, path=path)
    return ReadResult(result.articles, (*warnings, *result.warnings))


def read_text(text: str, *, fmt: str, path: str) -> ReadResult:
    """Parse already decoded, cleaned text as format `fmt`; the key is `path` (or `path#N` in a JSON list)."""
    # Parsing modules load on first use, so walking a desk or `import newsdesk.index.ingest.readers` stays cheap.
    from newsdesk.index.ingest.readers.assemble import build_article

    if not text.strip():
        return _warn(path, "empty file")
    try:
        found, reasons = _parse(text, fmt)
    except Exception as exc:  # a reader bug must cost one file, not the run
        return _warn(path, f"could not read ({type(exc).__name__}: {exc})")
    articles: list[Article] = []
    warnings = [ReadWarning(path, r) for r in reasons]
    for index, item in found:
        key = path if index is None else f"{path}#{index}"
        if not (item.title.strip() or item.body.strip()):
            warnings.append(ReadWarning(path, "no text found"))
            continue
        articles.append(build_article(item, key=key, path=path, fmt=fmt))
    return ReadResult(tuple(articles), tuple(warnings))


def _parse(text: str, fmt: str) -> tuple[list[tuple[int | None, Found]], list[str]]:
    # Format modules are imported on use: the HTML reader pulls in trafilatura (~0.4 s).
    if fmt == "md":
        from newsdesk.index.ingest.readers.markdown import parse_markdown

        found, reasons = parse_markdown(text)
        return [(None, found)], reasons
    if fmt == "txt":
        from newsdesk.index.ingest.readers.text import parse_text

        return [(None, parse_text(text))], []
    if fmt == "html":
        from newsdesk.index.ingest.readers.html import parse_html

        html_found, reasons = parse_html(text)
        return ([(None, html_found)] if html_found else []), reasons
    if fmt == "json":
        from newsdesk.index.ingest.readers.jsonfile import parse_json

        return parse_json(text)
    raise ValueError(f"unknown format {fmt!r}")


def iter_desk_files(
    root: Path,
    warn: Callable[[ReadWarning], None] | None = None,
    *,
    outside: Callable[[str, str], None] | None = None,
    skip_outside: bool = False,
) -> Iterator[Path]:
    """Supported files under `root`, depth-first in name order; follows symlinks, never loops, skips hidden names.

    The folder's own README, LICENSE and CHANGELOG are documentation, not articles, and are left out.
    """
    return (Path(n) for n in iter_desk_file_names(root, warn, outside=outside, skip_outside=skip_outside))


# Documentation at the top of a desk, by file name without suffix (case-insensitive).
DOC_NAMES = frozenset({"readme", "license", "licence", "changelog"})


def iter_desk_file_names(
    root: Path,
    warn: Callable[[ReadWarning], None] | None = None,
    *,
    outside: Callable[[str, str], None] | None = None,
    skip_outside: bool = False,
) -> Iterator[str]:
    """`iter_desk_files` as path strings: a Path per file was a third of re-indexing an unchanged desk.

    A supported file whose real location is outside `root` (a symlink to /etc/passwd, or a file in a
    linked folder) is passed to `outside(shown path, real path)`, and left out with `skip_outside`.
    A name that is not valid UTF-8, a FIFO, a device or a dangling link is one warning and left out.
    """
    root = Path(root)

    def report(path: Path | str, reason: str) -> None:
        if warn is not None:
            warn(ReadWarning(printable_name(_shown_path(path, root)), reason))

    if root.is_file():
        if is_supported(root):
            yield os.fspath(root)
        return
    try:
        start = root.resolve(strict=True)
    except (OSError, RuntimeError):
        report(root, "desk folder not found")
        return
    entries = _entries(root, report)
    if entries is None:
        return
    top = os.fspath(start)
    walk = _DeskWalk(root, report, outside, skip_outside, os.path.join(top, ""), seen={top}, ancestors={top})
    yield from walk.file_names(entries, top)


@dataclass(slots=True)
class _DeskWalk:
    """One walk of a desk folder: what it reports to, and the real folders it has seen."""

    root: Path
    report: Callable[[Path | str, str], None]
    outside: Callable[[str, str], None] | None
    skip_outside: bool
    inside_prefix: str  # the desk's real path with a trailing separator
    seen: set[str]  # real paths of the folders walked into
    ancestors: set[str]  # real paths of the folders being walked: a link to one is a loop
    real_dirs: dict[str, str] = field(default_factory=dict)  # `_real_file`'s cache

    def file_names(self, entries: list[os.DirEntry[str]], top: str) -> Iterator[str]:
        """The supported files under the folder `top` (real path) holding `entries`, depth-first."""
        # Iterative depth-first walk: a desk nested thousands of folders deep must not hit the recursion
        # limit. Each frame: the folder's entries, its real path, whether it lies inside the desk.
        stack: list[tuple[Iterator[os.DirEntry[str]], str, bool]] = [(iter(entries), top, True)]
        while stack:
            scan, here, inside = stack[-1]
            entry = next(scan, None)
            if entry is None:
                stack.pop()
                self.ancestors.discard(here)
                continue
            kind = self._kind(entry)
            if kind == "folder":
                frame = self._folder(entry, here, inside)
                if frame is not None:
                    stack.append(frame)
                    self.ancestors.add(frame[1])
            elif kind == "file":
                if self._keeps_file(entry, here, inside, top_level=len(stack) == 1):
                    yield entry.path
            elif kind == "other" and is_supported(entry.name):
                self.report(entry.path, _not_a_file(entry))

    def _kind(self, entry: os.DirEntry[str]) -> str:
        """ "folder", "file", "other" (a FIFO, a device, a dangling link) or "skip" (hidden, or a bad name)."""
        name = entry.name
        if name.startswith("."):
            return "skip"
        if not name.isascii() and not _is_utf8(name):
            self.report(entry.path, "the name is not valid UTF-8: skipped (rename the file)")
            return "skip"
        try:
            if entry.is_dir():
                return "folder"
            return "file" if entry.is_file() else "other"
        except OSError:
            return "other"

    def _folder(
        self, entry: os.DirEntry[str], here: str, inside: bool
    ) -> tuple[Iterator[os.DirEntry[str]], str, bool] | None:
        """The walk's frame for the subfolder `entry` of the real folder `here`, or None to leave it out."""
        # A real subfolder's real path is known; only a link is resolved (resolving every
        # folder from the root was quadratic in the depth).
        if entry.is_symlink():
            try:
                real = os.path.realpath(entry.path, strict=True)
            except (OSError, RuntimeError):
                self.report(entry.path, "symlink loop: skipped")
                return None
        else:
            real = os.path.join(here, entry.name)
        if real in self.ancestors:
            self.report(entry.path, "symlink loop: skipped")
            return None
        if real in self.seen:
            self.report(entry.path, "links to a folder already read: skipped")
            return None
        self.seen.add(real)
        linked_in = inside and os.path.join(real, "").startswith(self.inside_prefix)
        if not linked_in and self.skip_outside:
            if self.outside is not None:
                self.outside(printable_name(_shown_path(entry.path, self.root)) + "/", real)
            return None
        children = _entries(entry.path, self.report)
        return None if children is None else (iter(children), real, linked_in)

    def _keeps_file(self, entry: os.DirEntry[str], here: str, inside: bool, *, top_level: bool) -> bool:
        """True when the file `entry` of the real folder `here` is an article of the desk."""
        name = entry.name
        if os.path.splitext(name)[1].lower() not in SUPPORTED_SUFFIXES:
            return False
        if top_level and name.split(".", 1)[0].casefold() in DOC_NAMES:
            return False
        if inside and not entry.is_symlink():
            return True
        real_file = (
            _real_file(entry, here, self.real_dirs) if entry.is_symlink() else os.path.join(here, name)
        )
        if real_file.startswith(self.inside_prefix):
            return True
        if self.outside is not None:
            self.outside(printable_name(_shown_path(entry.path, self.root)), real_file)
        return not self.skip_outside


def _real_file(entry: os.DirEntry[str], here: str, real_dirs: dict[str, str]) -> str:
    """os.path.realpath of a symlinked file in the real folder `here`, with the target folders' real
    paths cached: a desk of 20k links into three corpus folders cost 0.45 s more per run by realpath."""
    try:
        full = os.path.join(here, os.readlink(entry.path))
    except OSError:
        return os.path.realpath(entry.path)
    folder, tail = os.path.split(full)
    if tail in ("", ".", ".."):
        return os.path.realpath(full)
    real_folder = real_dirs.get(folder)
    if real_folder is None:
        real_folder = real_dirs[folder] = os.path.realpath(folder)
    candidate = os.path.join(real_folder, tail)
    # A link to a link: follow the chain the slow way.
    return os.path.realpath(candidate) if os.path.islink(candidate) else candidate


def _entries(folder: Path | str, report: Callable[[Path | str, str], None]) -> list[os.DirEntry[str]] | None:
    try:
        with os.scandir(folder) as scan:
            return sorted(scan, key=lambda e: e.name)
    except PermissionError:
        report(folder, "permission denied")
    except OSError as exc:
        report(folder, f"cannot list folder: {exc.strerror or exc}")
    return None


def _not_a_file(entry: os.DirEntry[str]) -> str:
    """Why a supported name that is neither a file nor a folder is left out."""
    from newsdesk.index.regularfile import kind_of

    try:
        mode = entry.stat().st_mode
    except OSError:
        return "broken symlink" if entry.is_symlink() else "cannot read: skipped"
    return f"not a regular file ({kind_of(mode)}): skipped"


def _is_utf8(name: str) -> bool:
    # os.scandir hands undecodable bytes over as lone surrogates (surrogateescape); whoosh and the
    # terminal both choke on them.
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def printable_name(name: str) -> str:
    """A file name as text that can be printed and stored: undecodable bytes shown as \\xNN escapes."""
    if name.isascii() or _is_utf8(name):
        return name
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _shown_path(path: Path | str, root: Path | str | None) -> str:
    shown = os.fspath(path)
    if root is not None:
        # A string prefix test first: pathlib's relative_to costs more than parsing a small article.
        prefix = os.path.join(os.fspath(root), "")
        if shown.startswith(prefix) and prefix != os.sep:
            return shown[len(prefix) :].replace(os.sep, "/")
        try:
            return Path(path).relative_to(root).as_posix()
        except ValueError:
            pass
    return shown


def _size(n: int) -> str:
    if n >= 1_000_000:
        return f"{n / 1_000_000:.1f} MB".replace(".0 MB", " MB")
    if n >= 1_000:
        return f"{n / 1_000:.1f} kB".replace(".0 kB", " kB")
    return f"{n} bytes"


def _warn(path: str, reason: str) -> ReadResult:
    return ReadResult((), (ReadWarning(path, reason),))
