"""pipelines.zh_lexicon: jieba's tables from the project's cache file are jieba's own."""

from __future__ import annotations

import random

from pipelines import zh_lexicon
from pipelines.zh_names import _segment_block, _HAN_BLOCK


def _no_build():
    raise AssertionError("rebuilt")


def test_the_cached_tables_are_jiebas(cache_folder, monkeypatch):
    import jieba
    import jieba.posseg as posseg

    built = zh_lexicon._lexicon_tables()
    assert (cache_folder / "zh_lexicon.marshal").is_file()
    monkeypatch.setattr(zh_lexicon, "_build_lexicon_tables", _no_build)
    freq, total, tags = zh_lexicon._lexicon_tables()  # read back from the file
    jieba.initialize()
    assert total == jieba.dt.total == built[1]
    assert freq == jieba.dt.FREQ
    assert list(freq) == list(jieba.dt.FREQ)
    assert tags == posseg.dt.word_tag_tab


def test_the_cached_lexicon_segments_as_jieba_posseg(cache_folder):
    import jieba.posseg as posseg

    zh_lexicon._lexicon_tables()
    freq, total, tags = zh_lexicon._lexicon_tables()
    lex = zh_lexicon._Lexicon(freq, tags, total)
    rng = random.Random(11)
    chars = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞"
    for _ in range(200):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(1, 40)))
        ours: list = []
        for blk in _HAN_BLOCK.split(text):
            if blk and _HAN_BLOCK.match(blk):
                _segment_block(blk, 0, ours, lex)
        assert [(w, t) for _p, w, t in ours] == [(p.word, p.flag) for p in posseg.cut(text, HMM=False)], text


def test_a_stale_lexicon_file_is_rebuilt(cache_folder, monkeypatch):
    key = zh_lexicon._lexicon_key()
    zh_lexicon._lexicon_tables()
    calls = []
    real = zh_lexicon._build_lexicon_tables
    monkeypatch.setattr(zh_lexicon, "_build_lexicon_tables", lambda: calls.append(1) or real())
    # jieba upgraded, or its dictionary rewritten: another key
    monkeypatch.setattr(zh_lexicon, "_lexicon_key", lambda: key[:2] + ((key[2][0], key[2][1] + 1, key[2][2]),))
    zh_lexicon._lexicon_tables()
    zh_lexicon._lexicon_tables()
    assert calls == [1]


def test_a_corrupt_lexicon_file_is_rebuilt(cache_folder, monkeypatch):
    zh_lexicon._lexicon_tables()
    path = cache_folder / "zh_lexicon.marshal"
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    calls = []
    real = zh_lexicon._build_lexicon_tables
    monkeypatch.setattr(zh_lexicon, "_build_lexicon_tables", lambda: calls.append(1) or real())
    freq, _total, _tags = zh_lexicon._lexicon_tables()
    assert calls == [1] and len(freq) > 100000
    zh_lexicon._lexicon_tables()
    assert calls == [1]


def test_the_key_names_jiebas_version_and_dictionary():
    from importlib.metadata import version

    name, ver, (path, size, _mtime) = zh_lexicon._lexicon_key()
    assert (name, ver) == ("jieba", version("jieba"))
    assert path.endswith("dict.txt") and size > 0


def test_jieba_posseg_handed_the_cached_table_tags_as_jieba_alone():
    import subprocess
    import sys

    texts = ["王建国", "博客书架", "赵延东、风笑天", "胡平说明天下雨", "章费用", "李雷和韩梅梅去了北京大学"]
    probe = ("import json, sys; texts = json.loads(sys.argv[1]); {}; "
             "print(json.dumps([[(w.word, w.flag) for w in posseg.cut(t)] for t in texts]))")
    ours = probe.format("from pipelines.zh_lexicon import jieba_posseg, _lex; _lex(); posseg = jieba_posseg(); "
                        "import jieba; assert jieba.dt.FREQ is _lex().freq")
    plain = probe.format("import jieba.posseg as posseg")
    import json

    outs = [subprocess.run([sys.executable, "-c", code, json.dumps(texts)], capture_output=True, text=True,
                           check=True).stdout for code in (ours, plain)]
    assert outs[0] == outs[1]
    assert len(json.loads(outs[0])) == len(texts)
