"""Save a bench's outputs to JSON, or compare them with a saved run: the shared ending of
``bench/same_output.py`` and ``bench/claims_same_output.py``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def _fields(old: Any, new: Any) -> str:
    """The keys whose values differ, when both outputs are records; else nothing."""
    if not isinstance(old, dict) or not isinstance(new, dict):
        return ""
    return ": " + ", ".join(sorted(f for f in set(old) | set(new) if old.get(f) != new.get(f)))


def save_or_compare(got: dict[str, Any], save: str | None, compare: str | None, unit: str) -> int:
    """Write ``got`` to ``save``; print each key of ``compare`` whose output differs (with
    the differing fields of a record) and a count of identical ones.  1 when any differs."""
    if save:
        Path(save).write_text(json.dumps(got, ensure_ascii=False), encoding="utf-8")
        print(f"saved {len(got)} {unit}")
    if not compare:
        return 0
    old = json.loads(Path(compare).read_text(encoding="utf-8"))
    differ = [key for key in old if got.get(key) != old[key]]
    for key in differ:
        print(f"DIFFERS {key}{_fields(old[key], got.get(key, {}))}")
    print(f"identical on {len(old) - len(differ)} of {len(old)} {unit}")
    return 1 if differ else 0
