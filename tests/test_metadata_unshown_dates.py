"""Dates the page never shows its readers (invented pages): a JSON-LD ``datePublished`` that no
``<meta>`` tag states and the visible text never prints gives way to the "Updated X" the page
prints beside its headline; a URL's date settles which day a printed date-only value is."""

from __future__ import annotations

from datetime import date, timezone

import lxml.html

from pipelines.meta_dates import published_candidates
from pipelines.meta_reader import read_page
from pipelines.meta_record import PageMeta

FILLER = "<p>" + "The ferry board met again and the pilots asked about the winter timetable. " * 40 + "</p>"
LD = ('<script type="application/ld+json">{"@type": "Article", "headline": "Ferry timetable changes", '
      '"datePublished": "2019-06-11T08:00:00+00:00", "dateModified": "2025-03-03T12:00:00+00:00"}</script>')


def _first_day(head: str, body: str, url: str | None = None) -> date:
    page = f"<html><head>{head}</head><body><nav>Menu</nav>{body}</body></html>"
    meta = PageMeta.from_raw(read_page(lxml.html.fromstring(page)))
    return published_candidates(meta, {}, url, timezone.utc)[0][0].date()


UPDATED_ONLY = "<h1>Ferry timetable changes</h1><p>By Ines Calloway · Updated March 3, 2025</p>" + FILLER


def test_updated_date_wins_over_a_jsonld_publication_the_page_never_shows():
    assert _first_day(LD, UPDATED_ONLY) == date(2025, 3, 3)


def test_a_meta_tag_stating_the_jsonld_day_keeps_the_publication():
    tag = '<meta property="article:published_time" content="2019-06-11T08:00:00+00:00">'
    assert _first_day(LD + tag, UPDATED_ONLY) == date(2019, 6, 11)


def test_a_publication_printed_lower_down_the_page_keeps_it():
    body = UPDATED_ONLY + "<footer><p>First published June 11, 2019</p></footer>"
    assert _first_day(LD, body) == date(2019, 6, 11)


def test_a_date_in_a_script_is_not_printed_for_readers():
    body = UPDATED_ONLY + "<script>var firstPublished = 'June 11, 2019';</script>"
    assert _first_day(LD, body) == date(2025, 3, 3)


OG_UTC = '<meta property="article:published_time" content="2024-03-09T02:07:00+00:00">'
PRINTED_LOCAL = "<h1>Ferry timetable changes</h1><p>By Ines Calloway · March 8, 2024</p>" + FILLER


def test_a_printed_local_day_the_url_also_gives_beats_the_utc_day():
    url = "https://ferries.example/2024/03/08/timetable-changes/"
    assert _first_day(OG_UTC, PRINTED_LOCAL, url) == date(2024, 3, 8)


def test_without_the_url_date_the_utc_timestamp_keeps_its_day():
    url = "https://ferries.example/news/timetable-changes/"
    assert _first_day(OG_UTC, PRINTED_LOCAL, url) == date(2024, 3, 9)



def test_without_an_h1_the_line_repeating_the_title_is_the_headline_its_date_beside_it():
    sidebar = ("<ul class='px2'><li>Reader Lin replied: 《渡轮新时刻表》 the night boat is late again"
               "<br>(2019-12-24 03:45:27)</li></ul>")
    body = ("<table><tr><td><p>Saturday, September 7th, 2019 &nbsp; 10:56 am</p>"
            "<p><font size=5>渡轮新时刻表今日起实行</font></p>" + FILLER + "</td><td>" + sidebar + "</td></tr></table>")
    head = "<title>海港博客 » 渡轮新时刻表今日起实行</title>"
    assert _first_day(head, body) == date(2019, 9, 7)


def test_without_an_h1_or_a_line_repeating_the_title_no_date_beside_it_is_read():
    body = ("<p>Saturday, September 7th, 2019 &nbsp; 10:56 am</p><p><font size=5>另一个标题的文字</font></p>"
            + FILLER + "<ul class='px2'><li>Reader Lin replied: the night boat is late<br>(2019-12-24 03:45:27)</li></ul>")
    assert _first_day("<title>海港博客 » 渡轮新时刻表今日起实行</title>", body) == date(2019, 12, 24)


def test_a_meta_publication_tag_the_page_prints_beats_a_jsonld_date_it_does_not():
    tag = '<meta property="article:published_time" content="2025-03-03T12:00:00+00:00">'
    assert _first_day(LD + tag, UPDATED_ONLY + FILLER.replace("<p>", "<p>Filed 2025年3月3日. ", 1)) == date(2025, 3, 3)


def test_a_meta_publication_tag_on_a_day_not_printed_does_not_move_the_jsonld_date():
    tag = '<meta property="article:published_time" content="2024-01-15T12:00:00+00:00">'
    body = "<h1>Ferry timetable changes</h1><p>Updated March 3, 2025 · Filed April 2, 2019</p>" + FILLER
    assert _first_day(LD + tag, body) == date(2019, 6, 11)
