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

from pipelines import profiles
from pipelines.base import StagePipeline
from pipelines.document import Document
from pipelines.normalize import cjk_count, word_count
from pipelines.boilerplate_lines import (  # noqa: F401
    _core,
    _ends_open,
    _info_line,
    _is_end_matter,
    _is_lone_link,
    _is_running_text,
    _is_short,
    _is_teaser,
    _is_title_like,
    _join_heading,
    _key,
    _resumes_article,
    _unrelated,
    _vocabulary,
    byline_names,
    line_reason,
    split_source_prefix,
)
from pipelines.boilerplate_patterns import (  # noqa: F401
    _AUTHOR_BIO_RE,
    _BRACKET_TITLE_RE,
    _END_MARK_RE,
    _HEADER_REASONS,
    _PITCH_HEADING_RE,
    _RECOMMEND_RE,
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
    raw_title = title
    if title:
        out.source, out.title = split_source_prefix(title)
        if out.source is None:
            out.title = title
    variants = [t for t in (raw_title, out.title, *other_titles) if t]
    for t in list(variants):
        parts = [p for p in _TITLE_SEP_RE.split(t) if p.strip()]
        variants += [p for p in parts if len(p) >= 0.5 * len(t)]
    title_keys = {_key(t) for t in variants}
    title_keys = {k for k in title_keys if len(k) >= 8}
    drop: dict[int, str] = {}
    n = len(blocks)
    blocks = list(blocks)
    # Telegraph leads repeat the headline in brackets: "【Title】Cailian, May 11 — ...".
    for i in range(min(6, n)):
        m = _BRACKET_TITLE_RE.match(blocks[i]["text"])
        if m and _key(m.group("title")) in title_keys:
            out.removed.append(m.group("prefix").strip())
            out.reasons.append("repeated title")
            blocks[i] = {**blocks[i], "text": m.group("rest")}

    # 1. single lines
    for i, block in enumerate(blocks):
        text = block["text"]
        key = _key(text)
        if i < 6 and key and key in title_keys:
            drop[i] = "repeated title"
            continue
        if i < 6 and out.title and block["kind"] == "heading" and key and _key(out.title).startswith(key) and len(key) > 10:
            drop[i] = "repeated title"
            continue
        names = byline_names(text) if _is_short(text, words=16, cjk=40) else None
        if names:
            out.authors.extend(n for n in names if n not in out.authors)
            drop[i] = "byline"
            continue
        m = _SOURCE_LINE_RE.match(_core(text) if len(text) < 60 else "")
        if m:
            out.source_line = out.source_line or m.group("src")
            if m.group("who") and m.group("who") not in out.authors:
                out.authors.append(m.group("who"))
            drop[i] = "source line"
            continue
        if _info_line(text):
            out.date_line = out.date_line or text
            for who in re.findall(r"(?:作者|author)\s*[:：]\s*([^\s:：|]{2,20})", text, flags=re.I):
                if who not in out.authors:
                    out.authors.append(who)
            # "来源: 中国证券报阅读 (3287)": spans run together; the counter label is not the source.
            src = re.search(r"(?:来源|來源|source)\s*[:：]\s*([^\s:：|]{2,20}?)(?=阅读|浏览|点击|评论|[\s(（|]|$)",
                            text, flags=re.I)
            if src:
                out.source_line = out.source_line or src.group(1)
            drop[i] = "date/info line"
            continue
        reason = line_reason(text, patterns=patterns)
        if reason:
            drop[i] = reason

    # 1a. a one-line author bio sitting next to a removed byline or contributor disclaimer
    for i, block in enumerate(blocks):
        if (i not in drop and _AUTHOR_BIO_RE.match(block["text"]) and _is_short(block["text"], words=25)
                and (drop.get(i - 1) in _HEADER_REASONS or drop.get(i + 1) in _HEADER_REASONS)):
            drop[i] = "author bio"

    # 1c. deks and summary boxes without a dek class: a box in the first blocks that the lead
    # repeats (wallstreetcn's one-sentence summary above the key points and the lead), and a
    # headline-like intro line before any article text (a trade-press "article-intro" under the h1).
    for i in range(min(6, n)):
        key = _key(blocks[i]["text"])
        if i in drop or len(key) < 15 or blocks[i]["kind"] != "paragraph":
            continue
        # Not the very next kept block: the box sits apart from the lead (key points between).
        if any(k not in drop and _key(blocks[k]["text"]).startswith(key)
               and any(j not in drop for j in range(i + 1, k)) for k in range(i + 2, min(n, i + 11))):
            drop[i] = "summary box"
    for i in range(min(4, n)):
        if i in drop:
            continue
        block, text = blocks[i], blocks[i]["text"]
        if _is_running_text(block) or block["kind"] == "heading" or block.get("_tag") == "tr":
            break
        if (block["kind"] == "paragraph" and block.get("_links", 0) < 0.3 and _ends_open(text)
                and _is_short(text, words=25, cjk=50) and (word_count(text) >= 5 if not cjk_count(text) else cjk_count(text) >= 10)
                and i + 1 < n and any(_is_running_text(blocks[k]) for k in range(i + 1, min(n, i + 4)) if k not in drop)):
            drop[i] = "dek"
            break

    # 1b. end matter: "About Acme Corp.", "Forward-Looking Statements", "Media Contact:",
    # "Analyst's Disclosure: ...", "This article was written by" open a section that runs
    # to the next subheading or the end; only after some article text.
    i, seen_body = 0, False
    while i < n:
        if seen_body and _is_end_matter(blocks[i]):
            drop[i] = "end matter"
            j = i + 1
            while j < n and not (blocks[j]["kind"] == "heading" and not _is_end_matter(blocks[j])) \
                    and blocks[j].get("_tag") != "tr":
                drop.setdefault(j, "end matter")
                j += 1
            i = j
            continue
        seen_body = seen_body or (i not in drop and _is_running_text(blocks[i]))
        i += 1

    # 1c. sales-pitch boxes inside the story: a "Should you invest $1,000 in X right now?" heading and
    # the pitch under it, up to the next subheading.
    for i in range(n):
        if len(blocks[i]["text"]) <= 120 and _PITCH_HEADING_RE.match(_core(blocks[i]["text"])):
            drop[i] = "sales pitch"
            j = i + 1
            while j < n and blocks[j]["kind"] != "heading":
                drop.setdefault(j, "sales pitch")
                j += 1

    # 2. teaser lists after a "Recommend"/"相关文章" heading
    i = 0
    while i < n:
        if _RECOMMEND_RE.match(_core(blocks[i]["text"]).rstrip(" :：")):
            drop[i] = "teaser list heading"
            j = i + 1
            linked = 0
            while j < n:
                t = blocks[j]["text"]
                if _resumes_article(blocks, j, drop, linked_list=linked == j - i - 1 > 0):
                    break
                linked += blocks[j].get("_links", 0) >= 0.5
                if j in drop or _is_title_like(t) or _is_teaser(t) or blocks[j].get("_links", 0) >= 0.5:
                    drop.setdefault(j, "teaser list")
                    j += 1
                else:
                    break
            i = j
        else:
            i += 1

    # 3. runs of title-like lines holding >= 2 "…" teasers, and link-dense runs
    i = 0
    while i < n:
        if i in drop or not (_is_teaser(blocks[i]["text"]) or _is_title_like(blocks[i]["text"])):
            i += 1
            continue
        j, teasers = i, 0
        while j < n and (j in drop or _is_teaser(blocks[j]["text"]) or _is_title_like(blocks[j]["text"])):
            teasers += j not in drop and _is_teaser(blocks[j]["text"])
            j += 1
        if teasers >= 2:
            for k in range(i, j):
                drop.setdefault(k, "teaser list")
        i = j
    i = 0
    while i < n:
        j = i
        while j < n and blocks[j].get("_links", 0) >= 0.6 and len(blocks[j]["text"]) <= 200:
            j += 1
        if j - i >= 2:
            for k in range(i, j):
                drop.setdefault(k, "link list")
        elif j > i and blocks[i].get("_links", 0) >= 0.9 and _is_lone_link(blocks[i]["text"]):
            drop.setdefault(i, "link")
        i = max(j, i + 1)

    # 3b. tag rows after the article text: a block made only of two or more short inline
    # items ("<span>固收+</span><span>新基金</span>…", keyword links) without sentence punctuation.
    for k in range(n - 1, -1, -1):
        if k in drop:
            continue
        if blocks[k].get("_items", 0) >= 2 and _ends_open(blocks[k]["text"]) and _is_short(blocks[k]["text"]):
            drop[k] = "tag row"
            continue
        break

    # 4. a trailing run of >= 3 title-like lines unrelated to the article
    kept_idx = [k for k in range(n) if k not in drop]
    tail = []
    for k in reversed(kept_idx):
        if _is_title_like(blocks[k]["text"]):
            tail.append(k)
        else:
            break
    if len(tail) >= 3:
        vocab = _vocabulary(blocks[k]["text"] for k in kept_idx if k not in tail)
        if vocab and sum(_unrelated(blocks[k]["text"], vocab) for k in tail) >= len(tail) * 0.6:
            for k in tail:
                drop[k] = "unrelated title list"

    for k, block in enumerate(blocks):
        if k in drop:
            out.removed.append(block["text"])
            out.reasons.append(drop[k])
            continue
        m = _END_MARK_RE.search(block["text"])
        if m and block["kind"] == "paragraph":
            out.removed.append(m.group(0).strip())
            out.reasons.append("end mark")
            block = {**block, "text": block["text"][:m.start()].rstrip()}
        out.blocks.append(block)
    if input_kind == "text":
        out.blocks = mark_headings(out.blocks)
    return out


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


def run(doc: Document) -> Document:
    site = profiles.of(doc)
    patterns = list(site.boilerplate.get("line_patterns", [])) if site is not None else []
    result = strip(doc.blocks, title=doc.title, line_patterns=patterns, input_kind=doc.input_kind or "html",
                   other_titles=[t for t in (doc.meta.tag("og:title"), doc.meta.h1, doc.meta.html_title) if t])
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
