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
    c = run("“合规是一条底线。”北京尚广律师事务所刑事部主任丁飞鹏对记者说。")[0]
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


def test_wrapped_line_taken_for_a_heading_is_joined():
    # hard-wrapped plain text: a short line with no stop at its end was marked a heading, though a
    # sentence ends inside it and the quotation it opens closes on the next line
    blocks = [P("城东的老街去年改造以后，来逛的游客一年比一年多，店主们也都忙了起来，"),
              {"kind": "heading", "text": "生意好了许多。马国强(Ma Guoqiang)说：“这条街上的店铺去年"},
              P("换了一半，租金涨了三成，可生意还是比以前好做。”")]
    out = claims.extract(blocks, language="zh")
    assert [(c["kind"], c["speaker"]) for c in out] == [("direct", "马国强")]
    assert out[0]["text"].startswith("这条街") and out[0]["text"].endswith("好做。")


def test_long_wrapped_line_with_a_comma_taken_for_a_heading_is_joined():
    # a comma inside a 30+ character line without a stop marks prose cut by a hard wrap,
    # even with a numbered heading glued before it
    blocks = [P("他们那一代人后来大多回到了城里。"),
              {"kind": "heading", "text": "七、关于旧日的回忆两年前，一位当年的知青代表接受记者采访，谈起那段岁月，他说"},
              P("那是自己几十年的人生中最难忘的一段时光。")]
    out = claims.extract(blocks, language="zh")
    assert [(c["kind"], c["speaker_text"], c["text"][:4]) for c in out] == [("indirect", "他", "那是自己")]
    short = [P("他们那一代人后来大多回到了城里。"), {"kind": "heading", "text": "七、回忆，他说"}, P("那是自己几十年的人生中最难忘的一段时光。")]
    assert claims.extract(short, language="zh") == []


def test_numbered_heading_is_not_joined():
    from pipelines.attribution_common import paragraph_offsets
    from pipelines.attribution_zh import join_wrapped

    blocks = [P("他每天清早都到河边散步，回来以后总要在院子里坐上一会儿，看看花草"),
              {"kind": "heading", "text": "他常说种花是他一辈子的爱好。三、晚年的生活"},
              P("退休以后，他把院子改成了一个小花园。")]
    merged, _offsets, first = join_wrapped(blocks, paragraph_offsets(blocks))
    assert first == [0, 1, 2]
    blocks[1] = {"kind": "heading", "text": "他常说种花是他一辈子的爱好。退休以后他每天都在院子里"}
    merged, _offsets, first = join_wrapped(blocks, paragraph_offsets(blocks))
    assert first == [0] and merged[0]["kind"] == "paragraph"


def test_pronoun_with_de_is_not_the_speaker():
    # 他的同事 / 他们的律师 name someone else than 他 / 他们
    out = run("他的同事林晓东说，这个项目明年春天就能完工。", "他们的律师表示，双方已经就赔偿问题达成一致。")
    assert [c["speaker_text"] for c in out] and all(c["speaker_text"] not in ("他", "他们") for c in out)


def test_speaker_phrase_stops_at_a_sentence_end():
    from pipelines.zh_speakers import clean_subject

    # a question closing the sentence before the cue is no part of the speaker
    assert clean_subject("大家都问这座桥什么时候能修好？林晓东") == "林晓东"
    assert clean_subject("问他为什么不出海？") == ""


def test_no_org_from_a_phrase_ending_in_de():
    out = run("中心的一位女士称，这项调查还没有最后的结论。")
    assert [c["speaker_org"] for c in out] == [None]
