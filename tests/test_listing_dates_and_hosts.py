"""The listing weighing's date and host evidence, and image links in the generic candidate
(all HTML and text written here)."""

from __future__ import annotations

from lxml import etree

from pipelines import listing_evidence, trafilatura_candidate


def test_teasers_outweighing_the_text_stand_alone_only_on_an_undated_page():
    # A short dated notice beside a longer rail of teasers needs a second listing signal.
    assert listing_evidence.weigh({"teasers_outweigh": True})[0]
    assert not listing_evidence.weigh({"teasers_outweigh": True, "published": True})[0]
    assert listing_evidence.weigh({"teasers_outweigh": True, "published": True, "paginated": True})[0]
    # The other standalone signals do not care about the date.
    assert listing_evidence.weigh({"shop_url": True, "published": True})[0]
    assert listing_evidence.weigh({"home_url": True, "published": True})[0]


def test_a_shop_subdomain_is_a_shop_url():
    def shop(url):
        return listing_evidence.from_document(url, ["Carry-on cases"], {}, None)["shop_url"]

    assert shop("https://shop.tamarind-bags.example/carry-on-cases/")
    assert shop("https://store.quillworks.example/fountain-pens")
    # a name, not a subdomain; a host merely starting with the word
    for url in ("https://shop.example/carry-on-cases", "https://www.shop-tamarind.example/news/a-new-warehouse",
                "https://shopping-news.example.com/carry-on-cases", "https://news.store.example.com/pens"):
        assert not shop(url), url
    # a shop's blog post keeps its permalink evidence
    found = listing_evidence.from_document("https://shop.quillworks.example/blogs/journal/how-we-cut-our-nibs-by-hand",
                                           ["How we cut our nibs by hand"], {}, None)
    assert found["shop_url"] and found["slug_url"]


def _blocks(xml: str):
    return trafilatura_candidate.blocks(etree.fromstring(xml))


def test_text_inside_a_link_to_an_image_is_not_link_text():
    # trafilatura moves the text after a linked picture into the picture's <ref>.
    text = ("When the week runs short of hours, a little planning of your own time helps: "
            "here you find every note on budgets and routines in one place.")
    out = _blocks(f'<main><p><ref target="https://x.example/uploads/banner.PNG">{text}</ref></p></main>')
    assert out[0]["text"] == text and out[0]["_links"] == 0.0
    out = _blocks(f'<main><p><ref target="https://x.example/notes/planning">{text}</ref></p></main>')
    assert out[0]["_links"] == 1.0
    out = _blocks(f'<main><p><ref target="/img/banner.jpg?w=600">{text}</ref></p></main>')
    assert out[0]["_links"] == 0.0
