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


XSS_TEXT = ('Egypt praised Jordan on Monday. <script>window.__xss = 1</script> Officials '
            'said <img src=x onerror="window.__xss = 2"> the talks went well. '
            '"<b onmouseover=alert(3)>We will meet again soon in Cairo</b>," said Hosni Mubarak.')


@pytest.fixture(scope="session")
def workbench_db(pipeline, tmp_path_factory, example_article):
    """A real store with the example, a few stories over two months, and an article whose
    text carries script payloads."""
    from tidings.ingest import make_article
    from tidings.store.db import Store

    path = tmp_path_factory.mktemp("wb") / "wb.db"
    docs = [example_article,
            make_article("Russia pledged new aid to Belarus on Tuesday.", id="r1",
                         published="2020-10-06"),
            make_article("Belarus criticised Russia over gas prices on Friday.", id="r2",
                         published="2020-10-16"),
            make_article(XSS_TEXT, id="xss", title='<img src=x onerror="window.__xss=4">',
                         published="2020-11-02")]
    with Store(path) as s:
        s.write(pipeline.process(docs))
    return str(path)


@pytest.fixture(scope="session")
def live_server(workbench_db, pipeline):
    """The workbench served by uvicorn on loopback, in a thread."""
    import socket
    import threading
    import time

    import uvicorn

    from tidings.api import create_app

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    app = create_app(workbench_db, pipeline=lambda: pipeline, max_upload=200_000)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(200):
        if server.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def example_article(pipeline) -> Article:
    return pipeline.extract(EXAMPLE.read_text(encoding="utf-8"), published="2020-09-14",
                            id="example")
