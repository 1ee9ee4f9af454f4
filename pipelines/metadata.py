"""Stage `metadata`: title, authors, source, published time, section, language.

Formats
-------
* ``title``: the headline without a "Source |" prefix (removed by
  :mod:`pipelines.boilerplate`) or a " - Site name" suffix.
* ``authors``: person names, in byline order; from byline lines in the body,
  else an info bar, a Chinese wire dateline ("…电 (记者 X)"), the profile/hinted
  byline element, ``<meta name=author>`` (also a CJK name list or nickname),
  JSON-LD; an all-capitals name takes the visible byline's casing.
* ``source``: the credited source, first found of: "X |" title prefix, the
  profile's ``source_name`` when the profile is an original source, a
  "来源：X"/"Source: X" line in the body, a "来源：X" info line elsewhere on the
  page, ``og:site_name``, the profile's ``source_name``, JSON-LD publisher.
* ``published_at``: timezone-aware :class:`datetime`; the page's own offset
  when it states one, else the profile ``timezone``, else Asia/Shanghai for
  Chinese pages and UTC otherwise (with a warning).  Candidates, in order:
  JSON-LD ``datePublished``, ``article:published_time`` and similar ``<meta>``,
  ``<time datetime>``, the profile/hinted date element, a date line in the
  body, the 13-digit millisecond timestamp in the URL (``A1621983946519.html``),
  a date in the URL path (``/2021-05-26/``, ``/2021/05/26/``, ``/20210526/``).
  A candidate with a time of day beats a date-only one.
* ``section``: profile selector, ``article:section``/JSON-LD ``articleSection``,
  the last breadcrumb that is not the title or "Home", else the URL's directory
  segments before any date (``finance/hongguanjingji``).
* ``language``: ``"zh"`` when CJK ideographs are at least as many as Latin
  words, ``"ja"``/``"ko"`` when kana/hangul dominate, else ``"en"``.
"""

from __future__ import annotations

import email.utils
import re
from datetime import datetime, timezone, tzinfo
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from pipelines.base import StagePipeline
from pipelines.boilerplate import byline_names
from pipelines.document import Document
from pipelines.normalize import cjk_count, normalize_text

