"""Scrapy settings for newsarchive: the one home of every default.

Scrapy's own overrides first, then ``NEWSARCHIVE_*`` settings grouped by
component (the enabling flag first).  Override per run with ``-s NAME=VALUE``;
there is no second configuration file.  Code that runs without a crawler's
settings (the CLI, ``models.engine``, components built by tests) falls back
on the values here (``from crawler import settings as defaults``); a test
fails when a ``NEWSARCHIVE_*`` setting here is not documented in the README.
"""

import os

from pipelines import decode
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
# Items and requests of one response handled side by side.  Scrapy starts this many
# asyncio tasks for *every* response (default 100); a page here yields one document
# (the one output that waits: for its extraction) and links that go straight to the
# scheduler, so 100 tasks a page were ~4% of the crawler's time for nothing, and 16
# cost ~60 us a page more than 4.
CONCURRENT_ITEMS = 4
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
RETRY_TIMES = 2
DOWNLOAD_TIMEOUT = 30
# Pages above this are refused (a news page is < 1 MB): Scrapy stops the download, and
# the decode stage rejects bigger pages from files and WARC imports.  One value for both.
NEWSARCHIVE_MAX_PAGE_BYTES = decode.MAX_PAGE_BYTES  # the library's limit (pipelines imports nothing from crawler)
DOWNLOAD_MAXSIZE = NEWSARCHIVE_MAX_PAGE_BYTES
DOWNLOAD_WARNSIZE = 5 * 1024 * 1024
COOKIES_ENABLED = False
# No handler for other schemes, whatever a redirect or robots.txt names (http(s) only).
DOWNLOAD_HANDLERS = {"ftp": None, "file": None, "s3": None, "data": None}
TELNETCONSOLE_ENABLED = False
# Nor Scrapy's remote-control server (2.19+: runs Python code sent over HTTP on localhost);
# importing and starting it cost the crawler ~0.15 s of CPU a run.
REMOTE_CONTROL_ENABLED = False
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"
# Dropped items are logged as URL + reason (the reject row has the rest).
LOG_FORMATTER = "crawler.logformatter.NewsArchiveLogFormatter"

# --- Components ---------------------------------------------------------------
ITEM_PIPELINES = {
    # runs every stage in worker processes (NEWSARCHIVE_EXTRACT_WORKERS); the stage
    # pipelines below then pass its documents on, or run inline when the pool is off
    "pipelines.pool.ExtractPoolPipeline": 90,
    **pipeline_classes(),                       # extraction stages 100..180
    "crawler.store_pipeline.StorePipeline": 900,      # writes articles, versions, claims, rejects
}
DOWNLOADER_MIDDLEWARES = {
    # only http(s) is ever sent: spiders, redirects and robots.txt sitemaps alike
    "crawler.fetch_faults.SchemeGuardMiddleware": 10,
    # skips article URLs already archived, before the request is sent
    "crawler.middlewares.SkipArchivedMiddleware": 50,
    # sends If-None-Match / If-Modified-Since for listings, feeds, sitemaps (and refreshes)
    "crawler.conditional.ConditionalRequestMiddleware": 60,
    # writes every response to WARC (request + response records)
    "crawler.warc.WarcMiddleware": 950,
}
SPIDER_MIDDLEWARES = {
    # notes the listing links of each listing page, followed when it answers 304 next time
    "crawler.conditional.ConditionalLinksMiddleware": 950,
    # a developer's warning (a request carrying meta copied from its response), not a
    # check the crawl needs: one async step less for every request and item a page yields
    "scrapy.spidermiddlewares.metacopy.MetaCopyDetectionMiddleware": None,
}
ADDONS = {
    # switches to the scrapy-redis scheduler when NEWSARCHIVE_REDIS_URL is set
    "crawler.scaleout.RedisScaleOut": 0,
    # with extraction workers, the stage pipelines are left out (the pool pipeline runs every stage)
    "pipelines.pool.StagesInWorkers": 0,
}
EXTENSIONS = {
    "crawler.extensions.CrawlRunRecorder": 100,
    # SQLite: space kept beside the archive, freed when the disk fills so the run row can be closed
    "crawler.diskfull.DiskReserve": 105,
    # PostgreSQL: the crawling process holds its spider's advisory lock, re-taken after a reconnect
    "crawler.runlock.AdvisoryLockKeeper": 110,
    # scale-out workers wait for the shared queue instead of quitting when idle
    "crawler.scaleout.IdleWait": 200,
    # start-up objects frozen out of the garbage collector's full passes (crawler CPU)
    "crawler.extensions.FreezeStartup": 900,
}

