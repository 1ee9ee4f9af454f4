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
from typing import Any

from pipelines.attribution_common import OPEN, Quote, make_claim, mask_paragraph
from pipelines.en_clauses import (  # noqa: F401 - re-exported: the English rules' public face
    _TITLE_BEFORE, _negated, attribute_sentence, clause_after, clause_end, subject_before,
)
from pipelines.en_speakers import (  # noqa: F401 - re-exported
    _is_namey, _org_role_name, _split_role_org, classify_name, parse_subject, title_words,
)
from pipelines.en_words import _ABBREV_ENDING, _CAP_TOKEN, _v, sentences  # noqa: F401 - re-exported

def _l_attribution(left: str) -> tuple[dict[str, Any], str, int, bool] | None:
    """Attribution standing before a quotation: ``X said, `` / ``X said on Weibo that ``.

    Returns ``(speaker, cue, cue offset in left, ends_with_that)``.
    """
    v = _v()
    stripped = left.rstrip()
    if not stripped:
        return None
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
        spk = parse_subject(subj, lead + mi.start(2))
        if spk is None and subj.count(",") >= 2:
            # a long apposition after the name: the name and its first apposition suffice
            spk = parse_subject(",".join(subj.split(",")[:2]), lead + mi.start(2))
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

def extract(blocks: list[dict[str, str]], offsets: list[int], quotes: list[Quote],
            body: str) -> tuple[list[dict[str, Any]], list[tuple[int, dict[str, Any]]], list[tuple[int, dict[str, Any]]]]:
    """Claims of an English article, before resolution, plus the narrative's person and
    organization mentions used as antecedents: ``(claims, persons, orgs)``."""
    claims: list[dict[str, Any]] = []
    by_para: dict[int, list[Quote]] = {}
    for q in quotes:
        for p, _s, _e in q.pieces:
            by_para.setdefault(p, []).append(q)
    masks: dict[int, str] = {}
    persons: list[tuple[int, dict[str, Any]]] = []
    orgs: list[tuple[int, dict[str, Any]]] = []
    last_direct: dict[str, Any] | None = None
    last_direct_para = -2
    for i, block in enumerate(blocks):
        if block.get("kind") != "paragraph":
            continue
        text, base = block["text"], offsets[i]
        pq = by_para.get(i, [])
        masked = mask_paragraph(text, base, pq, i)
        d = _DATELINE.match(masked)
        if d:
            # the dateline is no part of any sentence: blank it so that no subject, clause
            # or antecedent starts in it ("WASHINGTON, March 4 (Reuters) - X said")
            masked = " " * d.end() + masked[d.end():]
        masks[i] = masked
        spans, hard = sentences(text, masked)
        consumed: set[int] = set()
        opened_here = [q for q in pq if q.para == i]
        for qi, q in enumerate(opened_here):
            o = q.open_at - base
            ss = max(a for a, _b in spans if a <= o)
            prev_close = max((p.close_at - base for p in opened_here[:qi]
                              if p.close_at is not None and p.last_para == i), default=-1)
            left = masked[max(ss, prev_close + 1):o]
            right_soft = right_hard = ""
            r0 = 0
            if q.close_at is not None:
                j = q.last_para
                mj = masks[j] if j in masks else masked
                if j != i:
                    mj = mask_paragraph(blocks[j]["text"], offsets[j], by_para.get(j, []), j)
                c = q.close_at - offsets[j]
                jspans, jhard = (spans, hard) if j == i else sentences(blocks[j]["text"], mj)
                hard_end = min((h for h in jhard if h > c), default=len(mj))
                soft_end = min((b for _a, b in jspans if b > c), default=len(mj))
                nxt = mj.find(OPEN, c + 1)
                right_hard = mj[c + 1:hard_end]
                right_soft = mj[c + 1:min(soft_end, nxt) if nxt >= 0 else soft_end]
                r0 = offsets[j] + c + 1
            content = body[q.start:q.end].rstrip()
            ends_sentence = content[-1:] in ".!?" if content else False
            spk = cue = None
            la = _l_attribution(left) if left.strip() else None
            if la:
                s_, cue_, at, ends_that = la
                if not ends_that or right_soft.strip() in ("", ".", "!", "?"):
                    l0 = max(ss, prev_close + 1)
                    spk, cue = dict(s_, pos=base + l0 + at), cue_
                    consumed.add(l0 + at)
            if spk is None and not left.strip(" ,") and q.close_at is not None:
                ra = _r_attribution(right_hard)
                if ra:
                    s_, cue, at, clause_at = ra
                    spk = dict(s_, pos=r0 + at)
                    j = q.last_para
                    if j == i:
                        consumed.add(r0 - base + at)
                    if clause_at is not None:
                        mj = masked if j == i else mask_paragraph(blocks[j]["text"], offsets[j], by_para.get(j, []), j)
                        cs = r0 + clause_at - offsets[j]
                        ce = clause_end(mj, cs, r0 - offsets[j] + len(right_hard), mj)
                        claims.append(make_claim("indirect", spk, cue, offsets[j] + cs, offsets[j] + ce, j, body))
            if spk is None and o == 0 and not left.strip():
                prev = i - 1
                if prev >= 0 and blocks[prev].get("kind") == "paragraph" and prev in masks:
                    if masks[prev].rstrip().endswith(":"):
                        pspans, _h = sentences(blocks[prev]["text"], masks[prev])
                        ps = pspans[-1][0]
                        la = _l_attribution(masks[prev][ps:])
                        if la:
                            spk, cue = dict(la[0], pos=offsets[prev] + ps + la[2]), la[1]
                    if spk is None and last_direct is not None and last_direct_para == prev \
                            and ends_sentence and not right_soft.strip(" .,"):
                        spk, cue = last_direct["speaker"], last_direct["cue"]
            if spk is None and not left.strip() and last_direct is not None and last_direct_para == i \
                    and ends_sentence and not right_soft.strip(" .,"):
                spk, cue = last_direct["speaker"], last_direct["cue"]
            kind = "direct"
            if spk is None and _TITLE_BEFORE.search(left):
                continue  # a quoted title: “...” after "a report titled" is no claim
            if spk is None and left.strip():
                # embedded quotation: partial inside an attributed sentence
                a_, b_ = next((a, b) for a, b in spans if a <= o < b)
                att = attribute_sentence(masked, a_, b_, set())
                if att and (att["cue_at"] < o or att["cue"] == "according to"):
                    words = len(body[q.start:q.end].split())
                    if left.rstrip().endswith(",") and ends_sentence and not right_soft.strip(" ."):
                        kind = "direct"
                    elif words >= 3:
                        kind = "partial"
                    else:
                        att = None
                    if att:
                        spk, cue = dict(att["speaker"], pos=base + att["cue_at"]), att["cue"]
            if spk is None:
                continue
            claims.append(make_claim(kind, spk, cue, q.start, q.end, q.para, body))
            if kind == "direct":
                last_direct = {"speaker": spk, "cue": cue}
                last_direct_para = q.last_para
        # reported speech, one attribution per sentence
        for a, b in spans:
            att = attribute_sentence(masked, a, b, consumed)
            if not att or att["clause"] is None:
                continue
            cs, ce = att["clause"]
            if ce - cs < 3:
                continue
            spk = dict(att["speaker"], pos=base + att["cue_at"])
            claims.append(make_claim("indirect", spk, att["cue"], base + cs, base + ce, i, body))
    # antecedents from the narrative are only needed when something refers back
    if any(c["_ref"] in ("pronoun", "orgref", "surname", "they") for c in claims):
        for i, masked in masks.items():
            _narrative_mentions(masked, offsets[i], persons, orgs)
    return claims, persons, orgs


