"""Session fixtures: the pipeline (spaCy model loaded once) and helpers to code text."""
from __future__ import annotations

from pathlib import Path

import pytest

from tidings import Article, load_pipeline

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "putin-belarus-loan.txt"


@pytest.fixture(scope="session")
def pipeline():
    return load_pipeline()


@pytest.fixture(scope="session")
def code(pipeline):
    """Code a text; return its events as (source identity, root, target identity, status)."""

    def run(text: str, published: str | None = "2020-09-14", title: str | None = None):
        article: Article = pipeline.extract(text, published=published, title=title)
        assert not article.failures, article.failures
        return article

    return run


def triples(article: Article) -> set[tuple[str, str, str]]:
    from tidings.events.stage import identity

    return {(identity(e.source.code), e.root, identity(e.target.code) if e.target else "")
            for e in article.events}


@pytest.fixture(scope="session")
def example_article(pipeline) -> Article:
    return pipeline.extract(EXAMPLE.read_text(encoding="utf-8"), published="2020-09-14",
                            id="example")
