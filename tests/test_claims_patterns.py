"""claims.extract on general attribution patterns found while checking the held-out set
(datelines, data citations, relative clauses, short references, Chinese quotation
conventions).  Every sentence here is written for the test; none comes from an eval set."""

from __future__ import annotations

import pytest

from pipelines import claims


def P(text: str) -> dict:
    return {"kind": "paragraph", "text": text}


def run(*texts: str, language: str = "en") -> list[dict]:
    out = claims.extract([P(t) for t in texts], language=language)
    body = "\n\n".join(texts)
    for c in out:
        assert body[c["start"]:c["end"]] == c["text"]
    return out


def kinds(out: list[dict]) -> list[tuple[str, str]]:
    return [(c["kind"], c["speaker"]) for c in out]


# --- Chinese -----------------------------------------------------------------------

def test_zh_quoted_utterance_of_several_clauses_after_comma_is_direct() -> None:
    out = run("一位不愿透露姓名的券商人士表示，年底冲量的压力不小，“客户都在观望，新单子比去年少了一半”。",
              language="zh")
    assert kinds(out) == [("indirect", "一位不愿透露姓名的券商人士"), ("direct", "一位不愿透露姓名的券商人士")]
    assert out[0]["text"] == "年底冲量的压力不小"
    assert out[1]["text"] == "客户都在观望，新单子比去年少了一半"


def test_zh_single_clause_quoted_inside_the_sentence_stays_partial() -> None:
    out = run("李建国说，今年门店客流明显回升，“周末基本要排队”。", language="zh")
    assert ("partial", "李建国") in kinds(out)


def test_zh_regulator_ending_in_hui_is_a_speaker() -> None:
    out = run("中国证监会3日发布通知称，将进一步规范上市公司减持行为。", language="zh")
    assert kinds(out) == [("indirect", "中国证监会")]
    assert out[0]["text"] == "将进一步规范上市公司减持行为"


@pytest.mark.parametrize("text", [
    "据该公司年报披露，报告期内研发投入同比增长18%。",
    "据上述公告，项目总投资约为12亿元。",
    "据行业协会统计报告显示，一季度销量同比下滑5%。",
])
def test_zh_document_citations_are_no_claims(text: str) -> None:
    assert run(text, language="zh") == []


def test_zh_yuji_with_comma_is_a_forecast_claim() -> None:
    out = run("华景证券首席策略师周明远预计，明年上半年市场仍以震荡为主。", language="zh")
    assert kinds(out) == [("indirect", "周明远")]
    # a forecast verb without a comma is no attribution: 预计全年营收增长
    assert run("公司预计全年营收增长一成左右。", language="zh") == []


def test_zh_title_missing_from_vocabulary_still_separates_org_and_name() -> None:
    out = run("东岳保险首席合规官郭晓川坦言，新规落地后短期成本会上升。她表示：“长期看这是好事。”",
              language="zh")
    assert [(c["speaker"], c["speaker_role"], c["speaker_org"]) for c in out] == \
        [("郭晓川", "首席合规官", "东岳保险")] * 2
