"""Stage `claims`: quotations and reported statements, with their speakers.

A claim is a dict::

    {"kind": "direct" | "mixed" | "indirect",
     "speaker": str,                # who it is: pronouns and short forms resolved
     "speaker_text": str,           # the speaker as written at this claim ("he", "the company")
     "speaker_role": str | None,    # "founder", "CEO", "研究总监"
     "speaker_org": str | None,     # "Huoxun Finance", "易居研究院"
     "speaker_entity": str | None,  # canonical entity name, set by the entities stage
     "cue": str,                    # "said", "told", "according to", "表示", "透露"
     "text": str,                   # == body[start:end]
     "start": int, "end": int,      # character offsets into doc.body
     "paragraph": int}              # index into doc.blocks of the first paragraph

One statement is one claim (:mod:`pipelines.statements`): a quotation split by its
attribution is one ``direct`` claim; a reported clause holding quoted words is one
``mixed`` claim (the whole clause; for "called/described" the object and the quoted
words).  ``text`` is the quotation without its outer marks (direct) or the reported
clause up to the end of its sentence, without the final stop (mixed, indirect).  A quotation that
runs over several paragraphs is one claim: ``start`` is just after its first opening
mark, ``end`` just before its final closing mark, so ``text`` keeps the paragraph
breaks and the opening marks of the continuing paragraphs (``"...otherwise.\\n\\n“We
have..."``), and ``paragraph`` is the first paragraph.  Claims are in body order.
Rules and evaluation: docs/claims.md.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from pipelines import attribution_common as common
from pipelines import en_mentions, en_reading, layouts, speaker_names, statements
from pipelines.base import StagePipeline
from pipelines.document import Document

logger = logging.getLogger(__name__)


def extract(blocks: list[dict[str, str]], *, language: str) -> list[dict[str, Any]]:
    """Claims of an article given as cleaned blocks (see module docstring).

    ``blocks``: ``[{"kind": "heading" | "paragraph", "text": str}]``, double quotes as
    “ ”.  ``language``: ``"en"`` or ``"zh"``; any other language yields no claims.
    Offsets refer to ``"\\n\\n".join(b["text"] for b in blocks)``.
    """
    if language not in ("en", "zh") or not blocks:
        return []
    body = common.SEP.join(b["text"] for b in blocks)
    offsets = common.paragraph_offsets(blocks)
    quotes = common.find_quotes(blocks, offsets)
    if language == "zh":
        from pipelines import attribution_zh as rules
        from pipelines.zh_lists import mark_lists

        blocks = mark_lists(blocks)  # headline links and navigation rows: no statements
    else:
        from pipelines import attribution_en as rules  # type: ignore[no-redef]
    raw, persons, orgs = rules.extract(blocks, offsets, quotes, body)
    raw = layouts.override(raw, layouts.extract(blocks, offsets, body, language, {c["paragraph"] for c in raw}))
    if language == "en":
        raw = en_reading.with_qa_answers(raw, blocks, offsets, body)
        raw += en_reading.colon_named(raw, quotes, body)
    raw = speaker_names.clean_speakers(raw)
    genders: dict[str, str] = {}
    if language == "en":
        quoted = sorted((a, b) for q in quotes for _p, a, b in q.pieces)
        persons = persons + speaker_names.speaker_mentions(raw, body, rules.title_words(), quoted)
        if any(c["_ref"] == "pronoun" for c in raw):
            known = {s["speaker"] for _p, s in persons}
            persons += en_mentions.pronoun_persons(body, known, quoted)
        names = {s["speaker"] for _p, s in persons} | {c["speaker"] for c in raw if c["_ref"] in ("name", "surname")}
        if any(c["_ref"] == "ref" for c in raw):
            persons = persons + en_mentions.anonymous_sources(body, quoted) + en_mentions.documents(
                body, frozenset(common.vocab("en")["document_nouns"]), quoted)
        genders = speaker_names.genders(names, body)
        en_mentions.surnames_of_persons(raw, names)
        lone = {c["speaker"] for c in raw if c["_ref"] == "surname" and c["speaker"] in genders}
        persons += en_mentions.short_mentions(names, lone, body, rules.title_words(), quoted)
    raw.sort(key=lambda c: (c["_pos"], c["start"]))
    resolved = common.resolve(raw, persons=persons, orgs=orgs, genders=genders)
    if language == "en":
        v = common.vocab("en")
        en_reading.refer_back(resolved, orgs, frozenset(v["document_nouns"]), frozenset(v["org_nouns"]))
        en_reading.named_groups(resolved, body)
        en_reading.acronyms(resolved, body)
        speaker_names.fullest_names(resolved, body, titles=rules.title_words())
    out = statements.apply(resolved, body, quotes, english=language == "en")
    if language == "en":
        # under three words is no statement (the rule book's floor): “Correct,” he said
        out = [c for c in out if len(_WORDS.findall(c["text"])) >= 3]
        # one clause read twice (by its quotation's attribution and by its sentence's): the longer
        longest = {(c["kind"], c["start"]): c for c in sorted(out, key=lambda c: c["end"])}
        out = [c for c in out if longest[(c["kind"], c["start"])] is c]
    else:  # under six characters is no statement either: 他说“不”, “这话怎讲？”
        out = [c for c in out if len(_ZH_CHARS.findall(c["text"])) >= 6]
    return common.finish(out)


_WORDS = re.compile(r"[^\W_]+(?:[’'][^\W_]+)?")
#: A Chinese character, or a word in another script inside Chinese text.
_ZH_CHARS = re.compile(r"[\u3400-\u9fff]|[^\W\d_\u3400-\u9fff]+|\d+")


def run(doc: Document) -> Document:
    """Fill ``doc.claims`` from ``doc.blocks`` and ``doc.language``.

    A bug in the rules never loses the article: the error becomes a stage warning
    (logged and counted as ``newsarchive/claims/warnings``) and the article goes on
    without claims."""
    try:
        doc.claims = extract(doc.blocks, language=doc.language or "")
    except Exception as exc:  # noqa: BLE001 - any rule bug; reported, never fatal
        doc.claims = []
        stage_error(doc, "claims", exc)
    return doc


def stage_error(doc: Document, stage: str, exc: Exception) -> None:
    """Record an internal error of an enrichment stage on ``doc`` (warning + meta count)."""
    logger.warning("%(url)s: %(stage)s stage failed, article kept without it", {"url": doc.url, "stage": stage},
                   exc_info=exc)
    doc.warnings.append(f"{stage}: internal error ({type(exc).__name__}: {exc}); article stored without {stage}")
    errors = doc.meta.stage_errors
    errors[stage] = errors.get(stage, 0) + 1


class ClaimsPipeline(StagePipeline):
    stage = "claims"
    func = staticmethod(run)
