"""One newspaper, one source: the crawl, extract, reprocess and WARC import agree on it;
mirror crawls on any port share canonical URLs for articles and rejects."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from pipelines.profiles import canonical_source
from models import store
from models.engine import get_engine
from models.source import SourceAlias

ROOT = Path(__file__).resolve().parent.parent


def test_canonical_source_from_profiles():
    assert canonical_source("证券日报") == "Securities Daily"
    assert canonical_source("  securities   daily ") == "Securities Daily"
    assert canonical_source("Caixin") == "Caixin"
    assert canonical_source(None) is None


def test_aliases_resolve_to_one_source(sqlite_url):
    with Session(get_engine(sqlite_url)) as session, session.begin():
        first = store.get_or_create_source(session, "Securities Daily", domain="zqrb.cn", aliases=["证券日报"])
        assert store.get_or_create_source(session, "证券日报").id == first.id
        assert store.get_or_create_source(session, "SECURITIES DAILY").id == first.id
        other = store.get_or_create_source(session, "Caixin")
        assert other.id != first.id
        # A new spelling met together with a known alias joins the known source.
        assert store.get_or_create_source(session, "证券日报社", aliases=["证券日报"]).id == first.id
        assert store.find_source(session, "证券日报社").id == first.id
        names = {a.name for a in session.query(SourceAlias).filter_by(source_id=first.id)}
        assert {"Securities Daily", "证券日报", "证券日报社"} <= names


def newsarchive(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), COLUMNS="200")
    return subprocess.run([sys.executable, "-m", "crawler.cli", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=600)


def counts(db: Path) -> dict[str, object]:
    with sqlite3.connect(db) as con:
        return {"articles": con.execute("SELECT count(*) FROM articles").fetchone()[0],
                "rejects": sorted(r for r in con.execute("SELECT url, stage FROM rejects")),
                "sources": [r[0] for r in con.execute("SELECT name FROM sources")],
                "urls": sorted(r[0] for r in con.execute("SELECT canonical_url FROM articles"))}


@pytest.mark.slow
def test_demo_twice_then_own_warc_export_adds_nothing(tmp_path):
    db = tmp_path / "archive.db"
    first = newsarchive("demo", "--db", str(db), cwd=tmp_path)
    assert first.returncode == 0, first.stderr[-2000:]
    assert "Try next:" in first.stdout and "broken on purpose" in first.stdout
    assert "newsarchive search" in first.stdout and "datasette" in first.stdout
    after_one = counts(db)
    assert after_one["sources"] == ["Securities Daily"] and after_one["rejects"]
    assert not any("127.0.0.1" in url for url, _ in after_one["rejects"])  # keyed by the site's own URLs
    assert not any("127.0.0.1" in url for url in after_one["urls"])

    second = newsarchive("demo", "--db", str(db), cwd=tmp_path)  # another random port
    assert second.returncode == 0, second.stderr[-2000:]
    assert counts(db) == after_one  # no new reject rows, no new articles

    raw = tmp_path / "raw.warc.gz"
    assert newsarchive("warc", "export", "-o", str(raw), "--db", str(db), cwd=tmp_path).returncode == 0
    imported = newsarchive("warc", "import", str(raw), "--db", str(db), "--format", "json", cwd=tmp_path)
    assert imported.returncode == 0, imported.stderr[-2000:]
    result = json.loads(imported.stdout)[0]
    assert result["new"] == 0 and result["updated"] == 0 and result["unchanged"] == after_one["articles"]
    assert counts(db) == after_one

    reprocessed = newsarchive("reprocess", "--db", str(db), "--format", "json", cwd=tmp_path)
    assert reprocessed.returncode == 0, reprocessed.stderr[-2000:]
    assert counts(db)["sources"] == ["Securities Daily"]

    # `extract` on a raw page of the archive, with and without its URL, credits the same source.
    from crawler.warc import iter_responses

    page = next(r for r in iter_responses(raw) if "/finance/" in r.url)
    (tmp_path / "page.html").write_bytes(page.body)
    from urllib.parse import urlsplit

    for extra in ([], ["--url", "http://www.zqrb.cn" + urlsplit(page.url).path]):
        out = newsarchive("extract", str(tmp_path / "page.html"), *extra, cwd=tmp_path)
        assert json.loads(out.stdout)["source"] == "Securities Daily", (extra, out.stdout[:300])


def test_source_filters_accept_any_alias(sqlite_url, capsys):
    from conftest_ops import add_docs, make_doc
    from crawler.cli import main
    from models.export import count_articles

    with Session(get_engine(sqlite_url)) as session, session.begin():
        store.get_or_create_source(session, "Securities Daily", aliases=["证券日报"])
        add_docs(session, [make_doc(1, title="央行宣布降息", body="中国人民银行宣布降息。", language="zh")])
    with Session(get_engine(sqlite_url)) as session:
        assert count_articles(session, source="证券日报") == 1
        assert count_articles(session, source="Caixin") == 0
    for name in ("证券日报", "securities daily"):
        assert main(["search", "降息", "--source", name, "--db", sqlite_url, "--format", "jsonl"]) == 0
        assert json.loads(capsys.readouterr().out)["title"] == "央行宣布降息"
