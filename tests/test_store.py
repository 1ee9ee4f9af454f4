"""Store API round trips on SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib
from datetime import datetime, timezone

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from models import Article, ArticleVersion, Claim, Entity, EntityAlias, Mention, Reject, store
from models.engine import get_engine
from pipelines.document import Document


def make_doc(url: str = "http://www.zqrb.cn/finance/hg/2021-05-26/A1621983946519.html",
             body: str = "Para one.\n\nPara two.", **kw) -> Document:
    blocks = [{"kind": "paragraph", "text": t} for t in body.split("\n\n")]
    doc = Document(
        url=url, canonical_url=url, title="Mining pools divest", authors=["Xing Meng"],
        source="Securities Daily", language="en", section="finance",
        published_at=datetime(2021, 5, 26, 7, 5, tzinfo=timezone.utc),
        fetched_at=datetime(2021, 5, 27, tzinfo=timezone.utc),
        blocks=blocks, body=body, content_hash=hashlib.sha256(body.encode()).hexdigest(),
        word_count=len(body.split()), encoding="utf-8",
        claims=[{"kind": "direct", "speaker": "Long Dian", "speaker_role": "founder",
                 "speaker_org": "Huoxun Finance", "speaker_entity": "Long Dian", "cue": "told",
                 "text": "Para one.", "start": 0, "end": 9, "paragraph": 0}],
        entities=[{"name": "Long Dian", "type": "PERSON", "aliases": ["Long Dian", "Long"],
                   "mentions": [{"text": "Long Dian", "start": 0, "end": 4}]},
                  {"name": "Huoxun Finance", "type": "ORG", "aliases": ["Huoxun Finance"],
                   "mentions": [{"text": "Huoxun", "start": 5, "end": 9}]}],
        warc={"filename": "a.warc.gz", "offset": 123},
    )
    for key, value in kw.items():
        setattr(doc, key, value)
    return doc


def test_round_trip_and_sql(any_url):
    engine = get_engine(any_url)
    with Session(engine) as s, s.begin():
        article, status = store.save_article(s, make_doc())
    assert status == store.NEW
    with engine.connect() as conn:
        row = conn.execute(text(
            "SELECT speaker, speaker_role, speaker_org, speaker_entity, source, article_title "
            "FROM claims_view")).one()
    assert tuple(row) == ("Long Dian", "founder", "Huoxun Finance", "Long Dian", "Securities Daily",
                          "Mining pools divest")
    with Session(engine) as s:
        a = s.scalars(select(Article)).one()
        assert a.authors == ["Xing Meng"]
        assert a.published_at == datetime(2021, 5, 26, 7, 5, tzinfo=timezone.utc)
        assert a.source.name == "Securities Daily"
        v = s.scalars(select(ArticleVersion)).one()
        assert (v.version, v.warc_filename, v.warc_offset) == (1, "a.warc.gz", 123)
        assert s.scalar(select(func.count()).select_from(Mention)) == 2


def test_idempotent_and_versions(any_url):
    engine = get_engine(any_url)
    with Session(engine) as s, s.begin():
        store.save_article(s, make_doc())
    with Session(engine) as s, s.begin():
        _, status = store.save_article(s, make_doc())
    assert status == store.UNCHANGED
    with Session(engine) as s:
        assert s.scalar(select(func.count()).select_from(ArticleVersion)) == 1
        assert s.scalar(select(func.count()).select_from(Claim)) == 1
    changed = make_doc(body="Para one.\n\nPara two, corrected.")
    changed.claims = []
    with Session(engine) as s, s.begin():
        article, status = store.save_article(s, changed)
    assert status == store.UPDATED
    with Session(engine) as s:
        versions = s.scalars(select(ArticleVersion).order_by(ArticleVersion.version)).all()
        assert [v.version for v in versions] == [1, 2]
        assert versions[1].body.endswith("corrected.")
        # Re-processing replaces the article's claims and mentions.
        assert s.scalar(select(func.count()).select_from(Claim)) == 0
        assert s.scalar(select(func.count()).select_from(Mention)) == 2
        assert s.scalars(select(Article)).one().version_count == 2


def test_alias_merge_is_followed_by_later_articles(any_url):
    engine = get_engine(any_url)
    with Session(engine) as s, s.begin():
        a = store.resolve_entity(s, "Financial Committee of the State Council", "ORG",
                                 ["the Financial Committee of the State Council"])
        b = store.resolve_entity(s, "State Council Financial Committee", "ORG")
        assert a.id != b.id
        store.merge_entities(s, a.id, b.id)
    with Session(engine) as s, s.begin():
        again = store.resolve_entity(s, "State Council Financial Committee", "ORG")
        assert again.name == "Financial Committee of the State Council"
        assert s.scalar(select(func.count()).select_from(Entity)) == 1
        # Aliases are plain rows: an UPDATE re-points them.
        keys = set(s.scalars(select(EntityAlias.key)))
        assert "financial committee of the state council" in keys


def test_rejects_bump_attempts_and_resolve(any_url):
    engine = get_engine(any_url)
    url = "http://www.zqrb.cn/x/y/2021-05-26/A1621983946000.html"
    with Session(engine) as s, s.begin():
        store.record_reject(s, url=url, stage="validate", reason="not an article", payload={"k": 1})
        store.record_reject(s, url=url, stage="validate", reason="not an article", payload={"k": 2})
    with Session(engine) as s, s.begin():
        row = s.scalars(select(Reject)).one()
        assert (row.attempts, row.payload) == (2, {"k": 2})
        assert store.resolve_rejects(s, url) == 1
    with Session(engine) as s:
        assert store.counts(s)["rejects"] == 0


def test_exact_duplicate_lookup(any_url):
    engine = get_engine(any_url)
    first = make_doc()
    copy = make_doc(url="http://aggregator.example/news/1.html", canonical_url="http://aggregator.example/news/1.html")
    with Session(engine) as s, s.begin():
        a, _ = store.save_article(s, first)
        dup = store.find_exact_duplicate(s, copy.content_hash, exclude_url=copy.canonical_url)
        b, _ = store.save_article(s, copy, duplicate_of_id=dup)
        assert b.duplicate_of_id == a.id
    with engine.connect() as conn:
        assert conn.execute(text("SELECT duplicate_of_url FROM articles_view WHERE duplicate_of_id IS NOT NULL")).scalar() == first.canonical_url
