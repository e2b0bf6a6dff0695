"""Who a thing belongs to: "the plan" stands for whoever made it.

Criticism, support and rejection are often aimed at a thing ("dismissed the maternity pay
plan as desperate") rather than at an actor. When the thing names no owner of its own, its
author is the actor who earlier in the article announced, proposed or owned a thing of the
same name ("Tony Blair unveiled plans ..."). The nouns and authoring verbs are data
(`actors/data/authored.yml`).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..datafiles import load_yaml
from ..errors import DataFileError

DATA = Path(__file__).parent / "data" / "authored.yml"
OWNER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})
DEFINITE = frozenset("the this that these those such".split())


@dataclass(frozen=True)
class Authorship:
    nouns: frozenset[str]
    verbs: frozenset[str]
    state_made: frozenset[str] = frozenset()  # with no author named: the state's own
    kind_of: dict[str, str] = field(default_factory=dict)  # "plan" -> "proposal"

    def key(self, lemma: str) -> str:
        """The name an author is remembered under: a thing's kind, else its own lemma."""
        return self.kind_of.get(lemma, lemma)


@lru_cache(maxsize=2)
def load_authorship(path: str | None = None) -> Authorship:
    p = Path(path) if path else DATA
    raw = load_yaml(p) or {}
    problems = [f"{k}: must be a list of words" for k in ("nouns", "verbs")
                if not isinstance(raw.get(k), list)]
    if not isinstance(raw.get("state_made", []), list):
        problems.append("state_made: must be a list of words (or left out)")
    if problems:
        raise DataFileError(str(p), problems)
    nouns = frozenset(str(w).lower() for w in raw["nouns"])
    state_made = frozenset(str(w).lower() for w in raw.get("state_made", []))
    problems = [f"state_made: {w!r} is not in nouns" for w in sorted(state_made - nouns)]
    kinds = raw.get("kinds") or {}
    kind_of: dict[str, str] = {}
    if not isinstance(kinds, dict):
        problems.append("kinds: must map a kind to a list of nouns")
        kinds = {}
    for kind, words in kinds.items():
        if not isinstance(words, list):
            problems.append(f"kinds: {kind}: must be a list of nouns")
            continue
        for w in (str(x).lower() for x in words):
            if w not in nouns:
                problems.append(f"kinds: {kind}: {w!r} is not in nouns")
            kind_of[w] = str(kind)
    if problems:
        raise DataFileError(str(p), problems)
    return Authorship(nouns, frozenset(str(w).lower() for w in raw["verbs"]), state_made,
                      kind_of)


def _subject(v: Any) -> Any | None:
    """The subject of `v`, or of the verb it is coordinated with or complements."""
    for _ in range(3):
        subj = next((c for c in v.children if c.dep_ in ("nsubj",)), None)
        if subj is not None:
            return subj
        agent = next((p for c in v.children if c.dep_ == "agent"
                      for p in c.children if p.dep_ == "pobj"), None)
        if agent is not None:
            return agent
        if v.dep_ not in ("conj", "xcomp", "advcl") or v.head is v:
            return None
        if v.dep_ == "xcomp":
            # "the EU urged Iran to introduce a ban": the one urged makes it
            obj = next((c for c in v.head.children if c.dep_ == "dobj"), None)
            if obj is not None:
                return obj
        v = v.head
    return None


def own_author(t: Any, heads: dict[int, Any], words: Authorship) -> Any | None:
    """The actor the noun phrase itself names as the thing's author, if any."""
    for c in t.children:
        if c.dep_ in OWNER_DEPS and c.i in heads:
            return heads[c.i]
        if c.dep_ == "prep" and c.lower_ in ("by", "from", "of"):
            for p in c.children:
                if p.dep_ == "pobj" and p.i in heads:
                    return heads[p.i]
        if c.dep_ == "acl":  # "the plans put forward by the Tories"
            subj = _subject(c)
            if subj is not None and subj.i in heads:
                return heads[subj.i]
    v = t.head
    if t.dep_ in ("dobj", "nsubjpass") and v.lemma_.lower() in words.verbs:
        subj = _subject(v)  # "announced plans"; "plans announced by the Tories"
        if subj is not None and subj.i in heads:
            return heads[subj.i]
    return None


def link_authors(doc: Any, heads: dict[int, Any], memory: dict[str, Any],
                 words: Authorship) -> tuple[dict[int, Any], list[Any]]:
    """Authors for the block's authored nouns, by token index, and the definite laws, bans
    and bills no one in the text made ("the ban is unenforceable"): the state makes those,
    so the story's government is their author. `memory` carries the latest author of each
    noun from block to block and is updated in place."""
    out: dict[int, Any] = {}
    unowned: list[Any] = []
    for t in doc:
        if t.pos_ != "NOUN" or t.i in heads:
            continue
        lemma = t.lemma_.lower()
        if lemma not in words.nouns:
            continue
        author = own_author(t, heads, words)
        if author is not None and author.code:
            memory[words.key(lemma)] = author
            out[t.i] = author
            continue
        definite = any(c.dep_ in ("det", "predet", "amod") and c.lower_ in DEFINITE
                       for c in t.children)
        if definite and words.key(lemma) in memory:
            out[t.i] = memory[words.key(lemma)]
        elif definite and author is None and lemma in words.state_made:
            unowned.append(t)
    return out, unowned
