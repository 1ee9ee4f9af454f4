"""entities.extract: organization and person boundaries added for issue 4's
generalization work (titles inside capitalized runs, "X of Y", demonyms, Chinese
two-character words that end like a suffix)."""

from __future__ import annotations

from pipelines import entities


def names(text: str, language: str = "en") -> set[tuple[str, str]]:
    return {(e["type"], e["name"]) for e in entities.extract(text, language=language)}


def test_title_between_organization_and_person() -> None:
    got = names("Shares rose after Kessling Bank Chief Executive Ruth Amadi spoke to investors.")
    assert {("ORG", "Kessling Bank"), ("PERSON", "Ruth Amadi")} <= got


def test_head_of_phrase_makes_an_organization() -> None:
    assert ("ORG", "Bank of England") in names("Traders now expect the Bank of England to pause.")


def test_demonym_stays_part_of_an_organization_name() -> None:
    got = names("The European Central Bank kept rates unchanged.")
    assert ("ORG", "European Central Bank") in got and ("ORG", "Central Bank") not in got


def test_zh_two_character_word_ending_like_a_suffix_is_no_name_end() -> None:
    got = names("公司拟出售子公司全部股权，并加快本地化布局。", language="zh")
    assert not any(n.endswith(("全部", "布局")) for _t, n in got)
