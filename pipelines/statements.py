"""One claim per statement: the language-neutral pass after attribution.

The rules find quotations and reported clauses one by one; readers (and every
annotated corpus, see ``bench/claims_real/RULEBOOK.md``) count statements:

* a quotation split by its attribution (``“A,” X said. “B.”``, ``“A,” X said, “B.”``,
  ``“A，”他说，“B。”``) or continued in the next paragraph with no new attribution is
  one ``direct`` claim from the first word of A to the last word of B;
* a quoted fragment inside a reported clause is not a second claim: the clause is one
  ``mixed`` claim (``X said the plan was “a disaster”``); a fragment with no clause
  found (``X called the plan “a disaster”``) grows to the words after the cue;
* a reported clause that holds quoted words is ``mixed`` too.

Claims here still carry the private keys of :func:`attribution_common.make_claim`
(``_pos`` = offset of the attribution's cue).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from pipelines.attribution_common import vocab

OPEN, CLOSE = "\u201c", "\u201d"
#: A sentence end inside the text between two quotations: a stop followed by a space,
#: a capital, an opening mark, or the end.  A gap with two such pieces holding words
#: has narration besides the attribution.
_GAP_STOP = re.compile(r"[.!?。！？](?=\s+[A-Z“\u4e00-\u9fff]|“|\s*$)")
_WORDS = re.compile(r"[^\W_]+")
_MAX_GAP_WORDS = 30
#: Cues whose object is the quoted words themselves ("called the plan “a disaster”").
_NAMING_CUES = frozenset({"called", "calls", "call", "described", "describes", "dubbed", "labelled",
                          "labeled", "branded", "termed", "称之为", "称为", "形容", "比喻"})
_CLAUSE_LEAD = re.compile(r"^[\s,，:：]*(?:that\s+|as\s+)?")
_SENTENCE_END = re.compile(r"[.!?。！？;；](?=\s|$|[”’])|\n\n")


def apply(claims: list[dict[str, Any]], body: str, quotes: list[Any] = ()) -> list[dict[str, Any]]:
    """Claims in body order, one per statement (see the module docstring).  ``quotes``
    (:class:`attribution_common.Quote`) left without a claim are given to the speaker
    of the nearest claim when they stand alone as sentences (:func:`_orphans`)."""
    claims = sorted(claims, key=lambda c: (c["start"], c["end"]))
    claims = sorted(claims + _orphans(claims, body, quotes), key=lambda c: (c["start"], c["end"]))
    claims = _absorb_fragments(claims, body)
    claims = _drop_nested(claims)
    claims = _merge_split_quotes(claims, body)
    for c in claims:
        if c["kind"] == "indirect" and OPEN in c["text"] and CLOSE in c["text"]:
            c["kind"] = "mixed"
    return claims


_TERMINAL = (".", "!", "?", "。", "！", "？", "…")
_MAX_PARA_GAP = 2


def _orphans(claims: list[dict[str, Any]], body: str, quotes: list[Any]) -> list[dict[str, Any]]:
    """Quotations no rule attributed that stand as sentences of their own (at a
    sentence start, ending with a stop) belong to the speaker of the nearest earlier
    claim at most two paragraphs back, else of a claim in the same or next paragraph:
    the "speaker in the previous sentence" layout (``X was asked about Y. “…”``)."""
    out = []
    spans = [(c["start"], c["end"]) for c in claims]
    for q in quotes:
        if any(a <= q.start < b or q.start <= a < q.end for a, b in spans):
            continue
        content = body[q.start:q.end].rstrip()
        words = len(_WORDS.findall(content)) + len(re.findall(r"[\u3400-\u9fff]", content))
        if words < 4 or not content.endswith(_TERMINAL) or not _opens_sentence(body, q.open_at):
            continue
        before = [c for c in claims if c["end"] <= q.start and q.para - c["paragraph"] <= _MAX_PARA_GAP]
        after = [c for c in claims if c["start"] >= q.end and c["paragraph"] - q.para <= 1]
        host = before[-1] if before else (after[0] if after else None)
        if host is None:
            continue
        out.append(dict(host, kind="direct", start=q.start, end=q.end, text=body[q.start:q.end],
                        paragraph=q.para, _ref=host.get("_ref")))
    return out


def _opens_sentence(body: str, at: int) -> bool:
    left = body[max(0, at - 3):at].rstrip(" ")
    return not left or left.endswith(("\n", ".", "!", "?", "。", "！", "？", "”", ":", "：", "…"))


def _same_speaker(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return a["speaker"] == b["speaker"] or (a.get("_pos") is not None and a.get("_pos") == b.get("_pos"))


def _gap_is_attribution(gap: str) -> bool:
    """The text between two quotations holds nothing but one attribution."""
    if len(_WORDS.findall(gap)) > _MAX_GAP_WORDS:
        return False
    pieces = [p for p in _GAP_STOP.split(gap) if _WORDS.search(p)]
    return len(pieces) <= 1


def _merge_split_quotes(claims: list[dict[str, Any]], body: str) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for c in claims:
        prev = out[-1] if out else None
        if prev is not None and prev["kind"] == c["kind"] == "direct" and _same_speaker(prev, c) \
                and prev["end"] <= c["start"] and _continues(prev, c, body):
            prev["end"] = c["end"]
            prev["text"] = body[prev["start"]:prev["end"]]
            prev["speaker_role"] = prev["speaker_role"] or c["speaker_role"]
            prev["speaker_org"] = prev["speaker_org"] or c["speaker_org"]
            if prev["_pos"] < prev["start"] <= c["_pos"]:
                pass  # keep the first attribution as the claim's cue
            continue
        out.append(c)
    return out


def _continues(prev: dict[str, Any], c: dict[str, Any], body: str) -> bool:
    """``c`` is the rest of ``prev``'s statement: its attribution is ``prev``'s or
    stands in the gap between them, and the gap holds nothing else."""
    p1, p2 = prev.get("_pos"), c.get("_pos")
    if p2 is None or p2 > c["start"]:
        return False  # the second quotation has its own attribution after it: a new claim
    in_gap = [p for p in (p1, p2) if p is not None and prev["end"] <= p < c["start"]]
    if p1 != p2 and p2 not in in_gap:
        return False
    gap = body[prev["end"]:c["start"]]
    if _WORDS.search(gap) and not in_gap:
        return False  # words between the two, and none of them the attribution: narration
    return _gap_is_attribution(gap)


def _absorb_fragments(claims: list[dict[str, Any]], body: str) -> list[dict[str, Any]]:
    """Fragments (``partial``) inside a reported clause become that clause, ``mixed``;
    the others grow from their cue to the end of their clause."""
    clauses = [c for c in claims if c["kind"] == "indirect"]
    out = []
    for c in claims:
        if c["kind"] != "partial":
            out.append(c)
            continue
        host = next((h for h in clauses if h["start"] <= c["start"] and c["end"] <= h["end"] + 1), None)
        if host is not None:
            host["kind"] = "mixed"
            continue
        out.append(_grow_fragment(c, body))
    return out


def _drop_nested(claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A quotation inside another claim's span is part of that claim, not a second one."""
    out = []
    for c in claims:
        outer = next((o for o in claims if o is not c and o["start"] <= c["start"] and c["end"] <= o["end"] + 1
                      and (o["end"] - o["start"]) > (c["end"] - c["start"])), None)
        if outer is not None and c["kind"] == "direct":
            if outer["kind"] == "indirect":
                outer["kind"] = "mixed"
            continue
        out.append(c)
    return out


