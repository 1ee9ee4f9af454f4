"""The near-duplicate index's keys and comparison, without numpy (issue 11).

:func:`band_keys` and :func:`jaccard` are what the store reads: the process that writes
the archive (``reprocess``, the crawler's store) needs nothing else of
:mod:`pipelines.dedup`, whose MinHash (:func:`pipelines.dedup.minhash`, computed in the
extraction workers) needs numpy -- a few tenths of a second of every command's start.
Same values as the numpy versions they replace: the band's 13 values packed as
little-endian uint32 (as migration 0004 packs them), equal values counted exactly.
"""

from __future__ import annotations

import hashlib
import struct
from typing import Iterable

NUM_PERM = 128
NEAR_DUP_THRESHOLD = 0.8
#: LSH bands x rows per band: datasketch's optimum for NEAR_DUP_THRESHOLD and NUM_PERM
#: (equal weights of false positives and negatives).  Stored band keys depend on
#: them and on :func:`band_keys`; migration 0004 computes the same keys.
BANDS, ROWS = 9, 13

_BAND = struct.Struct(f"<{ROWS}I")


def band_keys(signature: Iterable[int]) -> list[tuple[int, int]]:
    """``[(band, key), ...]`` of a signature for the persistent LSH index
    (``article_bands``): the 13 values of each band as little-endian uint32,
    hashed with BLAKE2b to a signed 64-bit int."""
    values = list(signature)
    if len(values) != NUM_PERM:
        raise ValueError(f"signature has {len(values)} values, expected {NUM_PERM}")
    out = []
    for band in range(BANDS):
        digest = hashlib.blake2b(_BAND.pack(*values[band * ROWS:(band + 1) * ROWS]), digest_size=8).digest()
        out.append((band, int.from_bytes(digest, "little", signed=True)))
    return out


def jaccard(a: Iterable[int], b: Iterable[int]) -> float:
    """Estimated Jaccard similarity (0..1) of the texts behind two signatures."""
    va, vb = list(a), list(b)
    if len(va) != len(vb) or not va:
        raise ValueError("signatures must be non-empty and of equal length")
    return sum(map(int.__eq__, map(int, va), map(int, vb))) / len(va)
