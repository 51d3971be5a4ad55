"""Article readers: exact values per format, dates from each source, and every kind of bad input."""

from __future__ import annotations

import datetime as dt
import os
import re
from collections import Counter
from pathlib import Path

import pytest

from newsdesk.index.ingest.readers import (
    SUPPORTED_SUFFIXES,
    is_supported,
    iter_desk_files,
    read_file,
    read_text,
)
from newsdesk.index.ingest.readers.dateline import dateline_extent, parse_dateline
from newsdesk.index.ingest.readers.decode import clean_text, decode_bytes
from newsdesk.index.ingest.readers.outlets import headline_outlet
from newsdesk.index.ingest.readers.pubdate import date_from_filename, parse_date_value
from newsdesk.index.ingest.readers.text import byline_names
from newsdesk.index.model import ReadWarning
from newsdesk.index.months import MONTHS, month_pattern

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "readers"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "seeds" / "nato-ukraine-ft-report.txt"


def read_one(name: str):
    result = read_file(FIXTURES / name, root=FIXTURES)
    assert result.warnings == ()
    assert len(result.articles) == 1
    return result.articles[0]


def reasons(path: Path, **kwargs) -> list[str]:
    return [w.reason for w in read_file(path, **kwargs).warnings]


# --- Markdown ---------------------------------------------------------------------------------------------


def test_markdown_full_front_matter():
    article = read_one("full-front-matter.md")
    assert article.key == article.path == "full-front-matter.md"
    assert article.title == "Kestrel offers talks on border monitors"
    assert article.body == (
        "The Kestrel government said on Wednesday it was ready to discuss monitors.\n\n"
        "“We are open to verification,” the foreign minister told reporters."
    )
    assert (article.source, article.author, article.url) == (
        "The Example Herald",
        "Jane Doe",
        "https://example.org/kestrel-talks",
    )
    assert article.tags == ("diplomacy", "borders")
    assert (article.date, article.date_source) == (dt.date(2025, 8, 20), "metadata")
    assert article.format == "md"
    assert article.extra == {"desk": "europe"}
    assert article.text.startswith("Kestrel offers talks on border monitors\n\nThe Kestrel")
    assert article.body_offset == len("Kestrel offers talks on border monitors") + 2


def test_markdown_partial_front_matter_takes_title_from_heading():
    article = read_one("partial-front-matter.md")
    assert article.title == "Monitors arrive at the border"
    assert article.body == "The first monitors arrived on Thursday, officials said."
    assert article.author == "Ann Lee, Bo Chen"
    assert article.tags == ("ceasefire", "monitors")
    assert (article.date, article.date_source) == (dt.date(2025, 8, 21), "metadata")
    assert article.source is None


def test_markdown_broken_front_matter_indexes_the_body_and_warns():
    result = read_file(FIXTURES / "broken-front-matter.md", root=FIXTURES)
    assert [str(w) for w in result.warnings] == [
        "warning: broken-front-matter.md: broken front matter (line 4: found unexpected end of stream): "
        "indexed the body only"
    ]
    (article,) = result.articles
    assert article.title == "Talks stall over monitors"
    assert article.body == "Negotiators said on Friday that talks had stalled."
    assert (article.date, article.date_source) == (None, "none")


def test_markdown_without_front_matter_uses_first_line_and_file_name_date():
    article = read_one("2025-08-23-no-front-matter.md")
    assert article.title == "Ministers meet again"
    assert article.body == "Ministers met again on Saturday, a spokesman said."
    assert (article.date, article.date_source) == (dt.date(2025, 8, 23), "filename")


def test_markdown_heading_repeating_the_title_is_dropped_once():
    text = "---\ntitle: Talks resume\n---\n# Talks Resume\n\nBody.\n\n# Talks resume\n"
    article = read_text(text, fmt="md", path="x.md").articles[0]
    assert (article.title, article.body) == ("Talks resume", "Body.\n\n# Talks resume")
    other = read_text("---\ntitle: Talks resume\n---\n# Background\n\nBody.", fmt="md", path="x.md").articles[
        0
    ]
    assert other.body == "# Background\n\nBody."


