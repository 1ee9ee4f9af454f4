"""Chinese attribution rules for :mod:`pipelines.claims`.

Same walk as the English rules on paragraphs whose quotation contents are masked:

* direct: ``邢萌表示：“……”``, ``周茂华告诉记者，“……”``, ``“……”某人告诉《证券日报》记者。``, ``某某说，<clause>，“<quoted clause>”。``
  (joined to the clause by :mod:`pipelines.statements`), ``“……”某人坦言，<clause>。`` (a direct claim plus an indirect one), ``公司回复称“……”。``;
* partial: a quotation of six characters or more governed inside an attributed sentence (``提出“……”``);
* indirect: ``某某表示，<clause>``, ``某某认为<clause>``, ``据某某透露，<clause>``,
  ``在某某看来，<clause>``.  ``据悉``/``据了解``/``记者了解到`` (the journalist) and
  ``据…数据`` (a data citation) are not claims.

Speakers: roles before names (``火币矿池负责人张三`` -> role 负责人, org 火币矿池),
``机构名+姓名+职务`` (``上海明伦律师事务所王智斌律师``), anonymous sources kept as written
(``一位接近火币的人士``), ``他``/``她`` and ``该分析师``/``上述人士`` resolved later.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any

from pipelines.attribution_common import CLOSE, MASK, OPEN, Quote, find_quotes, make_claim, mask_paragraph
from pipelines.zh_antecedents import antecedent, clause_subject, resolve_references, speaker_of
from pipelines.zh_clauses import (_ASPECT_OBJECT, _END, _MANNER, _OBJECT_COLON, CITING, FRAME, REPORTED, _clause_start,
                                  attribute_sentence, clause_end, elided_statement, extend_clause, next_cue_split,
                                  sentences)
from pipelines.zh_persons import person_spans
from pipelines.zh_phrases import slogan_rx, narration_cut
from pipelines.zh_speakers import _v, clean_subject, parse_subject  # noqa: F401 - re-exported
from pipelines.zh_wrap import join_wrapped


#: Between two quotations of one statement: a comma and a conjunction at most (“A”，而“B”).
_JOINED = re.compile(r"\s*[，,、]\s*(?:而且|并且|而|并|又|还有|以及)?\s*[，,]?\s*")
#: After a quotation, a time clause closing on the saying (某某说“……”时，): ``时``, ``的时候``, ``之后``.
_WHEN = re.compile(r"\s*(?:时|的时候|之时|之际|以后|之后)[，,]")


def _l_attribution(left: str) -> tuple[dict[str, Any], str, int, bool] | None:
    """``某某表示：`` before a quotation: ``(speaker, cue, cue offset, bare)``; ``bare`` when
    no punctuation separates cue and quotation (``回复称“……”``)."""
    v = _v()
    stripped = left.rstrip()
    core = stripped.rstrip("：:，,")
    bare = core == stripped
    # (the quotation mark after the comma is what some cues look ahead for: 引用某某的话，“)
    hits = [h for h in v["cue_scan"].finditer(stripped + OPEN) if h.end() <= len(core)]
    if not hits:
        return None
    h = hits[-1]
    tail = core[h.end():]
    if bare is False and _MANNER.fullmatch(tail):
        tail = ""  # 某某回答肯定，“……”: how the answer came, set off by the comma
    # 证实了“……”, 某方面的回应是，“……”: a cue in its perfect or noun form
    if not re.fullmatch(r"(?:称|说|道|了|是)?", tail) or tail == "是" and not core[:h.start()].endswith("的"):
        return None
    subj = core[:h.start()]
    subj = clean_subject(CITING.sub("", subj) if h.group(1) == "的话" else subj.removesuffix("的"))
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
    spk = None
    for h in v["cue_rx"].finditer(r, 0, 41):
        # 除了……之外，某某还透露: the first cue with a speaker before it
        if OPEN in r[:h.start()]:
            return None
        spk = parse_subject(clean_subject(r[:h.start()]))
        if spk is not None:
            break
    if spk is None:
        return None
    obj = _OBJECT_COLON.match(r, h.end())  # 透露了“……”的秘密：<clause>; 透露了一个秘密: none
    k = obj.end() if obj else None if _ASPECT_OBJECT.match(r, h.end()) else _clause_start(r, h.end(), h.group(1))
    clause = None
    if k is not None and r[k:k + 1] != OPEN:
        clause = lead + k
    return spk, h.group(1), lead + h.start(), clause


#: A passive naming right before a quotation: 被某某誉为“……”, 被某某称为“……”.
_NAMED_BY = re.compile(r"被(?P<who>[^，,。！？；;：:" + OPEN + CLOSE + MASK + r"\s]{2,20}?)"
                       r"(?P<cue>誉为|称为|称作|称赞为|赞为|赞誉为|评为|形容为|喻为|比喻为|比作|称之为)$")


def _named_by(left: str, content: str) -> tuple[dict[str, Any], str, int] | None:
    """``被时任市长某某誉为“……”``: ``(speaker, cue, cue offset in left)`` when the
    quoted words hold six characters or more (a name or a term shorter is no statement)."""
    m = _NAMED_BY.search(left.rstrip())
    if m is None or len(re.sub(r"[^\u4e00-\u9fff\w]", "", content)) < 6:
        return None
    spk = parse_subject(clean_subject(m.group("who")))
    return (spk, m.group("cue"), m.start("cue")) if spk is not None else None


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
    #: those of them only the narrative gave a speaker (no cue): a clause before may take them
    loose: set[int] = field(default_factory=set)
    #: local starts of the quotations ending in their own stop (``“……。”``)
    stopped: set[int] = field(default_factory=set)


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
            para = _Para(i, self.offsets[i], masked, sentences(masked, block["text"])[0])
            para.stopped = {q.open_at - para.base for q in self.by_para.get(i, []) if q.para == i
                            and self.body[q.start:q.end].rstrip()[-1:] in _END + ".!?"}
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
        if before and self.joined_quote(para, q, before[-1], left) or slogan_rx().search(left):
            return  # (宣传语写道：“……”: a slogan nobody is saying)
        named = _named_by(left, self.body[q.start:q.end])
        if named is not None:  # 被某某誉为“……”: the one naming speaks, the words are a fragment
            self.claims.append(make_claim("partial", dict(named[0], pos=para.base + l0 + named[2]), named[1],
                                          q.start, q.end, q.para, self.body))
            return
        # 据《某报》报道，“……”某某表示: the source after the quotation speaks, not the report
        found = self.right_speaker(para, q, right, r0) if q.close_at is not None and REPORTED.search(left) else None
        kind, found = "direct", found or self.left_speaker(para, l0, left, right_soft, not ends_sentence)
        if found is None and not left.strip(" ，,") and q.close_at is not None:
            found = self.right_speaker(para, q, right, r0)
            found = self.named_before(para, q, found) if ends_sentence else found
        if found is None and not left.strip() and self.last_direct is not None \
                and self.last_direct_para in (para.index, para.index - 1) and ends_sentence \
                and not right_soft.strip(" 。，"):
            found = self.last_direct["speaker"], self.last_direct["cue"]
        if found is None and left.strip():
            kind, found = self.inside_speaker(para, q, left, right_soft, ends_sentence)
        loose = found is None and bool(left.strip()) and not ends_sentence  # “……。”: an utterance of its own
        if found is None and (ends_sentence or right_soft.strip(" ")[:1] in tuple(_END) and left.strip()):
            found = self.narrative_speaker(q, left, right_soft) if left.strip() else self.next_subject(q, right)
        if found is None or slogan_rx().search(found[0].get("speaker") or ""):
            return
        if loose:
            para.loose.add(q.open_at - para.base)
        spk, cue = found
        self.claims.append(make_claim(kind, spk, cue, q.start, q.end, q.para, self.body))
        para.quote_starts.append(q.open_at - para.base)
        if kind == "direct":
            self.last_direct, self.last_direct_para = {"speaker": spk, "cue": cue}, q.last_para

    def joined_quote(self, para: _Para, q: Quote, prev: Quote, left: str) -> bool:
        """``某某指出：“A”，而“B”。`` / ``某某认为，“A”，“B”。``: a quotation joined to the
        direct claim just before it by a comma or a conjunction only is the rest of that
        statement (the claim grows to its end)."""
        last = self.claims[-1] if self.claims else None
        if last is None or last["kind"] != "direct" or last["end"] != prev.end or prev.close_at is None \
                or prev.last_para != para.index or not _JOINED.fullmatch(left) or q.close_at is None:
            return False
        last["end"], last["text"] = q.end, self.body[last["start"]:q.end]
        para.quote_starts.append(q.open_at - para.base)
        return True

    def named_before(self, para: _Para, q: Quote, found: tuple[dict, str] | None) -> tuple[dict, str] | None:
        """``某某指出，A。“B。”国内专家认为，C。``: a whole quoted sentence right after a named
        person's statement and before a group's cue (专家, 业内人士, 不少人: a group is not quoted
        word for word) is the named person's."""
        if found is None or found[0]["ref"] != "anon" or re.search(r"一位|一名|某位|这位|那位|该|他|她|其", found[0]["speaker"]):
            return found
        o = q.open_at - para.base
        prev = [(a, b) for a, b in para.spans if b <= o and not para.masked[b:o].strip(" 。！？!?")]
        att = attribute_sentence(para.masked, *prev[-1], set(), self.blocks[para.index]["text"]) if prev else None
        if att is None or att["speaker"].get("ref") != "name" or att["clause"] is None:
            return found
        return dict(att["speaker"], pos=para.base + att["cue_at"]), att["cue"]

    def narrative_speaker(self, q: Quote, left: str, right_soft: str) -> tuple[dict, str] | None:
        """``新专辑中，她再次尝试：“……。”`` / ``某某出狱后……，“……。”``: an utterance of its
        own (its stop inside or right after the marks, eight characters or more) closing a narrative
        sentence after a colon or comma, with no cue: said by the person that sentence,
        or the one before it in the paragraph, is about (its subject)."""
        if left.rstrip()[-1:] not in "：:，," or right_soft.strip(" 。！？") or q.close_at is None \
                or len(re.sub(r"[^\u4e00-\u9fff]", "", self.body[q.start:q.end])) < 8:
            return None
        spk = antecedent(self.masked, self.offsets, q.open_at, "", self.claims, paras=1,
                         cue=left.strip(" ：:，,"))  # 问他……。答道：“……”: the one asked answers
        if spk is None and self.claims and q.para - self.claims[-1]["paragraph"] <= 1 \
                and not re.search(r"[道说曰问答言载云讲写][：:]\s*$", left):  # (某物上写道：“……”: its own saying)
            # 某某认为，……。¶因此，出路只剩一条，“……”。: nobody in the narrative, the last source goes on
            last = self.claims[-1]
            spk = {"speaker": last["speaker"], "role": last["speaker_role"], "org": last["speaker_org"],
                   "ref": last["_ref"], "written": last["speaker_text"]}
        return (dict(spk, pos=q.start), "：") if spk is not None else None

    def next_subject(self, q: Quote, right: str) -> tuple[dict, str] | None:
        """``“……。”于某想尽快熟悉环境。``: an utterance opening its sentence with no cue
        is said by the person the narrative after it is about (the subject of the clause
        right after the closing mark)."""
        # 对于这一结论，某某并不认同: a frame first, the subject in the next clause
        m = next((m for m in re.finditer(r"[^，。；！？,;" + OPEN + "]+", re.split(r"[。！？；]", right, 1)[0])
                  if not FRAME.match(m.group(0))), None)
        subj = clause_subject(m.group(0)) if m and q.close_at is not None else None
        if subj is None or subj[0] != "person" \
                or len(re.sub(r"[^\u4e00-\u9fff]", "", self.body[q.start:q.end])) < 6:
            return None
        return dict(speaker_of(subj[1], subj[2]), pos=q.close_at + 1), "："

    def left_speaker(self, para: _Para, l0: int, left: str, right_soft: str,
                     opens_clause: bool = False) -> tuple[dict, str] | None:
        """``某某表示：“……”``: the speaker before the quotation; none when the quotation,
        with no stop of its own, ``opens_clause`` with words right after its marks."""
        la = _l_attribution(left) if left.strip() else None
        if not la:
            return None
        s_, cue, at, bare = la
        if _WHEN.match(right_soft):
            pass  # 某某说“……”时，……: when the words were said, a time clause; they are the claim
        elif bare and right_soft.strip(" 。！？") or opens_clause and re.match(r"[\u4e00-\u9fff\w]", right_soft):
            return None  # 某某证实，“某某奖”获得者……: the quotation opens the reported clause
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
        att = attribute_sentence(para.masked, a_, b_, set(), self.blocks[para.index]["text"])
        if not att or att["cue_at"] >= o or att["clause"] and o < att["clause"][0]:
            return "direct", None  # (透露了“……”的秘密：……: the quotation is in the object, not said)
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
            att = attribute_sentence(para.masked, a, b, para.consumed, self.blocks[para.index]["text"]) \
                or elided_statement(para, a, b, self.claims)
            if att and slogan_rx().search(att["speaker"]["speaker"]):
                continue  # 这款饮料的宣传语写道：……: no one is saying it
            while att and att["clause"] is not None:
                cs, ce = att["clause"]
                nxt = next_cue_split(para.masked, cs, ce, att["speaker"], para.consumed)
                if nxt is not None:  # 某某表示，A，同时警告B: A stops where the new cue starts
                    ce = clause_end(para.masked, cs, nxt["cut"])
                else:
                    ce = extend_clause(para.masked, cs, ce, para.spans, para.consumed, para.quote_starts,
                                       para.loose, para.stopped)
                bare = not re.search(r"[，,：:]", para.masked[att["cue_at"]:cs])
                ce, spk = narration_cut(para.masked, cs, ce, bare), dict(att["speaker"], pos=para.base + att["cue_at"])
                self.claims.append(make_claim("indirect", spk, att["cue"], para.base + cs, para.base + ce,
                                              para.index, self.body))
                att = nxt

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
        # an antecedent is near: its own paragraph or the two before it
        near = {p for c in self.claims if c["_ref"] in ("pronoun", "ref")
                for p in range(c["paragraph"] - 2, c["paragraph"] + 1)}
        return [(self.offsets[i] + a, {"speaker": masked[a:b], "role": None, "org": None, "ref": "name"})
                for i, masked in sorted(self.masks.items()) if i in near for a, b in person_spans(masked)]


def extract(blocks: list[dict[str, str]], offsets: list[int], quotes: list[Quote],
            body: str) -> tuple[list[dict[str, Any]], list, list]:
    """Claims of a Chinese article before resolution: ``(claims, persons, orgs)``."""
    merged, m_offsets, first = join_wrapped(blocks, offsets)
    if len(merged) != len(blocks):
        quotes = find_quotes(merged, m_offsets)
    reader = _Reader(merged, m_offsets, quotes, body)
    reader.run()
    resolve_references(reader.claims, reader.masked, m_offsets, body)
    persons, orgs = reader.narrative_persons(), reader.narrative_orgs()
    for c in reader.claims:  # back to the index of the block the claim starts in
        c["paragraph"] = max(first[c["paragraph"]], bisect.bisect_right(offsets, c["start"]) - 1)
    return reader.claims, persons, orgs
