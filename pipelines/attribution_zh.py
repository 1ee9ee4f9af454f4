"""Chinese attribution rules for :mod:`pipelines.claims`.

Same walk as the English rules on paragraphs whose quotation contents are masked:

* direct: ``邢萌表示：“……”``, ``周茂华告诉记者，“……”``, ``“……”某人告诉《证券日报》记者。``, ``某某说，<clause>，“<quoted clause>”。``,
  ``“……”某人坦言，<clause>。`` (a direct claim plus an indirect one), ``公司回复称“……”。``;
* partial: a quotation of six characters or more governed inside an attributed sentence (``提出“……”``);
* indirect: ``某某表示，<clause>``, ``某某认为<clause>``, ``据某某透露，<clause>``,
  ``在某某看来，<clause>``.  ``据悉``/``据了解``/``记者了解到`` (the journalist) and
  ``据…数据`` (a data citation) are not claims.

Speakers: roles before names (``火币矿池负责人张三`` -> role 负责人, org 火币矿池),
``机构名+姓名+职务`` (``上海明伦律师事务所王智斌律师``), anonymous sources kept as written
(``一位接近火币的人士``), ``他``/``她`` and ``该分析师``/``上述人士`` resolved later.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from pipelines.attribution_common import CLOSE, MASK, OPEN, Quote, make_claim, mask_paragraph
from pipelines.zh_speakers import _v, clean_subject, parse_subject  # noqa: F401 - re-exported

_END = "。！？"
_NEGATION = ("不愿", "不便", "拒绝", "未", "没有", "没", "不")


def sentences(masked: str) -> tuple[list[tuple[int, int]], set[int]]:
    """Sentence spans (local offsets) split after 。！？ in the narrative; all ends are hard."""
    ends = {m.end() for m in re.finditer(r"[。！？]+", masked)}
    ends.add(len(masked))
    spans, start = [], 0
    for e in sorted(ends):
        if e > start:
            spans.append((start, e))
            start = e
    return spans, ends



#: What a 据… citation names when it cites a document or data rather than a source.
_DOCUMENTS = ("数据", "统计", "报告", "年报", "半年报", "季报", "财报", "公告", "报表", "文件", "通报", "公报",
              "资料", "显示", "招股书", "说明书", "测算", "估算", "计算")


def _front(sent: str) -> tuple[dict[str, Any] | None, str, int, int] | None:
    """``据某某透露，`` / ``在某某看来，`` at a sentence start: ``(speaker, cue, cue_at, clause_at)``;
    speaker None means narration or a data citation (no claim)."""
    lead = len(sent) - len(sent.lstrip())
    m = re.match(r"(?:对此|此外|不过|同时|另外|但)?[，,]?据(.{1,30}?)(透露|介绍|称|表示|报道|消息|了解|统计|数据|显示|"
                 r"分析|说|指出|预计|估计|测算|悉|披露|公布|发布)?[，,]", sent[lead:])
    if m:
        who, cue = m.group(1), m.group(2) or "据"
        if cue in ("数据", "统计", "显示", "测算", "悉", "了解") or who in ("悉", "了解", "报道", "介绍") \
                or who.endswith(_DOCUMENTS):
            # 据Wind数据显示, 据该行半年报披露, 据公司公告: a document or data citation
            return None, cue, lead, lead + m.end()
        if cue == "据" and who.endswith(("透露", "介绍", "报道", "表示")):
            cue, who = who[-2:], who[:-2]
        return parse_subject(who), "据" + (cue if cue != "据" else ""), lead + m.start(1), lead + m.end()
    m = re.match(r"(?:对此|此外|不过|同时|另外|但)?[，,]?在(.{1,30}?)看来[，,]", sent[lead:])
    if m:
        return parse_subject(m.group(1)), "看来", lead + m.start(1), lead + m.end()
    return None


def _clause_start(masked: str, at: int, cue: str) -> int | None:
    """Offset where the reported clause after a cue begins, or None."""
    v = _v()
    m = re.match(r"(?:称|说|道|表示)?([：:，,]?)", masked[at:])
    k = at + m.end()
    if cue in v["comma_cues"] and not m.group(1):
        return None
    if k >= len(masked) or masked[k] in _END:
        return None
    return k


def clause_end(masked: str, start: int, end: int) -> int:
    e = end
    while e > start and masked[e - 1] in " 。！？；;，,":
        e -= 1
    if e > start and masked[e - 1] == CLOSE:
        o = masked.rfind(OPEN, start, e)
        if o > start and masked[o - 1] in "，,：:":
            e = o - 1
    return e


#: A sentence that opens with the journalist or a new source is not the reported clause going on.
_NEW_VOICE = re.compile(r"^(?:记者|本报|笔者|据|对此|对于|但记者|而记者|不过记者|《|这|也就是说|换言之|可见|俗话说)")
#: jieba tags of proper nouns: a sentence that opens with one has a subject of its own.
_PROPER = frozenset({"nr", "nrfg", "nrt", "ns", "nt", "nz"})


def _new_subject(sent: str) -> bool:
    """Does a sentence open with the journalist, a title or a proper noun (its own subject)?"""
    from pipelines.zh_names import segment_zh

    if _NEW_VOICE.match(sent):
        return True
    words = segment_zh(sent[:12])
    return bool(words) and words[0][2] in _PROPER


def extend_clause(masked: str, cs: int, ce: int, spans: list[tuple[int, int]], consumed: set[int],
                  quote_starts: list[int] = ()) -> int:
    """End of a reported clause that goes on over the next sentences of its paragraph.

    ``某某表示，A。B。C。``: the rule book counts A, B and C as one statement when
    nothing new comes between: B and C carry no attribution of their own, no quotation
    claim starts in them, and they do not open with the journalist (记者, 据).  Only a
    clause set off by punctuation after its cue (``表示，`` / ``指出：``) goes on; a
    colon introduces the rest of the paragraph.
    """
    if cs == 0 or masked[cs - 1] not in "，,：:":
        return ce
    k = next((n for n, (a, b) in enumerate(spans) if a <= cs < b), None)
    if k is None or masked[ce:spans[k][1]].strip(" 。！？；;，,"):
        return ce
    for a, b in spans[k + 1:]:
        sent = masked[a:b]
        lead = len(sent) - len(sent.lstrip())
        if not sent.strip() or MASK in sent or _new_subject(sent[lead:]) or any(a <= q < b for q in quote_starts) \
                or attribute_sentence(masked, a, b, set()) is not None:
            break
        ce = clause_end(masked, a, b)
    return ce


def attribute_sentence(masked: str, s: int, e: int, consumed: set[int]) -> dict[str, Any] | None:
    """``{speaker, cue, cue_at, clause}`` for one sentence (local offsets), or None."""
    v = _v()
    sent = masked[s:e]
    hits = list(v["cue_rx"].finditer(sent))
    if any(s + h.start() in consumed for h in hits):
        return None
    fr = _front(sent)
    if fr is not None:
        spk, cue, at, k = fr
        if spk is None:
            return None
        cs = s + k
        return {"speaker": spk, "cue": cue, "cue_at": s + at, "clause": (cs, clause_end(masked, cs, e))}
    for h in hits:
        prefix = sent[:h.start()]
        if prefix.endswith(_NEGATION):
            continue  # 不愿透露姓名的人士表示, 未透露: negated speech attributes nothing
        subj = clean_subject(prefix)
        if subj.endswith(v["narrator"]):
            return None  # 记者了解到, 本报记者获悉: the journalist's own narration
        if h.group(1) in v["comma_cues"] and not re.match(r"[：:，," + OPEN + MASK + "]", sent[h.end():]):
            continue  # 在回复中表示, 披露半年报: no speech without the punctuation (or a quotation)
        spk = parse_subject(subj)
        if spk is None:
            continue
        k = _clause_start(masked, s + h.end(), h.group(1))
        clause = None
        if k is not None:
            ce = clause_end(masked, k, e)
            inner = masked[k:ce]
            if inner and not (inner[0] == OPEN and inner.endswith(CLOSE) and inner.count(OPEN) == 1) and ce - k >= 4:
                clause = (k, ce)
        return {"speaker": spk, "cue": h.group(1), "cue_at": s + h.start(), "clause": clause}
    return None


def _l_attribution(left: str) -> tuple[dict[str, Any], str, int, bool] | None:
    """``某某表示：`` before a quotation: ``(speaker, cue, cue offset, bare)``; ``bare`` when
    no punctuation separates cue and quotation (``回复称“……”``)."""
    v = _v()
    stripped = left.rstrip()
    core = stripped.rstrip("：:，,")
    bare = core == stripped
    hits = [h for h in v["cue_rx"].finditer(core)]
    if not hits:
        return None
    h = hits[-1]
    tail = core[h.end():]
    if not re.fullmatch(r"(?:称|说|道)?", tail):
        return None
    subj = clean_subject(core[:h.start()])
    spk = parse_subject(subj)
    if spk is None:
        return None
    return spk, h.group(1), h.start(), bare


def _r_attribution(right: str) -> tuple[dict[str, Any], str, int, int | None] | None:
    """``某人告诉《证券日报》记者。`` after a quotation: ``(speaker, cue, cue offset, clause offset)``."""
    v = _v()
    m = re.match(r"^[，,\s]*", right)
    lead = m.end()
    r = right[lead:]
    h = v["cue_rx"].search(r)
    if not h or OPEN in r[:h.start()] or h.start() > 40:
        return None
    spk = parse_subject(clean_subject(r[:h.start()]))
    if spk is None:
        return None
    k = _clause_start(r, h.end(), h.group(1))
    clause = None
    if k is not None and r[k:k + 1] != OPEN:
        clause = lead + k
    return spk, h.group(1), lead + h.start(), clause


def _closing_clause(left: str, right_soft: str, n: int, ends_sentence: bool) -> bool:
    """Is a quotation inside an attributed sentence a direct claim of its own?

    Direct when the quotation closes the sentence (only a stop after it), stands after
    a comma or colon (so no verb or preposition governs it) and is an utterance of its
    own: its own stop inside the marks, or six characters or more (a clause, not a
    term): ``某某表示，<clause>，“我们会通过优化负债结构来对冲部分压力”。``.
    A quotation governed by the word before it (``提出“……”``, ``被称为“……”``,
    ``所谓“……”``, ``改善“仍需要更多时间”``) or followed by more of the sentence
    (``“……”的说法``) is a fragment: partial (six characters or more) or a term.
    """
    if left.rstrip()[-1:] not in "，,：:" or right_soft.strip(" 。！？"):
        return False  # governed by the word before it, or more of the sentence follows
    return ends_sentence or n >= 6


@dataclass
class _Para:
    """One paragraph being read: its masked text and what its sentences already gave."""

    index: int
    base: int
    masked: str
    spans: list[tuple[int, int]]
    consumed: set[int] = field(default_factory=set)
    #: local starts of the quotation claims of this paragraph (an indirect clause stops there)
    quote_starts: list[int] = field(default_factory=list)


class _Reader:
    """Claims of one Chinese article, paragraph by paragraph (see the module docstring)."""

    def __init__(self, blocks: list[dict[str, str]], offsets: list[int], quotes: list[Quote], body: str) -> None:
        self.blocks, self.offsets, self.body = blocks, offsets, body
        self.by_para: dict[int, list[Quote]] = {}
        for q in quotes:
            for p, _s, _e in q.pieces:
                self.by_para.setdefault(p, []).append(q)
        self.masks: dict[int, str] = {}
        self.claims: list[dict[str, Any]] = []
        self.last_direct: dict[str, Any] | None = None
        self.last_direct_para = -2

    def masked(self, j: int) -> str:
        if j not in self.masks:
            self.masks[j] = mask_paragraph(self.blocks[j]["text"], self.offsets[j], self.by_para.get(j, []), j)
        return self.masks[j]

    def run(self) -> None:
        for i, block in enumerate(self.blocks):
            if block.get("kind") != "paragraph":
                continue
            masked = self.masked(i)
            para = _Para(i, self.offsets[i], masked, sentences(masked)[0])
            opened_here = [q for q in self.by_para.get(i, []) if q.para == i]
            for qi, q in enumerate(opened_here):
                self.quote_claim(para, q, opened_here[:qi])
            self.sentence_claims(para)

    # -- quotations ---------------------------------------------------------------

    def window(self, para: _Para, q: Quote, before: list[Quote]) -> tuple[int, str, str, int]:
        """``(left start, left text, right text, right offset)`` around quotation ``q``:
        the narrative from its sentence start (or the previous quotation) to the opening
        mark, and from the closing mark to the next hard sentence end."""
        o = q.open_at - para.base
        ss = max(a for a, _b in para.spans if a <= o)
        prev_close = max((p.close_at - para.base for p in before
                          if p.close_at is not None and p.last_para == para.index), default=-1)
        l0 = max(ss, prev_close + 1)
        right, r0 = "", 0
        if q.close_at is not None:
            j = q.last_para
            mj = self.masked(j)
            c = q.close_at - self.offsets[j]
            hard_end = min((h for h in sentences(mj)[1] if h > c), default=len(mj))
            right, r0 = mj[c + 1:hard_end], self.offsets[j] + c + 1
        return l0, para.masked[l0:o], right, r0

    def quote_claim(self, para: _Para, q: Quote, before: list[Quote]) -> None:
        l0, left, right, r0 = self.window(para, q, before)
        nxt = right.find(OPEN)
        right_soft = right if nxt < 0 else right[:nxt]
        content = self.body[q.start:q.end].rstrip()
        ends_sentence = content[-1:] in _END + ".!?"
        kind, found = "direct", self.left_speaker(para, l0, left, right_soft)
        if found is None and not left.strip(" ，,") and q.close_at is not None:
            found = self.right_speaker(para, q, right, r0)
        if found is None and not left.strip() and self.last_direct is not None \
                and self.last_direct_para in (para.index, para.index - 1) and ends_sentence \
                and not right_soft.strip(" 。，"):
            found = self.last_direct["speaker"], self.last_direct["cue"]
        if found is None and left.strip():
            kind, found = self.inside_speaker(para, q, left, right_soft, ends_sentence)
        if found is None:
            return
        spk, cue = found
        self.claims.append(make_claim(kind, spk, cue, q.start, q.end, q.para, self.body))
        para.quote_starts.append(q.open_at - para.base)
        if kind == "direct":
            self.last_direct, self.last_direct_para = {"speaker": spk, "cue": cue}, q.last_para

    def left_speaker(self, para: _Para, l0: int, left: str, right_soft: str) -> tuple[dict, str] | None:
        """``某某表示：“……”``: the speaker before the quotation."""
        la = _l_attribution(left) if left.strip() else None
        if not la:
            return None
        s_, cue, at, bare = la
        if bare and right_soft.strip(" 。！？"):
            return None
        para.consumed.add(l0 + at)
        return dict(s_, pos=para.base + l0 + at), cue

    def right_speaker(self, para: _Para, q: Quote, right: str, r0: int) -> tuple[dict, str] | None:
        """``“……”某人告诉记者，<clause>。``: the speaker after the quotation, and the
        clause it goes on with as an indirect claim."""
        ra = _r_attribution(right)
        if not ra:
            return None
        s_, cue, at, clause_at = ra
        spk = dict(s_, pos=r0 + at)
        j = q.last_para
        if j == para.index:
            para.consumed.add(r0 - para.base + at)
        if clause_at is not None:
            mj = self.masked(j)
            cs = r0 - self.offsets[j] + clause_at
            ce = clause_end(mj, cs, r0 - self.offsets[j] + len(right))
            if ce - cs >= 4:
                ce = extend_clause(mj, cs, ce, sentences(mj)[0], set())
                self.claims.append(make_claim("indirect", spk, cue, self.offsets[j] + cs, self.offsets[j] + ce,
                                              j, self.body))
        return spk, cue

    def inside_speaker(self, para: _Para, q: Quote, left: str, right_soft: str,
                       ends_sentence: bool) -> tuple[str, tuple[dict, str] | None]:
        """A quotation inside an attributed sentence: ``(kind, (speaker, cue))``."""
        o = q.open_at - para.base
        a_, b_ = next((a, b) for a, b in para.spans if a <= o < b)
        att = attribute_sentence(para.masked, a_, b_, set())
        if not att or att["cue_at"] >= o:
            return "direct", None
        n = len(re.sub(r"[^\u4e00-\u9fff\w]", "", self.body[q.start:q.end]))
        if _closing_clause(left, right_soft, n, ends_sentence):
            kind = "direct"
        elif n >= 6:
            kind = "partial"
        else:
            return "direct", None
        return kind, (dict(att["speaker"], pos=para.base + att["cue_at"]), att["cue"])

    # -- reported clauses ------------------------------------------------------------

    def sentence_claims(self, para: _Para) -> None:
        for a, b in para.spans:
            att = attribute_sentence(para.masked, a, b, para.consumed)
            if not att or att["clause"] is None:
                continue
            cs, ce = att["clause"]
            ce = extend_clause(para.masked, cs, ce, para.spans, para.consumed, para.quote_starts)
            spk = dict(att["speaker"], pos=para.base + att["cue_at"])
            self.claims.append(make_claim("indirect", spk, att["cue"], para.base + cs, para.base + ce,
                                          para.index, self.body))

    def narrative_orgs(self) -> list[tuple[int, dict[str, Any]]]:
        """Organizations named in the narrative: antecedents of 公司/该公司, needed only then."""
        orgs: list[tuple[int, dict[str, Any]]] = []
        if any(c["_ref"] == "orgref" for c in self.claims):
            from pipelines.zh_names import zh_org_spans

            for i, masked in self.masks.items():
                for a, b in zh_org_spans(masked):
                    orgs.append((self.offsets[i] + a, {"speaker": masked[a:b], "role": None, "org": None,
                                                       "ref": "org"}))
        return orgs

    def narrative_persons(self) -> list[tuple[int, dict[str, Any]]]:
        """People named in the narrative (outside quotations): antecedents of 他/她 and
        of an elided subject, needed only when a claim has one."""
        if not any(c["_ref"] in ("pronoun", "ref") for c in self.claims):
            return []
        return [(self.offsets[i] + a, {"speaker": masked[a:b], "role": None, "org": None, "ref": "name"})
                for i, masked in sorted(self.masks.items()) for a, b in person_spans(masked)]


def person_spans(masked: str) -> list[tuple[int, int]]:
    """Personal names in a masked paragraph: jieba's person words and the name after a
    role, plus transliterated names written with a middle dot (大卫·洛克菲勒)."""
    from pipelines.zh_names import _zh_names, segment_zh

    spans = [(a, b) for a, b, typ in _zh_names(masked) if typ == "PERSON"]
    for m in _DOTTED_NAME.finditer(masked):
        # the words next to the dot: 父亲小约翰·洛克菲勒会 -> 小约翰·洛克菲勒 (jieba's words)
        before = segment_zh(masked[m.start():m.start("dot")])
        after = segment_zh(masked[m.end("dot"):m.end()])
        if before and after:
            spans.append((m.start() + before[-1][0], m.end("dot") + after[0][0] + len(after[0][1])))
    return sorted(set(spans))


_DOTTED_NAME = re.compile(r"[\u4e00-\u9fff]{1,6}(?P<dot>[·•．])[\u4e00-\u9fff]{1,8}")


def extract(blocks: list[dict[str, str]], offsets: list[int], quotes: list[Quote],
            body: str) -> tuple[list[dict[str, Any]], list, list]:
    """Claims of a Chinese article before resolution: ``(claims, persons, orgs)``."""
    reader = _Reader(blocks, offsets, quotes, body)
    reader.run()
    return reader.claims, reader.narrative_persons(), reader.narrative_orgs()
