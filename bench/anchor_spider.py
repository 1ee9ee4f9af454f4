"""Reference spiders for ``bench/crawl_speed.py`` (``scrapy runspider`` this file).

``-a mode=fetch``: follows the site's listing and article links and does nothing else
(the speed of the network and of Scrapy itself).  ``-a mode=trafilatura``: the same,
plus ``trafilatura.extract`` on every article in the callback (the usual way to build
a news crawler with Scrapy).  ``-a article=REGEX -a listing=REGEX``: URL-path rules,
the same ones the project's profile uses, so every spider fetches the same pages.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import scrapy
from scrapy.settings import default_settings


class AnchorSpider(scrapy.Spider):
    name = "anchor"
    # plain Scrapy: none of the project's components, and Scrapy's own value of the project's
    # tuning (``scrapy runspider`` here still reads crawler/settings.py)
    custom_settings = {"ITEM_PIPELINES": {}, "DOWNLOADER_MIDDLEWARES": {}, "SPIDER_MIDDLEWARES": {},
                       "EXTENSIONS": {}, "ADDONS": {}, "CONCURRENT_ITEMS": default_settings.CONCURRENT_ITEMS}

    def __init__(self, start_url: str, article: str, listing: str, mode: str = "fetch", **kwargs):
        super().__init__(**kwargs)
        self.start_urls = [start_url]
        self.article_re = re.compile(article)
        self.listing_re = re.compile(listing)
        self.mode = mode
        self.host = urlsplit(start_url).netloc

    def parse(self, response):
        for href in response.css("a::attr(href)").getall():
            url = response.urljoin(href.strip())
            parts = urlsplit(url)
            if parts.netloc != self.host:
                continue
            if self.article_re.search(parts.path):
                yield response.follow(url, callback=self.parse_article, priority=10)
            elif self.listing_re.search(parts.path) or re.search(r"/index_\d+\.html$", parts.path):
                yield response.follow(url, callback=self.parse)

    def parse_article(self, response):
        if self.mode == "trafilatura":
            import trafilatura

            text = trafilatura.extract(response.text, url=response.url)
            self.crawler.stats.inc_value("anchor/extracted", 1 if text else 0)
        yield from self.parse(response)
