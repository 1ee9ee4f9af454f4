"""Headline lists and navigation rows are no prose for the Chinese claims (pipelines.zh_lists)."""

from __future__ import annotations

from pipelines import claims
from pipelines.zh_lists import mark_lists


def P(text: str) -> dict:
    return {"kind": "paragraph", "text": text}


HEADLINES = ["相关新闻：", "远川集团称三季度利润将翻番", "某市官员称房价不会大涨", "青禾乳业回应质疑：产品合格", "新能源车销量再创新高"]


def test_a_run_of_short_stopless_lines_is_a_list() -> None:
    kinds = [b["kind"] for b in mark_lists([P("韩立新表示，今年的订单比去年多。")] + [P(t) for t in HEADLINES])]
    assert kinds == ["paragraph"] + ["list"] * len(HEADLINES)


def test_two_lines_or_prose_are_not_a_list() -> None:
    blocks = [P("远川集团称三季度利润将翻番"), P("韩立新表示，今年的订单比去年多。"), P("某市官员称房价不会大涨")]
    assert [b["kind"] for b in mark_lists(blocks)] == ["paragraph"] * 3


def test_a_navigation_row_is_a_list() -> None:
    assert mark_lists([P("理财 ： 远川集团称利润翻番 | 也说加薪的经验 | 城里的房价")])[0]["kind"] == "list"


def test_hard_wrapped_prose_of_even_width_is_not_a_list() -> None:
    lines = ["韩立新早就指出，小企业的融资难题并不只是", "银行不愿意放贷，更在于企业自身的信用记录", "不够完整，所以他说这个问题要慢慢解决"]
    assert [b["kind"] for b in mark_lists([P(t) for t in lines])] == ["paragraph"] * 3


def test_no_claims_from_a_headline_list() -> None:
    texts = ["韩立新表示，今年的订单比去年多。"] + HEADLINES
    out = claims.extract([P(t) for t in texts], language="zh")
    assert [(c["speaker"], c["text"]) for c in out] == [("韩立新", "今年的订单比去年多")]
