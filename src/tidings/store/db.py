"""The store: one SQLite file in WAL mode, one writer, any number of readers.

SQLite rather than DuckDB because the workbench reads while `tidings ingest` writes: WAL
lets readers in other processes query a consistent snapshot during a write, where DuckDB
allows one writing process and no readers beside it. The workbench's queries (filtered,
paged event lists; a dyad's events by month) run on indexes. DuckDB still reads the
Parquet exports and the Dask runner's dataset directly (docs/store.md).

Writes are per batch, in one transaction: a batch is stored whole or not at all, so a run
killed at any moment leaves no half-written document, and the next run, skipping what is
stored (by content hash), continues where it stopped.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
from pathlib import Path
from typing import Any, Iterable, Iterator
from urllib.parse import urlparse

from ..document import Article, Event
from ..errors import StoreError

SCHEMA = Path(__file__).parent / "schema.sql"
SCHEMA_VERSION = "1"
DEFAULT_DB = "tidings.db"


def default_db_path() -> str:
    """`$TIDINGS_DB`, else ./tidings.db."""
    return os.environ.get("TIDINGS_DB", DEFAULT_DB)


def content_hash(article: Article) -> str:
    """What makes two documents the same: their text (with the title, when given apart)."""
    basis = article.text if article.text else f"{article.origin}\x00{article.id}"
    return hashlib.sha256(basis.encode("utf-8", "replace")).hexdigest()


def _source_of(article: Article) -> str:
    if article.url:
        host = urlparse(article.url).netloc.lower()
        if host:
            return host[4:] if host.startswith("www.") else host
    return (article.origin or "").split(":")[0] or "unknown"


class Store:
    """An open tidings database.

    Example:
        >>> store = Store(":memory:")
        >>> store.counts()["articles"]
        0
    """

    def __init__(self, path: str | os.PathLike[str] | None = None, readonly: bool = False,
                 merge_window_days: int = 1):
        self.path = str(path or default_db_path())
        self.readonly = readonly
        self.window = dt.timedelta(days=merge_window_days)
        try:
            if readonly:
                if self.path != ":memory:" and not Path(self.path).exists():
                    raise StoreError(f"no tidings database at {self.path}: run `tidings "
                                     "ingest` first, or pass --db")
                uri = f"file:{Path(self.path).resolve()}?mode=ro"
                self.conn = sqlite3.connect(uri, uri=True, timeout=30,
                                            check_same_thread=False)
            else:
                if self.path != ":memory:":
                    Path(self.path).parent.mkdir(parents=True, exist_ok=True)
                self.conn = sqlite3.connect(self.path, timeout=60, isolation_level=None,
                                            check_same_thread=False)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA busy_timeout = 60000")
            if not readonly:
                self.conn.executescript(SCHEMA.read_text(encoding="utf-8"))
                self.conn.execute("PRAGMA synchronous = NORMAL")
                self.conn.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)",
                                  (SCHEMA_VERSION,))
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open the database {self.path}: {exc}") from None

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    # -- what is stored ---------------------------------------------------------------

    def known_hashes(self) -> set[str]:
        rows = self.conn.execute("SELECT content_hash FROM articles UNION "
                                 "SELECT content_hash FROM failures")
        return {r[0] for r in rows}

    def has(self, article: Article) -> bool:
        h = content_hash(article)
        row = self.conn.execute("SELECT 1 FROM articles WHERE content_hash = ? UNION "
                                "SELECT 1 FROM failures WHERE content_hash = ?", (h, h))
        return row.fetchone() is not None

    def counts(self) -> dict[str, int]:
        out = {}
        for table in ("articles", "events", "reports", "quotes", "amounts", "places",
                      "failures"):
            out[table] = self.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
        return out

    # -- writing ----------------------------------------------------------------------

    def write(self, articles: Iterable[Article]) -> tuple[int, int]:
        """Store a batch in one transaction; returns (stored, failed). Documents already
        stored (same content hash) are skipped."""
        if self.readonly:
            raise StoreError("this database was opened read-only")
        stored = failed = 0
        now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
        cur = self.conn.cursor()
        try:
            cur.execute("BEGIN IMMEDIATE")
            for article in articles:
                h = content_hash(article)
                if article.failures:
                    f = article.failures[0]
                    cur.execute("INSERT OR IGNORE INTO failures (doc_id, origin, content_hash,"
                                " stage, reason, at) VALUES (?, ?, ?, ?, ?, ?)",
                                (article.id, article.origin, h, f.stage, f.reason, now))
                    failed += cur.rowcount
                    continue
                if cur.execute("SELECT 1 FROM articles WHERE content_hash = ? OR id = ?",
                               (h, article.id)).fetchone():
                    continue
                self._insert_article(cur, article, h, now)
                stored += 1
            cur.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                cur.execute("ROLLBACK")
            raise
        return stored, failed

    def _insert_article(self, cur: sqlite3.Cursor, a: Article, h: str, now: str) -> None:
        cur.execute(
            "INSERT INTO articles (id, content_hash, title, published, url, origin, source,"
            " dateline, text, blocks, n_reports, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (a.id, h, a.title, a.published.isoformat() if a.published else None, a.url,
             a.origin, _source_of(a), a.dateline, a.text,
             json.dumps([{"kind": b.kind, "span": [b.start, b.end], "reason": b.reason}
                         for b in a.blocks]), len(a.events), now))
        cur.executemany(
            "INSERT INTO mentions VALUES (?,?,?,?,?,?,?,?,?,?)",
            [(a.id, m.start, m.end, m.text, m.code, m.name, m.kind, m.entry, m.sentence_index,
              m.via) for m in a.mentions])
        cur.executemany(
            "INSERT INTO entities VALUES (?,?,?,?,?,?)",
            [(a.id, e["entry"], e["name"], e["code"], e["kind"], e["mentions"])
             for e in a.entities])
        cur.executemany(
            "INSERT INTO quotes (article_id, text, start, end, speaker_name, speaker_code,"
            " speaker_entry, speaker_start, speaker_end, partial, sentence_index, how)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            [(a.id, q.text, q.span[0], q.span[1],
              q.speaker.name if q.speaker else None, q.speaker.code if q.speaker else None,
              q.speaker.entry if q.speaker else None,
              q.speaker.span[0] if q.speaker else None,
              q.speaker.span[1] if q.speaker else None, int(q.partial), q.sentence_index,
              q.how) for q in a.quotes])
        cur.executemany(
            "INSERT INTO amounts (article_id, text, start, end, value, kind, currency, usd,"
            " counts, sentence_index) VALUES (?,?,?,?,?,?,?,?,?,?)",
            [(a.id, x.text, x.span[0], x.span[1], x.value, x.kind, x.currency, x.usd,
              x.counts, x.sentence_index) for x in a.amounts])
        cur.executemany(
            "INSERT INTO places (article_id, text, start, end, name, country, feature,"
            " latitude, longitude, geonameid, sentence_index) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [(a.id, p.text, p.span[0], p.span[1], p.name, p.country, p.feature, p.latitude,
              p.longitude, p.geonameid, p.sentence_index) for p in a.places])
        for e in a.events:
            self._insert_report(cur, a, e)

    # -- cross-article deduplication ------------------------------------------------------

    def _insert_report(self, cur: sqlite3.Cursor, a: Article, e: Event) -> None:
        """Attach a report to the event it reports, merging events it bridges.

        Reports join an event when source, target and CAMEO code are the same and the dates
        lie within the merge window of one of its reports (reports with no date join only
        undated events). The events are the connected groups of that relation, so the
        result does not depend on the order documents arrive in."""
        target = e.target.code if e.target else ""
        date = e.date
        if date:
            d = dt.date.fromisoformat(date)
            lo, hi = (d - self.window).isoformat(), (d + self.window).isoformat()
            rows = cur.execute(
                "SELECT id FROM events WHERE source_code = ? AND target_code = ? AND code = ?"
                " AND date IS NOT NULL AND date <= ? AND date_max >= ? ORDER BY id",
                (e.source.code, target, e.code, hi, lo)).fetchall()
        else:
            rows = cur.execute(
                "SELECT id FROM events WHERE source_code = ? AND target_code = ? AND code = ?"
                " AND date IS NULL ORDER BY id", (e.source.code, target, e.code)).fetchall()
        ids = [r[0] for r in rows]
        if ids:
            event_id = ids[0]
            for other in ids[1:]:
                cur.execute("UPDATE reports SET event_id = ? WHERE event_id = ?",
                            (event_id, other))
                cur.execute("DELETE FROM events WHERE id = ?", (other,))
        else:
            place = e.place
            cur.execute(
                "INSERT INTO events (source_code, source_name, source_country, target_code,"
                " target_name, target_country, code, root, name, plover, mode, quad_class,"
                " goldstein, status, date, date_max, date_precision, place_name,"
                " place_country, place_lat, place_lon, confidence, first_article)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (e.source.code, e.source.name, _country(e.source.code), target,
                 e.target.name if e.target else None, _country(target), e.code, e.root,
                 e.name, e.plover, e.mode, e.quad_class, e.goldstein, e.status, date, date,
                 e.date_precision, place.name if place else None,
                 place.country if place else None, place.latitude if place else None,
                 place.longitude if place else None, e.confidence, a.id))
            event_id = cur.lastrowid
        cur.execute(
            "INSERT INTO reports (event_id, article_id, source_code, source_name, source_text,"
            " source_start, source_end, source_entry, target_code, target_name, target_text,"
            " target_start, target_end, target_entry, code, status, sentence, sentence_index,"
            " trigger, trigger_start, trigger_end, date, date_precision, place, amounts,"
            " confidence, why, mentions) VALUES"
            " (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (event_id, a.id, e.source.code, e.source.name, e.source.text, e.source.span[0],
             e.source.span[1], e.source.entry, target,
             e.target.name if e.target else None, e.target.text if e.target else None,
             e.target.span[0] if e.target else None, e.target.span[1] if e.target else None,
             e.target.entry if e.target else None, e.code, e.status, e.sentence,
             e.sentence_index, e.trigger, e.trigger_span[0], e.trigger_span[1], date,
             e.date_precision, json.dumps(e.place.to_dict()) if e.place else None,
             json.dumps([x.to_dict() for x in e.amounts]), e.confidence, e.why, e.mentions))
        self._refresh_event(cur, event_id)

    @staticmethod
    def _refresh_event(cur: sqlite3.Cursor, event_id: int) -> None:
        cur.execute(
            "UPDATE events SET (date, date_max, n_reports, n_articles, n_sources, confidence)"
            " = (SELECT MIN(r.date), MAX(r.date), COUNT(*), COUNT(DISTINCT r.article_id),"
            "    COUNT(DISTINCT a.source), MAX(r.confidence)"
            "    FROM reports r JOIN articles a ON a.id = r.article_id WHERE r.event_id = ?)"
            " WHERE id = ?", (event_id, event_id))
        # The event's words come from one canonical report (earliest date, then article id
        # and position), and it is actual if any report says it happened, so the record does
        # not depend on the order its reports arrived in.
        cur.execute(
            "UPDATE events SET (source_name, target_name, status, date_precision, place_name,"
            " place_country, place_lat, place_lon, first_article) = (SELECT r.source_name,"
            " r.target_name, CASE WHEN EXISTS (SELECT 1 FROM reports x WHERE x.event_id = ?"
            " AND x.status = 'actual') THEN 'actual' ELSE r.status END, r.date_precision,"
            " json_extract(r.place, '$.name'), json_extract(r.place, '$.country'),"
            " json_extract(r.place, '$.latitude'), json_extract(r.place, '$.longitude'),"
            " r.article_id FROM reports r WHERE r.event_id = ? ORDER BY r.date IS NULL,"
            " r.date, r.article_id, r.trigger_start LIMIT 1) WHERE id = ?",
            (event_id, event_id, event_id))

    # -- reading --------------------------------------------------------------------------

    def rows(self, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
        return [dict(r) for r in self.conn.execute(sql, tuple(params))]

    def iter_rows(self, sql: str, params: Iterable[Any] = ()) -> Iterator[dict[str, Any]]:
        for r in self.conn.execute(sql, tuple(params)):
            yield dict(r)


def _country(code: str) -> str | None:
    if not code:
        return None
    if code.startswith(("IGO", "NGO", "IMG", "MNC", "NGM", "INT", "UIS")):
        return code
    return code[:3]
