"""Chinese reported clauses: sentences of a masked paragraph, the cue and speaker of a
sentence (``某某表示，<clause>``, ``据某某透露，``, ``在某某看来，``), and where a reported
clause begins and ends (over the next sentences of its paragraph when nothing new comes
between).  Used by :mod:`pipelines.attribution_zh`."""

from __future__ import annotations

import re
from typing import Any

from pipelines.attribution_common import CLOSE, MASK, OPEN
from pipelines.zh_speakers import _v, clean_subject, parse_subject

_END = "。！？"
#: The rule book labels no content under six characters (``他说“不”``, ``觉得好了一点``).
_MIN_CONTENT = 6
#: A quotation's own stop and its closing mark, a new sentence after them.
_QUOTE_STOP = re.compile(r"[。！？][”」](?=[\u4e00-\u9fff])")
_NEGATION = ("不愿", "不便", "拒绝", "未", "没有", "没", "不")


#: An aside in brackets introducing a quotation after a colon or comma (``A(这让人想起某某的话：“……”)``):
#: the writer's own sentence inside another, with a speaker of its own; the sentence around stops at it.
_QUOTING_ASIDE = re.compile(r"[（(](?=[^（）()" + OPEN + r"]{0,30}[：:，,]\s*" + OPEN + r")[^（）()]{1,400}[）)]")


#: Patterns the sentence splitter and the frame search run on every sentence, compiled once
#: (through re's module functions each call looked its pattern up in re's cache, and a pattern
#: pushed out of that cache by others was compiled again).
_TITLE = re.compile(r"《[^《》\n]{1,40}》")
_STOPS = re.compile(r"[。！？]+")
_SEMICOLON = re.compile(r"[；;]")
_COMMA_FRAME = re.compile(r"[，,](?=(?:但|而|不过)?[在据])")


def sentences(masked: str, text: str = "") -> tuple[list[tuple[int, int]], set[int]]:
    """Sentence spans (local offsets) split after 。！？ in the narrative, and after ；
    (a reported clause stops there when what follows has a subject or a cue of its own,
    see :func:`extend_clause`); the ends after 。！？ are the hard ones.  Given the
    paragraph's ``text``, a quotation ending in its own stop also ends its sentence when
    a new one follows (``A，“B。”他说，C。``: the spans split after the closing mark)."""
    titles = [m.span() for m in _TITLE.finditer(masked)] if "《" in masked else []
    ends = {m.end() for m in _STOPS.finditer(masked)
            if not any(a < m.start() < b for a, b in titles)}  # 《放过这条河吧！……》: a title's stop
    ends.add(len(masked))
    quoted = {m.end() for m in _QUOTE_STOP.finditer(text)} if len(text) == len(masked) else set()
    asides = {k for m in _QUOTING_ASIDE.finditer(masked) for k in (m.start(), m.end())}
    spans, start = [], 0
    for e in sorted(ends | quoted | asides | {m.end() for m in _SEMICOLON.finditer(masked)}):
        if e > start:
            spans.append((start, e))
            start = e
    return spans, ends



#: What a 据… citation names when it cites a document or data rather than a source.
_DOCUMENTS = ("数据", "统计", "报告", "年报", "半年报", "季报", "财报", "公告", "报表", "文件", "通报", "公报",
              "资料", "显示", "招股书", "说明书", "测算", "估算", "计算")


