"""The passes of the boilerplate stage over runs of blocks (one pass per function, each
marking ``drop[index] = rule name``): end matter and sales pitches that run to the next
subheading, teaser lists (after a "Related" heading, ``…`` runs, link-dense runs), tag
rows, an unrelated title list at the end, calendar rows and section bars.  Single lines are judged in
:mod:`pipelines.boilerplate_lines`; :func:`pipelines.boilerplate.strip` runs the passes."""

from __future__ import annotations

import re
from typing import Any

from pipelines.boilerplate_lines import (
    _core,
    _ends_open,
    _is_end_matter,
    _is_lone_link,
    _is_running_text,
    _is_short,
    _is_teaser,
    _is_title_like,
    _resumes_article,
    _unrelated,
    _vocabulary,
)
from pipelines.boilerplate_patterns import _PITCH_HEADING_RE, _RECOMMEND_RE
from pipelines.normalize import LINK_LINE, cjk_count

Blocks = list[dict[str, Any]]
Drop = dict[int, str]


def mark_end_matter(blocks: Blocks, drop: Drop) -> None:
    """"About Acme Corp.", "Forward-Looking Statements", "Media Contact:", "Analyst's
    Disclosure: ...", "This article was written by" open a section that runs to the next
    subheading or the end; only after some article text."""
    n = len(blocks)
    i, seen_body = 0, False
    while i < n:
        if seen_body and _is_end_matter(blocks[i]):
            drop[i] = "end matter"
            j = i + 1
            # A table after the end matter is a new part; on a page laid out in tables (the
            # opener is itself a row, in the second half of the text) rows are the lines that follow.
            in_rows = blocks[i].get("_tag") == "tr" and _share_before(blocks, i) >= 0.5
            while j < n and not (blocks[j]["kind"] == "heading" and not _is_end_matter(blocks[j])) \
                    and (in_rows or blocks[j].get("_tag") != "tr"):
                drop.setdefault(j, "end matter")
                j += 1
            i = j
            continue
        seen_body = seen_body or (i not in drop and _is_running_text(blocks[i]))
        i += 1


def _share_before(blocks: Blocks, i: int) -> float:
    """Share (0..1) of the text's characters in the blocks before ``i``."""
    total = sum(len(b["text"]) for b in blocks)
    return sum(len(b["text"]) for b in blocks[:i]) / total if total else 0.0


def mark_sales_pitches(blocks: Blocks, drop: Drop) -> None:
    """A "Should you invest $1,000 in X right now?" heading and the pitch under it, up to
    the next subheading."""
    n = len(blocks)
    for i in range(n):
        if len(blocks[i]["text"]) <= 120 and _PITCH_HEADING_RE.match(_core(blocks[i]["text"])):
            drop[i] = "sales pitch"
            j = i + 1
            while j < n and blocks[j]["kind"] != "heading":
                drop.setdefault(j, "sales pitch")
                j += 1


def mark_recommended(blocks: Blocks, drop: Drop) -> None:
    """A "Recommend"/"相关文章" heading and the title-like, ``…`` or linked lines after it,
    until the article resumes (:func:`_resumes_article`)."""
    n = len(blocks)
    i = 0
    while i < n:
        if not _RECOMMEND_RE.match(_core(blocks[i]["text"]).rstrip(" :：")):
            i += 1
            continue
        drop[i] = "teaser list heading"
        j = i + 1
        linked = 0
        while j < n:
            t = blocks[j]["text"]
            if _resumes_article(blocks, j, drop, linked_list=linked == j - i - 1 > 0):
                break
            linked += blocks[j].get("_links", 0) >= 0.5
            if not (j in drop or _is_title_like(t) or _is_teaser(t) or blocks[j].get("_links", 0) >= 0.5):
                break
            drop.setdefault(j, "teaser list")
            j += 1
        i = j


