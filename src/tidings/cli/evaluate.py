"""`tidings eval GOLD.jsonl`: score extraction against a gold file (coding guide, section 5)."""
from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from ..evaluate.gold import attach_texts, read_gold
from ..evaluate.scoring import Scores, score_documents
from ..ingest import make_article
from ..pipeline import load_pipeline
from ..settings import load_settings


def add_parser(sub: Any) -> None:
    p = sub.add_parser("eval", help="score extraction against a gold file",
                       description="Score tidings' events (and quotes) against a gold JSONL "
                                   "file: loose, standard and strict precision, recall and F1, "
                                   "and a table by CAMEO root.")
    p.add_argument("gold", nargs="+", metavar="GOLD.jsonl")
    p.add_argument("--texts", metavar="DIR",
                   help="corpus folder holding the texts of gold documents that carry none")
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    p.add_argument("--errors", metavar="FILE",
                   help="write missed and false events (standard level) to this JSONL file")
    p.set_defaults(func=run)


def evaluate(gold_files: list[str], texts: str | None = None, config: str | None = None
             ) -> tuple[Scores, list[dict[str, Any]]]:
    docs: list[dict[str, Any]] = []
    for g in gold_files:
        docs.extend(read_gold(g))
    attach_texts(docs, texts)
    pipeline = load_pipeline(load_settings(config) if config else None)
    articles = [make_article(d["text"], id=d["id"], title=d.get("title"),
                             published=d.get("published")) for d in docs]
    outputs = [a.to_dict(include_text=False) for a in pipeline.process(articles)]
    scores = score_documents(zip(docs, outputs))
    return scores, outputs


def format_scores(scores: Scores) -> str:
    d = scores.as_dict()
    lines = [f"documents: {d['documents']}", "",
             f"{'level':<10}{'gold':>6}{'output':>8}{'matched':>9}{'P':>8}{'R':>8}{'F1':>8}"]
    for level in ("loose", "standard", "strict"):
        c = d[level]
        lines.append(f"{level:<10}{c['gold']:>6}{c['output']:>8}{c['matched']:>9}"
                     f"{c['precision']:>8.3f}{c['recall']:>8.3f}{c['f1']:>8.3f}")
    lines += ["", "by root (standard):",
              f"{'root':<6}{'gold':>6}{'output':>8}{'matched':>9}{'P':>8}{'R':>8}{'F1':>8}"]
    for root, c in d["by_root"].items():
        lines.append(f"{root:<6}{c['gold']:>6}{c['output']:>8}{c['matched']:>9}"
                     f"{c['precision']:>8.3f}{c['recall']:>8.3f}{c['f1']:>8.3f}")
    q = d["quotes"]
    if q["gold"]:
        lines += ["", f"quotes: {q['found']} of {q['gold']} found "
                      f"({q['recall']:.1%}); speaker right for {q['speaker_right']} "
                      f"({q['speaker_accuracy'] or 0:.1%} of found)"]
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    scores, _ = evaluate(args.gold, args.texts, args.config)
    if args.errors:
        with open(args.errors, "w", encoding="utf-8") as f:
            for e in scores.errors:
                f.write(json.dumps(e, ensure_ascii=False) + "\n")
    if args.json:
        print(json.dumps(scores.as_dict(), indent=2))
    else:
        print(format_scores(scores))
    sys.stdout.flush()
    return 0
