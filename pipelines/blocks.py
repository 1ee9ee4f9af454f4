"""An element subtree -> block dicts (``{"kind", "text", "_links", "_tag"}``): inline
markup joins, block elements split, a table row of figures is one block."""

from __future__ import annotations

from typing import Any, Iterable


from pipelines.normalize import is_cjk_char
from pipelines.html_common import (  # noqa: F401
    _BLOCK_TAGS,
    _HEADING_TAGS,
    _ROW_LAYOUT_TAGS,
    _TERMINAL_RE,
    _clean_ws,
)

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


# ---------------------------------------------------------------- candidate choice

#: A candidate with at least this many blocks, this share of them carrying a date or a
#: time, is a list of dated items -- a comment thread ("re: Title 2024-05-02 12:46 name"),
#: forum replies, a blog's post archive -- not the text of one article.
DATED_LIST_MIN_BLOCKS = 6
DATED_LIST_SHARE = 0.3


def dated_share(blocks: list[dict[str, Any]]) -> float:
    """Share (0..1) of ``blocks`` whose text holds a date or a clock time."""
    from pipelines.boilerplate_patterns import _DATE_RE

    if not blocks:
        return 0.0
    return sum(1 for b in blocks if _DATE_RE.search(b["text"])) / len(blocks)


def is_dated_list(longer: list[dict[str, Any]], shorter: list[dict[str, Any]]) -> bool:
    """``longer`` is a list of dated items (:data:`DATED_LIST_SHARE`) and ``shorter`` is not
    (its share at least 0.1 lower): the longer candidate holds more words only because it
    took the comments or the archive instead of the article, so it must not win on length."""
    if len(longer) < DATED_LIST_MIN_BLOCKS or not shorter:
        return False
    share = dated_share(longer)
    return share >= DATED_LIST_SHARE and dated_share(shorter) <= share - 0.1
