"""Chinese speaker phrases that are no source: a lone verb or adverb, a piece of clause, a slogan;
where the writer takes over inside a reported clause."""

from __future__ import annotations

import re
from functools import lru_cache

from pipelines.attribution_common import vocab


#: What a speaker phrase never holds: a condition or concession (如果, 虽然, 一旦), a
#: "according to the data" opener (根据, 按照), a list marker, or a word that leaves the
#: cue inside an idiom or an adverbial (不由分说, 众说纷纭, 严格说来, 误认为, 完全证实).
NOT_SUBJECT = re.compile(r"^除(?:了|去|此)|如果|若|虽然|一旦|倘若|假如|只要|(?<!^)由于|(?<!^)因为|根据|按照|依据|^[（(\[①②③④⑤⑥⑦⑧⑨\d]|"
                         r"(?:不由分|众|严格|误|完全|不再|就|也就|(?<!究|务|易|出|诊|待|挥|测|验)所|较之|之|为|给|让|使|把|被|可以|应该)$|"
                         # what is left of a manner adverb (毫不夸张地说, 夸张点说): no source
                         r"(?:毫不|毫无|非常|夸张点|一点)$|"
                         # a means (通过本报首先……): no source
                         r"^(?:通过|经由|借助|凭借|借着)|"
                         # a concession, purpose or manner opener (尽管, 为了, 照理说, 一般来说,
                         # 或者说, 当…说 "when … says"), 与其说…不如说, and a copula: a
                         # phrase holding 是 is a predicate (问题是, 明是会说), no source
                         r"^(?:尽管|既然|即使|哪怕|为了|凡是|照理|如此|一般|大体|或者|或|且|而且|并且|应当|"
                         r"当(?![事地局])|对於)|与其|不如|是|"
                         # a modal verb inside: 学校要严格落实……要求, 越需要……要求 (a clause)
                         r"需要|必须|应该|应当|以期|(?<=[\u4e00-\u9fff])(?<![主重首纲需只摘简政])要(?=[\u4e00-\u9fff]{2})")

#: A classical given name ending in 之 after a surname (王某之, 顾某之): a person, not the
#: particle 之 that closes an idiom before a cue (换言之, 总之).
#: Sayings nobody in the article says (俗语道：“……”, 古话说): a proverb, no source.
SAYINGS = frozenset({"俗语", "俗话", "古语", "古话", "古人云", "谚语", "老话", "常言"})
ZHI_NAME = re.compile(r"[" + vocab("zh")["surnames"] + r"](?![而言])[\u4e00-\u9fff]之")


def verb_and_object(s: str) -> bool:
    """A place, a verb, then a numeral with its measure word (门口贴着一张纸, 墙上挂了一块): a
    clause, not a name (一支来自两国的勘探队 opens with its numeral: a group described)."""
    from pipelines.zh_names import segment_zh

    words = segment_zh(s)
    tags = [t for _p, _w, t in words]
    if not tags or tags[0] in ("m", "r", "q"):
        return False
    return any(t == "v" and (tags[i + 1:i + 2] == ["m"] or words[i + 1:i + 2] and words[i + 1][1] in "着了"
                             and tags[i + 2:i + 3] == ["m"]) for i, t in enumerate(tags))


def lone_predicate(s: str) -> bool:
    """Is the phrase one verb, adverb or adjective (回来对我说, 认真说来): no subject at all?"""
    from pipelines.zh_names import segment_zh

    words = segment_zh(s) if 2 <= len(s) <= 3 else []
    return len(words) == 1 and words[0][2] in ("v", "vd", "vi", "ad", "d", "a")


def clause_like(s: str) -> bool:
    """Is a speaker phrase a piece of clause rather than a source: the writer or the reader
    with an adverb or verb (我忽然, 我一直, 你的……), a preposition inside it (这人把……), or an
    adverb before a verb or adjective (某某都轻得……), no ``的`` after?  Drops indirect claims."""
    from pipelines.zh_names import segment_zh

    words = segment_zh(s)
    if not words or re.match(r"你|[些得地的了着过][\u4e00-\u9fff]|[A-Za-z]\w{0,3}[\u4e00-\u9fff]", s):
        return bool(words)  # 些地区, 得局面, X开头: a phrase cut inside a word
    if len(words) == 1 and len(s) >= 2 and words[0][2] in ("ad", "d"):
        return True  # 严厉, 认真: a manner, no source
    if len(words) == 1 and words[0][2] in ("c", "p") or re.match(r"[以借由为因藉]此", s):
        return True  # 以此表示, 由此, 为此: a conjunction or preposition, no source
    if words[0][1] == "我" and len(words) > 1 and words[1][2] in ("d", "ad", "t", "v", "p", "c") \
            and not re.match(r"我(?:听|看|见)", s):  # 我听见不少人说: the ones heard speak
        return True
    for i, (_p, w, tag) in enumerate(words[1:-1], 1):
        described = any(x[1] == "的" for x in words[i + 1:])
        if not described and (tag == "p" and w not in ("与", "和", "及", "同", "跟")
                              or tag == "d" and words[i + 1][2] in ("a", "v", "ad")):
            return True
    return False


#: Hearing or seeing someone speak (听见一位水手常常说, 我听多少人说): the ones heard speak.
_HEARD = re.compile(r"^(?:我们?|他们?|她们?)?(?:常常|曾|又|也)?(?:听见|听到|看见|看到|听)"
                    r"(?=(?:一|这|那)?[位个名]|不少|多少|许多|很多|好多|有人|有些|一些)")
#: A person in a work (《某》文中某某说, 书中的某某): the person speaks, not the work.
_IN_WORK = re.compile(r"^《[^《》]{1,30}》(?:一?[文书剧诗]|小说|影片)(?:中的|里的|中|里)(?=[\u4e00-\u9fff]{2})")


def not_the_speaker(s: str) -> str:
    """``s`` without what opens it but names no source: hearing the speaker (听见一位X常常说 ->
    一位X常常) or the work a person is in (《某》一书中的X -> X)."""
    return _IN_WORK.sub("", _HEARD.sub("", s))

#: After a comma inside a reported clause, the writer summing it up (……，这就是著名的“某某”假设):
#: a demonstrative and a copula naming what was said; the clause ends before it.
_SUMMING_UP = re.compile(r"[，,](?=这(?:就|便|也就|正|即)(?:是|叫)|此即|这被称为)")


#: A turn after a clause a cue takes with no comma (某某宣称A，但是B): the writer's B.
_TURN = re.compile(r"[，,](?=但是|但|可是|然而|不过)")


def narration_cut(masked: str, cs: int, ce: int, bare: bool = False) -> int:
    """End of the reported clause ``masked[cs:ce]`` before the writer sums it up, or,
    ``bare`` (no punctuation between cue and clause), before a turn."""
    m = _SUMMING_UP.search(masked, cs, ce) or (_TURN.search(masked, cs, ce) if bare else None)
    return m.start() if m else ce


@lru_cache(maxsize=1)
def slogan_rx() -> re.Pattern[str]:
    """An advertisement or a slogan right before a quotation (``广告文案写着：``): nobody is saying it."""
    return re.compile("(?:" + "|".join(map(re.escape, vocab("zh")["slogans"])) + r")[^，,。！？：:]{0,4}[：:，,]?\s*$")
