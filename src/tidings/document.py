"""The article model: one `Article` flows one way through the pipeline's stages.

Each stage fills its own fields (see `tidings.pipeline`). Records are small dataclasses of
plain types. Every record carries character offsets into `Article.text` and the sentence it
came from, so each can be checked against the text that proves it.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

Span = tuple[int, int]

#: Block kinds that events are coded from; the rest (captions, bylines, promos ...) are kept
#: as blocks for the record but never coded.
CODABLE_BLOCKS = frozenset({"headline", "standfirst", "body"})


@dataclass
class Block:
    """A paragraph-sized piece of the article and what the cleaner took it for."""

    kind: str
    start: int
    end: int
    reason: str = ""

    @property
    def codable(self) -> bool:
        return self.kind in CODABLE_BLOCKS


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    text: str
    block: str


@dataclass
class Mention:
    """A span of text that names (or refers to) an actor, with the code it was given."""

    start: int
    end: int
    text: str
    code: str
    name: str
    kind: str  # person, country, organisation, group, agent
    entry: str  # id of the dictionary entry, or how an unknown actor was coded
    sentence_index: int
    via: str = ""  # how it was resolved: "surname", "pronoun", "title", "relative" ...
    antecedent: Span | None = None  # span of the mention it was resolved to


@dataclass(frozen=True)
class ActorRef:
    """An event's source or target."""

    code: str
    name: str
    text: str
    span: Span
    entry: str

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "name": self.name, "text": self.text,
                "span": list(self.span), "entry": self.entry}


@dataclass
class Amount:
    text: str
    span: Span
    value: float
    unit: str  # ISO currency code, or what a count counts ("people", "dead" ...)
    kind: str  # "money" or "count"
    usd: float | None = None
    counts: str | None = None
    sentence_index: int = -1

    @property
    def currency(self) -> str | None:
        return self.unit if self.kind == "money" else None

    def to_dict(self) -> dict[str, Any]:
        d = {"text": self.text, "span": list(self.span), "value": self.value,
             "kind": self.kind, "sentence_index": self.sentence_index}
        if self.kind == "money":
            d.update(currency=self.unit, usd=self.usd)
        else:
            d.update(counts=self.counts)
        return d


@dataclass
class Place:
    text: str
    span: Span
    name: str
    country: str  # CAMEO / ISO alpha-3
    feature: str  # "city", "country", "region", "admin" ...
    latitude: float | None = None
    longitude: float | None = None
    geonameid: int | None = None
    sentence_index: int = -1

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["span"] = list(self.span)
        return d


@dataclass
class Quote:
    text: str
    span: Span
    speaker: ActorRef | None
    partial: bool
    sentence_index: int
    how: str = ""  # how the speaker was found

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "span": list(self.span),
                "speaker": self.speaker.to_dict() if self.speaker else None,
                "partial": self.partial, "sentence_index": self.sentence_index,
                "how": self.how}


@dataclass
class Event:
    source: ActorRef
    target: ActorRef | None
    code: str
    root: str
    name: str
    plover: str | None
    mode: str | None
    quad_class: int
    goldstein: float | None
    status: str  # actual, intended, threatened, refused
    sentence: str
    sentence_index: int
    trigger: str
    trigger_span: Span
    confidence: float
    why: str
    date: str | None = None
    date_precision: str | None = None
    amounts: list[Amount] = field(default_factory=list)
    place: Place | None = None
    mentions: int = 1  # how many times the document reports this event

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source.to_dict(),
            "target": self.target.to_dict() if self.target else None,
            "code": self.code, "root": self.root, "name": self.name,
            "plover": self.plover, "mode": self.mode,
            "quad_class": self.quad_class, "goldstein": self.goldstein,
            "status": self.status,
            "sentence": self.sentence, "sentence_index": self.sentence_index,
            "trigger": {"text": self.trigger, "span": list(self.trigger_span)},
            "date": self.date, "date_precision": self.date_precision,
            "amounts": [a.to_dict() for a in self.amounts],
            "place": self.place.to_dict() if self.place else None,
            "confidence": self.confidence, "why": self.why,
            "mentions": self.mentions,
        }


@dataclass
class Failure:
    """Why a document (or one stage of it) could not be processed."""

    stage: str
    reason: str

    def to_dict(self) -> dict[str, str]:
        return {"stage": self.stage, "reason": self.reason}


