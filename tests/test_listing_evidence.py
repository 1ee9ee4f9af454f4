"""listing_evidence: weak signals weighed together; a listing is rejected with the evidence in
its reason, an article with some listing-like traits is kept (all HTML written here)."""

from __future__ import annotations

from pipelines import extract, listing, listing_evidence
from pipelines.html_common import parse_tree

STORY = [
    "The city council approved a plan on Monday to convert two disused warehouses into affordable housing units.",
    "Construction is expected to begin next year, and the first tenants could move in by the end of the decade.",
    "Residents at the hearing welcomed the plan but asked for more parking and a new bus stop near the site.",
    "The developer said rents would be capped at a third of the median household income for the district.",
    "Officials expect the first phase to cost less than the council had estimated when it began the study.",
    "A second hearing in September will decide how many of the units are set aside for older residents.",
]
DATED = '<meta property="article:published_time" content="2024-05-02T09:00:00Z">'


def _page(body: str, head: str = "", title: str = "Local news", body_class: str = "") -> str:
    cls = f' class="{body_class}"' if body_class else ""
    return f"<html><head><title>{title}</title>{head}</head><body{cls}>{body}</body></html>"


def _long_summary(i: int) -> str:
    # A teaser whose summary is a full paragraph (longer than a "short teaser").
    return (f"<div class='entry'><h2><a href='/story/{i}'>Harbour ferry route {i} is getting a new timetable</a></h2>"
            f"<p>{STORY[i % 6]} {STORY[(i + 1) % 6]} {STORY[(i + 2) % 6]} {STORY[(i + 3) % 6]}</p></div>")


def test_a_front_of_headline_teasers_with_long_summaries_is_rejected_as_a_listing():
    # The general pattern: the main text is a run of items, each opening with its own
    # headline link; long summaries keep it out of the short-teaser rule.
    page = _page("<main>" + "".join(_long_summary(i) for i in range(6)) + "</main>", title="Ferries")
    out = extract(page, url="https://ferries.example/ferries")
    assert out["error"] is not None
    reason = out["error"]["reason"]
    assert reason.startswith("not an article: a listing or collection page")
    assert "headline teasers" in reason and "short label" in reason


def test_an_article_built_from_repeated_section_blocks_is_kept():
    # Page builders wrap every section of one story in the same block; the sections have
    # plain headings and inline links, not headline links.
    section = ("<div class='block'><h2>Part {i} of the plan</h2><p>{a} More in <a href='/doc/{i}'>the council "
               "minutes for the session</a>.</p><p>{b}</p></div>")
    body = "<article><h1>Warehouses will become affordable homes, council says</h1>" + "".join(
        section.format(i=i, a=" ".join(STORY[i % 6:] + STORY[:i % 6]), b=STORY[(i + 1) % 6])
        for i in range(6)) + "</article>"
    out = extract(_page(body, DATED), url="https://local.example/news/2024/05/warehouses-homes")
    assert out["error"] is None, out["error"]


def test_an_archive_template_with_a_label_title_is_rejected():
    teasers = "".join(f"<article class='post'><h2><a href='/p/{i}'>Story number {i} about the harbour</a></h2>"
                      f"<p>{STORY[i % 6]}</p></article>" for i in range(3))
    page = _page("<h1>Housing</h1><p>" + STORY[0] + " " + STORY[1] + "</p>" + teasers,
                 title="Housing", body_class="archive category category-housing")
    out = extract(page, url="https://local.example/housing/")
    assert out["error"] is not None
    assert "archive" in out["error"]["reason"] and "short label" in out["error"]["reason"]


def test_a_single_post_template_outweighs_listing_traits():
    body = "<article><h1>Housing</h1>" + "".join(f"<p>{s}</p>" for s in STORY) + "</article>"
    page = _page(body, title="Housing", body_class="post-template-default single single-post")
    out = extract(page, url="https://local.example/category/housing/")
    assert out["error"] is None, out["error"]


def test_collection_page_structured_data_rejects_even_with_og_type_article():
    head = ('<meta property="og:type" content="article"><script type="application/ld+json">'
            '{"@context": "https://schema.org", "@type": "CollectionPage"}</script>')
    page = _page("<h1>Garden tools for every season</h1>" + "".join(f"<p>{s}</p>" for s in STORY), head)
    out = extract(page, url="https://shop.example/garden/")
    assert out["error"] is not None and "collection or search results page" in out["error"]["reason"]


def test_an_item_list_on_a_dated_article_is_not_enough_to_reject():
    # List articles and carousels carry ItemList; that alone is weak evidence.
    head = DATED + ('<script type="application/ld+json">{"@context": "https://schema.org", '
                    '"@type": "ItemList", "itemListElement": []}</script>')
    body = "<article><h1>Five warehouses the council wants to turn into homes</h1>" + "".join(
        f"<p>{s}</p>" for s in STORY) + "</article>"
    out = extract(_page(body, head), url="https://local.example/news/2024/05/five-warehouses")
    assert out["error"] is None, out["error"]


