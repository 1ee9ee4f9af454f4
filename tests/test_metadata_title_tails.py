"""A short tail segment after a spaced dash is cut from the headline when the metadata title sets
it apart too (invented page): a hyphenated word inside that tail does not keep it."""

from __future__ import annotations

import pytest

from pipelines.meta_title import _cut_tail


@pytest.mark.parametrize("h1, want", [
    ("Best Loom Menders in Larkspur (2025) – Top Local & Long-Distance Menders",
     "Best Loom Menders in Larkspur (2025)"),
    ("Best Loom Menders in Larkspur (2025) – Top Local Menders", "Best Loom Menders in Larkspur (2025)"),
])
def test_a_tail_the_metadata_title_sets_apart_is_cut(h1, want):
    titles = [f"{want} – {h1.split(' – ')[1]} - Larkspur Weekly"]
    assert _cut_tail(h1, titles) == want


def test_a_tail_the_metadata_title_does_not_set_apart_stays():
    h1 = "Best Loom Menders in Larkspur (2025) – Top Local & Long-Distance Menders"
    assert _cut_tail(h1, [h1]) == h1
