"""Build a large SQLite archive of generated English and Chinese financial news, fast.

    python bench/build_archive.py --articles 1000000 --db /tmp/bench/archive.db

Text: sentences drawn from a financial vocabulary with a Zipf-like word
frequency (English: ~700 words plus company and official names, numbers;
Chinese: ~400 two- to four-character words plus function characters and
Chinese punctuation), so posting lists look like a real archive's: a few terms
are everywhere, most are rare.  Articles are about 60% English, 40% Chinese,
spread over ~6 years and 8 sources; bodies are news-brief length (~100-180 English
words or ~300-600 Chinese characters), titles 6-12 words.

Speed: the schema comes from the real migrations (``models.migrate.upgrade``);
then the FTS triggers are set aside, the rows go in with ``executemany`` in one
transaction, each FTS5 index is built once with ``rebuild`` and optimized, and
the triggers are put back exactly as the migration made them.  Prints timings.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sqlite3
import struct
import sys
import time
from datetime import datetime, timedelta, timezone
from itertools import accumulate
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

EN_COMMON = ("the of to and a in that for on is with as by at from its has was said will are be have "
             "it an this were which after but not also than more had about over their would been up "
             "into could while percent year per cent new last first since".split())
EN_FINANCE = """market markets stock stocks shares share bond bonds yield yields rate rates interest inflation
growth economy economic bank banks central monetary policy fiscal budget deficit debt credit loan loans
lending mortgage housing property prices price index consumer producer demand supply trade tariff tariffs
export exports import imports currency dollar yuan euro yen exchange reserve reserves liquidity capital
investment investors investor fund funds asset assets equity equities earnings profit profits revenue
revenues quarter quarterly annual forecast outlook guidance analyst analysts estimate estimates rally
slump surge plunge decline declines rise rises fell rose gained lost jumped dropped climbed eased
volatile volatility risk risks regulator regulators regulation regulatory securities commission exchange
listing listings IPO merger acquisition deal deals stake shareholders dividend buyback valuation sector
industry manufacturing services retail energy oil gas coal power electricity renewable solar wind battery
lithium copper steel iron ore gold silver commodity commodities futures options derivatives hedge
technology semiconductor chip chips software internet platform digital payments fintech insurance
insurer brokerage broker wealth pension savings deposit deposits unemployment employment jobs labor wages
payrolls spending stimulus recovery recession slowdown crisis default restructuring bailout
cryptocurrency bitcoin mining blockchain property developer developers construction infrastructure
government ministry officials official statement report data survey figures billion million trillion
month week weeks months percentage points basis benchmark target targets cut cuts hike hikes raised
lowered kept unchanged steady strong weak weaker stronger higher lower record high low expectations
pressure pressures concerns outlook uncertainty confidence sentiment momentum earnings-per-share
""".split()
EN_NAMES = """Powell Lagarde Yellen Ueda Bailey Pan Gongsheng Yi Gang Liu He Li Qiang Xi Musk Cook Nadella
Dimon Buffett Fink Solomon Apple Microsoft Tesla Nvidia Amazon Alibaba Tencent Huawei BYD CATL Evergrande
Country Garden Ping An ICBC HSBC JPMorgan Goldman Sachs Morgan Stanley BlackRock Vanguard Citigroup
Federal Reserve ECB PBOC CSRC SEC IMF OPEC Beijing Shanghai Shenzhen Hong Kong London Tokyo Washington
Frankfurt Brussels Wall Street Nasdaq Dow Jones Hang Seng CSI Nikkei""".split()

ZH_FUNCTION = list("的了在是和与对将为也已就都而及或但并由从被把向到于")
ZH_WORDS = """市场 股市 股票 债券 收益率 利率 降息 加息 通胀 通货膨胀 经济 增长 经济增长 银行 央行 中国人民银行
货币政策 财政政策 预算 赤字 债务 信贷 贷款 房贷 房地产 楼市 房价 价格 指数 消费者 生产者 需求 供给 贸易 关税
出口 进口 货币 美元 人民币 欧元 日元 汇率 储备 外汇储备 流动性 资本 投资 投资者 基金 资产 股权 盈利 利润 营收
季度 年度 预测 展望 分析师 预期 反弹 下跌 上涨 大涨 大跌 暴跌 回落 攀升 波动 风险 监管 监管部门 证监会 银保监会
证券 交易所 上市 首次公开募股 并购 收购 交易 股东 分红 回购 估值 行业 制造业 服务业 零售 能源 石油 天然气 煤炭
电力 新能源 光伏 风电 电池 锂电 锂资源 铜 钢铁 铁矿石 黄金 白银 大宗商品 期货 期权 衍生品 对冲 科技 半导体 芯片
软件 互联网 平台 数字 支付 金融科技 保险 保险公司 券商 经纪 财富管理 养老金 储蓄 存款 失业率 就业 劳动力 工资
消费 刺激 复苏 衰退 放缓 危机 违约 重组 救助 加密货币 比特币 挖矿 矿机 区块链 开发商 房企 建筑 基础设施 政府
国务院 财政部 发改委 商务部 统计局 官员 声明 报告 数据 调查 亿元 万亿元 百分点 基点 基准 目标 下调 上调 维持
不变 稳定 强劲 疲软 走强 走弱 创新高 新低 压力 担忧 不确定性 信心 情绪 动能 金融 金融委 稳增长 防风险 高质量发展
实体经济 中小企业 民营企业 国有企业 国企改革 科创板 创业板 北交所 沪深两市 港股 美股 A股 北向资金 南向资金
公募基金 私募基金 银行理财 利好 利空 板块 龙头 概念股 成交额 换手率 市盈率 净利润 同比 环比 同比增长 环比下降
上半年 下半年 一季度 二季度 三季度 四季度 今年 去年 明年 近日 日前 今日 昨日 本周 上周 本月 分析人士 业内人士
专家 表示 认为 指出 称 透露 强调 预计 据悉 记者 采访 发布 公告 宣布 召开 会议 提出 推进 加快 加强 支持 鼓励 防范
化解 打击 整改 落实 部署 出台 实施 政策 措施 方案 规划 改革 开放 创新 转型 升级 绿色 低碳 碳中和 数字经济
人工智能 大模型 算力 新能源汽车 比亚迪 宁德时代 华为 腾讯 阿里巴巴 恒大 碧桂园 平安 工商银行 招商银行 茅台
上海 深圳 北京 香港 四川 新疆 内蒙古 浙江 广东 江苏""".split()

SOURCES_EN = [("Reuters Wire", "reuters.example"), ("Market Daily", "marketdaily.example"),
              ("Finance Times Asia", "ftasia.example"), ("Global Markets", "globalmarkets.example")]
SOURCES_ZH = [("证券日报", "zqrb.cn"), ("上海证券报", "cnstock.example"), ("财经网", "caijing.example"),
              ("第一财经", "yicai.example")]


def zipf_weights(n: int, s: float = 1.07) -> list[float]:
    return list(accumulate(1.0 / (i + 1) ** s for i in range(n)))


class TextMaker:
    """Sentences and articles from the vocabularies above; deterministic for a seed."""

    def __init__(self, seed: int, pool: int = 120_000):
        rnd = random.Random(seed)
        self.rnd = rnd
        en_vocab = EN_COMMON + EN_FINANCE
        rnd.shuffle(en_vocab[len(EN_COMMON):])  # function words stay the most frequent
        self.en_vocab, self.en_cum = en_vocab, zipf_weights(len(en_vocab))
        zh_vocab = ZH_WORDS[:]
        rnd.shuffle(zh_vocab)
        self.zh_vocab, self.zh_cum = zh_vocab, zipf_weights(len(zh_vocab))
        self.en_pool = [self._en_sentence() for _ in range(pool)]
        self.zh_pool = [self._zh_sentence() for _ in range(pool)]

    def _en_sentence(self) -> str:
        rnd = self.rnd
        words = rnd.choices(self.en_vocab, cum_weights=self.en_cum, k=rnd.randint(10, 24))
        if rnd.random() < 0.5:
            words.insert(rnd.randrange(len(words)), rnd.choice(EN_NAMES))
        if rnd.random() < 0.4:
            words.insert(rnd.randrange(len(words)), f"{rnd.uniform(0.1, 99):.1f}")
        words[0] = words[0].capitalize()
        return " ".join(words) + "."

    def _zh_sentence(self) -> str:
        rnd = self.rnd
        parts = []
        for _ in range(rnd.randint(2, 4)):
            clause = rnd.choices(self.zh_vocab, cum_weights=self.zh_cum, k=rnd.randint(3, 7))
            if rnd.random() < 0.6:
                clause.insert(rnd.randrange(len(clause)), rnd.choice(ZH_FUNCTION))
            if rnd.random() < 0.2:
                clause.insert(rnd.randrange(len(clause)), f"{rnd.uniform(0.1, 99):.1f}%")
            parts.append("".join(clause))
        return "，".join(parts) + "。"

    def article(self, zh: bool) -> tuple[str, str]:
        rnd = self.rnd
        pool = self.zh_pool if zh else self.en_pool
        paragraphs = []
        for _ in range(rnd.randint(3, 5)):
            paragraphs.append(("" if zh else " ").join(rnd.choices(pool, k=rnd.randint(1, 3))))
        if zh:
            title = "".join(rnd.choices(self.zh_vocab, cum_weights=self.zh_cum, k=rnd.randint(4, 7)))
        else:
            title = " ".join(rnd.choices(self.en_vocab[len(EN_COMMON):], k=rnd.randint(5, 10))).capitalize()
        return title, "\n\n".join(paragraphs)


def signature(rnd: random.Random) -> str:
    """A random 128-value MinHash signature (JSON, as ``articles.minhash`` keeps it)."""
    return json.dumps(struct.unpack("<128I", rnd.randbytes(512)))


def band_rows(n: int, seed: int, bands: int = 9):
    """``(band, key, article_id)`` for articles 1..n: random 63-bit keys, so they
    never collide with a real page's (unrelated stories do not), generated in key
    order per band so the primary-key index is filled by appending."""
    rnd = random.Random(seed + 2)
    for band in range(bands):
        keys = sorted(rnd.getrandbits(63) for _ in range(n))
        ids = list(range(1, n + 1))
        rnd.shuffle(ids)
        yield from zip([band] * n, keys, ids)


def rows(n: int, seed: int, start_id: int = 1, signatures: bool = False):
    """Article rows (the ``INSERT`` columns; ``minhash`` last when ``signatures``)."""
    maker = TextMaker(seed)
    sig_rnd = random.Random(seed + 3)
    rnd = random.Random(seed + 1)
    t0 = datetime(2019, 1, 1, tzinfo=timezone.utc)
    span = 6 * 365 * 86400
    now = datetime.now(timezone.utc).replace(tzinfo=None).isoformat(sep=" ")
    for i in range(start_id, start_id + n):
        zh = rnd.random() < 0.4
        title, body = maker.article(zh)
        published = (t0 + timedelta(seconds=rnd.randrange(span))).replace(tzinfo=None)
        source_id = rnd.randrange(4) + (5 if zh else 1)
        domain = (SOURCES_ZH if zh else SOURCES_EN)[source_id - (5 if zh else 1)][1]
        url = f"https://www.{domain}/news/{published:%Y/%m/%d}/{i}.html"
        pub = published.isoformat(sep=" ")
        words = len(body) if zh else len(body.split())
        row = (i, url, url, "www." + domain, source_id, title, "[]", pub, None, pub, now,
               "zh" if zh else "en", None, body, "[]", hashlib.sha256(body.encode()).hexdigest(), words, 1)
        yield row + (signature(sig_rnd),) if signatures else row


COLUMNS = ("id, canonical_url, url, domain, source_id, title, authors, published_at, updated_at, fetched_at, "
           "first_seen_at, language, section, body, blocks, content_hash, word_count, version_count")


def insert_sql(signatures: bool) -> str:
    cols = COLUMNS + (", minhash" if signatures else "")
    return f"INSERT INTO articles ({cols}) VALUES ({', '.join('?' * (cols.count(',') + 1))})"


def _open_fresh(path: Path, timings: dict[str, float]) -> sqlite3.Connection:
    """A new archive at ``path`` migrated to head, opened for a throw-away bulk load."""
    from models.migrate import upgrade

    if path.exists():
        path.unlink()
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    t = time.perf_counter()
    upgrade(f"sqlite:///{path}")
    timings["migrate_s"] = time.perf_counter() - t
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode=OFF")  # a throw-away build: no rollback journal needed
    con.execute("PRAGMA synchronous=OFF")
    con.execute("PRAGMA cache_size=-1000000")
    con.execute("PRAGMA temp_store=MEMORY")
    return con


def _build_fts(con: sqlite3.Connection, timings: dict[str, float], cjk_grams: bool = True) -> None:
    """Every FTS index over articles the migrations made (trigram and words), then the CJK n-grams."""
    fts_tables = [name for (name,) in con.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND sql LIKE 'CREATE VIRTUAL TABLE%fts5%content=\"articles\"%'")]
    for fts in fts_tables:
        t = time.perf_counter()
        # One build of the index: no incremental merging while it is made, then one merge.
        con.execute(f"INSERT INTO {fts}({fts}, rank) VALUES ('automerge', 0)")
        con.execute(f"INSERT INTO {fts}({fts}, rank) VALUES ('crisismerge', 64)")
        con.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")
        timings[f"{fts}_rebuild_s"] = time.perf_counter() - t
        t = time.perf_counter()
        con.execute(f"INSERT INTO {fts}({fts}) VALUES ('optimize')")
        con.execute(f"INSERT INTO {fts}({fts}, rank) VALUES ('automerge', 4)")
        con.execute(f"INSERT INTO {fts}({fts}, rank) VALUES ('crisismerge', 16)")
        timings[f"{fts}_optimize_s"] = time.perf_counter() - t
    # The CJK n-gram index (migration 0003) stores its own text: filled from the rows
    # (search does not read it, Datasette does; ``cjk_grams=False`` leaves it empty).
    if not cjk_grams:
        return
    from models import cjk

    cjk.register(con)
    t = time.perf_counter()
    con.execute("INSERT INTO articles_fts_cjk(rowid, title, body) "
                "SELECT id, newsarchive_grams(title), newsarchive_grams(body) FROM articles")
    timings["articles_fts_cjk_build_s"] = time.perf_counter() - t


def build(path: Path, n: int, seed: int = 7, signatures: bool = False, cjk_grams: bool = True) -> dict[str, float]:
    """Build the archive; ``signatures`` gives every article a random MinHash
    signature and its LSH band rows (``article_bands``); ``cjk_grams=False`` leaves
    the Datasette CJK index empty (its build is most of the time).  Returns timings."""
    timings: dict[str, float] = {}
    con = _open_fresh(path, timings)
    triggers = [sql for (sql,) in con.execute(
        "SELECT sql FROM sqlite_master WHERE type='trigger' AND tbl_name='articles' AND name LIKE 'articles_fts_%'")]
    con.execute("BEGIN")
    for name in [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='trigger' AND name LIKE 'articles_fts_%'")]:
        con.execute(f"DROP TRIGGER {name}")
    now = datetime.now(timezone.utc).replace(tzinfo=None).isoformat(sep=" ")
    for sid, (name, domain) in enumerate(SOURCES_EN + SOURCES_ZH, start=1):
        con.execute("INSERT INTO sources (id, name, domain, kind, language, created_at) VALUES (?,?,?,?,?,?)",
                    (sid, name, domain, "original", "zh" if sid > 4 else "en", now))
    t = time.perf_counter()
    con.executemany(insert_sql(signatures), rows(n, seed, signatures=signatures))
    timings["generate_insert_s"] = time.perf_counter() - t
    if signatures:
        t = time.perf_counter()
        con.executemany("INSERT INTO article_bands (band, key, article_id) VALUES (?, ?, ?)", band_rows(n, seed))
        timings["bands_s"] = time.perf_counter() - t
    _build_fts(con, timings, cjk_grams)
    for sql in triggers:
        con.execute(sql)
    con.execute("COMMIT")
    t = time.perf_counter()
    con.execute("ANALYZE")
    con.execute("PRAGMA journal_mode=WAL")
    con.close()
    timings["analyze_s"] = time.perf_counter() - t
    timings["size_mb"] = path.stat().st_size / 1e6
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1_000_000)
    parser.add_argument("--db", default="/tmp/newsarchive-bench/archive.db")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--signatures", action="store_true", help="near-duplicate signatures and band rows too")
    parser.add_argument("--no-cjk-grams", action="store_true", help="leave articles_fts_cjk (Datasette only) empty")
    args = parser.parse_args()
    started = time.perf_counter()
    timings = build(Path(args.db), args.articles, args.seed, signatures=args.signatures,
                    cjk_grams=not args.no_cjk_grams)
    timings["total_s"] = time.perf_counter() - started
    print(json.dumps({"articles": args.articles, "db": args.db, **{k: round(v, 1) for k, v in timings.items()}}))


if __name__ == "__main__":
    main()
