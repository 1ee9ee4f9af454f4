"""Paragraphs trafilatura skipped inside the story, taken back from the project's own candidate.

trafilatura's candidate (:mod:`pipelines.trafilatura_candidate`) wins the generic path, but
it sometimes leaves out paragraphs in the middle of the text: a step written in a ``<div>``
between two ``<p>``s, a paragraph wrapped in a figure or a box its precision mode distrusts.
The own candidate (:mod:`pipelines.main_content`) often has them, in page order, between
paragraphs both candidates share.  :func:`fill_gaps` puts such a paragraph back where it
stands, when it reads as running text (a sentence of some length, little link text): a
teaser, a caption or a button between two story paragraphs is short or linked and stays out.
A subheading trafilatura dropped comes back the same way when running text follows it.
Only gaps and the lead are filled: running text among the two own blocks right above the first
shared paragraph is the lead (an intro ``<div>`` or teaser-class paragraph trafilatura
distrusts) and goes first; what the own candidate has further up or after the last shared
paragraph (headers, comments, author boxes, footers) is not taken, but for the story's closing
lines :mod:`pipelines.candidate_tail` knows (announced links, a reporting credit).

:func:`far_shorter` is the measure the generic path chooses by: trafilatura's candidate wins
unless it has fewer than :data:`FAR_SHORTER` of the own one's words.
"""

from __future__ import annotations

import re
from typing import Any

from pipelines.normalize import LINK_LINE, cjk_count, word_count

Blocks = list[dict[str, Any]]

#: Sentence punctuation a filled paragraph must hold.
_SENTENCE_RE = re.compile(r"[.!?。！？;；]")
#: A shared paragraph anchors a gap only when it is at least this long (short lines repeat).
ANCHOR_MIN_CHARS = 30


#: A candidate with fewer words than this share of the other one's is "far shorter".
FAR_SHORTER = 0.5


def words(blocks: Blocks) -> int:
    return sum(word_count(b["text"]) for b in blocks)


def far_shorter(short: Blocks, long: Blocks) -> bool:
    """``words(short) < FAR_SHORTER * words(long)``: the generic path then takes ``long``
    (:func:`pipelines.parse.generic_candidates`).  ``long`` is counted only until it is
    decided (the own candidate is often the whole page)."""
    count = words(short)
    seen = 0
    for block in long:
        seen += word_count(block["text"])
        if count < FAR_SHORTER * seen:
            return True
    return False


def text_key(text: str) -> str:
    """``text`` lower-cased with its white space out: the key blocks are compared by."""
    return "".join(text.split()).lower()


#: Shingle length (characters, white space out) for "trafilatura already has this text".
SHINGLE = 8
#: A paragraph is new when fewer than this share of its shingles are in trafilatura's text:
#: the same paragraph rendered a little differently (inline code, a footnote mark, an
#: image's alt text) shares most of them and must not come twice.
NEW_MAX_SHARED = 0.5


def _shingles(key: str) -> set[str]:
    return {key[i:i + SHINGLE] for i in range(max(1, len(key) - SHINGLE + 1))}


def _new_text(key: str, known: set[str]) -> bool:
    own = _shingles(key)
    return len(own & known) < NEW_MAX_SHARED * len(own)


def _running(block: dict[str, Any]) -> bool:
    text = block["text"]
    return (block.get("kind") == "paragraph" and block.get("_links", 0) < 0.25
            and (len(text) >= 80 or cjk_count(text) >= 25) and bool(_SENTENCE_RE.search(text)))


def _subheading(own: Blocks, i: int) -> bool:
    """``own[i]`` is a subheading of the story: a short unlinked heading whose next own block
    is running text (a box's title, "Read also", is followed by links or nothing)."""
    block, text = own[i], own[i]["text"]
    return (block.get("kind") == "heading" and block.get("_links", 0) < 0.25 and len(text) <= 110
            and (cjk_count(text) >= 4 or 2 <= len(text.split()) <= 15)
            and i + 1 < len(own) and _running(own[i + 1]))


#: A "Read more" button: a wholly linked line of at most this many words.
_BUTTON_WORDS = 3


def _teaser_excerpt(own: Blocks, i: int) -> bool:
    """``own[i]`` is the excerpt of a teaser card: the next own block is a short wholly linked
    line ("Read more", "Weiterlesen") -- the card's button to the story the excerpt is from."""
    if i + 1 >= len(own):
        return False
    after = own[i + 1]
    return (after.get("_links", 0) >= LINK_LINE and after.get("kind") == "paragraph"
            and 0 < len(after["text"].split()) <= _BUTTON_WORDS and not cjk_count(after["text"]) > 6)


