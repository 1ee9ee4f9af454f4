"""The generic candidate: trafilatura's structured output as blocks.

trafilatura (adbar/trafilatura) finds the main text of pages nobody described in a
profile better than a hand-written scorer: on real pages it keeps more of the story and
less of the page around it.  It runs on the lxml tree :mod:`pipelines.parse` already
built (trafilatura copies the tree, so the caller's tree is untouched) and returns its
XML body: ``<p>``, ``<head rend="h2">``, ``<list><item>``, ``<table><row><cell>``,
``<quote>``, ``<code>``, with ``<lb/>`` line breaks and ``<ref>`` links inside.

:func:`blocks` turns that body into the same block dicts as the project's own walker
(``{"kind", "text", "_links", "_tag"}``), so normalization, boilerplate removal,
metadata and validation run on it unchanged.
"""

from __future__ import annotations

import logging
import re
from typing import Any, Callable

from lxml import etree

from pipelines.html_common import INVISIBLE_TAGS


_CONTAINERS = {"div", "body", "doc", "main", "section", "article"}
_NESTED = {"list", "table", "quote", "p", "head", "code"}
_TAG_OF = {"p": "p", "item": "li", "quote": "blockquote", "code": "pre", "head": "h2", "cell": "td"}

# trafilatura logs every page it gives up on; that is a normal outcome here.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)


def _clean_ws(text: str) -> str:
    return " ".join(text.split())


#: trafilatura's fast pass (no readability/jusText comparison) is trusted when its text is at
#: least this many characters and this share of the page's visible text; otherwise the full
#: pass runs.  On WCXB's pages the two passes differed only where the fast text was short
#: (under 2,000 characters, or under 0.16 of the visible text): the comparison rescues pages
#: the main extractor misreads, and costs ~40% of the call on every other page.
FAST_MIN_CHARS = 2000
FAST_MIN_SHARE = 0.35



#: An element's text nodes, in document order (the strings ``itertext()`` yields), as plain strings.
_TEXT_NODES = etree.XPath(".//text()", smart_strings=False)


def body_of(root: Any) -> Any:
    """The page's ``<body>`` (the root itself when it is one; None when the page has none)."""
    if root.tag == "body":
        return root
    body = root.find("body")
    if body is None:
        found = root.xpath("//body")
        body = found[0] if found else None
    return body


def visible_chars(root: Any) -> int:
    """Characters of the page's visible text (white space at the ends of text nodes left out):
    every text node under ``<body>`` less those inside script, style, noscript or template.
    (The text nodes listed by a plain XPath in C, and a subtraction: an ancestor test per node
    cost twice as much, ``itertext`` ~1.4x as much.)"""
    body = body_of(root)
    if body is None:
        return 0
    total = sum(map(len, map(str.strip, _TEXT_NODES(body))))  # (map in C: no Python frame a node)
    for bad in body.iter(*INVISIBLE_TAGS):
        if next(bad.iterancestors(*INVISIBLE_TAGS), None) is None:  # outermost only: counted once
            total -= sum(map(len, map(str.strip, _TEXT_NODES(bad))))
    return total


_ERRORS = (ValueError, TypeError, AttributeError, IndexError)  # a tree trafilatura cannot read


def _bare(root: Any, *, fast: bool) -> Any | None:
    from trafilatura import bare_extraction

    try:
        document = bare_extraction(root, url=None, favor_precision=True, include_comments=False,
                                   include_tables=True, include_links=True, output_format="xml",
                                   with_metadata=False, fast=fast)
    except _ERRORS:
        return None
    return None if document is None else document.body


def _body_chars(body: Any | None) -> int:
    return 0 if body is None else len("".join(body.itertext()).strip())


def _fast_enough(root: Any, body: Any | None) -> bool:
    chars = _body_chars(body)
    return chars >= FAST_MIN_CHARS and chars >= FAST_MIN_SHARE * visible_chars(root)


def extract_body(root: Any, url: str | None = None) -> Any | None:
    """trafilatura's XML body for ``root`` (precision mode, tables kept, links marked), or None.

    The fast pass first; the full pass (readability/jusText comparison, worth 0.005 word F1 on
    real pages) only when the fast text is short (:data:`FAST_MIN_CHARS`,
    :data:`FAST_MIN_SHARE`): same output, a third less time on most pages.  On the trafilatura
    versions :mod:`pipelines.trafilatura_passes` follows, both passes share one cleaned tree and
    one main extraction (same output, the full pass costs only its comparison).  ``url`` is
    not passed on: it only makes link targets absolute, and the blocks read link text only."""
    from pipelines import trafilatura_passes

    if trafilatura_passes.followed():
        try:
            return trafilatura_passes.extract_body(root, lambda body: _fast_enough(root, body))
        except _ERRORS:
            return None
    body = _bare(root, fast=True)
    return body if _fast_enough(root, body) else _bare(root, fast=False)