def test_markdown_front_matter_not_a_mapping_and_impossible_date():
    listed = read_text("---\n- a\n- b\n---\nTitle\n\nBody", fmt="md", path="x.md")
    assert [w.reason for w in listed.warnings] == [
        "broken front matter (not a key: value mapping): indexed the body only"
    ]
    assert (listed.articles[0].title, listed.articles[0].body) == ("Title", "Body")
    impossible = read_text("---\ntitle: T\ndate: 2025-02-30\nx: [1]\n---\nBody", fmt="md", path="x.md")
    assert len(impossible.articles) == 1
    assert impossible.warnings[0].reason.startswith("broken front matter (")


def test_markdown_front_matter_with_yaml_features_uses_safe_loading():
    text = (
        '---\ntitle: >\n  Folded\n  title\ndate: "20 August 2025"\nby: !!python/object:os.system ls\n---\nB'
    )
    result = read_text(text, fmt="md", path="x.md")
    # Unsafe tags are rejected by the safe loader: the front matter is broken, nothing is executed.
    assert result.warnings[0].reason.startswith("broken front matter (")
    ok = read_text('---\ntitle: >\n  Folded\n  title\ndate: "20 August 2025"\n---\nB', fmt="md", path="x.md")
    assert (ok.articles[0].title, ok.articles[0].date) == ("Folded title", dt.date(2025, 8, 20))


# --- Plain text -------------------------------------------------------------------------------------------


def test_text_seed_shaped():
    article = read_one("seed-shaped.txt")
    assert article.title == "WSJ: Allies Weigh Air Patrols Over the Border"
    assert article.author == "Staff, Agencies"
    assert article.body == (
        "European officials said they were weighing air patrols over the border region.\n"
        "“We will not rule anything out,” one official said.\n"
        "The plan remains “pre-decisional”, a spokesman said."
    )
    assert article.extra == {"headline_source": "WSJ", "headline_source_name": "Wall Street Journal"}
    assert article.source == "Wall Street Journal"
    assert article.format == "txt"


def test_text_scorer_shaped_loses_no_text():
    raw = (FIXTURES / "scorer-shaped.txt").read_text(encoding="utf-8")
    article = read_one("scorer-shaped.txt")
    assert article.title == "A Headline Without Byline."
    # "By the end of ..." is prose, not a byline.
    assert article.author is None
    assert article.text == raw.rstrip()


@pytest.mark.skipif(not SEED.exists(), reason="needs /work/shared/seeds")
def test_text_real_seed():
    result = read_file(SEED)
    assert result.warnings == ()
    (article,) = result.articles
    assert article.title == "FT: US Signals Willingness to Back NATO-Led Troop Deployment in Ukraine"
    assert article.author == "Staff, Agencies"
    assert article.body.startswith("The United States has indicated readiness")
    assert article.body.endswith("absolutely unacceptable”.")
    assert "Comments" not in article.body
    assert "Related News" not in article.body
    assert article.extra["headline_source"] == "FT"
    assert article.extra["headline_source_name"] == "Financial Times"
    assert article.source == "Financial Times"
    assert (article.date, article.date_source) == (None, "none")


def test_headline_outlets_are_conservative():
    assert headline_outlet("FT: US signals") == "FT"
    assert headline_outlet("NY Daily News: Paris attacks") == "NY Daily News"
    assert headline_outlet("Reuters: Oil falls") == "Reuters"
    assert headline_outlet("Trump: We will win") is None
    assert headline_outlet("Breaking: Oil falls") is None
    assert headline_outlet("No prefix here") is None


def test_bylines():
    assert byline_names("By Staff, Agencies") == "Staff, Agencies"
    assert byline_names("BY JANE DOE and Bo Chen in Kyiv") == "JANE DOE and Bo Chen in Kyiv"
    assert byline_names("By the end of the week, talks resumed.") is None
    assert byline_names("Bypass closed") is None


