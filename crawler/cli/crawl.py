"""``newsarchive crawl``: one spider run, safe to start from cron.

* **One run at a time** per spider and archive: an exclusive ``flock`` on a lock
  file (released by the kernel if the run dies, so no stale locks), plus a
  PostgreSQL advisory lock for archives shared by several machines.  A second
  run exits at once with :data:`EXIT_LOCKED`.
* **A child process** runs ``scrapy crawl`` (the Twisted reactor cannot be
  restarted, and a crash must not take the lock holder's bookkeeping with it);
  SIGTERM/SIGINT are passed on so Scrapy shuts down cleanly.
* **A log file per run**: ``<log dir>/<spider>-<UTC timestamp>.log``.
* **The exit status says how it went**, from the ``crawl_runs`` row written
  by :class:`crawler.extensions.CrawlRunRecorder`:

  ===  ====================================================================
   0   finished
   1   failed: spider or store errors, nothing fetched, no run recorded,
       archive unreachable or at an old schema
   2   usage error
  75   another run of this spider on this archive is in progress (EX_TEMPFAIL)
  130  interrupted (SIGINT/SIGTERM)
  ===  ====================================================================
"""

from __future__ import annotations

import hashlib
import re
import os
import signal
import subprocess
import sys
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator

from sqlalchemy import func, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

import click

from crawler import settings as defaults

from crawler.cli import CONTEXT, EXIT_ERROR, EXIT_INTERRUPTED, EXIT_OK, CommandError
from crawler.cli.archive import archive_url, display, first_line, sqlite_path, warc_folder
from crawler.cli.options import KEY_VALUE, common, db_option, warc_dir_option
from crawler.cli.progress import Bar, enabled
from models.crawl import CrawlRun
from models.engine import get_engine
from models.migrate import SchemaError, ensure_schema

#: Another run holds the lock (sysexits.h EX_TEMPFAIL: "try again later").
EXIT_LOCKED = 75
ROOT = Path(__file__).resolve().parents[2]


class Locked(Exception):
    """The lock is held by another run; the message says by whom."""


def lock_name(spider: str, url: str) -> str:
    """File name of the lock of ``spider`` on the archive at ``url``."""
    digest = hashlib.sha1(f"{spider}\0{url}".encode()).hexdigest()[:12]
    return f"newsarchive-{spider}-{digest}.lock"


@contextmanager
def run_lock(spider: str, url: str, lock_dir: Path) -> Iterator[Path]:
    """Hold the run lock file of ``spider`` on ``url`` or raise :class:`Locked` at once."""
    import fcntl

    lock_dir.mkdir(parents=True, exist_ok=True)
    path = lock_dir / lock_name(spider, url)
    fh = open(path, "a+")
    try:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            fh.seek(0)
            holder = fh.read().strip() or "another process"
            raise Locked(f"a crawl of {spider} on this archive is already running ({holder}); "
                         f"lock file {path}") from None
        fh.seek(0)
        fh.truncate()
        fh.write(f"pid {os.getpid()} since {datetime.now(timezone.utc):%Y-%m-%d %H:%M:%S} UTC")
        fh.flush()
        yield path
    finally:
        fh.close()  # closing releases the flock


@contextmanager
def pg_advisory_lock(spider: str, url: str) -> Iterator[None]:
    """On PostgreSQL, also a session advisory lock: runs on other machines see it."""
    if make_url(url).get_backend_name() != "postgresql":
        yield
        return
    key = int.from_bytes(hashlib.sha1(f"newsarchive crawl {spider}".encode()).digest()[:8], "big", signed=True)
    engine = get_engine(url)
    with engine.connect() as conn:
        got = conn.execute(select(func.pg_try_advisory_lock(key))).scalar()
        conn.commit()
        if not got:
            raise Locked(f"a crawl of {spider} on this archive is already running on another machine "
                         f"(PostgreSQL advisory lock {key})")
        try:
            yield
        finally:
            conn.execute(select(func.pg_advisory_unlock(key)))
            conn.commit()


#: Scrapy's periodic stats line, e.g. "Crawled 12 pages (at 60 pages/min), scraped 5 items (at 25 items/min)".
_LOGSTATS = re.compile(r"Crawled (\d+) pages \(at (\d+) pages/min\), scraped (\d+) items")
#: A rejected page, as crawler/logformatter.py logs it.
_DROPPED = re.compile(r"Dropped \S*: rejected at ")
_ERROR_LINE = re.compile(r"\] (?:ERROR|CRITICAL): (.*)$")
#: Spider arguments checked before a crawl starts (a bad one is a usage error, not a failed run).
_DAY_ARGS = ("since", "until")

EPILOG = """\b
Examples:
  newsarchive crawl securities_daily --db /srv/news/archive.db --log-dir /srv/news/logs
  newsarchive crawl securities_daily -a since=2021-05-01 -s CLOSESPIDER_PAGECOUNT=500
crontab:
  17 * * * * cd /srv/news && newsarchive crawl securities_daily --db archive.db --log-dir logs >>logs/cron.log 2>&1"""


