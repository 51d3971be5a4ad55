"""Quote extraction: who said what in one article, as `Statement`s with offsets into `Article.text`.

Pure rules, no parser: paragraphs and sentences are cut with quotation marks kept whole, every cue
word (newsdesk.index.language.cues) outside quotation marks opens a candidate attribution, and the words around it give
the speaker (newsdesk.index.language.speakers) and the content: a quotation right before or after the cue clause
(direct), or the clause the cue governs (indirect; mixed when it holds quoted words). Pronouns and
nominals ("he", "the minister") resolve to the most recent compatible named actor.

The package, one module per step: `extract` (paragraphs and sentences), `sentence` (one sentence's cues),
`finite` and `according` (what a cue reports), `passive` (a passive with its agent: "announced by X"), `content` (where reported words start and stop),
`predicates`, `asked`, `lone` and `headline` (statements without a cue of the usual kind), and `patterns`
(the scanning patterns the steps share).
"""

from newsdesk.index.language.drafts import Extraction
from newsdesk.index.language.quotes.extract import extract, extract_statements

__all__ = ["Extraction", "extract", "extract_statements"]
