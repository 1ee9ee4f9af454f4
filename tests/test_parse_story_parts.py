"""parse: parts of a story that both candidates miss (wave 10) -- a page builder's sections
whose text sits in a ``<header>`` inside an ``<article>``, a story split into several text
blocks of one kind, and a short post that loses the candidate choice to a sidebar feed."""

from __future__ import annotations

from pipelines.parse import clean_tree, generic_blocks, parse_tree
from pipelines.html_clean import marked_post

PARAS = [
    "The Harwick Rowing Club opened its new boathouse on Saturday after two years of fundraising by members.",
    "Club captain Mirela Ostvang said the building doubles the space for boats and adds a small gym for winter training.",
    "The town council contributed a third of the cost, while the rest came from local firms and a summer regatta.",
    "Junior membership has grown sharply since the club began free taster sessions for schools in the district.",
    "Coaches hope the new facilities will help the club send a crew to the national championships next season.",
    "A public open day is planned for next month, with rides on the river for visitors of all ages and abilities.",
]


def _section(paras: list[str], headline: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (f'<section class="page-section"><article class="image-text"><img src="x.jpg">'
            f'<header class="image-text-description"><h3>{headline}</h3>'
            f'<div class="richtext-block">{body}</div></header></article></section>')


def _sections_page() -> str:
    return ("<html><head><title>Rowing club opens boathouse</title></head><body>"
            '<header class="site-header"><a href="/">Harwick News</a> <a href="/sport">Sport</a></header>'
            '<main class="layout-main"><h1>Rowing club opens its new boathouse</h1>'
            + _section(PARAS[:2], "A new home") + _section(PARAS[2:4], "Who paid")
            + _section(PARAS[4:], "What comes next")
            + '</main><footer class="site-footer">Contact us. Imprint. Privacy.</footer></body></html>')


def test_a_section_header_holding_running_text_is_kept_by_clean_tree():
    root = parse_tree(_sections_page())
    clean_tree(root)
    text = " ".join(root.text_content().split())
    for p in PARAS:
        assert p in text
    assert "Harwick News" not in text  # the page's own header still goes


def test_a_standfirst_header_of_one_paragraph_still_goes():
    page = ("<html><body><article><header class='entry-header'><h2>Rowing club opens boathouse</h2>"
            f"<p>{PARAS[0]}</p></header>" + "".join(f"<p>{p}</p>" for p in PARAS[1:]) + "</article></body></html>")
    root = parse_tree(page)
    clean_tree(root)
    assert PARAS[0] not in " ".join(root.text_content().split())


def test_a_story_split_into_text_blocks_of_one_kind_is_read_whole():
    blocks, _ = generic_blocks(parse_tree(_sections_page()), "https://harwick.example/news/boathouse")
    text = " ".join(b["text"] for b in blocks)
    for p in PARAS:
        assert p in text
    assert text.index(PARAS[0]) < text.index(PARAS[2]) < text.index(PARAS[4])


def test_text_blocks_of_one_kind_outside_the_main_area_are_not_joined():
    teasers = "".join(f'<div class="richtext-block"><p>{p}</p></div>' for p in PARAS[4:])
    page = _sections_page().replace('<footer class="site-footer">', f'<div class="boxes">{teasers}</div><footer class="site-footer">')
    blocks, _ = generic_blocks(parse_tree(page), "https://harwick.example/news/boathouse")
    text = " ".join(b["text"] for b in blocks)
    assert PARAS[0] not in text or PARAS[2] not in text  # one block of the kind, not all


FEED = "".join(
    f'<li><div class="rss-summary">{s}</div></li>' for s in [
        "Grain prices in the northern provinces rose again this week as dry weather cut the expected harvest by a fifth.",
        "The regional rail operator announced a timetable change that adds two early trains on the coastal line.",
        "A museum in the old customs house reopened with an exhibition on the history of the harbour and its ferries.",
    ])


def _short_post_page() -> str:
    return ("<html><head><title>Not a word</title></head>"
            '<body class="post-template-default single single-post postid-812 single-format-standard">'
            '<div id="header"><h1><a href="/">Quietblog</a></h1></div>'
            '<div id="content"><div class="post-812 post type-post hentry" id="post-812">'
            '<h2 class="posttitle">Not a word</h2>'
            "<p>&#8222;Shall I tell you what I think?&#8220;</p><p>&#8211; &#8222;Better not.&#8220;</p>"
            "<p>&#8211; &#8222;Fine.&#8220;</p></div></div>"
            f'<div id="sidebar"><div class="widget widget_rss"><h3>News</h3><ul>{FEED}</ul></div></div>'
            "</body></html>")


def test_the_marked_post_of_a_single_post_page_is_found():
    root = parse_tree(_short_post_page())
    post = marked_post(root)
    assert post is not None and post.get("id") == "post-812"
    assert marked_post(parse_tree(_short_post_page().replace("postid-812", "blog"))) is None


def test_a_short_post_wins_over_a_sidebar_feed_on_a_single_post_page():
    blocks, _ = generic_blocks(parse_tree(_short_post_page()), "https://quietblog.example/2013/06/14/not-a-word/")
    text = " ".join(b["text"] for b in blocks)
    assert "Better not" in text and "Fine." in text
    assert "Grain prices" not in text


def test_a_new_text_block_adds_only_its_running_paragraphs():
    callout = ('<div class="richtext-block"><p>' + PARAS[0] + '</p><div class="callout"><div>Keep reading</div>'
               '<div><a href="/topic/rowing">Rowing</a> news from every club on the river</div></div>'
               '<p>' + PARAS[1] + '</p></div>')
    page = ("<html><head><title>Rowing club opens boathouse</title></head><body><main class='layout-main'>"
            "<h1>Rowing club opens its new boathouse</h1><section class='page-section'><article class='image-text'>"
            f"<header class='image-text-description'><h3>Opening</h3>{callout}</header></article></section>"
            + _section(PARAS[2:], "The rest") + "</main></body></html>")
    blocks, _ = generic_blocks(parse_tree(page), "https://harwick.example/news/boathouse")
    text = " ".join(b["text"] for b in blocks)
    assert PARAS[0] in text and PARAS[1] in text and text.index(PARAS[1]) < text.index(PARAS[2])
    assert "Keep reading" not in text and "news from every club" not in text


def test_layout_utility_classes_do_not_name_a_text_block():
    from pipelines.thread_posts import _TEXT_CLASS_RE

    for name in ("Richtext_Block__Xy12", "grid-item body", "entry-content", "story-copy", "text-block x"):
        assert _TEXT_CLASS_RE.search(name), name
    for name in ("text-left", "text-small font-bold", "post-item"):
        assert not _TEXT_CLASS_RE.search(name), name


def test_text_outside_the_marked_post_in_an_unhinted_box_stays_chosen():
    transcript = "".join(f"<p>{p}</p>" for p in PARAS)
    page = ('<html><head><title>Episode 12</title></head><body class="single postid-45">'
            '<main><div class="post-45 type-episode" id="post-45"><h2>Episode 12</h2><p>Listen now.</p></div>'
            f'<div id="episode-transcript">{transcript}</div></main></body></html>')
    blocks, _ = generic_blocks(parse_tree(page), "https://harwick.example/episodes/12/")
    text = " ".join(b["text"] for b in blocks)
    assert PARAS[0] in text and PARAS[3] in text
