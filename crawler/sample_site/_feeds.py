"""robots.txt, the sitemap (v1 and v2) and the RSS feed."""

from __future__ import annotations

from datetime import datetime
from email.utils import format_datetime

import _texts as T
from _site_model import BJ, REAL, article_like, esc, parse_pub


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