def _grow_fragment(c: dict[str, Any], body: str) -> dict[str, Any]:
    c = dict(c, kind="mixed")
    pos, cue = c.get("_pos"), c.get("cue") or ""
    if pos is None or pos >= c["start"] or body[pos:pos + len(cue)] != cue:
        return c
    between = body[pos + len(cue):c["start"]]
    if "\n\n" in between or _SENTENCE_END.search(between.rstrip(OPEN)):
        # the quotation opens a sentence of its own after the attribution: it is direct
        if _SENTENCE_END.search(between.rstrip(OPEN).rstrip()[-1:] or "x") and \
                body[c["end"] - 1:c["end"]] in (".", "!", "?", "。", "！", "？"):
            c["kind"] = "direct"
        return c
    lead = _CLAUSE_LEAD.match(between)
    start = pos + len(cue) + (lead.end() if lead else 0)
    end = c["end"]
    if cue not in _NAMING_CUES and body[c["end"] - 1:c["end"]] not in (".", "!", "?", "。", "！", "？"):
        stop = _SENTENCE_END.search(body, c["end"] + 1)
        end = stop.start() if stop else len(body)
        end = max(end, c["end"])
    while end > start and body[end - 1] in " ,，" + CLOSE:
        end -= 1
    if body[end:end + 1] == CLOSE:
        end += 1
    c["start"], c["end"], c["text"] = start, end, body[start:end]
    return c


