"""The operations commands: output, errors in one line, and `newsarchive crawl` for cron."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from conftest_ops import add_docs, make_doc
from crawler.cli import main
from crawler.cli.crawl import EXIT_LOCKED
from models import store
from models.crawl import CrawlRun
from models.engine import get_engine

ROOT = Path(__file__).resolve().parent.parent
TESTS = Path(__file__).resolve().parent


@pytest.fixture
def filled(any_url):
    engine = get_engine(any_url)
    claims = [{"kind": "direct", "speaker": "Jerome Powell", "speaker_role": "chair", "speaker_org": "Federal Reserve",
               "speaker_entity": "Jerome Powell", "cue": "said", "text": "Inflation is still too high",
               "start": 0, "end": 27, "paragraph": 0}]
    entities = [{"name": "Jerome Powell", "type": "PERSON", "aliases": ["Powell"],
                 "mentions": [{"text": "Powell", "start": 0, "end": 6}]},
                {"name": "Federal Reserve", "type": "ORG", "mentions": [{"text": "Fed", "start": 10, "end": 13}]}]
    with Session(engine) as session, session.begin():
        add_docs(session, [
            make_doc(1, title="Fed holds rates", body="Inflation is still too high, Powell said.",
                     claims=claims, entities=entities),
            make_doc(2, title="央行宣布降息", body="中国人民银行今日宣布下调利率。", language="zh", source="证券日报",
                     entities=[{"name": "中国人民银行", "type": "ORG",
                                "mentions": [{"text": "中国人民银行", "start": 0, "end": 6}]}]),
        ])
        store.record_reject(session, url="http://www.zqrb.cn/finance/x.html", stage="validate", reason="empty body")
    return any_url


def run_json(capsys, *argv):
    assert main([*argv, "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_search_table_and_json(filled, capsys):
    assert main(["search", "rates", "--db", filled]) == 0
    out = capsys.readouterr().out
    assert "Fed holds rates" in out and out.splitlines()[1].startswith("-")
    rows = run_json(capsys, "search", "宣布降息", "--db", filled)
    assert [r["title"] for r in rows] == ["央行宣布降息"]
    assert rows[0]["published_at"].startswith("2024-03-03")


def test_claims_entities_stats_rejects(filled, capsys):
    rows = run_json(capsys, "claims", "--speaker", "powell", "--db", filled)
    assert [r["text"] for r in rows] == ["Inflation is still too high"]
    assert run_json(capsys, "claims", "--org", "federal", "--about", "inflation", "--db", filled)
    assert run_json(capsys, "claims", "--speaker", "nobody", "--db", filled) == []
    rows = run_json(capsys, "entities", "--type", "ORG", "--db", filled)
    assert {r["name"] for r in rows} == {"Federal Reserve", "中国人民银行"}
    assert all(r["articles"] == 1 for r in rows)
    stats = run_json(capsys, "stats", "--db", filled)
    by_source = {r["source"]: r for r in stats["sources"]}
    assert by_source["Securities Daily"]["articles"] == 1 and by_source["Securities Daily"]["claims"] == 1
    assert by_source["Securities Daily"]["open_rejects"] == 1  # matched by domain zqrb.cn
    assert stats["totals"]["articles"] == 2
    rows = run_json(capsys, "rejects", "--db", filled)
    assert [(r["stage"], r["reason"]) for r in rows] == [("validate", "empty body")]
    assert main(["stats", "--db", filled]) == 0
    assert "Securities Daily" in capsys.readouterr().out


def test_table_aligns_chinese(capsys):
    from crawler.cli.output import print_table

    print_table([{"a": "央行", "b": 1}, {"a": "abcd", "b": 2}], ["a", "b"])
    lines = capsys.readouterr().out.splitlines()
    # 央行 takes four terminal columns, like abcd: the second column lines up.
    assert len(lines[2].encode("gbk")) == len(lines[3].encode("gbk"))


def test_missing_archive_is_one_line(tmp_path, capsys):
    for argv in (["search", "x"], ["claims"], ["entities"], ["stats"], ["rejects"], ["export"], ["reprocess"]):
        assert main([*argv, "--db", str(tmp_path / "none.db")]) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "no archive at" in err


def test_unmigrated_and_old_archives(tmp_path, capsys):
    from models.migrate import upgrade

    empty = tmp_path / "empty.db"
    sqlite3.connect(empty).close()
    assert main(["stats", "--db", str(empty)]) == 1
    assert "newsarchive db upgrade" in capsys.readouterr().err
    old = tmp_path / "old.db"
    upgrade(f"sqlite:///{old}", "0001")
    assert main(["search", "x", "--db", str(old)]) == 1
    assert "newsarchive db upgrade" in capsys.readouterr().err


def test_locked_archive_is_one_line(sqlite_url, sqlite_path, tmp_path, monkeypatch, capsys):
    import models.engine as engine_module

    original = engine_module._sqlite_pragmas

    def quick(dbapi_conn, record):
        original(dbapi_conn, record)
        dbapi_conn.execute("PRAGMA busy_timeout=50")  # fail fast instead of waiting 10 s

    monkeypatch.setattr(engine_module, "_sqlite_pragmas", quick)
    from crawler.warc import WarcFile

    warc = WarcFile(tmp_path / "warc")
    loc = warc.write_exchange(url="http://www.zqrb.cn/finance/1.html", method="GET", request_headers=[],
                              status=200, protocol="HTTP/1.1", response_headers=[("Content-Type", "text/html")],
                              body=b"<html><body><p>" + b"Words of an article. " * 50 + b"</p></body></html>")
    warc.close()
    with Session(get_engine(sqlite_url)) as session, session.begin():
        add_docs(session, [make_doc(1, title="t", body="b", warc=loc)])
    engine_module.dispose_all()
    holder = sqlite3.connect(sqlite_path)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        status = main(["reprocess", "--db", str(sqlite_path), "--warc-dir", str(tmp_path / "warc")])
    finally:
        holder.rollback()
        holder.close()
    err = capsys.readouterr().err
    assert status == 1 and err.count("\n") == 1 and "locked" in err


def test_export_to_stdout_formats(filled, capsys):
    assert main(["export", "--db", filled]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["title"] for line in lines] == ["Fed holds rates", "央行宣布降息"]
    assert main(["export", "--format", "csv", "--language", "zh", "--db", filled]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("id,canonical_url") and len(out) == 2
    assert main(["export", "--format", "parquet", "--db", filled]) == 2
    assert "-o FILE" in capsys.readouterr().err


# --- newsarchive crawl ---------------------------------------------------------------

class _Site:
    def __init__(self):
        self.slow_requested = threading.Event()
        self.release = threading.Event()
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                if self.path == "/slow":
                    site.slow_requested.set()
                    site.release.wait(60)
                body = b"<html><body><p>probe</p></body></html>"
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def site():
    s = _Site()
    yield s
    s.close()


def crawl_cmd(db: str, start_url: str, log_dir: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "crawler.cli", "crawl", "ops_probe", "--db", db, "--log-dir", str(log_dir),
            "-a", f"start_url={start_url}", "-s", "SPIDER_MODULES=conftest_ops", *extra]


def crawl_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(TESTS)])
    return env


def runs(url: str) -> list[CrawlRun]:
    with Session(get_engine(url)) as session:
        return list(session.scalars(select(CrawlRun).where(CrawlRun.spider == "ops_probe").order_by(CrawlRun.id)))


@pytest.mark.slow
def test_second_crawl_exits_at_once_with_75(sqlite_url, sqlite_path, tmp_path, site):
    logs = tmp_path / "logs"
    first = subprocess.Popen(crawl_cmd(str(sqlite_path), site.url + "/slow", logs), cwd=tmp_path, env=crawl_env(),
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert site.slow_requested.wait(60), "first crawl never fetched its page"
        second = subprocess.run(crawl_cmd(str(sqlite_path), site.url + "/", logs), cwd=tmp_path, env=crawl_env(),
                                capture_output=True, text=True, timeout=60)
        assert second.returncode == EXIT_LOCKED, second.stderr
        assert "already running" in second.stderr and second.stderr.count("\n") == 1
    finally:
        site.release.set()
        out, err = first.communicate(timeout=120)
    assert first.returncode == 0, err
    assert "finished" in out
    recorded = runs(sqlite_url)
    assert [r.status for r in recorded] == ["finished"]  # the second run never started one
    assert recorded[0].stats["downloader/response_count"] == 1
    assert len(list(logs.glob("ops_probe-*.log"))) == 1
    # The page went to WARC beside the archive.
    assert list((sqlite_path.parent / "warc").glob("ops_probe-*.warc.gz"))
    # The lock is free again: a new run starts and finishes.
    again = subprocess.run(crawl_cmd(str(sqlite_path), site.url + "/", logs), cwd=tmp_path, env=crawl_env(),
                           capture_output=True, text=True, timeout=120)
    assert again.returncode == 0, again.stderr
    assert len(list(logs.glob("ops_probe-*.log"))) == 2


@pytest.mark.slow
def test_crawl_that_fetches_nothing_fails(sqlite_url, sqlite_path, tmp_path):
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    result = subprocess.run(crawl_cmd(str(sqlite_path), f"http://127.0.0.1:{port}/", tmp_path / "logs"),
                            cwd=tmp_path, env=crawl_env(), capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert "failed" in result.stderr and "0 pages fetched" in result.stderr
    assert [r.status for r in runs(sqlite_url)] == ["failed"]


def test_crawl_with_unreachable_archive(tmp_path, capsys):
    status = main(["crawl", "ops_probe", "--db", "postgresql://postgres@127.0.0.1:1/none",
                   "--log-dir", str(tmp_path / "logs"), "-a", "start_url=http://127.0.0.1:1/",
                   "-s", "SPIDER_MODULES=conftest_ops"])
    err = capsys.readouterr().err
    assert status == 1 and err.count("\n") == 1 and "archive unreachable" in err


def test_run_lock_is_exclusive(tmp_path):
    from crawler.cli.crawl import Locked, run_lock

    with run_lock("s", "sqlite:///a.db", tmp_path):
        with pytest.raises(Locked):
            with run_lock("s", "sqlite:///a.db", tmp_path):
                pass
        with run_lock("other", "sqlite:///a.db", tmp_path):  # another spider may run
            pass
    with run_lock("s", "sqlite:///a.db", tmp_path):  # released
        pass


def test_pg_advisory_lock_across_connections(pg_url):
    from crawler.cli.crawl import Locked, pg_advisory_lock

    with pg_advisory_lock("s", pg_url):
        with pytest.raises(Locked, match="another machine"):
            with pg_advisory_lock("s", pg_url):
                pass
    with pg_advisory_lock("s", pg_url):
        pass


def test_bad_raw_query_is_a_usage_error(sqlite_url, capsys):
    assert main(["search", "AND (", "--raw", "--db", sqlite_url]) == 2
    err = capsys.readouterr().err
    assert "raw query" in err and err.count("\n") == 1
    assert main(["search", "AND (", "--db", sqlite_url]) == 0  # escaped by default: just text


STARTS = """
import sys
from pipelines import pool_server
seen = []
pool_server.start = lambda: seen.append([m for m in ("sqlalchemy.orm", "pipelines.reprocess") if m in sys.modules])
pool_server.stop = lambda **kw: None
from crawler.cli import main
status = main(["reprocess", "--db", sys.argv[1], *sys.argv[2:]])
print(status, seen)
"""


@pytest.mark.parametrize("extra, started", [([], "[[]]"), (["--workers", "0"], "[]")])
def test_reprocess_starts_its_pool_server_before_loading_the_archive_code(tmp_path, extra, started):
    # the server's imports then run beside this process's own (no archive here: the command fails after)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", STARTS, str(tmp_path / "none.db"), *extra], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=300)
    assert out.stdout.split(None, 1) == ["1", started + "\n"], out.stderr


def test_reprocess_failing_before_its_pool_leaves_no_server(tmp_path):
    from multiprocessing import forkserver

    assert main(["reprocess", "--db", str(tmp_path / "none.db")]) == 1
    assert forkserver._forkserver._forkserver_pid is None  # started early, ended with the command
