"""Repeated article links: the spider does not build a request the duplicate filter would drop."""

from __future__ import annotations

import pytest
from scrapy.dupefilters import RFPDupeFilter
from scrapy.http import HtmlResponse, Request
from scrapy.utils.test import get_crawler

from crawler.spiders.profiled.fetch_requests import repeats_are_dropped
from crawler.spiders.securities_daily import SecuritiesDailySpider

BASE = "http://127.0.0.1:8000"
ARTICLE = "/finance/yaowen/2021-05-{day:02d}/A16219830000{n:02d}.html"


def make_spider(settings=None):
    crawler = get_crawler(SecuritiesDailySpider, settings_dict=settings or {})
    return SecuritiesDailySpider.from_crawler(crawler, start_url=BASE + "/")


def page(url: str, hrefs: list[str], kind: str = "article") -> HtmlResponse:
    anchors = "".join(f"<p><a href='{h}'>invented link {i}</a></p>" for i, h in enumerate(hrefs))
    body = f"<html><body><h1>An invented page</h1>{anchors}</body></html>".encode()
    return HtmlResponse(url=url, body=body, encoding="utf-8",
                        request=Request(url, meta={"newsarchive_kind": kind, "newsarchive_hints": {}}))


def pages() -> list[HtmlResponse]:
    links = [ARTICLE.format(day=1 + serial % 5, n=serial) for serial in range(12)]
    return [page(f"{BASE}{ARTICLE.format(day=3, n=50 + shift)}", links[shift:] + links[:shift] + [links[0] + "?utm_source=x"])
            for shift in range(6)]


def scheduled(spider) -> list[tuple[str, dict]]:
    """What passes the scheduler's duplicate filter, in order, with its hints."""
    dupes, out = RFPDupeFilter(), []
    for resp in pages():
        for item in spider.parse_article(resp):
            if isinstance(item, Request) and not dupes.request_seen(item):
                out.append((item.url, item.meta["newsarchive_hints"]))
    return out


def article_requests(spider) -> list[str]:
    return [r.url for resp in pages() for r in spider.parse_article(resp) if isinstance(r, Request)]


def test_the_same_requests_reach_the_scheduler_with_or_without_repeats():
    skipping = make_spider()
    every = make_spider({"DUPEFILTER_CLASS": "scrapy.dupefilters.BaseDupeFilter"})  # repeats not dropped
    assert skipping._requested_articles() is not None and every._requested_articles() is None
    assert scheduled(skipping) == scheduled(every)
    assert len(scheduled(make_spider())) == 12


def test_a_repeated_article_link_is_requested_once_and_counted():
    spider = make_spider()
    urls = article_requests(spider)
    assert len(urls) == len(set(urls)) == 12
    assert spider.crawler.stats.get_value("newsarchive/spider/repeated_article_links") == 6 * 13 - 12


@pytest.mark.parametrize("settings, dropped", [
    ({}, True),
    ({"DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter"}, True),  # the shared scale-out filter
    ({"DUPEFILTER_CLASS": "scrapy.dupefilters.BaseDupeFilter"}, False),  # nothing filtered
    ({"DEPTH_LIMIT": 3}, False),  # a first link refused by depth may pass later, from a shallower page
    ({"DUPEFILTER_CLASS": "no.such.Filter"}, False),
])
def test_repeats_are_skipped_only_where_the_filter_drops_them(settings, dropped):
    assert repeats_are_dropped(get_crawler(settings_dict=settings).settings) is dropped
    spider = make_spider(settings)
    assert (len(article_requests(spider)) == 12) is dropped


FEEDS = ("<link rel='alternate' type='application/rss+xml' href='/feeds/all.xml'>"
         "<link rel='alternate' type='application/atom+xml' href=' /feeds/atom.xml '>"
         "<link rel='alternate' type='application/rss+atom' href='/feeds/both.xml'>"
         "<link rel='alternate' href='/feeds/untyped.xml'><link rel='stylesheet' type='rss' href='/x.css'>"
         "<link rel='alternate' type='application/rss+xml' href='http://elsewhere.example/feed.xml'>")


def feed_pages(head: str = FEEDS) -> list[HtmlResponse]:
    out = []
    for n in range(4):
        url = f"{BASE}{ARTICLE.format(day=2, n=70 + n)}"
        body = f"<html><head>{head}</head><body><p>An invented story {n}.</p></body></html>".encode()
        out.append(HtmlResponse(url=url, body=body, encoding="utf-8",
                                request=Request(url, meta={"newsarchive_kind": "article", "newsarchive_hints": {}})))
    return out


def feed_requests(spider, parse) -> list[str]:
    return [r.url for resp in feed_pages() for r in parse(spider, resp)
            if isinstance(r, Request) and r.meta["newsarchive_kind"] == "feed"]


def test_feed_hrefs_are_those_of_the_css_selector():
    from crawler.spiders.profiled.feeds import _FEED_HREFS

    for head in (FEEDS, "", "<link rel='alternate' type='text/html' href='/a.html'>", FEEDS + FEEDS):
        resp = feed_pages(head)[0]
        css = resp.css('link[rel="alternate"][type*="rss"]::attr(href), '
                       'link[rel="alternate"][type*="atom"]::attr(href)').getall()
        assert _FEED_HREFS(resp.selector.root) == css


def test_an_article_pages_feed_is_requested_once_where_repeats_are_dropped():
    def article(spider, resp):
        return spider.parse_article(resp)

    skipping = make_spider()
    every = make_spider({"DUPEFILTER_CLASS": "scrapy.dupefilters.BaseDupeFilter"})
    once = feed_requests(skipping, article)
    assert once == [f"{BASE}/feeds/all.xml", f"{BASE}/feeds/atom.xml", f"{BASE}/feeds/both.xml"]
    assert feed_requests(every, article) == once * 4
    assert skipping.crawler.stats.get_value("newsarchive/spider/repeated_feed_links") == 9
    # a listing page's feeds are requested every time: crawler.conditional notes them per listing
    listing = make_spider()
    assert len(feed_requests(listing, lambda spider, resp: spider._feeds_linked(resp))) == 12
