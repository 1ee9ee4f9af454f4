"""English reading conventions of real reporting (issue 9, fifth wave), called from the
attribution rules (:mod:`pipelines.attribution_en`, :mod:`pipelines.en_clauses`) and the
resolution pass (:mod:`pipelines.attribution_common`).  Each function owns one layout;
examples: ``tests/test_claims_real_en.py`` (sentences invented)."""

from __future__ import annotations

import re
from typing import Any

from pipelines import word_scan
from pipelines.regex_gates import gated

#: A photo credit before a name: "(Photo by Ana Reyes/Agency)", "Photograph: X".
_CREDIT_BEFORE = re.compile(r"(?:\b(?:[Pp]hotos?|[Pp]hotograph|[Ii]mage|[Pp]icture|[Vv]ideo)\s+(?:by|:)|"
                            r"\b(?:[Cc]redit|[Pp]hotograph):)\s*$")
#: A role set off by commas before a name: "the education secretary, Ewan Hartley".
_ROLE_COMMA = re.compile(r"\b(?:the|its|his|her|their)\s+((?:[\w-]+\s+){0,3}?([a-z][\w-]*)),\s+$")
#: "As <Name>" before an apposition: the name is the subject ("As X, director of Y, puts it").
_AS_NAME = re.compile(r"^(?:As|as)\s+(?:[A-Z][\w’'.-]*\s*){1,4}$")
#: A name set off by commas after the noun phrase opening the sentence, then a verb.
_NAME_IN_COMMAS = re.compile(r"^[^,“”]{2,80},\s+((?:[A-Z][\w’'.-]+\s+){1,2}[A-Z][\w’'.-]+),\s+(?!and\b|or\b)[a-z]")
_AND_APPOSITION = re.compile(r"\s+and\s+(?:a|an|the)\s+")
_NEW_SENTENCE = re.compile(r"[\s\[\](…]*[A-Z]")


def photo_credit(masked: str, start: int, end: int) -> bool:
    """The name at ``masked[start:end]`` is a photo credit, no one in the story."""
    return bool(_CREDIT_BEFORE.search(masked, max(0, start - 24), start)) or masked[end:end + 1] == "/"


def role_before(masked: str, start: int, role_heads: frozenset[str]) -> str | None:
    """The role set off by commas right before a name ("the education secretary, X"), or None."""
    m = _ROLE_COMMA.search(masked, max(0, start - 40), start)
    return m.group(1) if m and m.group(2) in role_heads else None


def as_name_subject(opener: str, rest: str) -> str | None:
    """``As X, <apposition>, puts it``: the subject ``X, <apposition>`` (not a fronted
    adverbial to skip), else None."""
    if _AS_NAME.match(opener) and rest[:1].islower():
        return opener.split(None, 1)[1] + ", " + rest
    return None


def name_in_commas(s: str) -> str | None:
    """``<NP>, <Name>, <verb> ...`` opening a sentence: the name ("The site’s truck expert,
    Zane Morrow, suggested ..., saying"), else None."""
    m = _NAME_IN_COMMAS.match(s)
    return m.group(1) if m else None


def first_apposition(subj: str) -> str | None:
    """``X, a scientist at Y and a professor of ... at Z``: the name and its first
    apposition, when a second joined by "and a/an/the" makes the phrase too long."""
    if "," in subj and _AND_APPOSITION.search(subj):
        return _AND_APPOSITION.split(subj)[0]
    return None


def new_sentence_reports_other(quote_text: str, right: str, clause: bool) -> bool:
    """``“A,” X said. “B.” He said that <clause>``: after a closed sentence inside the
    marks, a new sentence (a capital) whose cue takes a clause of its own reports
    something else; the quotation goes on from the one before it."""
    return quote_text.rstrip().endswith(".") and bool(_NEW_SENTENCE.match(right)) and clause


def refer_back(claims: list[dict[str, Any]], orgs: list[tuple[int, dict[str, Any]]],
               document_nouns: frozenset[str], org_nouns: frozenset[str]) -> None:
    """After resolution, in place: "It adds: ..." right after a document spoke ("...,
    says the report.") is that document; "the court" is the latest organization named
    before it whose name ends with "Court" ("the Appellate Court"), when there is one."""
    prev = None
    for c in claims:
        written = c["speaker_text"]
        target = None
        if written.lower() == "it" and prev is not None and prev["speaker_text"].split()[-1].lower() in document_nouns:
            target = prev
        m = _THE_NOUN.match(written)
        if m and m.group(1).lower() in org_nouns:
            named = [(p, s) for p, s in orgs if p < c["_pos"]] + [
                (o["_pos"], o) for o in claims if o["_pos"] < c["_pos"] and o.get("_ref") == "org"]
            target = next((s for _p, s in sorted(named, key=lambda x: -x[0])
                           if s["speaker"].split()[-1].lower() == m.group(1).lower()), target)
        if target is not None:
            c["speaker"] = target["speaker"]
            c["speaker_org"] = c["speaker_org"] or target.get("speaker_org")
        prev = c


