"""Single-line tests of the boilerplate stage: what a line is (byline, share bar, credit,
prompt ...; :func:`line_reason`), names in a byline (:func:`byline_names`) and the
small text predicates the passes in :mod:`pipelines.boilerplate` share."""

from __future__ import annotations

import functools
import re
from typing import Any, Callable, Iterable

from pipelines.normalize import cjk_count, is_cjk_char, word_count
from pipelines.regex_gates import GatedPattern, _folded
from pipelines.boilerplate_patterns import (  # noqa: F401
    _ABOUT_ARTICLE_RE, _AD_RE, _APP_RE, _ARROWS, _CAPTION_CREDIT_RE, _CHART_SOURCE_RE, _CLOSERS,
    _CLOSING_CREDIT_RE, _COMMENT_RE, _COPYRIGHT_RE, _CTA_RE, _DATE_RE, _DECOR,
    _DISCLAIMER_ANY_RE, _DISCLAIMER_START_RE, _EDITOR_RE, _END_MARK_RE, _END_MATTER_RE, _ENGAGE_RE, _EN_BY_RE,
    _EN_NAME_THEN_ROLE_RE, _EN_REPORTER_RE, _GALLERY_CAPTION_RE, _IMAGE_RE, _INFO_LABEL_RE,
    _LICENSING_TAIL_RE, _NAV_RE, _NOT_PERSON, _ORG_EDITOR_RE, _PAGINATION_RE, _PAGINATION_WORD_RE,
    _POSITION_DISCLOSURE_RE, _POSTMETA_RE, _READMORE_RE, _ROLE_ONLY_RE, _SHARE_ON_RE, _SHARE_SPLIT_RE,
    _SHARE_WORDS, _STOP, _TABLE_SOURCE_RE, _TAGS_RE, _TERMINAL_RE, _VIDEO_RE, _WEEKDAY_TAIL_RE,
    _WIRE_SOURCE_RE, _WORD_RE, _ZH_BYLINE_RE, _ZH_BYLINE_SUFFIX_RE, _ZH_NOT_NAME_RE, _ZH_ROLE_RE,
    _ZH_SPACED_NAME_RE, _ZH_TRAILING_EDITOR_RE, _ZH_WEN_BYLINE_RE, _AFFILIATE_RE, _BACK_TO_RE, _BREADCRUMB_RE,
    _VIEW_COUNT_RE, _BBCODE_RE, _FOOTER_WORDS_RE, _TRAIL_RE, _TRACKBACK_RE, _FOLLOW_RE, _LETTERS_RE,
    _LOGIN_STATE_RE, _NEWSLETTER_RE, _PAREN_CREDIT_RE, _READ_ALSO_RE, _SOCIAL_RE, _SUPPORT_RE,
)


# ---------------------------------------------------------------- helpers

_ASCII_NOT_ALNUM_RE = re.compile(r"[^A-Za-z0-9]")  # in ASCII, str.isalnum() is exactly [A-Za-z0-9]
# Compiled once (they ran through ``re``'s cache lookup on every short line).
_BY_START_RE = re.compile(r"(?i:by)\s")
_BY_ROLE_TAIL_RE = re.compile(
    r"[\s,|]+(?:[A-Z][a-z]+\s+)?(?:[a-z]+\s+)?(?i:reporter|correspondent|editor|writer|analyst)$")
_IN_PLACE_RE = re.compile(r"\s+in\s+[A-Z][\w]+(?:\s+[A-Z]\w+)?$")
_SHARE_PREFIX_RE = re.compile(r"^share(?: this)?(?: article| story| post| page)?\b")


@functools.lru_cache(maxsize=4096)  # a page's lines are keyed again for each line they meet
def _key(text: str) -> str:
    """Comparison key: lower-case letters, digits and CJK only."""
    lower = text.lower()
    return _ASCII_NOT_ALNUM_RE.sub("", lower) if lower.isascii() else "".join(filter(str.isalnum, lower))


def _core(text: str) -> str:
    """Text without decoration symbols around it (for full-line matches)."""
    return text.strip(_DECOR + " ").strip()


def _is_short(text: str, *, words: int = 20, cjk: int = 40) -> bool:
    if len(text) > 160 and len(text) >= 2 * cjk:  # too long either way (CJK needs > len/2 > cjk)
        return False
    n_cjk = cjk_count(text)
    return (n_cjk <= cjk) if n_cjk * 2 > len(text) else (len(text.split()) <= words and len(text) <= 160)


