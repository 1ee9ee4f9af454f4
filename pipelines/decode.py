"""Stage `decode`: page bytes -> text, with the charset found and checked.

Reading the evidence is w3lib's (``w3lib.encoding``: BOM, HTTP header, in-page
declarations, the WHATWG name table, ``html_to_unicode``, the same code Scrapy
uses for ``response.text``); checking it is ours, because w3lib trusts a
declaration even when the bytes say otherwise.  Order of evidence (the first
that decodes the bytes cleanly wins):

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

Text encoded as UTF-8 twice, the second time read as Latin-1 (``’`` stored as the bytes of
``â\x80\x99``), keeps C1 control characters that the normalize stage deletes, taking the
quote with them; :func:`repair_c1_mojibake` turns each such sequence back into the character
it encodes before anything else reads the text.

``doc.input_kind`` is ``"html"`` when the text looks like markup and
``"text"`` for plain-text captures (see :func:`detect_kind`).
"""

from __future__ import annotations

import codecs
import re
from typing import Any

import charset_normalizer
from w3lib.encoding import (html_body_declared_encoding, html_to_unicode, http_content_type_encoding, read_bom,
                            resolve_encoding)

from pipelines import profiles
from pipelines.base import StagePipeline
from pipelines.document import Document
from pipelines.errors import Reject

#: Only the in-page declarations near the top count (as browsers do).
DECLARATION_BYTES = 4096
# Supersets applied after w3lib's WHATWG table (which maps latin-1 and ascii to cp1252): every GB
# label reads as gb18030 (w3lib up to 2.5 gave gb18030 for gbk/gb2312, 2.6 gives gbk, which fails on
# the gb18030-only characters real GBK-labelled pages carry).
_SUPERSETS = {"hz": "gb18030", "euc_cn": "gb18030", "gbk": "gb18030", "gb2312": "gb18030",
              "utf_8_sig": "utf-8", "utf_8": "utf-8"}
# Markup evidence for detect_kind: a doctype, or known HTML tags.
_DOCTYPE_RE = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<!doctype\s+html", re.I | re.S)
_TAG_RE = re.compile(
    r"<(?:html|head|body|div|p|br|article|section|span|a|h[1-6]|table|td|tr|meta|title|script|style|ul|li|img)\b[^<>]{0,2000}>",
    re.I,
)