@dataclass
class Article:
    """One news document and everything the pipeline found in it."""

    id: str
    text: str
    title: str | None = None
    published: dt.date | None = None
    url: str | None = None
    origin: str | None = None  # file (and line) it was read from
    # filled by clean
    blocks: list[Block] = field(default_factory=list)
    dateline: str | None = None  # place named by a wire dateline ("KABUL")
    # filled by nlp
    sentences: list[Sentence] = field(default_factory=list)
    # filled by actors
    mentions: list[Mention] = field(default_factory=list)
    # filled by events
    events: list[Event] = field(default_factory=list)
    # filled by enrich
    quotes: list[Quote] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    entities: list[dict[str, Any]] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    # transient: the spaCy docs, one per codable block; never stored or sent between workers
    docs: list[Any] = field(default_factory=list, repr=False, compare=False)

    @property
    def ok(self) -> bool:
        return not self.failures

    def block_text(self, block: Block) -> str:
        return self.text[block.start:block.end]

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Article":
        """The inverse of `to_dict` (with text): records travel as plain data between
        processes and machines, and come back as an Article."""
        def ref(x: dict[str, Any] | None) -> ActorRef | None:
            if not x:
                return None
            return ActorRef(x.get("code", ""), x.get("name", ""), x.get("text", ""),
                            tuple(x.get("span") or (0, 0)), x.get("entry", ""))

        def amount(x: dict[str, Any]) -> Amount:
            unit = x.get("currency") if x.get("kind") == "money" else x.get("counts")
            return Amount(x["text"], tuple(x["span"]), x["value"], unit or "", x["kind"],
                          x.get("usd"), x.get("counts"), x.get("sentence_index", -1))

        def place(x: dict[str, Any] | None) -> Place | None:
            if not x:
                return None
            return Place(x["text"], tuple(x["span"]), x["name"], x["country"], x["feature"],
                         x.get("latitude"), x.get("longitude"), x.get("geonameid"),
                         x.get("sentence_index", -1))

        events = []
        for e in d.get("events") or []:
            events.append(Event(
                source=ref(e["source"]), target=ref(e.get("target")), code=e["code"],
                root=e["root"], name=e.get("name", ""), plover=e.get("plover"),
                mode=e.get("mode"), quad_class=e.get("quad_class", 0),
                goldstein=e.get("goldstein"), status=e.get("status", "actual"),
                sentence=e.get("sentence", ""), sentence_index=e.get("sentence_index", -1),
                trigger=e["trigger"]["text"], trigger_span=tuple(e["trigger"]["span"]),
                confidence=e.get("confidence", 0.0), why=e.get("why", ""),
                date=e.get("date"), date_precision=e.get("date_precision"),
                amounts=[amount(x) for x in e.get("amounts") or []],
                place=place(e.get("place")), mentions=e.get("mentions", 1)))
        published = d.get("published")
        return cls(
            id=d["id"], text=d.get("text") or "", title=d.get("title"),
            published=dt.date.fromisoformat(published) if published else None,
            url=d.get("url"), origin=d.get("origin"), dateline=d.get("dateline"),
            blocks=[Block(b["kind"], b["span"][0], b["span"][1], b.get("reason", ""))
                    for b in d.get("blocks") or []],
            mentions=[Mention(**{**m, "antecedent": tuple(m["antecedent"])
                                 if m.get("antecedent") else None})
                      for m in d.get("mentions") or []],
            events=events,
            quotes=[Quote(q["text"], tuple(q["span"]), ref(q.get("speaker")),
                          q.get("partial", False), q.get("sentence_index", -1),
                          q.get("how", "")) for q in d.get("quotes") or []],
            amounts=[amount(x) for x in d.get("amounts") or []],
            places=[place(p) for p in d.get("places") or []],
            entities=list(d.get("entities") or []),
            failures=[Failure(f["stage"], f["reason"]) for f in d.get("failures") or []],
        )

    def to_dict(self, include_text: bool = True) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "url": self.url,
            "origin": self.origin,
            "dateline": self.dateline,
            "events": [e.to_dict() for e in self.events],
            "quotes": [q.to_dict() for q in self.quotes],
            "amounts": [a.to_dict() for a in self.amounts],
            "places": [p.to_dict() for p in self.places],
            "entities": self.entities,
            "blocks": [{"kind": b.kind, "span": [b.start, b.end], "reason": b.reason}
                       for b in self.blocks],
            "failures": [f.to_dict() for f in self.failures],
            "mentions": [asdict(m) for m in self.mentions],
        }
        if include_text:
            d["text"] = self.text
        return d
