"""What each document of a crawl batch would ask the archive, asked once for the batch.

:func:`pipelines.store.write_document` asks, per document: is the URL archived (and its
row), which article has the same body (exact duplicate), which articles share an LSH band
(near-duplicate candidates) and their signatures, whether the URL has open rejects, and
(in :func:`models.store.save_article`) which source the credited name stands for.
:class:`BatchLookups` answers all of these for a whole batch with a few ``IN`` queries at
the start of its transaction, then keeps the answers true while the batch writes (an
article inserted or updated earlier in the batch is seen by the later documents exactly
as the per-document queries would have seen it).  The band rows of the batch are
written at the end, in one ``DELETE`` and one ``executemany`` (:meth:`finish`).

Answers are the same as the per-document queries' (ids in the same order), so the same
rows are written; only the number of statements changes.
"""

from __future__ import annotations

import bisect
from typing import Any, Iterable

from sqlalchemy import and_, delete, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key

from models.article import Article
from models.batch import chunks
from models.crawl import Reject
from models.neardup import ArticleBand
from models.source_store import find_sources

#: Signatures read per query while looking for the first near-duplicate, after the first
#: query of a walk, which reads the lowest candidate alone (the usual match: the walk
#: stops there, and reading fifteen more signatures cost ~2% of the crawler's CPU on a
#: site of republications).
SIGNATURE_CHUNK = 16


