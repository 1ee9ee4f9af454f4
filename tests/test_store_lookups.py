"""A batch's archive answers asked once (``pipelines.store_lookups``) write the same rows
as the per-document queries: duplicates, near-duplicates, updates and rejects inside
one batch included."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import store
from models.base import Base
from models.batch import WriteCache, write_annotations
from models.engine import get_engine
from models.migrate import upgrade
from pipelines.base import Rejected
from pipelines.dedup import content_hash, minhash
from pipelines.store import write_document
from pipelines.store_lookups import BatchLookups
from tests.test_neardup_index import _story
from tests.test_store import make_doc

BASE = "http://news.example.org/a/"
#: columns that hold the time of writing or random keys: compared as "set or not"
VOLATILE = {"fetched_at", "first_seen_at", "created_at", "resolved_at", "changed_at", "claim_key"}


def _doc(name: str, body: str):
    # dates in the site's zone, one hour apart per page: republications and new versions
    # record date changes, whose text must be the same whichever way the row was read
    day = datetime(2021, 5, 26, 7, 5, tzinfo=timezone(timedelta(hours=8))) + timedelta(hours=len(body) % 7)
    doc = make_doc(url=BASE + name + ".html", body=body, title=f"Northwind Capital {name}", published_at=day)
    doc.content_hash, doc.minhash = content_hash(body), minhash(body)
    return doc


def _reject(name: str) -> Rejected:
    return Rejected(url=BASE + name + ".html", stage="validate", reason="too short (Lina Varga)", payload={})


def _batches():
    one, two, four = _story(11), _story(12), _story(14)
    edited = one.replace(".", " and a clause Northwind Capital added.")
    return [
        [_doc("a", one), _doc("b", two), _reject("d"), _reject("g"),
         _doc("m", _story(18).replace(".", " and a clause Lina Varga added."))],
        [_doc("c", edited),                      # near-duplicate of a (archived before the batch)
         _doc("d", _story(13)),                  # resolves its open reject
         _doc("e", two),                         # exact duplicate of b
         _doc("a", four),                        # a gets a new body: its bands change in the batch
         _doc("f", four.replace(".", " and one more word.")),  # near-duplicate of a's new body
         _reject("h"), _doc("h", _story(15)),    # a reject then the page, in one batch
         _doc("a", four),                        # unchanged
         _doc("e", _story(16)), _doc("i", two),  # e changes body; i's exact duplicate is b only
         _doc("j", ""), _doc("g", _story(17)), _reject("g"),  # resolved, then open again
         _doc("k", _story(18)), _doc("l", _story(18)),  # l: exact duplicate of k (before m, near)
         _doc("p", _story(19)), _doc("p", _story(20)),  # new, then changed in the same batch:
         _doc("q", _story(19))],                         # q is no duplicate of p any more
    ]


def _write(url: str, batched: bool) -> None:
    engine = get_engine(url)
    cache = WriteCache()
    for batch in _batches():
        pending: list = []
        with Session(engine) as s, s.begin():
            lookups = BatchLookups(s, [d for d in batch if not isinstance(d, Rejected)]) if batched else None
            for item in batch:
                if isinstance(item, Rejected):
                    store.record_reject(s, url=item["url"], stage=item["stage"], reason=item["reason"])
                    if lookups is not None:
                        lookups.rejected(item["url"])
                else:
                    write_document(s, item, source_kind="original", cache=cache, pending=pending, lookups=lookups)
            if lookups is not None:
                lookups.finish()
            write_annotations(s, cache, pending)


def _dump(url: str) -> dict[str, list[tuple]]:
    engine = get_engine(url)
    out = {}
    with engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            rows = conn.execute(select(table).order_by(*table.primary_key.columns)).mappings().all()
            out[table.name] = [tuple((k, v is not None) if k in VOLATILE else (k, v) for k, v in r.items())
                               for r in rows]
    return out


def test_batch_lookups_write_the_rows_of_per_document_queries(tmp_path):
    urls = {}
    for name in ("one_by_one", "batched"):
        urls[name] = f"sqlite:///{tmp_path / name}.db"
        upgrade(urls[name])
        _write(urls[name], batched=name == "batched")
    plain, batched = _dump(urls["one_by_one"]), _dump(urls["batched"])
    assert plain == batched
    # the cases above happened
    by_url = {dict(r)["canonical_url"]: dict(r) for r in plain["articles"]}
    ids = {u.rsplit("/", 1)[1][0]: r["id"] for u, r in by_url.items()}
    assert by_url[BASE + "c.html"]["duplicate_of_id"] == ids["a"]
    assert by_url[BASE + "f.html"]["duplicate_of_id"] == ids["a"]
    assert by_url[BASE + "i.html"]["duplicate_of_id"] == ids["b"]
    assert by_url[BASE + "l.html"]["duplicate_of_id"] == ids["k"]
    assert by_url[BASE + "q.html"]["duplicate_of_id"] is None
    open_rejects = sorted(dict(r)["url"] for r in plain["rejects"] if not dict(r)["resolved_at"])
    assert open_rejects == [BASE + "g.html"]
    assert plain["article_bands"] and plain["article_changes"]
    changed = {dict(r)["kind"] for r in plain["article_changes"]}
    assert any("date" in k or "published" in k for k in changed), changed


def test_band_candidates_read_the_lowest_candidate_alone_then_in_chunks(tmp_path, monkeypatch):
    """A walk over a doc's near-duplicate candidates reads the lowest one's signature alone
    (the usual match), then SIGNATURE_CHUNK at a time; the candidates (ids, signatures,
    order) are the per-document query's."""
    from pipelines import store_lookups
    from pipelines.dedup import band_keys

    url = f"sqlite:///{tmp_path / 'a.db'}"
    upgrade(url)
    base = _story(31)
    # twenty copies of one story, each with its own tail: one cluster of candidates
    copies = [_doc(f"c{i}", base.replace(".", f" and tail {i} of Northwind Capital.")) for i in range(20)]
    with Session(get_engine(url)) as s, s.begin():
        for doc in copies:
            write_document(s, doc, source_kind="original")
    reads: list[list[int]] = []
    real = BatchLookups._read_signatures
    monkeypatch.setattr(BatchLookups, "_read_signatures", lambda self, ids: (reads.append(list(ids)), real(self, ids)))
    new = _doc("new", base.replace(".", " and a new tail."))
    with Session(get_engine(url)) as s:
        expected = list(store.band_candidates(s, band_keys(new.minhash)))
        lookups = BatchLookups(s, [new])
        walk = lookups.band_candidates(new)
        first = next(walk)
        assert reads == [[first[0]]]  # the lowest candidate alone
        rest = list(walk)
    chunk = store_lookups.SIGNATURE_CHUNK
    assert len(expected) > chunk and [first, *rest] == expected
    assert [len(r) for r in reads[1:]] == [min(chunk, len(expected) - 1 - chunk * i) for i in range(len(reads) - 1)]
