"""boilerplate: rules first found on blind set 3 (bench/eval_clean_blind3): notes about
the article written as sentences, contributor headers, Chinese editor /
no-reprint / platform lines in other wordings, inline items glued together when
flattened.  Texts here are invented, not copied from the set."""

from __future__ import annotations

import pytest

from pipelines.boilerplate import byline_names, line_reason, strip
from pipelines.parse import blocks_of, parse_tree

BODY = ("Freight rates on the main Asia-Europe lanes climbed for a fifth week as carriers kept rerouting "
        "ships around southern Africa, adding roughly ten days to each round trip, brokers said.")
BODY2 = ("Analysts at two brokerages said the increases would feed into retail prices by the autumn, though "
         "they disagreed on how much of the cost importers could pass on to shoppers.")
ZH_BODY = "今年以来，多家航运公司上调了亚欧航线的运价，业内人士认为，绕行好望角带来的成本上升将在未来几个月内逐步传导到终端。"


def _blocks(*items):
    return [{"kind": k, "text": t, "_links": 0.0} for k, t in items]


# ---- Chinese editor, no-reprint, disclaimer-label and app lines

@pytest.mark.parametrize("line, reason", [
    ("海港日报编辑 | 林晓岚", "editor"),
    ("财经周刊校对：周启明", "editor"),
    ("未经书面授权不得以任何方式使用本文。", "copyright"),
    ("本文为海港日报独家稿件，严禁转载，侵权必究。", "copyright"),
    ("平台声明：本文观点仅代表作者个人，本平台只提供信息存储服务。", "disclaimer"),
    ("作者声明：文中内容不涉及任何利益相关。", "disclaimer"),
    ("特别提醒：文中基金仅作举例，不作推荐。", "disclaimer"),
    ("打开海港新闻，查看更多精彩视频", "app/newsletter prompt"),
    ("打开某某资讯 查看全部评论", "app/newsletter prompt"),
])
def test_zh_notice_lines(line, reason):
    assert line_reason(line) == reason


@pytest.mark.parametrize("line", [
    "记者在采访中了解到，多家银行未经正式授权的理财产品已被叫停，相关负责人已被问责处理，涉及金额超过十亿元。",
    "该公司发布声明称将继续履行合同。",
    "打开这扇门之后，他发现仓库里堆满了尚未出售的货物。",
])
def test_zh_sentences_kept(line):
    assert line_reason(line) is None


def test_reporter_and_editor_on_one_line_gives_only_the_reporter():
    assert byline_names("海经记者：赵明远 海经编辑：钱晓雪") == ["赵明远"]
    out = strip(_blocks(("paragraph", "海经记者：赵明远 海经编辑：钱晓雪"), ("paragraph", ZH_BODY)))
    assert out.authors == ["赵明远"]
    assert [b["text"] for b in out.blocks] == [ZH_BODY]


# ---- notes about the article written as ordinary sentences

@pytest.mark.parametrize("line", [
    "This story was originally featured on Harbourdaily.com",
    "This article was first published in The Shipping Ledger.",
    "A version of this story first appeared in the spring issue of Port Quarterly magazine.",
    "Note: This item first appeared in Harbour Money Letter, our monthly newsletter for savers.",
    "This article was generated with the help of AI and reviewed by an editor. See our terms.",
    "This summary was produced with artificial intelligence tools and checked by our staff.",
    "Follow me on X or LinkedIn. Read more of my work on my website.",
    "after newsletter promotion",
    "Opinions expressed by Harbour Daily contributors are their own.",
])
def test_notes_about_the_article(line):
    assert line_reason(line) is not None


@pytest.mark.parametrize("line", [
    "This story was about more than freight: it was about who pays when supply chains break.",
    "Follow the money and you will find the carriers are doing very well out of the crisis.",
    "The article was published in a trade journal that few shippers read, the chief executive said.",
])
def test_ordinary_sentences_kept(line):
    assert line_reason(line) is None


def test_contributor_header_bio_goes_only_next_to_the_byline():
    bio = "I cover shipping, ports and global trade."
    out = strip(_blocks(("paragraph", "Tomas Berg Contributor"), ("paragraph", bio),
                        ("paragraph", "Opinions expressed by Harbour Daily contributors are their own."),
                        ("paragraph", BODY), ("paragraph", BODY2)))
    assert out.authors == ["Tomas Berg"]
    assert [b["text"] for b in out.blocks] == [BODY, BODY2]
    # The same sentence inside the story is kept.
    out = strip(_blocks(("paragraph", BODY), ("paragraph", bio), ("paragraph", BODY2)))
    assert [b["text"] for b in out.blocks] == [BODY, bio, BODY2]


# ---- flattening inline elements

def _flat(html: str) -> list[str]:
    root = parse_tree(f"<html><body>{html}</body></html>")
    return [b["text"] for b in blocks_of(root.xpath("//body/*"))]


