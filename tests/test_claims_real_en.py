"""English layouts of real reporting (issue 9, fifth wave): quoted paragraphs that go on
from an earlier speaker, and the other general classes of the real-news bench's misses.
Sentences and names invented."""

from __future__ import annotations

import pytest

from tests.claims_en_helpers import by_text, en_claims


def test_closed_quoted_paragraphs_in_a_row_continue_the_earlier_speaker() -> None:
    out = en_claims("Mayor Ilse Brandvold explained: “We asked for more time before the vote.",
                    "In short, the plan would close the harbour for a month.",
                    "“We wanted a promise that six weeks would cover the repairs. Nobody could make one.”",
                    "“We asked whether the schools could stay open. They thought so, we did not.”",
                    "“So we chose to vote against the whole plan as written.”")
    c = by_text(out, "promise that six weeks")
    assert (c["kind"], c["speaker"]) == ("direct", "Ilse Brandvold")
    assert c["text"].endswith("the whole plan as written.")  # one statement over three paragraphs


def test_a_closed_sentence_quotation_is_not_said_by_the_next_sentence_reporting_a_clause() -> None:
    out = en_claims("“I was not ready for that,” Tomas Ferrell said in the interview. “I went somewhere dark "
                    "as well.” He said that every evening he came home to a quiet house.")
    c = by_text(out, "not ready for that")
    assert (c["kind"], c["speaker"]) == ("direct", "Tomas Ferrell")
    assert c["text"].endswith("somewhere dark as well.")  # split by its attribution: one statement
    d = by_text(out, "every evening")
    assert (d["kind"], d["text"]) == ("indirect", "every evening he came home to a quiet house")


def test_a_name_after_its_role_and_a_comma_is_a_person_for_he() -> None:
    out = en_claims("Deans protested a plan by the science minister, Ewan Hartley, to freeze lab budgets "
                    "over what he described as the “crisis on every campus” in a speech.")
    c = by_text(out, "crisis on every campus")
    assert c["speaker"] == "Ewan Hartley"


def test_a_photo_credit_names_no_antecedent() -> None:
    out = en_claims("Mara Lindqvist, a second-year student at Harlow University, backs the rent strike.",
                    "Students wait outside the hall. (Photo by Colin Parrish/Northwind Images)",
                    "“Universities are putting rents above the lives of students,” he says.")
    assert by_text(out, "putting rents")["speaker"] != "Colin Parrish"


def test_a_closed_sentence_quotation_then_a_new_sentence_with_a_bare_clause() -> None:
    out = en_claims("“It is the glue of the whole colony,” Petra Lindgren says. “It lets the cells work together.” "
                    "Lindgren believes the finding could change how wounds are treated.")
    c = by_text(out, "glue of the whole colony")
    assert c["text"].endswith("cells work together.")
    assert by_text(out, "the finding could")["kind"] == "indirect"


def test_as_name_with_a_long_apposition_puts_it() -> None:
    out = en_claims("As Ines Moravec, director of the Small Minds Laboratory at the University of Tarsis and "
                    "author of Green Thinking, puts it, “Roots weigh many signals before they turn, and for that "
                    "they keep a record.”")
    c = by_text(out, "weigh many signals")
    assert (c["kind"], c["speaker"], c["speaker_role"]) == ("direct", "Ines Moravec", "director")


@pytest.mark.parametrize("attribution", ["say the authors", "the authors conclude", "argue the researchers"])
def test_plural_subjects_with_base_form_cues_after_a_quotation(attribution: str) -> None:
    out = en_claims(f"“This reflects our new view that teams improve only with guidance,” {attribution}.")
    assert [c["kind"] for c in out] == ["direct"]
    assert out[0]["speaker"].split()[-1] in ("authors", "researchers")


def test_researchers_stress_that_takes_a_clause() -> None:
    out = en_claims("The researchers stress that teams need clear roles before they share the work.")
    assert [(c["kind"], c["speaker"]) for c in out] == [("indirect", "The researchers")]


def test_it_right_after_a_quoted_document_is_that_document() -> None:
    out = en_claims("Professor Lina Varga of Northwind University led the work with two colleagues.",
                    "The old view treated software as a tool, but the new tools “have turned technology into a "
                    "partner,” says the research.",
                    "It adds: “Once work begins, the tool can take part in decisions. We propose a new view.”")
    c = by_text(out, "Once work begins")
    assert (c["speaker"], c["speaker_text"]) == ("the research", "It")


