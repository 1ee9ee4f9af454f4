"""The headline: the page's visible ``<h1>`` checked against its metadata titles
(``og:title``, ``twitter:title``, JSON-LD ``headline``, ``<title>``), with the site name and
other tail segments removed by general rules.

Rules, in order (:func:`choose`):

1. an ``<h1>`` that equals a metadata title, or its first segment, or begins one
   (``"Headline | Site"``) is the headline;
2. a profile's title selector, when the site has one;
3. else the page's one plausible ``<h1>`` (not the site name, not a one-word navigation label);
4. else the first metadata title with the site name removed and cut at its first separator.

The chosen text then loses a trailing segment after `` | `` and a short trailing segment after a
spaced dash when that segment is also a separate segment of a metadata title
(``"Headline – Short Tail"`` beside ``<title>Headline – Short Tail – Site</title>``).
"""

from __future__ import annotations

import html
import re
from urllib.parse import urlsplit

from pipelines.normalize import cjk_count
from pipelines.meta_record import PageMeta

_SUFFIX_SEP_RE = re.compile(r"\s+[|｜\-–—]\s+|\s*_\s*|\s*丨\s*")
_GLUED_SUFFIX_RE = re.compile(r"^(?P<head>.+?)(?:(?<!—)—(?!—)|--|－)(?P<site>[^\s—\-－|｜_]{2,10})$")
# Separators between a headline and the rest of a <title>: " | ", " - ", " – ", " — ", " · ", " :: ".
_SEGMENT_RE = re.compile(r"\s+(?:[|｜·•»]|::|[-–—])\s+|\s*[|｜]\s*")
_GLUED_SEP_RE = re.compile(r"\s*[|｜»_]\s*|——|--")
# the tail may hold a hyphenated word ("Top Local & Long-Distance Movers"), not a spaced dash
_DASH_TAIL_RE = re.compile(r"^(?P<head>.+?)\s+[-–—]\s+(?P<tail>(?:[^-–—|]|(?<=\w)-(?=\w))+)$")
_PIPE_TAIL_RE = re.compile(r"^(?P<head>.+?)\s*[|｜]\s*(?P<tail>[^|｜]+)$")
_NAV_H1_RE = re.compile(r"^(?:menu|blog|home|news|search|contact us|follow us|our blog|the blog|navigation)$", re.I)
_SPACE_RE = re.compile(r"\s+")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def strip_site_suffix(title: str, *, site_names: list[str]) -> str:
    """``"Headline - Site"`` -> ``"Headline"`` when the suffix is a known site name
    (or, without known names, when the longest segment is clearly the headline)."""
    names = {n.lower() for n in site_names if n}
    # Chinese sites glue the name on without spaces: "标题—江淮商报", "标题--江淮商报", "标题_新浪财经".
    ascii_lower = title.lower() if title.isascii() else None
    for name in sorted(names, key=len, reverse=True):
        if ascii_lower is not None and name.isascii() and name not in ascii_lower:
            continue  # ASCII both: re.I matches exactly what lower() does, and the name is not there
        m = re.match(rf"^(?P<head>.+?)\s*(?:[|｜丨_—–]+|--|-\s|\s-)\s*{re.escape(name)}\s*$", title, re.I)
        if m and len(m.group("head")) >= 4:
            return m.group("head").strip()
    # Unknown name glued on a Chinese <title>: a short last piece after a single dash.
    m = _GLUED_SUFFIX_RE.match(title)
    if m and cjk_count(m.group("head")) >= 6 and len(m.group("head")) >= 2 * len(m.group("site")):
        return m.group("head").strip()
    sep = _SUFFIX_SEP_RE if cjk_count(title) else _SEGMENT_RE  # "rustc_codegen_gcc" is one word
    parts = [p.strip() for p in sep.split(title) if p.strip()]
    if len(parts) < 2:
        return title
    kept = [p for p in parts if p.lower() not in names]
    if kept and len(kept) < len(parts):
        return " - ".join(kept) if len(kept) > 1 else kept[0]
    longest = max(parts, key=len)
    if len(longest) >= 0.6 * len(title) or len(longest) >= 2 * max(len(p) for p in parts if p is not longest):
        return longest
    return title


def _key(text: str | None) -> str:
    return _SPACE_RE.sub(" ", html.unescape(text or "").translate(_QUOTES)).strip().lower()


def _segments(title: str) -> list[str]:
    return [p.strip() for p in _SEGMENT_RE.split(title) if p.strip()]


def title_pieces(title: str) -> set[str]:
    """The whole ``title`` and every piece any of this module's separators cuts off: the headline
    segments (``_segments``), a Chinese site suffix (``_SUFFIX_SEP_RE``: ``_``, ``丨``) and a glued
    dash or guillemet (``标题——站名``, ``Title»Site``). The parse stage uses them to find the
    element repeating the title on a page without an ``<h1>``."""
    pieces = {title, *_segments(title), *_SUFFIX_SEP_RE.split(title), *_GLUED_SEP_RE.split(title)}
    return {p.strip() for p in pieces if p.strip()}