def test_a_product_grid_with_cart_buttons_is_rejected():
    card = ("<div class='product'><h3>Steel garden rake {i}</h3><span>$24.00</span>"
            "<button>Add to cart</button></div>")
    page = _page("<h1>Garden rakes</h1><p>" + STORY[0] + "</p><p>" + STORY[1] + "</p>"
                 + "".join(card.format(i=i) for i in range(8)), title="Rakes | Garden shop")
    out = extract(page, url="https://shop.example/rakes")
    assert out["error"] is not None and "add-to-cart buttons" in out["error"]["reason"]


def _rail_page(paragraphs: list[str], head: str) -> str:
    rail = "".join(f"<div class='rail-item'><a href='/s/{i}'>Another harbour story worth a read {i}</a>"
                   f"<p>Summary {i}: the ferry operator plans new routes before the summer.</p></div>" for i in range(12))
    return _page("<article><h1>Warehouses to become homes, council decides</h1>"
                 + "".join(f"<p>{p}</p>" for p in paragraphs)
                 + f"</article><footer><div class='more-stories'>{rail}</div></footer>", head)


def test_an_article_beside_a_heavy_rail_keeps_its_long_paragraph_and_date():
    # Teasers in the rail outweigh the story (two points); a date and a long paragraph
    # (one point against each) keep it; without them the page reads as a listing.
    sentences = STORY + ["The vote was nine to two, with the two members against it asking for a short delay."]
    assert len(" ".join(sentences)) >= listing_evidence.LONG_PARAGRAPH
    url = "https://local.example/local/warehouses-homes"
    out = extract(_rail_page([" ".join(sentences)], DATED), url=url)
    assert out["error"] is None, out["error"]
    out = extract(_rail_page(sentences, ""), url=url)
    assert out["error"] is not None and "repeated teasers outweigh the main text" in out["error"]["reason"]


def test_a_dated_permalink_counts_against_a_rail_of_teasers():
    # The same undated story with short paragraphs is a listing under a plain URL (above);
    # under a permalink that dates it (a month archive ends at the date) it is a story.
    out = extract(_rail_page(STORY, ""), url="https://local.example/local/2024/05/warehouses-homes")
    assert out["error"] is None, out["error"]
    out = extract(_rail_page(STORY, ""), url="https://local.example/local/2024/05/")
    assert out["error"] is not None and "repeated teasers outweigh the main text" in out["error"]["reason"]


def test_from_document_reads_url_shapes_titles_and_dates():
    def signals(url, titles=("A council plan for the old warehouses",), head=None):
        return listing_evidence.from_document(url, list(titles), head or {}, None)

    for url in ("https://x.example/tag/housing/", "https://x.example/news/page/3", "https://x.example/?s=ferry",
                "https://x.example/topics/harbour", "https://x.example/author/jo-smith/"):
        assert signals(url)["listing_url"], url
    for url in ("https://x.example/collections/rakes", "https://x.example/c/garden/tools/", "https://x.example/browse/rakes"):
        assert signals(url)["shop_url"] and not signals(url)["listing_url"], url
    assert not signals("https://x.example/news/2024/05/tagged-by-the-council")["listing_url"]
    assert signals("https://x.example/")["home_url"] and not signals("https://x.example/a/b")["home_url"]
    assert signals("https://x.example/a", ["News - Harbour Daily", "News"])["label_title"]
    assert not signals("https://x.example/a", ["Council backs the plan | The Example Times"])["label_title"]
    assert signals("https://x.example/a", ["Garden tools online"])["short_title"]
    assert signals("https://x.example/a", head={"article:published_time": "2024-05-02"})["dated"]


def test_weigh_adds_evidence_and_names_both_sides():
    found, score, pro, con = listing_evidence.weigh({"listing_template": True, "paginated": True, "dated": True})
    assert found and score == 2 and "pagination" in pro and con == ["a publication date"]
    found, score, _, _ = listing_evidence.weigh({"listing_template": True, "dated": True})
    assert not found and score == 1


def test_one_listing_trait_alone_does_not_reject():
    # A label-like title scores 2 but is one signal: a page titled "Ferries" with a story is kept.
    found, score, _, _ = listing_evidence.weigh({"label_title": True})
    assert score == 2 and not found
    body = "<article><h1>Ferries</h1>" + "".join(f"<p>{s}</p>" for s in STORY) + "</article>"
    out = extract(_page(body, title="Ferries"), url="https://ferries.example/ferries-2024")
    assert out["error"] is None, out["error"]
    assert listing_evidence.weigh({"teasers_outweigh": True})[0]


def test_headline_items_need_a_headline_link_to_open_each_item():
    teasers = "<main>" + "".join(_long_summary(i) for i in range(5)) + "</main>"
    root = parse_tree(_page(teasers))
    keys = listing_evidence.headline_item_keys(listing.sibling_runs(root, 4), listing.text_key)
    assert len(keys) == 5
    blocks = [{"text": f"Harbour ferry route {i} is getting a new timetable"} for i in range(5)]
    share, count = listing_evidence.item_coverage(blocks, keys, listing.text_key)
    assert share == 1.0 and count >= 4
    plain = "<main>" + "".join(f"<div class='entry'><h2>Heading {i}</h2><p>{STORY[i]}</p></div>" for i in range(5))
    root = parse_tree(_page(plain + "</main>"))
    assert listing_evidence.headline_item_keys(listing.sibling_runs(root, 4), listing.text_key) == []


