"""An archive of invented pages stored page by page (WARC record + rows), for the reprocess tests."""

from __future__ import annotations

from datetime import datetime
from typing import Callable

from sqlalchemy.orm import sessionmaker

from crawler.warc import WarcFile
from models import store
from models.engine import get_engine
from pipelines.reprocess import document_from_raw, process_document


def archive_pages(url: str, root, n: int, *, page: Callable[[int], bytes], url_of: Callable[[int], str],
                  fetched_at: Callable[[int], datetime]):
    """``n`` pages ``page(i)`` fetched once from ``url_of(i)`` at ``fetched_at(i)``, each stored as
    a new article; returns the session factory of the archive at ``url``."""
    sessions = sessionmaker(get_engine(url), expire_on_commit=False)
    warc = WarcFile(root, prefix="test")
    for i in range(n):
        loc = warc.write_exchange(url=url_of(i), method="GET", request_headers=[], status=200,
                                  protocol="HTTP/1.1", response_headers=[("Content-Type", "text/html")],
                                  body=page(i))
        with sessions.begin() as session:
            doc = document_from_raw(url_of(i), page(i), {"content-type": "text/html"}, warc=loc,
                                    fetched_at=fetched_at(i))
            assert process_document(session, doc) == store.NEW
    warc.close()
    return sessions
