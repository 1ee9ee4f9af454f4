"""trafilatura's discards and main extraction without XPath = trafilatura's own (invented pages)."""

from __future__ import annotations

import random
from copy import deepcopy

import lxml.html
import pytest
from lxml import etree

from pipelines import trafilatura_discards as discards
from pipelines import trafilatura_extract, trafilatura_passes

_TEXT = ("Harbourline Freight said its new depot in Osterby would open in the spring, and that the "
         "forty drivers hired for it had finished their training ahead of schedule. ")
_ZH = "远川物流表示，新仓库将于明年春天启用，首批四十名司机已经完成培训。"

_ODD = f"""<html><head><title>Depot</title><meta name="x" content="y"></head><body>
<div class="cookie-banner" id="first">Cookies</div><div id="cookieless" class="note">{_TEXT}</div>
<nav role="Navigation"><a href="/">Home</a></nav><div role="subNavigation">Sub</div>
<div data-lp-replacement-content="">Swap</div><div data-component="MostPopularStoriesList">Top</div>
<article class="post"><header><h1>Depot opens</h1></header>
<p>{_TEXT * 2}</p><!-- a comment --><p></p><span></span>
<div class="article-body"><p>{_ZH * 6}</p><table><tr><td><table><tr><td>{_TEXT}</td></tr></table></td>
<td><a href="/1">one</a> <a href="/2">two</a> <a href="/3">three</a> <a href="/4">four</a> <a href="/5">five</a></td></tr></table>
<ul><li><a href="/a">Alpha story</a></li><li><a href="/b">Beta story</a></li><li>{_TEXT}</li></ul>
<p class="image-caption">A caption</p><div class="Teaser-list"><p>{_TEXT}</p></div>
<div id="reply-7" class="x">Reply</div><div class="reply-box" id="y">Reply two</div>
<div style="display:none">Gone</div><div style="border: 1px solid">Boxed</div>
<div id="hidden-note" style="color:red">Hidden by id</div><p style="hidden" id="shown">{_TEXT}</p>
<div class="page-bottom">Bottom</div><div class="bottom-bar link">Links</div><div class="permalink">Keep</div>
<span aria-hidden="true">Icon</span><div class="comments-title">Comments</div>
<div class="share-tools"><a href="/s">Share</a></div><div class="sidebar"><p>{_TEXT}</p></div>
<p>{_TEXT} <a href="/c">{_TEXT}</a></p><div class="widget-area"><p>{_ZH}</p></div></div>
<div class="related-stories"><a href="/r1">Related one</a><a href="/r2">Related two</a></div></article>
<footer id="page-footer">Footer text</footer></body></html>"""

_FRAMES = [
    '<div class="entry"><p>{t}</p></div>', '<article><p>{t}</p></article>',
    '<section role="article"><p>{t}</p></section>', '<div class="FullText"><p>{t}</p></div>',
    '<div id="content"><p>{t}</p></div>', '<div class="Main-Content"><p>{t}</p></div>',
    '<div class="page-Content"><p>{t}</p></div>', '<div role="main-area"><p>{t}</p></div>',
    '<main><p>{t}</p></main>', '<div><p>{t}</p><p>{t}</p></div>',
]

_TOKENS = ["cookie", "reply-x", "hidden", "nav", "Nav", "sidebar", "teaser", "Teaser", "caption", "bottom",
           "link", "post", "entry", "content", "main", "story", "article-body", "ad-slot", " ad ", "share-",
           "comments-title", "meta", "plain", "box", "hide-me", "border", "x", "comment", "Comments",
           "commentary", "infinite-scroll", "mvp-post-add-wrap", "disqus_thread", "article-comments",
           "elementor-share-buttons"]
_ATTRS = ["id", "class", "style", "role", "aria-hidden", "data-component", "itemprop"]
_TAGS = ["div", "p", "span", "section", "article", "main", "header", "ul", "ol", "li", "table", "a", "h1",
         "h2", "aside", "details", "footer", "form", "figure", "svg"]


