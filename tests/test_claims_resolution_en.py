"""English speaker resolution on short forms and descriptions: surnames in the
narrative as antecedents, a person's surname read as an organization, "the singer",
one-word organizations, places set off by commas.  Sentences written for these tests."""

from tests.claims_en_helpers import by_text, en_claims
from pipelines.en_mentions import short_mentions


def test_surname_in_narrative_is_the_nearest_antecedent():
    # the nearer full name is another woman's; the surname mention after it is the speaker's
    out = en_claims(
        "“The river has never been this low in living memory,” said Petra Lindqvist, a ferry pilot.",
        "Her sister, Ingrid Moreau Vale, runs the harbour cafe on the other bank.",
        "Lindqvist now crosses twice a day. “We lose a trip every time the sandbar moves,” she said.",
    )
    c = by_text(out, "sandbar")
    assert c["speaker"] == "Petra Lindqvist"


def test_surname_inside_a_longer_name_or_quotation_is_no_mention():
    body = ("Her daughter, Ruth Benton Oakes, runs Benton Foods. Benton agreed. "
            "“Ask Benton,” he said. Mr. Benton left.")
    quoted = [(body.index("Ask"), body.index("Ask") + 11)]
    got = short_mentions({"Carla Benton"}, set(), body, frozenset({"mr"}), quoted)
    assert [body[k:k + 6] for k, _s in got] == ["Benton", "Benton"]
    assert [k for k, _s in got] == [body.index("Benton agreed"), body.index("Benton left")]
    assert {s["speaker"] for _k, s in got} == {"Carla Benton"}


def test_shared_surname_gives_no_mention():
    body = "Benton agreed."
    assert short_mentions({"Carla Benton", "Hugh Benton"}, set(), body, frozenset()) == []


def test_one_word_speaker_is_the_surname_of_a_named_person():
    # "Halvorsen" alone would read as a company; the article names Jonas Halvorsen
    out = en_claims(
        "Jonas Halvorsen built the sawmill in 1998.",
        "“We never planned to sell the land to anyone,” Halvorsen said.",
        "“The offer came out of nowhere last winter,” he said.",
    )
    assert by_text(out, "sell the land")["speaker"] == "Jonas Halvorsen"
    assert by_text(out, "out of nowhere")["speaker"] == "Jonas Halvorsen"


def test_person_description_is_the_person_just_mentioned():
    out = en_claims(
        "“The tour starts in March,” Maren Solberg said on Friday as her fourth album came out.",
        "“Every song on it was written in one cold month,” the singer told a radio host.",
    )
    c = by_text(out, "cold month")
    assert (c["speaker"], c["speaker_text"]) == ("Maren Solberg", "the singer")


def test_description_needs_its_head_noun_in_the_antecedent():
    # "a former editor" is no "former mayor": not the editor who spoke last
    out = en_claims(
        "Leon Vasquez ran the city for twelve years.",
        "“He never liked the press,” said Ada Brook, a former editor of the Harbor Ledger.",
        "“Crime fell because we hired more officers, simple as that,” the former mayor said.",
    )
    assert by_text(out, "hired more officers")["speaker"] != "Ada Brook"


def test_one_word_organization_after_its_full_name():
    out = en_claims(
        "Norvale Corp said on Monday it would close two plants.",
        "“We have to match our capacity to the orders we actually have,” Norvale said.",
    )
    assert by_text(out, "capacity")["speaker"] == "Norvale Corp"


def test_state_after_town_is_no_speaker():
    out = en_claims(
        "Speaking at the plant in Dayton, Ohio, Chief Executive Mara Quist said that hiring would resume.",
        "“We have the orders to keep every line running,” she said.",
    )
    assert by_text(out, "hiring would resume")["speaker"] == "Mara Quist"
    assert by_text(out, "every line")["speaker"] == "Mara Quist"


def test_town_and_unknown_state_is_no_speaker():
    out = en_claims("Speaking in Tarrow, Vellmark, Mayor Ines Cole said that the bridge would reopen.")
    assert by_text(out, "bridge")["speaker"] == "Ines Cole"


def test_first_name_speaker_gets_the_full_name_given_once():
    out = en_claims(
        "Our tester this year was Odile Farrant, who drove each car for a week.",
        "“The steering is light but never vague,” Odile says. She liked the seats too.",
    )
    assert by_text(out, "steering")["speaker"] == "Odile Farrant"


