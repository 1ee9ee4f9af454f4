"""The store API: functions ``f(session, ...)``; the caller owns the session.

Nothing here commits: callers decide the transaction (the crawler commits in
batches, ``reprocess`` per article, tests wherever they like).
"""

from __future__ import annotations

import re
import socket
import os
from datetime import datetime
from typing import Any, Iterator
from urllib.parse import urlsplit

from sqlalchemy import delete, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from models.article import Article, ArticleVersion
from models.base import utcnow
from models.claim import Claim
from models.crawl import CrawlRun, Reject
from models.entity import Entity, EntityAlias, Mention
from models.source import Source

#: Result of :func:`save_article`.
NEW, UPDATED, UNCHANGED = "new", "updated", "unchanged"


def _insert_ignore(session: Session, model: type, values: dict[str, Any], conflict: list[str]) -> None:
    """INSERT ... ON CONFLICT DO NOTHING, portable between SQLite and PostgreSQL.

    Several crawlers may write to one PostgreSQL archive (scale-out): a race on a
    unique name must not fail the batch.
    """
    dialect = session.get_bind().dialect.name
    mod = postgresql if dialect == "postgresql" else sqlite
    stmt = mod.insert(model).values(**values).on_conflict_do_nothing(index_elements=conflict)
    session.execute(stmt)


# --- sources ---------------------------------------------------------------------

def bare_domain(url_or_host: str | None) -> str | None:
    if not url_or_host:
        return None
    host = urlsplit(url_or_host).hostname if "//" in url_or_host else url_or_host
    return re.sub(r"^(www|m)\.", "", (host or "").lower()) or None


def get_or_create_source(session: Session, name: str, *, domain: str | None = None,
                         kind: str = "original", language: str | None = None) -> Source:
    """The source called ``name``, created with the given fields if new.

    Existing rows keep their fields, except that missing ones are filled in.
    """
    source = session.scalar(select(Source).where(Source.name == name))
    if source is None:
        _insert_ignore(session, Source, {"name": name, "domain": domain, "kind": kind,
                                         "language": language, "created_at": utcnow()}, ["name"])
        source = session.scalar(select(Source).where(Source.name == name))
        assert source is not None
    else:
        if source.domain is None and domain:
            source.domain = domain
        if source.language is None and language:
            source.language = language
    return source


# --- entities ---------------------------------------------------------------------

def alias_key(text: str) -> str:
    """Lookup form of an alias: case-folded, spaces collapsed, no leading "the"."""
    key = re.sub(r"\s+", " ", text).strip().casefold()
    key = re.sub(r"^the ", "", key)
    return key.strip(" .,'\u2019\"")


def resolve_entity(session: Session, name: str, type_: str, aliases: list[str] | tuple[str, ...] = ()) -> Entity:
    """The entity that ``name`` (or one of ``aliases``) stands for, created if new.

    Aliases are looked up first, so an alias a user re-pointed to another entity
    (a merge) wins for every later article.  New aliases are recorded.
    """
    forms = [name, *[a for a in aliases if a]]
    keys = {alias_key(f): f for f in forms if alias_key(f)}
    entity = None
    if keys:
        row = session.execute(
            select(EntityAlias.entity_id, EntityAlias.key)
            .where(EntityAlias.type == type_, EntityAlias.key.in_(list(keys)))
        ).all()
        if row:
            # Prefer the canonical name's own alias, then any.
            by_key = {k: eid for eid, k in row}
            eid = by_key.get(alias_key(name)) or row[0][0]
            entity = session.get(Entity, eid)
    if entity is None:
        entity = session.scalar(select(Entity).where(Entity.name == name, Entity.type == type_))
    if entity is None:
        _insert_ignore(session, Entity, {"name": name, "type": type_, "created_at": utcnow()}, ["name", "type"])
        entity = session.scalar(select(Entity).where(Entity.name == name, Entity.type == type_))
        assert entity is not None
    for key, form in keys.items():
        _insert_ignore(session, EntityAlias, {"entity_id": entity.id, "alias": form, "key": key,
                                              "type": type_}, ["key", "type"])
    return entity


