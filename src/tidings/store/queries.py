"""Every read the CLI, the API and the workbench make: one function per question.

Filters reach SQLite only as parameters. Every list is paged (`limit`, `offset`) and says
how many rows match in all.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, fields
from typing import Any

from ..errors import InputError
from .db import Store

MAX_LIMIT = 1000
COUNT_CAP = 100_000  # event totals beyond this are reported as "at least"
SORTABLE = {"date": "e.date", "code": "e.code", "goldstein": "e.goldstein",
            "reports": "e.n_reports", "source": "e.source_code", "target": "e.target_code",
            "id": "e.id"}


@dataclass
class EventFilter:
    """What to select. Actor codes: three letters for a country (any role), a full code
    (RUSGOV) or its start; `dyad` is two codes, events between them either way."""

    actor: str | None = None
    source: str | None = None
    target: str | None = None
    dyad: str | None = None  # "RUS,BLR"
    code: str | None = None  # CAMEO code or its start
    root: str | None = None
    quad_class: int | None = None
    status: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    text: str | None = None
    article: str | None = None

    @classmethod
    def from_mapping(cls, m: dict[str, Any]) -> "EventFilter":
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in m.items() if k in names and v not in (None, "")})


def _actor_clause(code: str, side: str) -> tuple[str, list[Any]]:
    code = code.strip().upper()
    if not code.isalpha():
        raise InputError(f"{code!r} is not an actor code (letters only, e.g. RUS or RUSGOV)")
    col = "source" if side == "source" else "target"
    if len(code) == 3:
        return f"e.{col}_country = ?", [code]
    return f"e.{col}_code LIKE ?", [code + "%"]


def _where(f: EventFilter) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if f.actor:
        s, sp = _actor_clause(f.actor, "source")
        t, tp = _actor_clause(f.actor, "target")
        clauses.append(f"({s} OR {t})")
        params += sp + tp
    for side, value in (("source", f.source), ("target", f.target)):
        if value:
            c, p = _actor_clause(value, side)
            clauses.append(c)
            params += p
    if f.dyad:
        parts = [x for x in f.dyad.replace(";", ",").split(",") if x.strip()]
        if len(parts) != 2:
            raise InputError("dyad takes two actor codes: RUS,BLR")
        a_s, a_sp = _actor_clause(parts[0], "source")
        b_t, b_tp = _actor_clause(parts[1], "target")
        b_s, b_sp = _actor_clause(parts[1], "source")
        a_t, a_tp = _actor_clause(parts[0], "target")
        clauses.append(f"(({a_s} AND {b_t}) OR ({b_s} AND {a_t}))")
        params += a_sp + b_tp + b_sp + a_tp
    if f.code:
        clauses.append("e.code LIKE ?")
        params.append(str(f.code).strip() + "%")
    if f.root:
        clauses.append("e.root = ?")
        params.append(str(f.root).zfill(2))
    if f.quad_class:
        clauses.append("e.quad_class = ?")
        params.append(int(f.quad_class))
    if f.status:
        clauses.append("e.status = ?")
        params.append(f.status)
    if f.date_from:
        clauses.append("e.date >= ?")
        params.append(str(f.date_from))
    if f.date_to:
        clauses.append("e.date <= ?")
        params.append(str(f.date_to))
    if f.text:
        # words of the evidence, through the full-text index; the words become one quoted
        # phrase, so no FTS syntax reaches the engine
        phrase = '"' + " ".join(f.text.split()).replace('"', '""') + '"'
        clauses.append("e.id IN (SELECT r.event_id FROM reports r WHERE r.id IN "
                       "(SELECT rowid FROM reports_fts WHERE reports_fts MATCH ?))")
        params.append(phrase)
    if f.article:
        clauses.append("EXISTS (SELECT 1 FROM reports r WHERE r.event_id = e.id AND "
                       "r.article_id = ?)")
        params.append(f.article)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _page(limit: int, offset: int) -> tuple[int, int]:
    if limit < 1 or offset < 0:
        raise InputError("limit must be at least 1 and offset at least 0")
    return min(int(limit), MAX_LIMIT), int(offset)


def list_events(store: Store, f: EventFilter, limit: int = 50, offset: int = 0,
                sort: str = "date", descending: bool = True, count: bool = True
                ) -> dict[str, Any]:
    """Events (after deduplication) matching `f`, newest first, with one evidence sentence."""
    limit, offset = _page(limit, offset)
    if sort not in SORTABLE:
        raise InputError(f"cannot sort by {sort!r}; choose one of {', '.join(SORTABLE)}")
    where, params = _where(f)
    order = f"{SORTABLE[sort]} {'DESC' if descending else 'ASC'}, e.id DESC"
    total = None
    if count:
        # Counting stops at COUNT_CAP: a million matches need not all be touched to say so.
        total = store.conn.execute(f"SELECT COUNT(*) FROM (SELECT 1 FROM events e{where}"
                                   f" LIMIT {COUNT_CAP + 1})", params).fetchone()[0]
    # First the page's ids (from an index, walking the date order when many events match),
    # then their rows.
    hint = " INDEXED BY events_date" if sort == "date" and total and total > 2000 else ""
    ids = [r[0] for r in store.conn.execute(
        f"SELECT e.id FROM events e{hint}{where} ORDER BY {order} LIMIT ? OFFSET ?",
        params + [limit, offset])]
    rows = []
    if ids:
        marks = ",".join("?" * len(ids))
        found = {r["id"]: r for r in store.rows(
            f"SELECT e.*, (SELECT r.sentence FROM reports r WHERE r.event_id = e.id ORDER BY"
            f" r.id LIMIT 1) AS sentence, (SELECT r.article_id FROM reports r WHERE"
            f" r.event_id = e.id ORDER BY r.id LIMIT 1) AS article_id FROM events e"
            f" WHERE e.id IN ({marks})", ids)}
        rows = [found[i] for i in ids if i in found]
    return {"total": total, "total_is_exact": total is None or total <= COUNT_CAP,
            "limit": limit, "offset": offset, "events": rows}


def event_detail(store: Store, event_id: int) -> dict[str, Any] | None:
    rows = store.rows("SELECT * FROM events WHERE id = ?", [event_id])
    if not rows:
        return None
    event = rows[0]
    event["reports"] = [_report(r) for r in store.rows(
        "SELECT r.*, a.title, a.published, a.url FROM reports r JOIN articles a ON"
        " a.id = r.article_id WHERE r.event_id = ? ORDER BY a.published, r.id", [event_id])]
    return event


def _report(r: dict[str, Any]) -> dict[str, Any]:
    r = dict(r)
    for key in ("place", "amounts"):
        if isinstance(r.get(key), str):
            r[key] = json.loads(r[key])
    return r


def get_article(store: Store, article_id: str) -> dict[str, Any] | None:
    rows = store.rows("SELECT * FROM articles WHERE id = ?", [article_id])
    if not rows:
        return None
    a = rows[0]
    a["blocks"] = json.loads(a["blocks"] or "[]")
    a["reports"] = [_report(r) for r in store.rows(
        "SELECT * FROM reports WHERE article_id = ? ORDER BY trigger_start", [article_id])]
    a["quotes"] = store.rows("SELECT * FROM quotes WHERE article_id = ? ORDER BY start",
                             [article_id])
    a["amounts"] = store.rows("SELECT * FROM amounts WHERE article_id = ? ORDER BY start",
                              [article_id])
    a["places"] = store.rows("SELECT * FROM places WHERE article_id = ? ORDER BY start",
                             [article_id])
    a["mentions"] = store.rows("SELECT * FROM mentions WHERE article_id = ? ORDER BY start",
                               [article_id])
    return a


def list_articles(store: Store, limit: int = 50, offset: int = 0, text: str | None = None
                  ) -> dict[str, Any]:
    limit, offset = _page(limit, offset)
    where, params = "", []
    if text:
        where, params = " WHERE title LIKE ? OR text LIKE ?", [f"%{text}%", f"%{text}%"]
    rows = store.rows(f"SELECT id, title, published, url, source, n_reports FROM articles"
                      f"{where} ORDER BY published DESC, id LIMIT ? OFFSET ?",
                      params + [limit, offset])
    total = store.conn.execute(f"SELECT COUNT(*) FROM articles{where}", params).fetchone()[0]
    return {"total": total, "limit": limit, "offset": offset, "articles": rows}


def dyad_series(store: Store, a: str, b: str, interval: str = "month",
                f: EventFilter | None = None) -> dict[str, Any]:
    """Cooperation and conflict between two actors over time: per period, events by
    QuadClass and the summed Goldstein score, each direction apart."""
    if interval not in ("month", "week", "year"):
        raise InputError("interval must be month, week or year")
    bucket = {"month": "substr(e.date, 1, 7)", "year": "substr(e.date, 1, 4)",
              "week": "strftime('%Y-W%W', e.date)"}[interval]
    base = f or EventFilter()
    base.dyad = f"{a},{b}"
    where, params = _where(base)
    src_a, sp = _actor_clause(a, "source")
    rows = store.rows(
        f"SELECT {bucket} AS period, CASE WHEN {src_a} THEN 'a_to_b' ELSE 'b_to_a' END AS"
        f" direction, e.quad_class, COUNT(*) AS events, SUM(COALESCE(e.goldstein, 0)) AS"
        f" goldstein FROM events e{where} AND e.date IS NOT NULL GROUP BY period, direction,"
        f" e.quad_class ORDER BY period", sp + params)
    series: dict[str, dict[str, Any]] = {}
    for r in rows:
        p = series.setdefault(r["period"], {"period": r["period"], "events": 0,
                                            "goldstein": 0.0,
                                            "quad": {"1": 0, "2": 0, "3": 0, "4": 0},
                                            "a_to_b": 0, "b_to_a": 0})
        p["events"] += r["events"]
        p["goldstein"] = round(p["goldstein"] + (r["goldstein"] or 0.0), 2)
        q = str(r["quad_class"])
        p["quad"][q] = p["quad"].get(q, 0) + r["events"]
        p[r["direction"]] += r["events"]
    return {"a": a.upper(), "b": b.upper(), "interval": interval,
            "series": list(series.values())}


def list_actors(store: Store, limit: int = 50, offset: int = 0, text: str | None = None
                ) -> dict[str, Any]:
    limit, offset = _page(limit, offset)
    where, params = "", []
    if text:
        where, params = " WHERE name LIKE ? OR code LIKE ?", [f"%{text}%", f"{text.upper()}%"]
    rows = store.rows(f"SELECT * FROM actors{where} ORDER BY articles DESC, mentions DESC"
                      f" LIMIT ? OFFSET ?", params + [limit, offset])
    total = store.conn.execute(f"SELECT COUNT(*) FROM actors{where}", params).fetchone()[0]
    return {"total": total, "limit": limit, "offset": offset, "actors": rows}


def actor_network(store: Store, min_events: int = 1, limit: int = 200,
                  f: EventFilter | None = None) -> dict[str, Any]:
    """Actors (by country or organisation) as nodes; dyads as edges weighted by events and
    coloured by mean Goldstein score."""
    where, params = _where(f or EventFilter())
    cond = " AND " if where else " WHERE "
    rows = store.rows(
        f"SELECT e.source_country AS source, e.target_country AS target, COUNT(*) AS events,"
        f" AVG(e.goldstein) AS goldstein FROM events e{where}{cond}e.source_country IS NOT"
        f" NULL AND e.target_country IS NOT NULL AND e.source_country != e.target_country"
        f" GROUP BY e.source_country, e.target_country HAVING COUNT(*) >= ?"
        f" ORDER BY events DESC LIMIT ?", params + [int(min_events), min(int(limit), 5000)])
    nodes: dict[str, int] = {}
    for r in rows:
        r["goldstein"] = round(r["goldstein"] or 0.0, 2)
        nodes[r["source"]] = nodes.get(r["source"], 0) + r["events"]
        nodes[r["target"]] = nodes.get(r["target"], 0) + r["events"]
    return {"nodes": [{"id": k, "events": v} for k, v in sorted(nodes.items())],
            "edges": rows}


def list_quotes(store: Store, speaker: str | None = None, limit: int = 50, offset: int = 0,
                article: str | None = None, include_partial: bool = True) -> dict[str, Any]:
    limit, offset = _page(limit, offset)
    clauses, params = [], []
    if speaker:
        if speaker.isalpha() and speaker.isupper():
            clauses.append("q.speaker_code LIKE ?")
            params.append(speaker + "%")
        else:
            clauses.append("q.speaker_name LIKE ?")
            params.append(f"%{speaker}%")
    if article:
        clauses.append("q.article_id = ?")
        params.append(article)
    if not include_partial:
        clauses.append("q.partial = 0")
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    rows = store.rows(f"SELECT q.*, a.title, a.published FROM quotes q JOIN articles a ON"
                      f" a.id = q.article_id{where} ORDER BY a.published DESC, q.id"
                      f" LIMIT ? OFFSET ?", params + [limit, offset])
    total = store.conn.execute(f"SELECT COUNT(*) FROM quotes q{where}", params).fetchone()[0]
    return {"total": total, "limit": limit, "offset": offset, "quotes": rows}


def list_failures(store: Store, limit: int = 50, offset: int = 0) -> dict[str, Any]:
    limit, offset = _page(limit, offset)
    rows = store.rows("SELECT * FROM failures ORDER BY id LIMIT ? OFFSET ?", [limit, offset])
    total = store.conn.execute("SELECT COUNT(*) FROM failures").fetchone()[0]
    return {"total": total, "limit": limit, "offset": offset, "failures": rows}