def _front(sent: str, raw: str = "") -> tuple[dict[str, Any] | None, str, int, int] | None:
    """``据某某透露，`` / ``在某某看来，`` at a sentence start: ``(speaker, cue, cue_at, clause_at)``;
    speaker None means narration or a data citation (no claim).  ``raw``: the sentence
    unmasked (a source named in quotation marks: 按照“有关人士”的说法)."""
    lead = len(sent) - len(sent.lstrip())
    m = re.match(r"(?:对此|此外|不过|同时|另外|但)?[，,]?据(.{1,30}?)(透露|介绍|称|表示|报道|消息|了解|统计|数据|显示|"
                 r"分析|说|指出|预计|估计|测算|悉|披露|公布|发布|回忆说|回忆|介绍说|透露说)?[，,]", sent[lead:])
    if m:
        who, cue = m.group(1), m.group(2) or "据"
        if cue in ("数据", "统计", "显示", "测算", "悉", "了解") or who in ("悉", "了解", "报道", "介绍") \
                or who.endswith(_DOCUMENTS):
            # 据Wind数据显示, 据该行半年报披露, 据公司公告: a document or data citation
            return None, cue, lead, lead + m.end()
        if cue == "据" and who.endswith(("透露", "介绍", "报道", "表示")):
            cue, who = who[-2:], who[:-2]
        elif cue == "据" and (h := [h for h in _v()["cue_rx"].finditer(who) if h.end() == len(who)]):
            cue, who = h[-1].group(0), clean_subject(who[:h[-1].start()])  # 据媒体后来证实，: 媒体, 证实
        return parse_subject(who), "据" + (cue if cue != "据" else ""), lead + m.start(1), lead + m.end()
    m = _VIEW_FRAME.match(sent[lead:])
    if m:
        n = next(g for g in ("", "2", "3", "4", "5") if m.group("who" + g) is not None)
        who = m.group("who" + n).removesuffix("的").strip()
        if raw and re.fullmatch(OPEN + MASK + "+" + CLOSE, who):
            who = raw[lead + m.start("who" + n):].lstrip()[1:len(who) - 1]  # the name inside the marks
        if who.endswith(_DOCUMENTS):
            return None, m.group("cue" + n), lead, lead + m.end()  # 按照年报的说法: a document
        return parse_subject(who), m.group("cue" + n), lead + m.start("who" + n), lead + m.end()
    return None


#: An opinion or a recollection framing the sentence: 在某某看来，照某某看来，在某某眼里，
#: 按照某某的看法/观点/说法，用某某的话说，在某某的叙述中，正如某某说的那样：…… (the clause
#: after the comma or colon is the source's).
_VIEW_FRAME = re.compile(r"(?:对此|此外|不过|同时|另外|但)?[，,]?(?:"
                         r"(?:在|照|依)(?P<who>.{1,30}?)(?P<cue>看来|眼里|眼中|笔下)|"
                         r"(?:按照|依照|按|照|依)(?P<who2>.{1,30}?)的(?P<cue2>看法|观点|说法|分析|判断|理解)|"
                         r"用(?P<who3>.{1,30}?)的话(?:来)?(?P<cue3>说)|"
                         r"在(?P<who4>.{1,30}?)的(?P<cue4>叙述|讲述|描述|回忆|印象|记忆)[中里]|"
                         r"(?:正如|正像|正象|就像|诚如)(?P<who5>.{1,30}?)所?(?P<cue5>说|讲|指出|写)的那样)[，,：:]",
                         re.S)  # (hard-wrapped text: 按照\n\n某某的看法，)


def _front_anywhere(sent: str, raw: str = "") -> tuple[dict[str, Any] | None, str, int, int] | None:
    """:func:`_front` at the sentence start or after a comma inside it
    (``类似的例子还有很多，在某某看来，……``): the clause runs from the frame on."""
    fr = _front(sent, raw)
    if fr is not None:
        return fr
    for m in _COMMA_FRAME.finditer(sent):
        fr = _front(sent[m.end():], raw[m.end():])
        if fr is not None:
            spk, cue, at, k = fr
            return spk, cue, m.end() + at, m.end() + k
    return None


#: A report carrying a quotation whose own source follows it: 据《某报》报道，“……”某某表示。
REPORTED = re.compile(r"据[^，,。！？]{1,20}报道[：:，,]?\s*$")
#: A clause that frames what follows (对这个认定, 说起这件事, 除了……之外): no subject in it.
FRAME = re.compile(r"^(?:对于|对|关于|就|在|谈到|谈起|说起|提起|面对|针对|除了|除|当)")
#: The one spoken to after a cue, up to the comma opening the clause: a person or a
#: group (他们, 投资者, 《某报》记者, 消费者), a short noun phrase with no clause in it.
_HEARER = re.compile(r"(?:[^，,。！？；;：:" + OPEN + CLOSE + MASK + r"]{0,14}(?:记者|们|他|她|我|者|员|人|户|生|家|长|众|民|方))"
                     r"[，,：:]")


def hearer_end(masked: str, at: int, cue: str) -> int | None:
    """After ``告诉/提醒/告诫`` + the one spoken to + a comma (``告诉大家，``): the offset
    where the clause opens, else None."""
    if cue not in _v()["hearer_cues"]:
        return None
    m = _HEARER.match(masked, at)
    return m.end() if m else None


def _bare_clause(masked: str, at: int, cue: str) -> bool:
    """A cue of ``clause_cues`` followed right away by a clause of six characters or more
    (``某国指责对方正在策划袭击``)."""
    if cue not in _v()["clause_cues"]:
        return False
    m = re.match(r"[^，,。！？；;：:]*", masked[at:])  # quoted words count: 有人预言其“……”
    return len(re.sub(r"[^\u4e00-\u9fff\w" + MASK + r"]", "", m.group(0))) >= _MIN_CONTENT \
        and not masked[at:at + 1] in "了过的着"


