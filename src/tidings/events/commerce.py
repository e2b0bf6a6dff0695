"""Business news told in the words of conflict and diplomacy.

"An assault on the US market", "Ukraine strikes Turkmen gas deal", "a price war", "a rally
by US stocks": conflict words used of trade are no protest or armed act. And a takeover bid
rejected, merger talks or a supply deal between two companies are commerce, not an
interaction between political actors. The word lists are data (`modality.yml`: `commerce`,
`markets`, `commercial_roles`).
"""
from __future__ import annotations

from collections.abc import Container
from typing import Any

from ..actors.resolver import ActorMention

# Protests, shows of force and armed acts: the roots a trade metaphor borrows.
CONFLICT_ROOTS = frozenset({"14", "15", "18", "19", "20"})
# Between two companies, accusations and lawsuits (11) and threats (13) are still coded.
KEPT_BETWEEN_COMPANIES = frozenset({"11", "13"})
# Where an act's target sits ("an assault on the US market"), not its circumstances ("in a
# bid to").
TARGET_PREPS = frozenset({"on", "against", "with", "into"})


def figurative(code: str, trigger: Any, sentence: Any, mod: Any,
               actor_heads: Container[int]) -> bool:
    """Is a conflict act told of trade: its object, target or modifier is a commercial
    thing (and no actor is), or it is a noun in a sentence about share prices?"""
    if code[:2] not in CONFLICT_ROOTS:
        return False
    words = mod["commerce"]
    if code[:2] == "14":
        words = frozenset()  # protests against a bill or fuel prices are protests
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    objects += [p for c in trigger.children if c.dep_ == "prep" and c.lower_ in TARGET_PREPS
                for p in c.children if p.dep_ == "pobj"]
    near = objects + [c for c in trigger.children if c.dep_ in ("compound", "amod", "nmod")]
    if any(t.pos_ == "NOUN" and (t.lemma_.lower() in words or t.lower_ in words)
           for t in near) and not any(t.i in actor_heads for t in objects):
        return True  # (troops "on a border Pakistan shares" clashed "with Taliban fighters")
    # "stocks mirrored a rally by their US peers": a noun in a sentence about share prices
    # (a verb with its own subject, "rebels attacked a pipeline", stands on its own).
    return trigger.pos_ in ("NOUN", "PROPN") and any(t.lower_ in mod["markets"]
                                                     for t in sentence)


def _commercial(m: ActorMention, roles: frozenset[str]) -> bool:
    """A company, or a body known only by a name the dictionary lacks ("Qwest", "MCI")."""
    root = m.first  # "the group" -> "LSE"
    role = root.code[3:6].lower() if not root.code.startswith(("IGO", "NGO", "MNC")) else ""
    return role in roles or root.code.startswith("MNC") or \
        (root.entry.startswith("local:") and root.via == "organisation name")


def between_companies(code: str, source: ActorMention, target: ActorMention | None,
                      mod: Any) -> bool:
    """Is it a dealing between two commercial actors (no state, party or public body)?"""
    if target is None or code[:2] in KEPT_BETWEEN_COMPANIES:
        return False
    roles = mod["commercial_roles"]
    return _commercial(source, roles) and _commercial(target, roles)
