"""The command line, run in-process."""
from __future__ import annotations

import json

from tests.conftest import EXAMPLE
from tidings.cli.main import main


def test_cli_extract_table_and_jsonl(capsys):
    assert main(["extract", str(EXAMPLE), "--published", "2020-09-14"]) == 0
    table = capsys.readouterr().out
    assert "Putin pledges" in table and "0331" in table
    assert main(["extract", str(EXAMPLE), "--published", "2020-09-14", "--format", "jsonl"]) == 0
    (line,) = [x for x in capsys.readouterr().out.splitlines() if x.strip()]
    doc = json.loads(line)
    assert doc["id"] == "putin-belarus-loan" and doc["published"] == "2020-09-14"
    assert doc["events"] and doc["quotes"]


def test_cli_extract_records_failures_and_goes_on(tmp_path, capsys):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    good = tmp_path / "good.txt"
    good.write_text("Egypt praised Jordan on Monday.", encoding="utf-8")
    assert main(["extract", str(bad), str(good), "--format", "jsonl"]) == 0
    out = capsys.readouterr()
    docs = [json.loads(x) for x in out.out.splitlines() if x.strip()]
    assert docs[0]["failures"] and "binary" in docs[0]["failures"][0]["reason"]
    assert docs[1]["events"]
    assert "1 of 2 documents could not be coded" in out.err


def test_cli_eval_scores_inline_gold(tmp_path, capsys):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({
        "id": "g1", "title": "Egypt praises Jordan", "text": "Egypt praised Jordan on Monday.",
        "events": [{"source": "EGY", "target": "JOR", "code": "051"}],
        "quotes": []}) + "\n", encoding="utf-8")
    assert main(["eval", str(gold)]) == 0
    out = capsys.readouterr().out
    assert "standard" in out and "1.000" in out


def test_cli_bad_gold_file_gives_clear_error(tmp_path, capsys):
    gold = tmp_path / "gold.jsonl"
    gold.write_text("{broken\n", encoding="utf-8")
    assert main(["eval", str(gold)]) == 2
    assert "not valid JSON" in capsys.readouterr().err


def test_cli_check_data(capsys):
    assert main(["check-data"]) == 0
    assert "ok:" in capsys.readouterr().out
