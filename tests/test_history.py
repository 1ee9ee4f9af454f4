"""The archive over time: version diffs, claim identity, republication edits
(models.changes, models.history), on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from models import history, store
from models.change import ArticleChange, ClaimChange
from models.changes import diff, diff_paragraphs, match_claims, snapshot
from models.claim import Claim
from models.engine import get_engine
from models.migrate import ensure_schema
from pipelines import Document

URL = "http://example.com/news/1.html"


# --- pure diffing -----------------------------------------------------------------------

def test_unchanged_paragraphs_give_no_change():
    assert diff_paragraphs(["a b c", "d e f"], ["a b c", "d e f"]) == []


def test_added_removed_and_edited_paragraphs():
    old = ["The first paragraph stays.", "Rates rose by a quarter point on Tuesday.", "This one goes away entirely."]
    new = ["The first paragraph stays.", "Rates rose by half a point on Tuesday.", "A brand new closing line about oil."]
    kinds = [(c["kind"], c["position"]) for c in diff_paragraphs(old, new)]
    assert kinds == [("paragraph_edited", 1), ("paragraph_removed", 2), ("paragraph_added", 2)]


def test_paragraph_inserted_in_the_middle_is_one_addition():
    old = ["alpha beta gamma", "delta epsilon zeta"]
    new = ["alpha beta gamma", "a wholly different inserted paragraph", "delta epsilon zeta"]
    assert diff_paragraphs(old, new) == [
        {"kind": "paragraph_added", "position": 1, "before": None, "after": new[1]}]


def test_field_changes_and_unknown_old_byline():
    when = datetime(2021, 6, 1, tzinfo=timezone.utc)
    old = snapshot(title="Old", body="x", authors=["A"], published_at=when)
    new = snapshot(title="New", body="x", authors=["A", "B"], published_at=when)
    assert [c["kind"] for c in diff(old, new)] == ["title", "byline"]
    # a version archived before bylines were kept: byline not compared
    assert [c["kind"] for c in diff(snapshot(title="New", body="x", authors=None), new)] == []


def test_claims_matched_by_speaker_and_similarity():
    old = [{"speaker": "Chen Wei", "text": "The market is pricing a slower pace of easing"},
           {"speaker": "Sun Hao", "text": "We expect a cut before the end of the quarter"},
           {"speaker": "Liu Fang", "text": "Demand for credit remains weak"}]
    new = [{"speaker": "Chen Wei", "text": "The market is now pricing a much slower pace of easing"},
           {"speaker": "Liu Fang", "text": "Demand for credit remains weak."},
           {"speaker": "Sun Hao", "text": "Exports were the bright spot this spring, in our view"}]
    result = sorted(match_claims(old, new), key=repr)
    assert (0, 0, "reworded") in result
    assert (2, 1, "unchanged") in result  # punctuation alone is no rewording
    assert (1, None, "withdrawn") in result and (None, 2, "appeared") in result


# --- the store ------------------------------------------------------------------------------

def _doc(title: str, paragraphs: list[str], claims: list[dict], authors: list[str], hash_: str) -> Document:
    body = "\n\n".join(paragraphs)
    return Document(url=URL, canonical_url=URL, title=title, body=body, authors=authors,
                    blocks=[{"kind": "paragraph", "text": p} for p in paragraphs], content_hash=hash_,
                    language="en", source="Example News", word_count=len(body.split()), claims=claims,
                    fetched_at=datetime(2021, 6, int(hash_[-1]), tzinfo=timezone.utc))


def _claim(speaker: str, text_: str) -> dict:
    return {"kind": "direct", "speaker": speaker, "text": text_, "start": 0, "end": len(text_), "paragraph": 0}


Q1 = "The market is pricing a slower pace of easing than a month ago"
Q1B = "The market is now pricing a much slower pace of easing than a month ago"
Q2 = "We expect the central bank to cut the reserve ratio this quarter"


def test_three_versions_record_each_change_once(any_url):
    engine = get_engine(any_url)
    ensure_schema(engine)
    p1 = ["Yields rose for a third day.", f"“{Q1},” said Chen Wei.", f"“{Q2},” said Sun Hao."]
    versions = [
        _doc("Yields climb", p1, [_claim("Chen Wei", Q1), _claim("Sun Hao", Q2)], ["Wang Lei"], "h1"),
        _doc("Yields climb as bets fade", p1 + ["Volume was the highest since March."],
             [_claim("Chen Wei", Q1), _claim("Sun Hao", Q2)], ["Wang Lei"], "h2"),
        _doc("Yields climb as bets fade", [p1[0], f"“{Q1B},” said Chen Wei.", "Volume was the highest since March."],
             [_claim("Chen Wei", Q1B)], ["Wang Lei", "Li Na"], "h3"),
    ]
    with Session(engine) as s:
        for doc in versions:
            store.save_article(s, doc)
        s.commit()
        kinds = sorted(s.scalars(select(ArticleChange.kind)).all())
        assert kinds == ["byline", "paragraph_added", "paragraph_edited", "paragraph_removed", "title"]
        changes = {c.change: c for c in s.scalars(select(ClaimChange))}
        assert sorted(changes) == ["reworded", "withdrawn"]
        assert (changes["reworded"].before, changes["reworded"].after) == (Q1, Q1B)
        assert changes["withdrawn"].before == Q2 and changes["withdrawn"].version == 3
        (claim,) = s.scalars(select(Claim)).all()
        assert claim.claim_key == changes["reworded"].claim_key and claim.first_version == 1
        view = s.execute(text("SELECT version, kind FROM version_changes ORDER BY change_id")).all()
        assert [tuple(r) for r in view] == [(2, "title"), (2, "paragraph_added"), (3, "byline"),
                                            (3, "paragraph_edited"), (3, "paragraph_removed")]
        timeline = s.execute(text("SELECT change, speaker FROM claim_timeline ORDER BY change_id")).all()
        assert [tuple(r) for r in timeline] == [("reworded", "Chen Wei"), ("withdrawn", "Sun Hao")]
        data = history.article_history(s, history.find_article(s, URL))
        assert [len(v["changes"]) for v in data["versions"]] == [0, 2, 3]


def test_republication_edits_are_recorded(any_url):
    engine = get_engine(any_url)
    ensure_schema(engine)
    with Session(engine) as s:
        original, _ = store.save_article(s, _doc("Yields climb", ["One.", "Two two two.", "Three."], [], [], "h1"))
        copy = _doc("Yields climb", ["One.", "Two two two."], [], [], "h2")
        copy.url = copy.canonical_url = "http://aggregator.example/yields.html"
        store.save_article(s, copy, duplicate_of_id=original.id)
        s.commit()
        rows = s.execute(text("SELECT kind, before, original_url FROM republication_changes")).all()
        assert [tuple(r) for r in rows] == [("paragraph_removed", "Three.", URL)]
        reps = history.article_history(s, original)["republications"]
        assert reps[0]["republished_url"] == "http://aggregator.example/yields.html"


def test_reprocessing_keeps_claim_identity_without_recording(sqlite_url):
    engine = get_engine(sqlite_url)
    ensure_schema(engine)
    with Session(engine) as s:
        article, _ = store.save_article(s, _doc("T", ["p"], [_claim("Chen Wei", Q1)], [], "h1"))
        key = s.scalar(select(Claim.claim_key))
        doc = _doc("T", ["p"], [_claim("Chen Wei", Q1 + " today")], [], "h1")
        store.replace_annotations(s, article, doc)
        s.commit()
        assert s.scalar(select(Claim.claim_key)) == key
        assert s.scalars(select(ClaimChange)).all() == []


@pytest.mark.parametrize("kind", ["sqlite"])
def test_upgrade_back_fills_version_diffs(empty_sqlite_url, kind):
    """An archive made before 0005 gets its versions' diffs from `db upgrade`."""
    from models.migrate import upgrade

    upgrade(empty_sqlite_url, "0002")
    engine = get_engine(empty_sqlite_url)
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO articles (id, canonical_url, title, authors, first_seen_at, body, blocks, content_hash,"
            " word_count, version_count) VALUES (1, :u, 'New', '[]', '2021-06-01', 'a\n\nb', '[]', 'h2', 2, 2)"),
            {"u": URL})
        for v, title, body in ((1, "Old", "a"), (2, "New", "a\n\nb")):
            conn.execute(text("INSERT INTO article_versions (article_id, version, fetched_at, title, body,"
                              " content_hash) VALUES (1, :v, '2021-06-0' || :v, :t, :b, :h)"),
                         {"v": v, "t": title, "b": body, "h": f"h{v}"})
    engine.dispose()
    upgrade(empty_sqlite_url, "head")
    engine = get_engine(empty_sqlite_url)
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT version, kind, after FROM version_changes ORDER BY change_id")).all()
    assert [tuple(r) for r in rows] == [(2, "title", "New"), (2, "paragraph_added", "b")]


def test_validators_upsert(any_url):
    engine = get_engine(any_url)
    ensure_schema(engine)
    with Session(engine) as s:
        store.save_validators(s, {URL: {"etag": '"a"', "last_modified": None, "links": [[URL, "listing"]]}})
        store.save_validators(s, {URL: {"etag": '"b"', "last_modified": "Tue, 01 Jun 2021 00:00:00 GMT"}})
        s.commit()
        row = store.get_validators(s, URL)
        assert (row.etag, row.last_modified, row.links) == ('"b"', "Tue, 01 Jun 2021 00:00:00 GMT", [])
        assert store.get_validators(s, URL + "x") is None
