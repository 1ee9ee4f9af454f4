"""Wave 8 speed changes: the same results with less start-up, tear-down and scanning.

``word_count``'s ASCII stand-in path is checked against the plain definition on random
strings; the worker and import changes are checked by what they must still do (and no
longer do) on invented pages."""

from __future__ import annotations

import random
import subprocess
import sys

from hypothesis import given, settings, strategies as st

from pipelines import normalize as n
from pipelines.document import Document
from pipelines.pool import ExtractPool


def _plain_word_count(text: str) -> int:
    if text.isascii():
        return len(n._ASCII_WORD_RE.findall(text))
    return len(n._SPACED_WORD_RE.findall(text)) + n.cjk_count(text) + len(n._UNSPACED_RE.findall(text))


# letters, joiners and others of every kind the patterns tell apart: ASCII, Latin-1 and
# Greek/Cyrillic/Arabic letters, a digit that is not ASCII, "_", the curly and straight
# apostrophes, dashes, a no-break space, a combining mark, CJK, kana, Thai, an astral ideograph
_ASCII = list("abcXYZ019 '.,-_\n")
_OTHERS = list("’‘“”—–…éÉßøñçü\u00a0\u0301\u4e00\u3042\u0e01ΩжЖ١٢\u2160²\u203f") + ["\U00020000"]


def _fast_path(text: str) -> bool:
    """Whether word_count takes the ASCII stand-in path for ``text``."""
    return (not text.isascii() and 16 * (len(text.encode("utf-8", "surrogatepass")) - len(text)) < len(text)
            and not n._NO_ASCII_FORM_RE.search(text))


def test_word_count_ascii_stand_ins_count_what_the_unicode_pattern_counts():
    rng = random.Random(8)
    fast = 0
    for k in range(30000):
        share = 0.01 if k % 2 else 0.5  # mostly ASCII (the stand-in path) or dense (the plain one)
        text = "".join(rng.choice(_OTHERS if rng.random() < share else _ASCII)
                       for _ in range(rng.randint(0, 200 if k % 2 else 14)))
        fast += _fast_path(text)
        assert n.word_count(text) == _plain_word_count(text), repr(text)
    assert fast > 5000  # the stand-in path was tried, not only the plain one


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_word_count_on_any_text(text):
    assert n.word_count(text) == _plain_word_count(text)


def test_word_count_examples():
    assert n.word_count("Don’t stop — the café’s owner said “no”…") == 7
    assert n.word_count("e\u0301x and 北京 words") == 5  # a combining mark: the plain pattern counts it


def test_english_page_does_not_import_the_chinese_tagger():
    """jieba's part-of-speech module costs ~0.4 s to import in every worker; English pages
    never need it (the Chinese byline readers import it only for a candidate line)."""
    code = ("import sys, pipelines\n"
            "html = '<html><head><title>Harbour ferry fares rise</title></head><body><article>"
            "<h1>Harbour ferry fares rise</h1>'"
            " + '<p>The ferry operator said on Tuesday that fares would rise next month, "
            "citing fuel costs and a smaller winter timetable for the islands.</p>' * 6"
            " + '</article></body></html>'\n"
            "out = pipelines.extract(html.encode(), 'http://news.example.com/a/1.html')\n"
            "assert out['body'], out\n"
            "print('jieba.posseg' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"


def test_chinese_byline_readers_still_tag_names():
    from pipelines.meta_bylines_zh import info_line_names, name_line

    assert info_line_names("2019年3月4日 10:20 [ 王小明 ] 来源：某报") == ["王小明"]
    assert name_line([{"kind": "paragraph", "text": "王小明"}]) == ["王小明"]


def test_pool_starts_every_worker_at_once_and_workers_exit_cleanly():
    pool = ExtractPool(2)
    try:
        processes = list(pool._executor._processes.values())
        assert len(processes) == 2  # started by the constructor, not by the first pages
        doc = Document(url="http://news.example.com/a/2.html", raw=b"<html><body><p>x</p></body></html>")
        result, events = pool.submit(doc).result(timeout=120)
        assert events
    finally:
        pool.close()
    assert [p.exitcode for p in processes] == [0, 0]
