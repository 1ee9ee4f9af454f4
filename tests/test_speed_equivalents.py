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


def _match_claims_by_definition(old, new):
    """``models.changes.match_claims`` as first written: every same-speaker pair compared."""
    from models.changes import CLAIM_SIMILARITY, similarity, speaker_key

    candidates = []
    for i, a in enumerate(old):
        for j, b in enumerate(new):
            if speaker_key(a) == speaker_key(b):
                score = similarity(a.get("text", ""), b.get("text", ""))
                if score >= CLAIM_SIMILARITY:
                    candidates.append((-score, i, j))
    candidates.sort()
    pairs, used = {}, set()
    for neg, i, j in candidates:
        if i not in pairs and j not in used:
            pairs[i] = (j, "unchanged" if neg == -1.0 else "reworded")
            used.add(j)
    out = [(i, j, s) for i, (j, s) in sorted(pairs.items())]
    out += [(i, None, "withdrawn") for i in range(len(old)) if i not in pairs]
    return out + [(None, j, "appeared") for j in range(len(new)) if j not in used]


def test_match_claims_agrees_with_its_definition():
    import random

    from models.changes import match_claims

    rnd = random.Random(5)
    words = "rates growth the a cut 增长 市场 预计 slower pace of easing credit".split()
    speakers = ["Chen Wei", "chen  wei", "Sun Hao", "", "赵明"]

    def claim():
        return {"speaker": rnd.choice(speakers), "text": " ".join(rnd.choices(words, k=rnd.randint(0, 7)))}

    for _ in range(300):
        old = [claim() for _ in range(rnd.randint(0, 6))]
        new = [dict(c, text=c["text"] + rnd.choice(["", ".", " rates", " 市场"])) if rnd.random() < 0.6 else claim()
               for c in old] + [claim() for _ in range(rnd.randint(0, 3))]
        rnd.shuffle(new)
        assert match_claims(old, new) == _match_claims_by_definition(old, new)
