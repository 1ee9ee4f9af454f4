"""The subject a Chinese cue leaves out (``某鞋业公司的发言人倒很客气，表示……``,
``某某，考察了工厂，回来说``): read from the clauses before the cue.  Used by
:func:`pipelines.zh_speakers.clean_subject`."""

from __future__ import annotations

import re

from pipelines.zh_speakers import _LEAD, _PRONOUN_SUBJ


def _chained_subject(before: str) -> str:
    """The subject of a chain of clauses sharing it (某某，考察了工厂，回来说): the nearest
    clause before the cue with a subject, over clauses opening with their verb, within
    the sentence and three clauses at most."""
    for _ in range(3):
        subj = elided_subject(before)
        k = max(before.rfind(p) for p in "，,")
        if subj or k < 0 or max(before.rfind(p) for p in "。！？；;：:") > k:
            return subj
        before = before[:k]
    return ""



#: jieba tags that end a subject: verbs, adverbs, prepositions, conjunctions, particles.
_PREDICATE_TAGS = frozenset({"v", "vn", "vd", "d", "p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "ad", "y", "zg"})


def elided_subject(before: str) -> str:
    """The subject of the clause before a comma, for a cue whose own subject is left
    out (``某鞋业公司的发言人倒很客气，表示……``, ``他在城里走了一圈，说：……``): the
    clause's first words up to its first verb, adverb or preposition; "" when none."""
    from pipelines.zh_names import segment_zh

    k = max(before.rfind(p) for p in "。！？，,；;：:、")
    clause = _LEAD.sub("", re.sub(r"\s+", "", before[k + 1:]))
    m = _PRONOUN_SUBJ.match(clause)
    if m:
        return m.group(0)
    subject, nouns = "", 0
    for _p, word, tag in segment_zh(clause[:20]):
        if tag == "t" and not subject:
            continue  # 今年, 去年: a time, not the subject
        if tag == "f" and subject or not subject and word in ("感觉", "觉得", "心想", "想到", "发现"):
            return ""  # 开会前, 会议上: a time or a place; 感觉……: a verb of the mind, not the subject
        if (tag in _PREDICATE_TAGS and (word != "的" or not subject)) \
                or tag in ("m", "q", "r") and subject and word not in ("某", "某某") and subject not in _OTHER \
                or not "\u4e00" <= word[0] <= "\u9fff":
            break
        subject += word
        nouns += tag.startswith("n")
    subject = subject.rstrip("的")
    if _OTHER_ONE.fullmatch(subject):
        return subject  # 另一位听了，说: "the other one", a person named before
    return subject if len(subject) >= 2 and nouns else ""


#: Determiners a numeral and a noun go on after (另一军官, 其中一名工人): part of the subject.
_OTHER = frozenset({"另", "另外", "其中", "其余", "其他"})
#: "The other one" with no noun (另一位, 其中一人): a person the narrative named before.
_OTHER_ONE = re.compile(r"(?:另|另外|其中)一?[位个名人]")
