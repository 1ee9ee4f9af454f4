"""trafilatura's main extraction and readability/jusText comparison, with XPath-free discards.

Derived from trafilatura 2.3.1 (``main_extractor``, ``external``), Apache License 2.0,
(c) Adrien Barbaresi: the flow is trafilatura's, restructured into the functions below.

:func:`extract_content` and :func:`compare_extraction` are trafilatura's
``main_extractor.extract_content`` and ``external.compare_extraction`` step for step, except
that the section discards, the content-frame search and the page-wide discard before
readability run through :mod:`pipelines.trafilatura_discards` instead of libxml2 XPaths with
Python regex callbacks (a third of the candidate's time).  Everything else calls trafilatura's
own functions.

The copied functions are pinned (:data:`PINNED`, a hash of their trafilatura source):
:func:`followed` is False when trafilatura's differ (or its expressions, see
:func:`pipelines.trafilatura_discards.pinned`), and :mod:`pipelines.trafilatura_passes` then
calls trafilatura's functions.  ``tests/test_speed_equivalents_discards.py`` compares the
outputs on invented pages and fails when the pin breaks.
"""

from __future__ import annotations

import functools
import hashlib
from copy import deepcopy
from typing import Any, Callable

from pipelines import trafilatura_discards as discards

#: sha1 of the source of the trafilatura functions repeated here (see :func:`_sources`).
PINNED = "7056568d4c5c17af5008b927d77fae4dc5f0df6a"


def _sources() -> str:
    import inspect

    from trafilatura import external, main_extractor

    functions = (main_extractor.prune_unwanted_sections, main_extractor._extract, main_extractor.extract_content,
                 main_extractor.recover_wild_text, external.compare_extraction)
    return "\n".join(inspect.getsource(function) for function in functions)


@functools.cache
def followed() -> bool:
    """Are the installed trafilatura's functions and expressions the ones repeated here?"""
    try:
        source = _sources()
    except (ImportError, AttributeError, OSError, TypeError):
        return False
    return discards.pinned() and hashlib.sha1(source.encode("utf-8")).hexdigest() == PINNED


def prune_sections(tree: Any, potential_tags: set[str], options: Any, keep_teasers: bool = False) -> Any:
    """``main_extractor.prune_unwanted_sections``."""
    from lxml.etree import strip_tags
    from trafilatura.htmlprocessing import delete_by_link_density, link_density_test_tables
    from trafilatura.xml import delete_element

    favor_precision = options.focus == "precision"
    tree = discards.prune_discards_with_backup(tree)
    if "graphic" not in potential_tags:
        tree = discards.prune_captions(tree)
    if options.focus != "recall":
        if not keep_teasers:
            tree = discards.prune_teasers(tree)
        if favor_precision:
            tree = discards.prune_precision(tree)
    for _ in range(2):
        tree = delete_by_link_density(tree, "div", backtracking=True, favor_precision=favor_precision)
        tree = delete_by_link_density(tree, "list", backtracking=False, favor_precision=favor_precision)
        tree = delete_by_link_density(tree, "p", backtracking=False, favor_precision=favor_precision)
    if "table" in potential_tags or favor_precision:
        boilerplate_tables = [elem for elem in tree.iter("table") if link_density_test_tables(elem) is True]
        for elem in boilerplate_tables:
            delete_element(elem, keep_tail=False)
    if favor_precision:
        while len(tree) > 0 and (tree[-1].tag == "head"):
            delete_element(tree[-1], keep_tail=False)
        tree = delete_by_link_density(tree, "head", backtracking=False, favor_precision=True)
        tree = delete_by_link_density(tree, "quote", backtracking=False, favor_precision=True)
    strip_tags(tree, "span", *(() if "ref" in potential_tags else ("ref",)))
    return tree


def _potential_tags(options: Any) -> set[str]:
    from trafilatura.settings import TAG_CATALOG

    potential_tags = set(TAG_CATALOG)
    if options.tables is True:
        potential_tags.update(["table", "td", "th", "tr"])
    if options.images is True:
        potential_tags.add("graphic")
    if options.links is True:
        potential_tags.add("ref")
    return potential_tags


def _subelements(subtree: Any, potential_tags: set[str], options: Any) -> list[Any]:
    """``_extract``'s elements of a pruned frame (``div`` added to the tags when the frame has
    little paragraph text)."""
    from trafilatura.settings import INLINE_FORMATTABLE

    ptest = subtree.xpath("//p//text()")
    factor = 1 if options.focus == "precision" else 3
    if not ptest or len("".join(ptest)) < options.min_extracted_size * factor:
        potential_tags.add("div")
    subelems = subtree.xpath(".//*")
    tags = {e.tag for e in subelems}
    if tags == {"lb"} or (subtree.tag == "div" and "div" in potential_tags and tags <= INLINE_FORMATTABLE | {"lb"}):
        subelems = [subtree]
    return subelems


