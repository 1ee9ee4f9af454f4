"""Store stage: writes finished documents and rejects to the archive.

Not an extraction stage (it is not in ``STAGES``): it runs last in
``ITEM_PIPELINES`` and is the only pipeline that touches the database.
"""

from __future__ import annotations

import json
import logging
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from scrapy.exceptions import DropItem
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from models import store
from models.engine import get_engine
from models.migrate import ensure_schema
from pipelines.base import Rejected
from pipelines.document import Document

logger = logging.getLogger(__name__)


@dataclass
class Archive:
    """The archive one crawler writes to: shared by the store pipeline, the
    crawl-run recorder and the skip middleware (one engine, one run id)."""

    url: str
    sessions: sessionmaker[Session]
    crawl_run_id: int | None = None
    near_index: Any = None
    extra: dict[str, Any] = field(default_factory=dict)


def archive_for(crawler: Any) -> Archive:
    """The crawler's :class:`Archive`, opened (and the schema checked) once."""
    archive = getattr(crawler, "_newsarchive_archive", None)
    if archive is None:
        url = crawler.settings.get("NEWSARCHIVE_DATABASE_URL")
        engine = get_engine(url)
        what = ensure_schema(engine, auto_init=crawler.settings.getbool("NEWSARCHIVE_AUTO_INIT", True))
        if what == "created":
            logger.info("Created a new archive at %(url)s",
                        {"url": engine.url.render_as_string(hide_password=True)})
        archive = Archive(url=url, sessions=sessionmaker(engine, expire_on_commit=False))
        crawler._newsarchive_archive = archive
    return archive


def canonical_for(crawler: Any, url: str) -> str:
    """Canonical URL of a fetched URL: the spider maps mirror hosts back to the
    site's own host (``canonical_url_for``), then :func:`pipelines.dedup.canonical_url`."""
    from pipelines.dedup import canonical_url

    spider = getattr(crawler, "spider", None)
    mapper = getattr(spider, "canonical_url_for", None)
    return canonical_url(mapper(url) if mapper else url)


def _load_near_index(session: Session) -> Any:
    try:
        from pipelines.dedup import NearDuplicateIndex
    except ImportError:  # the dedup stage predates near-duplicate support
        return None
    index = NearDuplicateIndex()
    for aid, sig in store.iter_signatures(session):
        index.add(aid, sig)
    return index


def write_document(session: Session, doc: Document, *, source_kind: str, near_index: Any) -> str:
    """Save one document (exact and near-duplicate links included); returns the
    store status (``new``/``updated``/``unchanged``)."""
    duplicate_of = None
    if doc.content_hash:
        duplicate_of = store.find_exact_duplicate(session, doc.content_hash, exclude_url=doc.canonical_url)
    if duplicate_of is None and near_index is not None and doc.minhash:
        hits = sorted(near_index.query(doc.minhash))
        duplicate_of = hits[0] if hits else None
    article, status = store.save_article(session, doc, source_kind=source_kind, duplicate_of_id=duplicate_of)
    if status == store.NEW and near_index is not None and doc.minhash:
        near_index.add(article.id, doc.minhash)
    if doc.url:
        store.resolve_rejects(session, doc.url)
    return status


