"""Line and section rules added after the blind test set (bench/eval_clean_test):
end matter of releases and analysis pages, in-body prompts, credits, end marks,
bracketed headlines, titles with glued site names, bylines outside the body."""

from __future__ import annotations

import pytest

from pipelines.boilerplate import line_reason, strip
from pipelines.document import Document
from pipelines.metadata import run as metadata_run, strip_site_suffix
from pipelines.parse import _info_byline

P = ("Revenue rose 18% to $412 million in the quarter, helped by stronger demand from utilities, and the "
     "company said it expected margins to improve further in the second half of the year.")
P2 = ("The board also approved a buyback of up to $50 million, to be carried out over the next twelve months "
      "depending on market conditions, the company said in its statement.")
ZP = "今年一季度，该公司实现营业收入12.6亿元，同比增长18.4%；归母净利润1.9亿元，同比增长22.1%，主要受益于海外订单放量。"


def blocks(*items):
    out = []
    for item in items:
        kind, text = item if isinstance(item, tuple) else ("paragraph", item)
        out.append({"kind": kind, "text": text, "_links": 0.0})
    return out


def kept(result):
    return [b["text"] for b in result.blocks]


# ---- end matter

def test_release_end_matter_runs_to_the_end():
    res = strip(blocks(P, ("heading", "About Northwind Energy"),
                       "Northwind Energy builds grid-scale batteries. It is based in Denver.",
                       ("heading", "Forward-Looking Statements"),
                       "This release contains forward-looking statements that involve risks and uncertainties.",
                       "Media Contact:", "Dana Ortiz, Northwind Energy", "press@northwind.example"))
    assert kept(res) == [P]


def test_end_matter_stops_at_an_ordinary_subheading_and_at_table_rows():
    b = blocks(P, ("heading", "Investor Contacts"), "Sam Lee, +1 555 0100", ("heading", "Outlook"), P2)
    b.append({"kind": "paragraph", "text": "Revenue | 412 | 349", "_links": 0.0, "_tag": "tr"})
    assert kept(strip(b)) == [P, "Outlook", P2, "Revenue | 412 | 349"]


def test_analysis_disclosures_and_author_box_go():
    res = strip(blocks(P, "This article was written by Maya Chen",
                       "Maya Chen covers utilities and has followed the sector for a decade.",
                       "Analyst’s Disclosure: I/we have no stock, option or similar derivative position in any of the companies mentioned.",
                       P2))
    assert kept(res) == [P]


@pytest.mark.parametrize("text", [
    "About the deal",           # an ordinary subheading
    "About 40 analysts expect a cut.",
    "Contact with regulators was limited, the company said in a statement on Tuesday.",
])
def test_not_end_matter(text):
    assert text in kept(strip(blocks(P, ("heading" if len(text) < 20 else "paragraph", text), P2)))


def test_end_matter_needs_article_text_before_it():
    # A section opener before any article text does not swallow the article.
    assert P in kept(strip(blocks(("heading", "Disclosures"), P)))


# ---- single lines

@pytest.mark.parametrize("line, reason", [
    ("SOURCE Northwind Energy, Inc.", "wire source line"),
    # Contributor sign-offs are kept: real pages' labels keep them (bench/boilerplate_rules.py: the
    # old sign-off rule cut only lines the gold keeps).
    ("— Reuters’ Tom Hale contributed to this report.", None),
    ("Jo Park contributed reporting to this story", None),
    ("Source: Refinitiv Eikon", "chart source"),
    ("数据来源：Wind、华泰证券研究所", "chart source"),
    ("VIDEO 2:45 How the rate cut hits your mortgage", "video embed"),
    ("Watch now 04:10 Oil traders brace for OPEC", "video embed"),
    ("Don’t miss: The three charts every bond investor should see", "read more"),
    ("1 2 3 下一页", "pagination"),
    ("« Prev 1 2 Next »", "prev/next navigation"),
    ("Prev 1 2 3 4 Next", "pagination"),
    ("海量资讯、精准解读，尽在某某财经APP", "app/newsletter prompt"),
    ("打开某某新闻 查看精彩图片", "app/newsletter prompt"),
    ("工人在装配线上作业。图片来源：东方IC", "image caption"),
    ("Traders work on the floor of the exchange. Photo: AP", "image credit"),
    ("Traders work on the floor of the exchange. Photo: Jane Roe", "image caption"),
    ("（完）", "end mark"),
    ("- END -", "end mark"),
    ("觉得不错就点个“在看”吧", "engagement prompt"),
])
def test_line_reasons(line, reason):
    assert line_reason(line) == reason


@pytest.mark.parametrize("line", [
    P,
    ZP,
    "Sources said the talks had stalled over the price.",  # a sentence, not a credit
    "2024",
    "The photo: a crowded trading floor in a quiet month was what the editors chose to show readers of the paper.",
])
def test_line_reason_keeps_body(line):
    assert line_reason(line) is None


