"""The archive: ORM models, engine factory, migrations and the store API."""

from models.article import Article, ArticleVersion
from models.base import Base
from models.claim import Claim
from models.crawl import CrawlRun, Reject
from models.entity import Entity, EntityAlias, Mention
from models.source import Source, SourceAlias

__all__ = ["Article", "ArticleVersion", "Base", "Claim", "CrawlRun", "Entity",
           "EntityAlias", "Mention", "Reject", "Source", "SourceAlias"]
