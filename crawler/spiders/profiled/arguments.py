"""Spider arguments (``-a name=value``): parsing, and the :class:`Bounds` they set.

The parsers are also used by ``newsarchive crawl`` to refuse a bad argument as a
usage error before Scrapy starts (:mod:`crawler.cli.crawl`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import urlsplit, urlunsplit

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


class SpiderArgumentError(ValueError):
    """A spider argument (``-a name=value``) is invalid; the message says which and why."""


def parse_day(name: str, value: str | None) -> date | None:
    if value is None or str(value).strip() == "":
        return None
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise SpiderArgumentError(f"{name}={value!r}: expected a date as YYYY-MM-DD") from None


def parse_bool(name: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value if value is not None else "").strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise SpiderArgumentError(f"{name}={value!r}: expected 1 or 0 (true/false, yes/no)")


def parse_max_pages(value: Any) -> int | None:
    if value is None or str(value).strip() == "":
        return None
    try:
        number = int(str(value).strip())
    except ValueError:
        raise SpiderArgumentError(f"max_pages={value!r}: expected a whole number >= 1") from None
    if number < 1:
        raise SpiderArgumentError(f"max_pages={value!r}: expected a whole number >= 1")
    return number


def parse_start_url(value: str | None) -> str | None:
    if value is None or str(value).strip() == "":
        return None
    url = str(value).strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SpiderArgumentError(f"start_url={value!r}: expected an http(s) URL such as http://127.0.0.1:8000/")
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", parts.query, ""))


@dataclass(frozen=True)
class Bounds:
    """What a crawl may fetch: publication dates (inclusive, local days) and pages."""

    since: date | None = None
    until: date | None = None
    max_pages: int | None = None

    def __post_init__(self) -> None:
        if self.since and self.until and self.since > self.until:
            raise SpiderArgumentError(f"since={self.since} is after until={self.until}")

    def admits(self, day: date | None) -> str | None:
        """None when an article of ``day`` may be fetched, else the reason
        (``"since"`` or ``"until"``).  Unknown days are admitted."""
        if day is None:
            return None
        if self.since and day < self.since:
            return "since"
        if self.until and day > self.until:
            return "until"
        return None
