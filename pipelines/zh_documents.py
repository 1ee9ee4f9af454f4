"""Who a document speaks for in Chinese claims: 通知称 / 报告指出 / 报纸说 -> its issuer.

Chinese news often introduces a document with its issuer (``某公司收到了某市商务局的一份
通知。通知称，……``, ``电台播送了管委会的公告，公告说……``) and then lets the document
speak.  The source of such a claim is the issuer: the organization written before the
same kind of document (``X的一份通知``, ``X发布的报告``) in the claim's paragraph or the two
before it; for a newspaper or its report (``报纸说``, ``报道还说``) also a newspaper that
spoke just before (``某某日报说，……``) or was named as the report's source
(``《某报》的一篇文章``).  A document whose issuer is nowhere near stays as written.
"""

from __future__ import annotations

import re
from typing import Any, Callable

#: A bare document as the speaker: its kind is the last group.
_DOC = re.compile(r"^(?:该|这份|此|这篇|这则|这项|上述|此项)?(?:最新|研究|调查)?"
                  r"(报告|通知|公告|通告|声明|文件|公报|通报|报道|文章|报纸|社论|该报)$")
#: Kinds that a newspaper issues, and what refers to the same newspaper report.
_MEDIA = {"报道": "报道|文章|消息", "文章": "文章|报道", "报纸": "报道|文章", "社论": "社论|文章", "该报": "报道|文章"}
_NEWSPAPER = re.compile(r"(?:《[^《》]{1,12}》|[\u4e00-\u9fff]{2,8}(?<![公通简汇情举警预电])报|[\u4e00-\u9fff]{2,8}"
                        r"(?:新闻社|通讯社|电视台|广播电台))$")
#: ``X(发布|印发……)的(一份)(最新)<document>``: the issuer X before the document.
_VERB = r"(?:所|最新|近日|日前)?(?:发布|发表|公布|印发|下发|发出|出台|播送|刊发|刊登|颁布|作出|做出)?了?"
_QUANT = r"(?:一|这|该)?[份篇则项个]?(?:最新|新|研究|年度|调查|紧急)?"
#: Words of an issuer's name (jieba tags): nouns, place and organization names, abbreviations.
_ISSUER_TAGS = frozenset({"n", "nt", "ns", "nz", "j", "nrt", "eng", "b"})


def _issuer_before(text: str) -> str | None:
    """The organization closing ``text`` (the words before ``的``), or None."""
    from pipelines.zh_names import segment_zh

    m = re.search(r"《[^《》]{1,20}》$", text)
    if m:
        return m.group(0)  # a newspaper or a book by its title
    words = segment_zh(text[-16:])
    k = len(words)
    while k and words[k - 1][2] in _ISSUER_TAGS and words[k - 1][1] not in ("一份", "记者"):
        k -= 1
    name = "".join(w for _p, w, _t in words[k:])
    return name if len(name) >= 2 else None


def _from_text(text: str, kinds: str) -> str | None:
    """The issuer of the last document of ``kinds`` introduced in ``text``."""
    best = None
    for m in re.finditer(_VERB + "的" + _QUANT + "(?:" + kinds + ")", text):
        issuer = _issuer_before(text[:m.start()])
        if issuer:
            best = issuer
    return best


def _owner(speaker: str) -> str | None:
    """``《某报》的一篇文章`` / ``某局的一份通知``: the owner written in the speaker itself."""
    m = re.match(r"^(.{2,20}?)" + _VERB + "的" + _QUANT + r"(?:报告|通知|公告|通告|声明|文件|公报|通报|报道|文章|社论)$", speaker)
    return _issuer_before(m.group(1)) if m else None


def resolve_documents(claims: list[dict[str, Any]], masked: Callable[[int], str], offsets: list[int],
                      paras: int = 3) -> None:
    """Give each claim spoken by a document the document's issuer (in place)."""
    for c in sorted(claims, key=lambda c: c["_pos"]):
        if c["_ref"] == "name":
            continue
        owner = _owner(c["speaker"])
        if owner:
            c["speaker"], c["_ref"] = owner, "org"
            continue
        m = _DOC.match(c["speaker"])
        if m is None:
            continue
        issuer = _issuer_of(c, m.group(1), claims, masked, offsets, paras)
        if issuer:
            c["speaker"], c["_ref"] = issuer, "org"


def _issuer_of(c: dict[str, Any], kind: str, claims: list[dict[str, Any]], masked: Callable[[int], str],
               offsets: list[int], paras: int) -> str | None:
    j = max(k for k, o in enumerate(offsets) if o <= c["_pos"])
    lo = offsets[max(j - paras + 1, 0)]
    kinds = _MEDIA.get(kind, kind)
    if kind in _MEDIA:
        said = [d for d in claims if lo <= d["_pos"] < c["_pos"] and d is not c and _NEWSPAPER.search(d["speaker"])]
        if said:
            return max(said, key=lambda d: d["_pos"])["speaker"]
    for para in range(j, max(j - paras, -1), -1):
        text = masked(para)[:c["_pos"] - offsets[para]] if para == j else masked(para)
        issuer = _from_text(text, kinds)
        if issuer:
            return issuer
    return None


#: A report's content opening with its own source and cue: ``据某报报道，某某表示，……``.
_NESTED = re.compile(r"^([^，,：:。！？“”]{2,30}?)(?:(表示|宣布|指出|认为|透露|介绍|强调|称|说)[，,：:]\s*|"
                     r"(指责|警告|批评|抱怨|断言|预言)(?![了过的着])(?=[^，,：:。！？]{6}))")


def nested_sources(claims: list[dict[str, Any]], body: str) -> None:
    """A newspaper's report whose content opens with its own source and cue (``据《某报》
    报道，某局长表示，……``, ``某报报道，一支勘探队宣布：……``, ``报纸说，某某在联合国指责
    对方……``, a cue taking a clause with no comma): the source nearest the
    content speaks, the newspaper only carried it (in place)."""
    from pipelines.zh_speakers import clean_subject, parse_subject

    for c in claims:
        doc = _DOC.match(c["speaker"])
        if c["kind"] == "direct" or not (_NEWSPAPER.search(c["speaker"]) or "报道" in (c["cue"] or "")
                                         or doc and doc.group(1) in _MEDIA):  # 报纸说，……
            continue
        m = _NESTED.match(c["text"])
        spk = parse_subject(clean_subject(m.group(1))) if m else None
        if spk is None or spk["ref"] == "org" and not _NEWSPAPER.search(spk["speaker"]) and len(spk["speaker"]) < 4:
            continue
        start = c["start"] + m.end()
        if c["end"] - start < 4:
            continue
        c.update(speaker=spk["speaker"], speaker_text=spk["speaker"], speaker_role=spk.get("role"),
                 speaker_org=spk.get("org"), cue=m.group(2) or m.group(3), start=start, text=body[start:c["end"]], _ref=spk["ref"])
        if c["text"].startswith("“") and c["text"].count("“") == 1 and c["text"].rstrip("。").endswith("”"):
            c["kind"] = "direct"
