"""parse: a story shipped for script rendering (wave 9, issue 8).  A blog theme puts the post
body in a ``<script type="text/template">`` and a ``<noscript>`` copy beside it: the copy is
the story when nothing else shows it there."""

from __future__ import annotations

from pipelines import extract
from pipelines.html_clean import reveal_noscript_stories
from pipelines.html_common import parse_tree

PARAS = [
    "The harbour council voted on Tuesday to rebuild the old ferry pier before the summer season opens.",
    "Engineers found that the wooden piles had rotted further than the last inspection had suggested.",
    "Ferry operators said the temporary landing stage would add about ten minutes to each crossing.",
    "Residents asked for the works to avoid the early morning hours when the fishing boats come in.",
]
BODY = "".join(f"<p>{p}</p>" for p in PARAS)


def _page(post: str) -> str:
    nav = "".join(f'<li><a href="/label/{i}">Label {i}</a></li>' for i in range(6))
    return (f"<html><head><title>Pier to be rebuilt</title><noscript><style>.x{{}}</style></noscript></head>"
            f"<body><ul class='labels'>{nav}</ul><div class='post'><h2>Pier to be rebuilt</h2>"
            f"<div class='post-body'>{post}</div></div></body></html>")


def _templated(copy: str) -> str:
    return f"<script type='text/template'>{BODY}</script><noscript>{copy}</noscript>"


def test_noscript_copy_of_a_templated_post_is_the_body():
    out = extract(_page(_templated(BODY)).encode(), "https://blog.example.org/2024/03/pier-to-be-rebuilt.html")
    assert not out.get("error"), out.get("error")
    for para in PARAS:
        assert para in out["body"]


def test_noscript_beside_a_visible_story_stays_dropped():
    root = parse_tree(_page(BODY + f"<noscript>{BODY}</noscript>"))
    reveal_noscript_stories(root)
    assert next(root.iter("noscript"), None) is not None


def test_a_short_noscript_notice_stays_dropped():
    root = parse_tree(_page("<script>render()</script><noscript><p>Please turn on scripts to read.</p></noscript>"))
    reveal_noscript_stories(root)
    assert next(root.iter("noscript"), None) is not None


def test_noscript_unwrapped_keeps_its_paragraphs_in_place():
    root = parse_tree(_page(_templated(BODY)))
    reveal_noscript_stories(root)
    post = root.find(".//div[@class='post-body']")
    assert [p.text for p in post.iter("p")] == PARAS
    assert next(post.iter("noscript"), None) is None
