"""The results list: three lines per hit.

An article: its title, a snippet with the matched words marked, then outlet, date, hit count and
how many copies (same body) were folded into it. A statement: who said it (the desk-wide actor,
and the speaker as the text names them when that differs), the quote, then cue, date and outlet.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from rich.style import Style
from rich.text import Text

from newsdesk.index.escapes import BIDI_CONTROLS
from newsdesk.tui.keys import KeyMap
from newsdesk.tui.sanitize import clean_label, for_text_area
from newsdesk.tui.widgets.hints import follow_keys
from newsdesk.tui.widgets.statement import statement_date
from newsdesk.tui.widgets.tables import NavTable, Row, Styles

HINT = "{list-open} open · {sort-results} sort · {show-copies} copies"
MARK_OPEN, MARK_CLOSE = "«", "»"


def _same_length_safe(text: str) -> str:
    """Text safe for the screen with every character where it was (controls and bidi marks as spaces)."""
    return BIDI_CONTROLS.sub(lambda m: " " * len(m[0]), for_text_area(text).replace("\n", " "))


def snippet_text(snippet: str, width: int, styles: Styles) -> Text:
    """One line of a snippet (« » mark the hits) cut to `width`, starting near its first hit."""
    plain: list[str] = []
    marks: list[tuple[int, int]] = []
    at = 0
    for index, part in enumerate(snippet.split(MARK_OPEN)):
        hit, _, rest = part.partition(MARK_CLOSE) if index else ("", "", part)
        if hit:
            marks.append((at, at + len(hit)))
        plain += [hit, rest]
        at += len(hit) + len(rest)
    text = _same_length_safe("".join(plain))
    width = max(1, width)
    start = max(0, marks[0][0] - width // 4) if marks and marks[0][1] > width - 1 else 0
    shown = text[start : start + width]
    cut_left, cut_right = start > 0, start + width < len(text)
    if cut_left:
        shown = "…" + shown[1:]
    if cut_right:
        shown = shown[:-1] + "…"
    out = Text(shown, styles.get("result--snippet", Style()), no_wrap=True)
    hit_style = styles.get("result--hit", Style())
    for a, b in marks:
        a = max(a - start, 1 if cut_left else 0)
        b = min(b - start, len(shown) - (1 if cut_right else 0))
        if a < b:
            out.stylize(hit_style, a, b)
    return out


def who_line(hit: Any, actors: Mapping[str, str]) -> str:
    """The desk-wide actor of a statement hit, and the speaker as written when that differs."""
    st = hit.statement
    actor = actors.get(st.actor_key or "") or st.actor or ""
    speaker = st.speaker or ""
    if not actor:
        return clean_label(speaker) or "unattributed"
    if speaker and speaker.casefold() != actor.casefold():
        return f"{clean_label(actor)} (“{clean_label(speaker)}”)"
    return clean_label(actor)


def quoted(quote: str) -> str:
    """The quote in quotation marks, unless it carries its own (a direct quote's span does)."""
    quote = quote.strip()
    return quote if quote[:1] in "\"“‘«'" else f"“{quote}”"


def _join(*parts: str) -> str:
    return " · ".join(part for part in parts if part)


def result_cell(hit: Any, width: int, styles: Styles, actors: Mapping[str, str] | None = None) -> Text:
    """Three lines: an article's title, snippet and facts, or a statement's speaker, quote and facts."""
    get = styles.get
    date = hit.date.isoformat() if hit.date else "undated"
    if hit.statement is not None:
        st = hit.statement
        facts = _join(clean_label(st.cue), statement_date(st) or date, clean_label(hit.source))
        return Text.assemble(
            (clean_label(who_line(hit, actors or {}), width), get("statement--who", Style())),
            "\n",
            (clean_label(quoted(st.quote), width), get("statement--quote", Style())),
            "\n",
            (clean_label(facts, width), get("result--meta", Style())),
        )
    hits = f"{hit.hit_count} hit{'s' if hit.hit_count != 1 else ''}" if hit.hit_count else ""
    facts = _join(clean_label(hit.source), date, hits)
    copies = f" +{len(hit.copies)} cop{'ies' if len(hit.copies) != 1 else 'y'}" if hit.copies else ""
    facts = clean_label(facts, max(1, width - len(copies)))
    snippet = snippet_text(hit.snippet, width, styles) if hit.snippet else Text("")
    return Text.assemble(
        (clean_label(hit.title or hit.path, width), get("result--title", Style())),
        "\n",
        snippet,
        "\n",
        (facts, get("result--meta", Style())),
        (copies, get("result--copies", Style())),
    )


class ResultsTable(NavTable):
    """Search results; the row key is the hit's position (statement hits can share an article)."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "result--title", "result--meta", "result--snippet", "result--hit", "result--copies",
        "statement--who", "statement--quote",
    }  # fmt: skip
    ROW_HEIGHT = 3
    COLUMNS: ClassVar[tuple[tuple[str, str], ...]] = (("Result", "result"),)
    # Rows from the end of the list at which the next page is asked for.
    MORE_AT = 5

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.actor_names: Mapping[str, str] = {}

    def on_mount(self) -> None:
        self.show_header = False
        self.border_title = "Results"
        follow_keys(self, self._hints)

    def _hints(self, keys: KeyMap) -> None:
        self.border_subtitle = keys.hint(HINT)

    def rows_for(self, items: Sequence[Any], flex_width: int, styles: Styles) -> list[Row]:
        return self._rows_from(0, items, flex_width, styles)

    def _rows_from(self, first: int, items: Sequence[Any], width: int, styles: Styles) -> list[Row]:
        actors = self.actor_names
        return [(str(first + n), [result_cell(hit, width, styles, actors)]) for n, hit in enumerate(items)]

    def show_hits(self, hits: list[Any], actors: Mapping[str, str] | None = None) -> None:
        """Replace the rows with these hits, best first."""
        self.actor_names = dict(actors or {})
        self.show_items(hits)

    def append_hits(self, hits: list[Any], actors: Mapping[str, str] | None = None) -> None:
        """Add the next page of hits under the ones listed (the cursor stays where it is)."""
        self.actor_names = {**self.actor_names, **(actors or {})}
        first = len(self.items)
        self.items = [*self.items, *hits]
        for key, cells in self._rows_from(first, hits, self.flex_width, self.cell_styles()):
            self.add_row(*cells, key=key, height=self.ROW_HEIGHT)

    def near_end(self) -> bool:
        """True when the cursor is within MORE_AT rows of the last one."""
        return self.row_count > 0 and self.cursor_row >= self.row_count - self.MORE_AT
