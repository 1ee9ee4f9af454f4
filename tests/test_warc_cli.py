"""`newsarchive warc import|export`: pages in from another tool's WARC, raw pages out."""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from conftest_ops import wget_warc
from crawler.cli import main
from pipelines.reprocess import reprocess
from crawler.warc import iter_responses, read_record
from models.article import Article, ArticleVersion
from models.engine import get_engine
from test_reprocess import URLS, page


def test_import_wget_warc_then_reprocess_and_export(any_url, tmp_path, capsys):
    pages = [(URLS[1], page(1, marker=False), {"Content-Type": "text/html; charset=utf-8"}),
             (URLS[2], page(2, marker=False), {"Content-Type": "text/html"}),
             ("http://www.example.com/logo.png", b"\x89PNG...", {"Content-Type": "image/png"})]
    src = tmp_path / "download" / "site.warc.gz"
    src.parent.mkdir()
    src.write_bytes(wget_warc(pages, chunked=True))
    root = tmp_path / "warc"

    assert main(["warc", "import", str(src), "--db", any_url, "--warc-dir", str(root), "--format", "json"]) == 0
    [result] = json.loads(capsys.readouterr().out)
    assert (result["new"], result["skipped"]) == (2, 1)
    assert (root / "imported" / "site.warc.gz").read_bytes() == src.read_bytes()

    engine = get_engine(any_url)
    with Session(engine) as session:
        rows = session.execute(select(Article.url, ArticleVersion.warc_filename, ArticleVersion.warc_offset)
                               .join(ArticleVersion, ArticleVersion.article_id == Article.id)
                               .order_by(Article.id)).all()
    assert [r.url for r in rows] == [URLS[1], URLS[2]]
    for url, fname, offset in rows:
        assert fname == "imported/site.warc.gz"
        assert read_record(root, fname, offset)[0] == url

    # Imported again: nothing new (same content).
    assert main(["warc", "import", str(src), "--db", any_url, "--warc-dir", str(root), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["unchanged"] == 2
    # The imported file serves reprocess like the crawler's own WARC.
    counts = reprocess(sessionmaker(engine), root)
    assert counts["missing"] == 0 and counts["updated"] == 0

    out = tmp_path / "export.warc.gz"
    assert main(["warc", "export", "-o", str(out), "--db", any_url, "--warc-dir", str(root)]) == 0
    assert "2 records written" in capsys.readouterr().out
    assert [(r.url, r.body) for r in iter_responses(out)] == [(u, b) for u, b, _ in pages[:2]]


def test_import_refuses_what_is_not_warc(sqlite_url, tmp_path, capsys):
    bogus = tmp_path / "notes.txt"
    bogus.write_text("hello")
    assert main(["warc", "import", str(bogus), "--db", sqlite_url, "--warc-dir", str(tmp_path / "w")]) == 1
    assert "not a readable WARC" in capsys.readouterr().err
    assert not (tmp_path / "w" / "imported").exists()
    assert main(["warc", "import", str(tmp_path / "missing.warc"), "--db", sqlite_url]) == 1
