"""Wave 7 parse-side shortcuts give the same answers as the plain definitions they replace
(invented pages and values only)."""

from __future__ import annotations

import itertools
import random

import pytest
from lxml import etree

from pipelines import html_hints as hh
from pipelines.html_clean import _junk_hint, _repeat_hint
from pipelines.html_common import (_EMBED_HINT_RE, _NEGATIVE_RE, _POSITIVE_RE, _REPEAT_HINT_RE, _hint,
                                   parse_tree)
from pipelines.main_content import _class_weight

_PAGE = """<html lang="en"><head><title>Invented Gazette | Nowhere</title>
<meta property="og:title" content="Invented Gazette">
<script type="application/ld+json">{"@type": "NewsArticle", "author": {"name": "Quill Penwright"}}</script>
</head><body class="has-sidebar nav-open">
<header class="site-header"><nav class="main-nav"><a href="/">Home</a></nav></header>
<div id="crumbs" class="Breadcrumb_Trail"><a href="/a">Alpha</a> <a href="/b">Beta</a></div>
<article class="post-body entry_content">
<h1 class="header-anchor-post">A headline nobody wrote</h1>
<p class="standfirst">The dek repeats what the story says.</p>
<div class="ſidebar ad-slot">sidebar box</div><div class="Kelvın-ADS">ads box</div>
<span class="byline__author" rel="author">By Quill Penwright</span>
<time class="pub_date" datetime="2024-02-03T10:00">Feb 3, 2024 10:00</time>
<div style="display: none" class="x">hidden by style</div><div class="d-none">hidden by class</div>
<div aria-hidden="true">aria hidden</div><div hidden>hidden attribute</div>
<p>Plain running text of the invented story, long enough to count, with commas, stops.</p>
<blockquote class="twitter-tweet">an embedded post</blockquote>
<div class="pull_quote">a pull quote</div><div data-component="SocialEmbed">x</div>
<div data-testid="more-news">more</div><div class="more news">spaced</div>
<div class="container">container box</div><div class="cont">cont box</div>
<div class="正文 zw">中文正文内容，记者 周某某 报道。2024-05-06 12:30</div>
<form class="comment-form"><input type="password"></form>
<div id="comments" class="comment-list"><span class="comment-author">Reader</span></div>
<div itemprop="datePublished" content="2024-02-03">Feb 3</div><a itemprop="author">Ink Author</a>
<div class="post-meta">by Quill Penwright</div><div class="İnstagram-media">ig</div>
</article><footer class="site_footer">© 2024 Nowhere Media</footer></body></html>"""

_VALUES = ["ad", "Ad-slot", "AD_unit", "header", "share-price", "adjust", "more-news", "morenews", "more news",
           "twitter-tweet", "twitter tweet", "fb-post", "fb_post", "side", "ſide", "\u212aelvin-ads", "İnstagram-media",
           "ınstagram-media", "content", "container", "cont", "conTainer x", "正文", "news-con", " nav ", "\tnav\n",
           "page--nav", "page-nav", "pagenav", "x-tag-list-y", "taglist", "tag list", "dek", "Dek-Block", "deKs",
           "pullquote", "pull-quote", "pull--quote", "social-embed", "bluesky-embed", "", " ", "-", "a-b-c-d",
           "nav\u00a0bar", "nav\u3000menu", "post-body", "postbody", "main-text", "Main_Text"]


def _flags_by_regex(hint: str) -> int:
    return (bool(_NEGATIVE_RE.search(hint)) * hh.NEG | bool(_POSITIVE_RE.search(hint)) * hh.POS
            | bool(_REPEAT_HINT_RE.search(hint)) * hh.REP | bool(_EMBED_HINT_RE.search(hint)) * hh.EMBED)


def test_hint_patterns_have_the_shape_the_token_match_reads():
    assert hh._NEG_WORDS is not None and hh._REPEAT_WORDS is not None and hh._EMBED_WORDS is not None
    assert hh._POSITIVE_UNCASED is not None


@pytest.mark.parametrize("value", _VALUES)
def test_value_flags_match_the_regexes(value):
    assert hh.value_flags(value) == _flags_by_regex(value.replace("_", "-"))


def test_value_flags_match_the_regexes_on_random_joins():
    rng = random.Random(7)
    separators = [" ", "-", "_", "--", "\t", "\u00a0", "", " -"]
    for _ in range(5000):
        words = [rng.choice(_VALUES) for _ in range(rng.randint(1, 4))]
        value = "".join(w + rng.choice(separators) for w in words)
        assert hh._flags_of(value.replace("_", "-")) == _flags_by_regex(value.replace("_", "-")), value


