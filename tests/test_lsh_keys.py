"""pipelines.lsh_keys: the store's band keys and Jaccard estimate, without numpy, equal to numpy's."""

from __future__ import annotations

import hashlib
import random

import numpy as np
import pytest

from pipelines import dedup
from pipelines.lsh_keys import BANDS, NUM_PERM, ROWS, band_keys, jaccard


def _numpy_band_keys(signature):
    values = np.asarray(list(signature), dtype="<u4")
    return [(band, int.from_bytes(hashlib.blake2b(values[band * ROWS:(band + 1) * ROWS].tobytes(),
                                                  digest_size=8).digest(), "little", signed=True))
            for band in range(BANDS)]


def _numpy_jaccard(a, b):
    va, vb = np.asarray(list(a), dtype=np.uint64), np.asarray(list(b), dtype=np.uint64)
    return float(np.count_nonzero(va == vb)) / len(va)


def test_same_keys_and_similarity_as_numpy():
    rng = random.Random(11)
    for _ in range(200):
        a = [rng.choice([0, 1, 2**32 - 1, rng.randrange(2**32)]) for _ in range(NUM_PERM)]
        b = [x if rng.random() < 0.7 else rng.randrange(2**32) for x in a]
        assert band_keys(a) == _numpy_band_keys(a)
        assert band_keys(np.asarray(a, dtype=np.uint32)) == _numpy_band_keys(a)
        assert jaccard(a, b) == _numpy_jaccard(a, b)
        assert jaccard(np.asarray(a, dtype=np.uint32), b) == _numpy_jaccard(a, b)


def test_real_signatures():
    sig = dedup.minhash("the harbour ferry leaves ten minutes earlier from next week, the authority said")
    other = dedup.minhash("the harbour ferry leaves ten minutes later from next week, the authority said")
    assert band_keys(sig) == _numpy_band_keys(sig)
    assert jaccard(sig, other) == _numpy_jaccard(sig, other)
    assert dedup.band_keys is band_keys and dedup.jaccard is jaccard


@pytest.mark.parametrize("call", [lambda: band_keys([1] * 5), lambda: jaccard([1], [1, 2]), lambda: jaccard([], [])])
def test_bad_signatures_raise(call):
    with pytest.raises(ValueError):
        call()

