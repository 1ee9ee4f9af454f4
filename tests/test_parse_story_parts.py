"""parse: a short post that loses the candidate choice to a sidebar feed on a single-post
page (wave 10: text both candidates miss)."""

from __future__ import annotations

from pipelines.parse import _marked_post_instead, clean_tree, generic_blocks, parse_tree
from pipelines.html_clean import marked_post

PARAS = [
    "The Harwick Rowing Club opened its new boathouse on Saturday after two years of fundraising by members.",
    "Club captain Mirela Ostvang said the building doubles the space for boats and adds a small gym for winter training.",
    "The town council contributed a third of the cost, while the rest came from local firms and a summer regatta.",
    "Junior membership has grown sharply since the club began free taster sessions for schools in the district.",
    "Coaches hope the new facilities will help the club send a crew to the national championships next season.",
    "A public open day is planned for next month, with rides on the river for visitors of all ages and abilities.",
]


FEED_LINES = [
    "Grain prices in the northern provinces rose again this week as dry weather cut the expected harvest by a fifth.",
    "The regional rail operator announced a timetable change that adds two early trains on the coastal line.",
    "A museum in the old customs house reopened with an exhibition on the history of the harbour and its ferries.",
]
FEED = "".join(f'<li><div class="rss-summary">{s}</div></li>' for s in FEED_LINES)


def _short_post_page() -> str:
    return ("<html><head><title>Not a word tonight, please | Quietblog</title></head>"
            '<body class="post-template-default single single-post postid-812 single-format-standard">'
            '<div id="header"><h1><a href="/">Quietblog</a></h1></div>'
            '<div id="content"><div class="post-812 post type-post hentry" id="post-812">'
            '<h2 class="posttitle">Not a word tonight, please</h2>'
            "<p>&#8222;Shall I tell you what I think?&#8220;</p><p>&#8211; &#8222;Better not.&#8220;</p>"
            "<p>&#8211; &#8222;Fine.&#8220;</p></div></div>"
            f'<div id="sidebar"><div class="widget widget_rss"><h3>News</h3><ul>{FEED}</ul></div></div>'
            "</body></html>")


def test_the_marked_post_of_a_single_post_page_is_found():
    root = parse_tree(_short_post_page())
    post = marked_post(root)
    assert post is not None and post.get("id") == "post-812"
    assert marked_post(parse_tree(_short_post_page().replace("postid-812", "blog"))) is None


def _feed_candidate() -> list[dict]:
    """What trafilatura read from the sidebar: one feed line, shorter than the post."""
    return [{"kind": "paragraph", "text": "Grain prices rose again in the north.", "_links": 0.0, "_tag": "p"}]


def test_a_short_post_replaces_a_candidate_read_from_a_sidebar_feed():
    root = parse_tree(_short_post_page())
    clean_tree(root)
    text = " ".join(b["text"] for b in _marked_post_instead(root, _feed_candidate()))
    assert "Better not" in text and "Fine." in text
    assert "Grain prices" not in text


def test_a_marked_element_without_the_page_title_is_not_the_post():
    page = _short_post_page().replace('<h2 class="posttitle">Not a word tonight, please</h2>', "<h2>Archives</h2>")
    root = parse_tree(page)
    clean_tree(root)
    chosen = _feed_candidate()
    assert _marked_post_instead(root, chosen) is chosen


def test_text_outside_the_marked_post_in_an_unhinted_box_stays_chosen():
    transcript = "".join(f"<p>{p}</p>" for p in PARAS)
    page = ('<html><head><title>Episode 12</title></head><body class="single postid-45">'
            '<main><div class="post-45 type-episode" id="post-45"><h2>Episode 12</h2><p>Listen now.</p></div>'
            f'<div id="episode-transcript">{transcript}</div></main></body></html>')
    blocks, _ = generic_blocks(parse_tree(page), "https://harwick.example/episodes/12/")
    text = " ".join(b["text"] for b in blocks)
    assert PARAS[0] in text and PARAS[3] in text
