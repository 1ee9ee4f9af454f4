"""Metadata rules for real-page shapes: update-labelled dates, the modified date, author labels,
roles, separators, scholarly author tags and spaced Chinese names (synthetic pages)."""

from __future__ import annotations

from datetime import date, timezone

import lxml.html
import pytest

from pipelines.document import Document
from pipelines.meta_bylines import clean_byline, plausible
from pipelines.meta_dates import published_candidates
from pipelines.meta_reader import read_page
from pipelines.meta_record import PageMeta
from pipelines.meta_structured import fallbacks, has_structured_date, labelled_byline
from pipelines.metadata import run


def _authors(**meta) -> list[str]:
    return run(Document(blocks=[{"kind": "paragraph", "text": "Harbour fees rose again."}], meta=meta)).authors


# ---------------------------------------------------------------- dates

@pytest.mark.parametrize("updated", ["Updated on February 24, 2026", "Last updated: Feb 24, 2026",
                                     "更新时间：2026-02-24 10:30"])
def test_update_labelled_date_element_is_not_the_publication(updated):
    page = ('<html><body><div class="post-date">' + updated + '</div>'
            '<span class="publish-date">March 3, 2021</span><p>Text.</p></body></html>')
    assert read_page(lxml.html.fromstring(page))["date_text"] == "March 3, 2021"


def test_unlabelled_date_equal_to_the_modified_date_gives_way():
    meta = PageMeta(time_datetime="2026-02-24", head={"article:modified_time": "2026-02-24T10:00:00+00:00"},
                    date_line="2021-03-03")
    found = published_candidates(meta, {}, None, timezone.utc)
    assert [v.date() for v, _ in found] == [date(2021, 3, 3)]


def test_structured_published_date_is_kept_even_when_equal_to_modified():
    meta = PageMeta(jsonld_published="2024-05-01", jsonld_modified="2024-05-01T12:00:00", date_text="2020-01-01")
    assert published_candidates(meta, {}, None, timezone.utc)[0][0].date() == date(2024, 5, 1)


def test_only_the_modified_date_is_still_a_date():
    meta = PageMeta(time_datetime="2026-02-24", head={"article:modified_time": "2026-02-24T10:00:00+00:00"})
    assert [v.date() for v, _ in published_candidates(meta, {}, None, timezone.utc)] == [date(2026, 2, 24)]


def test_readable_date_element_skips_htmldate():
    assert has_structured_date({"date_text": "Posted March 3, 2021"})
    assert not has_structured_date({"date_text": "Posted yesterday"})
    page = lxml.html.fromstring("<html><body><p>Posted on 2019-06-07 by staff.</p></body></html>")
    assert "visible_date" not in fallbacks(page, None, {"date_text": "March 3, 2021", "author": "Nora Quill"})


# ---------------------------------------------------------------- authors

@pytest.mark.parametrize("byline, want", [
    ("Full Bio", []),
    ("Written By", []),
    ("About Nora Quill", ["Nora Quill"]),
    ("Senior Content", []),
])
def test_byline_labels_and_roles_are_not_names(byline, want):
    assert _authors(byline=byline) == want


def test_a_label_byline_lets_the_structured_author_through():
    assert _authors(byline="Full Bio", jsonld={"author": {"@type": "Person", "name": "Nora Quill"}}) == ["Nora Quill"]


@pytest.mark.parametrize("raw, want", [
    ("Nora Quill ⋅ Review Editor", "Nora Quill"),
    ("the Harbour Team 2–3 minutes", "the Harbour Team"),
])
def test_clean_byline_separators_and_reading_time(raw, want):
    assert clean_byline(raw) == want


def test_authored_by_label_is_read_whole():
    page = lxml.html.fromstring("<html><body><p>Authored by: Nora Quill</p><p>Text.</p></body></html>")
    assert labelled_byline(page) == "Nora Quill"


