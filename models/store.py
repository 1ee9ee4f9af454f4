"""The store API: functions ``f(session, ...)``; the caller owns the session.

Nothing here commits: callers decide the transaction (the crawler commits in
batches, ``reprocess`` per article, tests wherever they like).
"""

from __future__ import annotations

import re
from functools import lru_cache
import socket
import os
from datetime import datetime
from types import SimpleNamespace
from typing import Any, Iterable, Iterator
from urllib.parse import urlsplit

from sqlalchemy import bindparam, delete, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from models import history
from models.article import Article, ArticleVersion
from models.base import utcnow
from models.batch import WriteCache, resolve_entities, write_annotations
from models.claim import Claim
from models.crawl import CrawlRun, HttpValidator, Reject
from models.entity import Entity, EntityAlias, Mention
from models.neardup import band_candidates, set_bands  # noqa: F401 (the store API: store.band_candidates)
from models.source import Source, SourceAlias, source_key  # noqa: F401 (the store API)
from models.source_store import (_insert_ignore, add_source_aliases, bare_domain,  # noqa: F401
                                 find_source, find_sources, get_or_create_source, source_filter)

#: Result of :func:`save_article`.
NEW, UPDATED, UNCHANGED = "new", "updated", "unchanged"


# --- entities ---------------------------------------------------------------------

@lru_cache(maxsize=4096)  # a batch asks for the same names again and again
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
    (eid,) = resolve_entities(session, WriteCache(), [(name, type_, [a for a in aliases if a])])
    entity = session.get(Entity, eid)
    assert entity is not None
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

#: :func:`is_archived`'s query, built once: the skip middleware asks it before every article
#: request, and building the statement cost ~4x running it.
_ARCHIVED = select(Article.id).where(Article.canonical_url == bindparam("canonical_url"))
_ARTICLE_INSERT = Article.__table__.insert()


def is_archived(session: Session, canonical_url: str) -> bool:
    return session.scalar(_ARCHIVED, {"canonical_url": canonical_url}) is not None


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


def replace_annotations(session: Session, article: Article, doc: Any, cache: WriteCache | None = None, *,
                        version: int | None = None, changed_at: datetime | None = None,
                        record_changes: bool = False) -> None:
    """Replace the article's claims and mentions with the document's (entities
    resolved in one go, see :mod:`models.batch`).

    Claims keep their identity (``claim_key``) across the replacement when the new
    one says the same or nearly the same (:func:`models.history.assign_claim_identity`);
    with ``record_changes`` (a new version of the page) reworded, withdrawn and new
    claims are recorded in ``claim_changes``.
    """
    history.assign_claim_identity(session, article.id, doc, version=version or article.version_count or 1,
                                  changed_at=changed_at or utcnow(), record=record_changes)
    session.execute(delete(Claim).where(Claim.article_id == article.id))
    session.execute(delete(Mention).where(Mention.article_id == article.id))
    write_annotations(session, cache if cache is not None else WriteCache(), [(article.id, doc)])


def _source_id(session: Session, doc: Any, source_kind: str, cache: WriteCache | None,
               sources: dict[str, Source] | None = None) -> int | None:
    """The id of ``doc``'s source (created if new); ``sources``: :func:`find_sources` of the batch."""
    if not doc.source:
        return None
    if cache is not None and doc.source in cache.source_ids:
        return cache.source_ids[doc.source]
    # The canonical URL's domain: a mirror crawl's fetched URL is 127.0.0.1:<port>.
    url = doc.canonical_url or doc.url
    source = get_or_create_source(session, doc.source, domain=bare_domain(url) if source_kind == "original" else None,
                                  kind=source_kind, language=doc.language, found=(sources or {}).get(doc.source))
    if cache is not None:
        cache.source_ids[doc.source] = source.id
    return source.id