_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}
_TZ_ABBR = {
    "gmt": timezone.utc, "utc": timezone.utc, "z": timezone.utc,
    "bst": ZoneInfo("Europe/London"), "et": ZoneInfo("America/New_York"),
    "est": ZoneInfo("America/New_York"), "edt": ZoneInfo("America/New_York"),
    "hkt": ZoneInfo("Asia/Hong_Kong"), "sgt": ZoneInfo("Asia/Singapore"),
    "jst": ZoneInfo("Asia/Tokyo"), "beijing time": ZoneInfo("Asia/Shanghai"),
    "北京时间": ZoneInfo("Asia/Shanghai"),
}
_OFFSET = r"(?P<off>[+-]\d{2}:?\d{2}|Z\b|GMT|UTC|BST|EDT|EST|ET|HKT|SGT|JST|Beijing time)?"
_CN_RE = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*[年/.\-]\s*(?P<m>\d{1,2})\s*[月/.\-]\s*(?P<d>\d{1,2})\s*日?"
    r"(?:[T\s]*(?P<H>\d{1,2})\s*[:：时]\s*(?P<M>\d{1,2})(?:\s*[:：分]\s*(?P<S>\d{1,2}))?(?:\.\d+)?"
    r"\s*(?P<ampm>[ap]\.?m\.?)?)?\s*" + _OFFSET,
    re.I,
)
_EN_RE = re.compile(
    r"(?:(?P<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d{2})"
    r"|(?P<d2>\d{1,2})\s+(?P<mon2>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(?P<y2>(?:19|20)\d{2}))"
    r"(?:,?\s+(?:at\s+)?(?P<H>\d{1,2})[:.](?P<M>\d{2})(?::(?P<S>\d{2}))?\s*(?P<ampm>[ap]\.?m\.?)?)?\s*" + _OFFSET,
    re.I,
)
_URL_TS_RE = re.compile(r"(?<!\d)(1[0-9]{12})(?!\d)")
_URL_DATE_RES = (
    re.compile(r"/(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})(?:/|$)"),
    re.compile(r"/(?P<y>(?:19|20)\d{2})/(?P<m>\d{2})/(?P<d>\d{2})(?:/|$)"),
    re.compile(r"/(?P<y>(?:19|20)\d{2})-?(?P<m>\d{2})/(?P<d>\d{2})(?:/|$)"),
    re.compile(r"/(?P<y>(?:19|20)\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)(?:/|$|[_-])"),
)
_DATE_META_KEYS = (
    "article:published_time", "og:published_time", "published_time", "pubdate", "publishdate",
    "publish_date", "publish-date", "pubtime", "datepublished", "date", "dc.date", "dc.date.issued",
    "dcterms.created", "sailthru.date", "parsely-pub-date", "weibo:article:create_at",
)
_SUFFIX_SEP_RE = re.compile(r"\s+[|｜\-–—]\s+|\s*_\s*|\s*丨\s*")
_GLUED_SUFFIX_RE = re.compile(r"^(?P<head>.+?)(?:(?<!—)—(?!—)|--|－)(?P<site>[^\s—\-－|｜_]{2,10})$")
_HOME_RE = re.compile(r"^(?:home|首页|网站首页|主页|当前位置.*|you are here.*)$", re.I)
_KANA_RE = re.compile(r"[\u3040-\u30ff]")
_HANGUL_RE = re.compile(r"[\uac00-\ud7af]")
_LATIN_WORD_RE = re.compile(r"[A-Za-z\u00c0-\u024f]+")


def _zone(name: str | None) -> tzinfo | None:
    if not name:
        return None
    return _TZ_ABBR.get(name.lower()) or ZoneInfo(name)


def _offset(text: str | None) -> tzinfo | None:
    if not text:
        return None
    if text.lower() in _TZ_ABBR:
        return _TZ_ABBR[text.lower()]
    m = re.match(r"([+-])(\d{2}):?(\d{2})", text)
    if not m:
        return None
    from datetime import timedelta

    if int(m.group(2)) > 14 or int(m.group(3)) > 59:
        return None  # "+26:02" is not an offset (real ones are within ±14h)
    delta = timedelta(hours=int(m.group(2)), minutes=int(m.group(3)))
    return timezone(-delta if m.group(1) == "-" else delta)


def _build(y: int, mo: int, d: int, hh: int | None, mi: int | None, ss: int | None, ampm: str | None,
           tz: tzinfo | None) -> datetime | None:
    if hh is not None and ampm:
        hh = hh % 12 + (12 if ampm.lower().startswith("p") else 0)
    try:
        value = datetime(y, mo, d, hh or 0, mi or 0, ss or 0)
    except ValueError:
        return None
    if not 1990 <= y <= datetime.now().year + 1:
        return None
    return value.replace(tzinfo=tz) if tz else value


