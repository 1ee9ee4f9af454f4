"""Full-text search on SQLite (FTS5 trigram) and PostgreSQL (tsvector + pg_trgm), English and Chinese."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import delete
from sqlalchemy.orm import Session

from conftest_ops import T0, add_docs, make_doc
from models.article import Article
from models.engine import get_engine
from models.search import parse_terms, search

EN_TITLE_HIT = ("Central bank raises interest rates again",
                "The central bank lifted its benchmark interest rates by a quarter point on Tuesday.\n\n"
                "Analysts said inflation remained sticky.")
EN_BODY_HIT = ("Markets close mixed",
               "Stocks ended mixed. Traders weighed comments on interest rates from several officials.")
EN_OTHER = ("Oil prices slip", "Crude oil futures fell as inventories grew for a third week.")
ZH_1 = ("央行宣布降息", "中国人民银行今日宣布下调贷款市场报价利率。\n\n分析人士表示，此举有助于稳定经济增长。")
ZH_2 = ("股市收盘上涨", "沪深两市今日高开高走，银行板块领涨，央行昨日的表态提振了市场信心。")
ZH_3 = ("汇率保持稳定", "人民币汇率在合理均衡水平上保持基本稳定。")


@pytest.fixture
def archive(any_url):
    engine = get_engine(any_url)
    with Session(engine) as session, session.begin():
        add_docs(session, [
            make_doc(1, title=EN_TITLE_HIT[0], body=EN_TITLE_HIT[1]),
            make_doc(2, title=EN_BODY_HIT[0], body=EN_BODY_HIT[1], source="Wire"),
            make_doc(3, title=EN_OTHER[0], body=EN_OTHER[1]),
            make_doc(4, title=ZH_1[0], body=ZH_1[1], language="zh", source="证券日报"),
            make_doc(5, title=ZH_2[0], body=ZH_2[1], language="zh", source="证券日报"),
            make_doc(6, title=ZH_3[0], body=ZH_3[1], language="zh", source="证券日报"),
        ])
    return engine


def titles(hits):
    return [h.title for h in hits]


def run(engine, query, **kw):
    with Session(engine) as session:
        return search(session, query, **kw)


def test_english_ranked_title_first_with_snippet(archive):
    hits = run(archive, "interest rates")
    assert titles(hits) == [EN_TITLE_HIT[0], EN_BODY_HIT[0]]
    assert hits[0].rank > hits[1].rank
    assert "[" in hits[1].snippet and "]" in hits[1].snippet
    assert hits[0].url == "http://www.zqrb.cn/finance/1.html"
    assert hits[0].source == "Securities Daily"
    assert hits[0].published_at == T0 + timedelta(days=1)


def test_english_words_are_stemmed_not_substrings(archive):
    assert titles(run(archive, "rate")) == [EN_TITLE_HIT[0], EN_BODY_HIT[0]]
    assert titles(run(archive, "lift")) == [EN_TITLE_HIT[0]]  # "lifted"
    assert run(archive, "nterest") == []  # a piece of a word is not a word


def test_mixed_latin_and_chinese_terms(archive):
    with Session(archive) as session, session.begin():
        add_docs(session, [make_doc(7, title="比亚迪 BYD exports", body="BYD said 新能源汽车 exports doubled.",
                                    language="zh")])
    assert titles(run(archive, "exports 新能源汽车")) == ["比亚迪 BYD exports"]
    assert run(archive, "exports 人民币汇率") == []


def test_chinese_long_term(archive):
    hits = run(archive, "下调贷款")
    assert titles(hits) == [ZH_1[0]]
    assert "[下调贷款]" in hits[0].snippet


def test_chinese_two_characters_newest_first(archive):
    # 央行 is in the title of article 4 and the body of article 5 (newer).
    hits = run(archive, "央行")
    assert titles(hits) == [ZH_2[0], ZH_1[0]]
    assert "[央行]" in hits[0].snippet


def test_chinese_one_character(archive):
    assert set(titles(run(archive, "汇"))) == {ZH_3[0]}


def test_short_term_filters_long_term(archive):
    assert titles(run(archive, "宣布 利率")) == [ZH_1[0]]
    assert titles(run(archive, "今日 银行板块")) == [ZH_2[0]]
    assert run(archive, "今日 人民币汇率") == []


def test_filters(archive):
    assert titles(run(archive, "interest rates", source="Wire")) == [EN_BODY_HIT[0]]
    assert titles(run(archive, "interest rates", since=T0 + timedelta(days=2))) == [EN_BODY_HIT[0]]
    assert titles(run(archive, "interest rates", until=T0 + timedelta(days=1, hours=12))) == [EN_TITLE_HIT[0]]
    assert len(run(archive, "interest rates", limit=1)) == 1
    assert titles(run(archive, "央行", source="证券日报", until=T0 + timedelta(days=4, hours=1))) == [ZH_1[0]]


def test_user_text_is_escaped(archive):
    # FTS and tsquery syntax in user text is just text: no error, no operator.
    for query in ['rates" OR "oil', "rates AND (", "NEAR(oil", "oil*", "-rates", "a:b", "'"]:
        run(archive, query)
    assert run(archive, "oil OR rates") == []  # OR is a word here, not an operator


def test_raw_syntax_is_opt_in(archive, any_url):
    if any_url.startswith("sqlite"):
        hits = run(archive, '"crude oil" OR "下调贷款"', raw=True)
    else:
        hits = run(archive, '"crude oil" or inventories', raw=True)
    assert EN_OTHER[0] in titles(hits)


def test_empty_query_is_an_error(archive):
    with pytest.raises(ValueError):
        run(archive, "   ")


def test_index_follows_updates_and_deletes(archive):
    with Session(archive) as session, session.begin():
        doc = make_doc(3, title="Oil prices jump", body="Crude oil futures soared after an output cut.")
        add_docs(session, [doc])
    assert titles(run(archive, "soared")) == ["Oil prices jump"]
    assert run(archive, "inventories") == []
    with Session(archive) as session, session.begin():
        session.execute(delete(Article).where(Article.title == "Oil prices jump"))
    assert run(archive, "soared") == []


def test_parse_terms():
    assert parse_terms('interest "rate cut"  央行 "open') == ["interest", "rate cut", "央行", "open"]
    assert parse_terms('""') == []


def test_ranks_within_the_newest_matches(archive, any_url, monkeypatch):
    import models.search

    monkeypatch.setattr(models.search, "RANK_WINDOW", 1)
    assert titles(run(archive, "interest rates")) == [EN_BODY_HIT[0]]  # the newer of the two


def test_postgresql_recent_range_is_inside_the_gin_indexes(archive, any_url):
    """Migration 0008: the id range of "newest first" is an index condition of the GIN
    scan itself, not a second bitmap ANDed with a common term's whole posting list."""
    if not any_url.startswith("postgresql"):
        pytest.skip("GIN indexes are PostgreSQL's")
    from sqlalchemy import text

    with archive.connect() as conn:
        defs = dict(conn.execute(text("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'articles' "
                                      "AND indexdef LIKE '%USING gin%'")).all())
        for column in ("fts_cjk", "fts_vector"):
            assert defs[f"ix_articles_{column}_id"].endswith(f"USING gin ({column}, id)")
            assert f"ix_articles_{column}" not in defs  # the one-column index is gone: this one serves both


def test_postgresql_indexes_one_and_two_character_chinese_words(archive, any_url):
    if not any_url.startswith("postgresql"):
        pytest.skip("fts_cjk is PostgreSQL's (SQLite has FTS5)")
    from sqlalchemy import text

    with archive.connect() as conn:
        conn.execute(text("SET enable_seqscan = off"))
        plan = " ".join(r[0] for r in conn.execute(text(
            "EXPLAIN SELECT id FROM articles WHERE fts_cjk @@ '央行'::tsquery")))
        assert "ix_articles_fts_cjk" in plan
        assert conn.execute(text("SELECT count(*) FROM articles WHERE fts_cjk @@ '股'::tsquery")).scalar() == 1
    assert titles(run(archive, "银行")) == [ZH_2[0], ZH_1[0]]  # 中国人民银行 and 银行板块
    assert titles(run(archive, "人民银行")) == [ZH_1[0]]
    assert titles(run(archive, "央行 降息")) == [ZH_1[0]]
    # 央行, 行今, 今日 are all in article 4, but never as 央行今日: the substring recheck drops it
    assert run(archive, "央行今日") == []