class BatchLookups:
    """The archive as the documents of one batch see it (see the module docstring).
    ``known_sources``: source names the caller has ids of already (not looked up)."""

    def __init__(self, session: Session, docs: Iterable[Any], known_sources: Iterable[str] = ()):
        from pipelines.lsh_keys import band_keys

        docs = list(docs)
        self.session = session
        self.keys = {id(d): band_keys(d.minhash) for d in docs if d.minhash}
        urls = sorted({d.canonical_url or d.url for d in docs} - {None, ""})
        #: canonical URL -> its Article as read at the start (None: not archived; ``...``:
        #: written in this batch, read again like the per-document query did)
        self.articles: dict[str, Any] = dict.fromkeys(urls)
        #: canonical URL -> content hash of its archived article
        self.hashes: dict[str, str | None] = {}
        for chunk in chunks(urls):
            for article in session.scalars(select(Article).where(Article.canonical_url.in_(chunk))):
                self.articles[article.canonical_url] = article
                self.hashes[article.canonical_url] = article.content_hash
        self.by_hash = self._hashes(sorted({d.content_hash for d in docs if d.content_hash}))
        #: article id -> the keys of :attr:`bands` whose sets hold it
        self.band_keys_of: dict[int, set[tuple[int, int]]] = {}
        self.bands = self._bands({k for keys in self.keys.values() for k in keys})
        #: article id -> minhash (None: no signature), read lazily
        self.signatures: dict[int, Any] = {}
        self.open_rejects = self._open_rejects(sorted({u for d in docs for u in (d.url, d.canonical_url) if u}))
        self.new_bands: dict[int, list[tuple[int, int]]] = {}
        #: article id -> the columns a republication is compared on (rows read this batch)
        self.originals: dict[int, Any] = {}
        #: source name -> its Source (names no source goes by are left out: looked up again
        #: when written, since a page earlier in the batch may have created it)
        self.sources = find_sources(session, {d.source for d in docs if d.source} - set(known_sources))

    # --- the queries at the start of the batch ------------------------------------------

    def _hashes(self, hashes: list[str]) -> dict[str, list[tuple[int, str]]]:
        out: dict[str, list[tuple[int, str]]] = {h: [] for h in hashes}
        for chunk in chunks(hashes):
            rows = self.session.execute(select(Article.id, Article.canonical_url, Article.content_hash)
                                        .where(Article.content_hash.in_(chunk)))
            for aid, url, h in rows:
                out[h].append((aid, url))
        for rows in out.values():
            rows.sort()
        return out

    def _bands(self, keys: set[tuple[int, int]]) -> dict[tuple[int, int], set[int]]:
        out: dict[tuple[int, int], set[int]] = {k: set() for k in keys}
        # only the batch's own archived articles can be re-written (and leave their sets);
        # a near-duplicate cluster's other members (most of the rows) need no reverse entry
        own = {a.id for a in self.articles.values() if a is not None}
        keys_of = self.band_keys_of
        by_band: dict[int, list[int]] = {}
        for band, key in sorted(keys):
            by_band.setdefault(band, []).append(key)
        for band, values in by_band.items():
            for chunk in chunks(values):
                rows = self.session.execute(select(ArticleBand.band, ArticleBand.key, ArticleBand.article_id)
                                            .where(and_(ArticleBand.band == band, ArticleBand.key.in_(chunk))))
                for b, k, aid in rows:
                    out[(b, k)].add(aid)
                    if aid in own:
                        keys_of.setdefault(aid, set()).add((b, k))
        return out

    def _open_rejects(self, urls: list[str]) -> set[str]:
        out: set[str] = set()
        for chunk in chunks(urls):
            out.update(self.session.scalars(select(Reject.url).where(Reject.url.in_(chunk),
                                                                     Reject.resolved_at.is_(None))))
        return out

    # --- answers ------------------------------------------------------------------------

    def article(self, url: str) -> Any:
        """The archived Article of a canonical URL, None (not archived) or ``...`` (written
        in this batch: :func:`models.store.save_article` reads it).  Written articles are
        not held here: the per-document code read them back from the database (the
        session's identity map holds objects weakly), and so does the batch."""
        return self.articles.get(url)

    def exact_duplicate(self, content_hash: str, exclude_url: str | None) -> int | None:
        """:func:`models.store.find_exact_duplicate`."""
        for aid, url in self.by_hash.get(content_hash, ()):
            if not exclude_url or url != exclude_url:
                return aid
        return None

    def band_candidates(self, doc: Any) -> Iterable[tuple[int, Any]]:
        """:func:`models.store.band_candidates` of ``doc``'s bands: ``(id, minhash)`` in id order."""
        ids = sorted(set().union(*(self.bands.get(k, ()) for k in self.keys.get(id(doc), ()))))
        step = 1
        for start, aid in enumerate(ids):
            if aid not in self.signatures:
                self._read_signatures(ids[start:start + step])
                step = SIGNATURE_CHUNK
            sig = self.signatures.get(aid)
            if sig:
                yield aid, sig

    def _read_signatures(self, ids: list[int]) -> None:
        wanted = [i for i in ids if i not in self.signatures]
        self.signatures.update(dict.fromkeys(wanted))
        for aid, sig in self.session.execute(select(Article.id, Article.minhash).where(Article.id.in_(wanted))):
            self.signatures[aid] = sig

    def rejects_to_resolve(self, urls: Iterable[str]) -> list[str]:
        """The URLs of ``urls`` with open rejects (resolved by the caller: forgotten here)."""
        found = sorted(u for u in urls if u in self.open_rejects)
        self.open_rejects.difference_update(found)
        return found

    def original(self, article_id: int) -> Any:
        """What ``session.get(Article, article_id)`` gives a republication's comparison
        (:func:`models.history.record_republication_changes`): the session's object when it
        has one, else the row's id, title, body, authors and dates, read once a batch (not
        the whole row with its joined source, once a copy)."""
        held = self.session.identity_map.get(identity_key(Article, article_id))
        if held is not None:
            return held
        if article_id not in self.originals:
            self.originals[article_id] = self.session.execute(
                select(Article.id, Article.title, Article.body, Article.authors, Article.published_at,
                       Article.updated_at).where(Article.id == article_id)).first()
        return self.originals[article_id]

    # --- what the batch writes ----------------------------------------------------------

    def rejected(self, url: str | None) -> None:
        """A reject row for ``url`` was written (or bumped) in the batch: it is open."""
        if url:
            self.open_rejects.add(url)

    def written(self, doc: Any, article: Any, unchanged: bool) -> None:
        """``doc`` was saved as ``article``."""
        url = article.canonical_url
        self.articles[url] = ...
        old_hash = self.hashes.get(url)
        self.hashes[url] = article.content_hash
        self.originals.pop(article.id, None)
        if unchanged:
            return
        if old_hash is not None and (aid_url := (article.id, url)) in self.by_hash.get(old_hash, ()):
            self.by_hash[old_hash].remove(aid_url)
        if article.content_hash:
            bisect.insort(self.by_hash.setdefault(article.content_hash, []), (article.id, url))
        self.signatures[article.id] = list(doc.minhash) if doc.minhash else None
        if doc.minhash:
            # only the band sets holding the id (a walk over every set of the batch cost
            # ~2% of the crawler's CPU: one discard per band key of the batch, per document)
            for key in self.band_keys_of.pop(article.id, ()):
                self.bands[key].discard(article.id)
            for key in self.keys[id(doc)]:
                self.bands.setdefault(key, set()).add(article.id)
            self.band_keys_of[article.id] = set(self.keys[id(doc)])
            self.new_bands[article.id] = self.keys[id(doc)]

    def finish(self) -> None:
        """Write the band rows of the batch (replacing the rows its articles had)."""
        for chunk in chunks(sorted(self.new_bands)):
            self.session.execute(delete(ArticleBand).where(ArticleBand.article_id.in_(chunk)))
        rows = [{"band": b, "key": k, "article_id": aid} for aid, keys in self.new_bands.items() for b, k in keys]
        if rows:
            self.session.execute(ArticleBand.__table__.insert(), rows)  # Core: one executemany
        self.new_bands.clear()