def parse_datetime(text: str, *, tz: tzinfo | str | None = None) -> tuple[datetime, bool] | None:
    """Parse one date string; returns ``(datetime, has_time)`` or None.

    Accepts ISO 8601, ``2021年05月26日 07:05``, ``2021-05-26 07:05``,
    ``2021/5/26``, ``May 26, 2021 7:05 pm``, ``26 May 2021``, RFC 2822 and
    13-digit millisecond epochs.  Without an offset in the text the result is
    naive unless ``tz`` is given.
    """
    if isinstance(tz, str):
        tz = _zone(tz)
    text = (text or "").strip()
    if not text:
        return None
    if re.fullmatch(r"1\d{12}", text):
        value = datetime.fromtimestamp(int(text) / 1000, tz=timezone.utc)
        return (value.astimezone(tz) if tz else value), True
    iso = text.replace("Z", "+00:00") if re.match(r"^\d{4}-\d{2}-\d{2}[T ]\d", text) else text
    try:
        value = datetime.fromisoformat(iso)
        has_time = bool(re.search(r"\d[T ]\d{1,2}:\d{2}", iso))
        if value.tzinfo is None and tz:
            value = value.replace(tzinfo=tz)
        if 1990 <= value.year <= datetime.now().year + 1:
            return value, has_time
    except ValueError:
        pass
    m = _CN_RE.search(text)
    if m:
        own = _offset(m.group("off"))
        value = _build(int(m.group("y")), int(m.group("m")), int(m.group("d")),
                       int(m.group("H")) if m.group("H") else None,
                       int(m.group("M")) if m.group("M") else None,
                       int(m.group("S")) if m.group("S") else None, m.group("ampm"), own or tz)
        if value:
            return value, m.group("H") is not None
    m = _EN_RE.search(text)
    if m:
        mon = (m.group("mon") or m.group("mon2")).lower()[:3]
        own = _offset(m.group("off"))
        value = _build(int(m.group("y") or m.group("y2")), _MONTHS[mon], int(m.group("d") or m.group("d2")),
                       int(m.group("H")) if m.group("H") else None,
                       int(m.group("M")) if m.group("M") else None,
                       int(m.group("S")) if m.group("S") else None, m.group("ampm"), own or tz)
        if value:
            return value, m.group("H") is not None
    try:
        value = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if value.tzinfo is None and tz:
        value = value.replace(tzinfo=tz)
    return value, True


def date_from_url(url: str, *, tz: tzinfo | str | None = None) -> tuple[datetime, bool] | None:
    """The publication time encoded in an article URL, or None.

    A 13-digit millisecond epoch in the last path segment gives a full time
    (``A1621983946519.html`` -> 2021-05-26 07:05:46+08:00 with tz Asia/Shanghai);
    otherwise a ``/YYYY-MM-DD/``, ``/YYYY/MM/DD/`` or ``/YYYYMMDD/`` directory gives a date.
    """
    if isinstance(tz, str):
        tz = _zone(tz)
    path = urlsplit(url).path
    last = path.rsplit("/", 1)[-1]
    m = _URL_TS_RE.search(last)
    if m:
        ms = int(m.group(1))
        if 946684800000 <= ms <= 4102444800000:
            value = datetime.fromtimestamp(ms / 1000, tz=timezone.utc)
            return (value.astimezone(tz) if tz else value), True
    for regex in _URL_DATE_RES:
        m = regex.search(path)
        if m:
            value = _build(int(m.group("y")), int(m.group("m")), int(m.group("d")), None, None, None, None, tz)
            if value:
                return value, False
    return None


def detect_language(text: str, *, default: str = "en") -> str:
    """``zh``/``ja``/``ko``/``en`` from script counts (see the module docstring)."""
    cjk = cjk_count(text)
    kana = len(_KANA_RE.findall(text))
    hangul = len(_HANGUL_RE.findall(text))
    latin = len(_LATIN_WORD_RE.findall(text))
    if kana and kana * 5 >= cjk and kana + cjk >= latin:
        return "ja"
    if hangul and hangul >= latin:
        return "ko"
    if cjk and cjk >= latin:
        return "zh"
    if latin:
        return "en"
    return default


