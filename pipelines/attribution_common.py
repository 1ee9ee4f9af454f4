"""Shared machinery for claim attribution: vocabulary, quotation scanning, masking,
and the pass that resolves pronouns and short references to earlier speakers.

Offsets are character offsets into the body (block texts joined by ``"\\n\\n"``).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

OPEN, CLOSE = "\u201c", "\u201d"
#: Stands for every character inside a quotation in a masked paragraph, so that
#: sentence splitting and cue search only ever see the journalist's narrative.
MASK = "\ue000"
SEP = "\n\n"

_DATA = Path(__file__).resolve().parent / "data" / "attribution.toml"
_MARKS = re.compile("[" + OPEN + CLOSE + "]")
#: A closing mark turned the wrong way inside a quotation, after a space or bracket (``(”fees“)``)
_INNER_CLOSE = re.compile("(?<=[\\s(\\[])" + CLOSE + r"(?=\w)")


def trie_pattern(words: list[str]) -> str:
    """A regex matching the same strings as ``"|".join(map(re.escape, words))`` with the
    longest alternative preferred, factored by common prefixes (``said|says`` ->
    ``sa(?:id|ys)``): sre tries a flat alternation word by word at every position,
    which made the cue scan the largest cost of English attribution (issue 4)."""
    trie: dict[str, dict] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        alts = [re.escape(ch) + build(node[ch]) for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        if len(alts) == 1 and "" not in node:
            return alts[0]
        return "(?:" + "|".join(alts) + ")" + ("?" if "" in node else "")

    return build(trie)


@lru_cache(maxsize=None)
def vocab(language: str) -> dict[str, Any]:
    """The ``[en]`` or ``[zh]`` table of ``pipelines/data/attribution.toml``."""
    with _DATA.open("rb") as fh:
        return tomllib.load(fh)[language]


@dataclass
class Quote:
    """One quotation, possibly over several paragraphs: ``pieces`` ``[(paragraph, start, end)]``
    content spans (absolute offsets, marks excluded), one per paragraph; ``close_at`` the
    absolute offset of the closing mark, None when the quotation never closes."""

    open_at: int
    pieces: list[tuple[int, int, int]] = field(default_factory=list)
    close_at: int | None = None

    @property
    def start(self) -> int:
        return self.pieces[0][1]

    @property
    def end(self) -> int:
        return self.pieces[-1][2]

    @property
    def para(self) -> int:
        return self.pieces[0][0]

    @property
    def last_para(self) -> int:
        return self.pieces[-1][0]


def paragraph_offsets(blocks: list[dict[str, str]]) -> list[int]:
    """Start offset of each block's text in the body."""
    offsets, pos = [], 0
    for b in blocks:
        offsets.append(pos)
        pos += len(b["text"]) + len(SEP)
    return offsets


def find_quotes(blocks: list[dict[str, str]], offsets: list[int]) -> list[Quote]:
    """All “...” quotations in paragraph blocks (headings are skipped).

    English convention for a quotation over several paragraphs: a paragraph that
    opens a quotation and does not close it, followed by a paragraph that starts with
    an opening mark, continues the same quotation.  An unclosed quotation that is not
    continued ends at its paragraph's end.
    """
    quotes: list[Quote] = []
    pending: Quote | None = None
    for i, block in enumerate(blocks):
        text, base = block["text"], offsets[i]
        if block.get("kind") != "paragraph":
            if pending is not None:
                quotes.append(pending)
                pending = None
            continue
        current: Quote | None = None
        piece_start = 0
        j0 = 0
        if pending is not None:
            if text.startswith(OPEN):
                current, piece_start, j0 = pending, 1, 1
            else:
                quotes.append(pending)
            pending = None
        for mark in _MARKS.finditer(text, j0):
            j, ch = mark.start(), mark.group(0)
            if ch == OPEN and current is None:
                current = Quote(open_at=base + j)
                piece_start = j + 1
            elif ch == CLOSE and current is not None and not _INNER_CLOSE.match(text, j):
                current.pieces.append((i, base + piece_start, base + j))
                current.close_at = base + j
                quotes.append(current)
                current = None
        if current is not None:
            current.pieces.append((i, base + piece_start, base + len(text)))
            pending = current
    if pending is not None:
        quotes.append(pending)
    return [q for q in quotes if q.end > q.start]


def mask_paragraph(text: str, base: int, quotes: list[Quote], para: int) -> str:
    """``text`` with every quotation's content replaced by :data:`MASK` (same length)."""
    chars = list(text)
    for q in quotes:
        for p, s, e in q.pieces:
            if p == para:
                for k in range(s - base, e - base):
                    chars[k] = MASK
    return "".join(chars)


