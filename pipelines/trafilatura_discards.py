"""trafilatura's section discards and content-frame XPaths, evaluated without XPath.

Inside ``extract_content``, ``prune_unwanted_sections`` deletes boilerplate sections from the
content frame with five XPaths (``OVERALL_DISCARD_XPATH``, ``DISCARD_IMAGE_ELEMENTS``,
``TEASER_DISCARD_XPATH``, ``PRECISION_DISCARD_XPATH``), the frame itself is the first match of
one of the ``BODY_XPATH`` expressions, and the full pass prunes the whole page with
``OVERALL_DISCARD_XPATH`` again before readability.  Each is an XPath whose ``re:test`` calls
back into Python once per element and attribute; together they were about a third of the
candidate's time.  The tests below select the same elements, in the same order, from lxml's
tag iterator and Python's ``re`` (which EXSLT's ``re:test`` uses too), with XPath's string
rules: a missing attribute reads as "", ``translate`` is a character swap, and a union such as
``@id|@class`` reads as its first attribute in source order.  A frame search stops at its
first match.

The XPath source is pinned (:data:`PINNED`, a hash of the expressions): :func:`pinned` is
False when trafilatura's differ, and :mod:`pipelines.trafilatura_extract` then runs
trafilatura's own functions.  ``tests/test_speed_equivalents_discards.py`` compares the
selections with the XPaths on invented pages.
"""

from __future__ import annotations

import functools
import hashlib
import re
from typing import Any, Callable, Iterator

from lxml import etree

#: sha1 of the XPath expressions this module evaluates (see :func:`_paths`), joined by newlines.
PINNED = "055a6343f204847f5bae11c59d19213650dc5444"

_SECTIONS = ("div", "item", "list", "p", "section", "span")
_SECTION_TAGS = frozenset(_SECTIONS)
_FRAMES = ("article", "div", "main", "section")

_BOTH = "^shar|social|viral|newsletter|syndication|tags|sidebar|banner|bread-?crumb|button|author"
_DISCARD_ID_RE = re.compile(_BOTH + "|^(?:jp-|dpsp-content)|bmdh|footer|Footer|share|Share|nav|Nav|menu"
                            "|related|message-container|premium|^ad-")
_DISCARD_CLASS_RE = re.compile(
    _BOTH + "|^(?:nav|post-nav|ZendeskForm)|subnav|avigation|navbar|navbox|menu|bar| ad |-ad-|(?:^| )ad-"
    "|dfp[Aa]d|outbrain|taboola|criteo|paid-?content|widget|footer|Footer|byline|Byline|share-|sociable"
    "|embedded|embed|tag-list|consent|modal-content|permission|elated|next-|-stories|most-popular"
    "|more-on|meta|rating|attachment|timestamp|user-info|user-profile|-icon|article-infos"
    "|message-container|slide|viewport|overlay|options|expand|obfuscated|blurred|mol-factbox|yin"
    "|zlylin|nfoline")
_HIDDEN_ID_RE = re.compile("reader-comments|akismet")
_HIDDEN_CLASS_RE = re.compile("^hide-|comments-title|nocomments|-reply-|message|akismet|suggest-links"
                              "|-hide-|hide-print| hidden| hide|noprint|notloaded")
_BOTTOM_RE = re.compile(r"(^|\s)bottom|bottom(\s|$)")
_LINK_RE = re.compile(r"(^|\s)link(\s|$)")

_ARTICLE_ID_RE = re.compile("(?:entry|article|art)-content|article__content|article(?:-|__)?body"
                            "|articleBody|body-text")
_ARTICLE_CLASS_RE = re.compile(
    "post[-_]text|post-body|post-?entry|post[-_]?content|postContent|post_inner_wrapper|article-?text"
    "|articleText|(?:entry|page|text|article|art)-content|article__content|article(?:-|__)?body"
    "|articleBody|ArticleContent|body-text|article__container")
_STORY_ID_RE = re.compile("^primary|story-body")
_FULLTEXT_RE = re.compile("fulltext", re.IGNORECASE)
_STORY_CLASS_RE = re.compile("^article |post-bodycopy|story-?content|(?:theme|blog|section|single)-content"
                             "|single-post|main-column|wpb_text_column|story-body|field-body")
_STORY_CLASSES = {"postarea", "art-postcontent", "text", "cell", "story"}
_MAIN_ID_RE = re.compile("content-main|content-body|contentBody")
_MAIN_CLASS_RE = re.compile("content[-_]main|content(?:-|__)body")


