"""The store pipeline and the crawl-run recorder, built with ``get_crawler``."""

from __future__ import annotations

import json

import pytest
from scrapy.exceptions import DropItem
from scrapy.utils.test import get_crawler
from sqlalchemy import text

from crawler.extensions import run_status
from models.engine import get_engine
from pipelines.base import Rejected
from crawler.store_pipeline import StorePipeline
from tests.test_store import make_doc


def pipeline_for(url: str, **settings) -> StorePipeline:
    crawler = get_crawler(settings_dict={"NEWSARCHIVE_DATABASE_URL": url, **settings})
    pipe = StorePipeline.from_crawler(crawler)
    pipe.open_spider()
    return pipe


def count(url: str, table: str) -> int:
    with get_engine(url).connect() as conn:
        return conn.execute(text(f"SELECT count(*) FROM {table}")).scalar()


def test_new_archive_is_created_by_migrations(empty_sqlite_url):
    pipe = pipeline_for(empty_sqlite_url)
    pipe.process_item(make_doc())
    pipe.close_spider()
    assert count(empty_sqlite_url, "articles") == 1
    with get_engine(empty_sqlite_url).connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def test_batches_commit_at_size_and_close(sqlite_url):
    pipe = pipeline_for(sqlite_url, NEWSARCHIVE_STORE_BATCH_SIZE=2)
    pipe.process_item(make_doc(url="http://a.example/1"))
    assert count(sqlite_url, "articles") == 0  # still buffered
    pipe.process_item(make_doc(url="http://a.example/2", body="Other body."))
    assert count(sqlite_url, "articles") == 2
    pipe.process_item(make_doc(url="http://a.example/3", body="Third body."))
    pipe.close_spider()
    assert count(sqlite_url, "articles") == 3
    assert pipe.stats.get_value("newsarchive/store/new") == 3


def test_rejected_items_become_rows_and_are_dropped(sqlite_url):
    pipe = pipeline_for(sqlite_url, NEWSARCHIVE_STORE_BATCH_SIZE=1)
    item = Rejected(url="http://a.example/broken", stage="validate", reason="not an article: listing page",
                    payload={"profile": None})
    with pytest.raises(DropItem, match="not an article"):
        pipe.process_item(item)
    with get_engine(sqlite_url).connect() as conn:
        row = conn.execute(text("SELECT url, stage, reason FROM rejects")).one()
    assert tuple(row) == ("http://a.example/broken", "validate", "not an article: listing page")


def test_second_identical_item_changes_nothing(sqlite_url):
    pipe = pipeline_for(sqlite_url, NEWSARCHIVE_STORE_BATCH_SIZE=1)
    pipe.process_item(make_doc())
    pipe.process_item(make_doc())
    pipe.close_spider()
    assert count(sqlite_url, "article_versions") == 1
    assert pipe.stats.get_value("newsarchive/store/unchanged") == 1


def test_database_gone_mid_crawl_spools_items(tmp_path, sqlite_url):
    spool = tmp_path / "spool"
    pipe = pipeline_for(sqlite_url, NEWSARCHIVE_STORE_BATCH_SIZE=1, NEWSARCHIVE_STORE_RETRIES=1,
                        NEWSARCHIVE_SPOOL_DIR=str(spool))
    pipe.process_item(make_doc(url="http://a.example/ok"))
    # The archive disappears: point the pipeline at a path that cannot be opened.
    from sqlalchemy.orm import sessionmaker
    from models.engine import make_engine

    pipe.archive.sessions = sessionmaker(make_engine(f"sqlite:///{tmp_path}/missing/dir/x.db"))
    pipe.process_item(make_doc(url="http://a.example/lost"))
    lines = [json.loads(l) for f in spool.glob("*.jsonl") for l in f.read_text().splitlines()]
    assert [l["url"] for l in lines] == ["http://a.example/lost"]
    assert lines[0]["body"] == "Para one.\n\nPara two."
    assert pipe.stats.get_value("newsarchive/store/spooled") == 1
    # What was archived before is still there.
    assert count(sqlite_url, "articles") == 1


@pytest.mark.parametrize("reason,stats,expected", [
    ("finished", {"downloader/response_count": 3}, "finished"),
    ("finished", {"downloader/response_count": 0}, "failed"),
    # one error in three requests is over the 25% error rate; one in ten is not
    ("finished", {"downloader/response_count": 3, "downloader/request_count": 3, "log_count/ERROR": 1}, "failed"),
    ("finished", {"downloader/response_count": 10, "downloader/request_count": 10, "log_count/ERROR": 1}, "finished"),
    ("finished", {"downloader/response_count": 8, "downloader/request_count": 8,
                  "downloader/response_status_count/503": 3}, "failed"),
    # rejects and 404s are normal
    ("finished", {"downloader/response_count": 8, "downloader/request_count": 8,
                  "downloader/response_status_count/404": 5, "newsarchive/store/rejects": 5}, "finished"),
    ("finished", {"downloader/response_count": 3, "newsarchive/run/disk_full": "/x"}, "failed"),
    ("finished", {"downloader/response_count": 3, "newsarchive/store/spooled": 2}, "failed"),
    ("shutdown", {"downloader/response_count": 3}, "interrupted"),
    ("closespider_pagecount", {"downloader/response_count": 3}, "finished"),
    # a scale-out worker that waited on the shared queue and found it drained
    ("finished", {"newsarchive/scaleout/enabled": 1, "newsarchive/scaleout/idle_waits": 2}, "finished"),
    ("finished", {"newsarchive/scaleout/enabled": 1}, "failed"),
])
def test_run_status(reason, stats, expected):
    assert run_status(reason, stats) == expected


def test_near_duplicate_republication_links_to_first_copy(sqlite_url):
    import hashlib

    from pipelines import dedup
    from pipelines.document import Document

    story = ("Regulators ordered miners in two provinces to halt operations on Friday, "
             "and several pool operators said they would stop serving mainland users. ") * 6

    def doc(url: str, body: str) -> Document:
        return make_doc(url=url, canonical_url=url, body=body,
                        content_hash=hashlib.sha256(body.encode()).hexdigest(),
                        minhash=dedup.minhash(body))

    first = doc("http://original.example/a.html", story)
    copy = doc("http://aggregator.example/b.html", story + " Share this article.")
    other = doc("http://original.example/c.html", "A different story about bank deposits and rates. " * 10)
    pipe = pipeline_for(sqlite_url, NEWSARCHIVE_STORE_BATCH_SIZE=1)
    for item in (first, copy, other):
        pipe.process_item(item)
    pipe.close_spider()
    with get_engine(sqlite_url).connect() as conn:
        rows = dict(conn.execute(text(
            "SELECT a.canonical_url, d.canonical_url FROM articles a LEFT JOIN articles d ON d.id = a.duplicate_of_id")).all())
    # Never dropped: all three are archived; the republication points at the first copy.
    assert rows == {"http://original.example/a.html": None,
                    "http://aggregator.example/b.html": "http://original.example/a.html",
                    "http://original.example/c.html": None}
