"""The query language as a person writes it: limits, checks and rewrites before whoosh parses.

whoosh's parser reads nearly anything without complaint: an unclosed quote becomes a word, a
lone `AND` or `(` an empty query, `kind:bogus` a term nothing matches, a reversed date range is
swapped silently. `check` reads the query the way whoosh's taggers split it and refuses what a
person cannot have meant, with one line saying what is wrong and how to write it. It knows no
index; the store checks what needs whoosh (dates, stop words) after parsing.

Syntax (the README's "Query language"): words (AND-ed), `AND` `OR` `NOT` `ANDNOT` `ANDMAYBE`
`REQUIRE`, `( )`, `"phrases"` (`"a b"~2` sloppy), `prefix*`, `wild?card*`, `fuzzy~` (`~2`: two
edits), `word^2` boosts, `field:value`, ranges `field:[a to b]`, dates `date:2025-08`,
`date:[2025-08-01 to 2025-08-31]`, `date:yesterday`, `date:[-7 days to now]`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

# Longer queries are refused: whoosh's parser tries every tagger at every character (quadratic:
# a 100 KB token took 90 s) and no one types a 1,000-character query.
MAX_QUERY_CHARS = 1000

ARTICLE_FIELDS = ("title", "body", "source", "author", "tags")
STATEMENT_FIELDS = ("quote", "speaker", "actor", "cue", "kind")
SHARED_FIELDS = ("date",)
# Names a person may type for a field (whoosh's FieldAliasPlugin maps them).
ALIASES = {"tag": "tags", "actors": "actor", "who": "speaker"}
KINDS = ("direct", "indirect", "mixed")
FIELD_HELP = "title, body, source, author, tag, date, actor, speaker, cue, kind, quote"
DATE_HELP = "write 2025, 2025-08, 2025-08-20, yesterday, -7 days, or date:[2025-08-01 to 2025-08-31]"

BINARY_OPERATORS = frozenset({"AND", "OR", "ANDNOT", "ANDMAYBE", "REQUIRE"})
_EXAMPLE = {
    "AND": "oil AND gas",
    "OR": "oil OR gas",
    "ANDNOT": "oil ANDNOT gas",
    "ANDMAYBE": "oil ANDMAYBE gas",
    "REQUIRE": "oil REQUIRE gas",
    "NOT": "oil NOT gas",
}


class QueryError(ValueError):
    """A query that cannot be run as written; the message is one line for the user."""


@dataclass(frozen=True, slots=True)
class Checked:
    """A query that passed `check`: what whoosh should parse and what the query names."""

    text: str  # rewritten for whoosh's parser (compact dates, anchored fuzzy terms)
    fields: frozenset[str]  # the fields it names, by canonical name
    statements: bool  # it names a statement field: it searches statements, not articles
    dates: tuple[str, ...]  # every plain `date:` value, as typed
    date_ranges: tuple[tuple[str, str], ...]  # every `date:[a to b]`, ends as typed ("" when open)


# Token kinds of the scan.
_TERM, _BINARY, _NOT, _OPEN, _CLOSE = "term", "binary", "not", "(", ")"

_SPACE = re.compile(r"\s+")
_SINGLE_QUOTED = re.compile(r"(?:^|(?<=\W))'(?P<text>.*?)'(?=\s|\]|[)}]|$)")  # whoosh's SingleQuotePlugin
_FIELD = re.compile(r"(?<!\w)(\w+|\*):")
_WORD_END = re.compile(r"[\s()\"\[{]")
_SLOP = re.compile(r"~\d*")
_RANGE_TO = re.compile(r"(?i)(?:^|\s)to(?:\s|$)")


def check(text: str) -> Checked:
    """Check a query's syntax and return what whoosh should parse; raises QueryError with one line."""
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(
            f"the query is too long ({len(text):,} characters; at most {MAX_QUERY_CHARS:,}): shorten it"
        )
    scan = _Scan(text)
    scan.run()
    fields = frozenset(scan.fields)
    statements = bool(fields & set(STATEMENT_FIELDS))
    article_only = sorted(fields & set(ARTICLE_FIELDS))
    if statements and article_only:
        statement_field = sorted(fields & set(STATEMENT_FIELDS))[0]
        raise QueryError(
            f"{article_only[0]}: searches articles but {statement_field}: searches statements: "
            "a query searches one or the other"
        )
    return Checked(
        text=anchor_fuzzy(compact_dates(text)),
        fields=fields,
        statements=statements,
        dates=tuple(scan.dates),
        date_ranges=tuple(scan.date_ranges),
    )


