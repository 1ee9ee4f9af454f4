"""regex_starts: a pattern tried only at its start characters finds exactly what
``finditer`` finds (invented patterns and random texts, plus the Chinese cue pattern)."""

from __future__ import annotations

import random
import re

import pytest

from pipelines.regex_starts import StartScan, start_chars

PATTERNS = [
    r"(表示|说道?|(?<![简名])称(?![为作])|告诉(?:《[^》]{1,4}》)?(?:记者)?)(?:称|道)?",
    r"(?:(?<=》)|(?<=文件))(?:中|里)?[，,]?(?:则|也)?规定(?![了的])",
    r"(?:(?<=[站坐][起过]来)|(?<=[\u4e00-\u9fff]就)(?=说[：:])|(?<![据听]))说(?![明法])",
    r"\b(?:ab|ac)+c?",
    r"(?<![a-z])[a-c]{2,3}(?=x)|d",
    r"(?:x|y?)z",
    r"^ab|b$",
]
#: the patterns' own characters and a few others: matches are dense
_ALPHABET = list("表示说道称简名为作告诉《》记者文件中里，,则也规定了的站坐起过来就：:据听明法abcdxyz ") + ["说道", "表示称"]


def _texts(n: int = 300, seed: int = 11) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(_ALPHABET) for _ in range(rnd.randint(0, 40))) for _ in range(n)]


def _found(matches):
    return [(m.span(), m.groups()) for m in matches]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_same_matches_as_finditer(pattern):
    rx = re.compile(pattern)
    scan = StartScan(rx)
    for text in _texts():
        assert _found(scan.finditer(text)) == _found(rx.finditer(text)), text
        n = len(text)
        assert _found(scan.finditer(text, n // 3, n - n // 4)) == _found(rx.finditer(text, n // 3, n - n // 4)), text


def test_start_characters_read_from_the_pattern():
    assert start_chars(re.compile(PATTERNS[0])) == frozenset("表说称告")
    # lookbehinds and optional openers: the first character each path consumes
    assert start_chars(re.compile(PATTERNS[1])) == frozenset("中里，,则也规")
    assert start_chars(re.compile(r"(?:x|y?)z")) == frozenset("xyz")


@pytest.mark.parametrize("pattern, flags", [
    (r"\w+said", 0),        # a category: not listed
    (r"[^a]b", 0),          # a negated class
    (r".x", 0),
    (r"said", re.I),        # other cases
    (r"(?i:s)aid", 0),
    (r"a?", 0),             # can match the empty string
    (r"(?=a)", 0),
])
def test_unlisted_patterns_are_left_to_finditer(pattern, flags):
    rx = re.compile(pattern, flags)
    assert start_chars(rx) is None
    scan = StartScan(rx)
    for text in _texts(50):
        assert _found(scan.finditer(text)) == _found(rx.finditer(text))


def test_the_chinese_cue_pattern():
    from pipelines.zh_speakers import _v

    rx, scan = _v()["cue_rx"], _v()["cue_scan"]
    assert start_chars(rx) is not None  # the shortcut is taken, not the fallback
    cues = [c for c in re.findall(r"[\u4e00-\u9fff]+", rx.pattern)]
    rnd = random.Random(5)
    pieces = cues + list("，,：:。“”《》某他她人公司文件中就来起站") + ["记者", "本报", "受访时"]
    for _ in range(400):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 25)))
        assert _found(scan.finditer(text)) == _found(rx.finditer(text)), text
