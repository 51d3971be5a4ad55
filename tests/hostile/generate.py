"""A desk of hostile files, generated at test time (nothing binary is committed).

Each bad file must cost one warning line naming it, and nothing else: no hang, no crash, no escape
sequence on the terminal. The good files around them, some with hostile names, must be indexed.

Run it by hand to get a desk to try the TUI or the CLI on: python -m tests.hostile.generate DIR
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from tests.conftest import ARTICLES

# A "billion laughs": nine levels of nine aliases, under 600 bytes, ~10^9 strings once expanded.
ALIAS_BOMB = "lol: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"l{n}: &{chr(98 + n)} [{', '.join([f'*{chr(97 + n)}'] * 9)}]\n" for n in range(8)
)
OSC_TITLE = "\x1b]0;pwned\x07"  # sets the terminal window's title
OSC_CLIPBOARD = "\x1b]52;c;cm0gLXJmIH4=\x07"  # writes "rm -rf ~" to the clipboard
RTL_OVERRIDE = "\u202e"


@dataclass
class HostileDesk:
    """The folder, the bad files (shown name -> a word of the warning's reason) and the good ones."""

    folder: Path
    outside: Path
    bad: dict[str, str] = field(default_factory=dict)
    good: list[str] = field(default_factory=list)


def _write(folder: Path, name: str | bytes, data: str | bytes) -> None:
    path = os.path.join(os.fsencode(folder), os.fsencode(name))
    with open(path, "wb") as handle:
        handle.write(data.encode("utf-8") if isinstance(data, str) else data)


def _article(title: str, body: str, front: str = "") -> str:
    return f"---\n{front}title: {title!r}\n---\n{body}\n" if front or title else body


def write_hostile_desk(root: Path) -> HostileDesk:
    """Write the hostile desk under `root` (the desk is root/desk) and say what each file should cost."""
    folder = root / "desk"
    folder.mkdir(parents=True)
    outside = root / "outside"
    outside.mkdir()
    desk = HostileDesk(folder, outside)

    def good(name: str, text: str | bytes) -> None:
        _write(folder, name, text)
        desk.good.append(name)

    def bad(name: str | bytes, shown: str, reason: str, data: str | bytes) -> None:
        _write(folder, name, data)
        desk.bad[shown] = reason

    for rel, text in ARTICLES.items():
        good(rel.replace("/", "-"), text)
    (folder / "README.md").write_text("# About this desk\n\nNot an article.\n")
    # Good articles with hostile names or text: indexed, and never an escape sequence on screen.
    good(f"{OSC_TITLE}window.md", f"Window title\n\nThe minister said {OSC_CLIPBOARD}the talks went well.\n")
    good("new\nline.md", "Newline name\n\nA file name may hold a newline, Varga said.\n")
    good(f"report{RTL_OVERRIDE}dm.exe.txt", "Override\n\nThe name reads backwards on screen.\n")
    good("--help.md", "Dashes\n\nA name that looks like an option.\n")
    good("one-line.txt", "Headline " + "and the minister said yes " * 80_000)  # 2 MB, no newline
    good("dense-quotes.txt", "Quotes\n\n" + 'He said "x", ' * 80_000)  # 1 MB of quotation marks
    good("latin1.txt", "Caf\xe9 society\n\nThe caf\xe9 said \u201cno\u201d.\n".encode("cp1252"))
    desk.bad["latin1.txt"] = "not UTF-8"

    # Bad files: one warning each.
    bomb = _article("Bomb", "The body is still read.", ALIAS_BOMB)
    bad("yaml-bomb.md", "yaml-bomb.md", "aliases", bomb)
    bad("yaml-set.md", "yaml-set.md", "!!set", "---\ntags: !!set {a, b}\n---\nBody.\n")
    bad(
        "yaml-python.md",
        "yaml-python.md",
        "not allowed",
        "---\nx: !!python/object/apply:os.system [id]\n---\nBody.\n",
    )
    bad("yaml-deep.md", "yaml-deep.md", "nest", "---\nx: " + "[" * 5000 + "]" * 5000 + "\n---\nBody.\n")
    bad(b"bad-\xff\xfe.md", "bad-\\xff\\xfe.md", "not valid UTF-8", "Bad name\n\nBody.\n")
    bad("nul.txt", "nul.txt", "binary", b"Title\n\n\x00\x01\x02" * 1000)
    bad("empty.md", "empty.md", "empty", "")
    bad("blank.txt", "blank.txt", "empty", " \n\t\n" * 100)
    bad("broken.json", "broken.json", "broken JSON", '{"title": "x", "body": ')
    bad("deep.json", "deep.json", "nested", '{"body": "text", "meta": ' + "[" * 900 + "]" * 900 + "}")
    bad("deeper.json", "deeper.json", "nested", "[" * 100_000 + "]" * 100_000)
    bad("bigint.json", "bigint.json", "digits", '{"body": "text", "n": ' + "7" * 5000 + "}")
    bad("list.json", "list.json", "not an article", "42")
    nested = "<html><body>" + "<div>" * 50_000 + "deep text" + "</div>" * 50_000 + "</body></html>"
    bad("nested.html", "nested.html", "no text", nested)
    entities = "".join(f'<!ENTITY e{n} "{f"&e{n - 1};" * 10}">' for n in range(1, 10))
    laughs = f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY e0 "lol">{entities}]><html><body><p>&e9;</p></body></html>'
    good("laughs.html", laughs)  # read as its title: the HTML parser never expands the entities
    with open(folder / "huge.txt", "wb") as handle:  # 10 GB, sparse: turned away by its size alone
        handle.truncate(10_000_000_000)
    desk.bad["huge.txt"] = "larger than 5 MB"
    os.mkfifo(folder / "fifo.md")
    desk.bad["fifo.md"] = "FIFO"
    (folder / "zero.txt").symlink_to("/dev/zero")
    desk.bad["zero.txt"] = "character device"
    (folder / "dangling.md").symlink_to(root / "nowhere.md")
    desk.bad["dangling.md"] = "broken symlink"
    (folder / "loop").symlink_to(folder, target_is_directory=True)
    desk.bad["loop"] = "symlink loop"
    deep = folder.joinpath(*["d"] * 300)
    deep.mkdir(parents=True)
    (deep / "bottom.md").write_text("Bottom\n\nFound three hundred folders down.\n")
    desk.good.append("/".join(["d"] * 300 + ["bottom.md"]))

    # A file linked from outside the desk: indexed, said once per run.
    (outside / "secret.txt").write_text("Secret\n\nThis file lives outside the desk.\n")
    (folder / "secret.txt").symlink_to(outside / "secret.txt")
    desk.good.append("secret.txt")

    # The desk's own actors file: names that try to drive the terminal.
    (folder / "actors.yaml").write_text(
        "actors:\n"
        f"  - {{name: {json.dumps('Ilse ' + OSC_TITLE + 'Varga')}, kind: person, aliases: [Varga], "
        f"affiliation: {json.dumps('Kestrel ' + RTL_OVERRIDE + 'Federation')}}}\n"
    )
    return desk


if __name__ == "__main__":
    made = write_hostile_desk(Path(sys.argv[1]))
    print(f"{made.folder}: {len(made.good)} good files, {len(made.bad)} bad ones")
