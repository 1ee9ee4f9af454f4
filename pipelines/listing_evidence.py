"""Weighed evidence that a page is a listing or collection rather than an article.

No single signal separates the two on real pages (themes call every page an article,
articles are built from repeated blocks, listings carry long summaries), so
:mod:`pipelines.listing` adds up weak, independent signals, each with a weight, and rejects
only when the evidence for a listing outweighs the evidence for an article by
:data:`REJECT_SCORE` and comes from two or more signals.  Measured with ``bench/listing_signals.py`` on WCXB's dev pages; each
line below says which general pattern it stands for.

For a listing:

* ``listing_template``: the CMS names the template in ``<body class>``: WordPress's
  ``archive``, ``category``, ``tag``, ``author``, ``search``, ``paged``, ``tax-*``,
  WooCommerce's ``woocommerce-shop``;
* ``listing_url``: the URL path names an index (``/tag/``, ``/category/``, ``/topics/``,
  ``/author/``, ``/search``, ``/collections/``, ``/shop/``, a shop's ``/c/`` or ``/browse/``,
  ``/list/``, ``/catalogs/``, ``/directory/``, ``/page/2``, ``?page=``, ``?s=``)
  ``shop_url`` (+2 instead, may stand alone, and a byline does not count against it): a
  shop's category path (``/collections/``, ``/c/``, ``/browse/``, ``/catalogs/``, the paths
  e-commerce platforms give their category pages; a product's page is no article either),
  or a shop's subdomain (``shop.``/``store.`` before the brand's domain: :func:`shop_host`);
  or ends in the name of a section (``/news``, ``/blog``, ``/press``, ``/reviews``,
  ``/standings`` ...: :data:`SECTION_WORDS`; a story's URL goes on to its own slug below it);
  ``home_url`` (+3, rejects alone, whatever speaks for an article): the site's front page
  (an empty path, or only a locale such as ``/en-gb/`` or ``/global/``; no query but tracking
  parameters, :func:`pipelines.urls.clean`): its stories live at their own URLs, so a front
  page is not archived even when it shows one in full, dated and bylined, or its structured
  data types the stories it lists as articles;
* ``list_type``: JSON-LD ``ItemList``/``Product``/``OfferCatalog`` or ``og:type`` product*
  (weak: list articles and reviews carry them too); ``product_group`` (+2 more): ``og:type``
  ``product.group``, the Open Graph type of a page for a group of products (a shop's category);
* ``headline_items`` (+3: the main text itself, not the theme's metadata): half or more of the
  main text sits inside four or more repeated sibling items, each opening with its own headline
  link (a link in or around a heading, or a link of three or more words as the item's first
  text), or inside six or more items found from their linked headings
  (:mod:`pipelines.listing_items`): the "main text" is a run of teasers, however long their
  summaries; a publication date and ``og:type`` article, which themes put on section fronts
  too, do not outweigh it;
* ``teasers_outweigh``: the old page-level test, repeated teasers holding twice the main
  text (short ones 1.25 times); it reads the whole page (rails of related stories too), so a
  byline with a date counts against it, and it stands alone only on an undated page (a
  dated page whose rails are longer than its short text needs a second signal);
* ``cart_buttons``: two or more "add to cart/bag/basket" buttons: a product grid;
* ``paginated``: ``rel=next`` to a numbered URL (a link to the next post, a URL of words
  alone, is not a next page) or a pagination/pager/load-more element;
* ``card_grid`` (+1): twelve or more sibling cards (a link plus an image or a line of their
  own) outside the chrome, holding 30% of the main text's characters or more;
  ``priced_grid`` (+2): six or more sibling items each showing a price (both from
  :mod:`pipelines.listing_structure`);
* ``label_title``: every title the page has (``<h1>``, ``<title>``, ``og:title``) is a label
  of at most two words ("News", "Garden tools"), or three (weaker): headlines are longer
  (two CJK ideographs count as one word: :func:`title_words`).

For an article:

* ``single_template``: ``<body class>`` ``single``/``single-post`` (a WordPress post);
* ``ld_article``: JSON-LD types the page as an article (stronger than ``og:type``, which
  many themes put on every page: ``og_article`` counts for less);
* ``ld_entry``: JSON-LD describes the page as one entry (``DefinedTerm``, ``Recipe``,
  ``HowTo``, ``QAPage``, ``DiscussionForumPosting``: a dictionary term, a recipe, a thread);
* ``dated``: a publication date in the page's metadata (``article:published_time``,
  JSON-LD ``datePublished``, ``<meta name=date>``);
* ``bylined``: the page names its author(s) (a byline in the text or its metadata) and
  has a publication date: a story says who wrote it and when, a section front does not
  (counted against the page's chrome only, not with :data:`CONTENT_SIGNALS`);
* ``long_paragraph``: a paragraph of running text of :data:`LONG_PARAGRAPH` characters or more
  (teaser summaries are short);
* ``dated_url`` (-2): the URL is a dated permalink, a date in the path followed by a segment
  that is not a number (``/2021/05/story-slug``; a month's archive ends at the date); on
  WCXB's dev pages 50 articles and no listing have one; ``slug_url`` (-1): the last path
  segment is a phrase of :data:`SLUG_WORDS` words or more (a tag or a category is named in
  one to three); neither on an index URL.

Also for a listing: ``linked_text`` (+2, a content signal): half or more of the final main
text sits in blocks of link text (a ranked table of titles, a list of links), and
``teaser_text`` (+2): the main text is partly repeated teasers under a permalink URL
(:func:`pipelines.listing.reason`).
"""

