"""Stage `entities`: people, organizations, places, money, percentages and dates.

An entity is a dict::

    {"name": str,              # canonical name (deterministic, see docs/claims.md)
     "type": "PERSON" | "ORG" | "GPE" | "MONEY" | "PERCENT" | "DATE",
     "aliases": [str],         # surface forms seen, in order of first appearance; Chinese
                               # persons and organizations also their English form
                               # ("Wu Hongliang", "Huayue Securities"), see zh_names.romanize
     "mentions": [{"text": str, "start": int, "end": int}]}   # offsets into doc.body

Canonical names:

* ORG/GPE/PERSON: a leading "the" and a trailing possessive are dropped; "the A’s B"
  becomes "B of the A" when B is an organization head ("the State Council’s Financial
  Committee" -> "Financial Committee of the State Council"); abbreviations listed in
  ``pipelines/data/attribution.toml`` map to their full name (ECB, 证监会).  A shorter
  mention equal to the head of a longer organization ("the Financial Committee")
  and a surname alone ("Ding") join the longer entity when exactly one fits.  A name
  that only starts like another ("Huobi", "Huobi Mining Pool") stays distinct.
* MONEY: ``"<amount> <ISO currency>"`` with the amount in units ("25000000 USD",
  "25000000 CNY"); PERCENT: ``"4.35%"``, percentage points ``"0.5pp"``; DATE: ISO 8601
  (``"2021-06-02"``, ``"2021-06"``, ``"2021"``, ``"--05-25"`` when the year is not given).

English uses rules and gazetteers; Chinese uses jieba's part-of-speech tags (nr, ns,
nt, from the dictionary inside the package, loaded once, lazily, offline) plus rules.
Speakers of claims become entities too, and each claim's ``speaker_entity`` is set.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from pipelines import word_scan
from pipelines.base import StagePipeline
from pipelines.document import Document
from pipelines.en_names import _currencies, _en_names
from pipelines.entities_numeric import _numeric
from pipelines.entities_zh_words import name_words, openers
from pipelines.zh_names import _alias_spans, _lex, _zh_names, _zh_org_ok, romanize, segment_zh, zh_org_spans

__all__ = ["canonical", "extract", "run", "segment_zh", "warm_up", "zh_org_spans", "EntitiesPipeline"]


def warm_up() -> None:
    """Load the vocabulary, jieba's dictionary and pinyin's now rather than on the first page."""
    from pypinyin import lazy_pinyin  # noqa: F401 - romanize's dictionary: seconds to import

    from pipelines import attribution_en, zh_speakers

    attribution_en._v()
    zh_speakers._v()
    _lex()
    openers()


# --- English names -------------------------------------------------------------------

# names never cross a line break or a full stop: "Long Dian.\n\nThe ..." is two things.
# The run opens with a consuming [A-Z] and looks behind it (rather than looking behind
# first) so that sre skips to the next capital letter without trying other positions.
# adjectives that begin organization names but are dropped as sentence openers otherwise

# --- canonical names and grouping ------------------------------------------------------

@lru_cache(maxsize=8192)
def canonical(name: str, typ: str, language: str) -> str:
    """The canonical form of a PERSON/ORG/GPE surface form (see module docstring)."""
    from pipelines.attribution_common import vocab

    s = " ".join(name.split()).strip(" ,.;:")
    if language == "en":
        s = s.replace("'", "’")
        s = re.sub(r"^(?:the|The)\s+", "", s)
        s = re.sub(r"’s?$", "", s) if s.endswith("’s") else s
        m = re.match(r"^(.+?)’s\s+(.+)$", s)
        # "the State Council’s Financial Committee" -> "Financial Committee of the State Council",
        # but "People’s Bank of China" is a name as it stands
        if m and typ == "ORG" and " of " not in m.group(2) \
                and (m.group(1).split()[-1] in vocab("en")["org_suffixes"] or m.group(1) in vocab("en")["orgs"]):
            s = f"{m.group(2)} of the {m.group(1)}"
        if typ == "PERSON":
            toks = s.split()
            while len(toks) > 1 and toks[0].rstrip(".").lower() in _honorifics():
                toks = toks[1:]
            s = " ".join(toks)
    aliases = vocab("zh" if language == "zh" else "en").get("aliases", {})
    return aliases.get(s, s)


@lru_cache(maxsize=None)
def _honorifics() -> frozenset[str]:
    from pipelines.attribution_common import vocab

    return frozenset(h.rstrip(".").lower() for h in vocab("en")["honorifics"])


_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=8192)
def _key(name: str) -> str:
    return _SPACES.sub(" ", name.replace("’", "'")).strip().lower()


def extract(body: str, *, language: str, claims: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """Entities of ``body`` (see module docstring).  ``claims`` (optional) are the
    article's claims: their named speakers become entities and get ``speaker_entity``
    set in place."""
    if language not in ("en", "zh") or not body:
        return []
    spans: list[tuple[int, int, str, str]] = []
    for s, e, typ, canon in _numeric(body, language):
        spans.append((s, e, typ, canon))
    names = _zh_names(body, name_words(body)) if language == "zh" else _en_names(body)
    for s, e, typ in names:
        spans.append((s, e, typ, canonical(body[s:e], typ, language)))
    spans.extend(_speaker_spans(body, language, claims or []))
    spans.extend(_alias_spans(body, language))
    if language == "en":
        spans.extend(_surname_spans(body, spans))
    # keep the longest of overlapping spans; numbers first on ties
    spans.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    kept: list[tuple[int, int, str, str]] = []
    end = -1
    for sp in spans:
        if sp[0] >= end:
            kept.append(sp)
            end = sp[1]
    entities: dict[tuple[str, str], dict[str, Any]] = {}
    order: list[tuple[str, str]] = []
    for s, e, typ, canon in kept:
        key = (typ, _key(canon))
        ent = entities.get(key)
        if ent is None:
            ent = entities[key] = {"name": canon, "type": typ, "aliases": [], "mentions": []}
            order.append(key)
        surface = body[s:e]
        if surface not in ent["aliases"]:
            ent["aliases"].append(surface)
        ent["mentions"].append({"text": surface, "start": s, "end": e})
    _merge_short_forms(entities, order, language)
    result = [entities[k] for k in order if k in entities]
    if language == "zh":
        for ent in result:
            english = romanize(ent["name"], ent["type"])
            if english and english not in ent["aliases"]:
                ent["aliases"].append(english)  # one entity across languages: 吴红亮 = Wu Hongliang
    if claims:
        _link_speakers(claims, result, language)
    return result


def _speaker_spans(body: str, language: str, claims: list[dict[str, Any]]) -> list[tuple[int, int, str, str]]:
    """Named claim speakers as entity spans, at each place the name occurs in ``body``."""
    out: list[tuple[int, int, str, str]] = []
    seen: set[str] = set()
    for c in claims:
        org = c.get("speaker_org")
        if org and language == "zh" and not _zh_org_ok(org, single_word_check=True):
            org = None  # 公司董事长, 某矿圈自媒体资深从业者: no organization named
        if org and language == "en" and org.upper() in _currencies():
            org = None
        if org and org not in seen and len(org) >= 2:
            # the organization of a quoted source: "founder of Huoxun Finance", 火币矿池负责人
            seen.add(org)
            for k in word_scan.literal(body, org):
                out.append((k, k + len(org), "ORG", canonical(org, "ORG", language)))
        name = c.get("speaker") or ""
        typ = _speaker_type(name, language)
        # "BitDeer and Mars Cloud Mining" speak together but are two entities
        if typ is None or name in seen or " and " in name or "和" in name:
            continue
        if typ == "ORG" and (language == "zh" and not _zh_org_ok(name, single_word_check=True)
                             or language == "en" and name.upper() in _currencies()):
            continue
        seen.add(name)
        for k in _occurrences(body, name, words=False):
            out.append((k, k + len(name), typ, canonical(name, typ, language)))
        written = c.get("speaker_text") or ""
        if written != name and written and written.split()[-1] in name.split() and written[:1].isupper():
            # the short form it was written with ("Ding added"): a mention of the same entity
            for k in _occurrences(body, written, words=True):
                out.append((k, k + len(written), typ, canonical(name, typ, language)))
    return out


def _occurrences(body: str, s: str, *, words: bool) -> list[int]:
    """Offsets of ``s`` in ``body`` (as whole words when ``words``); str.find, not a
    regex per name (compiling one per speaker cost more than the search)."""
    out, k = [], body.find(s)
    while k >= 0:
        end = k + len(s)
        if not words or ((k == 0 or not body[k - 1].isalnum()) and (end >= len(body) or not body[end].isalnum())):
            out.append(k)
        k = body.find(s, k + 1)
    return out


def _surname_spans(body: str, spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """"Ding" alone, after "Ding Feipeng" was named: a mention of that person when only
    one named person has that first or last name."""
    by_token: dict[str, set[str]] = {}
    for _s, _e, typ, canon in spans:
        toks = canon.split()
        if typ == "PERSON" and len(toks) >= 2:
            for t in (toks[0], toks[-1]):
                by_token.setdefault(t, set()).add(canon)
    unique = {tok: next(iter(canons)) for tok, canons in by_token.items() if len(canons) == 1}
    if not unique:
        return []
    # one scan for all the names (a token inside a longer one, "Jones" in "Smith-Jones",
    # is lost, as the overlap rule drops it anyway)
    # (what (?<![\w’])(?:trie of the tokens)(?![\w-]| [A-Z]) finds: the longest token first)
    found = word_scan.alternatives(body, sorted(unique, key=len, reverse=True),
                                   not_before=_SURNAME_NOT_BEFORE, not_after=_SURNAME_NOT_AFTER)
    return [(k, k + len(tok), "PERSON", unique[tok]) for k, tok in found]


_SURNAME_NOT_BEFORE = re.compile(r"[\w’]")
_SURNAME_NOT_AFTER = re.compile(r"[\w-]| [A-Z]")


def _speaker_type(name: str, language: str) -> str | None:
    """PERSON / ORG for a named speaker; None for anonymous sources and pronouns."""
    if language == "zh":
        from pipelines.zh_speakers import parse_subject

        p = parse_subject(name)
        return {"name": "PERSON", "org": "ORG"}.get(p["ref"]) if p else None
    from pipelines import attribution_en as en

    if not en._is_namey(name) or name.lower() in ("he", "she", "it", "they"):
        return None
    p = en.parse_subject(name, 0)
    if not p:
        return None
    return {"name": "PERSON", "org": "ORG", "surname": "PERSON"}.get(p["ref"])


def _merge_short_forms(entities: dict, order: list, language: str) -> None:
    """Join "Financial Committee" to "Financial Committee of the State Council" and "Ding"
    to "Ding Feipeng" when exactly one longer entity fits."""
    for key in list(order):
        typ, k = key
        if key not in entities or typ not in ("ORG", "PERSON"):
            continue
        if typ == "ORG":
            fits = [o for o in order if o != key and o in entities and o[0] == "ORG"
                    and o[1].startswith(k + " of ")]
        else:
            if " " in k or language == "zh":
                continue
            fits = [o for o in order if o != key and o in entities and o[0] == "PERSON"
                    and k in (o[1].split()[0], o[1].split()[-1])]
        if len(fits) == 1:
            target, src = entities[fits[0]], entities.pop(key)
            for a in src["aliases"]:
                if a not in target["aliases"]:
                    target["aliases"].append(a)
            target["mentions"] = sorted(target["mentions"] + src["mentions"], key=lambda m: m["start"])


def _link_speakers(claims: list[dict[str, Any]], entities: list[dict[str, Any]], language: str) -> None:
    by_alias: dict[str, str] = {}
    for ent in entities:
        if ent["type"] in ("PERSON", "ORG"):
            by_alias.setdefault(_key(ent["name"]), ent["name"])
            for a in ent["aliases"]:
                by_alias.setdefault(_key(canonical(a, ent["type"], language)), ent["name"])
                by_alias.setdefault(_key(a), ent["name"])
    for c in claims:
        name = c.get("speaker") or ""
        hit = by_alias.get(_key(name))
        if hit is None:
            typ = _speaker_type(name, language)
            hit = by_alias.get(_key(canonical(name, typ, language))) if typ else None
        c["speaker_entity"] = hit


def run(doc: Document) -> Document:
    """Fill ``doc.entities`` from ``doc.body``; set ``speaker_entity`` on ``doc.claims``."""
    from pipelines.claims import stage_error

    try:
        doc.entities = extract(doc.body, language=doc.language or "", claims=doc.claims)
    except Exception as exc:  # noqa: BLE001 - any rule bug; reported, never fatal
        doc.entities = []
        for claim in doc.claims:
            claim["speaker_entity"] = None
        stage_error(doc, "entities", exc)
    return doc


class EntitiesPipeline(StagePipeline):
    stage = "entities"
    func = staticmethod(run)
