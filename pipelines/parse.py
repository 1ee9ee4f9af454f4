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
* ``doc.meta``: raw strings for later stages: ``html_title``, ``h1``,
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

import json
import re
from typing import Any, Iterable

import lxml.html
from lxml import etree

from pipelines import listing, profiles
from pipelines.base import StagePipeline
from pipelines.document import Document
from pipelines.errors import Reject
from pipelines.normalize import cjk_count, is_cjk_char, word_count

_PARSER = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False,
                               huge_tree=True, default_doctype=False)
_XML_DECL_RE = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)

# Elements whose content is never article text.
_DROP_TAGS = {
    "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas",
    "button", "select", "textarea", "input", "label", "nav", "aside", "footer", "header",
    "menu", "dialog", "map", "audio", "video", "source", "link", "meta",
}
# Page-layout elements (dropped like the rest, unless broken markup left the article inside one).
_LAYOUT_TAGS = {"nav", "aside", "footer", "header", "menu", "dialog", "button", "select", "textarea", "label"}
_BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
    "ol", "blockquote", "pre", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "dl", "dt",
    "dd", "figure", "hr", "center", "address", "caption", "form", "fieldset", "body", "html",
    "details", "summary",
}
_HEADING_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
# Inside a table cell these mean a layout table (a page built of tables), not a row of figures.
_ROW_LAYOUT_TAGS = {"table", "p", "div", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
                    "section", "article", "form", "img"}
# Paragraph-like elements whose text scores their ancestors.
_SCORE_TAGS = {"p", "pre", "td", "blockquote", "div", "section", "article", "li", "font", "span", "dd"}

# class/id hints, matched on "class id" with "_" turned into "-".  NEGATIVE is
# checked only on whole-ish tokens so "share-price" or "adjust" are not hit.
_NEGATIVE_RE = re.compile(
    r"(?:^|[\s-])(?:comment|comments|disqus|reply|sidebar|side|sidebox|widget|related|relate|recommend|"
    r"recommended|recommendation|rec|more-?news|read-?more|also-?read|share|sharing|sharebar|social|"
    r"sns|bshare|jiathis|advert|advertisement|ad|ads|adsbygoogle|sponsor|sponsored|promo|newsletter|"
    r"subscribe|subscription|signup|breadcrumb|breadcrumbs|crumb|crumbs|nav|navbar|navigation|menu|"
    r"footer|foot|header|masthead|topbar|popup|modal|cookie|consent|tags|tag-?list|keywords|toolbar|"
    r"print|rss|hot|hotnews|rank|ranking|paging|pagination|pager|prev-?next|page-?nav|copyright|"
    r"disclaimer|author-?bio|qrcode|qr|app-?download|download-?app|login|banner|outbrain|taboola|"
    r"most-?read|popular|trending|editor|zrbj|xgwz|xgxw|tjyd|fenxiang|pinglun|"
    # embedded social posts (X/Twitter, Instagram, TikTok, Facebook, Bluesky): not the article's text
    r"tweet|twitter-tweet|twitter-timeline|instagram-media|tiktok-embed|fb-post|bluesky-embed|social-embed)"
    r"(?:$|[\s-])",
    re.I,
)
_POSITIVE_RE = re.compile(
    r"article|content|entry|post-?body|story|main-?text|text|body|detail|artibody|"
    r"zw|zhengwen|正文|news-?con|con-?text|txt|cont(?!ainer)",
    re.I,
)
# Hints that remove an element even inside an "article"-hinted wrapper: the dek
# (standfirst) under the headline repeats the story's summary; a pull quote
# repeats a body sentence (final_en_barrons, final_en_scmp).
_REPEAT_HINT_RE = re.compile(r"(?:^|[\s-])(?:dek|standfirst|pull-?quote|pullquote)(?:$|[\s-])", re.I)
_HEADING_HINT_RE = re.compile(r"header|heading|anchor|head", re.I)
_HIDDEN_STYLE_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_HIDDEN_CLASS_RE = re.compile(r"(?:^|\s)(?:hidden|hide|d-none|sr-only|visually-hidden|screen-reader-text)(?:$|\s)", re.I)
_BYLINE_HINT_RE = re.compile(r"author|byline|writer|reporter|zuozhe", re.I)
_POSTMETA_HINT_RE = re.compile(r"(?:post|entry|article|story)-?meta|meta-?info", re.I)
# Not a picture, video or data credit ("封面图片来源：图片由每经记者…", "数据来源：Wind").
_SOURCE_TEXT_RE = re.compile(r"(?<![片据料频])(?:来源|來源|稿件来源|文章来源)\s*[:：]\s*([^\s:：|【】\[\]()（）]{2,20})")
# Chinese info bars; English bylines are found by class (byline/author) above.
_BYLINE_WORD_RE = re.compile(r"作者|记者|通讯员|撰文|文\s*/")
# Labels that start a new field in an info bar; pieces between them are tried as bylines.
_INFO_SPLIT_RE = re.compile(
    r"\u3000+|\s{2,}|[|｜【】]|(?=来源|發布|发布|时间\s*[:：]|日期|责任编辑|编辑\s*[:：]|浏览|点击|阅读|字号|作者\s*[:：])")
