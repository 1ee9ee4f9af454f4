"""Faster checks used on every page give the same answers as the plain ones they replace."""

from __future__ import annotations

import lxml.html
import pytest

from pipelines.guards import _BAD_CHARS, has_bad_chars
from pipelines.html_clean import clean_tree, drop_repeats
from pipelines.trafilatura_candidate import visible_chars


@pytest.mark.parametrize("text", [
    "", "plain ascii", "a\x00b", "caf\u00e9 au lait", "\u4e2d\u6587\u6807\u9898", "emoji \U0001f600 ok",
    "lone \ud800 high", "lone \udfff low", "pair \ud83d\ude00 as two code points", "\u00e9\x00",
])
def test_has_bad_chars_agrees_with_the_regex(text):
    assert has_bad_chars(text) is bool(_BAD_CHARS.search(text))


_PAGE = """<html><head><title>t</title><script>var x = 1;</script></head><body>
<p>  First visible line.  </p><script>hidden();</script>after script
<noscript><style>p {}</style>no script text</noscript><!-- a comment -->
<template><p>template text</p></template><div>Second <b>bold</b> part</div></body></html>"""


def _visible_by_xpath(root) -> int:
    nodes = root.xpath("//body//text()[not(ancestor::script or ancestor::style or ancestor::noscript"
                       " or ancestor::template)]")
    return sum(len(t.strip()) for t in nodes)


def test_visible_chars_counts_only_visible_text_nodes():
    root = lxml.html.document_fromstring(_PAGE)
    expected = len("First visible line.") + len("after script") + len("Second") + len("bold") + len("part")
    assert visible_chars(root) == expected == _visible_by_xpath(root)


def test_visible_chars_of_a_page_without_body_text():
    assert visible_chars(lxml.html.document_fromstring("<html><body><script>x()</script></body></html>")) == 0


def test_drop_repeats_without_hinted_boxes_leaves_the_tree_alone():
    root = lxml.html.document_fromstring(_PAGE)
    before = lxml.html.tostring(root)
    drop_repeats(root)
    assert lxml.html.tostring(root) == before


def test_clean_tree_still_keeps_a_hidden_wrapper_of_the_article():
    text = "A sentence of the story, long enough to count as running text here. " * 8
    root = lxml.html.document_fromstring(
        f"<html><body><nav>menu</nav><div hidden><p>{text}</p><p>{text}</p></div>"
        f"<div hidden>small hidden box</div></body></html>")
    clean_tree(root)
    body = root.find("body").text_content()
    assert "story" in body and "small hidden box" not in body and "menu" not in body


@pytest.mark.parametrize("text", ["plain words, don't stop at 3.5 e-mail", "", "   ",
                                  "caf\u00e9 \u4e2d\u6587 \u30ab\u30bf\u30ab\u30ca mixed", "\u0e20\u0e32\u0e29\u0e32 thai"])
def test_word_and_cjk_counts_match_their_regex_definitions(text):
    from pipelines import normalize as n

    assert n.cjk_count(text) == len(n._CJK_RE.findall(text))
    expected = len(n._SPACED_WORD_RE.findall(text)) + len(n._CJK_RE.findall(text)) + len(n._UNSPACED_RE.findall(text))
    assert n.word_count(text) == expected


@pytest.mark.parametrize("text", ["Share This Story!", "", "  -- ", "R\u00e9sum\u00e9 of Caf\u00e9 No. 5",
                                  "\u4e2d\u6587\u6807\u9898\uff1a\u7b2c3\u671f", "\u212a Kelvin sign", "\u0130stanbul 2024",
                                  "tab\tand_under-score 42", "\u00b2 superscript \u0661\u0662 arabic digits"])
def test_line_key_matches_its_plain_definition(text):
    from pipelines.boilerplate_lines import _key

    assert _key(text) == "".join(ch for ch in text.lower() if ch.isalnum())
    assert _key(text) == _key(text)  # cached answer is the same answer


_AUTHOR_PAGES = {
    "none": "<html><body><div class='story'><p>Words of the story here.</p></div></body></html>",
    "class": "<html><body><span class='author-name'>Pat Writer</span><p>Text.</p></body></html>",
    "pruned": "<html><body><div class='sidebar'><span class='byline'>Side Person</span></div>"
              "<p class='byline'>Main Person</p></body></html>",
    "only pruned": "<html><body><figure><span class='author'>Photo Taker</span></figure><p>x</p></body></html>",
    "rel child": "<html><body><a><rel>m<time>2020</time>e</rel>Rel Name</a></body></html>",
    "itemprop": "<html><body><div itemprop='author'><span>Dana Example</span></div></body></html>",
}


