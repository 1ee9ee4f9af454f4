"""The archive: ORM models, engine factory, migrations and the store API."""

from models.article import Article, ArticleVersion
from models.base import Base
from models.change import ArticleChange, ClaimChange
from models.claim import Claim
from models.crawl import CrawlRun, HttpValidator, Reject
from models.entity import Entity, EntityAlias, Mention
from models.neardup import ArticleBand
from models.source import Source, SourceAlias

__all__ = ["Article", "ArticleBand", "ArticleChange", "ArticleVersion", "Base", "Claim", "ClaimChange",
           "CrawlRun", "Entity", "EntityAlias", "HttpValidator", "Mention", "Reject", "Source", "SourceAlias"]