def make_claim(kind: str, speaker: dict[str, Any], cue: str, start: int, end: int,
               paragraph: int, body: str) -> dict[str, Any]:
    """A claim dict in the output format (see :mod:`pipelines.claims`), plus private
    ``_ref`` / ``_pos`` keys used by :func:`resolve` and removed afterwards."""
    # trim whitespace and the quotation's own sentence-final separators never matter
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    return {
        "kind": kind,
        "speaker": speaker["speaker"],
        "speaker_text": speaker.get("written") or speaker["speaker"],
        "speaker_role": speaker.get("role"),
        "speaker_org": speaker.get("org"),
        "speaker_entity": None,
        "cue": cue,
        "text": body[start:end],
        "start": start,
        "end": end,
        "paragraph": paragraph,
        "_ref": speaker.get("ref", "name"),
        "_pos": speaker.get("pos", start),
    }


_WORD = re.compile(r"[\w\u4e00-\u9fff]+")
_STOP = frozenset(
    "a an the this that these those of in at on for to from with by and or one two some "
    "close familiar matter who which".split()
)
_STOP_STRICT = frozenset("a an the this that these those of in at on for to from with by and or".split())


def _content_words(s: str, strict: bool = False) -> set[str]:
    stop = _STOP_STRICT if strict else _STOP
    if re.search(r"[\u4e00-\u9fff]", s):
        # Chinese: overlapping character bigrams stand in for words
        s = re.sub(r"[^\u4e00-\u9fff]", "", s)
        return {s[i:i + 2] for i in range(len(s) - 1)}
    return {w.lower() for w in _WORD.findall(s) if w.lower() not in stop}


_ORG_PREFERRED = {
    "bank": ("bank", "reserve"), "lender": ("bank",),
    "agency": ("commission", "agency", "authority", "administration", "office", "bureau"),
    "regulator": ("commission", "agency", "authority", "administration", "office", "bureau"),
    "该行": ("银行",), "该所": ("交易所", "事务所", "研究所"),
}
_ZH_NOT_COMPANY = ("协会", "学会", "商会", "联合会", "联席会", "委员会", "乘联会", "局", "部", "委", "厅", "署", "办",
                   "政府", "法院", "检察院", "大学", "学院", "研究院", "研究所", "日报", "时报", "周刊", "网",
                   "新闻", "交易所", "平台")


_PLURAL_EXCEPT = frozenset({"news", "times", "sachs", "reuters", "securities", "holdings", "partners"})
#: "a small number of researchers", "a group of residents": the group's members are the head noun
_QUANTITY = re.compile(r"(?i)^(?:an?|the)\s+(?:\w+\s+)?(?:number|group|handful|couple|majority|team|panel)\s+of\s+")


def _plural(s: dict[str, Any]) -> bool:
    """Whether an anonymous source is a group ("people familiar with the matter", "two bondholders"): names never are."""
    if s.get("ref") not in ("anon", "ref"):
        return False
    head = re.split(r"\s+(?:at|of|for|from|with|familiar|close|who|in|on|to)\b", _QUANTITY.sub("", s["speaker"]), maxsplit=1)[0]
    words = head.split()
    if not words:
        return False
    if re.search(r"[\u4e00-\u9fff]", head):
        return "们" in head or head.startswith(("多位", "多名", "一些", "不少"))  # 他们, 专家们, 多位分析师
    w = words[-1].lower().strip(",")
    return w in ("people", "men", "women", "they") or \
        (w.endswith("s") and not w.endswith(("ss", "us", "is")) and w not in _PLURAL_EXCEPT)


_HE_SHE = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "他": "m", "她": "f"}