@pytest.mark.parametrize("name", ['size="20"', "{{ author }}", "<b>", "the"])
def test_markup_residue_and_articles_are_not_names(name):
    assert not plausible(name)


def test_publisher_in_author_tag_gives_way_to_citation_authors():
    head = {"author": "Harbour Academic Publishers", "citation_authors": "Nora Quill"}
    assert _authors(**head) == ["Nora Quill"]


def test_spaced_two_character_chinese_name_is_one_name():
    assert _authors(citation_authors="周  峰") == ["周峰"]
    assert _authors(byline="作者：林　晓") == ["林晓"]


def _shown_date(body: str, published: str) -> date:
    page = ('<html><head><script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "'
            + published + '"}</script></head><body><nav>Menu</nav>' + body + '</body></html>')
    meta = PageMeta.from_raw(read_page(lxml.html.fromstring(page)))
    return published_candidates(meta, {}, None, timezone.utc)[0][0].date()


def test_date_printed_beside_the_headline_beats_a_structured_date_never_shown():
    body = '<h1>Harbour fees rise</h1><p class="x">By Jo Pike · March 3, 2021</p><p>Harbour fees rose.</p>'
    assert _shown_date(body, "2024-11-05T10:00:00+00:00") == date(2021, 3, 3)


@pytest.mark.parametrize("label", ["Updated: March 3, 2025", "Last updated on March 3, 2025",
                                   "By Jo Pike · Updated Mar 3, 2025 · 5 min read"])
def test_a_page_without_a_stated_date_is_dated_by_its_printed_update(label):
    # no structured date, no date element: htmldate's guess gives way to what the page prints
    page = f'<html><body><h1>Harbour fees rise</h1><p>{label}</p><p>Harbour fees rose.</p></body></html>'
    meta = PageMeta.from_raw(read_page(lxml.html.fromstring(page)))
    meta.visible_date = "2021-06-01"
    assert published_candidates(meta, {}, None, timezone.utc)[0][0].date() == date(2025, 3, 3)


def test_a_labelled_publication_date_element_beats_the_dates_beside_the_headline():
    body = ('<h1>Harbour fees rise</h1><p>See also: May 9, 2024 report</p>'
            '<div class="post-date">Published on 2021-03-03T10:00</div><p>Harbour fees rose.</p>')
    assert _shown_date(body, "2021-03-03T09:00:00+00:00") == date(2021, 3, 3)


def test_a_structured_date_the_date_element_prints_beats_a_date_in_the_lede():
    body = ('<h1>Harbour fees rise</h1><p>Fees are due by April 15, 2025, the port says.</p>'
            '<span class="date">Jan. 17, 2025 @ 01:39 PM</span><p>Harbour fees rose.</p>')
    assert _shown_date(body, "2025-01-17T13:39:00-05:00") == date(2025, 1, 17)


def test_the_day_of_the_first_time_element_is_shown_to_readers():
    body = ('<h1>Harbour fees rise</h1><p>Related: Port board meets August 28, 2024</p>'
            '<time datetime="2024-12-20">Dec 20</time><p>Harbour fees rose.</p>')
    page = '<html><body>' + body + '</body></html>'
    meta = PageMeta.from_raw(read_page(lxml.html.fromstring(page)))
    assert published_candidates(meta, {}, None, timezone.utc)[0][0].date() == date(2024, 12, 20)


def test_a_printed_day_one_off_without_a_time_is_the_same_instant_elsewhere():
    body = '<h1>Harbour fees rise</h1><p>By Jo Pike · March 8, 2024</p><p>Harbour fees rose.</p>'
    assert _shown_date(body, "2024-03-09T00:07:00+00:00") == date(2024, 3, 9)


def test_a_utc_day_after_the_printed_local_day_gives_way():
    body = '<h1>Harbour fees rise</h1><div>2021年3月3日 21:30</div><p>Harbour fees rose.</p>'
    assert _shown_date(body, "2021-03-04T02:30:00+00:00") == date(2021, 3, 3)


