"""English quotations and subjects behind fronted material (issue 9): an adverbial or a
colon before a quotation attributed after it, present-tense inverted cues, and fronted
prepositional or participle phrases before the subject.  Sentences and names invented."""

from __future__ import annotations

import pytest

from tests.claims_en_helpers import by_text, en_claims


def test_fronted_adverbial_before_a_quotation_attributed_after_it() -> None:
    out = en_claims("Dr. Lena Marsh studies sleep at Corvane University.",
                    "Still, “there is very little evidence for the memory benefits,” notes Marsh, "
                    "and much of the work was done in mice.")
    c = by_text(out, "very little evidence")
    assert (c["kind"], c["speaker"], c["cue"]) == ("direct", "Lena Marsh", "notes")


def test_colon_introduced_quotation_with_its_attribution_after_it() -> None:
    out = en_claims("Dr. Orla Penrith also weighs in on what to avoid: “Skip anything that promises a cure,” "
                    "she states. “There are many ways to rest well.”")
    c = by_text(out, "Skip anything")
    assert (c["kind"], c["speaker"], c["cue"]) == ("direct", "Orla Penrith", "states")
    assert c["text"].endswith("rest well.")  # the split quotation is one statement


def test_narration_with_a_cue_before_the_quotation_still_blocks_the_after_attribution() -> None:
    # a clause before the quotation is no fronted adverbial: the quotation is no one's direct claim here
    out = en_claims("Meanwhile the council said the plan was “a disaster for the valley,” Penrith added.")
    assert not any(c["kind"] == "direct" and c["speaker"] == "Penrith" for c in out)


@pytest.mark.parametrize("cue", ["cautions", "concludes", "observes", "recalls", "emphasizes"])
def test_present_tense_inverted_cue_after_the_quotation(cue: str) -> None:
    out = en_claims(f"“The thing I would hate is for people to stop their pills,” Marsh {cue}.")
    assert [(c["kind"], c["speaker"], c["cue"]) for c in out] == [("direct", "Marsh", cue)]


@pytest.mark.parametrize("text, speaker", [
    ("Despite the poor results, researchers said that teachers should keep trying.", "researchers"),
    ("Apart from its strong taste and quick kick, nutrition experts note that tea can help the heart.",
     "nutrition experts"),
    ("Recalling her early struggles, she said she had worked two jobs for years.", "she"),
    ("Fleming, a lawyer at Ostry Partners, said the ruling would stand.", "Fleming"),
    ("Kessling Bank’s chief executive, Ruth Amadi, said the lender had no plans to raise capital.",
     "Ruth Amadi"),
])
def test_fronted_phrase_before_the_subject_is_no_speaker(text: str, speaker: str) -> None:
    out = en_claims(text)
    assert [c["speaker"] for c in out] == [speaker]


def test_person_named_without_title_then_called_she_is_the_speaker() -> None:
    out = en_claims("When Marla Quenby decided to sell her farm in 2011, she had no idea what came next.",
                    "“All I could think about was the empty barn,” she tells the paper.",
                    "Quenby now runs a bakery in the valley.")
    assert [(c["speaker"], c["speaker_text"]) for c in out] == [("Marla Quenby", "she")]


def test_capitalized_phrase_never_taken_up_by_surname_is_no_antecedent() -> None:
    out = en_claims("After Rural Northfield voted to close the depot, she had no idea what came next.",
                    "“All I could think about was the empty barn,” she tells the paper.")
    assert [c["speaker"] for c in out] == ["she"]


def test_the_source_resolves_to_the_unnamed_source_the_narrative_introduced() -> None:
    out = en_claims("Since the first report, a new source familiar with the inner workings of the firm "
                    "contacted the paper.",
                    "“She runs everything from the back office,” said the source, who asked not to be named.")
    assert [(c["speaker"], c["speaker_text"]) for c in out] == [
        ("a new source familiar with the inner workings of the firm", "the source")]


def test_an_unnamed_source_in_the_narrative_is_no_antecedent_of_he() -> None:
    out = en_claims("“He knows nothing about the yard,” Tomas Brell said.",
                    "A spokesman for Halden Bank was not available.",
                    "“I will tell you about it now,” he said.")
    assert [c["speaker"] for c in out] == ["Tomas Brell", "Tomas Brell"]
