"""One claim per statement: the language-neutral pass after attribution.

The rules find quotations and reported clauses one by one; readers (and every
annotated corpus, see ``bench/claims_real/RULEBOOK.md``) count statements:

* a quotation split by its attribution (``“A,” X said. “B.”``, ``“A,” X said, “B.”``,
  ``“A，”他说，“B。”``) or continued in the next paragraph with no new attribution is
  one ``direct`` claim from the first word of A to the last word of B;
* a quoted fragment inside a reported clause is not a second claim: the clause is one
  ``mixed`` claim (``X said the plan was “a disaster”``); a fragment with no clause
  found (``X called the plan “a disaster”``) grows to the words after the cue;
* a reported clause that holds quoted words is ``mixed`` too, and so is a Chinese clause
  whose sentence a quotation closes after a comma (``某某表示，A，“B”。``).

Claims here still carry the private keys of :func:`attribution_common.make_claim`
(``_pos`` = offset of the attribution's cue).
"""

from __future__ import annotations

import re
from typing import Any


OPEN, CLOSE = "\u201c", "\u201d"
#: A sentence end inside the text between two quotations: a stop followed by a space,
#: a capital, an opening mark, or the end; a Chinese stop also right before the next
#: sentence (``……歌词。新专辑中……``); a middle initial (``Ada K. Lovell``) is none.  A gap with
#: two such pieces holding words has narration besides the attribution.
_GAP_STOP = re.compile(r"(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bMrs)(?<!\bGov)(?<!\bSen)(?<!\bRep)(?<!\b[A-Z])"
                       r"(?:[.!?。！？](?=\s+[A-Z“\u4e00-\u9fff]|“|\s*$)|[。！？](?=[\u4e00-\u9fff]))")
_WORDS = re.compile(r"[^\W_]+")
_MAX_GAP_WORDS = 30
_MAX_GAP_WORDS_EN = 50
#: Cues whose object is the quoted words themselves ("called the plan “a disaster”").
NAMING_CUES = frozenset({"called", "calls", "call", "described", "describes", "dubbed", "dubs", "nicknamed", "labelled",
                          "labeled", "branded", "termed", "称之为", "称为", "形容", "比喻", "誉为", "称作",
                          "称赞为", "赞为", "赞誉为", "评为", "形容为", "喻为", "比喻为", "比作"})
_CLAUSE_LEAD = re.compile(r"^[\s,，:：]*(?:that\s+|as\s+)?")
_SENTENCE_END = re.compile(r"[.!?。！？;；](?=\s|$|[”’])|\n\n")


def apply(claims: list[dict[str, Any]], body: str, quotes: list[Any] = (), *,
          english: bool = False) -> list[dict[str, Any]]:
    """Claims in body order, one per statement (see the module docstring).  ``quotes``
    (:class:`attribution_common.Quote`) left without a claim are given to the speaker
    of the nearest claim when they stand alone as sentences (:func:`_orphans`);
    ``english`` (conventions checked on English news only): an orphan given so is itself
    the nearest claim of the next one, and a reported clause that is one whole quotation
    (``X comments that “...”;``) is direct."""
    claims = sorted(claims, key=lambda c: (c["start"], c["end"]))
    claims = sorted(claims + _orphans(claims, body, quotes, english), key=lambda c: (c["start"], c["end"]))
    claims = _absorb_fragments(claims, body)
    claims = _drop_nested(claims)
    claims = _merge_split_quotes(claims, body, english)
    claims = _merge_clause_quotes(claims, body)
    for c in claims:
        if c["kind"] == "indirect" and OPEN in c["text"] and CLOSE in c["text"] \
                and not (english and _only_names_quoted(c["text"])):
            c["kind"] = "mixed"
        if english and c["kind"] == "mixed" and c["cue"] not in NAMING_CUES:
            _whole_quotation(c, body)
    return claims


_QUOTED = re.compile("(\\S*\\s*\\S*\\s*)\u201c([^\u201c\u201d]*)\u201d")
#: A quoted name or title: after a naming word, or every word capitalized but small ones.
_NAMING_BEFORE = re.compile(r"(?i)(?:dubbed|called|named|titled|entitled|nicknamed|so-called|known as|"
                            r"(?:idea|concept|notion) of|the (?:term|word|phrase))\s*$")  # ("the notion of “slow money”")
_TITLE_CASE = re.compile(r"[A-Z0-9][\w’'.:-]*(?:\s+(?:[A-Z0-9][\w’'.:-]*|of|the|a|an|and|for|in|on|to|at|with)),?"
                         r"(?:\s+(?:[A-Z0-9][\w’'.:-]*|of|the|a|an|and|for|in|on|to|at|with))*[.,!?]?|[A-Z][\w’'-]*[.,!?]?")


