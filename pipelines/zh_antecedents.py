"""Who 他/她 is in Chinese claims: the subject of the nearest clause before the pronoun.

Chinese news and essays introduce a speaker as the subject of a sentence and go on with
他/她 (``柯维安确实脾气很大，他曾经……说：“……”``, ``一位老渔夫在河边补网。他说……``).
The nearest *person* named before the pronoun is often an object (``奥某却批评了李某的
方案。他说`` is 奥某, not 李某), so the antecedent is the subject of the nearest clause
that has a person as its subject, walking back over the pronoun's paragraph and the two
before it: a name, a name after a role, or a description of a person (一位老渔夫, 这位
信徒, 母亲).  A clause whose subject is itself 他/她 refers to the same person and is
passed over; a description of the other sex (她 after 儿子说) is never the antecedent.
Used by :mod:`pipelines.attribution_zh` before the shared resolution
(:func:`pipelines.attribution_common.resolve`), which handles what is left.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Callable

from pipelines.attribution_common import MASK, vocab
from pipelines.zh_scene import people_of_a_place
from pipelines.zh_persons import transliterated
from pipelines.zh_speakers import _FOREIGN_FORM, _LEAD, parse_subject

_CLAUSE = re.compile(r"[^。！？!?；;，,：:\n]+")
#: A line break after a long line of a joined paragraph (``attribution_zh.join_wrapped``) is a
#: hard wrap inside a clause; after a short one (a heading) it still ends the clause.
_WRAP = re.compile(r"(?<=[^\n]{20})\n\s*(?=\S)")
_PRIVATE_USE = re.compile(r"[\ue000-\uf8ff]+")
_PRONOUN = re.compile(r"^(?:他们|她们|他|她)(?!的)")
#: Words of a noun phrase (jieba tags): nouns, names, adjectives (老), numerals and
#: measure words (一位), and the determiners listed in ``_DETERMINERS``.
_NP_TAGS = frozenset({"n", "nr", "nrfg", "nrt", "nz", "ns", "nt", "j", "a", "m", "q", "b", "ng", "zg", "eng"})
_DETERMINERS = frozenset({"这位", "那位", "该", "某", "这名", "那名", "这个", "那个", "此"})
#: What follows a subject: a verb, an adverb, a preposition or a conjunction.
_PREDICATE_TAGS = frozenset({"v", "vd", "vn", "d", "ad", "p", "c", "ul", "uz", "ug", "r", "t"})
#: Characters that end a personal name being read character by character.
_NOT_NAME = frozenset("的是在说和与却也又就对把被了着等们都还曾已从不很将要会讲道称问答")
_FEMALE = re.compile(r"[女妇妻母娘姐妹婆媳姑嫂姨奶]|夫人|太太|小姐|女士")
_MALE = re.compile(r"(?<!夫)[男父爸兄哥弟爷翁]|丈夫|儿子|先生|(?<![夫])夫(?!人)")


@lru_cache(maxsize=1)
def _person_heads() -> tuple[str, ...]:
    v = vocab("zh")
    return tuple(sorted(set(v["person_heads"]) | set(v["roles"]), key=len, reverse=True))


@lru_cache(maxsize=1)
def vocab_narrator() -> tuple[str, ...]:
    return tuple(vocab("zh")["narrator"])


@lru_cache(maxsize=1)
def _surname_chars() -> str:
    return vocab("zh")["surnames"]


def _name_run(words: list[tuple[int, str, str]], k: int) -> int:
    """Index after a personal name read from a lone surname at ``words[k]`` (jieba
    splits names it does not know: 柯/维/安): the surname and what follows it, three
    characters at most, up to a function word; 某 stands for the given name (高某, 王某某)."""
    n, length = k + 1, 1
    while n < len(words) and length + len(words[n][1]) <= 3 and words[n][1][0] not in _NOT_NAME \
            and "\u4e00" <= words[n][1][0] <= "\u9fff" \
            and (words[n][2] not in ("p", "c", "uj", "ul", "r") or words[n][1] in ("某", "某某")) \
            and not (length >= 2 and words[n][2] == "v" and n + 1 < len(words)
                     and words[n + 1][2] in ("ul", "uz", "ug", "uv")):  # 钟岚写了: a verb with its aspect
        length += len(words[n][1])
        n += 1
    return n if length >= 2 else k


def _loose_chars(words: list[tuple[int, str, str]], k: int) -> int:
    """Index of the first of the single characters jieba left unknown before ``words[k]``
    (甲/j 乙/x ·丙丁: the first part of a transliterated name), ``k`` when none."""
    n = k
    while n and k - n < 4 and len(words[n - 1][1]) == 1 and words[n - 1][2] in ("x", "j", "nr", "ng") \
            and "\u4e00" <= words[n - 1][1] <= "\u9fff" and words[n - 1][1] not in _NOT_NAME:
        n -= 1
    return n if k - n >= 2 else k


def _name_tail(words: list[tuple[int, str, str]], n: int) -> int:
    """Index after the rest of a transliterated name jieba cut into pieces (卡拉/斯科夫,
    托马/雷/克): more name words, or single characters that are no function word."""
    while n < len(words) and (words[n][2] in ("nr", "nrt", "nrfg") or len(words[n][1]) == 1
                              and "\u4e00" <= words[n][1] <= "\u9fff" and words[n][1] not in _NOT_NAME
                              and words[n][2] not in ("d", "p", "c", "r", "v", "uj", "ul", "ug", "uz")):
        n += 1
    return n


def _surname_not_preposition(words: list[tuple[int, str, str]], k: int) -> bool:
    """A surname jieba read as a preposition (于/p 朗/nr 打算……): at the clause start, followed
    by one character of the given name rather than the preposition's object."""
    return k == 0 and words[0][1] in _PREPOSITION_SURNAMES and len(words) > 2 and len(words[1][1]) == 1 \
        and "\u4e00" <= words[1][1] <= "\u9fff" and words[1][1] not in _NOT_NAME


