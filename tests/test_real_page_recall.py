"""Story text the generic path used to lose on real pages (issue 8, must-appear snippets):
a lead paragraph trafilatura leaves out above the story, a list opening the text taken for a
dek, and "most read/discussed" boxes in German.  All text here is written for these tests."""

from __future__ import annotations

from pipelines.boilerplate import strip
from pipelines.candidate_merge import fill_gaps


def _p(text, links=0.0, tag="p", kind="paragraph"):
    return {"kind": kind, "text": text, "_links": links, "_tag": tag}


ONE = _p("The ferry operator said on Monday that the new timetable would add two crossings a day from June.")
TWO = _p("Harbour officials expect the extra sailings to ease queues at the terminal during the summer months.")
LEAD = _p("Two more boats a day, cheaper season passes and a new pier: the island’s transport plan is ready.",
          tag="div")


def test_the_lead_just_above_the_first_shared_paragraph_goes_first():
    assert fill_gaps([ONE, TWO], [LEAD, ONE, TWO]) == [LEAD, ONE, TWO]


def test_a_photo_credit_between_the_lead_and_the_story_does_not_hide_the_lead():
    credit = _p("Photo: Harbour Board", tag="div")
    assert fill_gaps([ONE, TWO], [LEAD, credit, ONE, TWO]) == [LEAD, ONE, TWO]


def test_text_further_up_than_the_lead_is_not_taken():
    blurb = _p("Our newsroom covers the islands every day, with reports from six towns and two harbours.")
    menu, credit = _p("News Sport Weather", 0.9), _p("Photo: Harbour Board", tag="div")
    assert fill_gaps([ONE, TWO], [blurb, menu, credit, ONE, TWO]) == [ONE, TWO]


def test_a_lead_trafilatura_already_has_is_not_repeated():
    assert fill_gaps([_p(LEAD["text"] + " " + ONE["text"]), TWO], [LEAD, ONE, TWO])[0]["text"].count("pier") == 1


_PROSE = ("The ferry company said on Monday that the winter timetable would run two boats a day, "
          "after a season in which storms cancelled almost a third of the crossings.")
_PROSE2 = ("Islanders who work on the mainland asked for an early boat, and the council agreed to pay "
           "for a trial until the end of March.")


def test_a_list_item_opening_the_text_is_not_a_dek():
    item = "The Lighthouse Keeper · Anna Holm (1987)"
    out = strip([_p(item, tag="li"), _p(_PROSE), _p(_PROSE2)])
    assert item in [b["text"] for b in out.blocks]
    line = "How a small island kept its ferry running through the worst winter in decades"
    assert "dek" in strip([_p(line), _p(_PROSE), _p(_PROSE2)]).reasons


def test_most_discussed_headings_open_a_teaser_list():
    for heading in ("meist-diskutiert", "Meistgelesen", "Meist kommentierte Artikel", "Most commented"):
        out = strip([_p(_PROSE), _p(_PROSE2), _p(heading, kind="heading"),
                     _p("Neue Fähre für die Nordroute", 1.0), _p("Winterfahrplan ab Dezember", 1.0)])
        assert [b["text"] for b in out.blocks] == [_PROSE, _PROSE2], heading
    out = strip([_p("Meistens fährt die erste Fähre pünktlich, sagte der Kapitän am Montag im Hafen."),
                 _p(_PROSE), _p(_PROSE2)])
    assert len(out.blocks) == 3


def test_the_lead_goes_right_before_the_first_shared_paragraph():
    kicker = _p("Island transport", kind="heading", tag="h2")
    assert fill_gaps([kicker, ONE, TWO], [LEAD, ONE, TWO]) == [kicker, LEAD, ONE, TWO]


THREE = _p("Local traders welcomed the plan, saying weekend visitors had been turned away too often last year.")


def test_a_subheading_trafilatura_dropped_comes_back_before_its_text():
    sub = _p("What changes for season passes", kind="heading", tag="h3")
    assert fill_gaps([ONE, TWO, THREE], [ONE, TWO, sub, THREE]) == [ONE, TWO, sub, THREE]


def test_a_box_title_followed_by_links_stays_out():
    box = _p("Read also", kind="heading", tag="h3")
    teaser = _p("Ferry fares to rise in spring", 1.0)
    lone = _p("More about the harbour works", kind="heading", tag="h2")
    own = [ONE, TWO, box, teaser, lone, _p("Photo: Harbour Board", tag="div"), THREE]
    assert fill_gaps([ONE, TWO, THREE], own) == [ONE, TWO, THREE]


def _tree(html):
    import lxml.html

    return lxml.html.document_fromstring(html)


_LEAD_TEXT = "Two more boats a day, cheaper season passes and a new pier: the island’s transport plan is ready."
_STORY = "The ferry operator said on Monday that the new timetable would add two crossings a day from June."


