"""English claims (issue 9): reporting verbs in every tense news uses, a
reporter in the story, a clause that gives way to another speaker, a person whom the next
paragraph calls she, and groups named together.  Sentences and names invented."""

from __future__ import annotations

import pytest

from tests.claims_en_helpers import by_text, en_claims


@pytest.mark.parametrize("para, cue", [
    ("“Rapid growth was the single biggest cause of the slump,” comments the economist Ben Tarrow.", "comments"),
    ("“Get the boats out of the harbour right now,” Orla Vint shouted.", "shouted"),
    ("“We will be fine in the end, I think,” muses Orla Vint, a baker in Tarrow.", "muses"),
    ("“Nobody asked the growers what they wanted,” Orla Vint retorts.", "retorts"),
])
def test_reporting_verbs_in_more_tenses(para: str, cue: str) -> None:
    c = en_claims(para)[0]
    assert (c["kind"], c["speaker"], c["cue"]) == ("direct", "Orla Vint" if "Vint" in para else "Ben Tarrow", cue)


def test_a_reporter_the_story_introduces_is_a_speaker_the_writer_is_not() -> None:
    out = en_claims("At the briefing, a reporter asked Vint, “Which risk worries you most for the town?”")
    c = by_text(out, "worries you most")
    assert (c["kind"], c["speaker"]) == ("direct", "a reporter")
    out = en_claims("“I am honoured to serve,” Orla Vint said on Monday. Later, a reporter asked Vint, “Which job comes "
                    "first for the town?”", "“The roads, and the money to mend them,” she replied.")
    assert by_text(out, "the money to mend")["speaker"] == "Orla Vint"  # the one asked answers
    assert en_claims("The reporter learned that the plant would close in the spring.") == []


def test_a_reported_clause_stops_where_another_subject_reports() -> None:
    out = en_claims("Roads chief Ana Whitcomb promised last spring that her office “would be able to meet "
                    "that safety target,” but board members questioned whether the funding was enough.")
    c = by_text(out, "would be able to")
    assert c["speaker"] == "Ana Whitcomb" and "board members" not in c["text"]
    out = en_claims("Ana Whitcomb said the bridge would reopen in May, and she added that the cost would fall.")
    assert by_text(out, "bridge")["text"] == "the bridge would reopen in May"


def test_she_opening_the_next_paragraph_is_the_person_named_last() -> None:
    out = en_claims("Tomas Edrin said the orchard has become a source of income for his family.",
                    "Similarly, Mirela Daskin of Hollow Creek described the project as very helpful for farmers.",
                    "She told us the course taught her seed exchange and soil care.")
    assert by_text(out, "seed exchange")["speaker"] == "Mirela Daskin"


def test_a_place_after_of_is_no_person_for_she() -> None:
    out = en_claims("Tomas Edrin said the orchard has become a source of income for his family.",
                    "Farmers came from as far as Hollow Creek to see it.",
                    "He said he would plant more trees next year.")
    assert by_text(out, "plant more trees")["speaker"] == "Tomas Edrin"


def test_the_pair_is_the_two_persons_named_together() -> None:
    out = en_claims("Both Tobin Harrow and Ada Quenby spoke at the hearing.",
                    "“We never left the town,” Ada Quenby said.",
                    "The pair said they planned to move to the coast next spring.")
    c = by_text(out, "move to the coast")
    assert (c["speaker"], c["speaker_text"]) == ("Tobin Harrow and Ada Quenby", "The pair")


def test_the_authors_are_the_persons_named_together_when_one_of_them_speaks() -> None:
    out = en_claims("The study by Lena Varga, Omar Tesh and Ilse Brandt was published in May.",
                    "“Teams learn slowly,” says Tesh.",
                    "“The tools must support more than ideas,” say the authors.")
    assert by_text(out, "more than ideas")["speaker"] == "Lena Varga, Omar Tesh and Ilse Brandt"


