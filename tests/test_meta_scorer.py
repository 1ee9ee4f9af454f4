"""The metadata bench's title matching (bench/eval_real_meta.py): typography is forgiven,
wording and punctuation are not (invented titles)."""

from __future__ import annotations

import pytest

from bench.eval_real_meta import norm_title


@pytest.mark.parametrize("ours, gold", [
    ("Tides Turn\u2014Ferries Wait", "Tides Turn--Ferries Wait"),   # em dash typed as two hyphens
    ("Tides Turn \u2013 Ferries Wait", "tides turn - ferries wait"),
    ("The Pilot\u2019s Log", "The Pilot's Log"),
])
def test_dash_quote_and_case_styles_match(ours, gold):
    assert norm_title(ours) == norm_title(gold)


@pytest.mark.parametrize("ours, gold", [
    ("Do Ferries Wait?", "Do Ferries Wait"),
    ("Tides Turn | Harbour Notes", "Tides Turn"),
    ("Tides Turn. Ferries Wait", "Tides Turn. - Ferries Wait"),
])
def test_punctuation_and_suffixes_still_count(ours, gold):
    assert norm_title(ours) != norm_title(gold)