_THE_NOUN = re.compile(r"^(?:[Tt]he)\s+([a-z]+)$")


# --- question-heading interviews ---------------------------------------------------------

#: The interview's introduction: "Here, we spoke with Okafor about ...", "Varga sat down with
#: the magazine to talk about ...": the interviewee (the object after we/I, else the subject).
#: (behind a gate of its verbs, read from the pattern: it ran at every position of every block)
_INTERVIEW = gated(re.compile(
    r"(?:^|[.!?]\s+|,\s+)(?:(?P<we>[Ww]e|I)|(?P<subj>(?:[A-Z][\w’'.-]+\s){0,2}[A-Z][\w’'.-]+))\s+(?:recently\s+)?"
    r"(?:spoke|talked|chatted|sat down|caught up)\s+(?:with|to)\s+(?P<obj>(?:[A-Z][\w’'.-]+(?:\s|$)){1,3})"))
_LABEL = re.compile(r"^[A-Z][A-Z &]{2,}:")  # "VIDEO: ...", "RELATED: ...": no part of an answer
_MAX_ANSWER_PARAS = 5
_YOU = re.compile(r"\b(?:you|your|yours)\b", re.I)


def _question(text: str) -> bool:
    t = text.rstrip().rstrip("”’\"')")
    return t.endswith("?") and not text.startswith("“") and len(t.split()) <= 80


def qa_answers(blocks: list[dict[str, str]], offsets: list[int], body: str) -> list[dict[str, Any]]:
    """Raw claims (:func:`attribution_common.make_claim` form) of a question-heading interview:
    after a paragraph introducing it ("we spoke with X"), the paragraphs under each question
    (a block ending in "?") are X's answer, one ``indirect`` claim per answer; the
    questions are the writer's.  Needs two questions or more after the introduction."""
    from pipelines.attribution_common import make_claim

    for k, b in enumerate(blocks):
        m = _INTERVIEW.search(b["text"])
        if m is None or (not m.group("we") and m.group("subj") in ("We", "I")):
            continue
        who = (m.group("obj") if m.group("we") else m.group("subj")).strip()
        rest = range(k + 1, len(blocks))
        asks = [blocks[j]["text"] for j in rest if _question(blocks[j]["text"])]
        if len(asks) < 2 or sum(bool(_YOU.search(q)) for q in asks) < 2:
            continue  # (an explainer's "What is ...?" headings are no interview)
        spk = {"speaker": who, "written": who, "role": None, "org": None,
               "ref": "name" if " " in who else "surname", "pos": offsets[k] + m.start("obj" if m.group("we") else "subj")}
        out, run = [], []
        for j in list(rest) + [len(blocks)]:
            text = blocks[j]["text"] if j < len(blocks) else ""
            ends = j == len(blocks) or _question(text) or blocks[j].get("kind") != "paragraph" or _LABEL.match(text)
            if ends or len(run) == _MAX_ANSWER_PARAS:
                if run and any(_question(blocks[q]["text"]) for q in range(k + 1, run[0])):
                    out.append(make_claim("indirect", spk, "answer", offsets[run[0]],
                                          offsets[run[-1]] + len(blocks[run[-1]]["text"]), run[0], body))
                run = []
            if not ends:
                run.append(j)
        return out
    return []


def with_qa_answers(raw: list[dict[str, Any]], blocks: list[dict[str, str]], offsets: list[int],
                    body: str) -> list[dict[str, Any]]:
    """``raw`` plus the answers of a question-heading interview (:func:`qa_answers`); a rule
    claim inside an answer goes (the answer is the interviewee's statement)."""
    qa = qa_answers(blocks, offsets, body)
    if not qa:
        return raw
    return [c for c in raw if not any(a["start"] <= c["start"] < a["end"] for a in qa)] + qa


_SENTENCE_GAP = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def attributed_between(masked: str, a: int, b: int) -> bool:
    """Some sentence of ``masked[a:b]`` (the narrative between a quotation and the next)
    attributes a clause to a speaker: "“...” According to Y, ... . “...”" goes on with Y,
    not with the first quotation's speaker."""
    from pipelines.en_clauses import attribute_sentence

    gaps = list(_SENTENCE_GAP.finditer(masked, a, b))
    if not gaps:
        return False
    start = gaps[0].end()  # (the first piece ends the earlier quotation's own sentence)
    for m in gaps[1:] + [None]:
        end = m.start() if m else b
        att = attribute_sentence(masked, start, end, set()) if end - start > 8 else None
        if att and att.get("clause"):
            return True
        start = m.end() if m else b
    return False


