"""The crawl's store pipeline: writes finished documents and rejects to the archive.

Not an extraction stage (it is not in ``STAGES``): it runs last in ``ITEM_PIPELINES`` and
is the only pipeline that touches the database.  The writing itself is
:func:`pipelines.store.write_document`, shared with ``reprocess`` and WARC import.
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

from crawler import settings as defaults  # the one home of every default
from crawler.diskfull import check as disk_full_check
from models import store
from models.batch import WriteCache, write_annotations
from models.engine import get_engine
from models.migrate import ensure_schema
from pipelines.base import Rejected
from pipelines.document import Document
from pipelines.store import register_sources, write_document
from pipelines.store_lookups import BatchLookups

logger = logging.getLogger(__name__)


@dataclass
class Archive:
    """The archive one crawler writes to: shared by the store pipeline, the
    crawl-run recorder and the skip middleware (one engine, one run id)."""

    url: str
    sessions: sessionmaker[Session]
    crawl_run_id: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def archive_for(crawler: Any) -> Archive:
    """The crawler's :class:`Archive`, opened (and the schema checked) once."""
    archive = getattr(crawler, "_newsarchive_archive", None)
    if archive is None:
        url = crawler.settings.get("NEWSARCHIVE_DATABASE_URL")
        engine = get_engine(url)
        what = ensure_schema(engine, auto_init=crawler.settings.getbool("NEWSARCHIVE_AUTO_INIT", defaults.NEWSARCHIVE_AUTO_INIT))
        if what == "created":
            logger.info("Created a new archive at %(url)s",
                        {"url": engine.url.render_as_string(hide_password=True)})
        archive = Archive(url=url, sessions=sessionmaker(engine, expire_on_commit=False))
        with archive.sessions.begin() as session:
            register_sources(session)
        crawler._newsarchive_archive = archive
    return archive


