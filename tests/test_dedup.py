"""pipelines.dedup: canonical URLs, hashes, MinHash and the LSH index."""

from __future__ import annotations

import pytest

from pipelines.dedup import (NUM_PERM, NearDuplicateIndex, canonical_url, content_hash, jaccard, minhash, run,
                             shingles)
from pipelines.document import Document

STORY = (
    "Copper prices rose to their highest level in two months on Tuesday as a strike at one of Chile's largest "
    "mines entered its third week, tightening an already thin supply of refined metal. Benchmark three-month "
    "copper on the London Metal Exchange gained 1.8% to $9,412 a tonne by mid-afternoon, while the most-traded "
    "contract in Shanghai rose 1.2%. Stocks in registered warehouses have fallen by almost 40% since March. "
    "Union leaders said talks with management had stalled over wage increases and bonus payments."
)
OTHER = (
    "The central bank left its benchmark interest rate unchanged on Thursday for a fifth consecutive meeting, "
    "saying it needed more evidence that inflation was returning sustainably to its target before easing policy. "
    "Seven of the nine members of the committee voted to hold, while two favoured a quarter-point cut."
)
ZH = "中国人民银行5日宣布，决定于9月15日下调金融机构存款准备金率0.5个百分点，此次降准共计释放长期资金约1万亿元。央行有关负责人表示，此次降准是为了巩固经济回升向好基础，保持流动性合理充裕。"


@pytest.mark.parametrize("url, want", [
    ("HTTP://WWW.Example.COM:80/a/b/index.html?utm_source=x&b=2&a=1#top", "http://example.com/a/b/?a=1&b=2"),
    ("https://m.example.com/news/1.html?spm=a.b.c&from=timeline", "https://example.com/news/1.html"),
    ("https://example.com/news/1.html?fbclid=XYZ&gclid=1&id=7", "https://example.com/news/1.html?id=7"),
    ("https://example.com", "https://example.com/"),
    ("https://example.com:8443/x", "https://example.com:8443/x"),
    ("https://example.com/story/amp/", "https://example.com/story"),
])
def test_canonical_url(url, want):
    assert canonical_url(url) == want


def test_canonical_url_mirrors_agree():
    urls = ["http://www.zqrb.cn/finance/a/2021-05-26/A1621983946519.html",
            "http://m.zqrb.cn/finance/a/2021-05-26/A1621983946519.html?from=singlemessage",
            "http://zqrb.cn/finance/a/2021-05-26/A1621983946519.html#comments"]
    assert len({canonical_url(u) for u in urls}) == 1


def test_content_hash_is_sha256_hex():
    assert content_hash("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"


def test_shingles_language_aware():
    assert "one two three" in shingles("One two three four")
    assert "中 国 人 民" in shingles(ZH)


def test_minhash_signature_format():
    sig = minhash(STORY)
    assert len(sig) == NUM_PERM and all(isinstance(v, int) and 0 <= v < 2 ** 32 for v in sig)
    assert sig == minhash(STORY)  # deterministic


def test_republication_is_near_duplicate_and_other_story_is_not():
    republished = "Securities Daily | " + STORY + " Recommend: Five things to watch this week."
    assert jaccard(minhash(STORY), minhash(republished)) >= 0.8
    assert jaccard(minhash(STORY), minhash(OTHER)) < 0.2
    assert jaccard(minhash(ZH), minhash(ZH + "（责任编辑：王磊）")) >= 0.8


def test_near_duplicate_index():
    index = NearDuplicateIndex()
    index.add("a", minhash(STORY))
    index.add("b", minhash(OTHER))
    index.add("c", minhash(ZH))
    assert len(index) == 3 and "a" in index
    assert index.query(minhash(STORY + " Copyright 2024 Example Media.")) == ["a"]
    assert index.query(minhash("A completely different text about football and the weather today.")) == []
    index.remove("a")
    assert index.query(minhash(STORY)) == []


def test_run_sets_signature_and_canonical_url():
    doc = run(Document(url="https://www.example.com/x/index.html?utm_medium=rss", body=STORY))
    assert doc.canonical_url == "https://example.com/x/"
    assert doc.minhash == minhash(STORY)
    assert doc.content_hash == content_hash(STORY)


def test_minhash_is_datasketch_affine32_bit_for_bit():
    from datasketch import MinHash

    from pipelines.dedup import SEED, shingles

    texts = ["", "one", "Shares of the lender rose after the results were published on Monday.",
             "央行宣布下调存款准备金率，市场流动性保持合理充裕。", "mixed 文本 with 两种 scripts " * 40]
    for text in texts:
        reference = MinHash(num_perm=NUM_PERM, seed=SEED, scheme="affine32")
        reference.update_batch([s.encode("utf-8") for s in shingles(text)])
        assert minhash(text) == [int(v) for v in reference.hashvalues]


def test_the_stages_do_not_import_datasketch_or_scipy():
    import subprocess
    import sys

    code = ("import sys; from pipelines import stage_functions; stage_functions(); "
            "from pipelines.dedup import minhash; minhash('a b c d e f'); "
            "print(sorted(m for m in ('datasketch', 'scipy') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def _shingles_reference(text, size=None):
    """The first implementation of :func:`shingles` (a slice per shingle, a call per token)."""
    from pipelines.dedup import _TOKEN_RE

    tokens = _TOKEN_RE.findall(text.lower())
    if not tokens:
        return set()
    if size is None:
        cjk = sum(1 for t in tokens if len(t) == 1 and ord(t) >= 0x3040)
        size = 4 if cjk * 2 > len(tokens) else 3
    if len(tokens) <= size:
        return {" ".join(tokens)}
    return {" ".join(tokens[i:i + size]) for i in range(len(tokens) - size + 1)}


def test_shingles_and_minhash_match_the_reference_on_edge_tokens():
    # fullwidth letters and kana count as CJK tokens, a Latin word running into Han
    # characters ("abc中文") is one token, Hangul syllables are CJK
    from datasketch import MinHash

    from pipelines.dedup import SEED

    texts = ["Ａ Ｂ Ｃ one two", "abc中文 def 中文 ghi", "カタカナ と ひらがな", "한국어 문장 입니다 네",
             "a", "a b", "a b c", "a b c d", "一二三", "一二三四", "一二三四五", "x_y z_w 1.5 2,000 é è",
             "The Lakeside Water Board raised its tariff. 湖畔水务公司上调了价格。" * 3]
    for text in texts:
        assert shingles(text) == _shingles_reference(text), text
        for size in (2, 5):
            assert shingles(text, size=size) == _shingles_reference(text, size=size)
        reference = MinHash(num_perm=NUM_PERM, seed=SEED, scheme="affine32")
        reference.update_batch([s.encode("utf-8") for s in _shingles_reference(text)])
        assert minhash(text) == [int(v) for v in reference.hashvalues], text
