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
from functools import lru_cache
from typing import Any

from pipelines.attribution_common import CLOSE, MASK, OPEN, Quote, make_claim, mask_paragraph, vocab

_END = "。！？"
_NEGATION = ("不愿", "不便", "拒绝", "未", "没有", "没", "不")


@lru_cache(maxsize=None)
def _v() -> dict[str, Any]:
    v = vocab("zh")
    cues = sorted(set(v["cues"]), key=len, reverse=True)
    alts = []
    for c in cues:
        if c == "告诉":
            alts.append(r"告诉(?:《[^》]{1,20}》)?(?:记者|笔者|本报)?")
        elif c == "分析":
            alts.append(r"分析(?!师|人士|认为|指出|表示|称|人员)")
        elif c == "称":
            alts.append(r"(?<![简名号堪职对相自俗统通昵爱尊])称(?![为作号之呼])")
        elif c == "说":
            alts.append(r"(?<![据虽听小学所再就是演游劝解传不以该如来话么分众格般句])说(?![明法服过成])")
        elif c == "提出":
            alts.append(r"提出(?=[，：:,])")
        else:
            alts.append(re.escape(c))
    roles = sorted(set(v["roles"]), key=len, reverse=True)
    suffixes = sorted(set(v["org_suffixes"]), key=len, reverse=True)
    return {
        # a trailing 称/道 belongs to the cue: 回复称, 分析称, 说道
        "cue_rx": re.compile("(" + "|".join(alts) + ")(?:称|道)?"),
        "comma_cues": frozenset(v["comma_cues"]),
        "narrator": tuple(v["narrator"]),
        "roles": roles,
        "suffixes": suffixes,
        "short_suffixes": frozenset(v["short_org_suffixes"]),
        "anonymous": tuple(v["anonymous"]),
        "surnames": frozenset(v["surnames"]),
        "role_qualifiers": tuple(sorted(v["role_qualifiers"], key=len, reverse=True)),
    }


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


_LEAD = re.compile(r"^(?:对此|此外|不过|但是|但|同时|另外|其中|而|并|也有|还有|有(?=..)|也|还|则|随后|最后|因此|所以|与此同时|"
                   r"事实上|然而|对于此事|就此|目前|当前|此前|对于|就|甚至|其后|之后|后来|此后|当时|当天|一日|"
                   r"昨天|今天|昨日|今日|近日|日前|\d{4}年|\d{1,2}月|\d{1,2}日|[上下]午|晚间|早前)+")
#: A pronoun after a time phrase or before an adverbial is the subject: 7月11日他, 他在文中.
_PRONOUN_SUBJ = re.compile(r"^(?:他们|她们|他|她)")
#: An adverb made with 地 closes the subject: 劳伦斯亲切地, 肖冰言之确凿地.
_DI_ADVERB = re.compile(r"(?:[\u4e00-\u9fff]{2}地)+$")
_TRAIL = re.compile(r"(?:也|还|则|同时|进一步|曾|更|均|都|亦|又|再次|公开|此前|近日|日前|近期|随即|最近|"
                    r"此外|已|已经|一再|多次|特别|直接|坦率地|私下|就此|对此|明确|曾经|日|昨日|今日|"
                    r"\d{1,2}月\d{1,2}日|\d{1,2}日|向外界|对外|会上|还称|一定|多|坦然|当即|一方面)$")
# where the speaker phrase ends: a place or channel (在微博上, 接受采访时, 向记者) or a
# publishing verb (华兴电子近日发布公告称, 某某发文称, 某某撰文指出)
_CUT = re.compile(r"(?:在|于|通过|接受|对|向|发布|发表|发出|公布|发文|撰文|发帖|看完|听完|读完|得知|获悉|谈到|谈及|"
                  r"说起|提到|面对|针对|回忆起|一方面|言之|当即)")


