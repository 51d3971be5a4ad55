"""Bytes to clean text: decoding, binary detection, and stripping what must never reach a terminal."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from newsdesk.index.escapes import CONTROLS, strip_escapes

# Python codec names as people know them.
_ENCODING_NAMES = {
    "cp1250": "windows-1250",
    "cp1251": "windows-1251",
    "cp1252": "windows-1252",
    "cp1253": "windows-1253",
    "cp1254": "windows-1254",
    "cp1255": "windows-1255",
    "cp1256": "windows-1256",
    "cp1257": "windows-1257",
    "cp1258": "windows-1258",
    "latin_1": "ISO-8859-1",
    "utf_16": "UTF-16",
    "utf_16_le": "UTF-16",
    "utf_16_be": "UTF-16",
    "utf_32": "UTF-32",
}
# CJK encodings are detected reliably; for single-byte ones charset-normalizer often ranks a Central
# European or Baltic code page (or even BOM-less UTF-16) first on English text, where windows-1252 is
# far likelier. UTF-16 without a BOM would have had NUL bytes, which we already called binary.
_MULTIBYTE_PREFIXES = ("big5", "gb", "hz", "euc", "shift_jis", "cp932", "cp949", "cp950", "iso2022", "johab")

_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")

BINARY = "binary file"


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded text (None when the bytes are not text) and an optional warning reason."""

    text: str | None
    warning: str | None = None


def decode_bytes(data: bytes) -> Decoded:
    """Decode article bytes: UTF-8 (BOM stripped), else a detected encoding with a warning, else binary."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and not data.startswith(
        codecs.BOM_UTF32_LE
    ):
        try:
            return Decoded(clean_text(data.decode("utf-16")), "not UTF-8: decoded as UTF-16")
        except UnicodeDecodeError:
            return Decoded(None, BINARY)
    if b"\x00" in data:
        return Decoded(None, BINARY)
    try:
        return Decoded(clean_text(data.decode("utf-8-sig")))
    except UnicodeDecodeError:
        pass
    mostly = _mostly_utf8(data)
    if mostly is not None:
        return mostly
    encoding = _detect_encoding(data)
    if encoding is None:
        return Decoded(None, BINARY)
    text = data.decode(encoding, errors="replace")
    name = _ENCODING_NAMES.get(codecs.lookup(encoding).name.replace("-", "_"), encoding)
    return Decoded(clean_text(text), f"not UTF-8: decoded as {name}")


def _mostly_utf8(data: bytes) -> Decoded | None:
    # A UTF-8 article with a stray bad byte (a cut-and-paste accident) must not turn into windows-1252
    # mojibake everywhere else: keep UTF-8 and replace only the bad bytes.
    valid = len(_UTF8_MULTIBYTE.findall(data))
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    if valid == 0 or bad > valid:
        return None
    noun = "byte" if bad == 1 else "bytes"
    return Decoded(clean_text(text), f"not valid UTF-8: {bad} bad {noun} replaced")


def _detect_encoding(data: bytes) -> str | None:
    # Imported here: only non-UTF-8 files pay for it.
    import charset_normalizer

    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        return None
    encoding = codecs.lookup(best.encoding).name.replace("-", "_")
    if not encoding.startswith(_MULTIBYTE_PREFIXES):
        try:
            data.decode("cp1252")
            return "cp1252"
        except UnicodeDecodeError:
            pass
    return encoding


def clean_text(text: str) -> str:
    """Normalise newlines to "\\n", drop a leading BOM, ANSI escape sequences and control characters."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if CONTROLS.search(text) is None:
        return text
    return strip_escapes(text)