def test_inverted_attribution_with_two_long_appositions_joined_by_and() -> None:
    out = en_claims("“Councils ought to learn that peat bogs hold more carbon than young woods,” said "
                    "Jon Tavi, a principal field ecologist with the Centre for Upland Soil Studies (CUSS) and "
                    "a lecturer in soil chemistry and land economics at the Westmoor Metropolitan University.")
    assert [(c["kind"], c["speaker"], c["speaker_role"]) for c in out] == [
        ("direct", "Jon Tavi", "principal field ecologist")]


def test_reflexive_after_the_subject_is_no_part_of_the_speaker() -> None:
    out = en_claims("When Orrin Vale was elected in 1992, he won more votes than anyone. As Vale himself noted, "
                    "“1992 ended the old party. Our win meant the rivals had to change.”")
    c = by_text(out, "ended the old party")
    assert (c["kind"], c["speaker"]) == ("direct", "Orrin Vale")


def test_a_reported_clause_that_is_one_whole_quotation_is_direct() -> None:
    out = en_claims("Ada Brook said that “the plan is a disaster for the valley and for its farms.”")
    assert [(c["kind"], c["text"]) for c in out] == [
        ("direct", "the plan is a disaster for the valley and for its farms.")]


def test_the_court_is_the_court_named_before() -> None:
    out = en_claims("The Appellate Court did not accept the retailer’s view.",
                    "Harlan Foods filed an appeal last spring.",
                    "The court said that the retailer had placed itself in the chain of sale.")
    c = by_text(out, "placed itself")
    assert (c["speaker"], c["speaker_text"]) == ("Appellate Court", "The court")


def test_participle_cue_takes_the_name_set_off_by_commas() -> None:
    out = en_claims("Autoline’s electric truck expert and owner, Zane Morrow, suggested that the Volta would sell "
                    "well, saying, “Every sign says the Volta will sell out again this year.”")
    c = by_text(out, "Every sign says")
    assert (c["kind"], c["speaker"]) == ("direct", "Zane Morrow")


def test_question_heading_interview_answers_are_the_interviewee_s() -> None:
    out = en_claims("Marisol Quint started Loom & Lantern, a wig company, in 2019.",
                    "Here, we spoke with Quint about her journey and the future of the company.",
                    "How do your wigs for patients differ from the ones sold in a salon?",
                    "A medical wig cap has no combs, because most wearers have no hair to hold them.",
                    "It also has a softer lining, which matters during treatment.",
                    "Will you open a web shop this year?",
                    "Probably later, since we first want a second workshop in the city.",
                    "What keeps you going on hard days in the workshop?",
                    "It is fine to feel lucky to be alive and still grieve for what you lost.")
    answers = [c for c in out if c["cue"] == "answer"]
    assert [(c["kind"], c["speaker"]) for c in answers] == [("indirect", "Marisol Quint")] * 3
    assert answers[0]["text"].endswith("matters during treatment.")  # one answer over two paragraphs
    assert not any("?" in c["text"] for c in out)  # the questions are the writer's


def test_explainer_questions_without_an_interviewee_are_no_interview() -> None:
    out = en_claims("We spoke with Nadia Brook about her garden last spring.",
                    "What is a hydrangea?",
                    "A flowering shrub that likes shade and water.",
                    "When should it be pruned?",
                    "In late winter, before the new growth starts.")
    assert not any(c["cue"] == "answer" for c in out)


@pytest.mark.parametrize("text, speaker", [
    ("The scheme ran for two winters, investigators said, and buyers were found mostly through three forums.",
     "investigators"),
    ("A basic grasp of the method is important, Tovar said, but finding the right problem matters more.", "Tovar"),
    ("The bridge must close before the floods, Halvik said: a late decision would cost far more.", "Halvik"),
])
def test_attribution_inside_a_sentence_joined_by_and_but_or_a_colon_is_one_clause(text: str, speaker: str) -> None:
    out = en_claims(text)
    assert [(c["kind"], c["speaker"], c["text"]) for c in out] == [("indirect", speaker, text.rstrip("."))]


def test_a_recommendation_s_object_is_the_reported_content() -> None:
    out = en_claims("Dr. Lina Parr recommends skipping black tea with lunch since it lowers iron uptake.")
    assert [(c["kind"], c["speaker"], c["text"]) for c in out] == [
        ("indirect", "Lina Parr", "skipping black tea with lunch since it lowers iron uptake")]
    assert en_claims("The dose recommended by the panel is low.") == []


