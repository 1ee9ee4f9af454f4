"""Money, percentages and dates for the entities stage (:mod:`pipelines.entities`): their
spans and canonical forms (``"25000000 USD"``, ``"4.35%"``, ``"0.5pp"``, ``"2021-06-02"``).

The English patterns are scanned from the positions their first character allows
(:func:`_scan`): sre tries a pattern that opens with a lookahead at every position of the
body, a quarter of a microsecond each, while a character class is skipped to in C.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Iterator

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

#: Where a match of MONEY_EN, PERCENT or DATE_EN can start: the first character its
#: lookahead allows (a letter only when the currency code or month name goes on), a digit
#: taking its whole run.  Each opens with one character class, which sre skips to in C.
_MONEY_EN_AT = re.compile(r"[\d$€£¥RUHC](?:(?<=[RUHC])(?=MB|SD|S\$|K\$|NY)|(?<=[\d$€£¥])\d*)")
_PERCENT_AT = re.compile(r"[\d百](?:(?<=百)(?=分之)|(?<=\d)\d*)")
_DATE_EN_AT = re.compile(r"[JFMASOND\d](?:(?<=J)(?=an|un|ul)|(?<=F)(?=eb)|(?<=M)(?=ar|ay)|(?<=A)(?=pr|ug)"
                         r"|(?<=S)(?=ep)|(?<=O)(?=ct)|(?<=N)(?=ov)|(?<=D)(?=ec)|(?<=\d)\d*)")


def _scan(pattern: re.Pattern, at: re.Pattern, text: str) -> Iterator[re.Match]:
    """``pattern.finditer(text)`` for MONEY_EN, PERCENT, DATE_EN: tried only where ``at``
    finds a start (a match still sees the text before it: lookbehinds and ``\\b`` read the
    whole string).  Their matches are never empty and none starts right after a digit
    (each opens with a lookbehind or ``\\b`` that forbids it), so a digit run that opens
    none is skipped whole."""
    pos, search, match = 0, at.search, pattern.match
    while (c := search(text, pos)) is not None:
        start = c.start()
        m = match(text, start)
        if m is not None:
            yield m
            pos = m.end()
        else:
            pos = c.end() if text[start].isdecimal() else start + 1


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
    for m in _scan(MONEY_EN, _MONEY_EN_AT, body):
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
    for m in _scan(PERCENT, _PERCENT_AT, body):
        if m.group("zhnum"):
            out.append((m.start(), m.end(), "PERCENT", f"{m.group('zhnum')}%"))
        elif m.group("pp"):
            out.append((m.start(), m.end(), "PERCENT", f"{m.group('num')}pp"))
        else:
            out.append((m.start(), m.end(), "PERCENT", f"{m.group('num')}%"))
    dated = language == "en" or re.search(r"[A-Z][a-z]{2}|\d{4}", body)
    for m in (_scan(DATE_EN, _DATE_EN_AT, body) if dated else ()):
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