def _random_page(seed: int) -> str:
    """An invented page of nested elements with random tokens in random attribute orders."""
    rnd = random.Random(seed)

    def element(depth: int) -> str:
        tag = rnd.choice(_TAGS)
        names = rnd.sample(_ATTRS, rnd.randint(0, 3))
        attrs = "".join(f' {n}="{" ".join(rnd.sample(_TOKENS, rnd.randint(1, 2)))}"' for n in names)
        inner = "".join(element(depth + 1) for _ in range(rnd.randint(0, 3))) if depth < 4 else ""
        text = rnd.choice(["", _TEXT, _ZH, "short"])
        href = ' href="/z"' if tag == "a" else ""
        return f"<{tag}{href}{attrs}>{text}{inner}</{tag}>{rnd.choice(['', ' tail', _TEXT])}"

    return f"<html><body>{''.join(element(0) for _ in range(6))}</body></html>"


_PAGES = [_ODD] + [f"<html><body><div>menu</div>{f.format(t=_TEXT * 3)}</body></html>" for f in _FRAMES] \
    + [_random_page(seed) for seed in range(40)]


def _trees(html: str) -> list:
    """The raw page, the pruned page, the cleaned tree and the converted tree of ``html``."""
    root = lxml.html.document_fromstring(html)
    tree, cleaned, converted, _ = trafilatura_passes._prepared(root, trafilatura_passes._options(True))
    return [root, tree, cleaned, converted]


def test_the_installed_trafilatura_is_the_pinned_one():
    """Fails when trafilatura's expressions or copied functions change: re-check and re-pin."""
    assert discards.pinned()
    assert trafilatura_extract.followed()


@pytest.mark.parametrize("page", range(len(_PAGES)))
def test_selections_are_the_xpaths(page):
    from trafilatura import xpaths

    for tree in _trees(_PAGES[page]):
        sections, hidden = discards._overall_walk(tree)
        assert sections == xpaths.OVERALL_DISCARD_XPATH[0](tree)
        assert hidden == xpaths.OVERALL_DISCARD_XPATH[1](tree)
        for expressions, prune in ((xpaths.DISCARD_IMAGE_ELEMENTS, discards.prune_captions),
                                   (xpaths.TEASER_DISCARD_XPATH, discards.prune_teasers),
                                   (xpaths.PRECISION_DISCARD_XPATH, discards.prune_precision)):
            expected = etree.tostring(_pruned(tree, expressions))
            assert etree.tostring(prune(deepcopy(tree))) == expected
        frames = list(discards.frames(tree))
        for expression, frame in zip(xpaths.BODY_XPATH, frames, strict=True):
            assert frame is next((s for s in expression(tree) if s is not None), None)


def _pruned(tree, expressions):
    from trafilatura.htmlprocessing import prune_unwanted_nodes

    return prune_unwanted_nodes(deepcopy(tree), expressions)


@pytest.mark.parametrize("page", range(len(_PAGES)))
def test_page_wide_discards_are_trafilaturas(page):
    from trafilatura.htmlprocessing import prune_unwanted_nodes
    from trafilatura.xpaths import OVERALL_DISCARD_XPATH

    for tree in _trees(_PAGES[page]):
        expected = etree.tostring(prune_unwanted_nodes(deepcopy(tree), OVERALL_DISCARD_XPATH))
        assert etree.tostring(discards.prune_discards(deepcopy(tree))) == expected
        expected = etree.tostring(prune_unwanted_nodes(deepcopy(tree), OVERALL_DISCARD_XPATH, with_backup=True))
        assert etree.tostring(discards.prune_discards_with_backup(deepcopy(tree))) == expected


def test_a_union_reads_the_attribute_written_first():
    """``@id|@class`` is the first of the two in the tag, as XPath reads it."""
    from trafilatura.xpaths import OVERALL_DISCARD_XPATH

    html = ('<html><body><div><span class="cookie" id="a">1</span><span id="a" class="cookie">2</span>'
            '<b id="reply-1" class="x">3</b><b class="x" id="reply-1">4</b>'
            '<i style="hidden" id="x">5</i><i id="x" style="hidden">6</i></div></body></html>')
    tree = lxml.html.document_fromstring(html)
    sections, hidden = discards._overall_walk(tree)
    assert [el.text for el in sections] == ["1"] == [el.text for el in OVERALL_DISCARD_XPATH[0](tree)]
    assert [el.text for el in hidden] == ["3", "5"] == [el.text for el in OVERALL_DISCARD_XPATH[1](tree)]


def _both(function_name: str, *args):
    """``function_name`` of trafilatura and of :mod:`pipelines.trafilatura_extract` on copies."""
    from trafilatura import external, main_extractor

    theirs = getattr(main_extractor, function_name, None) or getattr(external, function_name)
    ours = getattr(trafilatura_extract, function_name)
    return theirs(*deepcopy(args)), ours(*deepcopy(args))


