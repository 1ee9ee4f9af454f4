"""Chinese speakers: the phrase before a cue becomes a speaker dict ``{speaker, role,
org, ref}`` (person names, roles before names, organizations, anonymous sources,
pronouns), with time phrases, adverbials and clause openers cut away."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from pipelines.zh_phrases import NOT_SUBJECT as _NOT_SUBJECT, SAYINGS, ZHI_NAME as _ZHI_NAME, lone_predicate, not_the_speaker, \
    verb_and_object
from pipelines.attribution_common import CLOSE, MASK, OPEN, vocab
from pipelines import word_scan
from pipelines.regex_starts import StartScan


@lru_cache(maxsize=None)
def _v() -> dict[str, Any]:
    v = vocab("zh")
    cues = sorted(set(v["cues"]), key=len, reverse=True)
    # a cue with a pattern in the data (the words it is never part of: 说明, 听说, 称为)
    alts = [v["cue_patterns"].get(c) or re.escape(c) for c in cues]
    roles = sorted(set(v["roles"]), key=len, reverse=True)
    suffixes = sorted(set(v["org_suffixes"]), key=len, reverse=True)
    return {
        # a trailing 称/道 belongs to the cue: 回复称, 分析称, 说道
        "cue_rx": (cue_rx := re.compile("(" + "|".join(alts) + ")(?:称|道)?")),
        # the same matches, tried only at a cue's first characters (no alternative-by-alternative
        # run at every character: the lookbehinds of some cues left re no first character)
        "cue_scan": StartScan(cue_rx),
        "comma_cues": frozenset(v["comma_cues"]),
        "hearer_cues": frozenset(v["hearer_cues"]),
        "clause_cues": frozenset(v["clause_cues"]),
        "narrator": tuple(v["narrator"]),
        "roles": roles,
        "suffixes": suffixes,
        "short_suffixes": frozenset(v["short_org_suffixes"]),
        "anonymous": tuple(v["anonymous"]),
        "surnames": frozenset(v["surnames"]),
        "role_qualifiers": tuple(sorted(v["role_qualifiers"], key=len, reverse=True)),
        "transliteration_chars": frozenset(v["transliteration_chars"]),
    }


_LEAD = re.compile(r"^(?:因为|由于|于今|至今|如今|现在|首先|正如|诚如|恰如|就像|正像|正象|于是|那时|这时|此时|据(?=..)|对此|此外|不过|但是|但|同时|另外|其中|而|并|也有|还有|有[位个名](?=..)|有(?=..)|也|还|则|随后|最后|因此|所以|与此同时|"
                   r"事实上|然而|对于此事|更有|另有|亦有|在[\u4e00-\u9fff]{1,6}?(?:之前|之后|以前|以后|前|后|时|期间)|就此|目前|当前|此前|对于|就|甚至|其后|之后|后来|此后|当时|当天|一日|"
                   r"昨天|今天|昨日|今日|近日|日前|\d{4}年|\d{1,2}月|\d{1,2}日|[上下]午|晚间|早前)+")
#: A clause that opens with the hearer (对客人说, 向大家宣布): its speaker is left out.
_TO_WHOM = re.compile(r"^(?:对着|对|向|跟|朝|冲|同(?!事|学|志|伴|行|类|样|时))(?!于|此|外)")
#: Recalling someone's words (我想起了某某的话, 使人联想起某某): the one recalled is the source.
_RECALLED = re.compile(r"^.{0,12}?(?:联想起|回想起|想起|记起)了?")
#: An age before the speaker (71岁的某教授): no part of the name.
_AGE = re.compile(r"^\d{1,3}岁(?:的)?")
#: A pronoun after a time phrase or before an adverbial is the subject: 7月11日他, 他在文中.
_PRONOUN_SUBJ = re.compile(r"^(?:他们|她们|他(?!们)|她(?!们))(?!的)")
#: A pronoun closing the phrase after narration is the subject (后来又听他念叨说, 最后她对
#: 丈夫说: the verb or preposition after it was cut); not after a verb that makes it the
#: object (让他说, 问他说) or after 的.
_PRONOUN_LAST = re.compile(r"(?<=[^的让使叫请要被给对向跟和与同把将问替为令])(?:他们|她们|他|她)$")
#: An adverb made with 地 closes the subject: 劳伦斯亲切地, 肖冰言之确凿地.
_DI_ADVERB = re.compile(r"(?:[\u4e00-\u9fff]{2}[地的])+$")
#: A verb of asking or answering, or a manner, between the speaker and 说/道: 母亲却回答(说),
#: 农夫不禁摇头叹息(说), 卫斯理就问他(说).  The speaker is before it; nothing before it is
#: an elided subject (the person named last).
_VERB_BEFORE_SAY = re.compile(r"(?:回答|答|问|反问|追问|叹息|叹气|摇头|点头|祷告|喊|大喊|嚷|笑|苦笑|哭|下令|"
                              r"([点摇想看笑叹顿停])了\1头?)"  # 点了点头(说), 想了想(说), 顿了顿(说)
                              r"(?:他们|她们|他|她|[\u4e00-\u9fff]{0,3})$")
_TRAIL = re.compile(r"(?:只|同样|常常|经常|时常|总是|老是|(?<=..)这样|(?<=..)这么|逐一|一直|纷纷|口口声声|都|却|马上|立即|立刻|连忙|赶紧|赶忙|不禁|便|就|又|才|轻声|大声|低声|笑着|哭着|站起来|站了起来|走过来|走上前|抬起头|转过身来|转过身|后来|(?<=[书报单料])上|也|还|则|同时|进一步|曾|更加|更|均|都|亦|又|再次|公开|此前|近日|日前|近期|随即|最近|"
                    r"此外|已|已经|(?:则|就|也|还|都|将|又|便|总|往往|常常)会|昨|一再|多次|特别|直接|坦率地|私下|就此|对此|明确|曾经|日|昨日|今日|"
                    r"\d{1,2}月\d{1,2}日|\d{1,2}日|向外界|对外|会上|还称|一定|多|坦然|当即|一方面|早就|早已|一度|当年|早年|生前|\d{4}年)$")
# where the speaker phrase ends: a place or channel (在微博上, 接受采访时, 向记者) or a
# publishing verb (华兴电子近日发布公告称, 某某发文称, 某某撰文指出)
_CUT = re.compile(r"(?:在|于|通过|接受|对|向|(?<![作认成因称行以])为(?=记者|大家|读者|本报|笔者|观众|听众|我们)|发布|发表|发出|公布|发文|撰文|发帖|看完|听完|读完|得知|获悉|谈到|谈及|"
                  r"说起|提到|面对|针对|回忆起|一方面|言之|当即|根据|依据|按照)")


#: The writer speaking of himself: 我只好说, 我对他说 (我爱人说 names someone else).
_FIRST_PERSON = re.compile(r"我们?(?:只好|只得|对他们|对她们|对他|对她|就|也|又|便|还|却|曾|再|常|总|一直|终于|"
                           r"忍不住|不禁|笑着)*")


#: Short references to an organization named earlier (resolved by attribution_common.resolve).
_ORG_REFS = frozenset({"公司", "该公司", "上述公司", "这家公司", "此公司", "该行", "该机构", "企业", "该企业",
                       "上述企业", "这家企业", "该集团", "集团", "该平台", "平台方", "该所"})


#: A name's original form in brackets after it: 卡夫卡(Franz Kafka), 休谟（David Hume）.
_FOREIGN_FORM = re.compile(r"[（(][A-Za-z][^（）()]{0,40}[）)]")


def clean_subject(prefix: str) -> str:
    """The speaker phrase of a cue from the clause text before it."""
    m = _ON_QUOTED.search(prefix)
    if m:  # 某协会对“某某”事件发表意见: the quotation names the matter, the speaker comes before
        prefix = prefix[:m.start()]
    if CLOSE in prefix:
        prefix = prefix[prefix.rfind(CLOSE) + 1:]
    k = max(prefix.rfind("("), prefix.rfind("（"))
    if k >= 0 and not re.search(r"[)）]", prefix[k:]):
        prefix = prefix[k + 1:]  # A(这让人想起某某的话: an aside opens, its own speaker inside
    # a title's own punctuation ends no clause: 某网友撰文《饶过他们吧！……》指出
    prefix = re.sub(r"《[^《》]{1,40}》", lambda t: re.sub(r"[，,；;：:、。！？!?]", " ", t.group(0)), prefix)
    k = max(prefix.rfind(p) for p in "，,；;：:、。！？!?")
    m = re.search(r"(?:^|[，,；;：:])((?:[\u4e00-\u9fff ]{2,5}、)+)$", prefix[:k + 1]) if prefix[k:k + 1] == "、" else None
    if m and re.match(r"[\u4e00-\u9fff]{2,4}等", prefix[k + 1:].strip()):
        k = m.start(1) - 1  # 韩松、莫青等人: the names listed before 等人 speak together
    s = re.sub(r"\s+", "", prefix[k + 1:])  # a line break of hard-wrapped text is no boundary
    s = _FOREIGN_FORM.sub("", s)  # 卡夫卡(Franz Kafka): the name as written in its own script goes
    s = _AGE.sub("", _LEAD.sub("", not_the_speaker(_RECALLED.sub("", _LEAD.sub("", s)))))
    if (not s or _TO_WHOM.match(s)) and k >= 0 and prefix[k] in "，,":
        # 他在城里走了一圈，说：… / 他收下了，对客人说：… the subject of the clause before
        return _chained_subject(prefix[:k])
    m = _PRONOUN_SUBJ.match(s) or _PRONOUN_LAST.search(s)
    if m:
        return m.group(0)
    s = _DI_ADVERB.sub("", s) if len(s) >= 3 else s  # 严格地说, 准确地说: no speaker
    for _ in range(4):
        m = _VERB_BEFORE_SAY.search(s)
        if m and (m.start() == 0 or m.start() >= 2):
            s = s[:m.start()] or "他"
        m = _CUT.search(s, 2)
        if m:
            s = s[:m.start()]
        t = _TRAIL.sub("", s)
        if t == s:
            break
        s = t
    m = _PRONOUN_LAST.search(s)  # 听他祷告说, 她对丈夫说: the verb after the pronoun went above
    if m:
        return m.group(0)
    s = _MANNER.sub("", s) if len(s) >= 5 else s  # 孙子十分着急的说: how the speaker spoke goes
    if not s.strip() and k >= 0 and prefix[k] in "，,":
        return elided_subject(prefix[:k])  # 船工看了看天，一直摇头叹气说: only adverbs and verbs were left
    if k >= 0 and prefix[k] in "，," and lone_predicate(s):
        return _chained_subject(prefix[:k]) or s.strip()  # 某某去了一趟乡下，回来对我说: the one who went
    if k >= 0 and prefix[k] in "，," and re.match(r"通过|经由|借助|凭借|借着", s):
        # 以某某为代表的一批学者，通过本刊……，指责: the clause before, a person described, is the subject
        before = re.split(r"[，,；;：:、。！？!?]", prefix[:k])[-1].strip()
        return _chained_subject(prefix[:k]) or (before if before.endswith(_person_words()) else "")
    return s.strip()


#: ``对/就/针对 …“…”…`` closing the text before a cue: the matter spoken about, with a quotation in it.
_ON_QUOTED = re.compile(r"(?:针对|对于|对|就)[^，,。；;：:“”]{0,12}“[^“”]{1,20}”[^，,。；;：:“”]{0,8}$")


#: A degree adverb and an adjective closing the speaker phrase: the manner of speaking.
_MANNER = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:更加|十分|非常|很|越发|越来越|格外|极为|极其|颇为|愈发|更为)"
                     r"[\u4e00-\u9fff]{2}$")


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


_TITLE_NAME = re.compile(r"([\u4e00-\u9fff]{2,}?(?:[官师长员监裁席授]|学家))([\u4e00-\u9fff]{2,3})")


def parse_subject(s: str) -> dict[str, Any] | None:
    """Speaker dict ``{speaker, role, org, ref}`` for a Chinese subject phrase, or None."""
    out = _parse_subject(s)
    return dict(out) if out is not None else None


@lru_cache(maxsize=4096)
def _parse_subject(s: str) -> dict[str, Any] | None:
    if _not_a_subject(s):
        return None
    m = _NAMED.match(s) or _TITLED_LATIN.match(s)
    if m:  # 一位名叫某某的异议人士, 作者Robin Winks: the name speaks, the description is the role
        return {"speaker": m.group("name"), "role": m.group("role"), "org": None, "ref": "name"}
    ref = _reference(s)
    if ref is not None:
        return {"speaker": s, "role": None, "org": None, "ref": ref}
    described = _described(s)
    if described is not None:  # 年过七旬的张某, 喜欢摄影的陈, 满头大汗的他: the person, not the description
        return described
    anonymous = any(a in s for a in _v()["anonymous"])
    return _honorific(s) or _with_role(s, anonymous) or _plain(s, anonymous)


#: A person introduced by name before a description: 一位名叫某某的学者, 一个叫做某某的商人.
#: A title written before a name in Latin letters: 作者Robin Winks, 经济学家Maria Lopez (not CEO, IBM).
_TITLED_LATIN = re.compile(r"^(?P<role>[\u4e00-\u9fff]{1,6}?(?:者|家|师|员|人|官|长|生|手))"
                           r"(?P<name>[A-Z][a-z]+(?:[ .·-]?[A-Z][a-z]+){0,3})$")
_NAMED = re.compile(r"^(?:[一这那][位个名])?(?:名叫|名为|叫做|人称)(?P<name>[\u4e00-\u9fff·•A-Za-z]{2,12}?)的"
                    r"(?P<role>[\u4e00-\u9fff]{1,8})$")


#: A description before a person (年过七旬的张某说): the description, 的, then the name or pronoun.
_DESCRIBED = re.compile(r"^(?P<desc>[\u4e00-\u9fff]{2,14})的(?P<name>[\u4e00-\u9fff]{1,3})$")


def _described(s: str) -> dict[str, Any] | None:
    """``喜欢摄影的陈``, ``来自北方的李明远``, ``满头大汗的他``: a description with no
    organization in it before a surname, a person's name or a pronoun: the one it describes."""
    from pipelines.zh_names import segment_zh

    m = _DESCRIBED.match(s)
    if m is None or _org_end(m.group("desc")) or any(a in m.group("desc") for a in _v()["anonymous"]):
        return None
    name = m.group("name")
    if name in ("他", "她") or name[0] not in _v()["surnames"] or name[0] in "方向于和从":
        return {"speaker": name, "role": None, "org": None, "ref": "pronoun"} if name in ("他", "她") else None
    words = segment_zh(name)  # a name is no dictionary word (高层, 方便), or is one tagged a person
    if len(name) == 1 or re.search(r"某|大爷|大妈|大叔|大娘|阿姨|老汉|师傅|老师$", name) \
            or len(words) > 1 or words[0][2] in ("nr", "nrfg"):
        return {"speaker": name, "role": None, "org": None, "ref": "name"}
    return None


