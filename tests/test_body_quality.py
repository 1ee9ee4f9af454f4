"""Body quality on real-page shapes (issue 8): the candidate a dated list must not win,
hard-wrapped lines joined, and boilerplate rules narrowed where they cut article text.
All text here is written for these tests."""

from __future__ import annotations

from pipelines.blocks import dated_share, is_dated_list
from pipelines.boilerplate import line_reason, strip
from pipelines.normalize import join_wrapped


def _p(text, links=0.0, tag="p", kind="paragraph"):
    return {"kind": kind, "text": text, "_links": links, "_tag": tag}


_PROSE = ("The ferry company said on Monday that the winter timetable would run two boats a day, "
          "after a season in which storms cancelled almost a third of the crossings.")
_PROSE2 = ("Islanders who work on the mainland asked for an early boat, and the council agreed to pay "
           "for a trial until the end of March.")


# ---------------------------------------------------------------- candidate choice

def _comments(n):
    out = []
    for k in range(n):
        out.append(_p(f"re: Ferry timetable 2024-11-{k + 10:02d} 09:{k + 10:02d} reader{k}"))
        out.append(_p("Good news for commuters, finally."))
    return out


def test_a_comment_thread_is_a_dated_list_and_does_not_beat_the_article():
    article = [_p(_PROSE), _p(_PROSE2)]
    thread = _comments(6)
    assert dated_share(thread) == 0.5
    assert is_dated_list(thread, article)


def test_an_article_with_a_dated_line_is_not_a_dated_list():
    longer = [_p(_PROSE), _p(_PROSE2)] * 4 + [_p("Updated 2024-11-12 10:30")]
    assert not is_dated_list(longer, [_p(_PROSE)])


def test_two_dated_lists_do_not_count_against_each_other():
    assert not is_dated_list(_comments(6), _comments(2))


def test_generic_path_keeps_the_article_over_a_longer_comment_thread(monkeypatch):
    from pipelines import parse, trafilatura_candidate
    from pipelines.html_common import parse_tree

    comments = "".join(
        f"<p>re: Ferry timetable 2024-11-{k + 10:02d} 09:{k + 10:02d} reader{k}</p>"
        f"<p>Good news for commuters, and about time too, since the old timetable left us stranded, "
        f"cold and late for work every other week.</p>" for k in range(14))
    page = (f"<html><body><div><p>{_PROSE}</p><p>{_PROSE2}</p></div>"
            f"<div>{comments}</div></body></html>")
    article = [_p(_PROSE), _p(_PROSE2)]
    monkeypatch.setattr(trafilatura_candidate, "candidate", lambda root, url=None, wins=None: [dict(b) for b in article])
    blocks, which = parse.generic_blocks(parse_tree(page), None)
    assert which == "trafilatura"
    assert [b["text"] for b in blocks] == [_PROSE, _PROSE2]
    # without the dates the longer text wins on length, as before
    page = page.replace("2024-11-", "on the ").replace("09:", "at ")
    assert parse.generic_blocks(parse_tree(page), None)[1] == "own"


# ---------------------------------------------------------------- hard-wrapped lines

def test_hard_wrapped_lines_are_joined_into_one_paragraph():
    lines = [_p("The harbour master said the new pontoon would be ready before"),
             _p("the sailing season, although the steel arrived three weeks late"),
             _p("and the crane had to be hired twice."),
             _p("A second paragraph starts with a capital letter and stays apart.")]
    out = join_wrapped(lines)
    assert [b["text"] for b in out] == [
        "The harbour master said the new pontoon would be ready before the sailing season, although the "
        "steel arrived three weeks late and the crane had to be hired twice.",
        "A second paragraph starts with a capital letter and stays apart."]


def test_short_lines_headings_and_list_items_are_not_joined():
    verse = [_p("the tide comes in"), _p("and goes")]
    assert len(join_wrapped(verse)) == 2
    heading = [_p("Why the pontoon was late and what it cost", kind="heading"), _p("nobody expected it.")]
    assert len(join_wrapped(heading)) == 2
    items = [_p("bring a warm jacket and a flask of tea for the", tag="li"), _p("crossing", tag="li")]
    assert len(join_wrapped(items)) == 2
    sentence = [_p("The harbour master said the pontoon would be ready in spring."), _p("nobody believed it.")]
    assert len(join_wrapped(sentence)) == 2


# ---------------------------------------------------------------- narrowed rules

def test_article_lines_before_a_teaser_run_stay():
    closing = "Copies of the report can be ordered from the harbour office at the address below"
    blocks = [_p(_PROSE), _p(closing),
              _p("Storm damage on the north pier A survey found cracks in two of the piles and the…"),
              _p("New café opens at the ferry terminal The owners say they will open at six every…")]
    out = strip(blocks)
    texts = [b["text"] for b in out.blocks]
    assert closing in texts
    assert out.reasons == ["teaser list", "teaser list"]


