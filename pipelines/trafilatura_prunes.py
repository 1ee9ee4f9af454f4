"""trafilatura's three whole-page prunes, evaluated without XPath.

Before cleaning, ``bare_extraction`` prunes the page copy with ``RAW_TREE_PRUNE_XPATH``
(infinite-scroll containers of follow-up articles, share-button boxes) and, comments off,
``REMOVE_COMMENTS_AND_LISTS_XPATH``; after the tag conversion ``REMOVE_COMMENTS_XPATH``.  Each
is an XPath over every element of the page (``.//*[self::div or ...][re:test(@id, ...)]``),
and libxml2 spends most of the time building the node sets: about a tenth of the whole
trafilatura call.  :func:`prune_raw` and :func:`prune_comments` select the same elements, in
the same order, from lxml's tag iterator and Python's ``re`` (which EXSLT's ``re:test``
calls too; a missing attribute is tested as ""), and delete them as ``prune_unwanted_nodes``
does, expression by expression.

The XPath source is pinned (:data:`PINNED`, a hash of the four expressions):
:func:`pinned` is False when trafilatura's differ, and the caller then uses trafilatura's own
``prune_unwanted_nodes``.  ``tests/test_speed_equivalents_body.py`` compares the selections
with the XPaths on invented pages.
"""

from __future__ import annotations

import functools
import hashlib
import re
from typing import Any

#: sha1 of the four XPath expressions this module evaluates, joined by newlines.
PINNED = "598877f0fd48180f12a1e9549c32db2aff33453c"

_SCROLL_RE = re.compile(r"mvp-post-add-(?:box|wrap)|infinite-?scroll")
_MVP_RE = re.compile(r"mvp-post-add-(?:box|wrap)")
_COMMENTS_ID_RE = re.compile(r"^(?:[Cc]omment(?!ary)|comol|disqus_thread|dsq-comments)")
_COMMENT_LIST_ID_RE = re.compile(r"^(?:[Cc]omment(?!ary)|comol)")
_COMMENTS_CLASS_RE = re.compile(r"^[Cc]omment(?!ary)|(?:article|post)-comments")


@functools.cache
def pinned() -> bool:
    """Are trafilatura's prune expressions the ones this module evaluates?"""
    from trafilatura.xpaths import RAW_TREE_PRUNE_XPATH, REMOVE_COMMENTS_AND_LISTS_XPATH, REMOVE_COMMENTS_XPATH

    paths = "\n".join(x.path for x in (*RAW_TREE_PRUNE_XPATH, *REMOVE_COMMENTS_AND_LISTS_XPATH, *REMOVE_COMMENTS_XPATH))
    return hashlib.sha1(paths.encode("utf-8")).hexdigest() == PINNED


@functools.lru_cache(maxsize=16384)
def _search(regex: re.Pattern[str], value: str) -> bool:
    """``regex`` found in an attribute value (values repeat across a page's elements)."""
    return regex.search(value) is not None


def _found(regex: re.Pattern[str], el: Any, attr: str) -> bool:
    return _search(regex, el.get(attr) or "")


def _scroll_box(el: Any) -> bool:
    """``RAW_TREE_PRUNE_XPATH[0]``: an infinite-scroll container without the page's <h1>."""
    return ((_found(_SCROLL_RE, el, "id") or _found(_SCROLL_RE, el, "class"))
            and (next(el.iterdescendants("h1"), None) is None or _found(_MVP_RE, el, "id")
                 or _found(_MVP_RE, el, "class")))


def _share_box(el: Any) -> bool:
    """``RAW_TREE_PRUNE_XPATH[1]``."""
    return "elementor-share-buttons" in (el.get("class") or "")


def _comments(el: Any) -> bool:
    """``REMOVE_COMMENTS_XPATH``'s test (its element names aside)."""
    return _found(_COMMENTS_ID_RE, el, "id") or _found(_COMMENTS_CLASS_RE, el, "class")


def _comments_or_list(el: Any) -> bool:
    """``REMOVE_COMMENTS_AND_LISTS_XPATH``'s test: ol/ul only by the narrower id."""
    return _comments(el) and (el.tag not in ("ol", "ul") or _found(_COMMENT_LIST_ID_RE, el, "id")
                              or _found(_COMMENTS_CLASS_RE, el, "class"))


def _delete(tree: Any, tags: tuple[str, ...], test: Any) -> None:
    """Delete (tail kept) the descendants of ``tree`` named ``tags`` that pass ``test``, all
    selected before the first goes, like ``prune_unwanted_nodes`` (every test needs an
    attribute: elements without any are skipped)."""
    from trafilatura.xml import delete_element

    for el in [el for el in tree.iter(*tags) if el.attrib and el is not tree and test(el)]:
        delete_element(el)


_BOXES = frozenset(("div", "section", "aside"))
_COMMENT_BOXES = frozenset(("div", "list", "section", "details", "ol", "ul"))


def prune_raw(tree: Any) -> Any:
    """``prune_unwanted_nodes(tree, RAW_TREE_PRUNE_XPATH)`` then
    ``prune_unwanted_nodes(tree, REMOVE_COMMENTS_AND_LISTS_XPATH)``, the three expressions'
    elements selected in one walk: only the first reads more than attributes (an ``<h1>``
    inside), and it is selected before anything goes, as its XPath is; an element a later
    expression selects inside one deleted before goes from the removed subtree, which leaves
    the page as the XPaths do."""
    from trafilatura.xml import delete_element

    scroll, share, comments = [], [], []
    for el in tree.iterdescendants(*_COMMENT_BOXES, "aside"):
        if not el.attrib:
            continue
        if el.tag in _BOXES:
            if _scroll_box(el):
                scroll.append(el)
            if _share_box(el):
                share.append(el)
        if el.tag in _COMMENT_BOXES and _comments_or_list(el):
            comments.append(el)
    for el in scroll + share + comments:
        delete_element(el)
    return tree


def prune_comments(tree: Any) -> Any:
    """``prune_unwanted_nodes(tree, REMOVE_COMMENTS_XPATH)``."""
    _delete(tree, ("div", "list", "section", "details"), _comments)
    return tree
