"""Tell a scraped article's parts apart: headline, standfirst, body, captions, bylines, promos.

Scraped text arrives with an image address, a photo caption with its credit, the headline,
a standfirst, a dangling byline and promo blocks ("Recommended", "Person in the News ...")
mixed into the body. Only headline, standfirst and body are coded; the rest is kept as
blocks, with the reason each was set aside.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable
from functools import lru_cache
from pathlib import Path

from ..document import Article, Block
from ..datafiles import load_yaml
from ..errors import DataFileError

PATTERNS = Path(__file__).parent / "data" / "patterns.yml"
_SENTENCE_END = re.compile(r"[.!?…:;\"”’')\]]\s*$")


@dataclass(frozen=True)
class Patterns:
    url: re.Pattern[str]
    caption: tuple[re.Pattern[str], ...]
    byline: tuple[re.Pattern[str], ...]
    boilerplate: tuple[re.Pattern[str], ...]
    promo_header: tuple[re.Pattern[str], ...]
    dateline: tuple[re.Pattern[str], ...]
    bare_dateline: re.Pattern[str]
    agency_tag: re.Pattern[str]
    headline_max_words: int


@lru_cache(maxsize=4)
def load_patterns(path: str | None = None) -> Patterns:
    p = Path(path) if path else PATTERNS
    raw = load_yaml(p) or {}
    problems: list[str] = []

    def compile_(key: str, flags: int = re.IGNORECASE) -> tuple[re.Pattern[str], ...]:
        value = raw.get(key)
        items = [value] if isinstance(value, str) else value
        if not isinstance(items, list) or not items:
            problems.append(f"{key}: expected a regular expression or a list of them")
            return ()
        out = []
        for i, item in enumerate(items, 1):
            try:
                out.append(re.compile(str(item), flags))
            except re.error as exc:
                problems.append(f"{key}[{i}]: {exc}")
        return tuple(out)

    pats = Patterns(
        url=(compile_("url") or (re.compile("^$"),))[0],
        caption=compile_("caption"),
        byline=compile_("byline"),
        boilerplate=compile_("boilerplate"),
        promo_header=compile_("promo_header"),
        dateline=compile_("dateline", 0),
        bare_dateline=(compile_("bare_dateline", 0) or (re.compile("(?!)"),))[0],
        agency_tag=(compile_("agency_tag") or (re.compile("(?!)"),))[0],
        headline_max_words=int(raw.get("headline_max_words", 30)),
    )
    if problems:
        raise DataFileError(str(p), problems)
    return pats


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Non-empty lines of text[start:end] as (start, end) offsets, whitespace trimmed."""
    out = []
    for m in re.finditer(r"[^\n]+", text[start:end]):
        s, e = m.start() + start, m.end() + start
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


_LINE_END = re.compile(r"[.!?][\"'”’)\]]*$")


