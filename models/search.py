"""Full-text search over articles: one function for SQLite FTS5 and PostgreSQL.

The indexes are made by migration ``0002`` (see ``docs/schema.md``, "Full-text
search").  Every term of the query is routed by script:

* **Latin-script terms** (``interest``, ``"rate cut"``, ``AI``): whole words with
  English stemming (``rates`` finds ``rate``).  SQLite: ``articles_fts_words``
  (FTS5 ``porter unicode61``), ranked by bm25 with the title 10x the body.
  PostgreSQL: ``articles.fts_vector`` (``ts_rank_cd``, ``ts_headline``).
* **Terms with CJK characters, three or more characters** (``央行宣布``): substring
  match, no word segmentation needed.  SQLite: ``articles_fts`` (FTS5
  ``trigram``), bm25 when no Latin term ranks the query; PostgreSQL: the pairs
  of ``fts_cjk``, rechecked with ``ILIKE``.
* **CJK terms of one or two characters** (``央行``, ``股``).  PostgreSQL: the
  ``fts_cjk`` index of characters and character pairs (migration 0004, see
  :mod:`models.search_pg`), which also serves longer CJK terms.  SQLite: beside
  another term they filter its matches; on their own they are
  found by a substring scan over the newest articles first (ranked by recency),
  which stops at ``limit`` hits and never goes past the :data:`SHORT_SCAN_ROWS`-th
  newest article.  Common two-character words thus return the latest articles
  that contain them, quickly.

bm25 (SQLite) or ts_rank_cd (PostgreSQL) ranks the :data:`RANK_WINDOW` most recently archived matches
(all of them when there are fewer), so a very common term stays fast on a
large archive.

User text is escaped by default: whitespace separates terms, which must all
match (AND); ``"double quotes"`` keep a phrase together.  ``raw=True`` passes
the query to the engine as is: FTS5 syntax on SQLite (to the trigram table
when the query has CJK characters, else to the word table),
``websearch_to_tsquery`` syntax on PostgreSQL.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, and_, bindparam, column, func, literal_column, or_, select, table, text
from sqlalchemy.orm import Session

from models import query_text
from models.article import Article
from models.source import Source

#: Snippet highlight markers (plain text: the CLI prints them as they are).
MARK_START, MARK_END = "[", "]"
#: Articles looked at, newest first, for a query made only of 1-2 character terms.
SHORT_SCAN_ROWS = 200_000
#: SQLite: bm25 ranks at most this many matches, the most recently archived ones
#: (all of them when a query matches fewer).  Keeps common terms fast on large archives.
RANK_WINDOW = 2000
#: The same with ``source``/``since``/``until``: every match walked is checked against
#: its article row, and a selective filter means walking many matches per hit.
FILTERED_WINDOW = 500
#: The same when 1-2 character terms filter the matches (each check reads an article body).
SHORT_FILTER_WINDOW = 200
#: Characters around the first match in snippets made outside the database.
SNIPPET_CHARS = 60

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_TERMS = re.compile(r'"([^"]*)"|(\S+)')


@dataclass(frozen=True)
class Hit:
    """One search result."""

    article_id: int
    title: str | None
    url: str
    #: Name of the credited source, None when unknown.
    source: str | None
    published_at: datetime | None
    language: str | None
    #: Relevance, higher is better; comparable only within one result list
    #: (SQLite: -bm25; PostgreSQL: ts_rank_cd or substring hits; recency-only searches: 0).
    rank: float
    #: A short passage with the matches between ``[`` and ``]``.
    snippet: str

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["published_at"] = self.published_at.isoformat() if self.published_at else None
        return out


def parse_terms(query: str) -> list[str]:
    """Search terms of user text: whitespace-separated words and ``"quoted phrases"``.

    An unbalanced quote is closed at the end of the text; empty terms are dropped.
    """
    if query.count('"') % 2:
        query += '"'
    terms = [(m.group(1) if m.group(1) is not None else m.group(2)) for m in _TERMS.finditer(query)]
    return [t.strip() for t in terms if t and t.strip()]


def has_cjk(term: str) -> bool:
    return bool(_CJK.search(term))


def search(session: Session, query: str, *, source: str | None = None, since: datetime | None = None,
           until: datetime | None = None, limit: int = 20, raw: bool = False) -> list[Hit]:
    """Articles matching ``query``, best first.

    ``source`` is a source's name or one of its aliases; ``since``/``until`` bound
    ``published_at`` (inclusive, timezone-aware or UTC).  ``raw`` passes the
    query to the engine unescaped.  Raises ``ValueError`` for an empty query;
    a raw query the engine cannot parse raises the driver's error.
    """
    if not query or not query.strip():
        raise ValueError("empty search query")
    query = query_text.search_query(query, raw=raw)  # hostile text: same literal answer on both databases
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        return _search_sqlite(session, query, source=source, since=since, until=until, limit=limit, raw=raw)
    if dialect == "postgresql":
        return _search_pg(session, query, source=source, since=since, until=until, limit=limit, raw=raw)
    raise NotImplementedError(f"search is not implemented for {dialect}")


# --- shared -------------------------------------------------------------------------

def _filtered(stmt: Select[Any], *, source: str | None, since: datetime | None,
              until: datetime | None) -> Select[Any]:
    if source is not None:
        from models.store import source_filter

        stmt = stmt.where(source_filter(source))
    if since is not None:
        stmt = stmt.where(Article.published_at >= since)
    if until is not None:
        stmt = stmt.where(Article.published_at <= until)
    return stmt


def _hit_columns() -> list[Any]:
    return [Article.id, Article.title, Article.canonical_url, Source.name, Article.published_at,
            Article.language]


def _fts5_string(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _like_pattern(term: str) -> str:
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def make_snippet(text_: str | None, terms: list[str], *, width: int = SNIPPET_CHARS) -> str:
    """A passage of ``text_`` around the first of ``terms`` (case-insensitive),
    every term marked; the start of the text when none occurs."""
    if not text_:
        return ""
    low = text_.casefold()
    positions = [low.find(t.casefold()) for t in terms if t]
    found = [p for p in positions if p >= 0]
    first = min(found) if found else 0
    start = max(0, first - width)
    end = min(len(text_), first + width)
    passage = text_[start:end]
    for term in sorted({t for t in terms if t}, key=len, reverse=True):
        passage = re.sub(re.escape(term), lambda m: f"{MARK_START}{m.group(0)}{MARK_END}", passage,
                         flags=re.IGNORECASE)
    passage = " ".join(passage.split())
    return ("…" if start > 0 else "") + passage + ("…" if end < len(text_) else "")


def _short_scan(session: Session, terms: list[str], *, source: str | None, since: datetime | None,
                until: datetime | None, limit: int) -> list[Hit]:
    """Substring scan for queries whose terms are all too short for an index:
    newest first (the ``published_at`` index gives the order, so the scan stops
    at ``limit`` hits), never older than the :data:`SHORT_SCAN_ROWS`-th newest article."""
    dialect = session.get_bind().dialect.name
    conds = []
    for term in terms:
        if dialect == "sqlite":
            # instr() is case-sensitive; SQLite's lower() folds ASCII, enough for short Latin terms.
            t = term.lower()
            conds.append(or_(func.instr(func.lower(func.coalesce(Article.title, "")), t) > 0,
                             func.instr(func.lower(Article.body), t) > 0))
        else:
            pat = _like_pattern(term)
            conds.append(or_(Article.title.ilike(pat, escape="\\"), Article.body.ilike(pat, escape="\\")))
    cutoff = _scan_cutoff(session)
    stmt = (select(*_hit_columns(), Article.body)
            .outerjoin(Source, Source.id == Article.source_id)
            .where(and_(*conds)))
    if cutoff is not None:
        stmt = stmt.where(Article.published_at >= cutoff)
    stmt = _filtered(stmt, source=source, since=since, until=until)
    order = Article.published_at.desc().nulls_last() if dialect == "postgresql" else Article.published_at.desc()
    stmt = stmt.order_by(order, Article.id.desc()).limit(limit)
    return [Hit(aid, title, url, src, pub, lang, 0.0, make_snippet(body, terms))
            for aid, title, url, src, pub, lang, body in session.execute(stmt)]


#: The published_at of the SHORT_SCAN_ROWS-th newest article, per database, with the
#: highest article id when it was found: ``{url: (max_id, cutoff)}``.
_CUTOFFS: dict[str, tuple[int, Any]] = {}
#: New articles after which the cutoff is looked up again (finding it walks
#: SHORT_SCAN_ROWS index entries; until then it moves by at most this many articles).
CUTOFF_REFRESH = 1000


def _scan_cutoff(session: Session) -> Any:
    """``published_at`` of the :data:`SHORT_SCAN_ROWS`-th newest article (None when
    there are fewer), remembered until :data:`CUTOFF_REFRESH` articles were added."""
    key = str(session.get_bind().url)
    max_id = session.scalar(select(func.max(Article.id))) or 0
    known = _CUTOFFS.get(key)
    if known is not None and 0 <= max_id - known[0] < CUTOFF_REFRESH:
        return known[1]
    cutoff = session.scalar(select(Article.published_at).where(Article.published_at.is_not(None))
                            .order_by(Article.published_at.desc()).offset(SHORT_SCAN_ROWS).limit(1))
    _CUTOFFS[key] = (max_id, cutoff)
    return cutoff


# --- SQLite -------------------------------------------------------------------------

def _search_sqlite(session: Session, query: str, *, source: str | None, since: datetime | None,
                   until: datetime | None, limit: int, raw: bool) -> list[Hit]:
    params: dict[str, Any] = {}
    matched = _sqlite_match(query, raw, params)
    if matched is None:  # only 1-2 character CJK terms
        return _short_scan(session, parse_terms(query), source=source, since=since, until=until, limit=limit)
    fts, extra, short = matched
    for i, term in enumerate(short):
        extra.append(f"(instr(coalesce(a.title, ''), :s{i}) > 0 OR instr(a.body, :s{i}) > 0)")
        params[f"s{i}"] = term
    binds = _sqlite_filters(extra, params, source=source, since=since, until=until)
    # Step 1: rank the newest RANK_WINDOW matches.  The FTS table drives (CROSS JOIN
    # fixes the join order: an index on published_at would otherwise probe the FTS
    # index once per recent article); FTS5 walks rowids backwards and stops there,
    # so bm25 is never computed for every row of a very common term.
    join = "CROSS JOIN articles a ON a.id = f.rowid" if (short or source or since or until) else ""
    window = text(f"""
        SELECT id, rank FROM (
            SELECT f.rowid AS id, f.rank AS rank FROM {fts} AS f {join}
            WHERE {fts} MATCH :m {''.join(' AND ' + c for c in extra)}
            ORDER BY f.rowid DESC LIMIT :window)
        ORDER BY rank, id DESC LIMIT :limit""").bindparams(*binds)
    size = SHORT_FILTER_WINDOW if short else FILTERED_WINDOW if join else RANK_WINDOW
    params.update(window=size, limit=limit)
    top = session.execute(window, params).all()
    return _sqlite_hits(session, fts, params["m"], top) if top else []


def _sqlite_match(query: str, raw: bool, params: dict[str, Any]) -> tuple[str, list[str], list[str]] | None:
    """The FTS table to match, extra conditions and the short CJK terms of a query
    (``params["m"]`` set); None when no term can use an index."""
    if raw:
        # Raw FTS5 syntax goes to one table: trigrams when it has CJK text, else words.
        params["m"] = query
        return ("articles_fts" if has_cjk(query) else "articles_fts_words"), [], []
    terms = parse_terms(query)
    if not terms:
        raise ValueError("empty search query")
    latin = [t for t in terms if not has_cjk(t)]
    cjk = [t for t in terms if has_cjk(t) and len(t) >= 3]
    short = [t for t in terms if has_cjk(t) and len(t) < 3]
    if latin:
        # Words (stemmed) rank; CJK terms must also match, in the trigram index.
        params["m"] = " ".join(_fts5_string(t) for t in latin)
        extra = []
        if cjk:
            extra.append("f.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH :m2)")
            params["m2"] = " ".join(_fts5_string(t) for t in cjk)
        return "articles_fts_words", extra, short
    if cjk:
        params["m"] = " ".join(_fts5_string(t) for t in cjk)
        return "articles_fts", [], short
    return None


def _sqlite_filters(extra: list[str], params: dict[str, Any], *, source: str | None, since: datetime | None,
                    until: datetime | None) -> list[Any]:
    """Add the source and date conditions to ``extra``/``params``; returns the typed binds."""
    if source is not None:
        # The source's canonical name or any of its aliases (models.source.source_key).
        from models.source import source_key

        extra.append("a.source_id IN (SELECT id FROM sources WHERE name = :source "
                     "UNION SELECT source_id FROM source_aliases WHERE key = :source_key)")
        params["source"] = source
        params["source_key"] = source_key(source)
    binds = []
    for name, value, op in (("since", since, ">="), ("until", until, "<=")):
        if value is not None:
            extra.append(f"a.published_at {op} :{name}")
            params[name] = value
            binds.append(bindparam(name, type_=Article.__table__.c.published_at.type))
    return binds


def _sqlite_hits(session: Session, fts: str, match: str, top: list[Any]) -> list[Hit]:
    """Rows and snippets of the ranked hits only.  Snippets come from the body
    (column 1): the title is shown beside them, so a title snippet says nothing new."""
    ids = [aid for aid, _ in top]
    details = {row[0]: row for row in session.execute(
        select(*_hit_columns(), func.snippet(literal_column(fts), 1, MARK_START, MARK_END, "…", 32))
        .select_from(table(fts, column("rowid")))
        .join(Article, Article.id == literal_column(f"{fts}.rowid"))
        .outerjoin(Source, Source.id == Article.source_id)
        .where(literal_column(fts).op("MATCH")(match), literal_column(f"{fts}.rowid").in_(ids)))}
    hits = []
    for aid, rank in top:
        _, title, url, src, pub, lang, snippet = details[aid]
        hits.append(Hit(aid, title, url, src, pub, lang, -float(rank), snippet))
    return hits


# --- PostgreSQL: models/search_pg.py -------------------------------------------------

def _search_pg(session: Session, query: str, **kw: Any) -> list[Hit]:
    from models.search_pg import search_pg

    return search_pg(session, query, **kw)
