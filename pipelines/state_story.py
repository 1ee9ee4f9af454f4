"""A story shipped as script state: the text a script-rendered page holds as data.

Single-page apps and paginated "slideshow" stories render part of their text (or none: a photo
caption) into the HTML and carry the whole story as JSON in a script -- a ``window.__STATE__ =
{...}`` global, ``__NEXT_DATA__``, an ``application/json`` script -- either as HTML strings
(``{"pages": {"1": {"top": "<p>..."}}}``) or as a serialized DOM (``{"type": "p", "children":
[{"type": "text", "data": "..."}]}``).  Both candidates read the HTML only.

:func:`state_story` reads that text only on a page whose chosen candidate is short (under
:data:`SHORT_WORDS`: a rendered story's state is not decoded), and only when it is a clean
superset of the candidate: the candidate's text is (mostly) inside one run of the state, which
holds at least twice its words and opens where the candidate opens; or, when the HTML holds
next to nothing, the run opens like the page's own JSON-LD ``articleBody``.  A run is the
paragraphs under one JSON path (list positions and numeric keys read as one: the pages of one
story), each text once; entries that carry a title, headline, slug or URL are separate items
(an infinite scroll's next stories, a feed), each its own run.  A heading that is all link
text (an inline "read also" teaser) is left out of a serialized DOM.
"""

from __future__ import annotations

import html
import json
import re
from collections import defaultdict
from typing import Any

import lxml.html

from pipelines.candidate_merge import has_words, text_key, words
from pipelines.meta_structured import script_objects

Blocks = list[dict[str, Any]]

#: A script this long at least can ship a story of STORY_MIN_WORDS (shorter ones are config).
STATE_MIN_CHARS = 1000
#: Paragraph markup inside script text: HTML (raw, escaped for JS, entity-escaped) or a
#: serialized DOM node's tag (plain substring searches: a regex scan of a large bundle costs).
_MARKS = ("<p>", "<p ", "u003cp>", "u003cp ", "&lt;p&gt;", "&lt;p ", '"p"', '"paragraph"')
_ASSIGN_RE = re.compile(r"=\s*(?=[{\[])|JSON\.parse\((?=\")")
#: Tries to decode a value after an ``=`` per script (JS code fails fast; a few tries suffice).
MAX_DECODES = 8
_HTML_P_RE = re.compile(r"<p[\s>]", re.I)
#: Keys that make a JSON object an item of its own (a story, a teaser), not a page of one.
_ITEM_KEYS = ("title", "headline", "slug", "url")
_TAG_KEYS = ("type", "tag", "tagName", "nodeType")
_CHILD_KEYS = ("children", "content")
_TEXT_KEYS = ("data", "text", "value")
_PARAGRAPHS = {"p": "paragraph", "paragraph": "paragraph", "blockquote": "paragraph",
               "li": "paragraph", "list-item": "paragraph",
               **{f"h{n}": "heading" for n in range(2, 7)}, "heading": "heading"}
_LISTS = {"ul", "ol", "list", "unordered-list", "ordered-list"}
#: Paragraph marks the state needs at least (and twice the candidate's long paragraphs) to be
#: decoded: a rendered story's state holds each paragraph once.
MIN_MARKS = 3
#: The candidate's share (by words) that must lie inside the run.
HELD_SHARE = 0.6
#: The run holds at least this many times the candidate's words.
GROWTH = 2
#: Under this many words the HTML holds next to nothing (a caption, a teaser line).
NEAR_EMPTY_WORDS = 60
#: A candidate of this many words is a rendered story: the state is not read.
SHORT_WORDS = 400
#: A run worth reading holds at least this many words.
STORY_MIN_WORDS = 150
#: Characters (white space out) of the JSON-LD ``articleBody`` a run must open with.
_OPENING_CHARS = 40
#: The candidate's first held block lies within this many blocks of the run's start.
OPENING_BLOCKS = 3


def state_scripts(root: Any) -> list[Any]:
    """The page's ``<script>`` elements, taken before the cleaning drops them (a dropped
    element keeps its text; it is read only when :func:`state_story` needs it)."""
    return list(root.iter("script"))