def strip_site_suffix(title: str, *, site_names: list[str]) -> str:
    """``"Headline - Site"`` -> ``"Headline"`` when the suffix is a known site name
    (or, without known names, when the longest segment is clearly the headline)."""
    names = {n.lower() for n in site_names if n}
    # Chinese sites glue the name on without spaces: "标题—江淮商报", "标题--江淮商报", "标题_新浪财经".
    for name in sorted(names, key=len, reverse=True):
        m = re.match(rf"^(?P<head>.+?)\s*(?:[|｜丨_—–]+|--|-\s|\s-)\s*{re.escape(name)}\s*$", title, re.I)
        if m and len(m.group("head")) >= 4:
            return m.group("head").strip()
    # Unknown name glued on a Chinese <title>: a short last piece after a single dash.
    m = _GLUED_SUFFIX_RE.match(title)
    if m and cjk_count(m.group("head")) >= 6 and len(m.group("head")) >= 2 * len(m.group("site")):
        return m.group("head").strip()
    parts = [p.strip() for p in _SUFFIX_SEP_RE.split(title) if p.strip()]
    if len(parts) < 2:
        return title
    kept = [p for p in parts if p.lower() not in names]
    if kept and len(kept) < len(parts):
        return " - ".join(kept) if len(kept) > 1 else kept[0]
    longest = max(parts, key=len)
    if len(longest) >= 0.6 * len(title) or len(longest) >= 2 * max(len(p) for p in parts if p is not longest):
        return longest
    return title


def section_from_url(url: str) -> str | None:
    """Directory segments of the URL path before any date: ``finance/hongguanjingji``."""
    segments = [s for s in urlsplit(url).path.split("/") if s][:-1]
    out = []
    for seg in segments:
        if re.search(r"\d{4}|^\d+$", seg) or len(out) == 2:
            break
        out.append(seg.lower())
    return "/".join(out) or None


def _jsonld_names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [value["name"]] if isinstance(value.get("name"), str) else []
    if isinstance(value, list):
        return [n for v in value for n in _jsonld_names(v)]
    return []


# "Kenji Morita, Nikko staff writer": the role after the name is not part of it.
_ROLE_TAIL_RE = re.compile(
    r"\s*[,|–—-]\s*(?:[A-Z][\w.&’'-]*\s+){0,3}(?:senior |chief |staff |contributing |special )?"
    r"(?:writer|reporter|correspondent|editor|columnist|analyst|contributor)s?$", re.I)
# Several CJK names in one author field: "刘一鸣,赵晨", "王芳、李强".
_CJK_NAME_LIST_RE = re.compile(r"[\u4e00-\u9fff·]{2,5}(?:\s*[,，、;；/]\s*[\u4e00-\u9fff·]{2,5}){1,5}")
# A forum or column nickname in <meta name=author> ("价值发现者老周"): CJK only, no spaces.
_CJK_NICK_RE = re.compile(r"[\u4e00-\u9fff·A-Za-z0-9_]{2,12}")
# A Chinese wire dateline crediting its reporter: "中新网北京6月7日电 (记者 王晓东)中国人民银行...".
_DATELINE_REPORTER_RE = re.compile(
    r"^[^。！？]{2,30}?[电讯]\s*[（(]\s*(?:本报|本台)?(?:见习|实习|特约)?记者\s*"
    r"(?P<names>[\u4e00-\u9fff·]{2,5}(?:\s*[ 、，,]\s*[\u4e00-\u9fff·]{2,5}){0,3})\s*[)）]")


# The outlet opening a Chinese dateline: "新京报贝壳财经讯（记者 …）", "中新网北京6月7日电": the original
# publisher of a story a platform (腾讯新闻, 网易, 搜狐号) republishes.
_DATELINE_OUTLET_RE = re.compile(
    r"^(?P<src>[\u4e00-\u9fff]{1,6}?(?:报|网|社|台))[\u4e00-\u9fff\d月日]{0,14}?[电讯]\s*[（(]")


def _names_from_byline(text: str, *, nickname: bool = False) -> list[str]:
    """Names in a byline or author field; ``nickname`` also accepts one CJK handle (meta author)."""
    text = normalize_text(text)
    names = byline_names(text)
    if names:
        return names
    text = _ROLE_TAIL_RE.sub("", text)
    if _CJK_NAME_LIST_RE.fullmatch(text):
        return re.split(r"\s*[,，、;；/]\s*", text)
    # "Posted on June 12, 2024 by Li Wei"
    m = re.search(r"\bby\s+([A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3})\s*$", text)
    if m:
        return [m.group(1)]
    # A bare name in an author element: "Jane Doe", "邢萌".
    if re.fullmatch(r"[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3}", text) or re.fullmatch(r"[\u4e00-\u9fff·]{2,5}", text):
        return [text]
    if nickname and cjk_count(text) >= 2 and _CJK_NICK_RE.fullmatch(text):
        return [text]
    return []


