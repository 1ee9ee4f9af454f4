"""Captions that are the story: a slideshow page.

Both candidates leave ``<figcaption>`` out (a caption repeats or credits a picture).  On a
slideshow or gallery article ("25 costumes you can make tonight") the text is in the captions:
each slide is a ``<figure>`` with its picture, a title and a caption of several sentences, and
the page's paragraphs are only the intro.  :func:`slide_blocks` reads such a run of slides --
:data:`MIN_SLIDES` or more sibling figures whose captions are running text -- as blocks (each
slide's heading, then its caption's paragraphs), and :func:`with_slides` adds them after the
chosen candidate when the captions hold more words than it and are new to it.
"""

from __future__ import annotations

import re
from typing import Any

from pipelines.normalize import cjk_count, word_count

Blocks = list[dict[str, Any]]

#: A gallery has at least this many captioned slides of running text under one parent.
MIN_SLIDES = 5
#: A caption of running text: this many characters (or CJK characters) and a sentence stop.
CAPTION_MIN_CHARS = 80
CAPTION_MIN_CJK = 25
_SENTENCE_RE = re.compile(r"[.!?。！？]")
_HEADINGS = ("h2", "h3", "h4")


def _text(el: Any) -> str:
    return " ".join(el.text_content().split())


def running_caption(figure: Any) -> Any | None:
    """The figure's caption when it is running text (not a credit or a one-line label)."""
    caption = next(figure.iter("figcaption"), None)
    if caption is None:
        return None
    text = _text(caption)
    long_enough = len(text) >= CAPTION_MIN_CHARS or cjk_count(text) >= CAPTION_MIN_CJK
    return caption if long_enough and _SENTENCE_RE.search(text) else None


def _slides(root: Any) -> list[tuple[Any, Any]]:
    """(figure, caption) of the largest group of sibling figures with running captions."""
    groups: dict[Any, list[tuple[Any, Any]]] = {}
    for figure in root.iter("figure"):
        if next(figure.iterancestors("figure"), None) is not None:
            continue
        caption = running_caption(figure)
        if caption is not None:
            groups.setdefault(figure.getparent(), []).append((figure, caption))
    best = max(groups.values(), key=len, default=[])
    return best if len(best) >= MIN_SLIDES else []


def _paragraphs(caption: Any) -> list[str]:
    lines = [_text(p) for p in caption.iter("p")]
    lines = [line for line in lines if line]
    return lines or [_text(caption)]


def slide_blocks(root: Any) -> Blocks:
    """Blocks of the page's slideshow (see the module docstring); [] when it has none."""
    out: Blocks = []
    for figure, caption in _slides(root):
        for heading in figure.iter(*_HEADINGS):
            if next(heading.iterancestors("figcaption"), None) is None and _text(heading):
                links = sum(len(_text(a)) for a in heading.iter("a")) / len(_text(heading))
                out.append({"kind": "heading", "text": _text(heading), "_links": links, "_tag": heading.tag})
                break
        out.extend({"kind": "paragraph", "text": line, "_links": 0.0, "_tag": "p"} for line in _paragraphs(caption))
    return out


def _words(blocks: Blocks) -> int:
    return sum(word_count(b["text"]) for b in blocks)


def with_slides(blocks: Blocks, slides: Blocks) -> Blocks:
    """``blocks`` followed by the slides' blocks, when the captions hold more words than
    ``blocks`` (the candidate read only the intro) and ``blocks`` does not already hold them."""
    if not slides or _words(slides) <= _words(blocks):
        return blocks
    known = " ".join("".join(b["text"].split()) for b in blocks)
    captions = [b for b in slides if b["kind"] == "paragraph"]
    if sum(1 for b in captions if "".join(b["text"].split()) in known) * 2 >= len(captions):
        return blocks
    return [*blocks, *slides]