def merge_entities(session: Session, keep_id: int, merge_id: int) -> int:
    """Fold entity ``merge_id`` into ``keep_id``: aliases, mentions and claim
    speakers move; the merged entity is deleted.  Returns rows moved."""
    if keep_id == merge_id:
        return 0
    moved = 0
    for model, col in ((EntityAlias, EntityAlias.entity_id), (Mention, Mention.entity_id),
                       (Claim, Claim.speaker_entity_id)):
        res = session.execute(model.__table__.update().where(col == merge_id).values({col.key: keep_id}))
        moved += res.rowcount or 0
    session.execute(delete(Entity).where(Entity.id == merge_id))
    return moved


# --- articles ---------------------------------------------------------------------

def is_archived(session: Session, canonical_url: str) -> bool:
    return session.scalar(select(Article.id).where(Article.canonical_url == canonical_url)) is not None


def find_exact_duplicate(session: Session, content_hash: str, *, exclude_url: str | None = None) -> int | None:
    """Id of the first archived article with the same cleaned body, if any."""
    stmt = select(Article.id).where(Article.content_hash == content_hash)
    if exclude_url:
        stmt = stmt.where(Article.canonical_url != exclude_url)
    return session.scalar(stmt.order_by(Article.id).limit(1))


def iter_signatures(session: Session) -> Iterator[tuple[int, list[int]]]:
    """``(article id, minhash)`` of every article that has a signature."""
    stmt = select(Article.id, Article.minhash).where(Article.minhash.is_not(None)).order_by(Article.id)
    for aid, sig in session.execute(stmt.execution_options(yield_per=1000)):
        if sig:
            yield aid, sig


def replace_annotations(session: Session, article: Article, doc: Any) -> None:
    """Replace the article's claims and mentions with the document's."""
    session.execute(delete(Claim).where(Claim.article_id == article.id))
    session.execute(delete(Mention).where(Mention.article_id == article.id))
    entity_ids: dict[str, int] = {}
    for ent in doc.entities or []:
        name, type_ = ent.get("name"), ent.get("type")
        if not name or not type_:
            continue
        entity = resolve_entity(session, name, type_, ent.get("aliases") or [])
        entity_ids[name] = entity.id
        for m in ent.get("mentions") or []:
            session.add(Mention(article_id=article.id, entity_id=entity.id, text=m.get("text", ""),
                                start_char=int(m.get("start", 0)), end_char=int(m.get("end", 0))))
    for c in doc.claims or []:
        speaker_entity = c.get("speaker_entity")
        session.add(Claim(
            article_id=article.id, kind=c.get("kind", "direct"), speaker=c.get("speaker"),
            speaker_text=c.get("speaker_text", c.get("speaker")),
            speaker_role=c.get("speaker_role"), speaker_org=c.get("speaker_org"),
            speaker_entity_id=entity_ids.get(speaker_entity) if speaker_entity else None,
            cue=c.get("cue"), text=c.get("text", ""), start_char=int(c.get("start", 0)),
            end_char=int(c.get("end", 0)), paragraph=int(c.get("paragraph", 0)),
        ))


