"""Re-running today's extraction on raw pages already archived, offline.

The raw page of each article's latest version is read back from WARC (no
network), run through the stages in worker processes (:mod:`pipelines.pool`, the
same stage list the crawler uses) and written with :func:`pipelines.store.write_document`, so an
article gets a new version only when its cleaned body changed.  When the body
is the same, metadata, claims and mentions the current stages find differently
are refreshed in place (no new version).

:func:`reprocess` (every archived article), :func:`retry_rejects` (pages that
were refused) and :mod:`pipelines.warcfiles` (``warc import``) share
:func:`document_from_raw` (from :mod:`pipelines.reprocess_worker`, what a pool worker runs
for :func:`reprocess`) and :func:`process_document`.  WARC records are read
with :mod:`pipelines.warcread` (``crawler.warc`` is the crawl-side writer).
"""

from __future__ import annotations

import logging
from collections import deque
from concurrent.futures import Future
from datetime import datetime
from pathlib import Path
from typing import Any, Callable, Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from models import store
from models.article import Article, ArticleVersion
from models.base import utcnow
from models.crawl import Reject as RejectRow
from models.queries import list_rejects
from models.batch import WriteCache
from models.source import Source
from pipelines import pool_server, run_stages
from pipelines.base import Rejected, rejected_from
from pipelines.document import Document
from pipelines.errors import Reject
from pipelines.pool import ExtractPool, pool_size
from pipelines.reprocess_worker import RawPage, Unreadable, document_from_raw, reextract
from pipelines.reprocess_writes import REFRESHED, REJECTED, refresh_in_place, write_batch
from pipelines.store import register_sources

logger = logging.getLogger(__name__)

#: Articles per transaction.
BATCH = 50
#: ``progress(done, total)``: called as work advances.
Progress = Callable[[int, int], None]


def source_kind(profile: str | None) -> str:
    if profile:
        from pipelines.profiles import load

        try:
            return load(profile).source_kind
        except KeyError:
            pass
    return "original"


def process_document(session: Session, doc: Document, *, canonical_url: str | None = None,
                     refresh: bool = False, extracted: Document | Rejected | None = None) -> str:
    """Run every stage on ``doc`` and store the result; returns ``new``,
    ``updated``, ``unchanged``, ``refreshed`` (same body, other fields updated
    in place; only with ``refresh``) or ``rejected`` (a reject row was written).
    ``extracted``: the stages' result when already computed (in the pool)."""
    from pipelines.store import write_document

    if extracted is None:
        try:
            extracted = run_stages(doc)
        except Reject as exc:
            extracted = rejected_from(doc, exc)
    if isinstance(extracted, Rejected):
        store.record_reject(session, url=canonical_url or extracted.get("url") or doc.url,
                            stage=extracted["stage"], reason=extracted["reason"], payload=extracted["payload"])
        return REJECTED
    doc = extracted
    if canonical_url:
        doc.canonical_url = canonical_url
    elif not doc.canonical_url and doc.url:
        from pipelines.urls import canonical_url as canonical

        doc.canonical_url = canonical(doc.url)
    previous_fetch = session.scalar(select(Article.fetched_at).where(Article.canonical_url == doc.canonical_url))
    status = write_document(session, doc, source_kind=source_kind(doc.profile))
    article = session.scalar(select(Article).where(Article.canonical_url == doc.canonical_url))
    assert article is not None
    if previous_fetch is not None and article.fetched_at is not None and previous_fetch > article.fetched_at:
        article.fetched_at = previous_fetch  # re-extraction is not a newer fetch
    if status == store.UNCHANGED and refresh and refresh_in_place(session, article, doc):
        return REFRESHED
    return status


def reprocess(session_factory: Callable[[], Session], warc_root: Path, *, source: str | None = None,
              since: datetime | None = None, progress: Progress | None = None,
              workers: int = -1) -> dict[str, int]:
    """Re-extract every selected article from its latest version's WARC record.

    The stages run in :class:`pipelines.pool.ExtractPool` (``workers`` processes,
    -1 = one per core, 0 = in this process), forked from a server that imported them
    once (:mod:`pipelines.pool_server`); each worker reads its pages' WARC records
    itself (:mod:`pipelines.reprocess_worker`).  Pages stream through the pool a window
    ahead of the batched writes, so the workers keep extracting while a batch commits.

    Returns counts: ``articles`` (selected), ``updated`` (new version), ``unchanged``,
    ``refreshed`` (same body, fields/claims updated), ``rejected``, ``no_raw`` (no
    WARC location recorded), ``missing`` (WARC file or record unreadable).
    """
    counts = dict.fromkeys(["articles", "updated", "unchanged", "refreshed", "rejected", "no_raw", "missing"], 0)
    size = pool_size(workers)
    if size > 0 and pool_server.available():
        pool_server.start()  # first: its imports run while the archive is read
    pool = None
    window: deque[tuple[Any, Future]] = deque()
    pending: list[tuple[Any, Any]] = []
    cache = WriteCache()
    try:
        ids = _selected(session_factory, source=source, since=since)
        counts["articles"] = len(ids)
        with session_factory() as session, session.begin():
            register_sources(session)
        pool = ExtractPool(size, forked=True) if size > 0 else None

        def take() -> None:
            row, future = window.popleft()
            result = future.result()
            if isinstance(result, Unreadable):
                logger.warning("Raw page of article %(id)s unreadable: %(err)s", {"id": row.id, "err": result.error})
                counts["missing"] += 1
                return
            pending.append((row, result))
            if len(pending) >= BATCH:
                _commit(session_factory, pending, counts, progress, len(ids), cache)

        for row, page in _raw_pages(session_factory, ids, counts):
            window.append((row, pool.call(reextract, warc_root, page) if pool else _done(reextract(warc_root, page))))
            if len(window) >= max(BATCH, 4 * size):
                take()
        while window:
            take()
        if pending:
            _commit(session_factory, pending, counts, progress, len(ids), cache)
    finally:
        if pool is not None:
            pool.close()
        elif size > 0 and pool_server.available():
            pool_server.stop()
    if progress:
        progress(len(ids), len(ids))
    return counts


