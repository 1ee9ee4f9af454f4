"""The sources of a batch looked up at once (``models.source_store.find_sources``): the same
answers as one ``find_source`` a name, the same rows written by ``reprocess``, and a fixed
number of statements on the source tables whatever the number of sources in a batch."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import delete, event, select, update
from sqlalchemy.orm import Session

from models import store
from models.article import Article, ArticleVersion
from models.engine import get_engine
from models.migrate import upgrade
from models.source import Source, SourceAlias
from pipelines.reprocess import document_from_raw, process_document, reprocess
from tests.archive_helpers import archive_pages


def page(i: int) -> bytes:
    """A page of the invented site number ``i``, which names itself in ``og:site_name``."""
    paras = [f"The ferry board of island {i} said on Friday that the evening crossing would run an hour later "
             f"through the summer, after a survey of {i + 40} commuters.",
             "Board member Ilse Varnham said the change would cost little because the crew already waited "
             "at the pier for the last freight delivery of the day.",
             "Passengers who travel with bicycles were asked to book a place in advance during the trial."]
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (f"<html><head><title>Later crossing for island {i}</title>"
            f"<meta property='og:site_name' content='Marrowby Courier {i}'></head>"
            f"<body><article><h1>Later crossing for island {i}</h1>{body}</article></body></html>").encode()


def url_of(i: int) -> str:
    return f"http://www.marrowby{i}.example.com/news/2024/06/crossing-{i}.html"


def archive(url: str, root, n: int):
    return archive_pages(url, root, n, page=page, url_of=url_of,
                         fetched_at=lambda i: datetime(2024, 6, 1, 9, i, tzinfo=timezone.utc))


def test_find_sources_answers_as_find_source_does(sqlite_url):
    with Session(get_engine(sqlite_url)) as session, session.begin():
        harbour = store.get_or_create_source(session, "Harbour Ledger", aliases=["The Harbor Ledger"])
        quill = store.get_or_create_source(session, "Quill Times")
        names = ["Harbour Ledger", "harbour  ledger", "THE HARBOR LEDGER", "Quill Times", "quill times",
                 "Nobody Gazette", ""]
        found = store.find_sources(session, names)
        assert found == {n: s for n in names if (s := store.find_source(session, n)) is not None}
        assert found["THE HARBOR LEDGER"] is harbour and found["quill times"] is quill
        assert "Nobody Gazette" not in found


def _source_rows(sessions) -> list:
    with sessions() as s:
        return s.execute(select(Article.canonical_url, Source.name, Source.domain, Source.kind, Source.language)
                         .join(Source, Source.id == Article.source_id, isouter=True).order_by(Article.id)).all()


def test_reprocess_writes_the_sources_page_by_page_writes(tmp_path):
    batch_url, single_url = (f"sqlite:///{tmp_path / name}.db" for name in ("batch", "single"))
    archives = {}
    for url, name in ((batch_url, "batch"), (single_url, "single")):
        upgrade(url)
        sessions = archive(url, tmp_path / f"warc-{name}", 8)
        with sessions.begin() as s:  # fields lost (filled in again), a source renamed (created again)
            s.execute(update(Source).where(Source.name.in_(["Marrowby Courier 1", "Marrowby Courier 4"]))
                      .values(domain=None, language=None))
            s.execute(update(Source).where(Source.name == "Marrowby Courier 6").values(name="Elsewhere Weekly"))
            s.execute(delete(SourceAlias).where(SourceAlias.key == "marrowby courier 6"))
        archives[name] = sessions
    counts = reprocess(archives["batch"], tmp_path / "warc-batch", workers=0)
    assert counts["unchanged"] + counts["refreshed"] == 8, counts

    single = archives["single"]
    with single() as s:
        rows = s.execute(select(Article.canonical_url, ArticleVersion.warc_filename, ArticleVersion.warc_offset,
                                ArticleVersion.fetched_at)
                         .join(ArticleVersion, ArticleVersion.article_id == Article.id).order_by(Article.id)).all()
    from pipelines.store import register_sources
    from pipelines.warcread import read_response

    with single.begin() as s:
        register_sources(s)  # as reprocess does first
    for canonical, name, offset, fetched_at in rows:
        resp = read_response(tmp_path / "warc-single", name, offset)
        doc = document_from_raw(canonical, resp.body, resp.headers, warc={"filename": name, "offset": offset},
                                fetched_at=fetched_at)
        with single.begin() as s:
            process_document(s, doc, canonical_url=canonical, refresh=True)
    with single() as s, archives["batch"]() as b:
        query = select(Source.name, Source.domain, Source.kind, Source.language).order_by(Source.name)
        assert b.execute(query).all() == s.execute(query).all()
        assert b.scalar(select(Source.domain).where(Source.name == "Marrowby Courier 1")) == "marrowby1.example.com"
        assert b.scalar(select(Source.id).where(Source.name == "Marrowby Courier 6")) is not None
    assert _source_rows(archives["batch"]) == _source_rows(single)


def test_source_statements_do_not_grow_with_the_sources_of_a_batch(any_url, tmp_path):
    engine = get_engine(any_url)
    sessions = archive(any_url, tmp_path / "warc", 24)
    with sessions() as s:
        name = s.scalar(select(ArticleVersion.warc_filename).limit(1))
    seen: list[str] = []

    def count(_conn, _cursor, statement, *_args):
        if "FROM sources" in statement or "FROM source_aliases" in statement:
            seen.append(statement)

    reprocess(sessions, tmp_path / "warc", workers=0)  # the profiles' own sources registered once
    counts = []
    event.listen(engine, "before_cursor_execute", count)
    try:
        for keep in ((1, 2), None):
            with sessions.begin() as s:  # two articles to reprocess, then all 24 (24 sources)
                s.execute(update(ArticleVersion).values(warc_filename=name))
                if keep:
                    s.execute(update(ArticleVersion).where(ArticleVersion.article_id.not_in(keep))
                              .values(warc_filename=None))
            seen.clear()
            reprocess(sessions, tmp_path / "warc", workers=0)
            counts.append(len(seen))
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert counts[1] == counts[0], counts  # one source query (or two) a page before
