"""Chinese blocks that are lists, not prose: runs of headline links (相关新闻, 财经新闻TOP10)
and navigation lines (``理财 ： 标题 | 标题 | 标题``) that cleaning kept in the body.  A
headline such as ``某官员称……`` holds a cue but is no statement of the article, so
:mod:`pipelines.claims` reads these blocks as ``list`` (no attribution rule reads them)."""

from __future__ import annotations

import re

#: A sentence stop anywhere in a line: prose (a hard-wrapped line of prose holds one soon).
_STOP = re.compile(r"[。！？!?；;…]")
#: Two link separators: a navigation line or a row of links.
_SEPARATED = re.compile(r"[|｜].*[|｜]")
#: A headline line is this short at most (hard-wrapped prose lines run longer).
_SHORT = 30
#: A run of this many short stop-less lines is a list of headlines.
_RUN = 3
#: Lines of hard-wrapped prose all have the wrap width (this long at least), but the last.
_WRAP_WIDTH = 15


def _headline(text: str) -> bool:
    return len(text) <= _SHORT and not _STOP.search(text)


def _runs(flags: list[bool]) -> list[tuple[int, int]]:
    """``(start, end)`` of every run of true flags."""
    out, start = [], None
    for i, f in enumerate(flags + [False]):
        if f and start is None:
            start = i
        elif not f and start is not None:
            out.append((start, i))
            start = None
    return out


def _wrapped(texts: list[str]) -> bool:
    """Hard-wrapped prose: every line but the last as long as the first, the wrap width."""
    width = len(texts[0])
    return width >= _WRAP_WIDTH and all(abs(len(t) - width) <= 1 for t in texts[:-1])


def mark_lists(blocks: list[dict[str, str]]) -> list[dict[str, str]]:
    """``blocks`` with the lines of headline lists and navigation lines given kind ``list``
    (same texts, so body offsets do not move): a block holding two link separators, or a
    block in a run of three or more short lines (thirty characters at most) with no
    sentence stop anywhere in them, unless the run has the even width of hard-wrapped prose."""
    listed = {i for i, b in enumerate(blocks) if _SEPARATED.search(b["text"])}
    for a, b in _runs([_headline(b["text"]) for b in blocks]):
        if b - a >= _RUN and not _wrapped([blk["text"] for blk in blocks[a:b]]):
            listed.update(range(a, b))
    return [dict(b, kind="list") if i in listed and b.get("kind") == "paragraph" else b
            for i, b in enumerate(blocks)]