def save_article(session: Session, doc: Any, *, source_kind: str = "original",
                 duplicate_of_id: int | None = None, cache: WriteCache | None = None,
                 annotate: bool = True, existing: Any = ...,
                 original_of: Any = None, sources: dict[str, Source] | None = None,
                 light: bool = False) -> tuple[Any, str]:
    """Insert or update the article of ``doc`` (a :class:`pipelines.Document`
    after every stage).  Idempotent: the same content twice changes nothing but
    ``fetched_at``.

    Returns ``(article, NEW | UPDATED | UNCHANGED)``.  A new cleaned content adds
    an ``article_versions`` row and replaces claims and mentions; with
    ``annotate=False`` the old ones are deleted and the caller writes the new ones
    for a whole batch (:func:`models.batch.write_annotations`).  ``cache`` keeps
    source and entity ids for the crawl.  ``existing``: the URL's article row (None:
    not archived) when the caller has read it already, ``original_of``: what gives the
    duplicated article by id (default ``session.get``; see :mod:`pipelines.store_lookups`), ``sources``:
    the sources of a batch's names, looked up at once (:func:`models.source_store.find_sources`).
    ``light``: a new article is inserted by Core and returned as a :class:`NewArticle` (the
    batch writers: nothing of theirs reads it through the session).
    """
    url = doc.canonical_url or doc.url
    if not url:
        raise ValueError("document has no URL")
    source_id = _source_id(session, doc, source_kind, cache, sources)
    fetched_at = doc.fetched_at or utcnow()
    warc = doc.warc or {}
    article = existing
    if existing is ...:
        article = session.scalar(select(Article).where(Article.canonical_url == url))
    if article is not None and article.content_hash == doc.content_hash:
        article.fetched_at = fetched_at
        article.url = doc.url or article.url
        return article, UNCHANGED

    fields = _article_fields(doc, url, source_id, fetched_at)
    if article is None:
        article, version, status = _insert_article(session, url, fields, duplicate_of_id, original_of, light), 1, NEW
    else:
        version, status = _update_article(session, article, fields, fetched_at), UPDATED
    # a Core INSERT of the table, not an ORM object nor the ORM's bulk path: nothing reads
    # it back in the transaction
    session.execute(ArticleVersion.__table__.insert(), [dict(
        article_id=article.id, version=version, fetched_at=fetched_at, title=doc.title, body=doc.body,
        content_hash=doc.content_hash, encoding=doc.encoding, authors=list(doc.authors),
        published_at=doc.published_at, updated_at=doc.updated_at,
        warc_filename=warc.get("filename"), warc_offset=warc.get("offset"),
    )])
    if annotate:
        replace_annotations(session, article, doc, cache, version=version, changed_at=fetched_at,
                            record_changes=status == UPDATED)
    elif status == UPDATED:
        history.assign_claim_identity(session, article.id, doc, version=version, changed_at=fetched_at,
                                      record=True)
        session.execute(delete(Claim).where(Claim.article_id == article.id))
        session.execute(delete(Mention).where(Mention.article_id == article.id))
    session.flush()
    return article, status


def _article_fields(doc: Any, url: str, source_id: int | None, fetched_at: Any) -> dict[str, Any]:
    """The ``articles`` columns a new content sets."""
    return dict(
        url=doc.url, domain=(urlsplit(url).hostname or None), source_id=source_id,
        title=doc.title, authors=list(doc.authors), published_at=doc.published_at,
        updated_at=doc.updated_at, fetched_at=fetched_at, language=doc.language, section=doc.section,
        body=doc.body, blocks=[dict(b) for b in doc.blocks], content_hash=doc.content_hash,
        word_count=doc.word_count, minhash=list(doc.minhash) if doc.minhash else None,
        profile=doc.profile,
    )


class NewArticle(SimpleNamespace):
    """A new ``articles`` row inserted by a Core ``INSERT`` (:func:`save_article` with
    ``light=True``): its id and the values written, as the ORM object held them."""


def _insert_article(session: Session, url: str, fields: dict[str, Any], duplicate_of_id: int | None,
                    original_of: Any = None, light: bool = False) -> Any:
    """A new article row (flushed: it has its id); a republication records what it changed.
    ``light``: one Core ``INSERT`` (the same row) and a :class:`NewArticle`, not an ORM object
    and its unit of work (~15% of the crawler's CPU on the flagship site, wave 10)."""
    row = dict(canonical_url=url, first_seen_at=utcnow(), version_count=1, duplicate_of_id=duplicate_of_id, **fields)
    if light:
        (aid,) = session.execute(_ARTICLE_INSERT, row).inserted_primary_key
        article: Any = NewArticle(id=aid, **row)
    else:
        article = Article(**row)
        session.add(article)
        session.flush()
    original = None
    if duplicate_of_id:
        original = original_of(duplicate_of_id) if original_of else session.get(Article, duplicate_of_id)
    if original is not None:
        history.record_republication_changes(session, article, original)
    return article


def _update_article(session: Session, article: Article, fields: dict[str, Any], fetched_at: Any) -> int:
    """New content on a known article; returns the new version number (changes recorded)."""
    before = history.article_snapshot(article)
    for key, value in fields.items():
        setattr(article, key, value)
    article.version_count = (article.version_count or 1) + 1
    version = article.version_count
    history.record_version_changes(session, article, version=version, changed_at=fetched_at,
                                   old=before, new=history.article_snapshot(article))
    return version


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
    run.not_modified = int(stats.get("newsarchive/conditional/not_modified", 0))


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


def resolve_rejects(session: Session, url: str | Iterable[str]) -> int:
    """Mark the open rejects of ``url`` (or of several URLs) resolved: it was archived after all."""
    if not (urls := [url] if isinstance(url, str) else list(url)):
        return 0
    res = session.execute(update(Reject).where(Reject.url.in_(urls), Reject.resolved_at.is_(None))
                          .values(resolved_at=utcnow()))
    return res.rowcount or 0


# --- conditional requests ------------------------------------------------------------

def get_validators(session: Session, url: str) -> HttpValidator | None:
    """The stored ``http_validators`` row of a canonical URL, or None."""
    return session.get(HttpValidator, url)


def save_validators(session: Session, seen: dict[str, dict[str, Any]]) -> None:
    """Insert or update validators: ``{url: {"etag", "last_modified", "links"}}`` (upserts)."""
    dialect = session.get_bind().dialect.name
    mod = postgresql if dialect == "postgresql" else sqlite
    now = utcnow()
    for url, row in seen.items():
        values = {"etag": row.get("etag"), "last_modified": row.get("last_modified"),
                  "links": row.get("links") or [], "updated_at": now}
        stmt = mod.insert(HttpValidator).values(url=url, **values)
        session.execute(stmt.on_conflict_do_update(index_elements=["url"], set_=values))


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