#: How something was said, between a cue and the comma before what was said (回答肯定，“……”).
_MANNER = re.compile(r"得?(?:很|十分|非常|更)?(?:肯定|巧妙|干脆|坦率|简短|明确|谨慎|直接|委婉|含蓄|坚决|简单|爽快|诚恳|激动|平静)")


def _clause_start(masked: str, at: int, cue: str) -> int | None:
    """Offset where the reported clause after a cue begins, or None."""
    v = _v()
    h = hearer_end(masked, at, cue)
    if h is not None:
        return h if h < len(masked) and masked[h] not in _END else None
    manner = _MANNER.match(masked, at)
    if manner and masked[manner.end():manner.end() + 1] in ("，", ",", "：", ":"):
        at = manner.end()  # 表示肯定，……
    m = re.match(r"(?:称|说|道|表示|是(?=[：:，,]))?([：:，,]?)", masked[at:])
    k = at + m.end()
    if cue in v["comma_cues"] and not m.group(1) and not _bare_clause(masked, at, cue):
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


#: Reported speech has no first person (他说，他们会……); a sentence with 我 after a reported
#: clause is the writer's own (or a quotation the marks left out): the clause stops before it.
_FIRST_PERSON = re.compile(r"我(?!国|省|市|县|区|校|院|军|方|行|司)")


def _new_subject(sent: str) -> bool:
    """Does a sentence open with the journalist, a title or a proper noun (its own subject)?"""
    from pipelines.zh_names import segment_zh

    if _NEW_VOICE.match(sent):
        return True
    words = segment_zh(sent[:12])
    return bool(words) and words[0][2] in _PROPER


def extend_clause(masked: str, cs: int, ce: int, spans: list[tuple[int, int]], consumed: set[int],
                  quote_starts: list[int] = (), loose: set[int] = frozenset(),
                  stopped: set[int] = frozenset()) -> int:
    """End of a reported clause that goes on over the next sentences of its paragraph.

    ``某某表示，A。B。C。``: the rule book counts A, B and C as one statement when
    nothing new comes between: B and C carry no attribution of their own, no quotation
    claim starts in them, and they do not open with the journalist (记者, 据).  Only a
    clause set off by punctuation after its cue (``表示，`` / ``指出：``) goes on; a
    colon introduces the rest of the paragraph.  A clause holding quoted words does not
    (``某某表示，公司将“……”。B``): the quotation marks where the source's words are; so
    a next sentence holding quoted words no rule attributed (``某某认为，A。而B只是“C”。``,
    six characters or more inside the marks, not opening the sentence) is the last one
    the clause takes, and so is a next sentence closed by a quotation after a comma that only
    the narrative gave a speaker (``loose``: local starts of such quotations; ``某某说，A。
    B，“C”。`` is one mixed claim), unless the clause ends in a question (``反问，A？``).
    A quotation with its own stop (``stopped``: local starts) is an utterance of its own:
    its sentence is not taken.
    """
    colon = cs > 0 and masked[cs - 1] in "：:"
    if cs == 0 or masked[cs - 1] not in "，,：:" or (_quoted_phrase if colon else _has_quote)(masked[cs:ce]):
        return ce  # (quoted terms do not stop a clause introduced by a colon: 某某释疑：A“崴脚”。B。)
    k = next((n for n, (a, b) in enumerate(spans) if a <= cs < b), None)
    if k is None or masked[ce:spans[k][1]].strip(" 。！？；;，,"):
        return ce
    for a, b in spans[k + 1:]:
        sent = masked[a:b]
        lead = len(sent) - len(sent.lstrip())
        quoted = MASK in sent
        if not sent.strip() or quoted and (sent[lead:].startswith(OPEN) or not _quoted_phrase(sent)) \
                or _new_subject(sent[lead:]) or _quote_blocks(masked, a, b, quote_starts, loose) \
                or _ELIDED_CUE.match(sent[lead:]) and _v()["cue_rx"].match(sent, lead + _ELIDED_CUE.match(sent[lead:]).end()) \
                or _FIRST_PERSON.search(sent) \
                or attribute_sentence(masked, a, b, set()) is not None:
            break
        if quoted and (masked[a - 1:a] in "？?" or any(a <= q < b for q in stopped)):
            break
        ce = _keep_quote_end(masked, a, b) if quoted else clause_end(masked, a, b)
        if quoted:
            break
    return ce


