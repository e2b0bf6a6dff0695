"""Find the documents in files and folders and hand each to its format's reader.

Every input becomes an `Article`. One that cannot be read becomes an Article with a
`Failure` (and no text), so the batch records it with its reason and goes on.
"""
from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Iterable, Iterator

from ..document import Article, Failure
from ..errors import InputError
from .article import make_article
from .csv import CsvColumns, read_csv
from .html import read_html
from .text import decode
from .warc import read_warc

SUFFIXES = (".txt", ".text", ".md", ".html", ".htm", ".jsonl", ".ndjson", ".json", ".csv",
            ".tsv", ".warc")


def failed(id: str, origin: str, stage: str, reason: str) -> Article:
    return Article(id=id, text="", origin=origin, failures=[Failure(stage, reason)])


def _format(path: Path) -> tuple[str, bool]:
    name = path.name.lower()
    gz = name.endswith(".gz")
    if gz:
        name = name[:-3]
    if name.endswith(".warc"):
        return "warc", False  # warcio reads .warc.gz itself
    for fmt, ends in (("jsonl", (".jsonl", ".ndjson", ".json")), ("html", (".html", ".htm")),
                      ("csv", (".csv", ".tsv")), ("text", (".txt", ".text", ".md"))):
        if name.endswith(ends):
            return fmt, gz
    return "text", gz


def _read_bytes(path: Path, gz: bool) -> bytes:
    if gz:
        with gzip.open(path, "rb") as f:
            return f.read()
    return path.read_bytes()


def _jsonl_lines(path: Path, gz: bool) -> Iterator[tuple[int, bytes]]:
    opener = gzip.open if gz else open
    with opener(path, "rb") as f:  # type: ignore[operator]
        for n, line in enumerate(f, 1):
            if line.strip():
                yield n, line


def read_jsonl(path: Path, gz: bool = False, published: object = None) -> Iterator[Article]:
    """One document a line: `id`, `text`, optional `title`, `published`, `url`."""
    for n, raw in _jsonl_lines(path, gz):
        origin = f"{path}:{n}"
        fallback_id = f"{path.stem}-{n}"
        try:
            obj = json.loads(decode(raw, f"line {n}"))
        except (json.JSONDecodeError, InputError) as exc:
            yield failed(fallback_id, origin, "ingest", f"line {n} is not valid JSON: {exc}")
            continue
        if not isinstance(obj, dict):
            yield failed(fallback_id, origin, "ingest", f"line {n} is not a JSON object")
            continue
        doc_id = obj.get("id", fallback_id)
        text = obj.get("text")
        if not isinstance(text, str):
            yield failed(str(doc_id), origin, "ingest",
                         f"line {n} has no 'text' string (fields: {', '.join(sorted(obj))})")
            continue
        try:
            yield make_article(text, id=doc_id, title=obj.get("title"),
                               published=obj.get("published", obj.get("date")) or published,
                               url=obj.get("url"), origin=origin)
        except InputError as exc:
            yield failed(str(doc_id), origin, "ingest", str(exc))


def read_path(path: str | Path, published: object = None,
              columns: CsvColumns | None = None) -> Iterator[Article]:
    """All documents in one file."""
    p = Path(path)
    fmt, gz = _format(p)
    if not p.exists():
        yield failed(p.stem or str(p), str(p), "ingest", f"{p}: no such file")
        return
    try:
        if fmt == "jsonl":
            yield from read_jsonl(p, gz, published)
            return
        if fmt == "warc":
            yield from read_warc(p, failed, published)
            return
        data = _read_bytes(p, gz)
        text = decode(data, str(p))
        if fmt == "csv":
            yield from read_csv(text, p, columns or CsvColumns(), published, failed)
            return
        doc_id = p.name[:-3] if gz else p.name
        doc_id = doc_id.rsplit(".", 1)[0] if "." in doc_id else doc_id
        if fmt == "html":
            yield read_html(text, id=doc_id, published=published, origin=str(p))
        else:
            yield make_article(text, id=doc_id, published=published, origin=str(p))
    except InputError as exc:
        yield failed(p.stem, str(p), "ingest", str(exc))
    except (OSError, EOFError, gzip.BadGzipFile, ValueError) as exc:
        yield failed(p.stem, str(p), "ingest", f"cannot read {p}: {exc}")


def expand(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files named directly, files under folders (recursively), and glob patterns."""
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                name = f.name.lower()
                name = name[:-3] if name.endswith(".gz") else name
                if f.is_file() and name.endswith(SUFFIXES):
                    yield f
        elif any(ch in str(raw) for ch in "*?["):
            parent = Path(str(raw)).anchor or "."
            pattern = str(raw)[len(parent):] if Path(str(raw)).is_absolute() else str(raw)
            yield from sorted(f for f in Path(parent).glob(pattern) if f.is_file())
        else:
            yield p


def read_paths(paths: Iterable[str | Path], published: object = None,
               columns: CsvColumns | None = None) -> Iterator[Article]:
    for path in expand(paths):
        yield from read_path(path, published, columns)


def count_documents(paths: Iterable[str | Path]) -> int | None:
    """How many documents the inputs hold (lines of JSONL and CSV, files otherwise), for a
    progress bar; None when it cannot be told cheaply (WARC)."""
    total = 0
    for p in expand(paths):
        fmt, gz = _format(p)
        if fmt == "warc":
            return None
        if fmt in ("jsonl", "csv"):
            try:
                opener = gzip.open if gz else open
                with opener(p, "rb") as fh:  # type: ignore[operator]
                    n = sum(1 for line in fh if line.strip())
                total += n - (1 if fmt == "csv" else 0)
            except OSError:
                total += 1
        else:
            total += 1
    return total
