"""Reprocess writes in batches: the same rows as storing page by page, few statements a batch."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from sqlalchemy import event, select, update

import pipelines
from models.article import Article, ArticleVersion
from models.claim import Claim
from models.crawl import Reject
from models.engine import get_engine
from models.entity import Entity, Mention
from models.migrate import upgrade
from pipelines.errors import Reject as RejectError
from pipelines.reprocess import document_from_raw, process_document, reprocess
from tests.archive_helpers import archive_pages

DROP = "PLOVER"  # pages with this word lose a paragraph after the "cleaning fix"
REFUSE = "BITTERN"  # pages with this word are refused after it


def page(i: int) -> bytes:
    paras = [f"\u201cWe will keep lending steady in district {i},\u201d said Mara Quillfeather, chief "
             f"economist at Brindlewood Capital, on Tuesday.",
             f"Brindlewood Capital lifted its forecast for district {i} after factory orders rose "
             f"{i + 2} percent from a year earlier, the firm said in a note to clients.",
             f"Tomas Orrevik, a strategist at Kestrel Partners, said the outlook for district {i} "
             f"remained uncertain because exports had slowed for three months in a row."]
    if i % 3 == 1:
        paras.insert(1, f"{DROP} subscribers get the weekly district {i} briefing before anyone else.")
    if i % 5 == 2:
        paras.append(f"{REFUSE} district {i} closing note for the archive test pages of this suite.")
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (f"<html><head><title>Lending outlook for district {i}</title>"
            f"<meta property='article:published_time' content='2024-04-{i + 1:02d}T08:00:00+00:00'></head>"
            f"<body><article><h1>Lending outlook for district {i}</h1>{body}</article></body></html>").encode()


def url_of(i: int) -> str:
    return f"http://www.example.com/news/2024/04/district-{i}.html"


def archive(url: str, root, n: int):
    """``n`` pages fetched once (WARC + rows), page by page."""
    return archive_pages(url, root, n, page=page, url_of=url_of,
                         fetched_at=lambda i: datetime(2024, 5, 1, 12, i, tzinfo=timezone.utc))


@pytest.fixture
def changed_stages(monkeypatch):
    """A new extraction: DROP paragraphs go, REFUSE pages are refused, one claim fewer on
    pages 3, 8, ... (same body: refreshed in place)."""
    stages = dict(pipelines.stage_functions())

    def validate(doc):
        if any(REFUSE in b["text"] for b in doc.blocks):
            raise RejectError("validate", "test: refused by the new rules")
        doc.blocks = [b for b in doc.blocks if DROP not in b["text"]]
        return stages["validate"](doc)

    def claims(doc):
        doc = stages["claims"](doc)
        if doc.url and doc.url.endswith(("-3.html", "-8.html")) and doc.claims:
            doc.claims = doc.claims[:-1]
        return doc

    def apply():
        monkeypatch.setattr(pipelines, "_FUNCS", [(n, {"validate": validate, "claims": claims}.get(n, f))
                                                  for n, f in stages.items()])
    return apply


def dump(sessions) -> dict[str, list]:
    with sessions() as s:
        return {
            "articles": s.execute(select(Article.canonical_url, Article.version_count, Article.content_hash,
                                         Article.title, Article.fetched_at, Article.duplicate_of_id)
                                  .order_by(Article.id)).all(),
            "versions": s.execute(select(ArticleVersion.article_id, ArticleVersion.version,
                                         ArticleVersion.content_hash).order_by(ArticleVersion.id)).all(),
            "claims": sorted(s.execute(select(Claim.article_id, Claim.kind, Claim.speaker, Claim.text,
                                              Claim.start_char, Claim.end_char)).all()),
            "mentions": sorted(s.execute(select(Mention.article_id, Entity.name, Mention.start_char)
                                         .join(Entity, Entity.id == Mention.entity_id)).all()),
            "rejects": s.execute(select(Reject.url, Reject.stage, Reject.reason, Reject.attempts)
                                 .order_by(Reject.id)).all(),
        }


def test_batch_writes_the_rows_page_by_page_writes(tmp_path, changed_stages):
    batch_url, single_url = (f"sqlite:///{tmp_path / name}.db" for name in ("batch", "single"))
    for url in (batch_url, single_url):
        upgrade(url)
    batch = archive(batch_url, tmp_path / "warc-batch", 12)
    single = archive(single_url, tmp_path / "warc-single", 12)
    changed_stages()
    counts = reprocess(batch, tmp_path / "warc-batch", workers=0)
    assert (counts["updated"], counts["rejected"], counts["refreshed"]) == (3, 2, 2), counts

    with single() as s:  # the page-by-page path, in the same order
        rows = s.execute(select(Article.canonical_url, ArticleVersion.warc_filename, ArticleVersion.warc_offset,
                                ArticleVersion.fetched_at)
                         .join(ArticleVersion, ArticleVersion.article_id == Article.id)
                         .order_by(Article.id)).all()
    for canonical, name, offset, fetched_at in rows:
        from pipelines.warcread import read_response

        resp = read_response(tmp_path / "warc-single", name, offset)
        doc = document_from_raw(canonical, resp.body, resp.headers, warc={"filename": name, "offset": offset},
                                 fetched_at=fetched_at)
        with single.begin() as s:
            process_document(s, doc, canonical_url=canonical, refresh=True)
    assert dump(batch) == dump(single)


def test_an_entity_under_another_canonical_name_is_not_rewritten(sqlite_url, tmp_path):
    sessions = archive(sqlite_url, tmp_path / "warc", 2)
    with sessions.begin() as s:  # the archive knows the firm under a name this page does not print
        s.execute(update(Entity).where(Entity.name == "Brindlewood Capital").values(name="Brindlewood Group"))
    assert reprocess(sessions, tmp_path / "warc", workers=0)["refreshed"] == 0
    with sessions() as s:
        assert s.scalar(select(Entity.id).where(Entity.name == "Brindlewood Group")) is not None


def test_statements_per_batch_do_not_grow_with_its_size(any_url, tmp_path):
    seen: list[str] = []
    engine = get_engine(any_url)
    sessions = archive(any_url, tmp_path / "warc", 30)

    def count(*args):
        seen.append(args[2])

    with sessions() as s:
        name = s.scalar(select(ArticleVersion.warc_filename).limit(1))
    counts = []
    event.listen(engine, "before_cursor_execute", count)
    try:
        for ids in ((1, 2, 3), None):
            seen.clear()
            if ids:
                with sessions.begin() as s:  # only three articles left to reprocess ...
                    s.execute(update(ArticleVersion).where(ArticleVersion.article_id.not_in(ids))
                              .values(warc_filename=None))
            else:  # ... then all thirty
                with sessions.begin() as s:
                    s.execute(update(ArticleVersion).values(warc_filename=name))
            reprocess(sessions, tmp_path / "warc", workers=0)
            counts.append(len(seen))
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert counts[1] <= counts[0] + 6, counts  # page by page it was ~10 more statements a page
