"""Personal names in a Chinese paragraph whose quotations are masked: the antecedents of
他/她 and of an elided subject (:meth:`pipelines.attribution_zh._Reader.narrative_persons`)."""

from __future__ import annotations

import re

from pipelines.zh_speakers import _v


def person_spans(masked: str) -> list[tuple[int, int]]:
    """Personal names in a masked paragraph: jieba's person words and the name after a
    role, plus transliterated names written with a middle dot (大卫·洛克菲勒)."""
    from pipelines.zh_names import _lex, _zh_names, dotted_head, segment_zh

    freq = _lex().freq
    words = segment_zh(masked)
    # a two-character "name" jieba knows as a common word (高峰, 许可, 孙子) is no person here
    spans = [(a, b) for a, b, typ in _zh_names(masked, words)
             if typ == "PERSON" and (b - a > 2 or freq.get(masked[a:b], 0) < _COMMON_WORD)]
    spans += _unknown_names(masked, words) + _anonymized(masked, words)
    for m in _DOTTED_NAME.finditer(masked):
        # the words next to the dot: 父亲小约翰·洛克菲勒会 -> 小约翰·洛克菲勒 (jieba's words)
        before = segment_zh(masked[m.start():m.start("dot")])
        after = segment_zh(masked[m.end("dot"):m.end()])
        if before and after:
            spans.append((m.start() + dotted_head(before), m.end("dot") + after[0][0] + len(after[0][1])))
    return sorted(set(spans))


def _unknown_names(masked: str, words: list[tuple[int, str, str]]) -> list[tuple[int, int]]:
    """Names jieba does not know, at the start of a clause: it cuts them after the
    surname, which it tags as a name (韦/nr 成钢/n 是……): the surname and the nouns or
    characters after it, two or three characters in all."""
    surnames = _v()["surnames"]
    out = []
    for k, (p, w, tag) in enumerate(words):
        if tag != "nr" or len(w) != 1 or w not in surnames or (p > 0 and masked[p - 1] not in _CLAUSE_START):
            continue
        end, n = p + 1, k + 1
        while n < len(words) and end - p + len(words[n][1]) <= 3 and words[n][2] not in _NOT_IN_NAME \
                and "\u4e00" <= words[n][1][0] <= "\u9fff":
            end += len(words[n][1])
            n += 1
        if end - p >= 2:
            out.append((p, end))
    return out


def _anonymized(masked: str, words: list[tuple[int, str, str]]) -> list[tuple[int, int]]:
    """Names the article withholds: a surname jieba cuts off as a word of its own, then
    某 or 某某 (``所长高某``, ``王某某称``); not 某 before a measure word (``于某些``)."""
    surnames = _v()["surnames"]
    out = []
    for k, (p, w, tag) in enumerate(words[:-1]):
        nxt = words[k + 1][1]
        if len(w) == 1 and w in surnames and tag not in _NOT_IN_NAME - {"r"} and nxt in ("某", "某某") \
                and masked[p + 1 + len(nxt):p + 2 + len(nxt)] not in _MEASURE:
            out.append((p, p + 1 + len(nxt)))
    return out


#: What follows 某 when it is "some" rather than a withheld given name.
_MEASURE = frozenset("些个种位项家地天年月日人处方此类次名")
#: jieba tags that end a name: verbs, prepositions, conjunctions, particles, pronouns, numbers.
_NOT_IN_NAME = frozenset({"v", "vn", "p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "d", "r", "m", "q", "f",
                          "x", "y", "t"})
_CLAUSE_START = frozenset("。！？，,；;：:\n ")
#: jieba's frequency from which a two-character word tagged as a name is a common word.
_COMMON_WORD = 120
_DOTTED_NAME = re.compile(r"[\u4e00-\u9fff]{1,6}(?P<dot>[·•．])[\u4e00-\u9fff]{1,8}")


def transliterated(words: list[tuple[int, str, str]], k: int) -> int:
    """Index after a transliterated name from ``words[k]``: three or more single characters of
    the transliteration table, one of them tagged as a name character; ``k`` when none."""
    chars = _v()["transliteration_chars"]
    n = k
    while n < len(words) and len(words[n][1]) == 1 and words[n][1] in chars \
            and words[n][2] not in ("d", "p", "c", "r", "u", "uj", "ul", "ug", "uz", "y"):
        n += 1
    return n if n - k >= 3 and any(w[2] in ("nr", "nrt", "nrfg") for w in words[k:n]) else k
