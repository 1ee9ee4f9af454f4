"""claims.extract on general attribution patterns found while checking the held-out set
(datelines, data citations, relative clauses, short references, Chinese quotation
conventions).  Every sentence here is written for the test; none comes from an eval set."""

from __future__ import annotations

import pytest

from pipelines import claims


def P(text: str) -> dict:
    return {"kind": "paragraph", "text": text}


def run(*texts: str, language: str = "en") -> list[dict]:
    out = claims.extract([P(t) for t in texts], language=language)
    body = "\n\n".join(texts)
    for c in out:
        assert body[c["start"]:c["end"]] == c["text"]
    return out


def kinds(out: list[dict]) -> list[tuple[str, str]]:
    return [(c["kind"], c["speaker"]) for c in out]


# --- Chinese -----------------------------------------------------------------------

def test_zh_quoted_utterance_after_a_reported_clause_and_a_comma_is_one_mixed_claim() -> None:
    # the rule book: 某某表示，A，“B”。 is one statement, the clause with its quoted words
    out = run("一位不愿透露姓名的券商人士表示，年底冲量的压力不小，“客户都在观望，新单子比去年少了一半”。",
              language="zh")
    assert kinds(out) == [("mixed", "一位不愿透露姓名的券商人士")]
    assert out[0]["text"] == "年底冲量的压力不小，“客户都在观望，新单子比去年少了一半"


def test_zh_single_quoted_clause_closing_the_sentence_after_a_comma_joins_the_clause() -> None:
    # stop outside the marks, one clause: still the one statement of 李建国
    out = run("李建国说，今年门店客流明显回升，“周末基本要排队”。", language="zh")
    assert kinds(out) == [("mixed", "李建国")]
    assert out[0]["text"] == "今年门店客流明显回升，“周末基本要排队"


def test_zh_quotation_after_a_stop_stays_a_direct_claim_of_its_own() -> None:
    out = run("李建国说，今年门店客流明显回升。“周末基本都要排队。”", language="zh")
    assert kinds(out) == [("indirect", "李建国"), ("direct", "李建国")]
    assert out[1]["text"] == "周末基本都要排队。"


def test_zh_quotation_with_its_own_stop_ends_the_sentence_before_a_new_cue() -> None:
    # 某某坦承，A，“B。”他说，C。: A and B are one claim, 他说 opens a second one
    out = run("华岳电厂的一位人士坦承，在当时的情况下，“谁不多发电，谁就要挨批评。”他说，"
              "电厂毕竟是国有企业，要顾全大局。", language="zh")
    assert [(c["kind"], c["text"]) for c in out] == [
        ("mixed", "在当时的情况下，“谁不多发电，谁就要挨批评。"),
        ("indirect", "电厂毕竟是国有企业，要顾全大局")]
    assert out[1]["speaker"] == "华岳电厂的一位人士"


def test_zh_quoted_clause_after_a_colon_inside_the_sentence_is_direct() -> None:
    out = run("一位连锁超市采购经理坦言，进口水果的毛利在下滑：“冷链运费又涨了两成”。", language="zh")
    assert ("direct", "一位连锁超市采购经理") in kinds(out)


@pytest.mark.parametrize("text, fragment", [
    ("刘海峰表示，公司将提出“三年再造一个新主业”的目标。", "三年再造一个新主业"),
    ("刘海峰表示，这种做法被业内称为“用时间换取空间”。", "用时间换取空间"),
    ("刘海峰认为，所谓“全面拥抱数字化转型”并不容易。", "全面拥抱数字化转型"),
    ("刘海峰称，行业正从“跑马圈地式扩张”转向精细运营。", "跑马圈地式扩张"),
    ("刘海峰说，这家工厂的改造“还要再等一个季度”。", "还要再等一个季度"),
    # after a comma but not closing the sentence: more of the sentence follows
    ("刘海峰说，市场上有“明年房价会大幅反弹”的说法。", "明年房价会大幅反弹"),
])
def test_zh_governed_quoted_fragment_is_one_mixed_claim(text: str, fragment: str) -> None:
    # issue 9: the fragment is not a claim of its own; the reported clause holding it is
    out = run(text, language="zh")
    clause = text.split("，", 1)[1].rstrip("。")
    assert [(c["kind"], c["text"]) for c in out] == [("mixed", clause)]
    assert fragment in clause


