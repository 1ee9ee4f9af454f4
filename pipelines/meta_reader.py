"""The raw reader: walks the parsed HTML tree once and collects the page's metadata as raw
strings (``<head>`` values, JSON-LD, hinted bylines, dates, breadcrumbs, Chinese info bars).

:func:`read_page` returns a plain dict; the parse stage turns it into the typed record,
:class:`pipelines.meta_record.PageMeta` (``Document.meta``), which documents every key."""

from __future__ import annotations

import re
from typing import Any, Iterator

from lxml import etree

from pipelines.meta_dates import dates_in_text
from pipelines.meta_structured import jsonld_fields
from pipelines.meta_title import title_pieces
from pipelines.html_common import (  # noqa: F401
    INVISIBLE_TAGS,
    short_text,
    _BYLINE_HINT_RE,
    _BYLINE_WORD_RE,
    _CRUMB_HINT_RE,
    _DATE_HINT_RE,
    _INFO_DATE_RE,
    _INFO_SPLIT_RE,
    _POSTMETA_HINT_RE,
    _SOURCE_TEXT_RE,
    UPDATED_LABEL_RE,
    _clean_ws,
    _hint,
)

# ---------------------------------------------------------------- metadata

# A date element named by a compound word: "paperdate", "newsdate", "article_date", "entrydate"
# (Chinese e-paper and CMS templates); "update" and "candidate" are not among them.
_COMPOUND_DATE_HINT_RE = re.compile(r"(?:paper|news|article|entry|story|post|pub|publish|release|issue)[-_]?date", re.I)

def _info_byline(raw: str) -> list[str] | None:
    """Names in a byline or an info bar: "澎湃新闻记者 沈佳宁", "来源：X　作者：记者 A 通讯员 B
    发布时间：...", "文/X".  The bar is cut at its labels; each piece is tried as a byline."""
    from pipelines.boilerplate import byline_names

    for piece in _INFO_SPLIT_RE.split(raw):
        piece = _clean_ws(piece)
        if 2 <= len(piece) <= 60:
            names = byline_names(piece)
            if names:
                return names
    return None


def _head(root: Any, meta: dict[str, Any]) -> None:
    """``<title>``, ``<meta>`` tags (first of a name wins), canonical link, ``<html lang>``."""
    title_el = root.find(".//title")
    if title_el is not None and title_el.text_content().strip():
        meta["html_title"] = _clean_ws(title_el.text_content())
    for el in root.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        value = el.get("content")
        if key and value and key not in meta:
            meta[key] = _clean_ws(value)
    for el in root.iter("link"):
        if (el.get("rel") or "").lower() == "canonical" and el.get("href"):
            meta["canonical"] = el.get("href").strip()
            break
    if root.get("lang"):
        meta["lang"] = root.get("lang")


# A reader comment's "comment-author" is not the article's byline.
_COMMENTS_RE = re.compile(r"(?:^|[\s_-])(?:comments?|comment-?list|respond|replies|discussion)(?:$|[\s_-])", re.I)


def in_comments(el: Any) -> bool:
    """Inside the page's comment section (an ancestor's class/id says comments)."""
    return any(_COMMENTS_RE.search(f"{anc.get('class') or ''} {anc.get('id') or ''}") for anc in el.iterancestors())


_HINT_KINDS: dict[str, tuple[bool, bool, bool, bool]] = {}


#: Every hint pattern of :func:`_hint_kinds` needs one of these words (lower case): a hint holding
#: none of them is no byline, date or breadcrumbs hint, and its text (often a long list of utility
#: classes) is not run through the five patterns.
HINT_WORDS = ("author", "byline", "writer", "reporter", "zuozhe", "meta", "date", "time", "publish", "fbsj",
              "crumb", "position", "location", "where", "dqwz")
_NO_KINDS = (False, False, False, False)
_HINT_WORD_RE = re.compile("|".join(map(re.escape, HINT_WORDS)))
#: The first character of every match of ``_BYLINE_WORD_RE``: a page text holding none of them
#: holds no byline word (not searched: most English pages).
_BYLINE_WORD_FIRSTS = "作记通撰文"


def _has_hint_word(hint: str) -> bool:
    lower = hint.lower()
    if not lower.isascii():  # re.I also reads "ı" as "i" and "ſ" as "s" ("İ" lower-cases to "i" + a dot)
        lower = lower.replace("ı", "i").replace("ſ", "s")
    return _HINT_WORD_RE.search(lower) is not None  # any(word in lower for word in HINT_WORDS), in C


