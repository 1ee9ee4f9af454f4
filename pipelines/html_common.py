"""Shared pieces of the HTML stages: the one lxml parser, tag sets, class/id hints and
text weights used by :mod:`pipelines.html_clean`, :mod:`pipelines.blocks`,
:mod:`pipelines.main_content`, :mod:`pipelines.meta_reader` and :mod:`pipelines.parse`."""

from __future__ import annotations

import re
from typing import Any

import lxml.html
from lxml import etree

from pipelines.errors import Reject
from pipelines.normalize import cjk_count


_TOSTRING = etree.tostring


class TextElement(lxml.html.HtmlElement):
    """lxml.html's element whose ``text_content()`` is the element serialised as text
    (libxml2's node content: every descendant text node, no tail) instead of lxml.html's
    ``string()`` XPath: the same string, without an XPath context set up per call (~0.7x the
    time; ~1,600 calls a page here, trafilatura's and htmldate's on the copies of our tree too,
    since a copy keeps the parser and so this class)."""

    def text_content(self) -> str:
        return _TOSTRING(self, method="text", encoding="unicode", with_tail=False)


_PARSER = etree.HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False,
                           huge_tree=True, default_doctype=False)
# lxml.html's own parser picks each element's class in a Python method, called every time an
# element is touched from Python (every ``iter``, ``xpath``, ``getparent`` result): ~40% of a
# tree walk.  The same HtmlElement classes picked in C; only lxml.html's form classes
# (FormElement, InputElement ...: ``.value``, ``.inputs``), which nothing here uses, are lost.
_PARSER.set_element_class_lookup(etree.ElementDefaultClassLookup(
    element=TextElement, comment=lxml.html.HtmlComment,
    pi=lxml.html.HtmlProcessingInstruction, entity=lxml.html.HtmlEntity))
_XML_DECL_RE = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_END_DOC_RE = re.compile(r"</(?:body|html)\s*>", re.I)
_START_TAG_RE = re.compile(r"<[a-zA-Z]")

# Elements whose content is never article text.
_DROP_TAGS = {
    "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas",
    "button", "select", "textarea", "input", "label", "nav", "aside", "footer", "header",
    "menu", "dialog", "map", "audio", "video", "source", "link", "meta",
}
# Page-layout elements (dropped like the rest, unless broken markup left the article inside one).
#: Elements whose text a reader never sees (their text is code, styles or a fallback copy).
INVISIBLE_TAGS = ("script", "style", "noscript", "template")
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
# Embedded posts and newsletter boxes (dropped by :func:`pipelines.html_clean.drop_repeats`).  An embedded
# tweet is not among them: the story quotes it as a source, and trafilatura's candidate keeps it (the own
# candidate still drops it with the other social hints of :data:`_NEGATIVE_RE`).
_EMBED_HINT_RE = re.compile(
    r"(?:^|[\s-])(?:newsletter|twitter-timeline|instagram-media|tiktok-embed|fb-post|bluesky-embed|"
    r"social-embed)(?:$|[\s-])", re.I)
#: A dek, standfirst, pull quote or embedded post is a few sentences; an element so named that
#: holds more text than this ('Latin characters', CJK weighs 2.5) is where a theme put the story.
REPEAT_MAX_WEIGHT = 800
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
# A date labelled as the last change, not the publication: "Updated on Feb 24, 2026", "更新时间：...".
UPDATED_LABEL_RE = re.compile(r"^\W*(?:last\s+)?(?:updated|modified|revised|edited|reviewed)\b|^\W*(?:最后)?(?:更新|修改)",
                              re.I)
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


def short_text(el: Any, limit: int) -> list[str] | None:
    """The pieces of ``el``'s text (``itertext()``), or None as soon as they hold more than
    ``limit`` non-space characters: a short-line search then reads a page-wide wrapper's
    first few pieces instead of its whole text.  (Joined and collapsed, text of more than
    ``limit`` non-space characters is always longer than ``limit``.)"""
    pieces: list[str] = []
    raw, solid = 0, -1  # solid counted only once the raw length passes the limit (solid <= raw)
    for piece in el.itertext():
        pieces.append(piece)
        if solid < 0:
            raw += len(piece)
            if raw <= limit:
                continue
            solid = sum(len("".join(p.split())) for p in pieces)
        else:
            solid += len("".join(piece.split()))
        if solid > limit:
            return None
    return pieces


def _early_end_tags_out(text: str) -> str:
    """``</body>``/``</html>`` with more markup after them (a theme's header template closes
    the document and the article follows) are dropped: browsers ignore them and show what
    follows, libxml2 drops everything after ``</html>``."""
    found = _END_DOC_RE.search(text)
    if found is None or not _START_TAG_RE.search(text, found.end()):
        return text
    return _END_DOC_RE.sub("", text)


def parse_tree(text: str) -> Any:
    """lxml root of ``text``; truncated or broken markup is recovered."""
    text = _early_end_tags_out(_XML_DECL_RE.sub("", text, count=1))
    try:
        root = lxml.html.document_fromstring(text, parser=_PARSER)
    except (etree.ParserError, ValueError) as exc:
        raise Reject("parse", f"no HTML content could be parsed ({exc})") from exc
    if root is None:
        raise Reject("parse", "no HTML content could be parsed")
    return root


def _link_density(el: Any) -> float:
    total = len(el.text_content().strip())
    if not total:
        return 0.0
    links = sum(len(a.text_content().strip()) for a in el.iter("a"))
    return min(1.0, links / total)
