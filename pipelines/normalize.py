"""Stage `normalize`: entities, Unicode, quotes, dashes, ellipses and whitespace.

Applied to ``doc.title`` and to the text of every block; a block that becomes
empty is dropped.  :func:`normalize_text` is idempotent:
``normalize_text(normalize_text(s)) == normalize_text(s)`` (property-tested).

Canonical forms (the same for English and Chinese text)
-------------------------------------------------------
* HTML entities, named and numeric, are decoded, double-escaped ones too
  (``&amp;quot;`` -> ``"`` -> ``“``).
* Mojibake is repaired with ftfy (UTF-8 read as cp1252/latin-1 and the like);
  ftfy's width folding is off so Chinese full-width punctuation (，：？) stays,
  and its quote uncurling is off because quotes are handled here.
* NFC; zero-width characters, soft hyphens, BOMs and control characters are
  removed; NBSP, ideographic space (U+3000) and other Unicode spaces become a
  plain space; runs of whitespace collapse to one space; ends are stripped.
* Double quotes are ``“`` (U+201C) and ``”`` (U+201D); nested/single quotes
  are ``‘`` (U+2018) and ``’`` (U+2019).  Mapped onto them: straight ``"``
  and ``'`` (oriented open/close by pairing within the block), full-width
  ``＂ ＇``, CJK corner brackets ``「」 -> “”`` and ``『』 -> ‘’``, low-9
  ``„ ‚``, reversed ``‟ ‛``, ``〝〞〟`` and guillemets ``« » -> “ ”``,
  ``‹ › -> ‘ ’``.  Unbalanced pairs are repaired when unambiguous: a quote
  opened straight and closed curly (``"...”``), a closing mark used to open
  (``”...”``) or an opening mark used to close (``“...“``).
* The apostrophe is ``’`` (U+2019, the same code point as the closing single
  quote, as in typeset English): ``don't`` -> ``don’t``, ``Mongolia's`` ->
  ``Mongolia’s``.  A straight ``'`` between two digits (``5'10``) is left alone.
* Dashes: the em-dash family (U+2014, horizontal bar U+2015, two-em dash
  U+2E3A, small em dash U+FE58) becomes ``—`` (U+2014); a double hyphen
  between words (``a -- b``, ``a--b``) becomes ``—``; Chinese ``——`` stays
  ``——`` (two em dashes).  En dash ``–`` (ranges) is kept; figure dash U+2012
  becomes ``–``; Unicode hyphens U+2010/U+2011 become ``-``.  The minus sign
  U+2212 and every digit are untouched: numbers and amounts are never rewritten.
* Ellipses: three or more dots (``...``, ``. . .``), ``。。。`` and ``⋯``
  become ``…`` (U+2026); Chinese ``……`` stays ``……``.  Teaser detection in
  :mod:`pipelines.boilerplate` therefore only looks for ``…``.
"""

from __future__ import annotations

import html
import re
import unicodedata

import ftfy
from ftfy.badness import is_bad

from pipelines.base import StagePipeline
from pipelines.document import Document

# ftfy without width folding (keeps ，：？ in Chinese) and without uncurling
# quotes (we canonicalise them ourselves); entities are decoded before it.
_FTFY = ftfy.TextFixerConfig(
    unescape_html=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_latin_ligatures=True,
    normalization="NFC",
    explain=False,
)

#: Text of nothing but these characters is left as it is by ftfy (with :data:`_FTFY`), so it
#: skips the call (half of the non-ASCII lines on real pages, English ones with curly quotes
#: and Chinese ones): printable ASCII, CJK ideographs and punctuation, kana, full-width forms,
#: and the quotes, dashes and ellipsis of general punctuation (U+2010-201F, U+2026; not † or •,
#: which Mac Roman encodes as UTF-8 continuation bytes: "“†" is mojibake of "Ҡ" to ftfy).
_FTFY_INERT_RE = re.compile(
    "[\x20-\x7e\u3400-\u4dbf\u4e00-\u9fff\u3001-\u3029\u3030-\u303f\u3041-\u3096\u309b-\u30ff"
    "\uff01-\uff9f\u2010-\u201f\u2026]*")

