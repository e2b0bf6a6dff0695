"""Code the events of one parsed block: trigger words, their actors, status and CAMEO code.

Finding first: for each word that a lexicon pattern names, the coder reads the clause
(status), finds the source (the subject, the agent of a passive, the controller of a
to-clause) and the target (the slot the pattern names: object, dative, preposition,
possessor ...), expands compound actors into one record each, and keeps the most specific
pattern that fits. The stage (`events/stage.py`) turns candidates into records.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from ..actors.resolver import QUANTITY_HEADS, ActorMention, BlockActors
from .commerce import between_companies, figurative
from .lexicon import Lexicon, Pattern
from .speech import Evaluation, Judgement, clause_judgement, judgements, load_evaluation
from .status import ACTUAL, INTENDED, THREATENED, called_on, clause_status

PREP_DEPS = ("prep", "dative", "agent")


@dataclass
class Candidate:
    pattern: Pattern
    trigger: Any  # token
    trigger_text: str
    source: ActorMention
    target: ActorMention | None
    code: str
    status: str
    confidence: float
    sentence: Any  # spaCy span


def _children(tok: Any, deps: tuple[str, ...]) -> list[Any]:
    return [c for c in tok.children if c.dep_ in deps]


def _clauses(v: Any, dep: str, states: frozenset[str] = frozenset()) -> list[Any]:
    """A verb's complement clauses of one kind. The small model often hangs the to-clause
    of "urged councils to limit increases" on the object (acl), not on the verb."""
    out = _children(v, (dep,))
    if dep == "xcomp":
        clauses = [a for o in _children(v, ("dobj",)) for a in _children(o, ("acl",))]
        # ... or reads "wants Britain to use its influence" as a clause with a subject;
        # "recommends his party accept the proposals" says the same with no "to"
        clauses += [c for c in _children(v, ("ccomp",)) if _children(c, ("nsubj",))
                    and c.lemma_.lower() not in states]
        out += [a for a in clauses if a.tag_ == "VB" and (
            any(x.lower_ == "to" for x in _children(a, ("aux",))) or
            (a.dep_ == "ccomp" and not _children(a, ("aux", "auxpass")) and
             all(m.lower_ == "that" for m in _children(a, ("mark",)))))]  # "asked that
        # each station provide time"
    return out


def _implied(v: Any, pattern: Pattern, code: str, name: str) -> ActorMention:
    """An actor a pattern implies and the text does not name: no words, at the trigger."""
    return ActorMention(block=-1, head=v.i, start=v.idx, end=v.idx, text="", code=code,
                        name=name, kind="implied", entry=f"implied:{pattern.id}",
                        sentence_index=-1, via="implied by the pattern", confidence=0.7)


def _inner_objects(preps: list[Any]) -> list[Any]:
    """The objects of prepositions: "an entrance [to the compound]"."""
    return [p for prep in preps for p in _children(prep, ("pobj",))]


DOMESTIC_ROOTS = frozenset({"14", "17", "18"})
# Public bodies: a minister consulting "the police" deals with another actor; an air force
# saluting "pilots" of its own, or a firm meeting "banks", does not.
PUBLIC_ROLES = frozenset({"GOV", "COP", "MIL", "JUD", "LEG", "OPP", "PTY", "SPY"})
# Statements, praise, criticism and rejection: what a commentator's opinion looks like.
OPINION_ROOTS = frozenset({"01", "05", "11", "12"})
# Nouns that stand for the named group before them: "a Taliban splinter group".
GROUP_HEADS = frozenset("group faction wing movement outfit cell network militia".split())
# Verbs whose object noun names the act: "made an appeal", "issued a warning".
LIGHT_VERBS = frozenset("make issue give deliver launch lodge voice express renew repeat "
                        "step up have hold stage mount carry out pay extend send begin "
                        "start open resume conduct".split())
# Prepositions that say where an act of force happened ("destroyed buildings in Gaza").
LOCATIVE = frozenset("in at near outside inside on".split())
# Who asks its own government when it calls for a thing with no one named: parties and
# legislators, and campaigns the dictionaries know. (Unions ask employers; a body known only
# by its name, often a firm, asks anyone: measured on unseen news, wrong most of the time.)
DOMESTIC_VOICES = frozenset({"OPP", "PTY", "LEG", "NGO"})
# Forces that act on their own country's people; armies also fight abroad, so not MIL.
STATE_ROLES = frozenset({"GOV", "COP", "JUD", "SPY"})
LOCAL_GOVERNMENT = "agent:local-government"
WEAK_COUNTRY = ("context",)
# Roles that stand against their own state: cooperation with it is still an interaction.
OPPONENT_ROLES = frozenset({"REB", "INS", "UAF", "SEP", "OPP", "RAD"})


def _purpose(v: Any, complement_verbs: frozenset[str]) -> bool:
    """Is the verb inside a purpose clause ("... to help deploy troops")? "Vow to kill"
    parsed the same way is a complement, not a purpose."""
    t = v
    for _ in range(6):
        if t.dep_ in ("advcl", "xcomp") and t.head.pos_ in ("VERB", "AUX") and \
                t.head.lemma_.lower() not in complement_verbs and \
                any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


# Past participles that are never past-tense forms: "Italian taken hostage" is passive even
# when the tagger reads "taken" as a past tense.
PARTICIPLES = frozenset("taken beaten stolen driven chosen shaken forgotten hidden bitten "
                        "given ridden spoken broken frozen written sworn torn thrown drawn "
                        "shown overthrown seen arisen undertaken forbidden".split())


def _headline_passive(v: Any) -> bool:
    """"Japanese citizen taken hostage in Iraq": a participle heading its clause with no
    auxiliary is headline shorthand for the passive."""
    return (v.tag_ == "VBN" or v.lower_ in PARTICIPLES) and \
        v.dep_ in ("ROOT", "ccomp", "parataxis") and \
        not any(c.dep_ in ("aux", "auxpass") for c in v.children) and \
        not v.sent.text.rstrip().endswith((".", "!", "?", '"', "”"))  # a headline


def _noun_as_verb(tok: Any) -> bool:
    """A present-tense verb the tagger read as a plural noun: "The Tory leader brands such
    criticisms ...", headline "Kerry pledges to create jobs". Its own subject or clause
    gives it away."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NNS":
        return False
    if any(c.dep_ == "nsubj" for c in tok.children):
        return True
    return tok.dep_ == "ROOT" and \
        any(c.dep_ in ("xcomp", "ccomp", "dobj") for c in tok.children) and \
        any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.lefts)


def _misread_main_verb(v: Any) -> bool:
    """"A group of moderate Republicans, many long out of office, called on ...": after a
    long subject the parser may read the main verb as a participle on the subject, which
    is then left as the sentence's root. A participle after a comma on a root noun, with
    no "by" agent, is the sentence's verb."""
    head = v.head
    return v.dep_ == "acl" and v.tag_ == "VBN" and head.dep_ == "ROOT" and \
        head.pos_ in ("NOUN", "PROPN") and v.i > 0 and v.doc[v.i - 1].lower_ == "," and \
        not _children(v, ("agent",))


