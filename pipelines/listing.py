"""Signals that a page is a listing or a collection (section front, tag page, product
grid, FAQ hub), not an article: a news archiver must reject it.

All general, none page-specific (measured on WCXB's listing/collection pages by
``bench/eval_real.py``):

* the candidate main text sits inside short teasers (``teaser_share`` >= :data:`TEASER_SHARE`
  of its characters are teaser headlines or summaries) -- even on a page typed as an article,
  since many themes type every page so (there, one long item of a run is the story itself:
  :data:`MAX_ITEM_CHARS`); under a story's permalink (``dated_url``, ``slug_url``) a share
  below :data:`TEASER_MAJORITY` is weighed instead (``teaser_text``: a thread's replies, a
  list of exercises);
* teasers are runs of items with distinct headline links (:func:`distinct_headlines`: the
  same link in every item is a button), not readers' comments
  (:func:`pipelines.listing_structure.is_comments`) nor long entries of their own text
  (:func:`prose_entries`: a list article's sections, full posts);
* the page's JSON-LD calls it a ``CollectionPage`` or ``SearchResultsPage`` and types nothing
  on it as an article (``og:type`` article does not count: themes put it on every page);
* otherwise the weighed evidence of :mod:`pipelines.listing_evidence` (the page template,
  URL shape, item-list types, headline teasers, repeated teasers outweighing the main text
  (six or more sibling elements of one kind, most holding a headline link of three or more
  words, holding :data:`TEASER_WEIGHT` times the main text, short ones
  :data:`SHORT_TEASER_WEIGHT` times), cart buttons, pagination, grids of cards or priced items
  (:mod:`pipelines.listing_structure`), label-like titles, against a
  single-post template, article types, a publication date, a long paragraph and a
  permalink URL); the front page counts unless it is a static page showing no teasers
  (:func:`static_front`).

:func:`signals` reads the raw tree (before cleaning) and returns plain values stored in
``page_stats``; :func:`reason` turns them into a reject reason or None.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from typing import Any

from pipelines import listing_evidence as evidence
from pipelines import listing_items, listing_structure, listing_subpages

_ARTICLE_TYPES = {"article", "newsarticle", "blogposting", "report", "techarticle", "scholarlyarticle",
                  "opinionnewsarticle", "analysisnewsarticle", "reportagenewsarticle", "liveblogposting"}
#: Types that describe the page as one entry (a dictionary term, a recipe, a how-to, a question
#: with its answers, a forum thread): evidence for one text, weaker than an article type.
_ENTRY_TYPES = {"definedterm", "recipe", "howto", "qapage", "discussionforumposting"}
#: Page types that make the page a collection by themselves.
_COLLECTION_TYPES = {"collectionpage", "searchresultspage"}
#: Types that list articles, products or offers: weak evidence (list articles carry them too).
_LIST_TYPES = {"itemlist", "product", "productgroup", "offercatalog"}
_TYPE_RE = re.compile(r'"@type"\s*:\s*(\[[^\]]*\]|"[^"]*")')
#: Fewer sibling teasers than this is a "more stories" box, not a listing.
MIN_TEASERS = 6
#: A teaser is a headline and a short summary: the median item is no longer than this
#: (paragraphs of a story that each hold a link are longer).
MAX_TEASER_CHARS = 400
#: An item this long in a run of short teasers, on a page typed as an article, is the story.
MAX_ITEM_CHARS = 1000
#: A run whose median item holds :data:`MAX_ITEM_CHARS` characters or more, less than this share
#: of them link text, is a run of entries (a list article's sections, full posts), not teasers.
ENTRY_LINK_SHARE = 0.2
#: Teasers holding this many times the main text's characters make a listing.
TEASER_WEIGHT = 2.0
#: Short teasers (a headline and a line) holding this many times the main text: a listing.
SHORT_TEASER_WEIGHT = 1.25
#: The main text is a listing when this share of its characters sits in short teasers
#: (unless the URL is a story's permalink: then the share is weighed, up to
#: :data:`TEASER_MAJORITY`, at which it is a listing whatever the URL).
TEASER_SHARE = 0.4
TEASER_MAJORITY = 0.8


def page_types(root: Any) -> tuple[set[str], str]:
    """Lower-cased JSON-LD ``@type`` values anywhere on the page, and the ``og:type``."""
    types: set[str] = set()
    for script in root.iter("script"):
        if (script.get("type") or "").lower() == "application/ld+json" and script.text:
            for raw in _TYPE_RE.findall(script.text):
                try:
                    value = json.loads(raw)
                except ValueError:
                    continue
                types.update(v.lower() for v in (value if isinstance(value, list) else [value]) if isinstance(v, str))
    og = ""
    for meta in root.iter("meta"):
        if (meta.get("property") or meta.get("name") or "").lower() == "og:type":
            og = (meta.get("content") or "").strip().lower()
            break
    return types, og


def _headline(el: Any) -> str | None:
    """The text of the item's first link of three or more words (its headline), or None."""
    for a in el.iter("a"):
        words = a.text_content().split()
        if len(words) >= 3:
            return " ".join(words).lower()
    return None


