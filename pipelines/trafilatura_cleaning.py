"""trafilatura's ``tree_cleaning`` with its element deletions in one tree walk.

Follows trafilatura 2.3.1's ``htmlprocessing.tree_cleaning`` (Apache License 2.0,
(c) Adrien Barbaresi).

``htmlprocessing.tree_cleaning`` deletes every element named in ``MANUALLY_CLEANED`` (about
fifty names) with one ``tree.iter(name)`` walk of the whole page per name: two fifths of the
cleaning.  :func:`tree_cleaning` collects the elements of all those names in one walk and
deletes them name by name, as the walks do, including a quirk of deleting while iterating:
lxml's iterator finds its next element before handing out the current one, so when a deleted
element holds another of the same name, the walk goes on inside the removed subtree and ends
there, leaving that name's later elements on the page.  Recall mode (which may undo the
deletions) is left to trafilatura.

The function is pinned (:data:`PINNED`, a hash of trafilatura's source of ``tree_cleaning``):
:func:`followed` is False when it differs, and :mod:`pipelines.trafilatura_passes` then calls
trafilatura's own.  ``tests/test_speed_equivalents_discards.py`` compares the two on invented
pages.
"""

from __future__ import annotations

import functools
import hashlib
from typing import Any

#: sha1 of trafilatura's ``htmlprocessing.tree_cleaning`` source.
PINNED = "c7babdd89ea00bae26941978024fa0ea53d455c1"


@functools.cache
def followed() -> bool:
    """Is the installed trafilatura's ``tree_cleaning`` the one repeated here?"""
    import inspect

    try:
        from trafilatura import htmlprocessing

        source = inspect.getsource(htmlprocessing.tree_cleaning)
    except (ImportError, AttributeError, OSError, TypeError):
        return False
    return hashlib.sha1(source.encode("utf-8")).hexdigest() == PINNED


def _inside(el: Any, removed: set[Any]) -> bool:
    return el in removed or any(a in removed for a in el.iterancestors())


def delete_named(tree: Any, names: list[str]) -> None:
    """``for name in names: for el in tree.iter(name): delete_element(el)``, in one walk."""
    from trafilatura.xml import delete_element

    found: dict[str, list[Any]] = {name: [] for name in names}
    for el in tree.iter(*names):
        found[el.tag].append(el)
    removed: set[Any] = set()
    for name in names:  # a name listed twice is walked twice
        for el in found[name]:
            if _inside(el, removed):
                continue  # gone with an element deleted before: no walk of the page meets it
            if el.getparent() is None:
                continue  # the walk's own root: delete_element leaves it
            delete_element(el)
            removed.add(el)
            if next(el.iterdescendants(name), None) is not None:
                break  # the walk went on inside the removed element and ended there


def tree_cleaning(tree: Any, options: Any) -> Any:
    """``htmlprocessing.tree_cleaning`` (precision or balanced focus)."""
    from lxml.etree import strip_tags
    from trafilatura.htmlprocessing import PRESERVE_IMG_CLEANING, _handle_forms, prune_html, recover_math
    from trafilatura.settings import MANUALLY_CLEANED, MANUALLY_STRIPPED

    recover_math(tree)
    cleaning_list, stripping_list = MANUALLY_CLEANED.copy(), MANUALLY_STRIPPED.copy()
    clean_forms = "form" in cleaning_list
    if clean_forms:
        cleaning_list.remove("form")
    if not options.tables:
        cleaning_list.extend(["table", "td", "th", "tr"])
    else:
        for elem in tree.iter("figure", "table"):
            if elem.find(".//table") is not None if elem.tag == "figure" else elem.get("role") in ("presentation", "none"):
                elem.tag = "div"
    if options.images:
        cleaning_list = [e for e in cleaning_list if e not in PRESERVE_IMG_CLEANING]
        stripping_list.remove("img")
    strip_tags(tree, stripping_list)
    delete_named(tree, cleaning_list)
    if clean_forms:
        _handle_forms(tree)
    return prune_html(tree, options.focus)
