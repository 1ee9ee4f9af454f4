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
from functools import lru_cache
from math import log
from typing import Any

from pipelines.attribution_common import trie_pattern
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
# each pattern opens with a lookahead on its possible first characters: sre tries an
# alternation with lookbehinds at every position otherwise (a third of the stage's time)
MONEY_EN = re.compile(
    r"(?=[$€£¥\dRUHC])(?:(?<![\w.])(?P<cur>US\$|HK\$|\$|€|£|¥|RMB\s?|USD\s?|CNY\s?)(?P<num>" + _NUM + r")"
    r"(?:\s?(?P<scale>thousand|million|billion|trillion|bn|mn|m|k)\b)?"
    r"|(?<![\w.])(?P<num2>" + _NUM + r")(?:\s(?P<scale2>thousand|million|billion|trillion))?\s"
    r"(?P<cur2>yuan|US dollars|dollars|euros|yen|pounds)\b)")
MONEY_ZH = re.compile(r"(?P<num>\d+(?:\.\d+)?)(?P<scale>万亿|亿|千万|百万|万|千)?(?P<cur>元|美元|港元|港币|欧元|英镑|日元|人民币)")
PERCENT = re.compile(r"(?=[\d百])(?:(?<![\d.])(?P<num>\d+(?:\.\d+)?)\s?(?:(?P<pct>%|percent\b|per cent\b)|"
                     r"(?P<pp>percentage points?\b|个百分点))|百分之(?P<zhnum>[\d.]+))")
# every branch opens at a month name or a digit (a year after "in" looks behind), so
# the scan rejects other positions on their first character
_YEAR_AFTER = "|".join(r"(?<=\b" + w + r"\s)" for w in
                       "in since by until of from between and to before after".split())
DATE_EN = re.compile(
    r"(?=[JFMASOND\d])(?:"
    r"\b(?P<m1>" + _MONTH_RX + r")\s(?P<d1>\d{1,2})(?:st|nd|rd|th)?(?:,\s(?P<y1>(?:19|20)\d{2}))?\b"
    r"|\b(?P<d2>\d{1,2})\s(?P<m2>" + _MONTH_RX + r")(?:\s(?P<y2>(?:19|20)\d{2}))?\b"
    r"|\b(?P<m3>" + _MONTH_RX + r")\s(?P<y3>(?:19|20)\d{2})\b"
    r"|(?:" + _YEAR_AFTER + r")(?P<y4>(?:19|20)\d{2})\b)")
# the digit lookahead: every part is optional, so without it the pattern matched the
# empty string at every position of every Chinese page
DATE_ZH = re.compile(r"(?=\d)(?:(?P<y>\d{4})年)?(?:(?P<m>\d{1,2})月)?(?:(?P<d>\d{1,2})日)?")


_jieba_lock = threading.Lock()
_lexicon: "_Lexicon | None" = None


class _Lexicon:
    """jieba's dictionary as plain dicts: word frequencies (with every prefix of a word
    at 0, as jieba keeps them), part-of-speech tags, and log probabilities computed
    on first use."""

    def __init__(self, freq: dict[str, int], tags: dict[str, str], total: int) -> None:
        self.freq, self.tags = freq, tags
        self.logtotal = log(total)
        self.logp: dict[str, float] = {}


def _lex() -> _Lexicon:
    """jieba's dictionary, loaded once, with its log quiet.

    The dictionary ships inside the package; loading it builds a prefix dict (about a
    second) that jieba caches in the temp directory, with no network."""
    global _lexicon
    if _lexicon is None:
        with _jieba_lock:
            if _lexicon is None:
                import jieba
                import jieba.posseg as posseg

                jieba.setLogLevel(logging.WARNING)
                jieba.initialize()
                _lexicon = _Lexicon(jieba.dt.FREQ, posseg.dt.word_tag_tab, jieba.dt.total)
    return _lexicon


# jieba.posseg's own block and character classes
_HAN_BLOCK = re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._]+)")
_SKIP = re.compile(r"(\r\n|\s)")
_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
_NUMCHARS = frozenset(".0123456789")


def segment_zh(text: str) -> list[tuple[int, str, str]]:
    """``[(offset, word, tag)]``: exactly ``jieba.posseg.cut(text, HMM=False)`` with
    offsets, about three times faster.

    Same algorithm (the most probable path through the dictionary's word graph, ties
    to the longer word, single Latin letters and digits joined as ``eng``), without
    jieba's generator layers, per-word ``log`` and tuple ``max``: this was half of the
    claims and entities stages' time on Chinese pages (issue 4)."""
    lex = _lex()
    out: list[tuple[int, str, str]] = []
    pos = 0
    for blk in _HAN_BLOCK.split(text):
        if not blk:
            continue
        if _HAN_BLOCK.match(blk):
            _segment_block(blk, pos, out, lex)
        else:
            p = pos
            for x in _SKIP.split(blk):
                if not x:
                    continue
                if _SKIP.match(x):
                    out.append((p, x, "x"))
                else:
                    out.extend((p + k, ch, "m" if ch in _NUMCHARS else "x") for k, ch in enumerate(x))
                p += len(x)
        pos += len(blk)
    return out