def _xml(result) -> tuple:
    body, text = result
    return etree.tostring(body), text


@pytest.mark.parametrize("fast", [True, False])
@pytest.mark.parametrize("page", range(len(_PAGES)))
def test_main_extraction_and_comparison_are_trafilaturas(page, fast):
    root, tree, cleaned, converted = _trees(_PAGES[page])
    options = trafilatura_passes._options(fast=fast)
    theirs, ours = _both("extract_content", converted, options)
    assert _xml(ours) == _xml(theirs)
    rebuilt = trafilatura_extract.extract_content(  # the recovery's tree made only when needed
        deepcopy(converted), options, lambda: trafilatura_passes._converted(deepcopy(cleaned), options, False))
    assert _xml(rebuilt) == _xml(theirs)
    body, text = ours
    theirs, ours = _both("compare_extraction", cleaned, tree, body, text, options)
    assert _xml(ours) == _xml(theirs)


@pytest.mark.parametrize("page", range(len(_PAGES)))
def test_raw_and_comment_prunes_are_trafilaturas(page):
    from trafilatura.htmlprocessing import prune_unwanted_nodes
    from trafilatura.xpaths import RAW_TREE_PRUNE_XPATH, REMOVE_COMMENTS_AND_LISTS_XPATH, REMOVE_COMMENTS_XPATH

    from pipelines import trafilatura_prunes

    root = lxml.html.document_fromstring(_PAGES[page].replace("sidebar", "comment-list"))
    expected = prune_unwanted_nodes(prune_unwanted_nodes(deepcopy(root), RAW_TREE_PRUNE_XPATH),
                                    REMOVE_COMMENTS_AND_LISTS_XPATH)
    assert etree.tostring(trafilatura_prunes.prune_raw(deepcopy(root))) == etree.tostring(expected)
    expected = prune_unwanted_nodes(deepcopy(root), REMOVE_COMMENTS_XPATH)
    assert etree.tostring(trafilatura_prunes.prune_comments(deepcopy(root))) == etree.tostring(expected)


@pytest.mark.parametrize("page", range(len(_PAGES)))
def test_converting_the_cleaned_tree_again_gives_the_converted_tree(page):
    """The recovery's tree, rebuilt from the cleaned tree, is the converted tree's copy."""
    from copy import copy

    root, tree, cleaned, converted = _trees(_PAGES[page])
    for fast in (True, False):
        rebuilt = trafilatura_passes._converted(copy(cleaned), trafilatura_passes._options(fast), False)
        assert etree.tostring(rebuilt) == etree.tostring(converted)
        assert [el.tag for el in rebuilt.iter()] == [el.tag for el in converted.iter()]


_NESTED_CLEANED = f"""<html><head><title>t</title></head><body><div><p>{_TEXT}</p>
<aside>one<aside>nested</aside>after</aside> tail one <aside>later, kept by trafilatura's walk</aside> tail two
<footer>f<script>s</script></footer><script>x</script><form><input></form>
<figure><table><tr><td>{_TEXT}</td></tr></table></figure><table role="presentation"><tr><td>c</td></tr></table>
<svg><svg></svg></svg><p>{_ZH}</p><svg>kept</svg><iframe></iframe></div></body></html>"""


@pytest.mark.parametrize("page", range(len(_PAGES) + 1))
def test_tree_cleaning_is_trafilaturas(page):
    from trafilatura.htmlprocessing import tree_cleaning

    from pipelines import trafilatura_cleaning

    assert trafilatura_cleaning.followed()
    html = _NESTED_CLEANED if page == len(_PAGES) else _PAGES[page]
    root = lxml.html.document_fromstring(html)
    for fast in (True, False):
        options = trafilatura_passes._options(fast)
        expected = etree.tostring(tree_cleaning(deepcopy(root), options))
        assert etree.tostring(trafilatura_cleaning.tree_cleaning(deepcopy(root), options)) == expected


def test_the_cleaning_walk_ends_inside_a_removed_element_as_lxml_does():
    from pipelines import trafilatura_cleaning

    root = lxml.html.document_fromstring(_NESTED_CLEANED)
    trafilatura_cleaning.delete_named(root, ["aside"])
    assert [el.text for el in root.iter("aside")] == ["later, kept by trafilatura's walk"]
