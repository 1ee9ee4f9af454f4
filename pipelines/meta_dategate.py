"""A gate in front of dateparser for strings that no dateparser locale can read.

htmldate hands a plausible date string to ``dateparser.DateDataParser`` (every locale, strict
parsing) when its own patterns fail.  dateparser tries the locales in turn and uses one only if
*every* word of the string is in that locale's dictionary; a string with a word no locale knows
("Top 10 gadget picks of 2025") walks all 205 locales and returns no date.  The first such
walk in a process compiles every locale's word-splitting pattern: 1.4-1.7 s of CPU, paid by
one pool worker a run.

:func:`unreadable` says True only when the string is in Latin script (no locale-specific
rewriting pattern fires on it: they need Cyrillic, Hangul or Hebrew letters) and holds a word of
four or more ASCII letters (not a Roman numeral), after dateparser's own ``sanitize_date`` (which drops
everything before an "on:", among others), that occurs, lower-cased and accent-folded as dateparser folds it, in no
string of any locale's data (months, weekdays, relative words, skip words, simplifications,
their patterns) nor in a time-zone name.  Such a word cannot become a dictionary token, so no
locale is applicable and dateparser's answer is None: the gate returns None at once.
:func:`install` puts the gate in front of htmldate's call (``htmldate.extractors._external_date``);
any other string still goes to dateparser.
"""

from __future__ import annotations

import re
import unicodedata
from contextlib import contextmanager
from functools import lru_cache
from typing import Any, Iterator

# Latin letters, digits, spaces, ASCII and Latin-1 punctuation, general punctuation
_LATIN_ONLY = re.compile(r"[\x00-\u024f\u2000-\u206f]*")
_WORD = re.compile(r"[^\W\d_]{4,}")
# a Roman numeral may be read as a year ("April MMXX"): never judged
_ROMAN = re.compile(r"[MDCLXVI]+")


def _leaves(obj: Any):
    if isinstance(obj, dict):
        for key, value in obj.items():
            yield str(key)
            yield from _leaves(value)
    elif isinstance(obj, (list, tuple)):
        for value in obj:
            yield from _leaves(value)
    elif obj is not None:
        yield str(obj)


@lru_cache(maxsize=None)
def _known_text() -> str:
    """Every string of every dateparser locale and time zone, lower-cased, NUL-joined, in ASCII.

    Decomposed (NFKD) and stripped of what is not ASCII: an accent-folded ASCII word that occurs in
    a folded string occurs here too (the characters dropped lie outside it), and a dropped letter
    only joins its neighbours, which can make more words look known, never fewer.
    """
    from dateparser.languages.loader import default_loader
    from dateparser.timezones import timezone_info_list

    parts = [leaf for locale in default_loader.get_locales() for leaf in _leaves(locale.info)]
    parts.extend(_leaves(timezone_info_list))
    text = unicodedata.normalize("NFKD", "\x00".join(parts)).lower()
    return text.encode("ascii", "ignore").decode("ascii")


@lru_cache(maxsize=None)
def _dateparser_steps() -> tuple[Any, Any, Any] | None:
    """dateparser's own clean-up before the locales (``sanitize_date`` drops "... on:" and more)."""
    try:
        from dateparser.conf import settings
        from dateparser.date import _replace_quarter, sanitize_date
        from dateparser.utils import normalize_unicode
    except ImportError:  # pragma: no cover - another dateparser: no gate
        return None
    return sanitize_date, lambda text: _replace_quarter(text, settings), normalize_unicode


def unreadable(string: str) -> bool:
    """True when no dateparser locale can be applicable to ``string`` (see the module doc)."""
    steps = _dateparser_steps()
    if steps is None or not _LATIN_ONLY.fullmatch(string):
        return False
    sanitize, quarter, normalize = steps
    string = sanitize(string)
    if quarter(string) is not None:
        return False
    known = _known_text()
    return any(word.isascii() and word.lower() not in known and not _ROMAN.fullmatch(word)
               for word in _WORD.findall(normalize(string)))


def install() -> None:
    """Put the gate in front of htmldate's dateparser call (idempotent; no htmldate: nothing)."""
    try:
        from htmldate import extractors
    except ImportError:  # pragma: no cover
        return
    original = extractors._external_date
    if getattr(original, "_newsarchive_gate", False):
        return

    def gated(string: str):
        return None if unreadable(string) else original(string)

    gated._newsarchive_gate = True  # type: ignore[attr-defined]
    extractors._external_date = gated


@contextmanager
def active() -> Iterator[None]:
    """The gate in front of htmldate's dateparser call inside the ``with`` block only; the
    call found on entry is put back on exit (so a trafilatura run elsewhere in the process, a
    benchmark baseline included, is not changed)."""
    try:
        from htmldate import extractors
    except ImportError:  # pragma: no cover
        yield
        return
    original = extractors._external_date
    install()
    try:
        yield
    finally:
        extractors._external_date = original