def join_wrapped(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Lines of hard-wrapped text ("... Agriculture Secretary Richard\nLyng to adjust ...",
    as wire archives store it) joined back into paragraphs. A line is wrapped when it ends
    without a stop and the next follows on the very next line, not indented; only a text
    with at least three such breaks is taken for wrapped, so a lone subheading stays."""
    def wrapped(a: tuple[int, int], b: tuple[int, int]) -> bool:
        gap = text[a[1]:b[0]]
        return gap == "\n" and not _LINE_END.search(text[a[0]:a[1]])

    if sum(wrapped(a, b) for a, b in zip(spans, spans[1:])) < 3:
        return spans
    out = [spans[0]] if spans else []
    for b in spans[1:]:
        if wrapped(out[-1], b):
            out[-1] = (out[-1][0], b[1])
        else:
            out.append(b)
    return out


def _is_short_title(line: str, pats: Patterns) -> bool:
    words = line.split()
    return 0 < len(words) <= pats.headline_max_words and not _SENTENCE_END.search(line)


def classify_lines(text: str, spans: list[tuple[int, int]], pats: Patterns,
                   headline_known: bool = False) -> list[Block]:
    """Give each line a kind. `headline_known`: the reader already found the headline."""
    blocks: list[Block] = []
    in_promo = False
    body_started = False
    seen_headline = headline_known
    seen_standfirst = False
    for s, e in spans:
        line = text[s:e]
        if pats.url.match(line):
            blocks.append(Block("image", s, e, "a bare address"))
            continue
        if any(p.search(line) for p in pats.promo_header):
            in_promo = True
            blocks.append(Block("promo", s, e, "promo header"))
            continue
        if in_promo:
            if _is_short_title(line, pats):
                blocks.append(Block("promo", s, e, "short line inside a promo block"))
                continue
            in_promo = False
        if any(p.search(line) for p in pats.boilerplate):
            blocks.append(Block("boilerplate", s, e, "page furniture"))
            continue
        if not body_started and any(p.search(line) for p in pats.caption):
            blocks.append(Block("caption", s, e, "photo credit"))
            continue
        if any(p.search(line) for p in pats.byline) and len(line.split()) <= 8:
            blocks.append(Block("byline", s, e, "byline"))
            continue
        if not body_started and _is_short_title(line, pats):
            if not seen_headline:
                seen_headline = True
                blocks.append(Block("headline", s, e, "first short line without a full stop"))
                continue
            if not seen_standfirst:
                seen_standfirst = True
                blocks.append(Block("standfirst", s, e, "short line after the headline"))
                continue
        body_started = True
        blocks.append(Block("body", s, e, ""))
    return blocks


def split_dateline(text: str, block: Block, pats: Patterns,
                   is_place: Callable[[str], bool] | None = None
                   ) -> tuple[Block | None, Block, str | None]:
    """Split a wire dateline ("KABUL (Reuters) - ") off the front of a body block."""
    line = text[block.start:block.end]
    m = pats.bare_dateline.match(line)
    if m and is_place is not None and is_place(m.group("place").title()):
        cut = block.start + m.end()
        return (Block("dateline", block.start, cut, "wire dateline"),
                Block(block.kind, cut, block.end, block.reason), m.group("place"))
    for pat in pats.dateline:
        m = pat.match(line)
        if m and m.end() < len(line):
            place = (m.groupdict().get("place") or "").strip(" ,.-")
            country = (m.groupdict().get("country") or "").strip()
            label = ", ".join(x for x in (place, country) if x) or None
            cut = block.start + m.end()
            return (Block("dateline", block.start, cut, "wire dateline"),
                    Block(block.kind, cut, block.end, block.reason), label)
    return None, block, None


def trim_agency_tag(text: str, block: Block, pats: Patterns) -> Block:
    m = pats.agency_tag.search(text[block.start:block.end])
    if m and m.start() > 0:
        return Block(block.kind, block.start, block.start + m.start(), block.reason)
    return block


def clean_article(article: Article, patterns: Patterns | None = None,
                  is_place: Callable[[str], bool] | None = None) -> Article:
    """Fill `article.blocks` (stage `clean`).

    Readers that know the structure (HTML, a JSONL `title`) may have filled blocks already;
    those are kept, and only plain `body` blocks are split into lines and classified.
    """
    pats = patterns or load_patterns()
    text = article.text
    if article.blocks:
        pre = article.blocks
    else:
        pre = [Block("body", 0, len(text))]
    out: list[Block] = []
    has_title = article.title is not None and any(b.kind == "headline" for b in pre)
    for block in pre:
        if block.kind != "body" or block.reason == "fixed":
            out.append(block)
            continue
        spans = join_wrapped(text, _lines(text, block.start, block.end))
        out.extend(classify_lines(text, spans, pats, headline_known=has_title))
    if not has_title:
        head = next((b for b in out if b.kind == "headline"), None)
        if head is not None and article.title is None:
            article.title = text[head.start:head.end]
    out = [trim_agency_tag(text, b, pats) if b.kind == "headline" else b for b in out]
    # Wire datelines open the first body block.
    first_body = next((i for i, b in enumerate(out) if b.kind in ("body", "standfirst")), None)
    if first_body is not None:
        date_block, rest, place = split_dateline(text, out[first_body], pats, is_place)
        if date_block is not None:
            out[first_body:first_body + 1] = [date_block, rest]
            article.dateline = place
    article.blocks = out
    return article
