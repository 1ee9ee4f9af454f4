"""claims.extract on hand-made Chinese blocks."""

from __future__ import annotations

import pytest

from pipelines import claims


def P(text: str) -> dict:
    return {"kind": "paragraph", "text": text}


def run(*texts: str) -> list[dict]:
    blocks = [P(t) for t in texts]
    out = claims.extract(blocks, language="zh")
    body = "\n\n".join(texts)
    for c in out:
        assert body[c["start"]:c["end"]] == c["text"]
    return out


@pytest.mark.parametrize("text, speaker, cue", [
    ("邢萌表示，“监管将持续加码。”", "邢萌", "表示"),
    ("“监管将持续加码。”邢萌告诉《证券日报》记者。", "邢萌", "告诉《证券日报》记者"),
    ("他说：“监管将持续加码。”", "他", "说"),
])
def test_direct(text, speaker, cue):
    out = run(text)
    assert len(out) == 1
    assert (out[0]["kind"], out[0]["speaker"], out[0]["cue"], out[0]["text"]) == ("direct", speaker, cue, "监管将持续加码。")


def test_role_before_name_and_org():
    c = run("火币矿池负责人张三认为，矿池业务将全面转向海外。")[0]
    assert (c["kind"], c["speaker"], c["speaker_role"], c["speaker_org"]) == ("indirect", "张三", "负责人", "火币矿池")
    assert c["text"] == "矿池业务将全面转向海外"


def test_org_name_role():
    c = run("“合规是底线。”北京尚广律师事务所刑事部主任丁飞鹏对记者说。")[0]
    assert (c["speaker"], c["speaker_role"], c["speaker_org"]) == ("丁飞鹏", "刑事部主任", "北京尚广律师事务所")


@pytest.mark.parametrize("text, speaker, clause", [
    ("据一位接近火币的人士透露，火币已暂停相关服务。", "一位接近火币的人士", "火币已暂停相关服务"),
    ("在中信证券首席经济学家明明看来，降息仍有空间。", "明明", "降息仍有空间"),
    ("张华指出，行业洗牌将在两年内完成。", "张华", "行业洗牌将在两年内完成"),
    ("业内人士坦言，小矿场很难搬迁。", "业内人士", "小矿场很难搬迁"),
])
def test_indirect(text, speaker, clause):
    c = run(text)[0]
    assert (c["kind"], c["speaker"], c["text"]) == ("indirect", speaker, clause)


def test_quote_then_clause_and_pronoun():
    out = run("“出海潮已经开始。”吴宏亮告诉记者，大量矿工正在寻找海外场地。", "他称，这一趋势难以逆转。")
    assert [(c["kind"], c["speaker"]) for c in out] == [("direct", "吴宏亮"), ("indirect", "吴宏亮"), ("indirect", "吴宏亮")]


def test_short_reference_resolves():
    out = run("一位矿业资深从业者透露，部分矿场已经断电。", "该从业者认为，监管还会继续收紧。")
    assert {c["speaker"] for c in out} == {"一位矿业资深从业者"}


def test_not_claims():
    assert run("记者了解到，多家矿池已停止服务。", "据悉，新规将于下月实施。",
               "据中指研究院数据，房价环比下跌0.12%。", "部分矿场希望地方监管“高抬贵手”。") == []
