"""Regenerate the sample site's files from ``_texts.py``.

    python crawler/sample_site/_build.py

Writes ``v1/`` (the whole site), ``v2/`` (only the files that changed in the
second version), ``_headers.json`` (per-path response headers), ``_redirects.json``
and ``_pages.json`` (what every article-like URL is and exercises; the tests read
it).  The generated files are committed: the server serves them byte for byte and
never runs this script.  Links to the site itself use the real host
(``http://www.zqrb.cn/...``) in the sitemap, the feed, canonical links and the stock
listings, as the real site does; a crawl of a mirror rewrites that host.
"""

from __future__ import annotations

import html
import json
import shutil
import sys
import zlib
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _texts as T  # noqa: E402

REAL = "http://www.zqrb.cn"
BJ = timezone(timedelta(hours=8))

# Chinese charset label -> (codec for the bytes, Content-Type header, <meta> charset)
CHARSETS = {
    "utf-8": ("utf-8", "text/html; charset=utf-8", "utf-8"),
    "gbk": ("gbk", "text/html; charset=gbk", "gbk"),
    "gb2312": ("gbk", "text/html; charset=gb2312", "gb2312"),
    "none": ("gbk", "text/html", None),
    "wrong": ("gbk", "text/html; charset=utf-8", "gb2312"),
}


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def article_id(key: str, pub: datetime) -> str:
    """``A`` + the CMS creation time in milliseconds: 10 to 120 minutes before
    publication, on the same Beijing calendar day as the URL's date."""
    crc = zlib.crc32(key.encode())
    created = pub - timedelta(minutes=10 + crc % 110, milliseconds=crc % 997)
    assert created.astimezone(BJ).date() == pub.date(), key
    ms = int(created.timestamp() * 1000)
    assert len(str(ms)) == 13
    return f"A{ms}"


