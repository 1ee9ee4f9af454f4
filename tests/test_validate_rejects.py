"""validate: real articles with traits of non-articles (a comment sign-in box, a short text,
a byline on a page with a pager) are kept; the non-articles themselves are still rejected
(all HTML written here)."""

from __future__ import annotations

from pipelines import extract
from pipelines.listing_evidence import from_document, title_words, weigh

DATED = ('<meta property="article:published_time" content="2024-03-04T08:00:00Z">'
         '<meta name="author" content="Maria Lindqvist">')
LEDE = ("The county opened its new library branch on Saturday, with shelves for twelve thousand "
        "books, a reading garden and a room for evening classes.")
LOGIN_BOX = ("<form class='comment-login' action='/wp-login.php' method='post'><label>Username</label>"
             "<input name='log'><label>Password</label><input type='password' name='pwd'>"
             "<button>Log in to comment</button></form>")


def _page(body: str, head: str = "", title: str = "County opens new library branch with reading garden") -> str:
    return (f"<html><head><title>{title}</title>{head}</head><body class='single single-post'>"
            f"<h1>{title}</h1>{body}</body></html>")


def test_a_short_story_with_a_comment_sign_in_box_is_kept():
    # The general pattern: a dated, bylined story whose page also carries a sign-in form for
    # comments; the form is beside the story, not the page's content.
    page = _page(f"<article><p>{LEDE}</p><p>{LEDE}</p></article><aside>{LOGIN_BOX}</aside>", head=DATED)
    out = extract(page, url="https://county.example/2024/03/library-branch")
    assert out["error"] is None
    assert "reading garden" in out["body"]


def test_an_undated_bylined_post_of_two_paragraphs_with_a_sign_in_box_is_kept():
    # A forum or blog post with no date anywhere but an author line and paragraphs of running
    # text: a form has labels, not paragraphs, so the sign-in box is beside the post.
    head = '<meta name="author" content="Maria Lindqvist">'
    second = ("Volunteers from the reading circle will run the garden, and the evening classes begin "
              "next month with courses in bookkeeping, Spanish and local history.")
    page = _page(f"<article><p>{LEDE}</p><p>{second}</p></article><aside>{LOGIN_BOX}</aside>", head=head)
    out = extract(page, url="https://county.example/forum/thread-library-branch")
    assert out["error"] is None
    assert "reading garden" in out["body"]


def test_an_undated_bylined_page_of_one_paragraph_with_a_password_field_is_a_login_page():
    head = '<meta name="author" content="Maria Lindqvist">'
    out = extract(_page(f"<article><p>{LEDE}</p></article>{LOGIN_BOX}", head=head),
                  url="https://county.example/account")
    assert out["error"] is not None and "login form" in out["error"]["reason"]


def test_a_login_page_is_still_rejected():
    form = ("<form action='/login' method='post'><p>Sign in to read premium stories from our newsroom, "
            "including analysis, data and commentary, every day.</p><input name='user'>"
            "<input type='password' name='pw'><button>Sign in</button></form>")
    out = extract(f"<html><head><title>Sign in</title></head><body><h1>Sign in</h1>{form}</body></html>",
                  url="https://county.example/login")
    assert out["error"] is not None and "login form" in out["error"]["reason"]


def test_a_login_page_with_a_date_but_no_byline_or_article_type_is_rejected():
    form = ("<p>Members sign in below to manage their subscription, newsletters and saved articles "
            "for the coming year.</p><input name='user'><input type='password' name='pw'>")
    page = ("<html><head><title>Member sign in</title>"
            '<meta property="article:published_time" content="2024-03-04T08:00:00Z"></head>'
            f"<body><h1>Member sign in</h1><form>{form}</form></body></html>")
    out = extract(page, url="https://county.example/account")
    assert out["error"] is not None and "login form" in out["error"]["reason"]


def test_a_short_dated_story_is_kept():
    # A headline, a date and one paragraph of running text: a short story, not a reject.
    out = extract(_page(f"<article><p>{LEDE}</p></article>", head=DATED),
                  url="https://county.example/2024/03/library-branch")
    assert out["error"] is None and out["word_count"] < 30


def test_a_short_undated_text_is_still_too_short():
    out = extract(_page(f"<article><p>{LEDE}</p></article>"), url="https://county.example/library")
    assert out["error"] is not None and out["error"]["reason"].startswith("too short")


def test_a_byline_and_a_date_count_against_a_listing():
    listing_like = {"paginated": True, "short_title": True}
    assert weigh(listing_like)[0]
    assert not weigh({**listing_like, "bylined": True})[0]
    # strong listing evidence still rejects a page with a byline
    assert weigh({"listing_template": True, "listing_url": True, "paginated": True, "bylined": True})[0]


