"""Stage `entities` (placeholder: replaced by its owner)."""

from __future__ import annotations

from pipelines.base import StagePipeline
from pipelines.document import Document


def run(doc: Document) -> Document:
    return doc


class EntitiesPipeline(StagePipeline):
    stage = "entities"
    func = staticmethod(run)
