"""The desk's actors do not depend on the order the manifest lists its files (worker finish order)."""

from __future__ import annotations

import json
from pathlib import Path

from newsdesk.index.desk import Desk
from tests.conftest import write_desk

DESK = {
    "a.md": "---\ntitle: One\ndate: 1987-03-01\nsource: Test Wire\n---\n"
    "NEW YORK, March 1 - Shearson Lehman Brothers Inc said it expects higher profits this year.\n",
    "b.md": "---\ntitle: Two\ndate: 1987-03-02\nsource: Test Wire\n---\n"
    "NEW YORK, March 2 - Shearson Lehman Brothers said it will open an office in Tokyo.\n",
}


def test_a_joined_firm_keeps_its_name_whichever_file_the_manifest_lists_first(tmp_path: Path) -> None:
    desk = Desk(write_desk(tmp_path / "desk", DESK))
    desk.index()
    built = [(a.name, a.aliases) for a in desk.registry().actors()]
    assert built == [("Shearson Lehman Brothers Inc", ("Shearson Lehman Brothers",))]
    manifest = json.loads(desk.manifest_path.read_text(encoding="utf-8"))
    manifest["files"] = dict(reversed(list(manifest["files"].items())))  # as if b.md's worker ended first
    desk.manifest_path.write_text(json.dumps(manifest), encoding="utf-8")
    assert [(a.name, a.aliases) for a in desk._build_registry().actors()] == built
