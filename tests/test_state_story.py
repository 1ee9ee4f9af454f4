"""state_story: a story a page ships as script state (paginated HTML strings, a serialized
DOM) read when it holds the HTML candidate's text, or when the HTML holds next to nothing."""

from __future__ import annotations

import json

from pipelines import extract
from pipelines.parse import generic_blocks, parse_tree
from pipelines.state_story import _state_texts, state_scripts, state_story

PAGES = [
    ("The Tide Mill", [
        "Nobody in the village of Esterby remembered when the old tide mill had last turned, but everyone had a story about it.",
        "Hanna Velde grew up two streets from the creek and walked past the silent wheel every morning on her way to school.",
    ]),
    ("A Ledger in the Loft", [
        "Clearing the loft of her late uncle's cottage, she found a ledger bound in sailcloth and stamped with the mill's mark.",
        "Its pages listed every sack of grain ground over forty winters, and a note in the margin about a sluice gate left open.",
    ]),
    ("The Sluice Gate", [
        "The gate was still there, rusted shut beneath a tangle of brambles at the far end of the millpond embankment.",
        "With two neighbours and a borrowed winch she freed it over three weekends, and the pond began to fill with the tide.",
    ]),
    ("Turning Again", [
        "On the first spring tide of the year the wheel creaked, shuddered and began to turn while half the village watched.",
        "The parish council has since agreed to open the mill to visitors on the first Sunday of every month this summer.",
    ]),
]


def _escaped(html: str) -> str:
    return html.replace("<", "&lt;").replace(">", "&gt;")


def _paginated_page(state_title: bool = False, shown: list[str] | None = None) -> str:
    """A slideshow story: the HTML shows page 1, the script carries all four pages."""
    pages = {str(i + 1): {"top": _escaped(f"<h2>{head}</h2><p>{paras[0]}</p>"),
                          "bottom": _escaped(f"<p>{paras[1]}</p>"), "imageWidth": 800}
             for i, (head, paras) in enumerate(PAGES)}
    if state_title:
        for i, page in pages.items():
            page["title"] = f"Another story {i}"
    state = json.dumps({"articleId": "tide-mill", "title": "The mill that turned again", "pages": pages})
    head, paras = PAGES[0]
    paras = shown or paras
    return ("<html><head><title>The mill that turned again</title></head><body>"
            '<header><nav><a href="/">Home</a> <a href="/stories">Stories</a></nav></header>'
            f'<main><article><h1>The mill that turned again</h1><h2>{head}</h2>'
            + "".join(f"<p>{p}</p>" for p in paras)
            + '<a class="next" href="?page=2">Next</a></article></main>'
            f"<script>var article = {state};\nrender(article);</script>"
            "<footer><p>Copyright 2024 Storyhouse</p></footer></body></html>")


def _text(html: str) -> str:
    blocks, _ = generic_blocks(parse_tree(html), "https://stories.example/tide-mill")
    return "\n".join(b["text"] for b in blocks)


def test_the_pages_of_a_paginated_story_in_script_state_are_read():
    text = _text(_paginated_page())
    assert "rusted shut beneath a tangle" in text and "first Sunday of every month" in text
    assert text.index("Nobody in the village") < text.index("Clearing the loft") < text.index("On the first spring")
    assert text.count("Nobody in the village") == 1  # page 1 is not read twice


def test_entries_with_titles_of_their_own_are_separate_stories():
    # each page now carries a title: a feed of other stories, none holding page 1's text whole
    text = _text(_paginated_page(state_title=True))
    assert "Nobody in the village" in text
    assert "rusted shut beneath a tangle" not in text


def test_state_that_does_not_hold_the_html_text_is_not_read():
    shown = ["A different opening paragraph about a harbour festival, its boats and its bands, told at length.",
             "A second paragraph on the festival's fireworks and the long queue for the ferry home that night."]
    text = _text(_paginated_page(shown=shown))
    assert "harbour festival" in text and "rusted shut beneath a tangle" not in text


def _dom(tag: str, *children) -> dict:
    return {"type": tag, "children": list(children)}


def _t(data: str) -> dict:
    return {"type": "text", "data": data}


BODY = [para for _, paras in PAGES for para in paras]


def _app_page() -> str:
    """A news app: the HTML holds a photo caption; the story is a serialized DOM in the state
    and a flat string in JSON-LD."""
    nodes = [_dom("p", _t(BODY[0])), _dom("p", _t(BODY[1].split("the creek")[0]), _dom("a", _t("the creek")), _t(BODY[1].split("the creek")[1])),
             _dom("h3", _dom("a", _t("Read also: a lighthouse keeper's last winter"))),
             _dom("div", _dom("iframe")), *(_dom("p", _t(p)) for p in BODY[2:])]
    state = json.dumps({"content": {"headline": "The mill that turned again", "body": nodes,
                                    "related": [{"title": "Other", "summary": "x" * 50}]}})
    ld = json.dumps({"@type": "NewsArticle", "headline": "The mill that turned again",
                     "articleBody": " ".join(BODY[:2]) + " Read also: a lighthouse keeper's last winter " + " ".join(BODY[2:])})
    return ("<html><head><title>The mill that turned again</title>"
            f'<script type="application/ld+json">{ld}</script></head><body>'
            '<main><h1>The mill that turned again</h1><figure><img src="mill.jpg">'
            "<figcaption><p>The restored wheel at dawn.</p></figcaption></figure></main>"
            f"<script>window.__APP_STATE__={state}</script></body></html>")


def test_a_serialized_dom_opening_like_the_article_body_replaces_a_near_empty_candidate():
    text = _text(_app_page())
    assert "Hanna Velde grew up two streets from the creek" in text
    assert "first Sunday of every month" in text
    assert "Read also" not in text  # a heading that is all link text is an inline teaser


def test_a_near_empty_candidate_without_a_matching_article_body_stays():
    page = _app_page().replace('"articleBody": "Nobody in the village', '"articleBody": "Somebody else entirely')
    assert "first Sunday of every month" not in _text(page)


def test_state_scripts_skip_short_and_unmarked_scripts():
    root = parse_tree("<html><body><script>var config = {\"a\": 1};</script>"
                      f"<script>var big = {json.dumps({'x': 'y' * 3000})};</script></body></html>")
    assert _state_texts(state_scripts(root)) == ([], [])


def test_a_state_run_shorter_than_twice_the_candidate_is_not_read():
    state = "window.s = " + json.dumps({"body": "".join(f"<p>{p}</p>" for p in BODY) + " " * 2000})
    root = parse_tree(f"<html><body><script>{state}</script></body></html>")
    chosen = [{"kind": "paragraph", "text": p, "_links": 0.0, "_tag": "p"} for p in BODY[:5]]
    assert state_story(state_scripts(root), chosen[:2]) is not None  # the same state grows a short one
    assert state_story(state_scripts(root), chosen) is None


def test_the_whole_pipeline_keeps_the_paginated_story():
    out = extract(_paginated_page().encode(), "https://stories.example/tide-mill")
    assert "first Sunday of every month" in (out["body"] or "")
