"""Check the real-text claims labels and locate every span in its reference text.

    python bench/claims_real/check_labels.py [--verbose] [FILE ...]

Each label file ``bench/claims_real/labels/<set>-<id>.json`` names a page of
``../shared/devdata`` and lists its attributions by anchors (RULEBOOK.md).  For every
claim this finds ``start`` (the ``nth`` occurrence, default the first) and then the
first ``end`` at or after it, in ``realdata.match_key`` form of the page's reference
text, and prints problems: an anchor not found, an anchor too long, a bad field value.
Exit status 1 when any label has a problem.  It runs no extractor.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import realdata  # noqa: E402

LABELS = Path(__file__).resolve().parent / "labels"
KINDS = {"direct", "mixed", "indirect"}
_WORD_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]|[^\W_]+")
MAX_WORDS = 6
MAX_CJK_CHARS = 12


def anchor_ok(anchor: str) -> bool:
    cjk = len(re.findall(r"[\u3400-\u4dbf\u4e00-\u9fff]", anchor))
    if cjk:
        return len(realdata.match_key(anchor)) <= MAX_CJK_CHARS + 2
    return len(_WORD_RE.findall(anchor)) <= MAX_WORDS


def locate(key_text: str, claim: dict) -> tuple[int, int] | None:
    """(start, end) of the claim in ``key_text`` (match_key form), or None."""
    start_key = realdata.match_key(claim["start"])
    end_key = realdata.match_key(claim["end"])
    pos = -1
    for _ in range(int(claim.get("nth", 1))):
        pos = key_text.find(start_key, pos + 1)
        if pos < 0:
            return None
    end = key_text.find(end_key, pos)
    if end < 0:
        return None
    return pos, end + len(end_key)


def check_file(path: Path, verbose: bool = False) -> tuple[list[str], Counter]:
    label = json.loads(path.read_text(encoding="utf-8"))
    problems, counts = [], Counter()
    try:
        page = realdata.page(label["set"], label["id"])
    except KeyError as exc:
        return [f"{path.name}: {exc}"], counts
    key_text = realdata.match_key(realdata.reference_text(page))
    for i, claim in enumerate(label.get("claims", [])):
        where = f"{path.name} claim {i}"
        for name in ("start", "end", "kind", "speaker_text", "speaker", "cue"):
            if not claim.get(name):
                problems.append(f"{where}: missing {name}")
        if claim.get("kind") not in KINDS:
            problems.append(f"{where}: kind {claim.get('kind')!r} not in {sorted(KINDS)}")
        for name in ("start", "end"):
            if claim.get(name) and not anchor_ok(claim[name]):
                problems.append(f"{where}: {name} anchor longer than the rule book allows")
        if claim.get("start") and claim.get("end"):
            span = locate(key_text, claim)
            if span is None:
                problems.append(f"{where}: anchors not found in the reference text")
            elif verbose:
                print(f"{where}: {span[0]}-{span[1]} {claim['kind']} {claim['speaker']}")
        counts[(label.get("lang"), claim.get("kind"))] += 1
    return problems, counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args(argv)
    files = args.files or sorted(LABELS.glob("*.json"))
    problems, counts, langs = [], Counter(), Counter()
    for f in files:
        p, c = check_file(f, args.verbose)
        problems += p
        counts += c
        langs[json.loads(f.read_text(encoding="utf-8")).get("lang")] += 1
    for line in problems:
        print(line)
    print(f"{len(files)} articles ({dict(langs)}), {sum(counts.values())} attributions: "
          + ", ".join(f"{lang}/{kind} {n}" for (lang, kind), n in sorted(counts.items(), key=str)))
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