from __future__ import annotations

import bisect
import re
from typing import Any
from urllib.parse import urlsplit

from pipelines import urls
from pipelines.listing_structure import most

#: (signal, weight, what it says in a reject reason); positive = a listing.
WEIGHTS: tuple[tuple[str, int, str], ...] = (
    ("listing_template", 2, "the page template is an archive"),
    ("listing_url", 1, "an index URL"),
    ("shop_url", 2, "a shop's category URL"),
    ("home_url", 3, "the site's front page"),
    ("list_type", 1, "structured data lists items"),
    ("product_group", 2, "og:type names a group of products"),
    ("headline_items", 3, "the main text is a run of headline teasers"),
    ("teasers_outweigh", 2, "repeated teasers outweigh the main text"),
    ("teaser_text", 2, "much of the main text is repeated teasers"),
    ("linked_text", 2, "the main text is mostly link text"),
    ("cart_buttons", 2, "add-to-cart buttons"),
    ("paginated", 1, "pagination"),
    ("card_grid", 1, "a grid of item cards"),
    ("priced_grid", 2, "a grid of priced items"),
    ("label_title", 2, "titled with a short label"),
    ("short_title", 1, "titled with a short label"),
    ("single_template", -3, "a single-post template"),
    ("ld_article", -2, "structured data calls it an article"),
    ("og_article", -1, "og:type article"),
    ("ld_entry", -1, "structured data describes one entry"),
    ("dated", -1, "a publication date"),
    ("bylined", -1, "a byline and a date"),
    ("long_paragraph", -1, "a long paragraph"),
    ("dated_url", -2, "a dated permalink"),
    ("slug_url", -1, "a story's slug URL"),
)
#: Listing evidence read from the main text itself (not the page's chrome): a byline does not
#: count against it.
CONTENT_SIGNALS = ("headline_items", "teaser_text", "linked_text", "cart_buttons", "list_type", "product_group", "priced_grid", "shop_url")
#: Evidence for a listing minus evidence for an article at which the page is rejected.
REJECT_SCORE = 2
#: Signals that reject without a second one: teasers outweighing the main text (it did so
#: alone before the others came) and the front page (its stories have URLs of their own).
STANDALONE = ("teasers_outweigh", "home_url", "shop_url")
#: Of :data:`STANDALONE`, those that stand alone only on a page without a publication date
#: (``published``: any date the metadata stage found, in the page's metadata or its text).
UNDATED_STANDALONE = ("teasers_outweigh",)
#: Signals that reject whatever the evidence for an article (see ``home_url`` above).
DECISIVE = ("home_url",)
#: A paragraph this long is an article's, not a teaser's summary.
LONG_PARAGRAPH = 700
#: Share of the main text's characters in link blocks that makes it a list of links.
LINKED_SHARE = 0.5
#: Fewer repeated items than this is a box of links, not a run of teasers.
MIN_ITEMS = 4
#: Share of the main text inside headline items that makes it a run of teasers.
ITEM_SHARE = 0.5

