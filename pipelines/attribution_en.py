"""English attribution rules for :mod:`pipelines.claims`: the paragraph walk.

Words and sentences: :mod:`pipelines.en_words`; speakers: :mod:`pipelines.en_speakers`;
one sentence's attribution: :mod:`pipelines.en_clauses`.

The narrative of each paragraph is read with quotation contents masked, so a cue
verb inside a quotation never attributes anything.  Patterns handled (cue = a verb
from ``pipelines/data/attribution.toml``):

* direct, attribution before: ``X said, “...”``, ``X said: “...”``, ``X said on Weibo
  that “...”.`` (the quotation runs to the end of the sentence), a paragraph ending in
  ``X said:`` followed by a quoted paragraph;
* direct, attribution after: ``“...,” X said.``, ``“...,” said X, role at Org.``,
  ``“...” X told the reporter.``, ``“...” X revealed to the reporter that <clause>.``
  (a direct claim plus an indirect one);
* a quoted paragraph right after a paragraph quoting someone continues that speaker;
* partial: a quotation of three words or more inside an attributed sentence
  (``X proposed “...” in a meeting``, ``X said it was “...”``);
* indirect: ``X said (that) <clause>``, ``X told Reuters <clause>``, ``according to X,
  <clause>``, ``<clause>, according to X``, ``<clause>, X said.``, ``in the view of X,
  <clause>``, ``in X’s view, <clause>``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from pipelines import en_reading
from pipelines.attribution_common import OPEN, Quote, make_claim, mask_paragraph
from pipelines.en_clauses import (  # noqa: F401 - re-exported: the English rules' public face
    QUOTE_THEN_VERB, _TITLE_BEFORE, _negated, attribute_sentence, bare_left, clause_after, clause_end, front_clause_end,
    subject_before)
from pipelines.en_narrative import narrative_mentions
from pipelines.en_speakers import (  # noqa: F401 - re-exported
    _is_namey, _org_role_name, _split_role_org, classify_name, parse_subject, title_words)
from pipelines.statements import NAMING_CUES
from pipelines.en_words import _ABBREV, _ABBREV_ENDING, _CAP_TOKEN, _v, sentences  # noqa: F401 - re-exported

def _l_attribution(left: str) -> tuple[dict[str, Any], str, int, bool] | None:
    """Attribution standing before a quotation: ``X said, `` / ``X said on Weibo that ``.

    Returns ``(speaker, cue, cue offset in left, ends_with_that)``.
    """
    v = _v()
    stripped = left.rstrip()
    if not stripped:
        return None
    stripped = _TIME_AFTER_CUE.sub("", stripped)  # "X asked last week “...?”": the time is no complement
    if stripped.endswith(";") and any(h.end() == len(stripped) - 1 for h in v["cue_rx"].finditer(stripped)):
        stripped = stripped[:-1] + ":"  # "he added; “...”": a semicolon for the colon
    ends_that = bool(re.search(r"(?<![\w’])that$", stripped))
    if not (stripped[-1] in ",:" or ends_that):
        hits = list(v["cue_rx"].finditer(stripped))
        if not hits or hits[-1].end() != len(stripped):
            return None
        # "proposed “...” in a meeting": a bare cue is direct only if the quote ends the sentence
        ends_that = True
    hits = list(v["cue_rx"].finditer(stripped))
    if not hits:
        return None
    m = hits[-1]
    if m.group(1) in v["partial_only"] and m.end() == len(stripped):
        return None  # "cubes that he calls “...”": the quotation is a name, not a statement
    comp = stripped[m.end():].rstrip(",:").strip()
    if ends_that:
        comp = comp[:-4].strip()
    if len(comp.split()) > 12 or re.search(r"[.!?]\s", comp):
        return None
    before = stripped[:m.start()]
    if _negated(before):
        return None
    subj = subject_before(before, m.group(1))
    spk = parse_subject(subj, m.start())
    if spk is None:
        return None
    return spk, m.group(1), m.start(), ends_that


_TIME_AFTER_CUE = re.compile(r"(?<=[a-z])\s+(?:(?:last|this)\s+(?:week|month|year|night)|(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|"
                             r"Fri|Satur|Sun)day|yesterday|today|earlier|later)$")
_WHO_IS = re.compile(r"^((?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'.-]*)\s+who\s+(?:is|was)\s+(?:the\s+)?(?=[A-Za-z])")


def _r_attribution(right: str) -> tuple[dict[str, Any], str, int, int | None] | None:
    """Attribution standing after a quotation: ``, X said.`` / ``, said X, role.`` /
    ``X told the reporter that <clause>``.  Returns ``(speaker, cue, cue offset,
    clause offset or None)`` in ``right``."""
    v = _v()
    m = re.match(r"^\s*,?\s*", right)
    lead = m.end() if m else 0
    r = right[lead:]
    mi = v["inverted_rx"].match(r)
    if mi:
        subj = mi.group(2)
        if subj.split()[-1].lower() in _ABBREV_ENDING and r.rstrip().endswith("."):
            subj += "."  # the stop of "Redfern & Co." is the name's, and the sentence's
        subj = re.split(r",\s+(?:in|on|during|according|speaking|adding|who|when)\b", subj)[0]
        # "said Dana Whitcomb who is Marlow County Roads Director": an apposition
        subj = _WHO_IS.sub(r"\1, ", subj)
        spk = parse_subject(subj, lead + mi.start(2))
        if spk is None and re.search(r"\s(?:who|whose|which|that)\s", subj):
            # "said X, a neuroscientist at Y who has studied ...": the relative clause is no part
            subj = re.split(r"\s+(?:who|whose|which|that)\s", subj)[0]
            spk = parse_subject(subj, lead + mi.start(2))
        if spk is None and subj.count(",") >= 2:
            # a long apposition after the name: the name and its first apposition suffice
            spk = parse_subject(",".join(subj.split(",")[:2]), lead + mi.start(2))
        spk = spk or parse_subject(en_reading.first_apposition(subj) or "", lead + mi.start(2))
        if spk:
            return spk, mi.group(1), lead, None
    hits = list(v["cue_rx"].finditer(r))
    for h in hits:
        subj = r[:h.start()]
        if not subj.strip() or OPEN in subj or len(subj.split()) > 24:
            return None
        if _negated(subj):
            return None
        subj = subject_before(subj, h.group(1))
        spk = parse_subject(subj, lead)
        if spk is None:
            return None
        k = clause_after(h.group(1), r[h.end():])
        clause = None
        if k is not None and re.match(r"(?<![\w’])that\s", r[h.end():][max(0, k - 5):k] + " "):
            clause = lead + h.end() + k
        elif k is not None and h.group(1) not in ("said", "says", "told", "added"):
            clause = None
        return spk, h.group(1), lead + h.start(), clause
    return None


# --- the paragraph walk ------------------------------------------------------------

#: A wire dateline opening a paragraph: ``WASHINGTON, March 4 (Reuters) - ``,
#: ``BANGKOK, Oct 16 - ``, ``HONG KONG (Reuters) — ``.  A place in capitals, an optional
#: date and agency, a dash.
_DATELINE = re.compile(r"[A-Z][A-Z.’-]+(?:[ /][A-Z][A-Z.’-]+)*(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
                       r"(?:\s+\([A-Z][\w .&-]*\))?\s+[-\u2013\u2014]{1,2}\s+")

@dataclass
class _Walk:
    """The paragraph walk's state: the article, the masked paragraphs so far, the claims
    found and the last direct quotation's speaker (for quotations that continue it)."""

    blocks: list[dict[str, str]]
    offsets: list[int]
    body: str
    by_para: dict[int, list[Quote]]
    masks: dict[int, str] = field(default_factory=dict)
    claims: list[dict[str, Any]] = field(default_factory=list)
    last_direct: dict[str, Any] | None = None
    last_direct_para: int = -2

    def masked(self, j: int) -> str:
        if j not in self.masks:
            return mask_paragraph(self.blocks[j]["text"], self.offsets[j], self.by_para.get(j, []), j)
        return self.masks[j]


