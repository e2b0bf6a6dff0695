"""tidings: turn news into political event data (CAMEO and PLOVER), with evidence.

    >>> import tidings
    >>> article = tidings.extract("Russia pledged a loan to Belarus.", published="2020-09-14")
    >>> article.events[0].code
    '0331'
"""
import logging

from .document import (ActorRef, Amount, Article, Block, Event, Failure, Mention, Place,
                       Quote, Sentence)
from .errors import ConfigError, DataFileError, InputError, StoreError, TidingsError
from .pipeline import Pipeline, extract, load_pipeline
from .settings import Settings, load_settings

__all__ = [
    "extract", "load_pipeline", "Pipeline", "Settings", "load_settings",
    "Article", "Block", "Sentence", "Mention", "ActorRef", "Event", "Quote", "Amount",
    "Place", "Failure",
    "TidingsError", "InputError", "DataFileError", "ConfigError", "StoreError",
]
__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())