# Not "home" or "blog": the front page is the URL's to tell (``home_url``), and a "blog"
# class sits on single posts of some themes.
_LISTING_CLASSES = {"archive", "category", "tag", "author", "search", "search-results", "post-type-archive",
                    "paged", "woocommerce-shop"}
_SINGLE_CLASSES = {"single", "single-post"}
_INDEX_URL = re.compile(r"/(?:tags?|category|categories|topics?|sections?|authors?|search|collections?|shop|"
                        r"products|archives?|browse|c|list|catalogs?|directory)(?:/|$)|/page/\d+|[?&](?:page|s|q)=",
                        re.I)
#: Section names that end an index URL (the section's front, not a story below it).
SECTION_WORDS = ("news", "blog", "blogs", "articles", "stories", "press", "press-releases", "in-the-news",
                 "insights", "updates", "posts", "latest", "reviews", "guides", "recipes", "events",
                 "videos", "podcasts", "magazine", "trending", "standings", "rankings", "hub")
_SECTION_END = re.compile(r"/(?:%s)/?$" % "|".join(re.escape(w) for w in SECTION_WORDS), re.I)
#: The category paths of shop platforms (a collection, a category, a catalogue).
_SHOP_PATH = re.compile(r"/(?:collections|c|browse|catalogs)(?:/|$)", re.I)
#: A path of locale segments only (``/en/``, ``/en-gb/``, ``/eu/en/``, ``/global/``): a front page.
_LOCALE = re.compile(r"^(?:[a-z]{2}(?:[-_][a-z]{2,4})?|global|intl|international)$", re.I)
#: A date in the path (``/2021/05/``, ``/2021/05/12/``, ``/2021-05-12/``, ``/20210512/``) followed
#: by a segment that is not a number: a story's permalink (a day's or month's archive ends at
#: the date).
_DATED_PATH = re.compile(r"/(?:19|20)\d\d(?:[/-](?:0?[1-9]|1[0-2])|(?:0[1-9]|1[0-2])\d\d)(?:[/-]\d\d?)?"
                         r"/(?!\d+(?:/|$))[^/]+")
#: Words of the path's last segment that make it a story's slug (a tag or a category is
#: named in one to three words, a story in a phrase).
SLUG_WORDS = 5
_SLUG_SPLIT = re.compile(r"[-_+.]|%20")
_EXTENSION = re.compile(r"\.(?:s?html?|php|aspx?|jsp)$", re.I)
_CART = re.compile(r"\badd to (?:cart|bag|basket)\b", re.I)
_PAGER = re.compile(r"pagination|pager|load-more", re.I)
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_NOT_ITEMS = {"p", "tr", "td", "option", "script", "style", "br", "span", "a"}
_TITLE_SEP = re.compile(r"\s[|\-–—:·•»]\s")
_DATE_KEYS = ("article:published_time", "datepublished", "date", "pubdate")


def template(root: Any) -> dict[str, bool]:
    """``listing_template`` and ``single_template`` from ``<body class>``."""
    body = root.find("body")
    tokens = set(((body.get("class") if body is not None else "") or "").split())
    single = bool(tokens & _SINGLE_CLASSES)
    listing = bool(tokens & _LISTING_CLASSES or any(t.startswith("tax-") for t in tokens))
    # WordPress marks a front page that is one static page ``home page``, its posts index
    # ``home blog``.
    return {"listing_template": listing and not single, "single_template": single,
            "static_front": "home" in tokens and "page" in tokens}


def _cart(text: str | None) -> bool:
    return bool(text and len(text) < 60 and _CART.search(text))


