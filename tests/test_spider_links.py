"""Link discovery: the remembered per-URL decision gives what deciding every link afresh gives."""

from __future__ import annotations

from urllib.parse import urljoin

from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler

from crawler.spiders.profiled import links
from crawler.spiders.securities_daily import SecuritiesDailySpider

BASE = "http://127.0.0.1:8000"

HREFS = [
    "/finance/yaowen/2021-05-26/A1621983000001.html", "/finance/yaowen/2021-05-26/A1621983000001.html#comments",
    "http://www.zqrb.cn/finance/yaowen/2021-05-26/A1621983000002.html?utm_source=feed&spm=a.b",
    "https://zqrb.cn/stock/index.html", "../gscy/index_2.html", "?page=2", "  /finance/index.html  ",
    "javascript:void(0)", "mailto:desk@example.com", "#top", "", "https://elsewhere.example/finance/x.html",
    "ftp://127.0.0.1/finance/yaowen/2021-05-26/A1621983000003.html", "/finance/yaowen/2021-05-26/A1621983000004.html?p=2",
    "//127.0.0.1:8000/finance/yaowen/2021-05-26/A1621983000005.html", "/about/contact.html",
]


def make_spider(**args):
    args.setdefault("start_url", BASE + "/")
    return SecuritiesDailySpider.from_crawler(get_crawler(SecuritiesDailySpider), **args)


def response(url: str, hrefs: list[str], base: str | None = None) -> HtmlResponse:
    head = f"<base href='{base}'>" if base else ""
    anchors = "".join(f"<li><a href='{h}'>link {i}</a></li>" for i, h in enumerate(hrefs))
    body = f"<html><head>{head}</head><body><ul>{anchors}</ul><a>no href</a></body></html>"
    return HtmlResponse(url=url, body=body.encode(), encoding="utf-8")


def afresh(spider, resp) -> list[tuple[str, str]]:
    """Every link decided on its own, as the spider did before it remembered decisions."""
    out = []
    for href in resp.css("a::attr(href)").getall():
        href = href.strip()
        if not href or href.startswith(("javascript:", "mailto:", "#")):
            continue
        url = links.clean_url(spider.localize(resp.urljoin(href)))
        if not url.startswith(("http://", "https://")) or not spider._allowed(url):
            continue
        kind = spider.classify(url)
        if kind is not None:
            out.append((url, kind))
    return out


def test_links_as_deciding_each_afresh_on_many_pages():
    spider = make_spider()
    pages = [response(f"{BASE}/finance/index.html", HREFS),
             response(f"{BASE}/gscy/2021/index.html", HREFS[::-1]),
             response(f"{BASE}/stock/a.html", HREFS, base=f"{BASE}/finance/sub/"),
             response(f"{BASE}/finance/index.html", HREFS)]  # the same page again: all remembered
    for resp in pages:
        found = list(spider._links(resp))
        assert found == afresh(spider, resp)
    assert any(kind == "article" for _url, kind in found)


def test_the_memory_starts_afresh_when_the_mirror_changes():
    spider = make_spider()
    resp = response(f"{BASE}/finance/index.html", HREFS)
    first = list(spider._links(resp))
    spider._mirror, spider.allowed_domains = None, sorted(spider._site_hosts)  # crawling the real site
    real = response("http://www.zqrb.cn/finance/index.html", HREFS)
    assert list(spider._links(real)) == afresh(spider, real)
    assert list(spider._links(real)) != first


# hrefs whose join reads more or less of the base: dot segments, another scheme, empty
# query marks, protocol-relative hosts, ports, a bare query, a relative path
JOIN_HREFS = [
    "http://127.0.0.1:8000/finance/a/../yaowen/2021-05-26/A1621983000006.html",
    "https://127.0.0.1:8000/finance/yaowen/2021-05-26/A1621983000007.html?",
    "http://127.0.0.1:8000/./finance/yaowen/2021-05-26/A1621983000008.html#x",
    "HTTP://127.0.0.1:8000/finance/yaowen/2021-05-26/A1621983000009.html",
    "/finance/./yaowen/../yaowen/2021-05-26/A1621983000010.html",
    "//127.0.0.1:8000/stock/index_3.html", "//127.0.0.1:9000/stock/index.html",
    "/finance/yaowen/2021-05-26/A1621983000011.html;v=1", "?page=3", "sub/index.html", "./index_2.html",
]
BASES = ["http://127.0.0.1:8000/finance/yaowen/x.html", "http://127.0.0.1:8000/stock/",
         "https://127.0.0.1:8000/finance/index.html", "http://127.0.0.1:9000/finance/a/b.html",
         "http://127.0.0.1:8000/finance/index.html?q=1", "ftp://127.0.0.1:8000/finance/"]


def test_a_join_key_stands_for_one_join_result():
    for href in JOIN_HREFS + HREFS:
        href = href.strip()
        joined: dict = {}
        for base in BASES:
            key = links.join_key(href, *links.join_context(base))
            if key is not None:
                joined.setdefault(key, set()).add(urljoin(base, href))
        assert all(len(results) == 1 for results in joined.values()), href
    assert links.join_key("sub/index.html", "http", "http://h") is None
    assert links.join_key("?page=2", "http", "http://h") is None


def test_links_remembered_by_href_as_deciding_afresh_across_bases():
    spider = make_spider()
    hrefs = JOIN_HREFS + HREFS
    pages = [response(f"{BASE}/finance/index.html", hrefs),
             response(f"{BASE}/gscy/2021/index.html", hrefs[::-1]),
             response("https://127.0.0.1:8000/finance/index.html", hrefs),
             response(f"{BASE}/stock/a.html", hrefs, base="https://127.0.0.1:8000/finance/sub/"),
             response(f"{BASE}/finance/yaowen/2021-05-26/A1621983000001.html", hrefs)]
    for resp in pages * 2:  # the second time every decision is remembered
        assert list(spider._links(resp)) == afresh(spider, resp)
