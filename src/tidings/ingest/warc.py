"""WARC web archives (.warc, .warc.gz): each HTML response record is one article."""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterator

from ..document import Article
from ..errors import InputError
from .html import read_html
from .text import decode


def read_warc(path: Path, failed: Callable[..., Article], published: object = None
              ) -> Iterator[Article]:
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError:  # pragma: no cover - warcio is a dependency
        raise InputError("reading WARC files needs the warcio package") from None
    with open(path, "rb") as fh:
        for n, record in enumerate(ArchiveIterator(fh), 1):
            if record.rec_type != "response":
                continue
            ctype = (record.http_headers.get_header("Content-Type") or "") \
                if record.http_headers else ""
            if "html" not in ctype.lower():
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            rid = record.rec_headers.get_header("WARC-Record-ID") or f"{path.stem}-{n}"
            doc_id = url or rid.strip("<>")
            origin = f"{path}#{n}"
            try:
                html = decode(record.content_stream().read(), f"{path} record {n}")
                # A page's own date beats the capture date; the capture date is a fallback.
                captured = (record.rec_headers.get_header("WARC-Date") or "")[:10] or None
                yield read_html(html, id=doc_id, published=published, url=url,
                                origin=origin, fallback_published=captured)
            except InputError as exc:
                yield failed(doc_id, origin, "ingest", str(exc))