def test_zh_short_quoted_term_after_a_comma_is_no_claim() -> None:
    out = run("刘海峰表示，对违规行为要坚决处理，“零容忍”。", language="zh")
    assert [c["kind"] for c in out] == ["indirect"]


def test_zh_regulator_ending_in_hui_is_a_speaker() -> None:
    out = run("中国证监会3日发布通知称，将进一步规范上市公司减持行为。", language="zh")
    assert kinds(out) == [("indirect", "中国证监会")]
    assert out[0]["text"] == "将进一步规范上市公司减持行为"


@pytest.mark.parametrize("text", [
    "据该公司年报披露，报告期内研发投入同比增长18%。",
    "据上述公告，项目总投资约为12亿元。",
    "据行业协会统计报告显示，一季度销量同比下滑5%。",
])
def test_zh_document_citations_are_no_claims(text: str) -> None:
    assert run(text, language="zh") == []


def test_zh_yuji_with_comma_is_a_forecast_claim() -> None:
    out = run("华景证券首席策略师周明远预计，明年上半年市场仍以震荡为主。", language="zh")
    assert kinds(out) == [("indirect", "周明远")]
    # a forecast verb without a comma is no attribution: 预计全年营收增长
    assert run("公司预计全年营收增长一成左右。", language="zh") == []


def test_zh_title_missing_from_vocabulary_still_separates_org_and_name() -> None:
    out = run("东岳保险首席合规官郭晓川坦言，新规落地后短期成本会上升。她表示：“长期看这是好事。”",
              language="zh")
    assert [(c["speaker"], c["speaker_role"], c["speaker_org"]) for c in out] == \
        [("郭晓川", "首席合规官", "东岳保险")] * 2


# --- English -----------------------------------------------------------------------

def test_dateline_is_no_speaker_and_no_antecedent() -> None:
    out = run("OSLO, May 2 (Reuters) - Norvik Energy Chief Executive Ola Brandt said on Monday the group "
              "would delay its offshore wind tender by a year.",
              "FRANKFURT, Jan 9 - The Bank of Hessen said loan demand had weakened in the fourth quarter.",
              "Deposit outflows slowed in December, the central bank said.")
    assert [(c["speaker"], c["speaker_role"], c["speaker_org"]) for c in out] == [
        ("Ola Brandt", "Chief Executive", "Norvik Energy"), ("Bank of Hessen", None, None),
        ("Bank of Hessen", None, None)]
    assert out[0]["text"].startswith("the group would delay")


@pytest.mark.parametrize("text", [
    "Refiners bought more crude in October than a year earlier, according to Kpler data.",
    "Bond sales reached a record in the first half, according to data compiled by Dealogic.",
    "According to a Reuters poll of 40 economists, the central bank will hold rates in June.",
    "Three other funds cut their stakes, according to a review of regulatory filings by the newspaper.",
    "Inflows hit $3 billion last week, according to Morningstar figures cited by Hanley Securities.",
    "The lender neither admitted nor denied the allegations.",
])
def test_data_citations_and_negated_speech_are_no_claims(text: str) -> None:
    assert run(text) == []


def test_data_citation_after_an_attributed_clause_keeps_the_speaker() -> None:
    out = run("Mei Lindqvist noted that margins fell for a third quarter, according to the group’s quarterly filings.")
    assert kinds(out) == [("indirect", "Mei Lindqvist")]
    assert out[0]["text"].endswith("according to the group’s quarterly filings")


def test_relative_clause_between_subject_and_cue_is_skipped() -> None:
    out = run("Two traders, who spoke on condition of anonymity because they were not cleared to talk to "
              "the press, told Reuters that the auction had drawn weak demand.")
    assert kinds(out) == [("indirect", "Two traders")]
    out = run("Iris Marlow, a portfolio manager at Halberd Capital, said credit spreads were too tight.",
              "Marlow, who joined the fund in 2019, said default rates had peaked.")
    assert kinds(out) == [("indirect", "Iris Marlow")] * 2


def test_where_clause_subject_is_the_speaker() -> None:
    out = run("The exchange is registered in Austria, where the Danube Markets Authority said on Friday "
              "it had opened a review of its custody rules.")
    assert kinds(out) == [("indirect", "Danube Markets Authority")]


