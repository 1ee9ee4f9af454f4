"""Extraction in worker processes: same archive as inline, same offline results."""

from __future__ import annotations

import pytest

from crawler import settings as project_settings
from pipelines import run_stages
from pipelines.base import Rejected
from pipelines.document import Document
from pipelines.errors import Reject
from pipelines.pool import ExtractPool, extract_document, pool_size
from pipelines.urls import page_declared
from tests.conftest_crawl import run_crawl, sample_site  # noqa: F401 (fixture)

ARTICLE = ("<html><head><title>Central bank raises reserve ratio</title></head><body><article>"
           "<h1>Central bank raises reserve ratio</h1>"
           + "".join(f"<p>Paragraph {i}: the People's Bank of China said on Monday that it would raise the "
                     f"reserve requirement ratio, Wang Qing, an analyst at Golden Credit Rating, told reporters.</p>"
                     for i in range(6))
           + "</article></body></html>")


def test_pool_size_setting():
    assert pool_size(0) == 0
    assert pool_size(3) == 3
    assert pool_size(-1) >= 1


@pytest.mark.parametrize("overrides, stages_kept", [
    ({}, False),
    ({"NEWSARCHIVE_EXTRACT_WORKERS": "2"}, False),
    ({"NEWSARCHIVE_EXTRACT_WORKERS": "0"}, True),
    ({"ITEM_PIPELINES": {**project_settings.ITEM_PIPELINES, "pipelines.pool.ExtractPoolPipeline": None}}, True),
])
def test_stage_pipelines_leave_the_chain_only_when_the_pool_runs_them(overrides, stages_kept):
    from scrapy.settings import Settings

    from pipelines.pool import StagesInWorkers
    from pipelines.stages import pipeline_classes

    settings = Settings()
    settings.setmodule(project_settings, priority="project")
    settings.setdict(overrides, priority="cmdline")
    StagesInWorkers().update_settings(settings)
    listed = settings.getwithbase("ITEM_PIPELINES")
    enabled = {path for path, order in listed.items() if order is not None}
    assert stages_kept or not set(pipeline_classes()) & set(listed)  # Scrapy imports even disabled paths
    assert "crawler.store_pipeline.StorePipeline" in enabled
    assert (set(pipeline_classes()) <= enabled) is stages_kept
    assert not (set(pipeline_classes()) & enabled) or stages_kept


def test_worker_result_equals_inline_and_keeps_bytes_and_warc_location():
    docs = [Document(url=f"http://news.example.com/a/{i}.html", raw=ARTICLE.encode(), warc={})
            for i in range(3)] + [Document(url="http://news.example.com/empty.html", raw=b"", warc={})]
    pool = ExtractPool(2)
    try:
        results = list(pool.map(docs))
    finally:
        pool.close()
    for doc, (result, events) in zip(docs[:3], results[:3]):
        inline = run_stages(Document(url=doc.url, raw=ARTICLE.encode()))
        assert result.body == inline.body and result.claims == inline.claims and result.entities == inline.entities
        assert result.raw is doc.raw and result.warc is doc.warc  # put back, not copied through the pipe
        assert ("dedup", "ok", "") in events
    rejected, events = results[3]
    assert isinstance(rejected, Rejected) and rejected["payload"]["warc"] is docs[3].warc
    assert events[-1][1] == "rejected"
    with pytest.raises(Reject):
        run_stages(Document(url=docs[3].url, raw=b""))


def test_extract_document_counts_like_the_stage_pipelines():
    doc, events = extract_document(Document(url="http://news.example.com/a.html", raw=ARTICLE.encode()))
    assert [e for e in events if e[1] == "ok"][0][0] == "decode"
    assert isinstance(doc, Document) and doc.body


# An entity is compared by its smallest alias key, not by its canonical name: which
# surface form names it ("Ding Feipeng" or 丁飞鹏) is the one the store met first, and the
# pool finishes pages in another order than the crawler alone.
_ENTITY = "(SELECT min(k.key) FROM entity_aliases k WHERE k.entity_id = e.id)"

ROWS = {
    "articles": "SELECT canonical_url, url, title, authors, published_at, language, section, body, content_hash, "
                "word_count, minhash, profile, version_count, (SELECT canonical_url FROM articles d "
                "WHERE d.id = a.duplicate_of_id) FROM articles a",
    "versions": "SELECT a.canonical_url, v.version, v.title, v.body, v.content_hash, v.encoding, "
                "v.warc_offset IS NOT NULL FROM article_versions v JOIN articles a ON a.id = v.article_id",
    "claims": f"SELECT a.canonical_url, kind, speaker, speaker_role, speaker_org, {_ENTITY}, cue, c.text, "
              "start_char, end_char, paragraph FROM claims c JOIN articles a ON a.id = c.article_id "
              "LEFT JOIN entities e ON e.id = c.speaker_entity_id",
    "mentions": f"SELECT a.canonical_url, {_ENTITY}, e.type, m.text, start_char, end_char FROM mentions m "
                "JOIN articles a ON a.id = m.article_id JOIN entities e ON e.id = m.entity_id",
    "entities": f"SELECT {_ENTITY}, type FROM entities e",
    "aliases": (f"SELECT {_ENTITY}, x.alias, x.key, x.type FROM entity_aliases x "
                "JOIN entities e ON e.id = x.entity_id"),
    "sources": "SELECT name, domain, kind, language FROM sources",
    "rejects": "SELECT url, stage, reason FROM rejects",
}


@pytest.mark.slow
def test_crawl_with_pool_on_and_off_gives_the_same_archive(sample_site, tmp_path):  # noqa: F811
    results = {}
    for workers in (0, 2):
        res = run_crawl(sample_site.url, tmp_path / f"w{workers}",
                        settings={"NEWSARCHIVE_EXTRACT_WORKERS": workers, "CONCURRENT_REQUESTS": 1})
        assert res.returncode == 0, res.stderr[-3000:]
        stats = res.last_run()["stats"]
        assert stats.get("newsarchive/extract/workers") == (workers or None)
        results[workers] = {name: sorted(map(repr, res.rows(sql))) for name, sql in ROWS.items()}
        results[workers]["stats"] = sorted((k, v) for k, v in stats.items()
                                           if k.startswith("newsarchive/") and k.split("/")[1] in
                                           ("decode", "parse", "validate", "claims", "entities", "dedup", "store"))
    assert results[2]["articles"], "the crawl archived nothing"
    for name in results[0]:
        assert results[0][name] == results[2][name], name


def test_results_for_the_store_leave_out_what_only_the_stages_read():
    page = ARTICLE.replace("<head>", '<head><link rel="canonical" href="http://news.example.com/a/c.html">'
                                     '<meta property="og:url" content="http://news.example.com/a/og.html">')
    doc = Document(url="http://news.example.com/a/1.html", raw=page.encode(), warc={}, profile=None)
    pool = ExtractPool(1)
    try:
        full, _ = pool.submit(doc).result()
        slim, events = pool.submit(doc, for_store=True).result()
    finally:
        pool.close()
    assert full.text and full.raw is doc.raw
    assert slim.text is None and slim.site is None and slim.raw is None and slim.warc is doc.warc
    assert slim.meta.canonical == full.meta.canonical == "http://news.example.com/a/c.html"
    assert slim.meta.head == {"og:url": "http://news.example.com/a/og.html"}
    assert page_declared(slim.meta) == page_declared(full.meta)
    for name in ("body", "blocks", "title", "claims", "entities", "minhash", "content_hash", "removed", "warnings"):
        assert getattr(slim, name) == getattr(full, name), name
    assert ("dedup", "ok", "") in events
