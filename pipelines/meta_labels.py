"""Visible author labels: "Written by Jane Doe", "By: Jane Doe", or "Article by" with the name
in the next element (:func:`labelled_byline`), outside menus and footers (:func:`_in_navigation`).
Read by :func:`pipelines.meta_structured.fallbacks` when the page has no structured author."""

from __future__ import annotations

import re
from typing import Any

from pipelines.html_common import short_text


# A visible label followed by a name: "Written by Jane Doe", "By: Jane Doe", "Article by" + next element.
_LABEL_RE = re.compile(r"^(?:(?:written|posted|authored|article|story|words|reviewed)\s+by|by|authors?(?:\(s\))?|contributors?"
                       r"|(?:all|more|view all|see all)\s+(?:articles|posts|stories)\s+by)"
                       r"(?![\w])\s*[:：]?\s*(?P<name>.*)$", re.I)
_LABEL_TAGS = ("p", "span", "div", "li", "address", "a", "h2", "h3", "h4", "h5", "h6", "strong", "small", "em",
               "dd", "dt", "b")
_LINK_ACTION_RE = re.compile(r"(?:view|read|see|follow|subscribe|share|contact|email|more)\b", re.I)


def _in_navigation(el: Any) -> bool:
    """Inside a menu or footer ("Shop by Category", "By Use Case" are not bylines)."""
    for anc in el.iterancestors():
        if anc.tag in ("nav", "footer", "menu", "select"):
            return True
        if any(_NAV_CLASS_RE.fullmatch(token) for token in (anc.get("class") or "").split()):
            return True
    return False


# Whole class tokens only: "offset-nav" or "has-menu" on <main> say nothing about the element.
_NAV_CLASS_RE = re.compile(r"(?:nav|navbar|navigation|menu|dropdown|megamenu|footer|site-footer)"
                           r"|(?:nav|menu|dropdown|footer)[-_]\w+", re.I)


#: The first word of every text :data:`_LABEL_RE` matches (under the same flags), ended as it ends it.
_FIRST_WORD_RE = re.compile(r"(?:written|posted|authored|article|story|words|reviewed|by|authors?|contributors?"
                            r"|all|more|view|see)(?![\w])", re.I)


def _may_be_label(el: Any) -> bool:
    """Whether ``el``'s text can match :data:`_LABEL_RE`: the text is its ``itertext()`` pieces
    joined with spaces and collapsed, so its first word lies in the first piece that is not blank
    (a page-wide wrapper is not read in full to find it does not start like a label)."""
    head = (el.text or "").lstrip()
    if not head:
        head = next((p for p in map(str.lstrip, el.itertext()) if p), "")
    return _FIRST_WORD_RE.match(head) is not None


def labelled_byline(root: Any) -> str | None:
    """The first "Written by <name>" found in the visible page (the name may sit in the next
    element: ``<p>Written by</p><p>Jane Doe</p>``), outside menus and footers, else None."""
    waiting = False
    for el in root.iter(*_LABEL_TAGS):
        if not waiting and (len(el) > 3 or not _may_be_label(el)):
            continue  # no label can match it (too many children, or text not starting like one)
        pieces = short_text(el, 80)
        text = " ".join(" ".join(pieces).split()) if pieces is not None else None
        if text is None or len(text) > 80:
            waiting = False  # a long block ends a "Written by" waiting for its name
            continue
        if not text:
            continue
        if waiting and len(el) <= 2 and len(text.split()) <= 6:
            return text
        m = _LABEL_RE.match(text)
        if m and el.tag == "a" and m.group("name")[:1].islower():
            continue  # a link in prose: "billing clients <a>by project</a>"
        if m and len(el) <= 3 and not _in_navigation(el):
            if m.group("name").strip():  # "Written by <a>Jane Doe</a><a>John Roe</a>": one name a link
                links = [t for a in el.iter("a") if (t := " ".join(" ".join(a.itertext()).split()))]
                joined = len(links) >= 2 and " ".join(links) == m.group("name").strip()
                names = [t for t in links if not _LINK_ACTION_RE.match(t)]  # "View In Digital Edition"
                return "; ".join(names) if joined and names else m.group("name").strip()
            waiting = True
    return None