_INFO_DATE_RE = re.compile(r"(?:19|20)\d{2}\s*[-/年.]\s*\d{1,2}\s*[-/月.]\s*\d{1,2}\s*日?\s*\d{1,2}[:：]\d{2}")
_DATE_HINT_RE = re.compile(r"(?:^|[\s_-])(?:date|time|pubtime|pub-?date|publish|published|timestamp|post-?date|fbsj)", re.I)
_CRUMB_HINT_RE = re.compile(r"breadcrumb|crumb|(?:^|[\s_-])(?:position|location|where|dqwz)(?:$|[\s_-])", re.I)
_PUNCT_RE = re.compile(r"[,，、。.;；:：!！?？]")
_TERMINAL_RE = re.compile(r"[.!?。！？…:;：；]['’”\")）]*$")


def _hint(el: Any) -> str:
    """class, id and component names ("byline-block"), "_" read as "-"."""
    hint = f"{el.get('class', '')} {el.get('id', '')}"
    component = el.get("data-component") or el.get("data-testid")
    if component:
        hint += " " + component
    return hint.replace("_", "-").strip()


def _text_len(text: str) -> float:
    """Text weight in 'Latin characters': a CJK ideograph counts as 2.5."""
    cjk = cjk_count(text)
    return len(text) - cjk + 2.5 * cjk


def _clean_ws(text: str) -> str:
    return " ".join(text.split())


def parse_tree(text: str) -> Any:
    """lxml root of ``text``; truncated or broken markup is recovered."""
    text = _XML_DECL_RE.sub("", text, count=1)
    try:
        root = lxml.html.document_fromstring(text, parser=_PARSER)
    except (etree.ParserError, ValueError) as exc:
        raise Reject("parse", f"no HTML content could be parsed ({exc})") from exc
    if root is None:
        raise Reject("parse", "no HTML content could be parsed")
    return root


# ---------------------------------------------------------------- metadata

def _jsonld_article(root: Any) -> dict[str, Any] | None:
    for script in root.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                kind = item.get("@type")
                kinds = kind if isinstance(kind, list) else [kind]
                if any(isinstance(k, str) and ("Article" in k or k in ("BlogPosting", "Report"))
                       for k in kinds):
                    return item
                if "@graph" in item:
                    stack.extend(item["@graph"] if isinstance(item["@graph"], list) else [item["@graph"]])
    return None


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