def _anchors(own: Blocks, traf_keys: list[str]) -> dict[int, int]:
    """Own block index -> index of the trafilatura block holding it, in order (each found
    after the previous one), for own blocks long enough to anchor."""
    found: dict[int, int] = {}
    j = 0
    for i, block in enumerate(own):
        key = text_key(block["text"])
        if len(block["text"]) < ANCHOR_MIN_CHARS or not key:
            continue
        for k in range(j, len(traf_keys)):
            if key in traf_keys[k]:
                found[i], j = k, k
                break
    return found


#: The lead: running-text paragraphs of the own candidate among this many blocks right above
#: its first shared paragraph go first (a lead ``<div>`` or a teaser-class intro paragraph
#: trafilatura's precision mode leaves out; a photo credit may stand between).  Further up
#: are the header, the navigation, the site's blurb: not taken.
LEAD_REACH = 2


def fill_gaps(traf: Blocks, own: Blocks) -> Blocks:
    """``traf`` with the running-text paragraphs (and subheadings) of ``own`` that ``traf``
    lacks and that sit between two paragraphs both candidates hold (each after the shared one
    before it) or just above the first of them (:data:`LEAD_REACH`, put before it)."""
    from pipelines.candidate_tail import closing_lines

    traf = closing_lines(traf, own)
    if len(traf) < 2 or len(own) < 3:
        return traf
    traf_keys = [text_key(b["text"]) for b in traf]
    anchors = _anchors(own, traf_keys)
    if len(anchors) < 2:
        return traf
    order = sorted(anchors)
    gaps = [(anchors[left], own[i]) for left, right in zip(order, order[1:])
            for i in range(left + 1, right) if (_running(own[i]) and not _teaser_excerpt(own, i)) or _subheading(own, i)]
    lead = anchors[order[0]] - 1  # after the trafilatura block before the first shared one
    gaps = [(lead, own[i]) for i in range(max(0, order[0] - LEAD_REACH), order[0])
            if _running(own[i]) and not _teaser_excerpt(own, i)] + gaps
    if not gaps:  # most pages: trafilatura's shingles are not needed
        return traf
    known = set().union(*map(_shingles, traf_keys))
    after: dict[int, Blocks] = {}
    for k, block in gaps:
        key = text_key(block["text"])
        # A subheading is a few words: their shingles turn up all over a long text, so it is
        # new unless trafilatura's text holds it whole.
        if (not any(key in t for t in traf_keys)) if block["kind"] == "heading" else _new_text(key, known):
            after.setdefault(k, []).append(block)
    if not after:
        return traf
    out: Blocks = list(after.get(-1, []))  # the lead, when trafilatura starts with the shared one
    for k, block in enumerate(traf):
        out.append(block)
        out.extend(after.get(k, []))
    return out


# ---------------------------------------------------------------- the lead under the headline

#: How far up from the ``<h1>`` the article's header may reach, and how many text elements
#: after the ``<h1>`` are read for the lead (a kicker, a byline, a date may come first).
_HEADER_LEVELS = 4
_LEAD_LOOK = 6
#: Text elements walked at most, linked ones included (a share bar's buttons do not count
#: towards :data:`_LEAD_LOOK`, but a page of links is not walked to its end).
_LEAD_WALK = 40
#: A lead is one paragraph: longer text after the headline is the story itself.
_LEAD_MAX_CHARS = 1000
_LEAF_SKIP = {"nav", "aside", "footer", "figure", "figcaption", "form", "button", "script", "style"}
#: An author box or a caption under the headline is not the lead ("author_short_bio",
#: "mntl-author-tooltip__bio", "wp-caption-text").
_NOT_LEAD_RE = re.compile(r"author|byline|(?:^|[\s_-])bio|profile|contributor|caption|credit", re.I)


#: Lines under a headline that are not its lead: a one-line author bio ("Ann Lee is a
#: reporter who …"), a posting line ("Posted by … on …", "Updated …").
_NOT_LEAD_TEXT_RE = re.compile(
    r"^(?:(?!(?:The|This|That|These|It|Its|Our|A|An)\b)(?:[A-Z][\w’'.-]+ ){1,3}(?:is|was) (?:a|an|the)\b"
    r"|(?i:posted|published|updated|written|by)\b)")


