"""Evaluation desks: the shared corpora split in two by a stable hash of each article id, indexed per build.

    .venv/bin/python tests/eval/desks.py [--split tune|heldout|both] [--desks politics,reuters] [--work DIR]

- Split: an article goes to TUNE when the first byte of sha1(id) is even, else to HELD-OUT. Ids are the
  file names without `.md` (the corpora's `id:` field), so the split never depends on a build.
- Desks per half: `politics` = Wikinews + BBC politics (the 711 articles the issue measured on);
  `reuters` = Reuters-21578. BBC business is left out: its speakers are companies and ministers already
  well covered by Reuters, and the issue's figures were measured without it.
- Files are hard-linked (copied when the file system refuses) into WORK/desks/<split>-<desk>/, never
  symlinked. A desk folder is rebuilt only when its file list or content changes.
- Each desk is indexed by the product's own CLI (`newsdesk index DESK --data DATA`) into
  WORK/data/<build>/<split>-<desk>/, where <build> hashes the source of the installed `newsdesk.index`
  package: a new build gets a fresh index, an unchanged build reuses the one it made.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPORA = ROOT.parent / "shared" / "corpora"
WORK = Path(os.environ.get("NEWSDESK_EVAL_WORK", "/tmp/eval-desks"))
SPLITS = ("tune", "heldout")
DESKS: dict[str, tuple[tuple[str, str], ...]] = {
    # desk -> (corpus folder, file-name prefix)
    "politics": (("wikinews", "wikinews-"), ("bbc", "bbc-politics-")),
    "reuters": (("reuters", "reuters-"),),
}
KEEP_BUILDS = 4  # index folders of older builds are removed beyond this many


def split_of(article_id: str) -> str:
    """TUNE or HELD-OUT for an article id: parity of the first byte of its sha1."""
    return "tune" if hashlib.sha1(article_id.encode("utf-8")).digest()[0] % 2 == 0 else "heldout"


def corpus_files(desk: str, corpora: Path = CORPORA) -> list[Path]:
    """Every corpus file of a desk, both halves, sorted by name."""
    out: list[Path] = []
    for folder, prefix in DESKS[desk]:
        out.extend(sorted((corpora / folder).glob(f"{prefix}*.md")))
    return out


def desk_files(split: str, desk: str, corpora: Path = CORPORA) -> list[Path]:
    """The corpus files of one half of one desk."""
    return [p for p in corpus_files(desk, corpora) if split_of(p.stem) == split]


def build_key(package_dir: Path | None = None) -> str:
    """A short hash of the product's engine source (every file under newsdesk.index): one per build."""
    if package_dir is None:
        import newsdesk.index

        package_dir = Path(next(iter(newsdesk.index.__path__)))
    digest = hashlib.sha1()
    for p in sorted(package_dir.rglob("*")):
        if p.is_file() and "__pycache__" not in p.parts and p.suffix in {".py", ".yaml", ".yml", ".json"}:
            digest.update(p.relative_to(package_dir).as_posix().encode())
            digest.update(b"\0")
            digest.update(p.read_bytes())
            digest.update(b"\0")
    return digest.hexdigest()[:12]


def git_head() -> str:
    """`git rev-parse --short HEAD` of this repo plus '+dirty' when index/ has changes ('?' without git)."""
    try:
        head = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(ROOT), "status", "--porcelain", "--", "index"], capture_output=True, text=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "?"
    return head + ("+dirty" if dirty else "")


@dataclass(frozen=True, slots=True)
class EvalDesk:
    """One indexed evaluation desk."""

    split: str
    name: str
    folder: Path
    data: Path
    build: str

    @property
    def label(self) -> str:
        """`tune-politics` and the like."""
        return f"{self.split}-{self.name}"


def _content_stamp(files: list[Path]) -> str:
    digest = hashlib.sha1()
    for p in files:
        st = p.stat()
        digest.update(f"{p.name}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def make_desk_folder(split: str, desk: str, work: Path = WORK, corpora: Path = CORPORA) -> Path:
    """Hard-link (or copy) one half of a desk into WORK/desks/<split>-<desk>/; unchanged desks are kept."""
    files = desk_files(split, desk, corpora)
    folder = work / "desks" / f"{split}-{desk}"
    stamp = _content_stamp(files)
    stamp_file = work / "desks" / f".{split}-{desk}.stamp"
    if folder.is_dir() and stamp_file.exists() and stamp_file.read_text() == stamp:
        return folder
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    for src in files:
        dst = folder / src.name
        try:
            os.link(src, dst)
        except OSError:
            shutil.copy2(src, dst)
    stamp_file.write_text(stamp)
    return folder


def index_desk(folder: Path, data: Path) -> None:
    """Index with the product's CLI (incremental: a second run costs a stat per file)."""
    cmd = [
        sys.executable,
        "-m",
        "newsdesk.tui.cli",
        "index",
        str(folder),
        "--data",
        str(data),
        "--wait",
        "600",
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"indexing {folder} failed ({proc.returncode}): {proc.stderr.strip()[-2000:]}")
    last = [
        line for line in proc.stdout.splitlines() + proc.stderr.splitlines() if line.startswith("indexed")
    ]
    if last:
        print(f"  {folder.name}: {last[-1]}", file=sys.stderr)


def _prune_builds(work: Path, keep: str) -> None:
    root = work / "data"
    if not root.is_dir():
        return
    builds = sorted((p for p in root.iterdir() if p.is_dir()), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in [b for b in builds if b.name != keep][KEEP_BUILDS - 1 :]:
        shutil.rmtree(old, ignore_errors=True)


def ensure_desks(
    splits: tuple[str, ...], desks: tuple[str, ...], work: Path = WORK, corpora: Path = CORPORA
) -> list[EvalDesk]:
    """Every requested desk, built and indexed with the current build."""
    build = build_key()
    out = []
    for split in splits:
        for desk in desks:
            folder = make_desk_folder(split, desk, work, corpora)
            data = work / "data" / build / f"{split}-{desk}"
            index_desk(folder, data)
            out.append(EvalDesk(split, desk, folder, data, build))
    os.utime(work / "data" / build)
    _prune_builds(work, build)
    return out


def parse_list(value: str, allowed: tuple[str, ...], what: str) -> tuple[str, ...]:
    """A comma list checked against the allowed names."""
    items = tuple(v.strip() for v in value.split(",") if v.strip())
    bad = [v for v in items if v not in allowed]
    if bad or not items:
        raise SystemExit(f"unknown {what}: {', '.join(bad) or value!r} (choose from {', '.join(allowed)})")
    return items


def main(argv: list[str] | None = None) -> int:
    """Build and index the requested desks; print where they are."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="both", help="tune, heldout or both")
    ap.add_argument("--desks", default="politics,reuters")
    ap.add_argument("--work", type=Path, default=WORK)
    args = ap.parse_args(argv)
    if not CORPORA.is_dir():
        print(f"no corpora at {CORPORA}", file=sys.stderr)
        return 1
    splits = SPLITS if args.split == "both" else parse_list(args.split, SPLITS, "split")
    for d in ensure_desks(splits, parse_list(args.desks, tuple(DESKS), "desk"), args.work):
        n = sum(1 for _ in d.folder.glob("*.md"))
        print(f"{d.label}: {n} articles  desk {d.folder}  data {d.data}  build {d.build} ({git_head()})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
