"""``郑先生``, ``罗君``, ``马将军``, ``王院长``: a surname and a title or a role, said after the
article gave the full name (郑立衡, 马某某): the nearest full name before the claim with
that surname.  Used by :func:`pipelines.zh_antecedents.resolve_references`."""

from __future__ import annotations

import re
from typing import Any, Callable

from pipelines.attribution_common import vocab
from pipelines.zh_antecedents import _name_run, _surname_chars

_SHORT_NAME = re.compile(r"^([\u4e00-\u9fff])(?:先生|女士|君|老师|教授|师傅|将军|元帅|大夫)$")


def _short_name(speaker: str) -> re.Match[str] | None:
    """``郑先生``, ``马将军``, ``王院长``: a surname and a title or a role."""
    m = _SHORT_NAME.match(speaker)
    if m is None and 2 <= len(speaker) <= 5 and speaker[1:] in vocab("zh")["roles"]:
        m = re.match(r"^([\u4e00-\u9fff])", speaker)
    return m


def resolve_short_names(claims: list[dict[str, Any]], masked: Callable[[int], str], offsets: list[int]) -> None:
    """``郑先生`` / ``罗君`` after the article gave the full name (郑立衡, 罗启明): the
    nearest full name before the claim with that surname (in place)."""
    from pipelines.zh_names import segment_zh

    for c in claims:
        m = _short_name(c["speaker"])
        if m is None or m.group(1) not in _surname_chars():
            continue
        best = None
        for j, o in enumerate(offsets):
            if o >= c["_pos"]:
                break
            words = segment_zh(masked(j)[:c["_pos"] - o])
            for k, (p, w, _t) in enumerate(words):
                if not w.startswith(m.group(1)):
                    continue
                n = _name_run(words, k) if len(w) == 1 else (k + 1 if words[k][2] in ("nr", "nrfg") else k)
                name = "".join(x[1] for x in words[k:n])
                if 2 <= len(name) <= 3 and not _short_name(name):
                    best = name
        if best:
            c["speaker"] = best
            c["_ref"] = "name"
