"""`tidings ingest --cluster local:N` or `--scheduler ADDRESS`: the same pipeline on Dask.

The runner has no coding logic of its own: it splits the inputs into tasks (line ranges of
JSONL and CSV files, groups of other files), each task codes its documents with the same
`Pipeline` and writes them to a Parquet dataset partitioned by publication month:

    DIR/documents/published=2020-09/part-<index>-<task>.parquet   one row per document
    DIR/events/published=2020-09/part-<index>-<task>.parquet      one row per event report
    DIR/_done/<task>                                       written last: the task is complete

Files are written to a temporary name and renamed, and a task whose `_done` marker exists is
not run again, so a worker lost mid-task only costs that task a retry (Dask reschedules it)
and a stopped run resumes where it was. The documents are then loaded into the store in the
order a local run reads them, through the same writer; DuckDB reads the dataset as it is
(`read_parquet('DIR/events/**/*.parquet', hive_partitioning = true)`).
"""
from __future__ import annotations

import gzip
import hashlib
import json
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

from ..document import Article
from ..ingest import CsvColumns
from ..ingest.readers import _format, expand, read_path
from ..settings import Settings
from ..store.db import Store
from .local import IngestReport

TASK_DOCS = 200
_pipeline_cache: dict[Any, Any] = {}


@dataclass(frozen=True)
class Task:
    key: str
    path: str
    start: int  # first document index in the file (line or row), inclusive
    stop: int  # exclusive; -1 for a whole file
    index: int = 0  # position in the plan: the order a local run reads the documents in


def plan_tasks(paths: list[str], docs_per_task: int = TASK_DOCS) -> list[Task]:
    tasks: list[Task] = []
    for p in expand(paths):
        fmt, gz = _format(p)
        stat = p.stat() if p.exists() else None
        ident = f"{p.resolve()}|{stat.st_size if stat else 0}|{stat.st_mtime_ns if stat else 0}"
        if fmt in ("jsonl", "csv") and stat is not None:
            opener = gzip.open if gz else open
            with opener(p, "rb") as fh:  # type: ignore[operator]
                n = sum(1 for line in fh if line.strip())
            starts = list(range(0, max(n, 1), docs_per_task))
            for k, start in enumerate(starts):
                key = hashlib.sha1(f"{ident}|{start}".encode()).hexdigest()[:16]
                # the last task reads to the end (a CSV row may span lines)
                stop = -1 if k == len(starts) - 1 else start + docs_per_task
                tasks.append(Task(key, str(p), start, stop, len(tasks)))
        else:
            key = hashlib.sha1(ident.encode()).hexdigest()[:16]
            tasks.append(Task(key, str(p), 0, -1, len(tasks)))
    return tasks


def _pipeline(settings: Settings) -> Any:
    from ..pipeline import Pipeline

    if settings not in _pipeline_cache:
        _pipeline_cache[settings] = Pipeline(settings)
    return _pipeline_cache[settings]


def _task_documents(task: Task, published: object, columns: CsvColumns | None
                    ) -> Iterator[Article]:
    for n, article in enumerate(read_path(task.path, published, columns)):
        if n < task.start:
            continue
        if task.stop != -1 and n >= task.stop:
            return
        yield article


def _event_rows(article: Article) -> list[dict[str, Any]]:
    rows = []
    for e in article.events:
        rows.append({
            "article_id": article.id, "source_code": e.source.code,
            "source_name": e.source.name, "target_code": e.target.code if e.target else "",
            "target_name": e.target.name if e.target else None, "code": e.code,
            "root": e.root, "quad_class": e.quad_class, "goldstein": e.goldstein,
            "status": e.status, "date": e.date, "date_precision": e.date_precision,
            "sentence": e.sentence, "trigger": e.trigger, "confidence": e.confidence,
            "plover": e.plover, "mode": e.mode,
        })
    return rows


def _write_atomic(table: Any, path: Path) -> None:
    import pyarrow.parquet as pq

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    pq.write_table(table, tmp)
    os.replace(tmp, path)


