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