def _paths() -> list[str]:
    from trafilatura import xpaths

    groups = (xpaths.OVERALL_DISCARD_XPATH, xpaths.DISCARD_IMAGE_ELEMENTS, xpaths.TEASER_DISCARD_XPATH,
              xpaths.PRECISION_DISCARD_XPATH, xpaths.BODY_XPATH)
    return [expression.path for group in groups for expression in group]


@functools.cache
def pinned() -> bool:
    """Are trafilatura's expressions the ones this module evaluates?"""
    return hashlib.sha1("\n".join(_paths()).encode("utf-8")).hexdigest() == PINNED


def _first(el: Any, names: tuple[str, str]) -> str:
    """XPath's string of ``@a|@b``: the value of whichever comes first in the tag ("" if neither)."""
    first, second = el.get(names[0]), el.get(names[1])
    if first is None or second is None:
        return first if second is None else second
    for key in el.keys():
        if key in names:
            return first if key == names[0] else second
    return ""  # unreachable: both attributes are there


def _attr(el: Any, name: str) -> str:
    return el.get(name) or ""


@functools.lru_cache(maxsize=16384)
def _hits(ident: str, cls: str) -> tuple[bool, bool, bool]:
    """For an id and class ("" when missing; value pairs repeat across elements): do they pass
    ``OVERALL_DISCARD_XPATH[0]``'s id/class expressions, ``[1]``'s, and does either hold a
    word of the tests that read the attribute written first?"""
    return (_DISCARD_ID_RE.search(ident) is not None or _DISCARD_CLASS_RE.search(cls) is not None,
            _HIDDEN_ID_RE.search(ident) is not None or _HIDDEN_CLASS_RE.search(cls) is not None,
            "cookie" in ident or "cookie" in cls or ident.startswith("reply-") or cls.startswith("reply-")
            or "hidden" in ident)


def _discard_section(el: Any, ident: str, cls: str, ordered: bool) -> bool:
    """``OVERALL_DISCARD_XPATH[0]``'s tests beyond the id and class expressions."""
    return (el.get("data-lp-replacement-content") is not None
            or "nav" in _attr(el, "role").replace("N", "n")
            or "MostPopularStories" in _attr(el, "data-component")
            or (ordered and "cookie" in (_first(el, ("id", "class")) or "")))


def _hidden(el: Any, ordered: bool) -> bool:
    """``OVERALL_DISCARD_XPATH[1]``'s tests beyond the id and class expressions (which hold
    ``@class='comments-title'``)."""
    if el.get("aria-hidden") == "true":
        return True
    style = el.get("style")
    if style is not None and ("display:none" in style or "display: none" in style):
        return True
    if ordered or (style is not None and "hidden" in style):
        return ((_first(el, ("id", "class")) or "").startswith("reply-")
                or "hidden" in (_first(el, ("id", "style")) or ""))
    return False


def _overall_walk(tree: Any) -> tuple[list[Any], list[Any]]:
    """Both ``OVERALL_DISCARD_XPATH`` selections of ``tree`` (each in document order), in one
    walk: only elements with attributes can match either."""
    sections, hidden = [], []
    for el in tree.iterdescendants(etree.Element):
        if not el.attrib:
            continue
        ident, cls = el.get("id") or "", el.get("class") or ""
        section_hit, hidden_hit, ordered = _hits(ident, cls)
        if el.tag in _SECTION_TAGS and (section_hit or _discard_section(el, ident, cls, ordered)):
            sections.append(el)
        if hidden_hit or _hidden(el, ordered):
            hidden.append(el)
    return sections, hidden


def _caption(el: Any) -> bool:
    """``DISCARD_IMAGE_ELEMENTS``' test."""
    return "caption" in _attr(el, "id") or "caption" in _attr(el, "class")


def _teaser(el: Any) -> bool:
    """``TEASER_DISCARD_XPATH``'s test."""
    return "teaser" in _attr(el, "id").replace("T", "t") or "teaser" in _attr(el, "class").replace("T", "t")


def _precision(el: Any) -> bool:
    """``PRECISION_DISCARD_XPATH[1]``'s test."""
    first = _first(el, ("id", "class")) or ""
    return (_BOTTOM_RE.search(first) is not None or _LINK_RE.search(first) is not None
            or "border" in _attr(el, "style"))