def _keep_quote_end(masked: str, a: int, b: int) -> int:
    e = b
    while e > a and masked[e - 1] in " 。！？；;，,":
        e -= 1
    return e


def _quote_blocks(masked: str, a: int, b: int, quote_starts: list[int], loose: set[int]) -> bool:
    """Does a quotation claim starting in sentence ``(a, b)`` stop a clause going on?  Not
    one in ``loose`` closing the sentence after a comma."""
    inside = [q for q in quote_starts if a <= q < b]
    if not inside:
        return False
    q = inside[0]
    return len(inside) > 1 or q not in loose or q == a \
        or masked[q - 1] not in "，," or masked[q:b].rstrip(" 。！？").rfind(CLOSE) != len(masked[q:b].rstrip(" 。！？")) - 1


def _has_quote(text: str) -> bool:
    return OPEN in text


#: Quoted words a continued clause takes: a phrase, not a term (“活路”).
_MIN_FRAGMENT = 6
def _quoted_phrase(text: str) -> bool:
    """Does masked ``text`` hold quoted words of a phrase (not a term like “活路”)?"""
    return any(len(m) >= _MIN_FRAGMENT for m in re.findall(MASK + "+", text))


#: An adverb opening a sentence whose subject is left out: 还表示，…… / 又称…… / 同时指出，……
_ELIDED_CUE = re.compile(r"(?:同时还|同时|此外还|此外|另外|随后又|随后|接着|还|又|并|也)")


def elided_statement(para: Any, s: int, e: int, claims: list[dict[str, Any]]) -> dict[str, Any] | None:
    """``某某表示，A。还表示，B。``: a sentence opening with an adverb and a cue, its subject
    left out, is a new statement of the speaker of the claim just before it in the paragraph
    (``para``: the paragraph being read, with ``masked``, ``index`` and ``base``)."""
    masked = para.masked
    lead = len(masked[s:e]) - len(masked[s:e].lstrip())
    m = _ELIDED_CUE.match(masked, s + lead)
    h = _v()["cue_rx"].match(masked, m.end()) if m else None
    prev = claims[-1] if claims else None
    if h is None or prev is None or prev["paragraph"] != para.index or prev["end"] - para.base > s:
        return None
    k = _clause_start(masked, h.end(), h.group(1))
    if k is None or clause_end(masked, k, e) - k < _MIN_CONTENT:
        return None
    spk = {"speaker": prev["speaker"], "role": prev["speaker_role"], "org": prev["speaker_org"], "ref": prev["_ref"],
           "written": prev["speaker_text"]}
    return {"speaker": spk, "cue": h.group(1), "cue_at": h.start(), "clause": (k, clause_end(masked, k, e))}


#: A clause joined to a reported clause that starts a statement of its own when a cue follows
#: it: ``某某表示，A，同时警告B``, ``甲认为A，而乙则认为B``, ``……，他认为B`` (the rule book: a new cue
#: introduces new content, a new speaker a new claim).
_JOIN = re.compile(r"(?:同时|并且|并|而且|而|但是|但|此外|另外|随后|继而|此外还|还|(?=他|她))")
#: Where or when the joined cue was said, however long (并在去年的一次讲话中称, 后来在接受采访时又说).
_WHERE_SAID = re.compile(r"(?:又|还|也|曾|后来)?在[^，,；;。！？" + OPEN + r"]{1,24}?(?:中|上|里|时|期间)(?:又|还|也|曾)?")


def next_cue_split(masked: str, cs: int, ce: int, speaker: dict[str, Any],
                   consumed: set[int]) -> dict[str, Any] | None:
    """Where a reported clause ``(cs, ce)`` stops because a joined clause brings a new cue:
    ``{cut, speaker, cue, cue_at, clause}`` (``cut`` the comma before the joined clause,
    ``clause`` None when the new cue reports nothing we take), or None.  A joined clause
    with no subject of its own keeps the speaker (``同时警告``)."""
    v = _v()
    for m in re.finditer(r"[，,；;]", masked[cs:ce]):
        p = cs + m.end()
        j = _JOIN.match(masked, p)
        if not j:
            continue
        h = v["cue_rx"].search(masked, j.end(), ce)
        if not h or p + h.start() in consumed or h.start() - j.end() > 10 \
                and not _WHERE_SAID.fullmatch(masked, j.end(), h.start()):
            continue
        between = masked[j.end():h.start()]
        if MASK in between or OPEN in between or between.endswith(_NEGATION) or re.search(r"[，,；;]", between):
            continue
        subj = clean_subject(between) if between and not _WHERE_SAID.fullmatch(between) else ""
        if len(subj) > 6 or re.search(r"[把将被和与跟对向给让]", subj):
            continue  # 并擅自把电话告诉, 并和同事开玩笑说: a predicate, no new subject
        spk = speaker if not subj else parse_subject(subj)
        if spk is None:
            continue
        k = _clause_start(masked, h.end(), h.group(1))
        clause = (k, clause_end(masked, k, ce)) if k is not None and clause_end(masked, k, ce) - k >= _MIN_CONTENT else None
        return {"cut": p - 1, "speaker": spk, "cue": h.group(1), "cue_at": h.start(), "clause": clause}
    return None