#: What a speaker phrase never holds: a condition or concession (如果, 虽然, 一旦), a
#: "according to the data" opener (根据, 按照), a list marker, or a word that leaves the
#: cue inside an idiom or an adverbial (不由分说, 众说纷纭, 严格说来, 误认为, 完全证实).
_NOT_SUBJECT = re.compile(r"如果|若|虽然|一旦|倘若|假如|只要|由于|因为|根据|按照|依据|^[（(\[①②③④⑤⑥⑦⑧⑨\d]|"
                          r"(?:不由分|众|严格|误|完全|不再|就|也就|所|较之|之|为|给|让|使|把|被|可以|应该)$")


#: Short references to an organization named earlier (resolved by attribution_common.resolve).
_ORG_REFS = frozenset({"公司", "该公司", "上述公司", "这家公司", "此公司", "该行", "该机构", "企业", "该企业",
                       "上述企业", "这家企业", "该集团", "集团", "该平台", "平台方", "该所"})


def clean_subject(prefix: str) -> str:
    """The speaker phrase of a cue from the clause text before it."""
    if CLOSE in prefix:
        prefix = prefix[prefix.rfind(CLOSE) + 1:]
    k = max(prefix.rfind(p) for p in "，,；;：:、")
    s = prefix[k + 1:].strip()
    s = _LEAD.sub("", s)
    m = _PRONOUN_SUBJ.match(s)
    if m:
        return m.group(0)
    s = _DI_ADVERB.sub("", s) if len(s) > 3 else s
    for _ in range(4):
        m = _CUT.search(s, 2)
        if m:
            s = s[:m.start()]
        t = _TRAIL.sub("", s)
        if t == s:
            break
        s = t
    return s.strip()


def _org_end(s: str) -> int:
    """End of the first organization name at the start of ``s`` (0 if none)."""
    v = _v()
    best = 0
    for suf in v["suffixes"]:
        k = s.find(suf)
        while k >= 0:
            end = k + len(suf)
            if suf in v["short_suffixes"] and end < 3:
                k = s.find(suf, k + 1)
                continue
            if best == 0 or end < best:
                best = end
            break
    return best


def _trim_org(org: str) -> str | None:
    """A speaker's organization without the qualifiers of the role that trail it when no
    organization suffix ends it: 比特大陆前公共事务 -> 比特大陆 (前 "former" and the
    department go to the role), 某矿圈自媒体资深 -> 某矿圈自媒体."""
    v = _v()
    k = max(org.rfind("前"), org.rfind("原"))
    if k >= 2:
        org = org[:k]
    changed = True
    while changed:
        changed = False
        for q in v["role_qualifiers"]:
            if org.endswith(q) and len(org) - len(q) >= 2:
                org, changed = org[:-len(q)], True
    return org or None


_TITLE_NAME = re.compile(r"([\u4e00-\u9fff]{2,}?[官师长员监裁席授])([\u4e00-\u9fff]{2,3})")


def parse_subject(s: str) -> dict[str, Any] | None:
    """Speaker dict ``{speaker, role, org, ref}`` for a Chinese subject phrase, or None."""
    out = _parse_subject(s)
    return dict(out) if out is not None else None