class _Scan:
    """One left-to-right pass over the query, splitting it where whoosh's taggers would."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.kinds: list[tuple[str, str]] = []  # (kind, token as typed)
        self.depth = 0
        self.fields: list[str] = []
        self.dates: list[str] = []
        self.date_ranges: list[tuple[str, str]] = []

    def run(self) -> None:
        text = self.text
        while self.pos < len(text):
            space = _SPACE.match(text, self.pos)
            if space:
                self.pos = space.end()
                continue
            char = text[self.pos]
            if char == "(":
                self._open()
            elif char == ")":
                self._close()
            else:
                self._term(field=None)
        last_kind, last = self.kinds[-1] if self.kinds else ("", "")
        if last_kind in (_BINARY, _NOT):
            raise QueryError(f"{last} at the end needs a search term after it (e.g. {_EXAMPLE[last]})")
        if self.depth:
            raise QueryError('a "(" is never closed: add ")"')

    def _open(self) -> None:
        self.depth += 1
        self.pos += 1
        self.kinds.append((_OPEN, "("))

    def _close(self) -> None:
        prev_kind, prev = self.kinds[-1] if self.kinds else ("", "")
        if self.depth == 0:
            raise QueryError('a ")" has no "(" before it: remove it or add "("')
        if prev_kind == _OPEN:
            raise QueryError('empty parentheses "()": put search terms inside or remove them')
        if prev_kind in (_BINARY, _NOT):
            raise QueryError(f'{prev} before ")" needs a search term after it (e.g. {_EXAMPLE[prev]})')
        self.depth -= 1
        self.pos += 1
        self.kinds.append((_CLOSE, ")"))

    def _term(self, field: str | None) -> None:
        """A phrase, a quoted word, a range, a field prefix with its value, an operator or a word."""
        text, start = self.text, self.pos
        char = text[start]
        if char == '"':
            end = text.find('"', start + 1)
            if end < 0:
                raise QueryError(
                    f'unclosed quote in {show(text[start:])}: end the phrase with " (e.g. "interest rates")'
                )
            slop = _SLOP.match(text, end + 1)
            self.pos = slop.end() if slop else end + 1
            self._operand(field, text[start : self.pos])
            return
        if char in "[{":
            self._range(field)
            return
        single = _SINGLE_QUOTED.match(text, start)
        if char == "'" and single:
            self.pos = single.end()
            self._operand(field, single.group())
            return
        named = _FIELD.match(text, start)
        if named and field is None:
            self._field(named)
            return
        end_match = _WORD_END.search(text, start + 1)
        end = end_match.start() if end_match else len(text)
        word = text[start:end]
        self.pos = end
        if field is None and word in BINARY_OPERATORS:
            prev_kind = self.kinds[-1][0] if self.kinds else ""
            if prev_kind not in (_TERM, _CLOSE):
                raise QueryError(f"{word} needs a search term on each side (e.g. {_EXAMPLE[word]})")
            self.kinds.append((_BINARY, word))
        elif field is None and word == "NOT":
            self.kinds.append((_NOT, word))
        else:
            self._operand(field, word)

    def _operand(self, field: str | None, token: str) -> None:
        if field == "date" and not token.startswith(("(", "[", "{")):
            self.dates.append(token)
        self.kinds.append((_TERM, token))

    def _field(self, named: re.Match[str]) -> None:
        name = named.group(1)
        self.pos = named.end()
        if name == "*" or not name.isalpha():
            # `*:*` is whoosh's "everything"; `10:30` and the like are words, not fields.
            self.kinds.append((_TERM, named.group()))
            return
        field = ALIASES.get(name, name)
        if field not in (*ARTICLE_FIELDS, *STATEMENT_FIELDS, *SHARED_FIELDS):
            raise QueryError(f'unknown field "{show(name)}:": the fields are {FIELD_HELP}')
        value = self.text[self.pos : self.pos + 1]
        if not value or value.isspace() or value == ")":
            raise QueryError(f'"{name}:" needs a value right after the colon (e.g. {name}:{_sample(field)})')
        self.fields.append(field)
        if value == "(":
            return  # the group's terms take the field; the main loop checks it like any group
        self._term(field=field)

    def _range(self, field: str | None) -> None:
        text, start = self.text, self.pos
        close = min((i for i in (text.find("]", start), text.find("}", start)) if i >= 0), default=-1)
        if close < 0:
            raise QueryError(
                f'unclosed range {show(text[start:])}: end it with "]" (e.g. date:[2025-01 to 2025-03])'
            )
        inner = text[start + 1 : close]
        to = _RANGE_TO.search(inner)
        if to is None:
            raise QueryError(
                f'the range {show(text[start : close + 1])} needs "to" between its ends (e.g. date:[2025-01 to 2025-03])'
            )
        if field == "date":
            if text[start] == "{" or text[close] == "}":
                raise QueryError(
                    "date ranges take square brackets, which include both ends (e.g. date:[2025-01 to 2025-03])"
                )
            self.date_ranges.append((inner[: to.start()].strip(), inner[to.end() :].strip()))
        self.pos = close + 1
        self.kinds.append((_TERM, text[start : self.pos]))


def _sample(field: str) -> str:
    return {"date": "2025-08", "kind": "direct", "tags": "energy"}.get(field, "oil")


def show(fragment: str, limit: int = 40) -> str:
    """A piece of the query for a message: one line, control characters dropped, shortened."""
    flat = "".join(c if c.isprintable() else " " for c in fragment)
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


_DATE_EXPR = re.compile(r"(?<![\w.])date:(\[[^\]]*\]|\S+)")
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{1,2})(?:-(\d{1,2}))?\b")
_FUZZY = re.compile(r"(?<=\w)~([0-9])?(?![/0-9])")


def anchor_fuzzy(text: str) -> str:
    """Give `word~` a two-letter prefix: unanchored, whoosh scores every word of the lexicon (seconds)."""
    return _FUZZY.sub(lambda m: f"~{m.group(1) or 1}/2", text)


def compact_dates(text: str, today: dt.date | None = None) -> str:
    """Rewrite `date:` expressions to what whoosh's date parser reads without failing.

    ISO dates become the compact form (2025-08-20 -> 20250820); relative days (now, today,
    yesterday, tomorrow, -7 days, +2 weeks, -1 month, -1 year) become the day they name, counted
    from `today`: whoosh's own reading of them fails on ranges such as [2026 to now], and the
    index holds whole days only.
    """
    day = today or dt.date.today()

    def value(part: str) -> str:
        part = _relative_day(part.strip(), day) or part.strip()
        return _ISO_DATE.sub(_compact, part)

    def expression(m: re.Match[str]) -> str:
        found = m.group(1)
        if found.startswith("[") and found.endswith("]"):
            ends = _RANGE_TO.split(found[1:-1], maxsplit=1)
            if len(ends) == 2:
                low, high = value(ends[0]), value(ends[1])
                return "date:[" + " ".join(x for x in (low, "to", high) if x) + "]"
            return "date:[" + value(found[1:-1]) + "]"
        return "date:" + value(found)

    return _DATE_EXPR.sub(expression, text)


def _compact(m: re.Match[str]) -> str:
    y, mo, d = m.group(1), m.group(2).zfill(2), m.group(3)
    return y + mo + (d.zfill(2) if d else "")


_RELATIVE = re.compile(r"(?i)^([+-]?\d{1,4})\s*(day|week|month|year)s?$")
_NAMED_DAYS = {"now": 0, "today": 0, "yesterday": -1, "tomorrow": 1}


def _relative_day(text: str, today: dt.date) -> str | None:
    """The ISO day a relative expression names ("-7 days" -> 7 days before `today`), else None."""
    lowered = text.lower()
    if lowered in _NAMED_DAYS:
        return (today + dt.timedelta(days=_NAMED_DAYS[lowered])).isoformat()
    m = _RELATIVE.match(text)
    if m is None:
        return None
    count, unit = int(m.group(1)), m.group(2).lower()
    try:
        if unit in ("day", "week"):
            return (today + dt.timedelta(days=count * (7 if unit == "week" else 1))).isoformat()
        months = today.year * 12 + today.month - 1 + count * (12 if unit == "year" else 1)
        year, month = divmod(months, 12)
        last = calendar.monthrange(year, month + 1)[1]
        return dt.date(year, month + 1, min(today.day, last)).isoformat()
    except (ValueError, OverflowError):  # out of the calendar's years: leave it for whoosh to refuse
        return None
