"""Chinese references resolved before the shared pass (:func:`pipelines.attribution_common.resolve`):
他/她 and 他的妻子 (:func:`pipelines.zh_antecedents.antecedent`), 郑先生 (:mod:`pipelines.zh_short_names`),
a bare description the article gave a name to (``老中医`` after ``老中医陈某某``, ``国王`` after
``有一个国王，名叫某某``), a Latin stage name written with the person's name (``Coco`` after
``Coco李某``), and documents (:mod:`pipelines.zh_documents`)."""

from __future__ import annotations

import re
from typing import Any, Callable

from pipelines.zh_antecedents import _name_run, _person_heads, _surname_chars, antecedent, vocab_narrator

_PRONOUNS = ("他", "她", "他们", "她们")
#: ``他的妻子``, ``她的儿子``: a person described through 他/她.
_POSSESSIVE = re.compile(r"^([他她])的([\u4e00-\u9fff]{1,4})$")
#: A description as a whole speaker, with an optional demonstrative (``国王``, ``这位老中医``).
_DESCRIPTION = re.compile(r"^(这位|那位|这名|那名|该|此)?([\u4e00-\u9fff]{2,5})$")
#: Descriptions of unnamed sources: the article uses them for anyone of that kind, so
#: one named earlier is not who a bare ``专家称`` is (with a demonstrative it is).
_GENERIC = frozenset({"人士", "专家", "学者", "网友", "市民", "居民", "村民", "群众", "消费者", "工作人员",
                      "员工", "知情人", "知情人士", "业内人士", "分析人士", "观察人士", "有关人士", "官员",
                      "人", "老人", "孩子", "家长", "读者", "观众", "游客", "患者", "病人", "医生"})
#: ``国王，名叫某某``, ``一个农夫名叫某某``: the name a story gives the person it introduces.
_NAMED_AS = re.compile(r"^[，,]?(?:名叫|名字叫|叫做|名为|人称)([\u4e00-\u9fff·]{2,6}?)(?=[，,。；;！？\s（(]|$)")
#: A Latin stage or English name written right before or after a Chinese name
#: (``Coco李某``, ``李某（Coco）``).
_LATIN = re.compile(r"^[A-Za-z][A-Za-z.\-]{1,14}$")


def resolve_pronouns(claims: list[dict[str, Any]], masked: Callable[[int], str], offsets: list[int]) -> None:
    """Give each 他/她 claim the subject found by :func:`antecedent` (in place), and
    ``他的妻子`` the antecedent's (``某某的妻子``); claims with none are left to the shared
    resolution."""
    for c in sorted(claims, key=lambda c: c["_pos"]):
        possessive = _POSSESSIVE.match(c["speaker"])
        if possessive is None and (c["speaker"] not in _PRONOUNS or c["_ref"] not in ("pronoun", "anon")):
            continue
        pronoun = possessive.group(1) if possessive else c["speaker"]
        spk = antecedent(masked, offsets, c["_pos"], pronoun, claims, cue=c.get("cue"))
        if spk is None:
            continue
        if possessive:
            if spk["ref"] == "name" and not spk["speaker"].endswith(possessive.group(2)):
                c["speaker"], c["_ref"] = f"{spk['speaker']}的{possessive.group(2)}", "anon"
            continue
        c["speaker"] = spk["speaker"]
        c["speaker_role"] = c["speaker_role"] or spk.get("role")
        c["speaker_org"] = c["speaker_org"] or spk.get("org")
        c["_ref"] = spk["ref"]


def _name_after(text: str) -> str | None:
    """The personal name opening ``text`` (``陈某某在……`` -> 陈某某), or the one a story gives
    right after (``，名叫某某``)."""
    from pipelines.zh_names import segment_zh

    named = _NAMED_AS.match(text)
    if named:
        return named.group(1)
    words = segment_zh(text[:8])
    if not words:
        return None
    w, tag = words[0][1], words[0][2]
    if tag in ("nr", "nrfg") and 2 <= len(w) <= 3 and w[0] in _surname_chars():
        return w
    if len(w) == 1 and w in _surname_chars() and tag not in ("d", "p", "c", "r", "v"):
        n = _name_run(words, 0)
        name = "".join(x[1] for x in words[:n])
        return name if 2 <= len(name) <= 3 else None
    return None