@lru_cache(maxsize=4096)
def _parse_subject(s: str) -> dict[str, Any] | None:
    v = _v()
    if not s or len(s) > 30 or MASK in s or OPEN in s or s.endswith("的"):
        return None
    if any(s == n or s.endswith(n) for n in v["narrator"]) or s.startswith("记者"):
        return None
    if re.search(r"[是在了把被将要对]$|(?:进行|作出|做出|予以|给予|给出)$", s) or re.match(r"^[\d.%]+$", s):
        return None  # 就深交所下发的问询函进行回复: a light verb's object, not a subject
    if _NOT_SUBJECT.search(s) or s in ("我", "本人", "笔者"):
        return None  # 如果细加分析, 根据回归系数, 严格说来, 不由分说: a clause or an idiom, no source
    if s.endswith("会") and _org_end(s) != len(s):
        return None  # 会 the auxiliary ("他们会"), not the suffix of 证监会/协会
    out: dict[str, Any] = {"speaker": s, "role": None, "org": None}
    if s in ("他", "她"):
        return {**out, "ref": "pronoun"}
    if s in ("他们", "她们", "其"):
        return {**out, "ref": "anon"}
    if s in _ORG_REFS:
        return {**out, "ref": "orgref"}
    if re.match(r"^(?:该|上述|这位|此位|这名|该名)", s):
        return {**out, "ref": "ref"}
    # role before the name: 招商银行行长王良, 区块链分析师吴迪
    best = None
    for role in v["roles"]:
        if role not in s:
            continue
        for m in re.finditer(re.escape(role), s):
            rest = s[m.end():]
            # a name right after a role: two or three characters, or four with a known surname
            if (re.fullmatch(r"[\u4e00-\u9fff·]{2,4}", rest) and (len(rest) <= 3 or rest[0] in v["surnames"])
                    and not any(a in rest for a in v["anonymous"])) or not rest:
                if best is None or m.end() > best[1] or (m.end() == best[1] and m.start() < best[0]):
                    best = (m.start(), m.end(), rest)
    anonymous = any(a in s for a in v["anonymous"])
    if best is not None:
        rs, re_, name = best
        prefix = s[:rs]
        oe = _org_end(prefix)
        if not name and not anonymous:
            # 机构名 + 姓名 + 职务: 上海明伦律师事务所王智斌律师
            mid = prefix[oe:] if oe else ""
            if 2 <= len(mid) <= 3 and mid[0] in v["surnames"]:
                return {"speaker": mid, "role": s[rs:re_], "org": prefix[:oe], "ref": "name"}
        org = prefix[:oe] if oe else (_trim_org(prefix) if len(prefix) >= 2 and not anonymous else None)
        role = re.sub(r"^(?:相关|有关)", "", s[(oe if oe else len(org or "")):re_]) or None
        if not name:
            org2 = re.split(r"一位|一名|某位|某", s)[0] if re.search(r"一位|一名|某位|某", s) else org
            return {"speaker": s, "role": None if anonymous else role,
                    "org": (org2 or None) if anonymous else org, "ref": "anon"}
        return {"speaker": name, "role": role, "org": org, "ref": "name"}
    if not anonymous:
        # a title the vocabulary lacks, recognized by its last character, before a name:
        # 江海银行首席风险官陈素梅, 高瑞银行大宗商品策略师王某
        m = _TITLE_NAME.fullmatch(s)
        if m and m.group(2)[0] in v["surnames"]:
            prefix = m.group(1)
            oe = _org_end(prefix)
            return {"speaker": m.group(2), "role": prefix[oe:] or None, "org": prefix[:oe] or None, "ref": "name"}
    if anonymous:
        m = re.search(r"一位|一名|某位", s)
        org = s[:m.start()] if m and m.start() >= 2 else None
        return {**out, "org": org, "ref": "anon"}
    if 2 <= len(s) <= 4 and s[0] in v["surnames"] and _org_end(s) == 0:
        return {**out, "ref": "name"}
    return {**out, "ref": "org"}


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


