"""One person or organization across languages, whatever order the articles arrive in:
the stored entity's canonical name is its Chinese form once one is known (issue 9)."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from conftest_ops import add_docs, make_doc
from models.engine import make_engine
from models.entity import Entity
from models.queries import find_claims
from pipelines import claims, entities

ZH = "江北证券首席策略师孟庆川表示，三季度出口订单仍在回升，但利润率继续承压。"
EN = "“Export orders are still recovering,” said Meng Qingchuan, chief strategist at Jiangbei Securities."


def _doc(n: int, body: str, language: str):
    cl = claims.extract([{"kind": "paragraph", "text": body}], language=language)
    ents = entities.extract(body, language=language, claims=cl)
    return make_doc(n, title=f"t{n}", body=body, language=language, claims=cl, entities=ents)


def _stored(url: str, docs: list) -> tuple[dict[str, list[str]], list[str]]:
    engine = make_engine(url)
    with Session(engine) as session:
        for doc in docs:  # one batch per article: the later one finds the earlier in the store
            add_docs(session, [doc])
            session.commit()
        names: dict[str, list[str]] = {}
        for name, type_ in session.execute(select(Entity.name, Entity.type)):
            names.setdefault(type_, []).append(name)
        texts = sorted(r["text"][:6] for r in find_claims(session, speaker="Meng Qingchuan"))
    engine.dispose()
    return names, texts


@pytest.mark.parametrize("order", ["zh-first", "en-first"])
def test_canonical_name_does_not_depend_on_arrival_order(sqlite_url: str, order: str) -> None:
    docs = [_doc(1, ZH, "zh"), _doc(2, EN, "en")]
    if order == "en-first":
        docs.reverse()
    names, texts = _stored(sqlite_url, docs)
    assert names["PERSON"] == ["孟庆川"]
    assert "江北证券" in names["ORG"] and "Jiangbei Securities" not in names["ORG"]
    assert texts == ["Export", "三季度出口订"]


def test_both_languages_in_one_batch_keep_the_chinese_name(sqlite_url: str) -> None:
    engine = make_engine(sqlite_url)
    with Session(engine) as session:
        add_docs(session, [_doc(1, EN, "en"), _doc(2, ZH, "zh")])
        session.commit()
        persons = session.scalars(select(Entity.name).where(Entity.type == "PERSON")).all()
    engine.dispose()
    assert persons == ["孟庆川"]


def test_a_chinese_name_is_never_replaced_by_its_romanization(sqlite_url: str) -> None:
    names, _texts = _stored(sqlite_url, [_doc(1, ZH, "zh"), _doc(2, EN, "en"), _doc(3, ZH, "zh")])
    assert names["PERSON"] == ["孟庆川"]