def _bare_participle(v: Any) -> bool:
    """A past participle with no auxiliary: "Sri Lanka and India, worst hit" were hit
    (the parser often reads that "hit" as present tense, so a superlative before it
    tells too)."""
    if any(c.dep_ == "advmod" and c.lower_ in ("worst", "hardest", "most") and c.i < v.i
           for c in v.children):
        return True
    return v.tag_ == "VBN" and not _children(v, ("aux", "auxpass"))


def is_passive(v: Any) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children) or _headline_passive(v)


def shares_passive(v: Any) -> bool:
    """A verb joined to a passive one with no subject or object of its own: "was seized
    by militants ... but then released", "were arrested by police and charged"."""
    return v.dep_ == "conj" and v.tag_ in ("VBN", "VBD") and is_passive(v.head) and \
        not _children(v, ("nsubj", "nsubjpass", "dobj"))


def _lent_subject(v: Any) -> list[Any]:
    """"Three British nationals, believed to be civilians, were snatched": the parser may
    hang the subject on the participle clause between it and its verb. A clause with no
    "when", "if" or "because" that leaves the verb without a subject lends its own."""
    return [s for c in v.lefts if c.dep_ == "advcl" and c.tag_ in ("VBN", "VBD")
            and not _children(c, ("mark",))
            for s in _children(c, ("nsubj", "nsubjpass")) if s.i < c.i]


def passive_subjects(v: Any) -> list[Any]:
    """The patients of a passive verb; the parser sometimes labels them nsubj."""
    found = _children(v, ("nsubjpass",))
    if not found and (any(c.dep_ == "auxpass" for c in v.children) or _headline_passive(v)):
        found = _children(v, ("nsubj",)) or _lent_subject(v)
    return found