def _state_texts(scripts: list[Any]) -> tuple[list[str], list[str]]:
    """Texts of the scripts that may carry a story as data, and of the JSON-LD scripts (read
    for their ``articleBody`` only when a near-empty candidate needs it)."""
    states, jsonld = [], []
    for el in scripts:
        text = el.text
        if not text or len(text) < STATE_MIN_CHARS:
            continue
        if "ld+json" in (el.get("type") or "").lower():
            jsonld.append(text)
        elif any(mark in text for mark in _MARKS):
            states.append(text)
    return states, jsonld


def _article_body(jsonld: list[str]) -> str:
    """The first JSON-LD ``articleBody`` text (``""`` if none)."""
    for text in jsonld:
        if '"articleBody"' in text:
            for item in script_objects(text):
                if isinstance(item.get("articleBody"), str):
                    return item["articleBody"]
    return ""


def state_story(scripts: list[Any], chosen: Blocks) -> Blocks | None:
    """The chosen candidate with the state run that holds it in its place (see the module
    docstring), or None; ``scripts``: :func:`state_scripts`."""
    if not scripts or has_words(chosen, SHORT_WORDS):
        return None  # a rendered story: the state is not read (it costs on every such page)
    have = words(chosen)
    states, jsonld = _state_texts(scripts)
    if not states:
        return None
    if sum(len(s) for s in states) < GROWTH * sum(len(b["text"]) for b in chosen):
        return None  # cheap: the state cannot hold twice the candidate
    paragraphs = sum(1 for b in chosen if b["kind"] == "paragraph" and len(b["text"]) >= 80)
    if sum(s.count(mark) for s in states for mark in _MARKS) < max(MIN_MARKS, GROWTH * paragraphs):
        return None  # cheap: the state cannot hold twice the candidate's paragraphs
    runs = [run for run in _runs(states) if words(run) >= max(STORY_MIN_WORDS, GROWTH * have)]
    best, held = None, (0, -1)
    for run in runs:
        key = text_key(" ".join(b["text"] for b in run))
        inside = [i for i, b in enumerate(chosen) if _probe(b) and _probe(b) in key]
        share = sum(words([chosen[i]]) for i in inside) / have if have else 0.0
        if share >= HELD_SHARE and _opens(run, _probe(chosen[inside[0]])) and (share, words(run)) > held:
            best, held = (run, inside), (share, words(run))
    if best is not None:
        run, inside = best
        keys = {text_key(b["text"]) for b in run}
        return [b for b in chosen[:inside[0]] if text_key(b["text"]) not in keys] + run + chosen[inside[-1] + 1:]
    if have >= NEAR_EMPTY_WORDS:
        return None
    opening = text_key(_article_body(jsonld))[:_OPENING_CHARS]
    if len(opening) == _OPENING_CHARS:
        return next((run for run in runs if _opens(run, opening)), None)
    return None


def _opens(run: Blocks, probe: str) -> bool:
    """The run opens where the candidate's story opens (within its first
    :data:`OPENING_BLOCKS` blocks): the state's story, not a page model holding sidebars,
    menus and teasers around it."""
    return probe in text_key(" ".join(b["text"] for b in run[:OPENING_BLOCKS]))


def _probe(block: dict[str, Any]) -> str:
    key = text_key(block["text"])
    return key[:40] if len(key) >= 20 else ""


def _runs(states: list[str]) -> list[Blocks]:
    """Each run's blocks, a text repeated in the run (a state holding the story twice) once."""
    runs: dict[tuple, Blocks] = defaultdict(list)
    for text in states:
        for value in _values(text):
            _walk(value, runs)
    out = []
    for run in runs.values():
        seen: set[str] = set()
        out.append([b for b in run if not (text_key(b["text"]) in seen or seen.add(text_key(b["text"])))])
    return out