class StorePipeline:
    """Writes documents in batches, idempotently; rejects become ``rejects`` rows.

    A batch that fails (database locked or gone) is retried
    ``NEWSARCHIVE_STORE_RETRIES`` times; then each item is tried alone, and an
    item that still cannot be written becomes a reject row, or, when even that
    fails, a line in ``NEWSARCHIVE_SPOOL_DIR`` so nothing that passed
    validation is lost.  Stats: ``newsarchive/store/<new|updated|unchanged|
    rejects|retries|spooled|duplicates>``.
    """

    def __init__(self, crawler: Any):
        settings = crawler.settings
        self.crawler = crawler
        self.stats = crawler.stats
        self.batch_size = settings.getint("NEWSARCHIVE_STORE_BATCH_SIZE", 50)
        self.retries = settings.getint("NEWSARCHIVE_STORE_RETRIES", 3)
        self.spool_dir = Path(settings.get("NEWSARCHIVE_SPOOL_DIR", "spool"))
        self.buffer: list[Document | Rejected] = []
        self.archive: Archive | None = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> "StorePipeline":
        return cls(crawler)

    def open_spider(self) -> None:
        self.archive = archive_for(self.crawler)
        with self.archive.sessions() as session:
            self.archive.near_index = _load_near_index(session)

    def close_spider(self) -> None:
        self.flush()

    def process_item(self, item: Any) -> Any:
        if isinstance(item, Document):
            if item.url:
                item.canonical_url = canonical_for(self.crawler, item.url)
            self.buffer.append(item)
        elif isinstance(item, Rejected):
            self.buffer.append(item)
        else:
            return item
        if len(self.buffer) >= self.batch_size:
            self.flush()
        if isinstance(item, Rejected):
            raise DropItem(f"rejected at {item['stage']}: {item['reason']}")
        return item

    # -- writing ---------------------------------------------------------------

    def _source_kind(self, doc: Document) -> str:
        from pipelines import profiles

        site = profiles.of(doc)
        return site.source_kind if site is not None else "original"

    def _write(self, session: Session, item: Document | Rejected) -> None:
        assert self.archive is not None
        if isinstance(item, Rejected):
            store.record_reject(session, url=item.get("url"), stage=item["stage"], reason=item["reason"],
                                payload=item.get("payload"), crawl_run_id=self.archive.crawl_run_id)
            self.stats.inc_value("newsarchive/store/rejects")
            return
        status = write_document(session, item, source_kind=self._source_kind(item),
                                near_index=self.archive.near_index)
        self.stats.inc_value(f"newsarchive/store/{status}")

    def flush(self) -> None:
        if not self.buffer or self.archive is None:
            return
        batch, self.buffer = self.buffer, []
        for attempt in range(1, self.retries + 1):
            try:
                with self.archive.sessions.begin() as session:
                    for item in batch:
                        self._write(session, item)
                return
            except IntegrityError:
                break  # one bad item: isolate it below
            except (OperationalError, DBAPIError) as exc:
                self.stats.inc_value("newsarchive/store/retries")
                logger.warning("Store batch failed (attempt %(n)d/%(of)d): %(err)s",
                               {"n": attempt, "of": self.retries, "err": exc})
                # Back off a little: a locked SQLite usually frees within a second.
                time.sleep(min(2.0, 0.25 * attempt))
        self._write_one_by_one(batch)

    def _write_one_by_one(self, batch: list[Document | Rejected]) -> None:
        assert self.archive is not None
        for item in batch:
            try:
                with self.archive.sessions.begin() as session:
                    self._write(session, item)
                continue
            except (IntegrityError, OperationalError, DBAPIError) as exc:
                error = exc
            url = item.url if isinstance(item, Document) else item.get("url")
            try:
                with self.archive.sessions.begin() as session:
                    store.record_reject(session, url=url, stage="store", reason=f"write failed: {error}",
                                        payload=_retry_payload(item), crawl_run_id=self.archive.crawl_run_id)
                self.stats.inc_value("newsarchive/store/rejects")
            except (OperationalError, DBAPIError):
                self._spool(item, error)

    def _spool(self, item: Document | Rejected, error: Exception) -> None:
        self.spool_dir.mkdir(parents=True, exist_ok=True)
        run = self.archive.crawl_run_id if self.archive else None
        path = self.spool_dir / f"run-{run or 'unknown'}.jsonl"
        record = {"error": str(error), **_retry_payload(item)}
        with path.open("a", encoding="utf-8") as fh:
            fh.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
        self.stats.inc_value("newsarchive/store/spooled")
        logger.error("Archive unreachable; %(url)s spooled to %(path)s",
                     {"url": record.get("url"), "path": path})


def _retry_payload(item: Document | Rejected) -> dict[str, Any]:
    if isinstance(item, Rejected):
        return dict(item)
    out = item.to_json()
    out["fetch"] = {"url": item.url, "headers": item.headers, "warc": item.warc, "profile": item.profile,
                    "host": urlsplit(item.url or "").hostname}
    return out
