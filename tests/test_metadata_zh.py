"""Chinese metadata shapes: e-paper date elements, a closing year-month, credits after related
links, info lines naming the writer after the date (synthetic pages and text)."""

from __future__ import annotations

from datetime import date

import lxml.html
import pytest

from pipelines.document import Document
from pipelines.meta_bylines import info_line_names
from pipelines.meta_dates import closing_month
from pipelines.meta_reader import read_page
from pipelines.metadata import run


def _blocks(*texts: str) -> list[dict]:
    return [{"kind": "paragraph", "text": t} for t in texts]


@pytest.mark.parametrize("name", ["paperdate", "news_date", "articleDate", "entry-date"])
def test_compound_date_element_names_are_read(name):
    page = f'<html><body><span id="{name}">2021年03月08日</span><p>正文。</p></body></html>'
    assert read_page(lxml.html.fromstring(page))["date_text"] == "2021年03月08日"


@pytest.mark.parametrize("name", ["update", "candidate", "validate-form"])
def test_words_ending_in_date_are_no_date_element(name):
    page = f'<html><body><span class="{name}">2021年03月08日</span><p>正文。</p></body></html>'
    assert "date_text" not in read_page(lxml.html.fromstring(page))


def test_closing_year_month_is_the_date_when_nothing_else_is():
    assert closing_month(["第一段。", "——原载《江边评论》1997年11月号"]) == closing_month(["1997年11月于杭州"])
    assert closing_month(["1997年11月于杭州"]).date() == date(1997, 11, 1)
    doc = run(Document(blocks=_blocks("这是一篇没有日期的文章的正文，写得很长。", "1997年11月于杭州"), meta={}))
    assert doc.published_at.date() == date(1997, 11, 1)


@pytest.mark.parametrize("texts", [["2019年全年增长了百分之五，这是正文中很长的一句话，不是落款，不应当被当成日期来读取。"],
                                   ["1997年11月3日于杭州"], ["正文。"]])
def test_no_closing_month(texts):
    assert closing_month(texts) is None


def test_closing_credit_followed_by_related_links():
    blocks = _blocks("电价改革进入新阶段。", "多方观点不一。", "业内人士认为还需探讨。（周立 杭州报道）",
                     "相关新闻一", "相关新闻二", "相关新闻三", "相关新闻四")
    assert run(Document(blocks=blocks, meta={})).authors == ["周立"]


@pytest.mark.parametrize("line, want", [
    ("财经频道 2004年7月16日08:19 [ 王建国 ] 来源：[ 江城日报 ]", ["王建国"]),
    ("〓 论坛 话题 发布时间 2005/03/15 22:36:13 by river_li 〓", ["river_li"]),
    ("2004年7月16日08:19 [ 国际金融 ] 来源：[ 江城日报 ]", []),   # bracketed, but no person's name
    ("来源：江城日报 [ 王建国 ]", []),                             # no date before it
])
def test_info_line_names_after_the_date(line, want):
    assert info_line_names(line) == want


def test_info_bar_link_label_is_no_author():
    doc = run(Document(blocks=_blocks("正文第一段，内容很长。"),
                       meta={"byline": "■ 该作者文章", "date_text": "2004年7月16日08:19 [ 王建国 ] 来源：江城日报"}))
    assert doc.authors == ["王建国"]
