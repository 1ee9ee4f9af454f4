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


def _summary_teaser(i: int) -> str:
    return (f'<li class="post"><h2><a href="/story/{i}">Harbour ferry route number {i} gets a new timetable</a></h2>'
            f"<p>Passengers on route {i} will see earlier boats from June, the operator said.</p></li>")


def test_a_front_page_typed_as_an_article_whose_text_is_its_teasers_is_rejected():
    # Many themes call every page an article; the main text here is the teasers themselves.
    head = '<meta property="og:type" content="article">'
    page = _page("<h1>Latest</h1><ul class='posts'>" + "".join(_summary_teaser(i) for i in range(10)) + "</ul>", head)
    out = extract(page, url="https://ferries.example/")
    assert out["error"] is not None
    assert "repeated teasers" in out["error"]["reason"]


def test_short_teasers_outweighing_a_short_intro_make_a_listing():
    page = _page("<h1>Ferries</h1><p>Everything we have written about the harbour ferries, newest first.</p>"
                 "<div class='grid'>" + "".join(_summary_teaser(i).replace("<li", "<div").replace("</li>", "</div>") for i in range(8)) + "</div>")
    out = extract(page, url="https://ferries.example/topics/ferries")
    assert out["error"] is not None and out["error"]["reason"].startswith("not an article")


def test_an_article_with_a_rail_of_short_teasers_is_kept():
    # A related-stories rail of ten short teasers beside a story of ordinary length.
    head = '<meta property="og:type" content="article">'
    page = _page("<article><h1>Warehouses to become homes</h1>" + "".join(f"<p>{s}</p>" for s in STORY * 2)
                 + "</article><aside><ul class='related'>" + "".join(_summary_teaser(i) for i in range(10))
                 + "</ul></aside>", head)
    out = extract(page, url="https://local.example/news/2024/05/warehouses-homes")
    assert out["error"] is None, out["error"]
    assert STORY[1] in out["body"]


def test_an_untyped_article_with_a_rail_of_short_teasers_is_kept():
    # A story of about 170 words and seven teasers of about as much text.
    longer = STORY + [
        "Officials expect the first phase to cost less than the council had estimated when it began the study.",
        "A second hearing in September will decide how many of the units are set aside for older residents.",
        "Local shop owners said more homes nearby would bring back customers the district lost years ago.",
        "The plan still needs approval from the regional planning office, which meets again in the autumn.",
    ]
    page = _page("<article><h1>Warehouses to become homes</h1>" + "".join(f"<p>{s}</p>" for s in longer)
                 + "</article><div class='more'>" + "".join(_summary_teaser(i).replace("<li", "<div").replace("</li>", "</div>") for i in range(7))
                 + "</div>")
    out = extract(page, url="https://local.example/news/2024/05/warehouses-homes")
    assert out["error"] is None, out["error"]


def test_teaser_share_counts_only_blocks_inside_short_teasers():
    from pipelines.html_common import parse_tree
    from pipelines import listing

    root = parse_tree(_page("<ul class='posts'>" + "".join(_summary_teaser(i) for i in range(8)) + "</ul>"))
    keys = listing.teaser_text(root)["teaser_keys"]
    blocks = [{"text": "Harbour ferry route number 3 gets a new timetable"}, {"text": STORY[0]}]
    share = listing.teaser_share(blocks, keys)
    assert 0.2 < share < 0.5
    assert listing.teaser_share([{"text": STORY[0]}], keys) == 0.0


def test_the_one_long_item_of_a_teaser_run_is_the_story_on_a_page_typed_as_an_article():
    # A page builder wraps the story and the teasers below it in the same block: the one
    # long item is the story, not a teaser -- on a page that calls itself an article.
    from pipelines.html_common import parse_tree
    from pipelines import listing

    story = ("<div class='block'><h1><a href='/news/warehouses'>Warehouses to become homes, council says</a></h1>"
             + "".join(f"<p>{s}</p>" for s in STORY * 3) + "</div>")
    root = parse_tree(_page("<main>" + story + "".join(
        _summary_teaser(i).replace("<li class=\"post\"", "<div class='block'").replace("</li>", "</div>")
        for i in range(8)) + "</main>"))
    blocks = [{"text": s} for s in STORY]
    typed = listing.teaser_text(root, typed=True)
    untyped = listing.teaser_text(root)
    assert typed["short_teaser_items"] == untyped["short_teaser_items"] == 9
    assert listing.teaser_share(blocks, typed["teaser_keys"]) == 0.0
    assert listing.teaser_share(blocks, untyped["teaser_keys"]) == 1.0


def _entry(i: int) -> str:
    # An entry of a list article: its name links to the thing, its own text describes it.
    return (f"<div class='entry'><h3><a href='/tools/planner-{i}'>Harbour planner number {i}</a></h3>"
            + "".join(f"<p>{s}</p>" for s in STORY * 3) + "</div>")


def _link_cluster(i: int) -> str:
    # A section box of a front page: as long as an entry, but its text is headline links.
    links = "".join(f"<li><a href='/news/{i}-{j}'>Council weighs plan {j} for the harbour district in section {i}</a></li>"
                    for j in range(16))
    return f"<div class='entry'><h3><a href='/section/{i}'>Harbour section number {i}</a></h3><ul>{links}</ul></div>"


def test_long_entries_of_mostly_their_own_text_are_not_teasers():
    from pipelines.html_common import parse_tree
    from pipelines import listing

    entries = parse_tree(_page("<main>" + "".join(_entry(i) for i in range(8)) + "</main>"))
    assert listing.teaser_groups(entries) == []
    clusters = parse_tree(_page("<main>" + "".join(_link_cluster(i) for i in range(8)) + "</main>"))
    assert any(group[0].get("class") == "entry" and not short for group, short in listing.teaser_groups(clusters))


def test_a_short_intro_above_long_entries_is_not_outweighed_by_teasers():
    # The intro is all the candidate found (the entries sit in widgets it skipped); with an
    # ItemList in its structured data, a run of teasers would make it a listing, not a run of entries.
    from pipelines.html_common import parse_tree
    from pipelines import listing

    ld = '<script type="application/ld+json">{"@type": "ItemList", "itemListElement": []}</script>'
    document = {"published": True}

    def why(items: str) -> str | None:
        stats = listing.signals(parse_tree(_page("<main>" + items + "</main>", head=ld)))
        for key in listing.PRIVATE:
            stats.pop(key)
        return listing.reason(stats, len(STORY[0]) * 3, document)

    assert why("".join(_entry(i) for i in range(8))) is None
    reason = why("".join(_summary_teaser(i) for i in range(12)))
    assert reason is not None and "repeated teasers outweigh" in reason
