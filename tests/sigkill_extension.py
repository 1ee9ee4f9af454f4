"""Test helper: a Scrapy extension that SIGKILLs its own crawl process mid-flight.

Enabled by ``-s NEWSARCHIVE_TEST_KILL_AFTER=N``: once N items have been scraped (so
the store has committed batches) the process kills itself with SIGKILL while the
extraction pool still has pages in flight and the WARC writer thread has records
queued: no cleanup of any kind runs, as with ``kill -9`` or the OOM killer.
"""

from __future__ import annotations

import os
import signal
from typing import Any

from scrapy import signals
from scrapy.exceptions import NotConfigured


class KillAfter:
    def __init__(self, crawler: Any):
        self.limit = crawler.settings.getint("NEWSARCHIVE_TEST_KILL_AFTER", 0)
        if self.limit <= 0:
            raise NotConfigured
        self.seen = 0
        crawler.signals.connect(self.item_scraped, signal=signals.item_scraped)

    @classmethod
    def from_crawler(cls, crawler: Any) -> "KillAfter":
        return cls(crawler)

    def item_scraped(self, item: Any) -> None:
        self.seen += 1
        if self.seen >= self.limit:
            os.kill(os.getpid(), signal.SIGKILL)
