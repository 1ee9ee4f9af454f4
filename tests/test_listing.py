"""listing: section fronts, tag pages and product grids are rejected as not articles
with a reason; articles with a "more stories" box or typed as articles are kept."""

from __future__ import annotations

from pipelines import extract

STORY = [
    "The city council approved a plan on Monday to convert two disused warehouses into affordable housing units.",
    "Construction is expected to begin next year, and the first tenants could move in by the end of the decade.",
    "Residents at the hearing welcomed the plan but asked for more parking and a new bus stop near the site.",
    "The developer said rents would be capped at a third of the median household income for the district.",
]


def _teaser(i: int) -> str:
    return (f'<div class="card"><h3><a href="/news/item-{i}">Council weighs new plan number {i} for the harbour</a></h3>'
            f"<span>May {i + 1}, 2024</span> <a href='/author/{i}'>Staff writer</a></div>")


def _page(body: str, head: str = "") -> str:
    return f"<html><head><title>Local news</title>{head}</head><body>{body}</body></html>"


def test_a_tag_page_of_repeated_teasers_is_rejected_with_a_reason():
    # The teasers hold far more text than what reads as the page's main text.
    page = _page("<h1>Housing</h1><p>All our stories about housing in the city and the region, updated daily.</p>"
                 + "".join(_teaser(i) for i in range(12)))
    out = extract(page, url="https://local.example/tag/housing/")
    assert out["error"] is not None
    assert out["error"]["reason"].startswith("not an article")


def test_an_article_with_a_small_more_stories_box_is_kept():
    page = _page("<article><h1>Warehouses to become homes</h1>" + "".join(f"<p>{s}</p>" for s in STORY)
                 + "</article><div class='more'>" + "".join(_teaser(i) for i in range(4)) + "</div>")
    out = extract(page, url="https://local.example/news/2024/05/warehouses-homes")
    assert out["error"] is None, out["error"]
    assert STORY[0] in out["body"]


def test_structured_data_naming_a_collection_rejects_the_page():
    head = '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "CollectionPage"}</script>'
    page = _page("<h1>Garden tools</h1>" + "".join(f"<p>{s}</p>" for s in STORY), head)
    out = extract(page, url="https://shop.example/garden/")
    assert out["error"] is not None and "structured data" in out["error"]["reason"]


def test_a_page_that_calls_itself_an_article_is_kept_despite_teasers():
    head = '<meta property="og:type" content="article">'
    page = _page("<article><h1>Warehouses to become homes</h1>" + "".join(f"<p>{s}</p>" for s in STORY * 2)
                 + "</article>" + "".join(_teaser(i) for i in range(12)), head)
    out = extract(page, url="https://local.example/news/2024/05/warehouses-homes")
    assert out["error"] is None, out["error"]