def parse_pub(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M").replace(tzinfo=BJ)


# ----------------------------------------------------------------------------- model
class Page:
    def __init__(self, data: dict, lang: str):
        self.d = data
        self.lang = lang
        self.key = data["key"]
        self.role = data["role"]
        self.pub = parse_pub(data["pub"])
        self.date = self.pub.strftime("%Y-%m-%d")
        if lang == "zh":
            self.section, self.sub = data["section"], data["sub"]
            self.path = f"/{self.section}/{self.sub}/{self.date}/{article_id(self.key, self.pub)}.html"
            self.title = data["title"]
        else:
            self.section, self.sub = "en", "news"
            self.path = f"/en/news/{self.date}/{data['slug']}.html"
            self.title = data.get("title") or ""
        self.charset = data.get("charset", "utf-8")


ZH = [Page(d, "zh") for d in T.ZH]
EN = [Page(d, "en") for d in T.EN]
# the seed supplies the first English page's words
_seed_lines = (HERE / "_sources" / T.EN[0]["source_file"]).read_text(encoding="utf-8").split("\n")
PAGES = {p.key: p for p in ZH + EN}


def _seed() -> dict:
    lines = [ln.strip() for ln in _seed_lines]
    title = lines[0]
    body: list[str] = []
    recommend: list[tuple[str, str]] = []
    it = iter(lines[1:])
    for ln in it:
        if ln.startswith("<<:") or ln.startswith(">>:"):
            continue
        if ln == "Recommend":
            rest = [x for x in it if x]
            recommend = list(zip(rest[0::2], rest[1::2]))
            break
        if ln:
            body.append(ln)
    # body[0] is the repeated title, body[1] the byline
    return {"title": title, "repeat": body[0], "byline": body[1], "paras": body[2:],
            "recommend": recommend,
            "prev_title": next(x for x in lines if x.startswith("<<:"))[3:].strip(),
            "next_title": next(x for x in lines if x.startswith(">>:"))[3:].strip()}


SEED = _seed()
EN[0].title = SEED["title"]


def listing_path(section: str, page: int) -> str:
    return f"/{section}/index.html" if page == 1 else f"/{section}/index_{page}.html"


def listed_on() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for section, (_name, pages) in T.LISTINGS.items():
        for n, keys in enumerate(pages, 1):
            for k in keys:
                out.setdefault(k, []).append(listing_path(section, n))
    return out


def neighbours(key: str) -> tuple[Page | None, Page | None]:
    """Previous (newer) and next (older) article of the same section, listing order."""
    for _section, (_name, pages) in T.LISTINGS.items():
        flat = [k for page in pages for k in page]
        if key in flat:
            i = flat.index(key)
            newer = PAGES[flat[i - 1]] if i > 0 else None
            older = PAGES[flat[i + 1]] if i + 1 < len(flat) else None
            return newer, older
    return None, None


# ----------------------------------------------------------------------------- chrome
NAV = """<div class="top"><div class="w1000">
  <a class="logo" href="/"><img src="/images/logo.png" alt="证券日报网"></a>
  <ul class="nav">
    <li><a href="/">首页</a></li>
    <li><a href="/finance/index.html">财经</a></li>
    <li><a href="/stock/index.html">股票</a></li>
    <li><a href="/gscy/index.html">公司</a></li>
    <li><a href="/en/index.html">English</a></li>
    <li><a href="/member/index.html">会员专区</a></li>
  </ul>
  <div class="login"><a href="/member/login.html">登录</a> | <a href="/member/register.html">注册</a></div>
</div></div>"""

FOOTER = """<div class="footer">
  <p><a href="/about/about.html">关于我们</a> | <a href="/about/contact.html">联系我们</a> | <a href="/go/elsewhere">合作伙伴</a> | <a href="/rss.xml">RSS订阅</a></p>
  <p>证券日报社版权所有 未经书面授权禁止使用</p>
  <p>京ICP备00000000号-1 京公网安备 00000000000000号</p>
</div>"""


def hot_box() -> str:
    keys = ["mining", "northbound", "lithium", "cpi"]
    items = "\n".join(f'    <li><a href="{PAGES[k].path}" target="_blank">{esc(PAGES[k].title)}</a></li>' for k in keys)
    return f'<div class="hot">\n  <h3>热点排行</h3>\n  <ul>\n{items}\n  </ul>\n</div>'


def zh_head(title: str, meta_charset: str | None, *, description: str = "", canonical: str | None = None,
            og_type: str = "article", suffix: str = "_证券日报网") -> str:
    parts = ["<!DOCTYPE html>", "<html>", "<head>"]
    if meta_charset:
        parts.append(f'<meta http-equiv="Content-Type" content="text/html; charset={meta_charset}">')
    parts.append(f"<title>{esc(title)}{suffix}</title>")
    parts.append('<meta name="keywords" content="证券日报,证券日报网,财经新闻">')
    if description:
        parts.append(f'<meta name="description" content="{esc(description)}">')
    parts.append(f'<meta property="og:type" content="{og_type}">')
    parts.append(f'<meta property="og:title" content="{esc(title)}">')
    if canonical:
        parts.append(f'<link rel="canonical" href="{canonical}">')
    parts.append('<link rel="alternate" type="application/rss+xml" title="证券日报网" href="/rss.xml">')
    parts.append('<link rel="stylesheet" href="/css/style.css">')
    parts.append("</head>")
    return "\n".join(parts)


# ----------------------------------------------------------------------------- article pages
def para_html(text: str) -> str:
    if text.startswith("## "):
        return f"<p><strong>{esc(text[3:])}</strong></p>"
    return f"<p>{esc(text)}</p>"


def zh_article(p: Page, version: int = 1) -> str:
    d = p.d
    meta_charset = CHARSETS[p.charset][2]
    paras = d.get("v2_paras") if version == 2 and d.get("v2_paras") else d.get("paras", [])
    sec_name = T.LISTINGS[p.section][0]
    newer, older = neighbours(p.key)
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
    date_cn = p.pub.strftime("%Y年%m月%d日 %H:%M")
    info = [f'<span class="date">{date_cn}</span>', '<span class="source">来源：证券日报</span>']
    if d.get("byline"):
        author = d["byline"].replace("本报记者 ", "").replace("见习记者 ", "")
        info.append(f'<span class="author">作者：{esc(author)}</span>')
    if version == 2 and d.get("v2_updated"):
        info.append(f'<span class="update">更新时间：{d["v2_updated"]}</span>')
    out.append('<div class="info">' + "\n".join(info) + "</div>")
    if p.role == "not_article":
        out.append('<div class="gallery">\n<ul>')
        for i, cap in enumerate(d["captions"], 1):
            out.append(f'<li><img src="/uploadfile/2021/0518/{p.date.replace("-", "")}{i:02d}.jpg" alt="{esc(cap)}"><p>{esc(cap)}</p></li>')
        out.append("</ul>\n</div>")
        out.append('<div class="gallery-nav"><a href="#prev">上一张</a> <span>1/4</span> <a href="#next">下一张</a></div>')
    else:
        out.append('<div class="content">')
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
    pages = ['<div class="pages">']
    pages.append(f'<p>上一篇：<a href="{newer.path}">{esc(newer.title)}</a></p>' if newer else "<p>上一篇：没有了</p>")
    pages.append(f'<p>下一篇：<a href="{older.path}">{esc(older.title)}</a></p>' if older else "<p>下一篇：没有了</p>")
    pages.append("</div>")
    out.append("\n".join(pages))
    rec = [k for k in ("mining", "yuan_640", "lithium", "northbound", "cpi") if k != p.key][:3]
    out.append('<div class="recommend">\n<h3>推荐阅读</h3>\n<ul>')
    out.extend(f'<li><a href="{PAGES[k].path}" target="_blank">{esc(PAGES[k].title)}</a></li>' for k in rec)
    out.append("</ul>\n</div>")
    if p.key == "lithium":
        out.append('<div class="comments" id="comments"><h3>网友评论</h3><p>暂无评论</p></div>')
    out.append("</div>")  # news_content
    out.append("</div>")  # left
    out.append('<div class="right">\n' + hot_box() + "\n</div>")
    out.append("</div>")
    out.append(FOOTER)
    out.append("</body>\n</html>\n")
    return "\n".join(out)


SHARE = """<div class="share">分享到：<a href="javascript:void(0)" class="wx">微信</a> <a href="javascript:void(0)" class="wb">微博</a> <a href="javascript:void(0)" class="qq">QQ空间</a></div>"""

EN_HEADER = """<header class="site-header">
  <a class="brand" href="/en/index.html">Finance News Digest</a>
  <nav><a href="/en/index.html">Latest</a> <a href="/en/topic/blockchain.html">Blockchain</a> <a href="/en/topic/markets.html">Markets</a> <a href="/">中文</a></nav>
</header>"""


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

    def is_subhead(text: str) -> bool:
        # the seed's sub-headings are short lines without a full stop
        return len(text) < 70 and not text.rstrip().endswith((".", "。", ".\"", ".”", "?", "!"))

    body = [f"<p>{esc(repeat)}</p>", f"<p>{esc(byline)}</p>"]
    for x in paras:
        if x.startswith("## "):
            body.append(f'<p class="subhead"><strong>{esc(x[3:])}</strong></p>')
        elif is_subhead(x):
            body.append(f'<p class="subhead"><strong>{esc(x)}</strong></p>')
        else:
            body.append(f"<p>{esc(x)}</p>")
    nav = []
    if prev:
        nav.append(f'<p class="prev">&lt;&lt;:  <a href="{prev[0]}">{esc(prev[1])}</a></p>')
    if nxt:
        nav.append(f'<p class="next">&gt;&gt;:  <a href="{nxt[0]}">{esc(nxt[1])}</a></p>')
    rec = ['<div class="recommend">', "<h3>Recommend</h3>", "<ul>"]
    for i, (t, teaser) in enumerate(recommend):
        slug = "".join(c if c.isalnum() else "-" for c in t.lower()).strip("-")[:40].strip("-")
        rec.append(f'<li><a href="/en/topic/{slug}.html"><h4>{esc(t)}</h4><p>{esc(teaser)}</p></a></li>')
    rec += ["</ul>", "</div>"]

    layout = d["layout"]
    out = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
           f"<title>{esc(title)} - Finance News Digest</title>",
           f'<meta name="description" content="{esc(paras[0][:150])}">',
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


# ----------------------------------------------------------------------------- listings
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
    out.append('<div class="right">\n' + hot_box() + "\n</div>")
    out.append("</div>")
    out.append(FOOTER)
    out.append("</body>\n</html>\n")
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


# ----------------------------------------------------------------------------- feeds
def article_like() -> list[Page]:
    return sorted(ZH + EN, key=lambda p: p.pub, reverse=True)


def rss() -> str:
    items = []
    for p in [p for p in article_like() if p.lang == "zh"][:10]:
        desc = next((x for x in p.d.get("paras", []) if not x.startswith("## ")), p.title)
        items.append(
            "  <item>\n"
            f"    <title>{esc(p.title)}</title>\n"
            f"    <link>{REAL}{p.path}</link>\n"
            f'    <guid isPermaLink="true">{REAL}{p.path}</guid>\n'
            f"    <category>{T.LISTINGS[p.section][0]}</category>\n"
            f"    <pubDate>{format_datetime(p.pub)}</pubDate>\n"
            f"    <description>{esc(desc[:120])}</description>\n"
            "  </item>")
    return ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0">\n<channel>\n'
            "  <title>证券日报网</title>\n"
            f"  <link>{REAL}/</link>\n"
            "  <description>证券日报网最新新闻</description>\n"
            "  <language>zh-cn</language>\n"
            f"  <lastBuildDate>{format_datetime(parse_pub('2021-06-02 09:00'))}</lastBuildDate>\n"
            + "\n".join(items) + "\n</channel>\n</rss>\n")