def _not_a_subject(s: str) -> bool:
    """A phrase before a cue that names no source: empty or too long, the journalist, a
    light verb's object (就问询函进行回复), a clause or an idiom (如果细加分析, 严格说来)."""
    v = _v()
    if not s or len(s) > 30 or MASK in s or OPEN in s or s.endswith("的"):
        return True
    if any(s == n or s.endswith(n) for n in v["narrator"]) or s.startswith("记者"):
        return True
    if re.search(r"[是在了把被将要对]$|(?:进行|作出|做出|予以|给予|给出)$", s) or re.match(r"^[\d.%]+$", s):
        return True
    if (_NOT_SUBJECT.search(s) and not _ZHI_NAME.fullmatch(s)) or s in ("本人", "笔者") or s in SAYINGS \
            or _FIRST_PERSON.fullmatch(s):
        return True
    if re.search(r"(?:(?<![不多])少|鲜)有?人$|(?:没有|没|无)人$", s):
        return True  # 很少有人相信, 没有人说: nobody is the source (不少人, 多少人 are some)
    if s.endswith("地") and len(s) >= 2:
        return True  # 严格地(说), 毫不夸张地(说): an adverb, no source
    if len(s) == 1 and s not in ("他", "她", "其"):
        return True  # 莫说, 方说, 只说, 敢说: an adverb before the verb, no source
    if re.search(r"[让使叫请要被](?:他们|她们|他|她|[\u4e00-\u9fff]{1,2})$", s):
        return True  # 要他说, 直觉让他相信: the one made to speak is an object here
    return s.endswith("会") and _org_end(s) != len(s) and not (len(s) >= 4 and s.endswith(("委员会", "联合会", "协会", "商会")))
    # (会 the auxiliary "他们会", not 证监会/协会 nor 某协会某专门委员会: the last organization)