def _settings_for(settings: tuple[str, ...]) -> Any:
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "crawler.settings")
    from scrapy.utils.project import get_project_settings

    project = get_project_settings()
    project.setdict(dict(s.split("=", 1) for s in settings), priority="cmdline")
    return project


def check_spider(spider: str, spider_args: tuple[str, ...], settings: tuple[str, ...]) -> None:
    """Refuse, as a usage error, an unknown spider or a spider argument the spider would refuse."""
    from scrapy.spiderloader import SpiderLoader

    from crawler.spiders import profiled

    try:
        known = SpiderLoader.from_settings(_settings_for(settings)).list()
    except ImportError as exc:  # SPIDER_MODULES names a module that is not importable
        raise CommandError(f"cannot load the spiders: {exc}; check -s SPIDER_MODULES", status=2) from exc
    if spider not in known:
        raise CommandError(f"no spider {spider!r}: use one of {', '.join(sorted(known))} (see `scrapy list`)",
                           status=2)
    values = dict(a.split("=", 1) for a in spider_args)
    try:
        for name in _DAY_ARGS:
            profiled.parse_day(name, values.get(name))
        profiled.parse_max_pages(values.get("max_pages"))
        profiled.parse_start_url(values.get("start_url"))
        if "refresh" in values:
            profiled.parse_bool("refresh", values["refresh"])
    except profiled.SpiderArgumentError as exc:
        raise CommandError(f"bad spider argument {exc}", status=2) from exc


def _check_archive(url: str) -> None:
    engine = get_engine(url)
    try:
        ensure_schema(engine, auto_init=True)
    except DBAPIError as exc:
        raise CommandError(f"cannot reach the archive {display(url)}: {first_line(exc)}") from exc
    except SchemaError as exc:
        raise CommandError(str(exc)) from exc


def _last_run_id(url: str, spider: str) -> int:
    with Session(get_engine(url)) as session:
        return session.scalar(select(func.max(CrawlRun.id)).where(CrawlRun.spider == spider)) or 0


def _run_after(url: str, spider: str, after: int) -> CrawlRun | None:
    try:
        with Session(get_engine(url), expire_on_commit=False) as session:
            return session.scalars(select(CrawlRun).where(CrawlRun.spider == spider, CrawlRun.id > after)
                                   .order_by(CrawlRun.id.desc()).limit(1)).first()
    except OperationalError:
        return None


def child_command(spider: str, spider_args: tuple[str, ...], settings: tuple[str, ...], url: str,
                  log_file: Path, warc_root: Path, *, progress: bool = False) -> list[str]:
    """The ``scrapy crawl`` command line of the child process."""
    cmd = [sys.executable, "-m", "scrapy", "crawl", spider]
    for value in spider_args:
        cmd += ["-a", value]
    given = {s.split("=", 1)[0] for s in settings}
    defaults = {"NEWSARCHIVE_DATABASE_URL": url, "LOG_FILE": str(log_file),
                "NEWSARCHIVE_WARC_DIR": str(warc_root.resolve())}
    if progress:  # Scrapy's stats line every second feeds the progress display
        defaults.update({"LOGSTATS_INTERVAL": "1", "LOG_LEVEL": "INFO"})
    for name, value in defaults.items():
        if name not in given:
            cmd += ["-s", f"{name}={value}"]
    for value in settings:
        cmd += ["-s", value]
    return cmd


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("SCRAPY_SETTINGS_MODULE", "crawler.settings")
    # cron starts in $HOME: the project must be importable from anywhere.
    env["PYTHONPATH"] = os.pathsep.join(p for p in [str(ROOT), env.get("PYTHONPATH", "")] if p)
    return env


def _watch(proc: subprocess.Popen[bytes], log_file: Path, bar: Bar) -> int:
    """Wait for the child, drawing its progress from the stats lines of its log."""
    pos = 0
    rejects = 0
    while True:
        try:
            returncode = proc.wait(timeout=0.5)
        except subprocess.TimeoutExpired:
            returncode = None
        if log_file.exists():
            with open(log_file, encoding="utf-8", errors="replace") as fh:
                fh.seek(pos)
                chunk = fh.read()
                pos = fh.tell()
            rejects += len(_DROPPED.findall(chunk))
            stats = _LOGSTATS.findall(chunk)
            if stats:
                pages, rate, items = stats[-1]
                bar.update(int(pages), status=f"{pages} pages ({rate}/min), {items} articles stored, "
                                               f"{rejects} rejects")
        if returncode is not None:
            return returncode


