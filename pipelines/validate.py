"""Stage `validate`: final body, hash, word count; rejects non-articles.

Sets ``doc.body`` (block texts joined by ``"\\n\\n"``, headings included),
``doc.content_hash`` (sha256 hex of ``body``), ``doc.word_count`` (Latin words
plus CJK ideographs) and ``doc.canonical_url``; strips the private ``_*`` keys
from blocks so they are exactly ``{"kind", "text"}``.

Rejects (``Reject("validate", reason)``), checked in this order:

* login page — a password field and fewer than :data:`LOGIN_WORDS` words, unless the page is a
  story or a structured-data entry with a sign-in box beside it (:func:`is_login_page`);
* empty body — nothing left after boilerplate removal (a page of links says so);
* not an article — no paragraph of running text (a paragraph is >= 80
  characters or >= 25 CJK ideographs, has sentence punctuation and is less
  than half link text): listings, indexes, galleries -- unless the page is a dated post
  (single-post template, JSON-LD article or dated permalink; a publication date; a main text
  not mostly link text) of :data:`DATED_POST_WORDS` words or more set in short lines, or
  with a byline (a photo post's captions), or a page whose structured data names one entry
  (a recipe's ingredient lines);
* not an article — the page is mostly links (link density > 0.5) and has fewer
  than 3 running-text paragraphs, unless a dated story with a byline;
* not an article — a listing or collection page (:mod:`pipelines.listing`: teasers as the
  main text, structured data naming a collection, or the weighed evidence of
  :mod:`pipelines.listing_evidence`, which reads the URL, titles and date from the document);
* too short — fewer than :data:`MIN_WORDS` words, unless a dated story (:func:`dated_story`: a
  headline, a publication date and a paragraph of running text is a short story) whose title is
  not a short label (or is, under a dated permalink), or a bylined dated post of captions.
"""

from __future__ import annotations

import re

from pipelines import listing, listing_evidence
from pipelines.base import StagePipeline
from pipelines.dedup import canonical_url, content_hash
from pipelines.document import Document
from pipelines.errors import Reject
from pipelines.normalize import cjk_count, word_count

#: Fewer words than this is not an article (a flash item has ~40), unless it is a dated story.
MIN_WORDS = 30
#: A page with a password field and fewer words than this is a login page (unless a story).
LOGIN_WORDS = 150
#: A dated post (single-post template or JSON-LD article) this long is kept without a paragraph
#: of running text.
DATED_POST_WORDS = 150
_SENTENCE_PUNCT_RE = re.compile(r"[,，、。.;；:：!！?？]")


def is_running_text(block: dict) -> bool:
    """A paragraph of prose rather than a headline, label or link."""
    text = block["text"]
    return (
        block.get("kind") == "paragraph"
        and block.get("_links", 0.0) < 0.5
        and (len(text) >= 80 or cjk_count(text) >= 25)
        and bool(_SENTENCE_PUNCT_RE.search(text))
    )


def _document_signals(doc: Document) -> dict:
    """The listing evidence read from the document (:mod:`pipelines.listing_evidence`)."""
    meta = doc.meta
    titles = [meta.h1 or "", meta.html_title or "", meta.head.get("og:title") or ""]
    found = listing_evidence.from_document(doc.url, titles, meta.head, meta.jsonld_published)
    found["long_paragraph"] = any(len(b["text"]) >= listing_evidence.LONG_PARAGRAPH
                                  for b in doc.blocks if is_running_text(b))
    found["bylined"] = bool(doc.authors and doc.published_at)
    found["published"] = bool(doc.published_at)
    found["linked_text"] = listing_evidence.linked_text(doc.blocks)
    return found


def dated_story(doc: Document, running: int) -> bool:
    """A headline, a publication date and a paragraph of running text: what a story has and
    a form, a link page or an error page does not (a short story is still a story)."""
    return bool(doc.title and doc.published_at and running)


def post_page(stats: dict, found: dict) -> bool:
    """The page calls itself one post: a single-post template, structured data typing it as
    an article, or a permalink URL (a date followed by a slug)."""
    return bool(stats.get("single_template") or stats.get("ld_article") or found.get("dated_url"))


def short_story(doc: Document, running: int, found: dict, captions: bool) -> bool:
    """A text under the word minimum that is still a story: a dated story not titled with a
    short label or under a dated permalink (a numbered entry of a series is titled so), or
    a dated, bylined post of short lines and no running text (a photo post's captions)."""
    if captions and running == 0:
        return True
    return dated_story(doc, running) and not (found["label_title"] and not found.get("dated_url"))


def link_roll(blocks: list[dict]) -> bool:
    """Half or more of the text is a link roll's credited links (``_credited``: each linked
    title followed by its "via X" credit, :func:`pipelines.boilerplate_runs.mark_link_rolls`)."""
    total = sum(len(b["text"]) for b in blocks)
    return bool(total) and 2 * sum(len(b["text"]) for b in blocks if b.get("_credited")) >= total


