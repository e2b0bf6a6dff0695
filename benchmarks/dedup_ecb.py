"""Cross-article deduplication measured on ECB+ (event coreference across news documents).

    python benchmarks/dedup_ecb.py [--corpora ../shared/corpora]

ECB+ groups news documents by topic; each topic pairs two similar real-world events (the
`ecb` and `ecbplus` halves), and its cross-document coreference links say which event
mentions are the same event. This script:
1. rebuilds each document's text from its tokens (ECB+ sentence 0 of `ecbplus` files is the
   source URL and is left out) and gives the documents of one half-topic one publication
   date (they report the same event; ECB+ carries no dates);
2. codes the documents and stores them, so the store merges reports into events;
3. maps each stored report to the ECB+ event mention its trigger falls on, and that mention
   to its cross-document event instance;
4. over every pair of mapped reports from different documents, compares "merged into one
   event" with "the same ECB+ instance": pairwise precision and recall of merges.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import sys
import tempfile
from itertools import combinations
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def build_documents(corpora: Path) -> tuple[list[dict[str, Any]], dict[tuple[str, int], str]]:
    """Documents as text with token offsets; and (doc, mention token) -> gold instance."""
    rows = [json.loads(line) for line in open(corpora / "ecb_plus" / "ecb_plus.jsonl")]
    listed: set[tuple[int, str, int]] = set()
    sentences_csv = corpora / "ecb_plus" / "raw" / "ECBplus_coreference_sentences.csv"
    if sentences_csv.exists():
        for r in csv.DictReader(open(sentences_csv, encoding="utf-8")):
            keys = {k.lower().strip(): v for k, v in r.items()}
            try:
                listed.add((int(keys["topic"]), keys["file"].strip(),
                            int(keys["sentence number"])))
            except (KeyError, ValueError):
                continue
    docs = []
    gold: dict[tuple[str, int], str] = {}
    for d in rows:
        half_date = dt.date(2010, 1, 1) + dt.timedelta(
            days=30 * int(d["topic"]) + (15 if d["subcorpus"] == "ecbplus" else 0))
        parts, offsets, pos = [], {}, 0
        for s in d["sentences"]:
            if d["subcorpus"] == "ecbplus" and s["sentence"] == 0:
                continue
            for tok, tid in zip(s["tokens"], s["t_ids"]):
                offsets[tid] = (pos, pos + len(tok), s["sentence"])
                parts.append(tok)
                pos += len(tok) + 1
            parts[-1] += "\n"
            pos += 0
        text = " ".join(parts).replace("\n ", "\n")
        # rebuild offsets against the joined text (a space or newline after each token)
        offsets, pos = {}, 0
        for s in d["sentences"]:
            if d["subcorpus"] == "ecbplus" and s["sentence"] == 0:
                continue
            for tok, tid in zip(s["tokens"], s["t_ids"]):
                start = text.find(tok, pos)
                offsets[tid] = (start, start + len(tok), s["sentence"])
                pos = start + len(tok)
        instance_of = {}
        for rel in d["relations"]:
            if rel["type"] == "CROSS_DOC_COREF":
                for m in rel["sources"]:
                    instance_of[m] = rel["note"]
        for m in d["mentions"]:
            if not m["type"].startswith("ACTION") or m["m_id"] not in instance_of:
                continue
            for tid in m["t_ids"]:
                if tid in offsets:
                    sent = offsets[tid][2]
                    short = d["doc_name"].split("_", 1)[-1]  # "1_10ecbplus" -> "10ecbplus"
                    if listed and (int(d["topic"]), short, sent) not in listed:
                        continue
                    gold[(d["doc_name"], offsets[tid][0])] = instance_of[m["m_id"]]
        docs.append({"id": d["doc_name"], "text": text, "published": half_date.isoformat(),
                     "topic": d["topic"]})
    return docs, gold


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpora", default=str(ROOT.parent / "shared" / "corpora"))
    ap.add_argument("--window", type=int, default=1, help="merge window in days")
    ap.add_argument("--output", default=str(ROOT / "benchmarks" / "dedup_ecb.json"))
    args = ap.parse_args()
    from tidings.ingest import make_article
    from tidings.pipeline import load_pipeline
    from tidings.store.db import Store

    docs, gold = build_documents(Path(args.corpora))
    pipeline = load_pipeline()
    db = Path(tempfile.mkdtemp(prefix="tidings-ecb-")) / "ecb.db"
    with Store(db, merge_window_days=args.window) as store:
        articles = [make_article(d["text"], id=d["id"], published=d["published"]) for d in docs]
        store.write(pipeline.process(articles))
        reports = store.rows("SELECT id, event_id, article_id, trigger_start, code FROM reports")
    mapped = []
    for r in reports:
        inst = gold.get((r["article_id"], r["trigger_start"]))
        if inst is not None:
            mapped.append((r["article_id"], r["event_id"], inst))
    tp = fp = fn = 0
    for (a1, e1, g1), (a2, e2, g2) in combinations(mapped, 2):
        if a1 == a2:
            continue
        same_pred, same_gold = e1 == e2, g1 == g2
        tp += same_pred and same_gold
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    precision = tp / (tp + fp) if tp + fp else None
    recall = tp / (tp + fn) if tp + fn else None
    result = {"documents": len(docs), "reports": len(reports), "mapped_reports": len(mapped),
              "cross_document_pairs_merged": tp + fp, "gold_same_event_pairs": tp + fn,
              "true_merges": tp, "pairwise_precision": precision, "pairwise_recall": recall,
              "merge_window_days": args.window}
    Path(args.output).write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