def test_text_trailing_furniture_only_from_the_end():
    text = "Title\n\nComments\nThe minister said talks would go on.\n\nShare this article\nAdvertisement\nRead more\n"
    article = read_text(text, fmt="txt", path="x.txt").articles[0]
    assert article.body == "Comments\nThe minister said talks would go on."


# --- HTML and JSON ----------------------------------------------------------------------------------------


def test_html_page_with_metadata():
    article = read_one("article.html")
    assert article.title == "Minister backs ceasefire talks"
    assert article.body.split("\n\n") == [
        "The foreign minister said on Tuesday that the government would support ceasefire talks as long as "
        "both sides agreed to independent monitors on the ground.",
        "“We will not sign anything that cannot be verified,” she told reporters in the capital after a "
        "meeting with her counterparts from three neighbouring states.",
        "Opposition leaders said the plan was vague and called for a vote in parliament before any agreement "
        "was signed by the government.",
    ]
    assert (article.date, article.date_source) == (dt.date(2025, 3, 4), "metadata")
    assert (article.author, article.source) == ("Jane Doe", "The Example Herald")
    assert article.url == "https://example.org/news/minister-backs-talks"
    assert article.format == "html"
    assert "Copyright" not in article.body and "Privacy" not in article.body


def test_html_fallback_and_no_text():
    page = "<html><head><title>T &amp; x</title><script>var a = 1;</script></head><body><div>Hi <b>there</b></div></body></html>"
    article = read_text(page, fmt="html", path="p.html").articles[0]
    assert (article.title, article.body) == ("T & x", "Hi there")
    empty = read_text("<html><body><script>x()</script></body></html>", fmt="html", path="e.html")
    assert empty.articles == ()
    assert [str(w) for w in empty.warnings] == ["warning: e.html: no text found"]


def test_json_object():
    article = read_one("item.json")
    assert article.key == "item.json"
    assert article.title == "Parliament votes on monitors"
    assert article.body == "Parliament voted on Monday to back the monitors.\n\nThe vote was 210 to 95."
    assert (article.date, article.date_source) == (dt.date(2025, 8, 25), "metadata")
    assert (article.source, article.author, article.url) == (
        "Example Wire",
        "Ann Lee, Bo Chen",
        "https://example.org/vote",
    )
    assert article.tags == ("vote", "parliament")
    assert article.extra == {"section": "politics"}
    assert article.format == "json"


def test_json_list_keys_items_and_warns_about_empty_ones():
    result = read_file(FIXTURES / "list.json", root=FIXTURES)
    assert [a.key for a in result.articles] == ["list.json#0", "list.json#2"]
    assert {a.path for a in result.articles} == {"list.json"}
    assert [str(w) for w in result.warnings] == ["warning: list.json: item 1: no body"]
    first, third = result.articles
    assert (first.title, first.body, first.date, first.source) == (
        "First item",
        "The first item's body.",
        dt.date(2025, 8, 26),
        "Example Wire",
    )
    assert (third.title, third.body, third.date_source) == (
        "Untitled item",
        "Its body follows the first line.",
        "none",
    )


def test_json_broken_and_wrong_shape():
    assert [w.reason for w in read_text('{"title": ', fmt="json", path="b.json").warnings] == [
        "broken JSON (line 1: Expecting value)"
    ]
    assert [w.reason for w in read_text("42", fmt="json", path="n.json").warnings] == [
        "not an article: a JSON int, expected an object or a list of objects"
    ]
    assert [w.reason for w in read_text('{"title": "only"}', fmt="json", path="o.json").warnings] == [
        "no text found"
    ]


# --- Dates and sources ------------------------------------------------------------------------------------


def test_dateline_date_with_year_from_file_name_and_agency_as_source():
    article = read_one("20250819-dateline.txt")
    assert (article.date, article.date_source) == (dt.date(2025, 8, 19), "dateline")
    assert article.extra["dateline"] == "MOSCOW, Aug 19 (Reuters) -"
    assert article.source == "Reuters"


