"""Passes over runs of blocks (pipelines.boilerplate_runs), as strip() runs them."""

from pipelines.boilerplate import strip


def _p(text, links=0.0, tag="p"):
    return {"kind": "paragraph", "text": text, "_links": links, "_tag": tag}


_PROSE = ("The harbour board met on Tuesday to weigh the plan, and most members said the cost "
          "was too high for a town of this size, though a vote was put off until spring.")


def test_linked_list_introduced_by_a_colon_inside_the_article_stays():
    blocks = [_p(_PROSE), _p("The board looked at three suppliers:"),
              _p("Northwind Marine Works", 1.0, "li"), _p("Bluefin Dock Systems", 1.0, "li"),
              _p("Calder Pier Company", 1.0, "li"), _p(_PROSE.replace("Tuesday", "Friday"))]
    out = strip(blocks)
    assert "Bluefin Dock Systems" in [b["text"] for b in out.blocks]


def test_linked_list_at_the_end_still_goes():
    blocks = [_p(_PROSE), _p("Northwind Marine Works", 1.0, "li"), _p("Bluefin Dock Systems", 1.0, "li")]
    out = strip(blocks)
    assert [b["text"] for b in out.blocks] == [_PROSE]
    assert out.reasons == ["link list", "link list"]


def test_linked_list_without_a_colon_between_paragraphs_still_goes():
    blocks = [_p(_PROSE), _p("Northwind Marine Works", 1.0, "li"), _p("Bluefin Dock Systems", 1.0, "li"),
              _p(_PROSE.replace("Tuesday", "Friday"))]
    assert "link list" in strip(blocks).reasons


def test_unlinked_closing_list_in_html_is_the_articles_own():
    # A tour-date list closing the story: title-like lines whose words the text does not use.
    tail = ["Oslo Spektrum 12 March", "Berlin Columbiahalle 15 March", "Vienna Gasometer 18 March"]
    out = strip([_p(_PROSE)] + [_p(t, 0.0, "li") for t in tail])
    assert [b["text"] for b in out.blocks][1:] == tail


def test_linked_unrelated_closing_list_in_html_goes():
    tail = ["Oslo Spektrum 12 March", "Berlin Columbiahalle 15 March", "Vienna Gasometer 18 March"]
    out = strip([_p(_PROSE)] + [_p(t, 0.4, "li") for t in tail])
    assert [b["text"] for b in out.blocks] == [_PROSE]
    assert set(out.reasons) == {"unrelated title list"}


def test_unrelated_closing_list_in_plain_text_goes():
    tail = ["Oslo Spektrum 12 March", "Berlin Columbiahalle 15 March", "Vienna Gasometer 18 March"]
    out = strip([_p(_PROSE, tag="line")] + [_p(t, 0.0, "line") for t in tail], input_kind="text")
    assert [b["text"] for b in out.blocks] == [_PROSE]


_OTHER_TEASERS = [
    _p("The choir from the old mill town is back, and this time they sing the harbour song with two hundred …"),
    _p("A new comic about lighthouse keepers follows three sisters through one long winter on the …"),
]


def test_a_link_posts_source_link_and_via_credit_stay_before_the_teasers():
    blocks = [_p(_PROSE), _p("The town that learned to love its ferry", 1.0), _p("(via Harbour Notes)", 0.7),
              *_OTHER_TEASERS]
    out = strip(blocks)
    assert [b["text"] for b in out.blocks] == [_PROSE, "The town that learned to love its ferry", "(via Harbour Notes)"]
    assert out.reasons == ["teaser list", "teaser list"]


def test_linked_lines_without_a_via_credit_still_go_with_the_teasers():
    blocks = [_p(_PROSE), _p("The town that learned to love its ferry", 1.0), _p("Harbour Notes", 0.9),
              *_OTHER_TEASERS]
    out = strip(blocks)
    assert [b["text"] for b in out.blocks] == [_PROSE]
    # a via line that does not follow the story's text is a list's line like the others
    blocks = [_p("Harbour Notes", 1.0), _p("(via Harbour Notes)", 0.7), _p("Pier News", 1.0)]
    assert strip(blocks).blocks == []


_ROLL = [("Ferry timetable to change after the spring storms", "via Harbour Notes https://notes.example"),
         ("Three villages share one bus and one baker", "via Coastal Daily https://daily.example/x"),
         ("Why the lighthouse lamp is turned off at dawn", "via Pier News https://pier.example")]


def test_a_link_roll_of_titles_each_with_its_via_credit_stays():
    blocks = [b for title, credit in _ROLL for b in (_p(title, 1.0), _p(credit, 0.55))]
    out = strip(blocks)
    assert [b["text"] for b in out.blocks] == [b["text"] for b in blocks]
    assert all(b.get("_credited") for b in out.blocks)


def test_one_credited_link_or_uncredited_titles_are_no_link_roll():
    titles = [_p(title, 1.0) for title, _ in _ROLL]
    assert strip([_p(_PROSE), *titles]).blocks == [_p(_PROSE)]
    # a credit after every other title only: the uncredited pairs break the roll
    blocks = [_p(_PROSE), titles[0], _p(_ROLL[0][1], 0.55), titles[1], titles[2]]
    assert not any(b.get("_credited") for b in strip(blocks).blocks)
