"""Headline items found from their headings, whatever their containers are called.

:func:`pipelines.listing_evidence.headline_item_keys` finds a run of teasers as sibling
elements of one tag and class; many themes give each card of a grid its own layout class
(``col-md-8``, ``col-md-4``, ``col-sm-6`` ...), so the run is never one group.  Here an item
is found from its headline instead: a heading (``<h1>``-``<h6>``) that is or holds a link of
two or more words to another page of the same site, outside the site's chrome; the item is
the largest element around that heading that holds no other such heading (the card: its
image, headline, summary and date).  The keys feed the same ``headline_items`` signal (half
of the main text inside :data:`MIN_ITEMS` or more of them).

A story whose own title links to its permalink is one item, not four; a list article whose
section headings link to shops links to other sites, so its sections are not items.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from pipelines.listing_structure import in_chrome

_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
#: Fewer linked headings than this on the page: no run of items to look for.
MIN_HEADINGS = 4
#: Items the main text must touch (half of its characters inside them) to be a run of teasers.
MIN_ITEMS = 6


def page_host(root: Any) -> str:
    """The page's own host, from ``<link rel=canonical>`` or ``og:url`` ('' when neither)."""
    for el in root.iter("link", "meta"):
        if el.tag == "link" and (el.get("rel") or "").lower() == "canonical":
            value = el.get("href") or ""
        elif el.tag == "meta" and (el.get("property") or "").lower() == "og:url":
            value = el.get("content") or ""
        else:
            continue
        host = urlsplit(value.strip()).netloc.lower()
        if host:
            return host.removeprefix("www.")
    return ""


def _same_site(href: str, host: str) -> bool:
    parts = urlsplit(href.strip())
    if parts.scheme and parts.scheme not in ("http", "https"):
        return False
    if not parts.netloc:
        return bool(parts.path or parts.query)  # a relative link; not "#top"
    return not host or parts.netloc.lower().removeprefix("www.") == host


def _headline_link(heading: Any, host: str) -> bool:
    links = list(heading.iter("a"))
    parent = heading.getparent()
    if not links and parent is not None and parent.tag == "a":
        links = [parent]
    return any(a.get("href") and len(a.text_content().split()) >= 2 and _same_site(a.get("href"), host)
               for a in links)


def heading_items(root: Any) -> list[Any]:
    """Items around the page's linked headings (see the module docstring), in page order."""
    host = page_host(root)
    heads = [h for h in root.iter(*_HEADINGS) if _headline_link(h, host) and not in_chrome(h)]
    if len(heads) < MIN_HEADINGS:
        return []
    count: dict[Any, int] = {}
    for head in heads:
        for el in head.iterancestors():
            count[el] = count.get(el, 0) + 1
    items, seen = [], set()
    for head in heads:
        item = head
        parent = head.getparent()
        while parent is not None and count.get(parent, 0) == 1:
            item, parent = parent, parent.getparent()
        if item not in seen:
            seen.add(item)
            items.append(item)
    return items


def heading_item_keys(root: Any, text_key: Any) -> list[str]:
    """The :func:`~pipelines.listing.text_key` of every item of :func:`heading_items`."""
    return [text_key(" ".join(" ".join(item.itertext()).split())) for item in heading_items(root)]
