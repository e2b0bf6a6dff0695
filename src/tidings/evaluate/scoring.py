"""The coding guide's scores (section 5 for events, section 6 for quotes).

Events in a document are matched one to one. Two records match when their roots are equal
and their actors agree on identity (a country's first three letters; an IGO's, NGO's or
other non-country code's last three). `strict` also requires equal roles; `loose` counts
roots alone.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

NON_COUNTRY = ("IGO", "NGO", "IMG", "MNC", "NGM", "INT", "UIS")
LEVELS = ("loose", "standard", "strict")


def identity(code: str | None) -> str:
    code = (code or "").strip().upper()
    if not code:
        return ""
    if code.startswith(NON_COUNTRY):
        return code[-3:]
    return code[:3]


def role(code: str | None) -> str:
    code = (code or "").strip().upper()
    if code.startswith(NON_COUNTRY):
        return code
    return code[3:]


def _root(e: dict[str, Any]) -> str:
    return str(e.get("root") or str(e.get("code", ""))[:2])


def _code(actor: Any) -> str:
    if isinstance(actor, dict):
        return str(actor.get("code") or "")
    return str(actor or "")


def same_event(gold: dict[str, Any], out: dict[str, Any], level: str) -> bool:
    if _root(gold) != _root(out):
        return False
    if level == "loose":
        return True
    gs, gt = _code(gold.get("source")), _code(gold.get("target"))
    os_, ot = _code(out.get("source")), _code(out.get("target"))
    if identity(gs) != identity(os_) or identity(gt) != identity(ot):
        return False
    if level == "strict":
        return role(gs) == role(os_) and role(gt) == role(ot)
    return True


def match_events(gold: list[dict[str, Any]], out: list[dict[str, Any]],
                 same: Callable[[dict[str, Any], dict[str, Any]], bool]) -> list[tuple[int, int]]:
    """A maximum one-to-one matching (Kuhn's augmenting paths); pairs (gold i, output j)."""
    edges = [[j for j, o in enumerate(out) if same(g, o)] for g in gold]
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(gold)):
        augment(i, set())
    return sorted((i, j) for j, i in owner.items())


@dataclass
class Counts:
    gold: int = 0
    out: int = 0
    matched: int = 0

    def add(self, other: "Counts") -> None:
        self.gold += other.gold
        self.out += other.out
        self.matched += other.matched

    @property
    def precision(self) -> float:
        return self.matched / self.out if self.out else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"gold": self.gold, "output": self.out, "matched": self.matched,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4)}


@dataclass
class Scores:
    documents: int = 0
    levels: dict[str, Counts] = field(default_factory=lambda: {k: Counts() for k in LEVELS})
    by_root: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    quotes_gold: int = 0
    quotes_found: int = 0
    quotes_speaker_right: int = 0
    quotes_output: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            **{k: v.as_dict() for k, v in self.levels.items()},
            "by_root": {r: c.as_dict() for r, c in sorted(self.by_root.items())},
            "quotes": {
                "gold": self.quotes_gold, "output": self.quotes_output,
                "found": self.quotes_found, "speaker_right": self.quotes_speaker_right,
                "recall": round(self.quotes_found / self.quotes_gold, 4) if self.quotes_gold else None,
                "speaker_accuracy": round(self.quotes_speaker_right / self.quotes_found, 4)
                if self.quotes_found else None,
            },
        }


_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)


def _norm_words(text: str) -> list[str]:
    return _PUNCT.sub(" ", (text or "").lower()).split()


def quote_found(gold_start: str, out_text: str) -> bool:
    """A gold quote is found when an output quote contains its first eight words."""
    g = _norm_words(gold_start)[:8]
    if not g:
        return False
    o = _norm_words(out_text)
    n = len(g)
    return any(o[k:k + n] == g for k in range(len(o) - n + 1))


def speaker_right(gold: dict[str, Any], out_speaker: dict[str, Any] | None) -> bool:
    if not out_speaker:
        return not (gold.get("speaker") or gold.get("speaker_code"))
    gcode, ocode = gold.get("speaker_code") or "", out_speaker.get("code") or ""
    if gcode and ocode and identity(gcode) == identity(ocode):
        return True
    gname = (gold.get("speaker") or "").split()
    oname = (out_speaker.get("name") or "").split()
    return bool(gname and oname and gname[-1].lower() == oname[-1].lower())


def score_document(scores: Scores, gold: dict[str, Any], out: dict[str, Any]) -> None:
    scores.documents += 1
    g_events = list(gold.get("events") or [])
    o_events = list(out.get("events") or [])
    for level in LEVELS:
        pairs = match_events(g_events, o_events, lambda a, b, lv=level: same_event(a, b, lv))
        scores.levels[level].add(Counts(len(g_events), len(o_events), len(pairs)))
        if level == "standard":
            matched_g = {i for i, _ in pairs}
            matched_o = {j for _, j in pairs}
            for r in {_root(e) for e in g_events} | {_root(e) for e in o_events}:
                c = Counts(sum(1 for e in g_events if _root(e) == r),
                           sum(1 for e in o_events if _root(e) == r),
                           sum(1 for i, _ in pairs if _root(g_events[i]) == r))
                scores.by_root[r].add(c)
            for i, e in enumerate(g_events):
                if i not in matched_g:
                    scores.errors.append({"id": gold.get("id"), "kind": "missed", "event": e})
            for j, e in enumerate(o_events):
                if j not in matched_o:
                    scores.errors.append({"id": gold.get("id"), "kind": "false", "event": e})
    g_quotes = [q for q in gold.get("quotes") or [] if not q.get("partial")]
    o_quotes = list(out.get("quotes") or [])
    if "quotes" in gold:
        scores.quotes_gold += len(g_quotes)
        scores.quotes_output += len([q for q in o_quotes if not q.get("partial")])
        for q in g_quotes:
            hit = next((o for o in o_quotes if quote_found(q.get("start") or q.get("text", ""),
                                                           o.get("text", ""))), None)
            if hit is not None:
                scores.quotes_found += 1
                if speaker_right(q, hit.get("speaker")):
                    scores.quotes_speaker_right += 1


def score_documents(pairs: Iterable[tuple[dict[str, Any], dict[str, Any]]]) -> Scores:
    scores = Scores()
    for gold, out in pairs:
        score_document(scores, gold, out)
    return scores