def test_only_four_non_ascii_characters_match_an_ascii_letter_under_re_i():
    import re

    letters = re.compile("[a-z]", re.I)
    special = {chr(c) for c in range(128, 0x30000) if letters.fullmatch(chr(c))}
    assert special == {"\u0130", "\u0131", "\u017f", "\u212a"}
    assert all(hh.fold(ch) == hh.fold(ch).lower() and len(hh.fold(ch)) == 1 for ch in special)


def _combos():
    names = ["ad", "content", "dek", "twitter-tweet", "", "post_meta", "ſide", "more news"]
    for cls, ident, comp, test_id in itertools.product(names[:6], names[2:], ["", "Byline", "fb-post"], ["", "tiktok-embed"]):
        attrs = " ".join(f'{k}="{v}"' for k, v in (("class", cls), ("id", ident), ("data-component", comp),
                                                   ("data-testid", test_id)) if v)
        yield f"<div {attrs}>x</div>"


def test_hint_flags_of_elements_match_the_patterns_on_the_built_hint():
    root = parse_tree("<html><body>" + "".join(_combos()) + _PAGE.split("<body", 1)[1])
    for el in root.iter():
        hint = _hint(el)
        assert hh.hint_flags(el) == (_flags_by_regex(hint) if hint else 0)
        assert hh.junk_flags(hh.hint_flags(el)) == (bool(hint) and _junk_hint(hint))
        assert bool(hh.hint_flags(el) & (hh.REP | hh.EMBED)) == (bool(hint) and _repeat_hint(hint))
        expected = (25 if hint and _POSITIVE_RE.search(hint) else 0) - (25 if hint and _NEGATIVE_RE.search(hint) else 0)
        assert _class_weight(el) == expected


def _plain_hinted_fields(root):
    from pipelines.meta_reader import _hinted

    meta = {}
    holders = etree.XPath("descendant-or-self::*[@class or @id or @rel or @itemprop or @data-component or @data-testid]")
    for el in holders(root):
        _hinted(el, meta)
        if "byline" in meta and "date_text" in meta and "breadcrumbs" in meta:
            break
    return meta


@pytest.mark.parametrize("page", [
    _PAGE,
    "<html><body><div class='AUTHOR'>By Iris Quillfeather</div><p class='Pub_Date'>2023-01-02</p></body></html>",
    "<html><body><a rel='author'>Odo Nib</a><span itemprop='dateCreated'>2021-07-08 09:10</span></body></html>",
    "<html><body><div class='tİme'>2022-03-04</div><div class='wrİter'>Ben Inkwell</div></body></html>",
    "<html><body><div class='zuozhe'>作者：李某某</div><div class='dqwz'><a>首页</a><a>财经</a></div></body></html>",
    "<html><body><p>no hints at all</p></body></html>",
])
def test_hinted_fields_match_the_plain_walk(page):
    from pipelines.meta_reader import _hinted_fields

    meta = {}
    _hinted_fields(parse_tree(page), meta)
    assert meta == _plain_hinted_fields(parse_tree(page))


def test_read_page_text_is_the_joined_itertext():
    root = parse_tree(_PAGE.replace("</body>", "<script>var a = '来源';</script>tail text</body>"))
    assert root.text_content() == "".join(root.itertext())


_AUTHOR_TAGS = ["a", "address", "div", "link", "p", "span", "strong", "h3", "h4", "li", "section", "author"]
_AUTHOR_ATTRS = [
    ("rel", "author"), ("rel", "Author"), ("id", "author"), ("id", "post-Author"), ("id", "zuozhe"), ("id", "bianji-x"),
    ("class", "author"), ("class", "byline"), ("class", "Byline"), ("class", "BBL"), ("class", "bbl"), ("class", "byl"),
    ("class", "username"), ("class", "user-screenname"), ("class", "writer"), ("class", "channel-name"),
    ("class", "AuthorName"), ("class", "submitted-by"), ("class", "journalist-name"), ("class", "xiaobian"),
    ("itemprop", "author name"), ("itemprop", "coauthor"), ("itemprop", "Author"), ("data-testid", "AuthorCard"),
    ("data-testid", "AuthorURL"), ("data-testid", "authorurl"), ("data-component", "Byline"),
    ("data-component", "byline"), ("class", "story"), ("title", "author"),
]


def test_author_xpaths_are_the_pinned_texts():
    """When trafilatura changes its author XPaths, meta_author_xpaths must be read again from them
    (until then it evaluates the XPaths themselves)."""
    from trafilatura.xpaths import AUTHOR_XPATHS

    from pipelines import meta_author_xpaths as m

    assert m._texts_hash(AUTHOR_XPATHS) == m.PINNED


