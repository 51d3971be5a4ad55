"""The one YAML loader newsdesk uses: plain data only, and nothing a hostile file can blow up.

`yaml.safe_load` builds no Python objects, but it still expands aliases (a 600-byte "billion
laughs" document grows to gigabytes), builds `!!set`/`!!binary`/`!!omap` values nobody expects,
and recurses once per nesting level. This loader refuses aliases, every explicit tag beyond the
JSON-like core (str, int, float, bool, null, map, seq, timestamp) and nesting deeper than
`MAX_DEPTH`; anchors alone are harmless and allowed. libyaml parses when PyYAML has it; the node
composer is PyYAML's own (pure Python, ~30% slower than libyaml's) because that is where aliases,
tags and depth can be checked before anything is built.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

import yaml
from yaml.composer import Composer
from yaml.constructor import SafeConstructor
from yaml.error import Mark
from yaml.events import AliasEvent, Event
from yaml.nodes import Node
from yaml.resolver import Resolver

MAX_DEPTH = 64
_CORE = "tag:yaml.org,2002:"
ALLOWED_TAGS = frozenset(
    _CORE + t for t in ("str", "int", "float", "bool", "null", "map", "seq", "timestamp")
)


class YAMLError(ValueError):
    """Text the loader will not turn into data: broken YAML, an alias, an odd tag, deep nesting.

    `line` is 1-based within the loaded text (None when unknown); `reason` is one line for a person.
    """

    def __init__(self, reason: str, line: int | None = None) -> None:
        self.reason = " ".join(reason.split())
        self.line = line
        super().__init__(f"line {line}: {self.reason}" if line else self.reason)


class _Refused(yaml.MarkedYAMLError):
    """Raised inside the composer; `load` turns it into YAMLError like any other marked error."""


class _Checks(Composer):
    """PyYAML's composer with the three refusals; mixed into a loader below."""

    _depth = 0

    if TYPE_CHECKING:  # provided by the parser this is mixed with

        def peek_event(self) -> Event: ...

    def compose_node(self, parent: Node | None, index: int) -> Node | None:
        event = self.peek_event()
        if isinstance(event, AliasEvent):
            raise _refused(f"aliases (*{event.anchor}) are not allowed", event)
        tag = getattr(event, "tag", None)
        if tag not in (None, "!") and tag not in ALLOWED_TAGS:
            shown = "!!" + tag[len(_CORE) :] if tag.startswith(_CORE) else tag
            raise _refused(f"the tag {shown} is not allowed", event)
        if self._depth >= MAX_DEPTH:
            raise _refused(f"nested deeper than {MAX_DEPTH} levels", event)
        self._depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def _refused(problem: str, event: Event) -> _Refused:
    # libyaml's parser marks its events with a Mark class of its own, with the same fields.
    return _Refused(problem=problem, problem_mark=cast(Mark, event.start_mark))


def _loader_class() -> type:
    if getattr(yaml, "__with_libyaml__", False):
        from yaml._yaml import CParser  # what yaml.cyaml imports, named where it is defined

        class CheckedCLoader(_Checks, CParser, SafeConstructor, Resolver):
            def __init__(self, stream: str) -> None:
                CParser.__init__(self, stream)
                _Checks.__init__(self)
                SafeConstructor.__init__(self)
                Resolver.__init__(self)

        return CheckedCLoader

    from yaml.parser import Parser
    from yaml.reader import Reader
    from yaml.scanner import Scanner

    class CheckedLoader(Reader, Scanner, Parser, _Checks, SafeConstructor, Resolver):
        def __init__(self, stream: str) -> None:
            Reader.__init__(self, stream)
            Scanner.__init__(self)
            Parser.__init__(self)
            _Checks.__init__(self)
            SafeConstructor.__init__(self)
            Resolver.__init__(self)

    return CheckedLoader


_Loader = _loader_class()


def load(text: str) -> Any:
    """The one YAML document in `text` as plain data (dict, list, str, int, float, bool, None, date).

    Raises YAMLError for anything else: broken YAML, aliases, tags such as !!set or !!python/...,
    nesting deeper than MAX_DEPTH, values the constructor rejects (2025-02-30, 5,000-digit numbers).
    """
    loader = _Loader(text)
    try:
        return loader.get_single_data()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        reason = exc.problem or exc.context or "not valid YAML"
        raise YAMLError(reason, mark.line + 1 if mark is not None else None) from None
    except yaml.YAMLError as exc:
        raise YAMLError(str(exc) or "not valid YAML") from None
    except (ValueError, TypeError, OverflowError, RecursionError) as exc:
        # The constructors' own errors: an impossible date, a number past int()'s digit limit.
        raise YAMLError(f"bad value ({str(exc).split(':')[0]})") from None
    finally:
        loader.dispose()
