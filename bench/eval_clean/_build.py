"""Writes the labelled evaluation pages: ``python bench/eval_clean/_build.py``.

Each page folder holds ``page.html`` or ``page.txt`` (the bytes as served:
GBK pages stay GBK), ``meta.json`` (``url``, ``headers``, ``layout``) and
``expected.json``::

    {"title": str, "authors": [str], "language": "en" | "zh",
     "body": [str, ...],          # every paragraph and heading, in order
     "headings": [str, ...],      # the subset that must be heading blocks
     "boilerplate": [str, ...]}   # lines that must NOT be left in the body

Layouts are deliberately different from each other (WordPress, news CMS with
sidebars, AMP, tables and <br>, div soup with hashed classes, WeChat-like,
Chinese portals in GBK, plain-text captures) and none copies the seed page.
"""

from __future__ import annotations

import html
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import _texts as T  # noqa: E402

OUT = Path(__file__).parent
e = html.escape


def paras(article, *, p="<p>{}</p>", h="<h2>{}</h2>"):
    return "\n".join((h if kind == "h" else p).format(e(text, quote=False)) for kind, text in article["body"])


def expected(article, boilerplate, *, language, title=None, authors=None):
    return {
        "title": title or article["title"],
        "authors": authors if authors is not None else article["authors"],
        "language": language,
        "body": [text for _, text in article["body"]],
        "headings": [text for kind, text in article["body"] if kind == "h"],
        "boilerplate": boilerplate,
    }


