"""Whether any of trafilatura's author XPaths (``trafilatura.xpaths.AUTHOR_XPATHS``) matches a
tree, answered in one walk of the tree instead of three XPath evaluations.

The XPaths call back into Python for every ``re:test`` of every element's class and id (lxml's
``re:test(@a, p)`` is ``re.compile(p).search(value of @a, or "")``): ~7 ms a page on which
:func:`pipelines.meta_structured._trafilatura_author` must ask.  :func:`any_match` tests the same
conditions on each element, read off the XPath texts pinned by :data:`PINNED`; on any other
trafilatura version (other texts) the XPaths themselves are evaluated.  The ``rel='me'`` child
test is not read: the caller asks only when the page has no ``<rel>`` element.
"""

from __future__ import annotations

import hashlib
import re
from copy import deepcopy
from typing import Any

from lxml import etree

_TAGS_1 = frozenset({"a", "address", "div", "link", "p", "span", "strong"})
_TAGS_2 = frozenset({"a", "div", "h3", "h4", "p", "span"})
_CLASS_1 = re.compile("author-?name|AuthorName|authorName")
_ID_2 = re.compile("author|zuozhe|bianji|xiaobian")
_CLASS_2 = re.compile("author|channel-name|zuozhe|bianji|xiaobian|submitted-by|posted-by|journalist-name")
_ID_3 = re.compile("[Aa]uthor")
_CLASS_3 = re.compile("[Aa]uthor|screenname|writer|[Bb]yline")


def _matches(el: Any) -> bool:
    """``el`` is selected by one of the three XPaths (``rel='me'`` left out, see above)."""
    get = el.get
    cls, ident, prop = get("class") or "", get("id") or "", get("itemprop") or ""
    # third XPath: any element
    if "Byline" in (get("data-component") or "") or "author" in prop or _ID_3.search(ident) or _CLASS_3.search(cls):
        return True
    tag = el.tag
    if tag in _TAGS_1 and (get("rel") == "author" or ident == "author" or cls == "author" or prop == "author name"
                           or get("data-testid") in ("AuthorCard", "AuthorURL") or _CLASS_1.search(cls)):
        return True
    return tag in _TAGS_2 and (cls in ("byline", "username", "byl", "BBL") or "author" in prop
                               or bool(_ID_2.search(ident)) or bool(_CLASS_2.search(cls)))


def _texts_hash(xpaths: list[Any]) -> str:
    return hashlib.sha256("\0".join(x.path for x in xpaths).encode()).hexdigest()


#: sha256 of the three XPath texts (joined with NUL) the conditions above were read from.
PINNED = "e2b00f1a6ccd057a655a872f5ced8cad3590d8ff42890ab3fe382bc5e6cf52d8"
_PINNED_OK: list[bool] = []  # computed once: whether the installed XPaths are the pinned ones


def any_match(root: Any) -> bool:
    """``any(xpath(root) for xpath in AUTHOR_XPATHS)`` for a tree without ``<rel>`` elements."""
    from trafilatura.xpaths import AUTHOR_XPATHS

    if not _PINNED_OK:
        _PINNED_OK.append(_texts_hash(AUTHOR_XPATHS) == PINNED)
    if not _PINNED_OK[0]:
        return any(expression(root) for expression in AUTHOR_XPATHS)
    for el in root.getroottree().iter():
        if el.tag == "author":  # the first XPath's "|//author"
            return True
        if el.attrib and _matches(el):
            return True
    return False


def matching(root: Any) -> list[Any] | None:
    """The elements the three XPaths select together (``rel='me'`` left out, as in :func:`any_match`),
    in document order, from the same walk; None on other XPath texts.  :func:`extract_author` takes
    them as its candidates: libxml2 evaluates :data:`_SUPERSET` slower than this walk."""
    from trafilatura.xpaths import AUTHOR_XPATHS

    if not _PINNED_OK:
        _PINNED_OK.append(_texts_hash(AUTHOR_XPATHS) == PINNED)
    if not _PINNED_OK[0]:
        return None
    return [el for el in root.getroottree().iter() if el.tag == "author" or (el.attrib and _matches(el))]


# --------------------------------------------------------------- extract_author without its copy
# trafilatura's ``extract_author(tree)`` copies the whole tree, deletes the elements its
# AUTHOR_DISCARD_XPATHS select (keeping their tails), then runs AUTHOR_XPATHS on the copy: the
# copy and the discard XPaths' regex callbacks cost ~1 ms a page.  Every one of those XPaths tests
# only an element's tag and attributes, so :func:`extract_author` finds the candidates in the
# original tree with one C-evaluated XPath (a superset of the three author XPaths), keeps those
# no discarded element holds, and copies only a candidate that holds a discarded element.

#: Every element the author XPaths can select (their literals, tested with ``contains`` on the
#: attribute nodes: each value is read once, not once a test) and more, in document order.
_CLASS_WORDS = ("uthor", "yline", "channel-name", "zuozhe", "bianji", "xiaobian", "submitted-by", "posted-by",
                "journalist-name", "screenname", "writer")
