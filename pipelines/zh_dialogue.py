"""Two-person dialogue told by its address terms alone.

Features open scenes with an exchange of quoted paragraphs and no cue at all, each line
addressing the other speaker (``“妈妈，……？”`` / ``“宝贝，……。”``).  Who says a line is
whom the reply addresses; for the last line, whom the line before it addressed.  Only a
run of two or more such paragraphs counts, each a quotation from end to end with no claim
on it yet, and the speaker comes from an address term (a kinship term, a title), never
from a guess.
"""

from __future__ import annotations

import re
from typing import Any

from pipelines.attribution_common import make_claim

#: An address term opening a quoted line: kinship terms and everyday titles.
_ADDRESS = re.compile(r"^[“「]((?:妈妈|爸爸|妈|爸|孩子|宝贝|儿子|女儿|爷爷|奶奶|外婆|外公|姥姥|姥爷|哥哥|姐姐|弟弟|妹妹|"
                      r"老公|老婆|老伴|叔叔|阿姨|伯伯|大夫|医生|老师|师傅|同学们|孩子们|乡亲们|同志们))[，,！!]")
_WHOLE = re.compile(r"^[“「][^“”「」]+[”」]?$")


def dialogue_claims(claims: list[dict[str, Any]], offsets: list[int], body: str) -> None:
    """Append a direct claim for each line of an unattributed exchange (in place)."""
    covered = [(c["start"], c["end"]) for c in claims]
    run: list[tuple[int, int, int, str]] = []
    for j, start in enumerate(offsets + [len(body)]):
        raw = body[start:offsets[j + 1]] if j + 1 < len(offsets) else body[start:]
        text = raw.strip()
        m = _ADDRESS.match(text) if j < len(offsets) and _WHOLE.match(text) else None
        a = start + raw.find(text) if text else start
        if m and not any(s < a + len(text) and a < e for s, e in covered):
            run.append((j, a, a + len(text), m.group(1)))
            continue
        if len(run) >= 2:
            _speak(run, claims, body)
        run = []


#: Pet names: an address term that says nothing of who the person is (``宝贝``, not ``孩子``).
_ENDEARMENTS = frozenset({"宝贝"})


def _speak(run: list[tuple[int, int, int, str]], claims: list[dict[str, Any]], body: str) -> None:
    """Who says each line: whom the reply addresses.  In an exchange that alternates (every
    other line addresses the same party), a party called by a pet name in one line and by a
    kinship term in another (``宝贝`` / ``孩子``) is the kinship term throughout."""
    terms = [t for _j, _a, _b, t in run]
    for i, (j, a, b, _addressed) in enumerate(run):
        speaker = terms[i + 1] if i + 1 < len(run) else terms[i - 1]
        if speaker == terms[i]:
            continue  # both lines address the same person: no exchange
        if speaker in _ENDEARMENTS:
            party = set(terms[(i + 1) % 2::2])  # how the lines of the other parity address this speaker
            alternates = len(party) <= 2 and not party & set(terms[i % 2::2])
            speaker = next((t for t in party if t not in _ENDEARMENTS), speaker) if alternates else speaker
        start, end = a + 1, b - (body[b - 1] in "”」")
        claims.append(make_claim("direct", {"speaker": speaker, "ref": "anon", "pos": a}, "", start, end, j, body))
