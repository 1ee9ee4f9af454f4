"""The Scrapy adapter of every stage, built with ``get_crawler``."""

from __future__ import annotations

import logging

from scrapy.utils.test import get_crawler

from pipelines.base import Rejected, StagePipeline
from pipelines.document import Document
from pipelines.errors import Reject
from pipelines.stages import STAGES, pipeline_classes


def _warn(doc: Document) -> Document:
    doc.warnings.append("profile x selectors found no body; generic extraction used")
    return doc


def _reject(doc: Document) -> Document:
    raise Reject("validate", "not an article: listing page")


class WarnPipeline(StagePipeline):
    stage = "parse"
    func = staticmethod(_warn)


class RejectPipeline(StagePipeline):
    stage = "validate"
    func = staticmethod(_reject)


def test_warnings_are_logged_and_counted(caplog):
    crawler = get_crawler()
    pipe = WarnPipeline.from_crawler(crawler)
    with caplog.at_level(logging.WARNING):
        out = pipe.process_item(Document(url="http://a.example/1"))
    assert isinstance(out, Document)
    assert crawler.stats.get_value("newsarchive/parse/warnings") == 1
    assert "generic extraction used" in caplog.text


def test_reject_becomes_rejected_item_with_retry_payload():
    crawler = get_crawler()
    pipe = RejectPipeline.from_crawler(crawler)
    doc = Document(url="http://a.example/2", headers={"content-type": "text/html"}, profile="securities_daily",
                   warc={"filename": "a.warc.gz", "offset": 10})
    out = pipe.process_item(doc)
    assert isinstance(out, Rejected)
    assert (out["url"], out["stage"], out["reason"]) == ("http://a.example/2", "validate", "not an article: listing page")
    assert out["payload"]["warc"] == {"filename": "a.warc.gz", "offset": 10}
    assert crawler.stats.get_value("newsarchive/validate/rejected") == 1
    # Items that are not documents pass through untouched.
    assert pipe.process_item(out) is out


def test_item_pipelines_follow_the_stage_list():
    from crawler import settings

    classes = pipeline_classes()
    assert list(classes) == [f"pipelines.{s}.{s.capitalize()}Pipeline" for s in STAGES]
    assert all(settings.ITEM_PIPELINES[k] == v for k, v in classes.items())
    assert max(classes.values()) < settings.ITEM_PIPELINES["crawler.store_pipeline.StorePipeline"]
