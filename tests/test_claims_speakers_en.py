"""English speakers as resolved: gender the article gives, speaker strings that are
names, names inside quotations.  Sentences written for these tests."""

from tests.claims_en_helpers import by_text, en_claims
from pipelines.attribution_common import resolve
from pipelines.speaker_names import clean_speaker, genders


def test_she_skips_the_nearer_man():
    out = en_claims(
        "Maria Lopez runs the fund, and she has done so since 2015.",
        "Tom Reed, her deputy, said the fund would grow. He declined to give figures.",
        "“We expect a strong quarter for the whole team,” she said.",
    )
    c = by_text(out, "strong quarter")
    assert (c["speaker"], c["speaker_text"]) == ("Maria Lopez", "she")


def test_he_skips_the_nearer_woman():
    out = en_claims(
        "Omar Haddad said on Monday that his company would cut prices.",
        "Grace Lin, who advises the board, said she was not consulted.",
        "“Nobody asked for a price war, but we will not lose customers,” he said.",
    )
    c = by_text(out, "price war")
    assert c["speaker"] == "Omar Haddad"


def test_genders_from_honorifics_and_pronouns():
    body = ("Mrs. Okafor chaired the meeting. Daniel Brandt arrived late and he apologised. "
            "Kim Soto spoke last.")
    assert genders({"Okafor", "Daniel Brandt", "Kim Soto"}, body) == {"Okafor": "f", "Daniel Brandt": "m"}


def test_pronoun_inside_quotation_tells_no_gender():
    body = "Kim Soto spoke last: “He is wrong about rates.”"
    assert genders({"Kim Soto"}, body) == {}


def _raw(speaker: str, ref: str, pos: int) -> dict:
    return {"speaker": speaker, "speaker_role": None, "speaker_org": None, "_ref": ref, "_pos": pos}


def test_lone_surname_called_he_is_a_person():
    out = resolve([_raw("Harlow", "surname", 10), _raw("he", "pronoun", 50)], persons=[], orgs=[],
                  genders={"Harlow": "m"})
    assert out[1]["speaker"] == "Harlow"
    assert out[0]["_ref"] == "name"


def test_lone_surname_without_gender_stays_an_organization():
    out = resolve([_raw("Westcombe", "surname", 10), _raw("he", "pronoun", 50)], persons=[], orgs=[])
    assert out[0]["_ref"] == "org"
    assert out[1]["speaker"] == "he"


def test_participle_clause_is_no_speaker():
    spk = clean_speaker({"speaker": "Asked why she", "ref": "name"})
    assert (spk["speaker"], spk["ref"]) == ("she", "pronoun")
    spk = clean_speaker({"speaker": "Explaining the delay he", "ref": "anon"})
    assert (spk["speaker"], spk["ref"]) == ("he", "pronoun")


def test_time_phrase_and_adverb_leave_the_speaker():
    assert clean_speaker({"speaker": "Mr. Okonkwo last week", "ref": "name"})["speaker"] == "Mr. Okonkwo"
    assert clean_speaker({"speaker": "Brightline on Thursday", "ref": "org"})["speaker"] == "Brightline"
    assert clean_speaker({"speaker": "Vance adamantly", "ref": "surname"})["speaker"] == "Vance"
    assert clean_speaker({"speaker": "Vance family", "ref": "name"})["speaker"] == "Vance family"


def test_name_inside_quotation_is_no_antecedent():
    out = en_claims(
        "Laura Kent said the audit was complete.",
        "Peter Vale, the chairman of the audit committee, disagreed.",
        "“I spoke with Laura Kent this morning and nothing is finished yet,” he said.",
    )
    c = by_text(out, "nothing is finished")
    assert c["speaker"] == "Peter Vale"


def test_mc_surname_is_a_person_not_an_organization():
    out = en_claims(
        "Fiona McAllister, an astronomer at the observatory, said the survey would start in May.",
        "The dish will map the northern sky first, McAllister said.",
    )
    c = by_text(out, "northern sky")
    assert c["speaker"] == "Fiona McAllister"


def test_adjective_and_bare_noun_before_a_noun_cue_is_no_speaker():
    out = en_claims("Faint sonar signals could bounce off hulls with thick steel plates.")
    assert out == []


def test_gerund_after_a_preposition_is_no_cue():
    out = en_claims("The team wants to improve the telescope by adding twelve more dishes next year.")
    assert out == []


def test_conjunction_before_a_pronoun_keeps_the_claim():
    out = en_claims(
        "Nadia Perez said the board met twice.",
        "But she said the vote on the merger was never taken.",
    )
    c = by_text(out, "vote on the merger")
    assert (c["speaker"], c["speaker_text"]) == ("Nadia Perez", "she")
