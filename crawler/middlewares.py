"""Downloader middlewares."""

from __future__ import annotations

import logging
from typing import Any

from scrapy import signals
from scrapy.exceptions import NotConfigured
from sqlalchemy.exc import DBAPIError

from crawler.fetch_faults import AlreadyArchived

from models import store

from crawler import settings as defaults  # the one home of every default

logger = logging.getLogger(__name__)


class SkipArchivedMiddleware:
    """Skips article requests whose canonical URL is already in the archive.

    Incremental crawling across cron runs: the archive itself is the memory, so
    an article page is downloaded once.  Requests are marked by the spider with
    ``meta["newsarchive_kind"] == "article"``; the spider's ``refresh``
    attribute (``-a refresh=1``) turns skipping off.  Stat:
    ``newsarchive/skip/archived``.
    """

    def __init__(self, crawler: Any):
        if not crawler.settings.getbool("NEWSARCHIVE_SKIP_ARCHIVED", defaults.NEWSARCHIVE_SKIP_ARCHIVED):
            raise NotConfigured
        self.crawler = crawler
        self.archive = None
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)

    @classmethod
    def from_crawler(cls, crawler: Any) -> "SkipArchivedMiddleware":
        return cls(crawler)

    def spider_opened(self, spider: Any) -> None:
        from crawler.store_pipeline import archive_for

        self.archive = archive_for(self.crawler)

    def process_request(self, request: Any) -> None:
        if request.meta.get("newsarchive_kind") != "article" or self.archive is None:
            return None
        spider = self.crawler.spider
        if getattr(spider, "refresh", False):
            return None
        from crawler.store_pipeline import canonical_for

        canonical = canonical_for(self.crawler, request.url)
        try:
            # a connection, not a session: one indexed SELECT per request
            with self.archive.sessions.kw["bind"].connect() as conn:
                known = store.is_archived(conn, canonical)
        except DBAPIError as exc:
            # archive unreachable: fetch the page anyway (the store is idempotent);
            # the failed check must not become a fetch reject
            self.crawler.stats.inc_value("newsarchive/skip/check_failed")
            logger.warning("Skip check failed, fetching %(url)s: %(err)s",
                           {"url": request.url, "err": str(exc.orig).strip().splitlines()[:1]})
            return None
        if known:
            self.crawler.stats.inc_value("newsarchive/skip/archived")
            logger.debug("Already archived, not fetched: %(url)s", {"url": request.url})
            raise AlreadyArchived(f"already archived: {canonical}")
        return None