def run_task(task: Task, out_dir: str, settings: Settings, published: object = None,
             columns: CsvColumns | None = None) -> dict[str, int]:
    """Code one task's documents and write them to the dataset (on a worker)."""
    import pyarrow as pa

    out = Path(out_dir)
    done = out / "_done" / task.key
    if done.exists():
        return json.loads(done.read_text())
    articles = list(_pipeline(settings).process(_task_documents(task, published, columns)))
    by_month: dict[str, list[Article]] = {}
    for a in articles:
        month = a.published.strftime("%Y-%m") if a.published else "unknown"
        by_month.setdefault(month, []).append(a)
    seq = {id(a): k for k, a in enumerate(articles)}
    name = f"part-{task.index:06d}-{task.key}.parquet"
    for month, group in sorted(by_month.items()):
        docs = pa.Table.from_pylist([{
            "id": a.id, "title": a.title, "published": a.published.isoformat()
            if a.published else None, "url": a.url, "origin": a.origin,
            "failed": bool(a.failures), "n_events": len(a.events), "seq": seq[id(a)],
            "record": json.dumps(a.to_dict(), ensure_ascii=False)} for a in group])
        _write_atomic(docs, out / "documents" / f"published={month}" / name)
        rows = [r for a in group for r in _event_rows(a)]
        if rows:
            _write_atomic(pa.Table.from_pylist(rows), out / "events" / f"published={month}" / name)
    counts = {"documents": len(articles), "failed": sum(1 for a in articles if a.failures)}
    done.parent.mkdir(parents=True, exist_ok=True)
    tmp = done.with_name(f".{done.name}.tmp")
    tmp.write_text(json.dumps(counts))
    os.replace(tmp, done)
    return counts


def load_dataset(out_dir: str, store: Store, batch: int = 200) -> tuple[int, int]:
    """Load a dataset's documents into the store in the order a local run reads them (task
    by task, each task's documents in input order across its month partitions), through the
    same writer as a local run, so the same documents win when two carry the same text.
    Documents already stored are skipped."""
    import pyarrow.parquet as pq

    stored = failed = 0
    by_task: dict[str, list[Path]] = {}
    for f in (Path(out_dir) / "documents").rglob("*.parquet"):
        by_task.setdefault(f.name, []).append(f)
    pending: list[Article] = []
    for name in sorted(by_task):  # part-<index>-<key>: the plan's order
        rows = [r for f in sorted(by_task[name]) for r in pq.read_table(f).to_pylist()]
        rows.sort(key=lambda r: r.get("seq") or 0)
        for row in rows:
            pending.append(Article.from_dict(json.loads(row["record"])))
            if len(pending) >= batch:
                s, x = store.write(pending)
                stored, failed, pending = stored + s, failed + x, []
    if pending:
        s, x = store.write(pending)
        stored, failed = stored + s, failed + x
    return stored, failed


def connect(cluster: str | None, scheduler: str | None) -> tuple[Any, Any]:
    """A Dask client: `local:N` starts N local worker processes; an address joins a
    running scheduler."""
    from distributed import Client, LocalCluster

    if scheduler:
        return Client(scheduler), None
    n = 2
    if cluster:
        kind, _, count = cluster.partition(":")
        if kind != "local":
            raise ValueError(f"--cluster must be local:N, not {cluster!r}")
        n = int(count or 2)
    lc = LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                      dashboard_address=None, silence_logs=40)
    return Client(lc), lc


def ingest_dask(paths: list[str], store: Store, settings: Settings, out_dir: str, *,
                cluster: str | None = None, scheduler: str | None = None,
                published: object = None, columns: CsvColumns | None = None,
                docs_per_task: int = TASK_DOCS, progress: bool = True) -> IngestReport:
    from distributed import as_completed

    report = IngestReport()
    start = time.monotonic()
    tasks = plan_tasks(paths, docs_per_task)
    client, local_cluster = connect(cluster, scheduler)
    bar = None
    try:
        if progress:
            from tqdm import tqdm

            bar = tqdm(total=len(tasks), unit="task", file=sys.stderr, desc="ingest (dask)")
        futures = client.map(run_task, tasks, out_dir=out_dir, settings=settings,
                             published=published, columns=columns, retries=3, pure=False)
        for fut in as_completed(futures):
            counts = fut.result()
            report.documents += counts["documents"]
            if bar is not None:
                bar.update(1)
    finally:
        if bar is not None:
            bar.close()
        client.close()
        if local_cluster is not None:
            local_cluster.close()
    stored, failed = load_dataset(out_dir, store)
    report.stored, report.failed = stored, failed
    report.skipped = report.documents - stored - failed
    report.seconds = time.monotonic() - start
    return report