def _selected(tree: Any, tags: tuple[str, ...] | None, test: Callable[[Any], bool]) -> list[Any]:
    """``.//*[self::tag or ...][test]``: the matching descendants in document order."""
    found = tree.iterdescendants(*tags) if tags else tree.iterdescendants(etree.Element)
    return [el for el in found if test(el)]


def overall_discards(tree: Any) -> list[Any]:
    """``OVERALL_DISCARD_XPATH``'s selections, the first expression's then the second's."""
    sections, hidden = _overall_walk(tree)
    return sections + hidden


def _delete_all(elements: list[Any]) -> None:
    from trafilatura.xml import delete_element

    for el in elements:
        delete_element(el)


def prune_discards(tree: Any) -> Any:
    """``prune_unwanted_nodes(tree, OVERALL_DISCARD_XPATH)`` (no backup): the first
    expression's matches go, then the second's (selected before the first went: an element
    inside a deleted one goes from a detached subtree, which leaves the page as it was)."""
    sections, hidden = _overall_walk(tree)
    _delete_all(sections)
    _delete_all(hidden)
    return tree


def prune_discards_with_backup(tree: Any) -> Any:
    """``prune_unwanted_nodes(tree, OVERALL_DISCARD_XPATH, with_backup=True)``: the outermost
    matches go unless that would remove more than six sevenths of the text."""
    matches = dict.fromkeys(overall_discards(tree))
    outer = [el for el in matches if not any(a in matches for a in el.iterancestors())]
    old_len = len(tree.text_content())
    if old_len - sum(len(el.text_content()) for el in outer) > old_len / 7:
        _delete_all(outer)
    return tree


def prune_captions(tree: Any) -> Any:
    """``prune_unwanted_nodes(tree, DISCARD_IMAGE_ELEMENTS)``."""
    _delete_all(_selected(tree, _SECTIONS, _caption))
    return tree


def prune_teasers(tree: Any) -> Any:
    """``prune_unwanted_nodes(tree, TEASER_DISCARD_XPATH)``."""
    _delete_all(_selected(tree, _SECTIONS, _teaser))
    return tree


def prune_precision(tree: Any) -> Any:
    """``prune_unwanted_nodes(tree, PRECISION_DISCARD_XPATH)``: headers, then bottom, link and
    border sections."""
    _delete_all(list(tree.iterdescendants("header")))
    _delete_all(_selected(tree, _SECTIONS, _precision))
    return tree


def _article_frame(el: Any) -> bool:
    return (el.get("class") in ("post", "entry") or el.get("itemprop") == "articleBody"
            or el.get("id") == "articleContent" or _ARTICLE_ID_RE.search(_attr(el, "id")) is not None
            or _ARTICLE_CLASS_RE.search(_attr(el, "class")) is not None)


def _story_frame(el: Any) -> bool:
    cls = _attr(el, "class")
    return (el.get("role") == "article" or el.get("id") in ("article", "story") or cls in _STORY_CLASSES
            or _STORY_ID_RE.search(_attr(el, "id")) is not None or _FULLTEXT_RE.search(cls) is not None
            or _STORY_CLASS_RE.search(cls) is not None)


def _main_frame(el: Any) -> bool:
    ident, cls = _attr(el, "id"), _attr(el, "class")
    return (ident == "content" or el.get("class") == "content" or _MAIN_ID_RE.search(ident) is not None
            or _MAIN_CLASS_RE.search(cls) is not None
            or "main-content" in ident.replace("C", "c").replace("M", "m")
            or "main-content" in cls.replace("C", "c").replace("M", "m")
            or "page-content" in cls.replace("C", "c").replace("P", "p"))


def _named_main(el: Any) -> bool:
    return el.tag == "main" or (el.tag != "main" and any(
        _attr(el, name).startswith("main") for name in ("class", "id", "role")))


_FRAME_TESTS: tuple[tuple[tuple[str, ...], Callable[[Any], bool]], ...] = (
    (_FRAMES, _article_frame),
    (("article",), lambda el: True),
    (_FRAMES, _story_frame),
    (_FRAMES, _main_frame),
    (("article", "div", "section", "main"), _named_main),
)


def frames(tree: Any) -> Iterator[Any | None]:
    """For each ``BODY_XPATH`` expression in turn, the element ``_extract`` takes from it (the
    first in document order), or None; searched only when asked for."""
    for tags, test in _FRAME_TESTS:
        yield next((el for el in tree.iterdescendants(*tags) if test(el)), None)