_PREPOSITION_SURNAMES = frozenset("于向")


def _noun_phrase(s: str) -> tuple[str, str | None] | None:
    """``(phrase, name)`` of the noun phrase opening ``s`` when a predicate follows it;
    ``name``: the personal name it ends with, if any (主人公安德烈·彼得罗夫)."""
    from pipelines.zh_names import segment_zh

    words = segment_zh(s[:30])
    k, end, name_at = 0, 0, -1
    while k < len(words):
        _p, w, tag = words[k]
        if w in "·•．" and k and (name_at >= 0 or words[k - 1][2] in ("n", "nz", "nr", "nrt", "nrfg")
                                   or _loose_chars(words, k) < k) \
                and k + 1 < len(words) and "\u4e00" <= words[k + 1][1][0] <= "\u9fff":
            # 安德烈·彼得罗夫, 大卫/n ·洛克菲勒: a transliterated name, its first part any noun
            name_at = name_at if name_at >= 0 else words[min(k - 1, _loose_chars(words, k))][0]
            k, end = k + 2, words[k + 1][0] + len(words[k + 1][1])
            continue
        if tag == "v" and w not in ("是", "有", "为") and k and name_at < 0 and words[k - 1][2] in ("m", "q", "n") \
                and k + 1 < len(words) and not words[k + 1][1].startswith(vocab_narrator()) \
                and words[k + 1][2] == "n" and words[k + 1][1].endswith(_person_heads()):
            k += 1  # 一位退休教师, 科技打假人士: a verb describing the person
            continue
        if (n := transliterated(words, k)) > k:
            k, name_at, end = n, _p, words[n - 1][0] + 1  # 萨/nr 维/v 来/v 恩/nr: a foreign name
            continue
        if len(w) == 1 and w in _surname_chars() and (tag not in ("d", "p", "c", "r") or _surname_not_preposition(words, k)) \
                or tag in ("nr", "nrfg", "nrt") and len(w) > 1:
            n = _name_run(words, k) if len(w) == 1 else _name_tail(words, k + 1)
            n = k + 2 if tag == "p" and len(w) == 1 else n  # 于朗: the surname and one character
            if n > k:
                k, name_at, end = n, _p, words[n - 1][0] + len(words[n - 1][1])
                continue
        if tag in _NP_TAGS or w in _DETERMINERS or (w == "的" and end) \
                or tag == "t" and k and words[k - 1][2] == "m" and words[k + 1:k + 2] and words[k + 1][1] == "的" \
                or tag == "x" and len(w) == 1 and "\u4e00" <= w <= "\u9fff":  # a character jieba does not know
            k, name_at, end = k + 1, -1, _p + len(w)
            continue
        break
    if not end or k >= len(words) or words[k][2] not in _PREDICATE_TAGS and words[k][1] != "是" \
            or s[end - 1] == "的":
        return None
    return s[:end], (s[name_at:end] if name_at >= 0 else None)


