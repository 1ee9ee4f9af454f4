"""Listing pages: section listings with pagination, the English listing, the home page
and the members-only page."""

from __future__ import annotations

import _texts as T
from _chrome import EN_HEADER, FOOTER, NAV, zh_head, zh_page_end
from _site_model import PAGES, REAL, Page, esc, listing_path


def link_for(p: Page, section: str, listing: str) -> str:
    """Link styles differ per section, as on the real site: stock listings use the
    real host, company listings a path relative to the listing, others root paths."""
    if section == "stock":
        return REAL + p.path
    if section == "gscy":
        return p.path[len("/gscy/"):]
    return p.path


def zh_listing(section: str, n: int) -> str:
    name, pages = T.LISTINGS[section]
    total = len(pages)
    out = [zh_head(f"{name}" + (f"_第{n}页" if n > 1 else ""), "utf-8", og_type="website"), "<body>", NAV,
           '<div class="w1000 main">', '<div class="left">',
           f'<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/{section}/index.html">{name}</a></div>',
           f'<div class="news_list">\n<h2>{name}</h2>\n<ul>']
    listing = listing_path(section, n)
    for k in pages[n - 1]:
        p = PAGES[k]
        href = link_for(p, section, listing)
        out.append(f'<li><a href="{href}" target="_blank" title="{esc(p.title)}">{esc(p.title)}</a>'
                   f'<span class="date">{p.pub.strftime("%Y-%m-%d %H:%M")}</span></li>')
        if k == "lithium":
            # the comment counter links to the same article with a fragment
            out.append(f'<li class="cmt"><a href="{href}#comments">评论(0)</a></li>')
    out.append("</ul>\n</div>")
    out.append(pagination(n, total))
    out.append("</div>")
    out.extend(zh_page_end())
    return "\n".join(out)


def pagination(n: int, total: int) -> str:
    if total == 1:
        return '<div class="pages"><span class="current">1</span></div>'

    def href(i: int) -> str:
        return "index.html" if i == 1 else f"index_{i}.html"

    parts = ['<div class="pages">', f'<a href="{href(1)}">首页</a>']
    if n > 1:
        parts.append(f'<a href="{href(n - 1)}">上一页</a>')
    for i in range(1, total + 1):
        parts.append(f'<span class="current">{i}</span>' if i == n else f'<a href="{href(i)}">{i}</a>')
    if n < total:
        parts.append(f'<a href="{href(n + 1)}">下一页</a>')
    parts.append(f'<a href="{href(total)}">尾页</a>')
    parts.append("</div>")
    return "\n".join(parts)


def en_listing() -> str:
    _name, pages = T.LISTINGS["en"]
    out = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
           "<title>Latest - Finance News Digest</title>", "</head>", "<body>", EN_HEADER,
           '<main class="container">', '<h2>Latest news</h2>', '<ul class="news-list">']
    for k in pages[0]:
        p = PAGES[k]
        out.append(f'<li><a href="{p.path}">{esc(p.title)}</a> <span class="date">{p.date}</span></li>')
    out += ["</ul>", "</main>", "</body>", "</html>", ""]
    return "\n".join(out)


def home() -> str:
    out = [zh_head("证券日报网", "utf-8", og_type="website", suffix=""), "<body>", NAV, '<div class="w1000 main">',
           '<div class="headlines">', "<h2>要闻</h2>", "<ul>"]
    for k in T.HOME_HEADLINES:
        p = PAGES[k]
        href = p.path
        if k == "lithium":
            href += "?utm_source=home&utm_medium=banner&utm_campaign=0529"
        out.append(f'<li><a href="{href}" target="_blank">{esc(p.title)}</a><span class="date">{p.pub.strftime("%m-%d %H:%M")}</span></li>')
    out += ["</ul>", "</div>"]
    for section, (name, pages) in T.LISTINGS.items():
        out.append(f'<div class="box"><h3><a href="/{section}/index.html">{name}</a> <a class="more" href="/{section}/index.html">更多&gt;&gt;</a></h3><ul>')
        for k in pages[0][:3]:
            p = PAGES[k]
            out.append(f'<li><a href="{p.path}">{esc(p.title)}</a></li>')
        out.append("</ul></div>")
    out.append("</div>")
    out.append(FOOTER)
    out.append("</body>\n</html>\n")
    return "\n".join(out)


def member() -> str:
    return "\n".join([zh_head("会员专区", "utf-8", og_type="website"), "<body>", NAV,
                      '<div class="login-wall"><h2>会员专区</h2><p>本栏目内容仅对付费会员开放，请<a href="/member/login.html">登录</a>后阅读。</p></div>',
                      FOOTER, "</body>", "</html>", ""])

