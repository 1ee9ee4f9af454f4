"""Extraction stages: raw page -> clean article, claims and entities.

The public entry point is :func:`extract`.  Every stage is a pure function
``pipelines.<stage>.run(doc) -> doc`` listed in :data:`pipelines.stages.STAGES`.
"""

from __future__ import annotations

import importlib
from typing import Any, Callable

from pipelines.document import Document
from pipelines.errors import Reject
from pipelines.stages import STAGES

__all__ = ["Document", "Reject", "STAGES", "extract", "run_stages", "stage_functions"]

_FUNCS: list[tuple[str, Callable[[Document], Document]]] | None = None


def stage_functions() -> list[tuple[str, Callable[[Document], Document]]]:
    """``[(name, run), ...]`` in :data:`STAGES` order (imported once)."""
    global _FUNCS
    if _FUNCS is None:
        _FUNCS = [(name, importlib.import_module(f"pipelines.{name}").run) for name in STAGES]
    return _FUNCS


def run_stages(doc: Document) -> Document:
    """Run every stage on ``doc``; raises :class:`Reject` on bad input.

    The credited source comes out under its canonical name (a profile's
    ``source_name`` for any of its ``source_aliases``), as the crawl stores it.
    """
    from pipelines.guards import run_stage

    for name, func in stage_functions():
        doc = run_stage(name, func, doc)
    if doc.source:
        from pipelines.profiles import canonical_source

        doc.source = canonical_source(doc.source)
    return doc


def extract(data: bytes | str, url: str | None = None, *,
            headers: dict[str, str] | None = None, profile: str | None = None) -> dict[str, Any]:
    """Turn one page into a JSON-ready article dict, offline.

    ``data`` is the page as bytes (any charset; detected) or already-decoded text;
    HTML and plain-text captures are both accepted.  ``url`` helps pick the site
    profile, dates in the URL and the canonical URL.  ``profile`` forces a site
    profile by name; by default it is chosen from the URL's domain, else the
    generic path is used.

    Returns the dict of :meth:`Document.to_json`: ``url, source, title, authors,
    published_at, language, section, body, blocks, claims, entities, removed``
    and ``error``.  Expected bad input does not raise: the dict has
    ``error = {"stage": ..., "reason": ...}`` and the other fields empty.
    """
    from pipelines import profiles

    site = profiles.for_url(url) if profile is None and url else None
    doc = Document(url=url, raw=data, headers=dict(headers or {}), profile=site.name if site else profile, site=site)
    try:
        doc = run_stages(doc)
    except Reject as exc:
        out = Document(url=url).to_json()
        out["error"] = {"stage": exc.stage, "reason": exc.reason}
        return out
    return doc.to_json()