def _lead(subtree: Any, subelems: list[Any], options: Any) -> Any | None:
    """The frame's own text before its first child, as a paragraph (or None)."""
    from lxml.etree import Element
    from trafilatura.htmlprocessing import process_node
    from trafilatura.utils import text_chars_test

    if subelems != [subtree] and text_chars_test(subtree.text):
        lead = Element("p")
        lead.text = subtree.text
        return process_node(lead, options)
    return None


def _take(result_body: Any, subelems: list[Any], potential_tags: set[str], options: Any) -> None:
    """``_extract``'s loop over a frame's elements, appending what the handlers return."""
    from lxml.etree import Element
    from trafilatura.htmlprocessing import process_node
    from trafilatura.main_extractor import REBUILT_BLOCKS, handle_textelem
    from trafilatura.utils import text_chars_test

    for elem in subelems:
        if elem.getroottree().getroot() is result_body:
            continue
        tag, tail = elem.tag, elem.tail
        processed_elem = handle_textelem(elem, potential_tags, options)
        if processed_elem is not None:
            result_body.append(processed_elem)
            if elem.getroottree().getroot() is not result_body:
                elem.tag = "done"
        if tag in REBUILT_BLOCKS and text_chars_test(tail) and (processed_elem is None or processed_elem.tail is None):
            tail_elem = Element("p")
            tail_elem.text = tail
            if process_node(tail_elem, options) is not None:
                result_body.append(tail_elem)


def _extract(tree: Any, options: Any) -> tuple[Any, str, set[str]]:
    """``main_extractor._extract``."""
    from lxml.etree import Element
    from trafilatura.main_extractor import NOT_AT_THE_END
    from trafilatura.xml import delete_element

    potential_tags = _potential_tags(options)
    result_body = Element("body")
    for subtree in discards.frames(tree):
        if subtree is None:
            continue
        subtree = prune_sections(subtree, potential_tags, options)
        if len(subtree) == 0:
            continue
        subelems = _subelements(subtree, potential_tags, options)
        lead, start = _lead(subtree, subelems, options), len(result_body)
        _take(result_body, subelems, potential_tags, options)
        while len(result_body) > 0 and (result_body[-1].tag in NOT_AT_THE_END):
            delete_element(result_body[-1], keep_tail=False)
        if sum(e.tag != "graphic" for e in result_body) > 1:
            if lead is not None:
                result_body.insert(start, lead)
            break
    temp_text = " ".join(result_body.itertext()).strip()
    return result_body, temp_text, potential_tags


def _recovered(subelems: list[Any], result_body: Any, potential_tags: set[str], options: Any,
               consumed: set[Any] | None) -> None:
    """``recover_wild_text``'s loop: the wild elements not taken yet, deduplicated against the
    body, appended to it."""
    from trafilatura.main_extractor import _elem_text, handle_textelem
    from trafilatura.settings import DEDUPE_SCAN_CAP, MIN_DUPLICATE_LENGTH
    from trafilatura.utils import text_chars_test, trim

    elem_texts = [_elem_text(el) for el in result_body]
    existing = "\n".join(filter(None, elem_texts))
    existing_elems = set(elem_texts)
    handled: set[Any] = set()
    for subelem in subelems:
        if (consumed and subelem in consumed) or any(a in handled for a in subelem.iterancestors()):
            continue
        processed = handle_textelem(subelem, potential_tags, options)
        if processed is None:
            continue
        if processed is subelem:
            handled.add(subelem)
        text = _elem_text(processed)
        images = {img.get("src") for img in processed.iter("graphic")}
        if not text and images and images <= {g.get("src") for g in result_body.iter("graphic")}:
            continue
        under_cap = len(existing) <= DEDUPE_SCAN_CAP
        fragment = trim(text + (processed.tail or "")) if text_chars_test(processed.tail) else ""
        if text and (
            text in existing_elems
            or (under_cap and ((len(text) > MIN_DUPLICATE_LENGTH and text in existing) or (fragment and fragment in existing)))
        ):
            continue
        result_body.append(processed)
        if under_cap:
            existing += "\n" + (fragment or text)
        existing_elems.add(text)


