"""Wave 10 speed changes: each shortcut gives what its plain definition gives.

The old form of each function (or the library call it stands for) is built here and compared
with the new one on invented pages and random trees."""

from __future__ import annotations

import copy
import gc
import random

import lxml.html
from lxml import etree

from pipelines import html_common, meta_htmldate
from pipelines.html_common import INVISIBLE_TAGS, TextElement, parse_tree
from pipelines.trafilatura_candidate import body_of, visible_chars
from tests.random_pages import random_page

_PAGE = """<html><head><title>Quarry lane bakery opens</title><script>var a = "<p>x</p>";</script></head>
<body><div class="wrap"> lead <p>The bakery on Quarry Lane, run by Tomas Velk &amp; sons, opened on
 <b>Tuesday</b>, 3 March 2022 <i>at 7:30</i>.</p> tail of p
<ul><li>Rye loaf<span> 4.20</span></li><li>  </li><li>麵包店 新開 2022年3月3日</li></ul>
<noscript><p>enable scripts</p></noscript><style>.x{color:red}</style>
<table><tr><td>cell <a href="/a">link</a> after</td></tr></table><template><p>hidden</p></template>
<h2>Opening hours</h2><div><div><span>Mon&#8211;Fri</span> <em>7&nbsp;&ndash;&nbsp;18</em></div></div>
<time datetime="2022-03-03">3 March</time><p></p><p>   </p></div> after wrap</body></html>"""

_TAGS = ["div", "p", "span", "li", "ul", "a", "b", "script", "style", "noscript", "template", "h2", "time", "td"]
_WORDS = ["Quarry", "lane", "7:30", "2022-03-04", "&amp;", "麵包", " ", "\n", "  x  ", "«»", "Ωmega", ""]


def _random_page(rng: random.Random) -> str:
    return random_page(rng, _TAGS, _WORDS)


def _pages() -> list[str]:
    rng = random.Random(1010)
    return [_PAGE] + [_random_page(rng) for _ in range(150)]


def test_text_content_is_lxml_html_text_content():
    for page in _pages():
        root = parse_tree(page)
        for el in root.iter():
            assert isinstance(el, TextElement)
            assert el.text_content() == lxml.html.HtmlMixin.text_content(el)


def test_copies_keep_the_fast_text_content():
    root = parse_tree(_PAGE)
    for tree in (copy.copy(root), copy.deepcopy(root), copy.deepcopy(root.find("body"))):
        assert all(isinstance(el, TextElement) for el in tree.iter())
        added = etree.SubElement(tree, "p")
        added.text = "new text"
        assert isinstance(added, TextElement) and added.text_content() == "new text"


def test_free_text_strings_are_htmldates():
    from htmldate import core

    for page in _pages():
        root = parse_tree(page)
        ours = meta_htmldate._free_text()(root)
        assert ours == list(core.FREE_TEXT_EXPRESSIONS(root))
        assert all(type(s) is str for s in ours)


def _visible_chars_itertext(root) -> int:
    """The wave 9 definition: ``itertext`` of ``<body>`` less the outermost invisible elements."""
    body = body_of(root)
    if body is None:
        return 0
    total = sum(map(len, map(str.strip, body.itertext())))
    for bad in body.iter(*INVISIBLE_TAGS):
        if next(bad.iterancestors(*INVISIBLE_TAGS), None) is None:
            total -= sum(map(len, map(str.strip, bad.itertext())))
    return total


def test_visible_chars_is_the_itertext_count():
    for page in _pages():
        root = parse_tree(page)
        assert visible_chars(root) == _visible_chars_itertext(root)
    assert visible_chars(parse_tree(_PAGE)) > 0


def test_pool_workers_freeze_what_they_imported():
    from pipelines.pool import ExtractPool

    pool = ExtractPool(1)
    try:
        assert pool.call(gc.get_freeze_count).result(timeout=120) > 0
    finally:
        pool.close()


def test_parser_is_the_one_with_the_fast_class():
    assert html_common._PARSER.makeelement("p").__class__ is TextElement
