"""The actor dictionary: countries, organisations, groups, people and generic agents.

All of it is YAML under `actors/data/` (see docs/data-files.md). `load_dictionary` reads the
shipped files plus any extra files or folders a user names, checks every entry, and reports
every problem of a file at once (`DataFileError`).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from ..datafiles import load_yaml
from ..errors import DataFileError

DATA = Path(__file__).parent / "data"

ROLE_CODES = frozenset(
    "GOV MIL COP JUD LEG OPP PTY REB INS SEP SPY UAF BUS CVL EDU ELI HLH REF LAB MED AGR "
    "CRM DEV ENV HRI MOD RAD REL IGO NGO IMG MNC NGM UIS INT PKO".split()
)
NON_COUNTRY_PREFIXES = ("IGO", "NGO", "IMG", "MNC", "NGM", "INT", "UIS")


@dataclass(frozen=True)
class Role:
    code: str
    title: str = ""
    start: dt.date | None = None
    end: dt.date | None = None

    def holds_on(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


MAIN_PERIOD = dt.date(2000, 1, 1)  # undated text is taken to be from this period on


@dataclass(frozen=True)
class Entry:
    """One named actor: a country, an organisation, a group or a person."""

    id: str
    kind: str  # country | organisation | group | person
    name: str
    code: str  # the code when no dated role applies
    roles: tuple[Role, ...] = ()
    gender: str | None = None
    surname: str | None = None

    @property
    def country(self) -> str | None:
        code = self.code or (self.roles[0].code if self.roles else "")
        return None if code.startswith(NON_COUNTRY_PREFIXES) else code[:3] or None

    def role_on(self, day: dt.date | None) -> Role | None:
        """The role held on `day`. With no date, of the roles that lasted into the
        dictionaries' main period (2000 on), a person's government office first, else the
        first listed. Of two roles held at once (an army chief who made himself president), the
        government office wins, then the later appointment."""
        if not self.roles:
            return None
        if day is None:
            recent = [r for r in self.roles if r.end is None or r.end >= MAIN_PERIOD]
            office = [r for r in recent if r.code[3:6] == "GOV"] if self.kind == "person" else []
            return (office or recent or list(self.roles))[0]
        held = [r for r in self.roles if r.holds_on(day)]
        if not held:
            return None
        return max(held, key=lambda r: (r.code[3:6] == "GOV",
                                        r.start or dt.date.min))

    def code_on(self, day: dt.date | None) -> str:
        role = self.role_on(day)
        if role:
            return role.code
        if self.kind == "person" and self.roles:
            # Out of office: a former official is one of the country's elites.
            last = self.roles[-1].code
            return last if last.startswith(NON_COUNTRY_PREFIXES) else last[:3] + "ELI"
        return self.code

    def active_on(self, day: dt.date | None) -> bool:
        return day is None or not self.roles or self.role_on(day) is not None


@dataclass(frozen=True)
class Agent:
    """A generic agent word ("police", "foreign minister") and the role it gives."""

    id: str
    role: str
    words: tuple[str, ...]
    title: bool = False
    strength: int = 1
    speaks: bool = True  # false for weapons: "backed by artillery" is no endorsement
    # modifiers that make the word name someone else: a "bank advisory committee" is no
    # legislature
    not_after: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Form:
    """A surface form that names an entry, and what it names."""

    text: str
    entry: str
    kind: str  # name | surname | demonym | capital | metonym | acronym | shared
    role: str = ""  # role suffix the form adds ("Kremlin" -> GOV)


@dataclass
class ActorDictionary:
    entries: dict[str, Entry] = field(default_factory=dict)
    forms: list[Form] = field(default_factory=list)
    agents: list[Agent] = field(default_factory=list)
    countries: dict[str, Entry] = field(default_factory=dict)  # code -> entry
    regions: set[str] = field(default_factory=set)  # codes of regions (EUR, MEA ...)

    def agent_words(self) -> dict[str, Agent]:
        """Each agent word or phrase and the agent it belongs to (first listed wins)."""
        out: dict[str, Agent] = {}
        for agent in self.agents:
            for w in agent.words:
                out.setdefault(w, agent)
        return out

    def by_surname(self) -> dict[str, list[Entry]]:
        out: dict[str, list[Entry]] = {}
        for e in self.entries.values():
            if e.surname:
                out.setdefault(e.surname, []).append(e)
        return out


# --- loading and checking ---------------------------------------------------------------

_ID = re.compile(r"^[a-z0-9][a-z0-9._-]*$")


def _date(value: Any, where: str, problems: list[str]) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        problems.append(f"{where}: {value!r} is not a date (YYYY-MM-DD)")
        return None


def _check_code(code: Any, where: str, countries: set[str], problems: list[str]) -> str:
    if not isinstance(code, str) or not re.fullmatch(r"[A-Z]{3,12}", code):
        problems.append(f"{where}: code {code!r} must be 3 to 12 capital letters")
        return ""
    if not code.startswith(NON_COUNTRY_PREFIXES) and countries and code[:3] not in countries:
        problems.append(f"{where}: code {code!r} starts with {code[:3]!r}, "
                        "which is not a country in countries.yml")
    elif len(code) > 3 and not code.startswith(NON_COUNTRY_PREFIXES):
        if code[3:6] not in ROLE_CODES:
            problems.append(f"{where}: code {code!r}: role {code[3:6]!r} is not a CAMEO role "
                            f"(one of {', '.join(sorted(ROLE_CODES))})")
    return code


def _names(value: Any, where: str, problems: list[str]) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        problems.append(f"{where}: must be a list of non-empty strings")
        return []
    return [v.strip() for v in value]


def _read_yaml(path: Path) -> list[dict[str, Any]]:
    data = load_yaml(path)
    if data is None:
        return []
    if not isinstance(data, list) or not all(isinstance(d, dict) for d in data):
        raise DataFileError(str(path), ["the file must be a YAML list of mappings (- {...})"])
    return data


def _load_countries(path: Path, d: ActorDictionary) -> None:
    problems: list[str] = []
    for n, item in enumerate(_read_yaml(path), 1):
        where = f"entry {n} ({item.get('code', '?')})"
        code = item.get("code")
        if not isinstance(code, str) or not re.fullmatch(r"[A-Z]{3}", code):
            problems.append(f"{where}: code must be three capital letters")
            continue
        name = item.get("name")
        if not isinstance(name, str) or not name:
            problems.append(f"{where}: name is required")
            continue
        unknown = set(item) - {"code", "name", "names", "demonyms", "capitals", "metonyms",
                               "region"}
        if unknown:
            problems.append(f"{where}: unknown field(s) {sorted(unknown)}")
        if item.get("region") is True:
            d.regions.add(code)
        entry = Entry(id=f"country:{code}", kind="country", name=name, code=code)
        d.entries[entry.id] = entry
        d.countries[code] = entry
        for text in [name, *_names(item.get("names"), f"{where}.names", problems)]:
            d.forms.append(Form(text, entry.id, "name"))
        for text in _names(item.get("demonyms"), f"{where}.demonyms", problems):
            d.forms.append(Form(text, entry.id, "demonym"))
        for text in _names(item.get("capitals"), f"{where}.capitals", problems):
            d.forms.append(Form(text, entry.id, "capital", "GOV"))
        metonyms = item.get("metonyms") or {}
        if not isinstance(metonyms, dict):
            problems.append(f"{where}.metonyms: must map a role to a list of names")
            metonyms = {}
        for role, texts in metonyms.items():
            if role not in ROLE_CODES:
                problems.append(f"{where}.metonyms: {role!r} is not a CAMEO role code")
                continue
            for text in _names(texts, f"{where}.metonyms.{role}", problems):
                d.forms.append(Form(text, entry.id, "metonym", role))
    if problems:
        raise DataFileError(str(path), problems)


def _load_named(path: Path, kind: str, d: ActorDictionary) -> None:
    """Organisations, groups and people share one shape: names plus a code or dated roles."""
    problems: list[str] = []
    countries = set(d.countries)
    allowed = {"id", "name", "names", "aliases", "code", "roles", "surname", "gender", "shared"}
    for n, item in enumerate(_read_yaml(path), 1):
        eid = item.get("id")
        where = f"entry {n} ({eid or '?'})"
        if not isinstance(eid, str) or not _ID.match(eid):
            problems.append(f"{where}: id must be a lower-case slug (letters, digits, - . _)")
            continue
        key = f"{kind}:{eid}"
        if key in d.entries:
            problems.append(f"{where}: id {eid!r} is used twice")
            continue
        unknown = set(item) - allowed
        if unknown:
            problems.append(f"{where}: unknown field(s) {sorted(unknown)}")
        name = item.get("name")
        if not isinstance(name, str) or not name.strip():
            problems.append(f"{where}: name is required")
            continue
        roles: list[Role] = []
        for k, r in enumerate(item.get("roles") or [], 1):
            rw = f"{where}.roles[{k}]"
            if not isinstance(r, dict):
                problems.append(f"{rw}: must be a mapping {{code, title, from, to}}")
                continue
            code = _check_code(r.get("code"), rw, countries, problems)
            start = _date(r.get("from"), rw + ".from", problems)
            end = _date(r.get("to"), rw + ".to", problems)
            if start and end and end < start:
                problems.append(f"{rw}: 'to' ({end}) is before 'from' ({start})")
            title = r.get("title") or ""
            if not isinstance(title, str):
                problems.append(f"{rw}: title must be text")
                title = ""
            if code:
                roles.append(Role(code, title.lower(), start, end))
        code = item.get("code")
        if code is not None:
            code = _check_code(code, where, countries, problems)
        elif roles:
            code = roles[0].code
        else:
            problems.append(f"{where}: needs a code or at least one role")
            continue
        gender = item.get("gender")
        if gender not in (None, "m", "f"):
            problems.append(f"{where}: gender must be m or f")
            gender = None
        surname = item.get("surname")
        if kind == "person" and not (isinstance(surname, str) and surname.strip()):
            problems.append(f"{where}: surname is required for a person")
            surname = None
        entry = Entry(id=key, kind=kind, name=name.strip(), code=code, roles=tuple(roles),
                      gender=gender, surname=surname.strip() if surname else None)
        d.entries[key] = entry
        # Names other countries' parties also use ("Labour Party" in Israel): this entry
        # only when the story is set in its country or nowhere known.
        shared = set(_names(item.get("shared"), f"{where}.shared", problems))
        d.forms.append(Form(entry.name, key, "shared" if entry.name in shared else "name"))
        names = _names(item.get("names"), f"{where}.names", problems) + \
            _names(item.get("aliases"), f"{where}.aliases", problems)
        for text in shared - set(names) - {entry.name}:
            problems.append(f"{where}: shared name {text!r} is not one of its names")
        for text in names:
            kind_ = "acronym" if text.isupper() and len(text) <= 6 else "name"
            d.forms.append(Form(text, key, "shared" if text in shared else kind_))
        if entry.surname and entry.surname != entry.name:
            d.forms.append(Form(entry.surname, key, "surname"))
    if problems:
        raise DataFileError(str(path), problems)


def _load_agents(path: Path, d: ActorDictionary) -> None:
    problems: list[str] = []
    for n, item in enumerate(_read_yaml(path), 1):
        where = f"entry {n} ({item.get('id', '?')})"
        role = item.get("role")
        if role not in ROLE_CODES and role != "":
            problems.append(f"{where}: role {role!r} is not a CAMEO role code "
                            "(or \"\" for the bare country)")
            continue
        words = _names(item.get("words"), f"{where}.words", problems)
        if any(w != w.lower() for w in words):
            problems.append(f"{where}: words must be lower case")
        strength = item.get("strength", 1)
        if strength not in (1, 2, 3):
            problems.append(f"{where}: strength must be 1, 2 or 3")
            strength = 1
        speaks = item.get("speaks", True)
        if not isinstance(speaks, bool):
            problems.append(f"{where}: speaks must be true or false")
            speaks = True
        not_after = _names(item.get("not_after", []), f"{where}.not_after", problems)
        d.agents.append(Agent(str(item.get("id")), role, tuple(words),
                              bool(item.get("title")), strength, speaks,
                              frozenset(w.lower() for w in not_after)))
    if problems:
        raise DataFileError(str(path), problems)


def _yaml_files(path: Path) -> Iterable[Path]:
    if path.is_dir():
        yield from sorted(path.glob("*.yml"))
        yield from sorted(path.glob("*.yaml"))
    else:
        yield path


def load_dictionary(extra: Iterable[str | Path] = ()) -> ActorDictionary:
    """Load the shipped dictionary plus `extra` files or folders of people (YAML).

    Example:
        >>> d = load_dictionary()
        >>> d.countries["BLR"].name
        'Belarus'
    """
    return _load(tuple(str(p) for p in extra))


@lru_cache(maxsize=8)
def _load(extra: tuple[str, ...]) -> ActorDictionary:
    d = ActorDictionary()
    _load_countries(DATA / "countries.yml", d)
    _load_named(DATA / "organisations.yml", "organisation", d)
    _load_named(DATA / "groups.yml", "group", d)
    for path in _yaml_files(DATA / "people"):
        _load_named(path, "person", d)
    for p in extra:
        for path in _yaml_files(Path(p)):
            _load_named(path, "person", d)
    _load_agents(DATA / "agents.yml", d)
    return d
