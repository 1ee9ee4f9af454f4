"""Publication dates from CMS-named `<meta>` tags, htmldate without its page-wide pattern scan, and an
`<h1>` whose characters a charset conversion lost."""

from __future__ import annotations

import lxml.html
import pytest

from pipelines import extract

BODY = "".join(f"<p>Paragraph {i} says the Northwind Capital board met again, and investors asked "
               f"many questions about the new plan this week.</p>" for i in range(6))


def _page(head: str = "", top: str = "", foot: str = "") -> str:
    return (f"<html><head><title>Board meets again</title>{head}</head><body><article><h1>Board meets again</h1>"
            f"{top}{BODY}</article>{foot}</body></html>")


@pytest.mark.parametrize("name, value, want", [
    ("published", "July 9, 2023", "2023-07-09"),
    ("w-published-date", "2022-11-04T10:00:00Z", "2022-11-04"),
    ("cxenseparse:publishtime", "2021-03-02T08:30:00+01:00", "2021-03-02"),
])
def test_a_cms_named_publication_tag_dates_the_page(name, value, want):
    out = extract(_page(f'<meta name="{name}" content="{value}">'), url="https://northwind.example/news/board")
    assert (out["published_at"] or "").startswith(want)


def test_a_tag_naming_a_change_is_no_publication():
    from pipelines.meta_structured import published_tags

    assert published_tags({"last-published-date": "2024-02-02", "published-modified": "2024-02-03"}) == []
    assert published_tags({"uploaddate": "2024-05-06T10:00:00Z"}) == []  # an embedded video's


def test_of_two_cms_publication_tags_the_earlier_is_the_original():
    head = ('<meta name="published-time" content="2025-09-01T06:00:00Z">'
            '<meta name="published-date" content="2019-04-12">')
    out = extract(_page(head), url="https://northwind.example/news/board")
    assert out["published_at"].startswith("2019-04-12")


_HTMLDATE_PAGES = [
    _page(top='<p class="meta">Posted on <span class="entry-date">2023-05-17</span></p>'),
    _page(top="<abbr class='published' title='2020-02-03'>Feb 3</abbr>"),
    _page('<meta name="og:pubdate" content="2018-08-08">'),
    _page(top="<p>Filed 14 March 2022 by the desk</p>"),
]


@pytest.mark.parametrize("html", _HTMLDATE_PAGES)
def test_the_htmldate_steps_give_htmldates_answer_before_its_last_resort(html):
    from htmldate import find_date as htmldate_find_date

    from pipelines.meta_htmldate import find_date

    url = "https://northwind.example/news/board"
    want = htmldate_find_date(lxml.html.document_fromstring(html), url=url, original_date=True,
                              extensive_search=True)
    assert want is not None
    assert find_date(lxml.html.document_fromstring(html), url) == want


def test_the_htmldate_steps_stop_before_the_copyright_year_guess():
    from htmldate import find_date as htmldate_find_date

    from pipelines.meta_htmldate import find_date

    html = _page(foot="<footer><p>© 2021 Northwind Capital</p></footer>")
    url = "https://northwind.example/news/board"
    assert htmldate_find_date(lxml.html.document_fromstring(html), url=url, original_date=True) == "2021-01-01"
    root = lxml.html.document_fromstring(html)
    before = lxml.html.tostring(root)
    assert find_date(root, url) is None
    assert lxml.html.tostring(root) == before  # the caller's tree is left as it was


def test_an_h1_with_question_marks_for_lost_characters_gives_way_to_the_metadata_spelling():
    head = '<meta property="og:title" content="Harbour Fees: Shipper\'s Guide to the New Tariff">'
    html = (f"<html><head><title>Harbour Fees: Shipper's Guide to the New Tariff</title>{head}</head><body><article>"
            f"<h1>Harbour Fees? Shipper? Guide to the New Tariff</h1>{BODY}</article></body></html>")
    out = extract(html, url="https://northwind.example/news/fees")
    assert out["title"].replace("’", "'") == "Harbour Fees: Shipper's Guide to the New Tariff"


def test_an_h1_asking_a_question_keeps_its_question_mark():
    html = ("<html><head><title>Will Harbour Fees Rise Again? | Northwind</title></head><body><article>"
            f"<h1>Will Harbour Fees Rise Again?</h1>{BODY}</article></body></html>")
    assert extract(html, url="https://northwind.example/news/fees")["title"] == "Will Harbour Fees Rise Again?"


def test_the_time_element_in_the_headline_box_beats_an_earlier_one_on_the_page():
    html = ("<html><head><title>Board meets again</title></head><body>"
            "<div class='ticker'><time datetime='2026-01-30T12:00:00Z'>01/30/2026</time> Markets open</div>"
            "<main><div class='node'><h1>Board meets again</h1><div class='meta'>"
            "<time datetime='2019-04-12T12:00:00Z'>04/12/2019</time></div></div>"
            f"<article>{BODY}</article></main></body></html>")
    assert extract(html, url="https://northwind.example/news/board")["published_at"].startswith("2019-04-12")


def test_a_time_element_far_below_the_headline_does_not_replace_the_first_one():
    html = ("<html><head><title>Board meets again</title></head><body><main><div class='top'>"
            "<time datetime='2019-04-12T12:00:00Z'>April 12, 2019</time><div><h1>Board meets again</h1></div></div>"
            f"<article>{BODY}</article><aside><div><time datetime='2026-01-30T12:00:00Z'>Jan 30</time></div></aside>"
            "</main></body></html>")
    assert extract(html, url="https://northwind.example/news/board")["published_at"].startswith("2019-04-12")


@pytest.mark.parametrize("h1, want", [
    ("Northwind Capital Doubles Its Harbour Stake (example.org) 42", "Northwind Capital Doubles Its Harbour Stake"),
    ("Northwind Capital Doubles Its Harbour Stake 2025", "Northwind Capital Doubles Its Harbour Stake 2025"),
])
def test_an_aggregators_domain_and_score_after_the_headline_are_cut(h1, want):
    html = ("<html><head><title>Northwind Capital Doubles Its Harbour Stake - Linkboard</title></head><body>"
            f"<article><h1>{h1}</h1>{BODY}</article></body></html>")
    assert extract(html, url="https://linkboard.example/story/1")["title"] == want


def test_a_url_with_the_month_written_out_dates_the_page():
    from pipelines.meta_dates import date_from_url

    assert date_from_url("https://northwind.example/blog/2023/october/03/board-meets/")[0].date().isoformat() \
        == "2023-10-03"
    assert date_from_url("https://northwind.example/blog/2023/Oct/3/board-meets")[0].date().isoformat() == "2023-10-03"


def test_the_url_settles_which_way_round_a_numeric_date_reads():
    html = _page(top="<span class='post-date'>03/10/2023</span>")
    url = "https://northwind.example/blog/2023/october/03/board-meets/"
    assert extract(html, url=url)["published_at"].startswith("2023-10-03")
    # without the URL's word the US order stays
    assert extract(html, url="https://northwind.example/blog/board-meets/")["published_at"].startswith("2023-03-10")
