"""Stage `parse`: decoded page -> candidate blocks and raw page metadata.

Output
------
* ``doc.blocks``: ``{"kind": "heading" | "paragraph", "text": str}`` in page
  order, text not yet normalized.  Until :mod:`pipelines.validate` strips them,
  blocks also carry private keys (names start with ``_``) used by the cleaning
  stages: ``_links`` (share of the text inside ``<a>``, 0..1), ``_tag`` (the
  HTML element, ``"line"`` for plain text), ``_gap`` (plain text: the line is
  preceded by a blank line).
* ``doc.title``: raw title (profile selector, else the main ``<h1>``, else
  ``og:title``, else ``<title>``; first line for plain text).
* ``doc.meta``: a :class:`pipelines.meta_record.PageMeta`, built from raw strings for later stages: ``html_title``, ``h1``,
  ``og:*``/``article:*``/named ``<meta>`` values, ``canonical``, ``lang``,
  ``jsonld`` (the first Article object), ``byline``, ``date_text``,
  ``section_text``, ``breadcrumbs`` (list), and ``page_stats`` =
  ``{"paragraphs": int, "blocks": int, "link_density": float, "links": int,
  "password_field": bool}`` used by validate to reject non-articles.

Extraction paths
----------------
1. Site profile (``doc.profile``): ``[selectors]`` title/body/byline/published/
   section, ``remove`` applied inside the body.  When the body selectors find
   no text the generic path runs and a warning says so.
2. Generic: page junk is dropped (script, style, nav, header, footer, aside,
   forms without article text, hidden elements, comments, elements whose
   class/id says share/comment/related/sidebar/ad ...; hidden or hinted
   elements holding most of the page's paragraph text stay), every element holding
   running text scores its parent and grandparent (text length, commas, CJK
   punctuation), scores are scaled by ``1 - link density`` and by class/id
   hints, and the best container plus its text-bearing siblings (and lists of
   full sentences, "Key Points") is kept.  A table row of figures is one
   block, cells joined with " | ".
3. Plain text: every non-empty line is a block.
"""

from __future__ import annotations

import functools
import re
from typing import Any

import lxml.html

from pipelines import listing, profiles
from pipelines.base import StagePipeline
from pipelines.document import Document
from pipelines.errors import Reject
from pipelines.meta_structured import fallbacks
from pipelines.normalize import cjk_count, is_cjk_char, word_count
from pipelines.blocks import blocks_of, is_dated_list
from pipelines.candidate_merge import FAR_SHORTER, fill_gaps, headline_lead, with_lead
from pipelines.candidate_merge import text_key
from pipelines.candidate_merge import far_shorter as _far_shorter
from pipelines.candidate_merge import words as _words
from pipelines.html_clean import _drop, clean_tree, drop_repeats, marked_post, reveal_noscript_stories, unwrap_checklists
from pipelines.slideshow import slide_blocks, with_slides
from pipelines.split_story import split_blocks
from pipelines.state_story import state_scripts, state_story
from pipelines.html_common import _PUNCT_RE, _clean_ws, parse_tree
from pipelines.main_content import main_content, page_stats
from pipelines.meta_reader import _info_byline, read_page
from pipelines.meta_record import PageMeta
from pipelines.html_hints import hint_flags, junk_flags
from pipelines.thread_posts import post_body, thread_blocks, thread_evidence

# Re-exported for callers that used to find them here.
__all__ = ["parse_tree", "clean_tree", "drop_repeats", "blocks_of", "main_content", "read_page",
           "page_stats", "generic_blocks", "generic_candidates", "parse_html", "parse_text", "run", "ParsePipeline", "_info_byline"]


# ---------------------------------------------------------------- profiles

def _select(sel: Any, queries: list[str]) -> list[Any]:
    """parsel results of the first query that matches (CSS, or XPath if it starts with '/')."""
    for query in queries:
        found = sel.xpath(query) if query.startswith(("/", "(")) else sel.css(query)
        if found:
            return list(found)
    return []


def _select_text(sel: Any, queries: list[str]) -> str | None:
    for item in _select(sel, queries):
        value = item.get()
        text = _clean_ws(lxml.html.fromstring(value).text_content() if value.lstrip().startswith("<") else value)
        if text:
            return text
    return None