@dataclass
class _Around:
    """A quotation's surroundings in its paragraph (local offsets, masked text)."""

    o: int                  # the opening mark
    l0: int                 # where the text before it starts (sentence start or previous quotation)
    left: str               # narrative before the quotation, in its sentence
    s0: int = 0             # the sentence start
    right_soft: str = ""    # narrative after the closing mark, to the next quotation or sentence end
    right_hard: str = ""    # narrative after the closing mark, to the hard sentence end
    r0: int = 0             # absolute offset of right_*
    ends_sentence: bool = False


def extract(blocks: list[dict[str, str]], offsets: list[int], quotes: list[Quote],
            body: str) -> tuple[list[dict[str, Any]], list[tuple[int, dict[str, Any]]], list[tuple[int, dict[str, Any]]]]:
    """Claims of an English article, before resolution, plus the narrative's person and
    organization mentions used as antecedents: ``(claims, persons, orgs)``."""
    by_para: dict[int, list[Quote]] = {}
    for q in quotes:
        for p, _s, _e in q.pieces:
            by_para.setdefault(p, []).append(q)
    walk = _Walk(blocks, offsets, body, by_para)
    for i, block in enumerate(blocks):
        if block.get("kind") == "paragraph":
            _paragraph(walk, i)
    persons: list[tuple[int, dict[str, Any]]] = []
    orgs: list[tuple[int, dict[str, Any]]] = []
    # antecedents from the narrative are only needed when something refers back
    if any(c["_ref"] in ("pronoun", "orgref", "surname", "they", "ref")
           or c["speaker"].rsplit(" ", 1)[-1] in ("he", "she") for c in walk.claims):  # ("of what he")
        for i, masked in walk.masks.items():
            narrative_mentions(masked, offsets[i], persons, orgs)
    return walk.claims, persons, orgs