_NARRATIVE_NAME = re.compile(r"(?<![\w’])((?:[A-Z][\w’.&+-]*|[a-z][\w-]*)\s+)?(" + _CAP_TOKEN
                             + r"(?:\s+(?:(?:of|and|for|the|&)\s+)*" + _CAP_TOKEN + r")*)")


_DESCRIBED_AS = re.compile(r"(?:,\s+|\s+(?:is|was|has been|had been)\s+)(?:(?:a|an|the)\s+)?([^,.;:\ue000“”]{2,60})")


def _narrative_mentions(masked: str, base: int, persons: list, orgs: list) -> None:
    """Titled names ("Commissioner Hester Peirce") and sentence-subject organizations
    in the narrative, as antecedents for pronouns and "the company"."""
    v = _v()
    for m in _NARRATIVE_NAME.finditer(masked):
        name = m.group(2)
        if name.startswith("The "):
            name = name[4:]
        toks = name.split()
        if not toks or toks[0] in v["not_names"] and len(toks) == 1:
            continue
        lead = (m.group(1) or "").strip()
        pos = base + m.start(2)
        if lead[:1].isupper() and lead not in v["not_names"] and lead.lower() not in v["role_set"] \
                and lead.lower().rstrip(".") not in v["honor_bare"]:
            # the optional leading word took a first name: "Dana Whitcombe" at a sentence start
            name, lead, pos = lead + " " + name, "", base + m.start(1)
            toks = name.split()
        titled = _org_role_name(toks) if len(toks) > 3 else None
        if titled:
            # "Federal Reserve Chair Jerome Powell" in the narrative
            persons.append((pos, {"speaker": titled[2], "role": titled[1], "org": titled[0], "ref": "name"}))
            continue
        described = None
        if len(toks) in (2, 3) and toks[-1] not in v["org_suffixes"] and name not in v["places"] \
                and name not in v["orgs"]:
            # "Dana Whitcombe, an economist at Norland Partners," / "X is a partner at Y"
            d = _DESCRIBED_AS.match(masked, m.end(2))
            if d and any(w in v["role_heads"] for w in d.group(1).lower().split()):
                described = d.group(1)
        if lead.lower() in v["role_set"] or lead.lower().rstrip(".") in v["honor_bare"] or described \
                or (len(toks) in (2, 3) and (toks[0] in v["given"] or toks[0] in v["pinyin"])
                    and toks[-1] not in v["org_suffixes"]):
            if toks[0] in v["not_names"]:
                toks = toks[1:]
            if len(toks) >= 2:
                role, org = _split_role_org(described) if described else (None, None)
                persons.append((pos, {"speaker": " ".join(toks),
                                      "role": lead if lead.lower() in v["role_set"] else role,
                                      "org": org, "ref": "name"}))
        elif toks[-1] in v["org_suffixes"] or name in v["orgs"] or lead.lower() in v["org_nouns"]:
            orgs.append((pos, {"speaker": name, "role": None, "org": None, "ref": "org"}))

