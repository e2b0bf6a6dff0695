"""The events stage: candidates from the coder become Event records, once each.

One record per (source, target, code) a sentence; an action the document reports more than
once (headline, standfirst and body, or restated later with the same word) is one event,
kept at its fullest mention with a count of how often it was reported.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from ..actors.resolver import IRREGULAR_ROLES, ActorMention
from ..actors.successions import code_on
from ..document import ActorRef, Article, Event
from .codebook import Codebook
from .coder import Candidate, EventCoder

BLOCK_RANK = {"body": 2, "standfirst": 1, "headline": 0}


def actor_ref(m: ActorMention, day: dt.date | None = None, at: int = 0) -> ActorRef:
    """The record's actor, its country as it stood on the article's day. An actor the
    pattern implies (the UN Security Council of "vetoed a resolution", the police of "were
    arrested") has no words: an empty span at the trigger's offset `at`."""
    span = (at, at) if m.kind == "implied" else (m.start, m.end)
    return ActorRef(code_on(m.code, day), m.name, "" if m.kind == "implied" else m.text,
                    span, m.entry)


def identity(code: str) -> str:
    """The coding guide's actor identity: a country's three letters, else an IGO's last three."""
    if not code:
        return ""
    if code.startswith(("IGO", "NGO", "IMG", "MNC", "NGM", "INT", "UIS")):
        return code[-3:]
    return code[:3]


def _why(c: Candidate) -> str:
    def actor(m: ActorMention) -> str:
        how = f", {m.via}" if m.via else ""
        ante = f" -> '{m.antecedent.text}'" if m.antecedent is not None else ""
        return f"'{m.text}'{ante} = {m.code} ({m.entry}{how})"

    parts = [f"pattern '{c.pattern.id}' ({c.pattern.file}) on '{c.trigger_text}'",
             f"status {c.status}", f"source {actor(c.source)}"]
    parts.append(f"target {actor(c.target)}" if c.target else "no target")
    return "; ".join(parts)


def _sentence_index(pb: Any, tok: Any) -> tuple[int, Any]:
    for k, sent in enumerate(pb.doc.sents):
        if sent.start <= tok.i < sent.end:
            return pb.first_sentence + k, sent
    return pb.first_sentence, None


def code_events(article: Article, coder: EventCoder, codebook: Codebook,
                min_confidence: float = 0.0) -> Article:
    """Fill `article.events` (stage `events`); reads `article.docs` with their actors."""
    records: list[Report] = []
    if coder.sports_story([pb.doc for pb in article.docs]):
        article.events = []  # a sports story: its "fired", "beat" and "meet" are the game's
        return article
    speakers = quote_speakers(article)
    for pb in article.docs:
        if pb.actors is None:
            continue
        for c in coder.code_block(pb.doc, pb.actors, quoted_spans(speakers, pb)):
            if c.confidence < min_confidence or c.code not in codebook:
                continue
            si, _ = _sentence_index(pb, c.trigger)
            info = codebook[c.code]
            sentence = article.sentences[si] if si < len(article.sentences) else None
            start = pb.block.start + c.trigger.idx
            records.append(Report(Event(
                source=actor_ref(c.source, article.published, start),
                target=actor_ref(c.target, article.published, start) if c.target else None,
                code=c.code, root=info.root, name=info.name, plover=info.plover,
                mode=info.mode, quad_class=info.quad_class, goldstein=info.goldstein,
                status=c.status,
                sentence=sentence.text if sentence else "",
                sentence_index=si,
                trigger=article.text[start:start + len(c.trigger.text)],
                trigger_span=(start, start + len(c.trigger.text)),
                confidence=round(c.confidence, 3), why=_why(c),  # as records store it
            ), pb.block.kind, _word(c.trigger)))
    article.events = deduplicate(records)
    return article


def quote_speakers(article: Article) -> list[tuple[Any, ActorMention]]:
    """The article's full direct quotes whose speaker is a coded actor, with the speaker's
    mention (found once for all blocks)."""
    quotes = [q for q in article.quotes if q.speaker is not None and q.speaker.code
              and not q.partial]
    if not quotes:
        return []
    by_start = {m.start: m for b in article.docs if b.actors is not None
                for m in b.actors.heads.values()}
    return [(q, speaker) for q in quotes
            if (speaker := by_start.get(q.speaker.span[0])) is not None and speaker.code]


def quoted_spans(speakers: list[tuple[Any, ActorMention]], pb: Any
                 ) -> list[tuple[int, int, ActorMention]]:
    """A block's quotes with speakers: (start, end) in the block's own offsets."""
    lo, hi = pb.block.start, pb.block.end
    return [(q.span[0] - lo, q.span[1] - lo, m) for q, m in speakers if lo <= q.span[0] < hi]


@dataclass
class Report:
    """One coded mention of an act, before the document's mentions are merged."""

    event: Event
    block: str  # headline, standfirst or body
    word: str  # the trigger verb's lemma; "" for a noun ("the talks" names an act told before)


def _word(trigger: Any) -> str:
    return "" if trigger.pos_ in ("NOUN", "PROPN") else trigger.lemma_.lower()


def _better(a: Report, b: Report) -> bool:
    """Is `a` the fuller mention of the same event than `b`?"""
    key_a = (BLOCK_RANK.get(a.block, 2), len(a.event.code), a.event.confidence)
    key_b = (BLOCK_RANK.get(b.block, 2), len(b.event.code), b.event.confidence)
    return key_a > key_b


def _same_irregular(a: ActorRef, b: ActorRef) -> bool:
    """Two mentions of one unnamed armed group ("his captors", "Iraqi captors"): the country
    may come from a modifier in one and only from the story's setting in the other."""
    return a.entry == b.entry and a.entry.startswith("agent:") and \
        a.code[3:] == b.code[3:] and a.code[3:6] in IRREGULAR_ROLES


def _assault(e: Event) -> bool:
    """Physical force on people: violent repression (175), assault (18), fighting (19) and
    mass violence (20). One sentence's verbs of force on one dyad tell one act."""
    return e.code.startswith("175") or e.root in ("18", "19", "20")


def _same_entries(a: Event, b: Event) -> bool:
    """The same actors under two roles ("Sistani" the cleric and the elder, "Britain" and
    its government): one record, not two."""
    return a.source.entry == b.source.entry and \
        (a.target.entry if a.target else "") == (b.target.entry if b.target else "")


def _same_codes(a: Event, b: Event) -> bool:
    return a.source.code == b.source.code and \
        (a.target.code if a.target else "") == (b.target.code if b.target else "")


def deduplicate(records: list[Report]) -> list[Event]:
    kept: list[Report] = []
    for rec in records:
        e, block = rec.event, rec.block
        src = identity(e.source.code)
        tgt = identity(e.target.code) if e.target else ""
        match = None
        for k, prev in enumerate(kept):
            o, oblock = prev.event, prev.block
            same_target = (identity(o.target.code) if o.target else "") == tgt
            same_actors = identity(o.source.code) == src and same_target
            if same_actors and o.sentence_index == e.sentence_index and block == oblock \
                    and not _same_codes(o, e) and not _same_entries(o, e) and \
                    not (_assault(o) and _assault(e)):
                # the guide's one record per (source, target, code) a sentence: "criticised
                # both the chancellor and the Tories" is two records (but force on a town
                # and on its people, "stormed Khan Younis, killing 10 Palestinians", is one)
                same_actors = False
            if not same_actors and not (same_target and o.root == e.root and
                                        _same_irregular(o.source, e.source)):
                continue
            # Told again: the headline or standfirst retelling the body, or the body using
            # the same verb again or naming the act ("met ... the talks"). "Accused ...
            # attacked" in two body sentences are two acts.
            restated = o.code == e.code and (
                "body" not in (block, oblock) or block != oblock or
                prev.word == rec.word or "" in (prev.word, rec.word))
            if restated or (o.sentence_index == e.sentence_index and
                            (o.root == e.root or _assault(o) and _assault(e))):
                # one act a dyad a sentence: "a car bomb ... killing 20" is one assault,
                # and so is "officers fired at Gray, striking him" (175 and 190 alike)
                match = k
            elif o.root == e.root and "body" not in (block, oblock) or \
                    (o.root == e.root and {block, oblock} & {"headline", "standfirst"}):
                match = k
            if match is not None:
                break
        if match is None:
            kept.append(rec)
            continue
        other = kept[match]
        if identity(e.source.code) != identity(other.event.source.code):
            # One unnamed group: its country as the surer mention gives it.
            winner = rec if e.confidence > other.event.confidence else other
        else:
            winner = rec if _better(rec, other) else other
        winner.event.mentions = e.mentions + other.event.mentions
        kept[match] = winner
    return [r.event for r in kept]
