"""kg: a knowledge-graph builder for news articles and feeds.

The Python API (see kg.api): build, read, mentions, validate, publish.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("kg")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"

# After __version__: the modules below read it.
from kg.api import InputFailures, TextMention, build, mentions, publish, read, validate
from kg.limits import Limits
from kg.model import Article, Entity, EntityKind
from kg.shards import build_shards

__all__ = ["Article", "Entity", "EntityKind", "InputFailures", "Limits", "TextMention", "__version__", "build",
           "build_shards", "mentions", "publish", "read", "validate"]
