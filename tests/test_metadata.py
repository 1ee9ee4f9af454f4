"""pipelines.metadata: dates, time zones, language, section, title suffixes."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from pipelines.document import Document
from pipelines.metadata import (date_from_url, detect_language, parse_datetime, run, section_from_url,
                                strip_site_suffix)

SH = ZoneInfo("Asia/Shanghai")


@pytest.mark.parametrize("text, want, has_time", [
    ("2021年05月26日 07:05", datetime(2021, 5, 26, 7, 5, tzinfo=SH), True),
    ("2021-05-26 07:05", datetime(2021, 5, 26, 7, 5, tzinfo=SH), True),
    ("发布时间：2023-11-14 15:32:08 来源：证券时报网", datetime(2023, 11, 14, 15, 32, 8, tzinfo=SH), True),
    ("2021/5/26", datetime(2021, 5, 26, tzinfo=SH), False),
    ("2021-05-26T07:05:00+08:00", datetime(2021, 5, 25, 23, 5, tzinfo=timezone.utc), True),
    ("2024-06-07T14:02:11.000Z", datetime(2024, 6, 7, 14, 2, 11, tzinfo=timezone.utc), True),
    ("May 26, 2021", datetime(2021, 5, 26, tzinfo=SH), False),
    ("May 9, 2024 12:05 pm BST", datetime(2024, 5, 9, 12, 5, tzinfo=ZoneInfo("Europe/London")), True),
    ("26 May 2021", datetime(2021, 5, 26, tzinfo=SH), False),
    ("Wed, 26 May 2021 07:05:00 +0800", datetime(2021, 5, 26, 7, 5, tzinfo=SH), True),
    ("1621983946519", datetime(2021, 5, 26, 7, 5, 46, 519000, tzinfo=SH), True),
])
def test_parse_datetime(text, want, has_time):
    value, timed = parse_datetime(text, tz="Asia/Shanghai")
    assert value == want and value.tzinfo is not None
    assert timed is has_time


def test_parse_datetime_keeps_page_offset():
    value, _ = parse_datetime("2021-05-26T07:05:00+08:00")
    assert value.utcoffset() == timedelta(hours=8)


@pytest.mark.parametrize("text", ["", "no date here", "2021-13-45", "1850-01-01"])
def test_parse_datetime_rejects_nonsense(text):
    assert parse_datetime(text) is None


def test_date_from_url_millisecond_timestamp():
    value, timed = date_from_url("http://www.zqrb.cn/finance/hongguanjingji/2021-05-26/A1621983946519.html",
                                 tz="Asia/Shanghai")
    assert timed and value.replace(microsecond=0) == datetime(2021, 5, 26, 7, 5, 46, tzinfo=SH)


@pytest.mark.parametrize("url, want", [
    ("https://x.example/news/2021-05-26/story.html", datetime(2021, 5, 26)),
    ("https://x.example/2024/05/21/copper/", datetime(2024, 5, 21)),
    ("http://x.example/hq/20231114/112233.html", datetime(2023, 11, 14)),
])
def test_date_from_url_paths(url, want):
    value, timed = date_from_url(url)
    assert value == want and not timed


def test_date_from_url_none():
    assert date_from_url("https://x.example/about/") is None


@pytest.mark.parametrize("text, lang", [
    ("The central bank left rates unchanged on Thursday.", "en"),
    ("中国人民银行5日宣布下调存款准备金率，释放长期资金约1万亿元。", "zh"),
    ("BitDeer 和 Mars Cloud Mining 宣布屏蔽中国大陆地区的全部IP地址，以配合监管。", "zh"),
    ("日本銀行は金融政策の維持を決めました。", "ja"),
])
def test_detect_language(text, lang):
    assert detect_language(text) == lang


def test_section_and_suffix():
    assert section_from_url("http://www.zqrb.cn/finance/hongguanjingji/2021-05-26/A1621983946519.html") == \
        "finance/hongguanjingji"
    assert strip_site_suffix("Copper climbs to two-month high - Metals Desk", site_names=["Metals Desk"]) == \
        "Copper climbs to two-month high"
    assert strip_site_suffix("央行宣布降准0.5个百分点_证券日报网", site_names=["证券日报网"]) == "央行宣布降准0.5个百分点"


def test_run_profile_timezone_url_timestamp_and_source():
    doc = Document(url="http://www.zqrb.cn/finance/hongguanjingji/2021-05-26/A1621983946519.html",
                   profile="securities_daily", title="标题",
                   blocks=[{"kind": "paragraph", "text": "中国人民银行5日宣布下调存款准备金率。"}],
                   meta={"date_text": "2021-05-26"})
    doc = run(doc)
    assert doc.published_at.replace(microsecond=0) == datetime(2021, 5, 26, 7, 5, 46, tzinfo=SH)
    assert doc.source == "Securities Daily"
    assert doc.language == "zh"
    assert doc.section == "finance/hongguanjingji"


def test_run_generic_assumes_zone_with_warning():
    doc = Document(blocks=[{"kind": "paragraph", "text": "Rates were held."}], meta={"date_text": "May 26, 2021 7:05"})
    doc = run(doc)
    assert doc.published_at == datetime(2021, 5, 26, 7, 5, tzinfo=timezone.utc)
    assert any("assumed" in w for w in doc.warnings)


def test_run_authors_from_jsonld_and_byline():
    doc = Document(blocks=[{"kind": "paragraph", "text": "Text."}],
                   meta={"jsonld": {"author": [{"name": "Kevin Zhou"}, {"name": "Laura Mendes"}]}})
    assert run(doc).authors == ["Kevin Zhou", "Laura Mendes"]
    doc = Document(blocks=[{"kind": "paragraph", "text": "Text."}], meta={"byline": "Posted on June 12, 2024 by Li Wei"})
    assert run(doc).authors == ["Li Wei"]


@pytest.mark.parametrize("text", ["2021-05-26T07:05:00+26:02", "2021-05-26 07:05 +2602"])
def test_impossible_offsets_do_not_crash(text):
    value, _ = parse_datetime(text)
    assert value.tzinfo is None


def test_run_reads_the_profile_carried_on_the_document():
    # The profile resolved once per page (doc.site) is the one used: its time zone and source
    # name apply even when no profile of that name exists on disk.
    from pipelines.profiles import Profile

    site = Profile(name="not_on_disk", source_name="Harbour Ledger", timezone="Asia/Tokyo")
    doc = Document(profile="not_on_disk", site=site, blocks=[{"kind": "paragraph", "text": "Fees rose."}],
                   meta={"date_text": "2024-03-05 09:30"})
    doc = run(doc)
    assert doc.published_at == datetime(2024, 3, 5, 9, 30, tzinfo=ZoneInfo("Asia/Tokyo"))
    assert doc.source == "Harbour Ledger"
    assert not any("assumed" in w for w in doc.warnings)
