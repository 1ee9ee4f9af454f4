"""Upgrading an archive that already holds data keeps every row (and indexes it for search)."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, select, text
from sqlalchemy.orm import Session

from conftest_ops import add_docs, make_doc
from crawler.cli import main
from models import store
from models.engine import dispose_all, get_engine
from models.migrate import current_revision, downgrade, upgrade
from models.search import search
from models.source import Source

TABLES = ["sources", "articles", "article_versions", "claims", "entities", "entity_aliases", "mentions",
          "crawl_runs", "rejects"]


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_url(request):
    return request.getfixturevalue("empty_sqlite_url" if request.param == "sqlite" else "empty_pg_url")


def columns(url: str) -> dict[str, list[str]]:
    engine = get_engine(url)
    return {t: [c["name"] for c in inspect(engine).get_columns(t) if not c["name"].startswith("fts_")]
            for t in TABLES}


def snapshot(url: str, cols: dict[str, list[str]] | None = None) -> dict[str, list[tuple]]:
    """Every row of the main tables, in the columns given (default: all there are now)."""
    cols = cols or columns(url)
    with get_engine(url).connect() as conn:
        return {t: [tuple(r) for r in conn.execute(text(f"SELECT {', '.join(cols[t])} FROM {t} ORDER BY id"))]
                for t in TABLES}


def fill(url: str) -> None:
    claims = [{"kind": "direct", "speaker": "Yi Gang", "speaker_entity": "Yi Gang", "text": "Policy stays prudent",
               "start": 0, "end": 20, "paragraph": 0}]
    entities = [{"name": "Yi Gang", "type": "PERSON", "aliases": ["易纲"], "mentions": [{"text": "Yi Gang", "start": 0, "end": 7}]}]
    with Session(get_engine(url)) as session, session.begin():
        run = store.start_crawl_run(session, "securities_daily", {"days": "2"})
        add_docs(session, [
            make_doc(i, title=f"Policy stays prudent {i}", body=f"Policy stays prudent, Yi Gang said. Item {i}.",
                     claims=claims, entities=entities, warc={"filename": "a.warc.gz", "offset": 100 * i})
            for i in range(1, 6)])
        add_docs(session, [make_doc(6, title="央行宣布降息", body="中国人民银行今日宣布下调利率。", language="zh",
                                    source="证券日报")])
        add_docs(session, [make_doc(1, title="Policy stays prudent 1", body="Updated: policy stays prudent.")])
        store.record_reject(session, url="http://www.zqrb.cn/x", stage="validate", reason="empty body",
                            payload={"warc": {"filename": "a.warc.gz", "offset": 7}}, crawl_run_id=run.id)
        store.finish_crawl_run(session, run.id, status="finished", reason="finished",
                               stats={"downloader/response_count": 7})


def test_upgrade_keeps_every_row(empty_url, capsys):
    # Rows are written by today's code, then the archive is taken back to the first
    # revision: the state of an archive made by the first release.
    upgrade(empty_url, "head")
    fill(empty_url)
    dispose_all()
    downgrade(empty_url, "0001")
    old_columns = columns(empty_url)
    before = snapshot(empty_url)
    assert all(before[t] for t in TABLES), "every table has rows before the upgrade"
    dispose_all()

    assert main(["db", "upgrade", "--db", empty_url]) == 0
    assert "archive at revision" in capsys.readouterr().out
    assert snapshot(empty_url, old_columns) == before
    with get_engine(empty_url).connect() as conn:  # every source got its own name as an alias (0003)
        assert sorted(r[0] for r in conn.execute(text("SELECT name FROM source_aliases"))) == \
            sorted(r[0] for r in conn.execute(text("SELECT name FROM sources")))
    # Rows archived before the upgrade are searchable (the migration backfills the index).
    with Session(get_engine(empty_url)) as session:
        assert len(search(session, "prudent")) == 5
        assert [h.title for h in search(session, "宣布降息")] == ["央行宣布降息"]

    # And back: the search objects go, the rows stay.
    dispose_all()
    downgrade(empty_url, "0001")
    engine = get_engine(empty_url)
    assert current_revision(engine) == "0001"
    assert not [t for t in inspect(engine).get_table_names() if t.startswith("articles_fts")]
    assert not [c for c in inspect(engine).get_columns("articles") if c["name"].startswith("fts_")]
    assert snapshot(empty_url, old_columns) == before
    if engine.dialect.name == "sqlite":
        with engine.connect() as conn:
            assert not conn.execute(text("SELECT name FROM sqlite_master WHERE type='trigger'")).all()