def _reference(s: str) -> str | None:
    """``pronoun`` (他/她), ``anon`` (他们, 其), ``orgref`` (该公司) or ``ref`` (该分析师):
    a speaker resolved later; None for a phrase that names its source."""
    if s in ("他", "她"):
        return "pronoun"
    if s in ("他们", "她们", "其"):
        return "anon"
    if s in _ORG_REFS:
        return "orgref"
    if re.match(r"^(?:该|上述|这位|此位|这名|该名)", s):
        return "ref"
    return None


def _role_split(s: str) -> tuple[int, int, str] | None:
    """``(role start, role end, name)`` of the last role in ``s`` followed by a name
    (two or three characters, four with a known surname) or by nothing."""
    v = _v()
    best = None
    for role in v["roles"]:
        if role not in s:
            continue
        for start in word_scan.literal(s, role):  # re.finditer(re.escape(role), s)'s starts
            end = start + len(role)
            rest = s[end:]
            if (re.fullmatch(r"[\u4e00-\u9fff·]{2,4}", rest) and (len(rest) <= 3 or rest[0] in v["surnames"])
                    and not any(a in rest for a in v["anonymous"])) or not rest:
                if best is None or end > best[1] or (end == best[1] and start < best[0]):
                    best = (start, end, rest)
    return best


