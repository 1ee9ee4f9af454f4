"""Stage `decode` (placeholder: replaced by its owner)."""

from __future__ import annotations

from pipelines.base import StagePipeline
from pipelines.document import Document


def run(doc: Document) -> Document:
    return doc


class DecodePipeline(StagePipeline):
    stage = "decode"
    func = staticmethod(run)
