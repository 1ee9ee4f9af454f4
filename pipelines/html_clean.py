"""Page junk dropped from the lxml tree in place: layout and invisible elements, hidden
boxes, hinted boxes (share, related, sidebar, ad ...), deks, pull quotes and embeds; never
the element holding most of the page's text."""

from __future__ import annotations

import re
from typing import Any


from pipelines.html_hints import EMBED, REP, hint_flags, junk_flags
from pipelines.normalize import cjk_count
from pipelines.html_common import (  # noqa: F401
    INVISIBLE_TAGS,
    _DROP_TAGS,
    _EMBED_HINT_RE,
    _HEADING_HINT_RE,
    _HEADING_TAGS,
    _HIDDEN_CLASS_RE,
    _HIDDEN_STYLE_RE,
    _LAYOUT_TAGS,
    _NEGATIVE_RE,
    _POSITIVE_RE,
    REPEAT_MAX_WEIGHT,
    _REPEAT_HINT_RE,
    _hint,
    _link_density,
    _text_len,
)

# ---------------------------------------------------------------- cleaning

def _is_hidden(el: Any) -> bool:
    if el.get("hidden") is not None or (el.get("aria-hidden") or "").lower() == "true":
        return True
    style = el.get("style")
    if style and _remembered(_HIDDEN_STYLES, style, _HIDDEN_STYLE_RE.search):
        return True
    cls = el.get("class")
    return bool(cls and _remembered(_HIDDEN_CLASSES, cls, _HIDDEN_CLASS_RE.search))