def _paragraph(walk: _Walk, i: int) -> None:
    """The claims of paragraph ``i``: its quotations, then reported speech, one
    attribution per sentence."""
    text, base = walk.blocks[i]["text"], walk.offsets[i]
    masked = mask_paragraph(text, base, walk.by_para.get(i, []), i)
    d = _DATELINE.match(masked)
    if d:
        # the dateline is no part of any sentence: blank it so that no subject, clause
        # or antecedent starts in it ("WASHINGTON, March 4 (Reuters) - X said")
        masked = " " * d.end() + masked[d.end():]
    walk.masks[i] = masked
    spans, hard = sentences(text, masked)
    consumed: set[int] = set()
    opened_here = [q for q in walk.by_para.get(i, []) if q.para == i]
    for qi, q in enumerate(opened_here):
        around = _around(walk, i, q, opened_here[:qi], spans, hard)
        _quotation(walk, i, q, around, spans, consumed)
    for a, b in spans:
        att = attribute_sentence(masked, a, b, consumed)
        if not att or att["clause"] is None:
            continue
        cs, ce = att["clause"]
        if ce - cs < 3:
            continue
        spk = dict(att["speaker"], pos=base + att["cue_at"])
        walk.claims.append(make_claim("indirect", spk, att["cue"], base + cs, base + ce, i, walk.body))