def clause_subject(clause: str) -> tuple[str, str, str | None] | None:
    """``(kind, phrase, name)`` of a clause's subject: kind ``pronoun`` (他/她/他们/她们)
    or ``person`` (a name, or a description of a person: 一位老渔夫, 母亲); ``name`` the
    personal name the phrase ends with.  None when the clause opens with its verb or its
    subject is no person."""
    s = re.sub(r"^有(?:(?=一)|[位个名])", "", _FOREIGN_FORM.sub("", clause).strip())  # 有位老渔夫……: the one introduced
    s = re.sub(r"^[位名](?=[\u4e00-\u9fff])", "", _LEAD.sub("", s))
    m = _PRONOUN.match(s)
    if m:
        return "pronoun", m.group(0), None
    if not s or MASK in s[:2]:
        return None
    group = _group(clause.strip(), s)
    if group:
        return "group", group, None
    np = _noun_phrase(s)
    if np is None and re.match(r"[他她]的", s):
        np = _noun_phrase(s[2:])  # 他的妻子: a description through the pronoun
        np = (s[:2] + np[0], None) if np else None
    elif np is None:
        # a description before the name: 身为首席工程师的柯维安却……, 热播的电视剧《某某》的编剧某某
        for k in (k for k, ch in enumerate(s[:30]) if ch == "的" and k > 0):
            np = _noun_phrase(s[k + 1:])
            np = np if np is not None and np[1] else None
            if np is not None:
                break
    if np is None and re.search("[" + MASK + "”」』》]", s):
        # 1.从“……”到“……”玛丽亚·某某把……: a heading (or quotation) glued before the subject
        np = _noun_phrase(re.split("[" + MASK + "”」』》]+", s)[-1])
        np = np if np is not None and np[1] else None
    if np is None and (t := _noun_phrase((tail := re.split("[" + MASK + "”」』》]+", s)[-1]) + "说")) and t[1] \
            and t[0] == tail:
        np = t  # “某某奖”得主邬某，……: a named person alone as a clause, the topic
    if np is None and (t := _TOPIC.match(s)):
        # 还是这位某某，……: the person a new sentence is about, named alone as its topic
        return "person", t.group(1), (t.group(1)[2:] if not t.group(1).endswith(_person_heads()) else None)
    if np is None and (t := _INTRODUCED.match(clause.strip())) and t.group(1).endswith(_person_heads()):
        return "person", t.group(1), None  # 有一老渔夫，……: a story introducing its person
    if np is None:
        return None
    phrase, name = np
    if phrase.startswith(vocab_narrator()):
        return None  # 记者, 本报记者: the journalist is never who 他 is
    person = name or phrase.endswith(_person_heads()) or re.match(r"^(?:一|这|那|某)位.", phrase)
    return ("person", phrase, name) if person else None  # 位 counts persons only: 一位红卫兵头头


#: A group as a subject, what 他们 refers back to: names joined by 和/与/、 (with 等人)
#: before the predicate, or a counted or quantified description (两位老人, 有些学者).
_JOINED = re.compile(r"^[\u4e00-\u9fff·]{2,12}?(?:[、和与及][\u4e00-\u9fff·]{2,12}?){1,4}(?:等人|等|二人|两人)?"
                     r"(?=都|也|均|一起|共同|纷纷|分别|一致|曾|还|则|又|就|很|对|在|进行|[说称认表指告])")