def test_source_line_with_editor_goes():
    res = strip(blocks(ZP, "本文来源：某某基金报 责任编辑：李明_AB1234"))
    assert kept(res) == [ZP]
    assert res.source_line == "某某基金报"


def test_trailing_end_mark_cut_from_the_last_paragraph():
    res = strip(blocks(ZP, ZP + "(完)"))
    assert kept(res) == [ZP, ZP] and "(完)" in res.removed


def test_bracketed_headline_prefix_is_the_title():
    title = "统计局：4月CPI同比上涨0.3%"
    res = strip(blocks(f"【{title}】某某社5月11日电，国家统计局今日发布数据显示，4月CPI同比上涨0.3%。", ZP), title=title)
    assert kept(res)[0] == "某某社5月11日电，国家统计局今日发布数据显示，4月CPI同比上涨0.3%。"
    assert f"【{title}】" in res.removed


def test_bracketed_text_that_is_not_the_title_stays():
    text = "【导读】今年一季度，多家上市公司业绩超出市场预期，其中电子行业表现最为突出。"
    assert kept(strip(blocks(text, ZP), title="一季报业绩盘点"))[0] == text


def test_teaser_heading_of_a_wechat_style_account():
    res = strip(blocks(ZP, ("heading", "往期推荐"), "复盘：五次抱团与瓦解", "红利资产还能拿多久"))
    assert kept(res) == [ZP]


def test_more_top_stories_heading():
    res = strip(blocks(P, ("heading", "MORE TOP STORIES")))
    assert kept(res) == [P]


# ---- titles and authors

@pytest.mark.parametrize("title, names, want", [
    ("我省首批产品成功发行—某某商报", ["某某商报"], "我省首批产品成功发行"),
    ("我省首批产品成功发行--某某商报", ["某某商报"], "我省首批产品成功发行"),
    ("央行降准释放资金_某某财经", ["某某财经"], "央行降准释放资金"),
    ("Rates on hold | Daily Ledger", ["Daily Ledger"], "Rates on hold"),
    ("降准——释放长期资金1万亿元", ["某某财经"], "降准——释放长期资金1万亿元"),
])
def test_strip_site_suffix(title, names, want):
    assert strip_site_suffix(title, site_names=names) == want


@pytest.mark.parametrize("raw, names", [
    ("某某新闻记者 周安", ["周安"]),
    ("来源：某某商报\u3000作者：记者 何明 通讯员 程亮\u3000发布时间：2024-05-10 09:30", ["何明", "程亮"]),
    ("作者：孙青", ["孙青"]),
    ("文/李四", ["李四"]),
    ("记者了解到，该项目已经开工。", None),
])
def test_info_byline(raw, names):
    assert _info_byline(raw) == names


def test_press_release_issuer_is_not_an_author_beside_a_person():
    doc = Document(url="https://wire.example.com/news/acme-results.html",
                   blocks=[{"kind": "paragraph", "text": P}],
                   meta={"author": "Acme Biosystems, Inc.", "byline": "By Maya Chen",
                         "jsonld": {"author": {"@type": "Organization", "name": "Acme Biosystems, Inc."}}})
    assert metadata_run(doc).authors == ["Maya Chen"]


def test_organization_credited_alone_is_the_author():
    # docs/metadata.md: a page that credits only an organization gets that name (it is what the page states).
    doc = Document(url="https://wire.example.com/news/acme-results.html",
                   blocks=[{"kind": "paragraph", "text": P}],
                   meta={"author": "Acme Biosystems, Inc.",
                         "jsonld": {"author": {"@type": "Organization", "name": "Acme Biosystems, Inc."}}})
    assert metadata_run(doc).authors == ["Acme Biosystems, Inc."]


def test_person_in_meta_author_is_kept():
    doc = Document(url="https://news.example.com/a.html", blocks=[{"kind": "paragraph", "text": P}],
                   meta={"author": "Maya Chen"})
    assert metadata_run(doc).authors == ["Maya Chen"]


def test_info_bar_byline_becomes_authors():
    doc = Document(url="https://news.example.com/a.html", blocks=[{"kind": "paragraph", "text": ZP}],
                   meta={"info_byline": ["何明", "程亮"], "author": "某某商报"})
    assert metadata_run(doc).authors == ["何明", "程亮"]


@pytest.mark.parametrize("line", [
    "用户可以在应用内分享、收藏和评论文章",
    "数据：一季度国内生产总值同比增长5.3%",
])
def test_short_body_lines_that_look_like_prompts_stay(line):
    assert line_reason(line) is None


@pytest.mark.parametrize("title, want", [
    ("全省专利质押融资登记金额同比增长三成—某某晚报", "全省专利质押融资登记金额同比增长三成"),
    ("降准——释放长期资金", "降准——释放长期资金"),           # a Chinese dash inside the headline
    ("美联储加息—市场震荡", "美联储加息—市场震荡"),           # too short to tell
])
def test_strip_unknown_glued_site_suffix(title, want):
    assert strip_site_suffix(title, site_names=[]) == want
