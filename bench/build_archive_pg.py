"""Build a large PostgreSQL archive of generated news (same text as ``build_archive.py``), fast.

    python bench/build_archive_pg.py --articles 200000 --url postgresql://postgres@127.0.0.1:5432/bench

The database is dropped and created again, migrated to head with the real
migrations, the search indexes (GIN: ``fts_vector``, ``fts_cjk``, pg_trgm) are set
aside, rows go in with ``COPY`` (the generated ``tsvector`` columns computed on the
way by the server, as at write time), then the indexes are built once and the table
analyzed.  Prints timings.  Same rows as ``build_archive.py`` for the same ``--seed``.

Speed: the server's work (the generated columns, then the GIN builds) is the cost,
not the Python that makes the rows, so ``--jobs`` connections share it: the rows
are dealt in batches to ``--jobs`` parallel ``COPY`` streams, and the indexes are
built side by side, one connection each.  The server processes of the build get
the builder's own niceness (run it under ``nice`` on a shared machine).
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.build_archive import COLUMNS, SOURCES_EN, SOURCES_ZH, band_rows, rows  # noqa: E402


def _recreate(url: str) -> None:
    import psycopg

    base, name = url.rsplit("/", 1)
    with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')


def _connect(url: str):
    """A connection whose server process runs at this process's niceness."""
    import psycopg

    conn = psycopg.connect(url)
    conn.execute("SET TIME ZONE 'UTC'")
    conn.execute("SET synchronous_commit = off")  # a throw-away build
    try:
        os.setpriority(os.PRIO_PROCESS, conn.info.backend_pid, os.getpriority(os.PRIO_PROCESS, 0))
    except OSError:  # another user's process and no privilege: full priority
        pass
    return conn


def _copy_stream(url: str, cols: str, batches: queue.Queue) -> None:
    """One ``COPY`` of every batch put on ``batches`` until None.  On an error the
    rest is drained (the producer never blocks) and the count check fails."""
    try:
        with _connect(url) as conn:
            with conn.cursor().copy(f"COPY articles ({cols}) FROM STDIN") as copy:
                while (batch := batches.get()) is not None:
                    for row in batch:
                        copy.write_row(row)
            conn.commit()
    except Exception as exc:  # noqa: BLE001 - reported, then the count check stops the build
        print(f"COPY stream failed: {exc!r}", file=sys.stderr)
        while batches.get() is not None:
            pass


def _copy_rows(url: str, n: int, seed: int, signatures: bool, jobs: int, timings: dict[str, float]) -> None:
    """Articles (and with ``signatures`` their MinHash and band rows) by ``jobs`` parallel COPYs."""
    t = time.perf_counter()
    cols = COLUMNS + (", minhash" if signatures else "")
    queues = [queue.Queue(maxsize=8) for _ in range(jobs)]
    threads = [threading.Thread(target=_copy_stream, args=(url, cols, q), daemon=True) for q in queues]
    for thread in threads:
        thread.start()
    batch: list = []
    for row in rows(n, seed, signatures=signatures):
        batch.append(row)
        if len(batch) == 500:
            queues[row[0] // 500 % jobs].put(batch)
            batch = []
    for q in queues:
        q.put(batch)
        batch = []
        q.put(None)
    for thread in threads:
        thread.join()
    with _connect(url) as conn:
        if conn.execute("SELECT count(*) FROM articles").fetchone()[0] != n:
            raise RuntimeError("a COPY stream failed: the article count is short")
        conn.execute("SELECT setval(pg_get_serial_sequence('articles', 'id'), (SELECT max(id) FROM articles))")
        conn.commit()
        timings["generate_copy_s"] = time.perf_counter() - t
        if signatures:
            t = time.perf_counter()
            with conn.cursor().copy("COPY article_bands (band, key, article_id) FROM STDIN") as copy:
                for row in band_rows(n, seed):
                    copy.write_row(row)
            conn.commit()
            timings["bands_s"] = time.perf_counter() - t


def _build_index(url: str, name: str, sql: str) -> tuple[str, float]:
    t = time.perf_counter()
    with _connect(url) as conn:
        conn.execute("SET maintenance_work_mem = '1GB'")
        conn.execute(sql)
        conn.commit()
    return name, time.perf_counter() - t


def build(url: str, n: int, seed: int = 7, signatures: bool = False, jobs: int = 2) -> dict[str, float]:
    from models.migrate import upgrade

    timings: dict[str, float] = {}
    t = time.perf_counter()
    _recreate(url)
    upgrade(url)
    timings["migrate_s"] = time.perf_counter() - t
    with _connect(url) as conn:
        indexes = conn.execute("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'articles' "
                               "AND indexdef LIKE '%USING gin%'").fetchall()
        for name, _ in indexes:
            conn.execute(f"DROP INDEX {name}")
        now = datetime.now(timezone.utc).replace(tzinfo=None)
        for sid, (name, domain) in enumerate(SOURCES_EN + SOURCES_ZH, start=1):
            conn.execute("INSERT INTO sources (id, name, domain, kind, language, created_at) "
                         "VALUES (%s, %s, %s, 'original', %s, %s)", (sid, name, domain, "zh" if sid > 4 else "en", now))
        conn.commit()
    _copy_rows(url, n, seed, signatures, jobs, timings)
    t = time.perf_counter()
    # The biggest first (the body trigrams), so the others fill the other connections.
    order = sorted(indexes, key=lambda ix: ("body_trgm" not in ix[0], "cjk" not in ix[0]))
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        for name, seconds in pool.map(lambda ix: _build_index(url, *ix), order):
            timings[f"{name}_s"] = seconds
    timings["indexes_s"] = time.perf_counter() - t
    with _connect(url) as conn:
        t = time.perf_counter()
        conn.execute("ANALYZE")
        conn.commit()
        timings["analyze_s"] = time.perf_counter() - t
        size = conn.execute("SELECT pg_database_size(current_database())").fetchone()[0]
    timings["size_mb"] = size / 1e6
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=200_000)
    parser.add_argument("--url", default="postgresql://postgres@127.0.0.1:5432/newsarchive_bench")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--signatures", action="store_true", help="near-duplicate signatures and band rows too")
    parser.add_argument("--jobs", type=int, default=2, help="parallel COPY streams and index builds")
    args = parser.parse_args()
    started = time.perf_counter()
    timings = build(args.url, args.articles, args.seed, signatures=args.signatures, jobs=max(1, args.jobs))
    timings["total_s"] = time.perf_counter() - started
    print(json.dumps({"articles": args.articles, "url": args.url, **{k: round(v, 1) for k, v in timings.items()}}))


if __name__ == "__main__":
    main()
