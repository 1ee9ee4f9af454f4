"""boilerplate and parse: closing credits and contact lines, "read next" boxes, embedded social posts,
deks and pull quotes, listicle subheadings after a teaser box, and authors from
meta fields, info bars and wire datelines.  Texts here are invented."""

from __future__ import annotations

import pytest

from pipelines import extract
from pipelines.boilerplate import byline_names, line_reason, strip
from pipelines.metadata import _names_from_byline, _visible_casing
from pipelines.parse import _info_byline

BODY = ("Freight rates on the main Asia-Europe lanes climbed for a fifth week as carriers kept rerouting "
        "ships around southern Africa, adding roughly ten days to each round trip, brokers said.")
BODY2 = ("Analysts at two brokerages said the increases would feed into retail prices by the autumn, though "
         "they disagreed on how much of the cost importers could pass on to shoppers.")


def _blocks(*items):
    return [{"kind": k, "text": t, "_links": links} for k, t, links in
            ((i + (0.0,)) if len(i) == 2 else i for i in items)]


# ---- closing credit and contact lines

@pytest.mark.parametrize("line", [
    "Reuters Staff Writers Omar Haddad and Lena Fischer contributed.",
    "Write to Tomas Berg at tomas.berg@harbourdaily.example",
    "A version of this article appears in print on March 3, 2025, Section B, Page 4 of the New York edition.",
    "This article appeared in the Markets section of the print edition under the headline \"Ships go the long way\"",
    "Appeared in the March 3, 2025, print edition as 'Long Way Round.'",
    "For media inquiries, e-mail press@portauthority.example or call 415-555-0188.",
    "Our Standards: The Thomson Reuters Trust Principles., opens new tab",
    "Purchase Licensing Rights, opens new tab",
    "Item 2 of 3 A container ship waits off Singapore. REUTERS/Jo Tan",
    "[2/3]A container ship waits off Singapore. REUTERS/Jo Tan Purchase Licensing Rights, opens new tab",
    "AFP Markets Reporters",
    "Read NextShipping groups order record number of vessels",
    "延伸阅读：航运价格再创新高，货主如何应对？",
])
def test_closing_and_box_lines_are_boilerplate(line):
    assert line_reason(line) is not None


@pytest.mark.parametrize("line", [
    "The two companies contributed.",  # lower-case words: a sentence, not a credit line
    "Shares of Harbour Lines appeared in the top ten gainers after its results were printed on Tuesday.",
    "Item 4 on the agenda was a vote on the dividend, which shareholders approved by a wide margin.",
    "Writers and editors at the paper went on strike on Monday over pay.",
    "Two reporters",
    "He told staff to write to the board at the end of the month with their objections.",
])
def test_body_lines_resembling_credits_stay(line):
    assert line_reason(line) is None


# ---- teaser box inside a listicle

def test_inline_read_next_box_does_not_swallow_next_numbered_item():
    res = strip(_blocks(
        ("paragraph", BODY),
        ("paragraph", "Read next"),
        ("paragraph", "Why container lines are suddenly rich again", 1.0),
        ("heading", "3. Harbour Lines"),
        ("paragraph", "Ticker: HBL"),
        ("paragraph", BODY2),
    ))
    texts = [b["text"] for b in res.blocks]
    assert "3. Harbour Lines" in texts and "Ticker: HBL" in texts and BODY2 in texts
    assert "Why container lines are suddenly rich again" not in texts


# ---- HTML-level: social embeds, deks, pull quotes

PAGE = f"""<html><head><title>Freight rates climb again</title></head><body><article class="story">
<h1>Freight rates climb again</h1>
<h2 class="story-dek">Carriers keep ships away from the Red Sea, and shippers pay for it.</h2>
<div class="story-body"><p>{BODY}</p>
<blockquote class="twitter-tweet"><p>Spot rate Shanghai-Rotterdam up 9% this week. Full index on our site.</p>
&mdash; Box Index (@BoxIndex) <a href="https://x.com/BoxIndex/status/1">March 2, 2025</a></blockquote>
<blockquote class="pull-quote"><p>"Ten days longer for every round trip"</p><cite>A broker</cite></blockquote>
<p>{BODY2}</p></div></article></body></html>"""


def test_dek_and_pull_quote_leave_the_body_a_quoted_tweet_stays():
    out = extract(PAGE, url="https://news.example/markets/freight-rates")
    assert BODY in out["body"] and BODY2 in out["body"]
    for gone in ("Carriers keep ships away", "Ten days longer"):
        assert gone not in out["body"], gone
    # the story quotes the tweet as a source (trafilatura's candidate keeps it)
    assert "Spot rate Shanghai-Rotterdam up 9% this week." in out["body"]


def test_other_embedded_posts_still_leave_the_body():
    page = PAGE.replace('class="twitter-tweet"', 'class="instagram-media"')
    out = extract(page, url="https://news.example/markets/freight-rates")
    assert BODY in out["body"] and "Spot rate" not in out["body"]


# ---- authors

def test_zh_byline_with_latin_digits_in_media_name():
    assert byline_names("21世纪财经报道记者 陈思远 深圳报道") == ["陈思远"]


def test_info_bar_author_after_source_label():
    assert _info_byline("2025-03-02 09:15:00 来源：航运周刊 作者：周海峰") == ["周海峰"]


def test_meta_author_lists_roles_and_nicknames():
    assert _names_from_byline("周海峰,林小雨") == ["周海峰", "林小雨"]
    assert _names_from_byline("Tomas Berg, Harbour staff writer") == ["Tomas Berg"]
    assert _names_from_byline("航运老兵阿峰", nickname=True) == ["航运老兵阿峰"]
    assert _names_from_byline("航运老兵阿峰") == []  # a byline element needs a name-shaped text


def test_upper_case_name_takes_visible_casing():
    assert _visible_casing("TOMAS BERG", ["By Tomas Berg, Harbour staff writer"]) == "Tomas Berg"
    assert _visible_casing("TOMAS BERG", []) == "Tomas Berg"
    assert _visible_casing("Tomas Berg", ["TOMAS BERG"]) == "Tomas Berg"


def test_wire_dateline_reporter_becomes_author():
    page = ("<html><head><meta charset='utf-8'><title>港口吞吐量创新高</title></head><body><div class='content'>"
            "<p>新华网上海3月2日电 (记者 周海峰)上海港2月集装箱吞吐量同比增长8.1%，创同期新高，港口方面表示，"
            "航线调整带来的中转需求是主要原因。</p>"
            "<p>业内人士认为，随着远洋航线绕行常态化，港口之间的中转竞争将更加激烈，运价仍可能维持高位。</p>"
            "</div></body></html>")
    out = extract(page, url="https://news.example/2025/03/02/port.html")
    assert out["authors"] == ["周海峰"]
