"""trafilatura's fast and full passes on one prepared tree.

:func:`pipelines.trafilatura_candidate.extract_body` takes trafilatura's fast pass and, when
its text is short, the full pass (the fast pass plus a readability/jusText comparison).  Two
``bare_extraction`` calls repeat everything the passes share: the copy of the page, the
raw-tree prunes, ``tree_cleaning``, ``convert_tags`` and the main extraction
(``extract_content``), about two thirds of a full pass.  :func:`extract_body` runs those steps
once, with trafilatura's own module functions (its whole-page prunes evaluated by
:mod:`pipelines.trafilatura_prunes`, its cleaning by :mod:`pipelines.trafilatura_cleaning`, its
main extraction and comparison by :mod:`pipelines.trafilatura_extract`, each on the version it
is pinned to) in the order of
``trafilatura.core.trafilatura_sequence`` for precision mode with comments off (where the
baseline rescue and the recall escalation never run), and the comparison
(``compare_extraction``) only when the fast text is not good enough.

The main extraction of the two passes differs in one place: the wild-text recovery keeps
teaser-class blocks in fast mode.  When the cleaned tree holds an element named like one, the
full pass converts a copy of the cleaned tree again and extracts from that.

The sequence is followed only on the trafilatura versions in :data:`VERSIONS`;
``tests/test_speed_equivalents_body.py`` checks it against ``bare_extraction`` on invented
pages.  Any other version makes the caller use ``bare_extraction`` itself.
"""

from __future__ import annotations

import functools
from copy import copy
from typing import Any, Callable

from pipelines import trafilatura_cleaning, trafilatura_prunes

#: trafilatura versions whose precision-mode sequence :func:`extract_body` repeats step for step.
VERSIONS = ("2.3.1",)


@functools.cache
def followed() -> bool:
    """Is the installed trafilatura one whose sequence :func:`extract_body` follows (and its
    output-tree size limit unset, as by default)?"""
    import trafilatura

    return getattr(trafilatura, "__version__", None) in VERSIONS and not _options(fast=True).max_tree_size


def _options(fast: bool) -> Any:
    """The options ``bare_extraction`` builds for the candidate's call (no url: it only makes
    link targets absolute)."""
    from trafilatura.settings import Extractor

    return Extractor(output_format="xml", fast=fast, precision=True, recall=False, comments=False,
                     formatting=None, links=True, images=False, tables=True, with_metadata=False)


def _converted(cleaned: Any, options: Any, is_forum: bool) -> Any:
    """A cleaned tree converted to trafilatura's tags, comment containers pruned (not on a forum
    thread, where they hold the posts)."""
    from trafilatura.htmlprocessing import convert_tags, prune_unwanted_nodes
    from trafilatura.xpaths import REMOVE_COMMENTS_XPATH

    converted = convert_tags(cleaned, options, None)
    if is_forum:
        return converted
    if trafilatura_prunes.pinned():
        return trafilatura_prunes.prune_comments(converted)
    return prune_unwanted_nodes(converted, REMOVE_COMMENTS_XPATH)


def _cleaned(tree: Any, options: Any) -> Any:
    """``tree_cleaning``: :mod:`pipelines.trafilatura_cleaning`'s one-walk version on the
    trafilatura it follows (not in recall mode), else trafilatura's own."""
    from trafilatura.htmlprocessing import tree_cleaning

    if options.focus != "recall" and trafilatura_cleaning.followed():
        return trafilatura_cleaning.tree_cleaning(tree, options)
    return tree_cleaning(tree, options)


def _prepared(root: Any, options: Any) -> tuple[Any, Any, Any, bool]:
    """``bare_extraction``'s steps before the main extraction: the page copied and pruned
    (raw-tree prune, comment containers and lists), then cleaned (kept, unconverted, for
    jusText) and converted.  Returns (pruned page, cleaned, converted, forum thread?)."""
    from trafilatura.core import _forum_thread_page
    from trafilatura.htmlprocessing import prune_unwanted_nodes
    from trafilatura.utils import load_html
    from trafilatura.xpaths import RAW_TREE_PRUNE_XPATH, REMOVE_COMMENTS_AND_LISTS_XPATH

    tree = load_html(root, options.max_file_size)
    if tree is None:
        raise ValueError("empty HTML tree")
    if tree is root:
        tree = copy(tree)
    is_forum = _forum_thread_page(tree)
    if trafilatura_prunes.pinned():
        tree = trafilatura_prunes.prune_raw(tree)
    else:
        tree = prune_unwanted_nodes(tree, RAW_TREE_PRUNE_XPATH)
        tree = prune_unwanted_nodes(tree, REMOVE_COMMENTS_AND_LISTS_XPATH)
    cleaned = _cleaned(copy(tree), options)
    backup = copy(cleaned)
    return tree, backup, _converted(cleaned, options, is_forum), is_forum


#: Elements whose class or id holds the word trafilatura's teaser rule looks for (any tag: a
#: superset of the rule's elements, which only lose attributes on the way).
_TEASERS = "descendant-or-self::*[contains(@class, 'easer') or contains(@id, 'easer')]"


def _has_teasers(tree: Any) -> bool:
    return bool(tree.xpath(_TEASERS))


def _output(body: Any, text: str, options: Any) -> Any | None:
    """``bare_extraction``'s check after the sequence: a body without text is no output (with
    comments off; its tree-size limit is unset, see :func:`followed`)."""
    if len(text) < options.min_output_size and 0 < options.min_output_comm_size:
        return None
    return body


def _extract(converted: Any, backup: Any, options: Any, is_forum: bool) -> tuple[Any, str]:
    """``extract_content`` of the converted tree: :mod:`pipelines.trafilatura_extract`'s on the
    trafilatura it follows (the tree's copy for the wild-text recovery converted again from
    the cleaned tree only when the recovery runs), else trafilatura's own."""
    from pipelines import trafilatura_extract

    if trafilatura_extract.followed():
        return trafilatura_extract.extract_content(converted, options,
                                                   lambda: _converted(copy(backup), options, is_forum))
    from trafilatura.main_extractor import extract_content

    return extract_content(converted, options)


def _compare(backup: Any, tree: Any, body: Any, text: str, options: Any) -> tuple[Any, str]:
    """``compare_extraction``: :mod:`pipelines.trafilatura_extract`'s or trafilatura's."""
    from pipelines import trafilatura_extract

    if trafilatura_extract.followed():
        return trafilatura_extract.compare_extraction(backup, tree, body, text, options)
    from trafilatura.external import compare_extraction

    return compare_extraction(backup, tree, body, text, options)


def extract_body(root: Any, good_enough: Callable[[Any | None], bool]) -> Any | None:
    """The fast pass's body when ``good_enough`` accepts it, else the full pass's body (None
    when the pass finds nothing); the same bodies as ``bare_extraction(root, fast=True)`` and
    ``bare_extraction(root, fast=False)`` with the options of :func:`_options`.  Raises what
    trafilatura raises on a tree it cannot read."""
    options = _options(fast=True)
    tree, backup, converted, is_forum = _prepared(root, options)
    body, text = _extract(converted, backup, options, is_forum)
    fast_body = _output(body, text, options)
    if good_enough(fast_body):
        return fast_body
    options = _options(fast=False)
    if _has_teasers(backup):  # the fast extraction may have kept a teaser the full one drops
        body, text = _extract(_converted(copy(backup), options, is_forum), backup, options, is_forum)
    # the pruned page itself, not a copy: nothing reads it after the comparison
    body, text = _compare(backup, tree, body, text, options)
    return _output(body, text, options)
