"""The library behind the CLI, called directly: queries, WARC import/export (no click involved)."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session, sessionmaker

from conftest_ops import add_docs, make_doc, wget_warc
from models import queries, store
from models.engine import get_engine
from pipelines.warcfiles import NotWarc, check_warc, export_warc, import_warc
from test_reprocess import URLS, page


@pytest.fixture
def filled(sqlite_url):
    claims = [{"kind": "direct", "speaker": "易纲", "speaker_role": "行长", "speaker_org": "中国人民银行", "cue": "表示",
               "text": "货币政策保持稳健", "start": 0, "end": 8, "paragraph": 0}]
    entities = [{"name": "中国人民银行", "type": "ORG", "mentions": [{"text": "中国人民银行", "start": 0, "end": 6}]}]
    with Session(get_engine(sqlite_url)) as session, session.begin():
        add_docs(session, [make_doc(1, title="央行：货币政策保持稳健", body="货币政策保持稳健，易纲表示。", language="zh",
                                    claims=claims, entities=entities)])
        store.record_reject(session, url="http://www.zqrb.cn/x.html", stage="validate", reason="empty body",
                            payload={"warc": {"filename": "a.warc.gz", "offset": 3}})
    return sqlite_url


def test_queries(filled):
    with Session(get_engine(filled)) as session:
        [claim] = queries.find_claims(session, org="人民银行")
        assert (claim["speaker"], claim["speaker_role"], claim["cue"]) == ("易纲", "行长", "表示")
        assert queries.find_claims(session, about="降息") == []
        [entity] = queries.top_entities(session, type_="org")
        assert (entity["name"], entity["articles"]) == ("中国人民银行", 1)
        [source] = queries.source_stats(session)
        assert (source["source"], source["articles"], source["claims"], source["open_rejects"]) == \
            ("Securities Daily", 1, 1, 1)
        [reject] = queries.list_rejects(session)
        assert reject["warc"] == {"filename": "a.warc.gz", "offset": 3}
        assert queries.crawl_stats(session) == []


def test_warc_import_twice_and_export(sqlite_url, tmp_path):
    src = tmp_path / "site.warc.gz"
    src.write_bytes(wget_warc([(URLS[1], page(1, marker=False), {"Content-Type": "text/html; charset=utf-8"})]))
    sessions = sessionmaker(get_engine(sqlite_url), expire_on_commit=False)
    root = tmp_path / "warc"
    assert import_warc(sessions, src, root)["new"] == 1
    assert import_warc(sessions, src, root) == {"new": 0, "updated": 0, "unchanged": 1, "rejected": 0, "skipped": 0}
    with sessions() as session:
        out = tmp_path / "out" / "raw.warc.gz"
        assert export_warc(session, root, out) == {"written": 1, "no_raw": 0, "missing": 0}
    assert import_warc(sessions, out, root)["unchanged"] == 1  # the export of what it holds adds nothing


def test_check_warc_refuses_other_files(tmp_path):
    (tmp_path / "a.warc").write_text("<html>not a warc</html>")
    with pytest.raises(NotWarc, match="not WARC"):
        check_warc(tmp_path / "a.warc")
