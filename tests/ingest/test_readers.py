"""Readers: every input becomes an Article; unreadable ones carry their reason."""
from __future__ import annotations

import gzip
import json

import pytest

from tidings.ingest import read_path, read_paths


def test_readers_jsonl_keeps_good_lines_and_records_bad_ones(tmp_path):
    f = tmp_path / "batch.jsonl"
    f.write_text("\n".join([
        json.dumps({"id": "a", "text": "Russia pledged aid.", "title": "Aid",
                    "published": "2020-09-14"}),
        "{not json",
        json.dumps({"id": "c", "body": "no text field"}),
        json.dumps({"id": "d", "text": "x", "published": "14th of Smarch"}),
    ]), encoding="utf-8")
    docs = list(read_path(f))
    assert [d.id for d in docs] == ["a", "batch-2", "c", "d"]
    assert docs[0].ok and docs[0].title == "Aid" and str(docs[0].published) == "2020-09-14"
    assert docs[0].text.startswith("Aid\n\n")
    assert "not valid JSON" in docs[1].failures[0].reason
    assert "no 'text'" in docs[2].failures[0].reason
    assert "date" in docs[3].failures[0].reason


def test_readers_binary_file_is_recorded_not_raised(tmp_path):
    f = tmp_path / "image.txt"
    f.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    (doc,) = list(read_path(f))
    assert not doc.ok and "binary" in doc.failures[0].reason


def test_readers_html_headline_paragraphs_and_no_script(tmp_path):
    f = tmp_path / "page.html"
    f.write_text("<html><head><title>Site</title><script>var x='Russia attacked';</script>"
                 "</head><body><nav>Home | News</nav><h1>Talks resume</h1>"
                 "<p>Iran and the EU resumed talks.</p><figure><figcaption>Delegates "
                 "(AFP)</figcaption></figure><p>Officials met in Vienna.</p></body></html>",
                 encoding="utf-8")
    (doc,) = list(read_path(f))
    assert doc.title == "Talks resume"
    assert "var x" not in doc.text and "Home | News" not in doc.text
    assert [b.kind for b in doc.blocks] == ["headline", "body", "caption", "body"]


def test_readers_folder_glob_and_gzip(tmp_path):
    (tmp_path / "one.txt").write_text("Egypt praised Jordan.", encoding="utf-8")
    with gzip.open(tmp_path / "two.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "g1", "text": "Chile praised Peru."}) + "\n")
    ids = sorted(d.id for d in read_paths([tmp_path]))
    assert ids == ["g1", "one"]
    ids = sorted(d.id for d in read_paths([str(tmp_path / "*.txt")]))
    assert ids == ["one"]


def test_readers_missing_file_is_recorded(tmp_path):
    (doc,) = list(read_path(tmp_path / "nope.txt"))
    assert "no such file" in doc.failures[0].reason


@pytest.mark.parametrize("value,expected", [
    ("2020-09-14", "2020-09-14"),
    ("2020-09-14T10:00:00Z", "2020-09-14"),
    ("Mon, 14 Sep 2020 10:00:00 +0000", "2020-09-14"),
    ("14 September 2020", "2020-09-14"),
    ("Sep 14, 2020", "2020-09-14"),
    ("26-FEB-1987 15:01:01.79", "1987-02-26"),  # Reuters-21578
])
def test_publication_dates_in_common_news_formats_are_read(value, expected):
    from tidings.ingest.article import parse_date

    assert parse_date(value).isoformat() == expected


def test_an_unreadable_date_says_how_to_give_it():
    from tidings.errors import InputError
    from tidings.ingest.article import parse_date

    with pytest.raises(InputError, match="YYYY-MM-DD"):
        parse_date("the day after tomorrow")
