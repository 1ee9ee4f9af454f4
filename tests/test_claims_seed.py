"""The seed document through :func:`pipelines.extract`, end to end (issue 4)."""

from __future__ import annotations

from pathlib import Path

import pytest

import pipelines

# The fixture copy of shared/seed (tests/test_extract_seed.py checks it is identical).
SEED = Path(__file__).resolve().parent / "fixtures" / "pages" / "seed" / "page.txt"


@pytest.fixture(scope="module")
def article() -> dict:
    if not SEED.exists():
        pytest.fail(f"seed document missing: {SEED}")
    out = pipelines.extract(SEED.read_bytes())
    assert out["error"] is None, out["error"]
    return out


def _find(article: dict, snippet: str) -> dict:
    hits = [c for c in article["claims"] if snippet in c["text"]]
    assert hits, f"no claim contains {snippet!r}"
    return hits[0]


def test_offsets_match_text(article):
    for c in article["claims"]:
        assert article["body"][c["start"]:c["end"]] == c["text"]
        assert article["blocks"][c["paragraph"]]["kind"] == "paragraph"


def test_long_dian_with_role_and_org(article):
    c = _find(article, "This will have a great impact on mining companies")
    assert (c["kind"], c["speaker"], c["speaker_role"], c["speaker_org"]) == (
        "direct", "Long Dian", "founder", "Huoxun Finance")
    later = _find(article, "The evacuation wave has begun")
    assert (later["speaker"], later["speaker_role"], later["speaker_org"]) == ("Long Dian", "founder", "Huoxun Finance")


def test_jiang_zhuoer_ceo_of_litecoin_mining_pool(article):
    c = _find(article, "joint mining business will no longer be open to mainland China")
    assert (c["speaker"], c["speaker_role"], c["speaker_org"]) == ("Jiang Zhuoer", "CEO", "Litecoin Mining Pool")
    assert c["speaker_entity"] == "Jiang Zhuoer"


def test_ding_feipeng_three_quotations(article):
    direct = [c for c in article["claims"] if c["speaker"] == "Ding Feipeng" and c["kind"] == "direct"]
    assert len(direct) == 3
    assert {c["cue"] for c in direct} == {"explained", "analyzed", "reminded"}
    assert all(c["speaker_org"] == "Beijing Shangguang Law Firm" for c in direct)


def test_anonymous_senior_practitioner(article):
    a = _find(article, "At present, the entire mining industry is in a state of panic.")
    b = _find(article, "In the past, everyone generally believed")
    assert a["speaker"] == b["speaker"] == "A senior practitioner of a mining industry self-media"
    c = _find(article, "In the past two days, some mines in Sichuan")
    assert c["speaker"] == "A senior practitioner in the mining circle"
    # "this senior person in the mining circle" is the same anonymous source
    d = _find(article, "the industry is generally worried")
    assert d["speaker"] == "A senior practitioner in the mining circle"
    assert _find(article, "Huobi has suspended")["speaker"] == "A person close to Huobi"


def test_he_said_is_wu_hongliang(article):
    c = _find(article, "Due to this incident, a large number of domestic miners")
    assert (c["kind"], c["speaker"], c["cue"]) == ("direct", "Wu Hongliang", "said")
    assert c["speaker_role"] == "former head of public affairs" and c["speaker_org"] == "Bitmain"


def test_headings_and_scare_quotes_are_not_claims(article):
    texts = " | ".join(c["text"] for c in article["claims"] if c["kind"] in ("direct", "partial"))
    for not_a_claim in ("Suspend power supply to the mine", "Stop service", "Ban IP", "hold high and let go",
                        "difficult to move", "We cannot provide services to users in the region"):
        assert not_a_claim not in texts, not_a_claim
    narrators = [c for c in article["claims"] if "reporter" in c["speaker"].lower()]
    assert narrators == []


def test_partial_quote_of_the_financial_committee(article):
    c = _find(article, "cracking down on Bitcoin mining and trading")
    assert c["kind"] == "mixed"  # issue 9: was "partial", the fragment alone
    assert c["speaker_entity"] == "Financial Committee of the State Council"


def test_entities(article):
    by_name = {e["name"]: e for e in article["entities"]}
    assert by_name["Financial Committee of the State Council"]["type"] == "ORG"
    assert "Huobi" in by_name and "Huobi Mining Pool" in by_name
    assert by_name["Ding Feipeng"]["type"] == "PERSON"
    assert by_name["25000000 USD"]["type"] == "MONEY"
    assert by_name["2021-06-02"]["type"] == "DATE"
    assert by_name["Kazakhstan"]["type"] == "GPE"
    for e in article["entities"]:
        for m in e["mentions"]:
            assert article["body"][m["start"]:m["end"]] == m["text"]