# Entities: a named or numeric reference, possibly double-escaped (&amp;quot;).
_ENTITY_RE = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?")
# Characters deleted outright: zero-width, soft hyphen, BOM, bidi marks, C0/C1
# controls except whitespace (handled below).
_DELETE_RE = re.compile(
    "[\u00ad\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff"
    "\u202a-\u202e\u2066-\u2069\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]"
)
# Every Unicode space (NBSP, ideographic space, thin spaces ...) and tabs/newlines.
_SPACE_RE = re.compile(r"[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+")

# Direction-certain marks mapped straight onto the canonical ones.
_QUOTE_MAP = str.maketrans({
    "「": "“", "」": "”", "『": "‘", "』": "’",
    "„": "“", "‟": "“", "〝": "“", "〞": "”", "〟": "”",
    "«": "“", "»": "”",
    "‚": "‘", "‛": "‘", "‹": "‘", "›": "’",
    "＂": '"', "＇": "'",
    "\u2015": "—", "\u2e3a": "——", "\ufe58": "—",
    "\u2012": "–", "\u2010": "-", "\u2011": "-",
    "⋯": "…",
})
# Any character :data:`_QUOTE_MAP` rewrites (all non-ASCII): most lines hold none.
_QUOTE_KEYS_RE = re.compile("[" + re.escape("".join(map(chr, _QUOTE_MAP))) + "]")
_DOUBLE_APOSTROPHE_RE = re.compile(r"(?<!['`])(?:''|``)(?!['`])")
_DOUBLE_HYPHEN_RE = re.compile(r"(?<=[^\-])--(?=[^\-])")
# 5'10": the double prime after feet-and-inches is not a quote.
_INCHES_RE = re.compile(r"\d'\d+(?:\.\d+)?$")
_ELLIPSIS_RE = re.compile(r"(?:\.\s?){2,}\.|。{3,}|…(?:\s?\.)+")
# Two dots at most one space apart: the start of every dotted ellipsis (a cheap test first).
_DOTS_RE = re.compile(r"\.\s?\.")
# Three or more ellipsis characters collapse to the Chinese double form.
_MANY_ELLIPSES_RE = re.compile(r"…{3,}")

# The marks the two orienting passes look at (a scan in C; the passes step from mark to mark).
_DOUBLE_MARKS_RE = re.compile('["“”]')
_SINGLE_MARKS_RE = re.compile("['‘’]")

_OPENING_CONTEXT = set("([{<“‘—–-/:：，,；;（【《〈")
_CLOSE_DOUBLE = "”"
_OPEN_DOUBLE = "“"


def _is_latin_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum() or ("\u00c0" <= ch <= "\u024f")


_CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# Scripts written without spaces between words: every letter counts as a word, as a CJK
# ideograph does (Japanese kana, Thai, Lao, Khmer, Myanmar, Tibetan).
_UNSPACED = r"\u3041-\u3096\u30a1-\u30fa\u30fc\u31f0-\u31ff\u0e00-\u0eff\u1780-\u17ff\u1000-\u109f\u0f00-\u0fff"
_UNSPACED_RE = re.compile(rf"[{_UNSPACED}]")
# A word in any spaced script (Latin, Cyrillic, Greek, Arabic, Hebrew, Hangul, Devanagari ...):
# a run of letters, digits and combining marks; "3.5", "don’t" and "e-mail" are one word.
_LETTERS = rf"[^\W_\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff{_UNSPACED}]"
_MARKS = r"\u0300-\u036f\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0900-\u0903\u093a-\u094f\u0951-\u0957"
_SPACED_WORD_RE = re.compile(rf"{_LETTERS}[{_MARKS}]*(?:(?:[’'.,-]?{_LETTERS})[{_MARKS}]*)*")
# The same words in ASCII text (there a letter is [A-Za-z0-9] and no mark or ’ occurs), 2.5x faster.
_ASCII_WORD_RE = re.compile(r"[A-Za-z0-9]+(?:['.,-][A-Za-z0-9]+)*")


