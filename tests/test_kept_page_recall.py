"""Text the generic path lost on pages it keeps (issue 8, wave 9): a thread's replies and a
question's answers, checklist items in labels, a lead behind a share bar, a long standfirst,
a subheading whose words occur elsewhere, and a table of links under its header row.
All text here is written for these tests."""

from __future__ import annotations

import lxml.html

from pipelines.boilerplate import strip
from pipelines.candidate_merge import fill_gaps, headline_lead
from pipelines.html_clean import clean_tree, unwrap_checklists
from pipelines.thread_posts import thread_blocks, thread_evidence


def _tree(html: str):
    return lxml.html.document_fromstring(html)


def _p(text, links=0.0, tag="p", kind="paragraph"):
    return {"kind": kind, "text": text, "_links": links, "_tag": tag}


_POSTS = (
    "My old bicycle squeaks at every turn of the pedals, even after I oiled the chain twice last week.",
    "Check the bottom bracket first: a dry bearing there squeaks exactly like that on every turn.",
    "Thanks, it was the bracket. A new bearing and some grease and the noise is completely gone now.",
)


def _forum(body_class: str = "template-thread-view", item: str = "div") -> str:
    posts = "".join(
        f"""<{item} class="message"><div class="user-box"><a href="/u/{i}">rider{i}</a>
        <span class="joined">Joined 2019</span></div><div class="meta">3 May 2024, 10:1{i}</div>
        <div class="post-text">{text}</div><div class="reactions"><a href="#">Like</a></div></{item}>"""
        for i, text in enumerate(_POSTS))
    return f"""<html><head><title>Squeaking pedals</title></head><body class="{body_class}">
        <h1>Squeaking pedals</h1><div class="thread">{posts}</div></body></html>"""


def test_a_thread_page_says_so():
    assert thread_evidence(_tree(_forum()), None, set())
    assert thread_evidence(_tree(_forum(body_class="")), "https://bikes.example/threads/squeak.42/", set())
    assert thread_evidence(_tree(_forum(body_class="")), None, {"discussionforumposting"})
    qa = '<html itemscope itemtype="https://schema.org/QAPage"><body><p>Question</p></body></html>'
    assert thread_evidence(_tree(qa), None, set())
    # an FAQ built of Question/Answer types is no thread, nor is a story
    assert not thread_evidence(_tree(_forum(body_class="")), "https://bikes.example/news/2024/squeak",
                               {"faqpage", "question", "answer"})


def test_every_post_body_of_the_thread_is_read_and_the_frames_are_not():
    root = _tree(_forum())
    clean_tree(root)
    posts = thread_blocks(root, [_p(_POSTS[0])])
    assert [b["text"] for b in posts] == list(_POSTS)


def test_a_story_with_comments_is_no_thread():
    story = " ".join(_POSTS)
    root = _tree(f"""<html><body class="single-post"><article><div class="entry-content"><p>{story}</p>
        </div></article><ol class="replies"><li><div class="reply-text">{_POSTS[1]}</div></li>
        <li><div class="reply-text">{_POSTS[2]}</div></li></ol></body></html>""")
    clean_tree(root)
    assert thread_blocks(root, [_p(story)]) is None


def test_extract_keeps_the_replies_of_a_thread():
    from pipelines import extract

    out = extract(_forum().encode(), "https://bikes.example/threads/squeaking-pedals.42/")
    assert out.get("error") is None
    for text in _POSTS:
        assert text in out["body"]
    assert "Joined 2019" not in out["body"] and "rider1" not in out["body"]


_CHECKLIST = """<html><body><h1>Lentil soup</h1><div class="ingredients">{items}</div>
    <p>Cook the lentils with the onion until soft, then season and blend half of the soup.</p></body></html>"""


def _labels(names, wrap="{}"):
    return wrap.format("".join(
        f'<div class="item"><label><input type="checkbox"><span>{n}</span></label><span>1 cup</span></div>'
        for n in names))


def test_checkbox_labels_of_a_checklist_keep_their_text():
    root = _tree(_CHECKLIST.format(items=_labels(["red lentils", "onion", "cumin"])))
    unwrap_checklists(root)
    text = root.text_content()
    assert "red lentils" in text and not root.findall(".//input") and not root.findall(".//label")


def test_form_labels_and_a_lone_checkbox_stay_labels():
    root = _tree(_CHECKLIST.format(items=_labels(["email me", "text me", "call me"], "<form>{}</form>")))
    unwrap_checklists(root)
    assert len(root.findall(".//label")) == 3
    root = _tree(_CHECKLIST.format(items=_labels(["remember me", "keep me signed in"])))
    unwrap_checklists(root)
    assert len(root.findall(".//label")) == 2


_LEAD = "Two more boats a day, cheaper season passes and a new pier: the island’s transport plan is ready."


def test_a_share_bar_under_the_headline_does_not_hide_the_lead():
    buttons = "".join(f'<div class="col"><a href="/share/{n}">{n}</a></div>' for n in
                      ("Share", "Tweet", "Pin", "Mail", "Print", "Share", "Tweet", "Pin", "Mail"))
    root = _tree(f"""<html><body><article><h1>Ferry timetable adds crossings</h1>
        <div class="sharing">{buttons}</div><div><p><strong>{_LEAD}</strong></p></div>
        <div class="text"><p>The operator said so on Monday.</p></div></article></body></html>""")
    assert headline_lead(root)["text"] == _LEAD


def test_a_long_standfirst_is_still_the_lead():
    long_lead = " ".join([_LEAD] * 9)  # ~870 characters
    root = _tree(f"""<html><body><div class="box"><h1>Ferry timetable adds crossings</h1>
        <div class="standfirst-text"><p>{long_lead}</p></div></div></body></html>""")
    assert headline_lead(root)["text"] == long_lead
    too_long = " ".join([_LEAD] * 12)
    root = _tree(f"<html><body><div><h1>Ferry timetable adds crossings</h1><p>{too_long}</p></div></body></html>")
    assert headline_lead(root) is None


ONE = _p("The ferry operator said on Monday that the new timetable would add two crossings a day.")
TWO = _p("Harbour officials expect the extra sailings to ease the queues at the terminal this summer.")
THREE = _p("Local traders welcomed the plan: weekend visitors had been turned away too often last year.")


def test_a_subheading_whose_words_occur_elsewhere_comes_back():
    sub = _p("Terminal queues", kind="heading", tag="h2")
    traf = [ONE, TWO, THREE, _p("Queues at the terminal, said one trader, were the worst part.")]
    own = [ONE, TWO, sub, THREE]
    out = fill_gaps(traf, own)
    assert [b["text"] for b in out][:4] == [ONE["text"], TWO["text"], sub["text"], THREE["text"]]
    # a subheading trafilatura holds whole is not added twice
    held = [ONE, TWO, _p("Terminal queues", kind="heading", tag="h2"), THREE]
    assert len(fill_gaps(held, own)) == 4


_PROSE = ("The release notes list every package of the new version, and the table below links to "
          "the installer for each system.")


def test_a_table_of_links_under_its_header_row_stays():
    rows = [_p("System | 64-bit | ARM", tag="tr"), _p("Installer for the desktop", 1.0, "tr"),
            _p("Installer for the server", 1.0, "tr")]
    out = strip([_p(_PROSE), *rows, _p(_PROSE.replace("below", "above"))])
    assert [b["text"] for b in out.blocks][1:4] == [r["text"] for r in rows]
    # without the header row the run of linked lines is a link list, as before
    out = strip([_p(_PROSE), *rows[1:], _p(_PROSE.replace("below", "above"))])
    assert "link list" in out.reasons