def _commit(session_factory: Callable[[], Session], pending: list[tuple[Any, Any]],
            counts: dict[str, int], progress: Progress | None, total: int, cache: WriteCache) -> None:
    """Write a batch of extracted pages in one transaction (the archive asked once for
    the batch: :func:`pipelines.reprocess_writes.write_batch`), then empty ``pending``."""
    try:
        with session_factory() as session, session.begin():
            outcomes = write_batch(session, [(row.canonical_url, extracted) for row, extracted in pending],
                                   cache=cache, source_kind=source_kind)
    except Exception:
        cache.clear()  # it may hold ids of rows that were rolled back
        raise
    for outcome in outcomes:
        counts[{store.NEW: "updated", store.UPDATED: "updated"}.get(outcome, outcome)] += 1
    pending.clear()
    if progress:
        done = sum(counts[k] for k in ("updated", "unchanged", "refreshed", "rejected", "no_raw", "missing"))
        progress(min(done, total), total)


def _selected(session_factory: Callable[[], Session], *, source: str | None, since: datetime | None) -> list[int]:
    with session_factory() as session:
        stmt = select(Article.id).outerjoin(Source, Source.id == Article.source_id)
        if source is not None:
            stmt = stmt.where(store.source_filter(source))
        if since is not None:
            stmt = stmt.where(Article.published_at >= since)
        return list(session.scalars(stmt.order_by(Article.id)))


def _done(result: Any) -> Future:
    future: Future = Future()
    future.set_result(result)
    return future


def _raw_pages(session_factory: Callable[[], Session], ids: list[int],
               counts: dict[str, int]) -> Iterator[tuple[Any, RawPage]]:
    """``(row, where its raw page is)`` of the articles ``ids``, read in batches; articles
    without a WARC location are counted (``no_raw``) and skipped."""
    for start in range(0, len(ids), BATCH):
        chunk = ids[start:start + BATCH]
        with session_factory() as session:
            rows = session.execute(
                select(Article.id, Article.canonical_url, Article.url, Article.section, Article.profile,
                       ArticleVersion.warc_filename, ArticleVersion.warc_offset, ArticleVersion.fetched_at)
                .join(ArticleVersion, (ArticleVersion.article_id == Article.id)
                      & (ArticleVersion.version == Article.version_count))
                .where(Article.id.in_(chunk))).all()
        counts["no_raw"] += len(set(chunk) - {r.id for r in rows})
        for row in rows:
            if not row.warc_filename or row.warc_offset is None:
                counts["no_raw"] += 1
                continue
            yield row, RawPage(row.url or row.canonical_url, row.warc_filename, row.warc_offset,
                               profile=row.profile, section=row.section, fetched_at=row.fetched_at)


def _retry_one(session: Session, rid: int, url: str, warc: dict[str, Any], warc_root: Path) -> str:
    from pipelines.warcread import read_response

    row = session.get(RejectRow, rid)
    payload = (row.payload if row else None) or {}
    try:
        resp = read_response(warc_root, warc["filename"], int(warc["offset"]))
    except (OSError, ValueError):
        return "no_raw"
    fetch = payload.get("fetch") or {}
    doc = document_from_raw(url, resp.body, resp.headers, status=resp.status, warc=warc,
                            profile=payload.get("profile") or fetch.get("profile"),
                            hints=payload.get("hints") or fetch.get("hints") or {}, fetched_at=resp.date)
    outcome = process_document(session, doc)
    if outcome != REJECTED and row is not None and row.resolved_at is None:
        row.resolved_at = utcnow()  # stored under its canonical URL: this reject is settled either way
    return outcome


def retry_rejects(sessions: sessionmaker[Session], warc_root: Path, *, stage: str | None = None,
                  progress: Progress | None = None) -> list[dict[str, Any]]:
    """Re-extract every open reject from its archived raw page (no network).

    Returns one dict per reject: ``id, url, stage, outcome`` where outcome is
    ``new``/``updated``/``unchanged`` (stored; the reject is resolved),
    ``rejected`` (still refused: its attempts go up) or ``no_raw``.
    """
    with sessions.begin() as session:
        register_sources(session)
        todo = [(r["id"], r["url"], r["stage"], r["warc"]) for r in list_rejects(session, stage=stage)]
    results = []
    for done, (rid, url, stage_name, warc) in enumerate(todo, 1):
        outcome = "no_raw"
        if warc and url:
            with sessions.begin() as session:
                outcome = _retry_one(session, rid, url, warc, warc_root)
        results.append({"id": rid, "url": url, "stage": stage_name, "outcome": outcome})
        if progress:
            progress(done, len(todo))
    return results
