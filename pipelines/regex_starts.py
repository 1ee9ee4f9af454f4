"""A pattern's matches, tried only where one can start.

A long alternation whose alternatives open with a lookbehind (the Chinese cue pattern:
``(?<![简名号…])称``, ``(?:(?<=》)|(?<=文件))…规定``) gives ``re`` no first character to skip
to, so ``finditer`` runs every alternative at every position of the text: ~0.4 µs a
character, ~8% of the claims and entities stages on a Chinese page.  Every match still
opens with one of a few characters (the first character each alternative consumes, read
from the pattern's own parse tree, so editing the pattern keeps the set right); one
character-class scan (in C) finds those positions and the pattern is tried at them only,
with ``match``, which sees the text before the position as ``finditer`` does (lookbehinds
read the whole string, not a slice).  Skipping positions where no match can start, and
resuming after each match's end, is exactly what ``finditer`` does for a pattern that
cannot match the empty string; a pattern that can, or whose first characters cannot be
listed (``.``, ``\\w``, a negated class, ``re.IGNORECASE``), is left to ``finditer``.
"""

from __future__ import annotations

import re
from typing import Iterable

try:  # the parser of the ``re`` module (private, stable since 3.11)
    from re import _constants as _c, _parser as _sre_parse
except ImportError:  # pragma: no cover - older Pythons: the plain pattern
    _c = _sre_parse = None

__all__ = ["StartScan", "start_chars"]

_MAX_RANGE = 256  # a class range wider than this is not listed (no gain in a set that big)


def _first(items: Iterable[tuple]) -> tuple[set[str], bool] | None:
    """``(characters a match of the sequence can open with, whether it can be empty)``,
    or None when they cannot be listed."""
    out: set[str] = set()
    for op, av in items:
        if op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
            continue  # zero-width: the match opens with what follows
        if op is _c.LITERAL:
            return out | {chr(av)}, False
        if op is _c.IN:
            chars = _class_chars(av)
            return (out | chars, False) if chars is not None else None
        if op is _c.SUBPATTERN:
            if av[1] & re.IGNORECASE:
                return None  # (?i:...): its letters' other cases are not listed
            sub = _first(av[-1])
        elif op is _c.BRANCH:
            subs = [_first(alt) for alt in av[1]]
            if any(s is None for s in subs):
                return None
            sub = set().union(*(s[0] for s in subs)), any(s[1] for s in subs)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            body = _first(av[2])
            sub = None if body is None else (body[0], body[1] or av[0] == 0)
        else:
            return None  # any character, a category, a group reference, ...
        if sub is None:
            return None
        out |= sub[0]
        if not sub[1]:
            return out, False
    return out, True


def _class_chars(items: list[tuple]) -> set[str] | None:
    out: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            out.add(chr(av))
        elif op is _c.RANGE and av[1] - av[0] < _MAX_RANGE:
            out.update(map(chr, range(av[0], av[1] + 1)))
        else:
            return None  # a negated class, a category (\d, \w), a wide range
    return out


def start_chars(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The characters every non-empty match of ``pattern`` opens with; None when they
    cannot be listed or the pattern can match the empty string."""
    if _sre_parse is None or not isinstance(pattern.pattern, str) \
            or pattern.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    try:
        found = _first(_sre_parse.parse(pattern.pattern, pattern.flags))
    except (AttributeError, TypeError, ValueError):  # pragma: no cover - another re's tree
        return None
    if found is None or found[1] or not found[0]:
        return None
    return frozenset(found[0])


class StartScan:
    """``pattern.finditer`` as a list, trying the pattern only at its start characters."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        chars = start_chars(pattern)
        self._starts = re.compile("[" + "".join(re.escape(ch) for ch in sorted(chars)) + "]") if chars else None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> list[re.Match[str]]:
        """Exactly ``list(pattern.finditer(text, pos, endpos))``."""
        end = len(text) if endpos is None else endpos
        if self._starts is None:
            return list(self.pattern.finditer(text, pos, end))
        match, out, after = self.pattern.match, [], pos
        for s in self._starts.finditer(text, pos, end):
            k = s.start()
            if k >= after:
                m = match(text, k, end)
                if m is not None:
                    out.append(m)
                    after = m.end()
        return out