@pytest.mark.parametrize("tag", _AUTHOR_TAGS)
def test_author_xpath_walk_matches_the_xpaths(tag):
    from trafilatura.xpaths import AUTHOR_XPATHS

    from pipelines.meta_author_xpaths import any_match

    for name, value in [*_AUTHOR_ATTRS, ("class", "")]:
        for wrap in ("{}", "<div class='box'>{}</div>"):
            inner = f"<{tag} {name}='{value}'>Nib Penholder</{tag}>"
            root = parse_tree(f"<html><body><p>Lead.</p>{wrap.format(inner)}</body></html>")
            assert any_match(root) == any(x(root) for x in AUTHOR_XPATHS), (tag, name, value)


def _plain_text_around(root, anchor):
    """meta_reader._text_around as it was: one walk of the whole page."""
    from pipelines.meta_reader import _NO_TEXT_TAGS, HEADLINE_AFTER, HEADLINE_BEFORE, _clean_ws

    box = anchor.getparent()
    box = box.getparent() if box is not None and box.getparent() is not None else box
    before, after, started, skip = "", [], False, 0
    for event, el in etree.iterwalk(root, events=("start", "end")):
        if not isinstance(el.tag, str):
            continue
        if event == "start":
            if el is box:
                before = ""
            if el is anchor:
                started = True
            skip += el.tag in _NO_TEXT_TAGS
            piece = el.text if not skip else None
        else:
            skip -= el.tag in _NO_TEXT_TAGS
            piece = el.tail if not skip else None
        if not piece:
            continue
        if started:
            after.append(piece)
            if sum(map(len, after)) > 3 * HEADLINE_AFTER:
                break
        else:
            before = (before + " " + piece)[-3 * HEADLINE_BEFORE:]
    return (_clean_ws(before)[-HEADLINE_BEFORE:] + " " + _clean_ws(" ".join(after))[:HEADLINE_AFTER]).strip()


_AROUND_PAGES = [
    _PAGE,
    "<html><body><h1>Only a headline</h1></body></html>",
    "<html><body>masthead 2020-01-01<div><div><p>kicker</p><h1>Deep headline</h1>tail</div>after box "
    + "filler words " * 400 + "</div>end</body></html>",
    "<html><body><noscript><div><h1>Headline in noscript</h1></div></noscript><p>visible 2024-01-02</p></body></html>",
    "<html><body><svg><g><h1>Headline in svg</h1></g></svg>text after<p>more</p></body></html>",
    "<html><body><h1>Top level heading</h1>tail text<div>after, 3 May 2024</div></body></html>",
    "<html><body><div><section><header><span>by Nib</span><h1>Nested heading</h1></header></section>"
    "<template>hidden</template><script>x()</script><p>Lede of the story.</p></div><aside>side</aside></body></html>",
]


@pytest.mark.parametrize("page", _AROUND_PAGES)
def test_text_around_starting_at_the_box_matches_the_whole_walk(page):
    from pipelines.meta_reader import _text_around

    root = parse_tree(page)
    for anchor in root.iter("h1", "p", "span", "div"):
        assert _text_around(root, anchor) == _plain_text_around(root, anchor)


def test_first_word_holds_every_text_a_label_can_be():
    """Every text ``_LABEL_RE`` matches, whatever its first character, starts with a word of
    ``_FIRST_WORD_RE`` (the shortcut of ``labelled_byline``)."""
    from pipelines.meta_labels import _FIRST_WORD_RE
    from pipelines.meta_structured import _LABEL_RE

    tails = ["ritten by Nib Penholder", "osted by Nib", "uthored by Nib", "rticle by Nib", "tory by Nib", "ords by Nib",
             "eviewed by Nib", "y Nib Penholder", "y: Nib", "uthor: Nib", "uthors(s) Nib", "ontributors Nib",
             "ll articles by Nib", "ore posts by Nib", "iew all stories by Nib", "ee all posts by Nib", "y",
             "uthor(s):Nib", "Y\tNib", "RITTEN\n by Nib"]
    texts = [chr(c) + tail for c in range(1, 0x30000) for tail in tails if _LABEL_RE.match(chr(c) + tail)]
    assert len(texts) >= len(tails)
    assert all(_FIRST_WORD_RE.match(text) for text in texts)


@pytest.mark.parametrize("page", [
    "<html><body><p>Written by Nib Penholder</p></body></html>",
    "<html><body><div><span>By</span> <a>Nib Penholder</a></div></body></html>",
    "<html><body><p>Written by</p><p>Nib Penholder</p></body></html>",
    "<html><body><p>  ſtory by Nib Penholder</p><p>by: Inka Quill</p></body></html>",
    "<html><body><ul><li>a</li><li>b</li><li>c</li><li>Written by Odo</li></ul><p>AUTHOR: Nib</p></body></html>",
    "<html><body><p>Written by</p><div>" + "long words " * 20 + "</div><p>Nib</p></body></html>",
    "<html><body><nav><p>By Category</p></nav><p>Posted by Inka Quill</p></body></html>",
    "<html><body><p>Wri<b>tten by</b> Nib</p><p> <span>\n</span><b>By</b> Inka Quill</p></body></html>",
    "<html><body><p>Bye now</p><p>Bylines</p><div><span> </span></div><p>Story by</p><p>Nib</p></body></html>",
])
def test_labelled_byline_shortcuts_keep_the_answer(page):
    from pipelines.meta_structured import labelled_byline

    assert labelled_byline(parse_tree(page)) == _plain_labelled_byline(parse_tree(page))


