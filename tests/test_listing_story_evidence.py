"""Evidence that a page with listing-like parts is one story: its URL is a story's permalink,
its repeated items are comments or buttons, its front page is a static page, its ``rel=next``
links the next post (all HTML written here)."""

from __future__ import annotations

from pipelines import extract, listing, listing_evidence, listing_structure
from pipelines.html_common import parse_tree

STORY = [
    "The lighthouse keepers' union voted on Tuesday to accept a new contract after four months of talks.",
    "Members will receive a pay rise in each of the next three years and two extra days of leave.",
    "The agreement also funds repairs to the cottages where keepers live during their shifts on the coast.",
    "A spokesperson for the coast authority said the deal was fair to both keepers and taxpayers.",
    "The contract still needs the approval of the regional assembly, which meets again in October.",
]


def _page(body: str, head: str = "", title: str = "Coast news", body_class: str = "") -> str:
    cls = f' class="{body_class}"' if body_class else ""
    return f"<html><head><title>{title}</title>{head}</head><body{cls}>{body}</body></html>"


def _signals(url: str) -> dict:
    return listing_evidence.from_document(url, ["Keepers accept the new contract"], {}, None)


def test_a_dated_or_slugged_url_is_a_permalink_but_not_an_archive_or_index():
    assert _signals("https://coast.example/2023/11/keepers-accept-contract")["dated_url"]
    assert _signals("https://coast.example/news/2023-11-07/keepers-vote/")["dated_url"]
    assert _signals("https://coast.example/20231107/keepers-vote.html")["dated_url"]
    for url in ("https://coast.example/2023/11/", "https://coast.example/2023/11/07/",
                "https://coast.example/2023/11/page/2", "https://coast.example/keepers-accept-contract"):
        assert not _signals(url)["dated_url"], url
    assert _signals("https://coast.example/local/keepers-accept-the-new-contract")["slug_url"]
    assert _signals("https://forum.example/t/keepers_vote_on_new_pay_contract")["slug_url"]
    for url in ("https://coast.example/local/keepers-contract", "https://coast.example/tag/new-contract-for-the-keepers",
                "https://coast.example/"):
        assert not _signals(url)["slug_url"], url


def _thread() -> str:
    # A question and its replies: each reply ends with a link of its own (three words or more).
    replies = "".join(
        f"<div class='reply'><span>sailor{i}</span><p>{STORY[i % 5]}</p><a href='/r/{i}'>permalink to reply {i}</a></div>"
        for i in range(8))
    return _page(f"<main><h1>Should the keepers accept the contract?</h1><p>{STORY[0]} {STORY[1]}</p>"
                 f"{replies}</main>", title="Should the keepers accept the contract?")


def test_under_a_story_slug_a_text_of_repeated_replies_is_weighed_not_rejected():
    out = extract(_thread(), url="https://forum.example/t/should-the-keepers-accept-the-contract")
    assert out["error"] is None, out["error"]
    out = extract(_thread(), url="https://forum.example/t/keepers")
    assert out["error"] is not None and "repeated teasers" in out["error"]["reason"]


def test_a_wordpress_static_front_page_without_teasers_is_weighed_like_any_page():
    body = "<article><h1>About this workshop journal</h1>" + "".join(f"<p>{s}</p>" for s in STORY) + "</article>"
    out = extract(_page(body, body_class="home page-template-default page page-id-2"), url="https://journal.example/")
    assert out["error"] is None, out["error"]
    # The posts index (``home blog``) and any other front page stay rejected.
    for cls in ("home blog", ""):
        out = extract(_page(body, body_class=cls), url="https://journal.example/")
        assert out["error"] is not None and "front page" in out["error"]["reason"], cls


def test_readers_comments_are_not_teasers_or_cards():
    comments = "".join(
        f"<li class='comment even'><img src='/a/{i}.png'><a href='https://me.example/{i}'>Kim from the coast{i}</a>"
        f"<p>Reply {i}: glad to read it.</p></li>" for i in range(14))
    root = parse_tree(_page(f"<ol class='commentlist'>{comments}</ol>"))
    runs = listing.sibling_runs(root, 4)
    assert runs and all(listing_structure.is_comments(r) for r in runs)
    assert listing.teaser_groups(root, runs) == []
    assert listing_structure.structure(runs)["card_chars"] == 0
    posts = parse_tree(_page("<ol class='posts'>" + comments.replace("comment even", "post") + "</ol>"))
    runs = listing.sibling_runs(posts, 4)
    assert listing.teaser_groups(posts, runs) and listing_structure.structure(runs)["card_chars"] > 0


def test_the_same_link_in_every_item_is_a_button_not_a_headline():
    items = "".join(f"<li><p>Exercise {i}: how tall is the tower?</p><a href='/s/{i}'>Show the worked answer</a></li>"
                    for i in range(8))
    root = parse_tree(_page(f"<ol>{items}</ol>"))
    assert listing.teaser_groups(root) == []
    named = "".join(f"<li><p>Exercise {i}.</p><a href='/s/{i}'>Tower height answer number {i}</a></li>" for i in range(8))
    assert listing.teaser_groups(parse_tree(_page(f"<ol>{named}</ol>")))


def test_rel_next_to_the_next_post_is_not_pagination():
    def paginated(href: str) -> bool:
        return listing_evidence.shop_and_pages(parse_tree(_page("<p>x</p>", f"<link rel='next' href='{href}'>")))[
            "paginated"]

    assert paginated("https://coast.example/news/page/2/")
    assert paginated("https://coast.example/news?page=2")
    assert not paginated("https://coast.example/the-next-post-about-keepers/")
    assert not paginated("https://web.archive.org/web/20200101000000/http://coast.example/next-post/")


def test_a_main_text_of_link_text_is_listing_evidence_that_a_byline_does_not_outweigh():
    titles = [{"kind": "paragraph", "text": f"Lighthouse keeper diaries, volume {i}", "_links": 1.0}
              for i in range(6)]
    prose = [{"kind": "paragraph", "text": s, "_links": 0.0} for s in STORY]
    assert listing_evidence.linked_text(titles + prose[:1])
    assert not listing_evidence.linked_text(titles[:1] + prose)
    found, _, pro, con = listing_evidence.weigh({"linked_text": True, "listing_url": True, "bylined": True})
    assert found and "the main text is mostly link text" in pro and not con
