"""Stage `entities`: people, organizations, places, money, percentages and dates.

An entity is a dict::

    {"name": str,              # canonical name (deterministic, see docs/claims.md)
     "type": "PERSON" | "ORG" | "GPE" | "MONEY" | "PERCENT" | "DATE",
     "aliases": [str],         # surface forms seen, in order of first appearance
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

import logging
import re
import threading
from decimal import Decimal, InvalidOperation
from typing import Any

from pipelines.base import StagePipeline
from pipelines.document import Document

_MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_MONTH_RX = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|" \
            r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
_SCALE = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12, "bn": 10**9,
          "m": 10**6, "mn": 10**6, "k": 10**3, "万": 10**4, "亿": 10**8, "万亿": 10**12, "千": 10**3,
          "百万": 10**6, "千万": 10**7}
_CUR = {"$": "USD", "us$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD", "us dollars": "USD",
        "hk$": "HKD", "hkd": "HKD", "港元": "HKD", "港币": "HKD", "€": "EUR", "eur": "EUR", "euro": "EUR",
        "euros": "EUR", "£": "GBP", "gbp": "GBP", "pounds": "GBP", "¥": "CNY", "rmb": "CNY", "cny": "CNY",
        "yuan": "CNY", "元": "CNY", "人民币": "CNY", "美元": "USD", "欧元": "EUR", "英镑": "GBP",
        "日元": "JPY", "yen": "JPY", "jpy": "JPY"}

_NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"
MONEY_EN = re.compile(
    r"(?<![\w.])(?P<cur>US\$|HK\$|\$|€|£|¥|RMB\s?|USD\s?|CNY\s?)(?P<num>" + _NUM + r")"
    r"(?:\s?(?P<scale>thousand|million|billion|trillion|bn|mn|m|k)\b)?"
    r"|(?<![\w.])(?P<num2>" + _NUM + r")(?:\s(?P<scale2>thousand|million|billion|trillion))?\s"
    r"(?P<cur2>yuan|US dollars|dollars|euros|yen|pounds)\b")
MONEY_ZH = re.compile(r"(?P<num>\d+(?:\.\d+)?)(?P<scale>万亿|亿|千万|百万|万|千)?(?P<cur>元|美元|港元|港币|欧元|英镑|日元|人民币)")
PERCENT = re.compile(r"(?<![\d.])(?P<num>\d+(?:\.\d+)?)\s?(?:(?P<pct>%|percent\b|per cent\b)|"
                     r"(?P<pp>percentage points?\b|个百分点))|百分之(?P<zhnum>[\d.]+)")
# each branch opens with a cheap character test so the scan stays linear and fast
DATE_EN = re.compile(
    r"\b(?=[JFMASOND])(?P<m1>" + _MONTH_RX + r")\s(?P<d1>\d{1,2})(?:st|nd|rd|th)?(?:,\s(?P<y1>(?:19|20)\d{2}))?\b"
    r"|\b(?=\d)(?P<d2>\d{1,2})\s(?P<m2>" + _MONTH_RX + r")(?:\s(?P<y2>(?:19|20)\d{2}))?\b"
    r"|\b(?=[JFMASOND])(?P<m3>" + _MONTH_RX + r")\s(?P<y3>(?:19|20)\d{2})\b"
    r"|\b(?=[iusbfatoe])(?:in|since|by|until|of|from|between|and|to|before|after)\s(?P<y4>(?:19|20)\d{2})\b")
DATE_ZH = re.compile(r"(?:(?P<y>\d{4})年)?(?:(?P<m>\d{1,2})月)?(?:(?P<d>\d{1,2})日)?")

# Nouns jieba's tags make look like names of organizations but that name none.
_GENERIC_ORGS_ZH = frozenset({"上市公司", "子公司", "母公司", "基金公司", "证券公司", "保险公司", "商业银行",
                              "交易所", "委员会", "研究院", "事务所", "房地产公司", "科技公司", "互联网公司"})

_jieba_lock = threading.Lock()
_posseg: Any = None


def _pseg() -> Any:
    """``jieba.posseg``, imported and its dictionary loaded once, with its log quiet.

    jieba's dictionary ships inside the package; loading it builds a prefix dict
    (about a second) that jieba caches in the temp directory, with no network."""
    global _posseg
    if _posseg is None:
        with _jieba_lock:
            if _posseg is None:
                import jieba
                import jieba.posseg as posseg

                jieba.setLogLevel(logging.WARNING)
                jieba.initialize()
                _posseg = posseg
    return _posseg


def warm_up() -> None:
    """Load the vocabulary and jieba's dictionary now rather than on the first page."""
    from pipelines import attribution_en, attribution_zh

    attribution_en._v()
    attribution_zh._v()
    _pseg()


