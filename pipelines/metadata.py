"""Stage `metadata` (placeholder: replaced by its owner)."""

from __future__ import annotations

from pipelines.base import StagePipeline
from pipelines.document import Document


def run(doc: Document) -> Document:
    return doc


class MetadataPipeline(StagePipeline):
    stage = "metadata"
    func = staticmethod(run)
