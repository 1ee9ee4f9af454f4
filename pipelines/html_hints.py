r"""The class/id hint patterns of :mod:`pipelines.html_common`, answered per attribute value
without running their long alternations on every value.

A page's class and id values are mostly new to the cache (ids are unique), and ``re`` tries
each of the ~90 alternatives of ``_NEGATIVE_RE`` at every word start (~14 µs a value, ~16 µs
for ``_POSITIVE_RE``): most of :func:`pipelines.html_clean.clean_tree`'s time.  The same
answers come from the value's tokens:

* the value is folded (:func:`fold`): re.I reads a letter as its lower case, and besides ASCII
  only "İ", "ı" (as "i"), "ſ" (as "s") and the Kelvin sign (as "k") match an ASCII letter;
  :data:`_FOLD` maps those first, so ``str.lower`` gives each character the letter re.I compares
  it as, one character for one; a pattern of lower-case literals then needs no re.I (which
  makes ``re`` ~3x slower);
* a bounded pattern (``(?:^|[\s-])(?:w1|a-?b|c-d)(?:$|[\s-])``) matches exactly when a token
  between white space/"-" separators is ``w1`` or ``ab``, or two tokens joined by one "-" are
  ``a-b``/``c-d``: set look-ups instead of ~90 alternatives tried at every word start.

``tests/test_speed_equivalents_parse.py`` checks every answer against the regexes.
"""

from __future__ import annotations

import re
from typing import Any

from pipelines.html_common import _EMBED_HINT_RE, _NEGATIVE_RE, _POSITIVE_RE, _REPEAT_HINT_RE

_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_BOUND_OPEN, _BOUND_CLOSE = r"(?:^|[\s-])(?:", r")(?:$|[\s-])"
_WORD_RE = re.compile(r"[a-z]+(?:-\??[a-z]+)?")


def bounded_words(pattern: re.Pattern) -> tuple[frozenset[str], frozenset[str]] | None:
    """``(single tokens, "a-b" token pairs)`` a bounded pattern matches, or None when the
    pattern is not of that shape (the regex is then run as it is)."""
    text = pattern.pattern
    if not (text.startswith(_BOUND_OPEN) and text.endswith(_BOUND_CLOSE)) or pattern.flags & re.I == 0:
        return None
    single, pairs = set(), set()
    for alt in text[len(_BOUND_OPEN):-len(_BOUND_CLOSE)].split("|"):
        if not _WORD_RE.fullmatch(alt):
            return None
        if "-?" in alt:
            left, right = alt.split("-?")
            single.add(left + right)
            pairs.add(f"{left}-{right}")
        elif "-" in alt:
            pairs.add(alt)
        else:
            single.add(alt)
    return frozenset(single), frozenset(pairs)


def _uncased(pattern: re.Pattern) -> re.Pattern | None:
    """``pattern`` without re.I, for :func:`fold`-ed text (None if it has other flags or an
    upper-case ASCII letter, which the folded text never holds)."""
    if pattern.flags & ~re.UNICODE != re.I or re.search(r"[A-Z]", pattern.pattern):
        return None
    return re.compile(pattern.pattern)


_NEG_WORDS = bounded_words(_NEGATIVE_RE)
_REPEAT_WORDS = bounded_words(_REPEAT_HINT_RE)
_EMBED_WORDS = bounded_words(_EMBED_HINT_RE)
_POSITIVE_UNCASED = _uncased(_POSITIVE_RE)


def fold(text: str) -> str:
    """``text`` with every character as re.I compares it with an ASCII letter (see above)."""
    return text.lower() if text.isascii() else text.translate(_FOLD).lower()


def _bounded_match(pattern: re.Pattern, words: Any, tokens: set[str], pairs: set[str], hint: str) -> bool:
    """``pattern.search(hint)`` from the folded hint's ``tokens`` and "-"-joined token ``pairs``."""
    if words is None:
        return bool(pattern.search(hint))
    return not words[0].isdisjoint(tokens) or bool(pairs and not words[1].isdisjoint(pairs))


#: Every "a-b" pair of the bounded patterns, unbounded: a folded value holding none of them
#: (most) needs no pair list.
_ANY_PAIR_RE = re.compile("|".join(sorted({p for w in (_NEG_WORDS, _REPEAT_WORDS, _EMBED_WORDS) if w for p in w[1]})))


def _pairs(folded: str) -> set[str]:
    """Tokens joined by exactly one "-" ("a-b"), in a folded value: ``str.split()`` splits on
    exactly the white space re's \\s matches, then each chunk on "-"."""
    pairs = set()
    for chunk in folded.split():
        parts = chunk.split("-")
        pairs.update(f"{left}-{right}" for left, right in zip(parts, parts[1:]))
    return pairs


# Bits of :func:`value_flags`: which hint pattern finds a match in an attribute value.
NEG, POS, REP, EMBED = 1, 2, 4, 8
_FLAGS: dict[str, int] = {}


def _flags_of(hint: str) -> int:
    folded = fold(hint)
    tokens = set(folded.replace("-", " ").split())  # the pieces between white space and "-"
    pairs = _pairs(folded) if _ANY_PAIR_RE.search(folded) else set()
    flags = 0
    if _bounded_match(_NEGATIVE_RE, _NEG_WORDS, tokens, pairs, hint):
        flags |= NEG
    if _POSITIVE_UNCASED.search(folded) if _POSITIVE_UNCASED is not None else _POSITIVE_RE.search(hint):
        flags |= POS
    if _bounded_match(_REPEAT_HINT_RE, _REPEAT_WORDS, tokens, pairs, hint):
        flags |= REP
    if _bounded_match(_EMBED_HINT_RE, _EMBED_WORDS, tokens, pairs, hint):
        flags |= EMBED
    return flags


def value_flags(value: str) -> int:
    """Which of the negative, positive, repeat and embed hint patterns match ``value`` ("_" read
    as "-", as in :func:`pipelines.html_common._hint`), remembered per value: class names repeat
    on many elements."""
    flags = _FLAGS.get(value)
    if flags is None:
        if len(_FLAGS) > 50000:
            _FLAGS.clear()
        flags = _FLAGS[value] = _flags_of(value.replace("_", "-"))
    return flags


def hint_flags(el: Any) -> int:
    """The :func:`value_flags` bits of ``_hint(el)``, without building it: the hint joins the
    class, id and component values with spaces, and each pattern matches the joined hint exactly
    when it matches one of the values (no alternative holds white space, every bound accepts a
    space as well as the start or end of the string, and stripping the ends changes neither)."""
    get = el.get
    flags = 0
    value = get("class")
    if value:
        flags = value_flags(value)
    value = get("id")
    if value:
        flags |= value_flags(value)
    value = get("data-component") or get("data-testid")
    if value:
        flags |= value_flags(value)
    return flags


def junk_flags(flags: int) -> bool:
    """``pipelines.html_clean._junk_hint`` from a hint's :func:`hint_flags`."""
    return bool((flags & NEG and not flags & POS) or flags & REP)
