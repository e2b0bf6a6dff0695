"""The ordered stages, and running them over one article or a stream of them.

    ingest -> clean -> nlp -> actors -> quotes -> events -> enrich

Each stage fills its own fields of the `Article` (see `STAGES`) and reads only what earlier
stages filled. This module is the only place that knows the order. A stage that raises
`InputError` (or fails unexpectedly) records a `Failure` on the article, and the batch goes on.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator

from .actors.dictionary import load_dictionary
from .actors.gazetteer import load_gazetteer
from .actors.matcher import DictionaryMatcher
from .actors.resolver import Resolver
from .clean.boilerplate import clean_article, load_patterns
from .document import Article, Failure
from .enrich.quotes import QuoteFinder
from .enrich.stage import Enricher
from .errors import InputError
from .events.codebook import load_codebook
from .events.coder import EventCoder
from .events.lexicon import load_lexicon
from .events.stage import code_events
from .ingest.article import make_article
from .nlp.model import describing_words, english_words, load_model
from .nlp.parse import parse_articles
from .settings import Settings, load_settings

log = logging.getLogger(__name__)

#: Stage name -> the Article fields it fills.
STAGES: dict[str, tuple[str, ...]] = {
    "check": (),
    "clean": ("blocks", "title", "dateline"),
    "nlp": ("sentences", "docs"),
    "actors": ("mentions",),
    "quotes": ("quotes",),  # before events: a quoted sentence is its speaker's speech
    "events": ("events",),
    "enrich": ("amounts", "places", "entities", "events"),
}

_ENGLISH = frozenset("""the of and to in a is that for on with as was by at from it he said
his be are were has have had but not this which an they their its who will would been
after over more also than about into after against up out new over when there what
could our we she her him them no all one two after while year years""".split())
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def _is_english_word(word: str, vocabulary: frozenset[str]) -> bool:
    w = word.lower()
    if w in _ENGLISH or w in vocabulary:
        return True
    for suffix in ("s", "es", "ed", "ing", "ly", "ies"):
        if w.endswith(suffix) and w[: -len(suffix)] in vocabulary:
            return True
    return False


def check_input(article: Article, settings: Settings,
                vocabulary: frozenset[str] = frozenset()) -> None:
    """Raise InputError for a document that cannot be coded: empty, huge, not English.

    English is told by the share of lower-case words that are English words (names and
    capitalised words do not count), so short and name-heavy news stays in."""
    text = article.text
    if len(text) > settings.max_chars:
        raise InputError(f"document is too large: {len(text):,} characters (the limit is "
                         f"{settings.max_chars:,}; raise input.max_chars to code it)")
    words = _WORD.findall(text[:20000])
    if not words:
        raise InputError("document is empty (no words)")
    lower = [w for w in words if w[0].islower() and len(w) > 1]
    if len(lower) >= settings.min_words_for_language:
        ratio = sum(1 for w in lower if _is_english_word(w, vocabulary)) / len(lower)
        if ratio < settings.min_english_ratio:
            raise InputError(f"document does not look like English (only {ratio:.0%} of its "
                             "words are English): tidings codes English text only")


@dataclass
class Pipeline:
    """Everything needed to code articles, loaded once.

    Example:
        >>> from tidings import Pipeline
        >>> p = Pipeline()
        >>> article = p.extract("Russia pledged a loan to Belarus.", published="2020-09-14")
        >>> [(e.source.code, e.code, e.target.code) for e in article.events]
        [('RUS', '0331', 'BLR')]
    """

    settings: Settings

    def __init__(self, settings: Settings | None = None):
        self.settings = settings or load_settings()
        self.nlp = load_model(self.settings.model)
        self.known_words = english_words(self.settings.model)
        self.dictionary = load_dictionary(self.settings.extra_actors)
        self.matcher = DictionaryMatcher(self.nlp, self.dictionary)
        self.gazetteer = load_gazetteer()
        self.resolver = Resolver(self.dictionary, self.matcher, self.gazetteer,
                                 describing_words(self.settings.model))
        self.codebook = load_codebook()
        self.lexicon = load_lexicon()
        self.coder = EventCoder(self.lexicon, regions=frozenset(self.dictionary.regions))
        self.patterns = load_patterns()
        self.quote_finder = QuoteFinder()
        self.enricher = Enricher(self.gazetteer, self.matcher)

    # -- stages over a batch --------------------------------------------------------------

    def _guard(self, article: Article, stage: str, fn: Callable[[Article], Any]) -> None:
        if article.failures:
            return
        try:
            fn(article)
        except InputError as exc:
            article.failures.append(Failure(stage, str(exc)))
        except Exception as exc:  # noqa: BLE001 - one bad document must not stop a batch
            log.exception("stage %s failed on %s", stage, article.id)
            article.failures.append(Failure(stage, f"internal error: {type(exc).__name__}: {exc}"))

    def process(self, articles: Iterable[Article], batch_size: int | None = None
                ) -> Iterator[Article]:
        """Code a stream of articles, `batch_size` at a time; yields them in order."""
        size = batch_size or self.settings.batch_size
        batch: list[Article] = []
        for article in articles:
            batch.append(article)
            if len(batch) >= size:
                yield from self._run_batch(batch)
                batch = []
        if batch:
            yield from self._run_batch(batch)

    def _run_batch(self, batch: list[Article]) -> list[Article]:
        for a in batch:
            self._guard(a, "check", lambda x: check_input(x, self.settings, self.known_words))
            self._guard(a, "clean", lambda x: clean_article(x, self.patterns,
                                                            self.gazetteer.__contains__))
        live = [a for a in batch if not a.failures]
        try:
            parse_articles(self.nlp, live, self.known_words, self.matcher.name_words,
                           self.settings.batch_size)
        except Exception:  # noqa: BLE001 - fall back to one at a time to isolate the culprit
            for a in live:
                self._guard(a, "nlp", lambda x: parse_articles(
                    self.nlp, [x], self.known_words, self.matcher.name_words, 1))
        for a in batch:
            self._guard(a, "actors", self._actors)
            # quotes before events: a quoted sentence is its speaker's reported speech
            self._guard(a, "quotes", self._quotes)
            self._guard(a, "events", lambda x: code_events(
                x, self.coder, self.codebook, self.settings.min_confidence))
            self._guard(a, "enrich", self.enricher)
            a.docs = []
        return batch

    def _quotes(self, article: Article) -> None:
        article.quotes = self.quote_finder(article)

    def _actors(self, article: Article) -> None:
        per_block = self.resolver.resolve(article, article.docs)
        for pb, actors in zip(article.docs, per_block):
            pb.actors = actors

    # -- one article ----------------------------------------------------------------------

    def run(self, article: Article) -> Article:
        return self._run_batch([article])[0]

    def extract(self, text: str, *, title: str | None = None, published: object = None,
                id: str | None = None, url: str | None = None) -> Article:
        """Code one article's text. `published` (a date or YYYY-MM-DD) anchors roles and dates."""
        try:
            article = make_article(text, id=id, title=title, published=published, url=url)
        except InputError as exc:
            return Article(id=id or "document", text=text if isinstance(text, str) else "",
                           failures=[Failure("ingest", str(exc))])
        return self.run(article)


_default: Pipeline | None = None


def load_pipeline(settings: Settings | None = None) -> Pipeline:
    """The pipeline with the default settings, loaded once per process."""
    global _default
    if settings is not None:
        return Pipeline(settings)
    if _default is None:
        _default = Pipeline()
    return _default


def extract(text: str, *, title: str | None = None, published: object = None,
            id: str | None = None, url: str | None = None) -> Article:
    """Code one article with the default pipeline: `tidings.extract(text, published=...)`."""
    return load_pipeline().extract(text, title=title, published=published, id=id, url=url)
