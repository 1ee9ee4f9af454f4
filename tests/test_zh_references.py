"""Chinese speakers resolved from the article around them (``pipelines.zh_references``,
``zh_antecedents``, ``zh_scene``, ``zh_persons``): invented text, end to end through
``claims.extract``."""

from __future__ import annotations

import pytest

from pipelines import claims
from pipelines.zh_antecedents import clause_subject
from pipelines.zh_persons import person_spans
from pipelines.zh_scene import people_of_a_place


def run(*texts: str) -> list[dict]:
    return claims.extract([{"kind": "paragraph", "text": t} for t in texts], language="zh")


def speaker_of(out: list[dict], first: str) -> tuple[str, str]:
    c = next(c for c in out if c["text"].startswith(first))
    return c["speaker"], c["speaker_text"]


def test_description_named_before_the_name() -> None:
    out = run("来自江城的老中医吕平安在竹屋里住了四十天。",
              "记者见到了他的家人。老中医说，这四十天里每天只喝清水。")
    assert speaker_of(out, "这四十天") == ("吕平安", "老中医")


def test_story_gives_the_name_after_the_description() -> None:
    out = run("从前，南方有位贤明的国王，名叫松年，一天他走进厨房。",
              "国王对厨子们说：“你们做的饭菜，要先给老人送去。”")
    assert speaker_of(out, "你们做的饭菜") == ("松年", "国王")


def test_generic_source_is_not_the_named_one() -> None:
    out = run("专家柳青山参加了会议。", "会后，专家说，明年的雨水会偏多。")
    assert speaker_of(out, "明年") == ("专家", "专家")


def test_possessive_pronoun_takes_the_antecedent() -> None:
    out = run("城东有一位木匠，籍贯江西，名叫陶永福，家中只有夫妻两个。",
              "他的妻子哭着说：“这一年的工钱都没有拿到。”")
    assert speaker_of(out, "这一年") == ("陶永福的妻子", "他的妻子")


def test_latin_stage_name_written_with_the_chinese_name() -> None:
    out = run("歌迷都在等Mimi韩素云发行新专辑。", "Mimi说，新专辑要自己写歌。")
    assert speaker_of(out, "新专辑") == ("韩素云", "Mimi")


def test_people_of_a_place_is_not_he() -> None:
    out = run("作家罗远山研究草原文化多年。按照老传统，蒙古人认为挖土会惊动祖先。他认为成片发掘违反了习俗。")
    assert speaker_of(out, "成片") == ("罗远山", "他")


def test_anonymized_name_is_a_person() -> None:
    out = run("“金杯奖”获得者邬某，至今没有行医执照，可是他在发布会上宣称，已拿到了国外的博士学位。")
    assert speaker_of(out, "已拿到") == ("邬某", "他")


@pytest.mark.parametrize("clause, phrase", [
    ("譬如如今的某些地方官员", "如今的某些地方官员"),
    ("也有些评论者从另一个角度看问题", "有些评论者"),
])
def test_group_after_an_adverb(clause: str, phrase: str) -> None:
    assert clause_subject(clause) == ("group", phrase, None)


@pytest.mark.parametrize("phrase, people", [
    ("蒙古人", True), ("法国人", True), ("上海人", True), ("那个法国人", False), ("老人", False), ("陈夫人", False),
])
def test_people_of_a_place(phrase: str, people: bool) -> None:
    assert people_of_a_place(phrase) is people


def test_anonymized_person_spans() -> None:
    text = "所长邬某等二人获奖。于某些地区，"
    assert [text[a:b] for a, b in person_spans(text)] == ["邬某"]


def test_they_after_acting_with_someone() -> None:
    out = run("上周，总理蓝卫东飞抵南港，和邻国总统霍文山签订了渔业协定。他们表示，两国将共同巡护海域。")
    assert speaker_of(out, "两国") == ("蓝卫东和霍文山", "他们")