def site_names(meta: PageMeta, url: str | None, extra: list[str | None]) -> list[str]:
    """Names the site goes by: ``og:site_name``, ``application-name``, JSON-LD publisher, the
    given names (source, profile) and the URL's registered domain (``move.org``, ``move``)."""
    names = [meta.tag("og:site_name"), meta.tag("application-name"), meta.tag("twitter:site"), *extra]
    publisher = meta.jsonld.get("publisher")
    if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
        names.append(publisher["name"])
    host = urlsplit(url or "").hostname or ""
    labels = [p for p in host.split(".") if p not in ("www", "m", "en", "blog", "news")]
    if len(labels) >= 2:
        names += [".".join(labels[-2:]), labels[-2]]
    return [n.lstrip("@").strip() for n in names if isinstance(n, str) and n.strip()]


def _is_site(segment: str, names: list[str]) -> bool:
    key = _key(segment)
    squashed = re.sub(r"[^\w]", "", key)
    for name in names:
        name_key = _key(name)
        if key == name_key or (len(squashed) >= 3 and squashed == re.sub(r"[^\w]", "", name_key)):
            return True
        if len(name_key) >= 4 and (name_key in key or key in name_key) and len(key) <= 2 * len(name_key) + 4:
            return True
    return False


def metadata_titles(meta: PageMeta) -> list[str]:
    headline = meta.jsonld.get("headline")
    titles = [meta.tag("og:title"), meta.tag("twitter:title"),
              headline if isinstance(headline, str) else None, meta.html_title]
    return [html.unescape(t).strip() for t in titles if isinstance(t, str) and t.strip()]


# A section label before the headline inside the <h1>: "Blog: ", "News | ", "Opinion — ".
_LABEL_PREFIX_RE = re.compile(r"^(?P<label>[^\W\d_][\w&'’.-]*(?:\s[\w&'’.-]+)?)\s*(?::|\s[|–—-])\s+(?P<rest>.+)$")


def _agreeing_h1(h1s: list[str], titles: list[str]) -> str | None:
    keys = set()
    for title in titles:
        segments = _segments(title)
        keys.add(_key(title))
        if segments:
            keys.add(_key(segments[0]))
    for h1 in h1s:
        if _key(h1) in keys:
            return h1
    for h1 in h1s:  # "Blog: Headline" beside <title>Headline | Site</title>: the label is a section's
        m = _LABEL_PREFIX_RE.match(h1)
        if m and len(m.group("rest")) >= 10 and _key(m.group("rest")) in keys:
            return m.group("rest")
    for h1 in h1s:
        key = _key(h1)
        # "Headline | Site", or "Headline (Author)": the <title> goes on with a separate part
        if len(key) >= 10 and any(_key(t).startswith(key) and (_segments(t)[0] != t or _key(t)[len(key):][:2] == " (")
                                  for t in titles):
            return h1
    return None


def _respelled_h1(h1s: list[str], titles: list[str]) -> str | None:
    """The metadata title (or its first segment) an ``<h1>`` spells with ``?`` standing for
    characters a charset conversion lost ("Harbour Tides? Sailor? Notes" for "Harbour Tides: Sailor's
    Notes"): the metadata kept the characters.  A final "?" is the headline's own."""
    for h1 in h1s:
        pieces = h1.lower().split("?")
        if len(h1) < 10 or "?" not in h1.rstrip("?"):
            continue
        lost = re.compile(".{1,3}".join(map(re.escape, pieces)), re.S)
        for title in titles:
            for candidate in (title, *_segments(title)[:1]):
                if "?" not in candidate.rstrip("?") and lost.fullmatch(candidate.lower()):
                    return candidate
    return None


# What an aggregator prints after a linked headline: the linked site's domain, then a score or count
# ("Headline 2025" is not cut: a year or number alone may be the headline's).
_WORDLESS_TAIL_RE = re.compile(r"\s*\(\s*[\w-]+(?:\.[\w-]+)+\s*\)\s*\d*\s*")


def _annotated_h1(h1s: list[str], titles: list[str]) -> str | None:
    """The metadata headline an ``<h1>`` repeats with a wordless tail: "Headline (example.com) 87"
    (a link aggregator's source domain and score) beside ``<title>Headline - Site</title>``."""
    for h1 in h1s:
        for title in titles:
            head = _segments(title)[0] if _segments(title) else title
            rest = _key(h1)[len(_key(head)):] if len(head) >= 10 and _key(h1).startswith(_key(head)) else ""
            if rest.strip() and _WORDLESS_TAIL_RE.fullmatch(rest):
                return head
    return None