#: A link to an image file (a lightbox around a picture) leads to no other page: trafilatura
#: moves the text that follows such a link into its ``<ref>``, which would count a paragraph
#: opening with a linked picture as link text.
_IMAGE_TARGET = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|bmp|svg|tiff?)(?:[?#].*)?$", re.I)


class _Blocks:
    """Walks trafilatura's body; one block per paragraph, heading, list item or table row."""

    def __init__(self) -> None:
        self.out: list[dict[str, Any]] = []

    def add(self, text: str, links: int, kind: str, tag: str) -> None:
        text = _clean_ws(text)
        if text:
            self.out.append({"kind": kind, "text": text,
                             "_links": round(min(1.0, links / max(1, len(text))), 3), "_tag": tag})

    def inline(self, el: Any, kind: str, tag: str) -> None:
        """Text of a paragraph-like element; ``<lb/>`` starts a new block (as ``<br>`` does)
        and a list, table or quote nested in it is walked as blocks of its own."""
        self._buf: list[str] = []
        self._links = 0
        self._collect(el, kind, tag, in_link=False)
        self._flush(kind, tag)

    def _flush(self, kind: str, tag: str) -> None:
        self.add("".join(self._buf), self._links, kind, tag)
        self._buf, self._links = [], 0

    def _collect(self, el: Any, kind: str, tag: str, *, in_link: bool) -> None:
        in_link = in_link or (el.tag == "ref" and not _IMAGE_TARGET.search(el.get("target") or ""))
        self._text(el.text, in_link)
        for child in el:
            if child.tag == "lb":
                self._flush(kind, tag)
            elif child.tag in _NESTED:
                self._flush(kind, tag)
                self.walk(child)
            else:
                self._collect(child, kind, tag, in_link=in_link)
            self._text(child.tail, in_link)

    def _text(self, text: str | None, in_link: bool) -> None:
        if text:
            self._buf.append(text)
            if in_link:
                self._links += len(text.strip())

    def row(self, el: Any) -> None:
        """A row of figures is one block, cells joined with " | "; a layout table's row
        (a cell holding paragraphs, headings or lists) is walked cell by cell."""
        if any(sub.tag in _NESTED for cell in el for sub in cell.iterdescendants()):
            for cell in el:
                self.walk(cell) if len(cell) else self.inline(cell, "paragraph", "td")
            return
        cells, links = [], 0
        for cell in el:
            text = _clean_ws(" ".join(cell.itertext()))
            if text:
                cells.append(text)
                links += sum(len((r.text or "").strip()) for r in cell.iter("ref"))
        self.add(" | ".join(cells), links, "paragraph", "tr")

    def walk(self, el: Any) -> None:
        tag = el.tag
        if tag in ("list", "table", "quote", "cell") or tag in _CONTAINERS:
            if (el.text or "").strip():
                self.add(el.text, 0, "paragraph", _TAG_OF.get(tag, "p"))
            for child in el:
                if child.tag == "row":
                    self.row(child)
                elif child.tag in ("item", "cell"):
                    self.inline(child, "paragraph", _TAG_OF[child.tag])
                else:
                    self.walk(child)
                if (child.tail or "").strip():
                    self.add(child.tail, 0, "paragraph", "p")
        elif tag == "head":
            self.inline(el, "heading", f"h{(el.get('rend') or 'h2')[-1:]}" if el.get("rend") else "h2")
        elif tag in ("graphic", "lb"):
            return
        else:
            self.inline(el, "paragraph", _TAG_OF.get(tag, "p"))


def blocks(body: Any) -> list[dict[str, Any]]:
    """Block dicts of trafilatura's XML ``body`` (see the module docstring), in order."""
    if body is None:
        return []
    walker = _Blocks()
    walker.walk(body)
    return walker.out


#: With the merge's verdict (:func:`candidate`), a fast text at least this long and at least
#: :data:`AGREE_MIN_SHARE` of the page's visible text stands when the merge keeps it over the own
#: candidate; a shorter one always gets the full pass.  (Below the share, the fast pass and the
#: own candidate can both take the same small part of a long article that readability finds.)
AGREE_MIN_CHARS = 800
AGREE_MIN_SHARE = 0.1

Verdict = Callable[[list[dict[str, Any]]], bool]


def candidate(root: Any, url: str | None = None, wins: Verdict | None = None) -> list[dict[str, Any]]:
    """The generic candidate for ``root``: trafilatura's main text as blocks ([] if none).

    ``wins`` (the caller's merge: do these blocks win over the own candidate?  It may clean
    ``root``) widens the fast pass on the versions :mod:`pipelines.trafilatura_passes` follows,
    where the full pass reads only trafilatura's copies: besides a text :func:`_fast_enough`
    accepts, a fast text of at least :data:`AGREE_MIN_CHARS` characters and
    :data:`AGREE_MIN_SHARE` of the visible text stands when it wins (two extractors agreeing make
    the comparison moot; on 1,265 dev pages this skipped 165 of 419 full passes and changed 4
    pages).  Without ``wins``, :func:`extract_body`."""
    from pipelines import trafilatura_passes

    if wins is None or not trafilatura_passes.followed():
        return blocks(extract_body(root, url))
    fast: dict[str, Any] = {}

    def stands(body: Any | None) -> bool:
        chars = _body_chars(body)
        if chars < AGREE_MIN_CHARS:
            return False
        visible = visible_chars(root)  # before ``wins`` cleans root
        if chars >= FAST_MIN_CHARS and chars >= FAST_MIN_SHARE * visible:
            return True
        if chars < AGREE_MIN_SHARE * visible:
            return False
        fast["body"], fast["blocks"] = body, blocks(body)
        return wins(fast["blocks"])

    try:
        body = trafilatura_passes.extract_body(root, stands)
    except _ERRORS:
        return []
    return fast["blocks"] if fast and body is fast["body"] else blocks(body)