@pytest.mark.parametrize("name", sorted(_AUTHOR_PAGES))
def test_trafilatura_author_shortcut_matches_extract_author(name):
    from trafilatura.metadata import extract_author

    from pipelines.meta_structured import _trafilatura_author

    html = _AUTHOR_PAGES[name]
    expected = extract_author(lxml.html.document_fromstring(html))
    assert _trafilatura_author(lxml.html.document_fromstring(html)) == expected
    if name == "none":
        assert expected is None
    if name == "class":
        assert expected == "Pat Writer"
    if name == "rel child":  # found only once the <time> inside <rel> is pruned: the full path
        assert expected == "Me Rel Name"


def test_clean_tree_attribute_less_elements_still_go_by_tag():
    text = "A sentence of the story, long enough to count as running text here. " * 3
    root = lxml.html.document_fromstring(
        f"<html><body><form>short form</form><aside>side box</aside><div><p>{text}</p></div>"
        f"<div class='sidebar'>hinted box</div><div style='display:none'>styled hidden</div></body></html>")
    clean_tree(root)
    body = root.find("body").text_content()
    assert "story" in body
    assert not any(s in body for s in ("short form", "side box", "hinted box", "styled hidden"))


def test_read_page_hints_need_attributes():
    from pipelines.meta_reader import read_page

    root = lxml.html.document_fromstring(
        "<html><body><div><span>By Someone Plain</span></div><div class='byline'>By Kim Author</div>"
        "<span class='date'>2024-05-06 10:00</span><p>Body text.</p></body></html>")
    meta = read_page(root)
    assert meta["byline"] == "By Kim Author"
    assert meta["date_text"] == "2024-05-06 10:00"


_MORE_AUTHOR_PAGES = {
    "posted by": "<html><body><div class='posted-by'>Lee Invented</div><p>Text.</p></body></html>",
    "data-component": "<html><body><div data-component='ByLine'>Robin Madeup</div></body></html>",
    "id": "<html><body><span id='zuozhe-box'>Chen Xiaoming</span></body></html>",
    "screenname": "<html><body><span class='user-screenname'>Quinn Sample</span></body></html>",
    "author element": "<html><body><author>Alex Placeholder</author><p>x</p></body></html>",
    "words in text only": "<html><body><p>The author and writer wrote a byline.</p></body></html>",
    "words in other attributes": "<html><head><meta name='author' content='Sam Fictional'></head><body>"
                                 "<a href='/author/sam'>Sam Fictional</a><p title='byline'>x</p></body></html>",
}


@pytest.mark.parametrize("name", sorted(_MORE_AUTHOR_PAGES))
def test_author_word_prefilter_matches_extract_author(name):
    from trafilatura.metadata import extract_author

    from pipelines.meta_structured import _trafilatura_author

    html = _MORE_AUTHOR_PAGES[name]
    assert _trafilatura_author(lxml.html.document_fromstring(html)) == \
        extract_author(lxml.html.document_fromstring(html))


def test_author_words_cover_every_literal_of_trafilaturas_author_xpaths():
    """When trafilatura changes its author XPaths, AUTHOR_WORDS must be read again from them."""
    import re

    from trafilatura.xpaths import AUTHOR_XPATHS

    from pipelines.meta_structured import AUTHOR_ATTRIBUTES, AUTHOR_WORDS

    for expression in AUTHOR_XPATHS:
        for literal in re.findall(r"'([^']*)'", expression.path):
            if literal == "me":  # the text of a <rel> child: checked apart
                continue
            for alternative in literal.split("|"):
                plain = re.sub(r"\[(\w)\w*\]", r"\1", alternative).lower()
                assert any(word in plain for word in AUTHOR_WORDS), alternative
        assert set(re.findall(r"@([\w-]+)", expression.path)) <= set(AUTHOR_ATTRIBUTES)


_INFO_PAGES = [
    "<html><body><div>来源：示例日报 作者：记者 王小明</div><p>正文。</p></body></html>",
    "<html><body><p>Posted 2024-05-06 12:30 by staff</p><div>发布时间：2023-11-14 15:32</div></body></html>",
    "<html><body><span>图片</span><span>来源：某网</span><p>plain english page</p></body></html>",
    "<html><body><div class='date'>2024-05-06 10:00</div><span>文/ 李四</span></body></html>",
    "<html><body><p>No info line at all, only words.</p></body></html>",
]


