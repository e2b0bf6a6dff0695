"""The enrich stage: amounts, places and dates, each attached where it belongs (quotes are
found earlier, by the pipeline's quotes stage).

Runs after events are coded, while the parse is still on the article: amounts go to the
event whose clause holds them, places to the event that happened there, and every event
gets a date resolved from its own clause or the publication date.
"""
from __future__ import annotations

from collections import Counter
from typing import Any

from ..actors.gazetteer import Gazetteer
from ..actors.matcher import DictionaryMatcher
from ..actors.successions import code_on
from ..document import Article
from .amounts import AmountFinder
from .dates import event_time
from .places import PlaceFinder


def article_entities(article: Article) -> list[dict[str, Any]]:
    """People, organisations, countries and places the article names, with mention counts."""
    counts: Counter[tuple[str, str, str, str]] = Counter()
    for m in article.mentions:
        if not m.code or m.kind == "agent":
            continue
        root_name = m.name
        counts[(m.entry, root_name, code_on(m.code, article.published), m.kind)] += 1
    for p in article.places:
        counts[(f"place:{p.geonameid or p.name}", p.name, p.country, "place")] += 1
    return [{"entry": e, "name": n, "code": c, "kind": k, "mentions": count}
            for (e, n, c, k), count in counts.most_common()]


def _token_at(article: Article, start: int) -> tuple[Any, Any] | None:
    for pb in article.docs:
        if pb.block.start <= start < pb.block.end:
            off = start - pb.block.start
            for tok in pb.doc:
                if tok.idx == off:
                    return pb, tok
    return None


class Enricher:
    """Stage `enrich`: fills amounts, places, entities and each event's date,
    place and amounts."""

    def __init__(self, gazetteer: Gazetteer, matcher: DictionaryMatcher):
        self.amounts = AmountFinder()
        self.places = PlaceFinder(gazetteer, matcher)

    def __call__(self, article: Article) -> Article:
        article.amounts = self.amounts(article)
        article.places = self.places(article)
        ref = article.published
        for event in article.events:
            found = _token_at(article, event.trigger_span[0])
            if found is None:
                continue
            pb, tok = found
            when = event_time(tok, ref, future=event.status in ("intended", "threatened"))
            if when is not None:
                event.date, event.date_precision = when.iso, when.precision
            elif ref is not None:
                event.date, event.date_precision = ref.isoformat(), "published"
            event.place = self.places.event_place(tok, pb.block.start, article,
                                                  event.sentence_index)
            lo = min(t.idx for t in tok.subtree) + pb.block.start
            hi = max(t.idx + len(t.text) for t in tok.subtree) + pb.block.start
            event.amounts = [a for a in article.amounts
                             if a.kind == "money" and a.sentence_index == event.sentence_index
                             and lo <= a.span[0] and a.span[1] <= hi]
        article.entities = article_entities(article)
        return article