def test_name_never_runs_over_a_paragraph_break():
    out = en_claims(
        "The last car on the list is the Corvane Sierra",
        "“It tows more than anything else in its class,” Odile says. She drove it for a week.",
    )
    assert by_text(out, "tows more")["speaker"] == "Odile"


def test_first_name_before_a_company_word_is_no_full_name():
    out = en_claims(
        "Odile Motors sold the most vans.",
        "“It tows more than anything else in its class,” Odile says. She drove it for a week.",
    )
    assert by_text(out, "tows more")["speaker"] == "Odile"


def test_leading_conjunction_is_no_part_of_the_subject():
    out = en_claims("And Tobias Wren said the harbour is in “real danger” of silting up.")
    c = out[0]
    assert (c["kind"], c["speaker"], c["text"]) == ("mixed", "Tobias Wren",
                                                    "the harbour is in “real danger” of silting up")


def test_clause_before_attribution_with_comma_inside_the_closing_mark():
    out = en_claims("The ferry timetable was “a work of fiction,” Tobias Wren said.")
    assert [(c["kind"], c["text"]) for c in out] == [
        ("mixed", "The ferry timetable was “a work of fiction,”")]


def test_quotation_as_subject_of_a_clause_is_mixed():
    out = en_claims("“Patience” was the word he used most that winter, Tobias Wren said.")
    assert [(c["kind"], c["speaker"]) for c in out] == [("mixed", "Tobias Wren")]
    assert out[0]["text"].startswith("“Patience” was the word")


def test_quotation_before_its_attribution_stays_direct():
    out = en_claims("“The ferry will run again in May,” Tobias Wren said.")
    assert [(c["kind"], c["text"]) for c in out] == [("direct", "The ferry will run again in May,")]


def test_inverted_attribution_with_relative_clause_in_the_apposition():
    out = en_claims("“Most rivers recover within a decade if the dams come down,” says Lena Marsh, an ecologist "
                  "at Tarn University who has surveyed the valley since 2009 and has written two books on it.")
    c = out[0]
    assert (c["kind"], c["speaker"], c["speaker_org"]) == ("direct", "Lena Marsh", "Tarn University")


def test_opening_phrase_then_quotation_then_inverted_cue_is_mixed():
    out = en_claims("Whatever the season, “the river always wins in the end,” says Marsh.")
    assert [(c["kind"], c["text"]) for c in out] == [
        ("mixed", "Whatever the season, “the river always wins in the end,”")]


def test_naming_cue_with_a_short_name_is_one_mixed_claim():
    out = en_claims("Okafor dubbed them “glass frogs,” and the name stuck.")
    assert [(c["kind"], c["text"][:16], c["cue"]) for c in out] == [("mixed", "them “glass frog", "dubbed")]


def test_naming_cue_with_too_few_words_is_no_claim():
    assert en_claims("The lab named them “glassfrogs.”") == []


def test_naming_cue_before_a_sentence_final_quotation_is_not_direct():
    out = en_claims("The lab builds boats from reeds that she calls “floating baskets for rivers.”")
    assert [(c["kind"], c["speaker"]) for c in out] == [("mixed", "she")]


def test_two_surnames_speak_as_two_full_names_and_alone_as_one():
    out = en_claims(
        "Mara Quillon and Josh Tarrant built the first one in 2019.",
        "Quillon and Tarrant nicknamed the things “glass frogs of the lab.”",
        "“Cells are clever,” Quillon said.",
    )
    assert by_text(out, "glass frogs")["speaker"] == "Mara Quillon and Josh Tarrant"
    assert by_text(out, "Cells are clever")["speaker"] == "Mara Quillon"


def test_participle_cue_takes_the_subject_of_the_sentence():
    out = en_claims("Mona Ellis said her neighbour had sent a card and made amends, and that she had moved on, "
                  "adding that “he is a decent man after all.”")
    c = by_text(out, "decent man")
    assert (c["speaker"], c["cue"]) == ("Mona Ellis", "adding")


