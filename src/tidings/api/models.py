"""Response and request models: the API's contract, published at /openapi.json."""
from __future__ import annotations

import datetime as dt
from typing import Any, Optional

from pydantic import BaseModel, Field


class Error(BaseModel):
    ok: bool = False
    error: str
    status: int


class Actor(BaseModel):
    code: str
    name: str
    text: str
    span: list[int]
    entry: str


class Trigger(BaseModel):
    text: str
    span: list[int]


class AmountRecord(BaseModel):
    text: str
    span: list[int]
    value: float
    kind: str
    currency: Optional[str] = None
    usd: Optional[float] = None
    counts: Optional[str] = None
    sentence_index: int


class PlaceRecord(BaseModel):
    text: str
    span: list[int]
    name: str
    country: str
    feature: str
    latitude: Optional[float] = None
    longitude: Optional[float] = None
    geonameid: Optional[int] = None
    sentence_index: int


class EventRecord(BaseModel):
    source: Actor
    target: Optional[Actor] = None
    code: str
    root: str
    name: str
    plover: Optional[str] = None
    mode: Optional[str] = None
    quad_class: int
    goldstein: Optional[float] = None
    status: str
    sentence: str
    sentence_index: int
    trigger: Trigger
    date: Optional[str] = None
    date_precision: Optional[str] = None
    amounts: list[AmountRecord]
    place: Optional[PlaceRecord] = None
    confidence: float
    why: str
    mentions: int


class QuoteRecord(BaseModel):
    text: str
    span: list[int]
    speaker: Optional[Actor] = None
    partial: bool
    sentence_index: int
    how: str


class BlockRecord(BaseModel):
    kind: str
    span: list[int]
    reason: str


class FailureRecord(BaseModel):
    stage: str
    reason: str


class ArticleRecord(BaseModel):
    """One coded article, as `tidings extract --format jsonl` writes it."""

    id: str
    title: Optional[str] = None
    published: Optional[str] = None
    url: Optional[str] = None
    origin: Optional[str] = None
    dateline: Optional[str] = None
    text: str
    events: list[EventRecord]
    quotes: list[QuoteRecord]
    amounts: list[AmountRecord]
    places: list[PlaceRecord]
    entities: list[dict[str, Any]]
    blocks: list[BlockRecord]
    failures: list[FailureRecord]
    mentions: list[dict[str, Any]]


class ExtractIn(BaseModel):
    text: str = Field(..., description="the article's text")
    title: Optional[str] = Field(None, description="its headline, when apart from the text")
    published: Optional[dt.date] = Field(None, description="publication date (YYYY-MM-DD)")


class StoredEvent(BaseModel):
    id: int
    source_code: str
    source_name: Optional[str] = None
    source_country: Optional[str] = None
    target_code: str
    target_name: Optional[str] = None
    target_country: Optional[str] = None
    code: str
    root: str
    name: Optional[str] = None
    plover: Optional[str] = None
    mode: Optional[str] = None
    quad_class: Optional[int] = None
    goldstein: Optional[float] = None
    status: Optional[str] = None
    date: Optional[str] = None
    date_max: Optional[str] = None
    date_precision: Optional[str] = None
    place_name: Optional[str] = None
    place_country: Optional[str] = None
    place_lat: Optional[float] = None
    place_lon: Optional[float] = None
    n_reports: int
    n_articles: int
    n_sources: int
    confidence: Optional[float] = None
    first_article: Optional[str] = None
    sentence: Optional[str] = None
    article_id: Optional[str] = None


class EventPage(BaseModel):
    total: int
    total_is_exact: bool = Field(True, description="false when more than 100,000 events "
                                                   "match: total is then a lower bound")
    limit: int
    offset: int
    events: list[StoredEvent]


class Report(BaseModel):
    id: int
    event_id: int
    article_id: str
    source_code: str
    source_name: Optional[str] = None
    source_text: Optional[str] = None
    source_start: Optional[int] = None
    source_end: Optional[int] = None
    target_code: str
    target_name: Optional[str] = None
    target_text: Optional[str] = None
    target_start: Optional[int] = None
    target_end: Optional[int] = None
    code: str
    status: Optional[str] = None
    sentence: Optional[str] = None
    sentence_index: Optional[int] = None
    trigger: Optional[str] = None
    trigger_start: Optional[int] = None
    trigger_end: Optional[int] = None
    date: Optional[str] = None
    date_precision: Optional[str] = None
    place: Optional[dict[str, Any]] = None
    amounts: Optional[list[dict[str, Any]]] = None
    confidence: Optional[float] = None
    why: Optional[str] = None
    title: Optional[str] = None
    published: Optional[str] = None
    url: Optional[str] = None


class EventDetail(StoredEvent):
    reports: list[Report]


class StoredQuote(BaseModel):
    id: int
    article_id: str
    text: Optional[str] = None
    start: Optional[int] = None
    end: Optional[int] = None
    speaker_name: Optional[str] = None
    speaker_code: Optional[str] = None
    speaker_entry: Optional[str] = None
    partial: Optional[int] = None
    sentence_index: Optional[int] = None
    how: Optional[str] = None
    title: Optional[str] = None
    published: Optional[str] = None


class QuotePage(BaseModel):
    total: int
    limit: int
    offset: int
    quotes: list[StoredQuote]


class StoredArticle(BaseModel):
    id: str
    title: Optional[str] = None
    published: Optional[str] = None
    url: Optional[str] = None
    source: Optional[str] = None
    dateline: Optional[str] = None
    text: str
    blocks: list[dict[str, Any]]
    n_reports: int
    reports: list[Report]
    quotes: list[dict[str, Any]]
    amounts: list[dict[str, Any]]
    places: list[dict[str, Any]]
    mentions: list[dict[str, Any]]


class ArticleSummary(BaseModel):
    id: str
    title: Optional[str] = None
    published: Optional[str] = None
    url: Optional[str] = None
    source: Optional[str] = None
    n_reports: int


class ArticlePage(BaseModel):
    total: int
    limit: int
    offset: int
    articles: list[ArticleSummary]


class Period(BaseModel):
    period: str
    events: int
    goldstein: float
    quad: dict[str, int]
    a_to_b: int
    b_to_a: int


class DyadSeries(BaseModel):
    a: str
    b: str
    interval: str
    series: list[Period]


class ActorRow(BaseModel):
    entry: Optional[str] = None
    name: Optional[str] = None
    code: Optional[str] = None
    kind: Optional[str] = None
    articles: int
    mentions: Optional[int] = None


class ActorPage(BaseModel):
    total: int
    limit: int
    offset: int
    actors: list[ActorRow]


class Node(BaseModel):
    id: str
    events: int


class Edge(BaseModel):
    source: str
    target: str
    events: int
    goldstein: float


class Network(BaseModel):
    nodes: list[Node]
    edges: list[Edge]


class FailurePage(BaseModel):
    total: int
    limit: int
    offset: int
    failures: list[dict[str, Any]]
