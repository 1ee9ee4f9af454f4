"""Writing in sets: entity resolution per batch, bulk inserts of mentions and claims.

The crawler writes a batch of documents per transaction.  What used to be one round
trip per mention (look up the alias, insert the entity, insert each alias) is here
one query for every name of the batch, one bulk insert of the new entities, one of
the new aliases, one of all mentions and one of all claims.  A :class:`WriteCache`
kept for the whole crawl remembers the canonical names, alias keys and sources
already seen, so later batches ask the database only about names they bring new.

The cache must be thrown away (:meth:`WriteCache.clear`) when a transaction that
used it rolls back: it may hold ids of rows that were never committed.  An alias a
user re-points while a crawl runs takes effect for that crawl's later batches only
when the cache is cleared (the next crawl sees it in any case).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable

from sqlalchemy import select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from models.base import utcnow
from models.claim import Claim
from models.history import new_claim_key
from models.entity import Entity, EntityAlias, Mention

#: Rows per ``IN (...)`` list; SQLite allows 32k variables, PostgreSQL 65k.
CHUNK = 500


@dataclass
class WriteCache:
    """Per-crawl memory of ids already resolved (see the module docstring)."""

    #: ``(type, alias key) -> entity id``
    alias_ids: dict[tuple[str, str], int] = field(default_factory=dict)
    #: ``(type, canonical name) -> entity id``
    entity_ids: dict[tuple[str, str], int] = field(default_factory=dict)
    #: source name -> source id
    source_ids: dict[str, int] = field(default_factory=dict)

    def clear(self) -> None:
        self.alias_ids.clear()
        self.entity_ids.clear()
        self.source_ids.clear()


def chunks(items: list[Any], size: int = CHUNK) -> Iterable[list[Any]]:
    """``items`` in lists of at most ``size`` (one ``IN (...)`` or ``executemany`` each)."""
    for i in range(0, len(items), size):
        yield items[i:i + size]


def insert_ignore_many(session: Session, model: type, rows: list[dict[str, Any]], conflict: list[str]) -> None:
    """``INSERT ... ON CONFLICT DO NOTHING`` for many rows (SQLite and PostgreSQL);
    a race with another crawler on a unique name does not fail the batch."""
    if not rows:
        return
    mod = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    for chunk in chunks(rows):
        session.execute(mod.insert(model.__table__).on_conflict_do_nothing(index_elements=conflict), chunk)


def _lookup_aliases(session: Session, cache: WriteCache, keys: set[tuple[str, str]]) -> None:
    missing = {k for k in keys if k not in cache.alias_ids}
    # key IN (...) on the (key, type) unique index, type checked here: SQLite scans the
    # whole table for a row-value IN
    for chunk in chunks(sorted({key for _t, key in missing})):
        rows = session.execute(select(EntityAlias.type, EntityAlias.key, EntityAlias.entity_id)
                               .where(EntityAlias.key.in_(chunk)))
        for type_, key, eid in rows:
            if (type_, key) in missing:
                cache.alias_ids[(type_, key)] = eid


def _lookup_entities(session: Session, cache: WriteCache, names: set[tuple[str, str]]) -> None:
    missing = {n for n in names if n not in cache.entity_ids}
    for chunk in chunks(sorted({name for _t, name in missing})):
        rows = session.execute(select(Entity.type, Entity.name, Entity.id).where(Entity.name.in_(chunk)))
        for type_, name, eid in rows:
            if (type_, name) in missing:
                cache.entity_ids[(type_, name)] = eid


def _plan(wanted: list[tuple[str, str, list[str]]], cache: WriteCache, key_of: Any) -> tuple[list, set, dict, dict]:
    """Resolve ``wanted`` in order as :func:`models.store.resolve_entity` would one by
    one; entities still to create get the placeholder ``(type, name)``.  Returns the
    chosen ids, the placeholders to create, and the new aliases (key -> id, key -> form)."""
    new_ids: dict[tuple[str, str], Any] = {}
    new_forms: dict[tuple[str, str], str] = {}
    chosen, to_create = [], set()

    def known(type_: str, key: str) -> Any:
        return new_ids.get((type_, key), cache.alias_ids.get((type_, key)))

    for name, type_, aliases in wanted:
        keys: dict[str, str] = {}
        for form in [name, *[a for a in aliases if a]]:
            key = key_of(form)
            if key:
                keys.setdefault(key, form)
        eid = known(type_, key_of(name)) or next(
            (e for e in (known(type_, k) for k in keys) if e is not None), None)
        if eid is None:
            eid = cache.entity_ids.get((type_, name))
        if eid is None:
            eid = (type_, name)
            to_create.add(eid)
        for key, form in keys.items():
            if known(type_, key) is None:
                new_ids[(type_, key)] = eid
                new_forms[(type_, key)] = form
        chosen.append(eid)
    return chosen, to_create, new_ids, new_forms


def resolve_entities(session: Session, cache: WriteCache,
                     wanted: list[tuple[str, str, list[str]]]) -> list[int]:
    """Entity ids for ``[(name, type, aliases), ...]``, in order, created when new.

    Same rules as :func:`models.store.resolve_entity` (aliases first, so a merge a
    user made wins; then the canonical name; new aliases recorded), in a fixed number
    of statements whatever the batch size.
    """
    from models.store import alias_key

    if not wanted:
        return []
    keys = {(t, key) for n, t, al in wanted for f in [n, *al] if f and (key := alias_key(f))}
    _lookup_aliases(session, cache, keys)
    _lookup_entities(session, cache, {(t, n) for n, t, _ in wanted})
    chosen, to_create, new_ids, new_forms = _plan(wanted, cache, alias_key)
    if to_create:
        now = utcnow()
        insert_ignore_many(session, Entity, [{"name": n, "type": t, "created_at": now}
                                             for t, n in sorted(to_create)], ["name", "type"])
        _lookup_entities(session, cache, to_create)

    def real(eid: Any) -> int:
        return cache.entity_ids[eid] if isinstance(eid, tuple) else eid

    new_aliases = [{"entity_id": real(eid), "alias": new_forms[tk], "key": tk[1], "type": tk[0]}
                   for tk, eid in new_ids.items()]
    insert_ignore_many(session, EntityAlias, new_aliases, ["key", "type"])
    # Aliases another crawler inserted first keep their entity: read back what won.
    for row in new_aliases:
        cache.alias_ids.pop((row["type"], row["key"]), None)
    _lookup_aliases(session, cache, {(r["type"], r["key"]) for r in new_aliases})
    ids = [real(e) for e in chosen]
    _prefer_native_names(session, cache, wanted, ids)
    return ids


def _has_cjk(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in text)


def _prefer_native_names(session: Session, cache: WriteCache, wanted: list[tuple[str, str, list[str]]],
                         ids: list[int]) -> None:
    """One canonical name whatever the order articles arrive in: an entity named in
    Latin letters ("Wu Hongliang") that a Chinese name joins through its romanized
    alias (吴红亮, aliases ["Wu Hongliang"]) takes the Chinese name; a Chinese name is
    never replaced by its romanization."""
    from models.store import alias_key

    wish: dict[int, tuple[str, str, set[str]]] = {}
    for (name, type_, aliases), eid in zip(wanted, ids):
        if _has_cjk(name) and eid not in wish:
            wish[eid] = (name, type_, {alias_key(a) for a in aliases if a and not _has_cjk(a)})
    if not wish:
        return
    rows = session.execute(select(Entity.id, Entity.name, Entity.type).where(Entity.id.in_(sorted(wish))))
    for eid, current, type_ in rows.all():
        name, _t, latin = wish[eid]
        if _has_cjk(current) or alias_key(current) not in latin:
            continue
        taken = session.scalar(select(Entity.id).where(Entity.name == name, Entity.type == type_))
        if taken is not None:
            continue  # a separate entity already has the Chinese name: merging is the user's call
        session.execute(update(Entity).where(Entity.id == eid).values(name=name))
        cache.entity_ids.pop((type_, current), None)
        cache.entity_ids[(type_, name)] = eid


def annotation_rows(article_id: int, doc: Any, ids: dict[tuple[str, str], int]) -> tuple[list, list]:
    """``(mention rows, claim rows)`` of one document, entity ids from ``ids``
    (``(type, name) -> id``)."""
    mentions, claims = [], []
    by_name: dict[str, int] = {}
    for ent in doc.entities or []:
        name, type_ = ent.get("name"), ent.get("type")
        if not name or not type_:
            continue
        eid = ids[(type_, name)]
        by_name[name] = eid
        for m in ent.get("mentions") or []:
            mentions.append({"article_id": article_id, "entity_id": eid, "text": m.get("text", ""),
                             "start_char": int(m.get("start", 0)), "end_char": int(m.get("end", 0))})
    for c in doc.claims or []:
        speaker_entity = c.get("speaker_entity")
        claims.append({
            "article_id": article_id, "kind": c.get("kind", "direct"), "speaker": c.get("speaker"),
            "speaker_text": c.get("speaker_text", c.get("speaker")),
            "speaker_role": c.get("speaker_role"), "speaker_org": c.get("speaker_org"),
            "speaker_entity_id": by_name.get(speaker_entity) if speaker_entity else None,
            "cue": c.get("cue"), "text": c.get("text", ""), "start_char": int(c.get("start", 0)),
            "end_char": int(c.get("end", 0)), "paragraph": int(c.get("paragraph", 0)),
            # identity across versions (models.history.assign_claim_identity); a new article's
            # claims first appear in its first version
            "claim_key": c.get("claim_key") or new_claim_key(), "first_version": c.get("first_version", 1),
            "first_seen_at": c.get("first_seen_at") or getattr(doc, "fetched_at", None),
        })
    return mentions, claims


def write_annotations(session: Session, cache: WriteCache, pairs: list[tuple[int, Any]]) -> None:
    """Insert the mentions and claims of ``[(article id, document), ...]`` (whose old
    ones the caller deleted): entities resolved for all of them at once."""
    wanted = [(e["name"], e["type"], list(e.get("aliases") or []))
              for _aid, doc in pairs for e in (doc.entities or []) if e.get("name") and e.get("type")]
    resolved = resolve_entities(session, cache, wanted)
    ids = {(t, n): eid for (n, t, _a), eid in zip(wanted, resolved)}
    mentions, claims = [], []
    for aid, doc in pairs:
        m, c = annotation_rows(aid, doc, ids)
        mentions += m
        claims += c
    # Core inserts of the tables (one executemany each, the same rows): the ORM's bulk
    # insert of plain dicts costs ~4x more Python per row for nothing it adds here
    for chunk in chunks(mentions):
        session.execute(Mention.__table__.insert(), chunk)
    for chunk in chunks(claims):
        session.execute(Claim.__table__.insert(), chunk)