def _plain_labelled_byline(root):
    from pipelines.meta_structured import _LABEL_RE, _LABEL_TAGS, _in_navigation

    waiting = False
    for el in root.iter(*_LABEL_TAGS):
        pieces = []
        for piece in el.itertext():
            pieces.append(piece)
        text = " ".join(" ".join(pieces).split())
        if len("".join(text.split())) > 80 or len(text) > 80:
            waiting = False
            continue
        if not text:
            continue
        if waiting and len(el) <= 2 and len(text.split()) <= 6:
            return text
        m = _LABEL_RE.match(text)
        if m and len(el) <= 3 and not _in_navigation(el):
            if m.group("name").strip():
                return m.group("name").strip()
            waiting = True
    return None


@pytest.mark.parametrize("limit", [0, 3, 10, 80])
def test_short_text_matches_its_plain_definition(limit):
    from pipelines.html_common import short_text

    root = parse_tree(_PAGE)
    for el in root.iter():
        pieces, solid, expected = [], 0, None
        for piece in el.itertext():
            pieces.append(piece)
            solid += len("".join(piece.split()))
            if solid > limit:
                break
        else:
            expected = pieces
        assert short_text(el, limit) == expected


@pytest.mark.parametrize("page", [
    _PAGE,
    "<html><body><div class='links'>" + "<a href='/x'>A linked teaser line, with commas, here.</a><br>" * 30
    + "</div><div class='story'><p>" + "Plain words of the invented story, with commas, and stops. " * 5
    + "</p><p>Second paragraph, also invented, long enough to score well.</p></div></body></html>",
    "<html><body><div><p>短句。</p></div><div class='related'><p>" + "相关的中文内容，很多很多，" * 10 + "</p></div></body></html>",
])
def test_best_candidate_skips_only_what_cannot_win(page):
    from pipelines import main_content as mc
    from pipelines.html_clean import clean_tree

    root = parse_tree(page)
    clean_tree(root)
    scores = {el: float(i % 7) * 3.5 + 0.5 for i, el in enumerate(root.iter())}
    best, best_score = None, 0.0
    for el, score in scores.items():  # the plain loop: every link density computed
        if el.tag == "html":
            continue
        final = (score + mc._class_weight(el)) * (1 - mc._link_density(el))
        if final > best_score:
            best, best_score = el, final
    assert mc._best(scores) == (best, best_score)


@pytest.mark.parametrize("value", ["AUTHOR-box", "post_META", "x-tİme", "ſhare-date", "ıtem-position", "\u212aelvin",
                                   "", "plain", "wher e", "breadCRUMBs", "Dqwz"])
def test_hint_word_regex_matches_the_word_loop(value):
    from pipelines.meta_reader import HINT_WORDS, _has_hint_word

    lower = value.lower()
    if not lower.isascii():
        lower = lower.replace("ı", "i").replace("ſ", "s")
    assert _has_hint_word(value) is any(word in lower for word in HINT_WORDS)


def test_byline_word_firsts_are_the_first_characters_of_the_pattern():
    from pipelines.html_common import _BYLINE_WORD_RE
    from pipelines.meta_reader import _BYLINE_WORD_FIRSTS

    firsts = {alt[0] for alt in _BYLINE_WORD_RE.pattern.split("|")}
    assert firsts == set(_BYLINE_WORD_FIRSTS)


_WEIGHT_PAGE = ("<html><body><div><p>中文段落，记者报道。</p><p>Latin words, and 中文 mixed.</p><p></p>"
                "<script>var x = '脚本';</script><noscript><style>p{}</style>无脚本</noscript>"
                "<template><p>模板 text</p></template></div><p>tail para</p></body></html>")


@pytest.mark.parametrize("page", [_PAGE, _WEIGHT_PAGE, "<html><body></body></html>"])
def test_text_weights_match_their_element_by_element_sums(page):
    from pipelines.html_clean import INVISIBLE_TAGS, _paragraph_weight, _visible_weight
    from pipelines.html_common import _text_len

    root = parse_tree(page)
    for el in root.iter():
        assert _paragraph_weight(el) == sum(_text_len(p.text_content()) for p in el.iter("p"))
        plain = _text_len(el.text_content())
        for bad in el.iter(*INVISIBLE_TAGS):
            plain -= _text_len(bad.text_content())
        assert _visible_weight(el) == plain
