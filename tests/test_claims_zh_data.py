"""The Chinese reporting forms as data: every example of
``pipelines/data/attribution_zh_examples.toml`` runs through ``claims.extract``, and every
cue pattern of ``[zh.cue_patterns]`` matches its own cue and none of the words it is
written to refuse (issue 9)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from pipelines import claims
from pipelines.attribution_common import vocab
from pipelines.zh_speakers import _v, clean_subject, parse_subject

DATA = Path(claims.__file__).resolve().parent / "data" / "attribution_zh_examples.toml"
EXAMPLES = tomllib.loads(DATA.read_text(encoding="utf-8"))["example"]


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["name"] for e in EXAMPLES])
def test_example(example: dict) -> None:
    blocks = [{"kind": "paragraph", "text": t} for t in example["paragraphs"]]
    body = "\n\n".join(example["paragraphs"])
    out = claims.extract(blocks, language="zh")
    for c in out:
        assert body[c["start"]:c["end"]] == c["text"]
    want = example["claims"]
    assert len(out) == len(want), [(c["kind"], c["speaker"], c["text"]) for c in out]
    for got, exp in zip(out, want):
        assert got["kind"] == exp["kind"], got
        assert got["speaker"] == exp["speaker"], got
        assert got["speaker_text"] == exp.get("written", exp["speaker"]), got
        assert exp["cue"] in got["cue"] or got["cue"] in exp["cue"], got
        assert got["text"].startswith(exp["first"]) and got["text"].endswith(exp["last"]), got["text"]
        for key, field in (("role", "speaker_role"), ("org", "speaker_org")):
            if key in exp:
                assert got[field] == exp[key], got


def test_every_example_cue_is_in_the_lexicon() -> None:
    cues = set(vocab("zh")["cues"])
    used = {c["cue"] for e in EXAMPLES for c in e["claims"]}
    # frames are read by zh_clauses._front, not the cue list: 在…看来, 在…眼里, 按照…的看法;
    # a passive naming (被某某誉为“……”) by attribution_zh._named_by
    assert used - {"：", "据介绍", "看来", "眼里", "看法", "说法", "告诉记者", "誉为"} <= cues


@pytest.mark.parametrize("cue, refused", [
    ("说", ["说明", "听说", "说话", "莫说", "说出", "说说", "与其说", "不用说", "简单说", "确切说", "可说是",
            "有这么一说", "对我来说", "投资阶段好说", "很难说"]),
    ("报道", ["据报道，", "该报道称", "报道了"]),
    ("承认", ["得到承认", "争取承认", "被承认", "承认为", "承认的"]),
    ("称", ["称为", "称心", "又称", "匀称"]),
    ("分析", ["分析师", "分析理论", "分析得"]),
    ("讲", ["演讲，", "听讲："]),
])
def test_cue_patterns_refuse_the_words_they_are_written_for(cue: str, refused: list[str]) -> None:
    rx = re.compile("(?:" + vocab("zh")["cue_patterns"][cue] + ")")
    assert rx.search(cue + "，") and rx.search("某某" + cue + "，")
    for word in refused:
        assert not rx.search(word), word


def test_say_after_a_posture_verb_is_a_cue() -> None:
    rx = re.compile("(?:" + vocab("zh")["cue_patterns"]["说"] + ")")
    assert rx.search("老会计站起来说：") and rx.search("她转过来说，")


def test_the_lexicon_holds_the_common_reporting_expressions() -> None:
    v = vocab("zh")
    assert len(set(v["cues"])) >= 80
    for cue in ("表示", "称", "指出", "透露", "坦言", "介绍", "认为", "告诉", "问", "写道"):
        assert cue in v["cues"]
    assert _v()["cue_rx"].search("他坦言，")


@pytest.mark.parametrize("prefix, subject", [
    ("母亲却", "母亲"),
    ("老渔民不禁摇头叹息", "老渔民"),
    ("严格地", ""),
    ("就问他", "他"),
    ("晚上又听他", "他"),
    ("第二天又听他祷告", "他"),
    ("最后她对丈夫", "她"),
    ("最后她", "她"),
    ("女儿更加着急的", "女儿"),
    ("张岚让他", "张岚让他"),
])
def test_clean_subject_leaves_manner_and_asking_to_the_verb(prefix: str, subject: str) -> None:
    assert clean_subject(prefix) == subject


@pytest.mark.parametrize("phrase", ["莫", "要他", "直觉让他", "严格地", "记者", "如果细加分析", "我只好", "我对他",
                                    "照理", "一般来", "或者", "这场变革与其", "问题是", "尽管", "当老师",
                                    "各单位要严格落实", "越需要提高效率", "毫不", "夸张点"])
def test_phrases_that_name_no_source(phrase: str) -> None:
    assert parse_subject(phrase) is None


@pytest.mark.parametrize("phrase", ["主要负责人", "主要领导班子成员", "市政府"])
def test_phrases_with_要_in_a_word_are_sources(phrase: str) -> None:
    assert parse_subject(phrase) is not None


def test_role_and_org_come_apart_from_the_name() -> None:
    p = parse_subject("中信证券首席经济学家明明")
    assert (p["speaker"], p["role"], p["org"], p["ref"]) == ("明明", "首席经济学家", "中信证券", "name")
