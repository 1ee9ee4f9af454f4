"""English speaker names at their edges: no sentence opener, conjunction, preposition or
plural descriptor before the name, no possessive after it, and no real name cut (a
surname that is also a word, particles, honorifics).  Names and sentences invented for
these tests."""

import pytest

from pipelines.en_name_words import is_lead_word, strip_lead, strip_possessive, words
from tests.claims_en_helpers import by_text, en_claims

QUOTE = "“The ledger will not balance this year at all,”"


@pytest.mark.parametrize("lead", ["Both", "However", "Meanwhile", "Also", "Analysts", "Economists",
                                  "Officials", "Experts", "Critics", "Residents", "Nutritionists",
                                  "Hydrologists"])
def test_lead_word_before_a_name_is_no_part_of_it(lead):
    out = en_claims(f"{lead} Pell Ardani and Nia Brook met the board on Monday.", f"{QUOTE} Ardani said.")
    assert by_text(out, "ledger")["speaker"] == "Pell Ardani"


@pytest.mark.parametrize("lead", ["Analysts", "Officials", "Critics"])
def test_lead_word_in_the_speaker_as_written_is_cut(lead):
    out = en_claims(f"{QUOTE} said {lead} Pell Ardani.")
    c = by_text(out, "ledger")
    assert (c["speaker"], c["speaker_text"]) == ("Pell Ardani", "Pell Ardani")


@pytest.mark.parametrize("mention", ["Mark Tavrin’s", "Mark Tavrin's"])
def test_possessive_mention_gives_the_full_name(mention):
    out = en_claims(f"{mention} team agreed on the plan.",
                    "“We will rebuild the bridge by spring,” said Tavrin, the mayor.")
    assert by_text(out, "bridge")["speaker"] == "Mark Tavrin"


@pytest.mark.parametrize("mention", ["Mark Tavrins’", "Mark Tavrins’s", "Mark Tavrins's"])
def test_resolved_speaker_is_never_a_possessive(mention):
    out = en_claims(f"{mention} aide left early.", "“We will rebuild the bridge by spring,” he said.")
    assert by_text(out, "bridge")["speaker"] == "Mark Tavrins"


def test_possessive_speaker_as_written_loses_the_possessive():
    out = en_claims("“We will rebuild the bridge by spring,” Tavrins’ said.")
    c = by_text(out, "bridge")
    assert (c["speaker"], c["speaker_text"]) == ("Tavrins", "Tavrins")


@pytest.mark.parametrize("full,short", [("Will Bishop", "Bishop"), ("Grace Young", "Young"),
                                        ("Anders Lind", "Lind"), ("Anders Erik Lind", "Lind"),
                                        ("Ludwig van Dorn", "Dorn"), ("Maria de la Cruz", "Cruz")])
def test_real_names_are_not_cut(full, short):
    out = en_claims(f"{full} runs the bakery on the square.", f"“We sell out by noon most days,” {short} said.")
    assert by_text(out, "noon")["speaker"] == full


@pytest.mark.parametrize("full", ["Ludwig van Dorn", "Maria de la Cruz"])
def test_name_with_particles_after_the_quote(full):
    out = en_claims(f"“We sell out by noon most days,” said {full}.")
    assert by_text(out, "noon")["speaker"] == full


def test_honorific_ended_name_is_kept():
    out = en_claims("“The choir will sing at dawn on Sunday,” said the Rev. Amos Teller.")
    assert by_text(out, "choir")["speaker"] == "Amos Teller"


def test_no_speaker_starts_with_an_opener_or_preposition():
    out = en_claims(
        "Both Tobin Harrow and Ilse Marr spoke after the vote.",
        "“The plan is far too costly for the town,” Harrow said.",
        "Meanwhile Oren Castell stayed home. “Nobody called me about the meeting,” Castell said.",
        "Economists Dara Minsk and Lev Orsay said the road toll would rise.",
        "“The road stays shut until Friday,” Minsk said.",
        "However Ilse Marr was not convinced. “The toll is a tax by another name,” Marr said.",
    )
    assert len(out) >= 4
    for c in out:
        for field in ("speaker", "speaker_text"):
            first = (c[field] or "").split()[0].lower()
            assert first not in words()["openers"] and first not in words()["group_nouns"], c


def test_word_helpers():
    assert strip_lead("Both Tobin Harrow") == "Tobin Harrow"
    assert strip_lead("Hydrologists Noor Bastian") == "Noor Bastian"
    assert strip_lead("Will Bishop") == "Will Bishop"
    assert strip_lead("Anders Lind") == "Anders Lind"
    assert strip_lead("Analysts") == "Analysts"
    assert strip_lead("Per Olsen") == "Per Olsen"
    assert strip_lead("These Acme Phones") == "These Acme Phones"
    assert not is_lead_word("Hydrologists", more_name_follows=False)
    assert strip_possessive("Ann Lee’s") == "Ann Lee"
    assert strip_possessive("Ann Rivers’") == "Ann Rivers"
    assert strip_possessive("Ann Rivers") == "Ann Rivers"
    assert strip_possessive("O’Neil") == "O’Neil"


def test_organization_opening_with_a_group_noun_is_kept():
    assert strip_lead("Farmers Mutual Insurance") == "Farmers Mutual Insurance"
    assert strip_lead("Citizens Bank") == "Citizens Bank"


def test_entities_drop_lead_words_and_possessives():
    from pipelines.en_names import _en_names

    text = "Critics John Ardani and Mary Rivers’ aide met Citizens Bank staff."
    found = {text[a:b]: typ for a, b, typ in _en_names(text)}
    assert found.get("John Ardani") == "PERSON" and found.get("Mary Rivers") == "PERSON"
    assert found.get("Citizens Bank") == "ORG"


@pytest.mark.parametrize("rank", ["Prince", "Queen", "Duchess", "Pope", "Sheikh"])
def test_a_title_of_rank_is_no_first_name(rank):
    out = en_claims(f"{rank} Orlan and the trustees opened the new harbour wing on Monday.",
                    "“The wing will hold the whole archive of the old port,” Orlan said.")
    assert by_text(out, "archive")["speaker"] == "Orlan"


def test_a_real_first_name_before_the_speaker_still_completes_it():
    out = en_claims("Tomas Orlan and the trustees opened the new harbour wing on Monday.",
                    "“The wing will hold the whole archive of the old port,” Orlan said.")
    assert by_text(out, "archive")["speaker"] == "Tomas Orlan"
