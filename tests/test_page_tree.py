"""An article page's tree parsed from its bytes is the tree of the decoded page.

``page_tree.page_root`` must give what ``response.selector.root`` and ``get_base_url``
give, on every page: the fast path where it is taken, the plain path elsewhere.
"""

from __future__ import annotations

import random

import pytest
from lxml import etree
from scrapy.http import HtmlResponse, TextResponse
from scrapy.utils.response import get_base_url

from crawler.spiders.profiled import page_tree
from crawler.spiders.profiled.links import _HREFS

URL = "http://127.0.0.1:8000/finance/2021-05-26/A1621983000001.html"
UTF8 = {"Content-Type": "text/html; charset=utf-8"}


def page(body_text: str = "", *, head: str = "", before: str = "", after: str = "") -> bytes:
    return (f"{before}<!DOCTYPE html><html><head><meta charset='utf-8'>{head}<title>Rates edge up</title>"
            "<link rel='alternate' type='application/rss+xml' href='/rss.xml'></head><body>"
            "<p>The central bank said on Monday it would keep rates steady \u2014 for now. "
            f"{body_text}</p><a href='/finance/2021-05-26/A1621983000002.html'>next</a> "
            "<a href=' ../stock/index.html '>stocks</a><a href='https://elsewhere.example/x.html'>x</a>"
            f"<a href='a&amp;b.html?x=1&amp;y=2'>amp</a></body></html>{after}").encode("utf-8")


def plain(body: bytes, headers: dict, cls=HtmlResponse) -> tuple[bytes, str, list[str]]:
    resp = cls(URL, body=body, headers=headers)
    root = resp.selector.root
    return etree.tostring(root, method="html", encoding="unicode"), get_base_url(resp), _HREFS(root)


def fast(body: bytes, headers: dict, cls=HtmlResponse) -> tuple[bytes, str, list[str]]:
    root, base = page_tree.page_root(cls(URL, body=body, headers=headers))
    return etree.tostring(root, method="html", encoding="unicode"), base, _HREFS(root)


TAKEN = {
    "ascii": page(),
    "chinese": page("\u592e\u884c\u8868\u793a\u5c06\u4fdd\u6301\u7a33\u5065"),
    "base href": page(head="<base href='http://127.0.0.1:8000/stock/sub/'>"),
    "base href past a long head": page(head="<!-- " + "\u00e9" * 3000 + " --><base href='/deep/'>"),
    "leading and trailing blanks": page(before=" \r\n\t", after="\n\n  "),
    "control character inside": page("a\x01b"),
    "meta charset only": page(),
}
REFUSED = {
    "byte order mark": b"\xef\xbb\xbf" + page(),
    "nul byte": page("a\x00b"),
    "leading no-break space": page(before="\u00a0"),
    "trailing ideographic space": page(after="\u3000"),
    "leading file separator": page(before="\x1c"),
    "lone continuation byte": page().replace(b"steady", b"st\x80eady"),
    "truncated sequence": page().replace(b"steady", b"st\xe2\x82eady"),
    "overlong slash": page().replace(b"steady", b"st\xc0\xafeady"),
    "encoded surrogate": page().replace(b"steady", b"st\xed\xa0\x80eady"),
    "five-byte form": page().replace(b"steady", b"st\xf8\x88\x80\x80\x80eady"),
    "ends mid character": page() + b"\xe5\xa4",
    "blank page": b"  \n ",
}


@pytest.mark.parametrize("name", sorted(TAKEN))
def test_utf8_pages_take_the_fast_path_and_give_the_same_tree(name):
    body = TAKEN[name]
    headers = {} if name == "meta charset only" else UTF8
    assert page_tree.utf8_root(HtmlResponse(URL, body=body, headers=headers)) is not None
    assert fast(body, headers) == plain(body, headers)


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_pages_that_could_differ_take_the_plain_path(name):
    body = REFUSED[name]
    assert page_tree.utf8_root(HtmlResponse(URL, body=body, headers=UTF8)) is None
    if body.strip():
        assert fast(body, UTF8) == plain(body, UTF8)


def test_other_charsets_and_guessed_charsets_take_the_plain_path():
    gbk = page("\u592e\u884c").decode("utf-8").replace("charset='utf-8'", "charset='gbk'").encode("gbk")
    undeclared = page().replace(b"<meta charset='utf-8'>", b"")
    for body, headers in ((gbk, {"Content-Type": "text/html; charset=gbk"}), (undeclared, {})):
        assert page_tree.utf8_root(HtmlResponse(URL, body=body, headers=headers)) is None
        assert fast(body, headers) == plain(body, headers)


def test_a_parsed_response_and_a_text_response_take_the_plain_path():
    resp = HtmlResponse(URL, body=page(), headers=UTF8)
    resp.selector  # noqa: B018 -- parsed already: its tree is used
    assert page_tree.utf8_root(resp) is None
    assert page_tree.page_root(resp)[0] is resp.selector.root
    assert page_tree.utf8_root(TextResponse(URL, body=page(), headers=UTF8)) is None


def test_random_byte_damage_never_gives_another_tree():
    rng = random.Random(11)
    base = page("\u592e\u884c \u00e9t\u00e9 \U0001f600 " * 20)
    taken = 0
    for _ in range(300):
        body = bytearray(base)
        for _ in range(rng.randint(1, 3)):
            body[rng.randrange(len(body))] = rng.randrange(256)
        body = bytes(body)
        taken += page_tree.utf8_root(HtmlResponse(URL, body=body, headers=UTF8)) is not None
        assert fast(body, UTF8) == plain(body, UTF8)
    assert 0 < taken < 300  # both paths were exercised
