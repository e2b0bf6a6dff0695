"""Build an `Article` from what a reader found: id, text, and optional title and date."""
from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import re

from ..document import Article, Block
from ..errors import InputError

_DATE_PREFIX = re.compile(r"^\d{4}-\d{2}-\d{2}")


def parse_date(value: object) -> dt.date | None:
    """Read a publication date: ISO (2020-09-14, 2020-09-14T10:00Z) or RFC 2822."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    m = _DATE_PREFIX.match(text)
    if m:
        try:
            return dt.date.fromisoformat(m.group(0))
        except ValueError:
            pass
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    # Then common news formats, whole or by the date before a time ("26-FEB-1987
    # 15:01:01.79", as Reuters-21578 writes it).
    candidates = (text, text.split()[0]) if " " in text else (text,)
    for candidate in candidates:
        for fmt in ("%Y%m%d", "%d %B %Y", "%B %d, %Y", "%d %b %Y", "%b %d, %Y",
                    "%d/%m/%Y", "%Y/%m/%d", "%d-%b-%Y", "%d-%B-%Y"):
            try:
                return dt.datetime.strptime(candidate, fmt).date()
            except ValueError:
                continue
    raise InputError(f"cannot read the date {text!r}: give it as YYYY-MM-DD")


def content_id(text: str) -> str:
    return "sha1-" + hashlib.sha1(text.encode("utf-8", "replace")).hexdigest()[:16]


def make_article(text: str, *, id: str | None = None, title: str | None = None,
                 published: object = None, url: str | None = None,
                 origin: str | None = None) -> Article:
    """An Article whose text is the headline (when given apart) and the body.

    With a separate title the article's text is ``title + "\\n\\n" + body``, so that every
    record's offsets point into one string.
    """
    text = text if isinstance(text, str) else ""
    title = title.strip() if isinstance(title, str) and title.strip() else None
    blocks: list[Block] = []
    if title:
        full = f"{title}\n\n{text}"
        blocks = [Block("headline", 0, len(title), "given as the title"),
                  Block("body", len(title) + 2, len(full))]
    else:
        full = text
    return Article(id=str(id) if id not in (None, "") else content_id(full), text=full,
                   title=title, published=parse_date(published), url=url, origin=origin,
                   blocks=blocks)
