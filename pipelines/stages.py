"""The one ordered list of stages.

It drives both Scrapy's ``ITEM_PIPELINES`` (see ``crawler/settings.py``) and the
offline :func:`pipelines.extract` / ``newsarchive reprocess``, so the crawler and
the offline tools can never disagree.  Each name is a module ``pipelines.<name>``
exposing ``run(doc: Document) -> Document`` and a ``<Name>Pipeline`` adapter.
"""

STAGES: list[str] = [
    "decode",       # bytes -> text, charset detected
    "parse",        # markup -> candidate blocks + page metadata (profile selectors, generic fallback)
    "normalize",    # entities, Unicode, quotes, dashes, whitespace
    "boilerplate",  # teaser lists, prev/next, bylines -> authors, disclaimers ...
    "metadata",     # title, source, dates, language, section
    "validate",     # body, hash, word count; rejects empty and non-article pages
    "claims",       # quotes and reported statements with speakers
    "entities",     # named entities with canonical names
    "dedup",        # canonical URL already set; MinHash sketch for near-duplicates
]


def pipeline_classes() -> dict[str, int]:
    """``ITEM_PIPELINES`` entries for the stages, in order (100, 110, ...)."""
    return {
        f"pipelines.{name}.{name.capitalize()}Pipeline": 100 + 10 * i
        for i, name in enumerate(STAGES)
    }