def test_a_new_paragraph_with_its_own_attribution_starts_a_new_statement() -> None:
    out = en_claims("“The seller placed itself in the chain of sale,” Judge Vera Lind wrote in the ruling. "
                    "“It stored the goods and shipped them.”",
                    "Lind also found a federal law in the buyer’s favor, noting that “it has no bearing on this case "
                    "because her claims rest on the seller’s own acts.”")
    assert [(c["kind"], c["speaker"]) for c in out] == [("direct", "Vera Lind")] * 2
    assert by_text(out, "no bearing")["text"].startswith("it has no bearing")


def test_a_second_quotation_with_its_own_cue_is_a_new_statement() -> None:
    out = en_claims("The site’s truck expert, Zane Morrow, praised the Volta, saying, “Every sign says it will sell "
                    "out again this year.” He continued by adding, “Would I like a bigger screen? Sure, but it is one "
                    "part of the car.”")
    assert [(c["kind"], c["speaker"]) for c in out] == [("direct", "Zane Morrow")] * 2


def test_a_quotation_goes_on_with_the_speaker_attributed_just_before_it() -> None:
    out = en_claims("“Cells keep a memory of their shape,” Levan Ostrov wrote. According to Ana Brightwell, that is "
                    "because the models are too abstract. “Once you build such a machine, you notice where the theory "
                    "breaks. It needs a body.”")
    c = by_text(out, "Once you build")
    assert c["speaker"] == "Ana Brightwell"


@pytest.mark.parametrize("text, speaker, role, org", [
    ("Port Elwood Mayor Anna de Vries said the city would hire more staff.", "Anna de Vries", "Mayor",
     "Port Elwood"),
    ("Vice-President Mara Pence said the task force would meet again.", "Mara Pence", "Vice-President", None),
])
def test_titles_before_names_with_particles_and_hyphens(text: str, speaker: str, role: str, org: str | None) -> None:
    c = en_claims(text)[0]
    assert (c["speaker"], c["speaker_role"], c["speaker_org"]) == (speaker, role, org)


def test_a_quotation_after_a_name_and_a_colon_inside_a_sentence() -> None:
    out = en_claims("Most testers liked the shoe. Some were won over by it, including tester Jon Mikkel: “Their last "
                    "two models were hit-or-miss, yet this one felt right at once.”")
    c = by_text(out, "hit-or-miss")
    assert (c["kind"], c["speaker"], c["speaker_role"]) == ("direct", "Jon Mikkel", "tester")
    assert en_claims("The report had a clear summary: “Prices will rise for three more years at least.”") == []


def test_a_cue_word_after_a_possessive_is_no_attribution() -> None:
    assert en_claims("The region’s reported count of flu cases is close to 48,300, of whom 512 were treated in hospital.") == []


@pytest.mark.parametrize("text", [
    "Winter care: If your dealer suggests you book tyre checks twice a season, follow the advice.",
    "Her answer followed after being asked whether the board would “own the mistake” in public.",
])
def test_a_condition_or_a_gerund_is_no_speaker(text: str) -> None:
    assert en_claims(text) == []


def test_the_subject_of_a_coordinated_cue_after_then_and_an_adverb() -> None:
    out = en_claims("The board allowed the town two more weeks to finish the survey and then firmly warned that the "
                    "grant would be cancelled.")
    assert [(c["speaker"], c["text"]) for c in out] == [("The board", "the grant would be cancelled")]


def test_a_pull_quote_repeated_later_is_no_claim_of_its_own() -> None:
    out = en_claims("Supplies are short, said Dr. Rami Sayegh, director of Harbor Hospital.",
                    "“The blood bank would not last a weekend here. The trucks bring us bandages only.”",
                    "Asked about the convoy, Sayegh shrugged. “The blood bank would not last a weekend here,” he said.")
    assert [c["text"] for c in out if c["kind"] == "direct"] == ["The blood bank would not last a weekend here,"]


def test_a_long_inverted_attribution_with_appositions_still_splits_one_quotation() -> None:
    out = en_claims("“Every outage on the ward puts the newborns in danger,” said Dr. Selma Abed, a "
                    "neonatologist at Harbor Hospital, who took a post at Cedar Hospital on the coast when "
                    "her family relocated there from the inland town of Tarsa with their three dogs and a cat "
                    "in the spring. “The incubators have to stay warm day and night.”")
    assert [(c["kind"], c["speaker"]) for c in out] == [("direct", "Selma Abed")]
