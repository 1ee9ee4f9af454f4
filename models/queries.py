"""Read-only questions people ask the archive: claims, entities, per-source and
per-spider summaries, rejects.  Functions ``f(session, ...)`` returning lists of
plain dicts (JSON-ready apart from datetimes); the CLI prints them, tests and
other programs call them directly.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from typing import Any

from sqlalchemy import desc, func, or_, select
from sqlalchemy.orm import Session, aliased

from models import store
from models import query_text
from models.article import Article
from models.claim import Claim
from models.crawl import CrawlRun, Reject
from models.entity import Entity, EntityAlias, Mention
from models.source import Source

#: Entity types the extractor produces.
ENTITY_TYPES = ["PERSON", "ORG", "GPE", "MONEY", "PERCENT", "DATE"]


def _contains(column: Any, value: str) -> Any:
    pattern = "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return column.ilike(pattern, escape="\\")


def find_claims(session: Session, *, speaker: str | None = None, org: str | None = None,
                about: str | None = None, since: datetime | None = None, limit: int = 50) -> list[dict[str, Any]]:
    """Claims newest first.  ``speaker`` matches the speaker as written, its
    canonical entity name or any alias of that entity (its other-language form
    too: "Wu Hongliang" finds 吴红亮), ``org`` the speaker's organization, ``about`` the
    claim text (all case-insensitive substrings); ``since`` bounds the
    article's ``published_at``.  Same columns as the ``claims_view`` view.  Filters
    are cleaned of NUL/control characters and lone surrogates (same literal answer
    on both databases); an over-long one raises ``ValueError``."""
    speaker, org, about = (query_text.filter_text(v, n) for v, n in ((speaker, "speaker"), (org, "org"),
                                                                        (about, "about")))
    speaker_entity = aliased(Entity)
    stmt = (select(Claim.id.label("claim_id"), Claim.article_id, Article.title.label("article_title"),
                   Article.canonical_url.label("article_url"), Source.name.label("source"),
                   Article.published_at, Claim.kind, Claim.speaker, Claim.speaker_role, Claim.speaker_org,
                   speaker_entity.name.label("speaker_entity"), Claim.cue, Claim.text)
            .join(Article, Article.id == Claim.article_id)
            .outerjoin(Source, Source.id == Article.source_id)
            .outerjoin(speaker_entity, speaker_entity.id == Claim.speaker_entity_id))
    if speaker:
        by_alias = select(EntityAlias.entity_id).where(_contains(EntityAlias.alias, speaker))
        stmt = stmt.where(or_(_contains(Claim.speaker, speaker), _contains(speaker_entity.name, speaker),
                              Claim.speaker_entity_id.in_(by_alias)))
    if org:
        stmt = stmt.where(_contains(Claim.speaker_org, org))
    if about:
        stmt = stmt.where(_contains(Claim.text, about))
    if since:
        stmt = stmt.where(Article.published_at >= since)
    stmt = stmt.order_by(Article.published_at.desc(), Claim.article_id, Claim.start_char).limit(limit)
    return [dict(row._mapping) for row in session.execute(stmt)]


def top_entities(session: Session, *, type_: str | None = None, top: int = 20,
                 since: datetime | None = None) -> list[dict[str, Any]]:
    """Entities by the number of articles mentioning them: ``entity_id, name,
    type, articles, mentions, last_seen`` (latest ``published_at``)."""
    articles = func.count(func.distinct(Mention.article_id)).label("articles")
    stmt = (select(Entity.id.label("entity_id"), Entity.name, Entity.type, articles,
                   func.count(Mention.id).label("mentions"), func.max(Article.published_at).label("last_seen"))
            .join(Mention, Mention.entity_id == Entity.id)
            .join(Article, Article.id == Mention.article_id)
            .group_by(Entity.id, Entity.name, Entity.type))
    if type_:
        stmt = stmt.where(Entity.type == type_.upper())
    if since:
        stmt = stmt.where(Article.published_at >= since)
    stmt = stmt.order_by(desc("articles"), desc("mentions"), Entity.name).limit(top)
    rows = [dict(row._mapping) for row in session.execute(stmt)]
    for row in rows:  # SQLite returns max() of a datetime column as text
        if isinstance(row["last_seen"], str):
            row["last_seen"] = datetime.fromisoformat(row["last_seen"])
    return rows


def _source_row(src: Source | None, **values: Any) -> dict[str, Any]:
    row = {"source": src.name if src else None, "kind": src.kind if src else None,
           "domain": src.domain if src else None, "articles": 0, "versions": 0, "claims": 0,
           "first_published": None, "last_published": None, "last_fetched": None, "open_rejects": 0}
    row.update(values)
    return row


def source_stats(session: Session) -> list[dict[str, Any]]:
    """One row per source (and one for articles with no source): ``source, kind,
    domain, articles, versions, claims, first_published, last_published,
    last_fetched, open_rejects`` (rejects are matched to a source by domain)."""
    rows = session.execute(
        select(Article.source_id, func.count(Article.id), func.sum(Article.version_count),
               func.min(Article.published_at), func.max(Article.published_at), func.max(Article.fetched_at))
        .group_by(Article.source_id)).all()
    claims = dict(session.execute(
        select(Article.source_id, func.count(Claim.id)).join(Article, Article.id == Claim.article_id)
        .group_by(Article.source_id)).all())
    sources = {s.id: s for s in session.scalars(select(Source))}
    rejects: Counter[str | None] = Counter()
    for (url,) in session.execute(select(Reject.url).where(Reject.resolved_at.is_(None))
                                  .execution_options(yield_per=1000)):
        rejects[store.bare_domain(url)] += 1
    out = []
    for source_id, n, versions, first, last, fetched in rows:
        src = sources.pop(source_id, None)
        domain = src.domain if src else None
        out.append(_source_row(src, articles=n, versions=int(versions or 0), claims=claims.get(source_id, 0),
                               first_published=first, last_published=last, last_fetched=fetched,
                               open_rejects=rejects.pop(domain, 0) if domain else 0))
    for src in sources.values():
        out.append(_source_row(src, open_rejects=rejects.pop(src.domain, 0) if src.domain else 0))
    if rejects:  # rejects of hosts no source claims (often pages that never parsed)
        out.append(_source_row(None, domain="(other hosts)", open_rejects=sum(rejects.values())))
    out.sort(key=lambda r: (-r["articles"], r["source"] or ""))
    return out


def crawl_stats(session: Session) -> list[dict[str, Any]]:
    """One row per spider: ``spider, runs, failed_runs, last_started_at,
    last_finished_at, last_status, last_new, last_updated, last_rejects``."""
    out = []
    per_spider = session.execute(
        select(CrawlRun.spider, func.count(CrawlRun.id), func.max(CrawlRun.id)).group_by(CrawlRun.spider)).all()
    failed = dict(session.execute(select(CrawlRun.spider, func.count(CrawlRun.id))
                                  .where(CrawlRun.status.in_(["failed", "interrupted"]))
                                  .group_by(CrawlRun.spider)).all())
    for spider, runs, last_id in per_spider:
        last = session.get(CrawlRun, last_id)
        if last is None:  # deleted between the two queries
            continue
        out.append({"spider": spider, "runs": runs, "failed_runs": failed.get(spider, 0),
                    "last_started_at": last.started_at, "last_finished_at": last.finished_at,
                    "last_status": last.status, "last_new": last.articles_new,
                    "last_updated": last.articles_updated, "last_rejects": last.rejects})
    return sorted(out, key=lambda r: r["spider"])


def warc_location(payload: dict[str, Any] | None) -> dict[str, Any] | None:
    """The ``{"filename", "offset"}`` of a reject's raw page, when its payload has one."""
    payload = payload or {}
    warc = payload.get("warc") or (payload.get("fetch") or {}).get("warc")
    return warc if isinstance(warc, dict) and warc.get("filename") and warc.get("offset") is not None else None


def list_rejects(session: Session, *, stage: str | None = None, include_resolved: bool = False,
                 limit: int | None = None) -> list[dict[str, Any]]:
    """Rejects, newest first: ``id, created_at, stage, reason, url, attempts, resolved_at, warc``."""
    stmt = select(Reject)
    if not include_resolved:
        stmt = stmt.where(Reject.resolved_at.is_(None))
    if stage:
        stmt = stmt.where(Reject.stage == stage)
    stmt = stmt.order_by(Reject.created_at.desc(), Reject.id.desc())
    if limit:
        stmt = stmt.limit(limit)
    return [{"id": r.id, "created_at": r.created_at, "stage": r.stage, "reason": r.reason, "url": r.url,
             "attempts": r.attempts, "resolved_at": r.resolved_at, "warc": warc_location(r.payload)}
            for r in session.scalars(stmt)]
