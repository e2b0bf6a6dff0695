"""The SQLite store: writes, idempotence, cross-article deduplication, failures."""
from __future__ import annotations

import sqlite3

import pytest

from tidings.errors import StoreError
from tidings.ingest import make_article
from tidings.store.db import Store


@pytest.fixture()
def store(tmp_path):
    s = Store(tmp_path / "t.db")
    yield s
    s.close()


def coded(pipeline, text, id, published="2021-05-03", url=None):
    return pipeline.run(make_article(text, id=id, published=published, url=url))


def test_db_stores_article_and_records(pipeline, store, example_article):
    assert store.write([example_article]) == (1, 0)
    counts = store.counts()
    assert counts["articles"] == 1 and counts["reports"] == len(example_article.events)
    assert counts["quotes"] == len(example_article.quotes) and counts["events"] >= 1
    row = store.rows("SELECT * FROM reports WHERE code LIKE '033%'")[0]
    text = store.rows("SELECT text FROM articles")[0]["text"]
    assert text[row["trigger_start"]:row["trigger_end"]] == row["trigger"]


def test_db_write_is_idempotent(pipeline, store, example_article):
    store.write([example_article])
    before = store.counts()
    assert store.write([example_article]) == (0, 0)
    assert store.counts() == before


def test_db_same_event_from_two_articles_is_one_event(pipeline, store):
    a = coded(pipeline, "Egypt praised Jordan on Monday.", "a1", url="https://one.example/x")
    b = coded(pipeline, "On Monday Egypt praised Jordan again, officials said.", "a2",
              url="https://two.example/y")
    c = coded(pipeline, "Egypt praised Jordan on Monday night.", "a3", published="2021-07-20")
    store.write([a, b, c])
    events = store.rows("SELECT * FROM events WHERE code LIKE '05%' ORDER BY date")
    assert [e["n_reports"] for e in events] == [2, 1]
    assert events[0]["n_articles"] == 2 and events[0]["n_sources"] == 2
    assert store.counts()["reports"] == 3  # every report's evidence is kept


def test_db_dedup_does_not_depend_on_order(pipeline, tmp_path):
    arts = [coded(pipeline, f"Egypt praised Jordan. Report {k}.", f"d{k}", published=day)
            for k, day in enumerate(["2021-05-03", "2021-05-05", "2021-05-04"])]
    partitions = []
    for order in (arts, list(reversed(arts))):
        path = tmp_path / f"o{len(partitions)}.db"
        with Store(path) as s:
            for a in order:  # one by one: the bridge arrives last in one order
                s.write([a])
            groups = s.rows("SELECT event_id, group_concat(article_id) AS ids FROM "
                            "(SELECT * FROM reports ORDER BY article_id) GROUP BY event_id")
            partitions.append(sorted(g["ids"] for g in groups))
    assert partitions[0] == partitions[1] == ["d0,d1,d2"]


def test_db_merged_event_record_does_not_depend_on_order(pipeline, tmp_path):
    # The same protest, reported as planned in one article and as done in another.
    arts = [coded(pipeline, "Students in Caracas will protest against the government.", "p1"),
            coded(pipeline, "Students in Caracas protested against the government.", "p2")]
    assert {e.status for a in arts for e in a.events} == {"intended", "actual"}
    records = []
    for order in (arts, list(reversed(arts))):
        with Store(tmp_path / f"p{len(records)}.db") as s:
            for a in order:
                s.write([a])
            records.append(s.rows("SELECT source_code, target_code, code, status, "
                                  "source_name, first_article, n_reports FROM events"))
    assert records[0] == records[1]
    assert records[0][0]["status"] == "actual" and records[0][0]["n_reports"] == 2


def test_db_failures_are_recorded_with_reason(pipeline, store):
    bad = pipeline.run(make_article("", id="empty"))
    assert store.write([bad]) == (0, 1)
    row = store.rows("SELECT * FROM failures")[0]
    assert row["doc_id"] == "empty" and "empty" in row["reason"] and row["stage"] == "check"
    assert store.write([bad]) == (0, 0)


def test_db_readonly_and_missing_file(tmp_path):
    with pytest.raises(StoreError, match="no tidings database"):
        Store(tmp_path / "missing.db", readonly=True)
    Store(tmp_path / "x.db").close()
    ro = Store(tmp_path / "x.db", readonly=True)
    with pytest.raises(StoreError):
        ro.write([])
    with pytest.raises(sqlite3.OperationalError):
        ro.conn.execute("INSERT INTO meta VALUES ('a', 'b')")
