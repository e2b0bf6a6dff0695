"""`tidings export`: the stored events as JSONL, CSV, Parquet or a GDELT event table."""
from __future__ import annotations

import argparse
import sys
from typing import Any

from ..store.db import Store, default_db_path
from ..store.export import FORMATS, export
from .query import add_filter_arguments, filter_from_args


def add_parser(sub: Any) -> None:
    p = sub.add_parser("export", help="export the stored events",
                       description="jsonl: one event a line with all its reports (to standard "
                                   "output unless --output); csv: one row an event; parquet: "
                                   "a folder of tables; gdelt: the GDELT 2.0 event table. "
                                   "Schemas: docs/export.md.")
    p.add_argument("--db", default=None, help=f"database file (default {default_db_path()})")
    p.add_argument("--format", choices=FORMATS, default="jsonl")
    p.add_argument("--output", "-o", metavar="PATH")
    p.add_argument("--header", action="store_true", help="gdelt: write a header line")
    add_filter_arguments(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    with Store(args.db or default_db_path(), readonly=True) as store:
        n = export(store, args.format, args.output, filter_from_args(args), args.header)
    print(f"exported {n} events", file=sys.stderr)
    return 0
