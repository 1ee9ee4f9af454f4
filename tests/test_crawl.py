"""The real crawl: ``scrapy crawl securities_daily`` in a subprocess against the sample
site served on 127.0.0.1, through every pipeline into a SQLite archive; the tests
assert with SQL on what landed and on the site's request log.

One first crawl is shared by the module (``first``); tests that crawl again copy its
archive, so each assertion reads a crawl nobody else changed.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest

from crawler.sample_site import SampleSite, serve
from tests.conftest_crawl import ROOT, CrawlResult, canonical, manifest, page, run_crawl, sample_site  # noqa: F401

pytestmark = pytest.mark.slow

ARTICLES = manifest(role="article")


@dataclass
class FirstCrawl:
    site: SampleSite
    result: CrawlResult
    paths: list[str]

    def url(self, key: str) -> str:
        return self.site.url.rstrip("/") + page(key)["path"]


@pytest.fixture(scope="module")
def first(tmp_path_factory: pytest.TempPathFactory):
    site = serve()
    try:
        result = run_crawl(site.url, tmp_path_factory.mktemp("first"))
        yield FirstCrawl(site=site, result=result, paths=site.paths())
    finally:
        site.stop()


def copy_archive(first: FirstCrawl, workdir: Path) -> Path:
    workdir.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        src = Path(str(first.result.db_path) + suffix)
        if src.exists():
            shutil.copy(src, workdir / ("a.db" + suffix))
    return workdir


def article_paths(paths: list[str]) -> list[str]:
    known = {p["path"] for p in manifest()}
    return [p for p in paths if p in known]


# ---------------------------------------------------------------- the first crawl

def test_crawl_succeeds_and_records_its_run(first):
    first.result.check()
    run = first.result.last_run()
    assert run["spider"] == "securities_daily"
    assert run["status"] == "finished", run
    assert run["finished_at"] is not None
    assert run["args"]["start_url"] == first.site.url
    stats = run["stats"]
    assert stats["newsarchive/spider/fetched/article"] >= len(ARTICLES)
    assert stats["newsarchive/store/new"] == len(ARTICLES)
    assert stats["finish_reason"] == "finished"
    assert run["articles_new"] == len(ARTICLES)
    assert run["rejects"] == 5


def test_every_article_lands_once(first):
    got = [u for (u,) in first.result.rows("SELECT canonical_url FROM articles")]
    assert sorted(got) == sorted(canonical(p["path"]) for p in ARTICLES)
    assert first.result.scalar("SELECT count(*) FROM article_versions") == len(ARTICLES)
    assert first.result.scalar("SELECT count(*) FROM sources") >= 1


@pytest.mark.parametrize("key, snippets", [
    ("deposit_rates", ["多家中小银行发布公告", "息差收窄的压力是实实在在的"]),   # GBK, declared gbk
    ("liquor", ["董事长王喆表示", "稳价格、控节奏"]),                               # GBK, declared gb2312
    ("wealth_mgmt", ["净值化转型进入冲刺阶段", "我们需要用业绩说话"]),               # GBK, no charset at all
    ("chinext", ["注册制下创业板已有156家公司上市", "打新不再是稳赚不赔"]),          # GBK, header says utf-8
    ("mining", ["打击比特币挖矿和交易行为", "火讯财经创始人龙典"]),
])
def test_chinese_articles_decode_and_clean(first, key, snippets):
    p = page(key)
    title, body, language = first.result.rows(
        "SELECT title, body, language FROM articles WHERE canonical_url = ?", canonical(p["path"]))[0]
    assert title == p["title"]
    assert language == "zh"
    assert "\ufffd" not in body and "\ufffd" not in title
    for snippet in snippets:
        assert snippet in body
    for boilerplate in ("分享到", "推荐阅读", "上一篇", "热点排行", "证券日报社版权所有"):
        assert boilerplate not in body


def test_gbk_article_times_and_section(first):
    published, section = first.result.rows(
        "SELECT published_at, section FROM articles WHERE canonical_url = ?", canonical(page("deposit_rates")["path"]))[0]
    # 2021-05-28 07:10 in Beijing
    assert str(published).startswith("2021-05-27 23:10")
    assert section == "财经"


def test_english_republication_loses_the_aggregator_boilerplate(first):
    title, body, language = first.result.rows(
        "SELECT title, body, language FROM articles WHERE canonical_url = ?", canonical(page("en_mining")["path"]))[0]
    assert language == "en"
    assert "Regulatory crackdown sets off a wave of rectification in the mining industry" in title
    assert "Ding Feipeng reminded" in body
    for junk in ("Illustration of the location and fate of tear moles", "<<:", ">>:", "Justin Sun wins again"):
        assert junk not in body


def test_claims_are_extracted(first):
    assert first.result.scalar("SELECT count(*) FROM claims") > 0
    per_language = dict(first.result.rows(
        "SELECT a.language, count(*) FROM claims c JOIN articles a ON a.id = c.article_id GROUP BY a.language"))
    assert per_language.get("zh", 0) > 0 and per_language.get("en", 0) > 0


@pytest.mark.parametrize("key, stage, reason", [
    ("gallery", "validate", "not an article"),
    ("truncated", None, ""),
    ("turnover", None, "empty"),
    ("partner", "fetch", "redirected off-site to http://example.invalid/"),
    ("en_dead_link", "fetch", "HTTP 404"),
])
def test_broken_pages_end_as_rejects_with_reasons(first, key, stage, reason):
    # Keyed by the site's canonical URL, not the mirror's: another port shares the row.
    rows = first.result.rows("SELECT stage, reason, payload FROM rejects WHERE url = ?", canonical(page(key)["path"]))
    assert len(rows) == 1, first.result.rows("SELECT url, stage, reason FROM rejects")
    got_stage, got_reason, payload = rows[0]
    if stage:
        assert got_stage == stage
    assert reason.lower() in got_reason.lower()
    assert '"profile": "securities_daily"' in payload
    assert first.result.scalar("SELECT count(*) FROM articles WHERE canonical_url = ?", canonical(page(key)["path"])) == 0


def test_robots_txt_is_respected(first):
    assert not [p for p in first.paths if p.startswith("/member/")]
    assert first.result.stat("robotstxt/forbidden") >= 1


def test_off_site_links_and_denied_paths_are_not_followed(first):
    assert "/go/elsewhere" not in first.paths
    assert not [p for p in first.paths if p.startswith(("/about/", "/en/topic/"))]
    assert first.result.stat("offsite/filtered", 0) == 0  # nothing off-site was even scheduled


def test_each_page_is_requested_once(first):
    counts = Counter(p for p in first.paths if p != "/robots.txt")
    assert [p for p, n in counts.items() if n > 1] == []
    # the article linked with ?utm_source=... and #comments was fetched once
    assert counts[page("lithium")["path"]] == 1
    assert first.result.scalar("SELECT count(*) FROM articles WHERE canonical_url LIKE '%utm_%'") == 0


def test_discovery_uses_listings_sitemap_and_feed(first):
    for path in ("/finance/index.html", "/finance/index_2.html", "/finance/index_3.html", "/stock/index_2.html",
                 "/sitemap.xml", "/rss.xml", "/robots.txt"):
        assert path in first.paths, path


def test_raw_pages_are_in_warc(first):
    warc_dir = first.result.db_path.parent / "warc"
    assert any(warc_dir.glob("*.warc*"))
    missing = first.result.scalar("SELECT count(*) FROM article_versions WHERE warc_filename IS NULL")
    assert missing == 0


# ---------------------------------------------------------------- crawling again

@pytest.mark.parametrize("conditional", [0, 1])
def test_second_crawl_adds_nothing_and_skips_archived_articles(first, tmp_path, conditional):
    """Without validators every listing is read and its archived articles skipped;
    with them (the default) the unchanged listings answer 304 and are not parsed."""
    workdir = copy_archive(first, tmp_path / "second")
    with serve() as site:
        second = run_crawl(site.url, workdir, settings={"NEWSARCHIVE_CONDITIONAL_ENABLED": conditional}).check()
        paths = site.paths()
    archived = {p["path"] for p in ARTICLES}
    assert not archived & set(paths), "an archived article was downloaded again"
    run = second.last_run()
    assert run["status"] == "finished"
    assert run["articles_new"] == 0 and run["articles_updated"] == 0
    if conditional:
        assert run["stats"]["newsarchive/conditional/not_modified/listing"] >= 3
        assert run["not_modified"] == run["stats"]["newsarchive/conditional/not_modified"]
    else:
        assert run["stats"]["newsarchive/skip/archived"] >= len(ARTICLES) - 1
    # only the pages that never became articles are tried again
    assert run["stats"].get("newsarchive/spider/fetched/article", 0) <= len(manifest()) - len(ARTICLES)
    assert second.scalar("SELECT count(*) FROM articles") == len(ARTICLES)
    assert second.scalar("SELECT count(*) FROM article_versions") == len(ARTICLES)
    assert second.scalar("SELECT count(*) FROM crawl_runs") == 2


def test_refresh_on_v2_records_a_second_version_of_the_updated_article_only(first, tmp_path):
    workdir = copy_archive(first, tmp_path / "refresh")
    (updated,) = manifest(updated_in_v2=True)
    with serve(version=2) as site:
        result = run_crawl(site.url, workdir, args={"refresh": 1}).check()
        paths = site.paths()
    assert {p["path"] for p in ARTICLES} <= set(paths)  # refresh re-fetches everything
    versions = dict(result.rows(
        "SELECT a.canonical_url, count(v.id) FROM articles a JOIN article_versions v ON v.article_id = a.id "
        "GROUP BY a.id"))
    assert versions.pop(canonical(updated["path"])) == 2
    assert set(versions.values()) == {1}
    body = result.scalar("SELECT body FROM articles WHERE canonical_url = ?", canonical(updated["path"]))
    assert "9900亿美元" in body and "1万亿美元" not in body
    run = result.last_run()
    assert run["articles_new"] == 0 and run["articles_updated"] == 1
    assert run["args"]["refresh"] == "1"


def test_v2_without_refresh_downloads_no_archived_article(first, tmp_path):
    workdir = copy_archive(first, tmp_path / "v2")
    with serve(version=2) as site:
        result = run_crawl(site.url, workdir).check()
        paths = site.paths()
    assert not {p["path"] for p in ARTICLES} & set(paths)
    assert result.scalar("SELECT count(*) FROM article_versions") == len(ARTICLES)


# ---------------------------------------------------------------- bounds

def test_since_until_bound_the_crawl(sample_site, tmp_path):
    since, until = date(2021, 5, 21), date(2021, 5, 31)
    result = run_crawl(sample_site.url, tmp_path, args={"since": since, "until": until}).check()
    paths = sample_site.paths()
    expected = {p["path"] for p in ARTICLES if since <= datetime.fromisoformat(p["published"]).date() <= until}
    got = {u.removeprefix("http://zqrb.cn") for (u,) in result.rows("SELECT canonical_url FROM articles")}
    assert got == expected
    fetched = set(paths)
    out_of_range = {p["path"] for p in manifest()
                    if not since <= datetime.fromisoformat(p["published"]).date() <= until}
    assert not out_of_range & fetched, "an article outside since/until was requested"
    # page 2 of the finance listing is all older than `since`: page 3 is never requested
    assert "/finance/index_2.html" in fetched and "/finance/index_3.html" not in fetched
    stats = result.last_run()["stats"]
    assert stats["newsarchive/spider/pagination_stopped/since"] >= 1
    assert stats["newsarchive/spider/skipped/since"] >= 1 and stats["newsarchive/spider/skipped/until"] >= 1


def test_max_pages_with_the_generic_site_spider(sample_site, tmp_path):
    result = run_crawl(sample_site.url, tmp_path, spider="site",
                       args={"profile": "securities_daily", "max_pages": 1}).check()
    paths = sample_site.paths()
    assert not [p for p in paths if "index_" in p]
    assert result.last_run()["spider"] == "site"
    assert result.stat("newsarchive/spider/pagination_stopped/max_pages") >= 2
    # the sitemap and the feed still lead to every article
    assert result.scalar("SELECT count(*) FROM articles") == len(ARTICLES)


def test_bad_argument_fails_with_a_clear_message(tmp_path):
    result = run_crawl("http://127.0.0.1:9/", tmp_path, args={"since": "2021-13-01"}, timeout=120)
    assert result.returncode != 0
    assert "Bad spider argument for securities_daily: since='2021-13-01': expected a date as YYYY-MM-DD" in result.stderr


def test_default_start_is_the_real_site():
    out = subprocess.run(
        [sys.executable, "-c",
         "from scrapy.utils.test import get_crawler\n"
         "from crawler.spiders.securities_daily import SecuritiesDailySpider as S\n"
         "s = S.from_crawler(get_crawler(S))\n"
         "print(s.start_urls, sorted(s.allowed_domains))"],
        cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "['http://www.zqrb.cn/'] ['www.zqrb.cn', 'zqrb.cn']"
