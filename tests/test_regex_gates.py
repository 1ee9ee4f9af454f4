"""Gated patterns (pipelines.regex_gates) answer exactly as the plain patterns they wrap."""

from __future__ import annotations

import re
import string
import sys

import pytest
from hypothesis import given, settings, strategies as st

from pipelines import boilerplate_patterns
from pipelines.regex_gates import _UNFOLDABLE, GatedPattern, gated, required_probes

GATED = {name: value for name, value in vars(boilerplate_patterns).items() if isinstance(value, GatedPattern)}


def test_the_costly_line_patterns_are_gated():
    for name in ("_DATE_RE", "_APP_RE", "_NAV_RE", "_CAPTION_CREDIT_RE", "_NEWSLETTER_RE"):
        assert name in GATED


def test_only_the_unfoldable_characters_match_an_ascii_character_without_lowering_to_it():
    """Under re.IGNORECASE a printable ASCII character matches a non-ASCII one only when that
    one's lower() is the ASCII character's lower(), except the dotted/dotless i and the long s."""
    everything = "".join(map(chr, range(0x80, sys.maxunicode + 1))).encode("utf-8", "surrogatepass") \
        .decode("utf-8", "replace")
    for ch in string.printable:
        for m in re.finditer(re.escape(ch), everything, re.I):
            other = m.group(0)
            assert other.lower() == ch.lower() or other in _UNFOLDABLE, (ch, other)


@pytest.mark.parametrize("pattern, flags, probes", [
    (r"ne(?:xt|wer)\s+page", re.I, ["page"]),
    (r"ne(?:xt|wer)\s+pg", re.I, ["next", "newer"]),
    (r"\b(?:alpha|beta)\b", 0, ["beta", "alpha"]),
    (r"x\d{2}", 0, [r"\d"]),
    (r"(?i:by)\s", 0, ["by"]),
    (r"[a-z]+\s*$", re.I, None),  # nothing literal to look for
    (r"caf(?:é|e)s", re.I, ["caf"]),  # a cased non-ASCII letter ends a literal
    (r"“\s*(?=previous|older)", 0, ["older", "previous"]),
    (r"(?:foo)?bar|baz", 0, ["bar", "baz"]),
])
def test_required_probes(pattern, flags, probes):
    got = required_probes(re.compile(pattern, flags))
    assert (sorted(got) if got else got) == (sorted(probes) if probes else probes)


def test_a_pattern_without_a_useful_probe_stays_plain():
    plain = re.compile(r"[.!?]$")
    assert gated(plain) is plain


# Fragments the lines are built from: each gated pattern's probes and words near them, invented
# names and sentences, odd Unicode (the unfoldable letters, Kelvin sign, full-width forms).
_FRAGMENTS = sorted({p.replace("\\d", "7") for g in GATED.values() for p in (required_probes(g.regex) or [])} | {
    " ", "  ", "\n", ":", "：", "|", "/", "(", ")", "（", "）", "【", "】", "-", "—", "…", ".", ",", "，", "。",
    "2026-03-14", "14:05", "Mar 3, 2026", "3 March 2026", "12", "1998", "May", "MAY", "Photo", "PHOTO",
    "İ", "ı", "ſ", "K", "ＡＢＣ", "Ä", "é", "ß", "Ω", "\u200b", "\u00a0",
    "Jane Roe", "Zed Quill", "Acme Widgets", "Borealis Daily", "李晓明", "王芳", "某某日报", "记者", "编辑", "摄",
    "Sign up for our",
    "Follow us on",
    "newsletter", "Instagram", "TikTok",
    "download the", "app", "扫码关注",
    "Next article »", "« Previous", "上一篇：", "下一篇", "(完)", "- END -", "All rights reserved", "© 2026",
    "The widget maker said on Tuesday that sales rose.", "该公司表示，销量有所上升。", "has a disclosure policy.",
    "Zed Quill has no",  # the parts of a position disclosure, kept apart
    " position in any",
    " of the stocks mentioned",
    "contains affiliate links", "trackback",
})


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=12), st.sampled_from(sorted(GATED)))
def test_gated_patterns_answer_as_the_plain_ones(parts, name):
    text = "".join(parts)
    pattern = GATED[name]
    plain = pattern.regex
    for method in ("search", "match", "fullmatch"):
        got, want = getattr(pattern, method)(text), getattr(plain, method)(text)
        assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups())), (method, text)
    assert pattern.findall(text) == plain.findall(text)
    assert pattern.sub("#", text) == plain.sub("#", text)


@pytest.mark.parametrize("text", [
    "Sign up, Zed, for our NEWſLETTER", "Next article »", "DİSCLAİMER", "Photo: Zed Quill/Acme", "", " ",
    "本报记者 李晓明 摄", "Copyright © 2026 Borealis Daily", "(完)", "Zed may earn a commiſſion",
])
def test_lines_with_unfoldable_letters_go_to_the_pattern(text):
    for pattern in GATED.values():
        got, want = pattern.search(text), pattern.regex.search(text)
        assert (got and got.span()) == (want and want.span())


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(list("0123456789:：-/.年月日 ,") + ["Mar", "may", "Sept", "at", "pm", "GMT",
                                                                     "+08", "١", "٣", "x"]), max_size=24))
def test_every_date_holds_four_digits_or_a_clock_time(parts):
    """The ``needs`` of the date pattern's gate: four digits in a row or digit, colon, digit."""
    text = "".join(parts)
    date = boilerplate_patterns._DATE_RE
    want = date.regex.search(text)
    assert (date.search(text) and date.search(text).span()) == (want and want.span())
    assert date.sub("", text) == date.regex.sub("", text)


def test_a_gated_pattern_copies_and_reads_as_its_pattern():
    import copy

    date = boilerplate_patterns._DATE_RE
    twin = copy.deepcopy(date)
    assert twin.regex.pattern == date.pattern and twin.flags == date.regex.flags
    assert twin.search("on 2026-03-14").span() == date.regex.search("on 2026-03-14").span()
