"""Event types on CASE 2021 (task 2): does tidings code the kind of event a snippet reports?

    python benchmarks/case2021.py [--corpora ../shared/corpora] [--half dev|held|all]

CASE 2021 task 2 gives 1,019 short news snippets (protests, clashes, strikes, arrests,
bombings, abductions, disasters, crime), each labelled with one event type from the ACLED
taxonomy or a few "unseen" types. It names no actors, so it cannot score records; it can
score whether the event is found at all. `LABEL_ROOTS` maps each label that has a CAMEO
counterpart to the roots that code it (an air strike is 19, an arrest 17, a peaceful protest
14, ...). For those snippets the script reports the share with at least one event of a
matching root (type recall), and the share of all their events whose root matches (type
precision). Natural and man-made disasters should give no force (roots 18-20): it reports
the share that do (false alarms: a flood or a factory fire coded as an attack).

Snippets are split by id: odd ids are the `dev` half (its errors may be read and fixed),
even ids the `held` half (never read; the figure to report). AGREEMENT, OTHER, ATTRIB,
DIPLO, ORG_CRIME and labels with no clear CAMEO root are left out of recall.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

FORCE = {"18", "19", "20"}
LABEL_ROOTS: dict[str, set[str]] = {
    "ABDUCT_DISSAP": {"18"},
    "AIR_STRIKE": {"18", "19"},
    "ARMED_CLASH": {"19"},
    "ARREST": {"17"},
    "ART_MISS_ATTACK": {"19"},
    "ATTACK": {"18", "19"},
    "CHEM_WEAP": {"19", "20"},
    "FORCE_AGAINST_PROTEST": {"17"},
    "GOV_REGAINS_TERIT": {"19"},
    "GRENADE": {"18", "19"},
    "MOB_VIOL": {"14", "18"},
    "NON_STATE_ACTOR_OVERTAKES_TER": {"19"},
    "PEACE_PROTEST": {"14"},
    "PROTEST_WITH_INTER": {"14"},
    "REM_EXPLOS": {"18", "19"},
    "SEX_VIOL": {"18"},
    "SUIC_BOMB": {"18"},
    "VIOL_DEMONSTR": {"14"},
}
NO_FORCE = {"NATURAL_DISASTER", "MAN_MADE_DISASTER"}


def half_of(record_id: str) -> str:
    return "dev" if int(record_id.rsplit("-", 1)[1]) % 2 else "held"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpora", default=str(ROOT.parent / "shared" / "corpora"))
    ap.add_argument("--half", choices=("dev", "held", "all"), default="held")
    ap.add_argument("--output", default=None, help="write the figures as JSON here")
    ap.add_argument("--misses", default=None, help="write missed dev snippets here (JSONL)")
    args = ap.parse_args()

    from tidings.pipeline import load_pipeline

    path = Path(args.corpora) / "case2021_task2_event_classification" / \
        "case2021_task2_test.jsonl"
    rows = [json.loads(line) for line in open(path, encoding="utf-8")]
    rows = [r for r in rows if args.half == "all" or half_of(r["id"]) == args.half]
    if args.misses and args.half == "held":
        sys.exit("the held half is not to be read: --misses needs --half dev")
    pipe = load_pipeline()
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    events_ok = events_all = alarms = disasters = 0
    misses = []
    for r in rows:
        article = pipe.extract(r["text"], id=r["id"])
        roots = [e.root for e in article.events]
        label = r["label"]
        if label in LABEL_ROOTS:
            total[label] += 1
            want = LABEL_ROOTS[label]
            if any(root in want for root in roots):
                found[label] += 1
            elif args.misses:
                misses.append({"id": r["id"], "label": label, "text": r["text"],
                               "events": [(e.code, e.source.code,
                                           e.target.code if e.target else "", e.trigger)
                                          for e in article.events]})
            events_all += len(roots)
            events_ok += sum(root in want for root in roots)
        elif label in NO_FORCE:
            disasters += 1
            alarms += any(root in FORCE for root in roots)
    n, k = sum(total.values()), sum(found.values())
    result = {
        "half": args.half, "snippets": n, "with_matching_event": k,
        "type_recall": round(k / n, 3) if n else None,
        "events": events_all, "events_matching": events_ok,
        "type_precision": round(events_ok / events_all, 3) if events_all else None,
        "disasters": disasters, "disasters_coded_as_force": alarms,
        "by_label": {lab: [found[lab], total[lab]] for lab in sorted(total)},
    }
    print(json.dumps(result, indent=2))
    if args.output:
        Path(args.output).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    if args.misses:
        with open(args.misses, "w", encoding="utf-8") as f:
            for m in misses:
                f.write(json.dumps(m) + "\n")


if __name__ == "__main__":
    main()
