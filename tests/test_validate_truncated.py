"""A page cut off mid-download says so in its reject reason."""

from __future__ import annotations

from pipelines import extract

HEAD = "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Rates</title></head><body>"


def test_truncated_page_reason_mentions_truncation():
    page = HEAD + "<div class='news'><h1>Rates hold</h1><div class='info'><span class='sou"
    out = extract(page.encode())
    assert out["error"]["stage"] == "validate"
    assert "looks truncated" in out["error"]["reason"]


def test_complete_page_without_text_is_not_called_truncated():
    page = HEAD + "<div class='news'><h1>Rates hold</h1></div></body></html>"
    out = extract(page.encode())
    assert out["error"] is not None
    assert "truncated" not in out["error"]["reason"]


def test_truncated_page_with_an_article_is_kept():
    page = HEAD + "<article><h1>Rates hold</h1>" + "<p>The central bank kept its benchmark rate unchanged on Thursday, " \
        "citing stable inflation and steady growth in lending to companies.</p>" * 4 + "<p>Officials sa"
    out = extract(page.encode())
    assert out["error"] is None
    assert "central bank kept" in out["body"]
