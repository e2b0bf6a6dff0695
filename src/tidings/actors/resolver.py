"""Code every noun phrase that names an actor, and link later mentions to earlier ones.

For each parsed block, in reading order, the resolver gives noun-phrase heads an actor code:
- names in the dictionary (countries, capitals as governments, organisations, groups, people
  with the role they held on the publication date);
- generic agents ("police", "Foreign Minister", "opposition leader"), with the country taken
  from the words around them ("Belarusian", "Iraq's", "of Russia", "in Minsk", "Minsk-based")
  or else from where the story is set;
- people the dictionary does not know, coded by their title or apposition;
- later mentions: surnames and "Mr X", "he"/"she", "they", "it", relative pronouns, and
  descriptions such as "the president" or "the country".
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ..document import Article, Mention
from .authorship import link_authors, load_authorship
from .dictionary import NON_COUNTRY_PREFIXES, ActorDictionary, Agent, Entry
from .gazetteer import Gazetteer, place_name
from .matcher import DictionaryMatcher, Hit

IRREGULAR_ROLES = frozenset({"REB", "INS", "UAF", "SEP", "CRM"})
CALENDAR_WORDS = frozenset(w.lower() for w in (
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April "
    "May June July August September October November December").split())
HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. dr dr. sir dame lord lady miss prof prof. "
                       "professor".split())
MALE = frozenset("he him his himself".split())
FEMALE = frozenset("she her hers herself".split())
PLURAL = frozenset("they them their themselves".split())
NEUTER = frozenset("it its itself".split())
RELATIVE = frozenset("who whom whose which that".split())
# Heads that stand for the noun in their "of" phrase: "members of parliament", "thousands of
# protesters", "one of the rebels".
QUANTITY_HEADS = frozenset("member members some many one dozens dozen hundreds hundred "
                           "thousands thousand millions number majority most all several both "
                           "each part rest half group groups section wing branch band bands "
                           "gang gangs".split())
# Heads that speak for the ones their modifier names: "settler leaders", "student leaders".
LEADER_HEADS = frozenset("leader chief head spokesman spokeswoman spokesperson".split())
# Last words of place and building names the tagger may take for people's names.
FACILITY_WORDS = frozenset("Square Street Road Avenue Lane Park Bridge Station Airport Hospital "
                           "University College School Hall Palace Gardens Centre Center Stadium "
                           "Church Mosque Cathedral Hotel Building Tower Plaza Camp Prison "
                           "Island Islands Mountains Valley Beach Bay River Lake".split())
# Words around "opposition" that make it the act of opposing ("met strong opposition").
RESISTANCE_VERBS = frozenset("meet face encounter draw provoke spark arouse overcome express "
                             "voice signal fuel stir cause".split())
RESISTANCE_WORDS = frozenset("strong stiff fierce growing widespread strenuous vocal public "
                             "political considerable little much some any despite amid "
                             "bitter mounting broad".split())
# Heads that take their role from a modifier: "army chief", "rebel spokesman".
GENERIC_HEADS = frozenset("chief head spokesman spokeswoman leader leaders official officials "
                          "member members representative representatives commander "
                          "commanders figure figures source sources unit units force forces "
                          "group groups faction factions movement".split())
NP_MODIFIER_DEPS = frozenset("amod compound nmod poss npadvmod nummod".split())
BUSINESS_WORDS = frozenset("mining corp corp. corporation inc inc. ltd ltd. plc co co. company "
                           "holdings bank airlines airways motors motor oil petroleum energy "
                           "telecom communications industries steel pharmaceuticals "
                           "llc ag sa gmbh exchange bourse boerse carrier retailer "
                           "airline".split())  # not "group": "the Socialist Group"
STATE_FORCES = frozenset({"GOV", "MIL", "COP", "JUD", "SPY"})
# A named storm: "Hurricane Ivan ... Ivan has killed 60 people" names weather, not a person.
STORM_NAME = re.compile(r"\b(?:Hurricane|Typhoon|Cyclone|Tropical Storm|Storm)\s+([A-Z][a-z]+)")
# Nouns whose country modifier names the other side: "U.S. allies", "Iraq's neighbours".
RELATIONAL_NOUNS = frozenset("ally neighbour neighbor partner rival enemy foe".split())
# Nouns whose modifiers name a matter, not a side: "Iraq war allies" are not Iraq's.
TOPIC_HEADS = frozenset("war conflict crisis dispute invasion occupation issue talks".split())
COMPASS = frozenset("north south east west central northern southern eastern western".split())
PLACE_NOUNS = frozenset("city town village capital region province district border area "
                        "countryside north south east west state territory".split())
LOCATIVE_PREPS = frozenset("in inside across near at throughout around outside into within "
                           "across".split())
DEFINITE_ANAPHORS = {"country": "country", "nation": "country", "group": "group",
                     "organisation": "organisation", "organization": "organisation",
                     "movement": "group", "party": "group", "company": "group"}


def _opposition_as_resistance(tok: Any) -> bool:
    """Is "opposition" the act of opposing, not the opposition party: "met strong
    opposition", "despite opposition from the US"? Never with "the" or an owner."""
    if any(c.dep_ in ("det", "poss") for c in tok.children):
        return False
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in RESISTANCE_VERBS:
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ in RESISTANCE_WORDS:
        return True
    return any(c.dep_ == "amod" and c.lower_ in RESISTANCE_WORDS for c in tok.children)


@dataclass
class ActorMention:
    """A resolved mention, with what the event coder needs and the record to store."""

    block: int  # index into the article's parsed blocks
    head: int  # head token index in that block's doc
    start: int  # article character offsets of the mention's words
    end: int
    text: str
    code: str
    name: str
    kind: str
    entry: str
    sentence_index: int
    via: str = ""
    confidence: float = 1.0
    gender: str | None = None
    plural: bool = False
    title: str = ""
    is_subject: bool = False
    antecedent: "ActorMention | None" = None
    speaks: bool = True  # a weapon ("artillery") acts only by force

    @property
    def first(self) -> "ActorMention":
        """The mention this one was resolved to ("he" -> "Mr Putin"), else itself."""
        return self.antecedent or self

    @property
    def country(self) -> str | None:
        return None if self.code.startswith(NON_COUNTRY_PREFIXES) else self.code[:3]

    def identity(self) -> str:
        return self.entry if not self.entry.startswith("agent:") else f"{self.entry}:{self.code}"

    def to_record(self) -> Mention:
        return Mention(self.start, self.end, self.text, self.code, self.name, self.kind,
                       self.entry, self.sentence_index, self.via,
                       (self.antecedent.start, self.antecedent.end) if self.antecedent else None)


@dataclass
class BlockActors:
    """Per parsed block: mentions by head token."""

    heads: dict[int, ActorMention] = field(default_factory=dict)
    places: dict[int, ActorMention] = field(default_factory=dict)  # place names, as countries
    # things ("the plan") that stand for their author: targets only, never sources
    authors: dict[int, ActorMention] = field(default_factory=dict)


@dataclass
class _LocalPerson:
    name: str
    surname: str
    code: str | None
    title: str
    gender: str | None


def load_ambiguous_surnames() -> frozenset[str]:
    from ..datafiles import load_yaml
    from .dictionary import DATA

    items = load_yaml(DATA / "ambiguous_surnames.yml") or []
    return frozenset(str(w).lower() for w in items)


