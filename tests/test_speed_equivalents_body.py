"""The body path's faster routes give the same output as the plain calls they replace."""

from __future__ import annotations

import lxml.html
import pytest
from lxml import etree

from pipelines import trafilatura_passes
from pipelines.trafilatura_candidate import blocks

_STORY = ("Northwind Capital said on Tuesday that its second fund, led by Lina Varga, had raised "
          "more money than planned, and that it would invest most of it in regional utilities. ")

_ARTICLE = f"""<html><head><title>Fund news</title></head><body>
<header><nav><a href="/">Home</a> <a href="/markets">Markets</a></nav></header>
<div class="story"><h1>Northwind closes its second fund</h1>
<p>{_STORY * 3}</p><p>{_STORY * 2} <a href="/people/lina-varga">Lina Varga</a> declined to comment.</p>
<ul><li>{_STORY}</li><li>A second point of the list, written as a full sentence here.</li></ul>
<table><tr><td>Fund</td><td>Size</td></tr><tr><td>II</td><td>4.2bn</td></tr></table>
<p>{_STORY * 2}</p></div>
<div id="comments" class="comments"><p>A reader wrote a long comment about the fund and its fees.</p></div>
<aside class="related"><ul><li><a href="/a">Other story one</a></li><li><a href="/b">Other story two</a></li></ul></aside>
<footer>Copyright Northwind Daily</footer></body></html>"""

_SHORT = """<html><body><div class="main"><p>Short note from 周明远 at 华景证券 about a small deal.</p>
<div class="box"><p>A second line that is not in a paragraph of the article frame at all.</p></div></div>
<div><a href="/x">Link one</a> <a href="/y">Link two</a></div></body></html>"""

_TEASERS = f"""<html><body><div><span>Menu</span></div>
<section><p class="article-teaser">{_STORY}</p><p>{_STORY}</p></section>
<div class="Teaser-box"><p>{_STORY * 2}</p></div></body></html>"""

_FORUM = f"""<html><head><script type="application/ld+json">{{"@type": "DiscussionForumPosting",
"headline": "Fees"}}</script></head><body><div class="post"><p>{_STORY * 2}</p></div>
<div class="comments"><div class="comment"><p>{_STORY}</p></div></div></body></html>"""

_INFINITE = f"""<html><body><div><h1>Headline here</h1><p>{_STORY * 4}</p></div>
<div class="infinite-scroll"><p>{_STORY}</p></div><div class="mvp-post-add-box"><p>{_STORY}</p></div>
</body></html>"""

_EMPTY = "<html><body><div><span>x</span></div></body></html>"

_PAGES = [_ARTICLE, _SHORT, _TEASERS, _FORUM, _INFINITE, _EMPTY]


def _bare_body(root, fast: bool):
    from trafilatura import bare_extraction

    document = bare_extraction(root, url=None, favor_precision=True, include_comments=False,
                               include_tables=True, include_links=True, output_format="xml",
                               with_metadata=False, fast=fast)
    return None if document is None else document.body


def _xml(body) -> bytes | None:
    return None if body is None else etree.tostring(body)


@pytest.mark.parametrize("fast", [True, False])
@pytest.mark.parametrize("page", range(len(_PAGES)))
def test_one_preparation_gives_bare_extractions_bodies(page, fast):
    """Both passes from one prepared tree = two bare_extraction calls, on the pinned version."""
    root = lxml.html.document_fromstring(_PAGES[page])
    before = lxml.html.tostring(root)
    expected = _xml(_bare_body(lxml.html.document_fromstring(_PAGES[page]), fast))
    assert _xml(trafilatura_passes.extract_body(root, lambda body: fast)) == expected
    assert lxml.html.tostring(root) == before  # the caller's tree is untouched


def test_the_teaser_page_needs_its_own_full_extraction():
    """The fast and full main extractions differ on a teaser page (the rule the re-extraction
    covers is live on this version)."""
    root = lxml.html.document_fromstring(_TEASERS)
    assert _xml(_bare_body(root, True)) != _xml(_bare_body(root, False))


def test_the_sequence_is_followed_on_the_installed_trafilatura():
    assert trafilatura_passes.followed()


def test_link_targets_do_not_change_the_blocks():
    """The candidate passes no url: resolving link targets changes no block."""
    from trafilatura import bare_extraction

    def body(url):
        return bare_extraction(lxml.html.document_fromstring(_ARTICLE), url=url, favor_precision=True,
                               include_comments=False, include_tables=True, include_links=True,
                               output_format="xml", with_metadata=False, fast=True).body

    resolved, plain = body("https://news.example.com/funds/northwind"), body(None)
    assert _xml(resolved) != _xml(plain)  # the targets differ ...
    assert blocks(resolved) == blocks(plain)  # ... the blocks do not


@pytest.mark.parametrize("short,long", [
    ([], []), (["one two"], []), ([], ["one"]), (["a b c"], ["a b c d e f"]), (["a b c"], ["a b c d e f g"]),
    (["a b", "c"], ["d e", "f g h", "i j k l"]), (["华景证券 周明远"], ["周明远 说 今年 利润 增长", "华景证券"]),
    (["Lina Varga spoke"], ["Northwind Capital"] * 5),
])
def test_far_shorter_agrees_with_the_plain_word_counts(short, long):
    from pipelines.parse import FAR_SHORTER, _far_shorter, _words

    def blocks_of(texts):
        return [{"kind": "paragraph", "text": t} for t in texts]

    plain = _words(blocks_of(short)) < FAR_SHORTER * _words(blocks_of(long))
    assert _far_shorter(blocks_of(short), blocks_of(long)) is plain


