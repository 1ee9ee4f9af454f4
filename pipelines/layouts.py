"""Paragraph layouts that attribute a whole paragraph, read from ``data/layouts.toml``.

Transcript and interview lines (``NAME: …``, ``张伟：……``), a quotation signed with a
dash (``“…” — X``) and a name with a colon before a quotation (``X: “…”``).  The
layouts are data; this module only runs them, the same way for every language.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from pipelines import word_scan
from pipelines.attribution_common import CLOSE, OPEN, make_claim, vocab

_DATA = Path(__file__).resolve().parent / "data" / "layouts.toml"
_NAME_EDGE = re.compile(r"[\w’]")


@dataclass(frozen=True)
class Layout:
    name: str
    lang: str
    pattern: re.Pattern[str]
    kind: str
    cue: str
    check: str
    skip: re.Pattern[str] | None
    examples: tuple[tuple[str, str, str], ...]
    #: an answer goes on over the untagged paragraphs after it (interview transcripts)
    continues: bool = False
    #: a question line (``记者：``); with none in the page, the paragraphs an answer goes on
    #: over are statements of their own (an expert's comment), with them one answer
    questions: re.Pattern[str] | None = None


@lru_cache(maxsize=None)
def layouts() -> tuple[Layout, ...]:
    """Every layout of ``data/layouts.toml``, compiled."""
    with _DATA.open("rb") as fh:
        raw = tomllib.load(fh)["layout"]
    return tuple(Layout(name=d["name"], lang=d["lang"], pattern=re.compile(d["pattern"]), kind=d["kind"],
                        cue=d["cue"], check=d.get("check", ""),
                        skip=re.compile(d["skip"]) if d.get("skip") else None,
                        examples=tuple(tuple(e) for e in d.get("examples", [])),
                        continues=d.get("continues", False),
                        questions=re.compile(d["questions"]) if d.get("questions") else None)
                 for d in raw)


def _display_name(name: str) -> str:
    """``"ROSIE CURTS"`` -> ``"Rosie Curts"``, ``"MARTINEZ-BELTRAN"`` -> ``"Martinez-Beltran"``;
    other names as written."""
    if name.isupper():
        return re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), name)
    return name


def _speaker_ok(layout: Layout, speaker: str, tag: str, body: str, para_text: str) -> bool:
    if layout.skip is not None and layout.skip.search(tag):
        return False
    if layout.check == "caps":
        return speaker.isupper() and len(re.sub(r"[^A-Z]", "", speaker)) >= 2
    if layout.check == "named":
        last = speaker.split()[-1]
        rest = body.replace(para_text, "", 1)
        # re.search(r"(?<![\w’])" + re.escape(last) + r"(?![\w’])", rest) without a pattern per name
        return bool(word_scan.alternatives(rest, [last], not_before=_NAME_EDGE, not_after=_NAME_EDGE))
    if layout.check == "zh_person":
        return speaker[0] in vocab("zh")["surnames"] and len(speaker) <= 3
    return True


def match(layout: Layout, text: str, body: str = "") -> dict[str, Any] | None:
    """``{speaker, written, role, kind, start, end}`` (offsets in ``text``) when
    ``layout`` attributes paragraph ``text``, else None."""
    m = layout.pattern.match(text)
    if m is None:
        return None
    written = m.group("speaker").strip()
    tag = written + " " + (m.groupdict().get("role") or "")
    if not _speaker_ok(layout, written, tag, body or text, text):
        return None
    start, end = m.span("content")
    kind = layout.kind
    content = text[start:end].rstrip()
    if content.startswith(OPEN) and content.endswith((CLOSE, CLOSE + ".", CLOSE + "。")) \
            and content.count(OPEN) == 1:
        kind = "direct"
        start, end = start + 1, start + content.rindex(CLOSE)
    role = m.groupdict().get("role")
    return {"speaker": _display_name(written), "written": written, "role": role.strip() if role else None,
            "kind": kind, "start": start, "end": end}


def extract(blocks: list[dict[str, str]], offsets: list[int], body: str, language: str,
            claimed: set[int] = frozenset()) -> list[dict[str, Any]]:
    """Raw claims (:func:`attribution_common.make_claim` form) of every paragraph a
    layout of ``language`` attributes; ``claimed``: paragraphs the sentence rules found
    claims in (an answer does not go on over them)."""
    mine = [lay for lay in layouts() if lay.lang == language]
    claims = []
    narrators = _narrators(blocks, mine)
    for i, block in enumerate(blocks):
        if block.get("kind") != "paragraph":
            continue
        for lay in mine:
            hit = match(lay, block["text"], body)
            if hit is None or hit["written"].split()[-1] in narrators or not _says_something(block["text"], hit):
                continue
            single = " " not in hit["speaker"] and language == "en"
            spk = {"speaker": hit["speaker"], "written": hit["written"], "role": hit["role"], "org": None,
                   "ref": "surname" if single else "name", "pos": offsets[i]}
            if language == "zh" and hit["role"]:
                spk.update(_zh_role_org(hit["speaker"], hit["role"]))
            last = _answer_end(blocks, i, mine, claimed) if lay.continues else i
            if last > i and lay.questions is not None and not any(lay.questions.match(b["text"]) for b in blocks):
                claims.extend(_comment_paragraphs(blocks, offsets, i, last, hit, spk, lay.cue, body))
                break
            end = offsets[i] + hit["end"] if last == i else offsets[last] + len(blocks[last]["text"].rstrip())
            claims.append(dict(make_claim(hit["kind"] if last == i else "indirect", spk, lay.cue,
                                          offsets[i] + hit["start"], end, i, body), _last_para=last))
            break
    return claims


def _comment_paragraphs(blocks: list[dict[str, str]], offsets: list[int], i: int, last: int, hit: dict[str, Any],
                        spk: dict[str, Any], cue: str, body: str) -> list[dict[str, Any]]:
    """An expert's comment over paragraphs ``i..last`` with no question in the page: one
    claim per paragraph, the same speaker (a new paragraph is a new statement)."""
    out = [dict(make_claim(hit["kind"], spk, cue, offsets[i] + hit["start"], offsets[i] + hit["end"], i, body),
                _last_para=last)]
    for j in range(i + 1, last + 1):
        text = blocks[j]["text"].rstrip()
        out.append(make_claim("indirect", dict(spk, pos=offsets[j]), cue, offsets[j],
                              offsets[j] + len(text.rstrip("。")), j, body))
    return out


def _tagged(text: str, mine: list[Layout]) -> bool:
    return any(lay.pattern.match(text) for lay in mine)


#: A line opening with a short label and a colon (``评论：``, ``Q:``): a new section or speaker.
_LABEL = re.compile(r"^\S{1,6}?[：:]")


def _answer_end(blocks: list[dict[str, str]], i: int, mine: list[Layout], claimed: set[int]) -> int:
    """Last paragraph of the answer tagged at paragraph ``i`` of an interview transcript:
    the untagged paragraphs after it, up to the next tagged line (``记者：``, another
    speaker), a heading or a short line that looks like one (``评论：……``), or the
    article's end; only in a transcript (two tagged lines or more) and only over paragraphs
    holding no quotation at their start and no attribution of their own (``claimed``)."""
    if sum(_tagged(b.get("text", ""), mine) for b in blocks) < 2:
        return i
    last = i
    for j in range(i + 1, len(blocks)):
        text = blocks[j].get("text", "")
        if blocks[j].get("kind") != "paragraph" or _tagged(text, mine) or text.startswith(OPEN) or j in claimed \
                or _LABEL.match(text) or len(text) < 15 and not text.rstrip().endswith(("。", "！", "？", ".")):
            break
        last = j
    return last


def _zh_role_org(name: str, described: str) -> dict[str, Any]:
    """Role and organization of ``姓名（机构+职务）``: read as the phrase ``机构职务姓名``
    (``某医院病理室主任`` -> org 某医院, role 病理室主任); the description as written
    when it does not parse so."""
    from pipelines.zh_speakers import parse_subject

    spk = parse_subject(described + name)
    if spk is not None and spk["speaker"] == name and spk.get("role"):
        return {"role": spk["role"], "org": spk.get("org")}
    return {"role": described}


def _narrators(blocks: list[dict[str, str]], mine: list[Layout]) -> set[str]:
    """Last words of the names a transcript tags as host or reporter
    ("SAM REYES, BYLINE:"): their later lines ("REYES:") are the article's own voice."""
    out = set()
    for block in blocks:
        for lay in mine:
            m = lay.pattern.match(block["text"])
            if m and lay.skip is not None and lay.skip.search(m.group("speaker") + " " + (m.groupdict().get("role") or "")):
                out.add(m.group("speaker").split()[-1])
    return out


def _says_something(text: str, hit: dict[str, Any]) -> bool:
    """At least three words (six CJK characters) that are not a stage direction."""
    content = text[hit["start"]:hit["end"]]
    if content.lstrip(OPEN).startswith(("(", "（", "[")):
        return False
    return len(re.findall(r"[\u3400-\u9fff]", content)) >= 6 or len(content.split()) >= 3


def override(rule_claims: list[dict[str, Any]], layout_claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rule claims plus layout claims; a rule claim in a paragraph a layout attributed
    goes (the layout knows the speaker of the whole paragraph)."""
    taken = {p for c in layout_claims for p in range(c["paragraph"], c.get("_last_para", c["paragraph"]) + 1)}
    return [c for c in rule_claims if c["paragraph"] not in taken] + layout_claims