def _amount(num: str, scale: str | None) -> str:
    try:
        value = Decimal(num.replace(",", "")) * _SCALE.get((scale or "").lower(), 1)
    except InvalidOperation:
        return num
    text = format(value.normalize(), "f")
    return text


def _numeric(body: str, language: str) -> list[tuple[int, int, str, str]]:
    """``(start, end, type, canonical)`` for money, percentages and dates."""
    out: list[tuple[int, int, str, str]] = []
    for m in MONEY_EN.finditer(body):
        if m.group("num"):
            cur = _CUR.get(m.group("cur").strip().lower(), "USD")
            out.append((m.start(), m.end(), "MONEY", f"{_amount(m.group('num'), m.group('scale'))} {cur}"))
        else:
            cur = _CUR.get(m.group("cur2").lower(), "USD")
            out.append((m.start(), m.end(), "MONEY", f"{_amount(m.group('num2'), m.group('scale2'))} {cur}"))
    if language == "zh":
        for m in MONEY_ZH.finditer(body):
            out.append((m.start(), m.end(), "MONEY",
                        f"{_amount(m.group('num'), m.group('scale'))} {_CUR[m.group('cur')]}"))
    for m in PERCENT.finditer(body):
        if m.group("zhnum"):
            out.append((m.start(), m.end(), "PERCENT", f"{m.group('zhnum')}%"))
        elif m.group("pp"):
            out.append((m.start(), m.end(), "PERCENT", f"{m.group('num')}pp"))
        else:
            out.append((m.start(), m.end(), "PERCENT", f"{m.group('num')}%"))
    for m in (DATE_EN.finditer(body) if language == "en" or re.search(r"[A-Z][a-z]{2}|\d{4}", body) else ()):
        g = m.groupdict()
        if g["y4"]:
            out.append((m.start("y4"), m.end("y4"), "DATE", g["y4"]))
            continue
        month = g["m1"] or g["m2"] or g["m3"]
        mo = _MONTHS.get(month.lower().rstrip("."), 0)
        year = g["y1"] or g["y2"] or g["y3"]
        day = g["d1"] or g["d2"]
        if month == "May" and not day and not year:
            continue
        if day and not 1 <= int(day) <= 31:
            continue
        canon = (f"{year}-{mo:02d}-{int(day):02d}" if year and day else
                 f"{year}-{mo:02d}" if year else f"--{mo:02d}-{int(day):02d}")
        out.append((m.start(), m.end(), "DATE", canon))
    if language == "zh":
        for m in DATE_ZH.finditer(body):
            y, mo, d = m.group("y"), m.group("m"), m.group("d")
            if not m.group(0) or not (y or (mo and d)):
                continue
            if mo and not 1 <= int(mo) <= 12 or d and not 1 <= int(d) <= 31:
                continue
            canon = (f"{y}-{int(mo):02d}-{int(d):02d}" if y and mo and d else f"{y}-{int(mo):02d}" if y and mo
                     else y if y and not mo else f"--{int(mo):02d}-{int(d):02d}")
            out.append((m.start(), m.end(), "DATE", canon))
    return out


# --- English names -------------------------------------------------------------------

