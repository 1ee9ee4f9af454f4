"""Every paragraph layout of ``pipelines/data/layouts.toml`` runs its own examples."""

from __future__ import annotations

import pytest

from pipelines import claims, layouts

CASES = [(lay, ex) for lay in layouts.layouts() for ex in lay.examples]


def test_every_layout_has_positive_and_negative_examples() -> None:
    for lay in layouts.layouts():
        assert any(ex[1] for ex in lay.examples), lay.name
    assert {lay.lang for lay in layouts.layouts()} == {"en", "zh"}


@pytest.mark.parametrize("layout, example", CASES, ids=[f"{lay.lang}-{lay.name}-{i}" for i, (lay, _e) in enumerate(CASES)])
def test_layout_example(layout: layouts.Layout, example: tuple[str, str, str]) -> None:
    text, speaker, content = example
    # a second paragraph names the speaker again, as articles do ("named" check)
    other = f"{speaker.split()[-1]} has farmed here for years." if speaker else "Nothing else."
    hit = layouts.match(layout, text, text + "\n\n" + other)
    if not speaker:
        assert hit is None
        return
    assert hit is not None
    assert hit["speaker"] == speaker
    assert text[hit["start"]:hit["end"]] == content


def test_transcript_lines_become_claims_with_resolved_speakers() -> None:
    blocks = [{"kind": "paragraph", "text": t} for t in (
        "DANA KIRBY, HOST: Farmers in the valley are counting their losses after the frost.",
        "Greta Halvorsen runs the largest orchard in the county.",
        "GRETA HALVORSEN: We planted late this spring, and the frost still caught half the orchard.",
        "HALVORSEN: Nobody here remembers a colder May than this one, not even my father.",
    )]
    out = claims.extract(blocks, language="en")
    assert [(c["speaker"], c["speaker_text"], c["cue"]) for c in out] == [
        ("Greta Halvorsen", "GRETA HALVORSEN", ":"), ("Greta Halvorsen", "HALVORSEN", ":")]


def test_zh_interview_answer_goes_on_over_untagged_paragraphs() -> None:
    """An answer in a Chinese interview transcript runs over the paragraphs after it
    up to the next tagged line (记者：), and the last one to the article's end."""
    blocks = [{"kind": "paragraph", "text": t} for t in (
        "记者：你们的新工厂建在哪里，什么时候投产？",
        "郑海涛：就在城北的开发区，明年春天就能投产，产能比老厂大一倍。",
        "第二步是把研发中心也搬过去，让设计和生产挨在一起。",
        "记者：工人从哪里招，培训怎么安排？",
        "郑海涛：主要在本地招工，我们自己办了一个培训班。",
        "培训班每期两个月，学员结业后直接上岗。",
    )]
    out = claims.extract(blocks, language="zh")
    assert [(c["speaker"], c["text"][:4], c["text"][-4:]) for c in out] == [
        ("郑海涛", "就在城北", "在一起。"),
        ("郑海涛", "主要在本", "接上岗。"),
    ]


def test_zh_tagged_line_alone_stays_one_paragraph() -> None:
    """One tagged line is no transcript: the paragraphs after it are the article's own."""
    blocks = [{"kind": "paragraph", "text": t} for t in (
        "郑海涛：就在城北的开发区，明年春天就能投产，产能比老厂大一倍。",
        "开发区去年引进了十二家企业，税收增长三成。",
    )]
    out = claims.extract(blocks, language="zh")
    assert [(c["speaker"], c["text"][-4:]) for c in out] == [("郑海涛", "大一倍。")]


def test_zh_answer_stops_at_a_label_line_and_at_an_attribution():
    """The answer does not run into a new section (``评论：……``, a short line) or over a
    paragraph with an attribution of its own."""
    blocks = [{"kind": "paragraph", "text": t} for t in (
        "韩立东（某大学教授）：利率下行的空间已经不大，关键看信贷需求能否回暖。",
        "邬海峰（某证券分析师）：消费回暖要到明年，出口还会放缓一段时间。",
        "评论：雨过天晴",
        "这一年的市场起起落落，投资者的心情也跟着起起落落。",
    )]
    out = claims.extract(blocks, language="zh")
    assert [(c["speaker"], c["text"][-4:]) for c in out] == [("韩立东", "否回暖。"), ("邬海峰", "段时间。")]
    blocks[2] = {"kind": "paragraph", "text": "对此，市场人士孙大伟表示，明年的行情仍然难以判断。"}
    out = claims.extract(blocks, language="zh")
    assert [(c["speaker"], c["text"][-4:]) for c in out][:2] == [("韩立东", "否回暖。"), ("邬海峰", "段时间。")]


def test_zh_comment_paragraphs_without_questions_are_statements_of_their_own() -> None:
    """Expert comments (``姓名（身份）：``) in a page with no question line (``记者：``): the
    paragraph after a comment is the same speaker's next statement, a claim of its own."""
    blocks = [{"kind": "paragraph", "text": t} for t in (
        "韩立东（某大学教授）：利率下行的空间已经不大，关键看信贷需求能否回暖。",
        "每年的存款增速都不一样，用这样少的样本推出这样多的结论，岂不是说明市场有神秘力量？",
        "邬海峰（某证券分析师）：消费回暖要到明年，出口还会放缓一段时间。",
    )]
    out = claims.extract(blocks, language="zh")
    assert [(c["speaker"], c["text"][:4], c["text"][-4:]) for c in out] == [
        ("韩立东", "利率下行", "否回暖。"), ("韩立东", "每年的存", "秘力量？"), ("邬海峰", "消费回暖", "段时间。")]