def test_dateline_without_any_year_stays_undated():
    article = read_one("undated-dateline.txt")
    assert (article.date, article.date_source) == (None, "none")
    assert article.extra["dateline"] == "SALVADOR, Feb 26 -"


def test_metadata_date_beats_dateline_and_metadata_year_completes_dateline():
    text = "---\ndate: 2024-01-05\n---\nT\n\nKYIV, Jan 4 (AP) - x"
    article = read_text(text, fmt="md", path="x.md").articles[0]
    assert (article.date, article.date_source, article.source) == (
        dt.date(2024, 1, 5),
        "metadata",
        "Associated Press",
    )
    year_only = read_text("---\ndate: 2023\n---\nT\n\nKYIV, Jan 4 - x", fmt="md", path="x.md").articles[0]
    assert (year_only.date, year_only.date_source) == (dt.date(2023, 1, 4), "dateline")


@pytest.mark.parametrize(
    ("body", "year", "expected"),
    [
        (
            "MOSCOW, Aug 19 (Reuters) - Russia said",
            2025,
            (dt.date(2025, 8, 19), "MOSCOW, Aug 19 (Reuters) -"),
        ),
        ("SALVADOR, Feb 26 - Showers", 1987, (dt.date(1987, 2, 26), "SALVADOR, Feb 26 -")),
        ("NEW YORK, Nov. 19 (UPI) — The", 2020, (dt.date(2020, 11, 19), "NEW YORK, Nov. 19 (UPI) —")),
        ("BOULDER, Colo., March 11 - Synergen", 1987, (dt.date(1987, 3, 11), "BOULDER, Colo., March 11 -")),
        ("LONDON, 19 August 2024 (AFP) - x", None, (dt.date(2024, 8, 19), "LONDON, 19 August 2024 (AFP) -")),
        ("WASHINGTON (Reuters) - x", 2025, (None, "WASHINGTON (Reuters) -")),
        ("Edmonton, Alberta, March 23 - x", 1987, (dt.date(1987, 3, 23), "Edmonton, Alberta, March 23 -")),
        ("SOUTHPORT, Conn, APril 3 - x", 1987, (dt.date(1987, 4, 3), "SOUTHPORT, Conn, APril 3 -")),
        ("MONTREAL, March 20, Reuter - x", 1987, (dt.date(1987, 3, 20), "MONTREAL, March 20, Reuter -")),
        ("New York - x", 2025, (None, None)),
        ("As of April 7 - in bushels", 1987, (None, None)),
        ("SALVADOR, Feb 26 - Showers", None, (None, "SALVADOR, Feb 26 -")),
        ("The minister said - x", 2025, (None, None)),
        ("I - x", 2025, (None, None)),
    ],
)
def test_parse_dateline(body, year, expected):
    assert parse_dateline(body, year) == expected


def test_dateline_credit_without_parentheses_names_the_source():
    article = read_text(
        "T\n\nMONTREAL, March 20, Reuter - The seaway opened.", fmt="txt", path="x.txt"
    ).articles[0]
    assert article.source == "Reuters"


def test_headline_outlet_is_recognised_in_every_format_but_metadata_source_wins():
    text = '---\ntitle: "FT: Allies weigh patrols"\nsource: "GlobeWatch"\n---\nBody'
    article = read_text(text, fmt="md", path="x.md").articles[0]
    assert article.extra == {"headline_source": "FT", "headline_source_name": "Financial Times"}
    assert article.source == "GlobeWatch"


