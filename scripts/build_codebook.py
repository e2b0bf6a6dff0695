"""Rebuild src/tidings/events/data/cameo.tsv from the public CAMEO and PLOVER tables.

Developer tool, run once by hand: `python scripts/build_codebook.py ../shared/corpora`.
The shipped file holds codebook facts only (codes, names, Goldstein values, QuadClass,
PLOVER mapping). Choices made where the sources leave a gap are listed in FILLS below and
in docs/codebook.md.
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

# Codes the CAMEO-to-PLOVER 2021 table leaves blank: (plover event, mode).
FILLS = {
    # PLOVER's REQUEST covers "all requests, demands, and orders": appeals are requests.
    "02": ("REQUEST", ""), "021": ("REQUEST", "assist"), "022": ("REQUEST", "assist"),
    "023": ("REQUEST", "assist"), "024": ("REQUEST", "change"), "025": ("REQUEST", "yield"),
    "026": ("REQUEST", "meet"), "027": ("REQUEST", "meet"), "028": ("REQUEST", "meet"),
    "03": ("AGREE", ""), "04": ("CONSULT", ""), "05": ("SUPPORT", ""),
    "06": ("COOPERATE", ""), "07": ("AID", ""), "08": ("CONCEDE", ""),
    "09": ("ACCUSE", "investigate"), "10": ("REQUEST", ""), "11": ("ACCUSE", "disapprove"),
    "12": ("REJECT", ""), "13": ("THREATEN", ""), "14": ("PROTEST", ""),
    "15": ("MOBILIZE", ""), "16": ("SANCTION", ""), "17": ("COERCE", ""),
    "18": ("ASSAULT", ""), "19": ("ASSAULT", ""), "20": ("ASSAULT", ""),
    "155": ("MOBILIZE", "cyber"), "176": ("COERCE", "cyber"), "1213": ("REJECT", "assist"),
    "1834": ("ASSAULT", "explosives"), "1951": ("ASSAULT", "aerial"),
    "1952": ("ASSAULT", "drone"),
}


def main(corpora: Path) -> None:
    src = corpora / "cameo_codebook" / "cameo_event_codes.tsv"
    rows = list(csv.DictReader(src.open(encoding="utf-8"), delimiter="\t",
                               quoting=csv.QUOTE_NONE))
    by_code = {r["code"]: r for r in rows}
    out = Path(__file__).resolve().parents[1] / "src/tidings/events/data/cameo.tsv"
    with out.open("w", encoding="utf-8", newline="") as f:
        f.write("# CAMEO 1.1b3 event codes with GDELT Goldstein values, QuadClass and PLOVER\n")
        f.write("# Built by scripts/build_codebook.py; see docs/codebook.md for sources.\n")
        f.write("code\troot\tname\tgoldstein\tquad_class\tplover\tmode\tcontext\n")
        for r in rows:
            code = r["code"]
            gold = r["goldstein"] or r["icews_goldstein"]
            parent = r["parent_code"]
            while not gold and parent:
                gold = by_code[parent]["goldstein"]
                parent = by_code[parent]["parent_code"]
            plover, mode = r["plover_event"], r["plover_mode"]
            if not plover:
                key = next((k for k in (code, code[:3], code[:2]) if k in FILLS), None)
                plover, mode = FILLS[key] if key else ("", "")  # 01x: PLOVER drops them
            context = r["plover_context"].replace(";", ",")
            f.write("\t".join([code, r["root_code"], r["name"], gold or "",
                               str(r["quad_class"]), plover, mode, context]) + "\n")
    print(f"wrote {len(rows)} codes to {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora"))
