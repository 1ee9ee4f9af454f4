"""Story text the generic path lost on pages it keeps (issue 8, wave 9): a standfirst that is
the page's own description but has no sentence stop, a standfirst repeating the story's first
sentence and adding one, and a slideshow whose text is in its captions.  All text here is
written for these tests."""

from __future__ import annotations

import lxml.html

from pipelines.candidate_merge import headline_lead, with_lead
from pipelines.listing import teaser_groups
from pipelines.slideshow import slide_blocks, with_slides


def _tree(html):
    return lxml.html.document_fromstring(html)


def _p(text):
    return {"kind": "paragraph", "text": text, "_links": 0.0, "_tag": "p"}


_DECK = "Bakeries in the valley will have to print the flour origin on every loaf from the spring"
_STORY = [_p(s) for s in (
    "The valley council voted on Tuesday to make bakeries label where their flour was milled and grown.",
    "Owners of the smaller shops said the printed labels would cost them little, since most already knew.",
    "A larger chain asked for a year to adapt its packaging, which the council turned down after a debate.",
    "Shoppers asked by the local paper were mostly in favour, though several doubted anyone would read them.",
    "The rule applies to bread, rolls and cakes sold loose as well as packed, and to the market stalls too.",
    "Inspectors will check the labels twice a year and can fine a bakery that repeats a missing origin twice.",
)]


def test_a_stopless_standfirst_that_is_the_page_description_is_the_lead():
    page = f"""<html><head><meta name="description" content="{_DECK}"></head><body><article>
        <header><h1>Valley bakeries must label flour</h1><p>{_DECK}</p></header>
        <div class="body"><p>{_STORY[0]["text"]}</p></div></article></body></html>"""
    lead = headline_lead(_tree(page))
    assert lead is not None and lead["text"] == _DECK
    # The same line without the description behind it reads as a kicker: the story opens.
    other = headline_lead(_tree(page.replace(f'content="{_DECK}"', 'content="Valley news"')))
    assert other is not None and other["text"] == _STORY[0]["text"]


def test_a_short_page_description_is_a_tagline_not_a_lead():
    short = "Bread news from the valley"
    page = f"""<html><head><meta property="og:description" content="{short}"></head><body>
        <header><h1>Valley bakeries must label flour</h1><p>{short}</p></header></body></html>"""
    assert headline_lead(_tree(page)) is None


def test_a_standfirst_repeating_the_first_sentence_adds_only_its_new_sentence():
    first = _STORY[0]["text"]
    added = "The owners of the smaller shops welcomed the rule at the meeting, the chain did not."
    lead = _p(f"{first} {added}")
    assert [b["text"] for b in with_lead(lead, _STORY)] == [added] + [b["text"] for b in _STORY]
    # Every sentence already in the story: nothing comes twice.
    assert with_lead(_p(f"{first} {_STORY[1]['text']}"), _STORY) == _STORY


def _slide(i, caption):
    return (f'<figure class="slide"><div class="slide-head"><h2><a href="/gallery/{i}">{i}. Idea number {i}</a></h2>'
            f'</div><img src="/p/{i}.jpg"><figcaption class="slide-caption"><p>{caption}</p></figcaption></figure>')


_CAPTIONS = [f"Idea {i}: fold an old blanket into a cape, pin it at the neck and add a paper crown. It takes ten "
             f"minutes and costs nothing if you raid the cupboard first (version {i})." for i in range(1, 8)]


def _gallery(captions):
    slides = "".join(_slide(i, c) for i, c in enumerate(captions, 1))
    return _tree(f"""<html><body><article><h1>Seven costumes from the cupboard</h1>
        <p>Costumes need not cost much: these ideas use what is already at home.</p>
        <div class="slides">{slides}</div></article></body></html>""")


def test_a_slideshow_gives_its_titles_and_captions_as_blocks():
    blocks = slide_blocks(_gallery(_CAPTIONS))
    assert [b["kind"] for b in blocks[:2]] == ["heading", "paragraph"]
    assert [b["text"] for b in blocks if b["kind"] == "paragraph"] == _CAPTIONS


def test_a_few_figures_or_short_captions_are_no_slideshow():
    assert slide_blocks(_gallery(_CAPTIONS[:4])) == []  # four figures: an article's pictures
    assert slide_blocks(_gallery([f"Photo {i}: the costume." for i in range(7)])) == []  # credits, labels


def test_slides_follow_an_intro_only_when_they_outweigh_it_and_are_new():
    intro = [_p("Costumes need not cost much: these ideas use what is already at home.")]
    slides = slide_blocks(_gallery(_CAPTIONS))
    assert with_slides(intro, slides) == [*intro, *slides]
    assert with_slides(_STORY * 10, slides) == _STORY * 10  # a long story with a few pictures
    assert with_slides(intro + [_p(c) for c in _CAPTIONS], slides) == intro + [_p(c) for c in _CAPTIONS]


def test_slides_with_linked_titles_are_not_teasers():
    root = _gallery(_CAPTIONS)
    assert teaser_groups(root) == []
    # The same run as plain linked cards (no figure, no running caption) still is one.
    cards = "".join(f'<div class="card"><h2><a href="/story-{i}">Another story number {i} here</a></h2>'
                    f'<p>A line.</p></div>' for i in range(7))
    assert len(teaser_groups(_tree(f"<html><body><div>{cards}</div></body></html>"))) == 1


def test_extract_keeps_a_slideshow_article():
    from pipelines import extract

    slides = "".join(_slide(i, c) for i, c in enumerate(_CAPTIONS, 1))
    html = f"""<!doctype html><html><head><title>Seven costumes from the cupboard</title></head><body>
        <nav><a href="/">Home</a></nav><main><article><h1>Seven costumes from the cupboard</h1>
        <p>Costumes need not cost much: these ideas use what is already at home, and each one is
        ready before the doorbell rings.</p><div class="slides">{slides}</div></article></main></body></html>"""
    out = extract(html.encode(), "https://costumes.example/ideas/seven-costumes-from-the-cupboard")
    assert out.get("error") is None, out.get("error")
    for caption in _CAPTIONS:
        assert caption in out["body"]
