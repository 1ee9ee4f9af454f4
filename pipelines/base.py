"""The Scrapy adapter shared by every stage: a thin shell around ``run``."""

from __future__ import annotations

import logging
from typing import Any, Callable

from pipelines.document import Document
from pipelines.errors import Reject
from pipelines.guards import run_stage

logger = logging.getLogger(__name__)


class Rejected(dict):
    """Item that replaces a :class:`Document` a stage refused.

    Keys: ``url``, ``stage``, ``reason``, ``payload`` (JSON-ready dict needed to
    retry: headers, warc location, profile, hints).  The store pipeline writes it
    as a ``rejects`` row and then drops it.
    """


def rejected_from(doc: Document, exc: Reject) -> Rejected:
    return Rejected(
        url=doc.url,
        stage=exc.stage,
        reason=exc.reason,
        payload={
            "profile": doc.profile,
            "status": doc.status,
            "headers": dict(doc.headers),
            "warc": doc.warc,
            "hints": {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in doc.hints.items()},
            "encoding": doc.encoding,
        },
    )


#: Attribute set on documents that went through every stage already (in the pool).
_EXTRACTED = "_newsarchive_extracted"


def mark_extracted(doc: Document) -> Document:
    """Mark ``doc`` as finished by :mod:`pipelines.pool`: stage pipelines pass it on."""
    doc.__dict__[_EXTRACTED] = True
    return doc


def is_extracted(item: Any) -> bool:
    return bool(getattr(item, "__dict__", {}).get(_EXTRACTED))


class StagePipeline:
    """Runs one stage on Document items; passes other items through.

    Subclasses set ``stage`` (its name) and ``func`` (``staticmethod(run)``).
    Stats: ``newsarchive/<stage>/ok``, ``newsarchive/<stage>/rejected``,
    ``newsarchive/<stage>/warnings`` (each also logged at WARNING).
    """

    stage: str = ""
    func: Callable[[Document], Document]

    def __init__(self, stats: Any = None):
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Any) -> "StagePipeline":
        return cls(stats=crawler.stats)

    def _inc(self, event: str) -> None:
        if self.stats is not None:
            self.stats.inc_value(f"newsarchive/{self.stage}/{event}")

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, Document) or is_extracted(item):
            return item
        seen = len(item.warnings)
        try:
            doc = run_stage(self.stage, type(self).func, item)
        except Reject as exc:
            self._inc("rejected")
            logger.info("Rejected %(url)s at %(stage)s: %(reason)s",
                        {"url": item.url, "stage": exc.stage, "reason": exc.reason})
            return rejected_from(item, exc)
        # A layout change degrades to a warning (generic extraction), never silently.
        for warning in doc.warnings[seen:]:
            self._inc("warnings")
            logger.warning("%(url)s: %(warning)s", {"url": doc.url, "warning": warning})
        self._inc("ok")
        return doc
