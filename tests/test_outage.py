"""PostgreSQL outages (issue 12, item 5): the advisory lock is re-taken after a
restart or the crawl stops cleanly; the wrapper says "archive unreachable" in one
line; what was spooled ends in the archive at the next run without a second
download.  The "restart" is a TCP proxy in front of the test server that drops
every connection (the shared server itself is never stopped)."""

from __future__ import annotations

import json
import subprocess

import pytest
from scrapy.utils.test import get_crawler
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from crawler.cli import main
from crawler.runlock import AdvisoryLockKeeper, advisory_key
from models.engine import get_engine
from pipelines.document import Document
from pipelines.spool import replay
from tests.conftest_faults import HoldingSite, TcpProxy, crawl_cmd, crawl_env
from tests.fixtures.hostile_site import HOLD_PATH, build


@pytest.fixture
def proxy(pg_url):
    p = TcpProxy(make_url(pg_url).port or 5432)
    yield p
    p.close()


def _held_elsewhere(pg_url: str, key: int) -> bool:
    """True when another session holds ``key`` (we try it, and let go at once)."""
    engine = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            got = conn.execute(select(func.pg_try_advisory_lock(key))).scalar()
            if got:
                conn.execute(select(func.pg_advisory_unlock(key)))
            return not got
    finally:
        engine.dispose()


def _keeper(url: str) -> tuple[AdvisoryLockKeeper, list[str]]:
    crawler = get_crawler(settings_dict={"NEWSARCHIVE_DATABASE_URL": url})
    crawler.stats = crawler._create_stats() if hasattr(crawler, "_create_stats") else crawler.stats
    keeper = AdvisoryLockKeeper(crawler)
    stops: list[str] = []
    keeper._stop = stops.append  # the engine is not running in this test
    keeper.key = advisory_key("outage_test")
    return keeper, stops


def test_advisory_lock_is_retaken_after_a_restart(pg_url, proxy):
    keeper, stops = _keeper(proxy.url(pg_url))
    assert keeper._take() is True
    assert _held_elsewhere(pg_url, keeper.key)
    proxy.down()                       # the server "restarts": the session and its lock are gone
    keeper.check()
    assert not _held_elsewhere(pg_url, keeper.key)
    proxy.up()
    keeper.check()                     # reconnects and takes it again
    assert _held_elsewhere(pg_url, keeper.key)
    assert stops == []
    keeper.spider_closed(None)
    assert not _held_elsewhere(pg_url, keeper.key)


def test_crawl_stops_cleanly_when_another_run_took_the_lock(pg_url, proxy):
    keeper, stops = _keeper(proxy.url(pg_url))
    assert keeper._take() is True
    proxy.down()
    keeper.check()
    other = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with other.connect() as conn:       # another run starts while we are cut off
        assert conn.execute(select(func.pg_try_advisory_lock(keeper.key))).scalar()
        proxy.up()
        keeper.check()
        assert stops == ["lock_lost"]
    other.dispose()
    keeper.spider_closed(None)


@pytest.mark.slow
def test_outage_mid_crawl_is_spooled_then_replayed_without_refetch(pg_url, proxy, tmp_path):
    build(tmp_path / "site")
    db = proxy.url(pg_url)
    with HoldingSite(root=tmp_path / "site", hold=HOLD_PATH) as site:
        first = subprocess.Popen(crawl_cmd(db, site.url, tmp_path, "NEWSARCHIVE_STORE_BATCH_SIZE=1",
                                           "NEWSARCHIVE_STORE_RETRIES=1", "NEWSARCHIVE_LOCK_CHECK_INTERVAL=0.5"),
                                 cwd=tmp_path, env=crawl_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                 text=True)
        assert site.held.wait(120), "the crawl never reached the held page"
        proxy.down()
        site.release.set()
        out, err = first.communicate(timeout=180)
        assert first.returncode == 1
        assert err.count("\n") == 1 and "archive unreachable" in err and "Traceback" not in err
        spooled = [json.loads(line) for f in (tmp_path / "spool").glob("run-*.jsonl")
                   for line in f.read_text().splitlines()]
        assert spooled, "nothing was spooled during the outage"
        assert all(r.get("stage") != "fetch" or "OperationalError" not in r.get("reason", "") for r in spooled)
        proxy.up()
        site.hold = None
        second = subprocess.run(crawl_cmd(db, site.url, tmp_path), cwd=tmp_path, env=crawl_env(),
                                capture_output=True, text=True, timeout=180)
        paths = site.paths()
    assert second.returncode == 0, second.stderr[-2000:]
    assert "spool replayed" in second.stdout
    with Session(get_engine(pg_url)) as session:
        urls = {u for (u,) in session.execute(text("SELECT url FROM articles"))}
        statuses = [s for (s,) in session.execute(text("SELECT status FROM crawl_runs ORDER BY id"))]
    good = [u for u in urls if "/report-" in u]
    assert len(good) == 4 and len(urls) == 6
    for url in urls:  # every article downloaded once, the spooled ones included
        path = "/" + url.split("/", 3)[3]
        assert paths.count(path) == 1, (path, paths.count(path))
    assert statuses == ["killed", "finished"]
    assert list((tmp_path / "spool" / "replayed").glob("run-*.jsonl"))


def test_spool_replay_command(sqlite_url, sqlite_path, tmp_path, capsys):
    from crawler.store_pipeline import _retry_payload

    doc = Document(url="http://www.zqrb.cn/en/news/2021-05-27/x.html", canonical_url="http://zqrb.cn/en/news/2021-05-27/x.html",
                   title="Spooled", body="Body of a spooled article.", content_hash="h1", word_count=5,
                   blocks=[{"kind": "paragraph", "text": "Body of a spooled article."}])
    spool = tmp_path / "spool"
    spool.mkdir()
    (spool / "run-7.jsonl").write_text(json.dumps({"error": "down", **_retry_payload(doc)}) + "\n"
                                       + json.dumps({"url": "http://x/y", "stage": "validate", "reason": "empty",
                                                     "payload": {}}) + "\nnot json\n")
    assert main(["spool", "replay", "--db", str(sqlite_path), "--spool-dir", str(spool)]) == 0
    assert "1 articles, 1 rejects replayed from 1 file(s); 1 unreadable" in capsys.readouterr().out
    with Session(get_engine(sqlite_url)) as session:
        assert session.execute(text("SELECT canonical_url, title FROM articles")).all() == [
            ("http://zqrb.cn/en/news/2021-05-27/x.html", "Spooled")]
    assert not (spool / "run-7.jsonl").exists() and (spool / "replayed" / "run-7.jsonl").exists()
    assert replay(sqlite_url, spool).files == []  # nothing left: a second replay writes nothing
