"""htmldate's publication-date search without its last resort, the page-wide pattern scan.

:func:`find_date` runs the steps of ``htmldate.find_date(tree, url=url, original_date=True,
extensive_search=True)`` in the same order (URL, ``<head>`` and JSON data, ``<abbr>``, date-like
elements, ``<title>``/``<h1>``, ``<time>``, timestamps, images, known idioms, the free-text
comparison) but stops before ``search_page``: a dozen regular expressions run over the whole
serialized HTML, markup and attributes included, that ends in the copyright year's "January
1st" when nothing else matched.  On WCXB dev it cost two thirds of htmldate's time (the pages
that reach it are the largest), and the dates it found were wrong or unstated: on the 20 pages
where it decided the answer, the gold has no date on 18, a different date on one, and the one
right date was a ``<meta name="published">`` tag, which :data:`pipelines.meta_structured`
reads itself now.

Built from ``htmldate.core``'s own functions (htmldate 1.9 to 1.11); any error, a changed
htmldate included, means no date (the callers never raise).
"""

from __future__ import annotations

import functools
from copy import deepcopy
from typing import Any


def find_date(tree: Any, url: str | None) -> str | None:
    """``YYYY-MM-DD`` or None; ``tree`` is not modified (the pruning works on a copy).  The
    dateparser gate (:mod:`pipelines.meta_dategate`) stands in front of htmldate's dateparser
    call only for the length of this search: trafilatura or htmldate called elsewhere in the
    process run unchanged."""
    from pipelines.meta_dategate import active

    with active():
        return _search(tree, url)


def _search(tree: Any, url: str | None) -> str | None:
    from htmldate import core

    options = core.Extractor(True, core.get_max_date(None), core.get_min_date(None), True, "%Y-%m-%d")
    if url is None:
        link = tree.find('.//link[@rel="canonical"]')
        url = link.get("href") if link is not None else None
    result = core.extract_url_date(url, options) or core.examine_header(tree, options) \
        or core.json_search(tree, options) or core.examine_abbr_elements(tree, options)
    if result is not None:
        return result
    try:
        search_tree = core.discard_unwanted(core.clean_html(deepcopy(tree), core.CLEANING_LIST))
    except ValueError:  # lxml refuses NULL bytes or control characters: no pruning, as htmldate
        search_tree = deepcopy(tree)
    result = (core.examine_elements(core.date_candidates(search_tree, True), options)
              or core.examine_elements(search_tree.xpath(".//title|.//h1"), options)
              or core.examine_time_elements(search_tree, options))
    if result is not None:
        return result
    htmlstring = core.serialize(search_tree)
    result = (core.pattern_search(htmlstring, core.TIMESTAMP_PATTERN, options)
              or core.img_search(search_tree, options) or core.idiosyncrasies_search(htmlstring, options))
    if result is not None:
        return result
    reference = None
    for segment in _free_text()(search_tree):
        segment = segment.strip()
        if core.MIN_SEGMENT_LEN < len(segment) < core.MAX_SEGMENT_LEN:
            reference = core.compare_reference(reference, segment, options)
    return core.check_extracted_reference(reference, options)


@functools.cache
def _free_text() -> Any:
    """htmldate's ``FREE_TEXT_EXPRESSIONS`` (the text nodes of its date-bearing tags) without
    smart strings: the same strings in the same order, without a parent proxy built for each
    (the search only strips and parses them).  htmldate's own XPath when its text is not there."""
    from htmldate import core, extractors
    from lxml import etree

    prepend = getattr(extractors, "FAST_PREPEND", None)
    if not isinstance(prepend, str) or core.FREE_TEXT_EXPRESSIONS.path != prepend + "/text()":
        return core.FREE_TEXT_EXPRESSIONS
    return etree.XPath(prepend + "/text()", smart_strings=False)