def _headline_link(el: Any) -> bool:
    return _headline(el) is not None


def distinct_headlines(group: list[Any]) -> bool:
    """Half or more of the items' headline links differ: teasers name other pages each; the
    same link in every item ("show the full solution", "see the details") is a button."""
    heads = [h for h in map(_headline, group) if h]
    return len(set(heads)) * 2 >= len(heads)


_WORD_RE = re.compile(r"\w+")


def text_key(text: str) -> str:
    """Lower-cased words joined by one space: the same key for raw and normalized text."""
    return " ".join(_WORD_RE.findall(text.lower()))


def sibling_runs(root: Any, least: int) -> list[list[Any]]:
    """Sibling elements with the same tag and class, ``least`` or more of them."""
    found = []
    for el in root.iter("*"):
        if len(el) < least:
            continue
        groups: dict[tuple, list] = defaultdict(list)
        for child in el:
            if isinstance(child.tag, str):
                groups[(child.tag, (child.get("class") or "").strip())].append(child)
        found.extend(g for g in groups.values() if len(g) >= least)
    return found


def prose_entries(group: list[Any], median: int) -> bool:
    """Items of :data:`MAX_ITEM_CHARS` characters or more (the median, white space collapsed), under
    :data:`ENTRY_LINK_SHARE` of their text in links: each is a text of its own (an entry of a
    list article, a product's description, a full post), not a headline and a summary pointing
    to another page; a teaser's headline link is a fifth of it or more."""
    if median < MAX_ITEM_CHARS:  # (the raw text's length: never below the collapsed one's)
        return False
    sizes = sorted(len(" ".join(c.text_content().split())) for c in group)
    linked = sum(len(" ".join(a.text_content().split())) for c in group for a in c.iter("a"))
    return sizes[len(sizes) // 2] >= MAX_ITEM_CHARS and linked < ENTRY_LINK_SHARE * sum(sizes)


def teaser_groups(root: Any, runs: list[list[Any]] | None = None,
                  url: str | None = None) -> list[tuple[list[Any], bool]]:
    """Runs of repeated teasers: sibling elements with the same tag and class, at least
    :data:`MIN_TEASERS`, three quarters holding a headline link (three or more words), not
    :func:`prose_entries` nor, on a page at ``url``, the section's own sub-pages its menu
    lists (:func:`pipelines.listing_subpages.subpage_menu`); each with whether its items are
    short (median at most :data:`MAX_TEASER_CHARS`)."""
    found = []
    for group in sibling_runs(root, MIN_TEASERS) if runs is None else runs:
        if len(group) >= MIN_TEASERS and not listing_structure.is_comments(group) and not listing_structure.is_slideshow(group) \
                and listing_structure.most(_headline_link, group) \
                and distinct_headlines(group):
            median = sorted(len(c.text_content().strip()) for c in group)[len(group) // 2]
            if not prose_entries(group, median) and not (url and listing_subpages.subpage_menu(group, url, root)):
                found.append((group, median <= MAX_TEASER_CHARS))
    return found


def teaser_text(root: Any, runs: list[list[Any]] | None = None, typed: bool = False,
                url: str | None = None) -> dict[str, Any]:
    """The largest run of repeated teasers (:func:`teaser_groups`): ``teaser_chars`` and
    ``teaser_items``; the same for runs of short teasers (``short_teaser_chars``,
    ``short_teaser_items``), and ``teaser_keys``, the :func:`text_key` of every short teaser
    ``"\n"``-joined; on a page ``typed`` as an article, only items of at most
    :data:`MAX_ITEM_CHARS` (one long item among short ones is the story itself)."""
    out = {"teaser_chars": 0, "teaser_items": 0, "short_teaser_chars": 0, "short_teaser_items": 0}
    keys: list[str] = []
    for group, short in teaser_groups(root, runs, url):
        texts = [" ".join(c.text_content().split()) for c in group]
        chars = sum(map(len, texts))
        if chars > out["teaser_chars"]:
            out["teaser_chars"], out["teaser_items"] = chars, len(group)
        if short:
            # On a page typed as an article, one long item in a run of short ones is the
            # story itself (a page builder's block, a story atop its feed), not a teaser.
            keys.extend(text_key(t) for t in texts if not typed or len(t) <= MAX_ITEM_CHARS)
            if chars > out["short_teaser_chars"]:
                out["short_teaser_chars"], out["short_teaser_items"] = chars, len(group)
    out["teaser_keys"] = "\n".join(keys)
    return out


def teaser_share(blocks: list[dict[str, Any]], keys: str) -> float:
    """Share of the candidate's characters in blocks that sit inside a teaser (a headline or
    summary of a repeated teaser): near 1 when the "main text" is the list of stories."""
    total = sum(len(b["text"]) for b in blocks)
    if not keys or not total:
        return 0.0
    inside = sum(len(b["text"]) for b in blocks
                 if len(b["text"].split()) >= 3 and text_key(b["text"]) in keys)
    return round(inside / total, 3)


def signals(root: Any, types_og: tuple[set[str], str] | None = None, url: str | None = None) -> dict[str, Any]:
    """Plain values for ``page_stats`` (see the module docstring); ``root`` is not changed.
    ``teaser_keys`` and ``item_keys`` are private: :func:`candidate_signals` turns them into
    ``teaser_share`` and ``headline_items`` once the main text is known.  ``types_og``: the
    page's :func:`page_types` when the caller has read them already; ``url``: the page's
    address (a run of its own sub-pages is not teasers: :func:`teaser_groups`)."""
    types, og = types_og or page_types(root)
    typed = og == "article" or bool(types & _ARTICLE_TYPES)
    runs = sibling_runs(root, evidence.MIN_ITEMS)
    return {
        "typed_article": typed,
        "ld_article": bool(types & _ARTICLE_TYPES),
        "ld_entry": bool(types & _ENTRY_TYPES),
        "og_article": og == "article",
        "typed_collection": bool(types & _COLLECTION_TYPES),
        "list_type": og.startswith("product") or bool(types & _LIST_TYPES),
        "product_group": og.replace(":", ".") == "product.group",
        **evidence.template(root),
        **evidence.shop_and_pages(root),
        **teaser_text(root, [r for r in runs if len(r) >= MIN_TEASERS], typed, url),
        "item_keys": evidence.headline_item_keys(runs, text_key),
        "heading_keys": listing_items.heading_item_keys(root, text_key),
        **listing_structure.structure([r for r in runs if len(r) >= listing_structure.MIN_PRICED]),
    }


#: Keys of :func:`signals` that hold text for :func:`candidate_signals`, not page stats.
PRIVATE = ("teaser_keys", "item_keys", "heading_keys")


def candidate_signals(blocks: list[dict[str, Any]], private: dict[str, Any]) -> dict[str, Any]:
    """``teaser_share`` and ``headline_items`` (with ``headline_item_share``/``_count``, and
    ``heading_item_share``/``_count`` for :mod:`pipelines.listing_items`) of the candidate main
    text ``blocks``, from the private keys of :func:`signals`."""
    share, count = evidence.item_coverage(blocks, private.get("item_keys") or [], text_key)
    # The same evidence found from the items' headings (cards of one grid with layout classes
    # of their own): more items needed, as a heading alone says less than a run of one class.
    h_share, h_count = evidence.item_coverage(blocks, private.get("heading_keys") or [], text_key)
    return {
        "teaser_share": teaser_share(blocks, private.get("teaser_keys", "")),
        "headline_item_share": share,
        "headline_item_count": count,
        "heading_item_share": h_share,
        "heading_item_count": h_count,
        "headline_items": (share >= evidence.ITEM_SHARE and count >= evidence.MIN_ITEMS)
        or (h_share >= evidence.ITEM_SHARE and h_count >= listing_items.MIN_ITEMS),
    }


def static_front(stats: dict[str, Any], items_shown: bool) -> bool:
    """The front page is one static page, not an index: the CMS says so (WordPress's
    ``home`` with ``page`` body classes; its posts index is ``home blog``) and the page shows
    no run of teasers or cards.  Such a front page is weighed like any other page."""
    return bool(stats.get("static_front")) and not items_shown


def reason(stats: dict[str, Any], body_chars: int, document: dict[str, Any] | None = None) -> str | None:
    """Why the page is a listing, not an article (None when nothing says so).

    ``document`` holds the signals read from the document (:func:`listing_evidence.from_document`)
    and ``long_paragraph``; only pages with tree signals (``typed_article`` in ``stats``) are
    weighed."""
    share = stats.get("teaser_share", 0.0)
    document = dict(document or {})
    permalink = bool(document.get("dated_url") or document.get("slug_url"))
    if share >= TEASER_SHARE and (share >= TEASER_MAJORITY or not permalink):
        # Even on a page typed as an article (themes type every page so): its main text is
        # the teasers' own headlines and summaries.
        return f"not an article: a listing ({share:.0%} of the main text is repeated teasers)"
    if "typed_article" not in stats:
        return None
    # Under a story's permalink, a main text partly made of repeated items (a thread's
    # replies, a list of steps) is weighed with the rest, not a listing by itself.
    document["teaser_text"] = share >= TEASER_SHARE
    if stats.get("typed_collection") and not stats.get("ld_article"):
        return "not an article: the page's structured data calls it a collection or search results page"
    items, short_items = stats.get("teaser_items", 0), stats.get("short_teaser_items", 0)
    # (Teasers that are the main text itself are counted once, as ``teaser_text``.)
    outweigh = not document["teaser_text"] and (
        (items >= MIN_TEASERS and stats.get("teaser_chars", 0) >= TEASER_WEIGHT * body_chars)
        or (short_items >= MIN_TEASERS and stats.get("short_teaser_chars", 0) >= SHORT_TEASER_WEIGHT * body_chars))
    # The card grid is weighed against the final main text (after boilerplate), and counted
    # once: the run of teasers that already outweighs the main text is not a second signal.
    same_run = outweigh and stats.get("card_chars") in (stats.get("teaser_chars"), stats.get("short_teaser_chars"))
    grid = not same_run and listing_structure.card_grid(stats.get("card_chars", 0), body_chars,
                                                        bool(stats.get("headline_items")))
    if static_front(stats, outweigh or grid or bool(items or short_items)):
        document["home_url"] = False
    is_listing, score, pro, con = evidence.weigh({**stats, **document, "teasers_outweigh": outweigh,
                                                   "card_grid": grid})
    if not is_listing:
        return None
    against = f"; against: {', '.join(con)}" if con else ""
    return f"not an article: a listing or collection page (score {score}: {', '.join(pro)}{against})"