# --- speakers as written --------------------------------------------------------------

#: A transcript speaker tag left in front of a name ("MARTINEZ-BELTRAN: Cantwell").
_TAG_PREFIX = re.compile(r"^(?:[A-Z][A-Z.’'\- ]+|[^\s:：]{1,20}|(?:[A-Z][\w’'.&-]*\s+){1,3}[A-Z][\w’'.&-]*)[:：]\s*")
_RELATIVE = re.compile(r"(?:,\s*|\s+)(?:who|whose|which|where)\b.*$|,\s*(?:speaking|asking|citing)\b.*$")
_FIRST_PERSON = re.compile(r"^(?:i|i’d|i'd|i’m|i'm|we|me|us|my|our)$", re.I)
_TAIL_START = re.compile(r"^(?:[A-Z]|(?:a|an|the|this|that|his|her|its|their|one|two|three|some|many)\s)")
_LEADING_JUNK = re.compile(
    r"^(?:(?:but|and|or|so|yet|then|also|still|now|meanwhile|however|instead|to|for|as|while|when|"
    r"after|before|because|though|although|if|since|with|by|from|in|on|at|of|about|into|over|"
    r"under|honestly|indeed|finally|separately|later|earlier|today|yesterday)\b[,\s]+)+", re.I)
#: A verb inside a "speaker" means the subject search ran into a clause.
_CLAUSE_VERB = re.compile(
    r"\b(?:said|says|say|told|tells|is|are|was|were|has|have|had|will|would|could|should|can|did|does|"
    r"kept|keeps|added|asked|called|noted)\b")
_PRONOUN = re.compile(r"\b(he|she|they|it|we)\b", re.I)


def clean_speaker(spk: dict[str, Any]) -> dict[str, Any] | None:
    """A speaker dict whose name is a name, not a clause fragment: a transcript tag, a
    leading conjunction or preposition and a clause before the real subject are cut
    (``"But Kennedy"`` -> ``"Kennedy"``; ``"X said ... a pattern she"`` -> ``"she"``).
    None when nothing name-like is left."""
    name = spk.get("speaker") or ""
    if re.search(r"[\u3400-\u9fff]", name) or spk.get("ref") == "pronoun":
        return spk
    new = _TAG_PREFIX.sub("", name, count=1) if ":" in name else name
    new = _RELATIVE.sub("", new)
    new = _LEADING_JUNK.sub("", new + " ").strip(" ,")
    verbs = list(_CLAUSE_VERB.finditer(new))
    ref = spk.get("ref")
    if verbs:
        tail = new[verbs[-1].end():].strip(" ,")
        pron = [p for p in _PRONOUN.finditer(tail) if p.end() == len(tail)]
        if pron:
            new, ref = pron[-1].group(1), ("they" if pron[-1].group(1).lower() == "they" else "pronoun")
        elif tail and len(tail.split()) <= 6 and _TAIL_START.match(tail):
            new = _LEADING_JUNK.sub("", tail + " ").strip(" ,")
        else:
            return None
    new = _cut_after_name(new)
    if not new or not re.search(r"\w", new) or _FIRST_PERSON.match(new) or _NO_SPEAKER.match(new):
        return None
    if ref not in ("pronoun", "they") and " " not in new and new[:1].isupper() and new != name:
        ref = "surname"  # "MARTINEZ-BELTRAN: Cantwell" -> "Cantwell", a short form to resolve
    if new == name:
        return spk
    if ref in ("pronoun", "they"):
        return dict(spk, speaker=new.lower() if ref == "they" else new, written=new, ref=ref)
    if ref in ("name", "surname", "org") and new[:1].islower():
        ref = "anon"
    return dict(spk, speaker=new, written=new, ref=ref)


