"""HTML pages: headline, standfirst, paragraphs and captions from the markup itself.

Uses the standard library's parser, so a page needs no network and no browser. Scripts,
styles, navigation, asides, footers and forms are dropped; figcaptions become captions.
"""
from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from ..document import Article, Block
from .article import make_article

_SKIP = {"script", "style", "noscript", "nav", "footer", "aside", "form", "header", "svg",
         "iframe", "button", "template", "select"}
_BLOCK = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption",
          "div", "section", "article", "br", "tr", "pre", "td", "dd", "dt"}


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skip_depth = 0
        self.stack: list[str] = []
        self.parts: list[tuple[str, str]] = []  # (kind, text)
        self.current: list[str] = []
        self.kind = "body"
        self.title = ""
        self.in_title = False
        self.meta: dict[str, str] = {}

    def _flush(self) -> None:
        text = re.sub(r"\s+", " ", "".join(self.current)).strip()
        if text:
            self.parts.append((self.kind, text))
        self.current = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            a = {k: v or "" for k, v in attrs}
            key = a.get("property") or a.get("name") or ""
            if key and a.get("content"):
                self.meta[key.lower()] = a["content"]
            return
        if tag in _SKIP:
            self.skip_depth += 1
            return
        if tag == "title":
            self.in_title = True
        if tag in _BLOCK:
            self._flush()
            self.kind = {"h1": "headline", "figcaption": "caption"}.get(tag, "body")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip_depth = max(0, self.skip_depth - 1)
            return
        if tag == "title":
            self.in_title = False
        if tag in _BLOCK:
            self._flush()
            self.kind = "body"

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title += data
            return
        if self.skip_depth == 0:
            self.current.append(data)


def read_html(source: str, *, id: str | None = None, published: object = None,
              url: str | None = None, origin: str | None = None,
              fallback_published: object = None) -> Article:
    """One HTML page. `published` overrides the page's own date; `fallback_published` is
    used when the page has none."""
    c = _Collector()
    c.feed(source)
    c.close()
    c._flush()
    headline = next((t for k, t in c.parts if k == "headline"), None)
    headline = headline or c.meta.get("og:title") or (c.title.strip() or None)
    body_parts = [(k, t) for k, t in c.parts if not (k == "headline" and t == headline)]
    # Assemble: headline, blank line, one paragraph per line; captions are marked as such.
    text_parts: list[str] = []
    blocks: list[Block] = []
    pos = 0
    if headline:
        headline = html.unescape(headline).strip()
        text_parts.append(headline + "\n\n")
        blocks.append(Block("headline", 0, len(headline), "h1 or <title>"))
        pos = len(headline) + 2
    for kind, t in body_parts:
        blocks.append(Block(kind if kind == "caption" else "body", pos, pos + len(t),
                            "figcaption" if kind == "caption" else ""))
        text_parts.append(t + "\n\n")
        pos += len(t) + 2
    text = "".join(text_parts)
    article = make_article(text, id=id, published=published or c.meta.get(
                               "article:published_time") or fallback_published,
                           url=url or c.meta.get("og:url"), origin=origin)
    article.title = headline
    article.blocks = blocks
    return article
