"""Quote extraction on text made of quotation marks stays linear (issue 12, item 5)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from newsdesk.index.language.quotemarks import Quotation
from newsdesk.index.language.quotes import extract_statements
from newsdesk.index.model import Article
from tests.conftest import ROOT


def test_splitting_a_clause_off_compares_no_quotations(monkeypatch: pytest.MonkeyPatch) -> None:
    # ", and Varga said" splits the minister's content; the 2,000 quotations after it moved to Varga
    # by comparing every one with every other (4M dataclass comparisons, 15M at 32 KB).
    compared = 0
    original = Quotation.__eq__

    def counting(self: Quotation, other: object) -> bool:
        nonlocal compared
        compared += 1
        return original(self, other)

    monkeypatch.setattr(Quotation, "__eq__", counting)
    body = "The minister said the plan was fine, and Varga said" + ' "a"' * 2000 + ' it was "ok".'
    statements = extract_statements(Article(key="k", path="k", title="T", body=body))
    assert [(s.speaker, s.cue) for s in statements] == [("The minister", "said"), ("Varga", "said")]
    assert compared < 100


DENSE = [
    'He said "x", ',  # a quotation per attribution, ever further from the last statement's end
    'The minister said "yes", and Varga said ',
    ' "a"',  # one clause holding every quotation
    '"',
    'Varga said "yes". ',  # a transcript on one line: every sentence tested every quotation
    'Varga said "yes".\n\n',  # dating blanked every statement's content for every statement
]


def test_a_quarter_megabyte_of_dense_quotation_marks_is_extracted_and_dated_without_hanging() -> None:
    # A guard against a hang, not a speed target (bench/bench_quotes.py measures speed): 256 KB of
    # the first kind took 13 s before (1 MB: 364 s), 150 KB of the last two ~50 s; linear
    # extraction and dating take about a second for all six.
    code = textwrap.dedent(
        f"""
        import datetime
        from newsdesk.index.language.dates import date_statements
        from newsdesk.index.language.quotes import extract_statements
        from newsdesk.index.model import Article
        for unit in {DENSE!r}:
            body = "On Monday the minister said the plan was fine, and Varga said" + unit * (256_000 // len(unit))
            article = Article(key="k", path="k", title="T", body=body, date=datetime.date(2025, 1, 6))
            statements = date_statements(article, extract_statements(article))
            print(len(statements))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=30, check=True
    )
    assert [int(n) >= 1 for n in done.stdout.split()] == [True] * len(DENSE)
