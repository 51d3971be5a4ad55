"""Shared fixtures: small hand-made desks written into tmp folders."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newsdesk.index.actors.mentions import MentionRecord
from newsdesk.index.language.resolve import Who, actor_key

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

ARTICLES = {
    "2025/2025-08-20-guarantees.md": """---
title: "Allies weigh security guarantees"
date: 2025-08-20
source: "Meridian Wire"
author: "Ana Petrov"
tags: [security, talks]
---
Foreign Minister Ilse Varga said on Monday that the guarantees "must be subject to consensus".

"We will not accept foreign troops," Varga told reporters. Oil prices rose sharply.
""",
    "2025/2025-08-25-pipeline.md": """---
title: "Pipeline talks stall"
date: 2025-08-25
source: "The Courier"
tags: energy
---
Talks on the gas pipeline stalled on Monday, according to two diplomats briefed on the discussions.

The energy minister, Tomas Reyes, said the pipeline was "not negotiable".
""",
    "notes/undated.md": """---
title: "Background: the river dispute"
source: "Blog"
---
The dispute over the river dates back decades. Markup like [bold]this[/bold] must stay literal.
""",
}


def write_desk(folder: Path, articles: dict[str, str] | None = None) -> Path:
    """Write `articles` (relative path -> text) under `folder` and return it."""
    for rel, text in (articles or ARTICLES).items():
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(autouse=True)
def _own_user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test gets its own user data and config folders (XDG), never the real user's.

    The suite runs in parallel (pytest-xdist): two tests that used the same default data folder (the
    sample desk's index, the user's config.yaml) would race; subprocesses inherit these too.
    """
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.delenv("NEWSDESK_DATA", raising=False)


@pytest.fixture
def desk_dir(tmp_path: Path) -> Path:
    """A small desk of three Markdown articles."""
    return write_desk(tmp_path / "desk")


@pytest.fixture
def cli_env(tmp_path: Path) -> dict[str, str]:
    """Environment for CLI subprocesses: no user data dir pollution, repo importable."""
    env = dict(os.environ)
    env.pop("NEWSDESK_DATA", None)
    env["PYTHONPATH"] = str(ROOT)
    env["XDG_DATA_HOME"] = str(tmp_path / "xdg")
    return env


def mention_record(
    article: str,
    name: str,
    kind: str = "person",
    role: str | None = None,
    affiliation: str | None = None,
    surface: str | None = None,
    gender: str | None = None,
    date: str | None = None,
    source: str | None = "BBC",
) -> MentionRecord:
    """A mention record keyed the way extraction keys it (a bare surname is article-scoped)."""
    key = actor_key(Who(name, kind, role, affiliation, gender), article)  # type: ignore[arg-type]
    assert key is not None
    return MentionRecord(article, key, name, kind, role, affiliation, date, surface or name, gender, source)  # type: ignore[arg-type]
