"""The long fault suite (issue 12, item 8): a loopback crawl of the hostile site with
thousands of good articles, hurt on purpose, then run again; prints what was lost,
duplicated and rejected with a reason.

    .venv/bin/python bench/fault_suite.py                     # every scenario, 2,000 articles
    .venv/bin/python bench/fault_suite.py --articles 500 --only kill30 outage
    .venv/bin/python bench/fault_suite.py --code /work/main   # the same faults against other code

Scenarios: ``kill30``/``kill70`` (SIGKILL of the crawling process at 30%, of the
wrapper *and* its child at 70%), ``overlap`` (a second cron run while the first one's
wrapper is dead), ``outage`` (PostgreSQL cut off for a few seconds mid-crawl, through a
TCP proxy; needs the server), ``diskfull`` (archive and WARC on a tmpfs that fills up;
needs root).  Each is followed by a clean rerun.  Figures, after the rerun:

* **lost**: good articles (and pages with a mere flaw) not in the archive;
* **duplicated**: article rows sharing a canonical URL, or versions beyond the first
  (the content never changes);
* **refetched**: article pages downloaded more than once over both runs: pages in
  flight or not yet written when the process died are fetched again (correct); an
  article that was *spooled* must not be (``spooled_downloaded_again`` in ``outage``);
* **rejected with reason** / **expected**: reject rows for the hostile pages.

The fast cases of every fault are in ``tests/`` (``test_hostile_pages``, ``test_crash_safe``,
``test_outage``, ``test_disk_full``, ``test_hostile_queries``).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, text  # noqa: E402

from tests.conftest_faults import (HoldingSite, TcpProxy, child_pids, crawl_cmd, fill_disk,  # noqa: E402
                                   mount_small_disk, unmount)
from tests.fixtures.hostile_site import KINDS, RESOURCE_REJECTS, build  # noqa: E402

PG_ADMIN = os.environ.get("NEWSARCHIVE_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/test")


def env_for(code: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEWSARCHIVE_", "SCRAPY_"))}
    env["PYTHONPATH"] = os.pathsep.join([str(code), str(ROOT)])
    return env


def start(code: Path, db: str, site: str, work: Path, *settings: str, warc: Path | None = None) -> subprocess.Popen:
    cmd = crawl_cmd(db, site, work, "CONCURRENT_REQUESTS=8", *settings)
    if warc is not None:
        cmd[cmd.index("--warc-dir") + 1] = str(warc)
    return subprocess.Popen(cmd, cwd=work, env=env_for(code), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def count(db: str) -> int:
    engine = create_engine(db)
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT count(*) FROM articles")).scalar() or 0
    except Exception:  # the table does not exist yet, the database is cut off ...: not there yet
        return 0
    finally:
        engine.dispose()


def wait_count(db: str, target: int, proc: subprocess.Popen, timeout: float = 600) -> int:
    end = time.monotonic() + timeout
    while time.monotonic() < end and proc.poll() is None:
        n = count(db)
        if n >= target:
            return n
        time.sleep(0.2)
    return count(db)


def figures(db: str, expected: set[str], paths: list[str]) -> dict[str, Any]:
    engine = create_engine(db)
    with engine.connect() as conn:
        urls = [u for (u,) in conn.execute(text("SELECT url FROM articles"))]
        canon_dups = conn.execute(text(
            "SELECT count(*) FROM (SELECT canonical_url FROM articles GROUP BY canonical_url HAVING count(*) > 1) d"
        )).scalar()
        extra_versions = conn.execute(text("SELECT count(*) FROM article_versions WHERE version > 1")).scalar()
        rejects = conn.execute(text("SELECT url, reason FROM rejects")).all()
        runs = [s for (s,) in conn.execute(text("SELECT status FROM crawl_runs ORDER BY id"))]
    engine.dispose()
    got = {"/" + u.split("/", 3)[3] for u in urls}
    article_paths = [p for p in paths if p.startswith("/en/news/")]
    refetched = sum(1 for p in set(article_paths) if article_paths.count(p) > 1 and p in expected)
    hostile = {p for p, (stage, _s) in ((f"/en/news/2021-05-27/{k}.html", v) for k, v in KINDS.items()) if stage}
    hostile |= set(RESOURCE_REJECTS)
    reasoned = {"/" + u.split("/", 3)[3] for u, r in rejects if u and r and r.strip()}
    return {"lost": len(expected - got), "duplicated": canon_dups + extra_versions, "refetched": refetched,
            "rejected_with_reason": len(hostile & reasoned), "expected_rejects": len(hostile), "runs": runs}


def finish(proc: subprocess.Popen, timeout: float = 900) -> tuple[int, str]:
    try:
        _out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        _out, err = proc.communicate()
    return proc.returncode, (err.strip().splitlines() or [""])[-1][:160]


def scenario_kill(code: Path, site: HoldingSite, work: Path, db: str, n: int, *, fraction: float,
                  whole_run: bool) -> dict[str, Any]:
    first = start(code, db, site.url, work)
    reached = wait_count(db, int(n * fraction), first)
    kids = child_pids(first.pid)
    if whole_run:
        first.send_signal(signal.SIGKILL)
    for pid in kids:
        os.kill(pid, signal.SIGKILL)
    first_rc, first_err = finish(first)
    second = start(code, db, site.url, work)
    rc, err = finish(second)
    return {"killed_at": reached, "first_exit": first_rc, "first_stderr": first_err, "rerun_exit": rc,
            "rerun_stderr": err}


def scenario_overlap(code: Path, site: HoldingSite, work: Path, db: str, n: int) -> dict[str, Any]:
    first = start(code, db, site.url, work)
    wait_count(db, int(n * 0.3), first)
    kids = child_pids(first.pid)
    first.send_signal(signal.SIGKILL)  # the wrapper dies; its crawling child carries on
    first.wait()
    second = start(code, db, site.url, work)
    rc2, err2 = finish(second)  # exits 75 at once, unless the lock died with the wrapper
    for pid in kids:
        while Path(f"/proc/{pid}").exists() and Path(f"/proc/{pid}/stat").read_text().split(")")[1].split()[0] != "Z":
            time.sleep(0.2)
    third = start(code, db, site.url, work)
    rc3, err3 = finish(third)
    return {"second_exit": rc2, "second_stderr": err2, "overlapped": rc2 != 75,
            "rerun_exit": rc3, "rerun_stderr": err3}


def scenario_outage(code: Path, site: HoldingSite, work: Path, db: str, n: int, proxy: TcpProxy) -> dict[str, Any]:
    first = start(code, proxy.url(db), site.url, work, "NEWSARCHIVE_LOCK_CHECK_INTERVAL=1")
    reached = wait_count(db, int(n * 0.5), first)
    proxy.down()
    time.sleep(4)
    proxy.up()
    rc1, err1 = finish(first)
    spooled = [json.loads(line).get("url") or "" for f in (work / "spool").glob("run-*.jsonl")
               for line in f.read_text().splitlines()]
    before = list(site.paths())
    engine = create_engine(db)
    with engine.connect() as conn:
        stats = conn.execute(text("SELECT stats FROM crawl_runs ORDER BY id LIMIT 1")).scalar() or {}
    engine.dispose()
    stats = json.loads(stats) if isinstance(stats, str) else stats
    lock = {k.rsplit("/", 1)[1]: v for k, v in stats.items() if k.startswith("newsarchive/lock/")}
    second = start(code, proxy.url(db), site.url, work)
    rc2, err2 = finish(second)
    again = site.paths()[len(before):]
    spooled_paths = {"/" + u.split("/", 3)[3] for u in spooled if u.count("/") >= 3}
    return {"cut_at": reached, "first_exit": rc1, "first_stderr": err1, "advisory_lock": lock, "spooled": len(spooled),
            "spooled_downloaded_again": len(spooled_paths & set(again)), "rerun_exit": rc2, "rerun_stderr": err2}


def scenario_diskfull(code: Path, site: HoldingSite, work: Path, n: int) -> dict[str, Any] | None:
    disk = work / "disk"
    if not mount_small_disk(disk, "64m"):
        return None
    fill_disk(disk, leave=(1 << 20) + n * 6000)  # the reserve, then about 40% of the crawl
    db = f"sqlite:///{disk / 'a.db'}"
    first = start(code, db, site.url, work, warc=disk / "warc")
    rc1, err1 = finish(first)
    try:
        with create_engine(db).connect() as conn:
            status = conn.execute(text("SELECT status FROM crawl_runs ORDER BY id DESC LIMIT 1")).scalar()
    except Exception as exc:  # the bench reports what it finds
        status = f"unreadable: {type(exc).__name__}"
    stored = count(db)
    readable = _warc_readable(disk / "warc")
    (disk / "filler.bin").unlink()
    second = start(code, db, site.url, work, warc=disk / "warc")
    rc2, err2 = finish(second)
    return {"stored_before_full": stored, "first_exit": rc1, "first_stderr": err1, "run_row_after_first": status,
            "warc_readable_after_first": readable, "rerun_exit": rc2, "rerun_stderr": err2, "db": db}


def _warc_readable(folder: Path) -> bool:
    from crawler.warc import iter_responses

    try:
        for path in folder.glob("*.warc.gz"):
            for _r in iter_responses(path):
                pass
    except Exception:
        return False
    return True


def pg_database() -> tuple[str, Callable[[], None]] | None:
    import psycopg
    from sqlalchemy.engine import make_url

    try:
        admin = psycopg.connect(PG_ADMIN, autocommit=True, connect_timeout=5)
    except psycopg.OperationalError:
        return None
    name = f"na_fault_{uuid.uuid4().hex[:10]}"
    admin.execute(f'CREATE DATABASE "{name}"')
    url = make_url(PG_ADMIN).set(drivername="postgresql+psycopg", database=name).render_as_string(False)

    def drop() -> None:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()
    return url, drop


def run_scenario(name: str, code: Path, n: int, base: Path) -> dict[str, Any] | None:
    work = base / name
    work.mkdir(parents=True)
    paths = build(work / "site", good=n)
    expected = set(paths["good"]) | {f"/en/news/2021-05-27/{k}.html" for k, (s, _r) in KINDS.items() if s is None}
    with HoldingSite(root=work / "site") as site:
        drop = None
        if name == "outage":
            pg = pg_database()
            if pg is None:
                return None
            db, drop = pg
            subprocess.run([sys.executable, "-m", "crawler.cli", "db", "upgrade", "--db", db], env=env_for(code),
                           capture_output=True, cwd=work)
            from sqlalchemy.engine import make_url

            proxy = TcpProxy(make_url(db).port or 5432)
            try:
                result = scenario_outage(code, site, work, db, n, proxy)
            finally:
                proxy.close()
        elif name == "diskfull":
            result = scenario_diskfull(code, site, work, n)
            if result is None:
                return None
            db = result.pop("db")
        else:
            db = f"sqlite:///{work / 'a.db'}"
            if name == "overlap":
                result = scenario_overlap(code, site, work, db, n)
            else:
                result = scenario_kill(code, site, work, db, n, fraction=0.3 if name == "kill30" else 0.7,
                                       whole_run=name == "kill70")
        result.update(figures(db, expected, site.paths()))
        if name == "diskfull":
            unmount(work / "disk")
        if drop is not None:
            drop()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--code", type=Path, default=ROOT, help="code root whose crawler is run (default: this one)")
    parser.add_argument("--only", nargs="*", default=["kill30", "kill70", "overlap", "outage", "diskfull"])
    args = parser.parse_args(argv)
    base = Path(tempfile.mkdtemp(prefix="fault_suite_"))
    print(f"fault suite: {args.articles} good articles + {len(KINDS)} hostile pages, code {args.code}")
    for name in args.only:
        started = time.monotonic()
        result = run_scenario(name, args.code.resolve(), args.articles, base)
        if result is None:
            print(f"{name:9} skipped (needs {'PostgreSQL' if name == 'outage' else 'root for a tmpfs'})")
            continue
        head = {k: result.pop(k) for k in ("lost", "duplicated", "refetched", "rejected_with_reason",
                                           "expected_rejects")}
        print(f"{name:9} lost={head['lost']} duplicated={head['duplicated']} refetched={head['refetched']} "
              f"rejected_with_reason={head['rejected_with_reason']}/{head['expected_rejects']} "
              f"({time.monotonic() - started:.0f}s)")
        for key, value in result.items():
            print(f"{'':11}{key}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