class _Antecedents:
    """What :func:`resolve` has seen: speakers in order, their employers, best role/org, narrative mentions."""

    def __init__(self, persons: list[tuple[int, dict[str, Any]]], orgs: list[tuple[int, dict[str, Any]]],
                 genders: dict[str, str]) -> None:
        self.known: dict[str, dict[str, Any]] = {}  # speaker -> best role/org seen
        self.affiliated: list[tuple[int, dict[str, Any]]] = []  # (position, org) of speakers' employers
        self.history: list[tuple[int, dict[str, Any]]] = []  # (position, speaker dict) in order
        self.affiliations: set[str] = set()
        self.extra_p = sorted(persons, key=lambda x: x[0])
        self.extra_o = sorted(orgs, key=lambda x: x[0])
        self.genders = genders

    def positioned(self, pos: int, kinds: set[str]) -> list[tuple[int, dict[str, Any]]]:
        """Mentions of these kinds before ``pos``, nearest first."""
        cands = [(p, s) for p, s in self.history if p < pos and s["ref"] in kinds]
        if "name" in kinds:
            cands += [(p, s) for p, s in self.extra_p if p < pos]
        if "org" in kinds:
            cands += [(p, s) for p, s in self.extra_o if p < pos and s["speaker"] not in self.affiliations]
        cands.sort(key=lambda x: x[0])
        return cands[::-1]

    def antecedents(self, pos: int, kinds: set[str]) -> list[dict[str, Any]]:
        return [s for _p, s in self.positioned(pos, kinds)]

    def remember(self, c: dict[str, Any], ref: str, pos: int) -> None:
        """Carry what an earlier mention said about this speaker, and keep new facts."""
        seen = self.known.setdefault(c["speaker"], {"role": None, "org": None})
        c["speaker_role"] = c["speaker_role"] or seen["role"]
        c["speaker_org"] = c["speaker_org"] or seen["org"]
        seen["role"] = seen["role"] or c["speaker_role"]
        seen["org"] = seen["org"] or c["speaker_org"]
        if c["speaker_org"] and ref in ("name", "anon"):
            self.affiliations.add(c["speaker_org"])
            self.affiliated.append((pos, {"speaker": c["speaker_org"], "role": None, "org": None, "ref": "org"}))
        if ref in ("name", "anon", "org", "ref"):
            self.history.append((pos, {"speaker": c["speaker"], "role": c["speaker_role"],
                                       "org": c["speaker_org"], "ref": ref}))


def _they(c: dict[str, Any], ctx: _Antecedents) -> tuple[str, dict[str, Any] | None]:
    """"they said" after "people familiar with the matter": the latest plural source,
    unless an organization was named after it ("they" for a company)."""
    pos = c["_pos"]
    group = next(((p, s) for p, s in ctx.positioned(pos, {"anon"}) if _plural(s)), None)
    org = next(iter(ctx.positioned(pos, {"org"})), None)
    if group is not None and (org is None or group[0] > org[0]):
        return "they", group[1]
    return _orgref(c, ctx)


def _pronoun(c: dict[str, Any], ctx: _Antecedents) -> tuple[str, dict[str, Any] | None]:
    """he/she: the nearest person, never a group ("Analysts at X" quoted in between),
    never one the article gives the other gender."""
    gender = _HE_SHE.get(c["speaker"].lower())
    for s in ctx.antecedents(c["_pos"], {"name", "anon"}):
        if _plural(s) or s.get("desc_only") or (gender and ctx.genders.get(s["speaker"], gender) != gender):
            continue
        return "pronoun", s
    return "pronoun", None


def _surname(c: dict[str, Any], ctx: _Antecedents) -> tuple[str, dict[str, Any] | None]:
    """A lone capitalized word: the person named with it before, else the short form of
    an organization named earlier ("Brightwater said" after "Brightwater Advisors LLC",
    "Harwood estimated" after "analysts at Harwood Bank"); with neither, a person when
    the article calls it he or she, else an organization ("Westbrook said")."""
    pos, word = c["_pos"], c["speaker"].split()[-1].lower()
    for s in (a for a in ctx.antecedents(pos, {"name"}) if not a.get("desc_only")):  # (not "A and B")
        toks = [t.lower() for t in s["speaker"].split()]
        if " and " not in s["speaker"] and word in (toks[0], toks[-1]) \
                or (len(word) == 1 and s["speaker"].startswith(c["speaker"])):
            return "surname", s
    target = _org_with_first_word(word, pos, ctx)
    if target is None:
        return ("name" if c["speaker"] in ctx.genders else "org"), None
    return "surname", target


def _org_with_first_word(word: str, pos: int, ctx: _Antecedents) -> dict[str, Any] | None:
    """The latest organization named before ``pos`` whose first word is ``word``."""
    orgs_seen = ctx.positioned(pos, {"org"}) + [(p, s) for p, s in ctx.affiliated if p < pos] \
        + [(p, s) for p, s in ctx.extra_o if p < pos and s["speaker"] in ctx.affiliations]
    orgs_seen.sort(key=lambda x: -x[0])
    return next((s for _p, s in orgs_seen if len(s["speaker"].split()) > 1
                 and s["speaker"].split()[0].lower() == word), None)


def _org_short(c: dict[str, Any], ctx: _Antecedents) -> tuple[str, dict[str, Any] | None]:
    """A one-word organization ("Microsoft said") after its full name ("Microsoft Corp")."""
    one_word = " " not in c["speaker"] and c["speaker"].isascii()
    return "org", (_org_with_first_word(c["speaker"].lower(), c["_pos"], ctx) if one_word else None)