def test_name_with_an_a_apposition_is_a_person_antecedent():
    out = en_claims(
        "“Rents went up twice this year,” said Levi Dorn, who chairs the tenants’ union.",
        "Tamsin Gale, a final-year student in chemistry, has joined the rent strike.",
        "“Nobody can study in a flat with no heating,” he said.",
    )
    # Tamsin Gale is a person by her apposition alone, and the nearer one
    assert by_text(out, "no heating")["speaker"] == "Tamsin Gale"


def test_place_with_an_a_apposition_is_no_person():
    out = en_claims(
        "“Rents went up twice this year,” said Levi Dorn, who chairs the tenants’ union.",
        "Port Alder, a town of nine thousand, has one landlord.",
        "“Nobody can study in a flat with no heating,” he said.",
    )
    assert by_text(out, "no heating")["speaker"] == "Levi Dorn"


def test_participle_cue_after_a_quoted_fragment_finds_the_subject_before_it():
    out = en_claims("Mr Ellis used his speech to warn against a “one-size-fits-all” approach, adding: "
                  "“It is much easier to defend the rules if they are applied where needed.”")
    c = by_text(out, "much easier")
    assert (c["kind"], c["speaker"], c["cue"]) == ("direct", "Mr Ellis", "adding")


def test_participle_cue_after_a_determiner_subject():
    out = en_claims("The court also found the law did not help the seller, noting that “it does not apply "
                  "here because the claims rest on the seller’s own acts.”")
    assert by_text(out, "does not apply")["speaker"] == "The court"


def test_first_name_to_full_name_keeps_a_middle_initial():
    out = en_claims(
        "One of the organizers was Odell J. Fenwick Marsh, a retired teacher.",
        "“Nobody here votes the same way,” Odell said. He smiled.",
    )
    assert by_text(out, "votes the same")["speaker"] == "Odell J. Fenwick Marsh"


def test_titled_name_of_a_place_gives_role_and_org():
    c = en_claims("“The fair pays for itself,” said Councillor Mara Tews of Glenford.")[0]
    assert (c["speaker"], c["speaker_role"], c["speaker_org"]) == ("Mara Tews", "Councillor", "Glenford")


def test_organization_of_a_place_stays_whole():
    c = en_claims("“Rates will stay put,” said the Reserve Bank of Norland.")[0]
    assert c["speaker"] == "Reserve Bank of Norland"


def test_honorific_name_followed_by_a_time_phrase_is_a_name():
    out = en_claims(
        "Board member Robert Ruvell asked how the buses would cross the tracks.",
        "Mr. Ruvell last week said the signals remained his main worry.",
    )
    assert by_text(out, "signals")["speaker"] == "Robert Ruvell"


def test_as_x_told_me_before_a_quotation():
    out = en_claims("As Okonjo told me, “We hire freelancers for one project at a time.”")
    assert [(c["kind"], c["speaker"], c["cue"]) for c in out] == [("direct", "Okonjo", "told")]


def test_inverted_stated_inquired_describes():
    out = en_claims("“Balance is a personal matter for everyone,” stated Okonjo.",
                  "“Is that a serious allegation then?” inquired Pruitt.",
                  "“Coffee has a long half-life,” describes Slayne.")
    assert [(c["speaker"], c["cue"]) for c in out] == [("Okonjo", "stated"), ("Pruitt", "inquired"),
                                                       ("Slayne", "describes")]


def test_comma_with_phrase_after_the_attribution():
    out = en_claims("The shop remains “a real bakery,” she said, with most sales from bread.")
    assert [(c["kind"], c["text"]) for c in out] == [("mixed", "The shop remains “a real bakery,”")]


def test_quotation_ending_in_a_nested_quote_goes_on_after_the_attribution():
    out = en_claims("“We hope this leads to honest reports,” she says. “So that papers state ‘we emitted ten tons.’”")
    assert len(out) == 1 and out[0]["text"].endswith("‘we emitted ten tons.’")


def test_quotation_under_three_words_is_no_claim():
    out = en_claims("“Yeah, basically,” Harlan said.", "“Correct.” Harlan said.",
                  "“We are not moving out,” Harlan said.")
    assert [c["text"] for c in out] == ["We are not moving out,"]


