"""Spider callbacks fed the sample site's real bytes (no server, no reactor)."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from datetime import date, datetime

import pytest
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.test import get_crawler
from twisted.internet.error import DNSLookupError
from twisted.python.failure import Failure

from crawler.sample_site import SITE_DIR
from crawler.spiders.profiled import (
    Bounds, ProfiledSpider, SpiderArgumentError, clean_url, feed_date, page_number, text_date, url_date,
)
from crawler.spiders.securities_daily import SecuritiesDailySpider
from pipelines.base import Rejected
from pipelines.document import Document
from tests.conftest_crawl import ROOT, manifest, page, site_response

BASE = "http://127.0.0.1:8000"


def make_spider(cls=SecuritiesDailySpider, settings=None, **args) -> ProfiledSpider:
    args.setdefault("start_url", BASE + "/")
    crawler = get_crawler(cls, settings_dict=settings or {})
    return cls.from_crawler(crawler, **args)


def requests_of(results) -> list[Request]:
    return [r for r in results if isinstance(r, Request)]


def by_kind(requests: list[Request], kind: str) -> list[str]:
    return [r.url for r in requests if r.meta["newsarchive_kind"] == kind]


def stats(spider: ProfiledSpider) -> dict:
    return {k.removeprefix("newsarchive/spider/"): v for k, v in spider.crawler.stats.get_stats().items()
            if k.startswith("newsarchive/spider/")}


def path(key: str) -> str:
    return page(key)["path"]


# ---------------------------------------------------------------- pure helpers

def test_clean_url_drops_tracking_and_fragment():
    assert clean_url("http://h/a.html?utm_source=home&utm_medium=x#comments") == "http://h/a.html"
    assert clean_url("http://h/list?page=2&spm=abc") == "http://h/list?page=2"
    assert clean_url("http://h") == "http://h/"


def test_dates_from_urls_text_and_feeds():
    tz = make_spider().tz
    assert url_date(BASE + path("mining")) == date(2021, 5, 26)
    assert url_date(BASE + "/en/news/2021-05-27/x.html") == date(2021, 5, 27)
    assert url_date(BASE + "/finance/index.html") is None
    assert text_date("标题 2021-05-26 07:05", tz) == datetime(2021, 5, 26, 7, 5, tzinfo=tz)
    assert text_date("2021年05月26日", tz) == date(2021, 5, 26)
    assert text_date("no date", tz) is None
    assert feed_date("Wed, 26 May 2021 07:05:00 +0800", tz).isoformat() == "2021-05-26T07:05:00+08:00"
    assert feed_date("2021-06-01T15:30:00+08:00", tz).hour == 15
    assert feed_date("garbage", tz) is None


def test_page_numbers():
    assert page_number(BASE + "/finance/index_3.html") == 3
    assert page_number(BASE + "/finance/index.html") == 1
    assert page_number(BASE + "/") == 1


# ---------------------------------------------------------------- arguments

@pytest.mark.parametrize("args, message", [
    ({"since": "2021-13-01"}, "since='2021-13-01': expected a date as YYYY-MM-DD"),
    ({"until": "yesterday"}, "until='yesterday'"),
    ({"since": "2021-06-01", "until": "2021-05-01"}, "since=2021-06-01 is after until=2021-05-01"),
    ({"max_pages": "0"}, "max_pages='0': expected a whole number >= 1"),
    ({"max_pages": "two"}, "max_pages='two'"),
    ({"refresh": "maybe"}, "refresh='maybe': expected 1 or 0"),
    ({"start_url": "ftp://example.org/"}, "start_url='ftp://example.org/': expected an http(s) URL"),
])
def test_bad_arguments_fail_clearly(args, message):
    with pytest.raises(SpiderArgumentError, match=message.replace("(", r"\(").replace(")", r"\)")):
        make_spider(**args)


def test_site_spider_needs_a_known_profile():
    with pytest.raises(SpiderArgumentError, match="profile: required"):
        make_spider(ProfiledSpider)
    with pytest.raises(SpiderArgumentError, match="profile='nope': no such site profile .*securities_daily"):
        make_spider(ProfiledSpider, profile="nope")
    spider = make_spider(ProfiledSpider, profile="securities_daily")
    assert spider.name == "site" and spider.profile.name == "securities_daily"


def test_arguments_are_parsed_and_recorded():
    spider = make_spider(since="2021-05-21", until="2021-05-31", max_pages="2", refresh="1")
    assert spider.bounds == Bounds(since=date(2021, 5, 21), until=date(2021, 5, 31), max_pages=2)
    assert spider.refresh is True
    assert spider.spider_args == {"start_url": BASE + "/", "since": "2021-05-21", "until": "2021-05-31",
                                  "max_pages": "2", "refresh": "1"}
    assert make_spider(refresh="0").refresh is False


def test_default_aims_at_the_real_site():
    spider = make_spider(start_url=None)
    assert spider.start_urls == ["http://www.zqrb.cn/"]
    assert set(spider.allowed_domains) == {"www.zqrb.cn", "zqrb.cn"}
    assert spider.localize("http://www.zqrb.cn/a.html") == "http://www.zqrb.cn/a.html"
    assert spider.canonical_url_for("http://www.zqrb.cn/a.html") == "http://www.zqrb.cn/a.html"


def test_a_mirror_replaces_the_site_hosts():
    spider = make_spider()
    assert spider.allowed_domains == ["127.0.0.1"]
    assert spider.localize("http://www.zqrb.cn/finance/index.html") == BASE + "/finance/index.html"
    assert spider.localize("https://elsewhere.example/x") == "https://elsewhere.example/x"
    assert spider.canonical_url_for(BASE + path("mining")) == "http://www.zqrb.cn" + path("mining")


def test_start_url_from_the_setting():
    spider = make_spider(start_url=None, settings={"NEWSARCHIVE_START_URL": "http://127.0.0.1:9999/"})
    assert spider.start_urls == ["http://127.0.0.1:9999/"]


def test_start_requests_robots_and_home():
    spider = make_spider()

    async def collect():
        return [r async for r in spider.start()]

    requests = asyncio.run(collect())
    assert [(r.url, r.meta["newsarchive_kind"]) for r in requests] == [
        (BASE + "/robots.txt", "robots"), (BASE + "/", "listing")]


# ---------------------------------------------------------------- discovery

def test_home_page_links():
    spider = make_spider()
    requests = requests_of(spider.parse_listing(site_response("/")))
    articles = by_kind(requests, "article")
    # the tracking parameters are dropped, so the duplicate link is one request
    assert BASE + path("lithium") in articles
    assert not any("utm_" in u or "#" in u for u in articles)
    assert BASE + path("en_mining") in articles
    assert set(by_kind(requests, "listing")) >= {BASE + "/finance/index.html", BASE + "/stock/index.html",
                                                 BASE + "/gscy/index.html", BASE + "/en/index.html"}
    assert by_kind(requests, "feed") == [BASE + "/rss.xml"]
    everything = " ".join(r.url for r in requests)
    # /go/ is denied by the profile; /member/login is denied; /member/index.html is left to robots.txt
    assert "/go/elsewhere" not in everything and "login" not in everything and "/about/" not in everything
    for r in requests:
        if r.meta["newsarchive_kind"] == "article":
            assert r.priority > 0 and r.meta["dont_redirect"] is True and r.errback == spider.on_error


def test_listing_entries_carry_hints():
    spider = make_spider()
    requests = requests_of(spider.parse_listing(site_response("/finance/index.html")))
    article = next(r for r in requests if r.url == BASE + path("deposit_rates"))
    hints = article.meta["newsarchive_hints"]
    assert hints["listing_url"] == BASE + "/finance/index.html"
    assert hints["title"] == page("deposit_rates")["title"]
    assert hints["section"] == "财经"
    assert hints["published_at"].isoformat() == "2021-05-28T07:10:00+08:00"


def test_absolute_links_to_the_real_host_are_rewritten():
    spider = make_spider()
    requests = requests_of(spider.parse_listing(site_response("/stock/index.html")))
    assert BASE + path("northbound") in by_kind(requests, "article")
    assert not any("zqrb.cn" in r.url for r in requests)


def test_relative_links_and_fragment():
    spider = make_spider()
    requests = requests_of(spider.parse_listing(site_response("/gscy/index.html")))
    articles = by_kind(requests, "article")
    assert articles.count(BASE + path("lithium")) == 1
    assert BASE + path("liquor") in articles


def test_pagination_follows_the_next_page_only():
    spider = make_spider()
    requests = requests_of(spider.parse_listing(site_response("/finance/index.html")))
    pages = [r for r in by_kind(requests, "listing") if "/finance/index_" in r]
    assert pages == [BASE + "/finance/index_2.html"]
    (nxt,) = [r for r in requests if r.url == BASE + "/finance/index_2.html"]
    assert nxt.meta["newsarchive_page"] == 2
    last = requests_of(spider.parse_listing(site_response("/finance/index_3.html", meta={"newsarchive_page": 3})))
    assert not [u for u in by_kind(last, "listing") if "index_" in u]


def test_max_pages_bounds_pagination():
    spider = make_spider(max_pages="1")
    requests = requests_of(spider.parse_listing(site_response("/finance/index.html")))
    assert not [u for u in by_kind(requests, "listing") if "index_" in u]
    assert stats(spider)["pagination_stopped/max_pages"] == 1


def test_since_skips_old_articles_and_stops_pagination():
    spider = make_spider(since="2021-05-21")
    first = requests_of(spider.parse_listing(site_response("/finance/index.html")))
    assert BASE + "/finance/index_2.html" in by_kind(first, "listing")
    second = requests_of(spider.parse_listing(site_response("/finance/index_2.html", meta={"newsarchive_page": 2})))
    # every entry of page 2 is older than since: no page 3, no old article
    assert BASE + "/finance/index_3.html" not in by_kind(second, "listing")
    assert BASE + path("cpi") not in by_kind(second, "article")
    assert stats(spider)["pagination_stopped/since"] == 1
    assert stats(spider)["skipped/since"] >= 4


def test_until_skips_newer_articles_but_keeps_paging():
    spider = make_spider(until="2021-05-27")
    requests = requests_of(spider.parse_listing(site_response("/finance/index.html")))
    articles = by_kind(requests, "article")
    assert BASE + path("fx_rrr") not in articles and BASE + path("deposit_rates") not in articles
    assert BASE + path("yuan_640") in articles
    assert BASE + "/finance/index_2.html" in by_kind(requests, "listing")
    assert stats(spider)["skipped/until"] >= 2


def test_robots_names_the_sitemap():
    spider = make_spider()
    requests = requests_of(spider.parse_robots(site_response("/robots.txt")))
    assert [(r.url, r.meta["newsarchive_kind"]) for r in requests] == [(BASE + "/sitemap.xml", "sitemap")]


def test_sitemap_lists_articles():
    spider = make_spider()
    requests = requests_of(spider.parse_sitemap(site_response("/sitemap.xml")))
    urls = by_kind(requests, "article")
    assert BASE + path("mining") in urls and BASE + path("en_yuan") in urls
    assert BASE + "/" not in urls  # the home page is in the sitemap but is no article
    assert len(urls) == len([p for p in manifest() if p["role"] != "dead"])


def test_feed_items_with_pubdate_hints():
    spider = make_spider(since="2021-05-26")
    requests = requests_of(spider.parse_feed(site_response("/rss.xml")))
    urls = by_kind(requests, "article")
    assert BASE + path("mining") in urls and BASE + path("liquor") not in urls
    mining = next(r for r in requests if r.url == BASE + path("mining"))
    hints = mining.meta["newsarchive_hints"]
    assert hints["published_at"].isoformat() == "2021-05-26T07:05:00+08:00"
    assert hints["section"] == "财经" and hints["title"] == page("mining")["title"]


# ---------------------------------------------------------------- articles

def test_article_becomes_a_raw_document():
    spider = make_spider(refresh="1")
    hints = {"listing_url": BASE + "/finance/index.html", "section": "财经"}
    response = site_response(path("deposit_rates"), meta={"newsarchive_hints": hints,
                                                          "newsarchive_warc": {"filename": "a.warc.gz", "offset": 0}})
    results = list(spider.parse_article(response))
    (doc,) = [r for r in results if isinstance(r, Document)]
    assert doc.url == BASE + path("deposit_rates")
    assert doc.raw == (SITE_DIR / "v1" / path("deposit_rates").lstrip("/")).read_bytes()  # GBK bytes untouched
    assert doc.headers["content-type"] == "text/html; charset=gbk"
    assert doc.status == 200 and doc.profile == "securities_daily" and doc.refresh is True
    assert doc.fetched_at.tzinfo is not None
    assert doc.hints == hints
    assert doc.warc == {"filename": "a.warc.gz", "offset": 0}
    # prev/next and "推荐阅读" links are followed
    assert BASE + path("yuan_640") in by_kind(requests_of(results), "article")


def test_empty_article_is_still_yielded():
    spider = make_spider()
    (doc,) = list(spider.parse_article(site_response(path("turnover"))))
    assert doc.raw == b"" and doc.status == 200


def test_off_site_redirect_is_a_fetch_reject():
    spider = make_spider()
    response = site_response(path("partner"), meta={"newsarchive_hints": {"section": "stock"}})
    (item,) = list(spider.parse_article(response))
    assert isinstance(item, Rejected)
    assert item["url"] == BASE + path("partner") and item["stage"] == "fetch"
    assert item["reason"].startswith("redirected off-site to http://example.invalid/")
    assert item["payload"]["status"] == 302 and item["payload"]["hints"] == {"section": "stock"}
    assert stats(spider)["fetch_failed/article/offsite_redirect"] == 1


def test_on_site_redirect_is_followed():
    from scrapy.http import HtmlResponse

    spider = make_spider()
    old = BASE + "/finance/hongguanjingji/2021-05-26/A1621979099000.html"
    response = HtmlResponse(old, status=301, headers={"Location": path("mining")}, body=b"",
                            request=Request(old, meta={"newsarchive_hints": {"section": "财经"}}))
    (request,) = list(spider.parse_article(response))
    assert request.url == BASE + path("mining")
    assert request.meta["newsarchive_redirects"] == [old]
    assert request.meta["newsarchive_kind"] == "article"


def failure_for(exc: Exception, request: Request) -> Failure:
    try:
        raise exc
    except type(exc):
        failure = Failure()
    failure.request = request
    return failure


def test_http_error_on_an_article_is_a_fetch_reject():
    spider = make_spider()
    response = site_response(path("en_dead_link"), meta={"newsarchive_kind": "article",
                                                         "newsarchive_hints": {"published_at": date(2021, 5, 26)}})
    (item,) = list(spider.on_error(failure_for(HttpError(response, "Ignoring non-200 response"), response.request)))
    assert item["stage"] == "fetch" and item["reason"] == "HTTP 404"
    assert item["url"] == BASE + path("en_dead_link")
    assert item["payload"]["hints"] == {"published_at": "2021-05-26"}  # JSON-ready
    assert stats(spider)["fetch_failed/article/http_404"] == 1


def test_download_error_is_a_fetch_reject_for_articles_only():
    spider = make_spider()
    article = Request(BASE + path("mining"), meta={"newsarchive_kind": "article"})
    (item,) = list(spider.on_error(failure_for(DNSLookupError("no such host"), article)))
    assert item["reason"].startswith("download failed: DNSLookupError")
    listing = Request(BASE + "/finance/index.html", meta={"newsarchive_kind": "listing"})
    assert list(spider.on_error(failure_for(DNSLookupError("no such host"), listing))) == []
    assert stats(spider)["fetch_failed/listing/download_error"] == 1


def test_ignored_requests_are_not_rejects():
    # robots.txt and the skip-archived middleware raise IgnoreRequest: no fault of the page
    spider = make_spider()
    request = Request(BASE + path("mining"), meta={"newsarchive_kind": "article"})
    from crawler.fetch_faults import AlreadyArchived

    assert list(spider.on_error(failure_for(AlreadyArchived("already archived"), request))) == []
    assert list(spider.on_error(failure_for(IgnoreRequest("Forbidden by robots.txt"), request))) == []
    assert stats(spider)["ignored/article"] == 2


def test_other_ignored_requests_are_rejects():
    # a decompression bomb is an IgnoreRequest from Scrapy's HttpCompressionMiddleware
    spider = make_spider()
    request = Request(BASE + path("mining"), meta={"newsarchive_kind": "article"})
    bomb = IgnoreRequest("Ignored response <200 x> because its body (1 B compressed, 9 B decompressed so far) "
                         "exceeded DOWNLOAD_MAXSIZE (5 B) during decompression.")
    (item,) = list(spider.on_error(failure_for(bomb, request)))
    assert item["stage"] == "fetch" and item["reason"].startswith("decompression bomb")


def test_scrapy_list_shows_the_spiders():
    out = subprocess.run([sys.executable, "-m", "scrapy", "list"], cwd=ROOT, capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["securities_daily", "site"]
