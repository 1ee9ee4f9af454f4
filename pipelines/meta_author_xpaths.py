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
from typing import Any

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
