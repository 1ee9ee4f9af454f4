"""Scene clues for who 他/她 is, read from a clause of the narrative before the pronoun.

:func:`pipelines.zh_antecedents.antecedent` walks back over the clauses before a pronoun
and takes the first person who is a clause's subject.  A story's clauses say more than
their subjects:

* **the pronoun as an object** (``法官找他来``, ``医生扶他起来``): the clause's subject is
  someone else, and stays excluded for the rest of the walk (the pronoun goes on naming
  the one the subject acted on);
* **a question put to someone** (``他向一位老渔夫问路。……他答道``): whoever answers is
  the one asked;
* **an identity** (``张三丰的好友是李晓明，他……``): the person named after 是 is the
  one the sentence goes on about;
* **a person introduced inside a clause** (``因为听说一位教书先生脾气很好``): no
  subject of a clause, but who 他 is when the walk finds nobody else;
* **a meeting** (``记者与某公司工程师李晓明取得了联系``): the one reached speaks next.
"""

from __future__ import annotations

import re
from typing import Any

#: Verbs taking a person as their object right before the pronoun (``找他``, ``告诉她``).
_OBJECT_VERB = (r"(?:[给对向把让叫请问帮和跟同与替被找见抓捉派劝催逼扶拉抱送带救拦喊骂打]|告诉|看见|看到|遇见|遇到"
                r"|通知|邀请|称赞|表扬|批评|感谢|安慰|嘱咐|吩咐|拜访|探望|追问|询问)")

#: A question put to someone: ``向某人问``, ``问某人：``.
_ASKED = re.compile(r"(?:向|对|跟|同|找)([\u4e00-\u9fff·]{2,14}?)(?:询问|打听|请教|发问|提问|问道|问)"
                    r"|(?:询问|问)(?!题|候|号)([\u4e00-\u9fff·]{2,10}?)(?=[：:，,]|$)")
#: Cues of an answer: the speaker is the one asked.
_ANSWER = re.compile(r"^(?:答|回答|答道|回答说|答曰|应道|回答道)$")
#: ``……是NAME``: the copula naming the person the sentence is about.
_COPULA = re.compile(r"^[\u4e00-\u9fff·]{2,20}?(?<!不|也|就|正|都|还|只|才|却|而)是([\u4e00-\u9fff·A-Za-z]{2,20}|[A-Z][a-z]+(?: [A-Z][a-z]+){1,3})$")
#: ``……，和X签署了……``: a clause with its subject left out whose act the subject shares with X.
_WITH = re.compile(r"^(?:并|还|又|也|随后)?(?:和|与|同|跟)([\u4e00-\u9fff·]{2,16}?)(?:一起|一道|共同|联合)?"
                   r"(?:签署|签订|会谈|会晤|会面|举行|发表|见面|通话|讨论|商议|磋商|达成|交换|出席)")
#: A personal name in Latin letters: two to four capitalized words (``Ada Quenby``, ``AdaQuenby``).
LATIN_PERSON = re.compile(r"[A-Z][a-z]+(?:[ ·.\-]?[A-Z][a-z]+){1,3}")
#: ``名叫X``: a clause with no subject giving the name of the person just introduced.
_NAMED = re.compile(r"^(?:名叫|名字叫|叫做|名为)([\u4e00-\u9fff·]{2,8})$")
#: ``与/同/跟 X 取得联系 / 通话 / 见面``: the one reached (X: the text after the last 、, 的 or 》).
_MET = re.compile(r"(?:与|同|跟)[^，。；]*?([\u4e00-\u9fff·]{2,16}?)(?:取得了?联系|取得联络|联系上|通了?电话|见了?面|会面|面谈)")


def pronoun_object(clause: str, subject: str, pronoun: str) -> bool:
    """Is ``pronoun`` an object in ``clause`` after its subject (``某商人借给他一笔钱``,
    ``法官找他来``)?  Then the pronoun is someone other than the clause's subject."""
    if pronoun not in ("他", "她"):
        return False
    rest = clause[clause.find(subject) + len(subject):] if subject in clause else clause
    return re.search(_OBJECT_VERB + pronoun + "(?![们的])", rest) is not None


def opens_acting_on(clause: str, pronoun: str) -> bool:
    """Does ``clause`` open with a verb acting on the pronoun, its subject left out
    (``劝她快走``, ``问他何时动身``)?  Then the subject of the clause before acts on it."""
    return pronoun in ("他", "她") and re.match(
        r"^\s*(?:就|又|便|再|也|还|却|并|于是)?" + _OBJECT_VERB + pronoun + "(?![们的])", clause) is not None


