"""Crawl speed and memory into a large archive against an empty one, same run.

    python bench/crawl_scale.py [--archive-articles 1000000] [--pages 200] [--rounds 3]

Builds a SQLite archive of generated articles (``bench/build_archive.py``: full-text
indexes included), every article with a near-duplicate signature and its LSH band
rows (random values: they never collide with real pages, as unrelated stories do
not), written with the rows.  Then, interleaved round by round, crawls ``--pages`` new articles of the
flagship layout (``bench/crawl_site.py``) into (a) a new, empty archive and (b) the
large one; after each large-archive round the new rows are deleted again.  Prints the
median pages/s and peak RSS of both and their ratios (target: >= 0.9x the speed, RSS
within 10%).
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.crawl_speed import _settings, run  # noqa: E402


def delete_after(path: Path, last_id: int) -> None:
    con = sqlite3.connect(path)
    con.execute("PRAGMA foreign_keys=ON")
    con.execute("DELETE FROM articles WHERE id > ?", (last_id,))
    con.execute("DELETE FROM rejects")
    con.execute("DELETE FROM crawl_runs")
    con.commit()
    con.close()


def crawl(url: str, db: Path, work: Path) -> dict[str, float]:
    env = {**os.environ, "NEWSARCHIVE_DATABASE_URL": f"sqlite:///{db}", "NEWSARCHIVE_WARC_DIR": str(work / "warc"),
           "NEWSARCHIVE_SPOOL_DIR": str(work / "spool")}
    cmd = [sys.executable, "-m", "scrapy", "crawl", "securities_daily", "-a", f"start_url={url}", *_settings({})]
    return run(cmd, env, ROOT)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--archive-articles", type=int, default=1_000_000)
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--big", type=Path, help="reuse this large archive (made by an earlier run or by "
                        "bench/build_archive.py --signatures)")
    parser.add_argument("--no-cjk-grams", action="store_true", help="leave articles_fts_cjk (Datasette only) empty")
    args = parser.parse_args(argv)
    from bench.build_archive import build

    work = Path(tempfile.mkdtemp(prefix="crawl-scale-"))
    big = args.big or work / "big.db"
    if args.big is None:
        timings = build(big, args.archive_articles, signatures=True, cjk_grams=not args.no_cjk_grams)
        print(json.dumps({k: round(v, 1) for k, v in timings.items()}), flush=True)
    last_id = sqlite3.connect(big).execute("SELECT max(id) FROM articles").fetchone()[0]
    server = subprocess.Popen([sys.executable, str(ROOT / "bench" / "crawl_site.py"), "flagship",
                               "--articles", str(args.pages)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    url = server.stdout.readline().strip()
    empty, large = [], []
    try:
        for r in range(args.rounds):
            empty.append(crawl(url, work / f"empty-{r}.db", work / f"e{r}"))
            large.append(crawl(url, big, work / f"l{r}"))
            delete_after(big, last_id)
            print(f"  round {r + 1}: empty {empty[-1]['rate']:.1f} pages/s rss {empty[-1]['rss_mb']:.0f} MB "
                  f"(tree {empty[-1]['tree_mb']:.0f}); {last_id} articles {large[-1]['rate']:.1f} pages/s "
                  f"rss {large[-1]['rss_mb']:.0f} MB (tree {large[-1]['tree_mb']:.0f})", flush=True)
    finally:
        server.stdin.close()
        server.wait()
    e_rate, l_rate = statistics.median(x["rate"] for x in empty), statistics.median(x["rate"] for x in large)
    e_rss, l_rss = statistics.median(x["rss_mb"] for x in empty), statistics.median(x["rss_mb"] for x in large)
    print(f"\ncrawl of {args.pages} new pages, median of {args.rounds} interleaved rounds:")
    print(f"  empty archive        {e_rate:6.1f} pages/s  peak RSS {e_rss:5.0f} MB")
    print(f"  {last_id:>9,} articles  {l_rate:6.1f} pages/s  peak RSS {l_rss:5.0f} MB")
    print(f"  speed ratio {l_rate / e_rate:.2f}x, RSS ratio {l_rss / e_rss:.2f}x  (archive kept at {big})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
