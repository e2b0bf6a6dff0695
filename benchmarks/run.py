"""tidings benchmarks: throughput against the bare spaCy floor, memory, and API latency.

    python benchmarks/run.py [--corpora ../shared/corpora] [--reuters] [--quick]

Measures, on the BBC News set (2,225 articles less the 10 held back):
- end-to-end articles/s and words/s (read, clean, code, enrich, store) with 1 and 2 worker
  processes, through the same `ingest` code as `tidings ingest`;
- the same texts through bare spaCy `nlp.pipe` (the same model, its full pipeline, the same
  number of processes): tidings' time over that floor;
- each worker's peak resident memory;
- HTTP API latency (p50, p99) for extracting one ~800-word article, and for the event list
  and a dyad timeline on a store of one million events.
Writes benchmarks/results.json and prints a Markdown table.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import resource
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def machine() -> dict[str, Any]:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f"{kb / 1024 / 1024:.1f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    return {"cpu": cpu, "cores": os.cpu_count(), "memory": mem,
            "python": platform.python_version(), "platform": platform.platform()}


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:  # type: ignore[operator]
        return [json.loads(line) for line in f if line.strip()]


def spacy_floor(texts: list[str], n_process: int) -> float:
    """Seconds for the full spaCy pipeline over the texts (model load excluded)."""
    from tidings.nlp.model import load_model

    nlp = load_model()
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64, n_process=n_process):
        pass
    return time.perf_counter() - start


def tidings_run(corpus: Path, workers: int, db: Path) -> dict[str, Any]:
    from tidings.scale.local import ingest_local
    from tidings.settings import load_settings
    from tidings.store.db import Store

    if db.exists():
        db.unlink()
    with Store(db) as store:
        report = ingest_local([str(corpus)], store, load_settings(), workers=workers,
                              batch_size=32, progress=False)
        counts = store.counts()
    return {"workers": workers, "seconds": round(report.seconds, 2),
            "documents": report.documents, "words": report.words,
            "articles_per_s": round(report.documents / report.seconds, 2),
            "words_per_s": round(report.words / report.seconds, 1),
            "worker_peak_rss_mb": [round(x) for x in report.worker_peak_rss_mb or []],
            "events": counts["events"], "reports": counts["reports"]}


def build_million(db: Path, target: int = 1_000_000) -> int:
    """Grow a store to `target` events by copying its events and their reports with dates
    shifted by whole weeks (evidence rows point at the real articles)."""
    import sqlite3

    conn = sqlite3.connect(db)
    cols_e = [r[1] for r in conn.execute("PRAGMA table_info(events)") if r[1] != "id"]
    cols_r = [r[1] for r in conn.execute("PRAGMA table_info(reports)")
              if r[1] not in ("id", "event_id")]
    base = conn.execute("SELECT COUNT(*) FROM events WHERE date IS NOT NULL").fetchone()[0]
    if base == 0:
        raise SystemExit("no dated events to copy")
    conn.execute("CREATE TEMP TABLE seed AS SELECT * FROM events WHERE date IS NOT NULL")
    shift = 0
    while conn.execute("SELECT COUNT(*) FROM events").fetchone()[0] < target:
        shift += 1
        days = f"'+{7 * shift} days'"
        ce = ", ".join(cols_e)
        sel = ", ".join(f"date({c}, {days})" if c in ("date", "date_max") else c
                        for c in cols_e)
        first = conn.execute("SELECT COALESCE(MAX(id), 0) FROM events").fetchone()[0]
        conn.execute(f"INSERT INTO events ({ce}) SELECT {sel} FROM seed ORDER BY id")
        # one report per copied event, copied from the seed event's first report
        cr = ", ".join(cols_r)
        rsel = ", ".join(f"date(r.{c}, {days})" if c == "date" else f"r.{c}" for c in cols_r)
        conn.execute(
            f"INSERT INTO reports (event_id, {cr}) SELECT e.id, {rsel} FROM events e "
            f"JOIN seed s ON s.source_code = e.source_code AND s.target_code = e.target_code "
            f"AND s.code = e.code AND date(s.date, {days}) = e.date "
            f"JOIN reports r ON r.id = (SELECT MIN(id) FROM reports WHERE event_id = s.id) "
            f"WHERE e.id > {first}")
        conn.commit()
    n = conn.execute("SELECT COUNT(*) FROM events").fetchone()[0]
    conn.execute("ANALYZE")
    conn.commit()
    conn.close()
    return n


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    k = (len(values) - 1) * p
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


def api_latency(db: Path, article: str, dyad: tuple[str, str], runs: int) -> dict[str, Any]:
    import httpx

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    server = subprocess.Popen([sys.executable, "-m", "tidings.cli.main", "serve", "--db",
                               str(db), "--port", str(port)], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, env=dict(os.environ,
                                                                  PYTHONPATH=str(ROOT / "src")))
    base = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(base_url=base, timeout=120) as c:
            for _ in range(600):
                try:
                    c.get("/api/events", params={"limit": 1})
                    break
                except httpx.TransportError:
                    time.sleep(0.1)
            c.post("/api/extract", json={"text": "Egypt praised Jordan."})  # load the model

            def timed(method: str, url: str, n: int, **kw: Any) -> dict[str, float]:
                samples = []
                for _ in range(n):
                    start = time.perf_counter()
                    r = c.request(method, url, **kw)
                    samples.append((time.perf_counter() - start) * 1000)
                    r.raise_for_status()
                return {"p50_ms": round(percentile(samples, 0.5), 1),
                        "p99_ms": round(percentile(samples, 0.99), 1), "n": n}

            a, b = dyad
            return {
                "extract_800_words": timed("POST", "/api/extract", max(10, runs // 10),
                                           json={"text": article}),
                "event_list": timed("GET", "/api/events", runs, params={"limit": 50}),
                "event_list_dyad": timed("GET", "/api/events", runs,
                                         params={"dyad": f"{a},{b}", "limit": 50}),
                "event_list_filtered": timed("GET", "/api/events", runs,
                                             params={"actor": a, "root": "04", "limit": 50,
                                                     "date_from": "2010-01-01"}),
                "dyad_timeline": timed("GET", f"/api/dyads/{a}/{b}", runs,
                                       params={"interval": "month"}),
            }
    finally:
        server.terminate()
        server.wait(timeout=30)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpora", default=str(ROOT.parent / "shared" / "corpora"))
    ap.add_argument("--reuters", action="store_true", help="also time the Reuters-21578 set")
    ap.add_argument("--quick", action="store_true", help="300 articles, small store (a check)")
    ap.add_argument("--output", default=str(ROOT / "benchmarks" / "results.json"))
    args = ap.parse_args()
    corpora = Path(args.corpora)
    bbc = load_jsonl(corpora / "news_bbc" / "bbc_news.jsonl")
    if args.quick:
        bbc = bbc[:300]
    work = Path(tempfile.mkdtemp(prefix="tidings-bench-"))
    corpus = work / "bbc.jsonl"
    with corpus.open("w", encoding="utf-8") as f:
        for r in bbc:
            f.write(json.dumps({"id": r["id"], "title": r["title"], "text": r["text"]}) + "\n")
    texts = [f"{r['title']}\n\n{r['text']}" for r in bbc]
    results: dict[str, Any] = {"machine": machine(), "corpus": f"BBC News, {len(bbc)} articles",
                               "date": time.strftime("%Y-%m-%d")}
    runs = []
    for n in (1, 2):
        floor = spacy_floor(texts, n)
        run = tidings_run(corpus, n, work / f"bbc{n}.db")
        run["spacy_seconds"] = round(floor, 2)
        run["spacy_articles_per_s"] = round(len(texts) / floor, 2)
        run["ratio_to_spacy"] = round(run["seconds"] / floor, 3)
        runs.append(run)
        print(json.dumps(run), flush=True)
    results["bbc"] = runs
    results["main_process_peak_rss_mb"] = round(
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    if args.reuters:
        reuters = load_jsonl(corpora / "news_reuters21578" / "reuters21578.jsonl.gz")
        rc = work / "reuters.jsonl"
        with rc.open("w", encoding="utf-8") as f:
            for k, r in enumerate(reuters):
                if r.get("text"):
                    f.write(json.dumps({"id": str(r.get("id", k)), "title": r.get("title"),
                                        "published": r.get("date"), "text": r["text"]}) + "\n")
        results["reuters"] = tidings_run(rc, 2, work / "reuters.db")
        print(json.dumps(results["reuters"]), flush=True)
    # A store of one million events for the API.
    store = work / "bbc2.db"
    ag = load_jsonl(corpora / "news_ag_news_test" / "ag_news_test.jsonl")
    agc = work / "ag.jsonl"
    with agc.open("w", encoding="utf-8") as f:
        for k, r in enumerate(ag[:300] if args.quick else ag):
            f.write(json.dumps({"id": r["id"], "title": r["title"], "text": r["text"],
                                "published": f"2004-{1 + k % 12:02d}-{1 + k % 28:02d}"}) + "\n")
    from tidings.scale.local import ingest_local
    from tidings.settings import load_settings
    from tidings.store.db import Store

    with Store(store) as s:
        ingest_local([str(agc)], s, load_settings(), workers=2, progress=False)
        top = s.rows("SELECT source_country a, target_country b, COUNT(*) n FROM events "
                     "WHERE target_country IS NOT NULL AND source_country != target_country "
                     "GROUP BY a, b ORDER BY n DESC LIMIT 1")[0]
    n_events = build_million(store, 20_000 if args.quick else 1_000_000)
    article = next(f"{r['title']}\n\n{r['text']}" for r in bbc
                   if 700 <= len(r["text"].split()) <= 900)
    results["api"] = {"events_in_store": n_events, "dyad": f"{top['a']}-{top['b']}",
                      **api_latency(store, article, (top["a"], top["b"]),
                                    30 if args.quick else 200)}
    print(json.dumps(results["api"]), flush=True)
    Path(args.output).write_text(json.dumps(results, indent=2) + "\n")
    print(table(results))


def table(r: dict[str, Any]) -> str:
    lines = [f"Machine: {r['machine']['cpu']}, {r['machine']['cores']} cores, "
             f"{r['machine']['memory']}, Python {r['machine']['python']} ({r['date']})", "",
             "| workers | articles/s | words/s | spaCy floor articles/s | time / floor | "
             "worker peak RSS |", "|---|---|---|---|---|---|"]
    for run in r["bbc"]:
        lines.append(f"| {run['workers']} | {run['articles_per_s']} | {run['words_per_s']:,.0f}"
                     f" | {run['spacy_articles_per_s']} | {run['ratio_to_spacy']} | "
                     f"{', '.join(f'{x} MiB' for x in run['worker_peak_rss_mb'])} |")
    api = r["api"]
    lines += ["", f"API on {api['events_in_store']:,} events:", "",
              "| request | p50 ms | p99 ms |", "|---|---|---|"]
    for key in ("extract_800_words", "event_list", "event_list_dyad", "event_list_filtered",
                "dyad_timeline"):
        lines.append(f"| {key} | {api[key]['p50_ms']} | {api[key]['p99_ms']} |")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