def test_possessor_before_a_name_is_the_org():
    c = en_claims("“Our models learn from every single call,” says Tarnow’s Bellweather.")[0]
    assert (c["speaker"], c["speaker_org"]) == ("Bellweather", "Tarnow")
    c = en_claims("“Sales rose sharply this spring,” said Acme’s Dana Fry.")[0]
    assert (c["speaker"], c["speaker_org"]) == ("Dana Fry", "Acme")


def test_inverted_name_who_is_role():
    c = en_claims("“We are not tied to a fixed number of cabins,” said Ivo Marek who is a director at Lakeside Works.")[0]
    assert (c["speaker"], c["speaker_role"], c["speaker_org"]) == ("Ivo Marek", "director", "Lakeside Works")


def test_attribution_set_off_inside_its_clause_is_one_claim():
    out = en_claims("Those new signs, he says, will keep most drivers out of the lane.")
    assert [(c["kind"], c["text"]) for c in out] == [
        ("indirect", "Those new signs, he says, will keep most drivers out of the lane")]


def test_participle_after_the_attribution_is_no_part_of_the_clause():
    out = en_claims("Prices fell sharply in May, she said, citing weak demand.")
    assert [c["text"] for c in out] == ["Prices fell sharply in May"]


def test_person_spoken_to_is_no_antecedent():
    out = en_claims(
        "“I was never asked about the budget,” said Ada Quill, the former treasurer.",
        "“We should have told the members sooner,” said Maud Verity, who chairs the club.",
        "Quill told Verity that the accounts were missing. “Nobody could find the ledgers for months,” she said.",
    )
    assert by_text(out, "ledgers")["speaker"] == "Ada Quill"


def test_pronoun_subject_of_a_participle_cue():
    out = en_claims("Asked about the memo, he declined, saying “I would rather keep that private.”")
    assert [(c["kind"], c["speaker"], c["cue"]) for c in out] == [("direct", "he", "saying")]


def test_document_after_the_speaker_is_no_part_of_it():
    out = en_claims("The court in its ruling said the seller had “placed itself in the chain of sale.”")
    assert out[0]["speaker_text"] == "The court"


def test_capitalized_role_description_resolves_to_the_person():
    out = en_claims("Chris Galloway, a Tory backbencher, spoke in the debate.",
                  "“It does not need to be like this at all,” the Conservative MP said.")
    c = out[0]
    assert (c["speaker"], c["speaker_text"]) == ("Chris Galloway", "the Conservative MP")


def test_the_capitalized_organization_is_no_description():
    c = en_claims("“Rates will stay on hold for now,” the Northern Central Bank said.")[0]
    assert c["speaker"] == "Northern Central Bank"


def test_name_after_a_person_noun_is_a_person_antecedent():
    out = en_claims(
        "“The tests are coming next week,” said Vice-President Mark Penrose.",
        "Senate candidate Joel Bidwell backed the request for the survey results on Friday.",
        "He said it had shown the toll of “years of neglect” in the towns.",
    )
    assert by_text(out, "toll of")["speaker"] == "Joel Bidwell"


def test_split_quotation_around_an_honorific_attribution_is_one_claim():
    out = en_claims("“It is wrong to blame the storm,” Mr. Marlow said. “The crews simply waited too long.”")
    assert len(out) == 1 and out[0]["text"].endswith("waited too long.")


def test_first_person_subject_with_an_adverb_is_no_speaker():
    assert en_claims("As we like to say, “our patience is what keeps us going.”") == []


def test_one_word_speaker_without_gender_gets_the_full_name_it_opens():
    out = en_claims("One of the organizers was Wendel J. Okoro Price, a retired teacher.",
                  "“That is very untrue, we all have different views,” Wendel said.")
    assert by_text(out, "untrue")["speaker"] == "Wendel J. Okoro Price"


def test_comma_inside_the_closing_mark_before_according_to():
    out = en_claims("The first figures were “worrying,” according to an autumn report by the Harbor Education Lab.")
    assert [(c["kind"], c["text"]) for c in out] == [("mixed", "The first figures were “worrying,”")]


def test_tweeted_takes_a_bare_clause():
    out = en_claims("Goldfarb tweeted he was “honored” to offer the blessing.")
    assert [(c["kind"], c["speaker"], c["text"]) for c in out] == [
        ("mixed", "Goldfarb", "he was “honored” to offer the blessing")]