def _inert_strings(count: int) -> list[str]:
    """Random short strings of the characters normalize lets skip ftfy, punctuation-heavy."""
    import random

    ranges = [(0x20, 0x7E), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0x3001, 0x3029), (0x3030, 0x303F),
              (0x3041, 0x3096), (0x309B, 0x30FF), (0xFF01, 0xFF9F), (0x2010, 0x201F), (0x2026, 0x2026)]
    punct = [chr(c) for a, b in ranges[3:] for c in range(a, b + 1) if not 0x3041 <= c <= 0x30FF]
    rnd = random.Random(8)

    def char() -> str:
        pick = rnd.random()
        if pick < 0.45:
            return rnd.choice(punct)
        if pick < 0.75:
            return chr(rnd.randint(0x20, 0x7E))
        low, high = rnd.choice(ranges)
        return chr(rnd.randint(low, high))

    return [" ".join("".join(char() for _ in range(rnd.randint(1, 12))).split()) for _ in range(count)]


def test_ftfy_leaves_the_inert_characters_alone():
    """The lines normalize no longer hands to ftfy are ones ftfy (pinned version) leaves as
    they are and never calls mojibake: invented lines and random strings of those characters."""
    import ftfy
    from ftfy.badness import is_bad

    from pipelines.normalize import _FTFY, _FTFY_INERT_RE

    lines = ["Lina Varga’s fund — “up 4%” … ‘again’", "华景证券：周明远说，“利润增长”。", "ｆｕｌｌ（２０２６）"]
    for line in lines + _inert_strings(20000):
        assert _FTFY_INERT_RE.fullmatch(line)
        assert ftfy.fix_text(line, _FTFY) == line
        assert not is_bad(line)  # so normalize_text skips its mojibake re-check too


def test_mojibake_of_inert_looking_punctuation_still_goes_to_ftfy():
    """A dagger after a curly quote is Mac Roman mojibake to ftfy: it is not skipped."""
    import ftfy

    from pipelines.normalize import _FTFY, _FTFY_INERT_RE, normalize_text

    assert ftfy.fix_text("“†", _FTFY) != "“†"
    assert not _FTFY_INERT_RE.fullmatch("“†")
    assert normalize_text("“†") == normalize_text(ftfy.fix_text("“†", _FTFY))


_PRUNE_PAGE = f"""<html><body><h1>Northwind closes its fund</h1>
<div id="comments"><p>one</p></div><div id="Comment-7">two</div><div id="commentary"><p>{_STORY}</p></div>
<section class="comment-list">three</section><div class="article-comments x">four</div>
<div class="x comments">kept: not at the start</div><div class="Commentary">kept</div>
<div id="comol">five</div><div id="disqus_thread">six</div><div id="dsq-comments">seven</div>
<ul class="comment-items"><li>eight</li></ul><ol id="disqus_thread"><li>kept: a list needs the narrower id</li></ol>
<ul id="comment-list"><li>nine</li></ul><details class="post-comments"><summary>ten</summary></details>
<list class="comments">eleven</list><span class="comments">kept: a span</span>
<div class="infinite-scroll"><p>{_STORY}</p></div><div class="infinitescroll"><h1>Kept headline</h1><p>x</p></div>
<aside id="mvp-post-add-box"><h1>Other</h1><p>{_STORY}</p></aside><section class="mvp-post-add-wrap">w</section>
<div class="elementor-share-buttons">Share</div><aside class="elementor-share-buttons-x">Share</aside>
<div id="infinite-scroll"><div class="comments">nested <b>tail</b></div>after</div>tail text
<div class="mvp-post-add-other">kept</div><div id="">empty id</div><div class="">empty class</div>
</body></html>"""


def test_the_prunes_select_what_trafilaturas_xpaths_select():
    from trafilatura.htmlprocessing import prune_unwanted_nodes
    from trafilatura.xpaths import RAW_TREE_PRUNE_XPATH, REMOVE_COMMENTS_AND_LISTS_XPATH, REMOVE_COMMENTS_XPATH

    from pipelines import trafilatura_prunes

    assert trafilatura_prunes.pinned()
    for page in [_PRUNE_PAGE, *_PAGES]:
        by_xpath, ours = lxml.html.document_fromstring(page), lxml.html.document_fromstring(page)
        prune_unwanted_nodes(by_xpath, RAW_TREE_PRUNE_XPATH)
        prune_unwanted_nodes(by_xpath, REMOVE_COMMENTS_AND_LISTS_XPATH)
        trafilatura_prunes.prune_raw(ours)
        assert lxml.html.tostring(ours) == lxml.html.tostring(by_xpath)
        prune_unwanted_nodes(by_xpath, REMOVE_COMMENTS_XPATH)
        trafilatura_prunes.prune_comments(ours)
        assert lxml.html.tostring(ours) == lxml.html.tostring(by_xpath)


def test_the_prune_page_prunes_something_of_every_kind():
    """The invented page exercises each rule (the equivalence above is not vacuous)."""
    from pipelines import trafilatura_prunes

    root = lxml.html.document_fromstring(_PRUNE_PAGE)
    trafilatura_prunes.prune_raw(root)
    text = root.text_content()
    for gone in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                 "Other", "Share"):
        assert gone not in text.split(), gone
    for kept in ("kept: not at the start", "kept: a list needs", "Kept headline", "kept: a span", "empty id"):
        assert kept in text