def _ends_open(text: str) -> bool:
    """No final punctuation (closing quotes and brackets looked through)."""
    core = text.rstrip(_CLOSERS + " ")
    return bool(core) and not _TERMINAL_RE.search(core)


def _is_title_like(text: str) -> bool:
    core = text.rstrip(_CLOSERS + " ")
    return _is_short(text, words=22, cjk=40) and (not _TERMINAL_RE.search(core) or core.endswith(("?", "？", "!", "！")))


def _is_teaser(text: str) -> bool:
    return text.rstrip(_CLOSERS + " ").endswith("…") and len(text) <= 400


def split_source_prefix(title: str) -> tuple[str | None, str]:
    """``"Securities Daily | Regulatory ..."`` -> ``("Securities Daily", "Regulatory ...")``.

    Only when the part before the bar is short (<= 5 words or <= 12 CJK
    characters) and the part after it is longer; otherwise ``(None, title)``.
    """
    m = re.match(r"^\s*(?P<src>[^|｜丨]{1,40}?)\s*[|｜丨]\s*(?P<rest>.+)$", title)
    if not m:
        return None, title
    src, rest = m.group("src").strip(), m.group("rest").strip()
    short = (cjk_count(src) <= 12) if cjk_count(src) else len(src.split()) <= 5
    if short and len(rest) > len(src) and not re.search(r"[|｜丨]", rest):
        return src, rest
    return None, title


def _person_names(raw: str, *, cjk: bool) -> list[str]:
    parts = re.split(r"\s*(?:,|;|&|\band\b|、|，|和|及|与)\s*" if not cjk else r"[\s、,，和及与]+", raw)
    names = []
    for part in parts:
        part = part.strip(" .")
        if not part:
            continue
        if cjk:
            part = _ZH_ROLE_RE.sub("", part)
            if 2 <= len(part) <= 5:
                names.append(part)
            continue
        part = re.sub(r"\s+(?:in|for|at)\s+.*$", "", part)
        if part.lower() in _NOT_PERSON or not part[:1].isupper():
            continue
        if 1 <= len(part.split()) <= 4:
            names.append(part.title() if part.isupper() else part)
    return names


def byline_names(text: str) -> list[str] | None:
    """Author names if ``text`` is a byline line, else None.

    ``"Securities Daily reporter Xing Meng"`` -> ``["Xing Meng"]``;
    ``"本报记者 邢萌"`` -> ``["邢萌"]``; ``"By Jane Doe and John Roe"`` -> both.
    """
    text = _core(text)
    if not text or len(text) > 120:
        return None
    if cjk_count(text):
        zh = _ZH_BYLINE_SUFFIX_RE.sub("", _ZH_TRAILING_EDITOR_RE.sub("", text))
        # "作者：熊 丽", "见习记者 林 楠": a two-character name spaced to line up with three-character ones.
        zh = _ZH_SPACED_NAME_RE.sub(r"\1\2", zh)
        for regex in (_ZH_WEN_BYLINE_RE, _ZH_BYLINE_RE):
            m = regex.match(zh)
            if m and len(zh) <= 40 and not _ZH_NOT_NAME_RE.search(m.group("names")):
                return _person_names(m.group("names"), cjk=True) or None
    # "By Sofia Andersson Business reporter": the role after the name is not part of it.
    if _BY_START_RE.match(text):
        text = _BY_ROLE_TAIL_RE.sub("", text)
    # "By Jane Doe · May 2, 2024" / "Staff reporter Li Wei | 12 June 2024": drop the date part.
    if _DATE_RE.search(text):
        text = _DATE_RE.sub("", text).rstrip(" |·•,–—-/")
        # "By Jane Doe Monday, 24 November 2026": name and date in neighbouring spans.
        text = _WEEKDAY_TAIL_RE.sub("", text)
    if "in" in text:  # "... in Shanghai"
        text = _IN_PLACE_RE.sub("", text)
    for regex in (_EN_BY_RE, _EN_REPORTER_RE, _EN_NAME_THEN_ROLE_RE):
        m = regex.match(text)
        if m:
            rest = m.groupdict().get("rest") or ""
            if rest and not re.match(r"^\s*(?:[,|/–—-]\s*.*|\s+in\s+\w+.*)?$", rest):
                continue
            names = _person_names(m.group("names"), cjk=False)
            if names:
                return names
    return None


