"""Shared helpers for the spider, sample-site and crawl tests.

Import what a test module needs: ``from tests.conftest_crawl import sample_site, run_crawl``
(importing a fixture into a test module registers it).

* :func:`sample_site` -- the bundled sample site served on ``127.0.0.1:0`` in the test
  process, so a test can read its request log (``site.paths()``) and switch it to v2.
* :func:`run_crawl` -- the REAL crawl, ``python -m scrapy crawl ...`` in a subprocess
  (the Twisted reactor cannot restart inside one test process), against a SQLite
  file; returns a :class:`CrawlResult` whose ``rows()`` runs SQL on that file.
* :func:`site_response` -- a sample-site page as a Scrapy response, for callback tests.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

import pytest

ROOT = Path(__file__).resolve().parent.parent

from crawler.sample_site import SampleSite, pages, serve  # noqa: E402


@pytest.fixture
def sample_site() -> Iterator[SampleSite]:
    """The sample site (version 1) on a free 127.0.0.1 port."""
    with serve() as site:
        yield site


def manifest(**where: Any) -> list[dict[str, Any]]:
    """Entries of ``_pages.json`` matching every ``key=value`` given."""
    return [p for p in pages() if all(p.get(k) == v for k, v in where.items())]


def page(key: str) -> dict[str, Any]:
    (entry,) = manifest(key=key)
    return entry


def canonical(path: str) -> str:
    """Canonical URL the archive stores for a sample-site path (mirror host mapped
    back to the real site; ``www.`` dropped by :func:`pipelines.dedup.canonical_url`)."""
    return f"http://zqrb.cn{path}"


@dataclass
class CrawlResult:
    returncode: int
    stdout: str
    stderr: str
    db_path: Path
    seconds: float

    def rows(self, sql: str, *params: Any) -> list[tuple]:
        with sqlite3.connect(self.db_path) as conn:
            return conn.execute(sql, params).fetchall()

    def scalar(self, sql: str, *params: Any) -> Any:
        rows = self.rows(sql, *params)
        return rows[0][0] if rows else None

    def last_run(self) -> dict[str, Any]:
        """The newest ``crawl_runs`` row as a dict, ``stats`` and ``args`` decoded."""
        with sqlite3.connect(self.db_path) as conn:
            conn.row_factory = sqlite3.Row
            row = conn.execute("SELECT * FROM crawl_runs ORDER BY id DESC LIMIT 1").fetchone()
        assert row is not None, f"no crawl_runs row; stderr tail:\n{self.stderr[-3000:]}"
        out = dict(row)
        for key in ("stats", "args"):
            if isinstance(out.get(key), str):
                out[key] = json.loads(out[key])
        return out

    def stat(self, key: str, default: Any = 0) -> Any:
        return self.last_run()["stats"].get(key, default)

    def check(self) -> "CrawlResult":
        assert self.returncode == 0, f"crawl exited {self.returncode}; stderr tail:\n{self.stderr[-4000:]}"
        return self


def run_crawl(site_url: str, workdir: Path, *, spider: str = "securities_daily", args: dict[str, Any] | None = None,
              settings: dict[str, Any] | None = None, timeout: float = 180) -> CrawlResult:
    """``scrapy crawl <spider> -a start_url=<site_url>`` into ``<workdir>/a.db``, in a subprocess.

    Politeness off (``DOWNLOAD_DELAY=0``, no AutoThrottle): the site is ours and local.
    The WARC files go to ``<workdir>/warc``, the spool to ``<workdir>/spool``.
    """
    import time

    workdir.mkdir(parents=True, exist_ok=True)
    db_path = workdir / "a.db"
    cmd = [sys.executable, "-m", "scrapy", "crawl", spider, "-a", f"start_url={site_url}"]
    for key, value in (args or {}).items():
        cmd += ["-a", f"{key}={value}"]
    all_settings = {
        "NEWSARCHIVE_DATABASE_URL": f"sqlite:///{db_path}",
        "NEWSARCHIVE_WARC_DIR": str(workdir / "warc"),
        "NEWSARCHIVE_SPOOL_DIR": str(workdir / "spool"),
        "DOWNLOAD_DELAY": 0,
        "AUTOTHROTTLE_ENABLED": 0,
        "LOG_LEVEL": "INFO",
        "TELNETCONSOLE_ENABLED": 0,
        **(settings or {}),
    }
    for key, value in all_settings.items():
        cmd += ["-s", f"{key}={value}"]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEWSARCHIVE_", "SCRAPY_"))}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    started = time.monotonic()
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)
    return CrawlResult(proc.returncode, proc.stdout, proc.stderr, db_path, time.monotonic() - started)


def site_response(path: str, *, version: int = 1, base: str = "http://127.0.0.1:8000", meta: dict | None = None,
                  request_kwargs: dict | None = None):
    """The sample-site page at ``path`` as the Scrapy response a crawl would get
    (bytes and headers exactly as served, status included), tied to a request."""
    from scrapy.http import Request
    from scrapy.responsetypes import responsetypes

    site = SampleSite.__new__(SampleSite)  # resolve() only: no server needed
    site.root = Path(__file__).resolve().parent.parent / "crawler" / "sample_site"
    site._version = version
    site.validators = False  # a plain response, whatever a crawl sent before
    site._headers = json.loads((site.root / "_headers.json").read_text(encoding="utf-8"))
    site._redirects = json.loads((site.root / "_redirects.json").read_text(encoding="utf-8"))
    status, headers, body = site.resolve(path)
    url = base + path
    cls = responsetypes.from_args(headers={k.encode(): v.encode() for k, v in headers.items()}, url=url, body=body)
    request = Request(url, meta=dict(meta or {}), **(request_kwargs or {}))
    return cls(url=url, status=status, headers=headers, body=body, request=request)
