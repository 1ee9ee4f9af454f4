"""Publication times: parsing the ways pages write a date, dates in URLs, and choosing the
publication time among a page's candidates.

Formats: every function returns ``(datetime, has_time)``; the datetime keeps the page's own
offset when the text states one, else it is naive unless a ``tz`` is given.
"""

from __future__ import annotations

import email.utils
import re
from datetime import date, datetime, timedelta, timezone, tzinfo
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from pipelines.meta_structured import DATE_TAGS, published_tags
from pipelines.meta_record import PageMeta

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
    # "/2023/october/03/", "/2023/oct/3/"
    re.compile(r"/(?P<y>(?:19|20)\d{2})/(?P<m>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)/(?P<d>\d{1,2})"
               r"(?:/|$)", re.I),
)


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


_UPDATED_BEFORE_RE = re.compile(r"(?:updated|modified|revised|edited|refreshed|更新|修改)\W{0,3}(?:on|at|:)?\W{0,3}$",
                                re.I)


_PUBLISHED_BEFORE_RE = re.compile(r"(?:published|posted|发布|发表)\W{0,3}(?:on|at|:|时间|日期)?\W{0,3}$", re.I)


def dates_in_text(text: str) -> list[str]:
    """Every readable date written in ``text`` ("May 26, 2021", "2021年5月26日 08:30", "2021-05-26"),
    in order, as written; one labelled as a change ("Updated May 26, 2021") is given as
    ``"updated <date>"``, one labelled as the publication ("Published on May 26, 2021") as
    ``"published <date>"``."""
    found = []
    for regex in (_EN_RE, _CN_RE):
        for m in regex.finditer(text):
            if parse_datetime(m.group(0).strip()):
                before = text[max(0, m.start() - 25):m.start()]
                label = ("updated " if _UPDATED_BEFORE_RE.search(before) else
                         "published " if _PUBLISHED_BEFORE_RE.search(before) else "")
                found.append((m.start(), label + m.group(0).strip()))
    return [written for _, written in sorted(found)]


# "——《某刊》1998年3月号", "1996年6月于北京": a year and month closing a Chinese essay or reprint.
_CLOSING_MONTH_RE = re.compile(r"(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>1[0-2]|0?[1-9])\s*月(?!\s*\d)")


def closing_month(texts: list[str]) -> datetime | None:
    """The first day of the year and month written in the last of ``texts`` that states one
    without a day ("1998年3月号"); for pages that give no fuller date anywhere."""
    for text in reversed(texts):
        found = list(_CLOSING_MONTH_RE.finditer(text))
        if found and len(text) <= 60:
            return _build(int(found[-1].group("y")), int(found[-1].group("m")), 1, None, None, None, None, None)
    return None