def _described(description: str, masked: Callable[[int], str], offsets: list[int], pos: int) -> str | None:
    """The name given last before body offset ``pos`` to a person with this description."""
    best = None
    for j, o in enumerate(offsets):
        if o >= pos:
            break
        text = masked(j)[:pos - o]
        k = text.find(description)
        while k >= 0:
            name = _name_after(text[k + len(description):])
            best = name or best
            k = text.find(description, k + len(description))
    return best


def resolve_descriptions(claims: list[dict[str, Any]], masked: Callable[[int], str], offsets: list[int]) -> None:
    """A bare description (``老中医说``, ``国王说``, ``这位律师表示``) -> the name the article
    gave a person so described before the claim (``老中医陈某某``, ``有一个国王，名叫某某``);
    descriptions of unnamed sources (``专家``, ``网友``) only with a demonstrative (in place)."""
    for c in claims:
        m = _DESCRIPTION.match(c["speaker"])
        if m is None or not m.group(2).endswith(_person_heads()) or m.group(2).startswith(vocab_narrator()) \
                or re.search(r"们|[和与及、]", m.group(2)) or (m.group(2) in _GENERIC and not m.group(1)) \
                or m.group(2)[0] in _surname_chars() and len(m.group(2)) <= 3 and not m.group(1):
            continue
        name = _described(m.group(2), masked, offsets, c["_pos"])
        if name:
            c["speaker_role"] = c["speaker_role"] or m.group(2)
            c["speaker"], c["_ref"] = name, "name"


def resolve_kin(claims: list[dict[str, Any]], masked: Callable[[int], str], offsets: list[int]) -> None:
    """``一位老妇……。她的儿子……。母亲却回答说``: a kinship term as a story's speaker is the one
    the story named from the other side before it (``她的儿子``: 她 is the mother), in the claim's
    paragraph or the one before, resolved as that pronoun (in place)."""
    from pipelines.attribution_common import vocab

    table = vocab("zh")["kin_inverse"]
    for c in claims:
        kin = table.get(c["speaker"])
        if kin is None or c["_ref"] == "name":
            continue
        rx = re.compile(kin[0] + "的?(?:" + "|".join(kin[1:]) + ")")
        j = max(k for k, o in enumerate(offsets) if o <= c["_pos"])
        for para in (j, j - 1) if j else (j,):
            hits = list(rx.finditer(masked(para)[:c["_pos"] - offsets[para]] if para == j else masked(para)))
            spk = antecedent(masked, offsets, offsets[para] + hits[-1].start(), kin[0], claims) if hits else None
            if spk is not None:
                c["speaker"], c["_ref"] = spk["speaker"], spk["ref"]
            if hits:
                break


#: A demonstrative person (那人答道): who it is comes from the story, here the one asked.
_THAT_ONE = frozenset({"那人", "这人", "此人", "那个人", "这个人", "那位", "这位"})


def resolve_answerers(claims: list[dict[str, Any]], masked: Callable[[int], str], offsets: list[int]) -> None:
    """``某某问其中的一位……。那人答道：“……”``: a demonstrative person answering is the one
    asked last before, in the answer's paragraph or the one before it (in place)."""
    from pipelines.zh_scene import asked, is_answer

    for c in claims:
        if c["speaker"] not in _THAT_ONE or not is_answer(c.get("cue")):
            continue
        j = max(k for k, o in enumerate(offsets) if o <= c["_pos"])
        texts = [masked(j)[:c["_pos"] - offsets[j]]] + ([masked(j - 1)] if j else [])
        who = next((w for t in texts for cl in reversed(re.split(r"[，,。；;！？!?：:]", t))
                    if (w := asked(cl)) and w not in ("他", "她", "他们", "她们")), None)
        if who:
                    c["speaker"], c["_ref"] = who, "anon"