def _info_line(text: str) -> bool:
    """A short line made of a date plus labels ("2021-05-26 07:05 来源：证券日报")."""
    if len(text) > 150 or not _DATE_RE.search(text):
        return False
    rest = _DATE_RE.sub(" ", text)
    rest = re.sub(r"(?:来源|來源|source|作者|author|编辑|by)\s*[:：]?\s*\S{1,20}", " ", rest, flags=re.I)
    rest = _INFO_LABEL_RE.sub("", rest)
    return len(rest) <= 12


def _is_share_bar(text: str) -> bool:
    if len(text) > 100:
        return False
    lower = _SHARE_PREFIX_RE.sub("share", text.lower())
    tokens = [t for t in _SHARE_SPLIT_RE.split(lower) if t]
    if not tokens:
        return True
    joined = " ".join(tokens)
    return joined in _SHARE_WORDS or all(t in _SHARE_WORDS for t in tokens) and len(tokens) >= 2


def line_reason(text: str, *, patterns: Iterable[re.Pattern[str]] = ()) -> str | None:
    """Why a single line is boilerplate (a short label), or None if it is not.

    The site profile's patterns first, then each rule of :data:`_LINE_RULES` in turn."""
    for pattern in patterns:
        if pattern.search(text):
            return "profile pattern"
    core = _core(text)
    if not core:
        return "decoration"
    low = _folded(text)
    if low is None:  # "İ", "ı" or "ſ": the gates cannot judge, every rule is asked
        return next((reason for reason, test in _LINE_RULES if test(text, core)), None)
    low_core = _folded(core)
    n = len(text)
    for reason, test, limit, gate, on_core in _GATED_RULES:
        if n <= limit and (gate is None or gate(low_core if on_core else low)) and test(text, core):
            return reason
    return None


def _is_navigation(text: str, core: str) -> bool:
    # An arrow opening a sentence ("→ The bottom line: …") is a bullet, not a pager link.
    return bool(_NAV_RE.search(text)) and (_is_short(text, words=15, cjk=30) or not text.lstrip().startswith(_ARROWS))


def _is_disclaimer(text: str, core: str) -> bool:
    return bool(_DISCLAIMER_START_RE.search(text)) or (len(text) <= 200 and bool(_DISCLAIMER_ANY_RE.search(text)))


def _is_editor(text: str, core: str) -> bool:
    if len(text) <= 200 and _EDITOR_RE.search(text) and (_is_short(text, words=25, cjk=50) or "：" in text or ":" in text):
        return True
    return len(text) <= 40 and bool(_ORG_EDITOR_RE.match(core))


def _is_share_line(text: str, core: str) -> bool:
    return _is_share_bar(text) or (len(text) <= 40 and (bool(_SHARE_ON_RE.match(core))
                                                        or core.startswith(("分享到", "分享至"))))


def _is_gallery_caption(text: str, core: str) -> bool:
    return len(text) <= 300 and (bool(_GALLERY_CAPTION_RE.match(core))
                                 or ("licensing" in core.lower() and bool(_LICENSING_TAIL_RE.search(core))))


def _is_chart_source(text: str, core: str) -> bool:
    if (len(text) <= 150 and _CHART_SOURCE_RE.search(text) and _is_short(text, words=16, cjk=40)
            and not re.search(r"[.。!?！？]$", text.rstrip(_CLOSERS))):
        return True
    return len(text) <= 160 and bool(_TABLE_SOURCE_RE.match(text.strip()))


def _is_social_prompt(text: str, core: str) -> bool:
    """A follow prompt naming two or more social networks ("Follow us on X, Instagram and
    TikTok"), in any of several languages."""
    return len(text) <= 250 and bool(_FOLLOW_RE.search(text)) and len(set(
        m.lower() for m in _SOCIAL_RE.findall(text))) >= 2


def _is_support_appeal(text: str, core: str) -> bool:
    """The site asking its readers for money or support (:data:`_SUPPORT_RE`), not a quote."""
    return len(text) <= 500 and not text.lstrip().startswith(_QUOTES) and bool(_SUPPORT_RE.search(text))


_QUOTES = ("“", "”", "\"", "„", "«", "‘")


def _is_copyright(text: str) -> bool:
    """A copyright line; in a long line (a paragraph of more than 100 characters) only a
    notice at its start, "©" or "all rights reserved" count: a sentence about copyright
    ("...版权所有者...") is the article's."""
    m = _COPYRIGHT_RE.search(text) if len(text) <= 300 else None
    if not m:
        return False
    return len(text) <= 100 or m.start() == 0 or m.group(0).lower().startswith(("©", "all rights"))


