"""pipelines.normalize: entities, Unicode, quotes, dashes, ellipses; idempotence."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipelines.document import Document
from pipelines.normalize import normalize_quotes, normalize_text, run, word_count


@pytest.mark.parametrize("raw, want", [
    ("AT&amp;T &amp;quot;deal&amp;quot;", "AT&T “deal”"),
    ("&#8220;Hi&#8221; &lt;b&gt;", "“Hi” <b>"),
    ("caf\u00c3\u00a9 sales", "café sales"),  # UTF-8 read as latin-1
    ("\u3000\u3000中国人民银行5日宣布", "中国人民银行5日宣布"),
    ("a\u00a0b\u200bc\u00add\u2060e\u0007f", "a bcdef"),
    ("  many   spaces\n\tand lines ", "many spaces and lines"),
    ("，：？！（）", "，：？！（）"),  # Chinese full-width punctuation is kept
])
def test_unicode_and_entities(raw, want):
    assert normalize_text(raw) == want


@pytest.mark.parametrize("raw, want", [
    ('He said "yes" and "no".', "He said “yes” and “no”."),
    ('"In the past two days...” said', "“In the past two days…” said"),
    ("“Suspend power supply to the mine”", "“Suspend power supply to the mine”"),
    ("”Stop service” and ”Ban IP”", "“Stop service” and “Ban IP”"),
    ("“Stop service“", "“Stop service”"),
    ("他说：「我们要『走出去』」。", "他说：“我们要‘走出去’”。"),
    ("他说：＂好＂", "他说：“好”"),
    ("„Hallo“ und ‚Welt‘", "“Hallo” und ‘Welt’"),
    ("«Bonjour» et ‹salut›", "“Bonjour” et ‘salut’"),
    ("\"He called it 'going overseas' today\"", "“He called it ‘going overseas’ today”"),
    ("他说\"要'去海外'\"", "他说“要‘去海外’”"),
])
def test_quotes_canonical(raw, want):
    assert normalize_text(raw) == want


@pytest.mark.parametrize("raw, want", [
    ("don't", "don’t"),
    ("Inner Mongolia’s", "Inner Mongolia’s"),
    ("Inner Mongolia's rules", "Inner Mongolia’s rules"),
    ("miners' computing power", "miners’ computing power"),
    ("5'10\" tall", "5'10\" tall"),
])
def test_apostrophes_stay_apostrophes(raw, want):
    assert normalize_text(raw) == want


@pytest.mark.parametrize("raw, want", [
    ("prices ... fell", "prices … fell"),
    ("wait. . . what", "wait… what"),
    ("等等。。。", "等等…"),
    ("这样……", "这样……"),
    ("a -- b", "a — b"),
    ("a\u2015b", "a—b"),
    ("2020\u20132021", "2020\u20132021"),
    ("\u22125.2% and $25 million, 1,234.5 yuan", "\u22125.2% and $25 million, 1,234.5 yuan"),
    ("——", "——"),
])
def test_dashes_ellipses_numbers(raw, want):
    assert normalize_text(raw) == want


def test_run_normalizes_title_and_blocks_and_drops_empty():
    doc = Document(title="&quot;Hi&quot;", blocks=[{"kind": "paragraph", "text": "\u200b "},
                                                   {"kind": "heading", "text": "A&amp;B", "_links": 0.0}])
    doc = run(doc)
    assert doc.title == "“Hi”"
    assert doc.blocks == [{"kind": "heading", "text": "A&B", "_links": 0.0}]


def test_word_count_latin_and_cjk():
    assert word_count("It cost $25.5 million, don’t 证券日报") == 9


_PIECES = list("ab 中文.,'\"“”‘’「」『』＂＇„‚«»‹›…-—–\u00a0\u3000\u200b&;#x0123456789\n") + [
    "&amp;", "&quot;", "&amp;quot;", "...", "--", "don't", "Mongolia's"]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_normalize_is_idempotent(text):
    once = normalize_text(text)
    assert normalize_text(once) == once


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_normalize_is_idempotent_on_any_text(text):
    once = normalize_text(text)
    assert normalize_text(once) == once


@settings(max_examples=200, deadline=None)
@given(_TEXT)
def test_quotes_leave_no_straight_or_foreign_quotes(text):
    out = normalize_quotes(text)
    assert not set(out) & set("「」『』＂„‚«»‹›")
    # The only straight double mark left is the inch mark of a height (5'10"), written
    # straight or as two apostrophes (5'10'').
    assert all(re.search(r"\d'\d+(?:\.\d+)?$", out[max(0, i - 12):i])
               for i, c in enumerate(out) if c == '"'), out


def test_feet_and_inches_keep_their_marks():
    assert normalize_quotes("a 5'10'' guard") == 'a 5\'10" guard'
    assert normalize_quotes("He said ''no''.") == "He said “no”."


def test_a_linked_title_and_its_lower_case_credit_line_are_not_joined():
    from pipelines.normalize import join_wrapped
    title = {"kind": "paragraph", "text": "Ferry timetable to change after the spring storms", "_links": 1.0, "_tag": "p"}
    credit = {"kind": "paragraph", "text": "via Harbour Notes https://notes.example", "_links": 0.5, "_tag": "p"}
    site = {"kind": "paragraph", "text": "notes.example", "_links": 1.0, "_tag": "p"}
    assert join_wrapped([title, credit]) == [title, credit]
    # a sentence running on into a link still joins
    assert len(join_wrapped([{**credit, "text": "The notes are kept by the harbour board and"}, site])) == 1
    # a hard-wrapped line of prose still joins
    a = {"kind": "paragraph", "text": "The harbour board met on Tuesday to weigh the plan and", "_tag": "p"}
    b = {"kind": "paragraph", "text": "most members said the cost was too high.", "_tag": "p"}
    assert len(join_wrapped([a, b])) == 1
