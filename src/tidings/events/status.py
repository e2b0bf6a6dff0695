"""Whether an action happened, is planned, threatened or refused, or is not an event at all.

Reads the clause around a trigger word: its own auxiliaries and negation, and the verbs that
govern it ("agreed to give", "refused to engage", "said Russia would give", "urged X to",
"feared that"). Returns None when the action must not be coded (negated, hypothetical,
conditional, wanted by someone else, or only speculated about).
"""
from __future__ import annotations

from typing import Any

from .lexicon import Modality

ACTUAL, INTENDED, THREATENED, REFUSED = "actual", "intended", "threatened", "refused"
INTENT_NOUNS = frozenset("promise pledge offer plan plans decision intention commitment "
                         "agreement deal pact vow undertaking move bid".split())
FUTURE_TIME = frozenset("next tomorrow upcoming coming later".split())
PREVENTING = frozenset("bar prevent stop ban forbid block prohibit deter keep discourage "
                       "dissuade refrain".split())


def _negated(tok: Any, mod: Modality) -> bool:
    for c in tok.children:
        if c.dep_ == "neg" or (c.lower_ in mod["negation"] and c.dep_ in ("advmod", "det", "preconj")):
            return True
    return False


def _no_one(tok: Any) -> bool:
    """Is the verb's subject or patient no one: "no suspects", "nobody", "none of them"?"""
    for c in tok.children:
        if c.dep_ in ("nsubj", "nsubjpass") and (
                c.lower_ in ("nobody", "none", "no-one") or
                any(d.dep_ == "det" and d.lower_ == "no" for d in c.children) or
                (c.lower_ == "one" and any(d.lower_ == "no" for d in c.lefts))):
            return True
    return False


def _prevented(from_tok: Any) -> bool:
    """Does a preventing verb govern this "from" ("laws barring the government from ...")?
    The parser often hangs the "from" on an earlier verb, so look just before it too."""
    if from_tok.head.lemma_.lower() in PREVENTING:
        return True
    start = max(from_tok.sent.start, from_tok.i - 6)
    return any(t.lemma_.lower() in PREVENTING and t.pos_ == "VERB"
               for t in from_tok.doc[start:from_tok.i])


ACCUSING = frozenset("accuse blame allege suspect charge".split())


def _alleged(prep: Any) -> bool:
    """Is this "of"/"for"/"by" phrase part of what someone is accused of ("accused Khartoum
    of violating a ceasefire by killing civilians")?"""
    t = prep
    for _ in range(6):
        if t.lemma_.lower() in ACCUSING and t.pos_ == "VERB":
            return True
        if t.head.i == t.i or t.dep_ not in ("prep", "pcomp", "pobj", "advcl"):
            return False
        t = t.head
    return False


def _aux(tok: Any) -> list[Any]:
    return [c for c in tok.children if c.dep_ in ("aux", "auxpass")]


def _modal_status(tok: Any, mod: Modality) -> str | None | bool:
    """ACTUAL / INTENDED from the verb's own auxiliaries; None if hypothetical."""
    status = ACTUAL
    for a in _aux(tok):
        low = a.lower_
        if low in mod["hypothetical"]:
            return None
        if low in mod["future"]:
            status = INTENDED
        if low == "to" and (tok.dep_ == "ROOT" or (
                tok.dep_ in ("relcl", "acl") and (tok.head.tag_ in ("NNP", "NNPS") or (
                    tok.head.dep_ == "ROOT" and tok.head.pos_ in ("NOUN", "PROPN"))))):
            # headline future: "Sharon to hold talks", "Blair, Bush to Meet", "British
            # minister to visit North Korea"
            status = INTENDED
    # "is travelling to America next week": the present progressive with a time to come.
    if status == ACTUAL and tok.tag_ == "VBG" and \
            any(a.lemma_ == "be" and a.tag_ in ("VBZ", "VBP") for a in _aux(tok)) and \
            any(w.lower_ in FUTURE_TIME for c in tok.children
                if c.dep_ in ("npadvmod", "advmod", "prep", "tmod") for w in c.subtree):
        status = INTENDED
    # "is going to", "is set to", "is to": the auxiliary sits on the governing word.
    return status


def called_on(v: Any) -> list[Any]:
    """The one "called on" or "called upon" ("called on the rebels to"), not a day ("asked
    on Monday to")."""
    return [p for c in v.children if c.dep_ in ("prt", "prep") and c.lower_ in ("on", "upon")
            for p in c.children if p.dep_ == "pobj" and p.ent_type_ not in ("DATE", "TIME")]


def _conditional(tok: Any, mod: Modality) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in mod["conditional"] for c in tok.children)


def clause_status(trigger: Any, mod: Modality, is_question: bool = False) -> str | None:
    """Status of the action named by `trigger` (a verb, or a noun heading its own event).

    A condition ("if", "unless") makes an act or a refusal hypothetical, so it is not coded;
    a threat or a promise stays one with its condition ("vowed to kill the hostage if the
    demands are not met")."""
    conditions: list[bool] = []
    status = _clause_status(trigger, mod, is_question, conditions)
    if conditions and status in (ACTUAL, REFUSED):
        return None
    return status