def parse_html(doc: Document) -> Document:
    root = parse_tree(doc.text or "")
    meta = read_page(root)
    meta.update(fallbacks(root, doc.url, meta))  # before the tree is cleaned
    profile = profiles.of(doc)
    blocks: list[dict[str, Any]] = []
    title = None
    if profile and profile.selectors:
        import parsel

        sel = parsel.Selector(root=root, type="html")
        selectors = profile.selectors
        title = _select_text(sel, selectors.get("title", []))
        for key, field_name in (("byline", "byline"), ("published", "date_text"), ("section", "section_text")):
            value = _select_text(sel, selectors.get(key, []))
            if value:
                meta[field_name] = value
        bodies = [s.root for s in _select(sel, selectors.get("body", [])) if not isinstance(s.root, str)]
        for body in bodies:
            for remove_query in selectors.get("remove", []):
                for hit in sel.css(remove_query) if not remove_query.startswith("/") else sel.xpath(remove_query):
                    if not isinstance(hit.root, str) and _is_descendant(hit.root, body):
                        _drop(hit.root)
            clean_tree(body, by_hint=False)
        blocks = blocks_of(bodies)
        if not any(len(b["text"]) >= 20 for b in blocks):
            blocks = []
            doc.warnings.append(f"profile {profile.name} selectors found no body; generic extraction used")
    listing_signals: dict[str, Any] = {}
    if not blocks:
        reveal_noscript_stories(root)  # before any signal or candidate reads the tree
        types_og = listing.page_types(root)  # JSON-LD types: read once for the listing and thread signals
        listing_signals = listing.signals(root, types_og, doc.url)
        blocks, meta["candidate"], meta["alternative"] = generic_candidates(root, doc.url, types_og[0])
    stats = page_stats(root, blocks)
    stats["password_field"] = meta.pop("password_field", False)
    private = {k: listing_signals.pop(k) for k in listing.PRIVATE if k in listing_signals}
    stats.update(listing_signals)
    if listing_signals:
        stats.update(listing.candidate_signals(blocks, private))
    meta["page_stats"] = stats
    doc.title = title or _best_h1(root, meta) or meta.get("og:title") or meta.get("html_title")
    doc.meta = PageMeta.from_raw(meta)
    doc.blocks = blocks
    return doc


def generic_blocks(root: Any, url: str | None) -> tuple[list[dict[str, Any]], str]:
    """The generic path: trafilatura's structured output first, the project's own
    main-content choice when trafilatura finds nothing or far less; returns the blocks and
    which candidate they are (``"trafilatura"`` or ``"own"``).  ``root`` is cleaned in place
    (trafilatura works on its own copy)."""
    blocks, which, _ = generic_candidates(root, url)
    return blocks, which


def generic_candidates(root: Any, url: str | None, types: set[str] | None = None,
                       ) -> tuple[list[dict[str, Any]], str, list[dict[str, Any]]]:
    """:func:`generic_blocks` plus the candidate not chosen (the fallback of
    :mod:`pipelines.boilerplate` when the chosen one has no running text left); ``types``:
    the page's JSON-LD types (:func:`pipelines.listing.page_types`) when already read."""
    from pipelines.trafilatura_candidate import candidate

    threaded = thread_evidence(root, url, listing.page_types(root)[0] if types is None else types)
    scripts = state_scripts(root)  # before clean_tree drops them
    drop_repeats(root)
    unwrap_checklists(root)
    lead = headline_lead(root)  # before clean_tree drops the header holding it
    own_of = functools.cache(lambda: _own_candidate(root))
    verdicts: dict[int, tuple[list[dict[str, Any]], bool]] = {}

    def wins(traf: list[dict[str, Any]]) -> bool:  # asked twice for the fast text: counted once
        if id(traf) not in verdicts:
            verdicts[id(traf)] = (traf, _traf_wins(traf, own_of()))
        return verdicts[id(traf)][1]

    traf = candidate(root, url, wins)
    own = own_of()
    slides = slide_blocks(root)  # the cleaned tree: no slideshow of a sidebar or a footer
    chosen, which, other = ((_leading_bylines(own, traf) + fill_gaps(traf, own), "trafilatura", own)
                            if wins(traf) else (own, "own", traf or []))
    chosen = _marked_post_instead(root, chosen)  # root is cleaned by own_of
    chosen = state_story(scripts, chosen) or chosen
    posts = thread_blocks(root, chosen) if threaded else split_blocks(root, chosen)
    return with_slides(with_lead(lead, posts or chosen), slides), which, other


def _traf_wins(traf: list[dict[str, Any]], own: list[dict[str, Any]]) -> bool:
    """trafilatura's candidate is kept unless it is empty or far shorter than the own one; far
    longer is no reason to switch when the longer text is a list of dated items."""
    return bool(traf) and (not _far_shorter(traf, own) or is_dated_list(own, traf))


def _own_candidate(root: Any) -> list[dict[str, Any]]:
    """The project's own candidate; cleans ``root`` in place (trafilatura reads its own copy,
    and asks for the verdict only once it no longer reads ``root``)."""
    clean_tree(root)
    return blocks_of(main_content(root))


def _marked_post_instead(root: Any, chosen: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The page's marked post (:func:`pipelines.html_clean.marked_post`, read on the cleaned
    tree) when no block of the chosen candidate is in it and the candidate's text sits in a
    hinted box, or is gone from the cleaned page and no longer than the post: a post of a few
    short lines loses the candidate choice to a sidebar's feed."""
    post = marked_post(root)
    if post is None or not chosen:
        return chosen
    held = text_key(post.text_content())
    if not held or any(text_key(b["text"])[:40] in held for b in chosen) or not _titled(root, post):
        return chosen
    post_blocks = blocks_of(post)
    where = _where(root, chosen)
    if where == "hinted" or (where == "gone" and _words(post_blocks) >= _words(chosen)):
        return post_blocks or chosen
    return chosen