_NO_SPEAKER = re.compile(r"^(?:(?:it’s|it's|that’s|that's|there’s|there's|here’s|here's)\b.*"
                         r"|this|that|these|those|there|here|a|an|the|it)$", re.I)
_NAME_THEN_LOWER = re.compile(r"^((?:[A-Z][\w’'.-]*\s+)*[A-Z][\w’'.-]*)\s+([a-z][\w’'-]*)\b")
_NOT_NAME_HEADS = frozenset("the a an this that these those it it’s it's several another some many most few one "
                            "two three four five other all both each every people analysts officials experts "
                            "traders investors economists critics residents".split())
_NAME_LINKS = frozenset("of at for from with and de da del der van von la le du bin al el y".split())


@lru_cache(maxsize=None)
def _role_words() -> frozenset[str]:
    return frozenset(w for r in vocab("en")["roles"] for w in r.split()) | {"source", "member", "person", "people"}


def _cut_after_name(name: str) -> str:
    """``"Mellor agrees"`` -> ``"Mellor"``, ``"Pitt of his role"`` -> ``"Pitt"``: a name
    followed by a verb or by "of his/her ..." ends at the name."""
    m = _NAME_THEN_LOWER.match(name)
    if m is None:
        return name
    head, word = m.group(1), m.group(2)
    if head.split()[0].lower() in _NOT_NAME_HEADS or len(head.split()) > 3 or "." in head[:-1]:
        return name
    if word.rstrip("s") in _role_words() or word in ("familiar", "close", "who"):
        return name
    if word not in _NAME_LINKS and (word.endswith(("s", "ed")) and not word.endswith("ss")
                                    or word in ("took", "gave", "made", "put", "kept", "went", "told")):
        return head
    if word == "of" and re.match(r"\s*(?:his|her|their|its|the\s+[a-z])", name[m.end():]):
        return head
    return name