def canonical_for(crawler: Any, url: str, meta: dict[str, Any] | None = None) -> str:
    """Archive key of a fetched URL: the spider maps mirror hosts back to the site's
    own host (``canonical_url_for``), then :func:`pipelines.urls.article_key` applies
    the page's declared URL (``meta``: the parse stage's ``rel=canonical``/``og:url``;
    None before the page is fetched), the profile's domains and query rules."""
    from pipelines.urls import article_key, page_declared, profile_rules

    spider = getattr(crawler, "spider", None)
    mapper = getattr(spider, "canonical_url_for", None)
    profile = getattr(getattr(spider, "profile", None), "name", None)
    hosts, keep_query = profile_rules(profile)
    return article_key(mapper(url) if mapper else url, declared=page_declared(meta) if meta else (),
                       site_hosts=hosts, keep_query=keep_query)


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
        self.batch_size = settings.getint("NEWSARCHIVE_STORE_BATCH_SIZE", defaults.NEWSARCHIVE_STORE_BATCH_SIZE)
        self.retries = settings.getint("NEWSARCHIVE_STORE_RETRIES", defaults.NEWSARCHIVE_STORE_RETRIES)
        self.spool_dir = Path(settings.get("NEWSARCHIVE_SPOOL_DIR", defaults.NEWSARCHIVE_SPOOL_DIR))
        self.buffer: list[Document | Rejected] = []
        self.archive: Archive | None = None
        # canonical names, aliases and sources seen this crawl (cleared on rollback)
        self.cache = WriteCache()

    @classmethod
    def from_crawler(cls, crawler: Any) -> "StorePipeline":
        return cls(crawler)

    def open_spider(self) -> None:
        # nothing to load: the near-duplicate index lives in the archive (article_bands)
        self.archive = archive_for(self.crawler)

    def close_spider(self) -> None:
        self.flush()

    def process_item(self, item: Any) -> Any:
        if isinstance(item, Document):
            if item.url:
                item.canonical_url = canonical_for(self.crawler, item.url, item.meta)
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

    def _write(self, session: Session, item: Document | Rejected, pending: list | None = None,
               lookups: BatchLookups | None = None) -> None:
        assert self.archive is not None
        if isinstance(item, Rejected):
            # Keyed by the canonical URL: a mirror on any port and the real site share one reject row.
            url = canonical_for(self.crawler, item["url"]) if item.get("url") else None
            store.record_reject(session, url=url, stage=item["stage"], reason=item["reason"],
                                payload=item.get("payload"), crawl_run_id=self.archive.crawl_run_id)
            if lookups is not None:
                lookups.rejected(url)
            self.stats.inc_value("newsarchive/store/rejects")
            return
        status = write_document(session, item, source_kind=self._source_kind(item),
                                cache=self.cache, pending=pending, lookups=lookups)
        self.stats.inc_value(f"newsarchive/store/{status}")

    def flush(self) -> None:
        if not self.buffer or self.archive is None:
            return
        batch, self.buffer = self.buffer, []
        if self.stats.get_value("newsarchive/run/disk_full"):
            for item in batch:  # the archive's disk is full: spool (keep it on another disk)
                self._spool(item, OSError("disk full"))
            return
        for attempt in range(1, self.retries + 1):
            try:
                self._write_batch(batch)
                return
            except IntegrityError:
                self.cache.clear()
                break  # one bad item: isolate it below
            except (OperationalError, DBAPIError) as exc:
                self.cache.clear()
                if _disk_full(self.crawler, exc, self.archive.url):
                    break  # retrying will not free space
                self.stats.inc_value("newsarchive/store/retries")
                logger.warning("Store batch failed (attempt %(n)d/%(of)d): %(err)s",
                               {"n": attempt, "of": self.retries, "err": exc})
                # Back off a little: a locked SQLite usually frees within a second.
                time.sleep(min(2.0, 0.25 * attempt))
        self._write_one_by_one(batch)

    def _wait_for_warc(self, batch: list[Document | Rejected]) -> None:
        """Rows point at WARC records: wait until those records are on disk."""
        writer = getattr(self.crawler, "newsarchive_warc_writer", None)
        if writer is None:
            return
        writer.wait([item.warc if isinstance(item, Document) else (item.get("payload") or {}).get("warc")
                     for item in batch])

    def _write_batch(self, batch: list[Document | Rejected]) -> None:
        """One transaction: every row of the batch, annotations written as one set."""
        assert self.archive is not None
        self._wait_for_warc(batch)
        pending: list[tuple[int, Document]] = []
        with self.archive.sessions.begin() as session:
            # what each document would ask the archive, asked once for the batch
            lookups = BatchLookups(session, [item for item in batch if isinstance(item, Document)],
                                   known_sources=self.cache.source_ids)
            for item in batch:
                self._write(session, item, pending, lookups)
            lookups.finish()
            write_annotations(session, self.cache, pending)

    def _write_one_by_one(self, batch: list[Document | Rejected]) -> None:
        assert self.archive is not None
        for item in batch:
            try:
                self._write_batch([item])
                continue
            except (IntegrityError, OperationalError, DBAPIError) as exc:
                self.cache.clear()
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
        run = self.archive.crawl_run_id if self.archive else None
        path = self.spool_dir / f"run-{run or 'unknown'}.jsonl"
        record = {"error": str(error), **_retry_payload(item)}
        try:
            self.spool_dir.mkdir(parents=True, exist_ok=True)
            with path.open("a", encoding="utf-8") as fh:
                fh.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
        except OSError as exc:
            if not _disk_full(self.crawler, exc, path):
                raise
            self.stats.inc_value("newsarchive/store/lost")  # not archived: the next run fetches it again
            return
        self.stats.inc_value("newsarchive/store/spooled")
        logger.error("Archive unreachable; %(url)s spooled to %(path)s",
                     {"url": record.get("url"), "path": path})


def _disk_full(crawler: Any, exc: BaseException, where: Any) -> bool:
    return disk_full_check(crawler, exc, where=where)


def _retry_payload(item: Document | Rejected) -> dict[str, Any]:
    if isinstance(item, Rejected):
        return dict(item)
    out = item.to_json()
    out["fetch"] = {"url": item.url, "headers": item.headers, "warc": item.warc, "profile": item.profile,
                    "host": urlsplit(item.url or "").hostname}
    return out