def _orgref(c: dict[str, Any], ctx: _Antecedents) -> tuple[str, dict[str, Any] | None]:
    """"the company", "the bank", 该行: the organization the story is about comes
    before a speaker's employer, but with no other organization named it is the
    employer (宁德时代一位员工 ... 公司回复称)."""
    pos, noun = c["_pos"], c["speaker"].split()[-1].lower()
    cands = ctx.antecedents(pos, {"org"}) + [s for _p, s in reversed(ctx.affiliated) if _p < pos]
    want = _ORG_PREFERRED.get(noun) or next(
        (w for k, w in _ORG_PREFERRED.items() if noun.endswith(k) and not k.isascii()), None)
    if want:
        hit = [s for s in cands if any(w in s["speaker"].lower() for w in want)]
        cands = hit or cands
    if noun.endswith(("公司", "企业", "集团")):
        # 公司 is a company: not an association, a ministry, a newspaper or a school
        cands = [s for s in cands if not s["speaker"].endswith(_ZH_NOT_COMPANY)]
    return "orgref", (cands[0] if cands else None)


def _description(c: dict[str, Any], ctx: _Antecedents) -> tuple[str, dict[str, Any] | None]:
    """"this senior person", 该分析师: the earlier source sharing most content words."""
    words = _content_words(c["speaker"])
    # English: the head noun must be shared ("the former mayor" is not "a former editor")
    head = c["speaker"].split()[-1].lower() if c["speaker"].isascii() else None
    best, best_n = None, 0
    # English: a fuller unresolved description too ("the paper" -> "the paper published by X")
    for s in ctx.antecedents(c["_pos"], {"anon", "name"} | ({"ref"} if head else set())):
        theirs = _content_words(s["speaker"]) | _content_words(s.get("role") or "", True)
        n = len(words & theirs) if s["ref"] != "ref" or len(theirs) > len(words) else 0
        if n > best_n and (head is None or head in theirs):
            best, best_n = s, n
    if best is None and head in vocab("en")["person_nouns"]:
        # "the singer", "the former mayor": the person the story was just talking about
        # (not one whose role is another noun: "the former mayor" is no "former editor")
        best = next((s for s in ctx.antecedents(c["_pos"], {"name"}) if not _plural(s) and not s.get("desc_only") and head in (
            s.get("role") or ctx.known.get(s["speaker"], {}).get("role") or head).lower().split()), None)
    return "ref", best


_RESOLVERS = {"org": _org_short, "they": _they, "pronoun": _pronoun, "surname": _surname, "orgref": _orgref,
              "ref": _description}


def resolve(claims: list[dict[str, Any]], *, persons: list[tuple[int, dict[str, Any]]],
            orgs: list[tuple[int, dict[str, Any]]], genders: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """Resolve pronouns and short references, then carry roles and orgs forward.

    ``claims`` are in body order, with ``_ref`` one of ``name`` (a named person),
    ``org`` (a named organization), ``anon`` (anonymous source, kept as written),
    ``pronoun``, ``surname``, ``ref`` (a definite description: "this senior person",
    "the company", 该分析师) and ``orgref`` ("the company").  ``persons`` / ``orgs`` are
    extra ``(position, speaker-dict)`` mentions found in the narrative (a name with a
    title that never speaks, an organization that is a sentence subject), used as
    antecedents too.  ``genders``: ``{person name: "m" | "f"}`` as the article tells it
    (he/she never resolves to a person of the other gender).
    """
    ctx = _Antecedents(persons, orgs, genders or {})
    for c in claims:
        ref = c["_ref"]
        target = None
        if ref in _RESOLVERS:
            ref, target = _RESOLVERS[ref](c, ctx)
        if target is not None:
            c["speaker"] = target["speaker"]
            c["speaker_role"] = c["speaker_role"] or target.get("role")
            c["speaker_org"] = c["speaker_org"] or target.get("org")
            ref = target["ref"]
        ctx.remember(c, ref, c["_pos"])
        c["_ref"] = ref
    return claims


def finish(claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop duplicates (same kind and span) and the private keys; sort by position."""
    out, seen = [], set()
    for c in sorted(claims, key=lambda c: (c["start"], c["end"])):
        key = (c["kind"], c["start"], c["end"])
        if key in seen or c["end"] <= c["start"]:
            continue
        seen.add(key)
        out.append({k: v for k, v in c.items() if not k.startswith("_")})
    return out
