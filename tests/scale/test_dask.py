"""The Dask runner on a real local cluster: the same events as a single-process run, a
Parquet dataset that DuckDB reads, resuming from completed tasks."""
from __future__ import annotations

import json

from tidings.cli.main import main
from tidings.store.db import Store
from tests.scale.test_ingest import corpus


def reports(db):
    with Store(db, readonly=True) as s:
        return s.rows("SELECT article_id, source_code, target_code, code, date, status FROM "
                      "reports ORDER BY article_id, code, trigger_start")


def event_groups(db):
    with Store(db, readonly=True) as s:
        groups = s.rows("SELECT group_concat(article_id) ids FROM (SELECT * FROM reports "
                        "ORDER BY article_id) GROUP BY event_id")
    return sorted(g["ids"] for g in groups)


def test_dask_cluster_gives_same_events_as_single_process(tmp_path):
    corpus(tmp_path / "a.jsonl", 30)
    assert main(["ingest", str(tmp_path / "a.jsonl"), "--db", str(tmp_path / "one.db"),
                 "--workers", "0", "--no-progress"]) == 0
    dataset = tmp_path / "ds"
    assert main(["ingest", str(tmp_path / "a.jsonl"), "--db", str(tmp_path / "two.db"),
                 "--cluster", "local:2", "--dataset", str(dataset), "--no-progress"]) == 0
    assert reports(tmp_path / "one.db") == reports(tmp_path / "two.db")
    assert event_groups(tmp_path / "one.db") == event_groups(tmp_path / "two.db")
    # partitioned by publication month, readable by DuckDB as it is
    assert (dataset / "events" / "published=2021-03").is_dir()
    import duckdb

    n = duckdb.sql(f"SELECT COUNT(*) FROM read_parquet('{dataset}/events/**/*.parquet', "
                   f"hive_partitioning = true)").fetchall()[0][0]
    assert n == len(reports(tmp_path / "one.db"))
    # a second run finds every task done and stores nothing twice
    assert main(["ingest", str(tmp_path / "a.jsonl"), "--db", str(tmp_path / "two.db"),
                 "--cluster", "local:2", "--dataset", str(dataset), "--no-progress"]) == 0
    assert reports(tmp_path / "one.db") == reports(tmp_path / "two.db")
    done = list((dataset / "_done").iterdir())
    assert done and all(json.loads(p.read_text())["documents"] > 0 for p in done)


def test_dataset_loads_in_input_order_whatever_order_tasks_finish(tmp_path):
    # Two documents with the same text in different tasks: the one read first is kept, as
    # in a local run, even when its task finishes last.
    from tidings.scale.dask_runner import load_dataset, plan_tasks, run_task
    from tidings.settings import load_settings

    corpus(tmp_path / "a.jsonl", 8)
    lines = (tmp_path / "a.jsonl").read_text(encoding="utf-8").splitlines()
    twin = json.loads(lines[1])
    twin["id"] = "twin-of-doc-1"
    lines.append(json.dumps(twin))
    (tmp_path / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["ingest", str(tmp_path / "a.jsonl"), "--db", str(tmp_path / "one.db"),
                 "--workers", "0", "--no-progress"]) == 0
    tasks = plan_tasks([str(tmp_path / "a.jsonl")], docs_per_task=3)
    assert len(tasks) == 3
    for task in reversed(tasks):  # the last task (holding the twin) finishes first
        run_task(task, str(tmp_path / "ds"), load_settings())
    with Store(tmp_path / "two.db") as store:
        load_dataset(str(tmp_path / "ds"), store)
    with Store(tmp_path / "two.db", readonly=True) as s:
        ids = {r["id"] for r in s.rows("SELECT id FROM articles")}
    assert "doc-1" in ids and "twin-of-doc-1" not in ids
    assert reports(tmp_path / "one.db") == reports(tmp_path / "two.db")
