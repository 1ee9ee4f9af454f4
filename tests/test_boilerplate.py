"""pipelines.boilerplate: structure-first removal, bylines, headings."""

from __future__ import annotations

import pytest

from pipelines.boilerplate import byline_names, line_reason, mark_headings, split_source_prefix, strip

P = "Officials said on Monday that the new rules would take effect next month, after a consultation period that drew more than 300 responses from banks and brokers."
P2 = "Analysts expect the measures to lower funding costs for smaller lenders, although the effect on lending may take several quarters to show up in the data."
ZP = "中国人民银行5日宣布，决定下调金融机构存款准备金率0.5个百分点，此次降准共计释放长期资金约1万亿元，有助于保持流动性合理充裕。"


def blocks(*texts, links=0.0):
    return [{"kind": "paragraph", "text": t, "_links": links} for t in texts]


@pytest.mark.parametrize("line, names", [
    ("Securities Daily reporter Xing Meng", ["Xing Meng"]),
    ("By Jane Doe", ["Jane Doe"]),
    ("By Jane Doe and John Roe, Reuters", ["Jane Doe", "John Roe"]),
    ("BY ANN LEE | Bloomberg", ["Ann Lee"]),
    ("Jane Doe, Staff Writer", ["Jane Doe"]),
    ("Staff reporter Li Wei in Hong Kong | 12 June 2024", ["Li Wei"]),
    ("By Sofia Andersson Business reporter", ["Sofia Andersson"]),
    ("本报记者 邢萌", ["邢萌"]),
    ("记者 张三", ["张三"]),
    ("记者 张三 北京报道", ["张三"]),
    ("本报记者 赵一鸣 见习记者 孙悦", ["赵一鸣", "孙悦"]),
    ("文/李四", ["李四"]),
    ("作者：孙浩然", ["孙浩然"]),
    ("记者了解到", None),
    ("By the end of the year", None),
    (P, None),
])
def test_byline_names(line, names):
    assert byline_names(line) == names


def test_source_prefix_split():
    assert split_source_prefix("Securities Daily | Regulators tighten rules on mining") == (
        "Securities Daily", "Regulators tighten rules on mining")
    assert split_source_prefix("证券日报丨央行宣布降准0.5个百分点") == ("证券日报", "央行宣布降准0.5个百分点")
    # a site-name suffix is not a source prefix
    assert split_source_prefix("Regulators tighten rules on mining | The Ledger") == (
        None, "Regulators tighten rules on mining | The Ledger")


@pytest.mark.parametrize("line, reason", [
    ("<<: Some earlier story", "prev/next navigation"),
    (">>: Some later story", "prev/next navigation"),
    ("上一篇：两部门发布支持小微企业融资措施", "prev/next navigation"),
    ("Next article »", "prev/next navigation"),
    ("责任编辑：王磊", "editor"),
    ("（责任编辑：吴凡）", "editor"),
    ("Copyright © 2024 Example Media. All rights reserved.", "copyright"),
    ("版权声明：凡本网注明来源的作品，转载请注明出处。", "copyright"),
    ("Share this article: Facebook Twitter Email", "share bar"),
    ("分享到： 微信 微博 QQ空间", "share bar"),
    ("Leave a comment", "comment prompt"),
    ("Download our app for the latest news", "app/newsletter prompt"),
    ("扫描二维码关注我们", "app/newsletter prompt"),
    ("Risk warning: investing involves risk, including loss of principal.", "disclaimer"),
    ("免责声明：本文仅代表作者个人观点。", "disclaimer"),
    ("Photo: Reuters", "image credit"),
    ("图片来源：视觉中国", "image credit"),
    ("Advertisement", "advertisement"),
    ("Tags: bonds, rates", "tags"),
    ("分享至好友和朋友圈", "share bar"),
    ("Forward-looking statements: This release contains forward-looking statements.", "disclaimer"),
])
def test_line_reasons(line, reason):
    assert line_reason(line) == reason


@pytest.mark.parametrize("line", [P, P2, ZP, "Inventories keep falling", "“Stop service” and “Ban IP”",
                                  "Shares of listed carriers rallied on Monday, and the editor of the index said so."])