def _segment_block(blk: str, pos: int, out: list[tuple[int, str, str]], lex: _Lexicon) -> None:
    """jieba's ``get_DAG`` + ``calc`` + ``__cut_DAG_NO_HMM`` on one block, fused."""
    freq, logp, lt, tags = lex.freq, lex.logp, lex.logtotal, lex.tags
    n = len(blk)
    route_p = [0.0] * (n + 1)
    route_x = [0] * (n + 1)
    for idx in range(n - 1, -1, -1):
        best_p: float | None = None
        best_x = idx
        i = idx
        frag = blk[idx]
        f = freq.get(frag)
        while f is not None:
            if f:
                lp = logp.get(frag)
                if lp is None:
                    lp = logp[frag] = log(f)
                # the same float operations in the same order as jieba: identical ties
                p = lp - lt + route_p[i + 1]
                if best_p is None or p >= best_p:
                    best_p, best_x = p, i
            i += 1
            if i >= n:
                break
            frag = blk[idx:i + 1]
            f = freq.get(frag)
        if best_p is None:
            best_p = 0.0 - lt + route_p[idx + 1]  # jieba: log(FREQ.get(w) or 1)
        route_p[idx], route_x[idx] = best_p, best_x
    x, buf = 0, -1
    while x < n:
        y = route_x[x] + 1
        if y == x + 1 and blk[x] in _ALNUM:
            if buf < 0:
                buf = x
        else:
            if buf >= 0:
                out.append((pos + buf, blk[buf:x], "eng"))
                buf = -1
            w = blk[x:y]
            out.append((pos + x, w, tags.get(w, "x")))
        x = y
    if buf >= 0:
        out.append((pos + buf, blk[buf:n], "eng"))


def warm_up() -> None:
    """Load the vocabulary and jieba's dictionary now rather than on the first page."""
    from pipelines import attribution_en, attribution_zh

    attribution_en._v()
    attribution_zh._v()
    _lex()


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

# names never cross a line break or a full stop: "Long Dian.\n\nThe ..." is two things.
# The run opens with a consuming [A-Z] and looks behind it (rather than looking behind
# first) so that sre skips to the next capital letter without trying other positions.
# adjectives that begin organization names but are dropped as sentence openers otherwise
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
                            or toks[0].lower() in v["role_set"]) and len(toks) > 1 \
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
            if piece.endswith(("’s", "'s")):
                piece = piece[:-2]
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
    if len(toks) == 1 and (name.isupper() and len(name) >= 2 or re.search(r"[a-z][A-Z]", name)):
        return "ORG"
    if 2 <= len(toks) <= 3 and (toks[0] in v["given"] or toks[0] in v["pinyin"]) and all(t[0].isupper() for t in toks):
        return "PERSON"
    if prev_word in v["role_set"] or prev_word.rstrip(".") in v["honor_bare"]:
        return "PERSON" if len(toks) >= 2 else None
    return None


# --- Chinese names -------------------------------------------------------------------

_ZH_MEDIA = re.compile(r"《([^》]{2,12}(?:报|日报|时报|周刊|杂志|新闻|财经|网))》")
_ZH_NOT_NAME_CHAR = re.compile(r"[^\u4e00-\u9fffA-Za-z]")


def _by_prefix(words: Any) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for w in words:
        out.setdefault(w[:2], []).append(w)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=None)
def _zh_rules() -> dict[str, Any]:
    """Chinese vocabulary and patterns, built once."""
    from pipelines import attribution_zh as zh
    from pipelines.attribution_common import vocab

    v = zh._v()
    zv = vocab("zh")
    roles = "|".join(re.escape(r) for r in v["roles"])
    aliases = zv.get("aliases", {})
    names = sorted(set(aliases) | set(aliases.values()), key=len, reverse=True)
    return {
        "surnames": v["surnames"],
        "suffixes": tuple(v["suffixes"]),
        "short_suffixes": v["short_suffixes"],
        "role_name": re.compile(r"(?:" + roles + r")([\u4e00-\u9fff]{2,3})(?=表示|称|认为|指出|坦言|透露|告诉|介绍|"
                                r"分析|说|强调|提醒|直言|在|对|向|也|则|还|，|。|、|和|与)"),
        "aliases": aliases,
        "generic": frozenset(zv["generic_orgs"]),
        "quantifiers": tuple(zv["quantifiers"]),
        "scopes": tuple(zv["scopes"]),
        "org_tail_bad": tuple(zv["events"]) + tuple(zv["documents"]),
        # roles and events that open with an organization suffix: 新闻发言人, 新闻发布会
        "compounds_by2": _by_prefix(c for c in list(v["roles"]) + list(zv["events"]) if len(c) >= 4),
        # every alias and full name, overlapping ones included (证监会 inside 中国证监会)
        "alias_rxs": [re.compile(re.escape(n)) for n in names],
        "alias_any": re.compile("|".join(re.escape(n) for n in names)) if names else None,
    }


