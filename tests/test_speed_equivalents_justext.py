"""jusText's paragraphs without SAX (:mod:`pipelines.justext_paragraphs`) = jusText's own, on
invented and random pages: the same paragraphs, classes and trafilatura rescue."""

from __future__ import annotations

import random
from copy import deepcopy

import pytest
from justext.core import ParagraphMaker, classify_paragraphs, revise_paragraph_classification
from justext.utils import normalize_whitespace as justext_normalize
from lxml import etree
from trafilatura import external
from trafilatura.settings import Extractor

from pipelines import justext_paragraphs as jp
from pipelines.html_common import parse_tree

_TEXT = ("The harbour board said the new crane at the east quay would be working by the spring, and "
         "that the crews trained for it had finished their course ahead of time. ")
_ZH = "港务局表示，东码头的新吊机将于明年春天投入使用，操作人员已提前完成培训。"

_ODD = f"""<html><head><title>Quay</title></head><body>
<div class="menu"><a href="/">Home</a> | <a href="/news">News</a><select><option>One</option></select></div>
<h1>The crane</h1><h2>Sub  heading</h2>
<div>{_TEXT}<br>after one break<br><br>after two breaks<br> <br>spaced breaks<br></div>
<p>{_TEXT} <a href="/x">a linked part of the line</a> and\tits\r\nend.</p><!-- a comment -->tail of comment
<table><tr><td>cell one</td><td>{_ZH}</td></tr></table><?php echo 1; ?>after an instruction
<ul><li>{_TEXT}</li><li><a href="/l">only a link</a></li></ul><blockquote>{_TEXT * 2}</blockquote>
<p>   </p><p>\u00a0\u2028\u3000</p><span>loose {_TEXT}</span><pre>  code   line  </pre>
<div><span><div>{_ZH}</div> after the inner box</span> after the span</div>
<footer>\u00a9 2024 The Harbour Board &amp;copy</footer></body></html>"""

_TAGS = ["div", "p", "span", "a", "br", "b", "h2", "h3", "li", "ul", "td", "tr", "table", "em", "section",
         "select", "option", "blockquote", "pre", "font"]
_WORDS = [_TEXT, _ZH, "the", "and of the", " ", "\n  ", "\t", "x", "\u00a9 2025", "word\r\nword", "\u00a0"]


def _random_page(seed: int) -> str:
    """An invented page of random nesting, line breaks, links, comments and white space."""
    rnd = random.Random(seed)

    def element(depth: int) -> str:
        tag = rnd.choice(_TAGS)
        if tag == "br":
            return "<br>" + rnd.choice(["", " ", "tail", "\n"])
        inner = "".join(element(depth + 1) for _ in range(rnd.randint(0, 4))) if depth < 5 else ""
        if rnd.random() < 0.1:
            inner += f"<!-- note -->{rnd.choice(_WORDS)}"
        href = ' href="/z"' if tag == "a" else ""
        return f"<{tag}{href}>{rnd.choice(_WORDS)}{inner}</{tag}>{rnd.choice(['', ' tail ', *_WORDS])}"

    return f"<html><body>{''.join(element(0) for _ in range(5))}</body></html>"


_PAGES = [_ODD] + [_random_page(seed) for seed in range(80)]
_FIELDS = ("dom_path", "xpath", "text_nodes", "chars_count_in_links", "tags_count", "text", "class_type",
           "cf_class", "heading", "words_count")


def _classified(paragraphs: list) -> list[tuple]:
    classify_paragraphs(paragraphs, external.JT_STOPLIST or external.jt_stoplist_init(),
                        50, 150, 0.1, 0.2, 0.25, True)
    revise_paragraph_classification(paragraphs, 150)
    return [tuple(getattr(p, name) for name in _FIELDS) + (len(p), p.links_density(),
                                                           p.stopwords_density(frozenset(["the", "and"])))
            for p in paragraphs]


def test_pinned_sources_are_installed() -> None:
    assert jp.followed(), "jusText, trafilatura or lxml.sax changed: read them again, then update PINNED"


@pytest.mark.parametrize("index", range(len(_PAGES)))
def test_paragraphs_are_justexts(index: int) -> None:
    root = parse_tree(_PAGES[index])
    theirs = ParagraphMaker.make_paragraphs(root)
    ours = jp.make_paragraphs(root)
    assert all(isinstance(p, jp.Paragraph) for p in ours)
    assert _classified(ours) == _classified(theirs)


@pytest.mark.parametrize("index", range(0, len(_PAGES), 4))
def test_rescue_is_trafilaturas(index: int) -> None:
    options = Extractor(output_format="xml", precision=True)
    root = parse_tree(_PAGES[index])
    body, text = jp.justext_rescue(deepcopy(root), options)
    expected_body, expected_text = external.justext_rescue(deepcopy(root), options)
    assert text == expected_text
    assert etree.tostring(body) == etree.tostring(expected_body)


def test_unfollowed_trees_go_to_justext() -> None:
    """A namespaced tag, or nesting past MAX_DEPTH: jusText's own maker, the same paragraphs."""
    nested = "<html><body>" + "<div><span>x</span>" * (jp.MAX_DEPTH + 5) + "</div>" * (jp.MAX_DEPTH + 5) + "</body></html>"
    namespaced = parse_tree(f"<html><body><p>{_TEXT}</p></body></html>")
    etree.SubElement(namespaced.find("body"), "{urn:x}note").text = _TEXT
    for root in (parse_tree(nested), namespaced):
        ours = jp.make_paragraphs(root)
        assert not any(isinstance(p, jp.Paragraph) for p in ours)
        assert _classified(ours) == _classified(ParagraphMaker.make_paragraphs(root))


def test_normalize_whitespace_is_justexts() -> None:
    rnd = random.Random(7)
    alphabet = [" ", "  ", "\n", "\r", "\t", "\x0b", "\x0c", "\x1c", "\x85", "\xa0", "\u2028", "\u3000",
                "a", "b", "中", "x y"]
    for _ in range(30000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 12)))
        assert jp.normalize_whitespace(text) == justext_normalize(text), repr(text)
