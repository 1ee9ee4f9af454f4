"""Canonical URLs on w3lib.url: the article key policy."""

from __future__ import annotations

import pytest

from pipelines.dedup import run
from pipelines.document import Document
from pipelines.urls import article_key, canonical_url, clean, declared_url, page_declared, profile_rules


def test_clean_keeps_order_and_drops_tracking_and_fragment():
    assert clean("http://h/a.html?b=2&utm_source=x&a=1&spm=q#c") == "http://h/a.html?b=2&a=1"
    assert clean("http://h/list?page=2&page=3") == "http://h/list?page=2&page=3"


@pytest.mark.parametrize("url, keep, want", [
    ("http://www.zqrb.cn/a/b.html?p=2", [], "http://zqrb.cn/a/b.html"),
    ("http://www.zqrb.cn/a/b.html?s=mining&replytocom=5", None, "http://zqrb.cn/a/b.html"),
    ("http://news.example.com/article.php?id=7&page=2&utm_medium=x", ["id"], "http://news.example.com/article.php?id=7"),
    ("http://news.example.com/?p=123", None, "http://news.example.com/?p=123"),  # WordPress post ids stay
    ("http://例子.中国/新闻/1.html", None, "http://xn--fsqu00a.xn--fiqs8s/%E6%96%B0%E9%97%BB/1.html"),
    ("http://example.com/a/./b/../c.html", None, "http://example.com/a/c.html"),
])
def test_canonical_url_query_policy(url, keep, want):
    assert canonical_url(url, keep_query=keep) == want


def test_query_variants_of_one_article_are_one_key():
    base = "http://www.zqrb.cn/finance/hg/2021-05-26/A1621983946519.html"
    variants = [base, base + "?p=2", base + "?s=%E6%8C%96%E7%9F%BF", base + "?utm_source=wx#top", base + "?print=1"]
    assert len({article_key(v, keep_query=[]) for v in variants}) == 1


def test_declared_canonical_wins_on_the_same_site_only():
    url = "http://www.zqrb.cn/finance/hg/2021-05-26/A1621983946519.html?p=2"
    same = "https://zqrb.cn/finance/hg/2021-05-26/A1621983946519.html"
    assert article_key(url, declared=[same], keep_query=[]) == same
    # off-site, the home page, or junk: ignored, the fetched URL decides
    for bad in ("http://evil.example/x.html", "http://www.zqrb.cn/", "javascript:void(0)", ""):
        assert article_key(url, declared=[bad], keep_query=[]) == "http://zqrb.cn/finance/hg/2021-05-26/A1621983946519.html"
    # a mirror (127.0.0.1) is the site when the profile's domains say so
    assert declared_url("http://127.0.0.1:8000/a.html", [same], site_hosts=["www.zqrb.cn"]) == same
    # relative declarations resolve against the page
    assert declared_url("http://zqrb.cn/x/a.html?p=2", ["/x/a.html"]) == "http://zqrb.cn/x/a.html"


def test_og_url_is_the_fallback():
    assert page_declared({"og:url": "http://a.com/x"}) == [None, "http://a.com/x"]
    assert page_declared({"canonical": "http://a.com/c", "og:url": "http://a.com/x"})[0] == "http://a.com/c"


def test_dedup_stage_uses_the_profile_and_the_page():
    assert profile_rules("securities_daily") == (("www.zqrb.cn", "zqrb.cn"), [])
    assert profile_rules(None) == ((), None)
    doc = Document(url="http://www.zqrb.cn/finance/hg/2021-05-26/A1621983946519.html?p=3",
                   profile="securities_daily", body="x",
                   meta={"og:url": "http://www.zqrb.cn/finance/hg/2021-05-26/A1621983946519.html"})
    assert run(doc).canonical_url == "http://zqrb.cn/finance/hg/2021-05-26/A1621983946519.html"


def test_spider_requests_an_article_once_whatever_its_query():
    from crawler.spiders.securities_daily import SecuritiesDailySpider

    spider = SecuritiesDailySpider(start_url="http://127.0.0.1:8000/")
    url = "http://127.0.0.1:8000/finance/hg/2021-05-26/A1621983946519.html"
    assert spider.article_url(url + "?p=2&s=x") == url
    assert spider._article_if_admitted(url + "?p=2", day=None, hints={}).url == url