def test_linked_title_before_a_teaser_run_still_goes():
    blocks = [_p(_PROSE), _p("More from the harbour", 1.0),
              _p("Storm damage on the north pier A survey found cracks in two of the piles and the…"),
              _p("New café opens at the ferry terminal The owners say they will open at six every…")]
    out = strip(blocks)
    assert [b["text"] for b in out.blocks] == [_PROSE]


def test_code_blocks_are_not_judged_as_lines():
    code = ">>> def tally(rows=[]):  # rows is shared between calls"
    out = strip([_p(_PROSE), _p(code, tag="pre"), _p(_PROSE2)])
    assert code in [b["text"] for b in out.blocks]
    assert line_reason(">>> run()") is None
    assert line_reason(">> Next: the budget") == "prev/next navigation"


def test_quotes_numbered_sections_and_fact_lines_are_not_deks():
    for line in ("“Time is what we want most, but what we use worst.”",
                 "1. Why harbours silt up",
                 "Cooking time: 40 minutes (plus resting)"):
        out = strip([_p(line), _p(_PROSE), _p(_PROSE2)])
        assert line in [b["text"] for b in out.blocks], line
    dek = "How a small island kept its ferry running through the worst winter in decades"
    assert "dek" in strip([_p(dek), _p(_PROSE), _p(_PROSE2)]).reasons


def test_a_paragraph_about_copyright_is_not_a_copyright_line():
    para = ("其次，播客同时提供音频和视频内容，使原本就复杂的网络著作权问题更加棘手，"
            "内容的版权所有者往往难以追踪每一次转发，平台也缺少有效的办法去核实上传者是否获得了授权，"
            "因此业内人士呼吁尽快出台相应的管理规定，并建立统一的登记和查询系统。")
    assert len(para) > 100
    assert line_reason(para) is None
    assert line_reason("本网站所有内容版权所有，未经许可不得转载") == "copyright"
    assert line_reason("Copyright © 2024 Harbour Press. All rights reserved.") == "copyright"


def test_breadcrumb_and_print_close_bar_go():
    assert line_reason("当前位置：首页 ｜ 地方新闻 ｜ 人物访谈") == "breadcrumb"
    assert line_reason("You are here: Home / News / Harbour") == "breadcrumb"
    assert line_reason("首页 > 社区 > 港口论坛 | 在线用户 :812") == "breadcrumb"
    assert line_reason("Home » News » Harbour") == "breadcrumb"
    assert line_reason("海港网首页 —> 频道 —> 渡轮") == "breadcrumb"
    assert line_reason("Home is where the harbour is, the old sailors said.") is None
    assert line_reason("海港娱乐 > 明星俱乐部 > 话题 | [ 精华区 ]") == "breadcrumb"
    assert line_reason("News › World › Asia") == "breadcrumb"
    assert line_reason("Prices rose > 5% in May, and > 7% in June.") is None
    assert line_reason("【 打印本稿 】 | 【 关闭 】") == "share bar"


def test_forum_greeting_trackback_and_comment_counts_go():
    assert line_reason("游客 欢迎你！") == "login state"
    assert line_reason("Welcome, Guest! Please log in.") == "login state"
    assert line_reason("本文引用通告地址: /trackback.php?p=17") == "comment prompt"
    assert line_reason("《渡轮时刻表》已有3件评论") == "comment prompt"
    assert line_reason("The guest speaker was welcomed by the mayor.") is None


def test_view_counters_go():
    for line in ("您是本文第 154 个阅览者", "浏览次数：1234", "Views: 1,204"):
        assert line_reason(line) == "view counter", line
    assert line_reason("阅读次数最多的文章是一篇关于渡轮的报道。") is None


def test_disclaimer_heading_opens_end_matter():
    out = strip([_p(_PROSE), _p(_PROSE2), _p("海港网版权与免责声明："),
                 _p("① 凡本网注明来源的作品，版权均属于本网，转载请联系。"),
                 _p("② 如因作品内容需要同本网联系的，请在三十日内进行。")])
    assert [b["text"] for b in out.blocks] == [_PROSE, _PROSE2]


def test_calendar_rows_and_linked_section_bars_go():
    rows = [_p("日 | 一 | 二 | 三 | 四 | 五 | 六", tag="tr"), _p("8 | 9 | 10 | 11 | 12 | 13 | 14", tag="tr"),
            _p("首页 | 新闻 | 财经 | 体育 | 港口 | 天气", 0.6, "tr")]
    out = strip([_p(_PROSE)] + rows + [_p(_PROSE2)])
    assert [b["text"] for b in out.blocks] == [_PROSE, _PROSE2]
    assert out.reasons == ["calendar", "calendar", "navigation bar"]
    out = strip([_p(_PROSE), _p("Harbour home - News - Sport - Weather - Ferries - Jobs", 0.7), _p(_PROSE2)])
    assert out.reasons == ["navigation bar"]