def _hint_kinds(hint: str) -> tuple[bool, bool, bool, bool]:
    """Whether ``hint`` names a byline, post meta, a date, breadcrumbs; remembered per hint
    (a page repeats a few class names on many elements)."""
    kinds = _HINT_KINDS.get(hint)
    if kinds is None:
        if len(_HINT_KINDS) > 20000:
            _HINT_KINDS.clear()
        kinds = _HINT_KINDS[hint] = _NO_KINDS if not _has_hint_word(hint) else (
            bool(_BYLINE_HINT_RE.search(hint)), bool(_POSTMETA_HINT_RE.search(hint)),
            bool(_DATE_HINT_RE.search(hint) or _COMPOUND_DATE_HINT_RE.search(hint)), bool(_CRUMB_HINT_RE.search(hint)))
    return kinds


def _hinted(el: Any, meta: dict[str, Any]) -> None:
    """Byline, date and breadcrumbs from an element whose class/id (or itemprop/rel) says so."""
    if not el.attrib or el.tag in _NO_TEXT_TAGS:  # no attribute, no hint (most elements of a page)
        return  # <style id="co-authors-inline-css">: a style sheet is no byline
    hint = _hint(el)
    if el.get("rel") == "author" or el.get("itemprop") == "author":
        hint += " author"
    if el.get("itemprop") in ("datePublished", "dateCreated"):
        hint += " date"
    if not hint:
        return
    kinds = _hint_kinds(hint)
    if "byline" not in meta and (kinds[0] or (kinds[1] and re.search(r"\bby\s+[A-Z]", el.text_content()))):
        text = _clean_ws(" ".join(el.itertext()))  # <span>By X</span><span>Role</span>
        if 0 < len(text) <= 120 and not in_comments(el):
            meta["byline"] = text
    if "date_text" not in meta and kinds[2]:
        text = _clean_ws(el.get("datetime") or el.get("content") or el.text_content())
        # an "Updated ..." element is the last change; a later element may state the publication
        if 6 <= len(text) <= 120 and re.search(r"\d{4}|\d{1,2}:\d{2}", text) and not UPDATED_LABEL_RE.search(text):
            meta["date_text"] = text
    if "breadcrumbs" not in meta and kinds[3]:
        crumbs = [c for a in el.iter("a") if (c := _clean_ws(a.text_content()))]
        if crumbs:
            meta["breadcrumbs"] = crumbs


_WORDY: dict[str, bool] = {}


def _wordy(value: str) -> bool:
    """:func:`_has_hint_word` of one attribute value, remembered (class names repeat)."""
    found = _WORDY.get(value)
    if found is None:
        if len(_WORDY) > 20000:
            _WORDY.clear()
        found = _WORDY[value] = _has_hint_word(value)
    return found


def _may_hint(el: Any) -> bool:
    """Whether :func:`_hinted` can find anything on ``el``: its hint holds one of
    :data:`HINT_WORDS` only if one of the attribute values it is built from does (no word holds
    a space, "_" or "-", and ``lower`` works character by character on them), and the
    ``rel``/``itemprop`` values it adds "author" or "date" for are tested as it tests them."""
    get = el.get
    for name in ("class", "id", "data-component", "data-testid"):
        value = get(name)
        if value and _wordy(value):
            return True
    return get("rel") == "author" or get("itemprop") in ("author", "datePublished", "dateCreated")


def _hinted_fields(root: Any, meta: dict[str, Any]) -> None:
    """:func:`_hinted` on every element in page order, until every hinted field is found.
    Elements without a hint word (most) are passed over without building their hint."""
    for el in root.iter():
        if el.attrib and _may_hint(el):
            _hinted(el, meta)
            if "byline" in meta and "date_text" in meta and "breadcrumbs" in meta:
                return  # every hinted field found: the rest of the tree can add nothing


def _info_wanted(root: Any, meta: dict[str, Any]) -> set[str]:
    """The info-line fields the page can still give: an element's text is a stretch of the
    page's text (``itertext`` of the root, in C), and none of the three patterns has an anchor
    or a look-behind, so a field whose pattern the page text does not match is not searched
    element by element (most English pages: no CJK label, no "2024-05-06 12:30")."""
    text = root.text_content()  # the same string as joining ``itertext()``, built in C
    wanted = set()
    if "info_byline" not in meta and any(c in text for c in _BYLINE_WORD_FIRSTS) and _BYLINE_WORD_RE.search(text):
        wanted.add("info_byline")
    if "source_text" not in meta and ("来源" in text or "來源" in text):  # every _SOURCE_TEXT_RE label
        wanted.add("source_text")
    if "date_text" not in meta and _INFO_DATE_RE.search(text):
        wanted.add("date_text")
    return wanted


