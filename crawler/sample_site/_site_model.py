"""The sample site's pages as objects: URL, dates, section, and where each is listed
(used by every page writer; texts come from ``_texts.py``)."""

from __future__ import annotations

import html
import zlib
from datetime import datetime, timedelta, timezone
from pathlib import Path

import _texts as T

HERE = Path(__file__).resolve().parent

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


def article_like() -> list[Page]:
    return sorted(ZH + EN, key=lambda p: p.pub, reverse=True)