_ZH_QUANTIFIED = re.compile(r"[一两几数多各某]家|某|一位|一名|一批")
_ZH_NOT_ORG_WORD = frozenset({"v", "vn", "vd", "d", "a", "ad", "an", "p", "c", "r", "m", "q", "t", "f", "l", "i"})


def _zh_org_ok(name: str, single_word_check: bool = False) -> bool:
    """Is a Chinese organization candidate a name?  Not a generic noun (公司, 上市公司,
    交易所), not quantified (部分公司, 某股份制银行, 浙江一家纺织出口企业), not a scope
    word plus a generic noun (全国银行), not an event or a document (年度股东大会,
    新闻发布会, 川江酒业年报).  ``single_word_check``: a candidate that is one ordinary
    word to jieba (测算, 解读) is no name either (for speakers, which no tag vouches for)."""
    r = _zh_rules()
    if len(name) < 2 or name in r["generic"] or name in r["aliases"]:
        return name in r["aliases"]
    if name.startswith(r["quantifiers"]) or _ZH_QUANTIFIED.search(name):
        return False
    for sc in r["scopes"]:
        if name.startswith(sc):
            rest = name[len(sc):]
            if not rest or rest in r["generic"] or any(rest.endswith(g) and rest[:-len(g)] in r["generic"]
                                                       for g in r["generic"]):
                return False
    if name.endswith(r["org_tail_bad"]):
        return False
    for g in r["generic"]:
        # a generic noun leading a department or kind: 城商行计划财务部, 公司董事会
        if len(name) > len(g) >= 2 and name.startswith(g) and g not in ("银行", "集团", "平台", "机构"):
            return False
    if single_word_check:
        words = segment_zh(name)
        if len(words) == 1 and words[0][2] in _ZH_NOT_ORG_WORD:
            return False
    return True


_ZH_JOINABLE = frozenset({"ns", "nt", "nz", "n", "j", "nr", "vn", "eng", "b", "nrt", "ng"})


def _zh_names(body: str) -> list[tuple[int, int, str]]:
    r = _zh_rules()
    surnames = r["surnames"]
    out: list[tuple[int, int, str]] = []
    # HMM off: five times faster; names outside jieba's dictionary come from the rules
    # below (a name after a role) and from the claims' speakers instead
    words = segment_zh(body)
    joinable = _ZH_JOINABLE
    suffixes = r["suffixes"]
    short = r["short_suffixes"]
    compounds = r["compounds_by2"]
    for idx, (p, word, flag) in enumerate(words):
        if flag in ("nr", "nrfg", "nrt") and 2 <= len(word) <= 4 and word[0] in surnames:
            out.append((p, p + len(word), "PERSON"))
        elif flag == "ns" and len(word) >= 2:
            out.append((p, p + len(word), "GPE"))
        elif flag == "nt" and len(word) >= 2 and _zh_org_ok(word):
            out.append((p, p + len(word), "ORG"))
        if (word.endswith(suffixes) and flag in joinable and (len(word) >= 3 or len(word) == 2 and
                                                              word[-1] not in short)
                or word in ("委员会", "事务所", "研究院")) \
                and not any(body.startswith(c, p) for c in compounds.get(word[:2], ())):
            # (新闻 in 新闻发言人, 新闻发布会 opens a role or an event, it ends no name)
            # (a two-character word ending in 部/会/所 is 全部, 社会, 场所: not a name's end)
            # an organization ends here: extend over the nouns before it (北京 尚广 律师 事务所)
            k = idx
            while k > 0 and words[k - 1][2] in joinable and p + len(word) - words[k - 1][0] <= 16 \
                    and not _ZH_NOT_NAME_CHAR.search(words[k - 1][1]):
                k -= 1
            start = words[k][0]
            if p + len(word) - start >= 3 and k < idx and _zh_org_ok(body[start:p + len(word)]):
                out.append((start, p + len(word), "ORG"))
    for m in r["role_name"].finditer(body):
        if m.group(1)[0] in surnames:
            out.append((m.start(1), m.end(1), "PERSON"))
    for m in _ZH_MEDIA.finditer(body):
        out.append((m.start(1), m.end(1), "ORG"))
    return out