@pytest.mark.parametrize("body", [
    # the structured date is printed there too: it stays, whatever else is printed first
    '<h1>Harbour fees rise</h1><p>May 9, 2024</p><p>First published November 5, 2024</p>',
    # the only date beside the headline is the last change, and the page prints its publication lower down
    '<h1>Harbour fees rise</h1><p>Updated: March 3, 2025</p><p>' + 'Harbour fees rose again this spring. ' * 60
    + '</p><p>First filed November 5, 2024</p>',
    # "Updated X" first, another date printed after it
    '<h1>Harbour fees rise</h1><p>Updated: March 3, 2025</p><p>Filed May 9, 2022</p><p>Harbour fees rose.</p>',
    # a date far below the headline (a related story, a comment) is no dateline
    '<h1>Harbour fees rise</h1><p>' + 'Harbour fees rose again this spring. ' * 60 + '</p><p>March 3, 2021</p>',
])
def test_structured_date_kept_when_the_headline_area_does_not_contradict_it(body):
    assert _shown_date(body, "2024-11-05T10:00:00+00:00") == date(2024, 11, 5)


@pytest.mark.parametrize("meta, want", [
    # the byline's desk word stays on the name; an author tag gives the name alone
    ({"byline": "Mara Quill Tech Reporter", "cxenseparse:author": "Mara Quill"}, ["Mara Quill"]),
    ({"byline": "By Olek Varga EdTech Content writer", "visible_author": "Olek Varga"}, ["Olek Varga"]),
    # an outlet's desk credit names no person: kept whole
    ({"jsonld_authors": ["Harbourlight Contributor"]}, ["Harbourlight Contributor"]),
    ({"byline": "By The Ledger editors"}, ["The Ledger editors"]),
    # a person's name is not stretched to a longer credit
    ({"byline": "By Jo Pike", "author": "Jo Pike Staff"}, ["Jo Pike"]),
])
def test_names_agree_with_the_pages_other_credits(meta, want):
    assert _authors(**meta) == want


def test_an_organization_ending_in_a_role_word_is_not_cut_to_two_words():
    assert _authors(jsonld_authors=["Office for Harbour Safety and Research"]) == ["Office for Harbour Safety and Research"]


@pytest.mark.parametrize("page, want", [
    ('<div class="box"><p>Jo Pike</p><button><span>All articles by Jo Pike</span> Visit LinkedIn page</button></div>',
     "Jo Pike"),
    ('<p>More posts by Ana Ruiz</p>', "Ana Ruiz"),
])
def test_all_articles_by_label_names_the_writer(page, want):
    root = lxml.html.fromstring(f"<html><body><p>{'Harbour fees rose. ' * 20}</p>{page}</body></html>")
    assert clean_byline(fallbacks(root, None, {})["labelled_author"]) == want


@pytest.mark.parametrize("footer, url, want", [
    ("&copy; 2025 Jo Pikeman. All rights reserved.", "https://jopikeman.dev/posts/harbour", ["Jo Pikeman"]),
    ("Copyright 2019-2025 Jo Pikeman", "https://pikeman.net/harbour", ["Jo Pikeman"]),
    # a company holding the copyright is no writer, whatever the host
    ("© 2025 Pikeman Int. All rights reserved.", "https://pikeman.net/harbour", []),
    # the holder's name is not the site's
    ("© 2025 Jo Pikeman. All rights reserved.", "https://harbour-notes.net/fees", []),
])
def test_personal_site_copyright_holder_is_the_writer(footer, url, want):
    page = f"<html><body><h1>Harbour fees</h1><p>{'Harbour fees rose. ' * 20}</p><footer>{footer}</footer></body></html>"
    assert extract_authors(page, url) == want


def extract_authors(page: str, url: str) -> list[str]:
    from pipelines import extract

    return extract(page, url).get("authors") or []


@pytest.mark.parametrize("wrapper", ['<ol class="comment-list">{}</ol>', '<div id="comments"><ul>{}</ul></div>',
                                     '<section class="discussion">{}</section>'])