def _clause_status(trigger: Any, mod: Modality, is_question: bool,
                   conditions: list[bool]) -> str | None:
    if is_question:
        return None
    tok = trigger
    if _no_one(tok):
        return None  # "no suspects have been taken into custody", "nobody was hurt"
    if _negated(tok, mod):
        # "he will not apologise", "Iran won't suspend enrichment": a refusal (12) when the
        # act is cooperative; any other negated act is not coded.
        if tok.lemma_.lower() not in mod["refuse"] and \
                any(a.lower_ in mod["future"] for a in _aux(tok)) and \
                not any(a.lower_ in mod["hypothetical"] for a in _aux(tok)):
            return REFUSED
        return None
    status: str | None = _modal_status(tok, mod)
    if status is None:
        return None
    if tok.dep_ == "relcl" and tok.tag_ in ("VBZ", "VBP") and not _aux(tok):
        return None  # "Turkey, which occupies northern Cyprus": a standing state
    if _conditional(tok, mod):
        conditions.append(True)
    # Walk up the governing clauses.
    steps = 0
    while tok.dep_ not in ("ROOT",) and steps < 8:
        steps += 1
        dep = tok.dep_
        gov = tok.head
        glemma = gov.lemma_.lower()
        if dep == "xcomp" or (dep == "acomp") or (dep in ("advcl", "ccomp") and
                                                   any(a.lower_ == "to" for a in _aux(tok))
                                                   and gov.pos_ in ("ADJ",)):
            has_object = any(c.dep_ in ("dobj", "dative") for c in gov.children) or \
                bool(called_on(gov))
            if _negated(gov, mod):
                return None
            if _conditional(gov, mod):
                conditions.append(True)  # "if the government refuses to pull out"
            if glemma in mod["not_asserted"] and glemma not in mod["request"]:
                return None  # "claims to have kidnapped": the claim, not the act
            if glemma in mod["refuse"]:
                return REFUSED
            if glemma in mod["threaten"]:
                return THREATENED
            if has_object and glemma in mod["causative"]:
                if any(a.lower_ in mod["future"] | mod["hypothetical"] for a in _aux(gov)):
                    return None  # "the bill would force the Administration to consult"
            elif has_object and glemma in mod["request"]:
                return None
            elif glemma in mod["not_done"]:
                return None
            elif glemma in mod["transparent"]:
                pass
            elif glemma in mod["intend"] or glemma in mod["intend_adjectives"]:
                status = INTENDED
            elif gov.pos_ == "ADJ" and glemma not in mod["intend_adjectives"]:
                return None  # "likely to attack", "unable to meet"
            elif glemma not in mod["causative"]:
                # An unknown governing verb: keep the act but mark it planned, not done.
                status = INTENDED if status == ACTUAL else status
            gm = _modal_status(gov, mod)
            if gm is None:
                return None
            if gm == INTENDED and status == ACTUAL:
                status = INTENDED
        elif dep == "ccomp":
            if _negated(gov, mod) and glemma not in ("say", "tell"):
                return None
            if glemma in mod["not_asserted"]:
                return None
            if glemma in mod["request"] and any(a.lower_ == "to" for a in _aux(tok)):
                return None  # "powers which allow London to ban foreign firms" (read as
                # a clause with a subject): wanted or allowed, not done
            if glemma in mod["threaten"]:
                return THREATENED
            if glemma in mod["intend"] and glemma not in ("hope", "expect", "want", "wish"):
                status = INTENDED
            if _modal_status(gov, mod) is None:
                return None
            if _conditional(gov, mod):
                conditions.append(True)
        elif dep == "conj":
            gm = _modal_status(gov, mod)
            if gm is None or _negated(gov, mod):
                return None
            if gm == INTENDED and status == ACTUAL:
                status = INTENDED
        elif dep == "advcl":
            if _conditional(tok, mod):
                conditions.append(True)
            if any(a.lower_ == "to" for a in _aux(tok)):
                # A purpose clause: "visited Moscow to seek support" - planned, not done.
                status = INTENDED if status == ACTUAL else status
            break
        elif dep in ("acl", "ccomp") and gov.pos_ == "NOUN" and \
                glemma in mod["unreal_nouns"] and not any(a.lower_ == "to" for a in _aux(tok)):
            return None  # "claims a hotel worker was beaten by soldiers": alleged, not told
        elif dep in ("relcl", "acl", "pcomp", "pobj", "prep", "advmod", "npadvmod", "appos",
                     "attr", "dobj", "nsubj", "parataxis"):
            if dep == "acl" and any(a.lower_ == "to" for a in _aux(tok)):
                # "a promise to deploy", "plans to visit": the governing noun decides; "a
                # tribunal to prosecute", "a law to ban" name a purpose, not an act.
                nlemma = gov.lemma_.lower()
                if nlemma == "refusal":
                    return REFUSED
                if nlemma == "threat":
                    return THREATENED
                if nlemma in INTENT_NOUNS:
                    status = INTENDED
                else:
                    return None
            if dep == "pcomp" and gov.lower_ == "from" and _prevented(gov):
                return None  # "barred the government from pardoning"
            if dep == "pcomp" and gov.lower_ == "without":
                return None  # "without asking people to pay more"
            if dep == "pcomp" and _alleged(gov):
                return None  # "accused Khartoum of killing civilians": an allegation
            if dep == "acl" and gov.dep_ == "dobj" and gov.head.lemma_.lower() in PREVENTING:
                return None  # "stopping militants firing rockets"
            break
        else:
            break
        if _conditional(tok, mod):
            conditions.append(True)
        tok = gov
    return status