#: "..., including tester Jo Marsh: “...”": a name (an optional role word before it) and a
#: colon right before a quotation, inside a paragraph.
_NAME_COLON = re.compile(r"(?:^|[\s,(])(?:([a-z][\w-]+)\s+)?((?:[A-Z][\w’'.-]+\s+){1,2}[A-Z][\w’'.-]+)\s*:\s*$")


def colon_named(raw: list[dict[str, Any]], quotes: list[Any], body: str) -> list[dict[str, Any]]:
    """Raw claims of quotations no rule attributed that follow ``<Name>:`` inside a
    sentence (the paragraph-initial ``X: “...”`` is a layout): the named person says it."""
    from pipelines.attribution_common import make_claim
    from pipelines.en_speakers import parse_subject

    taken = [(c["start"], c["end"]) for c in raw]
    out = []
    for q in quotes:
        if any(a <= q.start < b for a, b in taken):
            continue
        left = body[max(0, q.open_at - 80):q.open_at]
        m = _NAME_COLON.search(left.split("\n\n")[-1])
        if m is None:
            continue
        spk = parse_subject(m.group(2), 0)
        if not spk or spk.get("ref") != "name" or len(m.group(2).split()) < 2:
            continue
        role = m.group(1) if m.group(1) and m.group(1) not in ("including", "and", "from", "by", "with") else None
        spk = dict(spk, role=spk.get("role") or role, pos=q.open_at - 1)
        out.append(make_claim("direct", spk, ":", q.start, q.end, q.para, body))
    return out


# --- groups named by a description ---------------------------------------------------------

#: A description of a group of persons the article named together: "the pair", "the couple",
#: "both experts", "the two women", "the authors"; the number it implies (0: two or more).
_GROUP_REF = re.compile(r"(?i)^(?:the|both|all)(?:\s+(two|three))?(?:\s+(pair|couple|duo|trio|authors|co-authors|"
                        r"researchers|scientists|experts|founders|partners|siblings|brothers|sisters|men|women))?$")
_GROUP_SIZE = {"pair": 2, "couple": 2, "duo": 2, "two": 2, "both": 2, "trio": 3, "three": 3}
_CONJUNCT = r"[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,2}"
#: Persons named together: "Ada Quenby and Tobin Harrow", "Ada Quenby, Tobin Harrow and Lin Wu".
_COORDINATED = re.compile(rf"(?<![\w’'.-])((?:{_CONJUNCT},\s+)*{_CONJUNCT},?\s+and\s+{_CONJUNCT})(?![\w’'-])")


def named_groups(claims: list[dict[str, Any]], body: str) -> None:
    """In place, after resolution: a group description left unresolved ("the pair said")
    is the persons last named together before it ("Ada Quenby and Tobin Harrow"), when
    their number fits it (two for pair/couple/both, three for trio) and at least one of
    them speaks in the article; each by the fullest name a speaker has."""
    people = sorted({c["speaker"] for c in claims if c.get("_ref") in ("name", "surname", "pronoun")
                     and c["speaker"][:1].isupper()}, key=len, reverse=True)
    for c in claims:
        m = _GROUP_REF.match(c["speaker_text"])
        if not m or not (m.group(1) or m.group(2) or c["speaker_text"].lower() == "both") \
                or c["speaker"].lower() != c["speaker_text"].lower():
            continue
        size = _GROUP_SIZE.get((m.group(2) or m.group(1) or "both").lower(), 0)
        size = _GROUP_SIZE.get((m.group(1) or "").lower(), size)
        group = _last_group(body[:c["start"]], size, people)
        if not group and (m.group(2) or "").lower() in ("authors", "co-authors"):
            group = _authors(body[:c["start"]])  # "the authors" of a study "co-authored by A, B and C"
        if group:
            c["speaker"] = group[0] if len(group) == 1 else ", ".join(group[:-1]) + " and " + group[-1]


def _last_group(before: str, size: int, people: list[str]) -> list[str] | None:
    """The last coordination of names in ``before`` of ``size`` conjuncts (any from two when
    0), with at least one a speaker; conjuncts by the fullest speaker name they are part of."""
    for m in reversed(list(_COORDINATED.finditer(before))):
        names = [_without_lead(n.strip()) for n in re.split(r",\s+and\s+|,\s+|\s+and\s+", m.group(1)) if n.strip()]
        if (size and len(names) != size) or len(names) < 2:
            continue
        if any(_within(n, p) or _within(p, n) for n in names for p in people):
            return [next((p for p in people if _within(n, p)), n) for n in names]
    return None


