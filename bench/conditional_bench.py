"""A second crawl of the sample site with and without validators (same run).

    python bench/conditional_bench.py [--rounds 3]

Crawls the bundled sample site once into a fresh archive, then, for each round, copies
that archive twice and crawls the (unchanged) site again into each copy: once with
conditional requests (the default) and once with ``NEWSARCHIVE_CONDITIONAL_ENABLED=0``,
alternating which goes first.  Prints, per mode, the median of the bytes downloaded
(``downloader/response_bytes``), responses, 304s, and the Scrapy elapsed time, and
the ratios with/without.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from crawler.sample_site import serve  # noqa: E402


def crawl(site_url: str, workdir: Path, conditional: bool) -> dict:
    db = workdir / "a.db"
    settings = {
        "NEWSARCHIVE_DATABASE_URL": f"sqlite:///{db}", "NEWSARCHIVE_WARC_DIR": str(workdir / "warc"),
        "NEWSARCHIVE_SPOOL_DIR": str(workdir / "spool"), "DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": 0,
        "LOG_LEVEL": "WARNING", "TELNETCONSOLE_ENABLED": 0,
        "NEWSARCHIVE_CONDITIONAL_ENABLED": int(conditional),
    }
    cmd = [sys.executable, "-m", "scrapy", "crawl", "securities_daily", "-a", f"start_url={site_url}"]
    for key, value in settings.items():
        cmd += ["-s", f"{key}={value}"]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEWSARCHIVE_", "SCRAPY_"))}
    env["PYTHONPATH"] = str(ROOT)
    subprocess.run(cmd, cwd=ROOT, env=env, check=True, capture_output=True, timeout=300)
    with sqlite3.connect(db) as conn:
        stats = json.loads(conn.execute("SELECT stats FROM crawl_runs ORDER BY id DESC LIMIT 1").fetchone()[0])
    return {"bytes": stats.get("downloader/response_bytes", 0),
            "responses": stats.get("downloader/response_count", 0),
            "not_modified": stats.get("newsarchive/conditional/not_modified", 0),
            "seconds": stats.get("elapsed_time_seconds", 0.0)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args(argv)
    results: dict[bool, list[dict]] = {True: [], False: []}
    with tempfile.TemporaryDirectory() as tmp, serve() as site:
        base = Path(tmp) / "base"
        base.mkdir()
        crawl(site.url, base, conditional=True)
        for r in range(args.rounds):
            for conditional in ((True, False) if r % 2 == 0 else (False, True)):
                work = Path(tmp) / f"r{r}-{int(conditional)}"
                work.mkdir()
                shutil.copy(base / "a.db", work / "a.db")
                results[conditional].append(crawl(site.url, work, conditional))
    med = {mode: {k: statistics.median(x[k] for x in runs) for k in runs[0]} for mode, runs in results.items()}
    print(f"second crawl of the sample site, {args.rounds} rounds, medians")
    print(f"{'mode':<22}{'bytes':>10}{'responses':>11}{'304s':>6}{'seconds':>9}")
    for mode, label in ((True, "with validators"), (False, "without validators")):
        m = med[mode]
        print(f"{label:<22}{m['bytes']:>10.0f}{m['responses']:>11.0f}{m['not_modified']:>6.0f}{m['seconds']:>9.2f}")
    on, off = med[True], med[False]
    print(f"ratio with/without: bytes {on['bytes'] / max(off['bytes'], 1):.2f}, "
          f"time {on['seconds'] / max(off['seconds'], 1e-9):.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
