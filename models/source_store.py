"""Sources in the store: found by any of their names, created when new (``models.store``
re-exports every function here: ``store.find_source`` ...).

:func:`find_sources` answers :func:`find_source` for many names in two queries: a batch of
re-extracted pages (``reprocess``) mostly credits a different source each, so one query a
page (and the flush of the session's pending changes each query triggers) was the largest
part of a batch's writes.
"""

from __future__ import annotations

import re
from typing import Any, Iterable
from urllib.parse import urlsplit

from sqlalchemy import or_, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from models.base import utcnow
from models.batch import chunks
from models.source import Source, SourceAlias, source_key


def _insert_ignore(session: Session, model: type, values: dict[str, Any], conflict: list[str]) -> None:
    """INSERT ... ON CONFLICT DO NOTHING, portable between SQLite and PostgreSQL.

    Several crawlers may write to one PostgreSQL archive (scale-out): a race on a
    unique name must not fail the batch.
    """
    dialect = session.get_bind().dialect.name
    mod = postgresql if dialect == "postgresql" else sqlite
    stmt = mod.insert(model).values(**values).on_conflict_do_nothing(index_elements=conflict)
    session.execute(stmt)


def bare_domain(url_or_host: str | None) -> str | None:
    if not url_or_host:
        return None
    host = urlsplit(url_or_host).hostname if "//" in url_or_host else url_or_host
    return re.sub(r"^(www|m)\.", "", (host or "").lower()) or None


def find_source(session: Session, name: str) -> Source | None:
    """The source whose canonical name or an alias is ``name`` (case and spacing ignored)."""
    source = session.scalar(select(Source).where(Source.name == name))
    if source is None:
        source = session.scalar(select(Source).join(SourceAlias, SourceAlias.source_id == Source.id)
                                .where(SourceAlias.key == source_key(name)))
    return source


def find_sources(session: Session, names: Iterable[str]) -> dict[str, Source]:
    """:func:`find_source` of each of ``names`` in two queries (names then aliases);
    names no source goes by are left out."""
    wanted = sorted(set(names))
    found: dict[str, Source] = {}
    for chunk in chunks(wanted):
        found.update((source.name, source) for source in session.scalars(select(Source).where(Source.name.in_(chunk))))
    keys: dict[str, list[str]] = {}
    for name in wanted:
        if name not in found:
            keys.setdefault(source_key(name), []).append(name)
    for chunk in chunks(sorted(keys)):
        rows = session.execute(select(SourceAlias.key, Source).join(Source, SourceAlias.source_id == Source.id)
                               .where(SourceAlias.key.in_(chunk)))
        for key, source in rows:
            found.update(dict.fromkeys(keys[key], source))
    return found


def add_source_aliases(session: Session, source: Source, names: Any) -> None:
    """Record ``names`` as aliases of ``source`` (names already taken by any source are left alone)."""
    session.flush()
    for alias in dict.fromkeys(n.strip() for n in names if n and n.strip()):
        _insert_ignore(session, SourceAlias, {"source_id": source.id, "name": alias, "key": source_key(alias)},
                       ["key"])


def get_or_create_source(session: Session, name: str, *, domain: str | None = None,
                         kind: str = "original", language: str | None = None,
                         aliases: Any = (), found: Source | None = None) -> Source:
    """The source called ``name`` (its canonical name or an alias), created with
    the given fields if new; ``aliases`` are recorded as its other names.

    Existing rows keep their fields, except that missing ones are filled in.
    ``found``: :func:`find_source`'s answer when the caller has it already (:func:`find_sources`).
    """
    source = found if found is not None else find_source(session, name)
    new_names = list(aliases)
    if source is None:
        for alias in aliases:  # known under another of its names
            if (source := find_source(session, alias)) is not None:
                break
        new_names.append(name)
    if source is None:
        _insert_ignore(session, Source, {"name": name, "domain": domain, "kind": kind,
                                         "language": language, "created_at": utcnow()}, ["name"])
        source = session.scalar(select(Source).where(Source.name == name))
        assert source is not None
    else:
        if source.domain is None and domain:
            source.domain = domain
        if source.language is None and language:
            source.language = language
    if new_names:
        add_source_aliases(session, source, [source.name, *new_names])
    return source


def source_filter(name: str) -> Any:
    """A WHERE clause on ``sources.id``: the source called ``name`` or with that alias."""
    return or_(Source.name == name,
               Source.id.in_(select(SourceAlias.source_id).where(SourceAlias.key == source_key(name))))


