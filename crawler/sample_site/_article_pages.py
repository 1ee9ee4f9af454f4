"""Article pages: Chinese (the site's own CMS, several charsets, v1 and v2) and
English (republications in three layouts; the first one's words come from the seed)."""

from __future__ import annotations

import zlib

import _texts as T
from _chrome import EN_HEADER, NAV, SHARE, zh_head, zh_page_end
from _site_model import CHARSETS, PAGES, REAL, SEED, Page, esc, neighbours


def para_html(text: str) -> str:
    if text.startswith("## "):
        return f"<p><strong>{esc(text[3:])}</strong></p>"
    return f"<p>{esc(text)}</p>"


def zh_article(p: Page, version: int = 1) -> str:
    d = p.d
    meta_charset = CHARSETS[p.charset][2]
    paras = d.get("v2_paras") if version == 2 and d.get("v2_paras") else d.get("paras", [])
    sec_name = T.LISTINGS[p.section][0]
    body_first = next((x for x in paras if not x.startswith("## ")), "")
    og_type = "website" if p.role == "not_article" else "article"
    out = [zh_head(p.title, meta_charset, description=body_first[:80], canonical=REAL + p.path, og_type=og_type)]
    out.append("<body>")
    out.append(NAV)
    out.append('<div class="w1000 main">')
    out.append('<div class="left">')
    out.append(f'<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/{p.section}/index.html">{sec_name}</a> &gt; <span>{T.SUB_NAMES[p.sub]}</span></div>')
    out.append('<div class="news_content">')
    out.append(f"<h1>{esc(p.title)}</h1>")
    out.append(_zh_info(p, version))
    if p.role == "not_article":
        out.extend(_zh_gallery(p))
    else:
        out.extend(_zh_text(p, paras))
    out.append(_zh_prev_next(p))
    out.extend(_zh_recommend(p))
    out.append("</div>")  # news_content
    out.append("</div>")  # left
    out.extend(zh_page_end())
    return "\n".join(out)


def _zh_info(p: Page, version: int) -> str:
    """The info bar under the headline: date, source, author, v2's update time."""
    d = p.d
    date_cn = p.pub.strftime("%Y年%m月%d日 %H:%M")
    info = [f'<span class="date">{date_cn}</span>', '<span class="source">来源：证券日报</span>']
    if d.get("byline"):
        author = d["byline"].replace("本报记者 ", "").replace("见习记者 ", "")
        info.append(f'<span class="author">作者：{esc(author)}</span>')
    if version == 2 and d.get("v2_updated"):
        info.append(f'<span class="update">更新时间：{d["v2_updated"]}</span>')
    return '<div class="info">' + "\n".join(info) + "</div>"


def _zh_gallery(p: Page) -> list[str]:
    """A photo gallery (the page that is not an article): captions only."""
    out = ['<div class="gallery">\n<ul>']
    for i, cap in enumerate(p.d["captions"], 1):
        out.append(f'<li><img src="/uploadfile/2021/0518/{p.date.replace("-", "")}{i:02d}.jpg" alt="{esc(cap)}"><p>{esc(cap)}</p></li>')
    out.append("</ul>\n</div>")
    out.append('<div class="gallery-nav"><a href="#prev">上一张</a> <span>1/4</span> <a href="#next">下一张</a></div>')
    return out


def _zh_text(p: Page, paras: list[str]) -> list[str]:
    """The text container (byline, paragraphs), editor line, share bar and statement."""
    d = p.d
    out = ['<div class="content">']
    out.append(f"<p>{esc(d['byline'])}</p>")
    out.extend(para_html(x) for x in paras)
    editor = d.get("editor", "")
    if editor.startswith("（"):
        out.append(f"<p>{esc(editor)}</p>")
    # the CMS puts the share bar inside the text container on finance pages
    if p.section == "finance":
        out.append(SHARE)
    out.append("</div>")
    if editor and not editor.startswith("（"):
        out.append(f'<div class="editor">{esc(editor)}</div>')
    if p.section != "finance":
        out.append(SHARE)
    out.append('<div class="statement">证券日报网所载文章、数据仅供参考，使用前务请仔细阅读法律申明，风险自负。</div>')
    return out


def _zh_prev_next(p: Page) -> str:
    newer, older = neighbours(p.key)
    pages = ['<div class="pages">']
    pages.append(f'<p>上一篇：<a href="{newer.path}">{esc(newer.title)}</a></p>' if newer else "<p>上一篇：没有了</p>")
    pages.append(f'<p>下一篇：<a href="{older.path}">{esc(older.title)}</a></p>' if older else "<p>下一篇：没有了</p>")
    pages.append("</div>")
    return "\n".join(pages)