class Resolver:
    def __init__(self, dictionary: ActorDictionary, matcher: DictionaryMatcher,
                 gazetteer: Gazetteer, describing: frozenset[str] = frozenset()):
        self.d = dictionary
        # Words a headline puts before a name: "Ailing Arafat" is Arafat.
        self.describing = describing
        # Surnames that are also words or days ("Brown", "May", "Friday") need a first
        # name, a title or an earlier full mention before they name a person.
        self.common_words = load_ambiguous_surnames() | CALENDAR_WORDS
        self.authorship = load_authorship()
        self.matcher = matcher
        self.gazetteer = gazetteer
        self.agent_words = dictionary.agent_words()
        self.title_words = {w for a in dictionary.agents if a.title for w in a.words}
        self.surnames = dictionary.by_surname()
        self.max_agent_words = max((len(w.split()) for w in self.agent_words), default=1)
        # Who held which office: (country or organisation, title) -> [(person, role)].
        self.offices: dict[tuple[str, str], list[tuple[Entry, Any]]] = {}
        for e in dictionary.entries.values():
            if e.kind != "person":
                continue
            for role in e.roles:
                if role.title and not role.code.endswith("ELI"):
                    owner = role.code if role.code.startswith(NON_COUNTRY_PREFIXES) \
                        else role.code[:3]
                    self.offices.setdefault((owner, role.title), []).append((e, role))

    def officeholder(self, owner: str, title: str, day: dt.date | None) -> Entry | None:
        """The one person who held `title` ("prime minister") for `owner` on `day`."""
        if day is None or not title:
            return None
        found: dict[str, Entry] = {}
        for (o, t), holders in self.offices.items():
            if o != owner or not (t == title or t.startswith(title + " ")):
                continue
            for entry, role in holders:
                if role.holds_on(day):
                    found[entry.id] = entry
        return next(iter(found.values())) if len(found) == 1 else None

    # -- entry points ------------------------------------------------------------------

    def resolve(self, article: Article, parsed: list[Any]) -> list[BlockActors]:
        """Resolve every block of `parsed` (ParsedBlock list) in reading order."""
        hits_per_block = [self.matcher.find(pb.doc) for pb in parsed]
        state = _State(article.published or self._infer_date(parsed, hits_per_block))
        state.focal = self._focal_country(article, parsed, hits_per_block)
        state.dateline_country = self._place_country(article.dateline or "")
        state.location = self._document_location(parsed, hits_per_block, state.dateline_country)
        state.storm_names = {m.group(1) for m in STORM_NAME.finditer(article.text)}
        out = []
        for bi, (pb, hits) in enumerate(zip(parsed, hits_per_block)):
            out.append(self._resolve_block(article, bi, pb, hits, state))
        article.mentions = [m.to_record() for m in state.mentions]
        return out

    # -- document context --------------------------------------------------------------

    def _place_country(self, text: str) -> str | None:
        if not text:
            return None
        head = text.split(",")[0].strip()
        for cand in (text.strip(), head, head.title()):
            for form in self.matcher.by_text.get(cand, ()):
                entry = self.d.entries[form.entry]
                if entry.kind == "country":
                    return entry.code
            info = self.gazetteer.lookup(cand)
            if info:
                return info.country
        return None

    def _focal_country(self, article: Article, parsed: list[Any],
                       hits_per_block: list[list[Hit]]) -> str | None:
        """The country the story is about: the one its named actors most belong to."""
        counts: Counter[str] = Counter()
        for pb, hits in zip(parsed, hits_per_block):
            weight = 2 if pb.block.kind == "headline" else 1
            for hit in hits:
                if all(f.kind == "surname" for f in hit.forms) and (
                        pb.doc[hit.start].pos_ != "PROPN" or
                        hit.text.lower() in self.common_words):
                    continue  # "Young people" is not Mr Young, "Friday" not Mr Friday
                if any(f.kind == "shared" for f in hit.forms):
                    continue  # "Labour" says nothing of which country
                countries = {self.d.entries[f.entry].country for f in hit.forms}
                countries.discard(None)
                if len(countries) == 1:
                    counts[countries.pop()] += weight
        if article.dateline:
            c = self._place_country(article.dateline)
            if c:
                counts[c] += 2
        if not counts:
            return None
        (top, n), *rest = counts.most_common(2) + [("", 0)]
        return top if n > rest[0][1] else None

    def _infer_date(self, parsed: list[Any],
                    hits_per_block: list[list[Hit]]) -> dt.date | None:
        """With no publication date, the year in which most of the people the article
        names by full name held the roles it would give them (roles are dated). A title
        written beside a name ("Chancellor Gordon Brown", "Tory leader Michael Howard")
        narrows that person's years to the roles the title fits."""
        cues: dict[str, set[str]] = {}
        for pb, hits in zip(parsed, hits_per_block):
            for h in hits:
                for f in h.forms:
                    if f.kind == "name" and self.d.entries[f.entry].kind == "person":
                        cues.setdefault(f.entry, set()).update(_title_context(pb.doc, h))
        if not cues:
            return None
        # Titles anywhere in the text ("the UK chancellor" two sentences on) are a weaker cue.
        doc_words = {t.lower_ for pb in parsed for t in pb.doc} - _TITLE_STOP
        votes: Counter[int] = Counter()
        for pid, words in cues.items():
            roles = [r for r in self.d.entries[pid].roles if not r.code.endswith("ELI")]
            # ELI roles are skipped: "former minister" says little about when a story is set.
            weight = 3
            fit = {id(r): len(_title_words(r.title) & words) for r in roles}
            if not any(fit.values()):
                # Elsewhere in the text only a title's head word counts, and only as yes
                # or no: "shadow" from one person's title makes no one else a shadow
                # minister, and "education" is no "envoy for global education".
                weight = 2
                fit = {id(r): int(_title_head(r.title) in doc_words) for r in roles}
            best_fit = max(fit.values(), default=0)
            if best_fit:
                roles = [r for r in roles if fit[id(r)] == best_fit]
            else:
                weight = 1
            years: set[int] = set()
            for role in roles:
                first = role.start.year if role.start else 2000
                last = role.end.year if role.end else dt.date.today().year
                years.update(range(max(first, 1990), last + 1))
            for y in years:
                votes[y] += weight
        if not votes:
            return None
        best = max(votes.values())
        if best < 2:
            return None  # one person named bare, with no title, dates nothing
        years = sorted(y for y, n in votes.items() if n == best)
        # The middle of the best run of years.
        return dt.date(years[len(years) // 2], 7, 1)

    def _document_location(self, parsed: list[Any], hits_per_block: list[list[Hit]],
                           dateline: str | None) -> str | None:
        """Where the story happens: the country of the places it names ("in Baghdad")."""
        counts: Counter[str] = Counter()
        if dateline:
            counts[dateline] += 3
        for pb, hits in zip(parsed, hits_per_block):
            weight = 2 if pb.block.kind == "headline" else 1
            hit_at = {i: h for h in hits for i in range(h.start, h.end)}
            for tok in pb.doc:
                country = None
                hit = hit_at.get(tok.i)
                if hit is not None:
                    if tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS:
                        country = self._hit_country(hit)
                elif tok.pos_ == "PROPN" and tok.ent_type_ in ("GPE", "LOC", "FAC"):
                    info = self.gazetteer.lookup(place_name(tok) or "")
                    if info is not None and (info.feature != "city" or info.population > 50000):
                        country = info.country
                if country:
                    counts[country] += weight
        if not counts:
            return None
        (top, n), *rest = counts.most_common(2) + [("", 0)]
        # One passing "in the US" does not set a story's scene.
        return top if n > rest[0][1] and n >= 2 else None

    def _hit_country(self, hit: Hit) -> str | None:
        for form in hit.forms:
            e = self.d.entries[form.entry]
            if e.kind == "country" and form.kind in ("name", "capital"):
                return e.code
        return None

    # -- one block ---------------------------------------------------------------------

    def _resolve_block(self, article: Article, bi: int, pb: Any, hits: list[Hit],
                       state: "_State") -> BlockActors:
        doc = pb.doc
        base = pb.block.start
        hit_at: dict[int, Hit] = {}
        for hit in hits:
            for i in range(hit.start, hit.end):
                hit_at[i] = hit
        ents_at: dict[int, Any] = {}
        for ent in doc.ents:
            for i in range(ent.start, ent.end):
                ents_at[i] = ent
        ctx = _BlockContext(self, article, bi, pb, doc, base, hit_at, ents_at, state)
        result = BlockActors()
        block_location: str | None = None
        for s_idx, sent in enumerate(doc.sents):
            sentence_index = pb.first_sentence + s_idx
            ctx.sentence_country = self._sentence_location(sent, ctx)
            ctx.block_country = block_location
            block_location = ctx.sentence_country or block_location
            for tok in sent:
                m = ctx.resolve_token(tok, sentence_index)
                if m is not None:
                    result.heads[tok.i] = m
                    state.add(m)
                elif tok.pos_ == "PROPN" and (tok.dep_ not in ("compound",)):
                    country = ctx.place_country(tok)
                    if country:
                        result.places[tok.i] = ctx.mention(
                            tok, tok.i, tok.i + 1, country, tok.text, "place",
                            f"place:{tok.text}", sentence_index, via="place", confidence=0.8)
        linked, unowned = link_authors(doc, result.heads, state.authored, self.authorship)
        sentence_of = {sent.start: k for k, sent in enumerate(doc.sents)} \
            if linked or unowned else {}
        home = ctx.context_country(governing=True) if unowned else None
        for tok in unowned if home else ():
            left = min((c.i for c in tok.lefts if c.dep_ == "det"), default=tok.i)
            result.authors[tok.i] = ctx.mention(
                tok, left, tok.i + 1, home[0] + "GOV", f"government ({home[0]})", "agent",
                "agent:government", pb.first_sentence + sentence_of[tok.sent.start],
                via=f"maker of the {tok.lower_}", confidence=home[1] * 0.8)
        for i, author in linked.items():
            tok = doc[i]
            left = min((c.i for c in tok.lefts if c.dep_ == "det"), default=i)
            author = author.first
            result.authors[i] = ctx.mention(
                tok, left, i + 1, author.code, author.name, author.kind, author.entry,
                pb.first_sentence + sentence_of[tok.sent.start],
                via=f"author of the {tok.lower_}",
                antecedent=author, confidence=author.confidence * 0.85)
        return result

    def _sentence_location(self, sent: Any, ctx: "_BlockContext") -> str | None:
        """Where a sentence happens: its first "in <place>", else a city or region it names."""
        for tok in sent:
            if tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS:
                c = ctx.place_country(tok)
                if not c and tok.lemma_.lower() in PLACE_NOUNS:
                    # "in a remote area of northeastern Nigeria"
                    for prep in tok.rights:
                        if prep.dep_ == "prep" and prep.lower_ == "of":
                            for p in prep.children:
                                if p.dep_ == "pobj":
                                    c = c or ctx.place_country(p)
                    # "near the Iraqi city"; a border belongs to both its sides
                    for mod in tok.lefts:
                        if c or tok.lemma_.lower() in ("border", "frontier"):
                            break
                        if mod.dep_ in ("amod", "compound"):
                            c = ctx.modifier_code(mod)
                            if c and c.startswith(NON_COUNTRY_PREFIXES):
                                c = None
                if c:
                    return c
        for tok in sent:
            if tok.pos_ == "PROPN" and tok.i not in ctx.hit_at:
                info = self.gazetteer.lookup_sure(place_name(tok) or "",
                                                  ctx.state.dateline_country or ctx.state.focal)
                if info is not None and (info.feature == "region" or (
                        tok.ent_type_ in ("GPE", "LOC", "FAC") and
                        (info.feature in ("capital", "state") or info.population > 100000))):
                    return info.country
            if tok.lower_.endswith("-based") or (tok.lower_ == "based" and tok.i > 1 and
                                                 tok.nbor(-1).text == "-"):
                prev = tok.nbor(-2) if tok.lower_ == "based" else tok
                c = ctx.place_country(prev)
                if c:
                    return c
        return None


class _State:
    """What the resolver has seen so far in the article (for later mentions)."""

    def __init__(self, day: dt.date | None):
        self.day = day
        self.mentions: list[ActorMention] = []
        # bodies known only by a name the text gave them ("Cafod"), for later mentions
        self.named_bodies: list[ActorMention] = []
        self.local_people: dict[str, _LocalPerson] = {}  # surname -> person
        self.seen_entries: set[str] = set()
        self.storm_names: set[str] = set()
        self.authored: dict[str, ActorMention] = {}  # noun lemma -> its latest author
        self.focal: str | None = None
        self.dateline_country: str | None = None
        self.location: str | None = None

    def add(self, m: ActorMention) -> None:
        self.mentions.append(m)
        self.seen_entries.add(m.entry)
        if m.kind == "organisation" and m.via == "organisation name":
            self.named_bodies.append(m)

    def recent(self, sentence_index: int, window: int, kinds: set[str] | None = None,
               ) -> list[ActorMention]:
        out = [m for m in reversed(self.mentions)
               if sentence_index - m.sentence_index <= window
               and (kinds is None or m.kind in kinds)]
        return out


class _BlockContext:
    def __init__(self, r: Resolver, article: Article, bi: int, pb: Any, doc: Any, base: int,
                 hit_at: dict[int, Hit], ents_at: dict[int, Any], state: _State):
        self.r, self.article, self.bi, self.pb, self.doc, self.base = r, article, bi, pb, doc, base
        self.hit_at, self.ents_at, self.state = hit_at, ents_at, state
        self.sentence_country: str | None = None
        self.block_country: str | None = None
        self.day = state.day

    # -- helpers ---------------------------------------------------------------------

    def mention(self, tok: Any, start_tok: int, end_tok: int, code: str, name: str, kind: str,
                entry: str, sentence_index: int, **kw: Any) -> ActorMention:
        span = self.doc[start_tok:end_tok]
        return ActorMention(self.bi, tok.i, self.base + span.start_char,
                            self.base + span.end_char, self.article.text[
                                self.base + span.start_char:self.base + span.end_char],
                            code, name, kind, entry, sentence_index,
                            is_subject=tok.dep_ in ("nsubj", "nsubjpass") or (
                                tok.dep_ == "appos" and tok.head.dep_ in ("nsubj", "nsubjpass")),
                            **kw)

    def hit_root(self, hit: Hit) -> Any:
        span = self.doc[hit.start:hit.end]
        return span.root

    def entry_code(self, entry: Entry) -> str:
        return entry.code_on(self.day)

    def place_country(self, tok: Any) -> str | None:
        """Country of the place a token names: a country, a capital, a known city/region."""
        hit = self.hit_at.get(tok.i)
        if hit:
            for form in hit.forms:
                e = self.r.d.entries[form.entry]
                if e.kind == "country":
                    return e.code
        if tok.ent_type_ in ("GPE", "LOC", "FAC") or (tok.pos_ == "PROPN" and
                                                      not tok.ent_type_):
            ent = self.ents_at.get(tok.i)
            names = [ent.text] if ent is not None else []
            names.append(tok.text)
            story = self.state.dateline_country or self.state.focal
            for name in names:
                info = self.r.gazetteer.lookup(name, story)
                if info and story and info.country != story and info.feature == "city" and \
                        info.population < 100000:
                    continue  # a small foreign namesake ("Somerset" in a British story)
                if info and (tok.ent_type_ or info.feature == "region" or
                             info.population > 100000):
                    return info.country
        return None

    # -- the main switch -----------------------------------------------------------------

    def resolve_token(self, tok: Any, si: int) -> ActorMention | None:
        hit = self.hit_at.get(tok.i)
        if hit is not None:
            root = self.hit_root(hit)
            if root.i != tok.i:
                return None
            if self._is_modifier(tok):
                # "Russian police", "US troops": coded with the head they modify, unless
                # the head is no actor ("Moscow's support", "Russian pressure").
                if self.agent_of(tok.head) is not None:
                    return None
            return self.from_hit(tok, hit, si)
        if tok.pos_ == "PRON" or tok.lower_ in RELATIVE:
            return self.from_pronoun(tok, si)
        if tok.pos_ == "PROPN" and (m := self.named_again(tok, si)) is not None:
            return m
        if tok.pos_ == "PROPN" and tok.ent_type_ == "PERSON":
            ent = self.ents_at.get(tok.i)
            if ent is not None and ent.root.i == tok.i:
                if self._big_place(ent[0]) and all(
                        t.lower_ in COMPASS for t in ent[1:]) or len(ent) == 1 and any(
                        c.ent_type_ in ("GPE", "LOC") for c in tok.conjuncts):
                    return None  # "visits Manchester, Leicester South and Torbay": places
                return self.from_person_name(tok, ent, si)
            return None
        if tok.pos_ == "PROPN" and self._looks_like_person(tok):
            ent = self.ents_at.get(tok.i)
            return self.from_person_name(tok, ent if ent is not None and ent.root.i == tok.i
                                         else None, si,
                                         start=min([t.i for t in tok.lefts
                                                    if t.dep_ == "compound"] + [tok.i]))
        if tok.pos_ in ("NOUN", "PROPN"):
            if self._is_modifier(tok) and self.agent_of(tok.head) is not None:
                return None
            m = self.from_agent(tok, si)
            if m is None and tok.ent_type_ == "ORG":
                ent = self.ents_at.get(tok.i)
                if ent is not None and ent.root.i == tok.i:
                    return self.from_organisation_name(tok, ent, si)
            if m is None and tok.pos_ == "PROPN":
                m = self.from_described_name(tok, si)
            return m
        return None

    def from_described_name(self, tok: Any, si: int) -> ActorMention | None:
        """A name the dictionary does not know, after a word that says what it is ("Aid
        charity Actionaid", "rights group Liberty"): coded as that kind of actor."""
        for c in tok.lefts:
            if c.dep_ != "compound" or c.pos_ != "NOUN" or self.agent_of(c) is None:
                continue
            described = self.from_agent(c, si)
            if described is None:
                return None
            start = min(t.i for t in c.subtree)
            return self.mention(tok, start, tok.i + 1, described.code,
                                f"{tok.text} ({described.code})", "organisation",
                                f"local:{tok.text}", si, via="description",
                                confidence=described.confidence)
        return None

    def from_organisation_name(self, tok: Any, ent: Any, si: int) -> ActorMention | None:
        """An organisation the dictionary does not know ("the RAC", "Victims of Crime
        Trust"): a non-governmental body of the country its name or the story gives."""
        if any(t.i in self.hit_at for t in ent):
            return None  # part of a known name
        if len(ent) == 1 and any(c.ent_type_ in ("GPE", "LOC") for c in tok.conjuncts):
            return None  # "visits Shrewsbury, Dorset and Torbay": a list of places
        if ent.start > 0 and self.doc[ent.start - 1].text in ("'", "‘", '"', "“"):
            return None  # a quoted phrase ("'Schoolyard Politics'"), not a body
        if not ent.text[:1].isalnum():
            return None  # stray markup ("<b>...</b>" in a feed's text), not a name
        country = None
        words = list(ent) + [t for t in tok.lefts if t.i < ent.start
                             and t.dep_ in ("compound", "amod", "nmod", "npadvmod")]
        for t in words:
            for x in (t, *t.lefts):  # "U.S.-based Newmont Mining"
                c = self.modifier_code(x)
                if c and not c.startswith(NON_COUNTRY_PREFIXES):
                    country = c[:3]
                    break
            if country:
                break
        conf = 0.6
        if country is None:
            ctx = self.context_country()
            if ctx is None or ctx[0].startswith(NON_COUNTRY_PREFIXES):
                return None
            country, conf = ctx[0], min(ctx[1], 0.5)
        name = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
        role = "BUS" if any(t.lower_ in BUSINESS_WORDS for t in ent) else "NGO"
        return self.mention(tok, ent.start, ent.end, country + role, name, "organisation",
                            f"local:{name}", si, via="organisation name", confidence=conf,
                            plural=False)

    def _big_place(self, tok: Any) -> bool:
        """A lone name that is a city of 100,000 people or more, with no "Mr" before it."""
        if any(t.lower_ in HONORIFICS for t in tok.lefts):
            return False
        info = self.r.gazetteer.lookup(place_name(tok) or "", self.state.dateline_country or
                                       self.state.focal)
        return info is not None and (info.population >= 100_000 or
                                     info.feature in ("capital", "region"))

    def _looks_like_person(self, tok: Any) -> bool:
        """A name the tagger missed as a person: "Mr X", or "X, founder of ..."."""
        if any(t.lower_ in HONORIFICS for t in tok.lefts):
            return True
        for child in tok.rights:
            if child.dep_ == "appos":
                agent = self.r.agent_words.get(child.lemma_.lower())
                if agent is not None and agent.role in ("GOV", "CVL", "OPP", "LEG", "JUD",
                                                        "MIL", "MED", "EDU", "BUS"):
                    return True
        return False

    def _is_modifier(self, tok: Any) -> bool:
        return tok.dep_ in NP_MODIFIER_DEPS and tok.head.i != tok.i and \
            tok.head.pos_ in ("NOUN", "PROPN")

    # -- dictionary names ------------------------------------------------------------------

    def from_hit(self, tok: Any, hit: Hit, si: int) -> ActorMention | None:
        forms = hit.forms
        persons = [f for f in forms if self.r.d.entries[f.entry].kind == "person"]
        if persons and all(f.kind == "surname" for f in persons) and len(persons) == len(forms):
            return self.from_surname(tok, hit, si)
        honorific = hit.start > 0 and self.doc[hit.start - 1].lower_ in HONORIFICS
        if len({f.entry for f in persons if f.kind != "surname"}) > 1:
            # one name, several people ("George Bush", father and son): the one in office
            # on the day first
            first = [f for f in persons if f.kind != "surname" and
                     self.r.d.entries[f.entry].active_on(self.day)]
            persons = first + [f for f in persons if f not in first]
            forms = tuple(first) + tuple(f for f in forms if f not in first)
        if persons and (honorific or tok.ent_type_ == "PERSON"):
            # "Mr Hague" is the politician, not The Hague.
            form = persons[0]
            if form.kind == "surname":
                return self.from_surname(tok, Hit(hit.start, hit.end, hit.text,
                                                  tuple(persons)), si)
        else:
            form = next((f for f in forms if f.kind != "surname"), forms[0])
        entry = self.r.d.entries[form.entry]
        if form.kind == "shared":
            story = self.state.dateline_country or self.state.location or self.state.focal
            home = entry.code[:3]
            if story and story != home and not story.startswith(NON_COUNTRY_PREFIXES):
                # "the opposition Labour Party" in an Israeli story: Israel's party.
                role = "OPP" if any(t.lower_ == "opposition" for t in
                                    self.doc[max(0, hit.start - 3):hit.start]) else "PTY"
                return self.mention(tok, hit.start, hit.end, story + role,
                                    f"{hit.text} ({story})", "group", f"local:{hit.text}", si,
                                    via="shared party name", plural=True)
        if entry.kind == "person" and not entry.active_on(self.day) and not entry.roles:
            return None
        if entry.kind == "country":
            if form.kind == "capital":
                if not self._capital_is_actor(tok):
                    return None
                code, via = entry.code + "GOV", "capital"
            elif form.kind == "metonym":
                code, via = entry.code + form.role, "metonym"
            elif form.kind == "demonym":
                code, via = entry.code, "demonym"
            else:
                code, via = entry.code, "name"
            return self.mention(tok, hit.start, hit.end, code, entry.name, "country",
                                entry.id, si, via=via, plural=form.kind == "demonym")
        code = self.entry_code(entry)
        role = entry.role_on(self.day)
        return self.mention(tok, hit.start, hit.end, code, entry.name, entry.kind, entry.id, si,
                            via=form.kind, gender=entry.gender,
                            title=role.title if role else "",
                            plural=entry.kind in ("group", "organisation"))

    def _capital_is_actor(self, tok: Any) -> bool:
        """A capital stands for its government as an argument, not as a place ("in Moscow",
        "Minsk-based") nor as a person's name ("Victoria, a lobbyist")."""
        if any(c.dep_ == "appos" and c.pos_ == "NOUN" for c in tok.children):
            return False
        if tok.dep_ in ("compound", "amod", "npadvmod", "nmod") and tok.head.i != tok.i:
            return False
        if any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.lower_ not in HONORIFICS
               and c.lower_ not in COMPASS for c in tok.lefts):
            return False  # the end of a longer name: "McDonnell Douglas" is no Isle of Man
        if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at", "near", "from", "outside",
                                                       "inside", "around", "across", "into",
                                                       "through", "via"):
            return False
        return True

    def _headline_adjective(self, t: Any) -> bool:
        """A describing word before a surname in a headline's style ("Ailing Arafat arrives in
        Paris"); in running text a capitalised word there is a first name ("Norman Baker")."""
        return t.lower_ in self.r.describing and (
            self.pb.block.kind in ("headline", "standfirst") or t.i == t.sent.start and
            t.sent.text.rstrip()[-1:] not in ".!?\"'”")

    def from_surname(self, tok: Any, hit: Hit, si: int) -> ActorMention | None:
        surname = hit.text
        nxt = self.doc[hit.end] if hit.end < len(self.doc) else None
        if nxt is not None and nxt.pos_ == "PROPN" and tok.dep_ == "compound" and \
                tok.head.i == nxt.i and nxt.ent_type_ in ("PERSON", ""):
            return None  # a first name: "Duncan Bannatyne" is not Mr Duncan
        local = self.state.local_people.get(surname)
        if local is not None:
            return self._local_mention(tok, hit.start, hit.end, local, si, "surname")
        candidates = [self.r.d.entries[f.entry] for f in hit.forms]
        # Another person who shares the surname: "Laura Bush" is not George W. Bush.
        given = [t for t in self.doc[max(0, hit.start - 2):hit.start]
                 if t.pos_ == "PROPN" and t.head.i == tok.i and t.dep_ == "compound"
                 and t.lower_ not in HONORIFICS and t.lower_ not in self.r.title_words
                 and not self._headline_adjective(t)]
        if given:
            names = {w for e in candidates for w in e.name.replace(".", ". ").split()}
            if not all(t.text in names for t in given):
                return self.from_person_name(tok, None, si, start=given[0].i)
        honorific = hit.start > 0 and (self.doc[hit.start - 1].lower_ in HONORIFICS or
                                       self.doc[hit.start - 1].lower_ in self.r.title_words)
        if (tok.pos_ != "PROPN" or tok.ent_type_ == "NORP") and not honorific:
            return None  # "Evangelical Christian schools": a faith, not Peter Christian
        seen = [e for e in candidates if e.id in self.state.seen_entries]
        if not seen and not honorific and surname.lower() in self.r.common_words:
            return None
        if seen:
            chosen = seen[0]
        else:
            active = [e for e in candidates if e.active_on(self.day)] or candidates
            countries = {e.country for e in active}
            if len(active) > 1 and len(countries) > 1:
                return None
            chosen = active[0]
        code = self.entry_code(chosen)
        role = chosen.role_on(self.day)
        return self.mention(tok, hit.start, hit.end, code, chosen.name, "person", chosen.id, si,
                            via="surname", gender=chosen.gender,
                            title=role.title if role else "",
                            confidence=0.9 if seen or honorific else 0.8)

    # -- people the dictionary does not know -------------------------------------------------

    def from_person_name(self, tok: Any, ent: Any, si: int, start: int | None = None,
                         ) -> ActorMention | None:
        start = ent.start if ent is not None else (start if start is not None else tok.i)
        end = ent.end if ent is not None else tok.i + 1
        if any(t.text in self.state.storm_names for t in self.doc[start:end]):
            return None  # weather, no actor
        words = [t for t in self.doc[start:end] if t.lower_ not in HONORIFICS]
        if not words or (len(words) > 1 and words[-1].text in FACILITY_WORDS):
            return None  # "Trafalgar Square", "Hawaiian Gardens": a place, not a person
        hit = self.hit_at.get(words[-1].i)
        if len(words) > 1 and hit is not None and \
                all(f.kind == "surname" for f in hit.forms) and \
                all(self._headline_adjective(t) for t in words[:-1]):
            # "Ailing Arafat arrives in Paris": the tagger took the adjective for a name
            return self.from_surname(words[-1], hit, si)
        surname = words[-1].text
        local = self.state.local_people.get(surname)
        if local is None:
            name = " ".join(t.text for t in words)
            agent, country = self._title_role(tok)
            code = None
            if agent is not None and country:
                code = country + agent.role if not country.startswith(NON_COUNTRY_PREFIXES) \
                    else country
            elif country:
                code = country
            elif agent is not None:
                # a person's nationality: the story's own country before a place the
                # paragraph names ("lawyer Louise Christian" in a story on Britons held
                # at Guantanamo)
                ctx = self.context_country(governing=True)
                code = ctx[0] + agent.role if ctx else None
            else:
                # No title, no apposition: a private person of where the story happens.
                ctx = self.context_country(governing=True)
                code = ctx[0] + "CVL" if ctx and not ctx[0].startswith(
                    NON_COUNTRY_PREFIXES) else None
            title = self._title_text(tok)
            gender = self._gender_hint(tok)
            local = _LocalPerson(name, surname, code, title, gender)
            self.state.local_people[surname] = local
        return self._local_mention(tok, start, end, local, si, "title" if local.code else "name")

    def _local_mention(self, tok: Any, start: int, end: int, local: _LocalPerson, si: int,
                       via: str) -> ActorMention | None:
        if local.code is None:
            # Known as a person, so pronouns do not skip past them, but not codable.
            m = self.mention(tok, start, end, "", local.name, "person",
                             f"local:{local.name}", si, via=via, gender=local.gender,
                             title=local.title, confidence=0.0)
            self.state.add(m)
            return None
        return self.mention(tok, start, end, local.code, local.name, "person",
                            f"local:{local.name}", si, via=via, gender=local.gender,
                            title=local.title, confidence=0.7 if local.title else 0.5)

    def _title_tokens(self, tok: Any) -> list[Any]:
        """Words that describe a person: titles before the name and appositions."""
        out = [t for t in tok.lefts if (t.dep_ in NP_MODIFIER_DEPS or t.dep_ == "det")
               and not (t.ent_type_ == "PERSON" and t.dep_ == "compound")]
        for t in list(out):
            out.extend(x for x in t.subtree if x.i != t.i)
        for child in tok.rights:
            if child.dep_ == "appos":
                out.extend(child.subtree)
        if tok.dep_ == "appos":
            out.extend(t for t in tok.head.subtree if t.i < tok.i)
        # "Minsk-based political consultancy": follow apposition into prepositions.
        return sorted({t.i: t for t in out}.values(), key=lambda t: t.i)

    def _title_role(self, tok: Any) -> tuple[Agent | None, str | None]:
        words = self._title_tokens(tok)
        best: Agent | None = None
        for i, t in enumerate(words):
            for n in range(self.r.max_agent_words, 0, -1):
                chunk = words[i:i + n]
                if len(chunk) < n:
                    continue
                phrase = " ".join(x.lower_ for x in chunk)
                lemma_phrase = " ".join([x.lower_ for x in chunk[:-1]] + [chunk[-1].lemma_.lower()])
                agent = self.r.agent_words.get(phrase) or self.r.agent_words.get(lemma_phrase)
                if agent and (best is None or agent.strength > best.strength):
                    best = agent
                    break
        country = None
        words = [t for t in words if self._in_title(t, tok)]
        # A party or organisation in the title gives its own code: "Lib Dem chairman X".
        for t in words:
            hit = self.hit_at.get(t.i)
            if hit is not None:
                entries = [self.r.d.entries[f.entry] for f in hit.forms]
                if entries and entries[0].kind in ("group", "organisation"):
                    return None, self.entry_code(entries[0])
        # Named countries first ("his Israeli counterpart" is Israeli, not his).
        for t in sorted(words, key=lambda w: w.tag_ == "PRP$"):
            c = self.modifier_code(t)
            if c:
                country = c
                break
        return best, country

    def _in_title(self, t: Any, person: Any) -> bool:
        """Is the word part of the person's title, not of a phrase about something else?
        "spokesman for Hamas" names his group; "a key influence on New Labour thinking" or
        "a critic of the government" does not."""
        x = t
        stop = {person.i, person.head.i} if person.dep_ == "appos" else {person.i}
        for _ in range(8):
            if x.i in stop or x.head.i == x.i:
                return True
            if x.dep_ == "pobj" and x.head.dep_ == "prep":
                owner = x.head.head
                if owner.i != person.i and owner.lemma_.lower() not in self.r.agent_words and \
                        owner.lower_ not in self.r.agent_words:
                    return False
            x = x.head
        return True

    def _title_text(self, tok: Any) -> str:
        words = [t.lower_ for t in self._title_tokens(tok)
                 if t.lower_ in self.r.agent_words or t.lemma_.lower() in self.r.agent_words]
        return " ".join(words)

    def _gender_hint(self, tok: Any) -> str | None:
        for t in self.doc[max(0, tok.i - 4):tok.i]:
            if t.lower_ in ("mr", "mr.", "sir", "lord"):
                return "m"
            if t.lower_ in ("mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady"):
                return "f"
        return None

    # -- generic agents ------------------------------------------------------------------

    def agent_of(self, tok: Any) -> Agent | None:
        """The agent a noun head names, reading the words before it ("riot police")."""
        if tok.pos_ not in ("NOUN", "PROPN"):
            return None
        if tok.lemma_.lower() == "opposition" and _opposition_as_resistance(tok):
            return None  # "met strong opposition within the party" names no opposition
        if tok.lower_ in ("pm", "p.m.") and tok.i > 0 and (
                tok.doc[tok.i - 1].like_num or tok.doc[tok.i - 1].text == ":"):
            return None  # "9:00 PM" is a time, not a prime minister
        best: Agent | None = None
        lefts = [t for t in tok.lefts if t.dep_ in ("compound", "amod", "nmod")]
        chain = [t for t in lefts if t.i >= tok.i - self.r.max_agent_words]
        phrase_words: set[int] = set()
        for k in range(len(chain) + 1):
            words = chain[k:] + [tok]
            if [w.i for w in words] != list(range(words[0].i, tok.i + 1)):
                continue
            phrase = " ".join(w.lower_ for w in words)
            lemma_phrase = " ".join([w.lower_ for w in words[:-1]] + [_lemma(tok)])
            agent = self.r.agent_words.get(phrase) or self.r.agent_words.get(lemma_phrase)
            if agent is not None:
                best = agent
                phrase_words = {w.i for w in words}
                break
        # A stronger role among the other modifiers wins: "opposition leader", "rebel
        # spokesman" (but "fighter jets" is one phrase, not a rebel's jets).
        # A leader speaks for those he leads: "settler leaders", "student leaders".
        leads = tok.lemma_.lower() in LEADER_HEADS
        for t in (t for t in lefts if t.i not in phrase_words):
            a = self.r.agent_words.get(t.lower_) or self.r.agent_words.get(t.lemma_.lower())
            if a is not None and (best is None or a.strength > best.strength or
                                  (leads and a.strength == best.strength)) and \
                    (best is not None or tok.lemma_.lower() in GENERIC_HEADS):
                best = a
        if best is not None and best.not_after and any(
                t.lower_ in best.not_after or t.lemma_.lower() in best.not_after
                for t in lefts):
            return None  # "the bank advisory committee": no legislature
        if best is None and tok.lemma_.lower() in GENERIC_HEADS:
            for child in tok.rights:
                if child.dep_ == "prep" and child.lower_ == "of":
                    for p in child.children:
                        if p.dep_ == "pobj":
                            a = self.agent_of(p)
                            if a is not None:
                                return a
        return best

    def modifier_code(self, t: Any) -> str | None:
        """Country (or organisation) code a modifier word gives: "Russian", "Iraq's", "EU"."""
        hit = self.hit_at.get(t.i)
        if hit is not None:
            forms = hit.forms
            entries = [self.r.d.entries[f.entry] for f in forms]
            if entries[0].kind == "country":
                return entries[0].code
            if entries[0].kind in ("organisation",):
                return self.entry_code(entries[0])
            if entries[0].kind == "person" and (t.ent_type_ == "NORP" or t.pos_ == "ADJ"):
                return None  # "Christian schools" are not Peter Christian's
            countries = {e.country for e in entries} - {None}
            if len(countries) == 1:
                return countries.pop()
            return None
        m = self.state.mentions and self._mention_at(t)
        if m:
            return m.code if m.code.startswith(NON_COUNTRY_PREFIXES) else m.country
        if t.lower_.endswith("-based") or t.lower_ == "based":
            return None
        # Not NORP: a nationality or religion comes from the demonyms ("Roman Catholic"
        # bishops are not from the Romanian town of Roman).
        if t.ent_type_ in ("GPE", "LOC", "FAC") or (t.pos_ == "PROPN" and not t.ent_type_):
            # "the MP for Stamford" in a British story is not from Stamford, Connecticut.
            info = self.r.gazetteer.lookup_sure(place_name(t) or "",
                                                self.state.dateline_country or self.state.focal)
            if info and (t.ent_type_ or info.feature != "city" or info.population > 100000):
                return info.country
        return None

    def _owner_country(self, p: Any) -> str | None:
        """An agent phrase not yet resolved, named by its own modifier: "officials from the
        Afghan government" (the government comes later in reading order)."""
        if self.agent_of(p) is None:
            return None
        return self._modifier_country(p)

    def _modifier_country(self, head: Any) -> str | None:
        """The country a noun's own modifiers name ("Afghan", "Israel's")."""
        for t in head.lefts:
            if t.dep_ in ("amod", "compound", "poss"):
                c = self.modifier_code(t)
                if c and not c.startswith(NON_COUNTRY_PREFIXES):
                    return c[:3]
        return None

    def group_code(self, t: Any) -> str | None:
        """The code of the party or armed group a word names: a "Hamas spokesman" or "the
        leader of Hezbollah" speaks for the group, not for his country's government."""
        hit = self.hit_at.get(t.i)
        if hit is None:
            return None
        entries = {self.r.d.entries[f.entry] for f in hit.forms}
        if len(entries) == 1:
            entry = entries.pop()
            if entry.kind == "group":
                return self.entry_code(entry)
        return None

    def _mention_at(self, t: Any) -> ActorMention | None:
        for m in reversed(self.state.mentions[-30:]):
            if m.block == self.bi and m.head == t.i:
                return m
        return None

    def context_country(self, governing: bool = False) -> tuple[str, float] | None:
        """Where an unnamed agent belongs when its own words do not say: where the
        sentence, its paragraph or the story happens, else the story's main country.
        "The government" or "the chancellor" (`governing`) is the story's own country's
        before it is that of a place an earlier sentence of the paragraph named."""
        order = [(self.sentence_country, 0.8), (self.block_country, 0.75),
                 (self.state.dateline_country, 0.75), (self.state.location, 0.7),
                 (self.state.focal, 0.6)]
        if governing and self.state.focal:
            order = [order[0], (self.state.focal, 0.7), *order[1:4]]
        for country, conf in order:
            if country and country not in self.r.d.regions:
                return country, conf  # a region ("Europe") has no police or government
        return None

    def agent_country(self, tok: Any, agent: Agent | None = None
                      ) -> tuple[str | None, float, str]:
        """Where an agent belongs: its own modifiers first, then where the story is set.

        Kidnappers, gunmen and rebels do not take the country of the person "his captors"
        points to: for them a possessive pronoun says nothing of nationality."""
        irregular = agent is not None and agent.role in IRREGULAR_ROLES
        if any(t.lower_ in ("unknown", "unidentified", "unnamed") for t in tok.lefts):
            return None, 0.0, ""  # "unknown gunmen" are no one the text can code
        if tok.lemma_.lower() in RELATIONAL_NOUNS:
            return None, 0.0, ""  # "U.S. allies" are not the US; which states, the text
            # does not say
        # The owner first ("its U.N. diplomats" are North Korea's), then the nearest
        # modifier; named countries and organisations before place names.
        mods = sorted((t for t in tok.subtree if t.i < tok.i and t.dep_ != "det" and
                       t.head.lemma_.lower() not in TOPIC_HEADS and
                       t.nbor(1).lemma_.lower() not in TOPIC_HEADS),  # "Iraq war allies"
                      key=lambda t: (t.dep_ != "poss" or t.head.i != tok.i,
                                     t.i not in self.hit_at, -t.i))
        leads = agent is not None and agent.role == "GOV"
        for t in mods:
            pronoun = t.dep_ == "poss" and t.lower_ in MALE | FEMALE | PLURAL | NEUTER
            if pronoun and irregular:
                continue
            c = (leads and self.group_code(t)) or self.modifier_code(t)
            if c:
                return c, 0.95, "modifier"
            if pronoun:
                ante = self.antecedent_for(t, self.state.mentions[-1].sentence_index
                                           if self.state.mentions else 0)
                if ante is not None and ante.code:
                    return (ante.code if ante.code.startswith(NON_COUNTRY_PREFIXES)
                            else ante.country), 0.8, "possessive"
        shared = self._shared_modifier(tok, agent)
        if shared:
            return shared, 0.9, "shared modifier"
        for child in tok.rights:
            if child.dep_ == "prep" and child.lower_ in ("of", "in", "from", "for"):
                for p in child.children:
                    if p.dep_ == "pobj":
                        c = (leads and child.lower_ in ("of", "for") and self.group_code(p)) or \
                            self.modifier_code(p) or self.place_country(p) or \
                            self._owner_country(p)
                        if c:
                            return c, 0.9, f"'{child.lower_} {p.text}'"
        ctx = self.context_country(governing=leads)
        if ctx:
            return ctx[0], ctx[1], "context"
        return None, 0.0, ""

    def _shared_modifier(self, tok: Any, agent: Agent | None) -> str | None:
        """"Israeli tanks and troops": a second conjunct of the same state's forces
        shares the first one's country (but not "US troops and insurgents")."""
        head = tok.head
        if tok.dep_ != "conj" or agent is None or head.pos_ not in ("NOUN", "PROPN"):
            return None
        other = self.agent_of(head)
        if other is None or not ({agent.role, other.role} <= STATE_FORCES or
                                 agent.role == other.role):
            return None
        return self._modifier_country(head)

    def named_again(self, tok: Any, si: int) -> ActorMention | None:
        """A body the article named before and the tagger misses now ("Cafod wants
        Britain to ...", tagged a person the second time): the same name, the same actor."""
        here = self.base + tok.idx
        for m in reversed(self.state.named_bodies):
            if m.start <= here < m.end:
                return None  # a word of that very mention
            words = m.entry.split(":", 1)[1].split()
            start = tok.i - len(words) + 1
            if start >= 0 and [t.text for t in self.doc[start:tok.i + 1]] == words:
                root = m.first
                return self.mention(tok, start, tok.i + 1, root.code, root.name, root.kind,
                                    root.entry, si, via="name again", plural=False,
                                    antecedent=root, confidence=min(root.confidence, 0.85))
        return None

    def short_name(self, tok: Any, si: int) -> ActorMention | None:
        """"The Commission" after "the European Commission", "the Alliance" after "the
        Countryside Alliance": a capitalised head standing for a body named before."""
        if not tok.text[:1].isupper() or tok.i == tok.sent.start or \
                not any(c.lower_ == "the" for c in tok.lefts) or \
                any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in tok.lefts):
            return None
        for m in reversed(self.state.mentions):
            if not m.code or si - m.sentence_index > 12:
                continue
            entry = self.r.d.entries.get(m.entry)
            names = [m.text] + ([entry.name] if entry is not None else [])
            if m.kind in ("organisation", "group") and any(
                    len(n.split()) > 1 and n.split()[-1] == tok.text for n in names):
                return self._linked(tok, m, si, "short name")
            if m.kind == "country" and tok.text in ("North", "South") and any(
                    n.split()[0] == tok.text and len(n.split()) > 1 for n in names):
                return self._linked(tok, m, si, "short name")  # "the North": North Korea
        return None

    def from_agent(self, tok: Any, si: int) -> ActorMention | None:
        short = self.short_name(tok, si)
        if short is not None:
            return short
        lemma = tok.lemma_.lower()
        # "the country", "the group": the last one named.
        if lemma in DEFINITE_ANAPHORS and any(c.lower_ in ("the", "this") for c in tok.lefts) \
                and not any(c.dep_ in ("amod", "compound", "poss") for c in tok.lefts):
            want = DEFINITE_ANAPHORS[lemma]
            kinds = {"country"} if want == "country" else {"group", "organisation"}
            for m in self.state.recent(si, 3, kinds):
                if m.sentence_index == si and m.block == self.bi and m.head < len(self.doc) \
                        and self.doc[m.head].dep_ in ("amod", "compound", "npadvmod", "nmod"):
                    continue  # "US-led forces invaded the country": not the US
                if m.code and (want != "country" or m.via in ("name", "demonym")):
                    return self._linked(tok, m, si, "description")
            return None
        if lemma in QUANTITY_HEADS and not self.agent_of(tok):
            for child in tok.rights:
                if child.dep_ == "prep" and child.lower_ == "of":
                    return None  # the coder reads through to the "of" phrase
        agent = self.agent_of(tok)
        if agent is None:
            return None
        # "Svetlana Tikhanovskaya, the presidential candidate": the same person.
        if tok.dep_ == "appos":
            m = self._mention_at(tok.head)
            if m is not None and m.kind == "person" and m.code:
                return self._linked(tok, m, si, "apposition")
        # "the president", "the prime minister": the person last named with that title.
        if any(c.lower_ == "the" for c in tok.lefts) and agent.title and \
                not any(c.dep_ in ("amod", "compound", "poss") and self.modifier_code(c)
                        for c in tok.lefts) and tok.tag_ in ("NN", "NNP"):
            title = " ".join(t.lower_ for t in tok.lefts if t.dep_ == "compound") + " " + lemma
            title = title.strip()
            for m in self.state.recent(si, 6, {"person"}):
                if m.code and m.title and (title in m.title or lemma in m.title.split()):
                    return self._linked(tok, m, si, "title")
        # "the spokesman", "the rebels": the same kind of agent named just before.
        if any(c.lower_ == "the" for c in tok.lefts) and not any(
                c.dep_ in ("amod", "compound", "poss", "nummod") for c in tok.lefts) and \
                not any(c.dep_ == "prep" for c in tok.rights):
            for m in self.state.recent(si, 2, {"agent"}):
                if m.code and m.title == lemma and m.via != "context":
                    return self._linked(tok, m, si, "description")
        country, conf, how = self.agent_country(tok, agent)
        if not country:
            return None
        if agent.title and tok.tag_ in ("NN", "NNP") and \
                any(c.lower_ == "the" or c.dep_ == "poss" for c in tok.lefts):
            # "the prime minister", "Russia's foreign minister": who held the office then.
            mods = [t for t in tok.lefts if t.dep_ in ("compound", "amod")]
            title = lemma
            for k in range(len(mods)):
                phrase = " ".join([t.lower_ for t in mods[k:]] + [lemma])
                if phrase in self.r.agent_words:
                    title = phrase
                    break
            holder = self.r.officeholder(country, title, self.day)
            if holder is not None:
                role = holder.role_on(self.day)
                return self.mention(tok, min([t.i for t in tok.lefts if t.dep_ in
                                              NP_MODIFIER_DEPS] + [tok.i]), tok.i + 1,
                                    self.entry_code(holder), holder.name, "person", holder.id,
                                    si, via=f"office ({how})", gender=holder.gender,
                                    title=role.title if role else "",
                                    confidence=min(conf, 0.8))
        code = country if country.startswith(NON_COUNTRY_PREFIXES) or len(country) > 3 \
            else country + agent.role  # a group's own code stays whole
        if agent.role == "" and how == "context":
            return None  # "countries" with no country named are no one in particular
        start = min([t.i for t in tok.lefts if t.dep_ in NP_MODIFIER_DEPS] + [tok.i])
        return self.mention(tok, start, tok.i + 1, code, f"{agent.id} ({country})", "agent",
                            f"agent:{agent.id}", si, via=how, confidence=conf,
                            plural=tok.tag_ in ("NNS", "NNPS"), title=lemma,
                            speaks=agent.speaks)

    # -- pronouns --------------------------------------------------------------------------

    def antecedent_for(self, tok: Any, si: int) -> ActorMention | None:
        low = tok.lower_
        if low in MALE or low in FEMALE:
            gender = "m" if low in MALE else "f"
            return self._person_antecedent(tok, si, gender)
        if low in PLURAL or low in NEUTER:
            # "The League and the RSPCA say they will assist police", "Iran said it would
            # resume talks": the subject of the verb that reports the clause
            m = self._reporting_subject(tok)
            if m is not None:
                if low in PLURAL:  # "they": many, a body, or a list ("X and Y say they")
                    fits = m.plural or m.kind in ("group", "organisation") or \
                        bool(self.doc[m.head].conjuncts)
                else:  # "it": one country or body
                    fits = not m.plural and m.kind in ("country", "organisation", "group")
                if fits:
                    return m
        if low in PLURAL:
            for m in self.state.recent(si, 1):
                if m.plural and m.code and m.is_subject and \
                        m.kind in ("agent", "group", "organisation", "country"):
                    return m
            return None
        if low in NEUTER:
            for m in self.state.recent(si, 1, {"country", "organisation", "group"}):
                if m.code and m.is_subject and (m.kind != "country" or m.via == "name"):
                    return m
            return None
        return None

    def _reporting_subject(self, tok: Any) -> ActorMention | None:
        """The actor that reports the clause a pronoun is the subject of."""
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "ccomp":
            return None
        for c in tok.head.head.children:
            if c.dep_ == "nsubj":
                m = self._mention_at(c)
                return m if m is not None and m.code and m.kind != "person" else None
        return None

    def _person_antecedent(self, tok: Any, si: int, gender: str) -> ActorMention | None:
        candidates = [m for m in self.state.recent(si, 3, {"person"})
                      if m.gender in (None, gender)]
        if tok.dep_ in ("dobj", "dative", "iobj") and tok.lower_ in ("him", "her", "them"):
            # "the Pope, who urged him": "him" is never the one who urged.
            subjects = {m.first.entry for c in tok.head.children
                        if c.dep_ == "nsubj" for m in [self._mention_at(c)] if m is not None}
            candidates = [m for m in candidates if m.first.entry not in subjects]
        if not candidates:
            return None
        # Prefer the subject of the current sentence, then of the previous ones.
        same = [m for m in candidates if m.sentence_index == si]
        for m in same:
            if m.is_subject:
                return m
        if same:
            return same[0]
        for m in candidates:
            if m.is_subject:
                return m
        return candidates[0]

    def from_pronoun(self, tok: Any, si: int) -> ActorMention | None:
        low = tok.lower_
        if low in RELATIVE:
            if tok.dep_ in ("nsubj", "nsubjpass", "dobj", "poss") and tok.head.dep_ == "relcl":
                noun = tok.head.head
                m = self._mention_at(noun)
                if m is not None and m.code:
                    return self._linked(tok, m, si, "relative")
            return None
        ante = self.antecedent_for(tok, si)
        if ante is None or not (ante.code or ante.kind == "person"):
            return None
        # A person the text names but cannot code still answers "she said" (a quote's
        # speaker); with no code the coder passes the mention by.
        return self._linked(tok, ante, si, "pronoun")

    def _linked(self, tok: Any, ante: ActorMention, si: int, via: str) -> ActorMention:
        root = ante.first
        conf = 0.75 if via in ("pronoun", "description") else 0.85
        return self.mention(tok, tok.i, tok.i + 1, root.code, root.name, root.kind, root.entry,
                            si, via=via, gender=root.gender, plural=root.plural,
                            title=root.title, antecedent=root,
                            confidence=min(root.confidence, conf))