@pytest.mark.parametrize(
    ("body", "reference", "expected"),
    [
        # The shapes parse_dateline knows: the end of its line, and its day once a year is known.
        ("MOSCOW, Aug 19 (Reuters) - Russia said", dt.date(1987, 8, 20), (26, dt.date(1987, 8, 19))),
        ("NEW YORK, March 3, 1987 - Stocks", None, (25, dt.date(1987, 3, 3))),
        ("KYIV, Dec 31 - x", dt.date(2025, 1, 2), (14, dt.date(2024, 12, 31))),
        # No year anywhere: Reuters' looser shape gives the end (trailing space included), no day.
        ("MOSCOW, Aug 19 (Reuters) - Russia said", None, (27, None)),
        ("SALVADOR, Feb 26 - Showers continued", None, (19, None)),
        # No comma before the month: only the looser shape reads it.
        ("LAKE SUCCESS, N.Y. March 3 - Tender", None, (29, None)),
        ("LAKE SUCCESS, N.Y. March 3 - Tender", dt.date(1987, 3, 4), (29, dt.date(1987, 3, 3))),
        ("LAKE SUCCESS, N.Y. Sept. 30 - Tender", dt.date(1988, 1, 2), (30, dt.date(1987, 9, 30))),
        ("PARIS, Monday March 3, 1987 - x", None, (30, dt.date(1987, 3, 3))),
        ("WASHINGTON (Reuters) - x", dt.date(2025, 1, 2), None),
        ("Russia said on Monday - and", dt.date(2025, 1, 2), None),
    ],
)
def test_dateline_extent(body, reference, expected):
    assert dateline_extent(body, reference) == expected


def test_dateline_year_near_a_reference_date_crosses_new_year():
    assert parse_dateline("KYIV, Dec 31 - x", None, reference=dt.date(2025, 1, 2)) == (
        dt.date(2024, 12, 31),
        "KYIV, Dec 31 -",
    )


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (dt.date(2025, 8, 20), dt.date(2025, 8, 20)),
        (dt.datetime(2025, 8, 20, 23, 0), dt.date(2025, 8, 20)),
        ("2025-08-20", dt.date(2025, 8, 20)),
        ("20 August 2025", dt.date(2025, 8, 20)),
        ("Aug 20, 2025", dt.date(2025, 8, 20)),
        ("2025-08-20T23:30:00-05:00", dt.date(2025, 8, 20)),
        ("Tue, 19 Aug 2025 10:00:00 GMT", dt.date(2025, 8, 19)),
        ("2025-02-30", None),
        ("soon", None),
        (None, None),
    ],
)
def test_parse_date_value(value, expected):
    assert parse_date_value(value) == expected


def test_date_from_filename():
    assert date_from_filename("2025-08-20-talks.md") == dt.date(2025, 8, 20)
    assert date_from_filename("20250820_talks.txt") == dt.date(2025, 8, 20)
    assert date_from_filename("reuters-00001.md") is None
    assert date_from_filename("x-20251320.md") is None


# --- Decoding and bad input -------------------------------------------------------------------------------


def test_windows_1252_file_is_decoded_with_a_warning(tmp_path):
    path = tmp_path / "cp.txt"
    path.write_bytes("Café talks\n\nThe minister said “no” – twice.\n".encode("cp1252"))
    result = read_file(path, root=tmp_path)
    assert [str(w) for w in result.warnings] == ["warning: cp.txt: not UTF-8: decoded as windows-1252"]
    assert (result.articles[0].title, result.articles[0].body) == (
        "Café talks",
        "The minister said “no” – twice.",
    )


def test_utf8_with_a_stray_byte_stays_utf8():
    decoded = decode_bytes("“Quoted” – café\n".encode() + b"\xff end")
    assert (decoded.text, decoded.warning) == (
        "“Quoted” – café\n\ufffd end",
        "not valid UTF-8: 1 bad byte replaced",
    )


def test_utf8_bom_and_crlf(tmp_path):
    path = tmp_path / "bom.md"
    path.write_bytes("\ufeff---\r\ntitle: T\r\n---\r\nLine one\r\n\r\nLine two\r".encode())
    article = read_file(path).articles[0]
    assert (article.title, article.body) == ("T", "Line one\n\nLine two")


