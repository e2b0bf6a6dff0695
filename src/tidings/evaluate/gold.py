"""Read gold files; fetch a gold document's text from a corpus folder when it is not inline."""
from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any, Iterator

from ..errors import InputError


def read_gold(path: str | Path) -> list[dict[str, Any]]:
    docs = []
    p = Path(path)
    if not p.exists():
        raise InputError(f"no gold file at {p}")
    with p.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                doc = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{p}:{n}: not valid JSON ({exc})") from None
            if not isinstance(doc, dict) or "id" not in doc:
                raise InputError(f"{p}:{n}: each line must be an object with an 'id'")
            if not isinstance(doc.get("events", []), list):
                raise InputError(f"{p}:{n}: 'events' must be a list")
            docs.append(doc)
    return docs


def _corpus_lines(folder: Path) -> Iterator[dict[str, Any]]:
    for f in sorted(folder.rglob("*.jsonl")) + sorted(folder.rglob("*.jsonl.gz")):
        opener = gzip.open if f.suffix == ".gz" else open
        with opener(f, "rt", encoding="utf-8") as fh:  # type: ignore[operator]
            for line in fh:
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError:
                    continue
                if isinstance(obj, dict) and "id" in obj and "text" in obj:
                    yield obj


def attach_texts(docs: list[dict[str, Any]], texts: str | Path | None) -> list[dict[str, Any]]:
    """Fill `text` (and `title`) of gold documents that lack them from a corpus folder."""
    missing = {d["id"] for d in docs if not isinstance(d.get("text"), str)}
    if not missing:
        return docs
    if texts is None or not Path(texts).is_dir():
        raise InputError(f"{len(missing)} gold documents have no text; point --texts at the "
                         "folder of corpus JSONL files they come from")
    found: dict[str, dict[str, Any]] = {}
    for obj in _corpus_lines(Path(texts)):
        if obj["id"] in missing:
            found[obj["id"]] = obj
    lost = missing - set(found)
    if lost:
        raise InputError(f"{len(lost)} gold documents not found under {texts}: "
                         f"{', '.join(sorted(lost)[:5])}")
    for d in docs:
        if d["id"] in found:
            src = found[d["id"]]
            d["text"] = src["text"]
            d.setdefault("title", src.get("title"))
            d.setdefault("published", src.get("published") or src.get("date"))
    return docs