def test_chinese_titles_are_counted_two_ideographs_to_a_word():
    assert title_words("国内新闻") == 2
    assert title_words("市政府宣布新建三座公共图书馆分馆") == 8
    assert title_words("Garden tools") == 2
    assert not from_document(None, ["市政府宣布新建三座公共图书馆分馆"], {}, None)["label_title"]
    assert from_document(None, ["国内新闻"], {}, None)["label_title"]


def test_boilerplate_falls_back_to_the_other_candidate_when_nothing_runs():
    # The chosen candidate holds only short link lines; the one not chosen holds the story.
    from pipelines import boilerplate
    from pipelines.document import Document
    from pipelines.meta_record import PageMeta

    links = [{"kind": "paragraph", "text": f"More from the county {i}", "_links": 1.0, "_tag": "p"}
             for i in range(3)]
    story = [{"kind": "paragraph", "text": LEDE, "_links": 0.0, "_tag": "p"}]
    doc = Document(url="https://county.example/x", blocks=links, title="County opens new library branch")
    doc.meta = PageMeta(candidate="trafilatura", alternative=story)
    doc = boilerplate.run(doc)
    assert [b["text"] for b in doc.blocks] == [LEDE]
    assert doc.meta.candidate == "own" and doc.meta.alternative == []
    # with running text in the chosen candidate, the other one is never used
    doc = Document(url="https://county.example/x", blocks=story, title="County opens new library branch")
    doc.meta = PageMeta(candidate="own", alternative=links)
    assert boilerplate.run(doc).meta.candidate == "own"


def test_a_bylined_story_inside_heavy_navigation_is_kept_and_a_link_page_is_not():
    nav = "<nav>" + "".join(f"<a href='/s/{i}'>Section {i}</a> " for i in range(80)) + "</nav>"
    out = extract(_page(f"{nav}<article><p>{LEDE}</p><p>{LEDE}</p></article>", head=DATED),
                  url="https://county.example/2024/03/library-branch")
    assert out["error"] is None and "reading garden" in out["body"]
    out = extract(_page(f"{nav}<article><p>{LEDE}</p></article>"), url="https://county.example/library")
    assert out["error"] is not None


def test_a_byline_does_not_outweigh_a_main_text_of_teasers_or_products():
    assert weigh({"headline_items": True, "paginated": True, "long_paragraph": True, "bylined": True})[0]
    assert weigh({"cart_buttons": True, "paginated": True, "long_paragraph": True, "bylined": True})[0]
    # Teasers elsewhere on the page (rails of related stories) are the page's, not the main
    # text's: a byline with a date counts against them.
    assert not weigh({"teasers_outweigh": True, "paginated": True, "long_paragraph": True, "bylined": True})[0]


def test_a_short_dated_text_under_a_label_title_is_too_short():
    out = extract(_page(f"<article><p>{LEDE}</p></article>", head=DATED, title="Services"),
                  url="https://county.example/services")
    assert out["error"] is not None and out["error"]["reason"].startswith("too short")


def test_a_shop_category_url_rejects_a_prose_category_page_even_with_a_byline():
    # A shop category's page shows its products by script; what the HTML holds is the
    # category's prose, sometimes signed by a named editor.
    body = f"<article><p>{LEDE}</p><p>{LEDE}</p><p>{LEDE}</p></article>"
    author = '<meta name="author" content="Maria Lindqvist">'
    page = (f"<html><head><title>Reading lamps and desk lights for every room</title>{author}</head><body>"
            f"<h1>Reading lamps and desk lights for every room</h1>{body}</body></html>")
    for url in ("https://lamps.example/c/reading-lamps", "https://lamps.example/browse/lighting/desk",
                "https://lamps.example/collections/reading-lamps"):
        out = extract(page, url=url)
        assert out["error"] is not None and "shop's category URL" in out["error"]["reason"], url
    out = extract(page, url="https://lamps.example/journal/reading-lamps-for-every-room")
    assert out["error"] is None, out["error"]
    assert weigh({"shop_url": True, "bylined": True})[0] and not weigh({"listing_url": True, "bylined": True})[0]


def test_a_dictionary_entry_under_a_browse_path_is_kept():
    # A dictionary's entry pages live under /browse/ too; its structured data names one term.
    term = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "DefinedTerm", '
            '"name": "harbourage"}</script>')
    body = f"<article><p>{LEDE}</p><p>{LEDE}</p><p>{LEDE}</p></article>"
    page = (f"<html><head><title>Harbourage definition and meaning</title>{term}</head><body>"
            f"<h1>Harbourage definition and meaning</h1>{body}</body></html>")
    out = extract(page, url="https://words.example/browse/harbourage")
    assert out["error"] is None, out["error"]
    out = extract(page.replace("DefinedTerm", "WebPage"), url="https://words.example/browse/harbourage")
    assert out["error"] is not None and "shop's category URL" in out["error"]["reason"]