def mark_teaser_runs(blocks: Blocks, drop: Drop) -> None:
    """A run of title-like lines holding two or more ``…``-truncated teasers.  Before the
    first teaser, lines known to hold no link (:func:`_known_unlinked`) stay: they are the
    article's own last lines ending without a stop, not the titles of other stories."""
    n = len(blocks)
    i = 0
    while i < n:
        if i in drop or blocks[i].get("_credited") or not (_is_teaser(blocks[i]["text"])
                                                            or _is_title_like(blocks[i]["text"])):
            i += 1
            continue
        j, teasers = i, 0
        while j < n and not blocks[j].get("_credited") and (
                j in drop or _is_teaser(blocks[j]["text"]) or _is_title_like(blocks[j]["text"])):
            teasers += j not in drop and _is_teaser(blocks[j]["text"])
            j += 1
        if teasers >= 2:
            k = _after_source_credit(blocks, i, j)
            while k < j and not _is_teaser(blocks[k]["text"]) and _known_unlinked(blocks[k]):
                k += 1
            for k in range(k, j):
                drop.setdefault(k, "teaser list")
        i = j


#: A link post's source credit: "(via Example Blog)", "via example.org" -- a short line.
_VIA_CREDIT_RE = re.compile(r"^[(\[]?\s*via\s+\S[^()\[\]]{0,60}[)\]]?$", re.I)


def _after_source_credit(blocks: Blocks, i: int, j: int) -> int:
    """Where a run ``i..j-1`` of title-like or linked lines starts being a list: after a
    "(via X)" credit among its first two lines when running text stands right before the run.
    A link post ends with the link it is about and the credit of where it was found (a
    credit is the post's own last line, never another story's teaser); teasers follow."""
    if i == 0 or not _is_running_text(blocks[i - 1]):
        return i
    for k in range(i, min(j, i + 2)):
        if _VIA_CREDIT_RE.match(blocks[k]["text"].strip()):
            return k + 1
    return i


def mark_link_rolls(blocks: Blocks, drop: Drop) -> None:
    """A link roll: two or more linked lines in a row, each followed by its "via X" credit
    line (a bookmarking service's or a link blog's daily post).  The credit says the links are
    the post's own picks, which a rail of other stories never carries: the blocks are marked
    ``_credited`` so the link-run and teaser-run passes leave them, and validate does not read
    them as a page of links.  A line-rule removal of such a block is undone."""
    n = len(blocks)
    i = 0
    while i < n - 1:
        j = i
        while j + 1 < n and _credited_pair(blocks[j], blocks[j + 1]):
            j += 2
        if j - i >= 4:
            for k in range(i, j):
                blocks[k] = {**blocks[k], "_credited": True}
                drop.pop(k, None)
        i = max(j, i + 1)


def _credited_pair(link: dict[str, Any], credit: dict[str, Any]) -> bool:
    return (link.get("_links", 0) >= LINK_LINE and len(link["text"]) <= 200
            and bool(_VIA_CREDIT_RE.match(credit["text"].strip())))


def mark_link_runs(blocks: Blocks, drop: Drop) -> None:
    """Two or more short link-dense blocks in a row (not a list the article introduces with a
    colon: :func:`_introduced_list`; a link post's source link and "(via X)" credit are the
    post's own lines: :func:`_after_source_credit`); a lone call-to-action link."""
    n = len(blocks)
    i = 0
    while i < n:
        j = i
        while j < n and blocks[j].get("_links", 0) >= 0.6 and len(blocks[j]["text"]) <= 200 \
                and not blocks[j].get("_credited"):
            j += 1
        i = max(i, _after_source_credit(blocks, i, j)) if j > i else i
        if j - i >= 2 and not _introduced_list(blocks, drop, i, j) and not _table_body(blocks, i, j):
            for k in range(i, j):
                drop.setdefault(k, "link list")
        elif j > i and blocks[i].get("_links", 0) >= LINK_LINE and _is_lone_link(blocks[i]["text"]):
            drop.setdefault(i, "link")
        i = max(j, i + 1)


def _table_body(blocks: Blocks, i: int, j: int) -> bool:
    """Blocks ``i..j-1`` are rows of a table under its unlinked header row (a table of
    downloads or products whose first cells link to them): the table is content."""
    return (i > 0 and blocks[i - 1].get("_tag") == "tr" and blocks[i - 1].get("_links", 0) < 0.3
            and all(blocks[k].get("_tag") == "tr" for k in range(i, j)))


def _introduced_list(blocks: Blocks, drop: Drop, i: int, j: int) -> bool:
    """Blocks ``i..j-1`` are a list the article introduces ("You will need:", "所需材料：")
    and then goes on after: a paragraph ending in a colon right before, running text
    before and after."""
    if i == 0 or i - 1 in drop or not blocks[i - 1]["text"].rstrip().endswith((":", "：")):
        return False
    return (any(k not in drop and _is_running_text(blocks[k]) for k in range(i))
            and any(k not in drop and _is_running_text(blocks[k]) for k in range(j, len(blocks))))


