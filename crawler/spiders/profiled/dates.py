"""Publication dates known before an article is fetched: from its URL, the date
printed beside a listing entry, a feed's ``pubDate`` or a sitemap's ``lastmod``.
The spider compares them with its :class:`~crawler.spiders.profiled.arguments.Bounds`."""

from __future__ import annotations

import re
from datetime import date, datetime, tzinfo
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

# A date inside a URL path: /2021-05-26/, /2021/05/26/, /20210526/
_URL_DATE_RES = (
    re.compile(r"/(?P<y>20\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})/"),
    re.compile(r"/(?P<y>20\d{2})/(?P<m>\d{1,2})/(?P<d>\d{1,2})/"),
    re.compile(r"/(?P<y>20\d{2})(?P<m>\d{2})(?P<d>\d{2})/"),
)
# A date (and time) printed next to a listing entry: 2021-05-26 07:05, 2021年05月26日 07:05
_TEXT_DATE_RE = re.compile(
    r"(?P<y>20\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"
    r"(?:\s*(?P<H>\d{1,2})[:：](?P<M>\d{2}))?"
)


def url_date(url: str) -> date | None:
    """The calendar date in an article URL's path (``/2021-05-26/``), or None."""
    path = urlsplit(url).path
    for regex in _URL_DATE_RES:
        m = regex.search(path)
        if m:
            try:
                return date(int(m["y"]), int(m["m"]), int(m["d"]))
            except ValueError:
                return None
    return None


def text_date(text: str, tz: tzinfo) -> date | datetime | None:
    """The first date in ``text``: an aware datetime (zone ``tz``) when a time is
    printed, else a date; None when there is none."""
    m = _TEXT_DATE_RE.search(text or "")
    if not m:
        return None
    try:
        if m["H"] is not None:
            return datetime(int(m["y"]), int(m["m"]), int(m["d"]), int(m["H"]), int(m["M"]), tzinfo=tz)
        return date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None


def feed_date(text: str | None, tz: tzinfo) -> datetime | None:
    """RSS ``pubDate`` (RFC 822) or Atom/sitemap ISO 8601 -> aware datetime, or None."""
    text = (text or "").strip()
    if not text:
        return None
    try:
        value = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        try:
            value = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            return None
    return value if value.tzinfo else value.replace(tzinfo=tz)


def local_day(value: date | datetime, tz: tzinfo) -> date:
    """The calendar day of ``value`` in zone ``tz`` (dates are already local)."""
    if isinstance(value, datetime):
        return value.astimezone(tz).date() if value.tzinfo else value.date()
    return value
