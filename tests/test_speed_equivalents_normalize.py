"""The normalize stage's shortcuts (skipped no-op passes, mark-to-mark quote scans) give the
same text as the plain definitions they replace, kept here as they were."""

from __future__ import annotations

import sys
import unicodedata

import ftfy
import pytest
from ftfy.badness import is_bad
from hypothesis import given, settings, strategies as st

from pipelines import normalize as n


def _plain_orient_doubles(text: str) -> str:
    if '"' not in text and "“" not in text and "”" not in text:
        return text
    chars = list(text)
    marks = [i for i, c in enumerate(chars) if c in '"“”']
    is_open = False
    for k, i in enumerate(marks):
        c = chars[i]
        rest = [chars[j] for j in marks[k + 1:]]
        if c == '"':
            if n._INCHES_RE.search(text, max(0, i - 12), i):
                continue
            chars[i] = "”" if is_open else "“"
            is_open = not is_open
        elif c == "“":
            if is_open and not any(r in '"”' for r in rest):
                chars[i], is_open = "”", False
            else:
                is_open = True
        elif not is_open and rest and rest[0] in '"”' and len(rest) % 2 == 1:
            chars[i], is_open = "“", True
        else:
            is_open = False
    return "".join(chars)


def _plain_orient_singles(text: str) -> str:  # noqa: C901 - the old definition, kept whole
    if "'" not in text and "‘" not in text:
        return text
    chars = list(text)
    single_open = False
    size = len(chars)
    for i, c in enumerate(chars):
        if c == "‘":
            if single_open and not any(r in "'’" for r in chars[i + 1:]):
                chars[i], single_open = "’", False
            else:
                single_open = True
        elif c == "’":
            single_open = False
        elif c == "'":
            prev = chars[i - 1] if i else " "
            nxt = chars[i + 1] if i + 1 < size else " "
            if prev.isdigit() and nxt.isdigit():
                continue
            if n._is_latin_alnum(prev) and n._is_latin_alnum(nxt):
                chars[i] = "’"
            elif prev.isspace() or prev in n._OPENING_CONTEXT or i == 0:
                if nxt.isspace() or i + 1 == size:
                    chars[i] = "’"
                else:
                    chars[i], single_open = "‘", True
            elif single_open:
                chars[i], single_open = "’", False
            elif n._is_latin_alnum(prev) or prev in ".,!?;:”’)":
                chars[i] = "’"
            else:
                chars[i], single_open = "‘", True
    return "".join(chars)


def _plain_quotes(text: str) -> str:
    text = n._DOUBLE_APOSTROPHE_RE.sub('"', text.translate(n._QUOTE_MAP))
    for _ in range(4):
        fixed = _plain_orient_singles(_plain_orient_doubles(text))
        if fixed == text:
            break
        text = fixed
    return text


def _plain_once(text: str, fix_mojibake: bool) -> str:
    text = n._SPACE_RE.sub(" ", n._DELETE_RE.sub("", n.unescape_entities(text))).strip()
    if fix_mojibake and not text.isascii() and not n._FTFY_INERT_RE.fullmatch(text):
        text = ftfy.fix_text(text, n._FTFY)
    text = n._SPACE_RE.sub(" ", n._DELETE_RE.sub("", unicodedata.normalize("NFC", text))).strip()
    text = n._DOUBLE_HYPHEN_RE.sub("—", _plain_quotes(text))
    text = n._MANY_ELLIPSES_RE.sub("……", n._ELLIPSIS_RE.sub("…", text))
    return n._SPACE_RE.sub(" ", text).strip()


def _plain_normalize(text: str, fix_mojibake: bool = True) -> str:
    if not text:
        return ""
    out = _plain_once(text, fix_mojibake)
    for _ in range(3):
        if not (fix_mojibake and not out.isascii() and not n._FTFY_INERT_RE.fullmatch(out) and is_bad(out)):
            break
        again = _plain_once(out, fix_mojibake)
        if again == out:
            break
        out = again
    return out


_PIECES = [
    "Zed Quill", " said ", "don't", "'til", "5'10\"", " 'quoted' ", '"', "'", "''", "``", "“", "”", "‘", "’",
    "「", "」", "『", "』", "„", "‚", "«", "»", "‹", "›", "＂", "＇", "...", ". . .", "..", "。。。", "…", "……",
    "⋯", "--", "---", " -- ", "\u2015", "\u2e3a", "\u2012", "\u2010", "\u00ad", "\u200b", "\ufeff", "\x07",
    "\u00a0", "\u3000", "\t", "\n", "  ", " ", "&amp;quot;", "&nbsp;", "&#8220;", "é", "Ã©", "â€œ", "Â",
    "李晓明说", "某公司表示，", "（完）", "Acme", "3.5", "(", ")", ":", "—", "x",
]


@settings(max_examples=4000, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14), st.booleans())
def test_normalize_text_is_the_plain_definition(parts, fix_mojibake):
    text = "".join(parts)
    assert n.normalize_text(text, fix_mojibake=fix_mojibake) == _plain_normalize(text, fix_mojibake)


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("\"'“”‘’ ax5.(—李") + ["\u00a0"]), max_size=30))
def test_quote_passes_are_the_plain_ones(text):
    assert n._orient_doubles(text) == _plain_orient_doubles(text)
    assert n._orient_singles(text) == _plain_orient_singles(text)
    assert n.normalize_quotes(text) == _plain_quotes(text)


@pytest.mark.parametrize("text", ["", " ", "a  b", " a", "a ", "a\u00a0b", "a\u200bb", "中文　句子", "tab\there"])
def test_squeeze_is_the_two_substitutions(text):
    assert n._squeeze(text) == n._SPACE_RE.sub(" ", n._DELETE_RE.sub("", text)).strip()


def test_printable_text_holds_no_deleted_character_and_no_space_but_the_blank():
    """The shortcut of ``_squeeze``: every character the two patterns touch, except " ",
    is unprintable."""
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        if n._DELETE_RE.match(ch) or (n._SPACE_RE.match(ch) and ch != " "):
            assert not ch.isprintable(), hex(code)


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=80))
def test_ascii_words_are_the_spaced_script_words(text: str) -> None:
    # word_count's ASCII shortcut finds exactly the words of the any-script pattern
    from pipelines import normalize

    assert normalize._ASCII_WORD_RE.findall(text) == normalize._SPACED_WORD_RE.findall(text)
