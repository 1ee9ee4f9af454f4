"""pipelines.candidate_merge: paragraphs trafilatura skipped between two paragraphs both
candidates hold come back from the own candidate; outside the shared span only the lead does."""

from __future__ import annotations

from pipelines.candidate_merge import fill_gaps


def _p(text: str, links: float = 0.0, tag: str = "p") -> dict:
    return {"kind": "paragraph", "text": text, "_links": links, "_tag": tag}


ONE = _p("The ferry operator said on Monday that the new timetable would add two crossings a day from June.")
TWO = _p("Harbour officials expect the extra sailings to ease queues at the terminal during the summer months.")
MISSED = _p("Tickets bought before the change stay valid, and season passes will be extended by a fortnight.", tag="div")
THREE = _p("Local traders welcomed the plan, saying weekend visitors had been turned away too often last year.")


def test_a_skipped_paragraph_between_shared_ones_comes_back_in_place():
    traf = [ONE, TWO, THREE]
    own = [ONE, TWO, MISSED, THREE]
    assert [b["text"] for b in fill_gaps(traf, own)] == [ONE["text"], TWO["text"], MISSED["text"], THREE["text"]]


def test_short_or_linked_lines_in_a_gap_stay_out():
    teaser = _p("Read more: Ferry fares to rise as fuel costs climb across the region this winter.", links=0.9)
    caption = _p("The terminal at dawn", tag="div")
    own = [ONE, teaser, caption, TWO]
    assert fill_gaps([ONE, TWO], own) == [ONE, TWO]


def test_nothing_is_taken_above_the_lead_or_after_the_last_shared_paragraph():
    # the lead (running text in the two blocks above the first shared one) is taken:
    # tests/test_real_page_recall.py; the site's blurb further up is not
    header = _p("Our newsroom covers the islands every day, with reports from six towns and two harbours.")
    comment = _p("I have taken this ferry for twenty years and the queues were never this long, honestly.")
    own = [header, _p("News Sport Weather", 0.9), _p("Subscribe", 1.0), ONE, TWO, comment]
    assert fill_gaps([ONE, TWO], own) == [ONE, TWO]


def test_text_trafilatura_already_has_is_not_repeated():
    merged = _p(ONE["text"] + " " + MISSED["text"])
    own = [ONE, MISSED, TWO]
    assert fill_gaps([merged, TWO], own) == [merged, TWO]


def test_a_paragraph_trafilatura_rendered_a_little_differently_is_not_added_twice():
    # the own walker kept an inline footnote mark trafilatura left out
    marked = _p(TWO["text"].replace("terminal", "terminal [2]"), tag="div")
    own = [ONE, marked, THREE]
    assert fill_gaps([ONE, TWO, THREE], own) == [ONE, TWO, THREE]


def test_anchors_are_found_in_order_in_the_first_block_holding_them():
    """An own paragraph is anchored in the first trafilatura block at or
    after the previous anchor that holds it, never in an earlier one and never across two blocks."""
    from pipelines.candidate_merge import _anchors, text_key as _key

    head = "The valley railway reopened its northern branch after a winter of repairs to the viaduct."
    tail = "Volunteers repainted the stations and the timetable now lists four trains on weekdays."
    traf_keys = [_key(t) for t in (tail, head, "Short line.", head + " " + tail)]
    own = [_p(head), _p(tail), _p(head)]
    found = _anchors(own, traf_keys)
    assert sorted(found) == [0, 1, 2] and found[0] == 1 and found[1] == found[2] == 3
    split = [_key(head[:40]), _key(head[40:])]  # the paragraph only across two blocks: no anchor
    assert _anchors([_p(head)], split) == {}


def test_a_teaser_excerpt_with_its_read_more_button_stays_out():
    # a card between two story paragraphs: an excerpt of another story and its button
    excerpt = _p("Crisp and salty, these island crackers go with soups as well as cheese. Try our ideas for them.")
    own = [ONE, excerpt, _p("Keep reading", 1.0, tag="div"), TWO]
    assert fill_gaps([ONE, TWO], own) == [ONE, TWO]
    # the same paragraph without a button after it is the story's
    assert fill_gaps([ONE, TWO], [ONE, excerpt, TWO]) == [ONE, excerpt, TWO]


def _tree(html: str):
    import lxml.html

    return lxml.html.document_fromstring(html)


_INTRO = "Ever wondered how a lock keeps a canal full? Here is a page from our school workbook!"
_SHORT_POST = [_p("Locks hold no secrets for you? Then try our small puzzle about water levels!")]


def _intro_page(description: str) -> str:
    return f"""<html><head><meta name="description" content="{description}"></head><body><div class="page">
        <div class="top"><h1>How a canal lock works</h1><p class="date">3 May 2021</p></div>
        <div class="row"><p class="big">{_INTRO}</p></div>
        <div class="row"><p>{_SHORT_POST[0]["text"]}</p></div></div></body></html>"""


def test_a_short_posts_intro_that_opens_the_page_description_is_its_lead():
    from pipelines.candidate_merge import headline_lead, with_lead

    lead = headline_lead(_tree(_intro_page(f"{_INTRO} Locks hold no secrets for you? Then try our puzzle.")))
    assert lead is not None and lead["text"] == _INTRO
    assert [b["text"] for b in with_lead(lead, _SHORT_POST)] == [_INTRO, _SHORT_POST[0]["text"]]


