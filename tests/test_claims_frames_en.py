"""English claims (issue 9, ninth wave): what frames a quotation or a reported clause
(a time after the cue, a narrative insert, a fronted subordinate clause, a modal, a naming
verb before another cue) and who a description or pronoun stands for (a fuller document
description, a study's authors, a hypothetical speaker, a possessive before a surname).
Sentences and names invented."""

from __future__ import annotations

from tests.claims_en_helpers import by_text, en_claims


def test_a_weekday_after_the_cue_keeps_the_clause() -> None:
    out = en_claims("Kell Ferrin’s bid for the harbour board will give sailors “a fair hearing for once in "
                    "a long while,” she said Thursday.")
    c = by_text(out, "fair hearing")
    assert (c["kind"], c["cue"]) == ("mixed", "said") and c["text"].startswith("Kell Ferrin’s bid")


def test_the_paper_is_a_source_this_paper_is_the_writer() -> None:
    out = en_claims("Moorland peat holds more carbon than the old maps suggest, the paper states.")
    assert [(c["speaker"], c["kind"]) for c in out] == [("the paper", "indirect")]
    assert en_claims("Moorland peat holds more carbon than the old maps suggest, this paper says.") == []


def test_a_middle_initial_does_not_split_one_statement() -> None:
    out = en_claims("“Kites fly best in a cold wind,” said Oslo professor Edda K. Rusk, head of the Vane Lab. "
                    "“So the winter fair draws the crowds.”")
    assert [c["kind"] for c in out] == ["direct"] and out[0]["text"].endswith("draws the crowds.")


def test_inner_marks_curled_the_wrong_way_stay_inside_the_quotation() -> None:
    out = en_claims("“The old way meant paying a toll for every cart (”tolls“) at each gate of the town, "
                    "and that is ending now,” said Brin Hollis.")
    assert [(c["kind"], c["speaker"]) for c in out] == [("direct", "Brin Hollis")]
    assert out[0]["text"].endswith("ending now,")


def test_comments_that_and_a_semicolon_after_the_quotation() -> None:
    out = en_claims("Looking at the drought, the farmer Tam Oduya comments that “dry springs were the main reason "
                    "for the poor yields”; he also notes that prices “rose far too quickly.”")
    c = by_text(out, "dry springs")
    assert (c["kind"], c["speaker"]) == ("direct", "Tam Oduya")


def test_a_semicolon_for_a_colon_and_a_pronoun_after_an_opener() -> None:
    out = en_claims("“We ran out of legs in the end,” said Rina Belk, the coach.",
                    "Speaking in Basque she added; “Yes, our squad is tired and the pitch was heavy.”")
    c = by_text(out, "squad is tired")
    assert (c["kind"], c["speaker"], c["speaker_text"]) == ("direct", "Rina Belk", "she")


def test_a_plea_is_no_statement() -> None:
    assert en_claims("In 2018, Dov Pelle pleaded guilty to “theft of ferry tickets from the depot”.") == []


def test_a_cue_after_could_is_no_attribution_of_the_quotation() -> None:
    out = en_claims("Una Varr teaches sailing. The tally is plain, though one that could explain to us why dinghy clubs fold: "
                    "“The core of sailing is turning up, but only if members come,” Varr said.")
    c = by_text(out, "turning up")
    assert (c["kind"], c["speaker"]) == ("direct", "Una Varr")


def test_a_naming_verb_does_not_claim_a_quotation_after_another_cue() -> None:
    out = en_claims("Pressed on why she had called her choir the Larks, Ada Vex told “Dawn Chorus Daily” host Ben Kyle, "
                    "“Because we sing before anyone else is awake.”")
    assert not any(c["cue"] == "called" for c in out)


def test_a_quotation_split_by_a_narrative_insert_is_one_statement() -> None:
    out = en_claims("Cold swims are not for all. “Care is needed for people with weak hearts,” which covers many "
                    "older swimmers, “because the shock can raise blood pressure quickly,” Pell Ranna explains.")
    c = by_text(out, "weak hearts")
    assert (c["kind"], c["speaker"]) == ("direct", "Pell Ranna") and c["text"].endswith("quickly,")