def is_answer(cue: str | None) -> bool:
    return bool(cue) and _ANSWER.match(cue) is not None


def asked(clause: str) -> str | None:
    """The one a question is put to in ``clause``, or None."""
    m = _ASKED.search(clause)
    if m is None:
        return None
    who = m.group(1) or m.group(2)
    pronoun = re.match(r"^(?:他们|她们|他|她)", who)
    if pronoun:
        return pronoun.group(0)  # 问他何时动身: resolved like any other 他
    return None if re.match(r"^(?:我|你|记者|笔者)", who) else who


def named_by_copula(clause: str) -> str | None:
    """``X的好友是李晓明`` -> ``李晓明``: the person a copula clause names; a story's
    ``有一位信徒，……，名叫李晓明`` -> ``李晓明`` (the name of the one it introduced)."""
    m = _COPULA.match(clause.strip()) or _NAMED.match(clause.strip())
    return m.group(1) if m else None


def met(clause: str) -> str | None:
    """``记者与某公司工程师李晓明取得了联系`` -> ``某公司工程师李晓明``."""
    m = _MET.search(clause)
    return m.group(1) if m else None


#: A counted description opening inside a clause (``听说一位教书先生……``).
_COUNTED_AT = re.compile(r"(?:一|这|那)[位个名](?=[\u4e00-\u9fff])")


def introduced(clause: str, heads: tuple[str, ...]) -> str | None:
    """``一位教书先生`` in ``因为听说一位教书先生脾气很好``: the description of a person
    the clause brings in (the longest run of up to eight characters after the counter,
    without 的, ending with one of ``heads``), or None."""
    for m in _COUNTED_AT.finditer(clause):
        run = re.match(r"[^的是，。；：\W]{1,8}", clause[m.end():])  # not 一个原因是大家
        for n in range(len(run.group(0)) if run else 0, 0, -1):
            if run.group(0)[:n].endswith(heads):
                return m.group(0) + run.group(0)[:n]
    return None


def people_of_a_place(phrase: str) -> bool:
    """``中国人``, ``蒙古人``, ``广东人``: the people of a country or place, a group however
    it is written, never who 他/她 is (``按照传统，蒙古人认为……。他认为``)."""
    from pipelines.zh_names import segment_zh

    if not 3 <= len(phrase) <= 6 or not phrase.endswith("人") or phrase.endswith(("夫人", "家人", "个人")):
        return False
    words = segment_zh(phrase[:-1])
    return len(words) == 1 and (words[0][2] == "ns" or phrase.endswith(("国人", "族人")))


def companion(clause: str) -> str | None:
    """``……，和某国总统X签署了声明`` -> ``某国总统X``: whom the sentence's subject acted
    with, so that a 他们 after it is both (``A去了北京，和B签署了声明。他们表示``)."""
    m = _WITH.match(clause.strip())
    return m.group(1) if m else None


def person_reached(obj: str, pronoun: str) -> dict[str, Any] | None:
    """Speaker dict for the one named in ``obj`` (reached by the journalist, asked, named by
    a copula), read as the subject of a clause of its own, if 他/她/他们 can be that one."""
    from pipelines.zh_antecedents import _compatible, _group, _person_heads, clause_subject, speaker_of

    if pronoun in ("他们", "她们"):
        group = _group(obj, obj) or (obj if obj.endswith(_person_heads()) else None)
        return {"speaker": group, "role": None, "org": None, "ref": "anon"} if group else None
    if LATIN_PERSON.fullmatch(obj):
        return {"speaker": obj, "role": None, "org": None, "ref": "name"}  # 某某的挚友是Ada Quenby
    subj = clause_subject(obj + "说")
    if subj is None or subj[0] != "person" or not _compatible(pronoun, subj[1]):
        return None
    return speaker_of(subj[1], subj[2])


#: ``据他回忆，……，他说``: a frame naming the same pronoun earlier in the sentence.
_FRAME = re.compile(r"(?:据|按|照|听)(他们|她们|他|她)(?:回忆|介绍|讲述|回顾|所说|说|讲|称|透露|的说法)")


def before_frame(text: str, pronoun: str) -> str:
    """``text`` cut before a ``据他回忆`` frame of the same pronoun in the last sentence:
    what follows the frame is that person's account, and the people named in it are not
    who 他 is (``据他回忆，某某平易近人，他说``: the one remembering speaks)."""
    start = max(text.rfind(p) for p in "。！？!?") + 1
    frames = [m for m in _FRAME.finditer(text, start) if m.group(1) == pronoun]
    return text[:frames[-1].start()] if frames and pronoun else text