def _honorific(s: str) -> dict[str, Any] | None:
    """``某教授陈得芝先生``: the speaker before a trailing 先生/女士 after a name, the
    honorific left out (the rule book keeps honorifics out of the name)."""
    m = re.fullmatch(r"(.+?)(先生|女士)", s)
    if m is None or len(m.group(1)) < 4:
        return None  # 郑先生 alone: the honorific is part of the name
    spk = _parse_subject(m.group(1))
    return dict(spk) if spk is not None and spk["ref"] == "name" else None


def _with_role(s: str, anonymous: bool) -> dict[str, Any] | None:
    """A speaker phrase holding a role: 招商银行行长王良, 上海明伦律师事务所王智斌律师,
    某券商分析师 (anonymous, kept as written)."""
    v = _v()
    best = _role_split(s)
    if best is None:
        return None
    rs, re_, name = best
    prefix = s[:rs]
    oe = _org_end(prefix)
    if not name and not anonymous:
        # 机构名 + 姓名 + 职务: 上海明伦律师事务所王智斌律师
        mid = prefix[oe:] if oe else ""
        if 2 <= len(mid) <= 3 and mid[0] in v["surnames"]:
            return {"speaker": mid, "role": s[rs:re_], "org": prefix[:oe], "ref": "name"}
        inner = _role_split(mid) if len(mid) > 3 else None
        if inner and inner[2]:  # 某学会副主席洪某某教授: a role before the name and a title after it
            return {"speaker": inner[2], "role": mid[:inner[1]] + "、" + s[rs:re_], "org": prefix[:oe] or None,
                    "ref": "name"}
    # a prefix ending in 的 describes the person (年轻的船长): no organization
    org = prefix[:oe] if oe else (_trim_org(prefix) if len(prefix) >= 2 and not anonymous
                                  and not prefix.endswith("的") else None)
    role = re.sub(r"^(?:相关|有关)", "", s[(oe if oe else len(org or "")):re_]) or None
    if not name:
        org2 = re.split(r"一位|一名|某位|某", s)[0] if re.search(r"一位|一名|某位|某", s) else org
        return {"speaker": s, "role": None if anonymous else role,
                "org": (org2 or None) if anonymous else org, "ref": "anon"}
    return {"speaker": name, "role": role, "org": org, "ref": "name"}