def page_meta(root: Any) -> dict[str, Any]:
    """Raw metadata strings from ``<head>``, JSON-LD and hinted elements."""
    meta: dict[str, Any] = {}
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
    article = _jsonld_article(root)
    if article:
        meta["jsonld"] = article
    for el in root.iter("time"):
        if el.get("datetime"):
            meta.setdefault("time_datetime", el.get("datetime").strip())
            break
    for el in root.iter("h1"):
        text = _clean_ws(el.text_content())
        if text:
            meta.setdefault("h1", text)
            break
    for el in root.iter("*"):
        if not isinstance(el.tag, str):
            continue
        hint = _hint(el)
        if el.get("rel") == "author" or el.get("itemprop") == "author":
            hint += " author"
        if el.get("itemprop") in ("datePublished", "dateCreated"):
            hint += " date"
        if not hint:
            continue
        if "byline" not in meta and (_BYLINE_HINT_RE.search(hint) or (
                _POSTMETA_HINT_RE.search(hint) and re.search(r"\bby\s+[A-Z]", el.text_content()))):
            text = _clean_ws(" ".join(el.itertext()))  # <span>By X</span><span>Role</span>
            if 0 < len(text) <= 120:
                meta["byline"] = text
        if "date_text" not in meta and _DATE_HINT_RE.search(hint):
            text = _clean_ws(el.get("datetime") or el.get("content") or el.text_content())
            if 6 <= len(text) <= 120 and re.search(r"\d{4}|\d{1,2}:\d{2}", text):
                meta["date_text"] = text
        if "breadcrumbs" not in meta and _CRUMB_HINT_RE.search(hint):
            crumbs = [_clean_ws(a.text_content()) for a in el.iter("a")]
            crumbs = [c for c in crumbs if c]
            if crumbs:
                meta["breadcrumbs"] = crumbs
    # Info lines outside the article body: "发布时间：2023-11-14 15:32 来源：证券时报网".
    for el in root.iter("div", "span", "p", "td", "em", "small", "li"):
        if len(el) > 6:
            continue
        raw = el.text_content()
        text = _clean_ws(raw)
        if "info_byline" not in meta and 4 <= len(text) <= 150 and _BYLINE_WORD_RE.search(text):
            names = _info_byline(raw)
            if names:
                meta["info_byline"] = names
        if not 6 <= len(text) <= 150:
            continue
        if "source_text" not in meta:
            # Items in neighbouring spans are separate: "来源: <a>X</a><span>阅读 (3287)</span>".
            m = _SOURCE_TEXT_RE.search(" ".join(el.itertext()) if len(el) else text)
            if m:
                meta["source_text"] = m.group(1)
        if "date_text" not in meta and _INFO_DATE_RE.search(text):
            meta["date_text"] = text
    meta["password_field"] = any((el.get("type") or "").lower() == "password" for el in root.iter("input"))
    return meta


# ---------------------------------------------------------------- cleaning

def _is_hidden(el: Any) -> bool:
    if el.get("hidden") is not None or (el.get("aria-hidden") or "").lower() == "true":
        return True
    style = el.get("style")
    if style and _HIDDEN_STYLE_RE.search(style):
        return True
    cls = el.get("class")
    return bool(cls and _HIDDEN_CLASS_RE.search(cls))


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
    """Paragraph text in 'Latin characters' (a CJK ideograph weighs 2.5)."""
    return sum(_text_len(p.text_content()) for p in el.iter("p"))


_INVISIBLE_TAGS = ("script", "style", "noscript", "template")


def _visible_weight(el: Any) -> float:
    """Visible text of ``el`` (scripts and styles left out) in 'Latin characters'."""
    weight = _text_len(el.text_content())
    for bad in el.iter(*_INVISIBLE_TAGS):
        weight -= _text_len(bad.text_content())
    return weight


def _holds_most_text(el: Any, total: float) -> bool:
    """``el`` holds most of the page's visible text, whatever tags it is in: it is the article."""
    return total >= 200 and _visible_weight(el) > 0.5 * total and _link_density(el) <= 0.5


def _holds_article(el: Any, total_p: float, total_visible: float) -> bool:
    """``el`` holds most of the page's paragraph text, or most of its visible text
    (an article whose text is in ``<div>``s or ``<br>``-separated lines, not ``<p>``)."""
    if total_p >= 200 and _paragraph_weight(el) >= 0.4 * total_p and _link_density(el) <= 0.5:
        return True
    return _holds_most_text(el, total_visible)