def cjk_count(text: str) -> int:
    """Number of CJK ideographs in ``text``."""
    if text.isascii():  # an O(1) flag on str: most blocks and hints are plain ASCII
        return 0
    return _CJK_RE.subn("", text)[1]  # the matches counted, not built (half the time on Chinese text)


def word_count(text: str) -> int:
    """Words in every script: runs of letters and digits in spaced scripts (Latin, Cyrillic,
    Greek, Arabic, Hebrew, Hangul, Devanagari ...; ``3.5`` and ``don’t`` are one word), plus one
    per CJK ideograph and per letter of the scripts written without spaces (kana, Thai ...)."""
    if text.isascii():
        return len(_ASCII_WORD_RE.findall(text))
    if 16 * (len(text.encode("utf-8", "surrogatepass")) - len(text)) < len(text) and not _NO_ASCII_FORM_RE.search(text):
        others = set(_NON_ASCII_RE.findall(text))
        if len(others) <= 24:
            # a few non-ASCII characters (curly quotes, dashes, "é"): each is replaced by
            # an ASCII one of its class -- a letter for a letter, "'" for "’", " " for the rest --
            # and the ASCII pattern, 3x faster, counts the same words (tests/test_speed_equivalents_word_count_and_pool.py)
            for ch in others:
                text = text.replace(ch, _ascii_form(ch))
            return len(_ASCII_WORD_RE.findall(text))
    return len(_SPACED_WORD_RE.findall(text)) + cjk_count(text) + len(_UNSPACED_RE.findall(text))


_NON_ASCII_RE = re.compile(r"[^\x00-\x7f]")
# Characters with no ASCII stand-in: CJK, the unspaced scripts (a word a letter) and the
# combining marks (they extend the word before them).
_NO_ASCII_FORM_RE = re.compile(rf"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff{_UNSPACED}{_MARKS}]")
_WORD_CHAR_RE = re.compile(r"\w")


def _ascii_form(ch: str) -> str:
    """The ASCII character of ``ch``'s class for ``_SPACED_WORD_RE``: a letter, a joiner, other."""
    return "'" if ch == "’" else "a" if _WORD_CHAR_RE.match(ch) else " "


def is_cjk_char(ch: str) -> bool:
    return bool(ch) and bool(_CJK_RE.match(ch))


def unescape_entities(text: str) -> str:
    """Decode HTML entities, up to three levels of escaping (``&amp;amp;quot;``)."""
    for _ in range(3):
        if "&" not in text or not _ENTITY_RE.search(text):
            break
        decoded = html.unescape(text)
        if decoded == text:
            break
        text = decoded
    return text


def _orient_doubles(text: str) -> str:
    """Straight ``"`` become “/” by pairing; mismatched curly pairs repaired."""
    if '"' not in text and "“" not in text and "”" not in text:
        return text
    chars = list(text)
    marks = [m.start() for m in _DOUBLE_MARKS_RE.finditer(text)]
    is_open = False
    for n, i in enumerate(marks):
        c = chars[i]
        left = len(marks) - n - 1  # marks after this one (not rewritten yet: read from ``text``)
        if c == '"':
            if _INCHES_RE.search(text, max(0, i - 12), i):
                continue
            chars[i] = _CLOSE_DOUBLE if is_open else _OPEN_DOUBLE
            is_open = not is_open
        elif c == "“":
            if is_open and text.find('"', i + 1) < 0 and text.find("”", i + 1) < 0:
                # “...“ with nothing left to close it: the second one closes.
                chars[i] = _CLOSE_DOUBLE
                is_open = False
            else:
                is_open = True
        else:  # ”
            if not is_open and left and text[marks[n + 1]] in '"”' and left % 2 == 1:
                # ”...” with the pairing otherwise even: the first one opens.
                chars[i] = _OPEN_DOUBLE
                is_open = True
            else:
                is_open = False
    return "".join(chars)


