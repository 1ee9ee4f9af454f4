"""Stage `dedup` (placeholder: replaced by its owner)."""

from __future__ import annotations

from pipelines.base import StagePipeline
from pipelines.document import Document


def run(doc: Document) -> Document:
    return doc


class DedupPipeline(StagePipeline):
    stage = "dedup"
    func = staticmethod(run)