def save_article(session: Session, doc: Any, *, source_kind: str = "original",
                 duplicate_of_id: int | None = None) -> tuple[Article, str]:
    """Insert or update the article of ``doc`` (a :class:`pipelines.Document`
    after every stage).  Idempotent: the same content twice changes nothing but
    ``fetched_at``.

    Returns ``(article, NEW | UPDATED | UNCHANGED)``.  A new cleaned content adds
    an ``article_versions`` row and replaces claims and mentions.
    """
    url = doc.canonical_url or doc.url
    if not url:
        raise ValueError("document has no URL")
    source = None
    if doc.source:
        source = get_or_create_source(session, doc.source, domain=bare_domain(doc.url) if source_kind == "original" else None,
                                      kind=source_kind, language=doc.language)
    fetched_at = doc.fetched_at or utcnow()
    warc = doc.warc or {}
    article = session.scalar(select(Article).where(Article.canonical_url == url))
    if article is not None and article.content_hash == doc.content_hash:
        article.fetched_at = fetched_at
        article.url = doc.url or article.url
        return article, UNCHANGED

    fields = dict(
        url=doc.url, domain=(urlsplit(url).hostname or None), source_id=source.id if source else None,
        title=doc.title, authors=list(doc.authors), published_at=doc.published_at,
        updated_at=doc.updated_at, fetched_at=fetched_at, language=doc.language, section=doc.section,
        body=doc.body, blocks=[dict(b) for b in doc.blocks], content_hash=doc.content_hash,
        word_count=doc.word_count, minhash=list(doc.minhash) if doc.minhash else None,
        profile=doc.profile,
    )
    if article is None:
        article = Article(canonical_url=url, first_seen_at=utcnow(), version_count=1,
                          duplicate_of_id=duplicate_of_id, **fields)
        session.add(article)
        session.flush()
        version, status = 1, NEW
    else:
        for key, value in fields.items():
            setattr(article, key, value)
        article.version_count = (article.version_count or 1) + 1
        version, status = article.version_count, UPDATED
    session.add(ArticleVersion(
        article_id=article.id, version=version, fetched_at=fetched_at, title=doc.title, body=doc.body,
        content_hash=doc.content_hash, encoding=doc.encoding,
        warc_filename=warc.get("filename"), warc_offset=warc.get("offset"),
    ))
    replace_annotations(session, article, doc)
    session.flush()
    return article, status


# --- crawl runs and rejects ----------------------------------------------------------

def start_crawl_run(session: Session, spider: str, args: dict[str, Any] | None = None) -> CrawlRun:
    run = CrawlRun(spider=spider, started_at=utcnow(), status="running", args=dict(args or {}),
                   stats={}, hostname=socket.gethostname(), pid=os.getpid())
    session.add(run)
    session.flush()
    return run


def finish_crawl_run(session: Session, run_id: int, *, status: str, reason: str | None,
                     stats: dict[str, Any]) -> None:
    run = session.get(CrawlRun, run_id)
    if run is None:
        return
    run.finished_at = utcnow()
    run.status = status
    run.finish_reason = reason
    run.stats = _jsonable(stats)
    run.articles_new = int(stats.get("newsarchive/store/new", 0))
    run.articles_updated = int(stats.get("newsarchive/store/updated", 0))
    run.rejects = int(stats.get("newsarchive/store/rejects", 0))


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)


def record_reject(session: Session, *, url: str | None, stage: str, reason: str,
                  payload: dict[str, Any] | None = None, crawl_run_id: int | None = None) -> Reject:
    """Add a reject row.  A URL rejected again at the same stage bumps ``attempts``
    of its open row instead of adding one per cron run."""
    row = None
    if url:
        row = session.scalar(select(Reject).where(Reject.url == url, Reject.stage == stage,
                                                  Reject.resolved_at.is_(None)).limit(1))
    if row is not None:
        row.attempts += 1
        row.reason = reason
        row.payload = _jsonable(payload or {})
        row.crawl_run_id = crawl_run_id or row.crawl_run_id
        row.created_at = utcnow()
        return row
    row = Reject(url=url, stage=stage, reason=reason, payload=_jsonable(payload or {}),
                 crawl_run_id=crawl_run_id, created_at=utcnow())
    session.add(row)
    return row


def resolve_rejects(session: Session, url: str) -> int:
    """Mark the open rejects of ``url`` resolved (it was archived after all)."""
    rows = session.scalars(select(Reject).where(Reject.url == url, Reject.resolved_at.is_(None))).all()
    for row in rows:
        row.resolved_at = utcnow()
    return len(rows)


# --- summaries ---------------------------------------------------------------------

def counts(session: Session) -> dict[str, int]:
    """Row counts of the main tables."""
    out = {}
    for name, model in (("sources", Source), ("articles", Article), ("versions", ArticleVersion),
                        ("claims", Claim), ("entities", Entity), ("mentions", Mention),
                        ("crawl_runs", CrawlRun)):
        out[name] = session.scalar(select(func.count()).select_from(model)) or 0
    out["rejects"] = session.scalar(select(func.count()).select_from(Reject).where(Reject.resolved_at.is_(None))) or 0
    return out