def test_the_people_and_they_resolve_to_the_anonymous_group() -> None:
    out = run("Corvane Motors has hired Pellham Securities to sell its battery unit, according to people "
              "familiar with the matter.",
              "A deal could be signed by June, said the people, who asked not to be named because the talks "
              "are private. Terms could still change, they said.")
    assert kinds(out) == [("indirect", "people familiar with the matter")] * 3


def test_trailing_participle_after_clause_attribution() -> None:
    out = run("The miner skipped an interest payment due on Friday, three creditors said, adding to doubts "
              "about its restructuring plan.")
    assert kinds(out) == [("indirect", "three creditors")]
    assert out[0]["text"] == "The miner skipped an interest payment due on Friday"


def test_name_with_several_appositions_before_said() -> None:
    out = run("Freight rates will stay high through the winter, Lena Moravec, head of research at Baltic "
              "Lines, one of Europe’s biggest container carriers, said in an interview.")
    c = out[0]
    assert (c["kind"], c["speaker"], c["speaker_org"]) == ("indirect", "Lena Moravec", "Baltic Lines")
    assert c["text"] == "Freight rates will stay high through the winter"


def test_bare_clause_starting_with_no() -> None:
    out = run("A spokeswoman for the insurer said no agreement had been reached with the reinsurers.")
    assert out[0]["text"] == "no agreement had been reached with the reinsurers"
    assert run("The board said no to the offer.") == []


def test_company_abbreviation_ends_a_sentence_before_a_pronoun() -> None:
    out = run("“Margins have peaked,” said Omar Haddad, an analyst at Quill & Co. He expects a weaker "
              "second half for the whole sector.")
    assert [(c["kind"], c["speaker"]) for c in out] == [("direct", "Omar Haddad")]
    assert out[0]["speaker_org"] == "Quill & Co."


def test_quoted_report_title_is_no_claim_and_the_that_clause_is() -> None:
    out = run("Strategists at Kessling Bank said in a report titled “The Long Thaw, Part III” that bond "
              "yields would fall next year.")
    assert [(c["kind"], c["text"]) for c in out] == [("indirect", "bond yields would fall next year")]
    out = run("Analysts at Pellham Securities warned of rising defaults.",
              "The analysts, in a note titled “Brace for Impact,” recommended that clients trim high-yield debt.")
    assert kinds(out)[-1] == ("indirect", "Analysts at Pellham Securities")
    assert out[-1]["text"] == "clients trim high-yield debt"


def test_participle_saying_after_a_cue_without_clause() -> None:
    out = run("Ostrava Motors Inc. reported a quarterly loss on Tuesday, but the carmaker kept its outlook, "
              "saying demand for its vans remained strong.")
    assert kinds(out) == [("indirect", "Ostrava Motors Inc.")]
    assert out[0]["text"] == "demand for its vans remained strong"


def test_he_prefers_a_person_over_a_group_quoted_in_between() -> None:
    out = run("Ruth Amadi, chief executive of Kessling Bank, said lending would pick up.",
              "Analysts at Pellham Securities said in a note that they expected a slowdown.",
              "Amadi rejected that view. “They are looking at last year’s numbers,” he said.")
    assert out[-1]["kind"] == "direct" and out[-1]["speaker"] == "Ruth Amadi"


def test_short_form_of_an_organization_resolves_to_its_full_name() -> None:
    out = run("Marlowe Advisors LLC agreed to pay a $5 million fine.",
              "Marlowe said it had already changed its fee practices.")
    assert kinds(out) == [("indirect", "Marlowe Advisors LLC")]
    out = run("“Supply will tighten,” analysts at Harrow Bank wrote in a note.",
              "Harrow estimated that stocks would fall by 5% in the first quarter.")
    assert out[-1]["speaker"] == "Harrow Bank"


def test_zh_quotation_after_its_own_saying_verb_is_no_orphan_of_the_speaker_before() -> None:
    # 某某道：“……” that no rule could read (the subject is a whole story away) is not
    # given to the last speaker: the saying verb before it names someone else
    out = run("李建国说：“今年的收成比去年好多了。”", "城外有座破庙，庙门上贴着一张纸道：“闲人不得入内，违者送官究办。”",
              language="zh")
    assert [c["speaker"] for c in out] == ["李建国"]
