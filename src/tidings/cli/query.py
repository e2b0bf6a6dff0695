"""`tidings query`: filter the stored events."""
from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from ..store.db import Store, default_db_path
from ..store.queries import EventFilter, list_events


def add_filter_arguments(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("filters")
    g.add_argument("--actor", help="source or target: RUS (any role), RUSGOV, IGOEUREEC ...")
    g.add_argument("--source", help="source actor code")
    g.add_argument("--target", help="target actor code")
    g.add_argument("--dyad", metavar="A,B", help="events between two actors, either way")
    g.add_argument("--code", help="CAMEO code or its start (03, 0331)")
    g.add_argument("--root", help="CAMEO root (two digits)")
    g.add_argument("--quad-class", type=int, choices=(1, 2, 3, 4), dest="quad_class")
    g.add_argument("--status", choices=("actual", "intended", "threatened", "refused"))
    g.add_argument("--from", dest="date_from", metavar="DATE", help="events on or after")
    g.add_argument("--to", dest="date_to", metavar="DATE", help="events on or before")
    g.add_argument("--text", help="words in the evidence sentence")


def filter_from_args(args: argparse.Namespace) -> EventFilter:
    return EventFilter.from_mapping(vars(args))


def add_parser(sub: Any) -> None:
    p = sub.add_parser("query", help="filter the stored events")
    p.add_argument("--db", default=None, help=f"database file (default {default_db_path()})")
    add_filter_arguments(p)
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--offset", type=int, default=0)
    p.add_argument("--format", choices=("table", "jsonl"), default="table")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    with Store(args.db or default_db_path(), readonly=True) as store:
        page = list_events(store, filter_from_args(args), args.limit, args.offset)
    if args.format == "jsonl":
        for e in page["events"]:
            print(json.dumps(e, ensure_ascii=False))
        return 0
    shown = len(page["events"])
    print(f"{page['total']} events match; showing {page['offset'] + 1 if shown else 0}-"
          f"{page['offset'] + shown}")
    for e in page["events"]:
        print(f"{e['date'] or '?':<10} {e['source_code']:<10} {e['code']:<5} "
              f"{(e['target_code'] or '-'):<10} {e['status']:<10} x{e['n_reports']:<3} "
              f"{(e['sentence'] or '')[:90]}")
    sys.stdout.flush()
    return 0