class EventCoder:
    def __init__(self, lexicon: Lexicon, evaluation: Evaluation | None = None,
                 regions: frozenset[str] = frozenset()):
        """`regions`: actor codes of regions ("EUR"), which have no police or army."""
        self.lex = lexicon
        self.regions = regions
        self.mod = lexicon.modality
        self.control = self.mod["request"] | self.mod["causative"]
        # Verbs whose to-clause is their complement, not a purpose ("vowed to kill").
        self.complements = frozenset().union(*(self.mod[k] for k in (
            "intend", "threaten", "refuse", "request", "causative", "transparent", "not_done",
            "not_asserted")))
        self.ev = evaluation or load_evaluation()
        self.speech_patterns = {
            code: Pattern(id=name, code=code, file="evaluation.yml", confidence=0.6)
            for name, code in (("reported-disapproval", self.ev.negative_code),
                               ("reported-approval", self.ev.positive_code),
                               ("reported-appeal", self.ev.appeal_code))}
        self.speech_lemmas = self.ev.speech_verbs | self.ev.naming_verbs
        self.sport_words = self.mod["sport"] | self.mod["sport_article"]
        self.sport_phrase_starts = frozenset(w.split()[0] for w in self.sport_words if " " in w)

    # -- syntax helpers ---------------------------------------------------------------

    def subject_tokens(self, v: Any, depth: int = 0) -> list[Any]:
        if depth > 5:
            return []
        if is_passive(v) or shares_passive(v):
            agents = [p for a in _children(v, ("agent",)) for p in _children(a, ("pobj",))]
            if not agents and v.dep_ == "conj" and is_passive(v.head):
                # "was seized by militants ... but then released": the same hands
                return self.subject_tokens(v.head, depth + 1)
            return agents
        subj = _children(v, ("nsubj",)) or _lent_subject(v)
        if subj:
            return subj
        if _noun_as_verb(v):  # "Kerry pledges to create jobs"
            return [c for c in v.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        dep, head = v.dep_, v.head
        if head.i == v.i:
            return []
        if dep == "xcomp":
            # "urged Sudan to", "called on the rebels to": the one asked does the act
            obj = _children(head, ("dobj",)) or called_on(head)
            if obj and head.lemma_.lower() in self.control:
                return obj
            return self.subject_tokens(head, depth + 1)
        if dep in ("conj", "acomp"):  # "... and pressed", "is ready to resume"
            return self.subject_tokens(head, depth + 1)
        if dep == "advcl" and (v.tag_ == "VBG" or any(c.lower_ == "to" for c in
                                                      _children(v, ("aux",)))):
            return self.subject_tokens(head, depth + 1)
        if dep == "relcl":
            return [head]
        if dep == "acl":
            if _misread_main_verb(v):
                return [head]
            if v.tag_ == "VBN":
                return [p for a in _children(v, ("agent",)) for p in _children(a, ("pobj",))]
            return [head]
        if dep == "pcomp" and head.head.i != head.i:
            gv = head.head
            if head.lower_ == "for" and gv.pos_ in ("VERB", "AUX"):
                # "was criticised for encouraging": he encouraged; "praised Poland for
                # handling": Poland handled.
                if is_passive(gv):
                    return passive_subjects(gv)
                objs = _children(gv, ("dobj",))
                if objs:
                    return objs
            return self.subject_tokens(gv, depth + 1)
        return []

    def speaker_of_conjunct(self, v: Any) -> list[Any]:
        """"He said intimidation seemed widespread and called on hunts to do more": a finite
        verb the parser hung on the reported clause belongs with the speaker. Asked only when
        the reported clause's own subject names no actor."""
        tok = v.head
        for _ in range(6):
            if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in self.ev.speech_verbs:
                return self.subject_tokens(tok.head)
            if tok.head is tok:
                break
            tok = tok.head
        return []

    def sources_from_event_noun(self, v: Any, actors: BlockActors
                                ) -> tuple[list[ActorMention], Any]:
        # "were killed and several others wounded in attacks": the phrase may hang on the
        # joined verb, or on the participle of a joined noun
        words = [v, *v.conjuncts]
        words += [a for w in v.conjuncts for a in _children(w, ("acl",)) if a.tag_ == "VBN"]
        preps = [c for w in words for c in w.children]
        # ... or be the verb's subject: "an air strike by Syrian forces killed 29 soldiers"
        nouns = [n for p in preps if p.dep_ == "prep" and p.lower_ in ("in", "during", "by")
                 for n in _children(p, ("pobj",))]
        if not is_passive(v):
            nouns += [n for n in _children(v, ("nsubj",)) if n.pos_ == "NOUN"]
        for n in nouns:
            for pattern in self.lex.by_noun.get(n.lemma_.lower(), []):
                for slot in pattern.source:
                    toks = self.noun_slot(n, slot)
                    if slot == "mod":
                        # "killed in an Israeli attack", but "killed in Iraq attack"
                        # names where, not who.
                        toks = [t for t in toks if t.dep_ == "amod" or t.pos_ != "PROPN"]
                    found = self.actors_of(toks, actors, False)
                    found = [m for m in found if self._source_ok(pattern, m)]
                    if found:
                        return found, n
        return [], None

    def object_tokens(self, v: Any) -> list[Any]:
        if v.dep_ == "acl" and v.tag_ == "VBN" and not _misread_main_verb(v):
            return [v.head]
        if is_passive(v):
            return passive_subjects(v)
        if shares_passive(v):
            return passive_subjects(v.head)  # the one seized is the one released
        objs = _children(v, ("dobj",))
        if not objs:
            # "call on X": the particle's object is the verb's.
            objs = [p for c in _children(v, ("prt",)) for p in _children(c, ("pobj",))]
        return objs

    def prep_objects(self, tok: Any, word: str) -> list[Any]:
        out = []
        for c in tok.children:
            if c.dep_ in PREP_DEPS and c.lower_ == word:
                out.extend(_children(c, ("pobj", "pcomp")))
            elif c.dep_ == "prt" and c.lower_ == word:
                # "called on hunt supporters": the particle's own object, or the verb's
                out.extend(_children(c, ("pobj",)) or _children(tok, ("dobj",)))
        return out

    def slot_tokens(self, v: Any, slot: str, objects: list[Any],
                    actors: BlockActors | None = None) -> list[Any]:
        if slot == "dobj":
            return objects
        if slot == "subj":
            return self.subject_tokens(v)
        if slot == "dative":
            out = []
            for c in _children(v, ("dative", "iobj")):
                out.extend(_children(c, ("pobj",)) if c.pos_ == "ADP" else [c])
            return out
        if slot == "poss":
            return [p for o in objects for p in _children(o, ("poss",))]
        if slot == "of":  # "the plans of the government"; an act's "of" is its victim
            return [p for o in objects if not self._act_noun(o)
                    for p in self.prep_objects(o, "of")]
        if slot == "mod":  # the actor named before the object: "rejected a UN call" (not
            # "rejects Iraq advice calls", where the name belongs to another noun)
            return [p for o in objects for p in _children(o, ("compound", "amod", "nmod"))
                    if p.pos_ in ("PROPN", "ADJ")]
        if slot.startswith("to:"):
            # the aim a protest states: "went on strike to oppose government reforms"
            aims = [c for c in _children(v, ("advcl", "xcomp"))
                    if any(a.lower_ == "to" for a in _children(c, ("aux",)))]
            return [t for c in aims
                    for t in self.slot_tokens(c, slot[3:], self.object_tokens(c), actors)]
        if slot.startswith("x:"):
            # inside the verb's to-clause: "threatened to bring down the Commission",
            # "threatened to stand against Labour"
            return [t for c in _clauses(v, "xcomp", self.mod["state_verbs"])
                    for t in self.slot_tokens(c, slot[2:], self.object_tokens(c), actors)]
        if slot == "xsubj":
            out = []
            for c in _children(v, ("ccomp", "xcomp")):
                out.extend(_children(c, ("nsubj", "nsubjpass")))
            return out
        # A preposition: on the verb, then on its object ("sanctions against Belarus").
        found = self.prep_objects(v, slot)
        for o in objects:
            found.extend(self.prep_objects(o, slot))
        if not found and slot != "of":
            # "reduce the number of its troops in Iraq": the thing counted holds it
            found = [p for o in objects for x in self.prep_objects(o, "of")
                     for p in self.prep_objects(x, slot)]
        # "calls for a TV channel backed by Hezbollah to be taken off air": the subject of
        # a clause the preposition opens, on the verb or on its object ("voiced concern
        # that Iran was hiding its work")
        found += [s for c in _children(v, ("advcl", "ccomp")) +
                  [a for o in objects for a in _children(o, ("acl", "ccomp"))]
                  if any(m.dep_ == "mark" and m.lower_ == slot for m in c.children)
                  for s in _children(c, ("nsubj", "nsubjpass"))]
        if slot == "that" and found and actors is not None and \
                not self.actors_of(found, actors, False):
            # "concern that the conditions in China have not improved": the place holds it
            found = [p for s in found for w in ("in", "of") for p in self.prep_objects(s, w)]
        return found

    # -- actors -----------------------------------------------------------------------

    def actors_of(self, toks: list[Any], actors: BlockActors, places: bool,
                  owners: bool = False) -> list[ActorMention]:
        """Actors the tokens name (with their conjuncts). `owners`: a thing stands for its
        possessor or author ("rejected Mr Putin's entreaties", "the claims made by Mr
        Howard")."""
        out: list[ActorMention] = []
        seen: set[int] = set()
        queue = list(toks)
        for t in toks:
            queue.extend(t.conjuncts)
        for t in queue:
            if t.i in seen:
                continue
            seen.add(t.i)
            m = actors.heads.get(t.i)
            if m is not None and m.kind == "agent":
                # "the militant group Hamas": the name in apposition says who.
                named = [actors.heads[c.i] for c in _children(t, ("appos",))
                         if c.i in actors.heads and actors.heads[c.i].kind != "agent"]
                if named and named[0].code:
                    m = named[0]
            if m is None and t.lemma_.lower() in GROUP_HEADS:
                # "a Taliban splinter group": the named group it belongs to
                named = [actors.heads[c.i] for c in t.lefts if c.dep_ in ("compound", "amod")
                         and c.i in actors.heads
                         and actors.heads[c.i].kind in ("group", "organisation")]
                m = named[0] if named else None
            if m is None and t.lemma_.lower() in QUANTITY_HEADS:
                # "dozens of protesters", "some in the Tory party", "12 security force
                # members"
                for p in self.prep_objects(t, "of") + self.prep_objects(t, "in") + \
                        _children(t, ("compound",)):
                    m = actors.heads.get(p.i)
                    if m is not None:
                        break
            if m is None:
                for c in _children(t, ("appos",)):
                    m = actors.heads.get(c.i)
                    if m is not None:
                        break
            if m is None:
                # "seven others, including three members of a NATO force": the named part
                queue.extend(self.prep_objects(t, "including"))
            if m is None and places:
                m = actors.places.get(t.i)
            if m is None and owners and t.pos_ == "NOUN" and \
                    t.lemma_.lower() not in self.mod["topic_nouns"]:
                # "Mr Putin's entreaties", "the Tory plans", "the plans of the government"
                # ... and "the claims made by Michael Howard"
                made_by = [p for a in _children(t, ("acl",)) for b in _children(a, ("agent",))
                           for p in _children(b, ("pobj",))]
                # An act's "of" names its victim, not its author: condemning "the beheading
                # of Eugene Armstrong" condemns the killers ("by ...").
                of = self.prep_objects(t, "by") if self._act_noun(t) else \
                    self.prep_objects(t, "of")
                # ... and "government labour reform legislation", "rebel-held towns": a
                # modifier of a modifier
                deeper = [x for c in _children(t, ("compound", "amod"))
                          for x in _children(c, ("compound", "amod", "poss", "npadvmod"))]
                for c in [*_children(t, ("poss",)), *_children(t, ("compound", "amod", "nmod")),
                          *of, *made_by, *deeper]:
                    m = actors.heads.get(c.i)
                    if m is not None:
                        break
            if m is None and owners:
                m = actors.authors.get(t.i)  # "the plan": whoever made it
            if m is not None and m.code:
                out.append(m)
        return out

    def phrase_targets(self, v: Any, actors: BlockActors, places: bool,
                       sources: list[ActorMention]) -> list[ActorMention]:
        """The actor one preposition inside the object of an act of force or a visit,
        when the pattern's own slots name none ("struck an entrance to the government
        compound"), or where it happened ("destroyed buildings in a Gaza refugee camp").
        The source's own forces and towns and people in general are no target. (Measured
        on unseen news, the same reach for words - "blamed the results on retailers",
        "criticised its record on the NHS" - was wrong three times in four.)"""
        firsts = {s.first.start for s in sources}
        countries = {s.country for s in sources}
        # the object's own prepositions, then where the verb says it happened
        objects = _children(v, ("dobj",))
        if not objects:
            return []  # "Policeman shot dead in Saudi": a headline's victim, not a doer
        preps = [c for o in objects for c in _children(o, ("prep",))]
        preps += [c for c in _children(v, ("prep",)) if c.lower_ in LOCATIVE]
        for p in _inner_objects(preps):
            found = [m for m in self.actors_of([p], actors, places, owners=True)
                     if m.first.start not in firsts and
                     not (m.country in countries and m.code[3:6] in ("MIL", "COP"))
                     and not (m.country in countries and m.entry.startswith("place:"))
                     and not (m.kind == "agent" and m.via in WEAK_COUNTRY and
                              m.code[3:6] in ("CVL", ""))]
            if found:
                return found
        return []

    def condition_actors(self, v: Any, actors: BlockActors,
                         sources: list[ActorMention]) -> list[ActorMention]:
        """Who the condition of a promised act names: "will pull out ... if Western nations
        threaten", "will strike unless ministers back down" (not the actor itself)."""
        firsts = {s.first.start for s in sources}
        clauses = [c for w in (v, *v.conjuncts) for c in _children(w, ("advcl",))
                   if any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                          for m in c.children)]
        # a clause the parser headed by its subject ("unless ministers back down") counts
        subjects = [s for c in clauses for s in (
            [c] if c.pos_ in ("NOUN", "PROPN") else _children(c, ("nsubj", "nsubjpass")))]
        return [m for m in self.actors_of(subjects, actors, False)
                if m.first.start not in firsts]

    def _act_noun(self, t: Any) -> bool:
        """Does the noun name an act ("killing", "intimidation", "attack")?"""
        lemma = t.lemma_.lower()
        return lemma in self.lex.by_noun or t.lower_.endswith("ing") or \
            lemma.endswith(("tion", "sion", "ment")) and lemma not in self.mod["topic_nouns"]

    @staticmethod
    def own_side(s: ActorMention, t: ActorMention, code: str) -> bool:
        """Cooperation with one's own side is no interaction: a minister praising his own
        government, a country's air force saluting unnamed pilots of its own. A country
        and its capital or government are one actor whatever the code ("Russia ... snubbing
        Moscow"), and a trip inside one's own country visits no one."""
        if s.entry == t.entry and s.entry.startswith("country:") and \
                {s.code[3:6], t.code[3:6]} <= {"", "GOV"}:
            return True
        if s.code[3:6] == "GOV" and len(t.code) == 3 and t.code == s.country:
            return True  # "clamp down on Britain's compensation culture": no one targeted
        if t.via.startswith("maker of the") and t.code == s.code:
            return True  # a minister on "the bill" his government made
        if code[:2] == "10" and t.code == s.code and s.code[3:6] == "GOV":
            return True  # a chancellor's demand on government departments: administration
        if code[:2] >= "09":
            return False
        if t.entry.startswith("place:") and t.country and t.country == s.country:
            return True
        if len(t.code) == 3 and t.code == s.country and s.code != t.code and \
                (code[:2] != "02" or s.code[3:6] in PUBLIC_ROLES):
            # Putin "called upon India and Russia": not an appeal to his own state (a
            # charity that "wants Britain to use its influence" makes one)
            return True
        if code.startswith(("084", "0353")):
            return False  # a state releases or pardons its own people too
        if (s.entry == LOCAL_GOVERNMENT) != (t.entry == LOCAL_GOVERNMENT):
            return False  # a government and the councils it urges or funds: two sides
        if t.code == s.code:
            return True
        if {s.code[3:6], t.code[3:6]} & OPPONENT_ROLES:
            return False  # rebels talking to their government are not on its side
        if code[:2] in ("02", "04") or code == "036":
            # an appeal to one's own people ("urged drivers to") is still one, and so is a
            # meeting with them ("invited settler leaders to meet")
            return False
        return bool(s.country) and s.country == t.country and t.kind == "agent" and \
            t.via in WEAK_COUNTRY and (t.code[3:6] not in PUBLIC_ROLES or
                                       t.code[3:6] == s.code[3:6])

    def relative_of_source(self, t: ActorMention, doc: Any, code: str) -> bool:
        """Is the target named as a relative ("met his future wife Glenys", "criticised
        her husband")? Words exchanged with one's family are no political event."""
        if code[:2] >= "14" or t.block < 0 or t.head >= len(doc):
            return False
        tok = doc[t.head]
        words = [c for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod")] + \
            [c for c in tok.children if c.dep_ == "appos"] + [tok]
        if tok.dep_ == "appos":
            words.append(tok.head)
        return any(w.lemma_.lower() in self.mod["family_nouns"] for w in words)

    def implied_actor(self, pattern: Pattern, v: Any, source: ActorMention
                      ) -> ActorMention | None:
        """The target a pattern implies when the text leaves it out ("vetoed a
        resolution": the UN Security Council; a curfew with no place named falls on the
        source's own people)."""
        code = pattern.default_target or ""
        if code == "own-people":
            if not source.country:
                return None
            code = source.country + "CVL"
        elif code == "own-legislature":
            # a president's or government's veto of a bill: its own legislature's bill
            if not source.country or source.code[3:6] not in ("", "GOV"):
                return None
            code = source.country + "LEG"
        elif code == "own-government":
            # "Lib Dems demand new inquiry": a party, legislator or known campaign asking
            # for a thing asks its own government; a government, a firm, a person of no
            # known role or a body whose country is only the story's asks no one we know.
            role = source.code[3:6]
            if not source.country or role not in DOMESTIC_VOICES or \
                    (role == "NGO" and source.first.entry.startswith("local:")) or \
                    source.via in WEAK_COUNTRY or self._in_sport(v.sent) or \
                    _children(v, ("oprd", "attr")) or (  # "called Labour a machine"
                        v.lemma_.lower() in self.ev.naming_verbs and _children(v, ("ccomp",))):
                return None
            code = source.country + "GOV"
        return _implied(v, pattern, code, code)

    def _acts_on_another(self, v: Any, actors: BlockActors) -> bool:
        """Does the verb's to-clause name an actor? "Norway, Egypt and the Soviet Union
        agreed to help OPEC" is an agreement with OPEC, not among the three."""
        return any(t.i in actors.heads for c in _clauses(v, "xcomp") for t in c.subtree)

    def implied_doer(self, pattern: Pattern, v: Any, patients: list[ActorMention],
                     actors: BlockActors) -> ActorMention | None:
        """The doer an agentless passive leaves out: for `police`, the police of the place
        the clause names ("were arrested in Bangladesh"), else of those acted on."""
        if pattern.default_source != "police":
            return None
        places = self.actors_of([p for w in ("in", "at", "near") for p in
                                 self.prep_objects(v, w)], actors, True)
        # (a patient's own nationality says nothing of who held them: "a British aid
        # worker was seized" in Iraq; a country the story's setting gave it does)
        country = next((m.country for m in places if m.country), None) or \
            next((m.country for m in patients if m.country and m.via in WEAK_COUNTRY), None)
        if not country or country in self.regions:
            return None
        return _implied(v, pattern, country + "COP", f"police ({country})")

    @staticmethod
    def opponents_home(s: ActorMention, t: ActorMention, code: str) -> ActorMention:
        """Rebels who talk or agree with a government are that government's rebels: an
        unnamed armed group whose country came only from the story's setting ("rebel
        groups agreed to talks with the Sudanese government", datelined Abuja) takes it."""
        if code[:2] > "08" or s.kind != "agent" or s.via not in WEAK_COUNTRY:
            return s
        if s.code[3:6] not in OPPONENT_ROLES or t.code[3:6] != "GOV" or not t.country \
                or t.country == s.country:
            return s
        return replace(s, code=t.country + s.code[3:], via="country of the government",
                       name=s.name.split(" (")[0] + f" ({t.country})")

    @staticmethod
    def domestic_target(s: ActorMention, t: ActorMention, code: str) -> ActorMention:
        """Repression, arrests and assaults by a state's forces fall on its own people
        unless the text says otherwise: an unnamed target whose country came only from
        the story's setting takes the source's country ("his crackdown on protesters")."""
        if code[:2] not in DOMESTIC_ROOTS or t.kind != "agent" or t.via not in WEAK_COUNTRY:
            return t
        if s.code[3:6] not in STATE_ROLES or not s.country or s.country == t.country:
            return t
        return replace(t, code=s.country + t.code[3:], via="country of the source",
                       name=t.name.split(" (")[0] + f" ({s.country})")

    # -- matching ---------------------------------------------------------------------

    @staticmethod
    def object_phrases(obj: Any) -> set[str]:
        """Ways to name an object: "loan", "economic aid", "state of emergency", "money"."""
        head_forms = {obj.lemma_.lower(), obj.lower_}
        out = set(head_forms)
        mods = [c for c in obj.lefts if c.dep_ in ("compound", "amod", "nmod", "nummod")]
        for m in mods:
            for h in head_forms:
                out.add(f"{m.lemma_.lower()} {h}")
                out.add(f"{m.lower_} {h}")
        if len(mods) >= 2:
            chain = " ".join(m.lower_ for m in mods[-2:])
            out.update(f"{chain} {h}" for h in head_forms)
        for c in obj.rights:
            if c.dep_ == "prep":
                for p in _children(c, ("pobj",)):
                    out.update(f"{h} {c.lower_} {p.lemma_.lower()}" for h in head_forms)
        if any(t.ent_type_ == "MONEY" for t in obj.subtree) or obj.lower_ in ("$", "£", "€"):
            out.add("money")
        return out

    def _complement_words(self, v: Any) -> set[str]:
        words: set[str] = set()
        for c in v.children:
            if c.dep_ in ("dobj", "xcomp", "ccomp", "prep", "dative", "nsubjpass", "prt",
                          "advcl", "attr", "oprd", "acomp"):
                for t in c.subtree:
                    words.add(t.lemma_.lower())
                    words.add(t.lower_)
        toks = list(v.subtree)
        for a, b in zip(toks, toks[1:]):
            words.add(f"{a.lemma_.lower()} {b.lemma_.lower()}")
            words.add(f"{a.lower_} {b.lower_}")
        return words

    def _extras_present(self, v: Any, extra: tuple[str, ...]) -> bool:
        # A particle changes the verb: "free up" is not "free", "hold off" is not "hold".
        particles = {c.lower_ for c in v.children if c.dep_ == "prt"}
        if particles - set(extra):
            return False
        if not extra:
            return True
        near = {c.lower_ for c in v.children} | {g.lower_ for c in v.children for g in c.children}
        return all(w in near for w in extra)

    def _requires(self, v: Any, pattern: Pattern) -> bool:
        for alternatives in pattern.requires:
            ok = False
            for req in alternatives:
                if req in ("xcomp", "ccomp"):
                    ok = bool(_clauses(v, req, self.mod["state_verbs"]))
                elif req in ("no-xcomp", "no-ccomp"):  # "urged reforms", not "urged X to"
                    ok = not _clauses(v, req[3:], self.mod["state_verbs"])
                elif req == "intransitive":  # "workers struck", not "struck a deal" or
                    # "was struck by a car"
                    ok = not [c for c in _children(v, ("dobj", "ccomp"))
                              if not c.lower_.endswith(("self", "selves"))] and \
                        not is_passive(v)  # ("surrendered himself" is still intransitive)
                elif req == "not-physical":  # words attack plans, not "ministry buildings"
                    ok = not any(o.lemma_.lower() in self.mod["physical_objects"]
                                 for o in self.object_tokens(v))
                elif req.startswith(("prep:", "no-prep:")):
                    word = req.split(":", 1)[1]
                    ok = bool(self.prep_objects(v, word)) or any(
                        c.lower_ == word for c in v.children if c.dep_ in PREP_DEPS) or any(
                        self.prep_objects(o, word) for o in self.object_tokens(v))
                    if req.startswith("no-"):
                        ok = not ok  # "fired a missile" is a show; "fired it at X" is not
                if ok:
                    break
            if not ok:
                return False
        return True

    def _object_kind_ok(self, pattern: Pattern, objects: list[Any], actors: BlockActors) -> bool:
        kind = pattern.object
        if kind is None or (not objects and pattern.reciprocal):
            return True
        is_actor = [o for o in objects if self.actors_of([o], actors, False)]
        if kind == "actor":
            return bool(is_actor)
        if kind == "actor_person":
            return any(m.kind == "person" for m in self.actors_of(objects, actors, False))
        if kind == "thing":
            return bool(objects) and not is_actor
        if kind == "actor_or_owned":
            if is_actor:
                return True
            owners = [p for o in objects for p in _children(o, ("poss",))]
            owners += [p for o in objects for p in self.prep_objects(o, "of")]
            return bool(self.actors_of(owners, actors, False)) or \
                any(o.i in actors.authors for o in objects)
        if kind == "actor_or_place":
            # "attacked Ukrainian positions", "stormed the US embassy": owned places count,
            # and so do places one preposition in ("struck an entrance to the compound")
            inner = _inner_objects([c for o in objects for c in _children(o, ("prep",))])
            return bool(is_actor) or bool(self.actors_of(objects, actors, True, owners=True)) \
                or bool(self.actors_of(inner, actors, True, owners=True))
        return True

    @staticmethod
    def _role(m: ActorMention) -> str:
        if m.code.startswith(("IGO", "NGO", "IMG")):
            return m.code[:3]
        if len(m.code) <= 3 and m.kind == "person":
            return "CVL"  # a person known by no office acts as a private person
        return m.code[3:6] if len(m.code) > 3 else ""

    def _source_ok(self, pattern: Pattern, m: ActorMention) -> bool:
        if not m.speaks and int(pattern.code[:2]) < 14:
            return False  # weapons strike; they do not appeal, agree or endorse
        if pattern.code[:2] in ("18", "19", "20") and m.kind == "organisation" and \
                m.code.startswith(("NGO", "IGOUNO")):
            return False  # "the United Nations" kills no one (its peacekeepers may)
        if pattern.source_roles is not None and self._role(m) not in pattern.source_roles:
            return False
        if pattern.source_kinds is not None and m.kind not in pattern.source_kinds:
            return False
        return True

    def _target_ok(self, pattern: Pattern, m: ActorMention) -> bool:
        return pattern.target_roles is None or self._role(m) in pattern.target_roles

    # -- the block ----------------------------------------------------------------------

    def code_block(self, doc: Any, actors: BlockActors,
                   quoted: list[tuple[int, int, ActorMention]] | None = None
                   ) -> list[Candidate]:
        """Candidates from one block; `quoted` holds its direct quotes (character offsets
        in the block) with their speakers."""
        out: list[Candidate] = []
        quoted = quoted or []

        def voice(tok: Any) -> ActorMention | None:  # who speaks the words at `tok`
            return next((m for lo, hi, m in quoted if lo <= tok.idx < hi), None)

        for sent in doc.sents:
            question = sent.text.rstrip().endswith("?")
            consumed: set[int] = set()
            first = len(out)
            for tok in sent:
                if not (tok.pos_ == "VERB" or tok.tag_.startswith("VB") or _noun_as_verb(tok)):
                    continue
                pats = self.lex.by_verb.get(tok.lemma_.lower())
                found = self.code_verb(tok, pats, actors, sent, question,
                                       voice(tok) if quoted else None) if pats else []
                if not found and tok.lemma_.lower() in self.speech_lemmas:
                    found = self.code_speech(tok, actors, sent, question)
                if found:
                    consumed.add(tok.i)
                    for o in self.object_tokens(tok):
                        consumed.update(x.i for x in (o, *o.conjuncts))
                out.extend(found)
            words = [t for t in sent if not (t.is_punct or t.is_space)]
            speaker = voice(words[0]) if quoted and words else None
            if speaker is not None and voice(words[-1]) is speaker:
                out.extend(self.code_quoted(sent, speaker, actors))
            for tok in sent:
                if tok.pos_ not in ("NOUN", "PROPN") or tok.i in consumed:
                    continue
                pats = self.lex.by_noun.get(tok.lemma_.lower()) or \
                    self.lex.by_noun.get(tok.lower_)
                if pats:
                    out.extend(self.code_noun(tok, pats, actors, sent, question))
            if len(out) > first and self._in_sport(sent):
                out[first:] = [c for c in out[first:] if int(c.code[:2]) < 14]
            if len(out) > first and self.mod["accident"] & (
                    {t.lower_ for t in sent} |
                    {f"{a.lower_} {b.lower_}" for a, b in zip(sent, sent[1:])}):
                # "a hit-and-run driver killed a woman", "striking a woman" with a car: a
                # death on the road, not violence or a strike
                out[first:] = [c for c in out[first:]
                               if c.code[:2] not in ("14", "18", "19", "20")]
            out[first:] = [c for c in out[first:]
                           if not figurative(c.code, c.trigger, sent, self.mod, actors.heads)
                           and not self._commentary(c)
                           and not between_companies(c.code, c.source, c.target, self.mod)]
        return out

    def _commentary(self, c: Candidate) -> bool:
        """Opinions of analysts and observers ("analysts claimed ...", "observers blaming")
        are no act; their appeals ("economists urged the government") are."""
        src = c.source.first
        words = src.text.lower().split()
        # "OSCE observers", "UN weapons experts" speak for their body
        named_body = src.code.startswith(("IGO", "NGO")) or not src.entry.startswith("agent:")
        return c.code[:2] in OPINION_ROOTS and bool(words) and not named_body and \
            words[-1] in self.mod["commentators"]

    def sports_story(self, docs: list[Any]) -> bool:
        """Is the whole article about sport (a team firing its coach, a title fight)? Three
        different sport words, four times in all."""
        words = self.sport_words
        found: list[str] = []
        for doc in docs:
            for t in doc:
                if t.lower_ in words:
                    found.append(t.lower_)
                if t.lower_ in self.sport_phrase_starts and t.i + 1 < len(doc):
                    pair = f"{t.lower_} {doc[t.i + 1].lower_}"  # "world cup"
                    if pair in words:
                        found.append(pair)
        return len(set(found)) >= 3 and len(found) >= 4

    def _in_sport(self, sent: Any) -> bool:
        """Is the sentence about a game ("Argentina beats U.S. basketball team")?"""
        words = self.mod["sport"]
        return any(t.lower_ in words for t in sent)

    # -- judgements in reported speech ------------------------------------------------------

    def code_speech(self, v: Any, actors: BlockActors, sent: Any, question: bool
                    ) -> list[Candidate]:
        status = clause_status(v, self.mod, question)
        if status not in (ACTUAL,):
            return []
        sources = self.actors_of(self.subject_tokens(v), actors, False)
        if not sources:
            return []
        out: list[Candidate] = []
        for j in judgements(v, self.ev, self.subject_tokens):
            out = self._judged(v, j, sources, actors, sent, status)
            if out:
                break
        return out

    def code_quoted(self, sent: Any, speaker: ActorMention, actors: BlockActors
                    ) -> list[Candidate]:
        """A sentence wholly inside a direct quote is the speaker's reported clause:
        ""Mr Blair has broken the pledges he made." ... Mr Redwood said" is Redwood's
        disapproval of Blair, as "Mr Redwood said Mr Blair had broken ..." would be."""
        if sent.text.rstrip(" \"'”’").endswith("?"):
            return []
        root = sent.root
        for v in (root, *root.conjuncts):
            if not (v.pos_ in ("VERB", "AUX") or v.tag_.startswith("VB")):
                continue
            j = clause_judgement(v, self.ev)
            if j is not None:
                found = self._judged(v, j, [speaker], actors, sent, ACTUAL)
                if found:
                    return found
        return []

    def _judged(self, v: Any, j: Judgement, sources: list[ActorMention], actors: BlockActors,
                sent: Any, status: str) -> list[Candidate]:
        acts = [t for t in j.target_tokens if t.lemma_.lower() in self.lex.by_noun]
        if acts:
            # "the killing of a Frenchman was a terrorist attack": the judgement falls on
            # whoever did it ("by ..."), not on the victim.
            targets = self.actors_of([p for t in acts for p in self.prep_objects(t, "by")],
                                     actors, False)
        else:
            targets = self.actors_of(j.target_tokens, actors, False, owners=j.owners)
        pattern = self.speech_patterns[j.code]
        out: list[Candidate] = []
        for s in sources:
            for t in targets:
                if t.start == s.start or t.first.start == s.first.start or (
                        t.entry == s.entry and t.code == s.code
                        and not s.entry.startswith("agent:")):
                    continue  # the speaker on itself ("leaders say they have failed")
                if t.kind == "country" and t.code == s.country:
                    continue  # a speaker judging their own country (not its ministries)
                if t.via == "relative" or self.own_side(s, t, j.code):
                    continue
                if t.kind == "agent" and t.via in WEAK_COUNTRY and t.code[3:6] in ("CVL", ""):
                    continue  # "adults should be treated as adults": people in general
                conf = pattern.confidence * min(s.confidence, t.confidence)
                out.append(Candidate(pattern, v, v.text, s, t, j.code, status, conf, sent))
        return out

    # -- noun triggers ------------------------------------------------------------------

    def noun_status(self, n: Any, question: bool) -> str | None:
        """Status of an event named by a noun, from the words that govern it."""
        if question:
            return None
        if any(c.dep_ in ("neg", "det") and c.lower_ in self.mod["negation"]
               for c in n.children):
            return None
        head, dep = n.head, n.dep_
        while dep == "conj" and head.i != n.i:
            n, head, dep = head, head.head, head.dep_
        if dep == "pobj":
            gov = head.head
            if gov.lemma_.lower() in self.mod["unreal_nouns"]:
                return None
            if gov.lemma_.lower() in self.mod["future_nouns"] or (
                    head.lower_ == "of" and gov.lower_ == "ahead") or head.lower_ == "before":
                # "on the eve of a UN visit", "ahead of the talks": still to come.
                return INTENDED
            if gov.pos_ in ("VERB", "AUX"):
                if gov.lemma_.lower() in (self.mod["request"] | self.mod["not_asserted"]
                                          | self.mod["intend"] | self.mod["threaten"]
                                          | self.mod["refuse"]):
                    return None
                return clause_status(gov, self.mod)
            return ACTUAL
        if dep == "dobj" and head.pos_ in ("VERB", "AUX"):
            if head.lemma_.lower() in (self.mod["request"] | self.mod["not_asserted"]
                                       | self.mod["intend"] | self.mod["threaten"]
                                       | self.mod["refuse"] | {"propose", "seek", "plan",
                                                                "prepare", "discuss",
                                                                "avoid", "prevent", "fear",
                                                                "consider", "rule", "deny",
                                                                "push", "press", "back",
                                                                "support", "oppose", "fear"}):
                return None
            return clause_status(head, self.mod)
        if dep in ("nsubj", "nsubjpass", "dep") and head.pos_ in ("VERB", "AUX"):
            # ("dep": the parser could not place it, as in a long subject before "..., X
            # said")
            return clause_status(head, self.mod)
        if dep in ("nsubj", "nsubjpass") and head.dep_ == "ROOT":
            return ACTUAL  # the verb was tagged as a noun ("pleas ... contrast with")
        if dep in ("ROOT", "appos", "npadvmod", "attr"):
            return ACTUAL
        return None

    def noun_slot(self, n: Any, slot: str) -> list[Any]:
        if slot == "poss":
            return _children(n, ("poss",))
        if slot == "mod":
            return [c for c in n.lefts if c.dep_ in ("amod", "compound", "nmod")]
        if slot == "between":
            # "clashes broke out between police and protesters": on the noun's verb
            return self.prep_objects(n, "between") or (
                self.prep_objects(n.head, "between") if n.dep_ == "nsubj" else [])
        if slot == "by":  # "an attack by rebels", "murders perpetrated by the Janjaweed"
            # (the parser often hangs the participle on the victims: "murders of villagers
            # perpetrated by ...")
            return self.prep_objects(n, "by") + [
                p for x in (n, *self.prep_objects(n, "of"))
                for a in _children(x, ("acl",)) if a.tag_ == "VBN"
                for b in _children(a, ("agent",)) for p in _children(b, ("pobj",))]
        if slot == "that":  # "accusations that France used excessive force"
            return [s for c in n.children if c.dep_ in ("acl", "ccomp") and
                    any(m.lower_ == "that" for m in c.children if m.dep_ == "mark")
                    for s in _children(c, ("nsubj", "nsubjpass"))]
        return self.prep_objects(n, slot)

    def code_noun(self, n: Any, patterns: list[Pattern], actors: BlockActors, sent: Any,
                  question: bool) -> list[Candidate]:
        status = self.noun_status(n, question)
        if status != ACTUAL and not (status == INTENDED and patterns and
                                     patterns[0].code[:2] == "04"):
            # A noun names a done act; plans and purposes are for verbs to code, except
            # meetings still to come: "ahead of talks between X and Y" (036).
            return []
        mods = {c.lower_ for c in n.children} | {c.lemma_.lower() for c in n.children}
        for pattern in patterns:
            trig = next((t for t in pattern.nouns
                         if t.lemma in (n.lemma_.lower(), n.lower_)
                         and all(w in mods for w in t.extra)), None)
            if trig is None:
                continue
            sources: list[ActorMention] = []
            source_slot = ""
            for slot in (*pattern.source, "light"):
                if slot == "light":
                    # "made an appeal", "issued a warning": the verb's subject acts.
                    toks = self.subject_tokens(n.head) if n.dep_ == "dobj" and \
                        n.head.lemma_.lower() in LIGHT_VERBS else []
                else:
                    toks = self.noun_slot(n, slot)
                found = self.actors_of(toks, actors, False)
                if slot == "between" or (slot == "mod" and pattern.reciprocal):
                    sources, mates = found[:1], found[1:]
                    if slot == "mod" and mates:
                        source_slot = "mod-pair"
                        mod_targets = mates
                else:
                    sources = found
                if sources:
                    source_slot = source_slot or slot
                    break
            sources = [x for x in sources if self._source_ok(pattern, x)]
            if not sources:
                continue
            targets: list[ActorMention] = []
            for slot in pattern.target:
                toks = self.noun_slot(n, slot)
                found = self.actors_of(toks, actors, pattern.places, owners=True)
                if slot == "between" and source_slot == "between":
                    found = found[1:]
                targets = [t for t in found if t.start != sources[0].start]
                if targets:
                    break
            if not targets and source_slot == "mod-pair":
                targets = mod_targets  # "Japan-North Korea talks"
            if targets and pattern.target_roles is not None:
                targets = [t for t in targets if self._target_ok(pattern, t)]
            if not targets and not pattern.no_target:
                continue
            code = pattern.code
            final = status
            if status != ACTUAL:
                override = {INTENDED: pattern.intent, THREATENED: pattern.threat,
                            "refused": pattern.refuse}[status]
                code = override or self.lex.status_codes.convert(status, code) or ""
                if not code:
                    continue
            out = []
            pairs = [(s, t) for s in sources for t in (targets or [None])]
            if pattern.both_ways:
                pairs += [(t, s) for s, t in pairs if t is not None]
            for s, t in pairs:
                if t is not None:
                    s = self.opponents_home(s, t, code)
                if t is not None and (t.entry == s.entry and t.code == s.code):
                    continue
                if t is not None and self.own_side(s, t, code):
                    continue
                if t is not None:
                    t = self.domestic_target(s, t, code)
                conf = pattern.confidence * min(s.confidence, t.confidence if t else 0.8)
                out.append(Candidate(pattern, n, n.text, s, t, code, final, conf, sent))
            if out:
                return out
        return []

    def code_verb(self, v: Any, patterns: list[Pattern], actors: BlockActors, sent: Any,
                  question: bool, voice: ActorMention | None = None) -> list[Candidate]:
        """`voice`: the speaker when `v` stands inside a direct quote ("We will impose
        sanctions," the minister said: "we" is the minister's side)."""
        status = clause_status(v, self.mod, question)
        if status is None:
            return []
        subjects = self.subject_tokens(v)
        sources = self.actors_of(subjects, actors, False)
        if not sources and subjects and not is_passive(v) and v.tag_ != "VBN":
            # "an air strike by Syrian forces killed 29 soldiers": the strike's author
            sources, _ = self.sources_from_event_noun(v, actors)
        if not sources and voice is not None and subjects and \
                all(t.lower_ in ("i", "we") for t in subjects):
            sources = [voice]
        if not sources and (is_passive(v) or v.tag_ == "VBN"):
            # "Ten Iraqis were killed in an insurgent attack": the attack's author.
            sources, _ = self.sources_from_event_noun(v, actors)
        speaker: list[ActorMention] = []
        thing_subject = False  # a subject that names no actor: "the quakes ... killed"
        if not sources and v.dep_ == "conj" and v.tag_ in ("VBD", "VBZ", "VBP"):
            speaker = self.actors_of(self.speaker_of_conjunct(v), actors, False)
            thing_subject = bool(speaker) and bool(subjects)
        patients = self.actors_of(passive_subjects(v), actors, False)
        if not sources and not patients and not speaker:
            return []
        objects = self.object_tokens(v)
        # Each object and each of its conjuncts is matched on its own: "a loan and security
        # assistance" are two pledges.
        obj_groups = [[o] for obj in objects for o in (obj, *obj.conjuncts)] or [[]]
        complements = None
        for pattern in patterns:
            trig = next((t for t in pattern.verbs if t.lemma == v.lemma_.lower()
                         and self._extras_present(v, t.extra)), None)
            if trig is None:
                continue
            pat_sources = patients if pattern.source == ("patient",) else sources
            if not pat_sources and (int(pattern.code[:2]) < 14 or not thing_subject):
                # Only words can be the speaker's: a thing that "killed one person" is
                # still its doer ("the quakes ... killed one person, the agency said").
                pat_sources = speaker
            if pattern.default_source:
                # only for an agentless passive: "110 activists were arrested in five
                # districts" (by the police there)
                # (a done act: "were arrested", "have been detained"; "most suspects are
                # detained at Belmarsh" says where they are held)
                done = any(a.lower_ in ("was", "were", "been") for a in
                           _children(v if is_passive(v) else v.head, ("auxpass",)))
                implied = self.implied_doer(pattern, v, patients, actors) if \
                    not pat_sources and patients and done and not subjects else None
                pat_sources = [implied] if implied is not None else []
            if not pat_sources:
                continue
            pat_groups = obj_groups
            if trig.extra and objects == []:
                # "go on strike": the object of the phrasal verb's preposition
                extra_objs = [p for w in trig.extra for p in self.prep_objects(v, w)]
                if extra_objs:
                    pat_groups = [[o] for o in extra_objs]
            if pattern.objects_any:
                complements = complements if complements is not None else \
                    self._complement_words(v)
                if not (pattern.objects_any & complements):
                    continue
            if not self._requires(v, pattern):
                continue
            for objs in pat_groups:
                if pattern.objects and not any(
                        pattern.objects & self.object_phrases(o) for o in objs):
                    continue
                if not self._object_kind_ok(pattern, objs or objects, actors):
                    continue
                found = self._build(v, pattern, status, pat_sources, objs or objects, actors,
                                    sent)
                if found:
                    return found
        return []

    def _build(self, v: Any, pattern: Pattern, status: str, sources: list[ActorMention],
               objects: list[Any], actors: BlockActors, sent: Any) -> list[Candidate]:
        sources = [s for s in sources if self._source_ok(pattern, s)]
        if not sources:
            return []
        code = pattern.code
        final_status = status
        conditioned = self.condition_actors(v, actors, sources) \
            if status == INTENDED and pattern.status is None and \
            (pattern.threat or code[:2] >= "10" or code.startswith("087")) else []
        if conditioned:
            # "Iran will pull out of the treaty if Western nations press it": a threat to
            # the ones the condition names
            status = final_status = THREATENED
        if pattern.status is not None:
            if status == "refused" and pattern.status != "refused":
                final_status = "refused"
                code = pattern.refuse or self.lex.status_codes.convert("refused", code) or ""
            else:
                final_status = pattern.status
        elif status != ACTUAL:
            override = {INTENDED: pattern.intent, THREATENED: pattern.threat,
                        "refused": pattern.refuse}[status]
            converted = override or self.lex.status_codes.convert(status, code)
            if converted is None and status == INTENDED and not _purpose(v, self.complements):
                # "will invade" is a threat; "sends planes to help deploy troops" is not.
                converted = pattern.threat or self.lex.status_codes.convert(THREATENED, code)
                final_status = THREATENED
            if converted is None and conditioned:
                converted = "130"  # a threat the codebook has no closer code for
            code = converted or ""
        if not code:
            return []
        targets: list[ActorMention] = []
        for slot in pattern.target:
            if pattern.requires_prep_target and slot in ("dobj", "dative", "poss", "xsubj"):
                continue
            toks = self.slot_tokens(v, slot, objects, actors)
            targets = self.actors_of(toks, actors, pattern.places, owners=True)
            if targets:
                break
        if not targets and conditioned:
            targets = conditioned
        force = code[:2] >= "17"
        if not targets and objects and (force or pattern.code[:2] == "04" and pattern.places):
            # Force falls, and a visit goes, where its object is: "struck an entrance to
            # the government compound", "will visit an orphanage in Tanzania". An object
            # naming an act ("fought a battle") names no place.
            things = [o for o in objects if not self.actors_of([o], actors, False)
                      and o.lemma_.lower() not in self.lex.by_noun]
            if things and force and pattern.reciprocal:
                return []  # "US and Afghan forces raid houses": not on each other
            if things:
                targets = self.phrase_targets(v, actors, True, sources)
        if targets and pattern.target_roles is not None:
            targets = [t for t in targets if self._target_ok(pattern, t)]
            if not targets:
                return []
        pairs: list[tuple[ActorMention, ActorMention | None]] = []
        if targets:
            pairs = [(s, t) for s in sources for t in targets]
        elif pattern.reciprocal and len(sources) >= 2 and not _bare_participle(v) and \
                not self._acts_on_another(v, actors):
            # "Egypt, Israel and the United States reached an agreement": each pair once
            pairs = [(a, b) for i, a in enumerate(sources) for b in sources[i + 1:]]
            if pattern.both_ways:
                # "X and Y clashed": each side acted; "X fought Y" names who acted.
                pairs += [(t, s) for s, t in pairs]
        elif pattern.default_target:
            pairs = [(s, t) for s in sources
                     if (t := self.implied_actor(pattern, v, s)) is not None]
        elif pattern.no_target:
            pairs = [(s, None) for s in sources]
        out = []
        trigger_text = v.text
        for s, t in pairs:
            if t is not None:
                s = self.opponents_home(s, t, code)
            if t is not None and (self.own_side(s, t, code) or
                                  self.relative_of_source(t, v.doc, code)):
                continue
            if t is not None and s.first.start == t.first.start:
                continue  # both sides are the same mention ("they ... them")
            if t is not None:
                t = self.domestic_target(s, t, code)
            if t is not None and t.entry == s.entry and t.code == s.code and \
                    not s.entry.startswith("agent:"):
                continue  # an actor acting on itself
            if t is not None and s.start == t.start:
                continue
            conf = pattern.confidence * min(s.confidence, t.confidence if t else 0.8)
            if final_status != ACTUAL:
                conf *= 0.95
            out.append(Candidate(pattern, v, trigger_text, s, t, code, final_status, conf, sent))
        return out