def _en_names(body: str) -> list[tuple[int, int, str]]:
    """``(start, end, type)`` for capitalized names in English text."""
    from pipelines import attribution_en as en

    v = en._v()
    honor = {h.rstrip(".") for h in v["honorifics"]}
    out: list[tuple[int, int, str]] = []
    # names never cross a line break or a full stop: "Long Dian.\n\nThe ..." is two things
    tok = r"(?:[A-Z][\w’&+-]*(?:\.(?=[A-Za-z])[\w’&+-]*)*)"
    run_rx = re.compile(r"(?<![\w’])" + tok + r"(?: +(?:(?:of|and|for|the|&|de) +)*" + tok + r")*")
    for m in run_rx.finditer(body):
        start, text = m.start(), m.group(0)
        for piece_start, piece in _split_run(start, text, v):
            toks = piece.split()
            # drop sentence-opening words and titles at the front
            while toks and (toks[0] in v["not_names"] or toks[0].rstrip(".") in honor
                            or toks[0].lower() in v["role_set"]) and len(toks) > 1:
                piece_start += len(toks[0]) + 1
                toks = toks[1:]
            if not toks or (len(toks) == 1 and toks[0] in v["not_names"]):
                continue
            piece = " ".join(toks)
            if piece.endswith("’s"):
                piece = piece[:-2]
            if not piece or piece in v["not_names"]:
                continue
            prev = body[max(0, piece_start - 30):piece_start]
            typ = _en_type(piece, prev, v)
            if typ:
                out.append((piece_start, piece_start + len(piece), typ))
    return out


def _split_run(start: int, text: str, v: dict[str, Any]) -> list[tuple[int, str]]:
    """Split a capitalized run at "and"/"of" that join two names rather than one."""
    parts: list[tuple[int, str]] = []
    pos = 0
    for m in re.finditer(r" +(and|of|for|&|de|the) +", text):
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


def _en_type(name: str, prev: str, v: dict[str, Any]) -> str | None:
    toks = name.split()
    if name in v["places"]:
        return "GPE"
    if name in v["orgs"] or toks[-1] in v["org_suffixes"]:
        return "ORG"
    prev_word = prev.split()[-1].lower().rstrip(",") if prev.split() else ""
    if prev_word in v["org_nouns"]:
        return "ORG"
    if len(toks) == 1 and (name.isupper() and len(name) >= 2 or re.search(r"[a-z][A-Z]", name)):
        return "ORG"
    if 2 <= len(toks) <= 3 and (toks[0] in v["given"] or toks[0] in v["pinyin"]) and all(t[0].isupper() for t in toks):
        return "PERSON"
    if prev_word in v["role_set"] or prev_word.rstrip(".") in {h.rstrip(".") for h in v["honorifics"]}:
        return "PERSON" if len(toks) >= 2 else None
    return None


# --- Chinese names -------------------------------------------------------------------

def _zh_names(body: str) -> list[tuple[int, int, str]]:
    from pipelines import attribution_zh as zh

    v = zh._v()
    out: list[tuple[int, int, str]] = []
    words = []
    pos = 0
    # HMM off: five times faster; names outside jieba's dictionary come from the rules
    # below (a name after a role) and from the claims' speakers instead
    for w in _pseg().cut(body, HMM=False):
        words.append((pos, w.word, w.flag))
        pos += len(w.word)
    joinable = {"ns", "nt", "nz", "n", "j", "nr", "vn", "eng", "b", "nrt", "ng"}
    suffixes = tuple(v["suffixes"])
    for idx, (p, word, flag) in enumerate(words):
        if flag in ("nr", "nrfg", "nrt") and 2 <= len(word) <= 4 and word[0] in v["surnames"]:
            out.append((p, p + len(word), "PERSON"))
        elif flag == "ns" and len(word) >= 2:
            out.append((p, p + len(word), "GPE"))
        elif flag == "nt" and len(word) >= 2:
            out.append((p, p + len(word), "ORG"))
        if word.endswith(suffixes) and flag in joinable and len(word) >= 2 or word in ("委员会", "事务所", "研究院"):
            # an organization ends here: extend over the nouns before it (北京 尚广 律师 事务所)
            k = idx
            while k > 0 and words[k - 1][2] in joinable and p + len(word) - words[k - 1][0] <= 16 \
                    and not re.search(r"[^\u4e00-\u9fffA-Za-z]", words[k - 1][1]):
                k -= 1
            start = words[k][0]
            if p + len(word) - start >= 3 and k < idx and body[start:p + len(word)] not in _GENERIC_ORGS_ZH:
                out.append((start, p + len(word), "ORG"))
    roles = "|".join(re.escape(r) for r in v["roles"])
    for m in re.finditer(r"(?:" + roles + r")([\u4e00-\u9fff]{2,3})(?=表示|称|认为|指出|坦言|透露|告诉|介绍|分析|说|强调|"
                         r"提醒|直言|在|对|向|也|则|还|，|。|、|和|与)", body):
        if m.group(1)[0] in v["surnames"]:
            out.append((m.start(1), m.end(1), "PERSON"))
    for m in re.finditer(r"《([^》]{2,12}(?:报|日报|时报|周刊|杂志|新闻|财经|网))》", body):
        out.append((m.start(1), m.end(1), "ORG"))
    return out


