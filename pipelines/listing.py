"""Signals that a page is a listing or a collection (section front, tag page, product
grid, FAQ hub), not an article: a news archiver must reject it.

All general, none page-specific (measured on WCXB's listing/collection pages by
``bench/eval_real.py``):

* the page's own structured data says so: JSON-LD ``@type`` CollectionPage, ItemList,
  SearchResultsPage, Product/ProductGroup/OfferCatalog or an ``og:type`` of
  ``product*`` -- unless the page also calls itself an article (og:type ``article``,
  JSON-LD Article/NewsArticle/BlogPosting ...);
* repeated teaser structures: six or more sibling elements of one kind (same tag and
  class), most holding a headline link of three or more words, whose text together is
  at least :data:`TEASER_WEIGHT` times the main text -- only on a page that does not call itself an
  article.

:func:`signals` reads the raw tree (before cleaning) and returns plain values stored in
``page_stats``; :func:`reason` turns them into a reject reason or None.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from typing import Any

_ARTICLE_TYPES = {"article", "newsarticle", "blogposting", "report", "techarticle", "scholarlyarticle",
                  "opinionnewsarticle", "analysisnewsarticle", "reportagenewsarticle", "liveblogposting"}
_LISTING_TYPES = {"collectionpage", "itemlist", "searchresultspage", "product", "productgroup",
                  "offercatalog"}
_TYPE_RE = re.compile(r'"@type"\s*:\s*(\[[^\]]*\]|"[^"]*")')
#: Fewer sibling teasers than this is a "more stories" box, not a listing.
MIN_TEASERS = 6
#: Teasers holding this many times the main text's characters make a listing.
TEASER_WEIGHT = 2.0


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


def _headline_link(el: Any) -> bool:
    return any(len(a.text_content().split()) >= 3 for a in el.iter("a"))


def teaser_text(root: Any) -> tuple[int, int]:
    """(characters, items) of the largest run of repeated teasers: sibling elements with the
    same tag and class, at least :data:`MIN_TEASERS`, three quarters holding a headline link."""
    best, items = 0, 0
    for el in root.iter("*"):
        if len(el) < MIN_TEASERS:
            continue
        groups: dict[tuple, list] = defaultdict(list)
        for child in el:
            if isinstance(child.tag, str):
                groups[(child.tag, (child.get("class") or "").strip())].append(child)
        for group in groups.values():
            if len(group) < MIN_TEASERS or sum(map(_headline_link, group)) < 0.75 * len(group):
                continue
            chars = sum(len(" ".join(c.text_content().split())) for c in group)
            if chars > best:
                best, items = chars, len(group)
    return best, items


def signals(root: Any) -> dict[str, Any]:
    """Plain values for ``page_stats`` (see the module docstring); ``root`` is not changed."""
    types, og = page_types(root)
    chars, items = teaser_text(root)
    return {
        "typed_article": og == "article" or bool(types & _ARTICLE_TYPES),
        "typed_listing": og.startswith("product") or bool(types & _LISTING_TYPES),
        "teaser_chars": chars,
        "teaser_items": items,
    }


def reason(stats: dict[str, Any], body_chars: int) -> str | None:
    """Why the page is a listing, not an article (None when nothing says so)."""
    if stats.get("typed_article"):
        return None
    if stats.get("typed_listing"):
        return "not an article: the page's structured data calls it a listing or collection"
    if stats.get("teaser_items", 0) >= MIN_TEASERS and stats.get("teaser_chars", 0) >= TEASER_WEIGHT * body_chars:
        return (f"not an article: a listing ({stats['teaser_items']} repeated teasers holding more text "
                f"than the main text)")
    return None
