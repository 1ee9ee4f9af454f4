"""Regexes with a cheap pre-test: the words every match must contain.

An unanchored, case-insensitive pattern with many alternatives (``_APP_RE``, ``_DATE_RE`` ...)
is tried at every position of a line: 30-60 µs on a 150-character line, and the boilerplate
stage runs some forty of them on every block.  Almost every match holds a literal the pattern
spells out ("newsletter", "扫码", a digit), and one search for those literals in the
lower-cased line is ten times cheaper.  :func:`gated` reads the literals from the pattern's own
parse tree (so editing a pattern keeps its gate right) and wraps the pattern so that
``search``/``match``/``fullmatch``/``findall``/``sub`` answer "no match" at once when the line
holds none of them, and ask the pattern otherwise: the answers are the pattern's own.  A pattern
whose matches all hold a shape of characters the literals cannot say (a date: four digits or a
clock time) can be given that shape too (``needs``), searched in the line itself.

Why lower-casing is a safe test: under ``re.IGNORECASE`` an ASCII letter of the pattern matches
only characters whose ``str.lower()`` is that letter, except "İ", "ı" and "ſ" (the dotted and
dotless i, the long s; pinned by a test over all of Unicode), so a line holding one of those
always goes to the pattern.  Non-ASCII letters that have case (ü, é) end a literal.
"""

from __future__ import annotations

import re
from typing import Any

try:  # the parser of the ``re`` module (private, stable since 3.11; ``sre_parse`` before)
    from re import _constants as _c, _parser as _sre_parse
except ImportError:  # pragma: no cover - older Pythons: no gates, the plain patterns
    _c = _sre_parse = None

__all__ = ["gated", "required_probes"]

#: Characters that ``re.IGNORECASE`` matches with an ASCII letter although their ``lower()`` is
#: not that letter ("İ".lower() is two characters).
_UNFOLDABLE = ("İ", "ı", "ſ")
_DIGIT = r"\d"  # probe: any Unicode decimal digit (``\d`` of the pattern)

_last_folds: tuple[Any, ...] = (None, None, None, None)


def _folded(text: str) -> str | None:
    """``text.lower()``, or None when the lower-cased text cannot stand for it.  The last two
    answers are kept (one line, and its core without decoration, meet many gated patterns in
    turn); one tuple, swapped whole, so threads never see half an entry."""
    global _last_folds
    last = _last_folds
    if last[0] is text:
        return last[1]
    if last[2] is text:
        return last[3]
    low = None if not text.isascii() and any(c in text for c in _UNFOLDABLE) else text.lower()
    _last_folds = (text, low, last[0], last[1])
    return low


def _safe(code: int, ignore_case: bool) -> bool:
    """A literal character the lower-cased line shows as ``chr(code).lower()``."""
    ch = chr(code)
    return code < 128 or not ignore_case or ch.lower() == ch.upper()


#: Single characters too common in text to make a useful probe.
_COMMON = set(" .,:;!?'\"“”‘’()-–—/…、，。：；！？（）")


def _strength(probes: list[str]) -> float:
    """How rarely the weakest probe occurs: a longer literal is rarer; one CJK character or a
    rare symbol ("»", "©") counts as two, a common one (space, comma, quote) as one, a digit as
    three (a date pattern needs one in every form, its month names are common words)."""
    def one(p: str) -> float:
        if p == _DIGIT:
            return 3.0
        if len(p) == 1:
            return 1.0 if p in _COMMON or p.isalnum() and p.isascii() else 2.0
        return float(len(p))
    return min(map(one, probes)) if probes else 0.0


def _better(a: list[str] | None, b: list[str] | None) -> list[str] | None:
    if a is None or b is None:
        return a if b is None else b
    return a if (_strength(a), -len(a)) >= (_strength(b), -len(b)) else b


