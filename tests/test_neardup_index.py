"""The persistent near-duplicate index (``article_bands``) on SQLite and PostgreSQL."""

from __future__ import annotations

import importlib.util
import random
from pathlib import Path

from scrapy.utils.test import get_crawler
from sqlalchemy import event, func, inspect, select, text
from sqlalchemy.orm import Session

from models import ArticleBand, store
from models.engine import dispose_all, get_engine
from models.migrate import downgrade, upgrade
from pipelines.dedup import BANDS, band_keys, content_hash, minhash
from crawler.store_pipeline import StorePipeline
from pipelines.store import near_duplicate_of, write_document
from tests.test_store import make_doc

ROOT = Path(__file__).resolve().parent.parent
WORDS = ("rates bank yuan policy growth bond market trade export index inflation credit loan fund "
         "stock price demand supply reserve ratio liquidity yield deficit budget tariff").split()


def _story(seed: int, n: int = 160) -> str:
    rng = random.Random(seed)
    return " ".join(rng.choice(WORDS) + str(rng.randint(0, 50)) for _ in range(n)) + "."


def _doc(i: int, body: str):
    doc = make_doc(url=f"http://www.zqrb.cn/a/b/2021-05-26/A16219839{i:05d}.html", body=body)
    doc.content_hash, doc.minhash = content_hash(body), minhash(body)
    return doc


def test_band_keys_are_the_migrations():
    spec = importlib.util.spec_from_file_location("m0004", ROOT / "migrations" / "versions" / "0004_scale.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    sig = minhash(_story(1))
    assert module._band_keys(sig) == band_keys(sig)
    assert len(band_keys(sig)) == BANDS


def test_near_duplicate_found_from_the_archive_not_memory(any_url):
    engine = get_engine(any_url)
    original = _story(1)
    edited = original.replace(".", " with one more clause added.")  # a light edit, ~0.9 similar
    with Session(engine) as s, s.begin():
        write_document(s, _doc(1, original), source_kind="original")
        write_document(s, _doc(2, _story(2)), source_kind="original")
    with Session(engine) as s, s.begin():  # a later crawl: nothing was loaded anywhere
        assert near_duplicate_of(s, _doc(3, _story(3))) is None
        write_document(s, _doc(4, edited), source_kind="original")
        first = s.scalar(text("SELECT id FROM articles WHERE canonical_url LIKE '%00001.html'"))
        copy = s.scalar(text("SELECT duplicate_of_id FROM articles WHERE canonical_url LIKE '%00004.html'"))
        assert copy == first
        assert s.scalar(select(func.count()).select_from(ArticleBand)) == 3 * BANDS


def test_the_store_loads_nothing_at_crawl_start(sqlite_url):
    engine = get_engine(sqlite_url)
    with Session(engine) as s, s.begin():
        for i in range(5):
            write_document(s, _doc(i, _story(i)), source_kind="original")
    crawler = get_crawler(settings_dict={"NEWSARCHIVE_DATABASE_URL": sqlite_url})
    seen: list[str] = []
    listener = lambda conn, cur, statement, *a: seen.append(statement)  # noqa: E731
    event.listen(engine, "before_cursor_execute", listener)
    try:
        StorePipeline.from_crawler(crawler).open_spider()
    finally:
        event.remove(engine, "before_cursor_execute", listener)
    assert not [q for q in seen if "minhash" in q or "article_bands" in q], seen


def test_upgrade_fills_bands_of_existing_articles(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    # an article written by today's code, then the archive taken back to before article_bands (0004)
    upgrade(url)
    engine = get_engine(url)
    with Session(engine) as s, s.begin():
        article, _ = store.save_article(s, _doc(1, _story(1)))
        aid = article.id
    engine.dispose()
    downgrade(url, "0003")
    assert "article_bands" not in inspect(get_engine(url)).get_table_names()
    dispose_all()
    upgrade(url)
    engine = get_engine(url)
    with Session(engine) as s:
        rows = s.execute(select(ArticleBand.band, ArticleBand.key).where(ArticleBand.article_id == aid)).all()
        assert sorted(rows) == band_keys(minhash(_story(1)))


def test_many_candidates_are_read_a_chunk_at_a_time_lowest_id_first(any_url):
    engine = get_engine(any_url)
    body = _story(7)
    with Session(engine) as s, s.begin():
        for i in range(40):  # forty copies of one page, each a candidate of the next
            doc = _doc(100 + i, body + f" copy {i}.")
            doc.minhash = minhash(body)
            write_document(s, doc, source_kind="original")
    statements = []
    listen = lambda *args: statements.append(args[2])  # noqa: E731 (event hook)
    event.listen(engine, "before_cursor_execute", listen)
    try:
        with Session(engine) as s:
            first = s.scalar(select(func.min(ArticleBand.article_id)))
            assert near_duplicate_of(s, _doc(200, body)) == first
            found = [aid for aid, _ in store.band_candidates(s, band_keys(minhash(body)), chunk=16)]
    finally:
        event.remove(engine, "before_cursor_execute", listen)
    assert found == sorted(found) and len(found) == 40
    signature_reads = [sql for sql in statements if "minhash" in sql and "article_bands" not in sql]
    assert len(signature_reads) == 1 + 3  # the match: one chunk; then every candidate: three chunks