def test_a_hypothetical_speaker_is_no_antecedent() -> None:
    out = en_claims("Tobin Sarle has studied moss for years. “It is a slow clock,” Sarle says.",
                    "Sarle sees moss as a record of weather, a diary of rain, as Charles Penrow might have said. "
                    "“We do not yet have the words for it,” he says.")
    assert by_text(out, "the words for it")["speaker"] == "Tobin Sarle"


def test_a_number_of_people_is_a_group_not_a_she() -> None:
    out = en_claims("Mira Quell of the Leeds lab named the field. “It was the last wall,” says Mira Quell.",
                    "A small number of botanists said ferns can learn from drought.",
                    "“We think we stand apart,” she says.")
    assert by_text(out, "stand apart")["speaker"] == "Mira Quell"


def test_a_surname_after_a_possessive_is_a_mention() -> None:
    out = en_claims("Mira Quell of the Leeds lab named the field. “It was the last wall,” says Mira Quell.",
                    "Later, Tom Ferris, a farmer, joined the walk across the moor.",
                    "For Leeds’s Quell, the walk mattered. “We think we stand apart,” she says.")
    assert by_text(out, "stand apart")["speaker"] == "Mira Quell"


def test_a_mixed_clause_ending_in_its_quotation_goes_on_after_the_attribution() -> None:
    out = en_claims("But the tone of some stories made it worse than “idle chatter about us,” Rafe Dunn said. "
                    "“It was stirring up something ugly in people.”")
    assert len(out) == 1 and out[0]["kind"] == "mixed" and out[0]["text"].endswith("in people.")


def test_one_clause_read_twice_is_one_claim() -> None:
    out = en_claims("“They cannot just walk away,” he added of the crew, saying they are “stuck in the old "
                    "system” and that he has “much sympathy for that.”")
    assert len([c for c in out if c["kind"] == "mixed"]) == 1


def test_a_bare_document_description_is_the_fuller_one_before_it() -> None:
    out = en_claims("A new survey printed in the Fen Journal says bogs matter.",
                    "Bogs store water for towns, says the paper funded by Oke and his team.",
                    "Farmers manage a quarter of the fens, the paper states.")
    assert by_text(out, "quarter of the fens")["speaker"] == "the paper funded by Oke and his team"
    out = en_claims("That was the warning in the letter from the river board to the Water Minister before the vote.",
                    "The letter said a “phased” plan would not have a “quick” effect on the floods.")
    assert out[0]["speaker"] == "the letter from the river board to the Water Minister"


def test_a_time_after_the_cue_and_a_fronted_subordinate_clause() -> None:
    out = en_claims("After board member Lisl Orme asked last week “Why has the ferry taken six months to "
                    "repair?” Mr. Tavi replied that “the parts came late.”")
    assert by_text(out, "ferry taken")["speaker"] == "Lisl Orme"
    out = en_claims("When Ada Rusk said the dam would hold, nobody in the valley listened.")
    assert [c["text"] for c in out] == ["the dam would hold"]
    out = en_claims("When the singer wrote a post about her tour, she got replies like “Please rest a while” "
                    "and “Take a long break now.”")
    assert not any("rest a while" in c["text"] for c in out)


def test_a_quoted_term_after_the_notion_of_is_no_speech() -> None:
    out = en_claims("The notion of “slow money” will stay in fashion this year, according to Pim Arlo.")
    assert [c["kind"] for c in out] == ["indirect"]


def test_a_speech_gerund_after_a_preposition() -> None:
    out = en_claims("She closed the talk by describing the new harbour as “bigger than any port you have seen.”")
    assert [(c["kind"], c["cue"]) for c in out] == [("mixed", "describing")]
    assert out[0]["text"].startswith("the new harbour as")


def test_the_authors_of_a_study_co_authored_by_named_persons() -> None:
    out = en_claims("The study is co-authored by Lina Oru, a lecturer in design at Tarn University who recently "
                    "finished her doctorate, Yan Bo Kell of Tarn Business School and Jin Arvo, Professor of Design "
                    "at Vale College.", "“This changes how teams draft together,” the authors say.")
    assert by_text(out, "teams draft")["speaker"] == "Lina Oru, Yan Bo Kell and Jin Arvo"
