"""Scale-out: two crawler processes sharing a scrapy-redis queue and one PostgreSQL archive."""

from __future__ import annotations

from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import pytest
import redis
from sqlalchemy import text

from crawler.scaleout import RedisScaleOut, redis_settings
from models.engine import get_engine
from tests.conftest import REDIS_URL
from tests.conftest_crawl import manifest, run_crawl, sample_site  # noqa: F401  (fixture)

pytestmark = [pytest.mark.slow, pytest.mark.redis, pytest.mark.postgres]


def test_addon_is_off_without_redis_url():
    from scrapy.settings import Settings

    settings = Settings({"SCHEDULER": "scrapy.core.scheduler.Scheduler"})
    RedisScaleOut().update_settings(settings)
    assert settings["SCHEDULER"] == "scrapy.core.scheduler.Scheduler"


def test_addon_switches_scheduler_and_keys():
    from scrapy.settings import Settings

    settings = Settings({"NEWSARCHIVE_REDIS_URL": "redis://127.0.0.1:6379/0", "NEWSARCHIVE_REDIS_RUN": "r1",
                         "NEWSARCHIVE_REDIS_PREFIX": "p"})
    RedisScaleOut().update_settings(settings)
    assert settings["SCHEDULER"] == "scrapy_redis.scheduler.Scheduler"
    assert settings["SCHEDULER_QUEUE_KEY"] == "p:r1:%(spider)s:requests"
    assert settings["SCHEDULER_PERSIST"] is True


def test_two_workers_share_one_queue_and_archive(sample_site, pg_url, redis_prefix, tmp_path):  # noqa: F811
    settings = {
        "NEWSARCHIVE_DATABASE_URL": pg_url,
        "NEWSARCHIVE_REDIS_URL": REDIS_URL,
        "NEWSARCHIVE_REDIS_PREFIX": redis_prefix,
        "NEWSARCHIVE_REDIS_RUN": "run1",
        # Short: the test's site is tiny and local.
        "NEWSARCHIVE_REDIS_IDLE_TIMEOUT": 3,
    }
    with ThreadPoolExecutor(2) as pool:
        results = list(pool.map(
            lambda n: run_crawl(sample_site.url, tmp_path / f"w{n}", settings=settings), [1, 2]))
    for result in results:
        assert result.returncode == 0, result.stderr[-3000:]
    articles = [p["path"] for p in manifest(role="article")]
    fetched = Counter(path for path in sample_site.paths() if path in set(articles))
    # The shared dupefilter: no article page was downloaded twice across the two workers.
    assert fetched and max(fetched.values()) == 1
    with get_engine(pg_url).connect() as conn:
        stored = conn.execute(text("SELECT count(*), count(DISTINCT canonical_url) FROM articles")).one()
        runs = conn.execute(text("SELECT status, finish_reason, stats FROM crawl_runs")).all()
    assert stored[0] == stored[1] == len(fetched)
    assert [r.status for r in runs] == ["finished", "finished"], [(r.status, r.stats) for r in runs]
    client = redis.Redis.from_url(REDIS_URL)
    assert any(k.decode().startswith(f"{redis_prefix}:run1:securities_daily") for k in client.scan_iter(f"{redis_prefix}*"))
    assert redis_settings(redis_url=REDIS_URL, prefix=redis_prefix, run="run1")["SCHEDULER_PERSIST"]