# A UTF-8 byte sequence read as Latin-1: a lead character, then continuation characters
# (U+0080-U+00BF); only sequences holding a C1 control (U+0080-U+009F) are repaired, since no
# text means those and legitimate Latin-1 words ("Ã©") never contain them.
_C1_RE = re.compile("[\x80-\x9f]")
#: The C1 controls one by one: 32 ``in`` scans (memchr) cost a fraction of one regex scan.
_C1_CHARS = tuple(map(chr, range(0x80, 0xA0)))
_UTF8_AS_LATIN1_RE = re.compile("[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _utf8_again(m: re.Match[str]) -> str:
    seq = m.group()
    if not _C1_RE.search(seq):
        return seq
    try:
        return seq.encode("latin-1").decode("utf-8")
    except UnicodeDecodeError:
        return seq


def repair_c1_mojibake(text: str) -> str:
    """``text`` with every UTF-8 sequence read as Latin-1 that holds a C1 control decoded
    again (``Doctorsâ\x80\x99 Day`` -> ``Doctors’ Day``); text without C1 controls is returned
    as it is (one scan)."""
    if text.isascii() or not any(c in text for c in _C1_CHARS):
        return text
    return _UTF8_AS_LATIN1_RE.sub(_utf8_again, text)


def python_codec(name: str | None) -> str | None:
    """Python codec name for a declared charset, with supersets applied; None if unknown."""
    if not name:
        return None
    codec = resolve_encoding(name.strip().strip("\"'"))
    if codec is None:
        return None
    return _SUPERSETS.get(codecs.lookup(codec).name.replace("-", "_"), codec)


def declared_charsets(raw: bytes, *, headers: dict[str, str] | None = None) -> list[tuple[str, str]]:
    """``[(codec, where), ...]`` from BOM, HTTP header and in-page declarations, in that order."""
    found: list[tuple[str, str]] = []
    bom, _ = read_bom(raw)
    if bom:
        found.append((bom, "bom"))
    if codec := python_codec(http_content_type_encoding((headers or {}).get("content-type", ""))):
        found.append((codec, "http header"))
    if codec := python_codec(html_body_declared_encoding(raw[:DECLARATION_BYTES])):
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


def _checked(raw: bytes, codec: str, warnings: list[str]) -> tuple[str, str] | None:
    """``raw`` decoded strictly as ``codec``; a single-byte charset on East Asian
    bytes yields to detection (it decodes nearly anything).  None if it does not decode."""
    text = _strict(raw, codec)
    if text is None:
        return None
    if _single_byte(codec) and _high_byte_share(raw) > 0.1:
        better = _detect(raw)
        if better and not _single_byte(better) and (t2 := _strict(raw, better)) is not None:
            warnings.append(f"declared charset {codec} is wrong: detected {better}")
            return t2, better
    return text, codec


def decode_bytes(raw: bytes, *, headers: dict[str, str] | None = None,
                 fallback: str | None = None) -> tuple[str, str, list[str]]:
    """Decode page bytes; returns ``(text, codec, warnings)``.

    Raises :class:`Reject` when the bytes cannot be read as text.
    """
    warnings: list[str] = []
    content_type = (headers or {}).get("content-type")
    declared = declared_charsets(raw, headers=headers)
    if declared and declared[0][1] == "bom":
        _, text = html_to_unicode(content_type, raw)
        return text, declared[0][0].replace("-le", "").replace("-be", ""), warnings
    if not raw.isascii():
        # Valid UTF-8 with non-ASCII content is UTF-8 whatever is declared (w3lib would trust the declaration).
        utf8 = _strict(raw, "utf-8")
        if utf8 is not None:
            if declared and declared[0][0] != "utf-8":
                warnings.append(f"declared charset {declared[0][0]} ({declared[0][1]}) is wrong: bytes are utf-8")
            return utf8, "utf-8", warnings
    fb = python_codec(fallback)
    # w3lib picks the declaration (HTTP header, then <meta>); with none, the profile's fallback, then detection.
    encoding, _ = html_to_unicode(content_type, raw, auto_detect_fun=lambda data: fb or _detect(data))
    chosen = python_codec(encoding) or encoding
    candidates = list(dict.fromkeys([chosen, *(c for c, _ in declared), *([fb] if fb else [])]))
    for codec in candidates:
        if (found := _checked(raw, codec, warnings)) is not None:
            if codec != candidates[0]:
                warnings.append(f"declared charset {candidates[0]} does not decode the page; used {codec}")
            return found[0], found[1], warnings
    detected = _detect(raw)
    if detected and (text := _strict(raw, detected)) is not None:
        warnings.append(f"declared charset {candidates[0]} does not decode the page; detected {detected}")
        return text, detected, warnings
    # Nothing decodes cleanly: use the best guess, but refuse to archive garbage.
    codec = detected or candidates[0]
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


#: The largest page decoded, offline; the crawl's ``NEWSARCHIVE_MAX_PAGE_BYTES`` setting
#: (``crawler/settings.py``) takes its default from here.
MAX_PAGE_BYTES = 10 * 1024 * 1024


def run(doc: Document, *, max_bytes: int | None = None) -> Document:
    """Decode ``doc.raw`` into ``doc.text``; pages over ``max_bytes`` (default: the
    ``NEWSARCHIVE_MAX_PAGE_BYTES`` setting) are rejected."""
    if max_bytes is None:
        max_bytes = MAX_PAGE_BYTES
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
    doc.text = repair_c1_mojibake(text)
    doc.encoding = encoding
    doc.input_kind = detect_kind(text, content_type=doc.headers.get("content-type"))
    return doc


class DecodePipeline(StagePipeline):
    stage = "decode"
    func = staticmethod(run)
