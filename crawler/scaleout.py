"""Scale-out on scrapy-redis: many crawler processes, one Redis queue, one PostgreSQL archive.

Enabled by one setting: ``-s NEWSARCHIVE_REDIS_URL=redis://host:6379/0``.  This
Scrapy add-on then switches the scheduler and the duplicate filter to
scrapy-redis, so every worker started with the same settings pulls from one
shared request queue and no URL is fetched twice within a run.  The archive
(``NEWSARCHIVE_DATABASE_URL``, PostgreSQL for several machines) is the shared
memory across runs: the skip-archived middleware keeps crawls incremental.

A worker that starts after the others, or runs out of requests while they are
still parsing pages that add more, does not quit at once: :class:`IdleWait`
keeps it alive until the shared queue has stayed empty for
``NEWSARCHIVE_REDIS_IDLE_TIMEOUT`` seconds.  A worker that found nothing left
to fetch ends ``finished``, not ``failed``.

Keys are ``<NEWSARCHIVE_REDIS_PREFIX>:<NEWSARCHIVE_REDIS_RUN>:<spider>:requests``
and ``...:dupefilter``.  Give every worker of one crawl the same
``NEWSARCHIVE_REDIS_RUN`` (default: today's UTC date, so a daily cron's workers
meet), and a new one for the next crawl, so listing pages are fetched again.
"""

from __future__ import annotations

import logging
import time
from datetime import datetime, timezone
from typing import Any

from scrapy import signals
from scrapy.exceptions import DontCloseSpider, NotConfigured

from crawler import settings as defaults  # the one home of every default

logger = logging.getLogger(__name__)


def redis_settings(*, redis_url: str, prefix: str, run: str) -> dict[str, Any]:
    """The scrapy-redis settings for one shared crawl."""
    base = f"{prefix}:{run}:%(spider)s"
    return {
        "SCHEDULER": "scrapy_redis.scheduler.Scheduler",
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        "REDIS_URL": redis_url,
        "SCHEDULER_QUEUE_KEY": f"{base}:requests",
        "SCHEDULER_DUPEFILTER_KEY": f"{base}:dupefilter",
        # Workers finish at different times: the first one must not wipe the shared queue.
        "SCHEDULER_PERSIST": True,
        "SCHEDULER_QUEUE_CLASS": "scrapy_redis.queue.PriorityQueue",
        # An idle worker waits a little for requests other workers are still adding.
        "SCHEDULER_IDLE_BEFORE_CLOSE": 2,
    }


class RedisScaleOut:
    """Scrapy add-on (``ADDONS``): does nothing unless ``NEWSARCHIVE_REDIS_URL`` is set."""

    def update_settings(self, settings: Any) -> None:
        redis_url = settings.get("NEWSARCHIVE_REDIS_URL")
        if not redis_url:
            return
        run = settings.get("NEWSARCHIVE_REDIS_RUN") or datetime.now(timezone.utc).strftime("%Y-%m-%d")
        prefix = settings.get("NEWSARCHIVE_REDIS_PREFIX", defaults.NEWSARCHIVE_REDIS_PREFIX)
        settings.setdict(redis_settings(redis_url=redis_url, prefix=prefix, run=run), priority="addon")
        logger.info("Scale-out: scrapy-redis scheduler at %(url)s, run %(run)s", {"url": redis_url, "run": run})


class IdleWait:
    """Extension: an idle worker stays up while the shared queue may still grow.

    On ``spider_idle`` it refuses to close while the Redis request queue holds
    requests, and for ``NEWSARCHIVE_REDIS_IDLE_TIMEOUT`` seconds after it was
    last seen non-empty (other workers may be parsing pages that add more).
    Stat: ``newsarchive/scaleout/idle_waits``.
    """

    def __init__(self, crawler: Any):
        settings = crawler.settings
        if not settings.get("NEWSARCHIVE_REDIS_URL"):
            raise NotConfigured
        import redis

        self.crawler = crawler
        self.timeout = settings.getfloat("NEWSARCHIVE_REDIS_IDLE_TIMEOUT", defaults.NEWSARCHIVE_REDIS_IDLE_TIMEOUT)
        self.server = redis.Redis.from_url(settings["REDIS_URL"])
        self.queue_key_template = settings["SCHEDULER_QUEUE_KEY"]
        self.last_busy = time.monotonic()
        crawler.stats.set_value("newsarchive/scaleout/enabled", 1)
        crawler.signals.connect(self.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)

    def spider_opened(self, spider: Any) -> None:
        # Count the wait from the open spider: opening (schema check, source registration) can
        # take longer than the timeout when another worker is creating the archive.
        self.last_busy = time.monotonic()

    @classmethod
    def from_crawler(cls, crawler: Any) -> "IdleWait":
        return cls(crawler)

    def pending(self, spider_name: str) -> int:
        """Requests in the shared queue (a sorted set, a list or a set by queue class)."""
        key = self.queue_key_template % {"spider": spider_name}
        kind = self.server.type(key)
        kind = kind.decode() if isinstance(kind, bytes) else kind
        if kind == "zset":
            return int(self.server.zcard(key))
        if kind == "list":
            return int(self.server.llen(key))
        if kind == "set":
            return int(self.server.scard(key))
        return 0

    def spider_idle(self, spider: Any) -> None:
        now = time.monotonic()
        if self.pending(spider.name):
            self.last_busy = now
        if now - self.last_busy < self.timeout:
            self.crawler.stats.inc_value("newsarchive/scaleout/idle_waits")
            raise DontCloseSpider("waiting for the shared queue")
