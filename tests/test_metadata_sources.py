"""Metadata from the page's own structured data, visible bylines and titles (synthetic pages)."""

from __future__ import annotations

import lxml.html
import pytest

from pipelines import extract
from pipelines.document import Document
from pipelines.meta_bylines import clean_byline, closing_credit, cjk_person, tidy
from pipelines.meta_dates import choose_published, parse_numeric_date, published_candidates
from pipelines.meta_structured import jsonld_fields
from pipelines.meta_title import choose as choose_title
from pipelines.meta_record import PageMeta

BODY = "".join(f"<p>Paragraph {i} says the harbour authority raised its fees again, and shippers complained "
               f"loudly about the new charges this week.</p>" for i in range(6))


def _page(head: str = "", top: str = "", body: str = BODY) -> str:
    return f"<html><head>{head}</head><body><article>{top}{body}</article></body></html>"


def test_jsonld_graph_author_by_id_and_webpage_date():
    page = _page('<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
                 '{"@type": "WebPage", "@id": "#page", "datePublished": "2024-03-05T08:00:00+00:00"},'
                 '{"@type": "Person", "@id": "#p1", "name": "Nora Quill"},'
                 '{"@type": "BlogPosting", "headline": "Fees rise", "author": {"@id": "#p1"}}]}</script>')
    fields = jsonld_fields(lxml.html.fromstring(page))
    assert fields["jsonld_authors"] == ["Nora Quill"]
    assert fields["jsonld_published"] == "2024-03-05T08:00:00+00:00"


def test_jsonld_organization_author_is_marked():
    page = _page('<script type="application/ld+json">{"@type": "NewsArticle", '
                 '"author": [{"@type": "Organization", "name": "Harbour Desk"}]}</script>')
    fields = jsonld_fields(lxml.html.fromstring(page))
    assert fields["jsonld_author_orgs"] == ["Harbour Desk"]


def test_extract_reads_structured_metadata_end_to_end():
    head = ('<title>Harbour fees rise again | Portside Weekly</title>'
            '<meta property="og:site_name" content="Portside Weekly">'
            '<meta name="author" content="Nora Quill">'
            '<meta property="article:published_time" content="2024-03-05T08:00:00+01:00">')
    out = extract(_page(head, top="<h1>Harbour fees rise again</h1>"), url="https://portside.example/a/fees")
    assert out["title"] == "Harbour fees rise again"
    assert out["authors"] == ["Nora Quill"]
    assert out["published_at"].startswith("2024-03-05T08:00:00+01:00")


def test_h1_is_preferred_over_a_different_metadata_title():
    meta = PageMeta(h1s=["Menu", "Harbour fees rise for the third time"],
                    head={"og:title": "Why shippers are angry about harbour fees | Portside"},
                    html_title="Why shippers are angry about harbour fees | Portside")
    assert choose_title(meta, current=None, url=None, names=["Portside"]) == "Harbour fees rise for the third time"


@pytest.mark.parametrize("h1s", [["Webcams"], ["Contact Us", "Select an option"], ["Day 7", "Day 8"]])
def test_h1_sharing_no_word_with_the_metadata_title_is_not_the_headline(h1s):
    meta = PageMeta(h1s=h1s, head={"og:title": "Harbour fees rise for the third time | Portside"},
                    html_title="Harbour fees rise for the third time | Portside")
    assert choose_title(meta, current=None, url=None, names=["Portside"]) == "Harbour fees rise for the third time"


@pytest.mark.parametrize("h1", ["Blog: Harbour fees rise again", "Opinion | Harbour fees rise again"])
def test_a_section_label_before_the_headline_in_the_h1_is_cut(h1):
    meta = PageMeta(h1s=[h1], head={"og:title": "Harbour fees rise again | Portside"},
                    html_title="Harbour fees rise again | Portside")
    assert choose_title(meta, current=None, url=None, names=["Portside"]) == "Harbour fees rise again"


def test_a_colon_headline_the_metadata_title_repeats_is_kept_whole():
    meta = PageMeta(h1s=["Analysis: harbour fees rise again"], head={"og:title": "Analysis: harbour fees rise again"})
    assert choose_title(meta, current=None, url=None, names=["Portside"]) == "Analysis: harbour fees rise again"


def test_byline_printed_inside_the_h1_is_cut():
    meta = PageMeta(h1s=["Harbour fees rise again Posted on July 1, 2024 by jdoe"],
                    head={"og:title": "Fees at the harbour | Portside"})
    assert choose_title(meta, current=None, url=None, names=["Portside"]) == "Harbour fees rise again"


