"""Which author source wins (invented pages and names): the page's structured credits over a body
line the cleaning read as a byline, a Chinese "本文发表于…" note is no byline, and a WordPress
``/?author=N`` link names the writer."""

from __future__ import annotations

import lxml.html
import pytest

from pipelines.boilerplate import byline_names
from pipelines.document import Document
from pipelines.meta_structured import author_link
from pipelines.metadata import run


def _blocks(*texts: str) -> list[dict]:
    return [{"kind": "paragraph", "text": t} for t in texts]


BODY = _blocks("The harbour board voted on Tuesday to extend the winter ferry timetable by six weeks.")


def test_jsonld_person_beats_a_body_byline_naming_someone_else():
    doc = run(Document(blocks=BODY, authors=["Gallery Director"], meta={"jsonld_authors": ["Ines Calloway"]}))
    assert doc.authors == ["Ines Calloway"]


def test_author_meta_tag_beats_a_body_byline_naming_someone_else():
    doc = run(Document(blocks=BODY, authors=["Tovan Reel"], meta={"head": {"author": "Marta Selkirk"}}))
    assert doc.authors == ["Marta Selkirk"]


def test_body_byline_naming_the_structured_author_stays():
    doc = run(Document(blocks=BODY, authors=["Ines Calloway", "Tovan Reel"],
                       meta={"jsonld_authors": ["Ines Calloway"]}))
    assert doc.authors == ["Ines Calloway", "Tovan Reel"]


@pytest.mark.parametrize("meta", [
    {},                                                            # nothing structured
    {"jsonld_authors": ["Harbour Ledger"], "jsonld_author_orgs": ["Harbour Ledger"]},  # an organization
    {"jsonld_authors": ["Staff"]},                                 # a desk credit, no person
])
def test_body_byline_stays_without_a_structured_person(meta):
    doc = run(Document(blocks=BODY, authors=["Tovan Reel"], meta=meta))
    assert doc.authors == ["Tovan Reel"]


@pytest.mark.parametrize("line, want", [
    ("(本文发表于读书专栏", None),      # "this article ran in the reading column": no byline
    ("文/周立", ["周立"]),
    ("本报记者 周立", ["周立"]),
])
def test_this_article_note_is_no_byline(line, want):
    assert byline_names(line) == want


@pytest.mark.parametrize("href, want", [
    ("http://blog.example.cn/?author=102", "青石客"),
    ("/index.php?cat=3&author=7", "青石客"),
    ("/?authorize=1", None),
    ("/?cat=7", None),
])
def test_wordpress_author_archive_link(href, want):
    page = f'<html><body><article><a href="{href}">青石客</a><p>正文。</p></article></body></html>'
    assert author_link(lxml.html.fromstring(page)) == want


def test_a_linked_nickname_is_kept_whatever_its_words():
    # "太谨慎"-like nicknames read as ordinary words; the page links them as its author
    doc = run(Document(blocks=_blocks("正文第一段，内容很长，讲的是港口的冬季时刻表。"),
                       meta={"labelled_author": "很小心"}))
    assert doc.authors == ["很小心"]


@pytest.mark.parametrize("name, want", [("博客书架", False), ("最新日志", False), ("文章列表", False),
                                        ("周立", True), ("王建国", True)])
def test_a_page_panel_heading_is_no_person(name, want):
    from pipelines.meta_bylines_zh import cjk_person

    assert cjk_person(name) is want


def test_names_in_separate_links_after_a_label_stay_apart():
    from pipelines.meta_structured import labelled_byline

    page = ('<html><body><article><span>Written by <ul><li><a href="/p/ines-calloway">Ines Calloway</a></li>'
            '<li><a href="/p/tovan-reel">Tovan Reel</a></li></ul></span><p>Story.</p></article></body></html>')
    assert labelled_byline(lxml.html.fromstring(page)) == "Ines Calloway; Tovan Reel"


def test_one_linked_name_after_a_label_is_read_whole():
    from pipelines.meta_structured import labelled_byline

    page = '<html><body><article><p>Written by <a href="/p/ines">Ines Calloway</a></p></article></body></html>'
    assert labelled_byline(lxml.html.fromstring(page)) == "Ines Calloway"


def test_a_style_sheet_named_for_authors_is_no_byline():
    from pipelines.meta_reader import read_page

    page = ('<html><head></head><body><style id="co-authors-inline-css">.x{display:inline}</style>'
            '<span class="byline">By Ines Calloway</span><p>Story.</p></body></html>')
    assert read_page(lxml.html.fromstring(page))["byline"] == "By Ines Calloway"


@pytest.mark.parametrize("h1s, want", [
    (["王建国"], ["王建国"]),                   # a blog headed by its owner's name
    (["港口冬季时刻表"], []),                    # a headline
    (["时刻表"], []),                            # a short heading that is no name
    (["王建国", "港口冬季时刻表"], []),           # more than one heading: not a blog header
])
def test_a_blog_headed_by_a_person_name_credits_its_owner(h1s, want):
    from pipelines.meta_bylines_zh import owner_heading

    assert owner_heading(h1s) == want


def test_the_owner_heading_only_when_nothing_else_credits_a_writer():
    doc = run(Document(blocks=_blocks("正文第一段，内容很长，讲的是港口的冬季时刻表。（记者 周立）"),
                       meta={"h1s": ["王建国"]}))
    assert doc.authors == ["周立"]


def test_an_action_link_after_the_linked_name_is_no_name():
    from pipelines.meta_structured import labelled_byline

    page = ('<html><body><article><p>By <a href="/p/ines">Ines Calloway</a> <a href="/print">View Print Copy</a>'
            '</p></article></body></html>')
    assert labelled_byline(lxml.html.fromstring(page)) == "Ines Calloway"


def test_a_profile_url_as_article_author_does_not_stop_the_visible_byline():
    from pipelines.meta_reader import read_page
    from pipelines.meta_structured import fallbacks, has_structured_author

    assert not has_structured_author({"article:author": "https://social.example/larkspurmills"})
    assert has_structured_author({"article:author": "Ines Calloway"})
    root = lxml.html.fromstring('<html><head><meta property="article:author" content="https://social.example/lark">'
                                '</head><body><article><h1>Loom menders compared</h1><p>Written by Ines Calloway</p>'
                                '<p>The weavers compared six loom menders.</p></article></body></html>')
    assert fallbacks(root, None, read_page(root)).get("labelled_author") == "Ines Calloway"


@pytest.mark.parametrize("text, want", [("3 min read", False), ("12 minutes", False), ("Ines Calloway", True)])
def test_a_reading_time_is_no_name(text, want):
    from pipelines.meta_bylines import plausible

    assert plausible(text) is want


def test_a_prose_link_starting_with_by_is_no_byline():
    from pipelines.meta_structured import labelled_byline

    page = ('<html><body><article><p>Bill clients hourly or <a href="/help/fixed">by milestone</a> as you prefer.'
            '</p></article></body></html>')
    assert labelled_byline(lxml.html.fromstring(page)) is None


@pytest.mark.parametrize("text, want", [("Read more about The Loom Guild Team", "The Loom Guild Team"),
                                        ("More about Ines Calloway", "Ines Calloway")])
def test_an_author_box_read_more_label_is_cut(text, want):
    from pipelines.meta_bylines import clean_byline

    assert clean_byline(text) == want