def test_a_dated_post_set_in_short_lines_is_kept_but_not_an_undated_page():
    # Short lines that the hard-wrap join (pipelines.normalize.join_wrapped) leaves apart,
    # each opening with a capital: no "paragraph of running text" on the page.
    words = " ".join(STORY * 3).split()
    lines = [" ".join(words[i:i + 9]) for i in range(0, len(words), 9)]
    lines = [line[0].upper() + line[1:] for line in lines]
    body = "<article><h1>Warehouses will become homes, the council decides</h1>" + "".join(
        f"<p>{line}</p>" for line in lines) + "</article>"
    url = "https://local.example/2024/05/warehouses-homes/"
    out = extract(_page(body, DATED, body_class="single single-post"), url=url)
    assert out["error"] is None, out["error"]
    out = extract(_page(body), url=url)
    assert out["error"] is not None and "no paragraph of running text" in out["error"]["reason"]


def test_shop_category_and_list_urls_are_index_urls():
    def url_signal(url):
        found = listing_evidence.from_document(url, ["A council plan for the old warehouses"], {}, None)
        return found["listing_url"] or found["shop_url"]

    for url in ("https://shop.example/c/garden-rakes", "https://shop.example/browse/tools/rakes",
                "https://books.example/list/show/12-best-harbour-novels", "https://parts.example/catalogs/bolts/",
                "https://trails.example/directory/4411/lakeside"):
        assert url_signal(url), url
    for url in ("https://local.example/news/2024/05/c-section-ward-reopens", "https://x.example/blog/browsers",
                "https://x.example/listen/episode-4"):
        assert not url_signal(url), url


def test_og_type_product_group_with_one_more_trait_rejects_a_shop_category():
    # A shop category page: og:type product.group (a group of products), prose about the
    # range, a headline-length title and no grid the tree rules recognise.
    title = "Garden rakes for every lawn and border"
    body = f"<h1>{title}</h1>" + "".join(f"<p>{s}</p>" for s in STORY)
    head = '<meta property="og:type" content="product.group">'
    out = extract(_page(body, head, title=title), url="https://shop.example/garden-rakes")
    assert out["error"] is not None and "group of products" in out["error"]["reason"]
    out = extract(_page(body, '<meta property="og:type" content="product">', title=title),
                  url="https://shop.example/garden-rakes")
    assert out["error"] is None, out["error"]


def test_a_site_front_page_is_not_archived_even_when_it_shows_one_story():
    # The front page shows the latest story in full; the story lives at its own URL.
    body = "<article><h1>Warehouses to become homes, council decides</h1>" + "".join(
        f"<p>{s}</p>" for s in STORY) + "</article>"
    out = extract(_page(body, title="Warehouses to become homes, council decides"), url="https://local.example/")
    assert out["error"] is not None and "front page" in out["error"]["reason"]
    assert listing_evidence.from_document("https://local.example/?utm_source=feed&srsltid=x1", [], {}, None)["home_url"]
    for url in ("https://local.example/news/warehouses-homes", "https://local.example/?p=4121"):
        out = extract(_page(body, title="Warehouses to become homes, council decides"), url=url)
        assert out["error"] is None, (url, out["error"])


def test_a_front_page_is_rejected_whatever_speaks_for_an_article():
    # A front page showing its latest story in full, dated, bylined and typed as an article
    # (or a front page under a locale path) is still the front page.
    head = DATED + '<meta property="og:type" content="article"><meta name="author" content="Lina Varga">'
    body = "<article><h1>Warehouses to become homes, council decides</h1><p class='byline'>By Lina Varga</p>" + \
        "".join(f"<p>{s}</p>" for s in STORY) + "</article>"
    page = _page(body, head, title="Warehouses to become homes, council decides")
    for url in ("https://local.example/", "https://local.example/en-gb/", "https://local.example/global/"):
        out = extract(page, url=url)
        assert out["error"] is not None and "front page" in out["error"]["reason"], url
    found = listing_evidence.weigh({"home_url": True, "ld_article": True, "dated": True, "bylined": True})
    assert found[0] and found[1] < listing_evidence.REJECT_SCORE
    for url in ("https://local.example/en/warehouses-homes", "https://local.example/news/2024/warehouses-homes"):
        out = extract(page, url=url)
        assert out["error"] is None, (url, out["error"])


def test_a_url_ending_in_a_section_name_is_an_index_url():
    def listing_url(url):
        return listing_evidence.from_document(url, ["A council plan for the old warehouses"], {}, None)["listing_url"]

    for url in ("https://x.example/news", "https://x.example/about/in-the-news/", "https://x.example/nba/standings"):
        assert listing_url(url), url
    for url in ("https://x.example/news/council-backs-the-plan", "https://x.example/2024/05/newsroom-moves",
                "https://x.example/blog/harbour-ferries-return"):
        assert not listing_url(url), url
