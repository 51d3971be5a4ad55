"""Handing an article to programs outside the app: the browser, $EDITOR, $PAGER.

Everything here comes from a hostile desk (urls, file names), so nothing reaches a shell: a url
must be plain http(s) without controls or spaces, a file must be a regular file inside the desk
(given as an absolute path, so a name starting with "-" is never read as an option), and the
command is the environment variable split like a shell would, run as an argument list.
"""

from __future__ import annotations

import os
import shlex
import shutil
import stat
from collections.abc import Mapping
from pathlib import Path
from urllib.parse import urlsplit

URL_LIMIT = 2048


def safe_url(url: str | None) -> str | None:
    """The url when it is one a browser may be handed (http or https, a host, no controls), else None."""
    if not url or len(url) > URL_LIMIT:
        return None
    url = url.strip()
    if any(ord(c) < 0x21 or 0x7F <= ord(c) < 0xA0 or c in "\u2028\u2029" for c in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return url


def article_file(folder: Path, relative: str) -> Path | None:
    """The article's file as an absolute path, when it is a regular file inside the desk folder."""
    if not relative or "\x00" in relative:
        return None
    root = Path(folder).resolve()
    try:
        path = (root / relative).resolve()
        path.relative_to(root)
        info = path.stat()
    except (OSError, ValueError):
        return None
    return path if stat.S_ISREG(info.st_mode) else None


def external_command(
    variables: tuple[str, ...], fallback: str, path: Path, environ: Mapping[str, str] | None = None
) -> list[str] | None:
    """The argument list that opens `path` with the first of `variables` that is set (else `fallback`).

    None when the variable does not name a program on PATH (or is not valid shell-style words).
    """
    env = os.environ if environ is None else environ
    value = next((env[name] for name in variables if env.get(name, "").strip()), fallback)
    try:
        words = shlex.split(value)
    except ValueError:
        return None
    if not words or shutil.which(words[0]) is None:
        return None
    return [*words, str(path)]
