"""pipelines.html_common: bounded text reading used by the short-line searches."""

from __future__ import annotations

import lxml.html
from hypothesis import given, settings
from hypothesis import strategies as st

from pipelines.html_common import short_text


def test_short_text_reads_a_short_element_whole():
    el = lxml.html.fromstring("<p>Written <b>by</b> Jane Doe<!-- note --></p>")
    assert "".join(short_text(el, 80)) == el.text_content()


def test_short_text_gives_up_on_a_long_wrapper():
    el = lxml.html.fromstring("<div><p>" + "word " * 50 + "</p><p>more</p></div>")
    assert short_text(el, 80) is None


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(alphabet="ab 编辑\n", max_size=30), min_size=1, max_size=8), st.integers(0, 60))
def test_short_text_is_none_only_when_the_collapsed_text_is_longer(parts, limit):
    el = lxml.html.fromstring("<div>" + "".join(f"<span>{p}</span>" for p in parts) + "</div>")
    pieces = short_text(el, limit)
    collapsed = " ".join(el.text_content().split())
    if pieces is None:
        assert len(collapsed) > limit
    else:
        assert "".join(pieces) == el.text_content()


def test_parse_tree_keeps_markup_after_an_early_document_end():
    """A header template that closes the document before the article: browsers show what
    follows, so the tree keeps it (libxml2 alone drops everything after ``</html>``)."""
    from pipelines.html_common import parse_tree

    page = ("<html><body><header><a href='/'>Home</a></header></body></html>\n"
            "<div class='post'><p>The harbour board approved the new pier on Tuesday.</p></div>"
            "<footer>Contact</footer></body></html>")
    root = parse_tree(page)
    body = root.find("body")
    assert "harbour board approved" in body.text_content()
    assert "Contact" in body.text_content()


def test_parse_tree_leaves_a_normal_document_end_alone():
    from pipelines.html_common import _early_end_tags_out

    page = "<html><body><p>Text.</p></body></html>\n"
    assert _early_end_tags_out(page) == page
