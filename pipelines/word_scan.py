"""Scans for an article's own words (its speakers' names and surnames) with
``str.find`` instead of a regex built per article.

Compiling one alternation of the article's names per article (``(?<!\\w)(?:Ada|Quenby)
(?!\\w)``) cost more than the scan itself: it was a fifth of the English claims and
entities stages (issue 9).  These functions give exactly what ``re.finditer`` gives for
such a pattern: the context checks are the pattern's own lookarounds, precompiled once
by the caller.
"""

from __future__ import annotations

import re


def literal(text: str, s: str) -> list[int]:
    """Offsets of ``s`` in ``text``, left to right and not overlapping: the starts of
    ``re.finditer(re.escape(s), text)`` (for an empty ``s`` too: every offset)."""
    out, k = [], text.find(s)
    while k >= 0:
        out.append(k)
        k = text.find(s, k + (len(s) or 1))
    return out


def alternatives(text: str, words: list[str], *, not_before: re.Pattern[str],
                 not_after: re.Pattern[str]) -> list[tuple[int, str]]:
    """``(offset, word)`` of the matches of ``(?<!B)(?:w1|w2|...)(?!A)`` in ``text``, as
    ``re.finditer`` finds them: left to right, not overlapping, and at one offset the
    first of ``words`` (in the order given) that fits.  ``not_before`` matches the one
    character a match may not follow (the lookbehind ``B``, a single-character class);
    ``not_after`` whatever may not follow a match (the lookahead ``A``).  Words are not
    empty.  (A trie pattern, longest alternative preferred, is ``words`` sorted by
    decreasing length.)"""
    first: dict[int, int] = {}
    for rank, w in enumerate(words):
        n, k = len(w), text.find(w)
        while k >= 0:
            if k not in first and (k == 0 or not not_before.match(text, k - 1)) \
                    and not not_after.match(text, k + n):
                first[k] = rank
            k = text.find(w, k + 1)
    out: list[tuple[int, str]] = []
    end = 0
    for k in sorted(first):
        if k >= end:
            w = words[first[k]]
            out.append((k, w))
            end = k + len(w)
    return out
