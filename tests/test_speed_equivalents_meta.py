"""Faster metadata reading gives the same answers as the plain reading it replaces."""

from __future__ import annotations

import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

_HINT_ALPHABET = "abcdefghilmnoprstuwyzABDEIMPTUW-_ İıſ"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_HINT_ALPHABET, max_size=24))
def test_hint_word_prefilter_agrees_with_the_hint_patterns(hint):
    """A hint the word prefilter turns away matches none of the five patterns."""
    from pipelines import meta_reader as m

    plain = (bool(m._BYLINE_HINT_RE.search(hint)), bool(m._POSTMETA_HINT_RE.search(hint)),
             bool(m._DATE_HINT_RE.search(hint) or m._COMPOUND_DATE_HINT_RE.search(hint)),
             bool(m._CRUMB_HINT_RE.search(hint)))
    assert m._hint_kinds(hint) == plain
    if any(plain):
        assert m._has_hint_word(hint)


@pytest.mark.parametrize("html", [
    "<html><body><div class='Post-Meta'>by Lina Varga</div><span class='PUBLISHED'>May 3, 2024</span></body></html>",
    "<html><body><p class='lede'>x</p><span id='news_time'>2024-05-06 10:00</span>"
    "<div class='Breadcrumbs'><a>Home</a><a>Markets</a></div></body></html>",
    "<html><body><div class='story'>By Omar Quill</div><a rel='author'>Omar Quill</a>"
    "<em itemprop='dateCreated'>2021-01-02 03:04</em><div class='dqwz'><a>首页</a></div></body></html>",
    "<html><body><span class='meta-info'>Written by Northwind Desk, 2 hours ago</span></body></html>",
])
def test_read_page_with_the_hint_word_prefilter_reads_the_same(html, monkeypatch):
    from pipelines import meta_reader

    meta_reader._HINT_KINDS.clear()
    fast = meta_reader.read_page(lxml.html.document_fromstring(html))
    monkeypatch.setattr(meta_reader, "_has_hint_word", lambda hint: True)
    meta_reader._HINT_KINDS.clear()
    assert meta_reader.read_page(lxml.html.document_fromstring(html)) == fast