# --- Extraction ---------------------------------------------------------------
# Worker processes for the extraction stages: -1 = one per core, 0 = inline (no pool).
NEWSARCHIVE_EXTRACT_WORKERS = -1

# --- Store --------------------------------------------------------------------
# The archive: a SQLAlchemy URL or a SQLite file path; the environment variable wins over the default.
# (Lower-case names are the defaults themselves: not settings, and not changed by the environment.)
default_database_url = "sqlite:///archive.db"
NEWSARCHIVE_DATABASE_URL = os.environ.get("NEWSARCHIVE_DATABASE_URL") or default_database_url
# Create the schema (Alembic upgrade to head) when the database is empty.
NEWSARCHIVE_AUTO_INIT = True
# Items written per transaction.
NEWSARCHIVE_STORE_BATCH_SIZE = 50
# Attempts for one batch before its items become rejects (database locked or gone).
NEWSARCHIVE_STORE_RETRIES = 3
# Where items go when even the reject row cannot be written (JSON lines, one file per run).
NEWSARCHIVE_SPOOL_DIR = os.environ.get("NEWSARCHIVE_SPOOL_DIR") or "spool"

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

# --- Conditional requests -----------------------------------------------------
# Send stored ETag / Last-Modified back; a 304 is counted and not parsed.
NEWSARCHIVE_CONDITIONAL_ENABLED = True

# --- Raw archive (WARC) ---------------------------------------------------------
NEWSARCHIVE_WARC_ENABLED = True
# Folder of the WARC files; relative paths are relative to the working directory.
# (`newsarchive` commands on a SQLite archive use warc/ beside the archive file instead.)
default_warc_dir = "warc"
NEWSARCHIVE_WARC_DIR = os.environ.get("NEWSARCHIVE_WARC_DIR") or default_warc_dir
# Rotate to a new file past this size (bytes, compressed).
NEWSARCHIVE_WARC_MAX_SIZE = 100 * 1024 * 1024
# zlib level of each record's gzip member (1 fastest .. 9 smallest; 6: zlib's and gzip's own).
# 4: ~1.8 ms of CPU a 190 kB page instead of 3.2 at 6, for files ~5% larger (same records).
NEWSARCHIVE_WARC_GZIP_LEVEL = 4
# Responses waiting for the WARC writer thread; the crawl pauses when it is full.
NEWSARCHIVE_WARC_QUEUE_SIZE = 256

# --- The newsarchive command --------------------------------------------------------
# Folder of the per-run log files of `newsarchive crawl` (its --log-dir default).
NEWSARCHIVE_LOG_DIR = "logs"

# --- Scale-out (scrapy-redis) -------------------------------------------------------
# Redis URL of the shared request queue; empty = one process, Scrapy's own scheduler.
NEWSARCHIVE_REDIS_URL = os.environ.get("NEWSARCHIVE_REDIS_URL", "")
# Key prefix, and the name shared by every worker of one crawl (default: UTC date).
NEWSARCHIVE_REDIS_PREFIX = "newsarchive"
NEWSARCHIVE_REDIS_RUN = ""
# Seconds an idle worker waits with the shared queue empty before it finishes.
NEWSARCHIVE_REDIS_IDLE_TIMEOUT = 10.0
