"""Wave 10 (flagcrawl): worker shortcuts pinned to the code they replace (same answers)."""

from __future__ import annotations

import lxml.html
import pytest

_PAGES = {
    "plain": "<html><body><p>Story.</p><span class='author'>Orla Quillfeather</span></body></html>",
    "inside sidebar": "<html><body><div class='sidebar'><span class='author'>Side Penname</span></div>"
                      "<p class='byline'>Main Penname</p></body></html>",
    "discarded child, tail kept": "<html><body><div class='byline'>By <time>May 2</time> Tamsin Inkwell"
                                  "<span class='date'>today</span>, staff</div></body></html>",
    "first child discarded": "<html><body><p class='byline'><span class='meta-date'>x</span>Rowan"
                             " <b>Feltmoor</b><figure>pic<span>cap</span></figure>tail</p></body></html>",
    "nested discards": "<html><body><div class='author-box'><div class='comments'>c<span class='quote'>q</span>"
                       "t1</div>t2 Ilse Brackwater</div></body></html>",
    "expression order": "<html><body><div class='byline'>Early Byline Person</div>"
                        "<span class='author-name'>Later Name Holder</span></body></html>",
    "too short then next": "<html><body><span class='author'>Al</span><p id='author-x'>Brisa Thornwood</p></body></html>",
    "author element": "<html><body><author>Cato Vellum</author><div class='writer'>Other Writer</div></body></html>",
    "comment inside": "<html><body><span class='author'>Nell<!-- note --> Harrowgate</span></body></html>",
    "all discarded": "<html><body><figure><span class='author'>Photo Maker</span></figure></body></html>",
    "data attributes": "<html><body><div data-component='Byline'>Ezra Coldbrook</div>"
                       "<a data-testid='AuthorURL'>Mina Rookwell</a></body></html>",
    "discard by data-component": "<html><body><div class='byline'>Jo <span data-component='Figure'>f</span>"
                                 "Lark</div></body></html>",
    "none": "<html><body><p>No credit on this page at all.</p></body></html>",
}


@pytest.mark.parametrize("name", sorted(_PAGES))
def test_extract_author_without_copy_is_trafilaturas(name):
    from trafilatura.metadata import extract_author

    from pipelines.meta_author_xpaths import extract_author as ours

    html = _PAGES[name]
    assert ours(lxml.html.document_fromstring(html)) == extract_author(lxml.html.document_fromstring(html))


def test_extract_author_answers_without_trafilaturas_copy(monkeypatch):
    """The shortcut is taken: trafilatura's own path (which copies the page) is not called."""
    from trafilatura import metadata

    from pipelines import meta_author_xpaths as m

    monkeypatch.setattr(metadata, "extract_author", lambda tree: pytest.fail("copied the page"))
    root = lxml.html.document_fromstring(_PAGES["discarded child, tail kept"])
    assert m.extract_author(root) == "Tamsin Inkwell; Staff"
    assert m.extract_author(lxml.html.document_fromstring(_PAGES["inside sidebar"])) == "Main Penname"


def test_author_discard_xpaths_are_the_pinned_texts():
    """When trafilatura changes its discard XPaths, the conditions must be read again from them
    (until then ``extract_author`` takes trafilatura's own path)."""
    from trafilatura.xpaths import AUTHOR_DISCARD_XPATHS

    from pipelines import meta_author_xpaths as m

    assert m._texts_hash(AUTHOR_DISCARD_XPATHS) == m.PINNED_DISCARD


@pytest.mark.parametrize("tag", ["a", "div", "section", "span", "p", "time", "figure"])
@pytest.mark.parametrize("attr", ["id='comments'", "class='title'", "class='date'", "id='comment-list'",
                                  "class='ProductReviews'", "class='Comments-box'", "class='has-sidebar'",
                                  "class='article-share'", "class='printable'", "data-component='Figure1'",
                                  "class='story'", "id='xcomments'"])
def test_discard_conditions_match_the_discard_xpaths(tag, attr):
    from trafilatura.xpaths import AUTHOR_DISCARD_XPATHS

    from pipelines import meta_author_xpaths as m

    root = lxml.html.document_fromstring(f"<html><body><div><{tag} {attr}>x</{tag}></div></body></html>")
    el = root.find(f".//{tag}")
    expected = any(any(hit is el for hit in x(root)) for x in AUTHOR_DISCARD_XPATHS)
    assert m._gone(el, root) == expected


def _editor_line_walk(root):
    """meta_structured.editor_line as it was: every element of the seven tags, in page order."""
    from pipelines import meta_structured as ms

    if "编辑" not in root.text_content():
        return None
    for el in root.iter(*ms._EDITOR_TAGS):
        pieces = ms.short_text(el, 100)
        if pieces is None:
            continue
        text = " ".join(" ".join(pieces).split())
        if len(text) <= 100 and ms._EDITOR_LINE_RE.search(text):
            return text
    return None


_EDITOR_PAGES = [
    "<html><body><div>来源：某某晚报 <span>编辑：林小禾</span></div></body></html>",
    "<html><body><p>正文很长" + "文字" * 80 + "</p><div><em>责任编辑</em>：周明远</div></body></html>",
    "<html><body><div><b>编</b><b>辑：</b>拆开的</div></body></html>",
    "<html><body><table><tr><td><font>编辑 ： 韩一苇</font></td></tr></table></body></html>",
    "<html><body><section>编辑：不在七种标签里</section><li>编辑: 许青</li></body></html>",
    "<html><body><div>" + "很长的一段" * 30 + "<span>编辑：段落外</span></div></body></html>",
    "<html><body><p>记者 王五</p>编辑：尾巴文字<!-- 编辑：注释 --></body></html>",
    "<html><body><p>没有这个词</p></body></html>",
]


@pytest.mark.parametrize("html", _EDITOR_PAGES)
def test_editor_line_reads_only_the_word_holders(html):
    from pipelines.meta_structured import editor_line

    assert editor_line(lxml.html.document_fromstring(html)) == _editor_line_walk(lxml.html.document_fromstring(html))
