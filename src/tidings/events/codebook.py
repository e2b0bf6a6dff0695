"""The CAMEO codebook as data: names, Goldstein values, QuadClass and the PLOVER mapping.

The table ships as `events/data/cameo.tsv` (built from the public CAMEO and PLOVER tables by
`scripts/build_codebook.py`); users may edit it, and `load_codebook` checks it.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import DataFileError

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class CodeInfo:
    code: str
    root: str
    name: str
    goldstein: float | None
    quad_class: int
    plover: str | None
    mode: str | None
    context: str | None


class Codebook:
    def __init__(self, codes: dict[str, CodeInfo]):
        self.codes = codes

    def __contains__(self, code: str) -> bool:
        return code in self.codes

    def __getitem__(self, code: str) -> CodeInfo:
        return self.codes[code]

    def parent(self, code: str) -> str | None:
        """The next less specific code that exists ("0331" -> "033" -> "03")."""
        while len(code) > 2:
            code = code[:-1]
            if code in self.codes:
                return code
        return None


@lru_cache(maxsize=4)
def load_codebook(path: str | None = None) -> Codebook:
    """Load and check the CAMEO table; every problem is reported at once."""
    p = Path(path) if path else DATA / "cameo.tsv"
    lines = [ln for ln in p.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    problems: list[str] = []
    codes: dict[str, CodeInfo] = {}
    for n, row in enumerate(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE), 2):
        code = (row.get("code") or "").strip()
        if not code.isdigit() or not 2 <= len(code) <= 4:
            problems.append(f"row {n}: code {code!r} is not 2 to 4 digits")
            continue
        if row.get("root") != code[:2]:
            problems.append(f"row {n}: code {code}: root {row.get('root')!r} must be {code[:2]!r}")
        try:
            gold = float(row["goldstein"]) if row.get("goldstein") else None
            if gold is not None and not -10 <= gold <= 10:
                raise ValueError
        except ValueError:
            problems.append(f"row {n}: code {code}: goldstein {row.get('goldstein')!r} "
                            "is not a number from -10 to 10")
            gold = None
        try:
            quad = int(row.get("quad_class") or "")
            if quad not in (1, 2, 3, 4):
                raise ValueError
        except ValueError:
            problems.append(f"row {n}: code {code}: quad_class must be 1, 2, 3 or 4")
            quad = 0
        codes[code] = CodeInfo(code, code[:2], row.get("name") or "", gold, quad,
                               row.get("plover") or None, row.get("mode") or None,
                               row.get("context") or None)
    if problems:
        raise DataFileError(str(p), problems)
    return Codebook(codes)