def _drop(el: Any) -> None:
    """Remove ``el`` but keep its tail text in place."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail and tail.strip():
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def _paragraph_text_len(el: Any) -> int:
    return sum(len(p.text_content()) for p in el.iter("p"))


def _paragraph_weight(el: Any) -> float:
    """Paragraph text in 'Latin characters' (a CJK ideograph weighs 2.5).  Weighed joined: a
    weight is a count of single characters (exact half-integers), so it adds up."""
    return _text_len(_paragraph_text(el))


def _paragraph_text(el: Any) -> str:
    return "".join([p.text_content() for p in el.iter("p")])


def _reaches(text: str, bound: float) -> bool:
    """``_text_len(text) >= bound``: a character weighs 1 to 2.5, so the length alone answers
    unless it falls between ``bound / 2.5`` and ``bound`` (only then are ideographs counted)."""
    if len(text) >= bound:
        return True
    return 2.5 * len(text) >= bound and _text_len(text) >= bound


def _visible_weight(el: Any, text: str | None = None) -> float:
    """Visible text of ``el`` (scripts and styles left out) in 'Latin characters'; ``text`` is
    ``el.text_content()`` when the caller has it."""
    weight = _text_len(el.text_content() if text is None else text)
    hidden = [bad.text_content() for bad in el.iter(*INVISIBLE_TAGS)]
    return weight - _text_len("".join(hidden)) if hidden else weight


class VisibleWeight:
    """:func:`_visible_weight` of an element, known first by its bounds: the visible text's
    ideographs are counted only at the first comparison the bounds leave open (the page's
    weight is asked about elements far smaller than half of it, and counting the ideographs
    of a whole page, its scripts' text included, is most of the cost).  With ``H`` the
    invisible texts' weight (counted: scripts are mostly ASCII, answered at once), the weight
    is ``len(text) + 1.5 * ideographs - H``, between ``len(text) - H`` and ``2.5 * len(text) - H``
    (no ideograph, or only ideographs), both exact half-integers as floats."""

    def __init__(self, el: Any) -> None:
        self._text = el.text_content()
        self._hidden = [bad.text_content() for bad in el.iter(*INVISIBLE_TAGS)]
        base = len(self._text) - (_text_len("".join(self._hidden)) if self._hidden else 0)
        self.low = base
        self.high = base if self._text.isascii() else base + 1.5 * len(self._text)
        self._exact: float | None = None

    def exact(self) -> float:
        """The weight, as :func:`_visible_weight` computes it."""
        if self._exact is None:
            weight = _text_len(self._text)
            self._exact = weight - _text_len("".join(self._hidden)) if self._hidden else weight
        return self._exact

    def below(self, bound: float) -> bool:
        """``weight < bound``."""
        if self.high < bound:
            return True
        return False if self.low >= bound else self.exact() < bound

    def under(self, value: float, share: float) -> bool:
        """``value > share * weight`` (``share`` > 0)."""
        if value > share * self.high:
            return True
        return False if value <= share * self.low else value > share * self.exact()


def _holds_most_text(el: Any, total: VisibleWeight) -> bool:
    """``el`` holds most of the page's visible text (``total``), whatever tags it is in: it is
    the article.  (A character weighs at most 2.5 and scripts only subtract: text too short to
    hold half the total at that weight is answered without weighing it.)"""
    if total.below(200):
        return False
    text = el.text_content()
    return (total.under(2.5 * len(text), 0.5)
            and total.under(_visible_weight(el, text), 0.5) and _link_density(el) <= 0.5)


def _holds_article(el: Any, total_p: float, total_visible: VisibleWeight) -> bool:
    """``el`` holds most of the page's paragraph text, or most of its visible text
    (an article whose text is in ``<div>``s or ``<br>``-separated lines, not ``<p>``).
    Without a ``<p>`` (itself or inside) its paragraph weight is 0: not weighed."""
    if (total_p >= 200 and next(el.iter("p"), None) is not None
            and _reaches(_paragraph_text(el), 0.4 * total_p)
            and _link_density(el) <= 0.5):
        return True
    return _holds_most_text(el, total_visible)


class _Totals:
    """The page's paragraph and visible text weights, computed at the first question (most
    elements are kept without asking) on the tree as it was before anything was dropped."""

    def __init__(self, root: Any) -> None:
        self.root = root
        self.values: tuple[float, VisibleWeight] | None = None

    def holds_article(self, el: Any, doomed: set[Any]) -> bool:
        """``el`` holds the article; True without asking when an ancestor of ``el`` is already
        doomed (``el`` goes with it whatever the answer: the question is not worth its cost)."""
        if doomed and any(a in doomed for a in el.iterancestors()):
            return True
        if self.values is None:
            self.values = (_paragraph_weight(self.root), VisibleWeight(self.root))
        return _holds_article(el, *self.values)


#: A section's ``<header>`` holding at least this many paragraphs of running text, and all
#: but a sliver of its ``<article>``'s text, is that section's body: page builders put each
#: text block of a story in the header of a section-sized ``<article>``.
SECTION_BODY_PARAGRAPHS = 2
SECTION_BODY_SHARE = 0.9
_STOP_RE = re.compile(r"[.!?。！？]")
#: The attribute a kept section body is marked with: its page is built of such sections.
SECTION_BODY_MARK = "data-section-body"


def _section_body(el: Any) -> bool:
    """A ``<header>`` inside an ``<article>``, holding no ``<h1>`` (not the page's headline
    block), :data:`SECTION_BODY_PARAGRAPHS` paragraphs of running text (>= 80 characters or
    25 CJK, with a sentence stop) and :data:`SECTION_BODY_SHARE` of the article's text: the
    article is that text block.  A standfirst is one paragraph; a teaser card's header holds
    a title and one excerpt."""
    article = next(el.iterancestors("article"), None)
    if article is None or next(el.iter("h1"), None) is not None:
        return False
    running = sum(1 for p in el.iter("p") if _running_text(p.text_content()))
    if running < SECTION_BODY_PARAGRAPHS:
        return False
    return len(el.text_content().strip()) >= SECTION_BODY_SHARE * len(article.text_content().strip())


def _running_text(text: str) -> bool:
    text = text.strip()
    return (len(text) >= 80 or cjk_count(text) >= 25) and bool(_STOP_RE.search(text))


#: WordPress marks a single post's page ``<body class="… postid-N …">`` and the post's own
#: element ``id="post-N"`` / ``class="post-N …"``.
_POSTID_RE = re.compile(r"(?:^|\s)postid-(\d+)(?:\s|$)")


def marked_post(root: Any) -> Any:
    """The element a single-post page marks as its post (WordPress: ``postid-N`` on
    ``<body>``, ``post-N`` as the id or a class of the post's ``div``/``article``; the one
    holding most text), or None."""
    body = root.find("body")
    m = _POSTID_RE.search(body.get("class") or "") if body is not None else None
    if not m:
        return None
    name = f"post-{m.group(1)}"
    marked = [el for el in body.iter("div", "article", "section", "main")
              if el.get("id") == name or name in (el.get("class") or "").split()]
    return max(marked, key=lambda el: len(el.text_content())) if marked else None


_JUNK: dict[str, bool] = {}
_REPEAT: dict[str, bool] = {}
_HIDDEN_STYLES: dict[str, bool] = {}
_HIDDEN_CLASSES: dict[str, bool] = {}


def _remembered(cache: dict[str, bool], hint: str, test: Any) -> bool:
    """``test(hint)``, remembered per hint: a page repeats a few class names on many elements."""
    found = cache.get(hint)
    if found is None:
        if len(cache) > 20000:
            cache.clear()
        found = cache[hint] = bool(test(hint))
    return found


def _junk_hint(hint: str) -> bool:
    """A class/id hint that drops its element: junk not also named content, or a repeat."""
    return _remembered(_JUNK, hint, lambda h: (_NEGATIVE_RE.search(h) and not _POSITIVE_RE.search(h))
                       or _REPEAT_HINT_RE.search(h))


def _repeat_hint(hint: str) -> bool:
    """A dek, standfirst, pull quote or embedded post (:func:`drop_repeats`)."""
    return _remembered(_REPEAT, hint, lambda h: _REPEAT_HINT_RE.search(h) or _EMBED_HINT_RE.search(h))


def clean_tree(root: Any, *, by_hint: bool = True) -> None:
    """Drop page junk in place (see the module docstring)."""
    doomed = []
    # A class/id hint never removes most of the page's paragraph text: themes
    # put "has-sidebar" or "nav-open" on wrappers of the whole article.
    totals = _Totals(root)
    gone: set[Any] = set()  # the doomed elements, for the ancestor test
    for el in root.iter("*"):
        tag = el.tag if isinstance(el.tag, str) else ""
        if not tag:
            doomed.append(el)  # comments and processing instructions that survived
            continue
        tag = tag.lower()
        if tag in ("html", "body"):
            continue
        if tag in _DROP_TAGS:
            # An unclosed <header> or <aside> swallows the rest of the page when parsed.
            section = tag == "header" and _section_body(el)
            if section:
                el.set(SECTION_BODY_MARK, "")  # read by pipelines.split_story
            if tag not in _LAYOUT_TAGS or not (section or totals.holds_article(el, gone)):
                doomed.append(el)
        elif el.attrib and _is_hidden(el):  # no attribute: not hidden, no hint
            # WeChat's #js_content is `visibility: hidden` until a script shows
            # it; a CMS wrapper can carry a "hidden" class its CSS overrides.
            # Hidden small things go; a hidden container of the article stays.
            if not totals.holds_article(el, gone):
                doomed.append(el)
        elif tag == "form":
            # ASP.NET pages wrap the whole page in one <form>: keep forms with text.
            if _paragraph_text_len(el) < 400:
                doomed.append(el)
        elif by_hint and el.attrib and tag not in ("p", "span", "a", "strong", "b", "em", "i", "font"):
            if tag in _HEADING_TAGS:
                # A heading is a "header" by nature: Substack's <h2 class="header-anchor-post">
                # is a subheading ("newsletter-title" still goes).
                hint = _HEADING_HINT_RE.sub(" ", _hint(el))
                junk = bool(hint) and _junk_hint(hint)
            else:
                junk = junk_flags(hint_flags(el))
            if junk:
                if not totals.holds_article(el, gone):
                    doomed.append(el)
        if doomed and doomed[-1] is el:
            gone.add(el)
    for el in doomed:
        # A parent may already be gone; dropping a detached subtree is harmless.
        _drop(el)



#: A ``<noscript>`` holding at least this much paragraph text ('Latin characters') is a copy of
#: the story for readers without scripts, not a "please enable JavaScript" notice.
NOSCRIPT_STORY_WEIGHT = 200


def reveal_noscript_stories(root: Any) -> None:
    """Unwrap a ``<noscript>`` that holds the story where the page shows nothing else: blog
    themes ship the post body in a ``<script type="text/template">`` rendered by script, with a
    ``<noscript>`` copy beside it.  Signal: the ``<noscript>`` holds paragraphs of running text
    (>= :data:`NOSCRIPT_STORY_WEIGHT`) and its parent has next to no visible text of its own
    (so the copy repeats nothing a reader already sees there)."""
    found = [el for el in root.iter("noscript") if next(el.iterancestors("head"), None) is None
             and _paragraph_weight(el) >= NOSCRIPT_STORY_WEIGHT]
    for el in found:
        parent = el.getparent()
        if parent is not None and _visible_weight(parent) < 0.2 * _paragraph_weight(el):
            el.drop_tag()


# A whole post (Substack's <article class="newsletter-post">) is never a repeat.
_NEVER_REPEATS = {"html", "body", "article", "main"}


def drop_repeats(root: Any) -> None:
    """Drop what repeats or embeds other text, before any candidate is chosen: deks,
    standfirsts and pull quotes (they repeat the story) and embedded social posts (someone
    else's text).  Unlike the broad hints of :func:`clean_tree`, these class names are
    specific enough to hold on real pages; an element holding most of the page's visible
    text still stays."""
    doomed = []
    # A plain walk: an XPath selecting the named elements costs more than the walk itself.
    for el in root.iter():
        if (el.get("class") or el.get("id")) and el.tag not in _NEVER_REPEATS and hint_flags(el) & (REP | EMBED):
            doomed.append(el)
    if not doomed:  # most pages: the page totals are not needed
        return
    total, total_p = VisibleWeight(root), _paragraph_weight(root)
    for el in doomed:
        if not _holds_article(el, total_p, total) and _text_len(el.text_content()) <= REPEAT_MAX_WEIGHT:
            _drop(el)


#: A checklist: at least this many checkbox labels outside any form.
CHECKLIST_MIN = 3


def unwrap_checklists(root: Any) -> None:
    """A recipe's ingredients or a packing list ticked off with checkboxes: each item's text
    is in a ``<label>`` around an ``<input type=checkbox>``, and both candidates drop labels
    as form chrome.  Outside a ``<form>``, three or more such labels are a checklist: they
    become ``<span>``s (their text kept, the checkbox dropped) before either candidate reads
    the page."""
    items = [label for label in root.iter("label")
             if any((i.get("type") or "").lower() == "checkbox" for i in label.iter("input"))
             and next(label.iterancestors("form"), None) is None]
    if len(items) < CHECKLIST_MIN:
        return
    for label in items:
        for box in list(label.iter("input")):
            _drop(box)
        label.tag = "span"
        label.attrib.pop("for", None)
