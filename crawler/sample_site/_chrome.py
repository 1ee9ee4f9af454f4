"""What every page of the sample site shares: head, navigation, footer, share bar,
the hot-articles box, and the stylesheet."""

from __future__ import annotations

from _site_model import PAGES, esc


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


def zh_page_end() -> list[str]:
    """The lines closing a Chinese page after its left column: the hot box on the
    right, the footer, the end of the document."""
    return ['<div class="right">\n' + hot_box() + "\n</div>", "</div>", FOOTER, "</body>\n</html>\n"]


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


SHARE = """<div class="share">分享到：<a href="javascript:void(0)" class="wx">微信</a> <a href="javascript:void(0)" class="wb">微博</a> <a href="javascript:void(0)" class="qq">QQ空间</a></div>"""

EN_HEADER = """<header class="site-header">
  <a class="brand" href="/en/index.html">Finance News Digest</a>
  <nav><a href="/en/index.html">Latest</a> <a href="/en/topic/blockchain.html">Blockchain</a> <a href="/en/topic/markets.html">Markets</a> <a href="/">中文</a></nav>
</header>"""


CSS = """body{font:14px/1.6 "Microsoft YaHei",sans-serif;margin:0}.w1000{width:1000px;margin:0 auto}
.left{float:left;width:680px}.right{float:right;width:300px}.footer{clear:both;text-align:center;color:#666}
.news_content h1{font-size:24px}.info span{margin-right:12px;color:#888}.share,.pages,.recommend{margin:16px 0}
"""

