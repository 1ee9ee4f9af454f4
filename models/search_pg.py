"""PostgreSQL side of :func:`models.search.search`.

Latin-script terms use ``articles.fts_vector`` (English stemming, migration 0002);
CJK terms use ``articles.fts_cjk`` (migration 0004): every CJK character and every
pair of adjacent ones is a lexeme, so a one- or two-character Chinese word is one
GIN lookup and a longer one is the AND of its pairs, rechecked by substring (the
pairs may occur apart).  Like SQLite's, ranking looks only at the
:data:`~models.search.RANK_WINDOW` most recently archived matches (fewer with
filters), and those are looked for among the newest :data:`SPANS` articles first,
so a term found in half the archive costs a window, not the archive.
"""

from __future__ import annotations

import re
from dataclasses import asdict
from datetime import datetime
from typing import Any

from sqlalchemy import and_, case, cast, func, literal, literal_column, or_, select, text
from sqlalchemy.dialects.postgresql import TSQUERY
from sqlalchemy.orm import Session

from models.article import Article
from models.source import Source

_PG_CONFIG = literal_column("'english'::regconfig")
#: Matches are looked for among the newest N articles (by id) first, then 8x more,
#: then all, until ``limit`` hits are found: a GIN bitmap ANDed with an id range
#: visits at most N rows, however common the term.
SPANS = (5_000, 40_000, 320_000, None)
_CJK_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+")


def cjk_lexemes(term: str) -> list[str]:
    """Lexemes of ``fts_cjk`` a term needs: each CJK run's adjacent pairs (its one
    character when it has one)."""
    out: list[str] = []
    for run in _CJK_RUN.findall(term):
        grams = [run] if len(run) == 1 else [run[i:i + 2] for i in range(len(run) - 1)]
        out += [g for g in grams if g not in out]
    return out


def _tsquery_text(lexemes: list[str]) -> str:
    return " & ".join("'" + lex.replace("\\", "\\\\").replace("'", "''") + "'" for lex in lexemes)


def _contains(col: Any, term: str) -> Any:
    """``term`` occurs in ``col``: strpos for text without case (CJK), far cheaper than
    ILIKE on multibyte text, and not an index condition: the pairs index already found
    the rows, scanning pg_trgm's long posting lists of common trigrams again only costs;
    ILIKE otherwise (``A股``)."""
    from models.search import _like_pattern

    if term.lower() == term.upper():
        return func.strpos(col, term) > 0
    return col.ilike(_like_pattern(term), escape="\\")


def _conditions(terms: list[str], raw_query: str | None) -> tuple[list[Any], Any, Any, list[str]]:
    """``(where conditions, rank expression, Latin tsquery or None, CJK terms)``."""
    from models.search import has_cjk

    vector, cjk_vector = literal_column("articles.fts_vector"), literal_column("articles.fts_cjk")
    conds: list[Any] = []
    rank: Any = literal(0.0)
    tsq = None
    if raw_query is not None:
        tsq = func.websearch_to_tsquery(_PG_CONFIG, raw_query)
        latin, cjk = [], []
    else:
        latin = [t for t in terms if not has_cjk(t)]
        cjk = [t for t in terms if has_cjk(t)]
        for term in latin:  # phraseto_tsquery keeps a quoted phrase's words adjacent
            part = func.phraseto_tsquery(_PG_CONFIG, term)
            tsq = part if tsq is None else tsq.op("&&")(part)
    if tsq is not None:
        conds.append(vector.op("@@")(tsq))
        rank = func.ts_rank_cd(vector, tsq)
    lexemes = [lex for t in cjk for lex in cjk_lexemes(t)]
    if lexemes:
        conds.append(cjk_vector.op("@@")(cast(_tsquery_text(lexemes), TSQUERY)))
    # Only 1-2 character words: newest first, as on SQLite (a title bonus would bury news).
    by_recency = tsq is None and all(cjk_lexemes(t) == [t] for t in cjk)
    for term in cjk:
        in_title, in_body = _contains(Article.title, term), _contains(Article.body, term)
        if cjk_lexemes(term) != [term]:  # not exactly one lexeme: the pairs may be apart
            conds.append(or_(in_title, in_body))
        if not by_recency:
            rank = rank + case((in_title, 1.0), else_=0.0)  # a title hit counts more
    return conds, rank, tsq, cjk


def _ranked(session: Session, conds: list[Any], rank: Any, *, by_recency: bool, limit: int, window: int,
            filters: dict[str, Any]) -> list[Any]:
    """The best ``limit`` rows among the newest ``window`` matches of ``conds``."""
    from models.search import _filtered, _hit_columns

    newest = Article.published_at.desc().nulls_last() if by_recency else Article.id.desc()
    matches = select(Article.id).outerjoin(Source, Source.id == Article.source_id).where(and_(*conds))
    matches = _filtered(matches, **filters).order_by(newest).limit(window).cte("window").prefix_with("MATERIALIZED")
    stmt = (select(*_hit_columns(), rank.label("rank"), Article.body)
            .join(matches, matches.c.id == Article.id)
            .outerjoin(Source, Source.id == Article.source_id)
            .order_by(literal_column("rank").desc(), Article.published_at.desc().nulls_last(), Article.id.desc())
            .limit(limit))
    # Bitmap scans only: the planner likes walking the id index backwards and testing
    # each row's tsvector (detoasting it), 5-50x slower than ANDing the GIN bitmap with
    # the id range.  SET LOCAL lasts until the transaction ends; put back right after.
    session.execute(text("SET LOCAL enable_indexscan = off"))
    try:
        return session.execute(stmt).all()
    finally:
        session.execute(text("SET LOCAL enable_indexscan = on"))


def search_pg(session: Session, query: str, *, source: str | None, since: datetime | None,
              until: datetime | None, limit: int, raw: bool) -> list[Any]:
    from models.search import FILTERED_WINDOW, RANK_WINDOW, Hit, make_snippet, parse_terms

    terms = [query] if raw else parse_terms(query)
    if not terms:
        raise ValueError("empty search query")
    conds, rank, tsq, cjk = _conditions(terms, query if raw else None)
    # 1-2 character words only: the newest published first, as SQLite's short scan does
    by_recency = tsq is None and all(cjk_lexemes(t) == [t] for t in cjk)
    filtered = source is not None or since is not None or until is not None
    top = session.scalar(select(func.max(Article.id))) or 0
    for span in SPANS:
        recent = [Article.id > top - span] if span and top > span else []
        rows = _ranked(session, conds + recent, rank, by_recency=by_recency, limit=limit,
                       window=FILTERED_WINDOW if filtered else RANK_WINDOW,
                       filters=dict(source=source, since=since, until=until))
        if len(rows) >= limit or not recent:
            break
    hits = [Hit(aid, title, url, src, pub, lang, float(score or 0.0), "")
            for aid, title, url, src, pub, lang, score, _body in rows]
    if not hits:
        return hits
    if tsq is not None and not cjk:  # ts_headline only for the hits: it is costly on long bodies
        options = "StartSel=[, StopSel=], MaxWords=30, MinWords=12, MaxFragments=1"
        heads = dict(session.execute(
            select(Article.id, func.ts_headline(_PG_CONFIG, Article.body, tsq, options))
            .where(Article.id.in_([h.article_id for h in hits]))).all())
        return [Hit(**{**asdict(h), "snippet": " ".join((heads.get(h.article_id) or "").split())})
                for h in hits]
    return [Hit(**{**asdict(h), "snippet": make_snippet(body, terms)}) for h, (*_, body) in zip(hits, rows)]