def test_markdown_hard_wrapped_prose_is_unwrapped_lists_and_tables_are_not(tmp_path):
    path = tmp_path / "wrapped.md"
    path.write_text(
        "---\ntitle: T\n---\nThe minister said the talks\nwould resume on Monday.\n\n"
        "- first item\n- second item\n\n| a | b |\n| 1 | 2 |\n\n    code line\n    more code\n"
    )
    body = read_file(path).articles[0].body
    assert body == (
        "The minister said the talks would resume on Monday.\n\n- first item\n- second item\n\n"
        "| a | b |\n| 1 | 2 |\n\n    code line\n    more code"
    )


def test_binary_empty_and_oversize(tmp_path):
    binary = tmp_path / "b.md"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    empty = tmp_path / "e.md"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.txt"
    blank.write_bytes(b" \n\n \n")
    big = tmp_path / "big.txt"
    big.write_bytes(b"Title\n\n" + b"word " * 500)
    assert reasons(binary) == ["binary file"]
    assert reasons(empty) == ["empty file"]
    assert reasons(blank) == ["empty file"]
    assert reasons(big, max_bytes=1000) == ["larger than 1 kB (2.5 kB): skipped"]
    assert read_file(big, max_bytes=1000).articles == ()
    assert len(read_file(big).articles) == 1


def test_unreadable_file(tmp_path):
    path = tmp_path / "locked.md"
    path.write_text("Title\n\nBody", encoding="utf-8")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as a user who can read mode-000 files (root)")
        assert reasons(path) == ["permission denied"]
    finally:
        path.chmod(0o644)


def test_permission_errors_become_warnings_even_as_root(tmp_path, monkeypatch):
    # Root reads mode-000 files, so the tests above skip there; this covers the same handling everywhere.
    path = tmp_path / "locked.md"
    path.write_text("Title\n\nBody", encoding="utf-8")
    (tmp_path / "sub").mkdir()

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("newsdesk.index.regularfile.open_regular", denied)
    assert reasons(path) == ["permission denied"]
    monkeypatch.setattr(os, "scandir", denied)
    warnings: list[ReadWarning] = []
    assert list(iter_desk_files(tmp_path, warn=warnings.append)) == []
    assert [str(w) for w in warnings] == ["warning: .: permission denied"]


def test_missing_file_and_unsupported_suffix(tmp_path):
    assert reasons(tmp_path / "gone.md") == ["file not found"]
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    assert reasons(tmp_path / "x.pdf") == ["not an article format newsdesk reads (.pdf)"]


def test_control_characters_and_ansi_escapes_are_stripped(tmp_path):
    path = tmp_path / "evil.txt"
    path.write_bytes(
        b"Title \x1b[31mred\x1b[0m\n\nBody\x07 with \x1b]0;pwned\x07osc, \x1b[2Jclear, \x00nul? no\ttab\x9b2J.\n"
    )
    # a NUL byte means binary; the same text without it is cleaned
    assert reasons(path) == ["binary file"]
    path.write_bytes(
        b"Title \x1b[31mred\x1b[0m\n\nBody\x07 with \x1b]0;pwned\x07osc, \x1b[2Jclear,\ttab.\x7f\n"
    )
    article = read_file(path).articles[0]
    assert (article.title, article.body) == ("Title red", "Body with osc, clear,\ttab.")
    assert clean_text("a\x9b2Jb\x85c\r\nd") == "abc\nd"


def test_escapes_decoded_by_yaml_and_json_are_stripped_too():
    md = read_text('---\ntitle: "A\\e[31mB"\n---\nBody', fmt="md", path="x.md").articles[0]
    assert md.title == "AB"
    js = read_text('{"title": "A\\u001b[2JB", "body": "x\\u0007y"}', fmt="json", path="x.json").articles[0]
    assert (js.title, js.body) == ("AB", "xy")


def test_rich_markup_is_kept_literally():
    article = read_text(
        "[bold]Title[/bold]\n\nHe said [red]x[/red] and [link=http://e.vil]y[/].", fmt="txt", path="r.txt"
    ).articles[0]
    assert article.title == "[bold]Title[/bold]"
    assert article.body == "He said [red]x[/red] and [link=http://e.vil]y[/]."