@pytest.mark.parametrize("h1, title, want", [
    ("Harbour fees rise | Explainer", "Harbour fees rise | Explainer | Portside", "Harbour fees rise"),
    ("Harbour Fees Guide – Cost Table", "Harbour Fees Guide – Cost Table – Portside", "Harbour Fees Guide"),
    ("Fees rose in March — and shippers want answers", "Fees rose in March — and shippers want answers",
     "Fees rose in March — and shippers want answers"),
])
def test_title_tail_segments(h1, title, want):
    meta = PageMeta(h1s=[h1], html_title=title)
    assert choose_title(meta, current=h1, url="https://portside.example/x", names=[]) == want


def test_title_from_metadata_without_h1_drops_site_name():
    meta = PageMeta(html_title="Portside Weekly | Harbour fees rise again", head={"og:site_name": "Portside Weekly"})
    assert choose_title(meta, current=None, url=None, names=[]) == "Harbour fees rise again"


@pytest.mark.parametrize("raw, want", [
    ("Written By: Nora Quill Last Updated: August 1, 2025", "Nora Quill"),
    ("Nora Quill February 8, 2022 • 10 mins read", "Nora Quill"),
    ("By Nora Quill | Portside", "Nora Quill"),
    ("Nora Quill Senior Editor", "Nora Quill"),
])
def test_clean_byline(raw, want):
    assert clean_byline(raw) == want


@pytest.mark.parametrize("raw, want", [
    ("Nora Quill, MS, RD", ["Nora Quill"]),
    ("Nora Quill PORTSIDE TODAY", ["Nora Quill"]),
    ("Nora & Ivan", ["Nora", "Ivan"]),
    ("Acme Shipping, Inc.", ["Acme Shipping, Inc."]),
])
def test_tidy_names(raw, want):
    assert tidy(raw) == want


def test_visible_byline_element_without_by():
    doc = Document(blocks=[{"kind": "paragraph", "text": "Text."}],
                   meta={"byline": "Nora Quill March 3, 2026 • 4 min read"})
    from pipelines.metadata import run
    assert run(doc).authors == ["Nora Quill"]


def test_byline_labels_are_not_authors():
    doc = Document(blocks=[{"kind": "paragraph", "text": "Text."}], meta={"byline": "The Author"})
    from pipelines.metadata import run
    assert run(doc).authors == []


@pytest.mark.parametrize("texts, editors, want", [
    (["港口费用上涨，货主表示不满。（记者 周海峰）"], False, ["周海峰"]),
    (["港口费用上涨。(晚报记者 林晓、吴强)"], False, ["林晓", "吴强"]),
    (["港口费用上涨。（周海峰 宁波报道）"], False, ["周海峰"]),
    (["（责任编辑：林晓）"], False, []),
    (["（责任编辑：林晓）"], True, ["林晓"]),
    (["来源：某某日报　编辑：吴强"], True, ["吴强"]),
])
def test_chinese_closing_credit(texts, editors, want):
    assert closing_credit(texts, editors=editors) == want


@pytest.mark.parametrize("name, ok", [("周海峰", True), ("文章", False), ("博客", False), ("章费用", False)])
def test_cjk_person(name, ok):
    assert cjk_person(name) is ok


@pytest.mark.parametrize("text, want", [
    ("01/31/2025", (2025, 1, 31)),
    ("4/24/2000 12:00:00 AM", (2000, 4, 24)),
    ("31/01/2025", (2025, 1, 31)),
])
def test_numeric_dates(text, want):
    value, _ = parse_numeric_date(text)
    assert (value.year, value.month, value.day) == want


def test_structured_date_beats_visible_and_url():
    from datetime import timezone
    meta = PageMeta(jsonld_published="2024-03-05", date_text="Updated May 2, 2025", visible_date="2024-03-01")
    found = published_candidates(meta, {}, "https://x.example/2024/03/05/fees", timezone.utc)
    assert choose_published(found).date().isoformat() == "2024-03-05"


def test_htmldate_fallback_when_no_structured_date():
    top = "<h1>Harbour fees rise</h1><p class='date'>Posted 12 June 2023</p>"
    out = extract(_page("<title>Harbour fees rise</title>", top=top), url="https://x.example/fees")
    assert out["published_at"].startswith("2023-06-12")


def test_chinese_dateline_formats():
    from pipelines.meta_dates import parse_datetime
    assert parse_datetime("2021年5月26日 08:30")[0].hour == 8
    assert parse_datetime("2021-5-7")[0].day == 7


