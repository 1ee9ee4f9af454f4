"""Stage `dedup`: canonical URLs, exact hashes and MinHash sketches.

Nothing is dropped here: the stage only computes keys.  The store links a page
to an earlier copy (``duplicate_of``) using

* :func:`pipelines.urls.article_key` — the same page under different URLs (its
  declared ``rel=canonical``/``og:url``, the profile's URL rules and the
  query-parameter policy of :mod:`pipelines.urls`);
* :func:`content_hash` — the same body byte for byte (sha256 hex);
* :func:`minhash` + :class:`NearDuplicateIndex` — the same story republished
  with different boilerplate or light edits.

Shingles (:func:`shingles`)
---------------------------
The body is lower-cased and cut into tokens: each Latin/digit word is a token,
each CJK character is a token, punctuation is dropped.  Shingles are token
3-grams when Latin words dominate and token 4-grams when CJK characters
dominate (a CJK character carries less than a word, so longer n-grams keep
chance overlaps between unrelated Chinese stories low).  A text shorter than
one n-gram gives one shingle of all its tokens.

Signatures are datasketch MinHash (scheme ``affine32``; :func:`minhash` computes
them without importing datasketch) with :data:`NUM_PERM` = 128 permutations and
seed :data:`SEED` = 1, stored as a list of 128 unsigned 32-bit ints.  The
near-duplicate threshold is :data:`NEAR_DUP_THRESHOLD` = 0.8 estimated Jaccard
similarity of shingle sets: republications of one article with different
boilerplate score > 0.9, different articles on the same event < 0.3.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any, Hashable, Iterable

import numpy as np

from pipelines.base import StagePipeline
from pipelines.document import Document
# the store's part, numpy-free (the archive writer imports only that module)
from pipelines.lsh_keys import BANDS, NEAR_DUP_THRESHOLD, NUM_PERM, ROWS, band_keys, jaccard
from pipelines.urls import article_key, canonical_url, page_declared, profile_rules

__all__ = ["canonical_url", "content_hash", "minhash", "band_keys", "jaccard", "shingles", "NearDuplicateIndex", "run",
           "BANDS", "NEAR_DUP_THRESHOLD", "NUM_PERM", "ROWS"]

SEED = 1
#: datasketch hashing scheme; stored signatures are only comparable within one scheme.
SCHEME = "affine32"

_TOKEN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af]|[^\W_]+", re.U)


def content_hash(body: str) -> str:
    """sha256 hex of the UTF-8 body."""
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def shingles(text: str, *, size: int | None = None) -> set[str]:
    """The shingle set of ``text`` (see the module docstring); ``size`` overrides n."""
    tokens = _TOKEN_RE.findall(text.lower())
    if not tokens:
        return set()
    if size is None:
        # (a CJK token is one character from U+3040 on: compare strings, no call per token)
        cjk = sum(1 for t in tokens if t >= "\u3040" and len(t) == 1)
        size = 4 if cjk * 2 > len(tokens) else 3
    if len(tokens) <= size:
        return {" ".join(tokens)}
    return set(map(" ".join, zip(*[tokens[i:] for i in range(size)])))


_PERMUTATIONS: tuple[np.ndarray, np.ndarray] | None = None
#: MurmurHash3 32-bit finalizer (datasketch's ``affine32`` pre-mix).
_FMIX32 = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))
_MAX32 = np.uint32(0xFFFFFFFF)
_digest = type(hashlib.sha1()).digest


def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """The ``affine32`` permutations (odd ``a``, any ``b``) of datasketch's
    ``MinHash(num_perm=NUM_PERM, seed=SEED)``, made the same way, once."""
    global _PERMUTATIONS
    if _PERMUTATIONS is None:
        gen = np.random.RandomState(SEED)
        a = gen.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
        b = gen.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
        _PERMUTATIONS = (a, b)
    return _PERMUTATIONS


def minhash(text: str) -> list[int]:
    """MinHash signature of ``text``: :data:`NUM_PERM` unsigned 32-bit ints.

    Bit for bit datasketch's ``MinHash(num_perm=128, seed=1, scheme="affine32")``
    over the UTF-8 shingles (SHA-1 32-bit hashes, the MurmurHash3 finalizer, then
    ``a * h + b`` modulo 2**32), computed here with numpy alone: importing
    datasketch pulls in scipy, tens of MB in every extraction worker."""
    found = shingles(text)
    if not found:
        return [int(_MAX32)] * NUM_PERM
    # SHA-1 of each shingle, all in C: the digests joined, then every fifth uint32
    digests = b"".join(map(_digest, map(hashlib.sha1, map(str.encode, found))))
    hv = np.frombuffer(digests, dtype="<u4")[::5].astype(np.uint32)
    a, b = _permutations()
    s1, m1, s2, m2, s3 = _FMIX32
    hv ^= hv >> s1
    hv *= m1
    hv ^= hv >> s2
    hv *= m2
    hv ^= hv >> s3
    permuted = np.multiply.outer(hv, a)
    permuted += b
    return permuted.min(axis=0).tolist()


def _as_minhash(signature: Iterable[int]) -> Any:
    from datasketch import LeanMinHash  # only the in-memory index needs datasketch

    values = np.asarray(list(signature), dtype=np.uint32)
    if len(values) != NUM_PERM:
        raise ValueError(f"signature has {len(values)} values, expected {NUM_PERM}")
    return LeanMinHash(seed=SEED, hashvalues=values, scheme=SCHEME)


class NearDuplicateIndex:
    """MinHash LSH over signatures from :func:`minhash`.

    ``add(key, signature)`` then ``query(signature)`` returns the keys whose
    estimated Jaccard similarity is likely >= ``threshold`` (LSH candidates,
    re-checked against the stored signatures so false positives are dropped).
    In memory, for tools working on a set of pages; the crawler and the store use
    the persistent index in the archive instead (``article_bands``, :func:`band_keys`).
    """

    def __init__(self, threshold: float = NEAR_DUP_THRESHOLD):
        from datasketch import MinHashLSH

        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._signatures: dict[Hashable, list[int]] = {}

    def __len__(self) -> int:
        return len(self._signatures)

    def __contains__(self, key: Hashable) -> bool:
        return key in self._signatures

    def add(self, key: Hashable, signature: Iterable[int]) -> None:
        """Index ``signature`` under ``key`` (a key already present is replaced)."""
        signature = list(signature)
        if key in self._signatures:
            self._lsh.remove(key)
        self._lsh.insert(key, _as_minhash(signature))
        self._signatures[key] = signature

    def remove(self, key: Hashable) -> None:
        self._lsh.remove(key)
        del self._signatures[key]

    def query(self, signature: Iterable[int]) -> list[Hashable]:
        """Keys of near-duplicates, most similar first."""
        signature = list(signature)
        scored = [
            (jaccard(signature, self._signatures[k]), k)
            for k in self._lsh.query(_as_minhash(signature))
        ]
        scored = [(s, k) for s, k in scored if s >= self.threshold]
        scored.sort(key=lambda sk: -sk[0])
        return [k for _, k in scored]


def run(doc: Document) -> Document:
    if doc.url and not doc.canonical_url:
        hosts, keep_query = profile_rules(doc.profile)
        doc.canonical_url = article_key(doc.url, declared=page_declared(doc.meta), site_hosts=hosts,
                                        keep_query=keep_query)
    if doc.body and not doc.content_hash:
        doc.content_hash = content_hash(doc.body)
    doc.minhash = minhash(doc.body) if doc.body else None
    return doc


class DedupPipeline(StagePipeline):
    stage = "dedup"
    func = staticmethod(run)
