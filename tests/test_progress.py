"""Progress on a terminal, silence in cron: what long commands print where."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
from pathlib import Path

from sqlalchemy.orm import Session

from conftest_ops import add_docs, make_doc
from crawler.cli.crawl import _watch
from models.engine import dispose_all, get_engine

ROOT = Path(__file__).resolve().parent.parent


def archive(sqlite_url: str) -> None:
    with Session(get_engine(sqlite_url)) as session, session.begin():
        add_docs(session, [make_doc(n, title=f"Title {n}", body=f"Body {n}") for n in range(1, 4)])
    dispose_all()


def run_export(db: Path, out: Path, *extra: str, tty: bool) -> tuple[int, str]:
    """``newsarchive export`` with stderr on a pseudo-terminal (a person) or a pipe (cron)."""
    cmd = [sys.executable, "-m", "crawler.cli", "export", "-o", str(out), "--db", str(db), *extra]
    env = dict(os.environ, PYTHONPATH=str(ROOT), COLUMNS="120")
    if not tty:
        proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
        return proc.returncode, proc.stderr
    master, slave = pty.openpty()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=slave)
    os.close(slave)
    chunks = []
    while True:
        ready, _, _ = select.select([master], [], [], 120)
        if not ready:
            break
        try:
            data = os.read(master, 65536)
        except OSError:  # the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    return proc.wait(timeout=120), b"".join(chunks).decode("utf-8", "replace")


def test_export_progress_on_a_terminal_only(sqlite_url, sqlite_path, tmp_path):
    archive(sqlite_url)
    status, err = run_export(sqlite_path, tmp_path / "a.csv", tty=True)
    assert status == 0
    assert "export a.csv" in err and "3/3" in err          # the bar, with articles done of total
    status, err = run_export(sqlite_path, tmp_path / "b.csv", tty=False)
    assert status == 0
    assert err.splitlines() == [f"3 articles written to {tmp_path / 'b.csv'} (csv)"]  # cron: the summary only
    status, err = run_export(sqlite_path, tmp_path / "c.csv", "-q", tty=True)
    assert status == 0 and "3/3" not in err


class Recorder:
    def __init__(self):
        self.updates = []

    def update(self, done=None, *, total=None, status=None):
        self.updates.append((done, status))


def test_crawl_progress_comes_from_the_childs_log(tmp_path):
    log = tmp_path / "run.log"
    log.write_text(
        "2026-01-01 00:00:01 [scrapy.extensions.logstats] INFO: Crawled 3 pages (at 180 pages/min), "
        "scraped 1 items (at 60 items/min)\n"
        "2026-01-01 00:00:01 [scrapy.core.scraper] INFO: Dropped http://x/1.html: rejected at validate: empty body\n"
        "2026-01-01 00:00:02 [scrapy.extensions.logstats] INFO: Crawled 7 pages (at 240 pages/min), "
        "scraped 4 items (at 180 items/min)\n", encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    bar = Recorder()
    assert _watch(proc, log, bar) == 0
    done, status = bar.updates[-1]
    assert done == 7
    assert status == "7 pages (240/min), 4 articles stored, 1 rejects"
