"""Figures the README quotes from the gold folder: precision-audit verdicts and how often
gold events repeat a dyad and root within their document. With `--rescore`, this version's
events on an audit's documents are matched against that audit's verdicts (a tuned figure
once the audit has been read). Several audit files of the same documents (a later round
judging what newer versions added) are rescored together.

    .venv/bin/python scripts/gold_report.py [--gold gold]
    .venv/bin/python scripts/gold_report.py --rescore gold/audit/FILE.jsonl [FILE ...]
        [--corpora DIR]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

from tidings.evaluate.gold import attach_texts
from tidings.events.stage import identity

# The publication dates the audits coded each corpus as of (gold/audit/README.md).
AUDIT_DATES = {"agnews": "2004-10-01", "bbc": "2005-03-01"}


def corpus_of(doc_id: str) -> str:
    return "ecb" if ECB_ID.match(doc_id) else doc_id.split("-")[0]


ECB_ID = re.compile(r"^\d+_\d+ecb(plus)?$")


def audit_counts(folder: Path) -> None:
    for f in sorted(folder.glob("precision-*.jsonl")):
        rows = [json.loads(line) for line in f.open(encoding="utf-8") if line.strip()]
        by: dict[tuple[str, str], Counter[str]] = {}
        for r in rows:
            corpus = corpus_of(r["id"])
            for key in ((r["round"], "all"), (r["round"], corpus)):
                by.setdefault(key, Counter())[r["verdict"]] += 1
        print(f.name)
        for (rnd, corpus), c in sorted(by.items()):
            n = sum(c.values())
            print(f"  {rnd:10} {corpus:7} {c['ok']:4} of {n:4} ok ({c['ok'] / n:.1%})")


def repeats(gold: Path) -> None:
    total = repeated = 0
    for line in gold.open(encoding="utf-8"):
        if not line.strip():
            continue
        events = json.loads(line).get("events", [])
        keys = Counter((identity(e["source"]), identity(e.get("target", "")), e["root"])
                       for e in events)
        total += len(events)
        repeated += sum(n - 1 for n in keys.values())
    print(f"{gold.name}: {repeated} of {total} events ({repeated / total:.0%}) repeat the "
          "source, target and root of an earlier event in their document")


def rescore(audits: list[Path], corpora: Path) -> None:
    """This version's events on the audits' documents, by the audits' verdict on each."""
    from tidings import load_pipeline

    rows = [json.loads(line) for audit in audits
            for line in audit.open(encoding="utf-8") if line.strip()]
    verdict = {(r["id"], r["code"], r["source"], r["target"], r["trigger"]): r["verdict"]
               for r in rows}
    ids = sorted({r["id"] for r in rows})
    docs = attach_texts([{"id": i} for i in ids if not ECB_ID.match(i)], corpora)
    if any(ECB_ID.match(i) for i in ids):
        # ECB+ documents are rebuilt from their tokens, with the benchmark's dates
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
        from dedup_ecb import build_documents

        wanted = {i for i in ids if ECB_ID.match(i)}
        docs += [d for d in build_documents(corpora)[0] if d["id"] in wanted]
    pipeline = load_pipeline()
    counts: Counter[str] = Counter()
    for d in docs:
        # the date the audit coded its corpus as of, else the document's own (Reuters)
        published = AUDIT_DATES.get(corpus_of(d["id"])) or d.get("published")
        article = pipeline.extract(d["text"], title=d.get("title"), published=published)
        for e in article.events:
            key = (d["id"], e.code, e.source.code, e.target.code if e.target else "", e.trigger)
            counts[verdict.get(key, "unjudged")] += 1
    judged = counts["ok"] + counts["wrong"]
    names = " + ".join(a.name for a in audits)
    print(f"{names}: {sum(counts.values())} events on its {len(docs)} documents; "
          f"{counts['ok']} of {judged} judged ok ({counts['ok'] / max(judged, 1):.1%}), "
          f"{counts['unjudged']} unjudged")


def main() -> None:
    root = Path(__file__).resolve().parent.parent
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", default=str(root / "gold"))
    ap.add_argument("--rescore", metavar="AUDIT", nargs="+",
                    help="audit files (of the same documents) to rescore this version on")
    ap.add_argument("--corpora", default=str(root.parent / "shared" / "corpora"))
    args = ap.parse_args()
    if args.rescore:
        rescore([Path(a) for a in args.rescore], Path(args.corpora))
        return
    gold = Path(args.gold)
    audit_counts(gold / "audit")
    repeats(gold / "dev.jsonl")


if __name__ == "__main__":
    main()