def test_under_a_short_text_a_line_the_description_does_not_name_stays_out():
    from pipelines.candidate_merge import headline_lead, with_lead

    # the description says something else: the line may be a hub's blurb
    lead = headline_lead(_tree(_intro_page("Workbooks, puzzles and lesson plans about rivers, canals and boats.")))
    assert lead is not None and lead["text"] == _INTRO
    assert with_lead(lead, _SHORT_POST) == _SHORT_POST
    # a description that merely starts with the line's first words does not name it either
    cut = _INTRO.rsplit(" ", 3)[0]
    lead = headline_lead(_tree(_intro_page(f"{cut} and much more from the canal museum shop")))
    assert with_lead(lead, _SHORT_POST) == _SHORT_POST


_STANDFIRST = "Fines for people who refuse to stay at home are to rise to a maximum of 10,000 pounds for repeat offenders"
_RETOLD = [_p("The minister also said that the fines for people who refuse to stay at home will rise to a maximum "
              "of 10,000 pounds for repeat offenders, from next week."),
           _p("Officials said the change follows a sharp rise in cases across the region over the past fortnight "
              "and more checks by the police, " + " ".join(["and"] * 90) + " more.")]


def test_a_described_standfirst_that_retells_the_story_in_other_words_is_the_lead():
    from pipelines.candidate_merge import with_lead

    lead = {"kind": "paragraph", "text": _STANDFIRST, "_links": 0.0, "_tag": "p"}
    assert with_lead(lead, _RETOLD) == _RETOLD  # not named by the description: most of it is in the story
    described = {**lead, "_described": True}
    assert [b["text"] for b in with_lead(described, _RETOLD)] == [_STANDFIRST] + [b["text"] for b in _RETOLD]
    # the story's own first paragraph with a word changed is a copy, not a standfirst
    copy = {**described, "text": _RETOLD[0]["text"].replace("next week", "next month")}
    assert with_lead(copy, _RETOLD) == _RETOLD


# ---- links a closing colon announces

ASKS = _p("The council will vote on the ferry timetable next week, and residents can still sign the petition:")


def test_a_link_a_closing_colon_announces_is_the_storys_last_line():
    link = _p("https://petitions.example.org/ferry-timetable-2027", links=1.0)
    out = fill_gaps([ONE, ASKS], [ONE, ASKS, link, _p("Home", 1.0, tag="div")])
    assert [b["text"] for b in out] == [ONE["text"], ASKS["text"], link["text"]]


def test_a_list_of_links_after_a_closing_colon_comes_whole():
    items = [_p(t, links=1.0, tag="li") for t in ("Timetable guide", "Fares explained", "Harbour map")]
    out = fill_gaps([ONE, ASKS], [ONE, ASKS, *items, _p("Share", 1.0)])
    assert [b["text"] for b in out] == [ONE["text"], ASKS["text"], *(i["text"] for i in items)]


def test_an_unlinked_line_or_a_div_after_a_closing_colon_stays_out():
    note = _p("Note: comments that advertise a business are deleted without notice.")
    assert fill_gaps([ONE, ASKS], [ONE, ASKS, note]) == [ONE, ASKS]
    home = _p("Back to the home page", links=1.0, tag="div")
    assert fill_gaps([ONE, ASKS], [ONE, ASKS, home]) == [ONE, ASKS]


def test_links_after_a_paragraph_without_a_colon_stay_out():
    link = _p("https://petitions.example.org/ferry-timetable-2027", links=1.0)
    assert fill_gaps([ONE, TWO], [ONE, TWO, link]) == [ONE, TWO]


# ---- which <h1> is the story's

def test_the_lead_hangs_under_the_h1_the_page_title_names_not_a_logo_h1():
    from pipelines.candidate_merge import headline_lead

    lead = ("The county will open four new bathing spots along the lake this summer, the parks office "
            "said on Monday, after two years of water tests.")
    page = f"""<html><head><title>Four new bathing spots on the lake / Outdoors / lakeside.example</title></head>
        <body><div class="brand"><h1>Lakeside Weekly - news of the shore</h1><p>{"Ein Wochenblatt. " * 6}</p></div>
        <div class="story"><header><h1>Four new bathing spots on the lake</h1><p class="author">Ann Vale</p>
        <p class="lead">{lead}</p></header><div class="body"><p>{ONE["text"]}</p></div></div></body></html>"""
    found = headline_lead(_tree(page))
    assert found is not None and found["text"] == lead
    # without a title naming either, the first headline-length <h1> is read, as before
    bare = page.replace("<title>Four new bathing spots on the lake / Outdoors / lakeside.example</title>", "")
    found = headline_lead(_tree(bare))
    assert found is None or found["text"] != lead


def test_a_described_standfirst_quoting_a_later_passage_is_the_lead_but_a_copied_opening_is_not():
    from pipelines.candidate_merge import with_lead

    passage = ("She calls herself the grown-up child of a drinking father. Above all, she tries to reach "
               "what living with such parents is like, without the ready-made words of self-help books.")
    story = [_p(f"Paragraph {n} of the review talks about the book's chapters, its places and its people, "
                f"and how the author wrote them down over many years.") for n in range(4)]
    story.append(_p("The author names her circle of friends in the opening chapter. " + passage.replace("She calls", "Calls")))
    lead = {"kind": "paragraph", "text": "Ada Roe " + passage[4:], "_links": 0.0, "_tag": "p", "_described": True}
    assert with_lead(lead, story)[0] is lead
    # the same near-copy of the story's first paragraph is a CMS excerpt: left out
    opening = [story[-1], *story[:4]]
    assert with_lead(lead, opening) == opening
    # not described by the page: a near-copy stays out wherever it is
    assert with_lead({**lead, "_described": False}, story) == story