def _is_footer_bar(text: str, core: str) -> bool:
    """Four or more short items separated by bars, two or more of them the site's own footer
    links ("About us", "联系方式", "Privacy policy")."""
    if len(text) > 200 or ("|" not in core and "｜" not in core):  # one item at most
        return False
    items = [i.strip() for i in re.split(r"\s*[|｜]\s*", core) if i.strip()]
    return len(items) >= 4 and sum(bool(_FOOTER_WORDS_RE.match(i)) for i in items) >= 2


def _short_match(limit: int, regex: re.Pattern[str], *, on_core: bool = True, how: str = "search") -> Callable[[str, str], bool]:
    """A rule: the line is at most ``limit`` characters and ``regex`` finds (``how``) in its
    core (decoration stripped) or, with ``on_core=False``, in the text itself."""
    find = getattr(regex, how)

    def test(text: str, core: str) -> bool:
        return len(text) <= limit and bool(find(core if on_core else text))
    return _bounded(limit, regex, on_core=on_core)(test)


def _bounded(limit: int, regex: Any = None, *, on_core: bool = False) -> Callable[[Callable[[str, str], bool]], Any]:
    """Mark a rule (read by :func:`_gated_rules`): it holds only on a line of at most ``limit``
    characters, and (``regex`` given) only when ``regex`` matches in the line (``on_core``: in its
    core), or in a stretch of it (a rule testing ``text.strip()``)."""
    def mark(test: Callable[[str, str], bool]) -> Callable[[str, str], bool]:
        test.limit, test.regex, test.on_core = limit, regex, on_core  # type: ignore[attr-defined]
        return test
    return mark


_ANY = 10**9

#: ``(reason, test(text, core))`` in the order :func:`line_reason` tries them; the first
#: that holds names the line.
_LINE_RULES: list[tuple[str, Callable[[str, str], bool]]] = [
    ("prev/next navigation", _bounded(_ANY, _NAV_RE)(_is_navigation)),
    ("disclaimer", _is_disclaimer),
    ("copyright", _bounded(300, _COPYRIGHT_RE)(lambda text, core: _is_copyright(text))),
    ("breadcrumb", _short_match(150, _BREADCRUMB_RE)),
    ("view counter", _short_match(40, _VIEW_COUNT_RE)),
    ("footer links", _bounded(200)(_is_footer_bar)),
    ("markup", lambda text, core: bool(_BBCODE_RE.match(text))),
    ("breadcrumb", _short_match(150, _TRAIL_RE, on_core=False, how="match")),
    ("comment prompt", _short_match(120, _TRACKBACK_RE, on_core=False)),
    ("editor", _bounded(200)(_is_editor)),
    ("share bar", _bounded(100)(_is_share_line)),
    ("engagement prompt", _short_match(60, _ENGAGE_RE)),
    ("comment prompt", _short_match(120, _COMMENT_RE)),
    ("app/newsletter prompt", _short_match(200, _APP_RE, on_core=False)),
    ("app/newsletter prompt", _short_match(250, _NEWSLETTER_RE, on_core=False)),
    ("social prompt", _bounded(250, _FOLLOW_RE)(_is_social_prompt)),
    ("affiliate note", _short_match(400, _AFFILIATE_RE, on_core=False)),
    ("support appeal", _bounded(500, _SUPPORT_RE)(_is_support_appeal)),
    ("read more", _short_match(250, _READ_ALSO_RE)),
    ("read more", _short_match(50, _BACK_TO_RE)),
    ("login state", _short_match(80, _LOGIN_STATE_RE)),
    ("comment prompt", _short_match(200, _LETTERS_RE)),
    ("image credit", _short_match(200, _IMAGE_RE, on_core=False)),
    ("image caption", _bounded(200, _CAPTION_CREDIT_RE)(lambda text, core: len(text) <= 200 and bool(
        _CAPTION_CREDIT_RE.search(text)) and _is_short(text, words=30, cjk=60))),
    ("image caption", _short_match(300, _PAREN_CREDIT_RE, on_core=False)),
    ("end mark", _short_match(_ANY, _END_MARK_RE, on_core=False, how="fullmatch")),
    ("post metadata", _short_match(150, _POSTMETA_RE)),
    ("tags", _short_match(200, _TAGS_RE)),
    ("advertisement", _short_match(_ANY, _AD_RE)),
    ("read more", _short_match(150, _READMORE_RE)),
    ("byline", _short_match(40, _ROLE_ONLY_RE, how="match")),
    ("closing credit", _short_match(300, _CLOSING_CREDIT_RE, how="match")),
    ("note about the article", _short_match(250, _ABOUT_ARTICLE_RE, how="match")),
    ("image caption", _bounded(300)(_is_gallery_caption)),
    ("disclosure", _bounded(600, _POSITION_DISCLOSURE_RE)(
        lambda text, core: len(text) <= 600 and bool(_POSITION_DISCLOSURE_RE.search(text.strip())))),
    ("wire source line", _short_match(_ANY, _WIRE_SOURCE_RE, on_core=False, how="match")),
    ("video embed", _short_match(200, _VIDEO_RE)),
    ("pagination", _bounded(120)(lambda text, core: len(text) <= 120 and bool(_PAGINATION_RE.match(core))
                                 and bool(_PAGINATION_WORD_RE.search(core)))),
    ("chart source", _bounded(160)(_is_chart_source)),
]


