"""Compare two tidings stores table by table: the README's idempotence and cluster figures.

    .venv/bin/python scripts/compare_stores.py A.db B.db [--ignore-ids]

`--ignore-ids` leaves out row ids and ingest times, which differ between a single-process
run and a Dask run that store the same rows in another order.
"""
from __future__ import annotations

import argparse
import sqlite3


def table_rows(path: str, ignore_ids: bool) -> dict[str, list[str]]:
    con = sqlite3.connect(path)
    out: dict[str, list[str]] = {}
    tables = [t for (t,) in con.execute(
        "select name from sqlite_master where type='table' and name not like 'sqlite_%'")]
    for t in tables:
        cols = [r[1] for r in con.execute(f'pragma table_info("{t}")')]
        keep = [c for c in cols
                if not (ignore_ids and (c in ("id", "at") or c.endswith("_at")))]
        select = ", ".join(f'"{c}"' for c in keep)
        out[t] = sorted(map(repr, con.execute(f'select {select} from "{t}"')))
    con.close()
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("a")
    ap.add_argument("b")
    ap.add_argument("--ignore-ids", action="store_true")
    args = ap.parse_args()
    a, b = table_rows(args.a, args.ignore_ids), table_rows(args.b, args.ignore_ids)
    differ = 0
    for t in sorted(set(a) | set(b)):
        same = a.get(t) == b.get(t)
        differ += not same
        print(f"{t:24} {len(a.get(t, [])):8} {len(b.get(t, [])):8} "
              f"{'same' if same else 'DIFFERENT'}")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
