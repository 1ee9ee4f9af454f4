"""parse: no class/id hint and no layout tag removes the element holding most of the
page's visible text, whatever tags the text is in (issue 8: "widget" or "left-side"
wrappers of a story written in <div>s and <br> lines; an unclosed <header> or <button>
that the HTML parser stretches over the whole page)."""

from __future__ import annotations

import pytest

from pipelines import extract
from pipelines.parse import clean_tree, parse_tree

SENTENCES = [
    "The port authority said container volumes rose for a third month as carriers added capacity on Asian routes.",
    "Officials expect the new crane contracts to shorten waiting times for ships by about two days on average.",
    "Shipping lines had warned that congestion would persist until the dredging work is finished next spring.",
    "Dock workers agreed to extra weekend shifts after a pay settlement was reached with the terminal operators.",
    "Analysts said freight rates could soften later in the year if demand from retailers cools as expected.",
]
NAV = "".join(f'<a href="/s/{i}">Section {i}</a> ' for i in range(8))


def _page(body: str) -> str:
    return f"<html><head><title>Port volumes rise</title></head><body><div class='menu'>{NAV}</div>{body}</body></html>"


def _visible(page: str) -> str:
    root = parse_tree(page)
    clean_tree(root)
    return " ".join(root.text_content().split())


@pytest.mark.parametrize("wrapper", [
    '<div class="widget left-side">{}</div>',
    '<div id="sidebar-main" class="col">{}</div>',
    '<section class="related-content ad-slot">{}</section>',
])
@pytest.mark.parametrize("text_tags", ["divs", "br lines", "spans"])
def test_a_hinted_wrapper_of_most_of_the_text_stays(wrapper, text_tags):
    if text_tags == "divs":
        inner = "".join(f"<div>{s}</div>" for s in SENTENCES)
    elif text_tags == "br lines":
        inner = "<br>".join(SENTENCES)
    else:
        inner = "".join(f"<span>{s}</span> " for s in SENTENCES)
    visible = _visible(_page(wrapper.format(inner)))
    for sentence in SENTENCES:
        assert sentence in visible


def test_a_hinted_box_with_a_small_share_of_the_text_still_goes():
    page = _page("".join(f"<p>{s}</p>" for s in SENTENCES)
                 + '<div class="widget">Subscribe for our morning shipping digest today</div>')
    assert "morning shipping digest" not in _visible(page)


@pytest.mark.parametrize("opener", ['<header class="site-header">', '<button class="menu-button">', "<aside>"])
def test_an_unclosed_layout_tag_that_swallows_the_page_keeps_the_article(opener):
    # The parser nests everything after an unclosed tag inside it.
    page = f"<html><head><title>Port volumes rise</title></head><body>{opener}<div>{NAV}</div>" + \
        "".join(f"<p>{s}</p>" for s in SENTENCES) + "</body></html>"
    out = extract(page, url="https://port.example/news/volumes")
    assert out["error"] is None, out["error"]
    for sentence in SENTENCES:
        assert sentence in out["body"]


def test_a_closed_header_still_goes():
    page = _page('<header class="masthead"><span>Port Daily masthead banner text</span></header>'
                 + "".join(f"<p>{s}</p>" for s in SENTENCES))
    assert "masthead banner" not in _visible(page)
