"""The store writes in sets: entity resolution per batch, bulk annotations (SQLite and PostgreSQL)."""

from __future__ import annotations

from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from models import Claim, Entity, EntityAlias, Mention, store
from models.batch import WriteCache, resolve_entities, write_annotations
from models.engine import get_engine
from tests.test_store import make_doc


class _Statements(list):
    """SQL statements an engine sends while the ``with`` block runs."""

    def __init__(self, engine):
        super().__init__()
        self.engine = engine

    def _seen(self, conn, cursor, statement, *rest):
        self.append(statement)

    def __enter__(self):
        event.listen(self.engine, "before_cursor_execute", self._seen)
        return self

    def __exit__(self, *exc):
        event.remove(self.engine, "before_cursor_execute", self._seen)


def _docs(n: int):
    docs = []
    for i in range(n):
        doc = make_doc(url=f"http://www.zqrb.cn/a/b/2021-05-26/A16219839{i:05d}.html", body=f"Para {i}.\n\nMore.")
        doc.entities = [
            {"name": "Long Dian", "type": "PERSON", "aliases": ["Long"], "mentions": [{"text": "Long", "start": 0, "end": 4}]},
            {"name": f"Company {i}", "type": "ORG", "aliases": [f"Company {i} Ltd"],
             "mentions": [{"text": f"Company {i}", "start": 5, "end": 9}]},
        ]
        docs.append(doc)
    return docs


def test_statement_count_does_not_grow_with_the_batch(any_url):
    engine = get_engine(any_url)
    counts = []
    for n in (2, 40):
        with Session(engine) as s, s.begin():
            pairs = [(store.save_article(s, d, annotate=False)[0].id, d) for d in _docs(n)]
        with _Statements(engine) as seen, Session(engine) as s, s.begin():
            write_annotations(s, WriteCache(), pairs)
        counts.append(len(seen))
    # 40 articles, 41 distinct entities, 82 aliases, 80 mentions: still a handful of statements
    assert counts[1] <= counts[0] + 2, counts
    with Session(engine) as s:
        assert s.scalar(select(func.count()).select_from(Entity).where(Entity.type == "ORG")) == 40
        assert s.scalar(select(func.count()).select_from(Mention)) == 2 * 2 + 2 * 40
        assert s.scalar(select(func.count()).select_from(Claim)) == 42


def test_batch_resolution_matches_one_by_one(any_url):
    engine = get_engine(any_url)
    wanted = [("Financial Committee of the State Council", "ORG", ["the Financial Committee of the State Council"]),
              ("State Council Financial Committee", "ORG", []),
              ("Financial Committee", "ORG", ["Financial Committee of the State Council"]),
              ("Long Dian", "PERSON", ["Long"]), ("Long", "PERSON", []), ("Long Dian", "PERSON", [])]
    with Session(engine) as s, s.begin():
        batch = resolve_entities(s, WriteCache(), wanted)
    expected_pattern = [0, 1, 0, 3, 3, 3]  # same id as the entry at that index
    assert [batch[i] for i in expected_pattern] == batch
    assert len(set(batch)) == 3
    with Session(engine) as s, s.begin():
        # the single-row API gives the same answers afterwards
        assert [store.resolve_entity(s, n, t, a).id for n, t, a in wanted] == batch


def test_a_merge_wins_for_later_batches_and_the_cache_follows_a_rollback(any_url):
    engine = get_engine(any_url)
    cache = WriteCache()
    with Session(engine) as s, s.begin():
        a, b = resolve_entities(s, cache, [("Huoxun Finance", "ORG", []), ("Huoxun", "ORG", [])])
        assert a != b
        store.merge_entities(s, a, b)
    cache.clear()  # the merge happened outside the crawl's cache
    with Session(engine) as s, s.begin():
        assert resolve_entities(s, cache, [("Huoxun", "ORG", [])]) == [a]
    # a rolled-back batch must not leave ids behind in the cache
    s = Session(engine)
    s.begin()
    (new_id,) = resolve_entities(s, cache, [("Ghost Corp", "ORG", [])])
    s.rollback()
    s.close()
    cache.clear()
    with Session(engine) as s, s.begin():
        (again,) = resolve_entities(s, cache, [("Ghost Corp", "ORG", [])])
        assert s.get(Entity, again) is not None
        assert s.scalar(select(func.count()).select_from(EntityAlias).where(EntityAlias.entity_id == again)) == 1