def _not_lead(el: Any, scope: Any, text: str) -> bool:
    if _NOT_LEAD_TEXT_RE.match(text) or next(el.iter("script", "style"), None) is not None:
        return True  # the text of a script or style block is not prose
    for node in (el, *el.iterancestors()):
        if node is scope:
            return False
        hint = f"{node.get('class') or ''} {node.get('id') or ''}"
        if hint.strip() and _NOT_LEAD_RE.search(hint):
            return True
    return False


def _text_elements(scope: Any, h1: Any):
    """Leaf text elements (``p``, ``h2``-``h4``, ``div`` without block children) after ``h1``
    in ``scope``, in page order."""
    after = False
    for el in scope.iter("p", "h1", "h2", "h3", "h4", "div"):
        if el is h1:
            after = True
            continue
        if not after or any(a.tag in _LEAF_SKIP for a in el.iterancestors()):
            continue
        if el.tag == "div" and next(el.iterdescendants("p", "div", "h2", "h3", "h4", "ul", "ol", "table"), None) is not None:
            continue
        text = " ".join(el.text_content().split())
        if text:
            yield el, text


def headline_lead(root: Any) -> dict[str, Any] | None:
    """The lead paragraph in the article's header: the first running-text element among the
    few text elements after the page's first ``<h1>``, within the h1's header (at most
    :data:`_HEADER_LEVELS` up).  Sites put their standfirst there (``p.excerpt``,
    ``h2.subheadline`` in a ``<header>``), which both candidates drop with the header."""
    h1 = _headline(root)
    if h1 is None:
        return None
    described = _descriptions(root)
    scope = h1
    for _ in range(_HEADER_LEVELS):
        if scope.getparent() is None or scope.getparent().tag in ("body", "html"):
            break
        scope = scope.getparent()
        seen = 0
        for walked, (el, text) in enumerate(_text_elements(scope, h1)):
            if seen >= _LEAD_LOOK or walked >= _LEAD_WALK:
                break
            links = sum(len(a.text_content()) for a in el.iter("a")) / len(text)
            if links >= 0.5:
                continue  # a share button, a tag, a linked kicker: not a line of the header
            seen += 1
            block = {"kind": "paragraph", "text": text, "_links": links, "_tag": "p"}
            own_summary = _described(block, described)
            if len(text) <= _LEAD_MAX_CHARS and (_running(block) or own_summary) \
                    and not _not_lead(el, scope, text):
                return {**block, "_described": True} if own_summary else block
    return None


def _headline(root: Any) -> Any | None:
    """The story's ``<h1>``: the first of headline length whose text the page's title holds
    (``og:title`` or ``<title>``, site name and all), else the first of headline length.  A
    theme that marks its logo up as an ``<h1>`` above the story's own ("Site - tagline") gives
    two; the title names the story."""
    h1s = [h for h in root.iter("h1") if _headline_length(h.text_content().strip())]
    if len(h1s) < 2:
        return h1s[0] if h1s else None
    title = text_key(" ".join(root.xpath('//meta[@property="og:title"]/@content | //title/text()')))
    return next((h for h in h1s if text_key(h.text_content()) in title), h1s[0])


#: A headline holds at least this many characters, or this many CJK characters (a Chinese
#: title or name of three characters is whole; a Latin one that short is a logo or a label).
HEADLINE_MIN_CHARS = 10
HEADLINE_MIN_CJK = 2


def _headline_length(text: str) -> bool:
    return len(text) >= HEADLINE_MIN_CHARS or cjk_count(text) >= HEADLINE_MIN_CJK


#: A page description shorter than this is a site's tagline, not a story's standfirst.
_DESCRIPTION_MIN_CHARS = 60


def _descriptions(root: Any) -> list[str]:
    """The page's own summary (``<meta name=description>``, ``og:description``,
    ``twitter:description``) as match keys, a trailing ellipsis cut off."""
    found = root.xpath('//meta[@name="description" or @property="og:description" or @name="twitter:description"]'
                       '/@content')
    keys = {text_key(value).rstrip(".…") for value in found}
    return [key for key in keys if len(key) >= _DESCRIPTION_MIN_CHARS * 0.8]


