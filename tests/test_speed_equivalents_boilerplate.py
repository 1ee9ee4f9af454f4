"""Shortcuts in the boilerplate stage's line tests give the answers of the plain definitions,
kept here as they were."""

from __future__ import annotations

import re

from hypothesis import given, settings, strategies as st

from pipelines import boilerplate_lines as lines, boilerplate_runs as runs
from pipelines.boilerplate import _END_MARK_LAST
from pipelines.boilerplate_patterns import _END_MARK_RE, _FOOTER_WORDS_RE
from pipelines.normalize import cjk_count


def _plain_is_short(text: str, *, words: int = 20, cjk: int = 40) -> bool:
    n_cjk = cjk_count(text)
    return (n_cjk <= cjk) if n_cjk * 2 > len(text) else (len(text.split()) <= words and len(text) <= 160)


def _plain_footer_bar(text: str, core: str) -> bool:
    if len(text) > 200:
        return False
    items = [i.strip() for i in re.split(r"\s*[|｜]\s*", core) if i.strip()]
    return len(items) >= 4 and sum(bool(_FOOTER_WORDS_RE.match(i)) for i in items) >= 2


def _plain_calendar_row(text: str) -> bool:
    cells = runs._cells(text)
    if len(cells) >= 7 and all(c.lower() in runs._WEEKDAYS for c in cells):
        return True
    if len(cells) < 3 or not all(c.isdigit() and 1 <= int(c) <= 31 for c in cells):
        return False
    return all(int(b) == int(a) + 1 for a, b in zip(cells, cells[1:]))


def _plain_nav_row(block: dict) -> bool:
    cells = [c for c in runs._BAR_SPLIT_RE.split(block["text"].strip(" |｜")) if c]
    return (len(cells) >= 5 and block.get("_links", 0) >= 0.4
            and all((cjk_count(c) <= 6 if cjk_count(c) else len(c.split()) <= 3) for c in cells))


_PIECES = [" in ", "in", " In ", "Shanghai", "By ", "Borealis Daily", "About us", "Contact", "Privacy policy", "关于我们", "联系方式", " | ", "｜", "|", " - ", " · ", "Mo", "Tu",
           "一", "日", "11", "12", "13", "31", "32", " ", "Zed Quill wrote a long sentence about the widget fair",
           "李晓明", "新闻", "。", "(完)", "（完）", "- END -", "—", "]", "】", ")", "\n", "x" * 70, "中" * 30]


_LINK_SHARES = [0.0,
                0.39,
                0.4,
                0.9]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12), st.sampled_from(_LINK_SHARES),
       st.integers(5, 40), st.integers(10, 90))
def test_line_shortcuts_answer_as_the_plain_tests(parts, links, words, cjk):
    text = "".join(parts)
    core = lines._core(text)
    assert lines._is_short(text, words=words, cjk=cjk) == _plain_is_short(text, words=words, cjk=cjk)
    assert lines._is_footer_bar(text, core) == _plain_footer_bar(text, core)
    assert runs._is_calendar_row(text) == _plain_calendar_row(text)
    block = {"kind": "paragraph", "text": text, "_links": links}
    assert runs._is_nav_row(block) == _plain_nav_row(block)
    # byline_names drops "... in Place" only from a line holding "in" (the pattern's literal).
    if "in" not in text:
        assert lines._IN_PLACE_RE.sub("", text) == text
    # _collect looks for an end mark only after a closing bracket or dash (before a final newline).
    if _END_MARK_RE.search(text):
        assert text[-1:] in _END_MARK_LAST or text[-2:-1] in _END_MARK_LAST


def _plain_line_reason(text: str) -> str | None:
    core = lines._core(text)
    if not core:
        return "decoration"
    return next((reason for reason, test in lines._LINE_RULES if test(text, core)), None)


_LINE_PIECES = ["Share on Facebook", "» Next page", "Photo: Ada Quell / Harbour Wire", "Follow us on TikTok and YouTube",
                "Please support our journalism", "© 2024 Harbour Press", "本文来源：海港网 责任编辑：林一", "阅读 (12)",
                "Ines Marlow has no position in any of the stocks mentioned.", "Sign up for our newsletter", "ſhare",
                "İstanbul harbour", "第1页 下一页", "Source: Harbour Office. Data as of May 2.", "About us | Contact | Jobs |",
                "The ferry left at noon, the harbour master said.", "（记者 王伟 摄）", "Affiliate links on this page",
                "Tags: ferries, harbour", "   ", "…", "ΑΣ", "Read more", " — ", "x" * 150]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_LINE_PIECES), min_size=1, max_size=4), st.sampled_from(["", " ", "【", "..."]))
def test_line_reason_with_rule_gates_is_the_plain_loop(pieces, edge):
    """line_reason skips a rule by its length limit and its pattern's gate (``_GATED_RULES``):
    the same reason as asking every rule in turn."""
    text = edge + " ".join(pieces) + edge
    assert lines.line_reason(text) == _plain_line_reason(text)


def test_every_rule_bound_is_read():
    bounded = [r for r in lines._GATED_RULES if r[2] != lines._ANY or r[3] is not None]
    assert len(bounded) >= 30 and len(lines._GATED_RULES) == len(lines._LINE_RULES)