def _visible_casing(name: str, texts: list[str]) -> str:
    """An all-capitals name ("KENJI MORITA", JSON-LD or meta) in the casing a visible byline uses."""
    if not name.isupper():
        return name
    for text in texts:
        m = re.search(re.escape(name), text, re.I)
        if m and not m.group(0).isupper():
            return m.group(0)
    return name.title()


_ORG_SUFFIX_RE = re.compile(
    r"(?:\b(?:inc|corp|corporation|co|ltd|limited|llc|plc|lp|l\.p|ag|sa|gmbh|group|holdings|company|"
    r"bank|news|media|press|wire|newswire|staff)\.?|公司|集团|银行|报社|新闻|日报|晚报|编辑部)$",
    re.I,
)


def _organizations(jsonld: dict[str, Any], names: list[str | None]) -> set[str]:
    """Names known to be organizations: JSON-LD authors typed Organization, the site and publisher."""
    orgs = {n.lower() for n in names if isinstance(n, str) and n}
    authors = jsonld.get("author")
    for item in authors if isinstance(authors, list) else [authors]:
        if isinstance(item, dict) and item.get("@type") == "Organization" and isinstance(item.get("name"), str):
            orgs.add(item["name"].lower())
    return orgs


def _is_organization(name: str, orgs: set[str]) -> bool:
    """A press release's issuer in ``<meta name=author>`` ("Acme Biosystems, Inc.") is not a person."""
    return name.lower() in orgs or bool(_ORG_SUFFIX_RE.search(name.strip(" ,")))


