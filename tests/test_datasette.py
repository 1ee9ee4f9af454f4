"""The SQLite archive in Datasette: started on loopback, queried over HTTP, search included."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from conftest_ops import add_docs, make_doc
from models.engine import dispose_all, get_engine

pytest.importorskip("datasette")

METADATA = Path(__file__).resolve().parent.parent / "docs" / "datasette-metadata.yml"


#: A claim long enough that a reader must see it wrap in the first screen, not off to the right.
CLAIM = {"kind": "direct", "speaker": "吴洪亮", "speaker_role": "主任", "speaker_org": "某律师事务所",
         "cue": "表示", "text": "挖矿行为本身不一定违法，但这次金融委明确提出打击比特币挖矿", "start": 0, "end": 30,
         "paragraph": 0}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def archive_db(tmp_path, sqlite_path, sqlite_url):
    with Session(get_engine(sqlite_url)) as session, session.begin():
        add_docs(session, [
            make_doc(1, title="Central bank raises interest rates", body="The central bank lifted rates again."),
            make_doc(2, title="央行宣布降息", body="中国人民银行今日宣布下调贷款市场报价利率。", language="zh",
                     source="证券日报"),
            make_doc(3, title="Oil slips", body="Crude futures fell on the news. " * 300),  # a long body
            make_doc(4, title="金融委定调打击比特币挖矿", body="国务院金融委提出打击比特币挖矿和交易行为。", language="zh",
                     source="证券日报", claims=[CLAIM]),
        ])
    dispose_all()
    db = tmp_path / "archive.db"
    assert db == sqlite_path
    return db


def _serve(archive_db: Path, metadata: bool, settings: list[str] | None = None):
    port = free_port()
    cmd = [sys.executable, "-m", "datasette", "serve", str(archive_db), "-h", "127.0.0.1", "-p", str(port)]
    if metadata:
        cmd += ["-m", str(METADATA)]
    if settings:
        cmd += ["--setting", *settings]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    try:
        while True:  # poll until the server accepts connections
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"datasette did not start: {proc.stderr.read().decode()}")
                time.sleep(0.05)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=30)


@pytest.fixture(params=["bare", "metadata"])
def datasette(request, archive_db):
    """``datasette archive.db`` as is, and with docs/datasette-metadata.yml."""
    yield from _serve(archive_db, request.param == "metadata")


@pytest.fixture
def datasette_with_metadata(archive_db):
    yield from _serve(archive_db, True)


def get(url: str):
    with urllib.request.urlopen(url, timeout=30) as resp:
        return json.loads(resp.read())


def search(base: str, q: str) -> list[str]:
    rows = get(f"{base}/archive/articles.json?_search={urllib.parse.quote(q)}&_shape=array")
    return [r["title"] for r in rows]


def test_search_over_http(datasette):
    assert search(datasette, "interest rates") == ["Central bank raises interest rates"]
    assert search(datasette, "宣布降息") == ["央行宣布降息"]
    assert search(datasette, "nothing-like-this") == []
    views = get(f"{datasette}/archive.json")
    names = {t["name"] for t in views["tables"]} | {v["name"] for v in views["views"]}
    assert {"articles", "claims_view", "mentions_view", "articles_view"} <= names
    rows = get(f"{datasette}/archive/articles_view.json?_shape=array&language=zh")
    assert [r["source"] for r in rows] == ["证券日报", "证券日报"]


def test_ranked_search_query(datasette_with_metadata):
    rows = get(f"{datasette_with_metadata}/archive/search.json?q={urllib.parse.quote('rates')}&_shape=array")
    assert [r["title"] for r in rows] == ["Central bank raises interest rates"]
    assert "[rate" in rows[0]["snippet"].lower() or "[rates]" in rows[0]["snippet"].lower()


def test_short_chinese_words_in_datasettes_own_search(datasette_with_metadata):
    base = datasette_with_metadata
    for view in ("articles", "articles_view"):
        for word, titles in (("挖矿", ["金融委定调打击比特币挖矿"]), ("央行", ["央行宣布降息"]),
                             ("宣布降息", ["央行宣布降息"]), ("interest rates", ["Central bank raises interest rates"]),
                             ("矿机", [])):
            rows = get(f"{base}/archive/{view}.json?_search={urllib.parse.quote(word)}&_shape=array")
            assert [r["title"] for r in rows] == titles, (view, word)


def test_views_start_with_what_people_read(datasette_with_metadata):
    claims = get(f"{datasette_with_metadata}/archive/claims_view.json")
    assert claims["columns"][:5] == ["speaker", "speaker_role", "speaker_org", "text", "cue"]
    articles = get(f"{datasette_with_metadata}/archive/articles_view.json")
    assert articles["columns"][:4] == ["title", "source", "published_at", "canonical_url"]
    facets = get(f"{datasette_with_metadata}/archive/claims_view.json?_facet=speaker")["facet_results"]
    assert "speaker" in facets