def extract(blocks: list[dict[str, str]], offsets: list[int], quotes: list[Quote],
            body: str) -> tuple[list[dict[str, Any]], list, list]:
    """Claims of a Chinese article before resolution: ``(claims, persons, orgs)``."""
    claims: list[dict[str, Any]] = []
    by_para: dict[int, list[Quote]] = {}
    for q in quotes:
        for p, _s, _e in q.pieces:
            by_para.setdefault(p, []).append(q)
    masks: dict[int, str] = {}
    last_direct: dict[str, Any] | None = None
    last_direct_para = -2
    for i, block in enumerate(blocks):
        if block.get("kind") != "paragraph":
            continue
        text, base = block["text"], offsets[i]
        pq = by_para.get(i, [])
        masked = mask_paragraph(text, base, pq, i)
        masks[i] = masked
        spans, hard = sentences(masked)
        consumed: set[int] = set()
        opened_here = [q for q in pq if q.para == i]
        for qi, q in enumerate(opened_here):
            o = q.open_at - base
            ss = max(a for a, _b in spans if a <= o)
            prev_close = max((p.close_at - base for p in opened_here[:qi]
                              if p.close_at is not None and p.last_para == i), default=-1)
            l0 = max(ss, prev_close + 1)
            left = masked[l0:o]
            right = ""
            r0 = 0
            j = q.last_para
            mj = masked if j == i else mask_paragraph(blocks[j]["text"], offsets[j], by_para.get(j, []), j)
            if q.close_at is not None:
                c = q.close_at - offsets[j]
                hard_end = min((h for h in sentences(mj)[1] if h > c), default=len(mj))
                right = mj[c + 1:hard_end]
                r0 = offsets[j] + c + 1
            nxt = right.find(OPEN)
            right_soft = right if nxt < 0 else right[:nxt]
            content = body[q.start:q.end].rstrip()
            ends_sentence = content[-1:] in _END + ".!?"
            spk = cue = None
            kind = "direct"
            la = _l_attribution(left) if left.strip() else None
            if la:
                s_, cue_, at, bare = la
                if not bare or right_soft.strip(" 。！？") == "":
                    spk, cue = dict(s_, pos=base + l0 + at), cue_
                    consumed.add(l0 + at)
            if spk is None and not left.strip(" ，,") and q.close_at is not None:
                ra = _r_attribution(right)
                if ra:
                    s_, cue, at, clause_at = ra
                    spk = dict(s_, pos=r0 + at)
                    if j == i:
                        consumed.add(r0 - base + at)
                    if clause_at is not None:
                        cs = r0 - offsets[j] + clause_at
                        ce = clause_end(mj, cs, r0 - offsets[j] + len(right))
                        if ce - cs >= 4:
                            claims.append(make_claim("indirect", spk, cue, offsets[j] + cs, offsets[j] + ce, j, body))
            if spk is None and not left.strip() and last_direct is not None \
                    and last_direct_para in (i, i - 1) and ends_sentence and not right_soft.strip(" 。，"):
                spk, cue = last_direct["speaker"], last_direct["cue"]
            if spk is None and left.strip():
                a_, b_ = next((a, b) for a, b in spans if a <= o < b)
                att = attribute_sentence(masked, a_, b_, set())
                if att and att["cue_at"] < o:
                    n = len(re.sub(r"[^\u4e00-\u9fff\w]", "", body[q.start:q.end]))
                    if _closing_clause(left, right_soft, n, ends_sentence):
                        kind = "direct"
                    elif n >= 6:
                        kind = "partial"
                    else:
                        att = None
                    if att:
                        spk, cue = dict(att["speaker"], pos=base + att["cue_at"]), att["cue"]
            if spk is None:
                continue
            claims.append(make_claim(kind, spk, cue, q.start, q.end, q.para, body))
            if kind == "direct":
                last_direct, last_direct_para = {"speaker": spk, "cue": cue}, q.last_para
        for a, b in spans:
            att = attribute_sentence(masked, a, b, consumed)
            if not att or att["clause"] is None:
                continue
            cs, ce = att["clause"]
            spk = dict(att["speaker"], pos=base + att["cue_at"])
            claims.append(make_claim("indirect", spk, att["cue"], base + cs, base + ce, i, body))
    orgs: list[tuple[int, dict[str, Any]]] = []
    # organizations named in the narrative are antecedents of 公司/该公司, needed only then
    if any(c["_ref"] == "orgref" for c in claims):
        from pipelines.zh_names import zh_org_spans

        for i, masked in masks.items():
            for a, b in zh_org_spans(masked):
                orgs.append((offsets[i] + a, {"speaker": masked[a:b], "role": None, "org": None, "ref": "org"}))
    return claims, [], orgs
