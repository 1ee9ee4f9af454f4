"""A thread's posts: on a forum thread or a question page, every post is the main text.

Both candidates of the generic path (:mod:`pipelines.parse`) choose one element: on a forum
thread or a Q&A page that is one post (the first one, or the accepted answer), and the
replies, the question or the other answers are left out, though on such a page they are
the content.  When the page says it is a thread (:func:`thread_evidence`: schema.org
``QAPage`` or ``DiscussionForumPosting`` in JSON-LD or microdata, a
thread or question template in the ``<html>``/``<body>`` class, a thread or question URL)
and the chosen text lies in an element whose tag and class recur on the cleaned page (the
post body every post of the thread is built with: ``div.bbWrapper``, ``div.js-post-body``,
``div.postbody``), :func:`thread_blocks` reads every such element in page order.  The user
boxes, dates, reaction bars and signatures around the bodies are left out with the rest
of the post's frame; quotes inside a body are part of it.

A blog's comments are not a thread: there the chosen text is the article, whose body
element occurs once.
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from pipelines.candidate_merge import text_key as _key

Blocks = list[dict[str, Any]]

#: schema.org types that make a page a thread or a question with its answers (not ``Question``
#: and ``Answer`` alone: an FAQ section of a product page is built of them; not ``Comment``:
#: blogs mark up their comments with it).
_THREAD_TYPES = {"qapage", "discussionforumposting"}
_ITEMTYPE_RE = re.compile(r"schema\.org/(?:QAPage|DiscussionForumPosting)\b", re.I)
#: Template classes of forum and Q&A software on ``<html>`` or ``<body>``: a thread view, a
#: topic view, a question page.
_TEMPLATE_RE = re.compile(r"(?:^|[\s_-])(?:thread[-_]?view|threadview|showthread|viewtopic|topic[-_]?view|"
                          r"question[-_]page|single[-_]question|single[-_]topic)(?:$|[\s_-])", re.I)
#: URL paths of a thread or a question.
_URL_RE = re.compile(r"/(?:threads?|questions|t)/[^/?#]+|"
                     r"(?:showthread|viewtopic)\.php", re.I)
#: The chosen text's block used to find its element: the longest one, its key cut to this length
#: (two extractors render a paragraph's edges and inline spacing differently).
_PROBE_CHARS = 60
#: Fewer post bodies than this is no thread.
MIN_POSTS = 2


def thread_evidence(root: Any, url: str | None, types: set[str]) -> bool:
    """The page says it is a thread or a question page (see the module docstring); ``types``
    are its JSON-LD ``@type`` values, lower-cased."""
    if types & _THREAD_TYPES:
        return True
    if url and _URL_RE.search(_path(url)):
        return True
    body = root.find("body")
    for el in (root, body):
        if el is not None and _TEMPLATE_RE.search(el.get("class") or ""):
            return True
    return any(_ITEMTYPE_RE.search(value) for value in _ITEMTYPES(root))


#: Every ``itemtype`` value of the page, as plain strings (no element proxy built for them).
_ITEMTYPES = etree.XPath("descendant-or-self::*/@itemtype", smart_strings=False)


def _path(url: str) -> str:
    """The path of ``url`` (a web archive's prefix included: it only adds segments)."""
    rest = url.split("://", 1)[-1]
    return "/" + rest.partition("/")[2]


def post_body(root: Any, probe: str) -> Any | None:
    """The deepest element with a class attribute on the path down to the text ``probe``
    (following, at each level, the first child that holds it)."""
    node, found = root, None
    while True:
        nxt = next((c for c in node if isinstance(c.tag, str) and probe in _key(c.text_content())), None)
        if nxt is None:
            return found
        node = nxt
        if (node.get("class") or "").strip():
            found = node


def same_kind(root: Any, model: Any) -> list[Any]:
    """Elements with ``model``'s tag and class, outermost only, in page order."""
    cls = model.get("class")
    out: list[Any] = []
    for el in root.iter(model.tag):
        if el.get("class") == cls and not any(a in out for a in el.iterancestors(model.tag)):
            out.append(el)
    return out


def thread_blocks(root: Any, chosen: Blocks) -> Blocks | None:
    """Every post body of the thread holding ``chosen`` (the generic path's blocks) in
    ``root`` (the cleaned tree), as blocks; None when ``chosen`` is not one of several
    bodies of one kind, or the bodies hold no more text than ``chosen``."""
    from pipelines.blocks import blocks_of
    from pipelines.candidate_merge import words

    longest = max((b["text"] for b in chosen if b.get("kind") == "paragraph"), key=len, default="")
    probe = _key(longest)[:_PROBE_CHARS]
    if len(probe) < 20:
        return None
    model = post_body(root, probe)
    if model is None or model.tag in ("body", "html"):
        return None
    bodies = same_kind(root, model)
    if len(bodies) < MIN_POSTS:
        return None
    posts = blocks_of(bodies)
    return posts if words(posts) > words(chosen) else None
