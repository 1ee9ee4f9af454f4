"""pipelines.trafilatura_candidate: which trafilatura passes run.  Given the merge's verdict, a
fast text of at least AGREE_MIN_CHARS (and AGREE_MIN_SHARE of the page) that wins over the own candidate
stands without the full pass; otherwise the full pass (readability/jusText comparison)
runs.  The generic path's verdict: trafilatura's candidate wins unless far shorter."""

from __future__ import annotations

import pytest

from pipelines import trafilatura_candidate, trafilatura_passes
from pipelines.html_common import parse_tree

STORY = [
    "The county library board approved a plan on Tuesday to keep four branches open until nine on weekdays.",
    "Board members said the longer hours would be paid for by savings on heating after the roof repairs.",
    "Staff at the Millbrook branch asked for two more evening shifts, and the board agreed to a trial.",
    "Readers who borrow e-books will also get a longer loan period of three weeks from the first of May.",
    "The plan will be reviewed next spring, when the board expects figures on evening visits per branch.",
    "A public meeting on the new opening hours is set for the last Thursday of the month at the town hall.",
    "Residents can also send written comments to the board's office before the spring review, it said.",
    "Board chair Ilse Varnhagen said the library had heard for years that evening hours mattered most.",
    "Two branches in the rural north will keep their current hours until a van service starts in autumn.",
    "The board said the van would stop at six villages each week and carry about four hundred books.",
]
PAGE = ("<html><head><title>Library hours</title></head><body><nav>"
        + "".join(f"<a href='/s{i}'>Section number {i}</a> " for i in range(40))
        + "</nav><article><h1>Library keeps branches open later</h1>"
        + "".join(f"<p>{s}</p>" for s in STORY)
        + "</article><footer>" + "".join(f"<a href='/f{i}'>Footer link {i}</a> " for i in range(40))
        + "</footer></body></html>")


def _own(sentences: list[str]) -> list[dict]:
    return [{"kind": "paragraph", "text": s, "_links": 0.0, "_tag": "p"} for s in sentences]


def _merge(own: list[dict]):
    from pipelines.parse import _traf_wins

    return lambda traf: _traf_wins(traf, own)


@pytest.fixture
def comparisons(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Calls of the full pass's comparison (the passes' own ``_compare``, whichever
    implementation it routes to)."""
    calls: list[int] = []
    real = trafilatura_passes._compare

    def counted(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(trafilatura_passes, "_compare", counted)
    return calls


def _body_text(wins) -> str:
    return " ".join(b["text"] for b in trafilatura_candidate.candidate(parse_tree(PAGE), None, wins))


pytestmark = pytest.mark.skipif(not trafilatura_passes.followed(), reason="sequence not followed")


def test_the_page_is_a_short_fast_text(comparisons):
    text = _body_text(None)
    assert trafilatura_candidate.AGREE_MIN_CHARS <= len(text) < trafilatura_candidate.FAST_MIN_CHARS
    assert STORY[0] in text and comparisons  # without a verdict the full pass runs


def test_the_full_pass_is_skipped_when_the_fast_text_wins_the_merge(comparisons):
    text = _body_text(_merge(_own(STORY)))
    assert STORY[-1] in text and not comparisons


def test_the_full_pass_runs_when_the_own_candidate_is_far_longer(comparisons):
    longer = STORY + [s.replace("board", "council") for s in STORY] + [s.upper() for s in STORY]
    _body_text(_merge(_own(longer)))
    assert comparisons


def test_the_merge_is_not_asked_when_the_fast_text_is_tiny(comparisons):
    asked: list[int] = []
    tiny = PAGE.replace("".join(f"<p>{s}</p>" for s in STORY[1:]), "")
    trafilatura_candidate.candidate(parse_tree(tiny), None, lambda traf: asked.append(1) or True)
    assert not asked and comparisons


def test_the_generic_path_builds_the_own_candidate_once(monkeypatch: pytest.MonkeyPatch):
    from pipelines import parse

    built: list[int] = []
    real = parse.main_content
    monkeypatch.setattr(parse, "main_content", lambda root: built.append(1) or real(root))
    blocks, which, own = parse.generic_candidates(parse_tree(PAGE), None)
    assert which == "trafilatura" and built == [1] and any(STORY[0] in b["text"] for b in own)


def test_the_full_pass_runs_when_the_fast_text_is_a_small_share_of_the_page(comparisons):
    """Both candidates may take the same small part of a long page: the comparison then runs."""
    crowded = PAGE.replace("</footer>", "".join(f"<div>Archive entry number {i} of the older issues</div>"
                                                for i in range(400)) + "</footer>")
    trafilatura_candidate.candidate(parse_tree(crowded), None, lambda traf: True)
    assert comparisons