def resolve_aliases(claims: list[dict[str, Any]], body: str) -> None:
    """A Latin stage name as speaker (``Coco说``) -> the Chinese name the article writes it
    with (``Coco李某``, ``李某（Coco）``), the same one wherever both appear (in place)."""
    for c in claims:
        alias = c["speaker"]
        if not _LATIN.match(alias):
            continue
        names = {_name_after(body[m.end():].lstrip(" ")) for m in re.finditer(r"(?<![A-Za-z])" + re.escape(alias), body)}
        names |= {m.group(1) for m in re.finditer(r"([\u4e00-\u9fff]{2,3})[（(]" + re.escape(alias) + r"[）)]", body)
                  if m.group(1)[0] in _surname_chars()}
        names.discard(None)
        if len(names) == 1:
            c["speaker"], c["_ref"] = names.pop(), "name"


#: ``全称（以下简称“简称”）``: the short name an article declares for a name, a title or an organization.
_SHORT_FOR = re.compile(r"[（(](?:以下|下文|下同)?(?:简称|称)[为作]?[“\"「]?(《[^《》]{1,10}》|[\u4e00-\u9fffA-Za-z]{1,10}?)[”\"」]?[）)]")
#: A document written with the short title (``《某》文``, ``《某》一书``).
_TITLE_DOC = ("一文", "文", "一书", "书", "报告")


def _declared_short_names(body: str) -> dict[str, str]:
    """``{short: full}`` for ``《某某的两小时》(以下简称《某》)`` and ``江河证券交易所（以下简称
    “江交所”）``: the full name is the title, or the organization, ending at the bracket."""
    from pipelines.zh_names import zh_org_spans

    out: dict[str, str] = {}
    for m in _SHORT_FOR.finditer(body):
        before = body[max(0, m.start() - 40):m.start()]
        title = re.search(r"《[^《》]{1,30}》$", before)
        if title:
            out[m.group(1)] = title.group(0)
            continue
        ends = [before[a:b] for a, b in zh_org_spans(before) if b == len(before)]
        if ends:
            out[m.group(1)] = ends[0]
    return out


def resolve_declared(claims: list[dict[str, Any]], body: str) -> None:
    """A speaker written with the short name the article declared (``江交所称``,
    ``《某》文说``) -> the full name (in place)."""
    if "称" not in body:
        return
    names = _declared_short_names(body)
    for c in claims:
        spk = c["speaker"]
        doc = next((d for d in _TITLE_DOC if spk.endswith(d) and spk[:-len(d)] in names), None)
        full = names.get(spk[:-len(doc)] if doc else spk)
        if full and full != spk:
            c["speaker"] = full


def resolve_references(claims: list[dict[str, Any]], masked: Callable[[int], str], offsets: list[int],
                       body: str) -> None:
    """The Chinese resolutions done before the shared one: a source inside a newspaper's
    report, 他/她, 郑先生, 老中医, Coco, 通知称 (in place)."""
    from pipelines.zh_dialogue import dialogue_claims
    from pipelines.zh_documents import nested_sources, resolve_documents
    from pipelines.zh_phrases import clause_like
    from pipelines.zh_short_names import resolve_short_names

    claims[:] = [c for c in claims if c["kind"] not in ("indirect", "partial") or not clause_like(c["speaker"])]
    nested_sources(claims, body)
    dialogue_claims(claims, offsets, body)
    resolve_pronouns(claims, masked, offsets)
    resolve_answerers(claims, masked, offsets)
    resolve_kin(claims, masked, offsets)
    resolve_short_names(claims, masked, offsets)
    resolve_descriptions(claims, masked, offsets)
    resolve_aliases(claims, body)
    resolve_declared(claims, body)
    resolve_documents(claims, masked, offsets)
