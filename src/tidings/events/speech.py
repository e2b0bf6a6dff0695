"""Judgements and appeals inside reported speech.

"Mr Howard said the plans were unfair" is a disapproval (111) by Howard of whoever owns
the plans, and so is "he said ministers had wasted money" (of the ministers); "he called
Mr Brown a great chancellor" is praise (051); "Mr Field said the prime minister should
sack Mr Brown" is an appeal (020) to the prime minister. The words
that decide it are data (`events/data/evaluation.yml`).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

from ..datafiles import load_yaml
from ..errors import DataFileError

DATA = Path(__file__).parent / "data" / "evaluation.yml"


@dataclass(frozen=True)
class Evaluation:
    speech_verbs: frozenset[str]
    naming_verbs: frozenset[str]
    negative: frozenset[str]
    positive: frozenset[str]
    appeal_modals: frozenset[str]
    negative_code: str
    positive_code: str
    appeal_code: str
    wrongdoing: frozenset[str] = frozenset()  # "said ministers had wasted money"


@lru_cache(maxsize=2)
def load_evaluation(path: str | None = None) -> Evaluation:
    p = Path(path) if path else DATA
    raw = load_yaml(p) or {}
    problems = [f"{k}: must be a list of words" for k in
                ("speech_verbs", "naming_verbs", "negative", "positive", "appeal_modals")
                if not isinstance(raw.get(k), list)]
    if not isinstance(raw.get("wrongdoing", []), list):
        problems.append("wrongdoing: must be a list of words (or left out)")
    problems += [f"{k}: must be a CAMEO code in quotes" for k in
                 ("negative_code", "positive_code", "appeal_code")
                 if not isinstance(raw.get(k), str)]
    if problems:
        raise DataFileError(str(p), problems)

    def words(k: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in raw[k])

    return Evaluation(words("speech_verbs"), words("naming_verbs"), words("negative"),
                      words("positive"), words("appeal_modals"), raw["negative_code"],
                      raw["positive_code"], raw["appeal_code"],
                      frozenset(str(w).lower() for w in raw.get("wrongdoing", [])))


def polarity(tok: Any, ev: Evaluation) -> int:
    """+1, -1 or 0 for an evaluative word, reading its modifiers and conjuncts ("deeply
    flawed", "ill thought-out and hugely irresponsible", "not fair")."""
    words: set[str] = set()
    for w in (tok, *tok.conjuncts):
        words |= {w.lemma_.lower(), w.lower_}
        for c in w.children:
            if c.dep_ in ("amod", "compound", "advmod", "acomp"):
                words |= {c.lemma_.lower(), c.lower_}
    neg = bool(words & ev.negative)
    pos = bool(words & ev.positive) and not neg
    negated = any(c.dep_ == "neg" for c in tok.children) or \
        any(c.dep_ == "neg" for c in tok.head.children if tok.dep_ in ("acomp", "attr"))
    if negated:
        return 0  # "not racist" is no praise, "not good" no clear criticism
    return -1 if neg else 1 if pos else 0


# Dependencies that keep a quoted word inside the verdict of a naming verb.
VERDICT_PATH = frozenset({"oprd", "xcomp", "acomp", "attr", "amod", "advmod", "compound",
                          "conj", "pobj", "punct", "cc", "appos"})


@dataclass
class Judgement:
    code: str
    target_tokens: list[Any]
    trigger: Any
    owners: bool  # the target is a thing whose owner is the actor


def _wrongdoing(v: Any, ev: Evaluation) -> bool:
    """Does the verb name a wrong: "wasted", "broke a promise", "failed to act"?"""
    lemma = v.lemma_.lower()
    if lemma in ev.wrongdoing:
        return True
    objects = [c.lemma_.lower() for c in v.children if c.dep_ in ("dobj", "prt")]
    if any(f"{lemma} {o}" in ev.wrongdoing for o in objects):
        return True
    return f"{lemma} to" in ev.wrongdoing and any(
        c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux")
        for c in v.children)


def _quoted_verdict(v: Any, obj: Any) -> list[Any]:
    """"described the ban as "ridiculous"": quotation marks often break the parse of the
    verdict, so take the quoted words after the object that still hang on the verb through
    modifiers alone (never through another clause or preposition)."""
    out = []
    inside = False
    for t in v.doc[obj.right_edge.i + 1: v.right_edge.i + 1]:
        if t.is_quote:
            inside = not inside
            continue
        if not inside or t.pos_ not in ("ADJ", "NOUN"):
            continue
        w, ok = t, True
        while w.i != v.i and ok:
            ok = w.dep_ in VERDICT_PATH or (w.dep_ == "prep" and w.lower_ == "as")
            w = w.head
        if ok:
            out.append(t)
    return out


def _is_appeal_clause(clause: Any) -> bool:
    """Does "Y should ..." ask Y to act? Not when Y is acted on ("should be punished", "should
    be held responsible") or the verb is a state ("should be", "should have the authority")."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in clause.children):
        return False
    return clause.lemma_.lower() not in ("be", "have")


def judgements(v: Any, ev: Evaluation, subject_of: Callable[[Any], list[Any]]) -> list[Judgement]:
    """What a speech or naming verb `v` reports: appeals, disapproval or praise."""
    out: list[Judgement] = []
    lemma = v.lemma_.lower()
    if lemma in ev.naming_verbs:
        # "called the plans 'deeply flawed'", "branded him a liar"
        objs = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
        preds = [c for c in v.children if c.dep_ in ("oprd", "xcomp", "ccomp", "attr", "acomp")]
        preds += [p for c in v.children if c.dep_ == "prep" and c.lower_ == "as"
                  for p in c.children if p.dep_ == "pobj"]
        if objs and not preds:
            preds = _quoted_verdict(v, objs[0])
        for pred in preds:
            subj = [c for c in pred.children if c.dep_ == "nsubj"]
            target = objs or subj
            score = polarity(pred, ev)
            if target and score:
                out.append(Judgement(ev.negative_code if score < 0 else ev.positive_code,
                                     target, pred, True))
                return out
    if lemma not in ev.speech_verbs:
        return out
    for clause in (c for c in v.children if c.dep_ == "ccomp"):
        found = clause_judgement(_own_opinion(clause), ev)
        if found is not None:
            out.append(found)
    return out


OPINION_VERBS = frozenset({"think", "believe", "feel", "consider", "reckon"})


def _own_opinion(clause: Any) -> Any:
    """"(she added that) she thought the Tories were irrelevant": the speaker's own opinion
    is what she says; read the clause inside it."""
    if clause.lemma_.lower() in OPINION_VERBS and any(
            c.dep_ == "nsubj" and c.lower_ in ("i", "we", "he", "she", "they")
            for c in clause.children):
        inner = [c for c in clause.children if c.dep_ == "ccomp"]
        if inner:
            return inner[0]
    return clause


def _clause_subject(clause: Any) -> list[Any]:
    subj = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")] or \
        [p for m in clause.children if m.dep_ == "mark" for p in m.children
         if p.dep_ == "pobj"]  # "said that the council's resolution was unfair",
    # where the small model hangs the subject on "that"
    if not subj and clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX"):
        return _clause_subject(clause.head)  # "has forgotten ... and has broken the pledges"
    return subj


def clause_judgement(clause: Any, ev: Evaluation) -> Judgement | None:
    """What a reported clause says of its subject: "(said) ministers had wasted money",
    "the plans were unfair", "the prime minister should sack Mr Brown"; failing the clause
    itself, what its conjoined verbs say ("has forgotten ... and has broken the pledges")."""
    found = _one_clause(clause, ev)
    for conj in clause.conjuncts if found is None and clause.dep_ != "conj" else ():
        if conj.pos_ in ("VERB", "AUX"):
            found = _one_clause(conj, ev)
            if found is not None:
                break
    return found


def _must_do(clause: Any) -> bool:
    """"America too needed to take more action", "the government has to act": what the
    speaker says Y must do. Not "had to publish 500 pages" (a past necessity) nor "had
    himself to blame"."""
    lemma = clause.lemma_.lower()
    if not (lemma == "need" or lemma == "have" and clause.tag_ in ("VBZ", "VBP")):
        return False
    if any(c.dep_ in ("neg", "dobj") for c in clause.children):
        return False
    return any(c.dep_ == "xcomp" and
               any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for c in clause.children)


def _one_clause(clause: Any, ev: Evaluation) -> Judgement | None:
    subj = _clause_subject(clause)
    vague = subj[0].lower_ in ("what", "it", "this", "that") if subj else \
        any(c.dep_ == "csubj" for c in clause.children)  # "what riles me is ..."
    if vague and clause.lemma_.lower() == "be":
        return _named_fault(clause, ev)
    if not subj or subj[0].lower_ in ("i", "we", "it", "this", "that", "there", "you",
                                      "what"):
        return None
    aux = {c.lower_ for c in clause.children if c.dep_ == "aux"}
    if _must_do(clause):
        return Judgement(ev.appeal_code, subj, clause, False)
    if aux & ev.appeal_modals:
        if "have" in aux and clause.tag_ == "VBN":
            # "should have withdrawn the comment": blame for what was not done
            return Judgement(ev.negative_code, subj, clause, False)
        if not _is_appeal_clause(clause):
            return None  # "he should be punished", "Reagan should have the authority"
        return Judgement(ev.appeal_code, subj, clause, False)
    if aux & {"could", "might", "may", "would"}:
        return None  # "warned the war could be illegal": a possibility, not a judgement
    if _wrongdoing(clause, ev) and not any(c.dep_ == "neg" for c in clause.children):
        # "said ministers had wasted money", "claimed the prime minister broke a
        # promise", "said the policy had caused trade problems": the speaker blames the
        # doer, or the maker of the thing that did it
        return Judgement(ev.negative_code, subj, clause, True)
    if clause.lemma_.lower() == "be":
        for pred in (c for c in clause.children if c.dep_ in ("acomp", "attr")):
            score = polarity(pred, ev)
            if score:
                return Judgement(ev.negative_code if score < 0 else ev.positive_code,
                                 subj, pred, True)
    return None


def _named_fault(clause: Any, ev: Evaluation) -> Judgement | None:
    """"What riles me is the breathtaking hypocrisy of MPs", "this is a betrayal by
    ministers", "it is shameful that ministers ...": the fault's owner is the target."""
    for pred in (c for c in clause.children if c.dep_ in ("attr", "acomp")):
        owners = [p for c in pred.children if c.dep_ == "prep" and c.lower_ in ("of", "by")
                  for p in c.children if p.dep_ == "pobj"]
        owners += [c for c in pred.children if c.dep_ == "poss"]
        if not owners:
            # "it was pathetic that Britain gave so little": the that-clause's subject
            owners = [x for c in (*pred.children, *clause.children) if c.dep_ == "ccomp"
                      and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                      for x in c.children if x.dep_ in ("nsubj", "nsubjpass")]
        score = polarity(pred, ev)
        if owners and score:
            return Judgement(ev.negative_code if score < 0 else ev.positive_code,
                             owners, pred, False)
    return None
