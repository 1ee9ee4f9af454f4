"""English capitalized names for the entities stage: runs of capitalized words split
into persons, organizations and places by rules and the gazetteers of
``pipelines/data/attribution.toml``."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from pipelines.en_name_words import is_lead_word, strip_possessive

_DEMONYMS = frozenset({"European", "American", "Asian", "German", "Chinese", "Japanese", "British", "Australian"})
# (a straight apostrophe counts as ’ where normalization did not run: "People's Bank")
_EN_TOK = r"(?:[A-Z][\w’'&+-]*(?:\.(?=[A-Za-z])[\w’'&+-]*)*)"
_EN_RUN = re.compile(r"[A-Z](?<![\w’'].)[\w’'&+-]*(?:\.(?=[A-Za-z])[\w’'&+-]*)*"
                     r"(?: +(?:(?:of|and|for|the|&|de) +)*" + _EN_TOK + r")*")


def _en_names(body: str) -> list[tuple[int, int, str]]:
    """``(start, end, type)`` for capitalized names in English text."""
    from pipelines import attribution_en as en
    from pipelines.attribution_en import _org_role_name

    v = en._v()
    honor = v["honor_bare"]
    out: list[tuple[int, int, str]] = []
    for m in _EN_RUN.finditer(body):
        start, text = m.start(), m.group(0)
        for piece_start, piece in _split_run(start, text, v):
            toks = piece.split()
            # drop sentence-opening words and titles at the front, but not the adjective
            # of a name ("European Central Bank", "American Airlines")
            while toks and (toks[0] in v["not_names"] or toks[0].rstrip(".") in honor
                            or toks[0].lower() in v["role_set"] or is_lead_word(toks[0], len(toks) > 2) and toks[-1] not in v["org_suffixes"]) \
                    and len(toks) > 1 \
                    and not (toks[0] in _DEMONYMS and toks[-1] in v["org_suffixes"]):
                piece_start += len(toks[0]) + 1
                toks = toks[1:]
            titled = _org_role_name(toks) if len(toks) > 3 else None
            if titled:
                # "Kessling Bank Chief Executive Ruth Amadi": an organization and a person
                org, _role, person = titled
                joined = " ".join(toks)
                end = piece_start + len(joined) - (2 if joined.endswith(("’s", "'s")) else 0)
                out.append((piece_start, piece_start + len(org), "ORG"))
                out.append((end - len(person), end, "PERSON"))
                continue
            if not toks or (len(toks) == 1 and toks[0] in v["not_names"]):
                continue
            piece = " ".join(toks)
            piece = strip_possessive(piece)  # "Ann Lee’s", "Ann Rivers’"
            if not piece or piece in v["not_names"]:
                continue
            prev = body[max(0, piece_start - 30):piece_start]
            typ = _en_type(piece, prev, v)
            if typ:
                out.append((piece_start, piece_start + len(piece), typ))
    return out


_RUN_JOINER = re.compile(r" +(and|of|for|&|de|the) +")


def _split_run(start: int, text: str, v: dict[str, Any]) -> list[tuple[int, str]]:
    """Split a capitalized run at "and"/"of" that join two names rather than one."""
    parts: list[tuple[int, str]] = []
    pos = 0
    for m in _RUN_JOINER.finditer(text):
        left, right = text[pos:m.start()], text[m.end():]
        left_last = left.split()[-1] if left.split() else ""
        keep = False
        if m.group(1) == "and":
            keep = left_last in ("Securities", "Development", "Research", "Reform", "Trade", "Industry",
                                 "Science", "Technology", "Exchange", "Finance", "Economic", "Commerce",
                                 "Information", "Banking", "Insurance", "Energy", "Resources", "Housing",
                                 "Markets", "Investment", "Social")
        elif m.group(1) in ("of", "the"):
            keep = left_last in v["org_suffixes"] or left_last in ("Division", "Republic", "Bank", "Office",
                                                                   "Committee", "University", "Government",
                                                                   "Ministry", "Department")
        else:
            keep = True
        if not keep:
            parts.append((start + pos, left))
            pos = m.end()
    parts.append((start + pos, text[pos:]))
    return [(s, p.strip()) for s, p in parts if p.strip()]


@lru_cache(maxsize=None)
def _currencies() -> frozenset[str]:
    from pipelines.attribution_common import vocab

    return frozenset(vocab("en")["currencies"])


_CAMEL = re.compile(r"[a-z][A-Z]")  # (compiled once: _en_type runs on every capitalized run)


def _en_type(name: str, prev: str, v: dict[str, Any]) -> str | None:
    toks = name.split()
    if name in v["places"]:
        return "GPE"
    if name.upper() in _currencies():
        return None  # RMB, USD: a currency (MONEY when an amount goes with it), no organization
    if name in v["orgs"] or toks[-1] in v["org_suffixes"]:
        return "ORG"
    if " of " in name and name.split(" of ")[0].split()[-1] in v["org_of_heads"]:
        return "ORG"  # Bank of England, University of Hong Kong
    prev_word = prev.split()[-1].lower().rstrip(",") if prev.split() else ""
    if prev_word in v["org_nouns"]:
        return "ORG"
    if len(toks) == 1 and (name.isupper() and len(name) >= 2 or _CAMEL.search(name)):
        return "ORG"
    if 2 <= len(toks) <= 3 and (toks[0] in v["given"] or toks[0] in v["pinyin"]) and all(t[0].isupper() for t in toks):
        return "PERSON"
    if prev_word in v["role_set"] or prev_word.rstrip(".") in v["honor_bare"]:
        return "PERSON" if len(toks) >= 2 else None
    return None


# --- Chinese names -------------------------------------------------------------------