#: ``广汽相关人士``, ``某公司内部人士``, ``该行有关负责人``: the organization the source speaks from.
_ORG_SOURCE = re.compile(r"([^的一]{2,12}?)(?:方面)?(?:有关|相关|内部)")


def _plain(s: str, anonymous: bool) -> dict[str, Any] | None:
    """A speaker phrase without a known role: a title recognized by its last character
    before a name (江海银行首席风险官陈素梅), an anonymous source, a person, else an
    organization."""
    from pipelines.zh_names import segment_zh

    v = _v()
    out: dict[str, Any] = {"speaker": s, "role": None, "org": None}
    if not anonymous:
        m = _TITLE_NAME.fullmatch(s)
        if m and m.group(2)[0] in v["surnames"]:
            prefix = m.group(1)
            oe = _org_end(prefix)
            return {"speaker": m.group(2), "role": prefix[oe:] or None, "org": prefix[:oe] or None, "ref": "name"}
    if anonymous:
        m = re.search(r"一位|一名|某位", s)
        org = s[:m.start()] if m and m.start() >= 2 else None
        if org is None and (o := _ORG_SOURCE.match(s)):
            org = o.group(1)
        return {**out, "org": org if org and not org.endswith("的") else None, "ref": "anon"}
    if 2 <= len(s) <= 4 and s[0] in v["surnames"] and _org_end(s) == 0:
        return {**out, "ref": "name"}
    if re.match(r"^(?:某|[一这那][位个名])", s) and s.endswith(_person_words()):
        return {**out, "ref": "anon"}  # 某教堂老执事, 一个领袖: a person described, not named
    if len(s) >= 4 and _org_end(s) != len(s) and (_ends_in_predicate(s) or verb_and_object(s)):
        return None  # 监管可以为……提供; 门口贴着一张纸: a clause (a verb and its object), no source
    if 3 <= len(s) <= 8 and _org_end(s) == 0 and all(w[2] in ("nr", "nrt", "nrfg") for w in segment_zh(s)):
        return {**out, "ref": "name"}  # 格拉诺/nr 维特/nrt: a transliterated name, no organization
    return {**out, "ref": "org"}


@lru_cache(maxsize=1)
def _person_words() -> tuple[str, ...]:
    v = vocab("zh")
    return tuple(v["person_heads"]) + tuple(v["roles"])


#: jieba tags no name of a source ends with: verbs, prepositions, conjunctions,
#: particles, localizers, modal particles, adjectives used as adverbs.
_PREDICATE_END = frozenset({"v", "vd", "p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "f", "y", "ad"})


def _ends_in_predicate(s: str) -> bool:
    """Does a phrase that is neither a person nor an organization end with a verb or a
    function word (the phrase is a clause, not the name of a source)?"""
    from pipelines.zh_names import segment_zh

    words = segment_zh(s)
    return bool(words) and words[-1][2] in _PREDICATE_END and words[-1][1] not in ("等", "们")


from pipelines.zh_elided import _chained_subject, elided_subject  # noqa: E402 - they read _LEAD