_ONE_MORE = re.compile(r"[\u4e00-\u9fff](?=[^，。；：\s]|$)")
_COUNTED = re.compile(r"^(?:也|还|又|而|但|则|譬如|比如|例如)?(?:[\u4e00-\u9fff]{2,4}的)?"
                      r"(?:两|三|几|多|有些|一些|许多|不少|某些|这些|那些)[个位名批]?"
                      r"[\u4e00-\u9fff]{1,6}?(?=[^，。；：\s]|$)")


#: A person named alone as a clause, the topic of what follows (还是这位某某，……).
_TOPIC = re.compile(r"^(?:还是|正是|就是|是|至于|说到)?((?:这位|那位|这名|那名)[\u4e00-\u9fff·]{2,8})$")


#: A person introduced alone as a clause: 有一老渔夫, 有个年轻的木匠.
_INTRODUCED = re.compile(r"^(?:从前|曾经)?有(?:一[位个名]?|[位个名])([\u4e00-\u9fff]{2,8})$")


def _group(clause: str, s: str) -> str | None:
    m = _JOINED.match(s)
    if m and all(_person_like(part) for part in re.split("[、和与及]", re.sub("(?:等人|等|二人|两人)$", "", m.group(0)))):
        # 代表林某与局长邬某 -> 林某与邬某: each member by name, as a group of named people is known
        return "".join(speaker_of(p, None)["speaker"] if p not in "、和与及" and not re.fullmatch("等人|等|二人|两人", p)
                       else p for p in re.split("([、和与及]|等人$|等$|二人$|两人$)", m.group(0)) if p)
    for text in (clause, s):
        m = _COUNTED.match(text)
        found = m.group(0) if m else None
        while found is not None and not found.endswith(_person_heads()) and len(found) < 14:
            # one character more: what re.match(<found escaped> + _ONE_MORE) matched, without a
            # pattern compiled per phrase (each pushed other patterns out of re's cache)
            more = _ONE_MORE.match(text, len(found))
            found = text[:more.end()] if more else None
        if found is not None and found.endswith(_person_heads()):
            whole = found
            while (longer := text[:len(whole) + 1]) != whole and longer.endswith(_person_heads()):
                whole = longer  # 领导人, 官员: the head word whole, not 领导, 官
            return re.sub(r"^(?:也|还|又|而|但|则|譬如|比如|例如)", "", whole)
    return None


def _person_like(part: str) -> bool:
    """A member of a group joined by 和/与/、: a short name (two or three characters, four
    with a known surname, or a middle dot), a name after a title, or a description of a
    person; not 坚持改革原则和创新方法."""
    if 2 <= len(part) <= 3 or len(part) == 4 and part[0] in _surname_chars() or "·" in part or part.endswith(_person_heads()) \
            or any(part[:-n].endswith(_person_heads()) and part[-n] in _surname_chars() for n in (2, 3)):
        return True  # 合作社代表林某某: a name after a title
    subj = clause_subject(part + "说")  # 合作社代表林某某: a name after a title
    return subj is not None and subj[0] == "person"


def _compatible(pronoun: str, phrase: str) -> bool:
    if pronoun not in ("他", "她"):
        return True
    if people_of_a_place(phrase):
        return False  # 蒙古人认为……。他认为: a people is no one person
    if pronoun == "她":
        return not _MALE.search(phrase) or bool(_FEMALE.search(phrase))
    return not _FEMALE.search(phrase)