def clean_tree(root: Any, *, by_hint: bool = True) -> None:
    """Drop page junk in place (see the module docstring)."""
    doomed = []
    # A class/id hint never removes most of the page's paragraph text: themes
    # put "has-sidebar" or "nav-open" on wrappers of the whole article.
    total_p = _paragraph_weight(root)
    total_visible = _visible_weight(root)
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
            if tag not in _LAYOUT_TAGS or not _holds_article(el, total_p, total_visible):
                doomed.append(el)
        elif _is_hidden(el):
            # WeChat's #js_content is `visibility: hidden` until a script shows
            # it; a CMS wrapper can carry a "hidden" class its CSS overrides.
            # Hidden small things go; a hidden container of the article stays.
            if not _holds_article(el, total_p, total_visible):
                doomed.append(el)
        elif tag == "form":
            # ASP.NET pages wrap the whole page in one <form>: keep forms with text.
            if _paragraph_text_len(el) < 400:
                doomed.append(el)
        elif by_hint and tag not in ("p", "span", "a", "strong", "b", "em", "i", "font"):
            hint = _hint(el)
            if tag in _HEADING_TAGS:
                # A heading is a "header" by nature: Substack's <h2 class="header-anchor-post">
                # is a subheading ("newsletter-title" still goes).
                hint = _HEADING_HINT_RE.sub(" ", hint)
            if hint and ((_NEGATIVE_RE.search(hint) and not _POSITIVE_RE.search(hint))
                         or _REPEAT_HINT_RE.search(hint)):
                if not _holds_article(el, total_p, total_visible):
                    doomed.append(el)
    for el in doomed:
        # A parent may already be gone; dropping a detached subtree is harmless.
        _drop(el)


_EMBED_HINT_RE = re.compile(
    r"(?:^|[\s-])(?:newsletter|tweet|twitter-tweet|twitter-timeline|instagram-media|tiktok-embed|fb-post|bluesky-embed|"
    r"social-embed)(?:$|[\s-])", re.I)


# A whole post (Substack's <article class="newsletter-post">) is never a repeat.
_NEVER_REPEATS = {"html", "body", "article", "main"}


def drop_repeats(root: Any) -> None:
    """Drop what repeats or embeds other text, before any candidate is chosen: deks,
    standfirsts and pull quotes (they repeat the story) and embedded social posts (someone
    else's text).  Unlike the broad hints of :func:`clean_tree`, these class names are
    specific enough to hold on real pages; an element holding most of the page's visible
    text still stays."""
    total = _visible_weight(root)
    doomed = [el for el in root.iter("*") if isinstance(el.tag, str) and el.tag not in _NEVER_REPEATS
              and (_REPEAT_HINT_RE.search(_hint(el)) or _EMBED_HINT_RE.search(_hint(el)))]
    total_p = _paragraph_weight(root) if doomed else 0.0
    for el in doomed:
        if not _holds_article(el, total_p, total):
            _drop(el)


# ---------------------------------------------------------------- blocks

# Inline elements that make up a row of tags or keywords.
_TOKEN_TAGS = {"a", "span", "em", "i", "b", "strong", "small", "li"}