def date_from_url(url: str, *, tz: tzinfo | str | None = None) -> tuple[datetime, bool] | None:
    """The publication time encoded in an article URL, or None.

    A 13-digit millisecond epoch in the last path segment gives a full time
    (``A1621983946519.html`` -> 2021-05-26 07:05:46+08:00 with tz Asia/Shanghai);
    otherwise a ``/YYYY-MM-DD/``, ``/YYYY/MM/DD/``, ``/YYYYMMDD/`` or ``/YYYY/october/DD/``
    directory gives a date.
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
            month = int(m.group("m")) if m.group("m").isdigit() else _MONTHS[m.group("m")[:3].lower()]
            value = _build(int(m.group("y")), month, int(m.group("d")), None, None, None, None, tz)
            if value:
                return value, False
    return None


# "01/31/2025", "4/24/2000 12:00:00 AM": month first (US) unless the first number cannot be a month;
# "02.12.2025", "02-12-2025": day first (the European ways; US dates take slashes).
_NUMERIC_RE = re.compile(
    r"(?<![\d/.-])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d{2})(?![\d/.-])"
    r"(?:,?\s+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?\s*(?P<ampm>[ap]\.?m\.?)?)?", re.I)


def parse_numeric_date(text: str, *, tz: tzinfo | None = None) -> tuple[datetime, bool] | None:
    """``MM/DD/YYYY`` (``DD/MM/YYYY`` when the first number is over 12), ``DD.MM.YYYY`` and
    ``DD-MM-YYYY``, optional time."""
    m = _NUMERIC_RE.search(text or "")
    if not m:
        return None
    a, b = int(m.group("a")), int(m.group("b"))
    day_first = a > 12 or (m.group("sep") != "/" and b <= 12)
    month, day = (b, a) if day_first else (a, b)
    value = _build(int(m.group("y")), month, day,
                   int(m.group("H")) if m.group("H") else None, int(m.group("M")) if m.group("M") else None,
                   int(m.group("S")) if m.group("S") else None, m.group("ampm"), tz)
    return (value, m.group("H") is not None) if value else None


def _parsed(raw: object) -> tuple[datetime, bool] | None:
    if isinstance(raw, str) and raw.strip():
        return parse_datetime(raw) or parse_numeric_date(raw)
    return None


def published_candidates(meta: PageMeta, hints: dict, url: str | None,
                         tz: tzinfo) -> list[tuple[datetime, bool]]:
    """Every publication time the page states, most trusted first: JSON-LD ``datePublished``,
    ``<meta>`` date tags, ``<time datetime>``, the date element or info line, a date line cut
    from the body, the spider's hint, htmldate's finding, the URL.

    The page's last-change date (JSON-LD ``dateModified``, ``article:modified_time``) is not a
    publication: an unlabelled candidate (``<time>``, date element, htmldate) on that calendar
    date is dropped while another candidate remains."""
    strong = [meta.jsonld_published, *(meta.tag(k) for k in DATE_TAGS), *published_tags(meta.head)]
    weak = [meta.time_datetime, meta.date_text, meta.date_line]
    hinted = hints.get("published_at")
    found: list[tuple[datetime, bool, bool]] = [(hinted, True, False)] if isinstance(hinted, datetime) else []
    weak += [hinted if isinstance(hinted, str) else None, meta.visible_date]
    in_url = date_from_url(url, tz=tz) if url else None
    for raws, is_weak in ((strong, False), (weak, True)):
        found += [(p[0], p[1], is_weak) for raw in raws if (p := _day_month_as_url(raw, in_url) or _parsed(raw))]
    if in_url:
        found.append((in_url[0], in_url[1], False))
    modified = _parsed(meta.jsonld_modified) or _parsed(meta.tag("article:modified_time"))
    if modified:
        kept = [f for f in found if not (f[2] and f[0].date() == modified[0].date())]
        if kept:
            found = kept
    out = [(value, timed) for value, timed, _ in found]
    if _PUBLISHED_LABEL_RE.match(meta.date_text or "") and (labelled := _parsed(meta.date_text)):
        return [labelled, *out]  # the page says in words which date is the publication
    said = [p for raw in meta.headline_dates if raw.startswith("published ") and (p := _parsed(_unlabelled(raw)))]
    if said and not (out and out[0][1] and _same_instant_elsewhere(out[0][0], said[0][0].date())):
        return [said[0], *out]  # "Published Apr 26, 2023 · Updated Aug 21, 2025" beside the headline
    if out and _printed_by_date_element(meta.date_text, out[0][0], [*strong, meta.time_datetime]):
        return out  # the page's date element prints the structured date: it is the one readers see
    if out and (shown_time := _parsed(meta.time_datetime)) and shown_time[0].date() == out[0][0].date():
        return out  # the page's first <time> element shows that day (its text may be "Dec 20")
    # nothing but htmldate's guess or the URL: a printed "Updated X" is the best date the page gives
    guessed = not any(_parsed(raw) for raw in (*strong, *weak[:-1])) and not isinstance(hinted, datetime)
    guessed = guessed or bool(out) and _unshown_jsonld_date(meta, out[0][0])
    shown = headline_date(meta.headline_dates, out[0][0] if out else None, bool(out) and out[0][1], guessed,
                          url_day=in_url[0].date() if in_url else None)
    if shown and _modified_day_beside_og_dates(meta, shown[0]):
        return out
    if not shown and out and (tagged := _printed_tag_date(meta, out[0][0])):
        return [tagged, *out]
    return [shown, *out] if shown else out


def _printed_tag_date(meta: PageMeta, first: datetime) -> tuple[datetime, bool] | None:
    """A ``<meta>`` publication tag's date that the page prints beside its headline (labelled
    "Updated" or not) while ``first`` (JSON-LD's ``datePublished``) is printed nowhere there: the
    page's own tag and its readers' date agree against a date no reader sees (WCXB dev: +1 -0)."""
    printed = {p[0].date() for raw in meta.headline_dates if (p := parse_datetime(_unlabelled(raw)))}
    if not printed or first.date() in printed:
        return None
    for raw in (*(meta.tag(k) for k in DATE_TAGS), *published_tags(meta.head)):
        if (p := _parsed(raw)) and p[0].date() in printed:
            return p
    return None


def _unshown_jsonld_date(meta: PageMeta, first: datetime) -> bool:
    """``first`` is JSON-LD's ``datePublished`` and nothing else on the page states that day: no
    ``<meta>`` publication tag on it, and the visible text never prints it
    (:attr:`PageMeta.page_dates`, read when every date beside the headline says "updated").
    A page that shows its readers only "Updated X" is dated X by them; a JSON-LD date no one sees
    is often the CMS's first draft of a page rewritten since (WCXB dev: +14 -3; where a ``<meta>``
    tag states the same day, the gold keeps it: 6 pages of 8)."""
    published = _parsed(meta.jsonld_published) if meta.page_dates else None
    if not published or published[0].date() != first.date():
        return False
    day = first.date()
    tagged = [*(meta.tag(k) for k in DATE_TAGS), *published_tags(meta.head)]
    if any((p := _parsed(raw)) and p[0].date() == day for raw in tagged):
        return False
    return not any((p := parse_datetime(_unlabelled(raw))) and p[0].date() == day for raw in meta.page_dates)


def _modified_day_beside_og_dates(meta: PageMeta, shown: datetime) -> bool:
    """The printed date is the day of ``article:modified_time`` on a page that dates itself with
    OpenGraph's ``article:published_time``/``article:modified_time`` pair and no JSON-LD date:
    the page's own tags say the printed day is the last change, and state the publication.
    (Where JSON-LD dates the page, WCXB's gold follows the printed last-change day as often as
    not, so there the printed date still wins.)"""
    if meta.jsonld_published or meta.jsonld_modified or not _parsed(meta.tag("article:published_time")):
        return False
    modified = _parsed(meta.tag("article:modified_time"))
    return bool(modified) and modified[0].date() == shown.date()


def _day_month_as_url(raw: object, in_url: tuple[datetime, bool] | None) -> tuple[datetime, bool] | None:
    """A numeric date either way round ("03/10/2023", both numbers 12 or less) read as the URL's
    date when that is its other reading ("/2023/october/03/"): the URL settles the site's order."""
    if not in_url or not isinstance(raw, str) or not (m := _NUMERIC_RE.search(raw)) or parse_datetime(raw):
        return None
    a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    if a == b or a > 12 or b > 12 or (year, a, b) not in {(in_url[0].year, in_url[0].month, in_url[0].day),
                                                          (in_url[0].year, in_url[0].day, in_url[0].month)}:
        return None
    parsed = parse_numeric_date(raw)
    if parsed and parsed[0].date() != in_url[0].date():
        return parsed[0].replace(month=in_url[0].month, day=in_url[0].day), parsed[1]
    return None


