"""bench/labelled_pages.py: the labelled cleaning sets are well-formed data, and the page
builder records labels that are text a reader sees on the page."""

from __future__ import annotations

import json

import pytest

from bench.labelled_pages import Page, all_sets, check_set, load_set


@pytest.mark.parametrize("set_dir", all_sets(), ids=lambda p: p.name)
def test_every_labelled_set_is_well_formed(set_dir):
    assert check_set(set_dir) == []
    assert load_set(set_dir)


def test_builder_writes_page_meta_and_labels(tmp_path):
    pg = Page("en_example", "https://news.example.com/a.html", "en", "Harbour fees rise", ["Ann Lee"])
    page = ("<html><head><title>Harbour fees rise</title></head><body><h1>Harbour fees rise</h1>"
            + pg.p("The port authority raised berth fees by four percent on Monday.")
            + pg.h("What changes") + pg.table([["Berth", "Fee"], ["North", "$120"]])
            + pg.bp("<div>Sign up for the morning briefing</div>") + "</body></html>")
    folder = pg.write(page, tmp_path)
    assert check_set(tmp_path) == []
    exp = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    assert exp["body"] == ["The port authority raised berth fees by four percent on Monday.", "What changes",
                           "Berth Fee", "North $120"]
    assert exp["headings"] == ["What changes"] and exp["boilerplate"] == ["Sign up for the morning briefing"]
    assert load_set(tmp_path)[0]["data"] == page.encode("utf-8")


def test_builder_refuses_a_label_that_is_not_on_the_page(tmp_path):
    pg = Page("en_bad", "https://news.example.com/b.html", "en", "Title", [])
    pg.p("A paragraph the markup never shows.")
    with pytest.raises(ValueError, match="not visible"):
        pg.write("<html><body><h1>Title</h1></body></html>", tmp_path)


def test_check_reports_a_boilerplate_label_inside_the_body(tmp_path):
    pg = Page("en_overlap", "https://news.example.com/c.html", "en", "Title", [])
    text = "Shares of the shipping group rose after the results were published."
    page = f"<html><body><h1>Title</h1>{pg.p(text)}{pg.bp('<p>' + text + '</p>')}</body></html>"
    pg.write(page, tmp_path)
    assert any("inside the expected body" in problem for problem in check_set(tmp_path))