class _Walker:
    """Turns an element subtree into blocks; inline markup joins, blocks split."""

    def __init__(self) -> None:
        self.blocks: list[dict[str, Any]] = []
        self._buf: list[str] = []
        self._link_chars = 0
        self._tag = "p"
        self._strong_chars = 0
        self._joint: str | None = None
        self._items = 0

    def _flush(self, tag: str | None = None) -> None:
        text = _clean_ws("".join(self._buf))
        if text:
            kind = "heading" if self._tag in _HEADING_TAGS else "paragraph"
            stripped = len(text.replace(" ", ""))
            if (kind == "paragraph" and self._tag in ("p", "div", "td", "section") and stripped
                    and self._strong_chars >= stripped and len(text) <= 120
                    and not _TERMINAL_RE.search(text)):
                kind = "heading"  # <p><strong>Subheading</strong></p>
            self.blocks.append({
                "kind": kind,
                "text": text,
                "_links": round(min(1.0, self._link_chars / max(1, len(text))), 3),
                "_tag": self._tag,
                **({"_items": self._items} if self._items else {}),
            })
        self._buf, self._link_chars, self._strong_chars, self._items = [], 0, 0, 0
        if tag:
            self._tag = tag

    def walk(self, el: Any, *, in_link: bool = False, in_strong: bool = False) -> None:
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if not tag:
            return
        if tag == "br":
            self._flush()
            return
        if tag in ("img", "figcaption", "hr"):
            if tag == "hr":
                self._flush()
            return
        if tag == "tr" and self._data_row(el):
            self._row(el)
            return
        is_block = tag in _BLOCK_TAGS
        outer_tag = self._tag
        if is_block:
            self._flush(tag)
        in_link = in_link or tag == "a"
        in_strong = in_strong or tag in ("strong", "b") or (
            tag == "span" and "bold" in (el.get("style") or "").lower())
        if el.text:
            self._add(el.text, in_link, in_strong)
        prev = None
        for child in el:
            # Two inline elements side by side with nothing between them are separate
            # items ("<a>Mark Delaney</a><span>Contributor</span>", a row of tag links).
            if prev is not None and not prev.tail and isinstance(child.tag, str):
                self._joint = "links" if prev.tag == "a" and child.tag == "a" else "inline"
            self.walk(child, in_link=in_link, in_strong=in_strong)
            self._joint = None
            if child.tail:
                self._add(child.tail, in_link, in_strong)
            prev = child if isinstance(child.tag, str) else None
        if is_block:
            self._items = self._token_row(el)
            if self._items:  # one item per element, spaced: "固收+ 新基金 二级债基"
                self._buf = [" ".join(_clean_ws(c.text_content()) for c in el if isinstance(c.tag, str))]
            self._flush(outer_tag)

    @staticmethod
    def _token_row(el: Any) -> int:
        """How many short inline items a block is made of when it is nothing else
        (a tag row "<span>固收+</span><span>新基金</span>"), else 0."""
        if len(el) < 2 or (el.text or "").strip():
            return 0
        count = 0
        for child in el:
            if not isinstance(child.tag, str):
                continue
            if child.tag not in _TOKEN_TAGS or len(child) or (child.tail or "").strip():
                return 0
            text = (child.text or "").strip()
            if not text or len(text) > 24 or len(text.split()) > 3 or _TERMINAL_RE.search(text) or "，" in text:
                return 0
            count += 1
        return count if count >= 2 else 0

    @staticmethod
    def _data_row(tr: Any) -> bool:
        """A row of figures (2+ short cells, no layout inside), not a layout table's row."""
        cells = [c for c in tr if isinstance(c.tag, str) and c.tag.lower() in ("td", "th")]
        if len(cells) < 2:
            return False
        for cell in cells:
            for sub in cell.iterdescendants():
                if isinstance(sub.tag, str) and sub.tag.lower() in _ROW_LAYOUT_TAGS:
                    return False
        return len(_clean_ws(tr.text_content())) <= 300

    def _row(self, tr: Any) -> None:
        """One block per table row, cells joined with " | " (one block per cell reads as noise)."""
        self._flush()
        texts, links = [], 0
        for cell in tr:
            if not (isinstance(cell.tag, str) and cell.tag.lower() in ("td", "th")):
                continue
            text = _clean_ws(" ".join(cell.itertext()))
            if text:
                texts.append(text)
                links += sum(len(a.text_content().strip()) for a in cell.iter("a"))
        text = " | ".join(texts)
        if text:
            self.blocks.append({"kind": "paragraph", "text": text,
                                "_links": round(min(1.0, links / max(1, len(text))), 3), "_tag": "tr"})

    def _add(self, text: str, in_link: bool, in_strong: bool) -> None:
        if self._joint and self._buf and text:
            left, right = self._buf[-1][-1:], text[:1]
            # Latin: a lower-case word end and a capital ("DelaneyContributor"); CJK or Latin:
            # two adjacent links. Split words and drop caps ("<b>C</b>opper", "T<small>HE</small>") stay.
            if left.isalnum() and right.isalnum() and (
                    self._joint == "links" or (left.islower() and right.isupper() and not is_cjk_char(right))):
                text = " " + text
        self._joint = None
        self._buf.append(text)
        n = len(text.replace(" ", "").replace("\n", "").replace("\t", ""))
        if in_link:
            self._link_chars += len(text.strip())
        if in_strong:
            self._strong_chars += n

    def finish(self) -> list[dict[str, Any]]:
        self._flush()
        return self.blocks


