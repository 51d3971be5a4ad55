"""The query syntax as the help screen explains it (the README's "Query language", as rows)."""

from __future__ import annotations

# (what you type, what it finds): one row each, in the order a person learns them.
QUERY_SYNTAX: tuple[tuple[str, str], ...] = (
    ("guarantees troops", "articles with both words (title and body; the title counts double)"),
    ("oil OR gas, oil NOT gas", "either word / the first without the second; AND, ANDNOT, ( ) group"),
    ('"security guarantees"', 'the phrase, word for word ("a b"~2: within two words of each other)'),
    ("guarant*", "a prefix: guarantee, guarantees, guaranteed (3 letters or more)"),
    ("gu?rantee, *rantee", "wildcards: ? one letter, * any letters"),
    ("guarentee~, guarentee~2", "fuzzy: one (two) letters off; the first two letters must match"),
    ("title:pipeline", "a word in one field: title, body, source, author, tag"),
    ("source:reuters, author:petrov", "an outlet / an author (from the front matter)"),
    ("date:2025-08, date:2025-08-20", "a month, a day (or a year: date:2025)"),
    ("date:[2025-08-01 to 2025-08-31]", "a date range (the earlier date first; an end may be left open)"),
    ("date:yesterday, date:[-7 days to now]", "relative dates: -1 month, -2 years; whole days from today"),
    ("actor:blair", "statements (not articles) by a desk actor: the results list who said what"),
    ('speaker:"Mr Blair"', "statements by the speaker as the text names them"),
    ("cue:warned, kind:direct", "statements by cue verb; kind: direct, indirect or mixed"),
    (
        "quote:troops, actor:lavrov kind:direct guarantees",
        "words of the quote; plain words search the quote too",
    ),
    ("word^2, REQUIRE, ANDMAYBE", "boost a word; require / prefer the second part"),
    ("*", "every article"),
)

NOTES = (
    "A query names article fields or statement fields, not both. Results come a page at a time "
    "(more as you scroll); one that cannot run says why under the search bar. One-letter and "
    "common words (the, of, and) are not indexed."
)