def mark_tag_rows(blocks: Blocks, drop: Drop) -> None:
    """Tag rows after the article text: a block made only of two or more short inline
    items ("<span>固收+</span><span>新基金</span>…", keyword links) without sentence punctuation."""
    for k in range(len(blocks) - 1, -1, -1):
        if k in drop:
            continue
        if blocks[k].get("_items", 0) >= 2 and _ends_open(blocks[k]["text"]) and _is_short(blocks[k]["text"]):
            drop[k] = "tag row"
            continue
        break


def _known_unlinked(block: dict[str, Any]) -> bool:
    """An HTML block with (almost) no link text; blocks from plain text or without a tag
    cannot tell."""
    return block.get("_tag") not in (None, "line") and block.get("_links", 0) < 0.3


def _may_be_teaser(block: dict[str, Any]) -> bool:
    """A line that can be another story's title: in HTML it links somewhere (a title in
    the article's own closing list -- tour dates, a ranking, product features -- does not);
    a plain-text capture has no links to tell."""
    return block.get("_tag") == "line" or block.get("_links", 0) >= 0.3


def mark_unrelated_tail(blocks: Blocks, drop: Drop) -> None:
    """A trailing run of three or more title-like lines whose words the article does not use
    (in HTML: linked lines, see :func:`_may_be_teaser`)."""
    kept_idx = [k for k in range(len(blocks)) if k not in drop]
    tail = []
    for k in reversed(kept_idx):
        if not (_is_title_like(blocks[k]["text"]) and _may_be_teaser(blocks[k])):
            break
        tail.append(k)
    if len(tail) < 3:
        return
    vocab = _vocabulary(blocks[k]["text"] for k in kept_idx if k not in tail)
    if vocab and sum(_unrelated(blocks[k]["text"], vocab) for k in tail) >= len(tail) * 0.6:
        for k in tail:
            drop[k] = "unrelated title list"


_CELL_SPLIT_RE = re.compile(r"\s*[|｜]\s*")
_BAR_SPLIT_RE = re.compile(r"\s*[|｜]\s*|\s+[-·•]\s+")
_WEEKDAYS = {"一", "二", "三", "四", "五", "六", "日", "天", "周一", "周二", "周三", "周四", "周五", "周六", "周日",
             "mo", "tu", "we", "th", "fr", "sa", "su", "m", "t", "w", "f", "s",
             "mon", "tue", "wed", "thu", "fri", "sat", "sun"}


def _cells(text: str) -> list[str]:
    return [c for c in _CELL_SPLIT_RE.split(text.strip(" |｜")) if c]


def _is_calendar_row(text: str) -> bool:
    """A row of a blog's month calendar: the weekday names ("Mo | Tu | … | Su", "日 | 一 | …
    | 六") or a week of day numbers ("11 | 12 | 13 | … | 17"), no other text."""
    if "|" not in text and "｜" not in text:  # one cell at most
        return False
    cells = _cells(text)
    if len(cells) >= 7 and all(c.lower() in _WEEKDAYS for c in cells):
        return True
    if len(cells) < 3 or not all(c.isdigit() and 1 <= int(c) <= 31 for c in cells):
        return False
    return all(int(b) == int(a) + 1 for a, b in zip(cells, cells[1:]))


def _is_nav_row(block: dict[str, Any]) -> bool:
    """A site's section bar: five or more short linked items separated by bars or dashes
    ("首页 | 新闻 | 股市 | …", "Home - News - Sport - …"); a table's header row has the same
    shape but no links."""
    if block.get("_links", 0) < 0.4:
        return False
    cells = [c for c in _BAR_SPLIT_RE.split(block["text"].strip(" |｜")) if c]
    return (len(cells) >= 5
            and all((cjk_count(c) <= 6 if cjk_count(c) else len(c.split()) <= 3) for c in cells))


def mark_widget_rows(blocks: Blocks, drop: Drop) -> None:
    """Single rows of page furniture the text path brings along: calendar rows and section bars."""
    for k, block in enumerate(blocks):
        if k in drop or block["kind"] != "paragraph":
            continue
        if _is_calendar_row(block["text"]):
            drop[k] = "calendar"
        elif _is_nav_row(block):
            drop[k] = "navigation bar"