def _around(walk: _Walk, i: int, q: Quote, earlier: list[Quote], spans: list[tuple[int, int]],
            hard: set[int]) -> _Around:
    base, masked = walk.offsets[i], walk.masks[i]
    o = q.open_at - base
    ss = max(a for a, _b in spans if a <= o)
    prev_close = max((p.close_at - base for p in earlier if p.close_at is not None and p.last_para == i),
                     default=-1)
    l0 = max(ss, prev_close + 1)
    content = walk.body[q.start:q.end].rstrip().rstrip("’')]")  # (“... ‘we offset.’”)
    out = _Around(o=o, l0=l0, s0=ss, left=masked[l0:o], ends_sentence=content[-1:] in ".!?" if content else False)
    if q.close_at is not None:
        j = q.last_para
        mj = masked if j == i else walk.masked(j)
        c = q.close_at - walk.offsets[j]
        jspans, jhard = (spans, hard) if j == i else sentences(walk.blocks[j]["text"], mj)
        hard_end = min((h for h in jhard if h > c), default=len(mj))
        soft_end = min((b for _a, b in jspans if b > c), default=len(mj))
        nxt = mj.find(OPEN, c + 1)
        out.right_hard = mj[c + 1:hard_end]
        out.right_soft = mj[c + 1:min(soft_end, nxt) if nxt >= 0 else soft_end]
        out.r0 = walk.offsets[j] + c + 1
    return out


def _quotation(walk: _Walk, i: int, q: Quote, ar: _Around, spans: list[tuple[int, int]],
               consumed: set[int]) -> None:
    """The claim of one quotation opened in paragraph ``i``, if anyone says it."""
    if _TITLE_BEFORE.search(ar.left):
        return  # a quoted title: “...” after "a report titled" is no claim, whoever wrote it
    found = _attribution_beside(walk, i, q, ar, consumed) or _attribution_before(walk, i, ar)
    kind = "direct"
    if found is None and ar.left.strip():
        found, kind = _embedded(walk, i, q, ar, spans)
    if found is None:
        return
    spk, cue = found
    start = q.start
    if kind == "direct" and ar.s0 < ar.l0 and en_reading.split_by_insert(walk.blocks[i]["text"], walk.masks[i], ar.s0, ar.l0, ar.o, _v()["cue_rx"]):
        start = walk.offsets[i] + walk.masks[i].index(OPEN, ar.s0) + 1  # “A,” which is ..., “B,” X said: one statement
    walk.claims.append(make_claim(kind, spk, cue, start, q.end, q.para, walk.body))
    if kind == "direct":
        walk.last_direct = {"speaker": spk, "cue": cue, "end": q.end}
        walk.last_direct_para = q.last_para


def _attribution_beside(walk: _Walk, i: int, q: Quote, ar: _Around,
                        consumed: set[int]) -> tuple[dict[str, Any], str] | None:
    """``X said, “...”`` before the quotation, or ``“...,” X said`` after it (with a
    reported clause after the cue: ``“...” X told the reporter that <clause>``)."""
    base = walk.offsets[i]
    la = _l_attribution(ar.left) if ar.left.strip() else None
    l0 = ar.l0
    if la is None and ar.s0 < ar.l0 and re.search(r"\w+ing[:,]?\s*$", ar.left):
        # "X warned against a “...” approach, adding: “...”": the subject is before the fragment
        la, l0 = _l_attribution(walk.masks[i][ar.s0:ar.o]), ar.s0
    if la:
        s_, cue_, at, ends_that = la
        if not ends_that or ar.right_soft.strip() in ("", ".", "!", "?") or ar.right_soft.lstrip()[:1] == ";":
            consumed.add(l0 + at)
            return dict(s_, pos=base + l0 + at), cue_
    if not (bare_left(ar.left) or en_reading.split_by_insert(walk.blocks[i]["text"], walk.masks[i], ar.s0, ar.l0, ar.o, _v()["cue_rx"])) \
            or q.close_at is None or QUOTE_THEN_VERB.match(walk.masks[i][ar.o:]):
        return None  # ("“Hydrate” was his word, X said": a clause holding a quotation, see en_clauses)
    ra = _r_attribution(ar.right_hard)
    if not ra or (walk.last_direct is not None and walk.last_direct_para == i and ar.o > 0
                  and en_reading.new_sentence_reports_other(walk.body[q.start:q.end], ar.right_hard, ra[3] is not None
                                                            or clause_after(ra[1], ar.right_hard[ra[2] + len(ra[1]):]) is not None)):
        return None
    s_, cue, at, clause_at = ra
    spk = dict(s_, pos=ar.r0 + at)
    j = q.last_para
    if j == i:
        consumed.add(ar.r0 - base + at)
    if clause_at is not None:
        mj = walk.masks[i] if j == i else walk.masked(j)
        cs = ar.r0 + clause_at - walk.offsets[j]
        ce = clause_end(mj, cs, ar.r0 - walk.offsets[j] + len(ar.right_hard), mj)
        walk.claims.append(make_claim("indirect", spk, cue, walk.offsets[j] + cs, walk.offsets[j] + ce, j, walk.body))
    return spk, cue


