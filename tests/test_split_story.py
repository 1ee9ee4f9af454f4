"""A story split into a page builder's sections (each text block in the header of a
section-sized article) is read whole; teaser cards and article deks are not."""

from __future__ import annotations

from pipelines.parse import clean_tree, generic_blocks, parse_tree

SECTIONS = [
    ("Harbour works begin", [
        "Work on the new sea wall at Pellmouth harbour began on Monday, three years after the winter storm that breached the old one.",
        "The council expects the first stage, a rock armour bank along the fish quay, to be finished before the autumn gales arrive.",
    ]),
    ("", [
        "Fishing crews have been moored at the neighbouring port of Kessick since the storm, adding an hour to every trip out.",
        "Skipper Orla Brannagh said the crews would move back as soon as the quay was safe, whatever the state of the other works.",
    ]),
    ("", [
        "The second stage, a raised promenade with flood gates at both ends, is due to start next spring if the funding holds.",
        "Residents can see the plans at the library on weekday afternoons until the end of the month and leave written comments.",
        "A public meeting on the promenade design will be held at the town hall once the consultation has closed in the summer.",
    ]),
]


def _section(title: str, paras: list[str], linked: bool = False) -> str:
    head = f'<h3 class="tile__title">{title}</h3>' if title else ""
    if linked:
        head = f'<h3 class="tile__title"><a href="/story-{len(paras)}">{title or "Another story"}</a></h3>'
    body = "".join(f"<p>{p}</p>" for p in paras)
    return ('<section class="pb-section pb-padded"><div class="pb-section__inner">'
            '<article class="tile tile--right"><figure><img src="a.jpg"></figure>'
            f'<header class="tile__desc">{head}<div class="richtext_block">{body}</div></header>'
            "</article></div></section>")


def _page(sections: list[str]) -> str:
    return ("<html><head><title>Harbour works begin | Pellmouth Post</title></head><body>"
            '<header class="site"><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>'
            '<main class="page"><div class="box"><div class="box">' + "".join(sections) + "</div></div></main>"
            '<footer><p>Pellmouth Post, 4 Quay Street. All rights reserved.</p></footer></body></html>')


def _text(html: str) -> str:
    blocks, _ = generic_blocks(parse_tree(html), "https://post.example/harbour-works")
    return "\n".join(b["text"] for b in blocks)


def test_every_section_of_a_split_story_is_read_in_order():
    text = _text(_page([_section(t, p) for t, p in SECTIONS]))
    assert "Work on the new sea wall" in text and "Fishing crews have been moored" in text
    assert "A public meeting on the promenade" in text
    assert text.index("Work on the new sea wall") < text.index("Fishing crews") < text.index("A public meeting")
    assert "All rights reserved" not in text


def test_sections_with_linked_headings_are_teaser_cards_not_story_parts():
    sections = [_section(SECTIONS[2][0], SECTIONS[2][1])]
    sections += [_section(t, p, linked=True) for t, p in SECTIONS[:2]]
    text = _text(_page(sections))
    assert "A public meeting on the promenade" in text
    assert "Fishing crews have been moored" not in text


def test_a_section_header_holding_its_article_text_stays():
    root = parse_tree(_page([_section(t, p) for t, p in SECTIONS]))
    clean_tree(root)
    assert len(root.xpath("//header[@class='tile__desc']")) == 3
    assert not root.xpath("//header[@class='site']")


def test_an_article_header_with_a_dek_above_the_body_still_goes():
    dek = "".join(f"<p>{p}</p>" for p in SECTIONS[0][1])
    body = "".join(f"<p>{p}</p>" for _, paras in SECTIONS[1:] for p in paras) * 3
    root = parse_tree("<html><body><main><article><header><h2>Harbour works</h2>"
                      f'<div class="dek">{dek}</div></header><div class="article-body">{body}</div>'
                      "</article></main></body></html>")
    clean_tree(root)
    assert not root.xpath("//article/header")
