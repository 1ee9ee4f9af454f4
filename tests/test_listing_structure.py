"""listing_structure: a grid of item cards and a grid of priced items in the main area count as
listing evidence; the same things in the site's chrome, a small grid beside a story, or a
story that names prices in its text, do not (all HTML written here)."""

from __future__ import annotations

from pipelines import extract, listing, listing_evidence, listing_structure
from pipelines.html_common import parse_tree
from tests.test_listing_evidence import STORY as EVIDENCE_STORY

STORY = EVIDENCE_STORY[:5]  # the same invented story as the evidence tests
DATED = '<meta property="article:published_time" content="2024-05-02T09:00:00Z">'


def _page(body: str, head: str = "", title: str = "Local news") -> str:
    return f"<html><head><title>{title}</title>{head}</head><body>{body}</body></html>"


def _signals(html: str) -> dict:
    """The tree signals, with ``card_grid`` decided against the page's paragraphs as main text."""
    root = parse_tree(html)
    found = listing.signals(root)
    body_chars = sum(len(" ".join(p.text_content().split())) for p in root.iter("p"))
    found["card_grid"] = listing_structure.card_grid(found["card_chars"], body_chars, False)
    return found


def _course(i: int) -> str:
    # A catalogue card: an image, a short linked name and a line of its own.
    return (f"<div class='course-card'><img src='/img/{i}.jpg' alt=''><a href='/courses/c{i}'>Pottery {i}</a>"
            f"<span>Twelve weeks, evenings, beginners welcome</span></div>")


def test_a_catalogue_grid_of_cards_is_rejected():
    intro = "<h1>Evening courses</h1><p>" + STORY[0] + "</p>"
    page = _page(intro + "<div class='grid'>" + "".join(_course(i) for i in range(14)) + "</div>"
                 + "<nav class='pagination'><a href='?page=2'>2</a></nav>", title="Courses")
    assert _signals(page)["card_grid"]
    out = extract(page, url="https://college.example/courses/evening")
    assert out["error"] is not None and "a grid of item cards" in out["error"]["reason"]


def test_cards_in_the_footer_or_a_small_box_are_not_a_grid():
    story = "<article><h1>Warehouses will become affordable homes, council says</h1>" + "".join(
        f"<p>{s}</p>" for s in STORY) + "</article>"
    in_footer = _page(story + "<footer>" + "".join(_course(i) for i in range(14)) + "</footer>", DATED)
    small_box = _page(story + "<div class='more'>" + "".join(_course(i) for i in range(6)) + "</div>", DATED)
    assert not _signals(in_footer)["card_grid"] and not _signals(small_box)["card_grid"]
    # A menu of bare links is not a grid of cards either.
    menu = _page(story + "<ul class='menu'>" + "".join(f"<li class='item'><a href='/s/{i}'>Section {i}</a></li>"
                                                      for i in range(20)) + "</ul>")
    assert not _signals(menu)["card_grid"]
    # Nor are paragraphs of prose, each with a link inside, set in repeated blocks.
    prose = _page("<div class='text'>" + "".join(
        f"<div class='para'>{STORY[i % 5]} See <a href='/doc/{i}'>the minutes</a>.</div>" for i in range(14))
        + "</div>")
    assert not _signals(prose)["card_grid"]
    for page in (in_footer, small_box):
        out = extract(page, url="https://local.example/news/2024/05/warehouses-homes")
        assert out["error"] is None, out["error"]


def _lamp(i: int) -> str:
    return (f"<li class='product'><a href='/p/lamp-{i}'>Lamp L{i}</a>"
            f"<span class='price'>${40 + i}.00</span></li>")


def test_a_grid_of_priced_items_is_rejected_without_cart_buttons():
    page = _page("<h1>Desk lamps</h1><p>" + STORY[1] + "</p><ul class='products'>"
                 + "".join(_lamp(i) for i in range(8)) + "</ul>", title="Desk lamps | Lamp shop")
    signals = _signals(page)
    assert signals["priced_grid"] and not signals["cart_buttons"]
    out = extract(page, url="https://lamps.example/desk-lamps")
    assert out["error"] is not None and "a grid of priced items" in out["error"]["reason"]


def test_a_review_naming_prices_in_its_paragraphs_is_kept():
    paragraphs = "".join(f"<p>{s} The model {i} lamp costs ${40 + i} at most shops.</p>" for i, s in enumerate(STORY))
    page = _page("<article><h1>We tested five desk lamps for a month: here is the best one</h1>"
                 + paragraphs + "</article>", DATED)
    assert not _signals(page)["priced_grid"]
    out = extract(page, url="https://reviews.example/2024/05/best-desk-lamps")
    assert out["error"] is None, out["error"]


def test_a_small_grid_beside_a_long_main_text_is_not_counted():
    # The grid's text must be a real share of the main text's; a run of headline items is
    # already counted by its own signal.
    assert listing_structure.card_grid(3000, 5000, False)
    assert not listing_structure.card_grid(1000, 5000, False)
    assert not listing_structure.card_grid(3000, 5000, True)
    assert not listing_structure.card_grid(0, 0, False)


def test_the_signals_are_weighed_not_standalone():
    weights = {name: weight for name, weight, _ in listing_evidence.WEIGHTS}
    assert weights["card_grid"] == 1 and weights["priced_grid"] == 2
    assert not listing_evidence.weigh({"card_grid": True})[0]
    assert not listing_evidence.weigh({"priced_grid": True})[0]
    assert listing_evidence.weigh({"priced_grid": True, "paginated": True})[0]


def test_a_rail_of_teaser_cards_beside_a_bylined_story_counts_once():
    # A long, dated, bylined story with a pager and a large rail of story cards: the same run
    # is both "repeated teasers outweighing the main text" and "a grid of cards", one signal.
    rail = "<div class='sidebar'>" + "".join(
        f"<div class='tile'><img src='/t/{i}.jpg' alt=''><a href='/culture/{i}'>Harbour museum opens exhibition "
        f"number {i}</a><span>{'Culture desk, weekly ' * 4}</span></div>" for i in range(20)) + "</div>"
    story = ("<article><h1>Warehouses will become affordable homes, council says</h1>"
             + "".join(f"<p>{s}</p>" for s in EVIDENCE_STORY) + "</article>")
    stats = listing.signals(parse_tree(_page(story + rail + "<nav class='pagination'><a href='?page=2'>2</a></nav>")))
    assert stats["card_chars"] and stats["card_chars"] == stats["short_teaser_chars"]
    body_chars = sum(map(len, EVIDENCE_STORY))
    document = {"bylined": True, "long_paragraph": True}
    assert listing.reason(stats, body_chars, document) is None
    # A grid of other cards beside those teasers is a second signal, as before.
    assert listing.reason({**stats, "card_chars": stats["card_chars"] + 1}, body_chars, document) is not None
