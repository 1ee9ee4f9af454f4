"""Scale-out on scrapy-redis: many crawler processes, one Redis queue, one PostgreSQL archive.

Enabled by one setting: ``-s NEWSARCHIVE_REDIS_URL=redis://host:6379/0``.  This
Scrapy add-on then switches the scheduler and the duplicate filter to
scrapy-redis, so every worker started with the same settings pulls from one
shared request queue and no URL is fetched twice within a run.  The archive
(``NEWSARCHIVE_DATABASE_URL``, PostgreSQL for several machines) is the shared
memory across runs: the skip-archived middleware keeps crawls incremental.

Keys are ``<NEWSARCHIVE_REDIS_PREFIX>:<NEWSARCHIVE_REDIS_RUN>:<spider>:requests``
and ``...:dupefilter``.  Give every worker of one crawl the same
``NEWSARCHIVE_REDIS_RUN`` (default: today's UTC date, so a daily cron's workers
meet), and a new one for the next crawl, so listing pages are fetched again.
"""

from __future__ import annotations

import logging
from datetime import datetime, timezone
from typing import Any

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
        prefix = settings.get("NEWSARCHIVE_REDIS_PREFIX", "newsarchive")
        settings.setdict(redis_settings(redis_url=redis_url, prefix=prefix, run=run), priority="addon")
        logger.info("Scale-out: scrapy-redis scheduler at %(url)s, run %(run)s", {"url": redis_url, "run": run})