def _attribution_before(walk: _Walk, i: int, ar: _Around) -> tuple[dict[str, Any], str] | None:
    """A quotation opening its paragraph after one ending ``X said:``, or one that goes
    on from the last direct quotation (same or previous paragraph, nothing after it)."""
    if ar.left.strip():
        return None
    goes_on = ar.ends_sentence and not ar.right_soft.strip(" .,") and walk.last_direct is not None
    if ar.o == 0:
        prev = i - 1
        if prev >= 0 and walk.blocks[prev].get("kind") == "paragraph" and prev in walk.masks:
            if walk.masks[prev].rstrip().endswith(":"):
                pspans, _h = sentences(walk.blocks[prev]["text"], walk.masks[prev])
                ps = pspans[-1][0]
                la = _l_attribution(walk.masks[prev][ps:])
                if la:
                    return dict(la[0], pos=walk.offsets[prev] + ps + la[2]), la[1]
            if goes_on and walk.last_direct_para == prev:
                return walk.last_direct["speaker"], walk.last_direct["cue"]  # type: ignore[index]
    if goes_on and walk.last_direct_para == i and not en_reading.attributed_between(
            walk.masks[i], walk.last_direct["end"] - walk.offsets[i], ar.o):  # type: ignore[index]
        return walk.last_direct["speaker"], walk.last_direct["cue"]  # type: ignore[index]
    return None


def _embedded(walk: _Walk, i: int, q: Quote, ar: _Around,
              spans: list[tuple[int, int]]) -> tuple[tuple[dict[str, Any], str] | None, str]:
    """A quotation inside an attributed sentence: ``partial`` (three words or more), or
    ``direct`` when it ends the sentence after ``X said,``."""
    a_, b_ = next((a, b) for a, b in spans if a <= ar.o < b)
    att = attribute_sentence(walk.masks[i], a_, b_, set())
    if not att or not (att["cue_at"] < ar.o or att["cue"] == "according to"):
        return None, "direct"
    sub = front_clause_end(walk.masks[i], a_, att["cue_at"], b_)  # ("When X wrote a post, she got replies like “...”")
    if (sub is not None and sub < ar.o) or att["cue"] in NAMING_CUES and _v()["cue_rx"].search(
            walk.masks[i], att["cue_at"] + len(att["cue"]), ar.o):
        return None, "direct"  # "Asked why she called it X, Ada told “Show Name” host ...": not the name
    if ar.left.rstrip().endswith(",") and ar.ends_sentence and not ar.right_soft.strip(" ."):
        kind = "direct"
    elif len(walk.body[q.start:q.end].split()) >= 3 or (
            att["cue"] in NAMING_CUES and len(walk.body[walk.offsets[i] + att["cue_at"]:q.end].split()) >= 4):
        kind = "partial"  # ("dubbed them “Picasso frogs”": the object and the name make the claim)
    else:
        return None, "direct"
    return (dict(att["speaker"], pos=walk.offsets[i] + att["cue_at"]), att["cue"]), kind
