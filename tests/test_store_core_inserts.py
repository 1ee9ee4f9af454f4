"""The batch writers' Core inserts (wave 10) write the rows the ORM wrote: a new article
(``save_article(light=True)``) and the ``article_changes`` of a republication or a new
version; and the object handed back holds what the ORM object held."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy.orm import Session

from models import store
from models.change import ArticleChange
from models.engine import get_engine
from models.history import _insert_changes
from models.migrate import upgrade
from tests.test_neardup_index import _story
from tests.test_store_lookups import _doc, _dump

#: what the batch writers read back from a written article (pipelines/store_lookups.py,
#: models/history.py, pipelines/reprocess_writes.py)
READ_BACK = ("id", "canonical_url", "content_hash", "title", "body", "authors", "published_at",
             "updated_at", "fetched_at", "first_seen_at", "version_count", "duplicate_of_id")


def _write(url: str, light: bool) -> list[dict]:
    """An original, its republication (edited), and a new version of the original."""
    original, copy = _doc("orig", _story(31)), _doc("copy", _story(31).replace(".", " and Tarn Vell agreed."))
    copy.title, copy.authors = "Northwind Capital copy, retitled", ["Mira Osk"]
    newer = _doc("orig", _story(32))
    seen = []
    with Session(get_engine(url)) as s, s.begin():
        first, _ = store.save_article(s, original, light=light)
        seen.append({k: getattr(first, k) for k in READ_BACK})
        second, _ = store.save_article(s, copy, duplicate_of_id=first.id, light=light,
                                       original_of=lambda aid: s.get(store.Article, aid))
        seen.append({k: getattr(second, k) for k in READ_BACK})
        # as in the batch writers, nothing holds the written rows: the new version reads its
        # article back from the database either way (an ORM object still held by the caller
        # would hand back the dates as given, not as stored)
        del first, second
        store.save_article(s, newer, light=light)
    return seen


def test_light_article_insert_writes_the_orm_rows_and_hands_back_their_values(tmp_path):
    urls = {}
    seen = {}
    for name, light in (("orm", False), ("core", True)):
        urls[name] = f"sqlite:///{tmp_path / name}.db"
        upgrade(urls[name])
        seen[name] = _write(urls[name], light)
    orm, core = _dump(urls["orm"]), _dump(urls["core"])
    assert orm == core
    assert orm["article_changes"], "the republication and the new version recorded changes"
    scopes = {dict(r)["scope"] for r in orm["article_changes"]}
    assert scopes == {"republication", "version"}
    # the first-seen time is the moment of writing: compared as set or not
    for a, b in zip(seen["orm"], seen["core"]):
        assert {k: v for k, v in a.items() if k != "first_seen_at"} == \
            {k: v for k, v in b.items() if k != "first_seen_at"}
        assert a["first_seen_at"] and b["first_seen_at"]


def _orm_changes(session: Session, rows: list[dict]) -> None:
    """The first form: one ORM object a change, inserted by the next flush."""
    for row in rows:
        session.add(ArticleChange(**row))
    session.flush()


def test_change_rows_are_those_of_the_orm_flush(tmp_path):
    at = datetime(2022, 3, 4, 5, 6, tzinfo=timezone.utc)
    rows = [dict(article_id=1, scope="version", version=2, against_article_id=1, changed_at=at,
                 kind="paragraph_edited", position=i, before=f"Old line {i} of Orlen Bay.",
                 after=f"New line {i} of Orlen Bay.") for i in range(3)]
    rows.append(dict(article_id=1, scope="republication", version=1, against_article_id=1, changed_at=at,
                     kind="title", position=None, before=None, after="Quill Harbour"))
    urls = {}
    for name, write in (("orm", _orm_changes), ("core", _insert_changes)):
        urls[name] = f"sqlite:///{tmp_path / name}.db"
        upgrade(urls[name])
        with Session(get_engine(urls[name])) as s, s.begin():
            store.save_article(s, _doc("base", _story(33)))
            write(s, [dict(r) for r in rows])
    assert _dump(urls["orm"])["article_changes"] == _dump(urls["core"])["article_changes"]
    assert len(_dump(urls["core"])["article_changes"]) == 4


def test_light_insert_hands_back_the_stored_row_on_each_database(any_url):
    doc = _doc("solo", _story(34))
    with Session(get_engine(any_url)) as s, s.begin():
        written, status = store.save_article(s, doc, light=True)
        assert status == store.NEW and isinstance(written, store.NewArticle)
        stored = s.get(store.Article, written.id)
        assert stored is not None and stored.canonical_url == doc.canonical_url
        # the dates are stored as UTC: the same instants
        assert {k: getattr(stored, k) for k in READ_BACK} == {k: getattr(written, k) for k in READ_BACK}
        assert stored.versions[0].warc_offset == doc.warc["offset"]
