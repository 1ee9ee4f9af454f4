"""Chinese bylines: a reporter credited at the end of a story, a line of names under the
headline, the writer an info line names after its date, and telling a name from an info-bar
word (jieba).  Used by :mod:`pipelines.meta_bylines`."""

from __future__ import annotations

import functools

import re
from typing import Any

from pipelines.normalize import cjk_count
from pipelines.zh_lexicon import jieba_posseg

_ZH_NAME = r"[\u4e00-\u9fff·]{2,4}"
# A reporter credited at the end of a Chinese story: "（记者 林小禾）", "(晨报记者 钟亦凡)", "（贺川 上海报道）".
_ZH_CLOSING_RE = re.compile(
    rf"[（(]\s*(?:[\u4e00-\u9fff]{{0,6}}?记者\s*(?P<a>{_ZH_NAME}(?:\s*[、，,]\s*{_ZH_NAME}){{0,3}})"
    rf"|(?P<b>{_ZH_NAME})\s+[\u4e00-\u9fff]{{2,4}}报道)\s*[)）]\s*$"
    # "江城晚报记者孟可欣/文": the writer's credit opening a story
    rf"|记者\s*(?P<c>{_ZH_NAME})\s*[/／]\s*文")
# The editor, credited when no writer is: "（责任编辑：程远）", "编辑：陶然".
_ZH_EDITOR_RE = re.compile(rf"(?:责任编辑|编辑)\s*[:：]\s*(?P<a>{_ZH_NAME})(?![\u4e00-\u9fff])")


# "2004年7月16日08:19 [ 王小明 ] 来源：[ 某报 ]", "发布时间 2005/03/15 22:36 by jdoe": an info line that
# names its writer after the date, bracketed or after "by".
_INFO_DATE_RE = re.compile(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?")
_INFO_BRACKETED_RE = re.compile(rf"^\s*[\[［【(（]\s*(?P<name>{_ZH_NAME})\s*[\]］】)）]")
_INFO_BY_RE = re.compile(r"^\s*by\s+(?P<name>[A-Za-z][\w.-]{1,29}|[\u4e00-\u9fff·]{2,8})(?![\w.-])", re.I)


def info_line_names(text: str) -> list[str]:
    """The writer an info line names right after its date: a bracketed Chinese name that jieba
    reads as a person's (``nr``), or a "by <name or handle>"."""
    m = _INFO_DATE_RE.search(text)
    if not m:
        return []
    rest = text[m.end():]
    by = _INFO_BY_RE.match(rest)
    if by:
        return [by.group("name")]
    bracketed = _INFO_BRACKETED_RE.match(rest)
    if bracketed:
        # only here: importing jieba.posseg costs ~0.75 s a process, paid by English pages too
        words = list(jieba_posseg().cut(bracketed.group("name")))
        if len(words) == 1 and words[0].flag == "nr":
            return [bracketed.group("name")]
    return []


_ZH_NAME_LINE_RE = re.compile(rf"^{_ZH_NAME}(?:\s*[、，,\s]\s*{_ZH_NAME}){{0,3}}$")


def name_line(blocks: list[dict[str, Any]]) -> list[str]:
    """A line of only names under a Chinese headline ("胡平", "赵延东、风笑天"), each read by jieba
    as a person's name (``nr``), in the first three blocks."""
    for block in blocks[:3]:
        text = block["text"].strip()
        if not _ZH_NAME_LINE_RE.match(text):
            continue
        names = [n for n in re.split(r"\s*[、，,\s]\s*", text) if n]
        posseg = jieba_posseg()  # only for a line of names (see info_line_names)
        firsts = [next(iter(posseg.cut(n)), None) for n in names]
        if all(cjk_person(n) for n in names) and any(w is not None and w.flag == "nr" for w in firsts):
            return names
    return []


def closing_credit(texts: list[str], *, editors: bool = False) -> list[str]:
    """Names credited at the end of a Chinese story (``texts``: its last blocks and the lines
    the cleaning removed); with ``editors`` the responsible editor too."""
    for text in texts:
        m = _ZH_CLOSING_RE.search(text.strip())
        if m:
            return re.split(r"\s*[、，,]\s*", (m.group("a") or m.group("b") or m.group("c")).strip())
    if editors:
        for text in texts:
            m = _ZH_EDITOR_RE.search(text)
            if m:
                return [m.group("a")]
    return []


# Words an info bar puts where a name goes ("该作者文章", "博客", "手记"): never a person.
_ZH_NOT_PERSON = frozenset("博客 文章 手记 作者 网友 用户 评论 管理员 编辑 记者 来源 本站 原创 转载 日志 专栏".split())


# Words naming a part of a blog or news page: a "name" beginning or ending with one is a panel's
# heading ("博客书架", "文章列表", "最新日志"), whatever jieba reads in it.
_ZH_PAGE_PARTS = ("博客", "日志", "专栏", "书架", "目录", "首页", "列表", "文章")


def cjk_person(name: str) -> bool:
    """False for a CJK word that is no name: an info-bar label ("文章", "博客") or a noun phrase
    jieba splits into words ending in a common noun ("章费用"); nicknames pass."""
    if not cjk_count(name):
        return True
    if name in _ZH_NOT_PERSON:
        return False
    if any(name.startswith(w) or name.endswith(w) for w in _ZH_PAGE_PARTS):  # "博客书架": a page part
        return False
    return _posseg_person(name)


@functools.lru_cache(maxsize=8192)
def _posseg_person(name: str) -> bool:
    """The part-of-speech test of :func:`cjk_person`, remembered per name (a site's pages
    credit the same few reporters; jieba's tagger costs ~0.4 ms a call)."""
    words = list(jieba_posseg().cut(name))
    return not (len(words) >= 2 and not words[0].flag.startswith("nr")
                and words[-1].flag == "n" and len(words[-1].word) >= 2)


_ZH_SHORT_NAME_RE = re.compile(r"[\u4e00-\u9fff]{2,4}")


def owner_heading(h1s: list[str]) -> list[str]:
    """A personal blog's header: the page's one ``<h1>`` is a Chinese person's name ("王建国",
    jieba reads one word tagged ``nr``), set there as the blog's title; the blog's owner wrote
    the post when nothing else credits a writer."""
    if len(h1s) != 1 or not _ZH_SHORT_NAME_RE.fullmatch(h1s[0].strip()):
        return []
    words = list(jieba_posseg().cut(h1s[0].strip()))  # only for a short CJK heading
    return [h1s[0].strip()] if len(words) == 1 and words[0].flag == "nr" else []
