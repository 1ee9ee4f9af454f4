"""Generic-path cleaning rules found on unseen layouts (bench/eval_clean_test).

Each test is a small hand-written page in the shape of what real sites do;
none copies a test page.
"""

from __future__ import annotations

from pipelines import extract

LEAD_EN = ("The regional lender said on Tuesday that deposits rose 4% in the quarter, helped by higher "
           "savings rates, while loan growth slowed as commercial property clients paid down debt.")
MORE_EN = ("Executives told analysts that margins should stabilise in the second half, although they warned "
           "that competition for deposits from money-market funds had not eased.")
LEAD_ZH = ("今年以来，多家城商行相继下调存款利率，下调幅度在10至20个基点之间。业内人士认为，此举有助于缓解银行净息差"
           "收窄的压力，但对储户的吸引力会有所下降，部分资金可能流向理财和货币基金。")
MORE_ZH = ("记者梳理发现，此次调整主要集中在三年期和五年期定期存款，活期存款利率基本保持不变。有分析人士预计，"
           "后续仍有更多中小银行跟进调整，存款利率整体下行的趋势短期内不会改变。")


def html(body: str, head: str = "<title>Deposit rates</title>") -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"


def body_of(page: str, url: str = "https://news.example.org/a/1.html") -> str:
    out = extract(page, url=url)
    assert not out.get("error"), out
    return out["body"]


# ---- hidden containers that hold the article

def test_article_hidden_by_inline_style_until_a_script_shows_it_is_kept():
    # Account-platform pages ship the content with visibility:hidden and reveal it in JS.
    page = html(f'<div class="wrap"><h1>存款利率再下调</h1>'
                f'<div id="content" style="visibility: hidden;"><p>{LEAD_ZH}</p><p>{MORE_ZH}</p></div>'
                f'<div style="display:none">预览时不可点击</div></div>')
    body = body_of(page)
    assert LEAD_ZH[:20] in body and MORE_ZH[:20] in body
    assert "预览时不可点击" not in body


def test_article_wrapper_with_hidden_class_is_kept():
    page = html(f'<nav><a href="/">Home</a></nav><div class="article-body hidden"><p>{LEAD_EN}</p>'
                f'<p>{MORE_EN}</p></div><div class="hidden">Thanks for signing up!</div>')
    body = body_of(page)
    assert LEAD_EN in body and MORE_EN in body
    assert "signing up" not in body


def test_small_hidden_elements_still_dropped():
    page = html(f'<article><p>{LEAD_EN}</p><p style="display: none">Loading comments failed, retry later please.</p>'
                f'<p>{MORE_EN}</p></article>')
    assert "Loading comments" not in body_of(page)


# ---- tables

def test_table_row_of_figures_is_one_block_with_cells_joined():
    page = html(f'<article><p>{LEAD_EN}</p><table><tr><th>Quarter</th><th>Deposits</th><th>Loans</th></tr>'
                f'<tr><td>Q1</td><td>$41.2bn</td><td>$35.0bn</td></tr></table><p>{MORE_EN}</p></article>')
    out = extract(page, url="https://news.example.org/a/1.html")
    texts = [b["text"] for b in out["blocks"]]
    assert "Quarter | Deposits | Loans" in texts
    assert "Q1 | $41.2bn | $35.0bn" in texts


def test_layout_table_cells_are_not_joined():
    page = html(f'<table><tr><td><a href="/">Home</a></td><td><p>{LEAD_EN}</p><p>{MORE_EN}</p></td></tr></table>')
    out = extract(page, url="https://news.example.org/a/1.html")
    texts = [b["text"] for b in out["blocks"]]
    assert LEAD_EN in texts and MORE_EN in texts


# ---- body lists and subheadings that looked like page furniture

def test_key_points_list_above_the_story_is_body():
    bullets = ("<ul><li>The lender grew deposits 4% in the quarter, the first rise in a year and above forecasts.</li>"
               "<li>Net interest margin narrowed to 2.9% from 3.1%, a smaller fall than analysts had feared.</li></ul>")
    page = html(f'<main><div class="story-top"><div class="highlights"><h2>Highlights</h2>{bullets}</div>'
                f'<div class="story-text"><p>{LEAD_EN}</p><p>{MORE_EN}</p><p>{LEAD_EN}</p><p>{MORE_EN}</p>'
                f'<p>{LEAD_EN}</p></div></div></main>')
    body = body_of(page)
    assert "first rise in a year" in body and "smaller fall" in body


def test_list_of_links_beside_the_story_is_not_body():
    links = ('<ul><li><a href="/1">Why regional banks are cutting deposit rates again this spring season.</a></li>'
             '<li><a href="/2">Five charts that explain the squeeze on lenders and their margins now.</a></li></ul>')
    page = html(f'<main><div class="story-top"><div class="more">{links}</div>'
                f'<div class="story-text"><p>{LEAD_EN}</p><p>{MORE_EN}</p><p>{LEAD_EN}</p></div></div></main>')
    assert "Five charts" not in body_of(page)


def test_subheading_with_header_class_is_kept():
    page = html(f'<article><p>{LEAD_EN}</p><h2 class="section-header anchor">What comes next</h2>'
                f'<p>{MORE_EN}</p></article>')
    out = extract(page, url="https://news.example.org/a/1.html")
    assert {"kind": "heading", "text": "What comes next"} in out["blocks"]


def test_teaser_box_mid_article_ends_at_the_next_subheading():
    page = html(f'<article><p>{LEAD_ZH}</p><div class="box"><span>延伸阅读：</span><ul><li><a href="/1">城商行密集调整存款利率</a></li>'
                f'<li><a href="/2">大行存款利率或将再下调</a></li></ul></div><p><strong>中小银行跟进调整</strong></p>'
                f'<p>{MORE_ZH}</p></article>')
    out = extract(page, url="https://news.example.org/a/1.html")
    texts = [b["text"] for b in out["blocks"]]
    assert "中小银行跟进调整" in texts and "城商行密集调整存款利率" not in texts
    assert MORE_ZH in texts


def test_heading_with_a_boilerplate_class_still_goes():
    page = html(f'<article><p>{LEAD_EN}</p><h3 class="newsletter-title">Get the morning briefing</h3>'
                f'<p>{MORE_EN}</p></article>')
    assert "morning briefing" not in body_of(page)


def test_section_h1s_that_share_no_word_with_the_title_are_not_the_headline():
    # the page's headline h1 sits in the header the cleaning drops; the h1s left in the body
    # are its sections, which stay in the body instead of being dropped as a repeated title
    import lxml.html

    from pipelines.parse import _best_h1

    page = lxml.html.fromstring("<html><body><h1>Training Log</h1><p>x</p><h1>Race Results</h1></body></html>")
    assert _best_h1(page, {"og:title": "About the Lakeside Rowing Club"}) is None
    assert _best_h1(page, {"og:title": "Race Results of the spring regatta"}) == "Race Results"
    zh = lxml.html.fromstring("<html><body><h1>港口新闻</h1><h1>渡轮时刻表调整</h1></body></html>")
    assert _best_h1(zh, {"og:title": "渡轮公司调整夏季时刻表"}) == "渡轮时刻表调整"
