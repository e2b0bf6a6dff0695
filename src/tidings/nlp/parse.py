"""Parse the blocks that can hold events (headline, standfirst, body) with spaCy.

Blocks are parsed separately, so a headline without a full stop never runs into the body,
and many articles' blocks go through one `nlp.pipe` call. Captions, bylines and promos are
never parsed.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from ..datafiles import load_yaml
from ..document import Article, Block, Sentence
from ..errors import DataFileError
from .prepare import reattach_clitics, truecase_headline

LEMMAS = Path(__file__).parent / "data" / "lemmas.yml"


@lru_cache(maxsize=1)
def lemma_fixes(path: str | None = None) -> dict[str, str]:
    """Word forms the model lemmatises wrongly (`nlp/data/lemmas.yml`): form -> lemma."""
    p = Path(path) if path else LEMMAS
    raw = load_yaml(p) or {}
    if not isinstance(raw, dict) or not all(isinstance(k, str) and isinstance(v, str)
                                            for k, v in raw.items()):
        raise DataFileError(str(p), ["must map word forms to lemmas (strings)"])
    return {k.lower(): v.lower() for k, v in raw.items()}


def fix_lemmas(doc: Any, fixes: dict[str, str]) -> Any:
    for tok in doc:
        lemma = fixes.get(tok.lower_)
        if lemma is not None:
            tok.lemma_ = lemma
    return doc


@dataclass
class ParsedBlock:
    block: Block
    doc: Any  # spaCy Doc over the block's (prepared) text
    first_sentence: int  # article-wide index of the block's first sentence
    actors: Any = None  # filled by the actors stage: mentions by head token (transient)


def prepared_texts(article: Article, known_words: frozenset[str],
                   name_words: frozenset[str]) -> list[tuple[Block, str]]:
    """(block, text to parse) for each codable block; same length as the block's text."""
    out = []
    for block in article.blocks:
        if not block.codable:
            continue
        # a paragraph joined from wrapped lines reads as one line (same length, so offsets
        # hold)
        text = reattach_clitics(article.block_text(block)).replace("\n", " ")
        if block.kind in ("headline", "standfirst"):
            text = truecase_headline(text, known_words, name_words)
        out.append((block, text))
    return out


def attach(article: Article, parsed: Iterable[tuple[Block, Any]]) -> list[ParsedBlock]:
    """Record sentences on the article; return the parsed blocks in reading order."""
    blocks: list[ParsedBlock] = []
    sentences: list[Sentence] = []
    for block, doc in parsed:
        pb = ParsedBlock(block, doc, len(sentences))
        for sent in doc.sents:
            start = block.start + sent.start_char
            end = block.start + sent.end_char
            sentences.append(Sentence(len(sentences), start, end, article.text[start:end],
                                      block.kind))
        blocks.append(pb)
    article.sentences = sentences
    article.docs = blocks
    return blocks


def parse_articles(nlp: Any, articles: list[Article], known_words: frozenset[str],
                   name_words: frozenset[str], batch_size: int = 64) -> None:
    """Parse every codable block of every article in one stream."""
    jobs: list[tuple[int, Block, str]] = []
    for k, article in enumerate(articles):
        for block, text in prepared_texts(article, known_words, name_words):
            jobs.append((k, block, text))
    per_article: list[list[tuple[Block, Any]]] = [[] for _ in articles]
    docs = nlp.pipe((text for _, _, text in jobs), batch_size=batch_size)
    fixes = lemma_fixes()
    for (k, block, _), doc in zip(jobs, docs):
        per_article[k].append((block, fix_lemmas(doc, fixes)))
    for article, parsed in zip(articles, per_article):
        attach(article, parsed)
