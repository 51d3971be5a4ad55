"""Quote extraction: who said what in one article, as `Statement`s with offsets into `Article.text`.

First simple version: direct quotes attributed by a speech verb right after or before them.
"""

from __future__ import annotations

import re

from index.actors import Gazetteer, load_gazetteer
from index.model import Article, Statement

_QUOTE = re.compile(r"[\"“«]([^\"”»\n]{3,}?)[\"”»]")
_AFTER = re.compile(r"\s*,?\s*(?:([A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*|he|she|they|it) (said|says|told|added)|(said|says|told|added) ([A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*))")


def extract_statements(article: Article, *, gazetteer: Gazetteer | None = None) -> list[Statement]:
    """Every statement in the article: direct, mixed and indirect, with speaker and actor."""
    gazetteer = gazetteer or load_gazetteer()
    text = article.text
    out: list[Statement] = []
    for m in _QUOTE.finditer(text):
        after = _AFTER.match(text, m.end())
        if not after:
            continue
        speaker = after.group(1) or after.group(4)
        cue = after.group(2) or after.group(3)
        s_start = after.start(1) if after.group(1) else after.start(4)
        known = gazetteer.lookup(speaker)
        out.append(
            Statement(
                quote=m.group(0),
                start=m.start(),
                end=m.end(),
                kind="direct",
                cue=cue,
                cue_lemma={"said": "say", "says": "say", "told": "tell", "added": "add"}[cue],
                speaker=speaker,
                speaker_start=s_start,
                speaker_end=s_start + len(speaker),
                actor=known.name if known else speaker,
                actor_kind=known.kind if known else "person",
                why=f'cue "{cue}" after quote',
                fragments=(m.group(0),),
                spans=((m.start(), m.end()),),
            )
        )
    return out