def _titled(root: Any, post: Any) -> bool:
    """``post`` holds a heading that is the page's title (``og:title`` or ``<title>``, site
    name and all): the post itself, not a loop of other posts carrying the post's classes."""
    title = text_key(" ".join(root.xpath('//meta[@property="og:title"]/@content | //title/text()')))
    return any(len(key) >= 10 and key in title
               for key in (text_key(h.text_content()) for h in post.iter("h1", "h2", "h3")))


def _where(root: Any, chosen: list[dict[str, Any]]) -> str:
    """Where the chosen candidate's longest paragraph is on the cleaned page: ``"gone"`` (the
    cleaning dropped the box trafilatura read it from: a sidebar, but also a theme's wrapper
    of a whole story, hence the length test of the caller), ``"hinted"`` (in a box whose class
    or id says sidebar, widget, ad ..., kept by ``clean_tree`` only because it holds most of
    the page's text), else ``"page"``."""
    probe = text_key(max((b["text"] for b in chosen), key=len, default=""))[:60]
    if len(probe) < 20:
        return "page"
    found = post_body(root, probe)
    if found is None:
        return "page" if probe in text_key(root.text_content()) else "gone"
    hinted = any(junk_flags(hint_flags(el)) for el in (found, *found.iterancestors()) if el.tag not in ("html", "body"))
    return "hinted" if hinted else "page"


def _leading_bylines(own: list[dict[str, Any]], traf: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Byline lines the own path found just above the text trafilatura starts with
    ("证券时报记者 赵敏" on its own line): trafilatura drops such short lines, but the
    boilerplate stage reads the authors from them (and removes them from the body)."""
    from pipelines.boilerplate import byline_names

    first = traf[0]["text"]
    for i, block in enumerate(own[:8]):
        if block["text"] == first:
            return [b for b in own[max(0, i - 3):i]
                    if len(b["text"]) <= 60 and byline_names(" ".join(b["text"].split()))]
    return []


def _is_descendant(el: Any, ancestor: Any) -> bool:
    while el is not None:
        if el is ancestor:
            return True
        el = el.getparent()
    return False


def _best_h1(root: Any, meta: dict[str, Any]) -> str | None:
    """The page's <h1>; with several, the one sharing most words with <title>.  When none of
    several shares a word (or a CJK character) with it, they are the page's section headings
    (a page's own headline sat in the header the cleaning dropped): None, so the metadata
    title stands in for the headline."""
    h1s = [_clean_ws(h.text_content()) for h in root.iter("h1")]
    h1s = [h for h in h1s if h]
    if not h1s:
        return meta.get("h1")
    if len(h1s) == 1:
        return h1s[0]
    ref = _title_tokens(meta.get("og:title") or meta.get("html_title") or "")
    best = max(h1s, key=lambda h: len(ref & _title_tokens(h)))
    return best if not ref or ref & _title_tokens(best) else None


def _title_tokens(text: str) -> set[str]:
    """Lower-cased words, each CJK character counted as a word of its own."""
    words = text.lower().split()
    return {w for w in words if not cjk_count(w)} | {ch for w in words if cjk_count(w) for ch in w if is_cjk_char(ch)}


_TITLE_END_RE = re.compile(r"[.。;；:：,，]$")


def _is_title_line(text: str) -> bool:
    """A headline: at most 50 words / 80 CJK characters, not ending like a
    sentence (a stop, colon or comma; ``?`` and ``!`` may end a headline)."""
    core = text.rstrip("”’\"') ）)")
    short = cjk_count(text) <= 80 if cjk_count(text) else len(text.split()) <= 50
    return short and not _TITLE_END_RE.search(core)


def parse_text(doc: Document) -> Document:
    """Plain-text capture: one block per non-empty line; the first line is the title
    when it looks like one (:func:`_is_title_line`), else it stays in the body."""
    blocks = []
    gap = True
    for line in (doc.text or "").splitlines():
        line = _clean_ws(line)
        if not line:
            gap = True
            continue
        blocks.append({"kind": "paragraph", "text": line, "_links": 0.0, "_tag": "line", "_gap": gap})
        gap = False
    doc.title = blocks[0]["text"] if len(blocks) > 1 and _is_title_line(blocks[0]["text"]) else None
    paragraphs = sum(1 for b in blocks if (len(b["text"]) >= 80 or cjk_count(b["text"]) >= 25)
                     and _PUNCT_RE.search(b["text"]))
    doc.meta.page_stats = {"paragraphs": paragraphs, "blocks": len(blocks), "link_density": 0.0,
                           "links": 0, "password_field": False}
    doc.blocks = blocks
    return doc


def run(doc: Document) -> Document:
    if doc.text is None:
        raise Reject("parse", "nothing to parse: the page was not decoded")
    if doc.input_kind == "text":
        return parse_text(doc)
    return parse_html(doc)


class ParsePipeline(StagePipeline):
    stage = "parse"
    func = staticmethod(run)