# --- canonical names and grouping ------------------------------------------------------

def canonical(name: str, typ: str, language: str) -> str:
    """The canonical form of a PERSON/ORG/GPE surface form (see module docstring)."""
    from pipelines.attribution_common import vocab

    s = " ".join(name.split()).strip(" ,.;:")
    if language == "en":
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
            honor = {h.rstrip(".").lower() for h in vocab("en")["honorifics"]}
            while len(toks) > 1 and toks[0].rstrip(".").lower() in honor:
                toks = toks[1:]
            s = " ".join(toks)
    aliases = vocab("zh" if language == "zh" else "en").get("aliases", {})
    return aliases.get(s, s)


def _key(name: str) -> str:
    return re.sub(r"\s+", " ", name.replace("’", "'")).strip().lower()


def extract(body: str, *, language: str, claims: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """Entities of ``body`` (see module docstring).  ``claims`` (optional) are the
    article's claims: their named speakers become entities and get ``speaker_entity``
    set in place."""
    if language not in ("en", "zh") or not body:
        return []
    spans: list[tuple[int, int, str, str]] = []
    for s, e, typ, canon in _numeric(body, language):
        spans.append((s, e, typ, canon))
    names = _zh_names(body) if language == "zh" else _en_names(body)
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
    if claims:
        _link_speakers(claims, result, language)
    return result


def _speaker_spans(body: str, language: str, claims: list[dict[str, Any]]) -> list[tuple[int, int, str, str]]:
    """Named claim speakers as entity spans, at each place the name occurs in ``body``."""
    out: list[tuple[int, int, str, str]] = []
    seen: set[str] = set()
    for c in claims:
        org = c.get("speaker_org")
        if org and org not in seen and len(org) >= 2:
            # the organization of a quoted source: "founder of Huoxun Finance", 火币矿池负责人
            seen.add(org)
            for m in re.finditer(re.escape(org), body):
                out.append((m.start(), m.end(), "ORG", canonical(org, "ORG", language)))
        name = c.get("speaker") or ""
        typ = _speaker_type(name, language)
        # "BitDeer and Mars Cloud Mining" speak together but are two entities
        if typ is None or name in seen or " and " in name or "和" in name:
            continue
        seen.add(name)
        for m in re.finditer(re.escape(name), body):
            out.append((m.start(), m.end(), typ, canonical(name, typ, language)))
    return out


def _alias_spans(body: str, language: str) -> list[tuple[int, int, str, str]]:
    """Abbreviations and full names listed in the alias table (证监会, 中国证监会)."""
    from pipelines.attribution_common import vocab

    if language != "zh":
        return []
    aliases = vocab("zh").get("aliases", {})
    out = []
    for name in set(aliases) | set(aliases.values()):
        for m in re.finditer(re.escape(name), body):
            out.append((m.start(), m.end(), "ORG", aliases.get(name, name)))
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
    out = []
    for tok, canons in by_token.items():
        if len(canons) != 1:
            continue
        for m in re.finditer(r"(?<![\w’])" + re.escape(tok) + r"(?![\w-]| [A-Z])", body):
            out.append((m.start(), m.end(), "PERSON", next(iter(canons))))
    return out


def _speaker_type(name: str, language: str) -> str | None:
    """PERSON / ORG for a named speaker; None for anonymous sources and pronouns."""
    if language == "zh":
        from pipelines import attribution_zh as zh

        p = zh.parse_subject(name)
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
    doc.entities = extract(doc.body, language=doc.language or "", claims=doc.claims)
    return doc


class EntitiesPipeline(StagePipeline):
    stage = "entities"
    func = staticmethod(run)
