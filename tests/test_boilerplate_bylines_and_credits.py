"""boilerplate: bylines, credits, disclosures and pitch boxes (invented examples, not bench pages)."""
from pipelines.boilerplate import byline_names, line_reason


def test_spaced_two_character_chinese_names():
    assert byline_names("作者：郑 云") == ["郑云"]
    assert byline_names("本报记者 王晓明 见习记者 何 静") == ["王晓明", "何静"]
    assert byline_names("本报记者 邢萌") == ["邢萌"]


def test_bracketed_wen_byline():
    assert byline_names("【文/财经观察网 高明远】") == ["高明远"]
    assert byline_names("文/上游新闻 陈晨 刘洋") == ["陈晨", "刘洋"]
    assert byline_names("记者了解到") is None
    assert byline_names("文/张三 李四") == ["张三", "李四"]


def test_photographer_credit_alone_goes_but_a_caption_ending_in_it_stays():
    # Real pages' labels (trafilatura's evaluation pages, the Chinese gold texts) keep a caption
    # that ends in its credit; a line that is only the credit is not text.
    assert line_reason("本报记者 王伟 摄") == "image caption"
    assert line_reason("张敏 刘强 摄") == "image caption"
    assert line_reason("（陈浩 摄）") is not None
    assert line_reason("工人在港口码头装卸集装箱。本报记者 王伟 摄") is None
    assert line_reason("夜色中的城市天际线。 张敏 刘强 摄") is None
    assert line_reason("这部纪录片历时三年由他们拍摄") is None


def test_in_body_app_install_prompt():
    assert line_reason("财经通App 全球行情 立即下载，一键查看板块资金") == "app/newsletter prompt"
    assert line_reason("某某客户端 7×24小时快讯 马上下载") == "app/newsletter prompt"
    assert line_reason("该公司的手机应用上线首日下载量突破百万次，用户评价积极。") is None


def test_unlabelled_position_disclosures():
    assert line_reason("Maria Lopez has positions in Nike. The Motley Fool has positions in and recommends Nike. "
                       "The Motley Fool has a disclosure policy.") == "disclosure"
    assert line_reason("Sam Patel has no position in any of the stocks mentioned.") == "disclosure"
    assert line_reason("Berkshire Hathaway has positions in Apple and Chevron, filings show.") is None


def test_city_span_in_byline_not_the_author():
    from pipelines import Document
    from pipelines.metadata import run
    doc = Document(blocks=[{"kind": "paragraph", "text": "Text."}],
                   meta={"byline": "Maya Chen Markets Reporter Vancouver Published March 3, 2026",
                         "jsonld": {"author": [{"@type": "Person", "name": "Maya Chen"}]}})
    assert run(doc).authors == ["Maya Chen"]
    doc = Document(blocks=[{"kind": "paragraph", "text": "Text."}],
                   meta={"byline": "Securities Daily reporter Xing Meng",
                         "jsonld": {"author": [{"@type": "Person", "name": "Xing Meng"}]}})
    assert run(doc).authors == ["Xing Meng"]


def test_sales_pitch_box_dropped():
    from pipelines.boilerplate import strip
    body = "Acme sells widgets to hospitals and has grown revenue by double digits for five years running now."
    blocks = [{"kind": "paragraph", "text": body},
              {"kind": "heading", "text": "Should you buy stock in Acme right now?"},
              {"kind": "paragraph", "text": "Before you buy stock in Acme, consider this: our analysts picked 10 stocks."},
              {"kind": "paragraph", "text": "*Returns as of May 1, 2026"},
              {"kind": "heading", "text": "Margins are the question"},
              {"kind": "paragraph", "text": body.replace("Acme", "The company")}]
    texts = [b["text"] for b in strip(blocks).blocks]
    assert not any("Should you" in t or "consider this" in t or "Returns as of" in t for t in texts)
    assert "Margins are the question" in texts and body in texts


def test_table_source_line():
    assert line_reason("Source: FactSet. Data as of Sept. 30, 2026.") == "chart source"
    assert line_reason("Sources: company filings. Prices as of market close on May 2.") == "chart source"
    assert line_reason("Source: people familiar with the matter said the deal was close.") is None


def test_reporting_credit_after_the_story_stays_an_editing_line_goes():
    # A wire story's "Additional reporting by ..." line is part of the article in real pages' labels.
    assert line_reason("Additional reporting by Ana Ruiz in Lima; Editing by Tom Hale") is None
    assert line_reason("Reporting by Jo Kent; Editing by Lee Park") is None
    assert line_reason("Editing by Lee Park") is not None
