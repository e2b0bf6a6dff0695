"""The event lexicon: patterns from trigger words to CAMEO codes, plus the modality word lists.

Read from `events/data/lexicon/*.yml`, `events/data/modality.yml` and
`events/data/status_codes.yml`; every problem in a file is reported at once.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from ..datafiles import load_yaml
from ..errors import DataFileError
from .codebook import Codebook, load_codebook

DATA = Path(__file__).parent / "data"
STATUSES = ("actual", "intended", "threatened", "refused")
# Where a target (or source) can be found; any other word is a preposition.
NAMED_SLOTS = frozenset({"dobj", "dative", "poss", "xsubj", "of", "subj", "mod", "by",
                         "between"})
OBJECT_KINDS = frozenset({"actor", "actor_person", "thing", "actor_or_owned",
                          "actor_or_place"})
REQUIREMENTS = frozenset({"xcomp", "ccomp", "no-xcomp", "no-ccomp", "intransitive",
                          "not-physical"})
KEYS = {"id", "code", "verbs", "nouns", "objects", "objects_any", "object", "requires",
        "target", "source", "no_target", "status", "intent", "threat", "refuse",
        "confidence", "source_roles", "target_roles", "source_kinds", "requires_prep_target",
        "places", "reciprocal", "both_ways", "default_target", "default_source"}


@dataclass(frozen=True)
class Trigger:
    """A trigger word: a lemma, and for phrasal verbs the words that must go with it."""

    lemma: str
    extra: tuple[str, ...] = ()


@dataclass(frozen=True)
class Pattern:
    id: str
    code: str
    file: str
    verbs: tuple[Trigger, ...] = ()
    nouns: tuple[Trigger, ...] = ()
    objects: frozenset[str] = frozenset()
    objects_any: frozenset[str] = frozenset()
    object: str | None = None
    requires: tuple[tuple[str, ...], ...] = ()  # each: alternatives, one must hold
    target: tuple[str, ...] = ("dobj",)
    source: tuple[str, ...] = ("subj",)
    no_target: bool = False
    status: str | None = None
    intent: str | None = None
    threat: str | None = None
    refuse: str | None = None
    confidence: float = 0.9
    source_roles: frozenset[str] | None = None
    target_roles: frozenset[str] | None = None
    source_kinds: frozenset[str] | None = None
    requires_prep_target: bool = False
    places: bool = False
    reciprocal: bool = False
    both_ways: bool = False  # conjoined sides fighting ("X and Y clashed"): a record each way
    default_target: str | None = None  # the target when the text leaves it implicit
    default_source: str | None = None  # the doer of an agentless passive ("was arrested")

    @property
    def specificity(self) -> int:
        score = 0
        if self.objects:
            score += 2 + max(len(o.split()) for o in self.objects)
        if self.objects_any:
            score += 2
        if self.requires:
            score += 1
        score += sum(x is not None for x in (self.source_roles, self.target_roles,
                                             self.source_kinds))
        if any(t.extra for t in self.nouns):
            score += 1
        if any(t.extra for t in self.verbs):
            score += 1
        return score


@dataclass
class Modality:
    words: dict[str, frozenset[str]]

    def __getitem__(self, key: str) -> frozenset[str]:
        return self.words.get(key, frozenset())


@dataclass
class StatusCodes:
    keep: frozenset[str]
    tables: dict[str, dict[str, str]]

    def convert(self, status: str, code: str) -> str | None:
        """The code an act gets under `status`; None when it cannot be coded so."""
        if status == "actual":
            return code
        if status == "intended" and code[:2] in self.keep:
            return code
        table = self.tables.get({"intended": "intend", "threatened": "threaten",
                                 "refused": "refuse"}[status], {})
        for n in range(len(code), 1, -1):
            if code[:n] in table:
                return table[code[:n]]
        return None


@dataclass
class Lexicon:
    patterns: list[Pattern]
    modality: Modality
    status_codes: StatusCodes
    by_verb: dict[str, list[Pattern]] = field(default_factory=dict)
    by_noun: dict[str, list[Pattern]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for p in self.patterns:
            for t in p.verbs:
                self.by_verb.setdefault(t.lemma, []).append(p)
            for t in p.nouns:
                self.by_noun.setdefault(t.lemma, []).append(p)
        for table in (self.by_verb, self.by_noun):
            for lemma, pats in table.items():
                pats.sort(key=lambda p: -p.specificity)


def _strings(value: Any, where: str, problems: list[str]) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        problems.append(f"{where}: must be a list of words")
        return []
    return [v.strip() for v in value if v.strip()]


def _code(value: Any, where: str, codebook: Codebook, problems: list[str]) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        problems.append(f"{where}: write the code as a quoted string (\"071\", not 71)")
        return None
    if value not in codebook:
        problems.append(f"{where}: {value!r} is not a CAMEO code in cameo.tsv")
        return None
    return value


def _triggers(words: list[str], head_last: bool = False) -> tuple[Trigger, ...]:
    """Verbs: "call on" is the verb "call" with "on". Nouns: "air strike" is the noun
    "strike" with the modifier "air"."""
    out = []
    for w in words:
        parts = w.lower().split()
        if head_last:
            out.append(Trigger(parts[-1], tuple(parts[:-1])))
        else:
            out.append(Trigger(parts[0], tuple(parts[1:])))
    return tuple(out)


def _load_patterns(path: Path, codebook: Codebook, seen: set[str]) -> list[Pattern]:
    items = load_yaml(path) or []
    if not isinstance(items, list):
        raise DataFileError(str(path), ["the file must be a YAML list of patterns"])
    problems: list[str] = []
    out: list[Pattern] = []
    for n, item in enumerate(items, 1):
        if not isinstance(item, dict):
            problems.append(f"entry {n}: must be a mapping")
            continue
        pid = item.get("id")
        where = f"entry {n} ({pid or '?'})"
        if not isinstance(pid, str) or not pid:
            problems.append(f"{where}: id is required")
            continue
        if pid in seen:
            problems.append(f"{where}: id {pid!r} is used twice")
        seen.add(pid)
        unknown = set(item) - KEYS
        if unknown:
            problems.append(f"{where}: unknown field(s) {sorted(unknown)}; known: {sorted(KEYS)}")
        code = _code(item.get("code"), f"{where}.code", codebook, problems)
        verbs = _strings(item.get("verbs"), f"{where}.verbs", problems)
        nouns = _strings(item.get("nouns"), f"{where}.nouns", problems)
        if not verbs and not nouns:
            problems.append(f"{where}: needs verbs or nouns")
        target = tuple(_strings(item.get("target", ["dobj"]), f"{where}.target", problems))
        source = tuple(_strings(item.get("source", ["subj"]), f"{where}.source", problems))
        status = item.get("status")
        if status is not None and status not in STATUSES:
            problems.append(f"{where}: status must be one of {', '.join(STATUSES)}")
        obj_kind = item.get("object")
        if obj_kind is not None and obj_kind not in OBJECT_KINDS:
            problems.append(f"{where}: object must be one of {sorted(OBJECT_KINDS)}")
        conf = item.get("confidence", 0.9)
        if not isinstance(conf, (int, float)) or not 0 < conf <= 1:
            problems.append(f"{where}: confidence must be a number in (0, 1]")
            conf = 0.9
        requires = tuple(tuple(alt.strip() for alt in r.split("|"))
                         for r in _strings(item.get("requires"), f"{where}.requires", problems))
        for alt in (a for r in requires for a in r):
            if alt not in REQUIREMENTS and not alt.startswith(("prep:", "no-prep:")):
                problems.append(f"{where}: requires {alt!r} is not one of "
                                f"{', '.join(sorted(REQUIREMENTS))}, prep:WORD or "
                                "no-prep:WORD")
        roles = item.get("source_roles")
        troles = item.get("target_roles")
        kinds = item.get("source_kinds")
        for key, value in (("source_roles", roles), ("target_roles", troles),
                           ("source_kinds", kinds)):
            if value is not None and not (isinstance(value, list)
                                          and all(isinstance(v, str) for v in value)):
                problems.append(f"{where}.{key}: must be a list (\"\" stands for a bare country)")
        if code is None:
            continue
        out.append(Pattern(
            id=pid, code=code, file=path.name, verbs=_triggers(verbs),
            nouns=_triggers(nouns, head_last=True),
            objects=frozenset(o.lower() for o in _strings(item.get("objects"), where, problems)),
            objects_any=frozenset(o.lower() for o in
                                  _strings(item.get("objects_any"), where, problems)),
            object=obj_kind, requires=requires, target=target, source=source,
            no_target=bool(item.get("no_target", False)), status=status,
            intent=_code(item.get("intent"), f"{where}.intent", codebook, problems),
            threat=_code(item.get("threat"), f"{where}.threat", codebook, problems),
            refuse=_code(item.get("refuse"), f"{where}.refuse", codebook, problems),
            confidence=float(conf),
            source_roles=frozenset(roles) if roles is not None else None,
            target_roles=frozenset(troles) if troles is not None else None,
            source_kinds=frozenset(kinds) if kinds is not None else None,
            requires_prep_target=bool(item.get("requires_prep_target", False)),
            places=bool(item.get("places", False)),
            reciprocal=bool(item.get("reciprocal", False)),
            both_ways=bool(item.get("both_ways", False)),
            default_target=str(item["default_target"]) if item.get("default_target") else None,
            default_source=str(item["default_source"]) if item.get("default_source") else None,
        ))
    if problems:
        raise DataFileError(str(path), problems)
    return out


def _load_modality(path: Path) -> Modality:
    raw = load_yaml(path) or {}
    problems = [f"{k}: must be a list of words" for k, v in raw.items()
                if not isinstance(v, list)]
    if problems:
        raise DataFileError(str(path), problems)
    return Modality({k: frozenset(str(w).lower() for w in v) for k, v in raw.items()})


def _load_status_codes(path: Path, codebook: Codebook) -> StatusCodes:
    raw = load_yaml(path) or {}
    problems: list[str] = []
    tables: dict[str, dict[str, str]] = {}
    for name in ("intend", "threaten", "refuse"):
        table = raw.get(name) or {}
        if not isinstance(table, dict):
            problems.append(f"{name}: must map codes to codes")
            continue
        tables[name] = {}
        for k, v in table.items():
            if str(v) not in codebook:
                problems.append(f"{name}: {k!r} -> {v!r}: {v!r} is not a CAMEO code")
            tables[name][str(k)] = str(v)
    if problems:
        raise DataFileError(str(path), problems)
    return StatusCodes(frozenset(str(k) for k in raw.get("keep") or []), tables)


def load_lexicon(extra: Iterable[str | Path] = ()) -> Lexicon:
    """The shipped patterns plus any extra pattern files or folders."""
    return _load(tuple(str(p) for p in extra))


@lru_cache(maxsize=4)
def _load(extra: tuple[str, ...]) -> Lexicon:
    codebook = load_codebook()
    seen: set[str] = set()
    files = sorted((DATA / "lexicon").glob("*.yml"))
    for p in extra:
        path = Path(p)
        files.extend(sorted(path.glob("*.yml")) if path.is_dir() else [path])
    patterns: list[Pattern] = []
    for f in files:
        patterns.extend(_load_patterns(f, codebook, seen))
    return Lexicon(patterns, _load_modality(DATA / "modality.yml"),
                   _load_status_codes(DATA / "status_codes.yml", codebook))
