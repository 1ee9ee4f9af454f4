"""Build a large PostgreSQL archive of generated news (same text as ``build_archive.py``), fast.

    python bench/build_archive_pg.py --articles 200000 --url postgresql://postgres@127.0.0.1:5432/bench

The database is dropped and created again, migrated to head with the real
migrations, the search indexes (GIN: ``fts_vector``, ``fts_cjk``, pg_trgm) are set
aside, rows go in with ``COPY`` (the generated ``tsvector`` columns computed on the
way, as at write time), then the indexes are built once and the table analyzed.
Prints timings.  Same rows as ``build_archive.py`` for the same ``--seed``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
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


def _copy_rows(conn, n: int, seed: int, signatures: bool, timings: dict[str, float]) -> None:
    """Articles (and with ``signatures`` their MinHash and band rows) by COPY."""
    t = time.perf_counter()
    cols = COLUMNS + (", minhash" if signatures else "")
    with conn.cursor().copy(f"COPY articles ({cols}) FROM STDIN") as copy:
        for row in rows(n, seed, signatures=signatures):
            copy.write_row(row)
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


def build(url: str, n: int, seed: int = 7, signatures: bool = False) -> dict[str, float]:
    import psycopg

    from models.migrate import upgrade

    timings: dict[str, float] = {}
    t = time.perf_counter()
    _recreate(url)
    upgrade(url)
    timings["migrate_s"] = time.perf_counter() - t
    with psycopg.connect(url) as conn:
        conn.execute("SET TIME ZONE 'UTC'")
        indexes = conn.execute("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'articles' "
                               "AND indexdef LIKE '%USING gin%'").fetchall()
        for name, _ in indexes:
            conn.execute(f"DROP INDEX {name}")
        now = datetime.now(timezone.utc).replace(tzinfo=None)
        for sid, (name, domain) in enumerate(SOURCES_EN + SOURCES_ZH, start=1):
            conn.execute("INSERT INTO sources (id, name, domain, kind, language, created_at) "
                         "VALUES (%s, %s, %s, 'original', %s, %s)", (sid, name, domain, "zh" if sid > 4 else "en", now))
        _copy_rows(conn, n, seed, signatures, timings)
        conn.execute("SET maintenance_work_mem = '1GB'")
        for name, sql in indexes:
            t = time.perf_counter()
            conn.execute(sql)
            conn.commit()
            timings[f"{name}_s"] = time.perf_counter() - t
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
    args = parser.parse_args()
    started = time.perf_counter()
    timings = build(args.url, args.articles, args.seed, signatures=args.signatures)
    timings["total_s"] = time.perf_counter() - started
    print(json.dumps({"articles": args.articles, "url": args.url, **{k: round(v, 1) for k, v in timings.items()}}))


if __name__ == "__main__":
    main()
