"""An ``<h1>`` that links to itself (a Markdown section heading's permalink) is not the headline
(invented pages)."""

from __future__ import annotations

from pipelines import extract

FILLER = "<p>" + "The ferry board met again and the pilots asked about the winter timetable. " * 40 + "</p>"


def _title(body: str) -> str | None:
    page = ("<html><head><title>Why crews trust the night ferry | Harbour Notes</title></head><body>"
            f"<article>{body}</article></body></html>")
    return extract(page, url="https://harbour.example/notes/night-ferry")["title"]


def test_an_h1_linking_to_itself_is_a_section_heading_not_the_headline():
    body = (FILLER + '<h1 id="the-crews-like-the-quiet"><a class="anchor" href="#the-crews-like-the-quiet">'
            "The crews like the quiet hours</a></h1>" + FILLER)
    assert _title(body) == "Why crews trust the night ferry"


def test_an_h1_without_a_permalink_stays_the_headline():
    body = FILLER + '<h1 id="the-crews-like-the-quiet">The crews like the quiet hours</h1>' + FILLER
    assert _title(body) == "The crews like the quiet hours"
