"""claims.extract on hand-made English blocks: one test per attribution pattern."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipelines import claims
from pipelines.document import Document


def P(text: str) -> dict:
    return {"kind": "paragraph", "text": text}


def H(text: str) -> dict:
    return {"kind": "heading", "text": text}


def run(*blocks: dict, language: str = "en") -> list[dict]:
    out = claims.extract(list(blocks), language=language)
    body = "\n\n".join(b["text"] for b in blocks)
    for c in out:
        assert body[c["start"]:c["end"]] == c["text"]
        assert set(c) == {"kind", "speaker", "speaker_text", "speaker_role", "speaker_org", "speaker_entity", "cue",
                          "text", "start", "end", "paragraph"}
    return out


def one(out: list[dict], kind: str | None = None) -> dict:
    hits = [c for c in out if kind is None or c["kind"] == kind]
    assert len(hits) == 1, out
    return hits[0]


@pytest.mark.parametrize("text, speaker, cue", [
    ("“Rates will stay high for longer,” said Maria Lopez, an economist at Banco Sul.", "Maria Lopez", "said"),
    ("“Rates will stay high for longer,” Maria Lopez said.", "Maria Lopez", "said"),
    ("Maria Lopez said, “Rates will stay high for longer.”", "Maria Lopez", "said"),
    ("Maria Lopez said: “Rates will stay high for longer.”", "Maria Lopez", "said"),
    ("“Rates will stay high for longer.” Maria Lopez told the Securities Daily reporter.", "Maria Lopez", "told"),
])
def test_direct_patterns(text, speaker, cue):
    c = one(run(P(text)), "direct")
    assert (c["speaker"], c["cue"]) == (speaker, cue)
    assert c["text"].startswith("Rates will stay high for longer")


def test_apposition_gives_role_and_org_and_carries_forward():
    out = run(P("“Demand is soft,” said Maria Lopez, chief economist at Banco Sul."),
              P("“Exports are holding up,” Lopez added."))
    assert [(c["speaker"], c["speaker_role"], c["speaker_org"]) for c in out] == [
        ("Maria Lopez", "chief economist", "Banco Sul")] * 2


def test_title_before_name():
    c = one(run(P("The CEO of Kestrel Mining, Paul Wen, said that output would fall by a third this year.")))
    assert (c["kind"], c["speaker"], c["speaker_role"], c["speaker_org"]) == (
        "indirect", "Paul Wen", "CEO", "Kestrel Mining")
    assert c["text"] == "output would fall by a third this year"


def test_quote_then_attribution_with_that_clause_gives_two_claims():
    out = run(P("“Prices have peaked.” Anna Berg, a strategist at Nordbank, told reporters that "
                "the second half would be calmer."))
    assert one(out, "direct")["speaker"] == "Anna Berg"
    ind = one(out, "indirect")
    assert (ind["speaker"], ind["text"]) == ("Anna Berg", "the second half would be calmer")


def test_multi_paragraph_quotation_is_one_claim():
    out = run(P("Chief executive Omar Haddad said:"),
              P("“The first half was difficult. We cut costs.") ,
              P("“The second half will be better.”"))
    c = one(out)
    assert c["speaker"] == "Omar Haddad" and c["paragraph"] == 1
    assert c["text"] == "The first half was difficult. We cut costs.\n\n“The second half will be better."


def test_pronoun_and_surname_resolve():
    out = run(P("Wu Hongliang told the reporter that miners were leaving. He said, “The wave has begun.”"),
              P("“It will not stop soon,” Wu said."))
    assert [c["speaker"] for c in out] == ["Wu Hongliang"] * 3


def test_anonymous_source_kept_as_written_and_short_reference():
    out = run(P("“Power was cut on Monday.” A senior engineer at a hydropower plant revealed to the reporter "
                "that the outage was planned."),
              P("In the view of this senior engineer, more cuts are likely."))
    assert {c["speaker"] for c in out} == {"A senior engineer at a hydropower plant"}
    assert len(out) == 3


@pytest.mark.parametrize("text, speaker, clause", [
    ("According to Sina Finance, the regulator will publish new rules in June.", "Sina Finance",
     "the regulator will publish new rules in June"),
    ("The regulator will publish new rules in June, according to two officials.", "two officials",
     "The regulator will publish new rules in June"),
    ("The regulator will publish new rules in June, the ministry said on Monday.", "the ministry",
     "The regulator will publish new rules in June"),
    ("Kestrel said it plans to invest $40 million in Texas.", "Kestrel", "it plans to invest $40 million in Texas"),
    ("Kestrel announced that it would close two mines.", "Kestrel", "it would close two mines"),
    ("In the view of Li Na, the sell-off is overdone.", "Li Na", "the sell-off is overdone"),
])
def test_indirect_patterns(text, speaker, clause):
    c = one(run(P(text)), "indirect")
    assert (c["speaker"], c["text"]) == (speaker, clause)


def test_partial_quote_inside_reported_speech():
    # issue 9: a quoted fragment governed by a cue is one "mixed" claim over the reported words
    out = run(P("Last Friday, the State Council proposed “cracking down on illegal mining and trading” in a meeting."))
    c = one(out)
    assert (c["kind"], c["speaker"]) == ("mixed", "State Council")
    assert c["text"].startswith("“cracking down on illegal mining and trading”")


def test_not_claims():
    out = run(H("“Suspend power supply”"),
              P("The reporter found that small farms are “difficult to move” and hope officials "
                "“hold high and let go”."),
              P("“Stop service” and “Ban IP”"),
              P("The report, titled “Mining at a Crossroads”, was published in May."),
              P("The company did not say when the mines would reopen."))
    assert out == []


def test_other_languages_and_empty_input():
    assert claims.extract([], language="en") == []
    assert claims.extract([P("“Bonjour,” dit-il.")], language="fr") == []


def test_run_fills_the_document():
    doc = Document(blocks=[P("“Markets are calm,” said Jane Fox.")], language="en")
    doc.body = doc.blocks[0]["text"]
    assert claims.run(doc).claims[0]["speaker"] == "Jane Fox"


_pieces = st.sampled_from(["“", "”", "said", "told the reporter that", ",", ".", " ", "He", "Jane Fox",
                           "according to", "the bank", "rates", "\u2019", "In the view of", ":", "that"])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(_pieces, max_size=25).map(" ".join), min_size=1, max_size=4))
def test_never_crashes_and_offsets_hold(paras):
    blocks = [P(" ".join(p.split())) for p in paras if p.strip()]
    run(*blocks)
