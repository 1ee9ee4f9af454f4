"""Stage `decode`: page bytes -> text, with the charset found and checked.

Order of evidence (the first that decodes the bytes cleanly wins):

1. a byte-order mark;
2. the HTTP ``Content-Type`` charset (``doc.headers["content-type"]``);
3. ``<meta charset>`` / ``<meta http-equiv="Content-Type">`` / ``<?xml encoding>``
   in the first 4 KiB;
4. the site profile's ``charset_fallback``;
5. detection with charset-normalizer.

A declared charset is *checked*: if the bytes do not decode strictly with it
(a page declared utf-8 that is really GBK, say), detection decides instead and
a warning names both.  Bytes that are valid UTF-8 with non-ASCII content are
read as UTF-8 even when a legacy charset is declared, because random GBK or
Latin-1 text is practically never valid UTF-8.  GBK and GB2312 are always read
as gb18030 (their superset), latin-1/ascii as cp1252 (what browsers do).  When
nothing decodes cleanly the best candidate is used with replacement characters
and a warning; a page where more than 1 % of characters would be replaced is
rejected rather than archived as garbage.

``doc.input_kind`` is ``"html"`` when the text looks like markup and
``"text"`` for plain-text captures (see :func:`detect_kind`).
"""

from __future__ import annotations

import codecs
import re
from typing import Any

import charset_normalizer

from pipelines import profiles
from pipelines.base import StagePipeline
from pipelines.document import Document
from pipelines.errors import Reject