def _values(text: str):
    """The JSON values a script assigns (or is): ``x = {...}``, ``JSON.parse("...")``."""
    stripped = text.strip()
    if stripped[:1] in "{[":
        try:
            yield json.loads(stripped)
            return
        except ValueError:
            pass
    decoder, pos = json.JSONDecoder(), 0
    for _ in range(MAX_DECODES):
        found = _ASSIGN_RE.search(text, pos)
        if found is None:
            return
        try:
            value, pos = decoder.raw_decode(text, found.end())
        except ValueError:
            pos = found.end()
            continue
        if isinstance(value, str):  # JSON.parse("...")
            try:
                value = json.loads(value)
            except ValueError:
                continue
        yield value


def _walk(value: Any, runs: dict[tuple, Blocks]) -> None:
    """Adds the paragraphs under ``value`` to ``runs``, keyed by their JSON path (positions
    and numeric keys as ``*``; an item with a title of its own keeps its position)."""
    stack: list[tuple[Any, tuple]] = [(value, ())]
    while stack:
        node, path = stack.pop()
        if isinstance(node, dict):
            if path and path[-1] == "*" and any(k in node for k in _ITEM_KEYS):
                path = path[:-1] + (f"#{id(node)}",)  # an item of its own: its own runs
            stack.extend(reversed([(v, path + ("*" if k.isdigit() else k,)) for k, v in node.items()]))
        elif isinstance(node, list):
            if sum(1 for item in node if _dom_kind(item) == "paragraph") >= 2:
                runs[path].extend(_dom_blocks(node))
                continue
            stack.extend(reversed([(item, path + ("*",)) for item in node]))
        elif isinstance(node, str) and node[:1] in "{[" and node[-1:] in "}]":
            try:  # JSON inside a JSON string
                stack.append((json.loads(node), path))
            except ValueError:
                pass
        elif isinstance(node, str) and len(node) >= 40 and ("<" in node or "&lt;" in node):
            markup = node if "<" in node else html.unescape(node)
            if _HTML_P_RE.search(markup):
                group = path[:len(path) - path[::-1].index("*")] if "*" in path else path
                runs[group].extend(_html_blocks(markup))


def _dom_kind(node: Any) -> str | None:
    if not isinstance(node, dict):
        return None
    tag = next((node[k] for k in _TAG_KEYS if isinstance(node.get(k), str)), "")
    return _PARAGRAPHS.get(tag.lower()) or ("list" if tag.lower() in _LISTS else None)


def _dom_children(node: dict) -> list:
    return next((node[k] for k in _CHILD_KEYS if isinstance(node.get(k), list)), [])


def _dom_text(node: Any, linked: bool = False) -> tuple[str, str]:
    """(all text, text inside links) of a serialized DOM node."""
    if isinstance(node, str):
        return node, node if linked else ""
    if not isinstance(node, dict):
        return "", ""
    text = next((node[k] for k in _TEXT_KEYS if isinstance(node.get(k), str)), None)
    if text is not None and not _dom_children(node):
        return text, text if linked else ""
    linked = linked or str(node.get("type") or node.get("tag") or "").lower() in ("a", "link", "hyperlink")
    parts = [_dom_text(child, linked) for child in _dom_children(node)]
    return "".join(p[0] for p in parts), "".join(p[1] for p in parts)


def _dom_blocks(nodes: list) -> Blocks:
    """Blocks of a serialized DOM list: paragraphs, headings and list items; a heading that
    is all link text (an inline "read also" teaser) and every other node are left out."""
    blocks: Blocks = []
    for node in nodes:
        kind = _dom_kind(node)
        items = _dom_children(node) if kind == "list" else [node]
        for item in items:
            item_kind = _dom_kind(item) if kind == "list" else kind
            if item_kind not in ("paragraph", "heading"):
                continue
            text, linked = _dom_text(item)
            text = " ".join(text.split())
            if not text or (item_kind == "heading" and len(linked.strip()) >= len(text) - 1):
                continue
            blocks.append({"kind": item_kind, "text": text, "_links": len(linked) / len(text),
                           "_tag": "p" if item_kind == "paragraph" else "h2"})
    return blocks


def _html_blocks(markup: str) -> Blocks:
    from pipelines.blocks import blocks_of
    from pipelines.html_clean import clean_tree

    try:
        fragment = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (ValueError, lxml.etree.ParserError):
        return []
    clean_tree(fragment)
    return blocks_of([fragment])
