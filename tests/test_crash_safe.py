"""Crash-safe runs and exit codes (issue 12, items 3-4): kill -9 of either process
of a run, stale ``running`` rows, counts from the archive, exit 0 with rejects."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from models import runs, store
from models.crawl import CrawlRun
from models.engine import get_engine
from tests.conftest_faults import HoldingSite, child_pids, crawl_cmd, crawl_env, wait_for
from tests.fixtures.hostile_site import HOLD_PATH, build


def _count(db: Path, sql: str) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchone()[0]


@pytest.fixture
def hostile_root(tmp_path: Path) -> Path:
    build(tmp_path / "site")
    return tmp_path / "site"


@pytest.mark.slow
def test_rejects_are_normal_exit_0_with_counts(hostile_root, tmp_path):
    db = tmp_path / "a.db"
    with HoldingSite(root=hostile_root) as site:
        out = subprocess.run(crawl_cmd(str(db), site.url, tmp_path), cwd=tmp_path, env=crawl_env(),
                             capture_output=True, text=True, timeout=180)
    assert out.returncode == 0, out.stderr[-2000:]
    rejects = _count(db, "SELECT count(*) FROM rejects")
    assert rejects == 8
    assert f"finished: 6 new, 0 updated, {rejects} rejects" in out.stdout
    assert out.stderr == ""


@pytest.mark.slow
def test_killing_the_wrapper_leaves_the_lock_with_the_crawl(hostile_root, tmp_path):
    db = tmp_path / "a.db"
    with HoldingSite(root=hostile_root, hold=HOLD_PATH) as site:
        wrapper = subprocess.Popen(crawl_cmd(str(db), site.url, tmp_path), cwd=tmp_path, env=crawl_env(),
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        assert site.held.wait(120), "the crawl never reached the held page"
        (child,) = child_pids(wrapper.pid)
        wrapper.send_signal(signal.SIGKILL)
        wrapper.wait(30)
        second = subprocess.run(crawl_cmd(str(db), site.url, tmp_path), cwd=tmp_path, env=crawl_env(),
                                capture_output=True, text=True, timeout=120)
        assert second.returncode == 75, second.stderr
        assert "already running" in second.stderr and second.stderr.count("\n") == 1
        site.release.set()
        assert wait_for(lambda: not os.path.exists(f"/proc/{child}") or _zombie(child), 120)
    with sqlite3.connect(db) as conn:
        assert [r[0] for r in conn.execute("SELECT status FROM crawl_runs")] == ["finished"]


def _zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(")")[1].split()[0] == "Z"
    except OSError:
        return True


@pytest.mark.slow
def test_killed_crawl_is_closed_and_counted_from_the_archive(hostile_root, tmp_path):
    db = tmp_path / "a.db"
    with HoldingSite(root=hostile_root, hold=HOLD_PATH) as site:
        wrapper = subprocess.Popen(crawl_cmd(str(db), site.url, tmp_path, "NEWSARCHIVE_STORE_BATCH_SIZE=1"),
                                   cwd=tmp_path, env=crawl_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   text=True)
        assert site.held.wait(120), "the crawl never reached the held page"
        assert wait_for(lambda: db.exists() and _count(db, "SELECT count(*) FROM articles") >= 3)
        (child,) = child_pids(wrapper.pid)
        os.kill(child, signal.SIGKILL)
        out, err = wrapper.communicate(timeout=60)
    stored = _count(db, "SELECT count(*) FROM articles")
    assert wrapper.returncode == 1
    assert err.count("\n") == 1 and "killed by signal 9" in err
    assert f"killed: {stored} new," in err  # counted from the archive, not from the dead child's stats
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT status, articles_new FROM crawl_runs").fetchall() == [("killed", stored)]


def test_stale_running_rows_are_marked_killed(any_url):
    dead = subprocess.Popen(["true"])  # not waited for: a zombie, as a killed orphan stays in a container
    assert wait_for(lambda: _zombie(dead.pid), 30)
    # a live Python process on this machine (a plain `scrapy crawl`): whatever started pytest
    # (a shell script in CI) does not look like one
    live = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    with Session(get_engine(any_url), expire_on_commit=False) as session, session.begin():
        stale = store.start_crawl_run(session, "securities_daily")
        stale.pid = dead.pid
        alive = store.start_crawl_run(session, "securities_daily")
        alive.pid = live.pid  # a live process on this machine: a plain `scrapy crawl`, spared
        elsewhere = store.start_crawl_run(session, "securities_daily")
        elsewhere.hostname, elsewhere.pid = "other-host", 1
        other_spider = store.start_crawl_run(session, "site")
        other_spider.pid = dead.pid
    with Session(get_engine(any_url), expire_on_commit=False) as session, session.begin():
        closed = runs.mark_killed(session, "securities_daily")
    assert closed == [stale.id, elsewhere.id]
    with Session(get_engine(any_url)) as session:
        status = {r.id: r.status for r in session.query(CrawlRun)}
    live.kill()
    live.wait()
    assert status == {stale.id: "killed", alive.id: "running", elsewhere.id: "killed", other_spider.id: "running"}
    dead.wait()


def test_summary_counts_rows_of_the_run(any_url):
    from tests.conftest_ops import add_docs, make_doc

    with Session(get_engine(any_url), expire_on_commit=False) as session, session.begin():
        run = store.start_crawl_run(session, "securities_daily")
        add_docs(session, [make_doc(i, title=f"t{i}", body=f"body {i} words here") for i in range(3)])
        store.record_reject(session, url="http://x/1", stage="fetch", reason="HTTP 404", crawl_run_id=run.id)
    with Session(get_engine(any_url), expire_on_commit=False) as session, session.begin():
        summary = runs.close_killed(session, session.get(CrawlRun, run.id), why="test")
    assert (summary.new, summary.updated, summary.rejects) == (3, 0, 1)