def blocks_of(elements: Iterable[Any]) -> list[dict[str, Any]]:
    """Blocks of the given elements, in order."""
    walker = _Walker()
    for el in elements:
        walker._flush("div")
        walker.walk(el)
    return walker.finish()


# ---------------------------------------------------------------- generic main content

def _own_text(el: Any) -> str:
    """Text of ``el`` not inside block-level children (br-separated text counts)."""
    parts = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and child.tag.lower() not in _BLOCK_TAGS:
            parts.append(child.text_content())
        parts.append(child.tail or "")
    return "".join(parts)


def _link_density(el: Any) -> float:
    total = len(el.text_content().strip())
    if not total:
        return 0.0
    links = sum(len(a.text_content().strip()) for a in el.iter("a"))
    return min(1.0, links / total)


def _class_weight(el: Any) -> float:
    hint = _hint(el)
    if not hint:
        return 0.0
    weight = 0.0
    if _POSITIVE_RE.search(hint):
        weight += 25
    if _NEGATIVE_RE.search(hint):
        weight -= 25
    return weight


def main_content(root: Any) -> list[Any]:
    """The elements holding the article text, in page order (empty if none)."""
    body = root.find("body")
    if body is None:
        body = root
    scores: dict[Any, float] = {}
    for el in body.iter(*_SCORE_TAGS):
        own = _clean_ws(_own_text(el))
        if len(own) < 20 and not (cjk_count(own) >= 10):
            continue
        weight = _text_len(own)
        score = 1 + len(_PUNCT_RE.findall(own)) + min(weight / 100, 3)
        parent = el.getparent()
        if el.tag != "p" and el.tag != "td":
            # br-separated text directly in a div: the div is itself a candidate.
            scores[el] = scores.get(el, 0.0) + score
        if parent is not None:
            scores[parent] = scores.get(parent, 0.0) + score
            grand = parent.getparent()
            if grand is not None:
                scores[grand] = scores.get(grand, 0.0) + score / 2
    if not scores:
        return []
    best, best_score = None, 0.0
    for el, score in scores.items():
        if el.tag in ("html",):
            continue
        final = (score + _class_weight(el)) * (1 - _link_density(el))
        if final > best_score:
            best, best_score = el, final
    if best is None:
        return []
    parent = best.getparent()
    if parent is None or best.tag == "body":
        return [best]
    # Text split across siblings (a lead paragraph outside the main div, a
    # second text div after an inline ad) is kept when it reads like article text.
    keep = []
    threshold = max(10.0, best_score * 0.2)
    for sib in parent:
        if sib is best:
            keep.append(sib)
            continue
        if not isinstance(sib.tag, str):
            continue
        sib_score = (scores.get(sib, 0.0) + _class_weight(sib)) * (1 - _link_density(sib))
        text = _clean_ws(sib.text_content())
        if sib_score >= threshold:
            keep.append(sib)
        elif sib.tag == "p" and _link_density(sib) < 0.25 and (
                len(text) >= 80 or (cjk_count(text) >= 30) or (text and _TERMINAL_RE.search(text) and len(text) > 30)):
            keep.append(sib)
        elif _prose_items(sib):
            keep.append(sib)
    return keep


def _is_sentence(text: str) -> bool:
    return (len(text) >= 60 or cjk_count(text) >= 25) and bool(_TERMINAL_RE.search(text)) \
        and not text.rstrip("”’\"')）").endswith(("…", "..."))