def antecedent(masked: Callable[[int], str], offsets: list[int], pos: int, pronoun: str,
               claims: list[dict[str, Any]] = (), paras: int = 3, cue: str | None = None) -> dict[str, Any] | None:
    """Speaker dict ``{speaker, role, org, ref}`` for the 他/她 of a claim whose cue is
    at body offset ``pos``; ``masked(j)`` is paragraph ``j`` with its quotations masked.
    The speaker of an earlier claim counts as the subject of its clause (``吴某告诉记者，
    ……。他称``); the reported content of a claim is not the narrative and is passed over.
    A subject acting on the pronoun (``法官找他来``) is someone else for the rest of the
    walk; an answer (``cue`` 答道) is by the one asked (:mod:`pipelines.zh_scene`).
    ``pronoun`` "" for no pronoun (any sex); ``paras``: paragraphs looked at, this one first."""
    spoken = sorted(((c["_pos"], c) for c in claims if c["_pos"] < pos and c["_ref"] in ("name", "anon", "ref", "org")),
                    key=lambda x: x[0])
    from pipelines.zh_scene import before_frame, pronoun_object

    covered = [(c["start"], c["end"]) for c in claims]
    excluded: set[str] = set()
    fallback = None
    j = max(k for k, o in enumerate(offsets) if o <= pos)
    text = before_frame(masked(j)[:pos - offsets[j]], pronoun)
    for para in range(j, max(j - paras, -1), -1):
        if para != j:
            text = masked(para)
        for m in reversed(list(_CLAUSE.finditer(_WRAP.sub(lambda w: "\u3000" * len(w.group(0)), text)))):
            a, b = offsets[para] + m.start(), offsets[para] + m.end()
            said = [c for p, c in spoken if a <= p < b]
            if said and pronoun_object(m.group(0)[m.group(0).find(said[-1]["cue"] or MASK):], "", pronoun):
                excluded.add(said[-1]["speaker"])  # 某某告诉他说，……: the one told is who 他 is
            elif said:
                if said[-1]["speaker"] not in ("他", "她", "他们", "她们") and _compatible(pronoun, said[-1]["speaker"]) \
                        and _plural(said[-1]["speaker"]) == (pronoun in ("他们", "她们")) \
                        and (said[-1]["_ref"] != "org" or _plural(said[-1]["speaker"])) \
                        and said[-1]["speaker"] not in excluded:
                    return {"speaker": said[-1]["speaker"], "role": said[-1]["speaker_role"],
                            "org": said[-1]["speaker_org"], "ref": said[-1]["_ref"]}
                continue
            if any(s <= a and b <= e for s, e in covered):
                continue
            clause = _PRIVATE_USE.sub("", m.group(0).replace("\u3000", ""))  # an icon font's glyphs are no words
            spk = _clause_candidate(clause, pronoun, cue, excluded, own=para == j and m.end() == len(text))
            if spk is not None:
                return spk
            fallback = fallback or _introduced(clause, pronoun, excluded) or _pronoun_subject(clause, pronoun)
    return fallback


def _pronoun_subject(clause: str, pronoun: str) -> dict[str, Any] | None:
    """For no pronoun (an utterance closing a narrative sentence): a clause whose subject
    is 他/她 names its speaker, resolved later like any other 他 (``他和母亲聊到深夜，……，“……”``)."""
    subj = clause_subject(clause) if not pronoun else None
    if subj is None or subj[0] != "pronoun" or subj[1] not in ("他", "她"):
        return None
    return {"speaker": subj[1], "role": None, "org": None, "ref": "pronoun"}


#: In ``excluded``: the next subject found acts on the pronoun (a clause with no subject of its own did).
_ACTS_ON = "\0"
#: In ``excluded``, before a name: someone the next subject found acted with (他们 is both).
_WITH = "\1"


def _introduced(clause: str, pronoun: str, excluded: set[str]) -> dict[str, Any] | None:
    from pipelines.zh_scene import introduced

    who = introduced(clause, _person_heads()) if pronoun in ("他", "她") else None
    if who is None or who in excluded or who[2:] in excluded or not _compatible(pronoun, who):
        return None
    return {"speaker": who, "role": None, "org": None, "ref": "anon"}


