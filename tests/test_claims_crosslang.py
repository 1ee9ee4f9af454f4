"""One speaker across languages: 吴红亮 and "Wu Hongliang" are one entity, so a speaker
filter in either script finds the quotes of both (issue 9)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from conftest_ops import add_docs, make_doc
from crawler.cli.claims import find_claims
from models.engine import make_engine
from models.entity import Entity
from pipelines import claims, entities
from pipelines.zh_names import romanize

ZH = "华岳证券首席经济学家吴红亮表示，明年下半年消费将逐步回暖，制造业投资增速也会回升。"
EN = "“Consumption will pick up in the second half,” said Wu Hongliang, chief economist at Huayue Securities."


def test_romanize_people_and_organizations() -> None:
    assert romanize("吴红亮", "PERSON") == "Wu Hongliang"
    assert romanize("欧阳明远", "PERSON") == "Ouyang Mingyuan"
    assert romanize("华岳证券", "ORG") == "Huayue Securities"
    assert romanize("中国证监会", "ORG") == "China Securities Regulatory Commission"
    assert romanize("Huayue", "ORG") is None and romanize("吴红亮", "DATE") is None


def _finished(n: int, body: str, language: str):
    blocks = [{"kind": "paragraph", "text": body}]
    cl = claims.extract(blocks, language=language)
    ents = entities.extract(body, language=language, claims=cl)
    return make_doc(n, title=f"t{n}", body=body, language=language, claims=cl, entities=ents)


def test_chinese_speaker_entity_carries_its_english_name() -> None:
    doc = _finished(1, ZH, "zh")
    assert [c["speaker"] for c in doc.claims] == ["吴红亮"]
    by_name = {e["name"]: e for e in doc.entities}
    assert "Wu Hongliang" in by_name["吴红亮"]["aliases"]
    assert "Huayue Securities" in by_name["华岳证券"]["aliases"]


def test_speaker_filter_finds_quotes_in_both_languages(sqlite_url: str) -> None:
    engine = make_engine(sqlite_url)
    with Session(engine) as session:
        add_docs(session, [_finished(1, ZH, "zh"), _finished(2, EN, "en")])
        session.commit()
        persons = session.scalar(select(func.count()).select_from(Entity).where(Entity.type == "PERSON"))
        assert persons == 1  # one person, two scripts
        for query in ("Wu Hongliang", "吴红亮"):
            rows = find_claims(session, speaker=query)
            assert sorted(r["text"][:4] for r in rows) == ["Cons", "明年下半"], query
    engine.dispose()