def shop_and_pages(root: Any) -> dict[str, bool]:
    """``cart_buttons`` (two or more) and ``paginated``: cart links, buttons and inputs,
    ``rel=next`` links, pager classes on containers, links and buttons, in one pass."""
    carts, next_link, pager = 0, False, False
    pager_classes: dict[str, bool] = {}  # a page repeats a few class values on many elements
    for el in root.iter("button", "a", "input", "link", "div", "nav", "ul"):
        tag = el.tag
        if tag == "input":
            carts += _cart(el.get("value"))
            continue
        if tag in _CART_TAGS:
            carts += _cart(el.text_content())
        if tag in _LINK_TAGS and not next_link:
            next_link = (el.get("rel") or "").lower() == "next" and _next_page(el.get("href") or "")
        if tag != "link" and not pager:
            cls = el.get("class")
            if cls:  # no class: no pager class
                pager = pager_classes.get(cls)
                if pager is None:
                    pager = pager_classes[cls] = bool(_PAGER.search(cls))
    return {"cart_buttons": carts >= 2, "paginated": next_link or pager}


def _next_page(href: str) -> bool:
    """A ``rel=next`` link to the next page of a list: its URL numbers the page (``/page/2``,
    ``?page=2``, ``?start=25``, ``/11-20/``).  Blog themes also link a post to the next post
    by ``rel=next``: a URL of words alone (``/other-post-slug/``, also in an archived copy) is
    that."""
    rest = urlsplit(href.strip())._replace(scheme="", netloc="").geturl()
    return any(c.isdigit() for c in _WAYBACK.sub("", rest))


#: The prefix a web archive puts before an archived copy's own URL (``/web/20160330101229/``):
#: its timestamp does not number a page.
_WAYBACK = re.compile(r"^/web/\d{4,14}(?:[a-z]{2}_)?/(?:https?://[^/]+)?")


_CART_TAGS = frozenset({"button", "a"})
_LINK_TAGS = frozenset({"link", "a"})


def _in_heading(el: Any, stop: Any) -> bool:
    while el is not None and el is not stop:
        if el.tag in _HEADINGS:
            return True
        el = el.getparent()
    return False


def opens_with_headline(item: Any) -> bool:
    """The item has a headline link: a link in or around a heading, or a link of three or
    more words holding the item's first text."""
    parent = item.getparent()
    for a in item.iter("a"):
        # (the heading test first: it reads no text)
        if (_in_heading(a, parent) or next(a.iter(*_HEADINGS), None) is not None) \
                and len(a.text_content().split()) >= 2:
            return True
    for el in item.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style"):
            continue
        if (el.text or "").strip():
            while el is not None and el is not parent:
                if el.tag == "a":
                    return len(el.text_content().split()) >= 3
                el = el.getparent()
            return False
    return False


def headline_item_keys(groups: list[list[Any]], text_key: Any) -> list[str]:
    """The :func:`~pipelines.listing.text_key` of every item of every run of
    :data:`MIN_ITEMS` or more siblings, three quarters opening with a headline link."""
    keys = []
    for group in groups:
        if len(group) >= MIN_ITEMS and group[0].tag not in _NOT_ITEMS \
                and most(opens_with_headline, group):
            keys.extend(text_key(" ".join(c.text_content().split())) for c in group)
    return keys


def item_coverage(blocks: list[dict[str, Any]], keys: list[str], text_key: Any) -> tuple[float, int]:
    """Share of the blocks' characters inside headline items, and how many items they touch."""
    total = sum(len(b["text"]) for b in blocks)
    if not keys or not total:
        return 0.0, 0
    joined = "\n".join(keys)
    starts = []
    pos = 0
    for key in keys:
        starts.append(pos)
        pos += len(key) + 1
    inside, hit = 0, set()
    for block in blocks:
        key = text_key(block["text"])
        at = joined.find(key) if len(key.split()) >= 3 else -1
        if at >= 0:
            inside += len(block["text"])
            hit.add(bisect.bisect_right(starts, at) - 1)
    return round(inside / total, 3), len(hit)


