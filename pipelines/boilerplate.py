"""Stage `boilerplate`: line-level cleaning of the normalized blocks.

Runs after :mod:`pipelines.normalize`, so quotes are “ ” ‘ ’ and every ellipsis
is ``…``.  Every removed block's text is appended to ``doc.removed``.

Removed, by structure first and wording second:

* teaser lists: a "Recommend"/"Related"/"推荐阅读"/"相关文章"... heading and the
  title-like or ``…``-truncated lines after it; without a heading, any run of
  short title-like lines holding two or more ``…``-truncated teasers; runs of
  link-dense blocks (HTML); a trailing run of three or more title-like lines
  whose words do not occur in the article;
* end matter after the article: a section opened by "About Acme Corp.",
  "Forward-Looking Statements", "Media Contact:", "Analyst's Disclosure:",
  "This article was written by" ... up to the next ordinary subheading;
* previous/next navigation (``<<:``, ``>>:``, 上一篇/下一篇, Previous/Next) and
  page-number bars ("1 2 下一页");
* the title repeated at the top of the body, also as a "【title】" lead prefix;
* bylines ("Securities Daily reporter Xing Meng", "By Jane Doe", "本报记者 邢萌",
  "记者 张三", "文/张三") -> ``doc.authors``; source lines ("来源：证券日报",
  "Source: Reuters") -> ``doc.meta.source_line``; date/info lines
  ("2021-05-26 07:05 来源：证券日报") -> ``doc.meta.date_line``;
* editor lines (责任编辑：...; "Editing by ..."), copyright lines, share bars,
  comment prompts, app-download and newsletter prompts, risk disclaimers,
  image credits, tag lines, "Advertisement", "Read more"/"阅读原文";
* lines matching the site profile's ``[boilerplate].line_patterns``.

When nothing of the chosen generic candidate is left after this pass (or nothing of
running text, when it is the project's own) and the candidate not chosen (``doc.meta.alternative``, see :mod:`pipelines.parse`) has some after
the same pass, that one is used (``doc.meta.candidate`` and a warning say so).

A "Source | Title" prefix in the title (``Securities Daily | Regulatory ...``)
sets ``doc.source`` and leaves the title without it.

The patterns live in :mod:`pipelines.boilerplate_patterns`, the single-line tests and
byline reading in :mod:`pipelines.boilerplate_lines`; this module holds the passes over the
block list (:func:`strip`) and the stage.  Each removed block's rule name is in
``Stripped.reasons``; ``bench/boilerplate_rules.py`` measures every rule on real pages.

Headings: in plain-text captures a short line without final punctuation that
sits between paragraphs is a heading; two or three such lines in a row form
ONE heading block, joined with a space (no space when either side of the join
is a CJK character).  HTML headings come from the markup (see
:mod:`pipelines.parse`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterable

from pipelines import boilerplate_runs as runs, profiles
from pipelines.base import StagePipeline
from pipelines.document import Document
from pipelines.normalize import cjk_count, word_count
from pipelines.boilerplate_lines import (  # noqa: F401
    _core,
    _ends_open,
    _info_line,
    _is_running_text,
    _is_short,
    _join_heading,
    _key,
    byline_names,
    line_reason,
    split_source_prefix,
)
from pipelines.boilerplate_patterns import (  # noqa: F401
    _AUTHOR_BIO_RE,
    _BRACKET_TITLE_RE,
    _END_MARK_RE,
    _HEADER_REASONS,
    _SOURCE_LINE_RE,
    _TITLE_SEP_RE,
)

__all__ = ["Stripped", "strip", "mark_headings", "run", "BoilerplatePipeline", "byline_names", "line_reason",
           "split_source_prefix"]


@dataclass
class Stripped:
    """Result of :func:`strip`."""
    blocks: list[dict[str, Any]]
    removed: list[str] = field(default_factory=list)
    #: Why each ``removed`` text went (same order): the rule's name ("byline", "teaser list" ...).
    reasons: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    title: str | None = None
    source: str | None = None
    source_line: str | None = None
    date_line: str | None = None


# ---------------------------------------------------------------- the pass

def strip(blocks: list[dict[str, Any]], *, title: str | None = None,
          line_patterns: Iterable[str] = (), input_kind: str = "html",
          other_titles: Iterable[str] = ()) -> Stripped:
    """Remove boilerplate blocks (see the module docstring); pure function.

    ``other_titles`` (og:title, <h1>, <title>) also count as the title when a
    block repeats one of them, or the headline part of one ("Site - Headline").
    """
    patterns = [re.compile(p) for p in line_patterns]
    out = Stripped(blocks=[])
    title_keys = _title_keys(title, other_titles, out)
    blocks = _strip_bracket_titles(list(blocks), title_keys, out)
    drop: dict[int, str] = {}
    for i, block in enumerate(blocks):
        reason = _single_line_reason(i, block, title_keys, patterns, out)
        if reason:
            drop[i] = reason
    _mark_author_bios(blocks, drop)
    _mark_summary_boxes(blocks, drop)
    _mark_dek(blocks, drop)
    runs.mark_end_matter(blocks, drop)
    runs.mark_sales_pitches(blocks, drop)
    runs.mark_recommended(blocks, drop)
    runs.mark_link_rolls(blocks, drop)
    runs.mark_teaser_runs(blocks, drop)
    runs.mark_link_runs(blocks, drop)
    runs.mark_widget_rows(blocks, drop)
    runs.mark_tag_rows(blocks, drop)
    runs.mark_unrelated_tail(blocks, drop)
    _collect(blocks, drop, out)
    if input_kind == "text":
        out.blocks = mark_headings(out.blocks)
    return out


def _title_keys(title: str | None, other_titles: Iterable[str], out: Stripped) -> set[str]:
    """Comparison keys of the title and its variants ("Source | Title" split into
    ``out.source``/``out.title``; each headline part of "Site - Headline")."""
    if title:
        out.source, out.title = split_source_prefix(title)
        if out.source is None:
            out.title = title
    variants = [t for t in (title, out.title, *other_titles) if t]
    for t in list(variants):
        parts = [p for p in _TITLE_SEP_RE.split(t) if p.strip()]
        variants += [p for p in parts if len(p) >= 0.5 * len(t)]
    return {k for k in (_key(t) for t in variants) if len(k) >= 8}


def _strip_bracket_titles(blocks: list[dict[str, Any]], title_keys: set[str], out: Stripped) -> list[dict[str, Any]]:
    """Telegraph leads repeat the headline in brackets: "【Title】Cailian, May 11 — ..."."""
    for i in range(min(6, len(blocks))):
        m = _BRACKET_TITLE_RE.match(blocks[i]["text"])
        if m and _key(m.group("title")) in title_keys:
            out.removed.append(m.group("prefix").strip())
            out.reasons.append("repeated title")
            blocks[i] = {**blocks[i], "text": m.group("rest")}
    return blocks


def _single_line_reason(i: int, block: dict[str, Any], title_keys: set[str],
                        patterns: list[re.Pattern[str]], out: Stripped) -> str | None:
    """Why block ``i`` goes on its own: the repeated title, a header line (byline, source,
    date/info line: read into ``out``) or any :func:`line_reason`."""
    text = block["text"]
    if block.get("_tag") == "pre":
        return None  # code is quoted verbatim: a ">>> " prompt or a "# Copyright" line is the code's
    if i < 6:  # only the first blocks can repeat the title
        key = _key(_LABEL_RE.sub("", text, count=1))  # "主题：Title", "Subject: Title" repeat it too
        if key and key in title_keys:
            return "repeated title"
        if out.title and block["kind"] == "heading" and key and _key(out.title).startswith(key) and len(key) > 10:
            return "repeated title"
    return _header_reason(text, out) or line_reason(text, patterns=patterns)


def _header_reason(text: str, out: Stripped) -> str | None:
    """A byline, source line or date/info line; the names, source and date go to ``out``."""
    names = byline_names(text) if _is_short(text, words=16, cjk=40) else None
    if names:
        out.authors.extend(n for n in names if n not in out.authors)
        return "byline"
    m = _SOURCE_LINE_RE.match(_core(text) if len(text) < 60 else "")
    if m:
        out.source_line = out.source_line or m.group("src")
        if m.group("who") and m.group("who") not in out.authors:
            out.authors.append(m.group("who"))
        return "source line"
    if not _info_line(text):
        return None
    out.date_line = out.date_line or text
    for who in re.findall(r"(?:作者|author)\s*[:：]\s*([^\s:：|]{2,20})", text, flags=re.I):
        if who not in out.authors:
            out.authors.append(who)
    # "来源: 中国证券报阅读 (3287)": spans run together; the counter label is not the source.
    src = re.search(r"(?:来源|來源|source)\s*[:：]\s*([^\s:：|]{2,20}?)(?=阅读|浏览|点击|评论|[\s(（|]|$)",
                    text, flags=re.I)
    if src:
        out.source_line = out.source_line or src.group(1)
    return "date/info line"


def _mark_author_bios(blocks: list[dict[str, Any]], drop: dict[int, str]) -> None:
    """A one-line author bio next to a removed byline or contributor disclaimer."""
    for i, block in enumerate(blocks):
        if (i not in drop and _AUTHOR_BIO_RE.match(block["text"]) and _is_short(block["text"], words=25)
                and (drop.get(i - 1) in _HEADER_REASONS or drop.get(i + 1) in _HEADER_REASONS)):
            drop[i] = "author bio"


def _mark_summary_boxes(blocks: list[dict[str, Any]], drop: dict[int, str]) -> None:
    """A box in the first blocks that the lead repeats (a one-sentence summary above the
    key points and the lead); not the very next kept block: the box sits apart from the lead."""
    n = len(blocks)
    for i in range(min(6, n)):
        key = _key(blocks[i]["text"])
        if i in drop or len(key) < 15 or blocks[i]["kind"] != "paragraph":
            continue
        if any(k not in drop and _key(blocks[k]["text"]).startswith(key)
               and any(j not in drop for j in range(i + 1, k)) for k in range(i + 2, min(n, i + 11))):
            drop[i] = "summary box"


_END_MARK_LAST = frozenset(")）】]-—")
_LABEL_RE = re.compile(r"^(?:主题|标题|题目|title|subject|topic)\s*[:：]\s*", re.I)

#: Short open lines above the text that are not a dek: a quotation (an epigraph), a numbered
#: section title ("1. Overview", "一、概述"), a "Label: value" fact line ("Prep time: 25 min").
_NOT_DEK_RE = re.compile(r"[“‘\"']|(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*[.、．)]\s*\S|[^\s:：]{1,20}(?:\s[^\s:：]{1,20})?\s*[:：]\s")


#: A table row or a list item is not a dek: a list opening the text (works, steps, facts) is content.
_NOT_DEK_TAGS = frozenset({"tr", "li"})


def _mark_dek(blocks: list[dict[str, Any]], drop: dict[int, str]) -> None:
    """A headline-like intro line before any article text (a trade-press "article-intro"
    under the h1), followed within three blocks by running text."""
    n = len(blocks)
    for i in range(min(4, n)):
        if i in drop:
            continue
        block, text = blocks[i], blocks[i]["text"]
        if _is_running_text(block) or block["kind"] == "heading" or block.get("_tag") in _NOT_DEK_TAGS:
            break
        if (block["kind"] == "paragraph" and block.get("_links", 0) < 0.3 and _ends_open(text)
                and _is_short(text, words=25, cjk=50) and not _NOT_DEK_RE.match(text)
                and (word_count(text) >= 5 if not cjk_count(text) else cjk_count(text) >= 10)
                and i + 1 < n and any(_is_running_text(blocks[k]) for k in range(i + 1, min(n, i + 4)) if k not in drop)):
            drop[i] = "dek"
            break


def _collect(blocks: list[dict[str, Any]], drop: dict[int, str], out: Stripped) -> None:
    """Kept blocks to ``out.blocks`` (an end mark "(完)" cut off a paragraph's end),
    dropped ones to ``out.removed`` with their rule in ``out.reasons``."""
    for k, block in enumerate(blocks):
        if k in drop:
            out.removed.append(block["text"])
            out.reasons.append(drop[k])
            continue
        text = block["text"]
        # An end mark closes with a bracket or a dash (before a final newline at most).
        m = _END_MARK_RE.search(text) if text[-1:] in _END_MARK_LAST or text[-2:-1] in _END_MARK_LAST else None
        if m and block["kind"] == "paragraph":
            out.removed.append(m.group(0).strip())
            out.reasons.append("end mark")
            block = {**block, "text": block["text"][:m.start()].rstrip()}
        out.blocks.append(block)


def mark_headings(blocks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Plain text: short unpunctuated lines between paragraphs become headings;
    consecutive ones (up to three) merge into one heading block."""
    n = len(blocks)
    cand = [
        0 < i < n - 1 and _ends_open(b["text"]) and _is_short(b["text"], words=15, cjk=30)
        and len(b["text"]) <= 110
        for i, b in enumerate(blocks)
    ]
    out: list[dict[str, Any]] = []
    i = 0
    while i < n:
        if cand[i]:
            j = i
            while j < n and cand[j] and j - i < 3:
                j += 1
            if j < n and not cand[j]:
                text = blocks[i]["text"]
                for k in range(i + 1, j):
                    text = _join_heading(text, blocks[k]["text"])
                out.append({**blocks[i], "kind": "heading", "text": text})
                i = j
                continue
        out.append(blocks[i])
        i += 1
    return out


def other_titles(doc: Document) -> list[str]:
    """The page's other headline sources (og:title, <h1>, <title>) that the body may repeat."""
    return [t for t in (doc.meta.tag("og:title"), doc.meta.h1, doc.meta.html_title) if t]


def _fallback(doc: Document, result: Stripped, strip_them: Any) -> Stripped:
    """The generic candidate not chosen (``doc.meta.alternative``), stripped the same way,
    when the chosen one is empty after this pass (or is the project's own and has no
    paragraph of running text) and the other has running text: a page must not be rejected
    as empty because the wrong candidate won on length.  (trafilatura's candidate keeps
    hard-wrapped lines apart; the own one may join them, so it never replaces trafilatura's
    short lines.)"""
    from pipelines.normalize import join_wrapped, normalize_text
    from pipelines.validate import is_running_text

    alternative, doc.meta.alternative = doc.meta.alternative, []
    if not alternative or (result.blocks and (doc.meta.candidate != "own"
                                              or any(map(is_running_text, result.blocks)))):
        return result
    blocks = [{**b, "text": t} for b in alternative if (t := normalize_text(b.get("text", "")))]
    other = strip_them(join_wrapped(blocks))
    if not any(map(is_running_text, other.blocks)):
        return result
    doc.meta.candidate = "own" if doc.meta.candidate == "trafilatura" else "trafilatura"
    doc.warnings.append(f"no running text left in the chosen candidate; used the {doc.meta.candidate} one")
    return other


def run(doc: Document) -> Document:
    site = profiles.of(doc)
    patterns = list(site.boilerplate.get("line_patterns", [])) if site is not None else []

    def strip_them(blocks: list[dict[str, Any]]) -> Stripped:
        return strip(blocks, title=doc.title, line_patterns=patterns, input_kind=doc.input_kind or "html",
                     other_titles=other_titles(doc))

    result = _fallback(doc, strip_them(doc.blocks), strip_them)
    doc.blocks = result.blocks
    doc.removed.extend(result.removed)
    for name in result.authors:
        if name not in doc.authors:
            doc.authors.append(name)
    if result.title:
        doc.title = result.title
    if result.source and not doc.source:
        doc.source = result.source
    if result.source_line:
        doc.meta.source_line = doc.meta.source_line or result.source_line
    if result.date_line:
        doc.meta.date_line = doc.meta.date_line or result.date_line
    return doc


class BoilerplatePipeline(StagePipeline):
    stage = "boilerplate"
    func = staticmethod(run)
