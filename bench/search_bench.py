"""Latency of 100 varied searches (English and Chinese, with and without filters).

    python bench/search_bench.py --db /tmp/newsarchive-bench/archive.db
    python bench/search_bench.py --url postgresql://postgres@127.0.0.1:5432/newsarchive_bench

Runs :func:`models.search.search` (the function behind ``newsarchive search``)
through SQLAlchemy, as a user would, after a warm-up of ten other queries, and
prints p50/p95/max in milliseconds plus the slowest queries.  Target: p95 under
50 ms on SQLite for a 1,000,000-article archive (``bench/build_archive.py``), under
100 ms on PostgreSQL (``bench/build_archive_pg.py``, the same generated text).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

EN = ["inflation", "monetary policy", "interest rates", "bond yields", "Powell", "Lagarde", "Evergrande",
      "semiconductor", "lithium", "bitcoin mining", "tariffs", "unemployment", "stimulus", "default",
      "central bank", "housing prices", "oil futures", "quarterly earnings", "IPO", "Nvidia chips",
      "dividend buyback", "recession", "copper", "insurance", "\"rate cut\"", "renewable energy",
      "Hang Seng", "record high", "property developer", "liquidity", "yuan", "Goldman Sachs",
      "volatility", "payrolls", "solar", "Tencent", "trade deficit", "pension", "fintech", "gold"]
ZH = ["央行", "降息", "通胀", "股市", "房地产", "人民币汇率", "货币政策", "比特币", "新能源汽车", "宁德时代",
      "芯片", "证监会", "北向资金", "稳增长", "光伏", "锂资源", "净利润", "同比增长", "科创板", "数字经济",
      "央行 降息", "房企 违约", "碳中和", "人工智能", "大模型", "港股", "外汇储备", "消费", "基础设施", "黄金",
      "茅台", "失业率", "国务院 会议", "关税 出口", "银行理财", "化解 风险", "上半年 净利润", "金融委 比特币"]
SOURCES_EN = ["Reuters Wire", "Market Daily", "Finance Times Asia", "Global Markets"]
SOURCES_ZH = ["证券日报", "上海证券报", "财经网", "第一财经"]


def queries(seed: int = 3) -> list[tuple[str, dict]]:
    rnd = random.Random(seed)
    out: list[tuple[str, dict]] = []
    for i in range(100):
        zh = i % 5 in (1, 3)  # 40% Chinese
        q = rnd.choice(ZH if zh else EN)
        kw: dict = {}
        r = rnd.random()
        if r < 0.15:
            kw["source"] = rnd.choice(SOURCES_ZH if zh else SOURCES_EN)
        elif r < 0.30:
            year = rnd.randint(2019, 2024)
            kw["since"] = datetime(year, 1, 1, tzinfo=timezone.utc)
            kw["until"] = datetime(year, 12, 31, tzinfo=timezone.utc)
        elif r < 0.35:
            kw["since"] = datetime(2024, 6, 1, tzinfo=timezone.utc)
        out.append((q, kw))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", default="/tmp/newsarchive-bench/archive.db")
    parser.add_argument("--url", help="any SQLAlchemy URL (PostgreSQL); overrides --db")
    parser.add_argument("--limit", type=int, default=20)
    args = parser.parse_args()

    from sqlalchemy.orm import Session

    from models.engine import get_engine
    from models.search import search

    engine = get_engine(args.url or f"sqlite:///{args.db}")
    timings = []
    with Session(engine) as session:
        for q in ["markets", "经济", "growth outlook", "人民币", "bank", "股票 上涨", "oil", "债券", "yield", "投资"]:
            search(session, q, limit=args.limit)  # warm-up: page cache, statement cache
        for q, kw in queries():
            t = time.perf_counter()
            hits = search(session, q, limit=args.limit, **kw)
            timings.append(((time.perf_counter() - t) * 1000, q, kw, len(hits)))
    ms = sorted(t[0] for t in timings)
    result = {"queries": len(ms), "p50_ms": round(statistics.median(ms), 1),
              "p95_ms": round(ms[int(0.95 * len(ms)) - 1], 1), "max_ms": round(ms[-1], 1),
              "mean_ms": round(statistics.fmean(ms), 1),
              "empty_results": sum(1 for t in timings if t[3] == 0)}
    print(json.dumps(result))
    print("slowest:")
    for elapsed, q, kw, n in sorted(timings, key=lambda t: t[0], reverse=True)[:8]:
        print(f"  {elapsed:7.1f} ms  {n:3d} hits  {q!r} {json.dumps(kw, default=str, ensure_ascii=False)}")


if __name__ == "__main__":
    main()
