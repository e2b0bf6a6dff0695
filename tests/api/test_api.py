"""The HTTP API in-process: routes, paging, the error shape, limits and the token."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tidings.api import create_app


@pytest.fixture(scope="module")
def client(workbench_db, pipeline):
    return TestClient(create_app(workbench_db, pipeline=lambda: pipeline, max_upload=50_000))


def test_api_extract_returns_records(client):
    r = client.post("/api/extract", json={"text": "Russia pledged a $1.5bn loan to Belarus.",
                                          "title": "Loan", "published": "2020-09-14"})
    assert r.status_code == 200
    d = r.json()
    e = next(x for x in d["events"] if x["code"].startswith("033"))
    assert e["source"]["code"] == "RUS" and e["amounts"][0]["usd"] == 1.5e9


def test_api_events_filters_and_pages(client):
    r = client.get("/api/events", params={"dyad": "RUS,BLR", "limit": 1})
    d = r.json()
    assert r.status_code == 200 and d["total"] >= 3 and len(d["events"]) == 1
    r = client.get("/api/events", params={"dyad": "RUS,BLR", "limit": 1, "offset": 1})
    assert r.json()["events"][0]["id"] != d["events"][0]["id"]
    one = client.get(f"/api/events/{d['events'][0]['id']}").json()
    assert one["reports"][0]["sentence"]


def test_api_article_dyad_actors_network_quotes(client):
    a = client.get("/api/articles/example").json()
    assert a["reports"] and a["quotes"] and a["text"].startswith("https://")
    series = client.get("/api/dyads/RUS/BLR", params={"interval": "month"}).json()["series"]
    assert {"2019-01", "2020-09", "2020-10"} <= {p["period"] for p in series}
    assert client.get("/api/network").json()["edges"]
    q = client.get("/api/quotes", params={"speaker": "Putin"}).json()
    assert q["total"] >= 1 and all("Putin" in x["speaker_name"] for x in q["quotes"])
    assert client.get("/api/actors", params={"text": "Belarus"}).json()["total"] >= 1


def test_api_error_shape(client):
    for r, status in ((client.get("/api/events/999999"), 404),
                      (client.get("/api/events", params={"actor": "RU'S"}), 422),
                      (client.post("/api/extract", json={"text": "  "}), 400)):
        assert r.status_code == status
        assert r.json() == {"ok": False, "error": r.json()["error"], "status": status}


def test_api_body_limit_is_413(client):
    r = client.post("/api/extract", json={"text": "word " * 20_000})
    assert r.status_code == 413 and r.json()["status"] == 413


def test_api_token_required_when_set(workbench_db, pipeline):
    c = TestClient(create_app(workbench_db, token="s3cret", pipeline=lambda: pipeline))
    assert c.get("/api/events").status_code == 401
    assert c.get("/api/events", headers={"Authorization": "Bearer s3cret"}).status_code == 200
    assert c.get("/events?token=s3cret").status_code == 200
    assert c.get("/events").status_code == 200  # the cookie set by ?token= is now sent


def test_api_serve_refuses_open_address_without_token(capsys):
    from tidings.cli.main import main

    assert main(["serve", "--host", "0.0.0.0", "--db", "x.db"]) == 2
    assert "token" in capsys.readouterr().err
