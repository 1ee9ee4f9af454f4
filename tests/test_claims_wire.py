"""claims.extract on wire-service English and Chinese media patterns (issue 4,
generalization): one hand-written case per pattern, none taken from the eval sets."""

from __future__ import annotations

import pytest

from pipelines import claims, entities


def P(text: str) -> dict:
    return {"kind": "paragraph", "text": text}


def run(*texts: str, language: str = "en") -> list[dict]:
    out = claims.extract([P(t) for t in texts], language=language)
    body = "\n\n".join(texts)
    for c in out:
        assert body[c["start"]:c["end"]] == c["text"]
    return out


def one(out: list[dict], kind: str | None = None) -> dict:
    hits = [c for c in out if kind is None or c["kind"] == kind]
    assert len(hits) == 1, out
    return hits[0]


# --- English -----------------------------------------------------------------------

@pytest.mark.parametrize("text, speaker, clause", [
    ("Harbor Lane Capital said in a statement that it would cut 200 jobs by March.",
     "Harbor Lane Capital", "it would cut 200 jobs by March"),
    ("Orders for the new model have doubled since January, Harbor Lane Capital said in a statement.",
     "Harbor Lane Capital", "Orders for the new model have doubled since January"),
    ("Tomas Verhoeven, a trader at Kessling Bank, said on Tuesday that bond yields could climb further.",
     "Tomas Verhoeven", "bond yields could climb further"),
    ("Copper demand in Asia will slow next quarter, Kessling Bank said on Tuesday.",
     "Kessling Bank", "Copper demand in Asia will slow next quarter"),
    ("Mira Castell told Reuters that the deal was close to being signed.",
     "Mira Castell", "the deal was close to being signed"),
    ("Grant Osei said in an interview that the refinery would reopen in June.",
     "Grant Osei", "the refinery would reopen in June"),
    ("Analysts at Pellham Securities wrote in a note to clients that margins would shrink next year.",
     "Analysts at Pellham Securities", "margins would shrink next year"),
    ("The lender is preparing to cut its dividend, according to a person familiar with the matter, "
     "who asked not to be named.", "a person familiar with the matter", "The lender is preparing to cut its dividend"),
    ("The two firms are in advanced talks, people familiar with the matter said.",
     "people familiar with the matter", "The two firms are in advanced talks"),
])
def test_wire_indirect(text: str, speaker: str, clause: str) -> None:
    c = one(run(text), "indirect")
    assert c["speaker"] == speaker
    assert c["text"] == clause


def test_told_reuters_after_quote() -> None:
    c = one(run("“We are looking at every option,” Mira Castell told Reuters on Monday."), "direct")
    assert (c["speaker"], c["cue"]) == ("Mira Castell", "told")


def test_split_quote_is_one_direct_claim() -> None:
    # issue 9: one statement split by its attribution is one claim, first word to last
    out = run("Dana Whitcombe is an economist at Norland Partners.",
              "“The labour market,” she said, “is cooling faster than anyone expected.”")
    assert [c["kind"] for c in out] == ["direct"]
    assert out[0]["text"] == "The labour market,” she said, “is cooling faster than anyone expected."
    assert out[0]["speaker_text"] == "she"
    # "she" is the person described in the narrative, with her role and firm
    assert {(c["speaker"], c["speaker_role"], c["speaker_org"]) for c in out} == \
        {("Dana Whitcombe", "economist", "Norland Partners")}


def test_pronoun_after_apposition_in_narrative() -> None:
    out = run("Dana Whitcombe, an economist at Norland Partners, expects two more cuts.",
              "“We have not seen the bottom yet,” she said.")
    assert one(out, "direct")["speaker"] == "Dana Whitcombe"


@pytest.mark.parametrize("text, speaker, role, org", [
    ("Federal Reserve Chair Jerome Powell said rates would stay high for longer.",
     "Jerome Powell", "Chair", "Federal Reserve"),
    ("Kessling Bank Chief Executive Ruth Amadi said the lender would not raise capital this year.",
     "Ruth Amadi", "Chief Executive", "Kessling Bank"),
    ("Treasury Secretary Janet Yellen told lawmakers that the debt limit would be reached in June.",
     "Janet Yellen", "Secretary", "Treasury"),
    ("CFO Jane Lee said the company expected revenue to fall in the second quarter.",
     "Jane Lee", "CFO", None),
    ("“We are not worried about liquidity,” said Bank of England Governor Andrew Bailey.",
     "Andrew Bailey", "Governor", "Bank of England"),
])
def test_titles_before_names(text: str, speaker: str, role: str, org: str | None) -> None:
    c = run(text)[0]
    assert (c["speaker"], c["speaker_role"], c["speaker_org"]) == (speaker, role, org)