def _clause_candidate(clause: str, pronoun: str, cue: str | None, excluded: set[str],
                      own: bool = False) -> dict[str, Any] | None:
    """The person one narrative clause offers as the antecedent, or None (adding to
    ``excluded`` a subject that acts on the pronoun; ``own``: the clause of the cue itself,
    where 同他商量说 acts on the hearer, not on the speaker)."""
    from pipelines.zh_scene import LATIN_PERSON, asked, companion, is_answer, met, named_by_copula, opens_acting_on
    from pipelines.zh_scene import person_reached as _contacted
    from pipelines.zh_scene import pronoun_object

    contacted = _CONTACTED.match(clause.strip())
    reached = contacted.group(1) if contacted else met(clause)
    if reached and (spk := _contacted(reached, pronoun)) is not None:
        return spk  # 记者致电某地商场人士，他们表示: the people the journalist reached
    subj = clause_subject(clause)
    if subj is None and not own and opens_acting_on(clause, pronoun):
        excluded.add(_ACTS_ON)  # ……，问他何时动身: the subject of the clause before acts on him
    if subj is None and pronoun in ("他们", "她们") and (who := companion(clause)) \
            and (partner := _contacted(who, "")) is not None:
        excluded.add(_WITH + partner["speaker"])  # ……，和B签署了声明。他们: the subject and B
    named = named_by_copula(clause) if subj is None or subj[0] == "person" and not subj[2] else None
    if named and not LATIN_PERSON.fullmatch(named) \
            and ("的" in named or (c := clause_subject(named + "说")) is None or not c[2]):
        named = None  # 某某是一家工厂的厂长: a description, not who the sentence goes on about
    for who in (asked(clause) if is_answer(cue) else None, named):
        if who in ("他", "她", "他们", "她们") and not pronoun:
            return {"speaker": who, "role": None, "org": None, "ref": "pronoun"}
        if who and (spk := _contacted(who, pronoun)) is not None and spk["speaker"] not in excluded:
            return spk  # 向某人问……。他答道 / 某某的好友是李晓明，他……
    if subj is None and (partner := _partner(excluded)) and (np := _noun_phrase(clause.strip())) \
            and not np[0].startswith(vocab_narrator()):
        return {"speaker": f"{np[0]}和{partner}", "role": None, "org": None, "ref": "anon"}  # 奥巴马/ns ……，和B
    if subj is None or subj[0] == "pronoun":
        return None
    if pronoun_object(clause, subj[1], pronoun) or _ACTS_ON in excluded:
        excluded.discard(_ACTS_ON)
        excluded.update(x for x in (subj[1], subj[2], speaker_of(subj[1], subj[2])["speaker"]) if x)
        return None
    partner = _partner(excluded)
    if subj[0] == "person" and partner and (spk := speaker_of(subj[1], subj[2]))["ref"] == "name":
        return {"speaker": f"{spk['speaker']}和{partner}", "role": None, "org": None, "ref": "anon"}
    if (subj[0] == "group") != (pronoun in ("他们", "她们")) or not _compatible(pronoun, subj[1]):
        return None
    if subj[0] == "group":
        return {"speaker": subj[1], "role": None, "org": None, "ref": "anon"}
    spk = speaker_of(subj[1], subj[2])
    return None if spk["speaker"] in excluded or subj[1] in excluded else spk


def _partner(excluded: set[str]) -> str | None:
    """The one a later-found subject acted with (``……，和B签署了……``), if any."""
    return next((x[1:] for x in excluded if x.startswith(_WITH)), None)


#: The journalist reaching someone: the one reached is who the next 他/他们 is.
_CONTACTED = re.compile(r"^(?:本报)?记者(?:[\u4e00-\u9fff]{0,4}?)(?:电话采访|随机采访|致电|采访|联系|询问|走访|连线)了?"
                        r"([\u4e00-\u9fff、·]{2,20})$")


def _plural(speaker: str) -> bool:
    return bool(re.search(r"们|等人|[、和与及]|^(?:两|三|几|多|有些|一些|许多|不少|某些|这些|那些)", speaker))


def speaker_of(phrase: str, name: str | None) -> dict[str, Any]:
    spk = parse_subject(phrase)
    if spk is not None and spk.get("ref") == "name":
        return spk
    if name:
        return {"speaker": name, "role": None, "org": None, "ref": "name"}
    return {"speaker": phrase, "role": None, "org": None, "ref": "anon"}


def resolve_references(claims: list[dict[str, Any]], masked: Callable[[int], str], offsets: list[int],
                       body: str) -> None:
    """The Chinese resolutions done before the shared one (:mod:`pipelines.zh_references`)."""
    from pipelines.zh_references import resolve_references as resolve

    resolve(claims, masked, offsets, body)
