"""The claims and entities stages' faster scans give the same answers as the regexes they
replace (issue 9: claims + entities at most half the cleaning time)."""

from __future__ import annotations

import random
import re

import pytest

from pipelines import en_mentions, entities, speaker_names, word_scan
from pipelines.attribution_common import trie_pattern

# invented names and the characters that decide the lookarounds
_PIECES = ["Varga", "Lina", "Li", "Lin", "Linus", "Ode", "O’Dell", "Dell", "Smith-Jones", "Jones", "van", "A.",
           " ", " ", "  ", "\n", "\n\n", "-", "’", "'", ".", ",", "x", "Q", "_", "9", "é", "said", "Ms"]


def _texts(n: int = 400, seed: int = 7) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(_PIECES) for _ in range(rnd.randint(0, 30))) for _ in range(n)]


_WORD_SETS = [["Lina"], ["Li", "Lin", "Linus"], ["Varga", "Lina", "Jones"], ["Dell", "O’Dell", "Ode"],
              ["Smith-Jones", "Jones", "Lin"], ["A.", "van"]]


@pytest.mark.parametrize("s", ["Lin", "aa", "Varga", "O’Dell", ".", ""])
def test_literal_is_finditer_of_the_escaped_string(s):
    for text in _texts() + ["aaaaa", "Lin Lin", "...."]:
        assert word_scan.literal(text, s) == [m.start() for m in re.finditer(re.escape(s), text)]


@pytest.mark.parametrize("words", _WORD_SETS)
def test_alternatives_as_the_surname_trie_pattern(words):
    """entities._surname_spans: a trie of the tokens, longest first."""
    rx = re.compile(r"(?<![\w’])(?:" + trie_pattern(sorted(words)) + r")(?![\w-]| [A-Z])")
    for text in _texts():
        got = word_scan.alternatives(text, sorted(words, key=len, reverse=True),
                                     not_before=entities._SURNAME_NOT_BEFORE, not_after=entities._SURNAME_NOT_AFTER)
        assert got == [(m.start(), m.group(0)) for m in rx.finditer(text)], text


@pytest.mark.parametrize("words", _WORD_SETS)
def test_alternatives_as_the_short_mention_pattern(words):
    """en_mentions.short_mentions: an alternation of the forms, longest first."""
    order = sorted(words, key=len, reverse=True)
    rx = re.compile(r"(?<![\w’'.-])(" + "|".join(re.escape(f) for f in order) + r")(?![\w-])(?!\s+[A-Z])")
    for text in _texts():
        got = word_scan.alternatives(text, order, not_before=en_mentions._FORM_NOT_BEFORE,
                                     not_after=en_mentions._FORM_NOT_AFTER)
        assert got == [(m.start(), m.group(1)) for m in rx.finditer(text)], text


@pytest.mark.parametrize("word", ["Lina", "Li", "Jones", "O’Dell"])
def test_alternatives_as_the_word_alone_pattern(word):
    rx = re.compile(r"(?<![\w’'-])" + re.escape(word) + r"(?![\w-])")
    for text in _texts():
        got = word_scan.alternatives(text, [word], not_before=en_mentions._ALONE_NOT_BEFORE,
                                     not_after=en_mentions._ALONE_NOT_AFTER)
        assert [k for k, _w in got] == [m.start() for m in rx.finditer(text)], text


def test_alternatives_prefers_the_first_word_that_fits_at_an_offset():
    # "Linus" does not fit before "x" ("Linusx"), so "Lin" would not fit either; "Li" never does
    text = "Lina Varga met Linus and Lin-Ode."
    got = word_scan.alternatives(text, ["Linus", "Lina", "Lin", "Li"], not_before=entities._SURNAME_NOT_BEFORE,
                                 not_after=entities._SURNAME_NOT_AFTER)
    assert got == [(15, "Linus")]


def test_cap_runs_match_the_former_pattern():
    old = re.compile(r"(?:[A-Z][\w’'.-]*[^\S\n]+){0,5}[A-Z][\w’'.-]*")
    texts = _texts() + ["A B C D E F G H I J K", "Lina  Varga\nJones", "x Ab Cd ef Gh  Ij.", "Q  "]
    for text in texts:
        assert speaker_names._cap_runs(text) == [(m.start(), m.group(0).split()) for m in old.finditer(text)], text


# --- patterns once built per name or phrase, now answered without compiling one -----------

_ZH_PIECES = ["某", "人", "员", "领导", "的", "，", "。", "；", "：", " ", "\n", "\u3000", "a", "3", "“"]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_one_more_character_as_the_pattern_per_phrase(seed):
    """zh_antecedents._group: the counted phrase grown by one character."""
    from pipelines.zh_antecedents import _ONE_MORE

    rnd = random.Random(seed)
    for _ in range(400):
        text = "".join(rnd.choice(_ZH_PIECES) for _ in range(rnd.randint(0, 12)))
        for k in range(len(text) + 1):
            found = text[:k]
            old = re.match(re.escape(found) + r"[\u4e00-\u9fff](?=[^，。；：\s]|$)", text)
            new = _ONE_MORE.match(text, len(found))
            assert (old.group(0) if old else None) == (text[:new.end()] if new else None), (text, k)


@pytest.mark.parametrize("name", ["Lina", "Li", "O’Dell", "Smith-Jones", "A.", "9"])
def test_named_speaker_elsewhere_as_the_pattern_per_name(name):
    """layouts._speaker_ok ("named"): the surname as a whole word elsewhere in the body."""
    from pipelines.layouts import _NAME_EDGE

    rx = re.compile(r"(?<![\w’])" + re.escape(name) + r"(?![\w’])")
    for text in _texts():
        got = bool(word_scan.alternatives(text, [name], not_before=_NAME_EDGE, not_after=_NAME_EDGE))
        assert got == (rx.search(text) is not None), text


@pytest.mark.parametrize("name", ["Lina", "Li", "O’Dell", "Smith-Jones", "A.", "9", ""])
def test_name_within_a_name_as_the_pattern_per_name(name):
    """en_reading._within: one name inside another as whole words."""
    from pipelines.en_reading import _within

    rx = re.compile(rf"(?<![\w’'-]){re.escape(name)}(?![\w’'-])")
    for text in _texts() + [""]:
        assert _within(name, text) == bool(rx.search(text)), text


def test_interview_introduction_behind_its_gate():
    """en_reading._INTERVIEW: the gated pattern answers as the plain one."""
    from pipelines.en_reading import _INTERVIEW

    pieces = ["We", "I", "Ana Reyes", "recently", "spoke", "talked", "chatted", "sat down", "caught up", "SPOKE",
              "with", "to", "Lina Varga", ".", ",", " ", "  ", "\n", "about", "x"]
    rnd = random.Random(9)
    texts = ["We spoke with Lina Varga about rates.", "Last week, I sat down with Ana Reyes"]
    texts += [" ".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 14))) for _ in range(600)]
    assert _INTERVIEW.search(texts[0]) is not None
    for text in texts:
        got, plain = _INTERVIEW.search(text), _INTERVIEW.regex.search(text)
        assert (got and got.groupdict()) == (plain and plain.groupdict()), text
