"""entities.extract: types, canonical names, aliases, speaker links."""

from __future__ import annotations

from pipelines import claims, entities


def names(ents: list[dict]) -> dict[str, dict]:
    return {e["name"]: e for e in ents}


def test_possessive_and_of_forms_are_one_entity():
    body = ("The State Council’s Financial Committee met on Friday. The Financial Committee of the State Council "
            "said the rules would tighten, and the Financial Committee will meet again.")
    ents = names(entities.extract(body, language="en"))
    e = ents["Financial Committee of the State Council"]
    assert e["type"] == "ORG" and len(e["mentions"]) == 3
    assert set(e["aliases"]) == {"State Council’s Financial Committee", "Financial Committee of the State Council",
                                 "Financial Committee"}


def test_prefix_names_stay_distinct():
    ents = names(entities.extract("Huobi said Huobi Mining Pool would close. Huobi Mining Pool is in Beijing.",
                                  language="en"))
    assert "Huobi" in ents and "Huobi Mining Pool" in ents
    assert ents["Beijing"]["type"] == "GPE"


def test_numbers_dates_money_percent():
    body = "BitMining plans to invest $25 million by June 2, 2021, up 4.35% from May 25; rates fell 0.5 percentage points."
    ents = names(entities.extract(body, language="en"))
    assert ents["25000000 USD"]["type"] == "MONEY"
    assert ents["2021-06-02"]["type"] == "DATE"
    assert ents["--05-25"]["type"] == "DATE"
    assert ents["4.35%"]["type"] == "PERCENT"
    assert ents["0.5pp"]["type"] == "PERCENT"


def test_speakers_link_and_surnames_join():
    blocks = [{"kind": "paragraph", "text": "“Mining will move abroad,” said Ding Feipeng, director at Beijing "
                                             "Shangguang Law Firm. Ding added that costs would rise."}]
    cl = claims.extract(blocks, language="en")
    ents = names(entities.extract(blocks[0]["text"], language="en", claims=cl))
    assert ents["Ding Feipeng"]["type"] == "PERSON"
    assert "Ding" in ents["Ding Feipeng"]["aliases"]
    assert ents["Beijing Shangguang Law Firm"]["type"] == "ORG"
    assert {c["speaker_entity"] for c in cl} == {"Ding Feipeng"}


def test_chinese_entities_offline():
    body = "2021年6月2日，火币矿池负责人张三在北京表示，公司计划投资2500万元，同比增长9.1%。证监会和中国证监会均未回应。"
    cl = claims.extract([{"kind": "paragraph", "text": body}], language="zh")
    ents = names(entities.extract(body, language="zh", claims=cl))
    assert ents["2021-06-02"]["type"] == "DATE"
    assert ents["25000000 CNY"]["type"] == "MONEY"
    assert ents["9.1%"]["type"] == "PERCENT"
    assert ents["张三"]["type"] == "PERSON"
    assert ents["北京"]["type"] == "GPE"
    assert ents["火币矿池"]["type"] == "ORG"
    assert set(ents["中国证监会"]["aliases"]) >= {"证监会", "中国证监会"}
    assert cl[0]["speaker_entity"] == "张三"


def test_canonical_is_deterministic():
    assert entities.canonical("the People’s Bank of China", "ORG", "en") == "People’s Bank of China"
    assert entities.canonical("ECB", "ORG", "en") == "European Central Bank"
    assert entities.canonical("Mr. John Smith", "PERSON", "en") == "John Smith"
    assert entities.canonical("央行", "ORG", "zh") == "中国人民银行"


def test_other_language():
    assert entities.extract("Bonjour", language="fr") == []