_LEAD_DATE_RE = re.compile(
    r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\s*[·•|:–—-]?\s+", re.I)


def _plausible_h1(h1s: list[str], names: list[str]) -> str | None:
    h1s = [_LEAD_DATE_RE.sub("", h) for h in h1s]  # "Dec 18 2025 Headline": the date is not the headline
    good = [h for h in h1s if not _NAV_H1_RE.match(h) and not _is_site(h, names)
            and (len(h.split()) >= 2 or cjk_count(h) >= 4) and len(h) <= 300]
    return good[0] if len(good) >= 1 else None


def _without_domain_prefix(title: str, names: list[str]) -> str:
    """"example.com Headline" -> "Headline": a site's domain name leading its <title>."""
    for name in names:
        if "." in name and title.lower().startswith(name.lower() + " ") and len(title) > len(name) + 3:
            return title[len(name):].strip()
    return title


def _from_metadata(titles: list[str], names: list[str]) -> str | None:
    for title in map(lambda t: _without_domain_prefix(t, names), titles):
        segments = [s for s in _segments(strip_site_suffix(title, site_names=names)) if not _is_site(s, names)]
        if segments:
            return segments[0]
    return None


def _cut_tail(title: str, titles: list[str]) -> str:
    """Drop a `` | Tail`` segment, and a short spaced-dash tail the metadata titles also set apart."""
    m = _PIPE_TAIL_RE.match(title)
    if m and len(m.group("head")) >= 10:
        return _cut_tail(m.group("head").strip(), titles)
    m = _DASH_TAIL_RE.match(title)
    # "Fees rose — and shippers want answers" is one headline: the tail must start like a title
    # and the <title> must go on after it (a site name), so it is a segment and not a clause.
    if (m and len(m.group("tail").split()) <= 5 and len(m.group("head").split()) >= 2
            and m.group("tail")[:1].isupper() or m and m.group("tail")[:1].isdigit()):
        tail = _key(m.group("tail"))
        if any(tail in {_key(s) for s in _segments(t)[1:-1]} for t in titles):
            return m.group("head").strip()
    return title


_STOPWORDS = frozenset("a an and as at by for from in is of on or the to with".split())
_WORD_RE = re.compile(r"[^\W\d_]{2,}|\d+", re.U)


def _content_words(text: str) -> set[str]:
    """Lower-cased words (CJK: single ideographs) without the commonest English function words."""
    words = set()
    for word in _WORD_RE.findall(text.lower()):
        words.update(word if cjk_count(word) else [word])
    return words - _STOPWORDS


def _unrelated(h1: str, title: str) -> bool:
    """An ``<h1>`` that shares no word with the metadata title is a section label or a widget's
    heading ("Webcams", "Select an option", "Day 7"), not this page's headline."""
    return not _content_words(h1) & _content_words(title)


# "Headline Posted on July 1, 2024 by jdoe": the byline printed inside the <h1>.
_H1_BYLINE_TAIL_RE = re.compile(
    r"\s+(?:posted|published|updated)(?:\s+on)?\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
    r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2})(?:\s+by\s+.{1,60})?$", re.I)


_SENTENCE_END_RE = re.compile(r"[.!?](?=\s+[A-Z])")


def _not_a_headline(h1: str) -> bool:
    """An ``<h1>`` holding a paragraph (two sentences or more, over 150 characters) is a
    summary the theme sets in the heading style, not the headline."""
    return len(h1) > 150 and bool(_SENTENCE_END_RE.search(h1))


_C1_RE = re.compile("[\u0080-\u009f]")


def repair(title: str) -> str:
    """UTF-8 read twice as latin-1 ("Harbourâ\\x80\\x99s") repaired before the C1 controls
    that betray it are dropped by normalization (after which nothing can repair it)."""
    if _C1_RE.search(title):
        import ftfy

        return ftfy.fix_text(title)
    return title


def choose(meta: PageMeta, *, current: str | None, url: str | None, names: list[str],
           from_profile: bool = False) -> str | None:
    """The headline (see the module docstring); ``current`` is the parse stage's title."""
    titles = metadata_titles(meta)
    names = site_names(meta, url, names)
    h1s = meta.h1s or ([meta.h1] if meta.h1 else [])
    h1s = [h for h in h1s if h not in meta.anchored_h1s]  # a section heading's permalink
    if from_profile and current:
        return strip_site_suffix(current, site_names=names)
    agreeing = _agreeing_h1(h1s, titles) or _respelled_h1(h1s, titles) or _annotated_h1(h1s, titles)
    title = agreeing or _plausible_h1(h1s, names)
    if title and not agreeing:
        title = _H1_BYLINE_TAIL_RE.sub("", title)
    from_meta = _from_metadata(titles, names) if titles else None
    if not title or (title.isupper() and titles):  # an all-capitals <h1> is styling; the metadata has the case
        title = from_meta or title
    elif not agreeing and from_meta and (_unrelated(title, from_meta) or _not_a_headline(title)):
        title = from_meta
    if not title:
        return strip_site_suffix(current, site_names=names) if current else None
    if cjk_count(title) and title in titles:
        return strip_site_suffix(title, site_names=names)
    return _cut_tail(title, titles)