@pytest.mark.parametrize("html", _INFO_PAGES)
def test_info_lines_prefilter_gives_the_same_fields(html, monkeypatch):
    from pipelines import meta_reader

    fast = meta_reader.read_page(lxml.html.document_fromstring(html))
    monkeypatch.setattr(meta_reader, "_info_wanted",
                        lambda root, meta: {"info_byline", "source_text", "date_text"} - set(meta))
    assert meta_reader.read_page(lxml.html.document_fromstring(html)) == fast


@pytest.mark.parametrize("hint", ["sidebar", "sidebar article-content", "dek", "share-price", "header-anchor",
                                  "tweet embed", "newsletter", ""])
def test_remembered_hint_tests_match_the_regexes(hint):
    from pipelines import html_clean as h

    junk = bool((h._NEGATIVE_RE.search(hint) and not h._POSITIVE_RE.search(hint)) or h._REPEAT_HINT_RE.search(hint))
    assert h._junk_hint(hint) is junk and h._junk_hint(hint) is junk
    assert h._repeat_hint(hint) is bool(h._REPEAT_HINT_RE.search(hint) or h._EMBED_HINT_RE.search(hint))


def test_parse_tree_builds_the_same_tree_as_lxml_html():
    from pipelines.html_common import parse_tree

    html = ("<html><body><form action='/x'><input name='q' value='v'><select><option>o</option></select>"
            "<label>L</label><textarea>t</textarea></form><p>Text <b>bold</b></p></body></html>")
    ours = parse_tree(html)
    theirs = lxml.html.document_fromstring(html, parser=lxml.html.HTMLParser(remove_comments=True, remove_pis=True))
    assert lxml.html.tostring(ours) == lxml.html.tostring(theirs)
    assert all(isinstance(el, lxml.html.HtmlElement) for el in ours.iter())
    assert ours.find(".//p").text_content() == "Text bold"


def test_scrub_fields_checks_joined_blocks_and_a_clean_text_once():
    from pipelines.document import Document
    from pipelines.guards import scrub, scrub_fields

    doc = Document(url=None)
    doc.text = "page text caf\u00e9"
    doc.blocks = [{"text": "clean one"}, {"text": "high \ud83d alone"}, {"text": "low \ude00 alone"},
                  {"text": "nul\x00here"}, {"kind": "no text"}]
    expected = [scrub(b["text"]) if "text" in b else None for b in doc.blocks]
    scrub_fields(doc)
    assert [b.get("text") for b in doc.blocks] == expected
    scrub_fields(doc)  # the same clean page text again: still the same
    doc.text = "a new text \x00"
    scrub_fields(doc)
    assert doc.text == "a new text "


def test_read_page_reads_hints_from_every_kind_of_hint_attribute():
    from pipelines.meta_reader import read_page

    root = lxml.html.document_fromstring(
        "<html><body><p>Plain.</p><a rel='author' href='/x'>Morgan Invented</a>"
        "<span itemprop='datePublished'>2023-02-03 08:15</span>"
        "<div data-component='crumb-trail'><a>Home</a><a>World</a></div></body></html>")
    meta = read_page(root)
    assert (meta["byline"], meta["date_text"], meta["breadcrumbs"]) == ("Morgan Invented", "2023-02-03 08:15",
                                                                        ["Home", "World"])


def test_drop_repeats_still_drops_a_dek_by_id_or_class():
    text = "A sentence of the story, long enough to count as running text here. " * 8
    root = lxml.html.document_fromstring(
        f"<html><body><div id='dek'>Short summary line.</div><div><p>{text}</p></div>"
        f"<blockquote class='pullquote'>A pulled line.</blockquote></body></html>")
    drop_repeats(root)
    body = root.find("body").text_content()
    assert "story" in body and "summary" not in body and "pulled" not in body


@pytest.mark.parametrize("name", ["陈晓岚", "文章", "章费用", "该作者文章", "阿宽", "王小二", "Lin Qiu", "市场部记者"])
def test_cjk_person_remembered_per_name_agrees_with_the_tagger(name):
    import jieba.posseg

    from pipelines.meta_bylines_zh import _ZH_NOT_PERSON, cjk_person
    from pipelines.normalize import cjk_count

    def plain(text: str) -> bool:
        if not cjk_count(text):
            return True
        if text in _ZH_NOT_PERSON:
            return False
        words = list(jieba.posseg.cut(text))
        return not (len(words) >= 2 and not words[0].flag.startswith("nr")
                    and words[-1].flag == "n" and len(words[-1].word) >= 2)

    assert cjk_person(name) == plain(name) == cjk_person(name)