def test_typed_record_from_raw_values():
    meta = PageMeta.from_raw({"html_title": "T", "og:title": "OG", "jsonld": {"author": {"name": "Nora Quill"}}})
    assert meta.html_title == "T" and meta.tag("og:title") == "OG" and meta.jsonld_authors == ["Nora Quill"]
    assert isinstance(Document(meta={"byline": "By X"}).meta, PageMeta)


def _tree(html: str):
    return lxml.html.fromstring(html)


def test_yoast_written_by_label_pair():
    from pipelines.meta_structured import tagged_author
    assert tagged_author({"twitter:label1": "Written by", "twitter:data1": "Nora Quill"}) == "Nora Quill"
    assert tagged_author({"twitter:label1": "Est. reading time", "twitter:data1": "4 minutes"}) is None


@pytest.mark.parametrize("html, want", [
    ("<div><p>Written by</p><p>Nora Quill</p></div>", "Nora Quill"),
    ("<div><h3>Author</h3><p>Nora Quill</p></div>", "Nora Quill"),
    ("<div><span>By: Nora Quill</span></div>", "Nora Quill"),
    ("<div><strong>Contributors:</strong> Nora Quill</div>", "Nora Quill"),
    ("<nav><ul><li><a>By Use Case</a></li></ul></nav><p>Text of the story goes here and on.</p>", None),
])
def test_labelled_byline(html, want):
    from pipelines.meta_structured import labelled_byline
    assert labelled_byline(_tree(f"<html><body>{html}</body></html>")) == want


def test_author_link_outside_menus():
    from pipelines.meta_structured import author_link
    page = ('<html><body><nav><a href="/authors/team-page/">Our writers</a></nav>'
            '<article><a href="/author/nora-quill/">Nora Quill</a><p>Story.</p></article></body></html>')
    assert author_link(_tree(page)) == "Nora Quill"


def test_structured_author_skips_the_library_fallbacks():
    from pipelines.meta_structured import fallbacks
    page = _tree('<html><body><p>Written by</p><p>Ivan Reyes</p></body></html>')
    assert fallbacks(page, None, {"author": "Nora Quill", "jsonld_published": "2024-01-02"}) == {}
    assert fallbacks(page, None, {"jsonld_published": "2024-01-02"})["labelled_author"] == "Ivan Reyes"


@pytest.mark.parametrize("meta, url, want", [
    ({"html_title": "Why I self-host | Nora Quill"}, "https://noraquill.dev/notes/self-host", ["Nora Quill"]),
    ({"html_title": "Why I self-host | Nora Quill's blog"}, "https://www.example.org/~quill/blog/x.html",
     ["Nora Quill"]),
    ({"html_title": "Harbour fees rise | Portside Weekly"}, "https://portside.example/a", []),
    ({"html_title": "Why I self-host | Nora Quill"}, "https://news.example/notes/self-host", []),
])
def test_site_owner(meta, url, want):
    from pipelines.meta_bylines import site_owner
    assert site_owner(PageMeta.from_raw(meta), url) == want


def test_chinese_name_line_under_headline():
    from pipelines.meta_bylines import name_line
    blocks = [{"kind": "paragraph", "text": "港口收费的来龙去脉"}, {"kind": "paragraph", "text": "王海"},
              {"kind": "paragraph", "text": "港口费用上涨，货主表示不满。"}]
    assert name_line(blocks) == ["王海"]
    assert name_line([{"kind": "paragraph", "text": "文章"}]) == []


def test_body_byline_names_are_filtered():
    from pipelines.meta_bylines import keep_names
    assert keep_names(["手记"]) == []
    assert keep_names(["Nora Quill, PhD"]) == ["Nora Quill"]


@pytest.mark.parametrize("raw, want", [
    ("Nora Quill Content Marketing Coordinator", ["Nora Quill"]),
    ("Articles by Nora Quill", ["Nora Quill"]),
    ("Portside Staff", ["Portside Staff"]),
])
def test_more_tidy_rules(raw, want):
    assert tidy(raw) == want


def test_staff_credit_when_it_is_all():
    from pipelines.metadata import run
    doc = Document(blocks=[{"kind": "paragraph", "text": "Text."}],
                   meta={"twitter:label1": "Written by", "twitter:data1": "Staff"})
    assert run(doc).authors == ["Staff"]