def test_the_standfirst_in_the_article_header_is_the_lead():
    from pipelines.candidate_merge import headline_lead, with_lead

    root = _tree(f"""<html><body><article><header class="entry-header"><div class="kicker">Islands</div>
        <h1>Ferry timetable adds crossings</h1><div class="meta">By Ann Lee</div>
        <p class="excerpt">{_LEAD_TEXT}</p></header>
        <div class="body"><p>{_STORY}</p></div></article></body></html>""")
    lead = headline_lead(root)
    assert lead is not None and lead["text"] == _LEAD_TEXT
    story = [_p(_STORY), _p(_PROSE), _p(_PROSE2), _p(TWO["text"]), _p(THREE["text"])]
    assert [b["text"] for b in with_lead(lead, story)] == [_LEAD_TEXT] + [b["text"] for b in story]
    assert with_lead(lead, [_p(_LEAD_TEXT), *story]) == [_p(_LEAD_TEXT), *story]  # already there
    assert with_lead(lead, story[:2]) == story[:2]  # a short text: the line may be a hub's blurb


def test_no_lead_without_running_text_under_the_headline():
    from pipelines.candidate_merge import headline_lead

    root = _tree("""<html><body><header><h1>Ferry timetable adds crossings</h1>
        <p>By Ann Lee</p><p>12 May 2024</p></header>
        <nav><p>Menu: news, sport and the weather on the islands, each morning and evening.</p></nav>
        </body></html>""")
    assert headline_lead(root) is None


def test_an_author_box_under_the_headline_is_not_the_lead():
    from pipelines.candidate_merge import headline_lead

    root = _tree(f"""<html><body><header><h1>Ferry timetable adds crossings</h1>
        <div class="author_short_bio"><p>Ann Lee is a transport reporter who has covered the islands,
        their ferries and their harbours since the old pier opened.</p></div>
        <p class="intro-text">{_LEAD_TEXT}</p></header></body></html>""")
    assert headline_lead(root)["text"] == _LEAD_TEXT


def test_extract_keeps_the_standfirst_the_header_holds():
    from pipelines import extract

    story = "".join(
        f"<p>{s}</p>" for s in (
            _STORY, _PROSE, _PROSE2,
            "Harbour officials expect the extra sailings to ease queues at the terminal during the summer months.",
            "Local traders welcomed the plan, saying weekend visitors had been turned away too often last year.",
            "The council will review the trial in October and publish the passenger counts for every crossing.",
        ))
    html = f"""<!doctype html><html><head><title>Ferry timetable adds crossings</title></head><body>
        <nav><a href="/">Home</a> <a href="/news">News</a></nav><main><article>
        <header class="entry-header"><h1>Ferry timetable adds crossings</h1>
        <p class="excerpt">{_LEAD_TEXT}</p></header>
        <div class="entry-content">{story}</div></article></main>
        <footer><p>Harbour Press, all the news from the islands.</p></footer></body></html>"""
    out = extract(html.encode(), "https://harbour.example/news/2024/05/ferry-timetable")
    assert out.get("error") is None
    assert out["body"].startswith(_LEAD_TEXT)
    assert _STORY in out["body"]


def test_a_bio_line_a_posting_line_or_a_style_block_is_not_the_lead():
    from pipelines.candidate_merge import headline_lead

    for line in ("Ann Lee is an experienced reporter who has covered the islands and their ferries for years.",
                 "Posted by Ann Lee on Friday 12 May 2024 at 08:00, filed under the harbour and its works.",
                 "<style>.front h1.title { display: none; } .byline { margin: 0; } a.more { color: red; }</style>"
                 "A style block and a note."):
        root = _tree(f"<html><body><header><h1>Ferry timetable adds crossings</h1><p>{line}</p></header></body></html>")
        assert headline_lead(root) is None, line
    root = _tree(f"<html><body><header><h1>Ferry timetable adds crossings</h1><p>{_LEAD_TEXT}</p></header></body></html>")
    assert headline_lead(root)["text"] == _LEAD_TEXT


def test_a_short_cjk_headline_still_leads_to_its_summary():
    # a Chinese title (a name) of three characters is a whole headline; a Latin one is a logo
    from pipelines.candidate_merge import headline_lead

    summary = "林晓雨，1980年3月5日出生于厦门，中国内地女演员、歌手，毕业于上海戏剧学院表演系。"
    root = _tree(f"""<html><body><div class="poster"><dl><dd class="title"><h1>林晓雨</h1></dd>
        <dd class="desc"><div class="summary"><div class="para">{summary}</div></div></dd></dl></div>
        </body></html>""")
    assert headline_lead(root)["text"] == summary
    logo = _tree(f"""<html><body><div class="top"><h1>Ferries</h1><p>{_LEAD_TEXT}</p></div></body></html>""")
    assert headline_lead(logo) is None