def is_login_page(doc: Document, words: int, running: int) -> bool:
    """A password field on a short page is a login page, unless the page is a story with a
    sign-in box beside it (a comment or account form): a dated story that also has a byline,
    structured data typing it as an article or a single-post template, or an undated bylined
    post of two paragraphs of running text or more (a form has labels, not paragraphs), or a
    titled page whose structured data names one entry (a recipe, a how-to, a forum post)."""
    stats = doc.meta.page_stats
    if not stats.get("password_field") or words >= LOGIN_WORDS:
        return False
    story = dated_story(doc, running) and bool(
        doc.authors or stats.get("ld_article") or stats.get("single_template"))
    # structured data naming one entry (a recipe, a how-to, a forum post) is not a form's
    entry = bool(doc.title and stats.get("ld_entry"))
    bylined_post = bool(doc.title and doc.authors and running >= 2)
    return not (story or bylined_post or entry)


def check(doc: Document, *, min_words: int = MIN_WORDS) -> int:
    """Raise :class:`Reject` if ``doc`` (after boilerplate) is not an article; else return its
    words (the sum over its blocks: no word spans the blank line between two)."""
    blocks = doc.blocks
    stats = doc.meta.page_stats
    words = sum(word_count(b["text"]) for b in blocks)
    running = sum(1 for b in blocks if is_running_text(b))
    if is_login_page(doc, words, running):
        raise Reject("validate", f"not an article: a login form (password field, {words} words)")
    if not blocks:
        if stats.get("links", 0) >= 15 and stats.get("link_density", 0) > 0.4:
            raise Reject("validate", f"not an article: a page of links (link density {stats['link_density']:.2f}, "
                                     f"{stats['links']} links, no paragraph of text)")
        if stats.get("blocks") and not stats.get("paragraphs"):
            raise Reject("validate", f"not an article: no paragraph of running text ({stats['blocks']} short "
                                     f"lines, all boilerplate or links; page link density "
                                     f"{stats.get('link_density', 0):.2f})")
        if stats.get("blocks") == 0:
            raise Reject("validate", "empty body: no text found on the page")
        raise Reject("validate", "empty body: nothing left after removing boilerplate")
    found = _document_signals(doc)
    listing_reason = listing.reason(stats, sum(len(b["text"]) for b in blocks), found)
    if listing_reason:
        raise Reject("validate", listing_reason)
    # A dated post (the page says it is one) keeps text set in short lines: hard-wrapped
    # prose, verse, notes when long enough, a photo post's captions when it has a byline.
    post = bool(found["dated"] or doc.published_at) and post_page(stats, found) and not found["linked_text"]
    captions = post and bool(doc.authors)
    # One entry by its structured data (a recipe's ingredient lines, a how-to's steps).
    entry = stats.get("ld_entry") and not found["linked_text"]
    if running == 0 and not (post and words >= DATED_POST_WORDS or captions or entry):
        raise Reject("validate", f"not an article: no paragraph of running text "
                                 f"({len(blocks)} short lines, page link density {stats.get('link_density', 0):.2f})")
    # A short bylined story in a page of heavy navigation is a story: the page's links are
    # the site's, not the story's; so is a dated post that is a link roll (its links are its text).
    if stats.get("link_density", 0) > 0.5 and running < 3 and not (dated_story(doc, running) and doc.authors) \
            and not (post and link_roll(blocks)):
        raise Reject("validate", f"not an article: a page of links (link density {stats['link_density']:.2f}, "
                                 f"{stats.get('links', 0)} links, {running} paragraphs of text)")
    # A short text under a label ("Services", "About us") is a landing blurb, not a story --
    # unless a dated post says it is one (:func:`short_story`).
    if words < min_words and not short_story(doc, running, found, captions):
        raise Reject("validate", f"too short: {words} words (minimum {min_words})")
    return words


_CLOSING_TAG = re.compile(r"</(?:html|body)\s*>", re.I)


def looks_truncated(doc: Document) -> bool:
    """HTML that never closes ``<body>`` or ``<html>``: the download was cut off
    (a dropped connection, a size limit), so what is missing is not boilerplate."""
    return doc.input_kind == "html" and bool(doc.text) and not _CLOSING_TAG.search(doc.text[-4096:])


def run(doc: Document) -> Document:
    try:
        words = check(doc)
    except Reject as exc:
        # Say so when the page was cut off: the reject is then worth a retry.
        if looks_truncated(doc):
            raise Reject(exc.stage, f"{exc.reason}; the HTML looks truncated (no closing </body> or </html>)") from exc
        raise
    doc.blocks = [{"kind": b["kind"], "text": b["text"]} for b in doc.blocks]
    doc.body = "\n\n".join(b["text"] for b in doc.blocks)
    doc.content_hash = content_hash(doc.body)
    doc.word_count = words  # = word_count(doc.body): the blocks' counts add up across "\n\n"
    if doc.url:
        doc.canonical_url = canonical_url(doc.url)
    return doc


class ValidatePipeline(StagePipeline):
    stage = "validate"
    func = staticmethod(run)