@pytest.mark.parametrize("first", ["奥巴马", "南港代表团"])
def test_they_after_acting_with_someone_whatever_the_first_subject(first: str) -> None:
    # a subject the dictionary does not read as a person (a name tagged as a place, a delegation)
    out = run(f"上周，{first}飞抵北湖出席峰会，和邻国总统霍文山签订了渔业协定。他们表示，两国将共同巡护海域。")
    assert speaker_of(out, "两国") == (f"{first}和霍文山", "他们")


@pytest.mark.parametrize("clause, phrase", [
    ("一位当年的船队头头在码头接待记者", "一位当年的船队头头"),  # 位 counts persons; 记者 is no part of him
    ("一位退休教师站起来说话", "一位退休教师"),
])
def test_person_counted_with_wei(clause: str, phrase: str) -> None:
    assert clause_subject(clause)[:2] == ("person", phrase)


def test_copula_is_no_description_of_a_person() -> None:
    from pipelines.zh_antecedents import _person_heads
    from pipelines.zh_scene import introduced

    assert clause_subject("一个理由是大家都累了") is None
    assert introduced("最要紧的一个理由是大家都累了", _person_heads()) is None
    out = run("一位当年的船队头头在码头接待记者，他说那是最难熬的一年。")
    assert speaker_of(out, "那是")[0] == "一位当年的船队头头"


def test_copula_naming_a_latin_name() -> None:
    out = run("韦伯的另一位老友是Ada Quenby，她早年离开银行。她在一本书中写道，海岸侵蚀比人们想的快。")
    assert speaker_of(out, "海岸侵蚀") == ("Ada Quenby", "她")


def test_means_clause_is_no_speaker() -> None:
    out = run("以钱某和孙某为代表的一批医学界人士，通过本刊首先对这场表演发出了质疑，指责这种商业炒作有违公德。")
    assert speaker_of(out, "指责这种") == ("以钱某和孙某为代表的一批医学界人士",) * 2


def test_elided_subject_keeps_an_anonymized_name() -> None:
    out = run("老船工陶某，通过翻译告诉记者，今年的鱼少了。")
    assert speaker_of(out, "今年")[0] == "老船工陶某"


def test_declared_short_name() -> None:
    out = run("中国远洋运输公司（以下简称“中远”）昨日发布公告。", "中远表示，新规将于下月实施。")
    assert speaker_of(out, "新规") == ("中国远洋运输公司", "中远")
    out = run("课本里的《远方的灯塔》(以下简称《灯》)流传很广。", "《灯》文写道，灯塔看守人坚守了三十年。")
    assert speaker_of(out, "灯塔看守人") == ("《远方的灯塔》", "《灯》文")


def test_hard_wrapped_clause_is_one_clause() -> None:
    out = run("去年深秋的一个下午，船队代表林海生与新任港务局局\n长邬建平对这次事故进行了讨论。他们认为，\n责任应当由船东承担。")
    assert speaker_of(out, "责任")[0] == "林海生与邬建平"


def test_icon_glyphs_before_a_story_do_not_hide_its_person() -> None:
    # private-use characters (an icon font) opening the paragraphs of an HTML page
    out = run("有一位木匠，天天在院子里做活。", "\ue5e5\ue5e5 三、渡口",
              "\ue5e5\ue5e5有一老船工，在渡口撑了一辈子船。他对徒弟说：“这条河的脾气，你要慢慢去摸。”")
    assert speaker_of(out, "这条河") == ("老船工", "他")


@pytest.mark.parametrize("clause, name", [
    ("身为大副的萨维来恩却讥讽船长的这个判断", "萨维来恩"),  # 萨/nr 维/v 来/v 恩/nr
    ("贝卢斯科尼去南港出席峰会", "贝卢斯科尼"),
])
def test_transliterated_name_left_in_single_characters(clause: str, name: str) -> None:
    assert clause_subject(clause) == ("person", name, name)


def test_he_after_a_transliterated_name() -> None:
    out = run("船长罗远山讲了他的看法。可是，身为大副的萨维来恩却讥讽船长的这个判断。"
              "他直截了当地宣称：“风暴明天就会到，我们今天必须返航。”")
    assert speaker_of(out, "风暴") == ("萨维来恩", "他")
