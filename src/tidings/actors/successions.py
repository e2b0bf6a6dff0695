"""Country codes as they stood on the article's day: DEU in 1987 is West Germany (GMW).

The table is data (`actors/data/successions.yml`); the events stage applies it to each
record's actor codes, so dictionaries can name countries as they are today.
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path

from ..datafiles import load_yaml
from ..errors import DataFileError

DATA = Path(__file__).parent / "data" / "successions.yml"


@lru_cache(maxsize=2)
def load_successions(path: str | None = None) -> dict[str, list[tuple[dt.date, str]]]:
    """Code -> [(until, earlier code)] in date order."""
    p = Path(path) if path else DATA
    raw = load_yaml(p) or []
    problems: list[str] = []
    table: dict[str, list[tuple[dt.date, str]]] = {}
    if not isinstance(raw, list):
        raise DataFileError(str(p), ["must be a list of entries"])
    for n, item in enumerate(raw, 1):
        if not isinstance(item, dict):
            problems.append(f"entry {n}: must be a mapping with code, until and then")
            continue
        code, then, until = item.get("code"), item.get("then"), item.get("until")
        if not (isinstance(code, str) and len(code) == 3 and isinstance(then, str)
                and len(then) == 3):
            problems.append(f"entry {n}: code and then must be 3-letter country codes")
            continue
        if isinstance(until, str):
            try:
                until = dt.date.fromisoformat(until)
            except ValueError:
                pass
        if not isinstance(until, dt.date):
            problems.append(f"entry {n} ({code}): until must be a date (YYYY-MM-DD)")
            continue
        table.setdefault(code, []).append((until, then))
    if problems:
        raise DataFileError(str(p), problems)
    return {k: sorted(v) for k, v in table.items()}


def code_on(code: str, day: dt.date | None,
            table: dict[str, list[tuple[dt.date, str]]] | None = None) -> str:
    """The actor code with its country as it stood on `day` ("DEURUS" stays; "DEUGOV" in
    1987 -> "GMWGOV")."""
    if day is None or len(code) < 3:
        return code
    for until, then in (table if table is not None else load_successions()).get(code[:3], ()):
        if day < until:
            return then + code[3:]
    return code