def write(name, data: bytes, *, url, headers=None, layout, exp, ext="html"):
    folder = OUT / name
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("page.*"):
        old.unlink()
    (folder / f"page.{ext}").write_bytes(data)
    (folder / "meta.json").write_text(json.dumps({"url": url, "headers": headers or {}, "layout": layout},
                                                 ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (folder / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# ------------------------------------------------------------------ English

def en_wordpress():
    a = T.EN_COPPER
    bp = ["Share this:", "Related", "Gold steadies as traders await inflation figures", "Nickel slumps on Indonesian supply glut",
          "Leave a Reply", "Recent Posts", "© 2024 Metals Desk Media. All rights reserved.",
          "Photo: A worker at an open-pit copper mine. (Getty Images)"]
    page = f"""<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><title>{e(a['title'])} &#8211; Metals Desk</title>
<meta property="og:site_name" content="Metals Desk"><meta property="article:published_time" content="2024-05-21T15:40:00+00:00">
<script>var wp = {{"ajax":"/wp-admin/admin-ajax.php"}};</script><style>.site-header{{color:red}}</style></head>
<body class="post-template-default single single-post has-sidebar">
<div id="page" class="site">
<header id="masthead" class="site-header"><p class="site-title"><a href="/">Metals Desk</a></p>
<nav class="main-navigation"><ul><li><a href="/markets">Markets</a></li><li><a href="/mining">Mining</a></li><li><a href="/about">About</a></li></ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-1812" class="post-1812 post type-post status-publish format-standard hentry category-markets">
<header class="entry-header"><h1 class="entry-title">{e(a['title'])}</h1>
<div class="entry-meta"><span class="byline">by <span class="author vcard"><a href="/author/dokafor">Daniel Okafor</a></span></span> <time class="entry-date published" datetime="2024-05-21T15:40:00+00:00">May 21, 2024</time></div></header>
<div class="entry-content">
<figure class="wp-block-image"><img src="/wp-content/uploads/mine.jpg" alt=""><figcaption>Photo: A worker at an open-pit copper mine. (Getty Images)</figcaption></figure>
{paras(a, h='<h3>{}</h3>')}
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a href="#">Twitter</a></li><li><a href="#">Facebook</a></li></ul></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>
<div class="jp-relatedposts-items"><p class="jp-relatedposts-post"><a href="/gold-steadies">Gold steadies as traders await inflation figures</a></p>
<p class="jp-relatedposts-post"><a href="/nickel-slumps">Nickel slumps on Indonesian supply glut</a></p></div></div>
</div></article>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
<form action="/wp-comments-post.php" method="post" id="commentform"><p class="comment-notes">Your email address will not be published.</p><textarea name="comment"></textarea><input type="submit" value="Post Comment"></form></div></div>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>
<li><a href="/a">Aluminium output hits record in China</a></li><li><a href="/b">Lithium miners cut spending plans</a></li></ul></section></aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">© 2024 Metals Desk Media. All rights reserved.</div></footer>
</div></body></html>"""
    write("en_wordpress", page.encode("utf-8"), url="https://www.metalsdesk.example/2024/05/21/copper-two-month-high/",
          headers={"content-type": "text/html; charset=UTF-8"}, layout="WordPress theme, Jetpack share/related, comments, sidebar",
          exp=expected(a, bp, language="en"))


def en_newscms():
    a = T.EN_RATES
    body = a["body"]
    first, rest = body[:3], body[3:]
    bp = ["Advertisement", "Read more: Mortgage approvals fall for third month", "Most read",
          "Pound slides after inflation surprise", "Retail sales rebound in April",
          "This article is for information only and does not constitute investment advice.",
          "Follow us on Twitter", "Sign up for our Morning Briefing newsletter"]
    p = lambda items: "\n".join(f"<p>{e(t, quote=False)}</p>" for _, t in items)  # noqa: E731
    page = f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>{e(a['title'])} | The Ledger</title><meta property="og:title" content="{e(a['title'])}">
<meta property="og:site_name" content="The Ledger"><meta name="author" content="Anna Becker">
<meta property="article:published_time" content="2024-05-09T12:05:00+01:00"><meta property="article:section" content="Economy">
</head><body>
<div class="top-bar"><a href="/subscribe">Subscribe</a> <a href="/login">Sign in</a></div>
<div class="nav-wrapper"><ul class="menu"><li><a href="/">Home</a></li><li><a href="/economy">Economy</a></li><li><a href="/markets">Markets</a></li><li><a href="/opinion">Opinion</a></li></ul></div>
<div class="layout">
<div class="col-main">
<div class="story-header"><span class="kicker"><a href="/economy">Economy</a></span><h1 class="headline">{e(a['title'])}</h1>
<div class="byline-block"><span class="byline-name">Anna Becker, Economics Correspondent</span><span class="timestamp">May 9, 2024 12:05 pm BST</span></div></div>
<div class="story-body">
{p(first)}
<div class="ad-slot ad-inline"><span>Advertisement</span></div>
<p class="related-inline"><strong>Read more:</strong> <a href="/economy/mortgage-approvals">Mortgage approvals fall for third month</a></p>
{p(rest)}
<p class="story-disclaimer"><em>This article is for information only and does not constitute investment advice.</em></p>
</div>
<div class="story-tools"><a href="https://twitter.com/theledger">Follow us on Twitter</a></div>
<div class="newsletter-box"><p>Sign up for our Morning Briefing newsletter</p><form><input type="email"><button>Sign up</button></form></div>
</div>
<div class="col-side"><div class="most-read"><h3>Most read</h3><ol>
<li><a href="/markets/pound-slides">Pound slides after inflation surprise</a></li><li><a href="/economy/retail-sales">Retail sales rebound in April</a></li></ol></div></div>
</div>
<div class="site-foot"><p>The Ledger Ltd. Registered in England.</p><p><a href="/terms">Terms</a> | <a href="/privacy">Privacy</a></p></div>
</body></html>"""
    write("en_newscms", page.encode("utf-8"), url="https://www.theledger.example/economy/2024/05/09/central-bank-holds-rates?utm_source=rss&utm_medium=feed",
          headers={"content-type": "text/html; charset=utf-8"}, layout="news CMS, two columns, inline ad and read-more, most-read sidebar",
          exp=expected(a, bp, language="en"))


def en_amp():
    a = T.EN_EV
    bp = [f"{a['byline']} · April 24, 2024", "Recommended", "Battery maker raises guidance on strong orders", "The company said on Monday that it now expects…",
          "Charging network expands to 40 new cities", "A network of fast chargers will be rolled out…",
          "Share on Facebook", "Download our app for the latest market news"]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": "2024-04-24T21:15:00-04:00", "author": [{"@type": "Person", "name": "Kevin Zhou"}, {"@type": "Person", "name": "Laura Mendes"}],
          "publisher": {"@type": "Organization", "name": "AutoWire"}}
    page = f"""<!doctype html><html amp lang="en"><head><meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<title>{e(a['title'])} - AutoWire</title><link rel="canonical" href="https://autowire.example/news/voltara-q1">
<script type="application/ld+json">{json.dumps(ld)}</script>
<style amp-custom>body{{font-family:sans-serif}}</style></head><body>
<amp-sidebar id="menu" layout="nodisplay"><ul><li><a href="/">Home</a></li><li><a href="/ev">EV</a></li></ul></amp-sidebar>
<div class="amp-header"><button on="tap:menu.toggle">Menu</button><a href="/">AutoWire</a></div>
<article class="amp-article">
<h1>{e(a['title'])}</h1>
<p class="amp-byline">{e(a['byline'])} · April 24, 2024</p>
<amp-img src="/img/suv.jpg" width="800" height="450" layout="responsive"></amp-img>
{paras(a)}
<amp-social-share type="facebook" aria-label="Share on Facebook">Share on Facebook</amp-social-share>
<div class="amp-recirc"><h2>Recommended</h2>
<div class="teaser"><h3>Battery maker raises guidance on strong orders</h3><p>The company said on Monday that it now expects...</p></div>
<div class="teaser"><h3>Charging network expands to 40 new cities</h3><p>A network of fast chargers will be rolled out...</p></div>
</div>
<amp-ad width="300" height="250" type="doubleclick" data-slot="/123/amp"></amp-ad>
<p class="app-promo">Download our app for the latest market news</p>
</article>
<amp-analytics type="gtag"></amp-analytics>
</body></html>"""
    write("en_amp", page.encode("utf-8"), url="https://amp.autowire.example/news/voltara-q1.amp.html",
          headers={"content-type": "text/html"}, layout="AMP page, JSON-LD, recirculation teasers with '...'",
          exp=expected(a, bp, language="en"))


def en_tables():
    a = T.EN_IPO
    bp = [f"{a['byline']} | 12 June 2024", "Previous: Stamp duty cut to boost turnover", "Next: Exchange consults on dual-class shares",
          "Copyright (c) 2003-2024 Asia Bourse Online", "Markets | Companies | IPO Watch | Contact",
          "Printer friendly version", "E-mail this story"]
    text = "<br><br>\n".join(f"<font face=Arial size=2>{e(t, quote=False)}</font>" for _, t in a["body"])
    page = f"""<html><head><title>Asia Bourse Online - {e(a['title'])}</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body bgcolor="#ffffff"><table width="760" border="0" cellpadding="0" cellspacing="0">
<tr><td colspan="2"><img src="/img/logo.gif"><br><font size=1><a href="/markets">Markets</a> | <a href="/companies">Companies</a> | <a href="/ipo">IPO Watch</a> | <a href="/contact">Contact</a></font></td></tr>
<tr><td width="150" valign="top" bgcolor="#eeeeee"><font size=1><a href="/hk">Hong Kong</a><br><a href="/sh">Shanghai</a><br><a href="/sg">Singapore</a><br><a href="/tk">Tokyo</a></font></td>
<td width="610" valign="top"><font face=Arial size=4><b>{e(a['title'])}</b></font><br>
<font size=1>{e(a['byline'])} | 12 June 2024</font><br><br>
{text}
<br><br><font size=1><a href="/print?id=8812">Printer friendly version</a> &nbsp; <a href="/mail?id=8812">E-mail this story</a></font><br><br>
<table width="100%"><tr><td><font size=1><a href="/news/8811.html">Previous: Stamp duty cut to boost turnover</a></font></td>
<td align="right"><font size=1><a href="/news/8813.html">Next: Exchange consults on dual-class shares</a></font></td></tr></table>
</td></tr>
<tr><td colspan="2" align="center"><font size=1>Copyright (c) 2003-2024 Asia Bourse Online</font></td></tr>
</table></body></html>"""
    write("en_tables", page.encode("cp1252"), url="http://www.asiabourse.example/news/8812.html",
          headers={"content-type": "text/html"}, layout="1990s table layout, <font> and <br><br> paragraphs, latin-1",
          exp=expected(a, bp, language="en"))


def en_divsoup():
    a = T.EN_SHIPPING
    bp = ["ADVERTISEMENT", "More from Freight", "Port congestion eases in Singapore", "Air cargo volumes rise for fifth month",
          "Trucking rates hit bottom, brokers say", "Sign in to comment", "Scroll to continue with content"]
    cells = "\n".join(
        f'<div class="css-1x9k2ob e1h9rw200"><div class="css-53u6y8"><p class="css-at9mc1 evys1bk0">{e(t, quote=False)}</p></div></div>'
        for _, t in a["body"])
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{e(a['title'])}</title><meta property="og:title" content="{e(a['title'])}">
<meta name="byl" content="By Sofia Andersson"><meta property="og:site_name" content="Freight Times">
<meta name="ptime" content="20240118093000"></head><body>
<div id="app"><div class="css-hdr9"><div class="css-1ap9"><a href="/">Freight Times</a><a href="/ocean">Ocean</a><a href="/air">Air</a><a href="/trucking">Trucking</a></div></div>
<div class="css-wrap"><div class="css-story">
<div class="css-hl"><h1 class="css-88wu e1h9rw2">{e(a['title'])}</h1></div>
<div class="css-bl"><span class="css-1baulvz">By Sofia Andersson</span><time datetime="2024-01-18T09:30:00Z">Jan. 18, 2024</time></div>
{cells.split(chr(10))[0]}
{cells.split(chr(10))[1]}
<div class="css-ad0"><div class="css-ad1"><p>ADVERTISEMENT</p></div><p class="css-scr">Scroll to continue with content</p></div>
{chr(10).join(cells.split(chr(10))[2:])}
<div class="css-cmt"><a href="/login">Sign in to comment</a></div>
</div>
<div class="css-rail"><h2 class="css-rh">More from Freight</h2>
<div class="css-ri"><a href="/p1"><span>Port congestion eases in Singapore</span></a></div>
<div class="css-ri"><a href="/p2"><span>Air cargo volumes rise for fifth month</span></a></div>
<div class="css-ri"><a href="/p3"><span>Trucking rates hit bottom, brokers say</span></a></div></div>
</div></div></body></html>"""
    write("en_divsoup", page.encode("utf-8"), url="https://www.freighttimes.example/ocean/2024/01/18/red-sea-rates.html#comments",
          headers={"content-type": "text/html; charset=utf-8"}, layout="React div soup with hashed class names, rail of links",
          exp=expected(a, bp, language="en"))


def en_plaintext():
    a = T.EN_BONDS
    bp = ["MarketPulse | " + a["title"], a["title"], "By Marcus Bell", "Related Articles",
          "Dollar edges lower against the yen", "Oil steadies after OPEC+ meeting", "Gold hits record on rate-cut bets",
          "Tags: bonds, Treasuries, jobs report", "Share: Twitter | LinkedIn | Email",
          "Disclaimer: MarketPulse content is provided for information purposes only."]
    lines = [bp[0], "", "By Marcus Bell", ""]
    for _, t in a["body"]:
        lines += [t, ""]
    lines += ["Tags: bonds, Treasuries, jobs report", "", "Share: Twitter | LinkedIn | Email", "",
              "Disclaimer: MarketPulse content is provided for information purposes only.", "",
              "Related Articles", "", "Dollar edges lower against the yen", "Oil steadies after OPEC+ meeting",
              "Gold hits record on rate-cut bets", ""]
    exp = expected(a, [b for b in bp if b != a["title"]], language="en")
    write("en_plaintext", "\n".join(lines).encode("utf-8"), url=None, layout="plain-text capture from an aggregator",
          exp=exp, ext="txt")


# ------------------------------------------------------------------ Chinese

def zh_portal_gbk():
    a = T.ZH_EV
    bp = ["当前位置：首页 > 汽车 > 行业动态", "2023年09月12日 08:31 来源：经济观察网 作者：陈思远", "责任编辑：王磊",
          "分享到： 微信 微博 QQ空间", "相关阅读", "9月车市开局良好 多家车企推出促销",
          "动力电池装车量同比增长超三成", "免责声明：本文仅代表作者个人观点，与本网无关。", "网友评论", "扫描二维码关注我们"]
    body = "\n".join(f"<p>\u3000\u3000{e(t, quote=False)}</p>" for _, t in a["body"])
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{e(a['title'])}_汽车频道_财经门户</title><meta name="keywords" content="新能源汽车,销量" /></head>
<body><div class="topnav"><a href="/">首页</a> | <a href="/news/">新闻</a> | <a href="/auto/">汽车</a> | <a href="/stock/">股票</a></div>
<div class="wrap"><div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/auto/">汽车</a> &gt; <a href="/auto/hy/">行业动态</a></div>
<div class="main_left">
<h1 class="main-title">{e(a['title'])}</h1>
<div class="date-source">2023年09月12日 08:31 来源：经济观察网 作者：陈思远</div>
<div id="artibody" class="article">
<p>\u3000\u3000{e(a['byline'])}</p>
{body}
<p class="editor">责任编辑：王磊</p>
</div>
<div class="bshare-custom">分享到： <a class="bshare-weixin">微信</a> <a class="bshare-sinaminiblog">微博</a> <a class="bshare-qzone">QQ空间</a></div>
<div class="xgyd"><h3>相关阅读</h3><ul><li><a href="/auto/1.shtml">9月车市开局良好 多家车企推出促销</a></li><li><a href="/auto/2.shtml">动力电池装车量同比增长超三成</a></li></ul></div>
<p class="disclaimer">免责声明：本文仅代表作者个人观点，与本网无关。</p>
<div id="comment"><h3>网友评论</h3><p>登录后发表评论</p></div>
</div>
<div class="main_right"><div class="qr"><img src="/qr.png" /><p>扫描二维码关注我们</p></div>
<div class="rank"><h3>点击排行</h3><ol><li><a href="/1">车企8月销量出炉</a></li><li><a href="/2">油价年内第五次上调</a></li></ol></div></div>
</div><div class="footer">Copyright &copy; 2023 财经门户 版权所有</div></body></html>"""
    write("zh_portal_gbk", page.encode("gbk"), url="https://auto.caijingmenhu.example/2023-09-12/doc-imzmxyz8812.shtml",
          headers={"content-type": "text/html"}, layout="Chinese portal (Sina-like), GB2312 declared, #artibody",
          exp=expected(a, bp, language="zh"))


def zh_zqrb_profile():
    a = T.ZH_RRR
    bp = ["本报记者 刘晓琳", "分享到：", "上一篇：两部门发布支持小微企业融资措施", "下一篇：8月末外汇储备规模为32.0亿美元",
          "推荐阅读", "证券日报网所载文章、数据仅供参考，使用前务请仔细阅读法律申明，风险自负。", "责任编辑：孙亮"]
    body = paras(a, p="<p>\u3000\u3000{}</p>", h="<p><strong>{}</strong></p>")
    page = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>{e(a['title'])}_证券日报网</title></head><body>
<div class="top"><ul class="nav"><li><a href="/">首页</a></li><li><a href="/finance/index.html">财经</a></li></ul></div>
<div class="w1000 main"><div class="left">
<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/finance/index.html">财经</a></div>
<div class="news_content"><h1>{e(a['title'])}</h1>
<div class="info"><span class="date">2023年09月06日 07:05</span> <span class="source">来源：证券日报</span> <span class="author">本报记者 刘晓琳</span></div>
<div class="content">
<p>\u3000\u3000本报记者 刘晓琳</p>
{body}
<p>\u3000\u3000责任编辑：孙亮</p>
<p>证券日报网所载文章、数据仅供参考，使用前务请仔细阅读法律申明，风险自负。</p>
</div>
<div class="share">分享到：<a href="#">微信</a><a href="#">微博</a></div>
<div class="pages"><p>上一篇：<a href="/x.html">两部门发布支持小微企业融资措施</a></p><p>下一篇：<a href="/y.html">8月末外汇储备规模为32.0亿美元</a></p></div>
<div class="recommend"><h3>推荐阅读</h3><ul><li><a href="/z.html">前8个月新能源汽车销量同比增长近四成</a></li></ul></div>
</div></div></div><div class="footer"><p>证券日报社版权所有</p></div></body></html>"""
    write("zh_zqrb_profile", page.encode("gbk"), url="http://www.zqrb.cn/finance/hongguanjingji/2023-09-06/A1693955100123.html",
          headers={"content-type": "text/html; charset=gbk"}, layout="zqrb.cn with the securities_daily profile, GBK, strong-only subheadings",
          exp=expected(a, bp, language="zh"))


def zh_br_wrong_charset():
    a = T.ZH_ASHARE
    bp = ["【字体：大 中 小】", "上一篇：北向资金连续三日净流入", "下一篇：两融余额回升至1.6万亿元",
          "【打印本页】 【关闭窗口】", "版权所有 华东证券信息网 未经授权禁止复制或建立镜像", "风险提示：股市有风险，投资需谨慎。"]
    text = "<br>\n".join(f"\u3000\u3000{e(t, quote=False)}" for _, t in a["body"])
    page = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{e(a['title'])}</title></head><body>
<table width="950" align="center"><tr><td class="logo"><a href="/">华东证券信息网</a></td></tr>
<tr><td class="navbar"><a href="/">首页</a> <a href="/gs/">公司</a> <a href="/hq/">行情</a> <a href="/yj/">研究</a></td></tr></table>
<table width="950" align="center"><tr><td width="680" valign="top">
<div class="title"><h2>{e(a['title'])}</h2></div>
<div class="info">发布时间：2023-11-14 15:32:08 来源：证券时报网 【字体：大 中 小】</div>
<div class="txt">
\u3000\u3000{e(a['byline'])}<br>
{text}<br>
\u3000\u3000风险提示：股市有风险，投资需谨慎。
</div>
<div class="fy">上一篇：<a href="/a.html">北向资金连续三日净流入</a><br>下一篇：<a href="/b.html">两融余额回升至1.6万亿元</a></div>
<div class="tool">【<a href="javascript:print()">打印本页</a>】 【<a href="javascript:close()">关闭窗口</a>】</div>
</td><td width="260" valign="top" class="right"><b>今日热点</b><br><a href="/1.html">券商板块集体走强</a><br><a href="/2.html">人民币汇率小幅回升</a></td></tr></table>
<div align="center" class="copy">版权所有 华东证券信息网 未经授权禁止复制或建立镜像</div></body></html>"""
    write("zh_br_wrong_charset", page.encode("gbk"), url="http://www.hdzqxx.example/hq/20231114/112233.html",
          headers={"content-type": "text/html; charset=utf-8"}, layout="old Chinese table layout, <br> paragraphs, GBK bytes declared utf-8",
          exp=expected(a, bp, language="zh"))


def zh_wechat():
    a = T.ZH_PV
    bp = ["点击上方蓝字关注我们", "作者：孙浩然", "图片来源：视觉中国", "风险提示：本文所提到的观点仅代表个人意见，所涉及标的不作推荐，据此买卖，风险自负。",
          "阅读原文", "喜欢此内容的人还喜欢", "长按识别二维码关注公众号"]
    sections = "\n".join(
        (f'<section style="margin:16px 0"><span style="font-size:16px;font-weight:bold">{e(t, quote=False)}</span></section>' if k == "h"
         else f'<section style="margin:8px 0"><span style="font-size:15px;color:#333">{e(t, quote=False)}</span></section>')
        for k, t in a["body"])
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta property="og:title" content="{e(a['title'])}">
<meta property="og:site_name" content="能源观察"><title>{e(a['title'])}</title></head><body id="activity-detail">
<div class="rich_media"><div class="rich_media_inner">
<h1 class="rich_media_title" id="activity-name">{e(a['title'])}</h1>
<div class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">能源观察</span> <em id="publish_time" class="rich_media_meta rich_media_meta_text">2023-10-08 18:20</em></div>
<div class="rich_media_content" id="js_content">
<section><span style="color:#0080ff">点击上方蓝字关注我们</span></section>
<section><span>作者：孙浩然</span></section>
<section><img data-src="https://img.example/pv.jpg"></section>
<section><span style="font-size:12px;color:#999">图片来源：视觉中国</span></section>
{sections}
<section><span style="font-size:12px">风险提示：本文所提到的观点仅代表个人意见，所涉及标的不作推荐，据此买卖，风险自负。</span></section>
<section><img data-src="https://img.example/qr.jpg"><span>长按识别二维码关注公众号</span></section>
</div>
<div class="rich_media_tool"><a id="js_view_source" href="#">阅读原文</a></div>
<div class="like_list"><h3>喜欢此内容的人还喜欢</h3><div><a href="/s1">硅料价格跌破成本线</a></div><div><a href="/s2">储能装机迎来爆发</a></div></div>
</div></div></body></html>"""
    write("zh_wechat", page.encode("utf-8"), url="https://mp.weixin.example/s/AbCdEf123?scene=21&from=timeline",
          headers={"content-type": "text/html; charset=utf-8"}, layout="WeChat-style article: sections/spans, inline styles",
          exp=expected(a, bp, language="zh"))


def zh_plaintext():
    a = T.ZH_PROPERTY
    bp = ["财经快讯丨" + a["title"], "本报记者 周婷 李明", "上一篇：央行：8月社会融资规模增量为3.12万亿元",
          "下一篇：国家统计局：8月CPI同比上涨0.1%", "推荐阅读", "楼市“金九银十”成色几何",
          "多家房企公布8月销售数据，整体来看…", "公积金贷款利率调整在即", "据了解，多地公积金管理中心已发布通知…", "（责任编辑：吴凡）"]
    lines = [bp[0], "", bp[1], ""]
    for _, t in a["body"]:
        lines += [t, ""]
    lines += ["（责任编辑：吴凡）", "", bp[2], bp[3], "", "推荐阅读", "", "楼市“金九银十”成色几何", "多家房企公布8月销售数据，整体来看...",
              "", "公积金贷款利率调整在即", "据了解，多地公积金管理中心已发布通知...", ""]
    write("zh_plaintext", "\n".join(lines).encode("utf-8"), url=None, layout="Chinese plain-text capture with teaser list",
          exp=expected(a, bp, language="zh"), ext="txt")


def zh_cms_utf8():
    a = T.ZH_RRR
    bp = ["核心提示：央行宣布降准，释放长期资金约1万亿元。", "（图片来源：新华社）", "相关新闻", "央行开展1000亿元逆回购操作",
          "LPR连续三个月保持不变", "版权声明：凡本网注明“来源：金融时报网”的所有作品，版权均属于本网，转载请注明出处。",
          "打开APP阅读更多精彩内容"]
    body = paras(a, p="<p>{}</p>", h="<h3>{}</h3>")
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": "2023-09-05T19:30:00+08:00",
          "author": {"@type": "Person", "name": "刘晓琳"}}
    page = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{e(a['title'])} - 金融时报网</title>
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script></head><body>
<header class="site-header"><nav><a href="/">首页</a><a href="/bank/">银行</a><a href="/macro/">宏观</a></nav></header>
<main><article class="article-detail">
<h1 class="article-title">{e(a['title'])}</h1>
<div class="article-meta"><span class="author">本报记者 刘晓琳</span><time datetime="2023-09-05T19:30:00+08:00">2023-09-05 19:30</time></div>
<div class="summary"><p>核心提示：央行宣布降准，释放长期资金约1万亿元。</p></div>
<div class="article-content">
<figure><img src="/p.jpg"><figcaption>（图片来源：新华社）</figcaption></figure>
{body}
<p class="copyright">版权声明：凡本网注明“来源：金融时报网”的所有作品，版权均属于本网，转载请注明出处。</p>
</div>
<div class="app-open"><a href="/app">打开APP阅读更多精彩内容</a></div>
<section class="related-news"><h2>相关新闻</h2><ul><li><a href="/1">央行开展1000亿元逆回购操作</a></li><li><a href="/2">LPR连续三个月保持不变</a></li></ul></section>
</article></main>
<footer><p>金融时报网 版权所有</p></footer></body></html>"""
    exp = expected(a, bp, language="zh")
    write("zh_cms_utf8", page.encode("utf-8"), url="https://m.jrsb.example/macro/2023/0905/412233.html?spm=a2c4g.1&utm_campaign=x",
          headers={"content-type": "text/html; charset=utf-8"}, layout="modern Chinese CMS, <article>, h3 subheadings, summary box",
          exp=exp)


def en_substack():
    a = T.EN_BONDS
    bp = ["Subscribe", "Share", "Leave a comment", "Get the app", "Ready for more?", "Discussion about this post",
          "Type your email…", "Macro Notes is a reader-supported publication."]
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{e(a['title'])} - by Marcus Bell - Macro Notes</title>
<meta property="og:title" content="{e(a['title'])}"><meta name="author" content="Marcus Bell">
<meta property="article:published_time" content="2024-06-07T14:02:11.000Z"></head><body>
<div class="main-menu"><a href="/">Macro Notes</a><a href="/subscribe" class="button">Subscribe</a><a href="/signin">Sign in</a></div>
<div class="single-post-container"><div class="container">
<article class="typography newsletter-post post">
<div class="post-header"><h1 class="post-title">{e(a['title'])}</h1>
<div class="post-meta"><a href="/profile/marcus">Marcus Bell</a> <span>Jun 07, 2024</span></div>
<div class="post-ufi"><a class="like-button">12</a><a class="post-ufi-button share">Share</a></div></div>
<div class="available-content"><div class="body markup">
{paras(a)}
<div class="subscription-widget-wrap"><p class="cta-caption">Macro Notes is a reader-supported publication.</p>
<form class="subscription-widget"><input type="email" placeholder="Type your email…"><button>Subscribe</button></form></div>
</div></div>
<div class="post-footer"><a class="button">Share</a><a class="button">Leave a comment</a></div>
</article>
<div class="app-install"><p>Get the app</p></div>
<div class="post-end"><h3>Ready for more?</h3><form><input type="email" placeholder="Type your email…"><button>Subscribe</button></form></div>
<div class="comments-section"><h4>Discussion about this post</h4></div>
</div></div></body></html>"""
    write("en_substack", page.encode("utf-8"), url="https://macronotes.example/p/treasury-yields-retreat",
          headers={"content-type": "text/html; charset=utf-8"}, layout="newsletter platform post, subscribe widgets in body",
          exp=expected(a, bp, language="en"))


def en_blog_teasers():
    a = T.EN_IPO
    bp = ["You may also like", "Why Singapore is courting Chinese tech firms", "The city-state has been quietly rolling out…",
          "Five things to watch in Asian markets this week", "From central bank meetings to chip earnings…",
          "Posted in Markets", "3 Comments"]
    page = f"""<html><head><meta charset="utf-8"><title>{e(a['title'])}</title></head><body>
<div id="wrapper"><div id="left-col">
<div class="post"><h2 class="post-title">{e(a['title'])}</h2>
<div class="postmeta">Posted on June 12, 2024 by <a href="/author/liwei">Li Wei</a></div>
<div class="entry">
{paras(a)}
<p class="postmetadata">Posted in <a href="/cat/markets">Markets</a> | <a href="#comments">3 Comments</a></p>
</div>
<div class="yarpp"><p><strong>You may also like</strong></p>
<p><strong>Why Singapore is courting Chinese tech firms</strong></p><p>The city-state has been quietly rolling out...</p>
<p><strong>Five things to watch in Asian markets this week</strong></p><p>From central bank meetings to chip earnings...</p></div>
</div></div>
<div id="right-col"><ul><li><a href="/archives/2024/06">June 2024</a></li><li><a href="/archives/2024/05">May 2024</a></li></ul></div>
</div></body></html>"""
    exp = expected(a, bp, language="en", authors=["Li Wei"])
    exp["body"] = [t for _, t in a["body"]]
    write("en_blog_teasers", page.encode("utf-8"), url="https://asiamarketsblog.example/2024/06/12/hk-ipo-revival/",
          headers={}, layout="old blog theme, teaser block with bold titles and '...' snippets, no heading tags",
          exp=exp)


# ------------------------------------------------------------------ held out
# Written after the cleaning code was frozen for this round and NOT used to tune it:
# their scores are the honest estimate for unseen layouts.

def holdout_en_bbc():
    a = T.EN_SHIPPING
    bp = ["IMAGE SOURCE, GETTY IMAGES", "Image caption, Container ships queue off Singapore", "Related Topics",
          "Shipping industry", "More on this story", "Why a canal blockage still matters", "Top Stories",
          "Share", "Save"]
    blocks = "\n".join(f'<div data-component="text-block" class="ssrcss-11r1m41-RichTextComponentWrapper"><p class="ssrcss-1q0x1qg-Paragraph">{e(t, quote=False)}</p></div>'
                       for _, t in a["body"])
    page = f"""<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{e(a['title'])} - Worldwide News</title>
<meta property="og:title" content="{e(a['title'])}"><meta property="og:site_name" content="Worldwide News"></head><body>
<header role="banner"><a href="/">Worldwide News</a><nav><a href="/news">News</a><a href="/business">Business</a></nav></header>
<div id="main-content"><main role="main"><article>
<header><h1 id="main-heading">{e(a['title'])}</h1></header>
<div data-component="byline-block"><div><span>By Sofia Andersson</span><span>Business reporter</span></div></div>
<div data-component="links-block"><button>Share</button><button>Save</button></div>
<div data-component="image-block"><figure><span>IMAGE SOURCE, GETTY IMAGES</span><img src="/s.jpg">
<p class="ssrcss-caption">Image caption, Container ships queue off Singapore</p></figure></div>
{blocks}
<div data-component="tag-list"><h2>Related Topics</h2><ul><li><a href="/topics/shipping">Shipping industry</a></li></ul></div>
</article>
<section data-component="related"><h2>More on this story</h2><ul><li><a href="/x">Why a canal blockage still matters</a></li></ul></section>
</main><div class="sidebar-col"><h2>Top Stories</h2><ul><li><a href="/1">Leaders meet for climate talks</a></li></ul></div></div>
</body></html>"""
    write("holdout_en_bbc", page.encode("utf-8"), url="https://www.worldwidenews.example/news/business-68012345",
          headers={"content-type": "text/html; charset=utf-8"}, layout="HELD OUT: data-component blocks, image source line, related topics",
          exp=expected(a, bp, language="en"))


def holdout_zh_163():
    a = T.ZH_ASHARE
    bp = ["本文来源：证券时报 作者：赵敏", "责任编辑：王晓_NBJ1234", "热门跟贴", "用微信扫码二维码", "分享至好友和朋友圈",
          "相关推荐", "券商板块午后拉升 多只个股涨停", "今日午后，券商板块快速拉升，截至发稿…", "融资余额连续五日增加",
          "据交易所数据，两市融资余额已连续…"]
    body = "\n".join(f"<p>{e(t, quote=False)}</p>" for _, t in a["body"])
    page = f"""<!DOCTYPE HTML><html><head><meta http-equiv="content-type" content="text/html;charset=gbk"><title>{e(a['title'])}|A股|成交额_网易订阅</title></head><body>
<div class="N-nav-top"><a href="/">网易首页</a><a href="/news">新闻</a><a href="/money">财经</a></div>
<div class="container"><div class="post_main">
<h1 class="post_title">{e(a['title'])}</h1>
<div class="post_info">2023-11-14 15:40:12　来源: <a href="#">证券时报</a></div>
<div class="post_body">
<p>{e(a['byline'])}</p>
{body}
<p class="f_source">本文来源：证券时报 作者：赵敏</p>
<div class="post_btmshare"><p>用微信扫码二维码</p><p>分享至好友和朋友圈</p></div>
<div class="post_editor">责任编辑：王晓_NBJ1234</div>
</div>
<div class="post_recommends"><h3>相关推荐</h3>
<div class="post_recommend"><h4>券商板块午后拉升 多只个股涨停</h4><p>今日午后，券商板块快速拉升，截至发稿...</p><span>2023-11-14</span></div>
<div class="post_recommend"><h4>融资余额连续五日增加</h4><p>据交易所数据，两市融资余额已连续...</p><span>2023-11-13</span></div>
</div>
<div class="tie-area"><h3>热门跟贴</h3><div class="tie-list"><p>网友A：牛市来了</p></div></div>
</div></div></body></html>"""
    write("holdout_zh_163", page.encode("gbk"), url="https://www.163.example/dy/article/IK12345678.html",
          headers={"content-type": "text/html; charset=GBK"}, layout="HELD OUT: NetEase-like post_body, source line, recommends with '...'",
          exp=expected(a, bp, language="zh"))


def holdout_en_press():
    a = T.EN_EV
    bp = ["Home > Newsroom > Press releases", "Print", "Download PDF", "About Voltara Motors",
          "Forward-looking statements: This release contains forward-looking statements.",
          "Media contact: press@voltara.example", "Back to Newsroom"]
    page = f"""<html><head><title>{e(a['title'])}</title><meta name="description" content="Quarterly results"></head><body>
<div id="wrapper"><div id="crumbs">Home &gt; Newsroom &gt; Press releases</div>
<div id="body-content"><div class="row"><div class="col-md-8">
<h1>{e(a['title'])}</h1><p class="date">April 24, 2024</p>
<div class="tools"><a href="javascript:print()">Print</a> <a href="/q1.pdf">Download PDF</a></div>
<div class="release-text">
{paras(a, h='<p><b>{}</b></p>')}
</div>
<p><b>About Voltara Motors</b></p>
<p class="small">Forward-looking statements: This release contains forward-looking statements.</p>
<p class="small">Media contact: press@voltara.example</p>
<p><a href="/newsroom">Back to Newsroom</a></p>
</div><div class="col-md-4"><h4>Latest releases</h4><ul><li><a href="/r1">Voltara opens plant</a></li></ul></div></div></div></div></body></html>"""
    exp = expected(a, bp, language="en", authors=[])
    write("holdout_en_press", page.encode("utf-8"), url="https://investors.voltara.example/news/2024-04-24-q1-results",
          headers={"content-type": "text/html"}, layout="HELD OUT: corporate press release, bootstrap columns, bold headings",
          exp=exp)


def main() -> None:
    for build in (en_wordpress, en_newscms, en_amp, en_tables, en_divsoup, en_plaintext, en_substack, en_blog_teasers,
                  zh_portal_gbk, zh_zqrb_profile, zh_br_wrong_charset, zh_wechat, zh_plaintext, zh_cms_utf8,
                  holdout_en_bbc, holdout_zh_163, holdout_en_press):
        build()
    print(f"wrote pages to {OUT}")


if __name__ == "__main__":
    main()
