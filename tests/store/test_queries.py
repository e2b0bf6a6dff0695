"""Queries behind the CLI, the API and the workbench."""
from __future__ import annotations

import pytest

from tidings.errors import InputError
from tidings.ingest import make_article
from tidings.store import queries as Q
from tidings.store.db import Store

TEXTS = [
    ("q1", "2020-09-14", "Russia pledged a $1.5bn loan to Belarus on Monday."),
    ("q2", "2020-10-02", "Russian troops attacked Ukrainian positions near Donetsk."),
    ("q3", "2020-10-20", "Belarus praised Russia for its support on Tuesday."),
    ("q4", "2021-01-11", "The European Union imposed sanctions on Belarus."),
]


@pytest.fixture(scope="module")
def store(pipeline, tmp_path_factory):
    s = Store(tmp_path_factory.mktemp("q") / "q.db")
    s.write([pipeline.run(make_article(t, id=i, published=d)) for i, d, t in TEXTS])
    yield s
    s.close()


def test_queries_filters(store):
    assert Q.list_events(store, Q.EventFilter(actor="BLR"))["total"] == 3
    assert Q.list_events(store, Q.EventFilter(root="19"))["total"] == 1
    assert Q.list_events(store, Q.EventFilter(dyad="BLR,RUS"))["total"] == 2
    assert Q.list_events(store, Q.EventFilter(source="IGOEUREEC"))["total"] == 1
    assert Q.list_events(store, Q.EventFilter(date_from="2020-10-01",
                                              date_to="2020-12-31"))["total"] == 2
    assert Q.list_events(store, Q.EventFilter(text="loan"))["total"] == 1
    assert Q.list_events(store, Q.EventFilter(quad_class=4))["total"] == 2


def test_queries_paging_and_bad_input(store):
    page = Q.list_events(store, Q.EventFilter(), limit=2, offset=1)
    assert page["total"] == 4 and len(page["events"]) == 2 and page["offset"] == 1
    with pytest.raises(InputError):
        Q.list_events(store, Q.EventFilter(actor="RUS'; DROP TABLE events;--"))
    with pytest.raises(InputError):
        Q.list_events(store, Q.EventFilter(), sort="evil")


def test_queries_dyad_series_article_network_quotes(store):
    series = Q.dyad_series(store, "RUS", "BLR")["series"]
    assert [p["period"] for p in series] == ["2020-09", "2020-10"]
    assert series[0]["quad"]["1"] == 1 and series[1]["b_to_a"] == 1
    art = Q.get_article(store, "q1")
    assert art["reports"] and art["text"].startswith("Russia")
    net = Q.actor_network(store)
    edges = {(e["source"], e["target"]) for e in net["edges"]}
    assert ("RUS", "BLR") in edges
    assert Q.list_actors(store, text="Belarus")["total"] >= 1
    assert Q.get_article(store, "nope") is None