# words that end an organization's name to their left in the narrative (联系了|致电|据)
_ZH_NAME_STOP_FLAGS = frozenset({"v", "p", "c", "r", "ul", "uj", "uz", "ug", "ud", "uv", "y", "e", "o", "m", "q",
                                 "f", "t", "x", "vn"})
_ZH_GENERIC_HEADS = ("子公司", "母公司", "分公司", "上市公司")
_ZH_GENERIC_LEADS = ("旗下", "子", "母", "分", "该", "本", "其", "上述", "这家", "那家", "一家", "多家", "各家", "相关",
                     "有关", "部分", "不少", "其他", "其它", "同类", "国内", "海外", "境外")


def zh_org_spans(text: str) -> list[tuple[int, int]]:
    """Local ``(start, end)`` of organization names in Chinese narrative, the antecedents
    of 公司/该公司/该行.

    Besides the entity rules (jieba ``nt``, nouns before an organization suffix, the
    alias table), a name ending in a suffix takes in the words before it up to a verb,
    preposition, particle or punctuation, since names made up of ordinary words
    (长远物流公司: 长远 is an adverb to jieba) are the rule for companies.  Generic
    phrases (旗下子公司, 该公司, 一家科技公司) are not names."""
    words = segment_zh(text)
    suffixes = _zh_rules()["suffixes"]
    found: dict[int, int] = {}  # end -> earliest start
    for a, b, typ in _zh_names(text):
        if typ == "ORG":
            found[b] = min(a, found.get(b, a))
    for idx, (p, word, _flag) in enumerate(words):
        if len(word) < 2 or not word.endswith(suffixes):
            continue  # a lone 会/局/部 is more often a verb or a word's end than a name's
        end, k = p + len(word), idx
        # (a one-character adverb, 就深交所, 也, 还, ends a name as a verb does; 长远 does not)
        while k > 0 and words[k - 1][2] not in _ZH_NAME_STOP_FLAGS and end - words[k - 1][0] <= 14 \
                and not (words[k - 1][2] == "d" and len(words[k - 1][1]) == 1) \
                and not _ZH_NOT_NAME_CHAR.search(words[k - 1][1]):
            k -= 1
        if k < idx:
            found[end] = min(words[k][0], found.get(end, words[k][0]))
    out: list[tuple[int, int]] = []
    for b, a in sorted(found.items(), key=lambda x: (x[1], -x[0])):
        if out and a >= out[-1][0] and b <= out[-1][1]:
            continue  # inside a longer name: 星河新能源 in 星河新能源科技集团
        name = text[a:b]
        head = next((w for p, w, _f in words if p + len(w) == b), name)
        if len(name) < 3 or head in _ZH_GENERIC_HEADS or name.startswith(_ZH_GENERIC_LEADS) \
                or "旗下" in name or not _zh_org_ok(name):
            continue
        out.append((a, b))
    out += [(a, b) for a, b, _t, _c in _alias_spans(text, "zh")]
    return sorted(set(out))


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


@lru_cache(maxsize=8192)
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
        if org and language == "zh" and not _zh_org_ok(org, single_word_check=True):
            org = None  # 公司董事长, 某矿圈自媒体资深从业者: no organization named
        if org and language == "en" and org.upper() in _currencies():
            org = None
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
        if typ == "ORG" and (language == "zh" and not _zh_org_ok(name, single_word_check=True)
                             or language == "en" and name.upper() in _currencies()):
            continue
        seen.add(name)
        for m in re.finditer(re.escape(name), body):
            out.append((m.start(), m.end(), typ, canonical(name, typ, language)))
    return out


def _alias_spans(body: str, language: str) -> list[tuple[int, int, str, str]]:
    """Abbreviations and full names listed in the alias table (证监会, 中国证监会)."""
    if language != "zh":
        return []
    r = _zh_rules()
    if r["alias_any"] is None or not r["alias_any"].search(body):
        return []
    aliases = r["aliases"]
    out = []
    for rx in r["alias_rxs"]:
        for m in rx.finditer(body):
            out.append((m.start(), m.end(), "ORG", aliases.get(m.group(0), m.group(0))))
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
    rx = re.compile(r"(?<![\w’])(?:" + trie_pattern(sorted(unique)) + r")(?![\w-]| [A-Z])")
    return [(m.start(), m.end(), "PERSON", unique[m.group(0)]) for m in rx.finditer(body)]


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
