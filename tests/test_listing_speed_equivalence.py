"""The listing signals' faster forms give what the first ones gave (invented pages)."""

import itertools
import re

import lxml.html
import pytest

from pipelines import listing_evidence
from pipelines.listing_structure import most

_CART = re.compile(r"\badd to (?:cart|bag|basket)\b", re.I)
_PAGER = re.compile(r"pagination|pager|load-more", re.I)


def _shop_and_pages_reference(root):
    carts = 0
    for el in root.iter("button", "a", "input"):
        text = el.get("value") if el.tag == "input" else el.text_content()
        carts += bool(text and len(text) < 60 and _CART.search(text))
    paginated = any((el.get("rel") or "").lower() == "next" for el in root.iter("link", "a")) or any(
        _PAGER.search(el.get("class") or "") for el in root.iter("div", "nav", "ul", "a", "button"))
    return {"cart_buttons": carts >= 2, "paginated": paginated}


def _opens_with_headline_reference(item):
    headings = listing_evidence._HEADINGS
    for a in item.iter("a"):
        if len(a.text_content().split()) >= 2 and (
                listing_evidence._in_heading(a, item.getparent()) or any(h.tag in headings for h in a.iter(*headings))):
            return True
    for el in item.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style"):
            continue
        if (el.text or "").strip():
            while el is not None and el is not item.getparent():
                if el.tag == "a":
                    return len(el.text_content().split()) >= 3
                el = el.getparent()
            return False
    return False


@pytest.mark.parametrize("flags", list(itertools.product([0, 1], repeat=5)))
def test_most_is_the_share_test(flags):
    for share in (0.5, 0.75, 1.0):
        assert most(bool, list(flags), share) == (sum(map(bool, flags)) >= share * len(flags))
    assert most(bool, [], 0.75) is True


PAGES = [
    "<html><body><a href='/x'>Add to cart</a><button>add to basket</button></body></html>",
    "<html><body><a href='/x'>Add to cart</a><input type=submit value='Add to Bag'></body></html>",
    "<html><body><input value='add to cart'><input value='ADD TO CART'></body></html>",
    "<html><body><a href='/x'>Please add to cart this very long label that goes on and on and on and on</a>"
    "<a>add to cart</a></body></html>",
    "<html><body><a>madd to carts</a><a>add to <!--c-->cart</a><button>Add <b>to</b> bag</button></body></html>",
    "<html><head><link rel='Next' href='/p/2'></head><body><p>One text.</p></body></html>",
    "<html><body><ul class='site-Pager'><li>1</li></ul></body></html>",
    "<html><body><div class='grid'><a class='load-more-btn' href='#'>More</a></div></body></html>",
    "<html><body><nav><a rel='prev' href='/1'>Back</a></nav><p>Nothing here.</p></body></html>",
]


def test_shop_and_pages_is_the_reference():
    for html in PAGES:
        root = lxml.html.document_fromstring(html)
        assert listing_evidence.shop_and_pages(root) == _shop_and_pages_reference(root), html


ITEMS = """<html><body><div id=run>
<div class=c><h3><a href='/a'>Lakeside water tariff</a></h3><p>Summary line.</p></div>
<div class=c><a href='/b'><h2>Harbour ferry timetable</h2></a></div>
<div class=c><a href='/c'>Council budget vote postponed again</a><p>More.</p></div>
<div class=c><a href='/d'>Short</a><p>Text first.</p></div>
<div class=c><p>Plain paragraph first <a href='/e'>then a link here</a></p></div>
<div class=c><script>var x = 1;</script><a href='/f'>Two words</a></div>
<div class=c><h4>Unlinked heading</h4><a href='/g'>Link after the heading</a></div>
<div class=c></div>
</div></body></html>"""


def test_opens_with_headline_is_the_reference():
    root = lxml.html.document_fromstring(ITEMS)
    items = list(root.get_element_by_id("run"))
    got = [listing_evidence.opens_with_headline(i) for i in items]
    assert got == [_opens_with_headline_reference(i) for i in items]
    assert got[:3] == [True, True, True] and got[3] is False