def _described(block: dict[str, Any], described: list[str]) -> bool:
    """A line under the headline that is the page's own description is its standfirst even
    without a sentence stop ("Fines to rise for repeat offenders"): the description, not a
    kicker or a caption."""
    text = block["text"]
    if len(text) < _DESCRIPTION_MIN_CHARS or block.get("_links", 0) >= 0.25:
        return False
    key = text_key(text).rstrip(".…")
    return any(key == d or (len(d) >= 0.8 * len(key) and key.startswith(d)) or _opens(d, key, text) for d in described)


def _opens(description: str, key: str, text: str) -> bool:
    """The line is the description's opening sentence(s): the description goes on after a
    sentence stop where the line ends ("Line one? Line two! More of the page's text.")."""
    return len(description) > len(key) and description.startswith(key) and text.rstrip()[-1:] in _SENTENCE_ENDS


_SENTENCE_ENDS = frozenset(".!?。！？")


#: The lead joins a story of at least this many words: under a short text the line below the
#: headline is as likely a hub's blurb, and it would weigh as main text against the teasers
#: the listing evidence counts (:mod:`pipelines.listing`).
LEAD_MIN_WORDS = 100


def with_lead(lead: dict[str, Any] | None, blocks: Blocks) -> Blocks:
    """``blocks`` with the :func:`headline_lead` first, when it is new to them and they hold
    a story (:data:`LEAD_MIN_WORDS`), or whatever their length when the lead is the page's own
    description (``_described``: the page says the line is its summary; a short post's intro).
    A described lead is new also when it tells the story in other words (:func:`_in_other_words`),
    or when the passage it repeats is not the story's opening (:data:`OPENING_BLOCKS`)."""
    if lead is None or not blocks or not (lead.get("_described") or has_words(blocks, LEAD_MIN_WORDS)):
        return blocks
    keys = [text_key(b["text"]) for b in blocks]
    lead_key = text_key(lead["text"])
    if len(lead_key) >= SHINGLE and any(lead_key in key for key in keys):
        return blocks  # every shingle (and sentence) of the lead is one of the block holding it: not new
    known = set().union(*map(_shingles, keys))
    if _new_text(lead_key, known) or (lead.get("_described") and (
            _in_other_words(lead_key, known) or _new_text(lead_key, _shingles("".join(keys[:OPENING_BLOCKS]))))):
        return [lead, *blocks]
    rest = _new_sentences(lead["text"], known)
    return [{**lead, "text": rest}, *blocks] if rest else blocks


#: A described standfirst repeating a passage of the story is a copy of it when the passage
#: is among the story's first this many blocks: a page's excerpt is cut from the opening (a
#: CMS's automatic summary); a standfirst quoting a passage further down was written as one.
OPENING_BLOCKS = 3

#: A standfirst sharing fewer than this share of its shingles with the story says it in other
#: words (a summary of the story, not a copy of its first paragraph with a word changed).
STANDFIRST_MAX_SHARED = 0.9


def _in_other_words(key: str, known: set[str]) -> bool:
    """The standfirst repeats the story's facts in words of its own: more than half of its
    shingles are in the story (:func:`_new_text` says it is not new), but fewer than
    :data:`STANDFIRST_MAX_SHARED` ("Fines rise to 10,000 for repeat offenders" over a story
    saying "... fines ... will rise to a maximum of 10,000 for those who ...")."""
    own = _shingles(key)
    return len(own & known) < STANDFIRST_MAX_SHARED * len(own)


def has_words(blocks: Blocks, least: int) -> bool:
    """``words(blocks) >= least``, counted only until it is reached."""
    seen = 0
    for block in blocks:
        seen += word_count(block["text"])
        if seen >= least:
            return True
    return False


#: Where a lead splits into sentences: after a stop and space, before a capital or a quote.
_SENTENCE_SPLIT_RE = re.compile(r"(?<=[.!?])\s+(?=[\"“‘'(\w])|(?<=[。！？])")


def _new_sentences(text: str, known: set[str]) -> str:
    """The sentences of a standfirst that the story lacks, when the standfirst repeats its
    opening sentence and adds one of its own ("A. B." over a story opening with "A."): the
    added sentence is read nowhere else.  '' when none is new or what is new is short."""
    sentences = [s.strip() for s in _SENTENCE_SPLIT_RE.split(text) if s.strip()]
    if len(sentences) < 2:
        return ""
    new = [s for s in sentences if _new_text(text_key(s), known)]
    rest = " ".join(new)
    return rest if new and len(new) < len(sentences) and _running({**_LEAD_SHAPE, "text": rest}) else ""


_LEAD_SHAPE = {"kind": "paragraph", "_links": 0.0}