def test_a_comment_authors_byline_is_not_the_articles(wrapper):
    comment = '<li><span class="comment-author">Rae Lund</span> March 3, 2021 at 7:03 am</li>'
    page = (f"<html><body><h1>Harbour fees</h1><p>{'Harbour fees rose. ' * 20}</p>{wrapper.format(comment)}"
            "</body></html>")
    assert "byline" not in read_page(lxml.html.fromstring(page))


def test_a_byline_outside_comments_is_read():
    page = '<html><body><div class="post"><span class="author">Rae Lund</span><p>Harbour fees rose.</p></div></body></html>'
    assert read_page(lxml.html.fromstring(page))["byline"] == "Rae Lund"


@pytest.mark.parametrize("author, want", [("Harbourlight", ["Jo Pike"]), ("Rae Lund", ["Rae Lund"])])
def test_the_sites_short_name_as_author_tag_gives_way_to_a_jsonld_person(author, want):
    assert _authors(author=author, jsonld_authors=["Jo Pike"], **{"og:site_name": "Harbourlight Blog"}) == want


@pytest.mark.parametrize("text, want", [("Published August 13, 2021", date(2021, 8, 13)),
                                        ("Originally posted on 3 May 2021", date(2021, 5, 3)),
                                        ("August 13, 2021", date(2024, 11, 5))])
def test_a_date_element_labelled_published_beats_the_structured_date(text, want):
    meta = PageMeta(jsonld_published="2024-11-05T10:00:00+00:00", date_text=text)
    assert published_candidates(meta, {}, None, timezone.utc)[0][0].date() == want


def test_a_masthead_h1_and_todays_date_are_not_the_headline_area():
    page = ('<html><head><title>Harbour fees rise | Harbour Daily</title><script type="application/ld+json">'
            '{"@type": "NewsArticle", "datePublished": "2024-11-05T10:00:00+00:00"}</script></head><body>'
            '<header><h1>Harbour Daily</h1><p>Monday, December 7, 2026</p></header>'
            '<main><article><div><h1>Harbour fees rise</h1><p>By Jo Pike</p><p>Harbour fees rose.</p></div>'
            '</article></main></body></html>')
    meta = PageMeta.from_raw(read_page(lxml.html.fromstring(page)))
    assert published_candidates(meta, {}, None, timezone.utc)[0][0].date() == date(2024, 11, 5)


def test_a_kicker_date_just_above_the_headline_counts():
    body = '<article><div><p>March 3, 2021 · Ports</p><h1>Harbour fees rise</h1><p>Harbour fees rose.</p></div></article>'
    assert _shown_date(body, "2024-11-05T10:00:00+00:00") == date(2021, 3, 3)


@pytest.mark.parametrize("text, want", [("02.12.2025", date(2025, 12, 2)), ("02-12-2025", date(2025, 12, 2)),
                                        ("12/02/2025", date(2025, 12, 2)), ("31.01.2025 10:30", date(2025, 1, 31))])
def test_numeric_dates_with_dots_or_dashes_are_day_first(text, want):
    from pipelines.meta_dates import parse_numeric_date

    assert parse_numeric_date(text)[0].date() == want


def test_a_date_printed_as_the_publication_beside_the_headline_wins():
    body = ('<h1>Harbour fees rise</h1><p>Published Apr 26, 2023 · Updated Aug 21, 2025</p>'
            '<p>Harbour fees rose.</p>')
    assert _shown_date(body, "2025-08-21T10:00:00+00:00") == date(2023, 4, 26)


def test_a_printed_publication_day_next_to_the_same_instant_keeps_the_structured_day():
    body = '<h1>Harbour fees rise</h1><p>Published: 15 Oct 2024</p><p>Harbour fees rose.</p>'
    assert _shown_date(body, "2024-10-14T23:10:20+00:00") == date(2024, 10, 14)