def _gated_rules() -> list[tuple[str, Callable[[str, str], bool], int, Callable[[str], Any] | None, bool]]:
    """:data:`_LINE_RULES` as ``(reason, test, limit, gate, on_core)``: a rule marked by
    :func:`_bounded` holds only on a line of at most ``limit`` characters and, when its pattern is
    gated (:mod:`pipelines.regex_gates`), only when the gate finds a probe in the lower-cased line
    (or core): the gated pattern answers "no match" without one.  :func:`line_reason` asks the gate
    itself, once a rule, without the layers of calls in between; other rules are always asked."""
    out = []
    for reason, test in _LINE_RULES:
        regex = getattr(test, "regex", None)
        gate = regex.gate.search if isinstance(regex, GatedPattern) else None
        out.append((reason, test, getattr(test, "limit", _ANY), gate, getattr(test, "on_core", False)))
    return out


_GATED_RULES = _gated_rules()


def _is_lone_link(text: str) -> bool:
    """A block that is one short link and nothing else goes when it is a call to action
    ("Get a Quote", "Back to Blog", "Sign up"), a page number or an arrow; a linked title
    or name in a list ("The Artist's Handbook by …", "Kotlin") is content on real pages."""
    core = _core(text)
    return word_count(text) <= 15 and (not core or core.isdigit() or bool(_CTA_RE.match(core)))


def _join_heading(a: str, b: str) -> str:
    left = a.rstrip()[-1:]
    right = b.lstrip("“‘\"'「『 ")[:1]
    sep = "" if is_cjk_char(left) or is_cjk_char(right) else " "
    return f"{a}{sep}{b}"


def _vocabulary(texts: Iterable[str]) -> set[str]:
    return {w for t in texts for w in _WORD_RE.findall(t.lower()) if w not in _STOP}


def _unrelated(text: str, vocab: set[str]) -> bool:
    words = [w for w in _WORD_RE.findall(text.lower()) if w not in _STOP]
    if not words:
        return True
    return sum(1 for w in words if w in vocab) / len(words) < 0.5


def _is_running_text(block: dict[str, Any]) -> bool:
    text = block["text"]
    return (block["kind"] == "paragraph" and block.get("_links", 0) < 0.3 and not _is_teaser(text)
            and not _is_title_like(text))


def _is_end_matter(block: dict[str, Any]) -> bool:
    text = _core(block["text"]) if block["kind"] == "heading" or len(block["text"]) <= 80 else block["text"]
    return bool(_END_MATTER_RE.search(text))


def _resumes_article(blocks: list[dict[str, Any]], j: int, drop: dict[int, str], *, linked_list: bool) -> bool:
    """Block ``j`` ends a teaser list: an unlinked subheading (a heading block,
    or a plain line after a list of links) followed by running text.  Mid-article
    "相关阅读" boxes sit between two parts of the article."""
    block = blocks[j]
    if j in drop or j + 1 >= len(blocks) or block.get("_links", 0) >= 0.3:
        return False
    if block["kind"] != "heading" and not linked_list:
        return False
    nxt = blocks[j + 1]
    if j + 1 not in drop and _is_running_text(nxt):
        return True
    # A listicle's numbered subheading keeps one short unlinked fact line before
    # its text ("4. Constellation Energy" / "Ticker: CEG" / paragraph): still the article.
    return (block["kind"] == "heading" and j + 2 < len(blocks) and j + 1 not in drop and j + 2 not in drop
            and nxt["kind"] == "paragraph" and nxt.get("_links", 0) < 0.3 and not _is_teaser(nxt["text"])
            and _is_short(nxt["text"], words=8, cjk=20) and _is_running_text(blocks[j + 2]))