def _info_lines(root: Any, meta: dict[str, Any]) -> None:
    """Info lines outside the article body: "发布时间：2023-11-14 15:32 来源：证券时报网"."""
    wanted = _info_wanted(root, meta)
    if not wanted:
        return
    for el in root.iter("div", "span", "p", "td", "em", "small", "li"):
        if wanted.issubset(meta):  # every field it could still give is found
            return
        if len(el) > 6:
            continue
        pieces = short_text(el, 150)  # longer text is no info line: not read in full
        if pieces is None:
            continue
        raw = "".join(pieces)
        text = _clean_ws(raw)
        if "info_byline" not in meta and 4 <= len(text) <= 150 and _BYLINE_WORD_RE.search(text):
            names = _info_byline(raw)
            if names:
                meta["info_byline"] = names
        if not 6 <= len(text) <= 150:
            continue
        if "source_text" not in meta:
            # Items in neighbouring spans are separate: "来源: <a>X</a><span>阅读 (3287)</span>".
            m = _SOURCE_TEXT_RE.search(" ".join(pieces) if len(el) else text)
            if m:
                meta["source_text"] = m.group(1)
        if "date_text" not in meta and _INFO_DATE_RE.search(text) and not UPDATED_LABEL_RE.search(text):
            meta["date_text"] = text


# The reader's view of the headline's surroundings: the kicker above it, then byline, dateline, lede.
HEADLINE_BEFORE, HEADLINE_AFTER = 300, 1500
_NO_TEXT_TAGS = frozenset({"script", "style", "noscript", "template", "svg"})


def _text_around(root: Any, anchor: Any) -> str:
    """The visible text from ``HEADLINE_BEFORE`` characters before ``anchor`` (within its
    grandparent: a kicker, not a masthead elsewhere) to ``HEADLINE_AFTER`` characters after its
    start (stops reading there)."""
    box = anchor.getparent()
    box = box.getparent() if box is not None and box.getparent() is not None else box
    before, after, started, skip, read = "", [], False, 0, 0
    if box is None:
        events = etree.iterwalk(root, events=("start", "end"))
    else:  # all text before the box's start is forgotten there: the walk starts at the box
        events = _walk_from(root, box)
        skip = sum(1 for a in box.iterancestors() if a.tag in _NO_TEXT_TAGS)
    for event, el in events:
        if not isinstance(el.tag, str):
            continue
        if event == "start":
            if el is box:
                before = ""
            if el is anchor:
                started = True
            skip += el.tag in _NO_TEXT_TAGS
            piece = el.text if not skip else None
        else:
            skip -= el.tag in _NO_TEXT_TAGS
            piece = el.tail if not skip else None
        if not piece:
            continue
        if started:
            after.append(piece)
            read += len(piece)
            if read > 3 * HEADLINE_AFTER:  # raw text holds white space runs
                break
        else:
            before = (before + " " + piece)[-3 * HEADLINE_BEFORE:]
    before = _clean_ws(before)[-HEADLINE_BEFORE:]
    return (before + " " + _clean_ws(" ".join(after))[:HEADLINE_AFTER]).strip()


def _walk_from(root: Any, box: Any) -> Iterator[tuple[str, Any]]:
    """The events of ``etree.iterwalk(root, events=("start", "end"))`` from ``box``'s start on:
    ``box``'s own walk, then each following sibling's walk and the parent's end, up to ``root``."""
    yield from etree.iterwalk(box, events=("start", "end"))
    node = box
    while node is not root:
        for sibling in node.itersiblings():
            yield from etree.iterwalk(sibling, events=("start", "end"))
        node = node.getparent()
        if node is None:
            return
        yield "end", node


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w{2,}", text.lower()))


_VISIBLE_TEXT = etree.XPath("//body//text()[not(%s)]" % " or ".join(
    f"ancestor::{tag}" for tag in (*INVISIBLE_TAGS, "svg")), smart_strings=False)


