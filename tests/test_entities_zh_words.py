"""entities_zh_words: the Chinese name rules read the same names from the blocks that
may hold one as from the whole body's segmentation (invented text)."""

from pipelines.entities_zh_words import name_words
from pipelines.zh_names import _zh_names, segment_zh

TEXTS = [
    "今天天气很好，我们去公园散步吧。据悉，蓝湖科技公司董事长赵明远在杭州表示，公司将扩大生产。",
    "他去了杭州科技，今天天气很好，研究院表示将扩大生产。",
    "钱立新说，北京青木律师事务所将搬迁，该委员会的决定符合预期。Apex Labs 也发布了报告。",
    "哈哈哈，嗯嗯。好的",
    "",
    "no Chinese here at all, only English words.",
]


def test_same_names_as_whole_body():
    for text in TEXTS:
        assert _zh_names(text, name_words(text)) == _zh_names(text), text


def test_blocks_without_a_name_word_are_not_segmented():
    text = TEXTS[0]
    words = name_words(text)
    assert len(words) < len(segment_zh(text))
    assert all(p >= text.index("据悉") for p, _w, _t in words)


def test_a_skipped_block_does_not_join_an_organization_across_it():
    # 研究院 opens its block: the words before it are in another block, never part of it
    text = TEXTS[1]
    assert (3, 18, "ORG") not in _zh_names(text, name_words(text))
    assert [w for w in name_words(text) if w[0] == 14] == [(14, "，", "x")]


def _random_texts(n: int, seed: int) -> list[str]:
    """Invented Chinese: dictionary names, organization suffixes, ordinary words, Latin
    runs and punctuation in random order (names split across blocks, suffixes alone)."""
    import random

    rnd = random.Random(seed)
    pieces = ["北京", "上海", "杭州", "蓝湖", "青木", "科技", "公司", "集团", "律师", "事务所", "委员会", "研究院",
              "证券", "银行", "张伟", "李明", "王芳", "赵", "钱", "表示", "今天", "天气", "很好", "我们", "发展",
              "新闻", "发言人", "发布会", "全部", "社会", "场所", "部", "会", "所", "中国", "人民", "的", "了",
              "Apex", "AB", "3", "，", "。", "、", " ", "“", "”", "（", "）"]
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 40))) for _ in range(n)]


def test_same_names_as_whole_body_on_random_text():
    for text in _random_texts(300, seed=3):
        assert _zh_names(text, name_words(text)) == _zh_names(text), text


def test_holds_name_word_is_a_substring_test_of_the_name_vocabulary():
    from pipelines.entities_zh_words import holds_name_word, name_vocab
    from pipelines.zh_names import _HAN_BLOCK

    vocab = name_vocab()
    longest = max(map(len, vocab))
    for text in _random_texts(200, seed=4):
        for blk in _HAN_BLOCK.findall(text):
            plain = any(blk[i:j] in vocab for i in range(len(blk))
                        for j in range(i + 2, min(len(blk), i + longest) + 1))
            assert holds_name_word(blk) == plain, blk


def test_a_block_opening_a_name_word_but_holding_none_is_not_segmented():
    # 北京 opens 北京大学 (and is a place itself); 京沪 alone is no name word of the vocabulary
    from pipelines.entities_zh_words import holds_name_word, openers

    assert "北京" in openers() and holds_name_word("在北京工作")
    pair = next(p for p in sorted(openers()) if not holds_name_word(p))  # an opener that is no word itself
    assert name_words("，今天" + pair + "了。") == []


def test_the_organization_suffixes_are_not_latin():
    # a Latin run is one "eng" word that is no dictionary word: a Latin suffix would end an
    # organization the name vocabulary (dictionary words) cannot see
    from pipelines.zh_names import _ALNUM, _zh_rules

    assert all(not set(s) <= _ALNUM for s in _zh_rules()["suffixes"])


def test_segment_zh_matches_jieba_on_random_text():
    import jieba.posseg

    for text in _random_texts(150, seed=6):
        pos, expected = 0, []
        for w in jieba.posseg.cut(text, HMM=False):
            expected.append((pos, w.word, w.flag))
            pos += len(w.word)
        assert segment_zh(text) == expected, text


def test_the_cached_name_vocabulary_is_the_built_one(tmp_path, monkeypatch):
    import tempfile

    from pipelines import entities_zh_words as zw
    from pipelines.disk_cache import cached

    monkeypatch.setenv("NEWSARCHIVE_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    built = zw._build_name_vocab()
    assert cached("zh_name_vocab", zw._name_vocab_key(), zw._build_name_vocab) == built
    assert cached("zh_name_vocab", zw._name_vocab_key(), lambda: 1 / 0) == built  # read back
    assert zw.name_vocab() == built


def test_the_name_vocabulary_key_follows_the_rules(monkeypatch):
    from pipelines import entities_zh_words as zw

    key = zw._name_vocab_key()
    assert zw._name_vocab_key() == key
    rules = dict(zw._zh_rules())
    rules["surnames"] = rules["surnames"] | {"乙"}
    monkeypatch.setattr(zw, "_zh_rules", lambda: rules)
    assert zw._name_vocab_key() != key


def test_the_name_vocabulary_key_follows_the_joinable_tags(monkeypatch):
    from pipelines import entities_zh_words as zw

    key = zw._name_vocab_key()
    monkeypatch.setattr(zw, "_ZH_JOINABLE", zw._ZH_JOINABLE | {"v"})
    assert zw._name_vocab_key() != key
