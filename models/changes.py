"""What changed between two versions of an article, and which claims are the same claim.

Pure functions on plain values (no session): the store calls them when it saves a new
version (:mod:`models.history`), the ``0005`` migration calls them to back-fill old
versions, and tests call them directly.

Formats
-------
A change is a dict ``{"kind", "position", "before", "after"}``:

* ``kind``: one of :data:`CHANGE_KINDS`;
* ``position``: for paragraph changes, the paragraph's 0-based index in the *new*
  version (``paragraph_removed``: in the old one); None for the other kinds;
* ``before`` / ``after``: the old and new text (None for an added / removed paragraph;
  bylines as the names joined by ``", "``; dates as ISO 8601).

Paragraphs are the body's blocks (the body is split on blank lines).  Two paragraphs
at the same place whose texts are at least :data:`EDIT_SIMILARITY` alike are one
edited paragraph; less alike, a removal and an addition.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from difflib import SequenceMatcher
from typing import Any, Sequence

CHANGE_KINDS = ("title", "byline", "published_at", "updated_at",
                "paragraph_added", "paragraph_removed", "paragraph_edited")
#: Similarity (difflib ratio) from which two paragraphs are one paragraph, edited.
EDIT_SIMILARITY = 0.5
#: Similarity from which two claims of one speaker are one claim, reworded.
CLAIM_SIMILARITY = 0.5

_SPACE_RE = re.compile(r"\s+")
_PUNCT_RE = re.compile(r"[^\w\s]")


@dataclass(frozen=True)
class Snapshot:
    """One version of an article as the diff sees it.  ``authors`` or a date of None
    means unknown (an old version archived before bylines were kept): not compared."""

    title: str | None
    authors: tuple[str, ...] | None
    published_at: datetime | None
    updated_at: datetime | None
    paragraphs: tuple[str, ...]


def snapshot(*, title: str | None, body: str, authors: Sequence[str] | None = None,
             published_at: datetime | None = None, updated_at: datetime | None = None) -> Snapshot:
    paragraphs = tuple(p.strip() for p in (body or "").split("\n\n") if p.strip())
    return Snapshot(title=title, authors=tuple(authors) if authors is not None else None,
                    published_at=published_at, updated_at=updated_at, paragraphs=paragraphs)


def _change(kind: str, before: Any, after: Any, position: int | None = None) -> dict[str, Any]:
    return {"kind": kind, "position": position, "before": before, "after": after}


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def diff(old: Snapshot, new: Snapshot) -> list[dict[str, Any]]:
    """The changes from ``old`` to ``new``: fields first, then paragraphs in order."""
    changes = []
    if (old.title or "") != (new.title or ""):
        changes.append(_change("title", old.title, new.title))
    if old.authors is not None and new.authors is not None and old.authors != new.authors:
        changes.append(_change("byline", ", ".join(old.authors) or None, ", ".join(new.authors) or None))
    for name in ("published_at", "updated_at"):
        before, after = getattr(old, name), getattr(new, name)
        if before is not None and after is not None and before != after:
            changes.append(_change(name, _iso(before), _iso(after)))
    changes.extend(diff_paragraphs(old.paragraphs, new.paragraphs))
    return changes


def similarity(a: str, b: str) -> float:
    """difflib ratio of two texts after folding case, white space and punctuation."""
    a, b = _fold(a), _fold(b)
    if a == b:
        return 1.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def alike(a: str, b: str, threshold: float = EDIT_SIMILARITY) -> bool:
    """``similarity(a, b) >= threshold``, computing difflib's ratio only when cheaper
    bounds do not decide.  ``ratio()`` is ``2 * M / (len(a) + len(b))`` where ``M`` counts
    the characters of the matching blocks, the first of which is the longest common
    substring: so ``M`` is at least the common prefix and at least the common suffix
    (a lower bound that settles a paragraph edited at one end, the usual edit), and at
    most what ``quick_ratio`` counts (an upper bound that settles unlike paragraphs)."""
    a, b = _fold(a), _fold(b)
    total = len(a) + len(b)
    if a == b or not total:
        return 1.0 >= threshold
    if 2 * max(_common_prefix(a, b), _common_prefix(a[::-1], b[::-1])) >= threshold * total:
        return True
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    if matcher.real_quick_ratio() < threshold or matcher.quick_ratio() < threshold:
        return False
    return matcher.ratio() >= threshold


def _common_prefix(a: str, b: str) -> int:
    """Length of the longest common prefix of ``a`` and ``b`` (slices compared in C)."""
    lo, hi = 0, min(len(a), len(b))
    while lo < hi:  # invariant: a[:lo] == b[:lo]
        mid = (lo + hi + 1) // 2
        if a[lo:mid] == b[lo:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "").casefold()
    return _SPACE_RE.sub(" ", _PUNCT_RE.sub(" ", text)).strip()


def diff_paragraphs(old: Sequence[str], new: Sequence[str]) -> list[dict[str, Any]]:
    """Paragraphs added, removed and edited, in the order of the new version."""
    changes: list[dict[str, Any]] = []
    matcher = SequenceMatcher(None, list(old), list(new), autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        changes.extend(_pair_block(old, new, range(i1, i2), range(j1, j2)))
    return changes


def _pair_block(old: Sequence[str], new: Sequence[str], olds: range, news: range) -> list[dict[str, Any]]:
    """Changes for one replaced block: walk both sides in order, pairing a paragraph
    with the first alike one ahead of it on the other side."""
    out: list[dict[str, Any]] = []
    i, j = olds.start, news.start
    while i < olds.stop or j < news.stop:
        if i >= olds.stop:
            out.append(_change("paragraph_added", None, new[j], j))
            j += 1
            continue
        if j >= news.stop:
            out.append(_change("paragraph_removed", old[i], None, i))
            i += 1
            continue
        if alike(old[i], new[j]):
            out.append(_change("paragraph_edited", old[i], new[j], j))
            i, j = i + 1, j + 1
        elif any(alike(old[i], new[k]) for k in range(j + 1, news.stop)):
            out.append(_change("paragraph_added", None, new[j], j))
            j += 1
        else:
            out.append(_change("paragraph_removed", old[i], None, i))
            i += 1
    return out


def speaker_key(claim: dict[str, Any]) -> str:
    """Who a claim is by, for matching: its speaker entity, else its speaker as written."""
    return _fold(claim.get("speaker_entity") or claim.get("speaker") or "")


def match_claims(old: Sequence[dict[str, Any]], new: Sequence[dict[str, Any]]) -> list[tuple[int | None, int | None, str]]:
    """Pair the claims of two versions.

    Returns ``(old index or None, new index or None, status)`` with status
    ``unchanged`` (same speaker, same words up to case/space/punctuation),
    ``reworded`` (same speaker, texts at least :data:`CLAIM_SIMILARITY` alike),
    ``appeared`` or ``withdrawn``.  Exact matches are paired first, then the most
    alike pairs, so each claim is paired at most once.
    """
    olds = [(speaker_key(a), _fold(a.get("text", ""))) for a in old]
    news = [(speaker_key(b), _fold(b.get("text", ""))) for b in new]
    pairs: dict[int, tuple[int, str]] = {}
    used_new: set[int] = set()
    # Exact pairs sort before every other (score 1.0; ratio is 1.0 only for equal
    # texts), so they are paired first, in (old, new) order; only the claims left
    # unpaired need the costly comparison.
    _pair_greedy([(-1.0, i, j) for i, a in enumerate(olds) for j, b in enumerate(news) if a == b],
                 pairs, used_new)
    _pair_greedy(_alike_pairs(olds, news, pairs, used_new), pairs, used_new)
    result: list[tuple[int | None, int | None, str]] = [(i, j, status) for i, (j, status) in sorted(pairs.items())]
    result += [(i, None, "withdrawn") for i in range(len(old)) if i not in pairs]
    result += [(None, j, "appeared") for j in range(len(new)) if j not in used_new]
    return result


def _pair_greedy(candidates: list[tuple[float, int, int]], pairs: dict[int, tuple[int, str]],
                 used_new: set[int]) -> None:
    """Pair ``(-score, old, new)`` candidates best first, each claim at most once."""
    candidates.sort()
    for neg, i, j in candidates:
        if i in pairs or j in used_new:
            continue
        pairs[i] = (j, "unchanged" if neg == -1.0 else "reworded")
        used_new.add(j)


def _alike_pairs(olds: list[tuple[str, str]], news: list[tuple[str, str]], pairs: dict[int, Any],
                 used_new: set[int]) -> list[tuple[float, int, int]]:
    """``(-similarity, old, new)`` of the unpaired same-speaker claims at least
    :data:`CLAIM_SIMILARITY` alike (folded texts).  difflib's quick ratios bound
    ``ratio()`` from above, so a pair under the bound skips the full comparison."""
    out = []
    matcher = SequenceMatcher(None, autojunk=False)
    for j, (speaker_b, b) in enumerate(news):
        if j in used_new:
            continue
        matcher.set_seq2(b)
        for i, (speaker_a, a) in enumerate(olds):
            if i in pairs or speaker_a != speaker_b:
                continue
            matcher.set_seq1(a)
            if (matcher.real_quick_ratio() >= CLAIM_SIMILARITY and matcher.quick_ratio() >= CLAIM_SIMILARITY
                    and (score := matcher.ratio()) >= CLAIM_SIMILARITY):
                out.append((-score, i, j))
    return out
