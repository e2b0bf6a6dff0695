"""Exports: our schema and the GDELT event table."""
from __future__ import annotations

import io
import json

import pytest

from tidings.ingest import make_article
from tidings.store.db import Store
from tidings.store.export import GDELT_COLUMNS, export_csv, export_gdelt, export_jsonl, export
from tidings.store.queries import EventFilter


@pytest.fixture(scope="module")
def store(pipeline, tmp_path_factory):
    s = Store(tmp_path_factory.mktemp("x") / "x.db")
    s.write([pipeline.run(make_article(
        "Mr Lukashenko visited Mr Putin in the Black Sea resort town of Sochi on Monday.",
        id="e1", published="2020-09-14", url="https://news.example/e1"))])
    yield s
    s.close()


def test_export_jsonl_one_event_a_line_with_reports(store):
    out = io.StringIO()
    assert export_jsonl(store, out, EventFilter()) == 1
    e = json.loads(out.getvalue())
    assert e["code"] == "042" and e["source_code"] == "BLRGOV" and e["reports"][0]["sentence"]


def test_export_gdelt_has_61_columns(store):
    out = io.StringIO()
    export_gdelt(store, out, EventFilter(), header=True)
    header, row = [line.split("\t") for line in out.getvalue().splitlines()]
    assert len(header) == len(row) == 61 == len(GDELT_COLUMNS)
    rec = dict(zip(header, row))
    assert rec["SQLDATE"] == "20200914" and rec["Actor1Code"] == "BLRGOV"
    assert rec["Actor1CountryCode"] == "BLR" and rec["Actor1Type1Code"] == "GOV"
    assert rec["EventRootCode"] == "04" and rec["QuadClass"] == "1"
    assert rec["ActionGeo_FullName"] == "Sochi" and rec["ActionGeo_CountryCode"] == "RS"
    assert rec["SOURCEURL"] == "https://news.example/e1"


def test_export_csv_and_parquet(store, tmp_path):
    out = io.StringIO()
    export_csv(store, out, EventFilter())
    assert out.getvalue().splitlines()[0].startswith("id,source_code")
    import pyarrow.parquet as pq

    n = export(store, "parquet", str(tmp_path / "pq"))
    assert n == 1
    assert pq.read_table(tmp_path / "pq" / "events.parquet").num_rows == 1
    assert pq.read_table(tmp_path / "pq" / "reports.parquet").num_rows == 1