_TITLE_STOP = frozenset("of the and for to a an in on at de la du".split())


def _lemma(tok: Any) -> str:
    """A noun's lemma; a plural acronym the tagger took for a name ("MPs", "MEPs") too."""
    if re.fullmatch(r"[A-Z]{2,}s", tok.text):
        return tok.text[:-1].lower()
    return tok.lemma_.lower()


def _title_words(title: str) -> set[str]:
    return {w for w in title.lower().replace("-", " ").split() if w not in _TITLE_STOP}


def _title_head(title: str) -> str:
    """The word a title names the office by: "chancellor of the exchequer" -> chancellor,
    "UN special envoy for global education" -> envoy."""
    words = title.lower().replace("-", " ").split()
    for k, w in enumerate(words):
        if w in ("of", "for", "to", "on", "at") and k > 0:
            words = words[:k]
            break
    return words[-1] if words else ""


def _title_context(doc: Any, hit: Hit) -> set[str]:
    """Lower-case words just before a name and in an apposition just after it."""
    sent_start = doc[hit.start].sent.start
    words = {t.lower_ for t in doc[max(sent_start, hit.start - 6):hit.start]}
    if hit.end < len(doc) and doc[hit.end].text == ",":
        sent_end = doc[hit.start].sent.end
        words.update(t.lower_ for t in doc[hit.end + 1:min(sent_end, hit.end + 9)])
    return words - _TITLE_STOP