def test_a_group_description_with_no_speaker_among_the_names_stays_as_written() -> None:
    out = en_claims("Mayor Lena Varga and the council met on Monday.",
                    "The pair said the budget would pass in the autumn.")
    assert by_text(out, "budget")["speaker"] == "The pair"
    out = en_claims("Lena Varga, Omar Tesh and Ilse Brandt met on Monday. “It went well,” Tesh said.",
                    "The pair said the budget would pass in the autumn.")
    assert by_text(out, "budget")["speaker"] == "The pair"  # three named, "pair" is two


def test_comments_as_a_noun_attribute_nothing() -> None:
    out = en_claims("When she posted the photos, Ada Quenby received comments including “Eat something please” "
                    "and “You look so tired these days.”")
    assert all(c["cue"] not in ("comments", "comment") for c in out)


def test_a_hypothetical_is_no_speech() -> None:
    assert en_claims("Life pushes on toward, as Charles Benning might have put it, endless forms most beautiful.") == []


@pytest.mark.parametrize("para, words", [
    ("Researchers said a new strain of malware, dubbed “Grey Finch,” has spread to phones in the region.", "Grey Finch"),
    ("Ada Quenby said the award should have gone to the quiet village drama “Harrowfield.”", "Harrowfield"),
])
def test_a_clause_quoting_only_a_name_or_title_is_indirect(para: str, words: str) -> None:
    c = by_text(en_claims(para), words)
    assert c["kind"] == "indirect"


def test_a_clause_quoting_words_is_mixed() -> None:
    c = by_text(en_claims("Ada Quenby said the new tolls were “far too steep for most families.”"), "tolls")
    assert c["kind"] == "mixed"


def test_a_title_after_titled_and_a_colon_is_no_quotation() -> None:
    out = en_claims("“It works on any printer,” Ada Quenby said.",
                    "Her group’s results appeared in a journal article titled: “A fast filter for tracking control "
                    "in small machines.”")
    assert [c["text"] for c in out] == ["It works on any printer,"]


def test_the_pronoun_after_that_in_a_relative_clause_is_the_speaker() -> None:
    out = en_claims("“Robots should learn by touching things,” Tobin Harrow said. His lab designs machines out of "
                    "soft, toy-like blocks that he calls “a sandbox for machines that grow.”")
    c = by_text(out, "sandbox")
    assert (c["speaker"], c["speaker_text"]) == ("Tobin Harrow", "he")


def test_the_subject_after_in_which_is_the_speaker() -> None:
    c = en_claims("The row began when a film surfaced of a Harrow lecture in which the founder suggested "
                  "the slump had been caused by pressure on lenders.")[0]
    assert c["speaker_text"] == "the founder"


def test_a_group_keeps_each_name_as_written_in_full() -> None:
    out = en_claims("The study by Lena Varga, Omar Tesh Kell and Ilse Brandt was published in May.",
                    "“Teams learn slowly,” says Tesh.", "“The tools must support more than ideas,” say the authors.")
    assert by_text(out, "more than ideas")["speaker"] == "Lena Varga, Omar Tesh Kell and Ilse Brandt"


@pytest.mark.parametrize("second", [
    "“My favourite part is walking him down to the river” — something he never did as a child.",
    "“I am not in the trade any more, not for years”",
])
def test_a_quotation_without_its_own_stop_after_an_attributed_sentence_continues_the_speaker(second: str) -> None:
    out = en_claims("Walking the dog is his favourite pastime, Tobin Harrow said. " + second)
    c = next(c for c in out if c["kind"] == "direct")
    assert c["speaker"] == "Tobin Harrow"


def test_an_acronym_speaker_is_the_organization_it_abbreviates() -> None:
    out = en_claims("Deputies from the Harlan County Sheriff’s Office were called to the store on Tuesday.",
                    "HCSO said deputies will patrol the area for a week.",
                    "The Valley Independent System Operator ordered cuts.", "Valley ISO said two gas plants shut down.")
    assert by_text(out, "patrol")["speaker"] == "Harlan County Sheriff’s Office"
    assert by_text(out, "gas plants")["speaker"] == "Valley Independent System Operator"
    assert by_text(en_claims("The DOJ said three people were arrested in the raid."), "raid")["speaker"] == "DOJ"