def linked_text(blocks: list[dict[str, Any]]) -> bool:
    """Half or more of the main text's characters sit in blocks that are mostly link text
    (``_links`` >= 0.5): a ranked list or a table of titles, not prose.  A link roll's
    credited links (``_credited``, :func:`pipelines.boilerplate_runs.mark_link_rolls`) are a
    post's own picks, not a listing's links."""
    total = sum(len(b["text"]) for b in blocks)
    linked = sum(len(b["text"]) for b in blocks if b.get("_links", 0.0) >= 0.5 and not b.get("_credited"))
    return bool(total) and linked >= LINKED_SHARE * total


def from_document(url: str | None, titles: list[str], head: dict[str, str], published: str | None) -> dict[str, bool]:
    """The signals read from the document rather than the tree: URL shape, titles, date."""
    path = urlsplit(url or "").path
    segments = [p for p in path.split("/") if p]
    shop = bool(_SHOP_PATH.search(path))
    words = max((title_words(_longest_part(t)) for t in titles if t), default=0)
    index = bool(url and (_INDEX_URL.search(url) or _SECTION_END.search(path))) or shop
    return {
        "listing_url": index and not shop,
        "dated_url": bool(_DATED_PATH.search(path)) and not index,
        "slug_url": slug_words(segments[-1] if segments else "") >= SLUG_WORDS and not index,
        "shop_url": shop or shop_host(url),
        "home_url": bool(url) and all(_LOCALE.match(p) for p in segments)
        and not urlsplit(urls.clean(url or "")).query,
        "label_title": words <= 2,
        "short_title": words == 3,
        "dated": bool(published or any(head.get(k) for k in _DATE_KEYS)),
    }


#: First labels of a host that name a shop (``shop.example.com``, ``store.example.com``): the
#: subdomain a brand gives its e-commerce platform, whose pages are category grids and product
#: pages, not stories (a shop's blog still weighs its dates, bylines and permalinks).
SHOP_HOSTS = ("shop", "store")


def shop_host(url: str | None) -> bool:
    """The URL's host is a shop's subdomain (:data:`SHOP_HOSTS`); ``www.`` is not skipped:
    ``www.shop-name.com`` is a name, not a subdomain."""
    host = urlsplit(url or "").hostname or ""
    return host.count(".") >= 2 and host.split(".", 1)[0] in SHOP_HOSTS


def slug_words(segment: str) -> int:
    """Words of a URL path segment (``-``, ``_``, ``+``, ``.`` or ``%20`` between them; a file
    extension is not one)."""
    return len([w for w in _SLUG_SPLIT.split(_EXTENSION.sub("", segment)) if w])


_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def title_words(title: str) -> int:
    """Words in a title, two CJK ideographs counted as one word (Chinese is written without
    spaces: a label is 2-4 ideographs, "国内新闻", a headline ten or more)."""
    cjk = len(_CJK.findall(title))
    return len(_CJK.sub(" ", title).split()) + cjk // 2


def _longest_part(title: str) -> str:
    return max(_TITLE_SEP.split(title), key=len)


def weigh(signals: dict[str, Any]) -> tuple[bool, int, list[str], list[str]]:
    """(whether it is a listing, score, what speaks for a listing, what for an article) over
    :data:`WEIGHTS`: a score of :data:`REJECT_SCORE` or more from two or more signals (or from
    one of :data:`STANDALONE`), so no single weak trait rejects a page by itself; one of
    :data:`DECISIVE` rejects at any score."""
    score, pro, con, names = 0, [], [], []
    # A byline outweighs the page's chrome (a pager, a short title), not a main text that
    # is itself teasers, products or a list: shop and list pages name authors too.
    content = any(signals.get(n) for n in CONTENT_SIGNALS)
    for name, weight, text in WEIGHTS:
        if signals.get(name) and not (name == "bylined" and content):
            score += weight
            (pro if weight > 0 else con).append(text)
            names += [name] if weight > 0 else []
    # Teasers outweighing a short main text stand alone only on an undated page: a dated
    # page whose rails of teasers are longer than its text is a short story.
    alone = [n for n in names if n in STANDALONE and not (n in UNDATED_STANDALONE and signals.get("published"))]
    enough = len(names) >= 2 or bool(alone)
    decisive = any(n in DECISIVE for n in names)
    return (score >= REJECT_SCORE and enough) or decisive, score, pro, con
