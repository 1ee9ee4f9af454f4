"""Chinese words and names for the entities and claims stages: jieba's segmentation
with offsets, person and organization names, organization spans.

Shared by :mod:`pipelines.entities` and :mod:`pipelines.attribution_zh` (which do not
import each other); vocabulary from ``pipelines/data/attribution.toml``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from math import log
from typing import Any

from pipelines.attribution_common import vocab
from pipelines.zh_lexicon import _Lexicon, _lex

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
    zv = vocab("zh")
    v = {"roles": sorted(set(zv["roles"]), key=len, reverse=True),
         "suffixes": sorted(set(zv["org_suffixes"]), key=len, reverse=True),
         "short_suffixes": frozenset(zv["short_org_suffixes"]), "surnames": frozenset(zv["surnames"])}
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


def _zh_names(body: str, words: list[tuple[int, str, str]] | None = None) -> list[tuple[int, int, str]]:
    """``(start, end, type)`` of the names in ``body``; ``words``: its segmentation when
    the caller already has it."""
    r = _zh_rules()
    surnames = r["surnames"]
    out: list[tuple[int, int, str]] = []
    # HMM off: five times faster; names outside jieba's dictionary come from the rules
    # below (a name after a role) and from the claims' speakers instead
    words = segment_zh(body) if words is None else words
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
    for a, b, typ in _zh_names(text, words):  # (the same segmentation: not made twice)
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


# --- names across languages -------------------------------------------------------------

#: Two-character surnames: 欧阳修 is "Ouyang Xiu", not "Ou Yangxiu".
_DOT_HEAD_TAGS = frozenset({"x", "j", "g", "n", "nr", "nrfg", "ng"})


def dotted_head(words: list[tuple[int, str, str]]) -> int:
    """Where the part of a transliterated name before its middle dot starts, given jieba's
    words up to the dot: the last word, or the run of single characters jieba left unknown
    or abbreviated (汉/j 娜/x ·阿伦特 -> 汉娜), four characters at most."""
    k = len(words) - 1
    while k > 0 and len(words[k][1]) == 1 and len(words[k - 1][1]) == 1 and words[k - 1][2] in _DOT_HEAD_TAGS \
            and "\u4e00" <= words[k - 1][1] <= "\u9fff" and words[-1][0] - words[k - 1][0] < 4:
        k -= 1
    return words[k][0]


_COMPOUND_SURNAMES = ("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "令狐", "慕容", "夏侯",
                      "长孙", "宇文", "司徒", "端木", "西门", "南宫")
_HAN_ONLY = re.compile(r"[\u4e00-\u9fff]+")


def _pinyin(text: str) -> str:
    from pypinyin import lazy_pinyin

    return "".join(lazy_pinyin(text))


@lru_cache(maxsize=4096)
def romanize(name: str, typ: str) -> str | None:
    """The English form of a Chinese PERSON or ORG name, or None.

    A person is written surname first in pinyin (吴红亮 -> "Wu Hongliang", 欧阳修 ->
    "Ouyang Xiu"); an organization by its English name when the alias table has one
    (证监会 -> "China Securities Regulatory Commission"), else its head in pinyin and its
    suffix in English (华岳证券 -> "Huayue Securities")."""
    if not _HAN_ONLY.fullmatch(name or ""):
        return None
    zv = vocab("zh")
    if typ == "PERSON" and 2 <= len(name) <= 4:
        k = 2 if name.startswith(_COMPOUND_SURNAMES) and len(name) >= 3 else 1
        return f"{_pinyin(name[:k]).capitalize()} {_pinyin(name[k:]).capitalize()}"
    if typ != "ORG":
        return None
    if name in zv.get("aliases_en", {}):
        return zv["aliases_en"][name]
    for suffix, english in sorted(zv.get("org_suffix_en", {}).items(), key=lambda kv: -len(kv[0])):
        head = name[:-len(suffix)]
        if name.endswith(suffix) and 2 <= len(head) <= 4:
            return f"{_pinyin(head).capitalize()} {english}"
    return None
