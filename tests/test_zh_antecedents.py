"""The subject a Chinese 他/她 refers back to (``pipelines.zh_antecedents``)."""

from __future__ import annotations

import pytest

from pipelines.zh_antecedents import clause_subject


@pytest.mark.parametrize("clause, kind, phrase", [
    ("身为首席工程师的柯维安却批评了李明的方案", "person", "柯维安"),
    ("有位老渔夫在河边补网", "person", "老渔夫"),
    ("一位退休教师站起来说话", "person", "一位退休教师"),
    ("主人公安德烈·彼得罗夫是这样看待战争的", "person", "主人公安德烈·彼得罗夫"),
    ("卡拉斯科夫认为", "person", "卡拉斯科夫"),
    ("她的女儿急了", "person", "她的女儿"),
    ("他在城里走了一圈", "pronoun", "他"),
    ("张华批评了李四", "person", "张华"),
    ("著名的环保维权人士柯维安一直反对这个项目", "person", "著名的环保维权人士柯维安"),
])
def test_clause_subject(clause: str, kind: str, phrase: str) -> None:
    got = clause_subject(clause)
    assert got is not None and got[:2] == (kind, phrase)


@pytest.mark.parametrize("clause", ["公司今年扩张很快", "价格上涨了", "劝她快走", "今天天气很好",
                                    "记者采访专家时", "一张纸掉在地上"])
def test_no_person_subject(clause: str) -> None:
    assert clause_subject(clause) is None


@pytest.mark.parametrize("clause, phrase", [
    ("萧成、冯亦安等人都觉得", "萧成、冯亦安等人"),
    ("钱江和郑淮都反对", "钱江和郑淮"),
    ("有些学者认为", "有些学者"),
    ("三个人一起走", "三个人"),
])
def test_group_subject(clause: str, phrase: str) -> None:
    assert clause_subject(clause) == ("group", phrase, None)
