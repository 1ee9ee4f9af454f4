"""Export streams: memory stays flat as the archive grows (JSON lines, CSV, Parquet)."""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from models.export import COLUMNS, export
from models.engine import get_engine

BODY = ("Markets rallied as the central bank signalled patience on rates. " * 30).strip()  # ~2 KB


def fill(url: str, n: int, start: int = 1) -> None:
    """``n`` articles inserted in bulk (FTS triggers set aside on SQLite: not what is measured)."""
    engine = get_engine(url)
    rows = [{"id": i, "u": f"http://e.com/{i}", "t": f"Title {i}", "b": f"{i} {BODY}", "h": f"{i:064x}"}
            for i in range(start, start + n)]
    with engine.begin() as conn:
        if engine.dialect.name == "sqlite":
            conn.execute(text("DROP TRIGGER IF EXISTS articles_fts_ai"))
        conn.execute(text(
            "INSERT INTO articles (id, canonical_url, url, title, authors, body, blocks, content_hash, word_count, "
            "version_count, first_seen_at, published_at, language) VALUES (:id, :u, :u, :t, '[]', :b, '[]', :h, "
            "10, 1, '2024-01-01 00:00:00', '2024-01-02 00:00:00', 'en')"), rows)


def peak_bytes(url: str, fmt: str, out: Path) -> int:
    with Session(get_engine(url)) as session:
        tracemalloc.start()
        try:
            n = export(session, fmt, str(out), fetch_rows=200)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert n > 0
    return peak


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_text_export_memory_is_flat(sqlite_url, tmp_path, fmt):
    fill(sqlite_url, 2000)
    small = peak_bytes(sqlite_url, fmt, tmp_path / f"a.{fmt}")
    fill(sqlite_url, 6000, start=2001)  # 4x the rows, ~16 MB of text
    big = peak_bytes(sqlite_url, fmt, tmp_path / f"b.{fmt}")
    size = (tmp_path / f"b.{fmt}").stat().st_size
    # Generous bounds: the peak does not grow with the archive and is far below the data.
    assert big < small * 1.5 + 512 * 1024, (small, big)
    assert big < size / 4, (big, size)
    if fmt == "jsonl":
        lines = (tmp_path / "b.jsonl").read_text(encoding="utf-8").splitlines()
        assert len(lines) == 8000 and list(json.loads(lines[0])) == COLUMNS


def test_parquet_export_memory_is_flat_and_in_row_groups(sqlite_url, tmp_path, monkeypatch):
    import pyarrow as pa
    import pyarrow.parquet as pq

    import models.export as export_module

    original = export_module.write_parquet
    monkeypatch.setattr(export_module, "write_parquet", lambda rows, path: original(rows, path, row_group_rows=1000))
    pool = pa.default_memory_pool()

    def arrow_peak(out: Path) -> int:
        before = pool.max_memory()
        py = peak_bytes(sqlite_url, "parquet", out)
        return py + max(0, pool.max_memory() - before)

    fill(sqlite_url, 2000)
    small = arrow_peak(tmp_path / "a.parquet")
    fill(sqlite_url, 6000, start=2001)
    big = arrow_peak(tmp_path / "b.parquet")
    assert big < small * 1.5 + 1024 * 1024, (small, big)
    meta = pq.ParquetFile(tmp_path / "b.parquet").metadata
    assert meta.num_rows == 8000 and meta.num_row_groups == 8
    table = pq.read_table(tmp_path / "b.parquet", columns=["id", "published_at", "authors"])
    assert table.schema.field("published_at").type == pa.timestamp("us", tz="UTC")
    assert table.column("id").to_pylist()[:3] == [1, 2, 3]


def test_postgres_export_streams(pg_url, tmp_path):
    fill(pg_url, 500)
    with Session(get_engine(pg_url)) as session:
        assert export(session, "jsonl", str(tmp_path / "a.jsonl"), fetch_rows=100) == 500
    assert len((tmp_path / "a.jsonl").read_text().splitlines()) == 500
