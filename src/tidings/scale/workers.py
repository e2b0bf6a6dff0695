"""Worker processes that code batches of articles, isolating the documents that hang or crash.

Each worker loads the pipeline once. The parent hands out one batch per worker, collects
results in input order, and watches the clock: a batch that runs past its time (or whose
worker dies) is re-run one document at a time, and the document that is still too slow, or
still kills its worker, is returned with a Failure giving the reason. Nothing else is lost.
"""
from __future__ import annotations

import logging
import multiprocessing as mp
import queue
import time
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator

from ..document import Article, Failure
from ..settings import Settings

log = logging.getLogger(__name__)


def _peak_rss_mb() -> float:
    """This process's peak resident memory, in MiB."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _worker_main(worker_id: int, settings: Settings, tasks: Any, results: Any) -> None:
    from ..pipeline import Pipeline

    pipeline = Pipeline(settings)
    results.put(("ready", worker_id, None, None))
    while True:
        item = tasks.get()
        if item is None:
            return
        batch_id, articles = item
        try:
            out = list(pipeline.process(articles, batch_size=len(articles)))
            results.put(("done", worker_id, batch_id, (out, _peak_rss_mb())))
        except BaseException as exc:  # noqa: BLE001 - reported to the parent
            results.put(("error", worker_id, batch_id, f"{type(exc).__name__}: {exc}"))


@dataclass
class _Worker:
    wid: int
    process: Any
    tasks: Any
    busy: tuple[int, list[Article], float, bool] | None = None  # batch, articles, start, single


@dataclass
class _Batch:
    articles: list[Article]
    done: list[Article] | None = None
    parts: list[int] = field(default_factory=list)  # sub-batches when split


class WorkerPool:
    """Code articles in `n` worker processes, `batch_size` at a time, in input order.

    `timeout` is seconds per document: a batch may take `timeout * len(batch)`.
    """

    def __init__(self, n: int, settings: Settings, timeout: float = 120.0):
        self.n = max(1, n)
        self.settings = settings
        self.timeout = timeout
        self.ctx = mp.get_context("spawn")
        self.results = self.ctx.Queue()
        self.workers: dict[int, _Worker] = {}
        self._next_wid = 0
        self.peak_rss_mb: dict[int, float] = {}  # worker id -> peak resident memory

    # -- workers ------------------------------------------------------------------------

    def _spawn(self) -> _Worker:
        wid = self._next_wid
        self._next_wid += 1
        tasks = self.ctx.Queue()
        proc = self.ctx.Process(target=_worker_main, args=(wid, self.settings, tasks,
                                                           self.results), daemon=True)
        proc.start()
        w = _Worker(wid, proc, tasks)
        self.workers[wid] = w
        return w

    def _kill(self, w: _Worker) -> None:
        if w.process.is_alive():
            w.process.kill()
        w.process.join(timeout=5)
        self.workers.pop(w.wid, None)

    def close(self) -> None:
        for w in list(self.workers.values()):
            try:
                w.tasks.put(None)
            except (OSError, ValueError):
                pass
        for w in list(self.workers.values()):
            w.process.join(timeout=5)
            if w.process.is_alive():
                w.process.kill()
        self.workers.clear()

    # -- the run ------------------------------------------------------------------------

    def run(self, articles: Iterable[Article], batch_size: int = 16
            ) -> Iterator[list[Article]]:
        """Yield coded batches in input order."""
        source = iter(articles)
        exhausted = False
        batches: dict[int, _Batch] = {}
        # work items: (item_id, articles, single); item ids index `pieces`
        pieces: dict[int, tuple[int, int]] = {}  # piece id -> (batch id, position or -1)
        queue_: list[tuple[int, list[Article], bool]] = []
        next_batch = next_piece = next_out = 0
        piece_results: dict[int, list[Article]] = {}
        try:
            for _ in range(self.n):
                self._spawn()
            while True:
                # Fill the work queue from the input.
                while not exhausted and len(queue_) < self.n:
                    chunk = []
                    for a in source:
                        chunk.append(a)
                        if len(chunk) >= batch_size:
                            break
                    if not chunk:
                        exhausted = True
                        break
                    bid = next_batch
                    next_batch += 1
                    batches[bid] = _Batch(chunk)
                    ready = [a for a in chunk if a.failures]  # failed while reading
                    todo = [a for a in chunk if not a.failures]
                    pid = next_piece
                    next_piece += 1
                    pieces[pid] = (bid, -1)
                    batches[bid].parts.append(pid)
                    if todo:
                        queue_.append((pid, todo, False))
                    else:
                        piece_results[pid] = []
                    batches[bid].done = None
                    if ready:
                        rid = next_piece
                        next_piece += 1
                        pieces[rid] = (bid, -1)
                        batches[bid].parts.append(rid)
                        piece_results[rid] = ready
                # Hand work to idle workers.
                for w in list(self.workers.values()):
                    if w.busy is None and queue_:
                        pid, arts, single = queue_.pop(0)
                        w.busy = (pid, arts, time.monotonic(), single)
                        w.tasks.put((pid, arts))
                # Emit finished batches in order.
                while next_out in batches and all(p in piece_results
                                                  for p in batches[next_out].parts):
                    b = batches.pop(next_out)
                    done = [a for p in b.parts for a in piece_results.pop(p)]
                    order = {id(a): k for k, a in enumerate(b.articles)}
                    done.sort(key=lambda a: order.get(id(a), 0))
                    yield done
                    next_out += 1
                if exhausted and not queue_ and not batches:
                    return
                self._collect(queue_, pieces, batches, piece_results)
        finally:
            self.close()

    def _collect(self, queue_: list[tuple[int, list[Article], bool]],
                 pieces: dict[int, tuple[int, int]], batches: dict[int, _Batch],
                 piece_results: dict[int, list[Article]]) -> None:
        try:
            kind, wid, pid, payload = self.results.get(timeout=0.5)
        except queue.Empty:
            kind = None
        if kind == "done" and wid in self.workers:
            self.workers[wid].busy = None
            piece_results[pid], rss = payload
            self.peak_rss_mb[wid] = max(self.peak_rss_mb.get(wid, 0.0), rss)
        elif kind == "error" and wid in self.workers:
            w = self.workers[wid]
            arts, single = w.busy[1], w.busy[3]
            w.busy = None
            self._split_or_fail(pid, arts, single, f"worker error: {payload}", queue_, pieces,
                                batches, piece_results)
        now = time.monotonic()
        for w in list(self.workers.values()):
            if w.busy is None:
                continue
            pid, arts, start, single = w.busy
            limit = self.timeout * max(1, len(arts)) + (60 if not single else 30)
            dead = not w.process.is_alive()
            if dead or now - start > limit:
                reason = (f"the worker died while coding it (exit code {w.process.exitcode})"
                          if dead else f"took longer than {self.timeout:.0f}s to code")
                self._kill(w)
                self._spawn()
                self._split_or_fail(pid, arts, single, reason, queue_, pieces, batches,
                                    piece_results)

    def _split_or_fail(self, pid: int, arts: list[Article], single: bool, reason: str,
                       queue_: list[tuple[int, list[Article], bool]],
                       pieces: dict[int, tuple[int, int]], batches: dict[int, _Batch],
                       piece_results: dict[int, list[Article]]) -> None:
        bid = pieces[pid][0]
        if single or len(arts) == 1:
            a = arts[0]
            a.failures.append(Failure("timeout" if "longer" in reason else "worker", reason))
            log.warning("%s: %s", a.id, reason)
            piece_results[pid] = [a]
            return
        # Re-run one at a time to find the document that caused it.
        batches[bid].parts.remove(pid)
        for a in arts:
            new_pid = max(pieces) + 1
            pieces[new_pid] = (bid, -1)
            batches[bid].parts.append(new_pid)
            queue_.insert(0, (new_pid, [a], True))
