"""Downloader middlewares."""

from __future__ import annotations

import logging
from typing import Any

from scrapy import signals
from scrapy.exceptions import IgnoreRequest, NotConfigured

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
        from pipelines.store import archive_for

        self.archive = archive_for(self.crawler)

    def process_request(self, request: Any) -> None:
        if request.meta.get("newsarchive_kind") != "article" or self.archive is None:
            return None
        spider = self.crawler.spider
        if getattr(spider, "refresh", False):
            return None
        from pipelines.store import canonical_for

        canonical = canonical_for(self.crawler, request.url)
        with self.archive.sessions() as session:
            known = store.is_archived(session, canonical)
        if known:
            self.crawler.stats.inc_value("newsarchive/skip/archived")
            logger.debug("Already archived, not fetched: %(url)s", {"url": request.url})
            raise IgnoreRequest(f"already archived: {canonical}")
        return None
