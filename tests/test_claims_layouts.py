"""Every paragraph layout of ``pipelines/data/layouts.toml`` runs its own examples."""

from __future__ import annotations

import pytest

from pipelines import claims, layouts

CASES = [(lay, ex) for lay in layouts.layouts() for ex in lay.examples]


def test_every_layout_has_positive_and_negative_examples() -> None:
    for lay in layouts.layouts():
        assert any(ex[1] for ex in lay.examples), lay.name
    assert {lay.lang for lay in layouts.layouts()} == {"en", "zh"}


@pytest.mark.parametrize("layout, example", CASES, ids=[f"{lay.lang}-{lay.name}-{i}" for i, (lay, _e) in enumerate(CASES)])
def test_layout_example(layout: layouts.Layout, example: tuple[str, str, str]) -> None:
    text, speaker, content = example
    # a second paragraph names the speaker again, as articles do ("named" check)
    other = f"{speaker.split()[-1]} has farmed here for years." if speaker else "Nothing else."
    hit = layouts.match(layout, text, text + "\n\n" + other)
    if not speaker:
        assert hit is None
        return
    assert hit is not None
    assert hit["speaker"] == speaker
    assert text[hit["start"]:hit["end"]] == content


def test_transcript_lines_become_claims_with_resolved_speakers() -> None:
    blocks = [{"kind": "paragraph", "text": t} for t in (
        "DANA KIRBY, HOST: Farmers in the valley are counting their losses after the frost.",
        "Greta Halvorsen runs the largest orchard in the county.",
        "GRETA HALVORSEN: We planted late this spring, and the frost still caught half the orchard.",
        "HALVORSEN: Nobody here remembers a colder May than this one, not even my father.",
    )]
    out = claims.extract(blocks, language="en")
    assert [(c["speaker"], c["speaker_text"], c["cue"]) for c in out] == [
        ("Greta Halvorsen", "GRETA HALVORSEN", ":"), ("Greta Halvorsen", "HALVORSEN", ":")]
