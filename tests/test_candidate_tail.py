"""pipelines.candidate_tail: the story's reporting credit right after trafilatura's last
paragraph comes back from the own candidate; other lines there stay out."""

from __future__ import annotations

from pipelines.candidate_merge import fill_gaps


def _p(text: str, links: float = 0.0, tag: str = "p") -> dict:
    return {"kind": "paragraph", "text": text, "_links": links, "_tag": tag}


ONE = _p("The valley railway reopened its northern branch on Tuesday after a winter of repairs to the viaduct.")
TWO = _p("Volunteers repainted three stations, and the new timetable lists four trains each way on weekdays.")


def _texts(blocks: list[dict]) -> list[str]:
    return [b["text"] for b in blocks]


def test_a_wire_credit_line_after_the_last_paragraph_comes_back():
    credit = _p("Additional reporting by Mara Quill; Editing by Tobias Fenn and Ruth Okafor")
    badge = _p("How we report: the Example Wire code.", links=0.7, tag="div")
    out = fill_gaps([ONE, TWO], [ONE, TWO, credit, badge])
    assert _texts(out) == [ONE["text"], TWO["text"], credit["text"]]


def test_contributor_sign_offs_come_back_in_their_usual_shapes():
    for line in ("Reporting by Ines Varga in Lisbon; Writing by Paul Orme",
                 "— Lena Brook contributed to this report.",
                 "Associated Press writers Omar Hale and Jo Kim contributed reporting to this story.",
                 "Omar Hale and Jo Kim contributed."):
        assert _texts(fill_gaps([ONE, TWO], [ONE, TWO, _p(line)]))[-1] == line, line


def test_a_credit_one_block_further_down_still_comes_back_but_not_two():
    credit = _p("Additional reporting by Mara Quill")
    ad = _p("Advertisement", tag="div")
    assert _texts(fill_gaps([ONE, TWO], [ONE, TWO, ad, credit]))[-1] == credit["text"]
    assert fill_gaps([ONE, TWO], [ONE, TWO, ad, ad, credit]) == [ONE, TWO]


def test_other_lines_after_the_last_paragraph_stay_out():
    bio = _p("Mara Quill is a reporter who covers transport and contributed reporting for years to our pages.")
    linked = _p("Reporting by Mara Quill", links=1.0)
    editing = _p("Editing by Tobias Fenn")
    long_line = _p("Additional reporting by " + ", ".join(["Mara Quill"] * 40))
    for line in (bio, linked, editing, long_line):
        assert fill_gaps([ONE, TWO], [ONE, TWO, line]) == [ONE, TWO], line["text"][:30]


def test_a_credit_trafilatura_already_has_is_not_repeated():
    credit = _p("Additional reporting by Mara Quill")
    assert fill_gaps([ONE, TWO, credit], [ONE, TWO, credit]) == [ONE, TWO, credit]


def test_a_credit_after_a_paragraph_trafilatura_does_not_end_on_stays_out():
    credit = _p("Additional reporting by Mara Quill")
    assert fill_gaps([ONE], [ONE, credit, TWO]) == [ONE]


def test_a_menu_button_that_starts_like_a_credit_is_no_credit():
    from pipelines.candidate_tail import _SIGN_OFF_RE

    assert not _SIGN_OFF_RE.match("Research by Sector")
    assert _SIGN_OFF_RE.match("Additional research by Pia Lund")
