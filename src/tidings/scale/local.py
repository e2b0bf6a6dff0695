"""`tidings ingest` on one machine: read, skip what is stored, code in worker processes,
store batch by batch."""
from __future__ import annotations

import sys
import time
from dataclasses import dataclass
from typing import Iterable, Iterator

from ..document import Article
from ..ingest import CsvColumns, count_documents, read_paths
from ..pipeline import Pipeline
from ..settings import Settings
from ..store.db import Store, content_hash
from .workers import WorkerPool


@dataclass
class IngestReport:
    documents: int = 0  # read from the inputs
    skipped: int = 0  # already stored (same content)
    stored: int = 0
    failed: int = 0
    seconds: float = 0.0
    words: int = 0
    worker_peak_rss_mb: list[float] | None = None

    def summary(self) -> str:
        rate = self.documents / self.seconds if self.seconds else 0.0
        return (f"{self.documents} documents read: {self.stored} stored, {self.failed} "
                f"failed, {self.skipped} already in the store ({self.seconds:.1f}s, "
                f"{rate:.1f} documents/s)")


def _fresh(articles: Iterable[Article], known: set[str], report: IngestReport,
           progress: object) -> Iterator[Article]:
    seen: set[str] = set()
    for a in articles:
        report.documents += 1
        report.words += len(a.text.split())
        h = content_hash(a)
        if h in known or h in seen:
            report.skipped += 1
            if progress is not None:
                progress.update(1)  # type: ignore[attr-defined]
            continue
        seen.add(h)
        yield a


def ingest_local(paths: list[str], store: Store, settings: Settings, *, workers: int = 1,
                 batch_size: int = 16, timeout: float = 120.0, published: object = None,
                 columns: CsvColumns | None = None, progress: bool = True) -> IngestReport:
    """Code every new document under `paths` into `store`.

    Idempotent (a document already stored, by content hash, is skipped), resumable (each
    batch is one transaction; a killed run loses at most the batch in flight, which the
    next run codes again) and isolating (failures are stored with their reason).
    `workers=0` codes in this process, without the timeout guard.
    """
    report = IngestReport()
    start = time.monotonic()
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=count_documents(paths), unit="doc", file=sys.stderr,
                   dynamic_ncols=True, desc="ingest")
    docs = _fresh(read_paths(paths, published=published, columns=columns),
                  store.known_hashes(), report, bar)
    pool = None
    if workers <= 0:
        pipeline = Pipeline(settings)
        batches: Iterable[list[Article]] = _in_process(pipeline, docs, batch_size)
    else:
        pool = WorkerPool(workers, settings, timeout)
        batches = pool.run(docs, batch_size)
    try:
        for batch in batches:
            stored, failed = store.write(batch)
            report.stored += stored
            report.failed += failed
            if bar is not None:
                bar.update(len(batch))
                bar.set_postfix(stored=report.stored, failed=report.failed, refresh=False)
    finally:
        if bar is not None:
            bar.close()
    report.seconds = time.monotonic() - start
    if pool is not None:
        report.worker_peak_rss_mb = sorted(pool.peak_rss_mb.values())
    return report


def _in_process(pipeline: Pipeline, docs: Iterable[Article], size: int
                ) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for a in docs:
        batch.append(a)
        if len(batch) >= size:
            yield list(pipeline.process(batch, batch_size=size))
            batch = []
    if batch:
        yield list(pipeline.process(batch, batch_size=size))