def clean_speakers(claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """:func:`clean_speaker` on raw claims (before resolution); claims left with no
    speaker are dropped."""
    out = []
    for c in claims:
        spk = clean_speaker({"speaker": c["speaker"], "ref": c["_ref"]})
        if spk is None:
            continue
        if spk["speaker"] != c["speaker"]:
            c = dict(c, speaker=spk["speaker"], speaker_text=spk["written"], _ref=spk["ref"])
        out.append(c)
    return out


# --- antecedents ----------------------------------------------------------------------

_CAP = r"[A-Z][\w’'.-]*"
_NOT_FIRST = frozenset("The A An In On At As But And Or If So Then This That These Those When While After Before "
                       "Like With From For By Of To Mr Mrs Ms Dr Said Says".split())


def speaker_mentions(claims: list[dict[str, Any]], body: str,
                     titles: frozenset[str] = frozenset()) -> list[tuple[int, dict[str, Any]]]:
    """Every mention in ``body`` of a person who speaks somewhere in the article, as
    ``(position, speaker dict)`` antecedents for pronouns and surnames: the full names
    of named speakers, and the full name a lone surname speaker ("Cantwell") is
    introduced with ("her friend, Travis Cantwell, a plumber")."""
    names = {c["speaker"] for c in claims if c["_ref"] == "name" and " " in c["speaker"]
             and c["speaker"].isascii()}
    surnames = {c["speaker"] for c in claims if c["_ref"] == "surname" and c["speaker"][:1].isupper()
                and " " not in c["speaker"]}
    if surnames:
        for _pos, words in _cap_runs(body):
            for i, w in enumerate(words):
                core = w.rstrip(".,:;")
                if i and core in surnames:
                    first = _given_words(words[max(0, i - 2):i], _not_given() | titles)
                    if first:
                        names.add(" ".join(first) + " " + core)
                        surnames.discard(core)
    out = []
    for name in names:
        k = body.find(name)
        while k >= 0:
            end = k + len(name)
            if (k == 0 or not body[k - 1].isalnum()) and (end >= len(body) or not body[end].isalnum()):
                out.append((k, {"speaker": name, "role": None, "org": None, "ref": "name"}))
            k = body.find(name, end)
    return out


_CAP_RUN = re.compile(r"(?:[A-Z][\w’'.-]*\s+){0,5}[A-Z][\w’'.-]*")


@lru_cache(maxsize=None)
def _not_given() -> frozenset[str]:
    """Capitalized words that open sentences or title people, never a first name."""
    return frozenset(w.lower() for w in vocab("en")["not_names"]) | frozenset(
        "now then here there today still yet also even only just so later earlier instead".split())


def _cap_runs(body: str) -> list[tuple[int, list[str]]]:
    """Runs of capitalized words, ``(offset, words)``, each word without a trailing comma
    or colon kept as the stop :func:`_given_words` looks for."""
    return [(m.start(), m.group(0).split()) for m in _CAP_RUN.finditer(body)]


def fullest_names(claims: list[dict[str, Any]], body: str, *, titles: frozenset[str]) -> None:
    """Each person speaker by the fullest name the article gives it (in place):
    ``"McEnaney"``, ``"Mr Shapps"``, ``"Gov. Inslee"`` -> ``"Ryan McEnaney"``, ``"Grant
    Shapps"``, ``"Jay Inslee"``.  A leading title word (``titles``: roles, honorifics)
    is no part of a name: ``"Detective Alvaro Zabaleta"`` -> ``"Alvaro Zabaleta"``.
    The title dropped from a name goes to ``speaker_role`` when that is empty."""
    cache: dict[str, str] = {}
    runs: list[tuple[int, list[str]]] | None = None
    for c in claims:
        spk = c["speaker"]
        if c.get("_ref") not in ("name", "surname") or not spk or not spk[:1].isupper() \
                or spk.rstrip("s").lower() in _role_words() or len(spk.split()) > 6 \
                or not re.fullmatch(r"[A-Za-z][\w’'.\- ]*", spk):
            continue
        if spk not in cache:
            runs = _cap_runs(body) if runs is None else runs
            cache[spk] = _fullest(spk, runs, titles)
        full = cache[spk]
        if full != spk:
            dropped = spk.split()[0] if spk.split()[0].lower().rstrip(".") in titles else None
            c["speaker"] = full
            if dropped and not c.get("speaker_role"):
                c["speaker_role"] = dropped


def _given_words(words: list[str], titles: frozenset[str]) -> list[str]:
    """The name words right before a surname: back to a title, a sentence word or the
    end of the previous sentence ("Law Firm. Ding" gives nothing)."""
    kept: list[str] = []
    for w in reversed(words):
        if w.lower().rstrip(".") in titles or w in _NOT_FIRST or w.endswith((",", ":", "’s", "'s")) \
                or (w.endswith(".") and len(w) > 2):
            break
        kept.insert(0, w)
    return kept


def _fullest(spk: str, runs: list[tuple[int, list[str]]], titles: frozenset[str]) -> str:
    toks = spk.split()
    titled = [j for j, t in enumerate(toks[:-1]) if t.lower().rstrip(".") in titles]
    if titled:  # "Miami-Dade Police Detective Alvaro Zabaleta": the name follows the last title
        toks = toks[titled[-1] + 1:]
    last = toks[-1]
    if len(toks) > 2 or not last[:1].isupper():
        return " ".join(toks)
    best = " ".join(toks)
    for _pos, words in runs:
        for i, w in enumerate(words):
            if not i or w.rstrip(".,:;’'s") != last and w != last:
                continue
            if w != last and w.rstrip(",.:;") != last:
                continue
            kept = _given_words(words[max(0, i - 3):i], titles)
            if not kept or (len(toks) == 2 and kept[-1] != toks[0] and len(kept) < 2):
                continue
            cand = " ".join(kept + [last])
            if len(cand.split()) > len(best.split()) and len(cand.split()) <= 4:
                best = cand
    if len(best.split()) == 1 and len(spk.split()) == 2:
        return spk  # "Mrs. Okafor" with no first name anywhere: the honorific stays (rule book)
    return best