def _of_item(op: Any, av: Any, ignore_case: bool) -> list[str] | None:
    """The probes of one non-literal node of the parse tree (None: no requirement)."""
    if op is _c.SUBPATTERN:
        _group, add, remove, sub = av
        ic = (ignore_case or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE
        return _of_sequence(sub, ic)
    if op is _c.ATOMIC_GROUP:
        return _of_sequence(av, ignore_case)
    if op is _c.ASSERT:  # a look-ahead or look-behind: its text is in the line too
        return _of_sequence(av[1], ignore_case)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _of_sequence(av[2], ignore_case)
    if op is _c.BRANCH:
        probes: list[str] = []
        for branch in av[1]:
            need = _of_sequence(branch, ignore_case)
            if need is None:
                return None
            probes += need
        return probes
    if op is _c.IN and list(av) == [(_c.CATEGORY, _c.CATEGORY_DIGIT)]:
        return [_DIGIT]
    if op is _c.IN and len(av) <= 8 and all(o is _c.LITERAL and _safe(a, ignore_case) for o, a in av):
        return [chr(a).lower() for _o, a in av]
    return None


def _lead(items: Any, ignore_case: bool) -> str:
    """The literal characters a sequence starts with."""
    lead = []
    for op, av in items:
        if op is not _c.LITERAL or not _safe(av, ignore_case):
            break
        lead.append(chr(av).lower())
    return "".join(lead)


def _of_sequence(items: Any, ignore_case: bool) -> list[str] | None:
    """Probes such that every match of the sequence ``items`` holds one of them: its best
    run of literal characters or best required node.  ``re`` factors a common prefix out of
    alternatives ("next|newer" -> "ne" + "xt|wer"): a run right before alternatives also
    counts joined to each alternative's leading literals ("next", "newer")."""
    best: list[str] | None = None
    run: list[str] = []
    for op, av in list(items) + [(None, None)]:
        if op is _c.LITERAL and _safe(av, ignore_case):
            run.append(chr(av).lower())
            continue
        if run and "".join(run) != _DIGIT:  # (a literal backslash-d would read as the digit probe)
            best = _better(best, ["".join(run)])
            if op is _c.BRANCH:
                best = _better(best, ["".join(run) + _lead(b, ignore_case) for b in av[1]])
            run = []
        if op is not None and op is not _c.LITERAL:
            best = _better(best, _of_item(op, av, ignore_case))
    return best


def required_probes(regex: re.Pattern[str]) -> list[str] | None:
    """Lower-case literals (``r"\\d"`` for a digit) one of which every match of ``regex``
    holds, fewest and longest found; None when the pattern has no such set."""
    if _sre_parse is None or not isinstance(regex.pattern, str):
        return None
    need = _of_sequence(_sre_parse.parse(regex.pattern, regex.flags), bool(regex.flags & re.IGNORECASE))
    if not need:
        return None
    unique = sorted(set(need), key=len)
    # A probe holding another probe adds nothing: the shorter one is found first.
    return [p for i, p in enumerate(unique) if not any(q != _DIGIT and q in p for q in unique[:i])]


class GatedPattern:
    """A compiled pattern behind its probes (see the module docstring); other attributes
    and methods are the pattern's own."""

    __slots__ = ("regex", "gate", "needs")

    def __init__(self, regex: re.Pattern[str], gate: re.Pattern[str], needs: re.Pattern[str] | None = None):
        self.regex, self.gate, self.needs = regex, gate, needs

    def _may_match(self, text: str) -> bool:
        if self.needs is not None and self.needs.search(text) is None:
            return False
        low = _folded(text)
        return low is None or self.gate.search(low) is not None

    def search(self, text: str, *args: Any) -> re.Match[str] | None:
        return self.regex.search(text, *args) if args or self._may_match(text) else None

    def match(self, text: str, *args: Any) -> re.Match[str] | None:
        return self.regex.match(text, *args) if args or self._may_match(text) else None

    def fullmatch(self, text: str, *args: Any) -> re.Match[str] | None:
        return self.regex.fullmatch(text, *args) if args or self._may_match(text) else None

    def findall(self, text: str, *args: Any) -> list[Any]:
        return self.regex.findall(text, *args) if args or self._may_match(text) else []

    def sub(self, repl: Any, text: str, count: int = 0) -> str:
        return self.regex.sub(repl, text, count) if self._may_match(text) else text

    def __getattr__(self, name: str) -> Any:
        if name in GatedPattern.__slots__ or name.startswith("__"):  # a copy being built: its own
            raise AttributeError(name)
        return getattr(self.regex, name)

    def __repr__(self) -> str:
        return f"gated({self.regex!r}, gate={self.gate.pattern!r})"


def gated(regex: re.Pattern[str], *, needs: re.Pattern[str] | None = None) -> GatedPattern | re.Pattern[str]:
    """``regex`` behind a gate of its :func:`required_probes`; ``regex`` itself when it has
    none strong enough to pay for the test (every probe two characters, a CJK character or a
    digit at least).  ``needs``: a pattern every match of ``regex`` holds a match of (the
    caller's proof; a test pins it), searched in the line before the probes."""
    probes = required_probes(regex)
    if not probes or _strength(probes) < 2:
        probes = [""] if needs is not None else None  # the empty probe: always there
    if not probes:
        return regex
    return GatedPattern(regex, re.compile("|".join(p if p == _DIGIT else re.escape(p) for p in probes)), needs)