def _only_names_quoted(text: str) -> bool:
    """English: every quotation in a reported clause is a name or a title (``a malware
    dubbed “Agent Smith,”``, ``should have gone to “Fleabag.”``): quoted terms are no
    speech (the rule book), so the clause stays ``indirect``."""
    pieces = _QUOTED.findall(text)
    return bool(pieces) and all(_NAMING_BEFORE.search(b) or (b.strip() and _TITLE_CASE.fullmatch(q.strip()))
                                for b, q in pieces)  # (opening the clause, a capital says nothing)


def _whole_quotation(c: dict[str, Any], body: str) -> None:
    """A clause that is one quotation and nothing else is direct: the words inside the marks."""
    t = c["text"].rstrip(" .,;:")
    if t.startswith(OPEN) and t.endswith(CLOSE) and t.count(OPEN) == 1 and t.count(CLOSE) == 1 \
            and len(_WORDS.findall(t)) >= 3:
        c["kind"], c["start"] = "direct", c["start"] + 1
        c["end"] = c["start"] + len(t) - 2
        c["text"] = body[c["start"]:c["end"]]


_TERMINAL = (".", "!", "?", "。", "！", "？", "…")
_MAX_PARA_GAP = 2


def _orphans(claims: list[dict[str, Any]], body: str, quotes: list[Any], chain: bool = False) -> list[dict[str, Any]]:
    """Quotations no rule attributed that stand as sentences of their own (at a
    sentence start, ending with a stop) belong to the speaker of the nearest earlier
    claim at most two paragraphs back, else of a claim in the same or next paragraph:
    the "speaker in the previous sentence" layout (``X was asked about Y. “…”``).
    With ``chain``, paragraph after paragraph of such quotations (``“A.”`` / ``“B.”`` /
    ``“C.”``, each closed, none attributed) all continue the first one's speaker."""
    out: list[dict[str, Any]] = []
    spans = [(c["start"], c["end"]) for c in claims]
    for q in quotes:
        if any(a <= q.start < b or q.start <= a < q.end for a, b in spans):
            continue
        content = body[q.start:q.end].rstrip()
        words = len(_WORDS.findall(content)) + len(re.findall(r"[\u3400-\u9fff]", content))
        if words < 4 or not (content.endswith(_TERMINAL) or chain and _ENDS_AFTER.match(body, q.end)) \
                or not _opens_sentence(body, q.open_at):
            continue
        if not chain and _OWN_SAY.search(body, max(0, q.open_at - 3), q.open_at):
            continue  # Chinese 某某道：“……”: introduced by a saying verb of its own no rule read
        if chain and _repeated(body, content, q):
            continue  # a pull quote: the words come again where the speaker says them
        before = [c for c in claims + (out if chain else []) if c["end"] <= q.start
                  and q.para - c["paragraph"] <= _MAX_PARA_GAP]
        if chain:
            before.sort(key=lambda c: c["end"])
        after = [c for c in claims if c["start"] >= q.end and c["paragraph"] - q.para <= 1]
        host = before[-1] if before else (after[0] if after else None)
        if host is None:
            continue
        out.append(dict(host, kind="direct", start=q.start, end=q.end, text=body[q.start:q.end],
                        paragraph=q.para, _ref=host.get("_ref")))
    return out


#: After an English quotation without a stop of its own, what ends its sentence: a stop after the mark
#: (``“...”.``), the paragraph's end, or a dash before an aside (``“...” — something he ...``).
_ENDS_AFTER = re.compile(r"[”’]*(?:[.!?]|\s+—\s|\s*\n|\s*$)")

#: A saying verb and a colon right before a Chinese quotation (also 写着： of a written text,
#: 唱： of the words of a song).
_OWN_SAY = re.compile(r"(?:[道说曰问答言载云讲唱]|写着)[：:]\s*$")


def _opens_sentence(body: str, at: int) -> bool:
    left = body[max(0, at - 3):at].rstrip(" ")
    if re.search(r"(?:titled|entitled|headlined):\s*$", body[max(0, at - 14):at]):
        return False  # "a paper titled: “...”": a title, not a sentence
    return not left or left.endswith(("\n", ".", "!", "?", "。", "！", "？", "”", ":", "：", "…"))


