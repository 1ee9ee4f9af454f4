"""``models.changes.alike`` decides exactly what ``similarity(a, b) >= threshold`` does."""

import random

from models.changes import EDIT_SIMILARITY, _common_prefix, alike, similarity


def _variants(rng: random.Random, text: str) -> list[str]:
    words = text.split()
    cut = rng.randrange(len(words) + 1)
    return [
        text, text + " [17]", "Update: " + text, text[: len(text) // 2], text[len(text) // 3:],
        " ".join(words[:cut] + ["inserted", "words"] + words[cut:]),
        " ".join(rng.sample(words, len(words))), text.upper(), text.replace(",", " ;"),
        "".join(rng.choice("abc xyz") for _ in range(len(text))), "", "...",
    ]


def test_alike_matches_the_ratio_threshold():
    rng = random.Random(11)
    vocabulary = "the rate of growth was lifted by new orders said a minister on Tuesday 3.5% 经济 增长".split()
    checked = 0
    for _ in range(150):
        text = " ".join(rng.choice(vocabulary) for _ in range(rng.randrange(1, 40)))
        variants = _variants(rng, text)
        for a in variants:
            for b in variants:
                for threshold in (EDIT_SIMILARITY, 0.3, 0.75):
                    assert alike(a, b, threshold) == (similarity(a, b) >= threshold), (a, b, threshold)
                    checked += 1
    assert checked > 10_000


def test_common_prefix():
    assert _common_prefix("", "abc") == 0
    assert _common_prefix("abc", "abc") == 3
    assert _common_prefix("abcd", "abxd") == 2
    assert _common_prefix("a" * 1000 + "b", "a" * 1000 + "c") == 1000
    assert _common_prefix("x", "y") == 0
