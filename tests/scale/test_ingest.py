"""`tidings ingest`: formats, idempotence, isolation, resuming after SIGKILL."""
from __future__ import annotations

import gzip
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

from tidings.cli.main import main
from tidings.store.db import Store

SENTENCES = ["Egypt praised Jordan on {d}.", "Russian troops attacked Ukrainian positions on {d}.",
             "The European Union imposed sanctions on Iran on {d}.",
             "Police arrested protesters in Minsk on {d}.", "China agreed to hold talks with "
             "India on {d}."]


def corpus(path, n, start=0):
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    with open(path, "w", encoding="utf-8") as f:
        for k in range(start, start + n):
            f.write(json.dumps({"id": f"doc-{k}", "published": f"2021-03-{1 + k % 28:02d}",
                                "title": f"Story {k}",
                                "text": SENTENCES[k % 5].format(d=days[k % 5]) +
                                f" It was report number {k}."}) + "\n")


def test_ingest_formats_and_idempotence(tmp_path, capsys):
    corpus(tmp_path / "a.jsonl", 6)
    (tmp_path / "b.csv").write_text('id,headline,body,date\nc1,Talks,"Iran and Iraq held '
                                    'talks on Monday.",2021-02-01\n', encoding="utf-8")
    with gzip.open(tmp_path / "c.txt.gz", "wt", encoding="utf-8") as fh:
        fh.write("Chile praised Peru on Monday.")
    (tmp_path / "d.bin").write_bytes(b"\x00\x01" * 50)
    db = tmp_path / "t.db"
    args = ["ingest", str(tmp_path / "a.jsonl"), str(tmp_path / "b.csv"),
            str(tmp_path / "c.txt.gz"), str(tmp_path / "d.bin"), "--db", str(db),
            "--workers", "0", "--no-progress", "--title-column", "headline",
            "--text-column", "body"]
    assert main(args) == 0
    with Store(db, readonly=True) as s:
        first = s.counts()
        assert first["articles"] == 8 and first["failures"] == 1
        assert s.rows("SELECT title, published FROM articles WHERE id = 'c1'") == [
            {"title": "Talks", "published": "2021-02-01"}]
    assert main(args) == 0
    with Store(db, readonly=True) as s:
        assert s.counts() == first
    assert "already in the store" in capsys.readouterr().err


def test_ingest_worker_processes_match_in_process(tmp_path):
    corpus(tmp_path / "a.jsonl", 10)
    for name, workers in (("w0.db", "0"), ("w2.db", "2")):
        assert main(["ingest", str(tmp_path / "a.jsonl"), "--db", str(tmp_path / name),
                     "--workers", workers, "--no-progress", "--batch-size", "3"]) == 0
    rows = []
    for name in ("w0.db", "w2.db"):
        with Store(tmp_path / name, readonly=True) as s:
            rows.append(s.rows("SELECT article_id, source_code, target_code, code, date FROM "
                               "reports ORDER BY article_id, code"))
    assert rows[0] == rows[1] and len(rows[0]) >= 8


def test_ingest_survives_sigkill_and_resumes(tmp_path):
    corpus(tmp_path / "a.jsonl", 120)
    db = tmp_path / "k.db"
    cmd = [sys.executable, "-m", "tidings.cli.main", "ingest", str(tmp_path / "a.jsonl"),
           "--db", str(db), "--workers", "0", "--no-progress", "--batch-size", "4"]
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # Kill it at a random moment once it has started writing.
    deadline = time.time() + 120
    while time.time() < deadline:
        if db.exists():
            try:
                with Store(db, readonly=True) as s:
                    if s.counts()["articles"] > 0:
                        break
            except sqlite3.OperationalError:
                pass  # the file exists but its schema is not committed yet
        time.sleep(0.05)
    time.sleep(random.uniform(0.0, 0.5))
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert subprocess.run(cmd, env=env, capture_output=True).returncode == 0
    with Store(db, readonly=True) as s:
        assert s.counts()["articles"] + s.counts()["failures"] == 120
        dupes = s.rows("SELECT article_id, COUNT(*) n FROM (SELECT DISTINCT article_id, "
                       "trigger_start, code FROM reports) GROUP BY article_id HAVING n > 1")
        assert dupes == []
        assert s.rows("SELECT COUNT(*) n FROM reports r LEFT JOIN articles a ON "
                      "a.id = r.article_id WHERE a.id IS NULL") == [{"n": 0}]
