"""listing_subpages: a section's landing page whose cards are its own sub-pages, listed by the
site's menu too, is weighed like any page; a section front of stories stays a listing."""

from __future__ import annotations

from pipelines import extract, listing_subpages
from pipelines.html_common import parse_tree

TOPICS = ["safe tools", "children outdoors", "sun and heat", "insect bites", "pond safety", "garden chemicals",
          "printed leaflets"]
INTRO = ("Most garden injuries happen during ordinary chores, and a few habits keep the whole household "
         "safe through the season. The health office of the county prepared the guides below with local clinics.")
FACTS = ("About one in five visits to urgent care clinics of the county in summer follows an accident at home, "
         "most of them in the garden or the yard.")


def _card(i: int, topic: str, base: str) -> str:
    return (f'<div class="card-col"><h3><a href="{base}/{topic.replace(" ", "-")}">Garden safety: {topic} guide</a></h3>'
            f"<p>Short advice on {topic} for families, with a checklist to print. "
            f'<a href="{base}/{topic.replace(" ", "-")}">Read the guide</a></p></div>')


def _hub(menu: bool, base: str = "/garden-safety") -> str:
    side = ("<nav class='side-nav'><ul>" + "".join(
        f"<li><a href='{base}/{t.replace(' ', '-')}'>Garden safety: {t} guide</a></li>" for t in TOPICS)
        + "</ul></nav>") if menu else ""
    cards = "".join(_card(i, t, base) for i, t in enumerate(TOPICS))
    return ("<html><head><title>Garden safety at home | County Health</title></head><body>"
            "<header><nav class='main-menu'><a href='/'>Home</a> <a href='/about'>About us</a></nav></header>"
            f"<div class='layout'>{side}<main><h1>Garden safety at home</h1><p>{INTRO}</p>"
            f"<h2>Garden safety topics</h2><div class='grid-row'>{cards}</div><h2>Facts</h2><p>{FACTS}</p>"
            "</main></div></body></html>")


def test_a_landing_page_of_its_own_sub_pages_in_the_menu_is_kept():
    out = extract(_hub(menu=True), url="https://health.example.gov/garden-safety")
    assert out["error"] is None, out["error"]
    assert INTRO.split(".")[0] in out["body"]
    assert FACTS.split(",")[0] in out["body"]


def test_the_same_cards_no_menu_lists_are_still_a_listing():
    # A section front: its stories sit below its path, but no menu names them.
    out = extract(_hub(menu=False), url="https://health.example.gov/garden-safety")
    assert out["error"] is not None and out["error"]["reason"].startswith("not an article")


def test_cards_the_menu_lists_elsewhere_than_below_the_page_are_still_a_listing():
    # A shop's subcategories in its mega menu, shown on another page: not the page's own.
    out = extract(_hub(menu=True, base="/departments"), url="https://health.example.gov/garden-safety")
    assert out["error"] is not None and out["error"]["reason"].startswith("not an article")


def test_subpage_menu_needs_a_page_path_and_survives_bad_links():
    root = parse_tree(_hub(menu=True, base=""))
    group = root.xpath("//div[@class='card-col']")
    assert not listing_subpages.subpage_menu(group, "https://health.example.gov/", root)
    root = parse_tree(_hub(menu=True).replace('href="/garden-safety/pond-safety"', 'href="http://[bad/x"'))
    group = root.xpath("//div[@class='card-col']")
    assert listing_subpages.subpage_menu(group, "https://health.example.gov/garden-safety/index.html", root)
