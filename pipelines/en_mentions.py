"""Short mentions of speaking persons in an English article, as antecedents for
:func:`pipelines.attribution_common.resolve`: the surname alone after the full name, a
one-word name a speaker goes by, and a one-word "organization" that is a named
person's surname.  The full-name mentions are :func:`speaker_names.speaker_mentions`."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from pipelines.speaker_names import _LISTENER, _NOT_FIRST, _inside, _not_given, _role_words


def surnames_of_persons(claims: list[dict[str, Any]], names: set[str]) -> None:
    """A one-word speaker read as an organization ("Bloomberg said", a company's name
    too) that is the surname of exactly one person the article names in full is that
    person's surname (in place: ``_ref`` becomes ``"surname"``)."""
    last = Counter(n.split()[-1] for n in names if " " in n and n.split()[-1][:1].isupper())
    for c in claims:
        if c["_ref"] == "org" and last.get(c["speaker"]) == 1:
            c["_ref"] = "surname"


def short_mentions(names: set[str], lone: set[str], body: str, titles: frozenset[str],
                   quoted: list[tuple[int, int]] = ()) -> list[tuple[int, dict[str, Any]]]:
    """The narrative's short mentions of speaking persons, as antecedents: the surname
    alone ("Brandvold decided ..." for Ilse Brandvold, when no other speaker shares it) and
    a one-word name a speaker goes by ("Meghan" in ``lone``).  Journalists name a person
    in full once and by surname after, so without these the nearest full name is often
    someone else's ("her son, X Y, was born ... Dion said"): he/she then went wrong.
    A word inside a longer capitalized run ("Bloomberg News", "Dion Angélil") or inside
    a quotation is no mention."""
    by_last: dict[str, set[str]] = {}
    for n in names:
        toks = n.split()
        if len(toks) >= 2 and toks[-1][:1].isupper() and len(toks[-1]) > 2 \
                and toks[0].lower() not in _not_given() and toks[0].lower() not in _role_words():
            by_last.setdefault(toks[-1], set()).add(n)
    forms = {s: next(iter(v)) for s, v in by_last.items() if len(v) == 1}
    forms.update({w: w for w in lone if w not in by_last and len(w) > 2})
    if not forms:
        return []
    rx = re.compile(r"(?<![\w’'.-])(" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
                    + r")(?![\w-])(?!\s+[A-Z])")
    out = []
    for m in rx.finditer(body):
        k = m.start()
        prev = _PREV_CAP.search(body, max(0, k - 40), k)
        word = prev.group(1) if prev else ""
        if _inside(quoted, k) or _LISTENER.search(body, max(0, k - 30), k) or (prev and word.lower().rstrip(".") not in titles and word not in _NOT_FIRST
                                  and not (word.endswith(".") and len(word) > 2)):  # "Foods. Benton"
            continue
        out.append((k, {"speaker": forms[m.group(1)], "role": None, "org": None, "ref": "name"}))
    return out


_PREV_CAP = re.compile(r"([A-Z][\w’'.-]*) $")
