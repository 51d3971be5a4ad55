"""Article readers: one module per file format, all returning `newsdesk.index.model.Article`.

`read_file` never raises for bad input; each problem becomes one `ReadWarning`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from newsdesk.index.model import Article, ReadWarning

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
    "read_file",
    "read_text",
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
        size = os.stat(path).st_size
        if size > max_bytes:
            return _warn(shown, f"larger than {_size(max_bytes)} ({_size(size)}): skipped")
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except PermissionError:
        return _warn(shown, "permission denied")
    except FileNotFoundError:
        return _warn(shown, "file not found")
    except IsADirectoryError:
        return _warn(shown, "is a folder")
    except OSError as exc:
        return _warn(shown, f"cannot read: {exc.strerror or exc}")
    if len(data) > max_bytes:
        return _warn(shown, f"larger than {_size(max_bytes)}: skipped")
    return read_bytes(data, fmt=fmt, path=shown)


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


def iter_desk_files(root: Path, warn: Callable[[ReadWarning], None] | None = None) -> Iterator[Path]:
    """Supported files under `root`, depth-first in name order; follows symlinks, never loops, skips hidden names."""
    return (Path(name) for name in iter_desk_file_names(root, warn))


def iter_desk_file_names(root: Path, warn: Callable[[ReadWarning], None] | None = None) -> Iterator[str]:
    """`iter_desk_files` as path strings: a Path per file was a third of re-indexing an unchanged desk."""
    root = Path(root)

    def report(path: Path, reason: str) -> None:
        if warn is not None:
            warn(ReadWarning(_shown_path(path, root), reason))

    if root.is_file():
        if is_supported(root):
            yield os.fspath(root)
        return
    try:
        start = root.resolve(strict=True)
    except (OSError, RuntimeError):
        report(root, "desk folder not found")
        return
    seen: set[Path] = {start}
    yield from _walk(root, (start,), seen, report)


def _walk(
    folder: Path, ancestors: tuple[Path, ...], seen: set[Path], report: Callable[[Path, str], None]
) -> Iterator[str]:
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda e: e.name)
    except PermissionError:
        report(folder, "permission denied")
        return
    except OSError as exc:
        report(folder, f"cannot list folder: {exc.strerror or exc}")
        return
    for entry in entries:
        name = entry.name
        if name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir()
            is_file = not is_dir and entry.is_file()
        except OSError:
            is_dir = is_file = False
        if is_dir:
            path = Path(entry.path)
            try:
                real = path.resolve(strict=True)
            except (OSError, RuntimeError):
                report(path, "symlink loop: skipped")
                continue
            if real in ancestors:
                report(path, "symlink loop: skipped")
            elif real in seen:
                report(path, "links to a folder already read: skipped")
            else:
                seen.add(real)
                yield from _walk(path, (*ancestors, real), seen, report)
        elif is_file:
            if os.path.splitext(name)[1].lower() in SUPPORTED_SUFFIXES:
                yield entry.path
        elif entry.is_symlink() and is_supported(name):
            report(Path(entry.path), "broken symlink")


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