def headline_dates(root: Any, titles: tuple[str | None, ...] = ()) -> list[str]:
    """Dates written beside the headline (see :data:`HEADLINE_BEFORE`), in page order, as
    :func:`pipelines.meta_dates.dates_in_text` gives them ("updated ..." when labelled so); the
    headline is :func:`headline_anchor`'s."""
    anchor = headline_anchor(root, titles)
    return dates_in_text(_text_around(root, anchor)) if anchor is not None else []


_TIME_AFTER = etree.XPath("(descendant::time[@datetime] | following::time[@datetime])[1]")


def _in_box(el: Any, anchor: Any) -> bool:
    """``el`` is inside the headline's grandparent (its byline and dateline box)."""
    box = anchor.getparent()
    box = box.getparent() if box is not None and box.getparent() is not None else box
    return box is not None and any(a is box for a in el.iterancestors())


def headline_anchor(root: Any, titles: tuple[str | None, ...] = ()) -> Any:
    """The headline ``<h1>``: the one sharing most words with one of ``titles`` (``og:title``, ``<title>``;
    at least half its own words, the first on a tie), else the first ``<h1>``: a masthead ``<h1>``
    beside today's date is not it."""
    h1s = [el for el in root.iter("h1") if el.text_content().strip()]
    keys = [_words(t) for t in titles if t]
    shared = [(max((len(w & k) for k in keys), default=0), -i, el) for i, el in enumerate(h1s)
              if (w := _words(el.text_content())) and any(len(w & k) * 2 >= len(w) for k in keys)]
    return max(shared, key=lambda t: t[:2])[2] if shared else (h1s[0] if h1s else None)


_NOT_TITLE_LINE = frozenset({"a", "option", "title", "script", "style", "noscript", "template"})


def _title_line(root: Any, titles: tuple[str | None, ...]) -> Any:
    """On a page without an ``<h1>``: the first element whose own text is the ``<title>``/``og:title``
    or one of its segments (six characters or more), i.e. an old template's headline set in a
    ``<font>``, ``<p>`` or ``<td>`` (links and menus left out)."""
    wanted = {seg for t in titles if t for seg in map(_clean_ws, title_pieces(t)) if len(seg) >= 6}
    body = root.find("body")
    for el in (body if body is not None else root).iter():
        if isinstance(el.tag, str) and el.tag not in _NOT_TITLE_LINE and el.text and _clean_ws(el.text) in wanted:
            return el
    return None


def _self_linked(heading: Any) -> bool:
    """``heading`` holds a permalink to itself (``<a id="x" href="#x">``, ``<h1 id="x"><a href="#x">``):
    a Markdown section heading as static-site generators render them, not the page's headline."""
    ids = {v for el in heading.iter() for v in (el.get("id"), el.get("name")) if v}
    return any((a.get("href") or "")[1:] in ids for a in heading.iter("a") if (a.get("href") or "").startswith("#"))


def read_page(root: Any) -> dict[str, Any]:
    """Raw metadata strings from ``<head>``, JSON-LD and hinted elements (the parse stage
    turns them into a :class:`pipelines.meta_record.PageMeta`)."""
    meta: dict[str, Any] = {}
    _head(root, meta)
    meta.update(jsonld_fields(root))
    anchor = headline_anchor(root, (meta.get("og:title"), meta.get("html_title")))
    # the first <time> from the headline on in the headline's box: one above it dates a masthead
    after = [el for el in _TIME_AFTER(anchor) if _in_box(el, anchor)] if anchor is not None else []
    for el in after or root.iter("time"):
        if el.get("datetime"):
            meta.setdefault("time_datetime", el.get("datetime").strip())
            break
    meta["h1s"] = [text for el in root.iter("h1") if (text := _clean_ws(el.text_content()))]
    meta["anchored_h1s"] = [_clean_ws(el.text_content()) for el in root.iter("h1") if _self_linked(el)]
    if meta["h1s"]:
        meta["h1"] = meta["h1s"][0]
    _hinted_fields(root, meta)
    _info_lines(root, meta)
    titles = (meta.get("og:title"), meta.get("html_title"))
    dated = anchor if anchor is not None else _title_line(root, titles)
    meta["headline_dates"] = dates_in_text(_text_around(root, dated)) if dated is not None else []
    if meta.get("jsonld_published") and meta["headline_dates"] and all(
            d.startswith("updated ") for d in meta["headline_dates"]):
        meta["page_dates"] = dates_in_text(" ".join(_VISIBLE_TEXT(root)))  # see PageMeta.page_dates
    meta["password_field"] = any((el.get("type") or "").lower() == "password" for el in root.iter("input"))
    return meta
