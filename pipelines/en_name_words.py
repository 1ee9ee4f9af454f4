"""The edges of an English name in running text: words right before a name that are no
part of it (sentence openers, "Both", plural descriptors such as "Analysts" or
"Nutritionists") and a possessive after it ("Ann Lee’s" -> "Ann Lee").  The word lists
are data: ``pipelines/data/en_name_words.toml``."""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any

_DATA = Path(__file__).resolve().parent / "data" / "en_name_words.toml"


@lru_cache(maxsize=None)
def words() -> dict[str, Any]:
    """The lists of ``en_name_words.toml``, each as a frozenset (``plural_suffixes`` a tuple)."""
    with _DATA.open("rb") as fh:
        raw = tomllib.load(fh)
    out: dict[str, Any] = {k: frozenset(v) for k, v in raw.items()}
    out["plural_suffixes"] = tuple(raw["plural_suffixes"])
    return out


def is_lead_word(word: str, more_name_follows: bool) -> bool:
    """Whether ``word`` (capitalized, right before a name) is no part of the name: an
    opener ("However", "Both"), a listed group noun ("Analysts"), or, when another name
    word follows it, a word with a plural descriptor ending ("Hydrologists Ann Lee")."""
    w = word.rstrip(",").lower()
    v = words()
    if w in v["openers"] or w in v["group_nouns"]:
        return True
    return more_name_follows and len(w) > 4 and w.endswith(v["plural_suffixes"]) \
        and w not in v["not_plural"] and word[:1].isupper() and word[1:].islower()


def strip_lead(name: str) -> str:
    """``"Both Tobin Harrow"`` -> ``"Tobin Harrow"``, ``"Analysts Pell Ardani"`` ->
    ``"Pell Ardani"``: lead words cut while a capitalized name word is left after them."""
    toks = name.split()
    if toks and toks[-1] in _org_suffixes():
        return name  # "Farmers Mutual Insurance", "Citizens Bank": an organization's own word
    k = 0
    while len(toks) - k >= 2 and toks[k + 1][:1].isupper() and is_lead_word(toks[k], len(toks) - k >= 3):
        k += 1
    return " ".join(toks[k:]) if k else name


@lru_cache(maxsize=None)
def _org_suffixes() -> frozenset[str]:
    from pipelines.attribution_common import vocab

    return frozenset(vocab("en")["org_suffixes"])


_POSSESSIVE = re.compile(r"(?<=[A-Za-z])(?:[’']s|(?<=s)[’'])$")


def strip_possessive(name: str) -> str:
    """``"Mark Tavrins’"``, ``"Mark Tavrins's"``, ``"Ann Lee’s"`` -> the name without
    the possessive (a name as speaker is never a possessive)."""
    return _POSSESSIVE.sub("", name)
