"""`tidings ingest PATH...`: code documents into the store, locally or on a Dask cluster."""
from __future__ import annotations

import argparse
import sys
from typing import Any

from ..errors import ConfigError
from ..ingest import CsvColumns, parse_date
from ..settings import load_settings
from ..store.db import Store, default_db_path


def add_parser(sub: Any) -> None:
    p = sub.add_parser("ingest", help="code documents into the store",
                       description="Code folders, globs and files (.txt .html .jsonl .csv "
                                   ".warc(.gz), and gzip of these) into the database. "
                                   "Documents already stored (same content) are skipped, "
                                   "so a killed run resumes when started again.")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--db", default=None, help=f"database file (default {default_db_path()}, "
                                              "or $TIDINGS_DB)")
    p.add_argument("--published", metavar="DATE", help="publication date for documents "
                                                       "that carry none")
    g = p.add_argument_group("local run")
    g.add_argument("--workers", type=int, default=1,
                   help="worker processes (default 1; 0 codes in this process, with no "
                        "timeout guard)")
    g.add_argument("--batch-size", type=int, default=16, help="documents per batch")
    g.add_argument("--timeout", type=float, default=120.0,
                   help="seconds a document may take before it is recorded as failed")
    c = p.add_argument_group("Dask cluster")
    c.add_argument("--cluster", metavar="local:N", help="start N local Dask workers")
    c.add_argument("--scheduler", metavar="ADDRESS", help="use a running Dask scheduler")
    c.add_argument("--dataset", metavar="DIR", default=None,
                   help="Parquet dataset the workers write (default: DB file + '.parquet')")
    csvg = p.add_argument_group("CSV columns")
    for field in ("id", "text", "title", "published", "url"):
        csvg.add_argument(f"--{field}-column", dest=f"{field}_column", metavar="NAME",
                          help=f"CSV column holding the {field}")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    settings = load_settings(args.config) if args.config else load_settings()
    columns = CsvColumns(id=args.id_column, text=args.text_column, title=args.title_column,
                         published=args.published_column, url=args.url_column)
    published = parse_date(args.published) if args.published else None
    db = args.db or default_db_path()
    with Store(db) as store:
        if args.cluster or args.scheduler:
            from ..scale.dask_runner import ingest_dask

            try:
                report = ingest_dask(args.paths, store, settings, args.dataset or f"{db}.parquet",
                                     cluster=args.cluster, scheduler=args.scheduler,
                                     published=published, columns=columns,
                                     progress=not args.no_progress)
            except ValueError as exc:
                raise ConfigError(str(exc)) from None
        else:
            from ..scale.local import ingest_local

            report = ingest_local(args.paths, store, settings, workers=args.workers,
                                  batch_size=args.batch_size, timeout=args.timeout,
                                  published=published, columns=columns,
                                  progress=not args.no_progress)
        counts = store.counts()
    print(report.summary(), file=sys.stderr)
    print(f"{db}: {counts['articles']} articles, {counts['events']} events from "
          f"{counts['reports']} reports, {counts['failures']} failed documents",
          file=sys.stderr)
    return 0
