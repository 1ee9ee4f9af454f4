"""Hard-wrapped Chinese plain text for :mod:`pipelines.attribution_zh`: lines joined back
into the paragraphs their sentences run over (cleaning keeps each line as a block, and
takes short lines with no stop at their end for headings)."""

from __future__ import annotations

import re

from pipelines.attribution_common import CLOSE, OPEN, SEP


#: How a line ends when its sentence goes on in the next line of hard-wrapped text.
_OPEN_END = re.compile(r"[^。！？!?…”』」）)：:；;\s]$")
#: A sentence stop with more text after it on the same line.
_STOP_INSIDE = re.compile(r"[。！？][^。！？”」]")
#: A numbered heading closing a line (``十五、小标题``).
_NUMBERED_END = re.compile(r"(?:^|[^\u4e00-\u9fff])[一二三四五六七八九十百\d]{1,4}[、.．][\u4e00-\u9fff]{2,14}$")
#: ``某某回答说：`` closing a paragraph whose quotation opens the next one.
_COLON_END = re.compile(r"[：:]\s*$")
#: Shorter lines are headings or captions, which end without a stop too.
_WRAP_MIN = 20
#: A "heading" this long with a comma in it is a line of hard-wrapped prose (headings are short).
_PROSE_LINE = 30


def _prose(block: dict[str, str]) -> bool:
    """A paragraph, or a hard-wrapped line of prose that cleaning took for a heading (short,
    no stop at its end) though a sentence ends inside it or a quotation opens and stays
    open in it (``……价值。某某说：“……的价钱(``): headings carry neither."""
    if block.get("kind") == "paragraph":
        return True
    text = block.get("text", "")
    if _NUMBERED_END.search(text):
        return False  # ……。”(出处)十五、小标题: a real heading glued to the line before it
    return block.get("kind") == "heading" and (bool(_STOP_INSIDE.search(text)) or text.count(OPEN) > text.count(CLOSE)
                                               or len(text) >= _PROSE_LINE and "，" in text)


def join_wrapped(blocks: list[dict[str, str]], offsets: list[int]) -> tuple[list[dict[str, str]], list[int], list[int]]:
    """Paragraphs of hard-wrapped plain text joined back where a sentence runs over a
    line break (a line of twenty characters or more ending with no stop), and a line
    ending with a colon joined to the quotation that opens the next: ``(blocks,
    offsets, index of each joined block's first original block)``.  Joined texts keep
    the separator, so body offsets do not move."""
    out: list[dict[str, str]] = []
    out_offsets: list[int] = []
    first: list[int] = []
    for i, block in enumerate(blocks):
        prev = out[-1] if out else None
        if prev is not None and _prose(block) and _prose(prev) \
                and (len(prev["text"].rsplit(SEP, 1)[-1]) >= _WRAP_MIN and _OPEN_END.search(prev["text"])
                     or _COLON_END.search(prev["text"]) and block["text"].startswith(OPEN)):
            out[-1] = {**prev, "kind": "paragraph", "text": prev["text"] + SEP + block["text"]}
            continue
        out.append(block)
        out_offsets.append(offsets[i])
        first.append(i)
    return out, out_offsets, first