def test_possessive_title_and_name_in_commas_is_the_subject() -> None:
    c = one(run("Kessling Bank’s chief executive, Ruth Amadi, said the lender had no plans to raise capital."))
    assert (c["speaker"], c["speaker_role"], c["speaker_org"]) == ("Ruth Amadi", "chief executive", "Kessling Bank")
    assert c["text"] == "the lender had no plans to raise capital"


@pytest.mark.parametrize("text", [
    "A spokesperson for Ostrava Motors declined to comment.",
    "Ostrava Motors declined to comment on the report.",
    "Ostrava Motors did not respond to a request for comment.",
    "The ministry published a report titled “Reforming the Grid for a Low-Carbon Future” last week.",
    "The central bank’s latest report, “Financial Stability in a Higher-Rate World,” warned of rising defaults.",
])
def test_not_claims(text: str) -> None:
    assert run(text) == []


# --- Chinese -----------------------------------------------------------------------

def test_zh_company_reply_resolves_to_company_named_earlier() -> None:
    out = run("华兴电子股份有限公司近日发布公告称，公司拟出售旗下子公司全部股权。",
              "对于上述交易，公司回复称“交易价格公允，不存在损害股东利益的情形”。", language="zh")
    assert [c["speaker"] for c in out] == ["华兴电子股份有限公司", "华兴电子股份有限公司"]
    assert one(out, "direct")["text"] == "交易价格公允，不存在损害股东利益的情形"


def test_zh_gai_gongsi_is_the_company_in_the_narrative() -> None:
    c = one(run("记者就此事联系了长远物流公司。该公司表示，目前经营一切正常。", language="zh"))
    assert c["speaker"] == "长远物流公司"


def test_zh_company_reference_skips_associations() -> None:
    out = run("“订单已经排到明年。”星海电池一位员工告诉记者。",
              "乘联会秘书长崔东树认为，行业洗牌不可避免。",
              "有投资者提问公司的扩产计划，公司回复称“正在评估各项方案”。", language="zh")
    assert out[-1]["speaker"] == "星海电池"


@pytest.mark.parametrize("text, speaker, role, org, cue", [
    ("王海峰在接受采访时表示，今年下半年消费有望继续回暖。", "王海峰", None, None, "表示"),
    ("东方金诚首席宏观分析师王青在接受《证券日报》记者采访时表示，降准落地的可能性较大。",
     "王青", "首席宏观分析师", "东方金诚", "表示"),
    ("招商证券分析师李慧分析称，四季度行业景气度将明显回升。", "李慧", "分析师", "招商证券", "分析称"),
    ("中信证券首席经济学家明明认为，货币政策仍有进一步宽松的空间。", "明明", "首席经济学家", "中信证券", "认为"),
])
def test_zh_interview_analysis_and_role_org_name(text: str, speaker: str, role: str | None,
                                                 org: str | None, cue: str) -> None:
    c = one(run(text, language="zh"), "indirect")
    assert (c["speaker"], c["speaker_role"], c["speaker_org"], c["cue"]) == (speaker, role, org, cue)


def test_zh_org_spans_take_in_ordinary_words_and_skip_generic_phrases() -> None:
    text = "记者联系了长远物流公司，该公司拟出售旗下子公司。"
    assert [text[a:b] for a, b in entities.zh_org_spans(text)] == ["长远物流公司"]


def test_segment_zh_matches_jieba() -> None:
    import jieba.posseg

    text = "中信证券首席经济学家明明认为，2024年GDP增速有望达到5%，A股市场仍有机会。"
    pos, expected = 0, []
    for w in jieba.posseg.cut(text, HMM=False):
        expected.append((pos, w.word, w.flag))
        pos += len(w.word)
    assert entities.segment_zh(text) == expected
