"""CSV files: one document a row, with a column mapping for the fields."""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from ..document import Article
from ..errors import InputError
from .article import make_article

csv.field_size_limit(2**31 - 1)


@dataclass(frozen=True)
class CsvColumns:
    """Which column holds which field; the defaults also try common alternatives."""

    id: str | None = None
    text: str | None = None
    title: str | None = None
    published: str | None = None
    url: str | None = None

    FALLBACKS = {
        "id": ("id", "doc_id", "uid", "guid"),
        "text": ("text", "body", "content", "description", "article", "story"),
        "title": ("title", "headline"),
        "published": ("published", "date", "pubdate", "publication_date", "datetime"),
        "url": ("url", "link", "source_url"),
    }

    def pick(self, field: str, header: list[str]) -> str | None:
        chosen = getattr(self, field)
        if chosen:
            if chosen not in header:
                raise InputError(f"no column {chosen!r} for {field} (columns: {', '.join(header)})")
            return chosen
        lower = {h.lower(): h for h in header}
        return next((lower[c] for c in self.FALLBACKS[field] if c in lower), None)


def read_csv(data: str, path: Path, columns: CsvColumns, published: object = None,
             failed: "callable" = None) -> Iterator[Article]:  # type: ignore[valid-type]
    reader = csv.DictReader(io.StringIO(data))
    header = reader.fieldnames or []
    cols = {f: columns.pick(f, header) for f in ("id", "text", "title", "published", "url")}
    if cols["text"] is None:
        raise InputError(f"{path}: no text column (columns: {', '.join(header)}); name it "
                         "with --text-column")
    for n, row in enumerate(reader, 2):
        doc_id = (row.get(cols["id"]) if cols["id"] else None) or f"{path.stem}-{n}"
        try:
            yield make_article(row.get(cols["text"]) or "", id=doc_id,
                               title=row.get(cols["title"]) if cols["title"] else None,
                               published=(row.get(cols["published"]) if cols["published"]
                                          else None) or published,
                               url=row.get(cols["url"]) if cols["url"] else None,
                               origin=f"{path}:{n}")
        except InputError as exc:
            if failed is None:
                raise
            yield failed(str(doc_id), f"{path}:{n}", "ingest", str(exc))
