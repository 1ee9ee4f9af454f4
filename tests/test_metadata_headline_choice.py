"""Headline and date choices of the sixth metadata wave (invented pages): an `<h1>` that holds a
paragraph is no headline; a printed date that is the page's `article:modified_time` day does not
replace the `article:published_time` of a page dated by OpenGraph tags alone."""

from __future__ import annotations

from pipelines import extract

BODY = "".join(f"<p>Paragraph {i} says the Larkspur Mills board met again, and the weavers asked "
               f"many questions about the new loom schedule this week.</p>" for i in range(6))
SUMMARY = ("Find out which loom upgrades pay back fastest in a small mill. Get tips from three weavers on "
           "how to plan the work. Each step lists its costs, its savings and its timeline.")


def _titled(h1: str) -> str:
    return ("<html><head><title>Seven Loom Upgrades That Pay Back (Weaver Tested) | Larkspur Mills</title>"
            "<meta property='og:title' content='Seven Loom Upgrades That Pay Back (Weaver Tested) | Larkspur Mills'>"
            f"</head><body><article><h1>{h1}</h1>{BODY}</article></body></html>")


def test_an_h1_holding_a_paragraph_gives_way_to_the_metadata_title():
    out = extract(_titled(SUMMARY), url="https://larkspur.example/guides/loom-upgrades")
    assert out["title"] == "Seven Loom Upgrades That Pay Back (Weaver Tested)"


def test_a_long_one_sentence_h1_is_still_the_headline():
    h1 = ("Seven loom upgrades that pay back within a single season in the small mills of the valley, "
          "according to the three weavers who tried every one of them over the last winter")
    assert extract(_titled(h1), url="https://larkspur.example/guides/loom-upgrades")["title"] == h1


def _dated(head: str, printed: str) -> str:
    return (f"<html><head><title>Board meets again</title>{head}</head><body><article>"
            f"<h1>Board meets again</h1><p class='byline'>By Tova Reyes · {printed}</p>{BODY}"
            "</article></body></html>")


_OG = ('<meta property="article:published_time" content="2021-03-04T09:00:00+00:00">'
       '<meta property="article:modified_time" content="2025-06-02T10:00:00+00:00">')


def test_a_printed_modified_day_does_not_replace_the_opengraph_publication():
    out = extract(_dated(_OG, "June 2, 2025"), url="https://larkspur.example/news/board")
    assert out["published_at"].startswith("2021-03-04")


def test_a_printed_date_other_than_the_modified_day_still_wins():
    out = extract(_dated(_OG, "March 9, 2021"), url="https://larkspur.example/news/board")
    assert out["published_at"].startswith("2021-03-09")


def test_with_jsonld_dates_the_printed_modified_day_still_wins():
    ld = ('<script type="application/ld+json">{"@type": "Article", "headline": "Board meets again", '
          '"datePublished": "2021-03-04T09:00:00+00:00", "dateModified": "2025-06-02T10:00:00+00:00"}</script>')
    out = extract(_dated(_OG + ld, "June 2, 2025"), url="https://larkspur.example/news/board")
    assert out["published_at"].startswith("2025-06-02")