def test_adjacent_inline_items_get_a_space():
    assert _flat('<div><a href="/t">Tomas Berg</a><span class="role">Contributor</span></div>') == [
        "Tomas Berg Contributor"]
    assert _flat('<div><a href="/a">航运</a><a href="/b">港口</a><a href="/c">集装箱</a></div>') == [
        "航运 港口 集装箱"]


def test_split_words_and_drop_caps_stay_joined():
    assert _flat("<p><span>T</span><small>HE</small> carriers <b>C</b>opper and <i>ship</i><i>ping</i></p>") == [
        "THE carriers Copper and shipping"]


# ---- authors: weekday next to the name, 讯 datelines; sources of republished stories

def test_weekday_after_the_name_is_not_part_of_it():
    assert byline_names("By Tomas Berg Thursday, 12 March 2026") == ["Tomas Berg"]
    assert byline_names("By Tomas Berg · Fri, 13 March 2026") == ["Tomas Berg"]


def _extract_zh(body_html: str, *, head: str = "") -> dict:
    from pipelines import extract

    html = (f"<html lang='zh'><head><meta charset='utf-8'><title>多家航运公司上调亚欧航线运价</title>"
            f"<meta property='og:site_name' content='某平台新闻'>{head}</head><body><article>{body_html}"
            f"<p>{ZH_BODY}</p><p>{ZH_BODY}此外，港口拥堵情况也有所加剧，部分船期出现延误。</p></article></body></html>")
    return extract(html.encode("utf-8"), url="https://news.example.com/a/20260312A01.html")


def test_xun_dateline_gives_reporter_and_original_publisher():
    doc = _extract_zh(f"<p>海港晨报航运频道讯（记者 赵明远）3月12日，{ZH_BODY}</p>")
    assert doc["authors"] == ["赵明远"]
    assert doc["source"] == "海港晨报"
    assert doc["body"].startswith("海港晨报航运频道讯（记者 赵明远）")


def test_picture_credit_is_not_the_source():
    doc = _extract_zh(f"<p>{ZH_BODY}</p><div class='credit'>封面图片来源：图片由海港记者 钱一 摄</div>")
    assert doc["source"] == "某平台新闻"


# ---- deks and summary boxes without a dek class

def test_intro_line_under_the_headline_is_a_dek():
    dek = "Carriers brace for a longer detour as insurers raise premiums"
    out = strip(_blocks(("paragraph", dek), ("paragraph", BODY), ("paragraph", BODY2)))
    assert [b["text"] for b in out.blocks] == [BODY, BODY2]
    assert dek in out.removed


def test_headline_like_line_after_article_text_is_kept():
    line = "Carriers brace for a longer detour as insurers raise premiums"
    out = strip(_blocks(("paragraph", BODY), ("paragraph", line), ("paragraph", BODY2)))
    assert [b["text"] for b in out.blocks] == [BODY, line, BODY2]


def test_summary_box_repeated_by_the_lead_goes():
    lead = "运价连续五周上涨，航运公司普遍预计涨势将延续至二季度。"
    points = ["亚欧航线运价较月初上涨约三成。", "多家船公司宣布加收旺季附加费。"]
    out = strip(_blocks(("paragraph", lead), *[("paragraph", p) for p in points],
                        ("paragraph", lead), ("paragraph", ZH_BODY)))
    assert [b["text"] for b in out.blocks] == [*points, lead, ZH_BODY]
    # Two identical paragraphs next to each other are not a box.
    out = strip(_blocks(("paragraph", ZH_BODY), ("paragraph", ZH_BODY)))
    assert len(out.blocks) == 2


# ---- tag rows

def test_tag_row_is_spaced_and_dropped_at_the_end():
    blocks = blocks_of(parse_tree(
        f"<html><body><div><p>{ZH_BODY}</p><div class='labels'><span>航运</span><span>集装箱</span>"
        f"<span>亚欧航线</span></div></div></body></html>").xpath("//body/div"))
    assert blocks[-1]["text"] == "航运 集装箱 亚欧航线" and blocks[-1]["_items"] == 3
    out = strip(blocks)
    assert [b["text"] for b in out.blocks] == [ZH_BODY]
    assert "航运 集装箱 亚欧航线" in out.removed


def test_spans_of_a_sentence_are_not_a_tag_row():
    blocks = blocks_of(parse_tree(
        "<html><body><p><span>运价上涨，</span><span>船期延误。</span></p>"
        "<p><span>亚欧</span><span>航线</span> 运价继续走高</p></body></html>").xpath("//body/p"))
    assert [(b["text"], b.get("_items")) for b in blocks] == [("运价上涨，船期延误。", None),
                                                            ("亚欧航线 运价继续走高", None)]
