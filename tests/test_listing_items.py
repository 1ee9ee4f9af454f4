"""listing_items: cards of one grid found from their linked headings, whatever layout class each
card's container has; a story whose title links to itself, or a list article whose headings
link to other sites, is not a run of items (all HTML written here)."""

from __future__ import annotations

from pipelines import extract, listing, listing_items
from pipelines.html_common import parse_tree
from tests.test_listing_evidence import STORY

LAYOUTS = ("col-md-8 mb-4", "col-md-4 mb-4", "col-sm-6 mb-4", "col-12 mb-4", "col-md-5 mb-4", "col-md-7 mb-4")


def _card(i: int, href: str) -> str:
    # Each card in a column of its own layout class: no run of one tag and class.
    return (f"<div class='{LAYOUTS[i % 6]}'><div class='card'><a href='{href}'><img src='/t/{i}.jpg' alt=''></a>"
            f"<h4 class='card-title'><a href='{href}'>Build a tide clock for the harbour, part {i}</a></h4>"
            f"<p>Part {i} of the series. {STORY[i % 6]} {STORY[(i + 1) % 6]}</p></div></div>")


def _page(cards: str, head: str = "") -> str:
    return (f"<html><head><title>Projects to build for the harbour workshop</title>{head}</head><body>"
            f"<nav><a href='/'>Home</a></nav><main><div class='row'>{cards}</div></main></body></html>")


def test_cards_with_their_own_layout_classes_are_a_run_of_headline_items():
    page = _page("".join(_card(i, f"/magazine/article/tide-clock-{i}") for i in range(8)),
                 '<meta property="og:type" content="article">')
    assert len(listing_items.heading_items(parse_tree(page))) == 8
    out = extract(page, url="https://gadgets.example/magazine/category/projects")
    assert out["error"] is not None and "run of headline teasers" in out["error"]["reason"]


def test_links_to_other_sites_or_one_linked_title_are_not_items():
    # A list article: each section heading links to a shop on another site.
    head = '<link rel="canonical" href="https://reviews.example/best-tide-clocks">'
    shops = _page("".join(_card(i, f"https://shop{i}.example/tide-clock") for i in range(8)), head)
    assert listing_items.heading_items(parse_tree(shops)) == []
    # A story whose own title links to its permalink, beside a short rail of linked headings.
    story = ("<article><h1><a href='/2024/05/tide-clock'>Harbour club builds a tide clock</a></h1>"
             + "".join(f"<p>{s}</p>" for s in STORY) + "</article><div class='rail'>"
             + "".join(f"<h3><a href='/s/{i}'>Another harbour story number {i}</a></h3>" for i in range(5)) + "</div>")
    root = parse_tree(f"<html><body>{story}</body></html>")
    items = listing_items.heading_items(root)
    assert items and items[0].tag == "article"  # one item: the story, touched once
    blocks = [{"kind": "paragraph", "text": s} for s in STORY]
    found = listing.candidate_signals(blocks, {"heading_keys": listing_items.heading_item_keys(root, listing.text_key)})
    assert found["heading_item_count"] == 1 and not found["headline_items"]