def run(doc: Document) -> Document:
    meta = doc.meta
    profile = None
    if doc.profile:
        from pipelines.profiles import load

        profile = load(doc.profile)
    jsonld = meta.get("jsonld") or {}
    text = " ".join(b["text"] for b in doc.blocks)

    # language first: it picks the default time zone
    default_lang = (profile.language if profile else None) or (meta.get("lang") or "en")[:2].lower()
    doc.language = detect_language(text or (doc.title or ""), default=default_lang)

    # source
    site_name = meta.get("og:site_name")
    publisher = _jsonld_names(jsonld.get("publisher"))
    # An original-source site's own articles are credited to it under one name
    # (the profile's), whatever spelling the page uses; elsewhere the page's
    # credit line wins over the name of the site that shows it.
    own_name = profile.source_name if profile and profile.source_kind == "original" else None
    dateline = next((m.group("src") for b in doc.blocks[:2] if (m := _DATELINE_OUTLET_RE.match(b["text"]))), None)
    doc.source = (doc.source or own_name or meta.get("source_line") or meta.get("source_text") or dateline or site_name
                  or (profile.source_name if profile else None) or (publisher[0] if publisher else None))
    if doc.source:
        doc.source = normalize_text(doc.source)

    # title
    if doc.title:
        names = [n for n in (site_name, doc.source, profile.source_name if profile else None) if n]
        if doc.title == normalize_text(meta.get("html_title") or "") or any(n in doc.title for n in names):
            doc.title = strip_site_suffix(doc.title, site_names=names)

    # authors
    if not doc.authors:
        ld_names = [n for n in _jsonld_names(jsonld.get("author")) if n and not n.startswith("http")]
        orgs = _organizations(jsonld, [site_name, doc.source, *publisher])
        if meta.get("info_byline"):
            doc.authors = [normalize_text(n) for n in meta["info_byline"]]
        if not doc.authors:
            # A wire dateline in the first paragraphs names the reporter: "...电 (记者 王晓东)".
            for block in doc.blocks[:2]:
                m = _DATELINE_REPORTER_RE.match(block["text"])
                if m:
                    doc.authors = re.split(r"\s*[ 、，,]\s*", m.group("names").strip())
                    break
        candidates = [meta.get("byline"), meta.get("author"), meta.get("article:author"), meta.get("byl")]
        for k, cand in enumerate(candidates if not doc.authors else []):
            if not cand or cand.startswith("http"):
                continue
            names = [n for n in _names_from_byline(cand, nickname=k > 0) if not _is_organization(n, orgs)]
            if names:
                doc.authors = names
                break
        ld_names = [n for n in ld_names if not _is_organization(n, orgs)]
        if ld_names and len(ld_names) > len(doc.authors):
            doc.authors = [normalize_text(n) for n in ld_names]
        # "James Bradshaw Banking Reporter Toronto": the byline's spans read as "<desk> Reporter <name>" give the
        # city; when the JSON-LD authors all appear in that byline and none of its names is one of them, they win.
        byline = normalize_text(meta.get("byline") or "")
        if (ld_names and doc.authors and byline and not meta.get("info_byline")
                and not {a.lower() for a in doc.authors} & {normalize_text(n).lower() for n in ld_names}
                and all(normalize_text(n).lower() in byline.lower() for n in ld_names)):
            doc.authors = [normalize_text(n) for n in ld_names]
        if any(n.isupper() for n in doc.authors):
            visible = [t for t in (meta.get("byline"), text) if t]
            doc.authors = [_visible_casing(n, visible) for n in doc.authors]

    # published_at
    tz: tzinfo | None = _zone(profile.timezone) if profile and profile.timezone else None
    assumed = tz is None
    if tz is None:
        tz = ZoneInfo("Asia/Shanghai") if doc.language == "zh" else timezone.utc
    raw_dates = [jsonld.get("datePublished")] + [meta.get(k) for k in _DATE_META_KEYS]
    raw_dates += [meta.get("time_datetime"), meta.get("date_text"), meta.get("date_line")]
    raw_dates += [doc.hints.get("published_at") if isinstance(doc.hints.get("published_at"), str) else None]
    found: list[tuple[datetime, bool]] = []
    if isinstance(doc.hints.get("published_at"), datetime):
        found.append((doc.hints["published_at"], True))
    for raw in raw_dates:
        if isinstance(raw, str) and raw.strip():
            parsed = parse_datetime(raw)
            if parsed:
                found.append(parsed)
    if doc.url:
        parsed = date_from_url(doc.url, tz=tz)
        if parsed:
            found.append(parsed)
    timed = [f for f in found if f[1]]
    best = (timed or found or [None])[0]
    if best:
        value = best[0]
        if value.tzinfo is None:
            if assumed:
                doc.warnings.append(f"no time zone for the publication time; assumed {tz}")
            value = value.replace(tzinfo=tz)
        doc.published_at = value
    modified = jsonld.get("dateModified") or meta.get("article:modified_time")
    if isinstance(modified, str) and (parsed := parse_datetime(modified, tz=tz)):
        doc.updated_at = parsed[0] if parsed[0].tzinfo else parsed[0].replace(tzinfo=tz)

    # section
    section = meta.get("section_text") or meta.get("article:section") or jsonld.get("articleSection")
    if isinstance(section, list):
        section = section[0] if section else None
    if not section and meta.get("breadcrumbs"):
        title_key = (doc.title or "").lower()
        crumbs = [c for c in meta["breadcrumbs"] if not _HOME_RE.match(c) and c.lower() != title_key]
        crumbs = [c for c in crumbs if len(c) <= 30]
        section = crumbs[-1] if crumbs else None
    if not section and doc.url:
        section = section_from_url(doc.url)
    doc.section = normalize_text(section) if isinstance(section, str) and section.strip() else None
    return doc


class MetadataPipeline(StagePipeline):
    stage = "metadata"
    func = staticmethod(run)
