"""Month names as news text writes them, for every reader of dates: full names and abbreviations.

Lower-case keys (callers fold the word and drop a trailing period): "march", "mar", "sept" -> 3, 3, 9.
`month_pattern` is the same table as a regex, for text where only a capitalised month will do.
"""

from __future__ import annotations

# Each month's full name first, then its abbreviations.
_NAMES: tuple[tuple[str, ...], ...] = (
    ("january", "jan"),
    ("february", "feb"),
    ("march", "mar"),
    ("april", "apr"),
    ("may",),
    ("june", "jun"),
    ("july", "jul"),
    ("august", "aug"),
    ("september", "sep", "sept"),
    ("october", "oct"),
    ("november", "nov"),
    ("december", "dec"),
)

MONTHS: dict[str, int] = {name: number for number, names in enumerate(_NAMES, start=1) for name in names}


def month_pattern(group: str = "month") -> str:
    """A regex group named `group`: a capitalised month name or abbreviation ("March", "Sept.").

    Capitalised only: "may" and "march" are common lower-case words. Longer alternatives come first,
    so "Sept." is not read as "Sep" and a stray "t.".
    """
    full = "|".join(names[0].capitalize() for names in _NAMES)
    short = "|".join(
        name.capitalize() for names in _NAMES for name in sorted(names[1:], key=len, reverse=True)
    )
    return rf"(?P<{group}>{full}|(?:{short})\.?)"