def test_decode_bytes_utf16_with_bom():
    decoded = decode_bytes("Hi there".encode("utf-16"))
    assert (decoded.text, decoded.warning) == ("Hi there", "not UTF-8: decoded as UTF-16")


# --- Walking a desk ---------------------------------------------------------------------------------------


def test_supported_suffixes():
    assert {".md", ".markdown", ".txt", ".html", ".htm", ".json"} == SUPPORTED_SUFFIXES
    assert is_supported(Path("a/README.md"))
    assert is_supported("X.HTML")
    assert not is_supported(".hidden.md")
    assert not is_supported("notes.pdf")


def test_desk_walk_sorted_hidden_skipped_symlinks_followed_loops_reported(tmp_path):
    desk = tmp_path / "desk"
    (desk / "b").mkdir(parents=True)
    (desk / ".newsdesk").mkdir()
    (desk / ".newsdesk" / "index.md").write_text("x")
    (desk / ".hidden.md").write_text("x")
    (desk / "b" / "z.md").write_text("x")
    (desk / "a.txt").write_text("x")
    (desk / "README.md").write_text("x")  # the desk's documentation, not an article
    (desk / "b" / "README.md").write_text("x")  # deeper down, an article like any other
    (desk / "image.png").write_bytes(b"x")
    outside = tmp_path / "outside.json"
    outside.write_text("{}")
    (desk / "linked.json").symlink_to(outside)
    (desk / "b" / "loop").symlink_to(desk, target_is_directory=True)
    (desk / "dangling.md").symlink_to(tmp_path / "nowhere.md")
    warnings: list[ReadWarning] = []
    found = [p.relative_to(desk).as_posix() for p in iter_desk_files(desk, warn=warnings.append)]
    assert found == ["a.txt", "b/README.md", "b/z.md", "linked.json"]
    assert sorted(str(w) for w in warnings) == [
        "warning: b/loop: symlink loop: skipped",
        "warning: dangling.md: broken symlink",
    ]


def test_desk_walk_unreadable_folder(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "a.md").write_text("x")
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            pytest.skip("running as a user who can read mode-000 folders (root)")
        warnings: list[ReadWarning] = []
        assert list(iter_desk_files(tmp_path, warn=warnings.append)) == []
        assert [str(w) for w in warnings] == ["warning: locked: permission denied"]
    finally:
        locked.chmod(0o755)


def test_desk_walk_of_missing_folder_warns():
    warnings: list[ReadWarning] = []
    assert list(iter_desk_files(Path("/nonexistent/desk"), warn=warnings.append)) == []
    assert [w.reason for w in warnings] == ["desk folder not found"]


# --- The shared corpora -----------------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.skipif(not (SHARED / "corpora").exists(), reason="needs /work/shared/corpora")
def test_every_corpus_file_reads_without_unexpected_warnings():
    counts: Counter[str] = Counter()
    articles = 0
    for folder in ("bbc", "reuters", "wikinews"):
        root = SHARED / "corpora" / folder
        for path in iter_desk_files(root, warn=lambda w: counts.update([w.reason])):
            result = read_file(path, root=root)
            articles += len(result.articles)
            counts.update(w.reason for w in result.warnings)
            for article in result.articles:
                assert article.title, path
                assert article.source in {"BBC News", "Reuters", "Wikinews"}, path
    for reason, count in counts.most_common():
        print(f"{count:6d}  {reason}")
    assert articles == 21_562
    assert counts == Counter()


def test_the_month_pattern_is_built_from_the_one_month_table() -> None:
    # Written out by hand in the dateline reader and in language/dates.py before (issue 13: one table).
    assert month_pattern() == (
        r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December"
        r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
    )
    pattern = re.compile(month_pattern("m"))
    assert [pattern.fullmatch(w) is not None for w in ("Sept.", "Sep", "May", "may", "Mai")] == [
        True, True, True, False, False,
    ]  # fmt: skip
    assert {pattern.fullmatch(w)["m"].rstrip(".").lower() for w in ("Sept.", "September")} <= MONTHS.keys()
