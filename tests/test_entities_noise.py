"""entities.extract: what is not an organization (generic nouns, quantified phrases,
events, documents, role words after a speaker's organization, currencies).  Every
sentence is written for the test."""

from __future__ import annotations

import pytest

from pipelines import claims, entities


def ents(text: str, language: str) -> set[tuple[str, str]]:
    cl = claims.extract([{"kind": "paragraph", "text": text}], language=language)
    return {(e["type"], e["name"]) for e in entities.extract(text, language=language, claims=cl)}


def orgs(text: str, language: str = "zh") -> set[str]:
    return {n for t, n in ents(text, language) if t == "ORG"}


@pytest.mark.parametrize("text, bad", [
    ("5月9日，宏远电气召开年度股东大会，审议了分红方案。", "年度股东大会"),
    ("银保监会在例行新闻发布会上通报了一季度数据。", "新闻发布会"),
    ("今年以来，部分中小银行下调了存款利率。", "部分中小银行"),
    ("也有部分公司年报被出具保留意见。", "部分公司"),
    ("不少上市公司加大了分红力度。", "上市公司"),
    ("沪深交易所将对年报开展审核问询。", "交易所"),
    ("全国银行间市场成交活跃，商业银行普遍增持国债。", "商业银行"),
])
def test_zh_generic_quantified_and_event_nouns_are_no_organizations(text: str, bad: str) -> None:
    assert bad not in orgs(text)


def test_zh_spokesman_after_regulator_keeps_the_regulator_whole() -> None:
    got = orgs("证监会新闻发言人在发布会上表示，将继续严格审核。")
    assert "证监会新闻" not in got and "中国证监会" in got


@pytest.mark.parametrize("text, org, person", [
    ("宏远电气前市场事务负责人陈立群告诉记者，订单明显回暖。", "宏远电气", "陈立群"),
    ("长川制药董事会秘书许文斌表示，公司将按期披露回复。", "长川制药", "许文斌"),
])
def test_zh_role_words_after_a_speakers_organization_go_to_the_role(text: str, org: str, person: str) -> None:
    got = ents(text, "zh")
    assert ("ORG", org) in got and ("PERSON", person) in got
    assert not any(t == "ORG" and n != org and n.startswith(org) for t, n in got)


@pytest.mark.parametrize("text", [
    "一家江苏纺织出口企业财务负责人告诉记者，结汇需求明显增加。",
    "某券商资深研究员表示，市场仍以震荡为主。",
    "一位城商行资产负债部人士透露，存款成本仍在上升。",
])
def test_zh_quantified_speaker_gives_no_organization(text: str) -> None:
    assert orgs(text) == set() or all(not n.startswith(("一家", "某", "城商行")) and "一家" not in n for n in orgs(text))


@pytest.mark.parametrize("text", [
    "据测算，二季度末全市场杠杆率约为1.3倍。",
    "国家统计局有关负责人解读称，核心通胀保持稳定。",
])
def test_zh_estimates_and_interpretation_are_no_speaker_organizations(text: str) -> None:
    assert not orgs(text) & {"测算", "解读"}


def test_zh_interpretation_cue_attributes_to_the_official() -> None:
    out = claims.extract([{"kind": "paragraph", "text": "国家统计局有关负责人解读称，核心通胀保持稳定。"}],
                         language="zh")
    assert [(c["kind"], c["speaker_org"]) for c in out] == [("indirect", "国家统计局")]


def test_zh_comma_cue_inside_a_prepositional_phrase_is_not_the_cue() -> None:
    out = claims.extract([{"kind": "paragraph", "text": "公司在回复中表示，新产线将于年底投产。"}], language="zh")
    assert [(c["kind"], c["cue"], c["text"]) for c in out] == [("indirect", "表示", "新产线将于年底投产")]


def test_en_currency_code_is_no_organization() -> None:
    got = ents("The onshore RMB weakened past 7.2 per dollar, traders said.", "en")
    assert not any(n in ("RMB", "USD") for _t, n in got)


@pytest.mark.parametrize("text", [
    "The People’s Bank of China said it would keep liquidity ample.",
    "Officials at the People’s Bank of China’s monetary policy committee met on Monday.",
    "Analysts expect the People's Bank of China to cut rates.",
])
def test_en_bank_of_with_possessive_is_an_organization(text: str) -> None:
    got = ents(text, "en")
    assert ("ORG", "People’s Bank of China") in got
    assert not any(t == "PERSON" and "Bank" in n for t, n in got)
    assert ("ORG", "Bank of China") not in got
