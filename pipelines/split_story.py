"""A story split into a page builder's sections: both candidates choose one text block.

Page builders (and headless-CMS front ends) render a long story as a run of section-sized
``<article>``s, each holding one text block of the same kind in its ``<header>``
(``div.richtext-block`` in ``header.tile__desc``): both candidates of the generic path choose
the one block with most text and leave the others out (``clean_tree`` keeps such a header:
:func:`pipelines.html_clean._section_body`, and marks it).  On a page with such a marked
header, :func:`split_blocks` reads the other blocks back when

* the chosen text lies in an element whose class names text (``rich-text``, ``text-block``,
  ``article-body`` ...: not a layout utility such as ``text-left``);
* that tag and class recur, all inside the ``<main>`` (else the ``<article>``) holding the
  chosen one;
* every one of them sits in a section of one kind: below their lowest common ancestor, the
  chain of tags and classes down to each block is the same (the builder's section template),
  and no section holds a linked heading (a teaser card's title).

The blocks the chosen candidate does not hold add their paragraphs of running text, in page
order around the candidate's blocks (which keep the candidate's own filtering).
"""

from __future__ import annotations

import re
from typing import Any

from pipelines.candidate_merge import text_key
from pipelines.html_clean import SECTION_BODY_MARK
from pipelines.thread_posts import same_kind

Blocks = list[dict[str, Any]]

#: The class of an element that holds a story's text: the word ends a class name or a BEM
#: block (``_``), or a container word follows it, so that layout utilities do not count.
_TEXT_CLASS_RE = re.compile(r"(?:rich-?text|text|body|content|copy|prose)"
                            r"(?:$|\s|_|-(?:block|inner|wrapper|container|area|main)\b)", re.I)
_PROBE_CHARS = 60  # the candidate's blocks, matched against each text block
MIN_BLOCKS = 2
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def split_blocks(root: Any, chosen: Blocks) -> Blocks | None:
    """``chosen`` with the other text blocks of its split story (see the module docstring)
    read from ``root`` (the cleaned tree), or None."""
    from pipelines.blocks import blocks_of
    from pipelines.candidate_merge import _running, words

    if not any(SECTION_BODY_MARK in h.attrib for h in root.iter("header")):
        return None  # not a page built of section bodies (cheap: most pages have no header left)
    longest = max((b["text"] for b in chosen if b.get("kind") == "paragraph"), key=len, default="")
    model = _text_block(root, longest)
    if model is None or model.tag in ("body", "html") or not _TEXT_CLASS_RE.search(model.get("class") or ""):
        return None
    scope = next(model.iterancestors("main"), None)
    if scope is None:
        scope = next(model.iterancestors("article"), None)
    bodies = same_kind(root, model)
    if scope is None or len(bodies) < MIN_BLOCKS or not _one_template(bodies, scope):
        return None
    probes = [key[:_PROBE_CHARS] for key in (text_key(b["text"]) for b in chosen) if len(key) >= 20]
    blocks: Blocks = []
    placed = False
    for el in bodies:
        if any(probe in text_key(el.text_content()) for probe in probes):
            if not placed:
                blocks.extend(chosen)
                placed = True
            continue
        blocks.extend(b for b in blocks_of([el]) if _running(b))
    return blocks if placed and words(blocks) > words(chosen) else None


#: Words of the longest paragraph looked up on the page (skipping the first: a drop cap or
#: an opening quote may be rendered apart).
_PROBE_WORDS = slice(1, 7)


def _text_block(root: Any, longest: str) -> Any | None:
    """The nearest element with a class holding the first ``<p>`` whose text holds a few
    words of ``longest`` (one XPath query: reading every paragraph's text in Python cost
    about 1% of the cleaning)."""
    probe = " ".join(longest.split()[_PROBE_WORDS])
    if len(probe) < 20:
        return None
    found = root.xpath("(//p[contains(normalize-space(.), $probe)])[1]", probe=probe)
    if not found:
        return None
    return next((a for a in (found[0], *found[0].iterancestors()) if (a.get("class") or "").strip()), None)


def _one_template(bodies: list[Any], scope: Any) -> bool:
    """The bodies' sections are built alike: below their lowest common ancestor (inside
    ``scope``), each body sits in a section whose chain of tags and classes down to the body
    is the same, and no section holds a linked heading (a teaser card's title)."""
    paths = [[el, *el.iterancestors()] for el in bodies]
    common = next((a for a in paths[0][1:] if all(a in p for p in paths[1:])), None)
    if common is None or not (common is scope or scope in common.iterancestors()):
        return False
    chains = [p[:p.index(common)] for p in paths]
    shape = [(a.tag, a.get("class")) for a in chains[0]]
    if any([(a.tag, a.get("class")) for a in chain] != shape for chain in chains[1:]):
        return False
    return not any(_linked_heading(chain[-1]) for chain in chains)


def _linked_heading(section: Any) -> bool:
    return (any(next(h.iter("a"), None) is not None for h in section.iter(*_HEADINGS))
            or any(next(a.iter(*_HEADINGS), None) is not None for a in section.iter("a")))