_SUPERSET = etree.XPath(
    "//@class[" + " or ".join(f"contains(.,'{w}')" for w in _CLASS_WORDS) + " or .='username' or .='byl' or .='BBL']/.."
    " | //@id[contains(.,'uthor') or contains(.,'zuozhe') or contains(.,'bianji') or contains(.,'xiaobian')]/.."
    " | //@itemprop[contains(.,'author')]/.. | //@data-component[contains(.,'Byline')]/.. | //@rel[.='author']/.."
    " | //@data-testid[.='AuthorCard' or .='AuthorURL']/.. | //author")
_DISCARD_TAGS = frozenset({"a", "div", "section", "span"})
_DISCARD_ID = re.compile("^comments|comment-?list|ProductReviews")
_DISCARD_CLASS = re.compile("^[Cc]omments|commentlist|comments-list|sidebar|is-hidden|quote|embedly-instagram|"
                            "article-(?:share|support)|print|category|meta-date|meta-reviewer")
#: sha256 of the two AUTHOR_DISCARD_XPATHS texts the conditions above were read from.
PINNED_DISCARD = "7f9bde15ef55f2d1d58ad8a71b932c75374b85c1bf1d6fba4a50629717b80f98"
_DISCARD_OK: list[bool] = []


def _expression_1(el: Any) -> bool:
    get = el.get
    return el.tag == "author" or (el.tag in _TAGS_1 and (
        get("rel") == "author" or get("id") == "author" or get("class") == "author" or get("itemprop") == "author name"
        or get("data-testid") in ("AuthorCard", "AuthorURL") or bool(_CLASS_1.search(get("class") or ""))))


def _expression_2(el: Any) -> bool:
    get = el.get
    cls = get("class") or ""
    return el.tag in _TAGS_2 and (cls in ("byline", "username", "byl", "BBL") or "author" in (get("itemprop") or "")
                                  or bool(_ID_2.search(get("id") or "")) or bool(_CLASS_2.search(cls)))


def _expression_3(el: Any) -> bool:
    get = el.get
    return ("Byline" in (get("data-component") or "") or "author" in (get("itemprop") or "")
            or bool(_ID_3.search(get("id") or "")) or bool(_CLASS_3.search(get("class") or "")))


def _discard_1(el: Any) -> bool:
    """The first discard XPath (``.//*``: never the copied root itself)."""
    if el.tag not in _DISCARD_TAGS:
        return False
    get = el.get
    ident, cls = get("id") or "", get("class") or ""
    return (ident == "comments" or cls in ("comments", "title", "date") or bool(_DISCARD_ID.search(ident))
            or bool(_DISCARD_CLASS.search(cls)) or "Figure" in (get("data-component") or ""))


def _gone(el: Any, root: Any) -> bool:
    """``el`` is deleted from trafilatura's copy of ``root``: it or an ancestor below ``root`` is discarded."""
    while el is not None and el is not root:
        if el.tag in ("time", "figure") or _discard_1(el):
            return True
        el = el.getparent()
    return False


def _pruned_text(el: Any) -> str:
    """``" ".join(el.itertext())`` as in trafilatura's pruned copy (tails of deleted elements kept)."""
    from trafilatura.xml import delete_element

    inner = [d for d in el.iterdescendants() if isinstance(d.tag, str)]
    if not any(d.tag in ("time", "figure") or _discard_1(d) for d in inner):
        return " ".join(el.itertext())
    copy = deepcopy(el)
    for d in [d for d in copy.iterdescendants() if isinstance(d.tag, str) and _discard_1(d)]:
        delete_element(d)
    for d in [d for d in copy.iterdescendants("time", "figure")]:
        delete_element(d)
    return " ".join(copy.itertext())


def _discard_pinned() -> bool:
    if not _DISCARD_OK:
        from trafilatura.xpaths import AUTHOR_DISCARD_XPATHS, AUTHOR_XPATHS

        _DISCARD_OK.append(_texts_hash(AUTHOR_DISCARD_XPATHS) == PINNED_DISCARD and _texts_hash(AUTHOR_XPATHS) == PINNED)
    return _DISCARD_OK[0]


def extract_author(root: Any, found: list[Any] | None = None) -> str | None:
    """``trafilatura.metadata.extract_author(root)`` (for a document's root element without
    ``<rel>`` elements; anything else, or other XPath texts, takes trafilatura's own path).
    ``found``: the candidates in document order, :func:`matching`'s (else :data:`_SUPERSET`'s)."""
    from trafilatura import metadata

    if not _discard_pinned() or root.getparent() is not None or root.find(".//rel") is not None:
        return metadata.extract_author(root)
    found = _SUPERSET(root) if found is None else found
    for expression in (_expression_1, _expression_2, _expression_3):
        for el in found:
            if expression(el) and not _gone(el, root):
                content = metadata.trim(_pruned_text(el))
                if content and 2 < len(content) < 120:
                    return metadata.normalize_authors(None, content)
    return None