def _prose_items(el: Any) -> bool:
    """A list of two or more full sentences: the "Key Points"/"Summary" bullets
    news and analysis sites put above the text score low (short items) but are
    written by the author, not navigation (teasers are links or end in "…")."""
    if _link_density(el) >= 0.25:
        return False
    items = [_clean_ws(i.text_content()) for i in el.iter("li")]
    prose = [t for t in items if _is_sentence(t)]
    if len(prose) < 2:
        return False
    total = _text_len(_clean_ws(el.text_content()))
    return sum(_text_len(t) for t in prose) >= 0.6 * total


def page_stats(root: Any, blocks: list[dict[str, Any]]) -> dict[str, Any]:
    """Counts validate uses to tell articles from listings and forms."""
    body = root.find("body")
    if body is None:
        body = root
    paragraphs = sum(
        1 for b in blocks
        if b["kind"] == "paragraph" and b.get("_links", 0) < 0.5
        and (len(b["text"]) >= 80 or cjk_count(b["text"]) >= 25)
        and _PUNCT_RE.search(b["text"])
    )
    return {
        "paragraphs": paragraphs,
        "blocks": len(blocks),
        "link_density": round(_link_density(body), 3),
        "links": sum(1 for _ in body.iter("a")),
    }


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
    meta = page_meta(root)
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
        listing_signals = listing.signals(root)
        blocks, meta["candidate"] = generic_blocks(root, doc.url)
    stats = page_stats(root, blocks)
    stats["password_field"] = meta.pop("password_field", False)
    stats.update(listing_signals)
    meta["page_stats"] = stats
    doc.title = title or _best_h1(root, meta) or meta.get("og:title") or meta.get("html_title")
    doc.meta.update(meta)
    doc.blocks = blocks
    return doc


#: A candidate with fewer words than this share of the other one's is "far shorter".
FAR_SHORTER = 0.5


def _words(blocks: list[dict[str, Any]]) -> int:
    return sum(word_count(b["text"]) for b in blocks)


def generic_blocks(root: Any, url: str | None) -> tuple[list[dict[str, Any]], str]:
    """The generic path: trafilatura's structured output first, the project's own
    main-content choice when trafilatura finds nothing or far less; returns the blocks and
    which candidate they are (``"trafilatura"`` or ``"own"``).  ``root`` is cleaned in place
    (trafilatura works on its own copy)."""
    from pipelines.trafilatura_candidate import candidate

    drop_repeats(root)
    traf = candidate(root, url)
    clean_tree(root)
    own = blocks_of(main_content(root))
    if traf and _words(traf) >= FAR_SHORTER * _words(own):
        return _leading_bylines(own, traf) + traf, "trafilatura"
    return own, "own"


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
    """The page's <h1>; with several, the one sharing most words with <title>."""
    h1s = [_clean_ws(h.text_content()) for h in root.iter("h1")]
    h1s = [h for h in h1s if h]
    if not h1s:
        return meta.get("h1")
    if len(h1s) == 1:
        return h1s[0]
    ref = set((meta.get("og:title") or meta.get("html_title") or "").lower().split())
    return max(h1s, key=lambda h: len(ref & set(h.lower().split())) + (cjk_count(h) > 0) * 0)


def parse_text(doc: Document) -> Document:
    """Plain-text capture: one block per non-empty line; first line is the title."""
    blocks = []
    gap = True
    for line in (doc.text or "").splitlines():
        line = _clean_ws(line)
        if not line:
            gap = True
            continue
        blocks.append({"kind": "paragraph", "text": line, "_links": 0.0, "_tag": "line", "_gap": gap})
        gap = False
    doc.title = blocks[0]["text"] if blocks else None
    paragraphs = sum(1 for b in blocks if (len(b["text"]) >= 80 or cjk_count(b["text"]) >= 25)
                     and _PUNCT_RE.search(b["text"]))
    doc.meta["page_stats"] = {"paragraphs": paragraphs, "blocks": len(blocks), "link_density": 0.0,
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
