"""The project's own main-content choice (the fallback of the generic path): every
element holding running text scores its parent and grandparent; the best container and
its text-bearing siblings are kept.  Also the page counts validate uses."""

from __future__ import annotations

from typing import Any

from pipelines.html_hints import NEG, POS, hint_flags
from pipelines.normalize import cjk_count
from pipelines.html_common import (  # noqa: F401
    _BLOCK_TAGS,
    _NEGATIVE_RE,
    _POSITIVE_RE,
    _PUNCT_RE,
    _SCORE_TAGS,
    _TERMINAL_RE,
    _clean_ws,
    _hint,
    _link_density,
    _text_len,
)

# ---------------------------------------------------------------- generic main content

def _own_text(el: Any) -> str:
    """Text of ``el`` not inside block-level children (br-separated text counts)."""
    parts = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and child.tag.lower() not in _BLOCK_TAGS:
            parts.append(child.text_content())
        parts.append(child.tail or "")
    return "".join(parts)


def _class_weight(el: Any) -> float:
    """+25 for a positive hint, -25 for a negative one (both can hold)."""
    flags = hint_flags(el)  # the patterns' answers on ``_hint(el)``, per attribute value
    if not flags:
        return 0.0
    weight = 0.0
    if flags & POS:
        weight += 25
    if flags & NEG:
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
    best, best_score = _best(scores)
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


def _best(scores: dict[Any, float]) -> tuple[Any, float]:
    """The element with the highest ``(score + class weight) * (1 - link density)`` above 0
    (the first on a tie), and that score; ``(None, 0.0)`` if none is above 0."""
    best, best_score = None, 0.0
    for el, score in scores.items():
        if el.tag in ("html",):
            continue
        raw = score + _class_weight(el)
        if raw <= best_score:  # (1 - link density) is in 0..1: the final score cannot beat the best
            continue
        final = raw * (1 - _link_density(el))
        if final > best_score:
            best, best_score = el, final
    return best, best_score


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
