"""`tidings check-data`: load and validate every data file, reporting all problems."""
from __future__ import annotations

import argparse
from typing import Any

from ..actors.authorship import load_authorship
from ..actors.dictionary import load_dictionary
from ..actors.gazetteer import load_gazetteer
from ..clean.boilerplate import load_patterns
from ..errors import DataFileError
from ..events.codebook import load_codebook
from ..events.lexicon import load_lexicon
from ..nlp.parse import lemma_fixes


def add_parser(sub: Any) -> None:
    p = sub.add_parser("check-data", help="validate the dictionaries, lexicon and codebook",
                       description="Load every data file (and extra actor files) and report "
                                   "every problem found.")
    p.add_argument("--actors", nargs="*", default=[], metavar="PATH",
                   help="extra actor files or folders to check with the shipped ones")
    p.set_defaults(func=run)


def check_data(extra_actors: list[str]) -> list[str]:
    """Every problem in the data files (empty when all are valid)."""
    problems: list[str] = []
    for name, load in (("codebook", load_codebook), ("lexicon", load_lexicon),
                       ("clean patterns", load_patterns), ("gazetteer", load_gazetteer),
                       ("actors", lambda: load_dictionary(extra_actors)),
                       ("authored things", load_authorship),
                       ("lemma fixes", lemma_fixes)):
        try:
            load()
        except DataFileError as exc:
            problems.append(f"{name}: {exc}")
    return problems


def run(args: argparse.Namespace) -> int:
    problems = check_data(args.actors)
    if problems:
        print("\n".join(problems))
        return 1
    d = load_dictionary(args.actors)
    lex = load_lexicon()
    print(f"ok: {len(d.entries)} actors ({len(d.countries)} countries), {len(d.agents)} agent "
          f"kinds, {len(lex.patterns)} event patterns, {len(load_codebook().codes)} CAMEO codes")
    return 0
