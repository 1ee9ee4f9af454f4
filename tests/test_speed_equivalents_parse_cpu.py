"""Wave 12 parse-stage shortcuts (speedparse): each gives what its plain definition gives.

The old form of each function is built here and compared with the new one on invented pages
and random trees."""

from __future__ import annotations

import random

from lxml import etree

from pipelines import html_clean, thread_posts
from pipelines.html_clean import INVISIBLE_TAGS, VisibleWeight, _visible_weight
from pipelines.html_common import _text_len, parse_tree
from tests.random_pages import random_page

_PAGE = """<html><head><title>Quarry lane bakery opens</title><script>var a = "麵包 <p>x</p>";</script></head>
<body><div class="wrap" itemscope itemtype="https://schema.org/Bakery"> lead <p>The bakery on Quarry
Lane opened on <b>Tuesday</b>, 3 March 2022 <i>at 7:30</i>.</p> tail of p
<ul><li>Rye loaf<span> 4.20</span></li><li>  </li><li>麵包店 新開 2022年3月3日</li></ul>
<noscript><script>var b = "麵";</script><p>enable scripts</p></noscript><style>.x{color:red}</style>
<div itemtype="">empty type</div><div itemtype="https://schema.org/DiscussionForumPosting">post</div>
<template><p>hidden 模板</p></template><h2>Opening hours</h2><p>Mon–Fri 7 – 18</p></div></body></html>"""

_TAGS = ["div", "p", "span", "li", "a", "script", "style", "noscript", "template", "h2"]
_WORDS = ["Quarry", "lane", "7:30", "麵包", "麵包店新開", " ", "\n", "  x  ", "«»", "Ωmega", "", "a" * 300]


def _itemtype(rng: random.Random) -> str:
    return f' itemtype="{rng.choice(["x", "https://schema.org/QAPage", ""])}"' if rng.random() < 0.2 else ""


def _random_page(rng: random.Random) -> str:
    return random_page(rng, _TAGS, _WORDS, _itemtype)


def _pages() -> list[str]:
    rng = random.Random(1212)
    return [_PAGE] + [_random_page(rng) for _ in range(150)]


def test_visible_weight_bounds_hold_and_answer_as_the_exact_weight():
    rng = random.Random(7)
    for page in _pages():
        root = parse_tree(page)
        for el in root.iter():
            weight = VisibleWeight(el)
            exact = _visible_weight(el)
            assert weight.exact() == exact
            assert weight.low <= exact <= weight.high
            for bound in (0, 1, 200, exact, exact + 0.5, exact - 0.5, weight.low, weight.high,
                          rng.uniform(-50, 3000)):
                assert weight.below(bound) == (exact < bound)
                for share in (0.5, 0.4, 1.0):
                    assert weight.under(bound, share) == (bound > share * exact)


def _holds_most_text_plain(el, total: float) -> bool:
    """The wave 11 definition, on the exact page weight."""
    if total < 200:
        return False
    text = el.text_content()
    return (2.5 * len(text) > 0.5 * total
            and _visible_weight(el, text) > 0.5 * total and html_clean._link_density(el) <= 0.5)


def test_holds_most_text_on_bounds_is_the_plain_test():
    for page in _pages():
        root = parse_tree(page)
        total = VisibleWeight(root)
        plain_total = _text_len(root.text_content()) - sum(_text_len(b.text_content()) for b in root.iter(*INVISIBLE_TAGS))
        assert total.exact() == plain_total
        for el in root.iter():
            assert html_clean._holds_most_text(el, total) == _holds_most_text_plain(el, plain_total)


def test_thread_item_types_read_as_attribute_values():
    for page in _pages():
        root = parse_tree(page)
        plain = [el.get("itemtype") or "" for el in root.xpath("descendant-or-self::*[@itemtype]")]
        assert thread_posts._ITEMTYPES(root) == plain
        assert all(type(value) is str for value in thread_posts._ITEMTYPES(root))


def test_thread_evidence_from_item_types():
    root = parse_tree(_PAGE)
    assert thread_posts.thread_evidence(root, None, set())
    quiet = parse_tree(_PAGE.replace("DiscussionForumPosting", "Bakery"))
    assert not thread_posts.thread_evidence(quiet, None, set())
    assert etree.tostring(quiet)  # the tree is not changed