def _orient_singles(text: str) -> str:
    """Straight ``'`` become ‘/’ (or the apostrophe ’) from context and pairing."""
    if "'" not in text and "‘" not in text:
        return text
    chars = list(text)
    single_open = False
    n = len(chars)
    for m in _SINGLE_MARKS_RE.finditer(text):  # other characters leave the state as it is
        i, c = m.start(), m.group()
        if c == "‘":
            if single_open and text.find("'", i + 1) < 0 and text.find("’", i + 1) < 0:
                chars[i] = "’"  # ‘...‘ (German low-9 pairs): the second one closes
                single_open = False
            else:
                single_open = True
        elif c == "’":
            single_open = False
        elif c == "'":
            prev = chars[i - 1] if i else " "
            nxt = chars[i + 1] if i + 1 < n else " "
            if prev.isdigit() and nxt.isdigit():
                continue  # 5'10: a prime, not a quote
            if _is_latin_alnum(prev) and _is_latin_alnum(nxt):
                chars[i] = "’"  # don't, Mongolia's
            elif prev.isspace() or prev in _OPENING_CONTEXT or i == 0:
                if nxt.isspace() or i + 1 == n:
                    chars[i] = "’"  # stray mark surrounded by spaces
                else:
                    chars[i] = "‘"
                    single_open = True
            elif single_open:
                chars[i] = "’"
                single_open = False
            elif _is_latin_alnum(prev) or prev in ".,!?;:”’)":
                chars[i] = "’"  # miners' / closing after punctuation
            else:
                # CJK context ('去海外'): pair by parity.
                chars[i] = "‘"
                single_open = True
    return "".join(chars)


def normalize_quotes(text: str) -> str:
    """Map every quote style onto “ ” and ‘ ’ (see the module docstring)."""
    if not text.isascii() and _QUOTE_KEYS_RE.search(text):
        text = text.translate(_QUOTE_MAP)
    # ''double apostrophes'' and ``TeX quotes`` are double quotation marks (issue 9)
    if "''" in text or "``" in text:
        text = _DOUBLE_APOSTROPHE_RE.sub('"', text)
    # Repairs can enable further repairs ('＇a -> ‘‘a -> ‘’a): iterate to a
    # fixed point so that normalizing twice changes nothing.
    for _ in range(4):
        fixed = _orient_singles(_orient_doubles(text))
        if fixed == text:
            break
        text = fixed
    return text


def normalize_text(text: str, *, fix_mojibake: bool = True) -> str:
    """One line of text in canonical form (see the module docstring).

    Newlines are treated as spaces: a block is one paragraph.  The result is a fixed
    point (normalizing it again changes nothing): one pass can uncover mojibake that
    only the next one repairs (``Â"`` -> ``Â“`` -> ``“``), so while the result still
    looks like mojibake (``ftfy.badness.is_bad``) passes repeat until it is stable (at most four).
    """
    if not text:
        return ""
    out = _normalize_once(text, fix_mojibake)
    # Only text that still looks like mojibake gets another pass: clean text is already a
    # fixed point, and normalizing every block twice would double the stage's cost.  Text of
    # inert characters (:data:`_FTFY_INERT_RE`) never looks like mojibake to ftfy.
    for _ in range(3):
        if not (fix_mojibake and not out.isascii() and not _FTFY_INERT_RE.fullmatch(out) and is_bad(out)):
            break
        again = _normalize_once(out, fix_mojibake)
        if again == out:
            break
        out = again
    return out


def _squeeze(text: str) -> str:
    """``_SPACE_RE.sub(" ", _DELETE_RE.sub("", text)).strip()``: nothing to do on printable
    text (every deleted character and every space but " " is unprintable) without a double
    space or a space at either end, which is most lines after the first pass."""
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return _SPACE_RE.sub(" ", _DELETE_RE.sub("", text)).strip()


