"""Pure helpers of the TUI: exact values on small inputs."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from newsdesk.tui.config import load_keymap, parse_keymap
from newsdesk.tui.keys import KeyRequest
from newsdesk.tui.live_query import live_query
from newsdesk.tui.sanitize import clean_label, for_text_area
from newsdesk.tui.screens.actor_picker import rank_actors
from newsdesk.tui.screens.bookmark_dialog import parse_tags
from newsdesk.tui.widgets.article_pane import paragraph_span, statement_at, statement_spans
from newsdesk.tui.widgets.index_status import parse_index_event


def test_clean_label_strips_escapes_controls_and_folds_lines() -> None:
    assert clean_label("a\x1b[31mred\x1b[0m\nb\x07 [bold]x[/]") == "ared b [bold]x[/]"
    assert clean_label("\x1b]0;title\x07ok") == "ok"
    assert clean_label("abcdefghij", 5) == "abcd…"
    assert clean_label(None) == ""


def test_for_text_area_keeps_length_and_line_count() -> None:
    text = "one\r\ntwo\u2028three\x0cfour\x85\ttab"
    shown = for_text_area(text)
    assert len(shown) == len(text)
    assert shown == "one \ntwo three four \ttab"
    assert shown.splitlines() == ["one ", "two three four \ttab"]


def test_live_query_expands_only_prefixes_of_four_or_more() -> None:
    assert live_query("trump") == "(trump OR trump*)"
    assert live_query("tru") == "tru"
    assert live_query("tru*") == "tru*"
    assert live_query("tr*") == "tr"
    assert live_query("nato summit ") == "nato summit"
    assert live_query("abc defg") == "abc (defg OR defg*)"
    assert live_query('"nato sum') == '"nato sum'
    assert live_query("actor:berg") == "actor:berg"
    assert live_query("nato AND") == "nato AND"
    assert live_query("   ") == ""


def test_paragraph_span_between_blank_lines_or_the_line() -> None:
    text = "Title\n\nFirst para\nstill first.\n\nSecond para."
    assert paragraph_span(text, 9) == (7, 30)
    assert text[7:30] == "First para\nstill first."
    assert paragraph_span(text, len(text)) == (32, 44)
    assert paragraph_span("x" * 30 + "\n" + "y" * 30, 35, limit=40) == (31, 61)
    assert paragraph_span("   ", 1) is None


def statement(start: int, end: int, speaker: tuple[int, int] | None = None) -> SimpleNamespace:
    s0, s1 = speaker or (None, None)
    return SimpleNamespace(start=start, end=end, speaker_start=s0, speaker_end=s1)


def test_statement_at_prefers_the_innermost_and_counts_the_speaker() -> None:
    statements = [statement(0, 100), statement(10, 20), statement(200, 220, speaker=(222, 230))]
    assert statement_at(statements, 15) == 1
    assert statement_at(statements, 50) == 0
    assert statement_at(statements, 225) == 2
    assert statement_at(statements, 150) is None


def test_parse_tags_trims_and_dedups_in_order() -> None:
    assert parse_tags(" farm, berg ,farm,, ") == ("farm", "berg")
    assert parse_tags("") == ()


def test_rank_actors_matches_aliases() -> None:
    actors = [("Anna Berg", ("Berg", "the foreign minister")), ("Tom Lind", ("Mayor Lind",)), ("Farmers", ())]
    assert rank_actors("", actors) == ["Anna Berg", "Tom Lind", "Farmers"]
    assert rank_actors("lind", actors)[0] == "Tom Lind"
    assert rank_actors("foreign", actors) == ["Anna Berg"]
    assert rank_actors("zzz", actors) == []


def test_parse_keymap_warns_about_bad_entries() -> None:
    warnings: list[str] = []
    raw = {"keymap": {"bookmark": "m", "quit": 3, "help": " f1 "}}
    assert parse_keymap(raw, "c.yaml", warnings.append) == {
        "bookmark": KeyRequest("m", "c.yaml"),
        "help": KeyRequest("f1", "c.yaml"),
    }
    assert warnings == ["warning: c.yaml: keymap entry 'quit': 3 is not 'binding-id: key', ignored"]
    assert parse_keymap(["x"], "c.yaml", warnings.append) == {}
    assert warnings[-1] == "warning: c.yaml: the file is not a mapping, ignored"


def test_load_keymap_later_file_wins_and_broken_yaml_is_one_warning(tmp_path: Path) -> None:
    user = tmp_path / "user.yaml"
    desk = tmp_path / "desk.yaml"
    broken = tmp_path / "broken.yaml"
    user.write_text("keymap: {bookmark: m, help: f1}\n", encoding="utf-8")
    desk.write_text("keymap:\n  bookmark: M\n", encoding="utf-8")
    broken.write_text("keymap: [unclosed\n", encoding="utf-8")
    warnings: list[str] = []
    keymap = load_keymap([user, tmp_path / "missing.yaml", broken, desk], warnings.append)
    assert keymap == {"bookmark": KeyRequest("M", str(desk)), "help": KeyRequest("f1", str(user))}
    assert len(warnings) == 1 and warnings[0].startswith(f"warning: {broken}: ")


def test_parse_index_event() -> None:
    assert parse_index_event(b'{"event": "progress", "done": 3, "total": 9}\n') == {
        "event": "progress",
        "done": 3,
        "total": 9,
    }
    assert parse_index_event("indexing...") is None
    assert parse_index_event("{broken") is None
    assert parse_index_event('{"no": "event"}') is None


def test_statement_spans_marks_fragments_not_the_narration_between() -> None:
    split = SimpleNamespace(start=10, end=90, spans=((10, 30), (60, 90)))
    whole = SimpleNamespace(start=5, end=25, spans=())
    assert statement_spans(split) == ((10, 30), (60, 90))
    assert statement_spans(whole) == ((5, 25),)


def test_importing_the_app_does_not_import_the_engine() -> None:
    import subprocess
    import sys

    code = "import sys, newsdesk.tui.app, newsdesk.tui.launch; print(sorted(m for m in ('whoosh', 'newsdesk.index.desk', 'yaml', 'trafilatura') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_a_collection_pause_turns_collection_back_on_only_if_it_turned_it_off() -> None:
    import gc

    from newsdesk.tui.heap import CollectionPause

    assert gc.isenabled()
    pause = CollectionPause()
    try:
        pause.begin()
        pause.begin()  # a second resize before the frame: still one pause
        assert not gc.isenabled()
        pause.end()
        assert gc.isenabled()
        pause.end()  # ended twice (the frame, then the unmount): nothing more
        assert gc.isenabled()
        gc.disable()  # off for someone else's reason: a pause leaves it off
        pause.begin()
        pause.end()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_frozen_objects_are_thawed_for_the_collector() -> None:
    import gc

    from newsdesk.tui.heap import freeze_long_lived, thaw

    try:
        freeze_long_lived()
        assert gc.get_freeze_count() > 0
        thaw()
        assert gc.get_freeze_count() == 0
    finally:
        gc.unfreeze()