#: A cue with its aspect, its object and a colon: 透露了一个秘密：…… (the clause after the colon).
_OBJECT_COLON = re.compile(r"[了过][^，,。！？；;：:" + OPEN + r"]{0,30}(?:" + OPEN + MASK + r"+" + CLOSE +
                           r"[^，,。！？；;：:" + OPEN + r"]{0,12})?[：:](?=[^" + OPEN + r"\s])")
#: A cue with its aspect or as a modifier, no punctuation after: 透露了……, 提到的……, 说过……
_ASPECT_OBJECT = re.compile(r"[了的过着](?![，,：:。！？；;])")


#: A verb citing someone's words before 的话 (某某引用某人的话，“……”): the one cited speaks.
CITING = re.compile(r"^.{0,12}?(?:引用|引述|援引|借用)了?")


def attribute_sentence(masked: str, s: int, e: int, consumed: set[int], text: str = "") -> dict[str, Any] | None:
    """``{speaker, cue, cue_at, clause}`` for one sentence (local offsets), or None;
    ``text``: the paragraph unmasked (same offsets)."""
    v = _v()
    sent = masked[s:e]
    hits = v["cue_scan"].finditer(sent)
    if any(s + h.start() in consumed for h in hits):
        return None
    fr = _front_anywhere(sent, text[s:e])
    if fr is not None:
        spk, cue, at, k = fr
        if spk is None:
            return None
        cs = s + k
        inner = masked[cs:clause_end(masked, cs, e)].strip()
        clause = None if inner[:1] == OPEN and inner.endswith(CLOSE) and inner.count(OPEN) == 1 else \
            (cs, clause_end(masked, cs, e))  # 据某报报道，“……”: the quotation is the claim, not a clause
        return {"speaker": spk, "cue": cue, "cue_at": s + at, "clause": clause}
    for h in hits:
        prefix = sent[:h.start()]
        obj = _OBJECT_COLON.match(sent, h.end())  # 透露了一个秘密：……: what follows the colon
        if prefix.endswith(_NEGATION) or prefix.endswith("的") and not sent.startswith("是", h.end()) \
                or _ASPECT_OBJECT.match(sent, h.end()) and not obj:
            # 不愿透露姓名的人士表示, 未透露: negated speech attributes nothing; 可信的承诺: a
            # noun, no cue (but 某人的解释是，…… reports); 这段故事透露了一个秘密, 上面提到的
            # 变量: the cue takes an object, not a clause
            continue
        subj = clean_subject(CITING.sub("", prefix) if h.group(1) == "的话" else prefix.removesuffix("的"))
        if subj.endswith(v["narrator"]):
            return None  # 记者了解到, 本报记者获悉: the journalist's own narration
        after = h.end() + (m_.end() - m_.start() if (m_ := _MANNER.match(sent, h.end())) else 0)
        if h.group(1) in v["comma_cues"] and not obj and not re.match(r"[：:，," + OPEN + MASK + "]", sent[after:]) \
                and hearer_end(masked, s + h.end(), h.group(1)) is None and not _bare_clause(masked, s + h.end(), h.group(1)):
            continue  # 在回复中表示, 披露半年报: no speech without the punctuation (or a quotation)
        spk = parse_subject(subj)
        if spk is None:
            continue
        k = s + obj.end() if obj else _clause_start(masked, s + h.end(), h.group(1))
        clause = None
        if k is not None:
            ce = clause_end(masked, k, e)
            inner = masked[k:ce]
            if inner and not (inner[0] == OPEN and inner.endswith(CLOSE) and inner.count(OPEN) == 1) \
                    and ce - k >= _MIN_CONTENT:
                clause = (k, ce)
        return {"speaker": spk, "cue": h.group(1), "cue_at": s + h.start(), "clause": clause}
    return None
