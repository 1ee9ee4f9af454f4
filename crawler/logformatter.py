"""Log lines for dropped items: the URL and the reason, not the whole item.

A rejected page's item carries its payload (headers, WARC location, hints):
logging all of it at WARNING made crawl logs unreadable.
"""

from __future__ import annotations

import logging
from typing import Any

from scrapy.logformatter import LogFormatter


class NewsArchiveLogFormatter(LogFormatter):
    def dropped(self, item: Any, exception: BaseException, response: Any, spider: Any) -> dict[str, Any]:
        url = item.get("url") if isinstance(item, dict) else getattr(item, "url", None)
        return {
            # Expected bad input is counted in stats and recorded as a reject row.
            "level": logging.INFO,
            "msg": "Dropped %(url)s: %(exception)s",
            "args": {"url": url, "exception": exception},
        }