def _same_speaker(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return a["speaker"] == b["speaker"] or (a.get("_pos") is not None and a.get("_pos") == b.get("_pos"))


def _gap_is_attribution(gap: str, max_words: int = _MAX_GAP_WORDS) -> bool:
    """The text between two quotations holds nothing but one attribution."""
    if len(_WORDS.findall(gap)) > max_words:
        return False
    pieces = [p for p in _GAP_STOP.split(gap) if _WORDS.search(p)]
    return len(pieces) <= 1


def _merge_split_quotes(claims: list[dict[str, Any]], body: str, english: bool = False) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for c in claims:
        prev = out[-1] if out else None
        if prev is not None and (prev["kind"] == c["kind"] == "direct" or english and _quote_ended(prev) and c["kind"] == "direct") \
                and _same_speaker(prev, c) \
                and prev["end"] <= c["start"] and _continues(prev, c, body, english) \
                and not (_new_attribution(prev, c, body) if english else _own_cues(prev, c)):
            prev["end"] = c["end"]
            prev["text"] = body[prev["start"]:prev["end"]]
            prev["speaker_role"] = prev["speaker_role"] or c["speaker_role"]
            prev["speaker_org"] = prev["speaker_org"] or c["speaker_org"]
            if prev["_pos"] < prev["start"] <= c["_pos"]:
                pass  # keep the first attribution as the claim's cue
            continue
        out.append(c)
    return out


def _quote_ended(c: dict[str, Any]) -> bool:
    """A mixed claim whose clause ends in its quotation ("... worse than “idle chatter,”"): the
    quotation after its attribution goes on with it (``<A “q,”> X said. “B.”`` is one statement)."""
    return c["kind"] in ("indirect", "mixed") and OPEN in c["text"] and c["text"].rstrip(" .,!?").endswith(CLOSE)


#: Between a Chinese reported clause and a quotation that closes its sentence: a comma only.
_CLAUSE_QUOTE_GAP = re.compile(r"\s*，\s*\u201c\s*")


def _merge_clause_quotes(claims: list[dict[str, Any]], body: str) -> list[dict[str, Any]]:
    """``某某表示，A，“B”。``: the quotation after a comma carries the reported clause on
    to the end of its sentence, so clause and quotation are one ``mixed`` claim (the
    rule book: a quoted part of a reported clause is not a second claim).  After a
    stop (``A。“B”``) the quotation is a sentence of its own and stays ``direct``."""
    out: list[dict[str, Any]] = []
    for c in claims:
        prev = out[-1] if out else None
        if prev is not None and prev["kind"] in ("indirect", "mixed") and c["kind"] == "direct" \
                and _same_speaker(prev, c) and _CLAUSE_QUOTE_GAP.fullmatch(body[prev["end"]:c["start"]]):
            prev["end"] = c["end"]
            prev["text"] = body[prev["start"]:prev["end"]]
            prev["kind"] = "mixed"
            continue
        out.append(c)
    return out


def _own_cues(prev: dict[str, Any], c: dict[str, Any]) -> bool:
    """Each quotation has a cue of its own, the first one's before it (``某某说：“A。”
    他在专栏里写道：“B。”``): a new cue introduces a new statement."""
    p1, p2 = prev.get("_pos"), c.get("_pos")
    return p1 is not None and p2 is not None and p1 < prev["start"] and p1 != p2


def _new_attribution(prev: dict[str, Any], c: dict[str, Any], body: str) -> bool:
    """The second quotation has a cue of its own before it while the first one's stands
    before the first (``X said, “A.” He went on to add, “B.”``), or a paragraph opening
    with narration and its own attribution comes between (``”\n\nThe court also found
    ..., noting that “``): a new statement, not one split by its attribution."""
    gap = body[prev["end"]:c["start"]]
    k = gap.rfind("\n\n")
    p1, p2 = prev.get("_pos"), c.get("_pos")
    own = p1 is not None and p2 is not None and p1 < prev["start"] and p1 != p2
    return own or (k >= 0 and bool(_WORDS.search(gap[k:])))


def _continues(prev: dict[str, Any], c: dict[str, Any], body: str, english: bool = False) -> bool:
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
    # (English: "said Dr. X, a surgeon at Y, who took a post at Z when ...": one
    # long inverted attribution with its appositions)
    return _gap_is_attribution(gap, _MAX_GAP_WORDS_EN if english else _MAX_GAP_WORDS)


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
        if host is None:  # 某某坦承，A，“B。”他说: the quotation closing the clause's sentence
            host = next((h for h in clauses if _CLAUSE_QUOTE_GAP.fullmatch(body[h["end"]:c["start"]])
                         and _same_speaker(h, c)), None)
            if host is not None:
                host["end"], host["text"] = c["end"], body[host["start"]:c["end"]]
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
    if cue not in NAMING_CUES and body[c["end"] - 1:c["end"]] not in (".", "!", "?", "。", "！", "？"):
        stop = _SENTENCE_END.search(body, c["end"] + 1)
        end = stop.start() if stop else len(body)
        end = max(end, c["end"])
    while end > start and body[end - 1] in " ,，" + CLOSE:
        end -= 1
    if body[end:end + 1] == CLOSE:
        end += 1
    c["start"], c["end"], c["text"] = start, end, body[start:end]
    return c


def _repeated(body: str, content: str, q: Any) -> bool:
    """The opening words of a quotation occur again later in the article (a teaser before
    the place where the speaker says them; a quotation repeated later is kept)."""
    head = content[:40]
    return len(head) >= 30 and body.find(head, q.end) >= 0