def sitemap(version: int) -> str:
    rows = [f"  <url><loc>{REAL}/</loc><changefreq>hourly</changefreq></url>"]
    for p in article_like():
        lastmod = p.pub
        if version == 2 and p.d.get("v2_updated"):
            lastmod = datetime.strptime(p.d["v2_updated"], "%Y年%m月%d日 %H:%M").replace(tzinfo=BJ)
        rows.append(f"  <url><loc>{REAL}{p.path}</loc><lastmod>{lastmod.isoformat()}</lastmod></url>")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            + "\n".join(rows) + "\n</urlset>\n")


ROBOTS = f"""User-agent: *
Disallow: /member/
Disallow: /search/

Sitemap: {REAL}/sitemap.xml
"""

CSS = """body{font:14px/1.6 "Microsoft YaHei",sans-serif;margin:0}.w1000{width:1000px;margin:0 auto}
.left{float:left;width:680px}.right{float:right;width:300px}.footer{clear:both;text-align:center;color:#666}
.news_content h1{font-size:24px}.info span{margin-right:12px;color:#888}.share,.pages,.recommend{margin:16px 0}
"""


# ----------------------------------------------------------------------------- write
def main() -> None:
    for sub in ("v1", "v2"):
        shutil.rmtree(HERE / sub, ignore_errors=True)
    files: dict[str, bytes] = {}
    files2: dict[str, bytes] = {}
    headers: dict[str, dict[str, str]] = {}
    redirects: dict[str, str] = {"/go/elsewhere": "http://example.invalid/"}
    manifest = []
    where = listed_on()

    for p in ZH:
        codec, ctype, _meta = CHARSETS[p.charset]
        entry = {"key": p.key, "path": p.path, "role": p.role, "lang": "zh", "charset": p.charset,
                 "title": p.title, "published": p.pub.isoformat(), "section": p.section,
                 "listed_on": where.get(p.key, []), "updated_in_v2": bool(p.d.get("updated_in_v2"))}
        if p.role == "redirect":
            redirects[p.path] = f"http://example.invalid/news/{p.date}/{p.key}.html"
        elif p.role == "empty":
            files[p.path] = b""
        else:
            data = zh_article(p).encode(codec)
            if p.role == "truncated":
                # the connection dropped mid-tag, before the text container
                text = zh_article(p)
                cut = text.index('<span class="source"') + len('<span class="sou')
                data = text[:cut].encode(codec)
            files[p.path] = data
            if p.d.get("updated_in_v2"):
                files2[p.path] = zh_article(p, version=2).encode(codec)
        if codec != "utf-8" or ctype != "text/html; charset=utf-8":
            headers[p.path] = {"Content-Type": ctype}
        manifest.append(entry)

    for p in EN:
        files[p.path] = en_article(p).encode("utf-8")
        manifest.append({"key": p.key, "path": p.path, "role": p.role, "lang": "en", "charset": "utf-8",
                         "title": p.title, "published": p.pub.isoformat(), "section": "en",
                         "listed_on": where.get(p.key, []), "updated_in_v2": False})
    dead = EN[0].d["prev"][0]
    manifest.append({"key": "en_dead_link", "path": dead, "role": "dead", "lang": "en", "charset": None,
                     "title": SEED["prev_title"], "published": "2021-05-26T00:00:00+08:00", "section": "en",
                     "listed_on": [], "updated_in_v2": False})

    files["/index.html"] = home().encode("utf-8")
    for section, (_name, pages) in T.LISTINGS.items():
        for n in range(1, len(pages) + 1):
            files[listing_path(section, n)] = (en_listing() if section == "en" else zh_listing(section, n)).encode("utf-8")
    files["/member/index.html"] = member().encode("utf-8")
    files["/robots.txt"] = ROBOTS.encode("utf-8")
    files["/sitemap.xml"] = sitemap(1).encode("utf-8")
    files2["/sitemap.xml"] = sitemap(2).encode("utf-8")
    files["/rss.xml"] = rss().encode("utf-8")
    files["/css/style.css"] = CSS.encode("utf-8")

    for root, table in (("v1", files), ("v2", files2)):
        for path, data in table.items():
            target = HERE / root / path.lstrip("/")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
    (HERE / "_headers.json").write_text(json.dumps(headers, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    (HERE / "_redirects.json").write_text(json.dumps(redirects, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    (HERE / "_pages.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"v1: {len(files)} files, v2: {len(files2)} files, {len(manifest)} article-like URLs")


if __name__ == "__main__":
    main()