def _zh_recommend(p: Page) -> list[str]:
    """推荐阅读 (three other articles) and, on one page, the comments box."""
    rec = [k for k in ("mining", "yuan_640", "lithium", "northbound", "cpi") if k != p.key][:3]
    out = ['<div class="recommend">\n<h3>推荐阅读</h3>\n<ul>']
    out.extend(f'<li><a href="{PAGES[k].path}" target="_blank">{esc(PAGES[k].title)}</a></li>' for k in rec)
    out.append("</ul>\n</div>")
    if p.key == "lithium":
        out.append('<div class="comments" id="comments"><h3>网友评论</h3><p>暂无评论</p></div>')
    return out


def en_article(p: Page) -> str:
    d = p.d
    if p.key == "en_mining":
        title, repeat, byline, paras = SEED["title"], SEED["repeat"], SEED["byline"], SEED["paras"]
        prev = (d["prev"][0], SEED["prev_title"])
        nxt = (d["next"][0], SEED["next_title"])
        recommend = SEED["recommend"]
    else:
        title, byline, paras = d["title"], d["byline"], d["paras"]
        repeat = title
        prev, nxt, recommend = d["prev"], d["next"], d["recommend"]
    body = [f"<p>{esc(repeat)}</p>", f"<p>{esc(byline)}</p>"] + [_en_para(x) for x in paras]
    nav = []
    if prev:
        nav.append(f'<p class="prev">&lt;&lt;:  <a href="{prev[0]}">{esc(prev[1])}</a></p>')
    if nxt:
        nav.append(f'<p class="next">&gt;&gt;:  <a href="{nxt[0]}">{esc(nxt[1])}</a></p>')
    rec = _en_recommend(recommend)
    layout = d["layout"]
    out = _en_head(p, title, paras[0])
    out.extend(body)
    if layout in ("nav_in_body", "all_in_body"):
        out.extend(nav)
    if layout == "all_in_body":
        out.extend(rec)
    out.append("</div>")  # article-body
    if layout == "all_outside":
        out.append('<div class="article-nav">' + "\n".join(nav) + "</div>")
    if layout != "all_in_body":
        out.extend(rec)
    out.append('<div class="share-bar">Share: <a href="#">Twitter</a> <a href="#">Facebook</a> <a href="#">Telegram</a></div>')
    out += ["</article>", "</main>",
            '<footer class="site-footer"><p>Finance News Digest republishes third-party content for information only. '
            "Copyright belongs to the original authors.</p></footer>",
            "</body>", "</html>", ""]
    return "\n".join(out)


def _en_is_subhead(text: str) -> bool:
    # the seed's sub-headings are short lines without a full stop
    return len(text) < 70 and not text.rstrip().endswith((".", "。", ".\"", ".”", "?", "!"))


def _en_para(x: str) -> str:
    if x.startswith("## "):
        return f'<p class="subhead"><strong>{esc(x[3:])}</strong></p>'
    if _en_is_subhead(x):
        return f'<p class="subhead"><strong>{esc(x)}</strong></p>'
    return f"<p>{esc(x)}</p>"


def _en_recommend(recommend: list[tuple[str, str]]) -> list[str]:
    rec = ['<div class="recommend">', "<h3>Recommend</h3>", "<ul>"]
    for t, teaser in recommend:
        slug = "".join(c if c.isalnum() else "-" for c in t.lower()).strip("-")[:40].strip("-")
        rec.append(f'<li><a href="/en/topic/{slug}.html"><h4>{esc(t)}</h4><p>{esc(teaser)}</p></a></li>')
    return rec + ["</ul>", "</div>"]


def _en_head(p: Page, title: str, first_para: str) -> list[str]:
    """From the doctype to the opening of the article body."""
    return ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
            f"<title>{esc(title)} - Finance News Digest</title>",
            f'<meta name="description" content="{esc(first_para[:150])}">',
            '<meta property="og:type" content="article">',
            f'<meta property="og:title" content="{esc(title)}">',
            f'<meta property="article:published_time" content="{p.pub.isoformat()}">',
            f'<link rel="canonical" href="{REAL}{p.path}">',
            "</head>", "<body>", EN_HEADER, '<main class="container">',
            f'<div class="breadcrumb"><a href="/en/index.html">Home</a> &raquo; <a href="/en/index.html">News</a> &raquo; <span>{esc(title[:60])}</span></div>',
            '<article class="article-detail">',
            f'<h1 class="article-title">{esc(title)}</h1>',
            f'<div class="article-meta"><span class="time">{p.pub.strftime("%Y-%m-%d %H:%M")}</span> <span class="source">Source: Securities Daily</span> <span class="views">Views: {1000 + zlib.crc32(p.key.encode()) % 9000}</span></div>',
            '<div class="article-body">']
