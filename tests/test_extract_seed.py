"""The seed document and the page fixtures in ``tests/fixtures/pages/<name>/``.

Each fixture folder: ``page.html``/``page.txt`` (bytes as served), ``meta.json``
(``url``, ``headers``, ``origin``) and ``expected.json`` (``fields``,
``headings``, ``must_contain``, ``must_not_contain``, optional ``warnings_contain``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipelines import extract
from pipelines.normalize import normalize_text

PAGES = Path(__file__).parent / "fixtures" / "pages"
SEED_DIR = PAGES / "seed"
FIXTURES = sorted(p.name for p in PAGES.iterdir() if p.is_dir())


def _load(name: str) -> tuple[dict, dict, dict]:
    folder = PAGES / name
    data = next(folder.glob("page.*")).read_bytes()
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    exp = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    out = extract(data, url=meta.get("url"), headers=meta.get("headers"))
    return out, meta, exp


@pytest.fixture(scope="module")
def seed() -> dict:
    return _load("seed")[0]


def test_seed_fixture_is_the_shared_seed():
    shared = Path(__file__).resolve().parents[2] / "shared" / "seed" / "000_73a215b6f4d68b6c.txt"
    if shared.is_file():
        assert (SEED_DIR / "page.txt").read_bytes() == shared.read_bytes()


def test_seed_metadata(seed):
    assert seed["error"] is None
    assert seed["source"] == "Securities Daily"
    assert seed["authors"] == ["Xing Meng"]
    assert seed["title"].startswith("Regulatory crackdown sets off a wave of rectification")
    assert "|" not in seed["title"]
    assert seed["language"] == "en"


def test_seed_no_boilerplate_left(seed):
    body = seed["body"]
    for junk in ("<<:", ">>:", "Recommend", "Securities Daily |", "Securities Daily reporter Xing Meng",
                 "Justin Sun", "Tear moles", "moles", "New Year", "birthmark", "cheekbones", "FX168", "…"):
        assert junk not in body, junk
    # the title is not repeated at the top of the body
    assert not body.startswith("Regulatory crackdown")


def test_seed_every_paragraph_kept_in_order(seed):
    raw = (SEED_DIR / "page.txt").read_text(encoding="utf-8").splitlines()
    start = raw.index("Securities Daily reporter Xing Meng") + 1
    end = next(i for i, line in enumerate(raw) if line.startswith("<<:"))
    paragraphs = [normalize_text(line) for line in raw[start:end] if len(line) > 120]
    assert len(paragraphs) == 21
    body_paragraphs = [b["text"] for b in seed["blocks"] if b["kind"] == "paragraph"]
    assert body_paragraphs == paragraphs


def test_seed_headings(seed):
    headings = [b["text"] for b in seed["blocks"] if b["kind"] == "heading"]
    assert headings == [
        "Xinjiang and parts of Sichuan “Suspend power supply to the mine”",
        "“Stop service” and “Ban IP” Many mining pools are rapidly divesting their businesses",
    ]
    kinds = [b["kind"] for b in seed["blocks"]]
    assert kinds.index("heading") == 2


def test_seed_quotes_canonical(seed):
    body = seed["body"]
    assert '"' not in body
    assert body.count("“") == body.count("”")
    assert "“At present, the entire mining industry is in a state of panic.”" in body
    assert "Inner Mongolia’s" in body


def test_seed_removed_lines_are_audited(seed):
    removed = seed["removed"]
    assert "Recommend" in removed
    assert "Securities Daily reporter Xing Meng" in removed
    assert any(line.startswith("<<:") for line in removed)
    assert len(removed) == 30


@pytest.mark.parametrize("name", FIXTURES)
def test_page_fixture(name):
    out, meta, exp = _load(name)
    assert out["error"] is None, out["error"]
    for field, value in exp.get("fields", {}).items():
        assert out[field] == value, field
    headings = [b["text"] for b in out["blocks"] if b["kind"] == "heading"]
    assert headings == exp.get("headings", headings)
    for snippet in exp.get("must_contain", []):
        assert snippet in out["body"], snippet
    for snippet in exp.get("must_not_contain", []):
        assert snippet not in out["body"], snippet
    for snippet in exp.get("warnings_contain", []):
        assert any(snippet in w for w in out["warnings"]), out["warnings"]
