"""Command palette entries: every app action, plus "go to actor" and "go to article"."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import Any, Protocol

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.style import Style

from newsdesk.tui.sanitize import clean_label


class PaletteHost(Protocol):
    """What the provider needs from the main screen."""

    def palette_actions(self) -> list[tuple[str, Callable[[], Any], str]]: ...
    def palette_prepare(self) -> None: ...
    def palette_actors(self) -> list[str]: ...
    def palette_articles(self) -> list[tuple[str, str]]: ...
    def go_to_actor(self, name: str) -> None: ...
    def go_to_article(self, key: str) -> None: ...


class NewsdeskCommands(Provider):
    """Actions by their description; actors as "go to actor: NAME"; articles as "go to article: TITLE"."""

    @property
    def host(self) -> PaletteHost | None:
        """The main screen, which knows the actions, actors and articles."""
        return getattr(self.app, "main_screen", None)

    async def startup(self) -> None:
        if self.host is not None:
            self.host.palette_prepare()

    def _entries(self) -> list[tuple[str, Callable[[], Any], str]]:
        host = self.host
        if host is None:
            return []
        entries = list(host.palette_actions())
        entries.extend(
            (
                f"go to actor: {clean_label(name, 60)}",
                partial(host.go_to_actor, name),
                "show this actor's timeline",
            )
            for name in host.palette_actors()
        )
        entries.extend(
            (f"go to article: {clean_label(title, 80)}", partial(host.go_to_article, key), "open this result")
            for key, title in host.palette_articles()
        )
        return entries

    async def discover(self) -> Hits:
        for name, callback, help_text in self.host.palette_actions() if self.host else []:
            yield DiscoveryHit(name, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, callback, help_text in self._entries():
            score, offsets = matcher.fuzzy_search.match(matcher.query, name)
            if score > 0:
                yield Hit(score, literal_highlight(name, offsets, self.match_style), callback, help=help_text)


def literal_highlight(text: str, offsets: Sequence[int], style: Style | None = None) -> Content:
    """The text with matched characters in the palette's match style; never parsed as markup.

    `Matcher.highlight` parses its candidate as markup, and actor names and titles come from
    articles.
    """
    content = Content(text)
    for offset in offsets:
        if 0 <= offset < len(text) and not text[offset].isspace():
            content = content.stylize(style or Style(reverse=True), offset, offset + 1)
    return content