#: Pages larger than this are rejected (bytes); real articles are < 2 MB.
MAX_PAGE_BYTES = 10 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_HEADER_CHARSET_RE = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9._:-]+)", re.I)
_META_CHARSET_RE = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9._:-]+)""",
    re.I,
)
# Charsets replaced by a superset, as browsers do.
_SUPERSETS = {
    "gbk": "gb18030", "gb2312": "gb18030", "gb_2312_80": "gb18030", "cp936": "gb18030",
    "euc_cn": "gb18030", "hz": "gb18030",
    "latin_1": "cp1252", "ascii": "cp1252", "iso8859_1": "cp1252",
    "big5": "big5hkscs",
    "utf_8": "utf-8", "utf_8_sig": "utf-8",
}
# Markup evidence for detect_kind: a doctype, or known HTML tags.
_DOCTYPE_RE = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<!doctype\s+html", re.I | re.S)
_TAG_RE = re.compile(
    r"<(?:html|head|body|div|p|br|article|section|span|a|h[1-6]|table|td|tr|meta|title|script|style|ul|li|img)\b[^<>]{0,2000}>",
    re.I,
)


def python_codec(name: str | None) -> str | None:
    """Python codec name for a declared charset, with supersets applied; None if unknown."""
    if not name:
        return None
    try:
        codec = codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None
    key = codec.replace("-", "_")
    return _SUPERSETS.get(key, codec)


def declared_charsets(raw: bytes, *, headers: dict[str, str] | None = None) -> list[tuple[str, str]]:
    """``[(codec, where), ...]`` from BOM, HTTP header and in-page declarations, in that order."""
    found: list[tuple[str, str]] = []
    for bom, name in _BOMS:
        if raw.startswith(bom):
            found.append((name, "bom"))
            break
    content_type = (headers or {}).get("content-type", "")
    m = _HEADER_CHARSET_RE.search(content_type)
    if m and (codec := python_codec(m.group(1))):
        found.append((codec, "http header"))
    m = _META_CHARSET_RE.search(raw[:4096])
    if m:
        name = (m.group(1) or m.group(2)).decode("ascii", "replace")
        if codec := python_codec(name):
            found.append((codec, "meta"))
    return found


def _strict(raw: bytes, codec: str) -> str | None:
    try:
        return raw.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _single_byte(codec: str) -> bool:
    return codec.startswith(("cp125", "iso8859", "latin", "koi8", "mac_", "cp8"))


def _high_byte_share(raw: bytes) -> float:
    sample = raw[:65536]
    return sum(1 for b in sample if b > 0x7F) / max(1, len(sample))


_HIGH_BYTE_RE = re.compile(rb"[\x80-\xff]")


def _detect(raw: bytes) -> str | None:
    """Detected charset as a python codec, or None.

    Only lines holding non-ASCII bytes are sampled: a page that is mostly ASCII
    script and navigation otherwise lets a few Chinese paragraphs pass for
    Cyrillic.  Among charset-normalizer's candidates the least chaotic wins
    (its own "best" also weighs language coherence, which misleads on short
    samples); on ties multi-byte East Asian codecs first, then cp1252.
    """
    lines = [line for line in raw.split(b"\n") if _HIGH_BYTE_RE.search(line)]
    sample = b"\n".join(lines)[:200_000] or raw[:200_000]
    results = list(charset_normalizer.from_bytes(sample))
    if not results:
        return None
    multibyte = ("gb18030", "gbk", "gb2312", "big5", "big5hkscs", "shift_jis", "euc_jp", "euc_kr", "cp949", "utf_8")
    western = ("cp1252", "latin_1", "iso8859_15")  # the web's usual single-byte charsets win ties

    def rank(r: Any) -> tuple[float, int]:
        # This archive is Chinese and English: gb18030 first among East Asian ties.
        if r.encoding in multibyte:
            return round(r.chaos, 3), multibyte.index(r.encoding)
        return round(r.chaos, 3), len(multibyte) + (0 if r.encoding in western else 1)

    best = min(results, key=rank)
    return python_codec(best.encoding)


def decode_bytes(raw: bytes, *, headers: dict[str, str] | None = None,
                 fallback: str | None = None) -> tuple[str, str, list[str]]:
    """Decode page bytes; returns ``(text, codec, warnings)``.

    Raises :class:`Reject` when the bytes cannot be read as text.
    """
    warnings: list[str] = []
    declared = declared_charsets(raw, headers=headers)
    if declared and declared[0][1] == "bom":
        codec = declared[0][0]
        text = raw.decode(codec, "replace")
        return text.lstrip("\ufeff"), codec.replace("-le", "").replace("-be", ""), warnings

    if not raw.isascii():
        utf8 = _strict(raw, "utf-8")
        if utf8 is not None:
            if declared and declared[0][0] != "utf-8":
                warnings.append(f"declared charset {declared[0][0]} ({declared[0][1]}) is wrong: bytes are utf-8")
            return utf8, "utf-8", warnings

    candidates = [c for c, _ in declared]
    if fallback and (fb := python_codec(fallback)):
        candidates.append(fb)
    for codec in candidates:
        text = _strict(raw, codec)
        if text is not None:
            if _single_byte(codec) and _high_byte_share(raw) > 0.1:
                # A single-byte charset decodes nearly anything; East Asian text
                # declared as latin-1 must still be caught.
                better = _detect(raw)
                if better and not _single_byte(better) and (t2 := _strict(raw, better)) is not None:
                    warnings.append(f"declared charset {codec} is wrong: detected {better}")
                    return t2, better, warnings
            if codec != candidates[0]:
                warnings.append(f"declared charset {candidates[0]} does not decode the page; used {codec}")
            return text, codec, warnings

    detected = _detect(raw)
    if detected:
        text = _strict(raw, detected)
        if text is not None:
            if candidates:
                warnings.append(f"declared charset {candidates[0]} does not decode the page; detected {detected}")
            return text, detected, warnings
    # Nothing decodes cleanly: use the best guess, but refuse to archive garbage.
    codec = detected or (candidates[0] if candidates else "utf-8")
    text = raw.decode(codec, "replace")
    bad = text.count("\ufffd")
    if bad > max(10, len(text) // 100):
        raise Reject("decode", f"bytes do not decode as text: {bad} of {len(text)} characters invalid as {codec}")
    warnings.append(f"{bad} undecodable bytes replaced (decoded as {codec})")
    return text, codec, warnings


def detect_kind(text: str, *, content_type: str | None = None) -> str:
    """``"html"`` if the text is markup, else ``"text"`` (a plain-text capture).

    Markup means a doctype, or at least two known HTML tags in the first 64 KiB;
    ``<<:``-style navigation in plain text has no tag name and does not count.
    """
    head = text[:65536]
    if _DOCTYPE_RE.match(head):
        return "html"
    if content_type and content_type.split(";")[0].strip().lower() == "text/plain":
        return "text"
    count = 0
    for _ in _TAG_RE.finditer(head):
        count += 1
        if count >= 2:
            return "html"
    return "text"


def run(doc: Document, *, max_bytes: int = MAX_PAGE_BYTES) -> Document:
    raw = doc.raw
    if raw is None or len(raw) == 0:
        raise Reject("decode", "empty body: the page has no content")
    size = len(raw.encode("utf-8")) if isinstance(raw, str) else len(raw)
    if size > max_bytes:
        raise Reject("decode", f"page is {size / 1048576:.1f} MB, over the NEWSARCHIVE limit of "
                               f"{max_bytes / 1048576:.0f} MB")
    if isinstance(raw, str):
        text, encoding = raw.lstrip("\ufeff"), "utf-8"
    else:
        if b"\x00" in raw[:4096] and not raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            raise Reject("decode", "binary content (NUL bytes), not a text or HTML page")
        fallback = None
        site = profiles.of(doc)
        if site is not None:
            fallback = site.charset_fallback
        text, encoding, warnings = decode_bytes(raw, headers=doc.headers, fallback=fallback)
        doc.warnings.extend(warnings)
    if not text.strip():
        raise Reject("decode", "empty body: the page is only whitespace")
    doc.text = text
    doc.encoding = encoding
    doc.input_kind = detect_kind(text, content_type=doc.headers.get("content-type"))
    return doc


class DecodePipeline(StagePipeline):
    stage = "decode"
    func = staticmethod(run)
