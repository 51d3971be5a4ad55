"""The search engine: the only package that imports whoosh.

For a UI (through `newsdesk.index.desk.Desk`, which forwards to `store.Store`):

- `search_page(query, offset=0, limit=50, sort="relevance" | "date")` -> `results.ResultPage`:
  `total` (every match), `hits` (each a `results.Hit` with title, date, snippet with « » marks,
  hit count; a statement hit also speaker, actor, cue, kind, quote and `span` in `Article.text`),
  `statements` (the hits are statements), `cut_short` (None, or one line saying why the time
  limit stopped the search: show it next to the results).
- `highlights(key, query, start=0, limit=1000)` -> `results.Highlights`: spans in `Article.text`
  of what the query matched (phrases as one span, statements for statement queries), at most
  `limit` from `start` on, `total` counted up to 20,000 (`capped` beyond).
- A query that cannot run raises `syntax.QueryError` (also importable from `store`): its message is
  one line for the search bar. `syntax.MAX_QUERY_CHARS` is the longest query accepted.

Modules: `store` (the index), `ranking` (BM25F ranking on a deadline), `syntax` (query checks),
`snippets` (hits in text), `results` (the values above), `persisted` (classes pickled into the
index: never move them), `whoosh_internals` (every use of whoosh's private API, version-checked).
"""