def _printed_by_date_element(text: str | None, first: datetime, machine: list) -> bool:
    """``first`` is a machine-readable date (JSON-LD, ``<meta>``, ``<time datetime>``) that the
    page's date element also writes for its readers ("Jan. 17, 2025 @ 01:39 PM", not an ISO value
    copied from an attribute)."""
    if not text or re.match(r"\s*\d{4}-\d{2}-\d{2}", text) or not (element := _parsed(text)):
        return False
    days = {p[0].date() for raw in machine if (p := _parsed(raw))}
    return element[0].date() == first.date() and first.date() in days


# A date element that says what it is: "Published August 13, 2025", "Originally posted on 3 May 2021".
_PUBLISHED_LABEL_RE = re.compile(r"^\W*(?:(?:originally|first)\s+)?(?:published|posted)\b", re.I)


def _unlabelled(written: str) -> str:
    return written.removeprefix("updated ").removeprefix("published ")


def headline_date(written: list[str], first: datetime | None, first_timed: bool = False,
                  guessed: bool = False, url_day: date | None = None) -> tuple[datetime, bool] | None:
    """The date the page prints beside its headline, when it should win over ``first`` (the most
    trusted candidate): the first date written there is no "updated ..." and ``first``'s calendar
    date is written nowhere there.  A structured date the page never shows its readers (a CMS
    import, a re-indexing, a UTC day after the local one) loses to the dateline they read.
    A timed ``first`` (``first_timed``) stays when the printed day, with no time of day printed,
    is the day next to it that the same instant has in another time zone (the structured
    timestamp's own day is kept, unless the URL carries the printed day, ``url_day``).  When ``first``
    is a guess (``guessed``: htmldate, the URL, a JSON-LD date no reader sees) and every printed
    date is labelled "updated", the first of them is taken: the one date the page itself gives."""
    dates = [(raw, p) for raw in written if (p := parse_datetime(_unlabelled(raw)))]
    if not dates or dates[0][0].startswith("updated ") and not (
            guessed and all(raw.startswith("updated ") for raw, _ in dates)):
        return None
    if first is not None and first.date() in {p[0].date() for _, p in dates}:
        return None
    shown = dates[0][1]
    if (first is not None and first_timed and not shown[1] and shown[0].date() != url_day
            and _same_instant_elsewhere(first, shown[0].date())):
        return None
    return shown


def _same_instant_elsewhere(instant: datetime, day: date) -> bool:
    """``day`` is a calendar day next to ``instant``'s that ``instant`` falls on in some time zone
    (UTC-12 to UTC+14): "March 8" printed for 2024-03-09T00:07Z is the same moment seen locally."""
    if instant.tzinfo is None or abs((day - instant.date()).days) != 1:
        return False
    utc = instant.astimezone(timezone.utc)
    return any((utc + timedelta(hours=h)).date() == day for h in range(-12, 15))


def choose_published(found: list[tuple[datetime, bool]]) -> datetime | None:
    """The first candidate; when it has no time of day, a later candidate on the same calendar
    date supplies one (``/2021-05-26/A1621983946519.html`` beside a date-only ``2021-05-26``)."""
    if not found:
        return None
    best, timed = found[0]
    if not timed:
        same_day = [v for v, t in found[1:] if t and v.date() == best.date()]
        if same_day:
            return same_day[0]
    return best
