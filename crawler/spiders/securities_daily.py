"""Securities Daily (证券日报, www.zqrb.cn) and its English republications.

Everything site-specific is in ``pipelines/profiles/securities_daily.toml``; this
module only names the spider.  ``scrapy crawl securities_daily`` crawls the real
site; ``-a start_url=http://127.0.0.1:PORT/`` crawls a mirror such as the bundled
sample site (``python -m crawler.sample_site``).  Arguments: see
:mod:`crawler.spiders.profiled`.
"""

from __future__ import annotations

from crawler.spiders.profiled import ProfiledSpider


class SecuritiesDailySpider(ProfiledSpider):
    name = "securities_daily"
    profile_name = "securities_daily"