def recover_wild_text(tree: Any, result_body: Any, options: Any, potential_tags: set[str] | None = None,
                      consumed: set[Any] | None = None) -> Any:
    """``main_extractor.recover_wild_text``."""
    from trafilatura.settings import TAG_CATALOG

    potential_tags = set(TAG_CATALOG if potential_tags is None else potential_tags)
    search_expr = ".//code|.//p|.//quote|.//table|.//div[contains(@class, 'w3-code')]"
    if options.focus == "recall":
        potential_tags.update(["div", "lb"])
        search_expr += "|.//div|.//lb|.//list"
    search_tree = prune_sections(tree, potential_tags, options, keep_teasers=options.fast)
    _recovered(search_tree.xpath(search_expr), result_body, potential_tags, options, consumed)
    return result_body


def _finished(result_body: Any) -> Any:
    """``extract_content``'s ending: repeats of the previous block dropped, leftovers stripped,
    white-space-only line-break tails cleared."""
    from lxml.etree import strip_elements, strip_tags
    from trafilatura.main_extractor import _elem_text
    from trafilatura.settings import MIN_DUPLICATE_LENGTH
    from trafilatura.utils import SPACING_PROTECTED, text_chars_test
    from trafilatura.xml import delete_element

    previous = None
    for el in list(result_body):
        current = _elem_text(el)
        if current and current == previous and len(current) > MIN_DUPLICATE_LENGTH:
            delete_element(el, keep_tail=False)
        else:
            previous = current
    strip_elements(result_body, "done")
    strip_tags(result_body, "div")
    for linebreak in result_body.iter("lb"):
        if (
            linebreak.tail
            and not text_chars_test(linebreak.tail)
            and not any(anc.tag in SPACING_PROTECTED for anc in linebreak.iterancestors())
        ):
            linebreak.tail = None
    return result_body


def extract_content(cleaned_tree: Any, options: Any, rebuild: Callable[[], Any] | None = None) -> tuple[Any, str]:
    """``main_extractor.extract_content``.  Its copy of the tree for the wild-text recovery
    (which most pages never need) is made by ``rebuild`` only when the recovery runs, when
    given: a function returning a new tree equal to ``cleaned_tree`` as passed."""
    backup_tree = deepcopy(cleaned_tree) if rebuild is None else None
    order = list(cleaned_tree.iter())
    result_body, temp_text, potential_tags = _extract(cleaned_tree, options)
    if len(result_body) == 0 or len(temp_text) < options.min_extracted_size:
        if backup_tree is None:
            backup_tree = rebuild()
        consumed = {twin for elem, twin in zip(order, backup_tree.iter(), strict=True) if elem.tag == "done"}
        result_body = recover_wild_text(backup_tree, result_body, options, potential_tags, consumed)
        temp_text = " ".join(result_body.itertext()).strip()
    return _finished(result_body), temp_text


def compare_extraction(cleaned_tree: Any, raw_tree: Any, body: Any, text: str, options: Any) -> tuple[Any, str]:
    """``external.compare_extraction``."""
    from lxml.etree import tostring
    from trafilatura.external import (JUSTEXT_OVERRIDE_RATIO, SANITIZED_XPATH, _prefer_readability,
                                      sanitize_tree, try_readability)
    from trafilatura.utils import trim

    from pipelines.justext_paragraphs import justext_rescue  # trafilatura's, without SAX

    len_text = len(text)
    if options.focus == "recall" and len_text > options.min_extracted_size * 10:
        return body, text
    if options.focus == "precision":
        raw_tree = discards.prune_discards(raw_tree)
    temppost_algo = try_readability(raw_tree)
    algo_text = trim(tostring(temppost_algo, method="text", encoding="utf-8").decode("utf-8"))
    len_algo = len(algo_text)
    use_readability = _prefer_readability(body, temppost_algo, algo_text, len_text, len_algo, options)
    if use_readability:
        body, text, len_text = temppost_algo, algo_text, len_algo
    unclean = bool(body.xpath(SANITIZED_XPATH))
    if unclean or len_text < options.min_extracted_size:
        body2, text2 = justext_rescue(cleaned_tree, options)
        len_text2 = len(text2)
        if unclean:
            accept = len_text <= JUSTEXT_OVERRIDE_RATIO * len_text2 and (
                len_text2 > len_text or not options.images or body.find(".//graphic") is None
            )
        else:
            accept = len_text < len_text2
        if text2 and accept:
            body, text, len_text = body2, text2, len_text2
            use_readability = False
    if use_readability:
        body, text = sanitize_tree(body, options)
    return body, text