def _run_child(cmd: list[str], log_file: Path, bar: Bar) -> int:
    proc = subprocess.Popen(cmd, env=_child_env())
    forwarded: dict[int, Any] = {}

    def forward(signum: int, _frame: Any) -> None:
        proc.send_signal(signum)

    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        forwarded[sig] = signal.signal(sig, forward)
    try:
        while True:
            try:
                return _watch(proc, log_file, bar)
            except KeyboardInterrupt:  # the child got the same SIGINT; wait for its clean shutdown
                continue
    finally:
        for sig, previous in forwarded.items():
            signal.signal(sig, previous)


def _lock_dir(url: str, lock_dir: str | None, log_dir: Path) -> Path:
    if lock_dir:
        return Path(lock_dir)
    path = sqlite_path(url)
    return Path(path).resolve().parent if path else log_dir


@click.command(context_settings=CONTEXT, epilog=EPILOG)
@click.argument("spider")
@click.option("-a", "spider_args", multiple=True, type=KEY_VALUE, metavar="NAME=VALUE",
              help="spider argument (repeatable)")
@click.option("-s", "settings", multiple=True, type=KEY_VALUE, metavar="NAME=VALUE",
              help="Scrapy setting (repeatable)")
@click.option("--log-dir", default=lambda: defaults.NEWSARCHIVE_LOG_DIR, show_default="logs",
              help="folder for the per-run log files (setting NEWSARCHIVE_LOG_DIR)")
@click.option("--lock-dir", default=None,
              help="folder for lock files (default: beside a SQLite archive, else the log folder)")
@warc_dir_option
@db_option
@common
def command(spider: str, spider_args: tuple[str, ...], settings: tuple[str, ...], log_dir: str,
            lock_dir: str | None, warc_dir: str | None, db: str | None) -> int:
    """Run a spider the way cron needs (lock, log file, exit status).

    Runs one spider into the archive in a child `scrapy crawl` process. A second
    run of the same spider on the same archive exits at once with status 75.
    Each run writes <log dir>/<spider>-<UTC time>.log and a crawl_runs row; the
    exit status is 0 when the run finished cleanly, 1 when it failed (errors,
    nothing fetched, archive unreachable), 2 for a usage error (unknown spider,
    bad -a value), 75 when another run holds the lock, 130 when interrupted. On a
    terminal it shows pages fetched, articles stored, rejects and the log file as
    it goes; in cron it prints one line at the end.
    """
    url = archive_url(db)
    check_spider(spider, spider_args, settings)
    logs = Path(log_dir)
    try:
        with run_lock(spider, url, _lock_dir(url, lock_dir, logs)):
            _check_archive(url)
            with pg_advisory_lock(spider, url):
                try:
                    logs.mkdir(parents=True, exist_ok=True)
                except OSError as exc:
                    raise CommandError(f"cannot create the log folder {logs}: {exc.strerror}; pass --log-dir")
                log_file = logs / f"{spider}-{datetime.now(timezone.utc):%Y%m%dT%H%M%SZ}-{os.getpid()}.log"
                before = _last_run_id(url, spider)
                cmd = child_command(spider, spider_args, settings, url, log_file, warc_folder(warc_dir, db),
                                    progress=enabled())
                with Bar("crawl") as bar:
                    bar.log(f"crawl {spider} into {display(url)}; log {log_file}")
                    bar.update(0, status="starting")
                    returncode = _run_child(cmd, log_file, bar)
                record = _run_after(url, spider, before)
    except Locked as exc:
        print(f"newsarchive: {exc}; not starting another", file=sys.stderr)
        return EXIT_LOCKED
    return report(record, returncode, log_file)


def last_error(log_file: Path) -> str | None:
    """The last ERROR/CRITICAL message of a run's log, for the one-line summary."""
    try:
        lines = log_file.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    for line in reversed(lines):
        m = _ERROR_LINE.search(line)
        if m:
            return m.group(1).strip()
    return None


def report(record: CrawlRun | None, returncode: int, log_file: Path) -> int:
    """Print one summary line; the exit status for the run (see the module docstring)."""
    if record is None:
        why = last_error(log_file)
        print(f"newsarchive: error: the crawl recorded no run (scrapy exit status {returncode})"
              f"{': ' + why if why else ''}; see {log_file}", file=sys.stderr)
        return EXIT_ERROR
    pages = (record.stats or {}).get("downloader/response_count", 0)
    line = (f"crawl run {record.id} {record.status}: {record.articles_new} new, {record.articles_updated} "
            f"updated, {record.rejects} rejects, {pages} pages fetched; log {log_file}")
    if record.status == "finished" and returncode == 0:
        click.echo(line)
        return EXIT_OK
    why = last_error(log_file)
    print(f"newsarchive: error: {line}{' (last error: ' + why + ')' if why else ''}", file=sys.stderr)
    if record.status == "interrupted" or returncode in (-signal.SIGINT, -signal.SIGTERM):
        return EXIT_INTERRUPTED
    return EXIT_ERROR