_AUTHORED_BY = re.compile(r"(?:authored|written)\s+by\s+([^.;:\n]+)")
_NAME_HEAD = re.compile(r"(?:[A-Z][\w’'-]+\s+){1,2}[A-Z][\w’'-]+(?=\s+of\b|$)")


def _authors(before: str) -> list[str] | None:
    """The persons after the last "(co-)authored/written by" in ``before``, their appositions
    left out ("A, a lecturer at X, B of Y and C, Professor of Z" -> A, B, C)."""
    found = list(_AUTHORED_BY.finditer(before))
    if not found:
        return None
    from pipelines.speaker_names import _role_words

    names = []
    for part in re.split(r",\s+(?:and\s+)?|\s+and\s+", found[-1].group(1)):
        head = _NAME_HEAD.match(part.strip())
        if head and head.group(0).split()[0].lower() not in _role_words():
            names.append(head.group(0))
    return names if len(names) >= 2 else None


def _within(a: str, b: str) -> bool:
    """``a`` in ``b`` as whole words (what ``(?<![\\w’'-])<a escaped>(?![\\w’'-])`` finds),
    without a pattern compiled per name."""
    if not a:  # (word_scan takes no empty word)
        return bool(re.search(r"(?<![\w’'-])(?![\w’'-])", b))
    return bool(word_scan.alternatives(b, [a], not_before=_WORD_EDGE, not_after=_WORD_EDGE))


_WORD_EDGE = re.compile(r"[\w’'-]")


_LEAD_WORDS = frozenset("both the and but with when while as after before by for from of in at".split())


def _without_lead(name: str) -> str:
    """A conjunct without a leading sentence word or title ("Both", "Nutritionists", "Dr.")."""
    from pipelines.speaker_names import _role_words

    toks = name.split()
    while len(toks) > 1 and (toks[0].lower() in _LEAD_WORDS or toks[0].lower().rstrip("s.") in _role_words()
                             or toks[0].lower().rstrip(".") in _role_words()):
        toks = toks[1:]
    return " ".join(toks)


# --- acronyms ----------------------------------------------------------------------------

_ACRONYM = re.compile(r"^(?:the\s+)?(?:([A-Z][a-z]+)\s+)?([A-Z]{2,6})$")
#: A run of capitalized words with the small words an organization's name holds.
_CAP_RUN = re.compile(r"[A-Z][\w’'-]*(?:\s+(?:(?:of|the|and|for|on|&)\s+)*[A-Z][\w’'-]*)+")


def acronyms(claims: list[dict[str, Any]], body: str) -> None:
    """In place, after resolution: a speaker written as an acronym ("HCSO said", "the DOJ",
    "Valley ISO") is the organization named before it whose capitalized words it abbreviates
    ("Harlan County Sheriff’s Office", "Valley Independent System Operator"), when there is one."""
    found: dict[str, str | None] = {}
    for c in claims:
        m = _ACRONYM.match(c["speaker"])
        if not m:
            continue
        if c["speaker"] not in found:
            found[c["speaker"]] = _expansion(body, m.group(1), m.group(2))
        c["speaker"] = found[c["speaker"]] or c["speaker"]


def _expansion(body: str, lead: str | None, letters: str) -> str | None:
    """The last capitalized run in ``body`` (opening with ``lead`` when given) whose other
    capitalized words' initials spell ``letters``."""
    best = None
    for r in _CAP_RUN.finditer(body):
        toks = [t for t in r.group(0).split() if t[:1].isupper()]
        if toks and toks[0] == "The":
            toks = toks[1:]
        if lead:
            if not toks or toks[0] != lead:
                continue
            initials = "".join(t[0] for t in toks[1:])
        else:
            initials = "".join(t[0] for t in toks)
        if initials == letters:
            best = r.group(0)[4:] if r.group(0).startswith("The ") else r.group(0)
    return best


def split_by_insert(text: str, masked: str, s0: int, l0: int, o: int, cue_rx: re.Pattern[str]) -> bool:
    """``“A,” which is ..., “B,” X said``: a quotation opening its sentence and closed by a
    comma, a narrative insert set off by commas with no cue, then the quotation at ``o``
    (local offsets in a paragraph and its masked form): one statement split by the insert."""
    head, insert = masked[s0:l0].strip(), masked[l0:o]
    return s0 < l0 and head[:1] == "\u201c" and head.endswith("\u201d") and head.count("\u201c") == 1 \
        and text[l0 - 2:l0 - 1] == "," and insert.strip()[:1].islower() and insert.rstrip().endswith(",") \
        and "\u201c" not in insert and len(insert.split()) <= 25 and not cue_rx.search(insert)