def _normalize_once(text: str, fix_mojibake: bool) -> str:
    text = unescape_entities(text)
    # Whitespace is settled before ftfy so that ftfy sees the same input when
    # the output is normalized again (idempotence), and once more after it.
    text = _squeeze(text)
    if fix_mojibake and not text.isascii() and not _FTFY_INERT_RE.fullmatch(text):
        text = _squeeze(unicodedata.normalize("NFC", ftfy.fix_text(text, _FTFY)))
    elif not text.isascii():
        text = _squeeze(unicodedata.normalize("NFC", text))
    text = normalize_quotes(text)
    if "--" in text:
        text = _DOUBLE_HYPHEN_RE.sub("—", text)
    if "…" in text or "。。。" in text or _DOTS_RE.search(text):
        text = _MANY_ELLIPSES_RE.sub("……", _ELLIPSIS_RE.sub("…", text))
    return _squeeze(text)


#: HTML elements whose line breaks (``<br>``) can be the hard wrap of one paragraph.
_WRAP_TAGS = {"p", "div", "td", "section", "blockquote"}
#: A wrapped line is near a full line wide; shorter lines are verse, addresses, list items.
_WRAP_MIN_CHARS = 40
#: A block this much link text (``_links``) is wholly linked: a link's title, a button, a bare link
#: (boilerplate, candidate merging and line joining all read it so).
LINK_LINE = 0.9
_WRAP_END_RE = re.compile(r"[^\W_]|[,;\-–—]$")


def _continues(prev: dict, block: dict) -> bool:
    """``block`` is the next line of the hard-wrapped paragraph ``prev``: both are lines of
    the same kind of element, ``prev`` is a long line ending in a word, a digit or a comma
    (not a sentence, a colon or a CJK line) and ``block`` starts with a lower-case letter;
    not a list item's linked title and its own line (:func:`_titled_item`)."""
    a, b = prev["text"], block["text"]
    return (prev["kind"] == block["kind"] == "paragraph" and prev.get("_tag") == block.get("_tag") in _WRAP_TAGS
            and len(a) >= _WRAP_MIN_CHARS and b[:1].islower() and not cjk_count(a[-1:])
            and not _titled_item(prev, block)
            and bool(_WRAP_END_RE.search(a[-1:])))


def _titled_item(prev: dict, block: dict) -> bool:
    """``prev`` is wholly a link and ``block`` is not: a list item's linked title and the line
    under it ("via Example News", "by A. Writer"), two lines by markup.  A wrapped line of prose
    is rarely all link; lines that are both links (a list of titles) are left as before."""
    return prev.get("_links", 0.0) >= LINK_LINE > block.get("_links", 0.0)


def join_wrapped(blocks: list[dict]) -> list[dict]:
    """Hard-wrapped prose (a paragraph broken into lines with ``<br>``, each line a block)
    joined back into paragraphs (:func:`_continues`); ``_links`` is the length-weighted share."""
    out: list[dict] = []
    for block in blocks:
        if out and _continues(out[-1], block):
            prev = out[-1]
            text = f"{prev['text']} {block['text']}"
            links = (prev.get("_links", 0.0) * len(prev["text"]) + block.get("_links", 0.0) * len(block["text"]))
            out[-1] = {**prev, "text": text, "_links": round(links / len(text), 3)}
        else:
            out.append(block)
    return out


def run(doc: Document) -> Document:
    if doc.title:
        doc.title = normalize_text(doc.title) or None
    blocks = []
    for block in doc.blocks:
        text = normalize_text(block.get("text", ""))
        if text:
            blocks.append({**block, "text": text})
    doc.blocks = join_wrapped(blocks)
    return doc


class NormalizePipeline(StagePipeline):
    stage = "normalize"
    func = staticmethod(run)
