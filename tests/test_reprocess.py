"""Re-processing from WARC: new versions only where the cleaned content changed; rejects retried offline."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

import pipelines
from crawler.cli import main
from pipelines.reprocess import document_from_raw, process_document, reprocess
from crawler.warc import WarcFile
from models import store
from models.article import Article, ArticleVersion
from models.crawl import Reject
from models.engine import get_engine

MARKER = "ZEBRA"


def page(i: int, *, marker: bool) -> bytes:
    paras = [f"The central bank of country number {i} kept its benchmark rate unchanged on Tuesday, "
             f"citing slowing growth and stable prices in the third quarter of the year.",
             f"Officials said lending to small firms rose {i + 3} percent from a year earlier, while "
             f"mortgage demand remained weak across most large cities in the region.",
             f"Analysts expect further easing later this year as exports slow and factory activity cools."]
    if marker:
        paras.insert(1, f"{MARKER} newsletter: sign up for our morning briefing on markets number {i} today.")
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (f"<html><head><title>Rates held in country {i}</title>"
            f"<meta property='article:published_time' content='2024-03-0{i}T08:00:00+08:00'></head>"
            f"<body><article><h1>Rates held in country {i}</h1>{body}</article></body></html>").encode()


URLS = {i: f"http://www.example.com/news/2024/03/0{i}/rates-{i}.html" for i in (1, 2, 3)}


@pytest.fixture
def archived(any_url, tmp_path):
    """Three articles fetched once; pages 1 and 2 carry a paragraph a cleaning fix will drop."""
    root = tmp_path / "warc"
    warc = WarcFile(root, prefix="test")
    sessions = sessionmaker(get_engine(any_url), expire_on_commit=False)
    for i, url in URLS.items():
        loc = warc.write_exchange(url=url, method="GET", request_headers=[], status=200, protocol="HTTP/1.1",
                                  response_headers=[("Content-Type", "text/html; charset=utf-8")],
                                  body=page(i, marker=i != 3))
        with sessions.begin() as session:
            doc = document_from_raw(url, page(i, marker=i != 3), {"content-type": "text/html; charset=utf-8"},
                                    warc=loc)
            assert process_document(session, doc) == store.NEW
    warc.close()
    return sessions, root


def versions(sessions) -> dict[str, list[tuple[int, str, int]]]:
    with sessions() as session:
        out: dict[str, list] = {}
        for url, v, body, fname, off in session.execute(
                select(Article.url, ArticleVersion.version, ArticleVersion.body, ArticleVersion.warc_filename,
                       ArticleVersion.warc_offset)
                .join(ArticleVersion, ArticleVersion.article_id == Article.id).order_by(ArticleVersion.id)):
            out.setdefault(url, []).append((v, body, (fname, off)))
        return out


@pytest.fixture
def cleaning_fix(monkeypatch):
    """Simulate a cleaning change: paragraphs with the marker are now dropped."""
    def apply():
        stages = pipelines.stage_functions()
        validate = dict(stages)["validate"]

        def validate_then_drop(doc):
            doc = validate(doc)
            kept = [p for p in doc.body.split("\n\n") if MARKER not in p]
            doc.body = "\n\n".join(kept)
            doc.blocks = [b for b in doc.blocks if MARKER not in b["text"]]
            doc.content_hash = hashlib.sha256(doc.body.encode("utf-8")).hexdigest()
            return doc

        monkeypatch.setattr(pipelines, "_FUNCS", [(n, validate_then_drop if n == "validate" else f)
                                                  for n, f in stages])
    return apply


def test_new_versions_only_where_cleaned_content_changed(archived, cleaning_fix):
    sessions, root = archived
    before = versions(sessions)
    assert all(MARKER in v[0][1] for url, v in before.items() if url != URLS[3])

    # Same code: nothing changes.
    counts = reprocess(sessions, root)
    assert counts["articles"] == 3 and counts["updated"] == 0 and counts["missing"] == 0
    assert versions(sessions) == before

    cleaning_fix()  # patched in this process: the stages must run here, not in worker processes
    counts = reprocess(sessions, root, workers=0)
    assert counts["updated"] == 2
    assert counts["unchanged"] + counts["refreshed"] == 1
    after = versions(sessions)
    assert after[URLS[3]] == before[URLS[3]]
    for i in (1, 2):
        (v1, body1, loc1), (v2, body2, loc2) = after[URLS[i]]
        assert (v1, v2) == (1, 2)
        assert MARKER in body1 and MARKER not in body2
        assert loc2 == loc1  # the new version points at the same raw record
    with sessions() as session:
        for i in (1, 2):
            article = session.scalar(select(Article).where(Article.url == URLS[i]))
            assert article.version_count == 2 and MARKER not in article.body

    # Idempotent.
    assert reprocess(sessions, root, workers=0)["updated"] == 0


def test_reprocess_filters_and_reports(archived, any_url, capsys):
    sessions, root = archived
    assert reprocess(sessions, root, source="No Such Source")["articles"] == 0
    assert main(["reprocess", "--db", any_url, "--warc-dir", str(root), "--format", "json"]) == 0
    assert '"articles": 3' in capsys.readouterr().out
    with sessions.begin() as session:  # an article whose raw page is gone
        session.execute(ArticleVersion.__table__.update().where(ArticleVersion.version == 1)
                        .values(warc_filename="gone.warc.gz"))
    counts = reprocess(sessions, root)
    assert counts["missing"] == 3


def test_rejects_retry_from_warc(any_url, tmp_path, capsys):
    root = tmp_path / "warc"
    warc = WarcFile(root)
    url = URLS[1]
    loc = warc.write_exchange(url=url, method="GET", request_headers=[], status=200, protocol="HTTP/1.1",
                              response_headers=[("Content-Type", "text/html")], body=page(1, marker=False))
    warc.close()
    sessions = sessionmaker(get_engine(any_url), expire_on_commit=False)
    with sessions.begin() as session:
        store.record_reject(session, url=url, stage="parse", reason="selectors found nothing",
                            payload={"warc": loc, "headers": {"content-type": "text/html"}, "hints": {}})
        store.record_reject(session, url="http://www.example.com/nowarc", stage="fetch", reason="HTTP 500")
    assert main(["rejects", "--retry", "--db", any_url, "--warc-dir", str(root), "--format", "json"]) == 0
    import json

    outcome = {r["url"]: r["outcome"] for r in json.loads(capsys.readouterr().out)}
    assert outcome == {url: "new", "http://www.example.com/nowarc": "no_raw"}
    with Session(get_engine(any_url)) as session:
        open_urls = set(session.scalars(select(Reject.url).where(Reject.resolved_at.is_(None))))
        assert open_urls == {"http://www.example.com/nowarc"}
        assert session.scalar(select(ArticleVersion.warc_filename)) == loc["filename"]


def test_reprocess_in_worker_processes_matches_inline(archived):
    sessions, root = archived
    before = versions(sessions)
    pooled = reprocess(sessions, root, workers=2)
    assert versions(sessions) == before
    assert pooled == reprocess(sessions, root, workers=0)
    assert pooled["articles"] == 3 and pooled["unchanged"] + pooled["refreshed"] == 3