def test_body_lines_are_not_boilerplate(line):
    assert line_reason(line) is None


def test_teaser_list_after_heading_any_language():
    for heading in ("Recommend", "Related articles", "You may also like", "推荐阅读", "相关文章", "猜你喜欢"):
        result = strip(blocks(P, P2, heading, "Some unrelated headline", "A teaser that stops mid-sen…",
                              "Another headline here", "Second teaser text…"))
        assert [b["text"] for b in result.blocks] == [P, P2], heading
        assert result.removed[0] == heading


def test_teaser_run_without_heading_is_found_by_structure():
    result = strip(blocks(P, "Why the yen keeps falling", "The currency has lost a fifth of its…",
                          "Five charts on inflation", "Prices rose faster than expected in…", P2))
    assert [b["text"] for b in result.blocks] == [P, P2]


def test_single_ellipsis_paragraph_is_kept():
    text = "He paused before answering the question about the merger, and then said only that talks continue…"
    result = strip(blocks(P, text, P2))
    assert [b["text"] for b in result.blocks] == [P, text, P2]


def test_link_dense_runs_removed():
    result = strip(blocks(P, P2) + blocks("Gold steadies", "Nickel slumps", links=1.0))
    assert [b["text"] for b in result.blocks] == [P, P2]


def test_trailing_unrelated_titles_removed():
    # In HTML the teasers link to other stories (an unlinked closing list is the article's own:
    # tests/test_boilerplate_runs.py).
    result = strip(blocks(P, P2) + blocks("Tear moles and fate", "Which facial features bring luck",
                                          "Four types of unpromising men", links=0.4))
    assert [b["text"] for b in result.blocks] == [P, P2]


def test_repeated_title_and_byline_and_source_prefix():
    title = "Securities Daily | Regulators tighten rules on mining"
    result = strip(blocks(title, "Regulators tighten rules on mining", "Securities Daily reporter Xing Meng", P, P2),
                   title=title)
    assert result.source == "Securities Daily"
    assert result.title == "Regulators tighten rules on mining"
    assert result.authors == ["Xing Meng"]
    assert [b["text"] for b in result.blocks] == [P, P2]
    assert len(result.removed) == 3


def test_source_and_info_lines_become_metadata():
    result = strip(blocks("2021-05-26 07:05 来源：证券日报 作者：邢萌", ZP, "来源：证券日报", ZP))
    assert result.date_line == "2021-05-26 07:05 来源：证券日报 作者：邢萌"
    assert result.source_line == "证券日报"
    assert result.authors == ["邢萌"]
    assert [b["text"] for b in result.blocks] == [ZP, ZP]


def test_profile_line_patterns():
    result = strip(blocks(P, "证券日报网所载文章、数据仅供参考", P2), line_patterns=[r"^(?:证券日报网)?所载文章"])
    assert [b["text"] for b in result.blocks] == [P, P2]
    assert result.removed == ["证券日报网所载文章、数据仅供参考"]


def test_plain_text_headings_merge():
    out = mark_headings(blocks(P, "Xinjiang and parts of Sichuan", "“Suspend power supply to the mine”", P2,
                               "新疆及四川部分地区", "“暂停矿场供电”", ZP))
    assert [(b["kind"], b["text"]) for b in out] == [
        ("paragraph", P),
        ("heading", "Xinjiang and parts of Sichuan “Suspend power supply to the mine”"),
        ("paragraph", P2),
        ("heading", "新疆及四川部分地区“暂停矿场供电”"),
        ("paragraph", ZP),
    ]


def test_plain_text_heading_needs_a_paragraph_after_it():
    out = mark_headings(blocks(P, P2, "A closing line without punctuation"))
    assert all(b["kind"] == "paragraph" for b in out)


def test_source_line_with_author():
    result = strip(blocks(ZP, "本文来源：证券时报 作者：赵敏", ZP))
    assert result.source_line == "证券时报" and result.authors == ["赵敏"]
    assert len(result.blocks) == 2