def test_table_header_rows_and_figures_stay():
    rows = [_p("Route | Boats a day | Crossing time | Fare | Operator", tag="tr"),
            _p("4 | 7 | 12 | 3 | 9", tag="tr"),
            _p("North | South | East | West | Harbour", 0.0, "tr")]
    out = strip([_p(_PROSE)] + rows + [_p(_PROSE2)])
    assert len(out.blocks) == 5


def test_comment_section_heading_opens_end_matter():
    for heading in ("最新评论", "12 Comments", "Reader comments"):
        out = strip([_p(_PROSE), _p(_PROSE2), _p(heading, kind="heading"),
                     _p("harbourfan [10.0.0.*] 认为："), _p("The ferry was late again this morning, as usual.")])
        assert [b["text"] for b in out.blocks] == [_PROSE, _PROSE2], heading


def test_end_matter_in_a_table_laid_out_page_runs_through_its_rows():
    rows = [_p("最新评论", tag="tr"), _p("harbourfan [10.0.0.*] 认为：", tag="tr"),
            _p("渡轮今天早上又晚点了，和往常一样。", tag="tr")]
    out = strip([_p(_PROSE, tag="tr"), _p(_PROSE2, tag="tr")] + rows)
    assert [b["text"] for b in out.blocks] == [_PROSE, _PROSE2]
    # a sidebar widget heading above the story does not take the story with it
    sidebar = [_p("洞庭湖边的小站", tag="tr"), _p(_PROSE, tag="tr"), _p("最新评论", tag="tr"), _p("留言板", tag="tr")]
    story = [_p(_PROSE2.replace("council", f"council {k}"), tag="tr") for k in range(6)]
    out = strip(sidebar + story)
    assert all(b in [x["text"] for x in out.blocks] for b in [s["text"] for s in story])
    # a data table after an ordinary end-matter opener still ends it
    out = strip([_p(_PROSE), _p("Media contacts:"), _p("Jane Roe, press office"), _p("Route | Boats | Fare", tag="tr")])
    assert "Route | Boats | Fare" in [b["text"] for b in out.blocks]


def test_a_long_element_named_standfirst_is_the_story_not_a_dek():
    from pipelines.html_clean import drop_repeats
    from pipelines.html_common import parse_tree

    story = " ".join([_PROSE, _PROSE2] * 4)
    menu = "".join(f"<li><a href='/s{k}'>Section number {k} of the harbour site</a></li>" for k in range(60))
    page = (f"<html><body><ul>{menu}</ul><div class='field-standfirst'>{story}</div>"
            f"<div class='standfirst'>A short summary line above the story.</div></body></html>")
    root = parse_tree(page)
    drop_repeats(root)
    text = root.text_content()
    assert _PROSE2 in text
    assert "A short summary line" not in text


def test_recommend_headings_in_other_languages_open_a_teaser_list():
    for heading in ("Mehr von Hafenblatt", "Weitere Reisetipps in Norwegen", "Weitere Fachartikel", "Más sobre El Puerto", "À lire aussi"):
        out = strip([_p(_PROSE), _p(_PROSE2), _p(heading, kind="heading"),
                     _p("Neue Fähre für die Nordroute", 1.0), _p("Winterfahrplan ab Dezember", 1.0)])
        assert [b["text"] for b in out.blocks] == [_PROSE, _PROSE2], heading
    out = strip([_p(_PROSE), _p("Weitere Informationen zum Fahrplan gibt es im Hafenbüro, das werktags geöffnet hat."),
                 _p(_PROSE2)])
    assert len(out.blocks) == 3


def test_footer_link_bars_and_follow_prompts_go():
    assert line_reason("关于我们 | 网站公告 | 联系方式 | 广告服务 | 友情链接 |") == "footer links"
    assert line_reason("About us | Contact | Privacy policy | Jobs at the harbour") == "footer links"
    assert line_reason("Ferries | Buses | Trains | Taxis") is None
    assert line_reason("（更多内容请继续关注 海港网）") == "app/newsletter prompt"


def test_a_labelled_title_line_is_the_repeated_title():
    out = strip([_p("主题： 渡轮为什么总是晚点？"), _p(_PROSE), _p(_PROSE2)], title="渡轮为什么总是晚点？")
    assert out.reasons == ["repeated title"]


def test_a_line_of_forum_markup_goes():
    assert line_reason("[marquee][img src=http://img.example.org/a.jpg][/img][/marquee]") == "markup"
    assert line_reason("[b]Ferry[/b] timetable changes from [i]Monday[/i], the harbour office said.") is None
