"""Figures the README quotes from the gold folder: precision-audit verdicts and how often
gold events repeat a dyad and root within their document.

    .venv/bin/python scripts/gold_report.py [--gold gold]
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from tidings.events.stage import identity


def audit_counts(folder: Path) -> None:
    for f in sorted(folder.glob("precision-*.jsonl")):
        rows = [json.loads(line) for line in f.open(encoding="utf-8") if line.strip()]
        by: dict[tuple[str, str], Counter[str]] = {}
        for r in rows:
            corpus = r["id"].split("-")[0]
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", default=str(Path(__file__).resolve().parent.parent / "gold"))
    gold = Path(ap.parse_args().gold)
    audit_counts(gold / "audit")
    repeats(gold / "dev.jsonl")


if __name__ == "__main__":
    main()