def test_title_rules_case_underscore_and_leading_date():
    meta = PageMeta(h1s=["HARBOUR FEES RISE AGAIN"], html_title="Harbour Fees Rise Again, Shippers Say | Portside")
    assert choose_title(meta, current=None, url=None, names=["Portside"]) == "Harbour Fees Rise Again, Shippers Say"
    meta = PageMeta(html_title="rustc_codegen_gcc: progress report")
    assert choose_title(meta, current=None, url=None, names=[]) == "rustc_codegen_gcc: progress report"
    meta = PageMeta(h1s=["Dec 18 2025 Preparing a transition"], html_title="Notes on the transition")
    assert choose_title(meta, current=None, url=None, names=[]) == "Preparing a transition"


def test_htmldate_year_only_guess_is_no_date():
    # htmldate answers YYYY-01-01 from a copyright year; the page never states that day
    top = "<h1>Harbour fees rise</h1>"
    body = BODY + "<div class='copyright'>© 2019 Portside</div>"
    out = extract(_page("<title>Harbour fees rise</title>", top=top, body=body), url="https://x.example/fees")
    assert out["published_at"] is None


def test_author_picture_alt_names_the_author():
    from pipelines.meta_structured import author_image
    page = ('<html><body><img src="logo.png" alt="Portside Weekly"><article>'
            '<div class="post-author-image"><img src="a.jpg" alt="Nora Quill"></div><p>Story.</p></article></body></html>')
    assert author_image(_tree(page)) == "Nora Quill"
    assert author_image(_tree('<html><body><img class="hero" alt="Nora Quill"></body></html>')) is None


def test_chinese_opening_credit_and_editor_line():
    assert closing_credit(["河南日报记者王海/文 受访者供图"]) == ["王海"]
    from pipelines.meta_structured import editor_line
    page = _tree("<html><body><ul><li>来源：某某日报　编辑：吴强</li></ul><p>正文很长。</p></body></html>")
    assert editor_line(page) == "来源：某某日报 编辑：吴强"
    doc = Document(blocks=[{"kind": "paragraph", "text": "港口费用上涨，货主表示不满。"}],
                   meta={"editor_line": "来源：某某日报 编辑：吴强"})
    from pipelines.metadata import run
    assert run(doc).authors == ["吴强"]


def test_meta_tag_named_like_a_field_does_not_break_the_record():
    meta = PageMeta.from_raw({"jsonld": "x", "h1s": "y", "html_title": "T"})
    assert meta.jsonld == {} and meta.h1s == [] and meta.html_title == "T"
    page = _page('<meta name="jsonld" content="x"><meta name="h1s" content="y">', top="<h1>Harbour fees rise</h1>")
    assert extract(page)["title"] == "Harbour fees rise"


def test_a_title_read_twice_as_latin_1_is_repaired():
    from pipelines.meta_title import repair

    assert repair("Harbour\u00e2\u0080\u0099s fees rise") == "Harbour's fees rise"
    assert repair("Harbour fees – a guide") == "Harbour fees – a guide"


def test_the_h1_a_title_extends_with_a_parenthesis_is_the_headline():
    meta = PageMeta(h1s=["Notes from the harbour board:", "The Harbour Fee Puzzle"],
                    html_title="The Harbour Fee Puzzle (Jo Pike)")
    assert choose_title(meta, current=None, url=None, names=[]) == "The Harbour Fee Puzzle"


def test_a_domain_name_leading_the_title_is_not_part_of_the_headline():
    meta = PageMeta(h1s=["portside.example"], html_title="portside.example Harbour Fees Explained")
    assert choose_title(meta, current=None, url="https://portside.example/fees", names=[]) == "Harbour Fees Explained"


def test_title_pieces_cut_at_every_separator_the_title_module_knows():
    from pipelines.meta_title import title_pieces

    assert title_pieces("Harbour ferries run late | Larkspur Post") >= {"Harbour ferries run late", "Larkspur Post"}
    assert "渡轮为什么总是晚点" in title_pieces("渡轮为什么总是晚点——港口日报")
    assert "渡轮为什么总是晚点" in title_pieces("渡轮为什么总是晚点_港口日报")
    assert "Harbour ferries run late" in title_pieces("Harbour ferries run late»Larkspur Post")
    assert title_pieces("Harbour ferries run late") == {"Harbour ferries run late"}


def test_the_headline_line_of_a_page_without_h1_is_found_behind_a_glued_suffix():
    from lxml import html as lxml_html

    from pipelines.meta_reader import _title_line

    root = lxml_html.fromstring("<html><body><div><a href='/'>港口日报</a></div>"
                                "<font size='5'>渡轮为什么总是晚点</font><p>正文第一段。</p></body></html>")
    line = _title_line(root, ("渡轮为什么总是晚点——港口日报",))
    assert line is not None and line.tag == "font"
