"""Scrapy settings for newsarchive.

Scrapy's own overrides first, then ``NEWSARCHIVE_*`` settings grouped by
component (the enabling flag first).  Override per run with ``-s NAME=VALUE``;
there is no second configuration file.
"""

import os

from pipelines.stages import pipeline_classes

BOT_NAME = "newsarchive"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

# --- Politeness -------------------------------------------------------------
# Identify ourselves; sites can reach the operator through the project URL.
USER_AGENT = "newsarchive/0.1 (+https://pypi.org/project/newsarchive/; news archiving for research)"
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
RETRY_TIMES = 2
DOWNLOAD_TIMEOUT = 30
# Pages above this are cut off by Scrapy and end as rejects (a news page is < 1 MB).
DOWNLOAD_MAXSIZE = 20 * 1024 * 1024
DOWNLOAD_WARNSIZE = 5 * 1024 * 1024
COOKIES_ENABLED = False
# No handler for other schemes, whatever a redirect or robots.txt names (http(s) only).
DOWNLOAD_HANDLERS = {"ftp": None, "file": None, "s3": None, "data": None}
TELNETCONSOLE_ENABLED = False
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"
# Dropped items are logged as URL + reason (the reject row has the rest).
LOG_FORMATTER = "crawler.logformatter.NewsArchiveLogFormatter"

# --- Components ---------------------------------------------------------------
ITEM_PIPELINES = {
    **pipeline_classes(),                       # extraction stages 100..180
    "pipelines.store.StorePipeline": 900,       # writes articles, versions, claims, rejects
}
DOWNLOADER_MIDDLEWARES = {
    # only http(s) is ever sent: spiders, redirects and robots.txt sitemaps alike
    "crawler.fetch_faults.SchemeGuardMiddleware": 10,
    # skips article URLs already archived, before the request is sent
    "crawler.middlewares.SkipArchivedMiddleware": 50,
    # writes every response to WARC (request + response records)
    "crawler.warc.WarcMiddleware": 950,
}
ADDONS = {
    # switches to the scrapy-redis scheduler when NEWSARCHIVE_REDIS_URL is set
    "crawler.scaleout.RedisScaleOut": 0,
}
EXTENSIONS = {
    "crawler.extensions.CrawlRunRecorder": 100,
    # SQLite: space kept beside the archive, freed when the disk fills so the run row can be closed
    "crawler.diskfull.DiskReserve": 105,
    # PostgreSQL: the crawling process holds its spider's advisory lock, re-taken after a reconnect
    "crawler.runlock.AdvisoryLockKeeper": 110,
    # scale-out workers wait for the shared queue instead of quitting when idle
    "crawler.scaleout.IdleWait": 200,
}

# --- Store --------------------------------------------------------------------
# SQLAlchemy URL of the archive; the environment variable wins over the default.
NEWSARCHIVE_DATABASE_URL = os.environ.get("NEWSARCHIVE_DATABASE_URL", "sqlite:///archive.db")
# Create the schema (Alembic upgrade to head) when the database is empty.
NEWSARCHIVE_AUTO_INIT = True
# Items written per transaction.
NEWSARCHIVE_STORE_BATCH_SIZE = 50
# Attempts for one batch before its items become rejects (database locked or gone).
NEWSARCHIVE_STORE_RETRIES = 3
# Where items go when even the reject row cannot be written (JSON lines, one file per run).
NEWSARCHIVE_SPOOL_DIR = os.environ.get("NEWSARCHIVE_SPOOL_DIR", "spool")

# Share of requests that may end in an error (ERROR log lines, network failures,
# HTTP 5xx) before a run counts as failed (exit 1); rejected pages are not errors.
NEWSARCHIVE_MAX_ERROR_RATE = 0.25

# PostgreSQL advisory lock held by the crawl (one run per spider across machines), and
# how often (seconds) its connection is checked and the lock re-taken after an outage.
NEWSARCHIVE_PG_LOCK = True
NEWSARCHIVE_LOCK_CHECK_INTERVAL = 5.0

# Bytes kept in <archive>.reserve beside a SQLite archive, freed on a full disk (0: off).
NEWSARCHIVE_DISK_RESERVE = 1024 * 1024

# --- Spider -------------------------------------------------------------------
# Crawl a mirror instead of the profile's start URLs (same as ``-a start_url=``);
# the archive keeps the real site's canonical URLs.
NEWSARCHIVE_START_URL = ""

# --- Incremental crawl --------------------------------------------------------
# Skip article requests whose canonical URL is already archived.
NEWSARCHIVE_SKIP_ARCHIVED = True

# --- Raw archive (WARC) ---------------------------------------------------------
NEWSARCHIVE_WARC_ENABLED = True
# Folder of the WARC files; relative paths are relative to the working directory.
NEWSARCHIVE_WARC_DIR = os.environ.get("NEWSARCHIVE_WARC_DIR", "warc")
# Rotate to a new file past this size (bytes, compressed).
NEWSARCHIVE_WARC_MAX_SIZE = 100 * 1024 * 1024

# --- Scale-out (scrapy-redis) -------------------------------------------------------
# Redis URL of the shared request queue; empty = one process, Scrapy's own scheduler.
NEWSARCHIVE_REDIS_URL = os.environ.get("NEWSARCHIVE_REDIS_URL", "")
# Key prefix, and the name shared by every worker of one crawl (default: UTC date).
NEWSARCHIVE_REDIS_PREFIX = "newsarchive"
NEWSARCHIVE_REDIS_RUN = ""
# Seconds an idle worker waits with the shared queue empty before it finishes.
NEWSARCHIVE_REDIS_IDLE_TIMEOUT = 10.0
