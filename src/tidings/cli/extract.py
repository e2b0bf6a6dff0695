"""`tidings extract FILE...`: code articles and print their events."""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import textwrap
from typing import Any, Iterable, TextIO

from ..document import Article
from ..ingest import parse_date, read_paths
from ..pipeline import load_pipeline
from ..settings import load_settings


def add_parser(sub: Any) -> None:
    p = sub.add_parser("extract", help="code articles and print their events",
                       description="Code .txt, .html and .jsonl files (one document a line: "
                                   "id, text, optional title, published, url).")
    p.add_argument("files", nargs="+", metavar="FILE", help="files, folders or glob patterns")
    p.add_argument("--published", metavar="DATE",
                   help="publication date (YYYY-MM-DD) for documents that carry none")
    p.add_argument("--format", choices=("table", "jsonl"), default="table",
                   help="table: readable events per document (default); jsonl: one document "
                        "a line with every record")
    p.add_argument("--output", "-o", metavar="FILE", help="write here instead of standard output")
    p.add_argument("--no-text", action="store_true", help="jsonl: leave the article text out")
    p.set_defaults(func=run)


def extract_files(files: Iterable[str], published: str | None = None,
                  config: str | None = None) -> Iterable[Article]:
    """Code every document in `files`; failed documents come back with their failures."""
    pipeline = load_pipeline(load_settings(config) if config else None)
    day = parse_date(published) if published else None
    return pipeline.process(read_paths(files, published=day))


def _actor(a: Any) -> str:
    return f"{a.code} ({a.text})" if a is not None else "-"


def print_table(article: Article, out: TextIO, width: int) -> None:
    head = article.title or article.id
    pub = article.published.isoformat() if article.published else "date unknown"
    out.write(f"\n== {article.id}: {head} [{pub}]\n")
    if article.failures:
        for f in article.failures:
            out.write(f"   SKIPPED ({f.stage}): {f.reason}\n")
        return
    if not article.events:
        out.write("   no events\n")
    for k, e in enumerate(article.events, 1):
        line = (f"{k:>3}. {_actor(e.source)} -> {_actor(e.target)}  "
                f"{e.code} {e.name} [{e.status}]")
        extras = [f"PLOVER {e.plover}" + (f"/{e.mode}" if e.mode else "") if e.plover else "",
                  f"Goldstein {e.goldstein:+.1f}" if e.goldstein is not None else "",
                  f"date {e.date}" if e.date else "",
                  ", ".join(f"{a.text}" for a in e.amounts)]
        out.write(line + "\n")
        extra = "; ".join(x for x in extras if x)
        if extra:
            out.write(f"      {extra}\n")
        out.write(textwrap.fill(f"“{e.sentence}”", width=width, initial_indent="      ",
                                subsequent_indent="       ") + "\n")
    if article.quotes:
        out.write(f"   quotes: {len(article.quotes)}\n")
        for q in article.quotes[:50]:
            who = q.speaker.name if q.speaker else "speaker unknown"
            kind = " (partial)" if q.partial else ""
            out.write(textwrap.fill(f"“{q.text}” — {who}{kind}", width=width,
                                    initial_indent="    - ", subsequent_indent="      ") + "\n")


def run(args: argparse.Namespace) -> int:
    out: TextIO = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    width = min(100, shutil.get_terminal_size((100, 20)).columns)
    n = failed = 0
    try:
        for article in extract_files(args.files, args.published, args.config):
            n += 1
            failed += bool(article.failures)
            if args.format == "jsonl":
                out.write(json.dumps(article.to_dict(include_text=not args.no_text),
                                     ensure_ascii=False) + "\n")
            else:
                print_table(article, out, width)
    finally:
        if args.output:
            out.close()
    if failed:
        print(f"tidings: {failed} of {n} documents could not be coded (reasons above or in "
              "each record's 'failures')", file=sys.stderr)
    return 0
