"""A run of cards that is a section's table of contents, not a listing's teasers.

A section's landing page (a topic hub of a government or company site, a guide's front page)
shows cards for its own sub-pages between an introduction and the rest of its text.  The
cards look like teasers (a headline link and a line), but they name the fixed pages of the
site's tree, not stories or products that come and go: each card links *below the page's
own URL* (``/topic`` -> ``/topic/part``), and the site's menu (``<nav>``, a side or sub
navigation) links the same pages.  A listing's teasers fail one of the two: a section
front's stories sit below its path but no menu lists them; a shop's subcategory cards may
be in its mega menu but they sit under the shop's paths, not the page's own (and the shop's
URL is evidence of its own).  :func:`subpage_menu` tells such a run; :mod:`pipelines.listing`
does not count it as teasers.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urljoin, urlsplit

from pipelines.listing_structure import most

#: Class or id tokens of a menu (``nav``, ``sidenav``, ``menu``, ``submenu`` ...; ``_``/``-``
#: separate tokens, so ``usa-sidenav__item`` and ``main-menu`` count).
_MENU_RE = re.compile(r"(?:^|[\s_-])(?:nav|navbar|navigation|sidenav|subnav|menu|submenu|sidebar-menu)(?:$|[\s_-])",
                      re.I)
_MENU_ROLES = {"navigation", "menu", "menubar"}
#: A trailing index file names the folder's own page (``/topic/index.html`` is ``/topic``).
_INDEX_FILE = re.compile(r"/(?:index|default)\.[a-z]{2,5}$", re.I)


def _target(base: str, href: str | None) -> tuple[str, str] | None:
    """(host without ``www.``, path without a trailing slash or index file) of a link."""
    if not href or href.startswith(("#", "javascript:", "mailto:")):
        return None
    try:
        parts = urlsplit(urljoin(base, href.strip()))
    except ValueError:  # a malformed host ("[...]"): not a link to follow
        return None
    path = _INDEX_FILE.sub("", parts.path).rstrip("/")
    return (parts.netloc.lower().removeprefix("www."), path)


def _headline_href(item: Any) -> str | None:
    """The href of the item's first link of three or more words (its headline)."""
    for a in item.iter("a"):
        if len(a.text_content().split()) >= 3:
            return a.get("href")
    return None


def _menu(el: Any) -> bool:
    return el.tag == "nav" or (el.get("role") or "").lower() in _MENU_ROLES \
        or bool(_MENU_RE.search(f"{el.get('class') or ''} {el.get('id') or ''}"))


def menu_targets(root: Any, base: str, skip: set[int]) -> set[tuple[str, str]]:
    """Targets of the links inside the page's menus (elements :func:`_menu` names), leaving out
    the elements whose ``id()`` is in ``skip`` (the run itself) and their links."""
    found: set[tuple[str, str]] = set()
    for el in root.iter("*"):
        if not isinstance(el.tag, str) or id(el) in skip or not _menu(el):
            continue
        for a in el.iter("a"):
            if not any(id(up) in skip for up in a.iterancestors()):
                found.add(_target(base, a.get("href")))
    found.discard(None)
    return found


def subpage_menu(group: list[Any], url: str | None, root: Any) -> bool:
    """Three quarters of the run's items link (their headline link) below the page's own URL
    path, and three quarters of those targets are linked from the page's menus outside the run
    (:func:`menu_targets`): the run is the section's table of contents (module docstring).
    A page at the site's root has no sub-pages to tell from its stories: never."""
    page = _target(url or "", url)
    if not page or not page[1]:
        return False
    targets = [_target(url or "", _headline_href(item)) for item in group]

    def below(t: tuple[str, str] | None) -> bool:
        return t is not None and t[0] == page[0] and t[1].startswith(page[1] + "/")

    if not most(below, targets):
        return False
    in_menus = menu_targets(root, url or "", {id(item) for item in group})
    return most(lambda t: t in in_menus, targets)
